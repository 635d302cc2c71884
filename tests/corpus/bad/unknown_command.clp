/* expect: 4 CPD0030 */
pgm
  dcl &u *char 10 value(QSECOFR)
  chgusrprfx usrprf(&u) text('x')
endpgm
