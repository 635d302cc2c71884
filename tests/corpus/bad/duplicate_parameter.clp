/* expect: 3 QSY0005 */
pgm
  chgusrprf usrprf(qsecofr) text('a') text('b')
endpgm
