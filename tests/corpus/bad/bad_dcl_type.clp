/* expect: 3 QSY0220 */
pgm
  dcl &x *float
endpgm
