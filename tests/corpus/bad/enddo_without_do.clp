/* expect: 6 QSY0201 */
pgm
  if (1 *eq 1) then(do)
    dspseca
  enddo
  enddo
endpgm
