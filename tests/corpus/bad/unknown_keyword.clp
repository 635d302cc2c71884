/* expect: 4 CPD0043 */
pgm
  dspseca
  chgusrprf usrprf(qsecofr) +
    txt('typo in the keyword')  /* reported where the statement starts */
endpgm
