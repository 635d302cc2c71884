/* expect: 4 QSY0107 */
pgm
  dspseca /* closed */
  dspseca /* never closed
  dspseca
endpgm
