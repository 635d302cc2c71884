/* expect: 4 QSY0104 */
pgm
  dcl &h *char 2
  chgvar &h x'4G'
endpgm
