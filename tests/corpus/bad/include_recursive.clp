/* expect: 3 QSY0276 */
pgm
  include srcmbr(include_recursive)
endpgm
