/* expect: 4 QSY0105 */
pgm
  dspseca
  dspusrprf(qsecofr)
endpgm
