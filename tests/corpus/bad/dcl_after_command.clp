/* expect: 5 QSY0274 */
pgm
  dcl &a *char 10
  dspseca
  dcl &b *char 10
endpgm
