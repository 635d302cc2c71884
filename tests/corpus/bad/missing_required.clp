/* expect: 3 QSY0002 */
pgm
  chgusrprf text('no profile named')
endpgm
