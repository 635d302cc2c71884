/* expect: 6 QSY0206 */
pgm
  dcl &a *lgl
  dspseca
  if (&a) then(do)
    monmsg cpf0000
  enddo
endpgm
