/* expect: 5 QSY0203 */
pgm
  dcl &i *dec (3 0)
loop: chgvar &i (&i + 1)
  if (&i *lt 3) then(goto cmdlbl(lop))
endpgm
