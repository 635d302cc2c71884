/* expect: 3 QSY0011 */
pgm
  chgusrprf qsecofr authmth(*sms)
endpgm
