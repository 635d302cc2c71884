/* expect: 3 QSY0102 */
pgm
  sndpgmmsg msg('the string never +
     ends)
  dspseca
endpgm
