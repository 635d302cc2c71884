/* expect: 3 QSY0102 */
pgm
  sndpgmmsg msg('it's wrong')
endpgm
