/* expect: 4 QSY0202 */
pgm
  dspseca
  else cmd(dspseca)
endpgm
