/* expect: 8 QSY0201 */
pgm
  dcl &a *lgl
  if (&a) then(do)
     if (&a) then(do)
       dspseca
     enddo
endpgm
