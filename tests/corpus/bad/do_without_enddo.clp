/* expect: 8 QSY0217 */
pgm
  dcl &a *lgl
  if (&a) then(do)
     if (&a) then(do)
       dspseca
     enddo
endpgm
