/* expect: 3 QSY0006 */
pgm
  chgusrprf qsecofr text('This description is far too long for the fifty-character TEXT parameter')
endpgm
