/* expect: 3 QSY0204 */
pgm
  dcl &x *float
endpgm
