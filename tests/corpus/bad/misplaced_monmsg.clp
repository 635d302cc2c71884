/* expect: 6 QSY0206 */
pgm
  dcl &a *char 1
  dspseca
  chgvar &a 'x'
  monmsg cpf0000
endpgm
