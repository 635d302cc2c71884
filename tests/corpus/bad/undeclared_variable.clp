/* expect: 4 QSY0205 */
pgm
  dcl &user *char 10
  chgusrprf usrprf(&usr) text('typo in the variable')
endpgm
