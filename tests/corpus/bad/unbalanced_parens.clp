/* expect: 3 QSY0101 */
pgm
  chgusrprf usrprf(qsecofr) text('x'
  dspseca
endpgm
