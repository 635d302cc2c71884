/* expect: 3 QSY0007 */
pgm
  chgusrprf usrprf(qsecofr) pwdexpitv(367)
endpgm
