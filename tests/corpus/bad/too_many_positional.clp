/* expect: 3 QSY0004 */
pgm
  dltusrprf a b
endpgm
