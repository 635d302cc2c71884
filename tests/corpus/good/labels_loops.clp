/* Loops with GOTO; labels on their own line, after a comment line,  */
/* and before commands; RETURN in the middle.                        */
pgm
  dcl &i    *dec (5 0)
  dcl &name *char 10
  dcl &done *lgl

outer:
  /* the label above belongs to the CHGVAR below */
  chgvar &i (&i + 1)
  chgvar &name ('LOOP' *cat %sst('00000' 1 (5 - %len(%trim(%char(&i))))) +
                *cat %trim(%char(&i)))
  crtusrprf usrprf(&name) password(*none) text('Loop user' *bcat %char(&i))
  monmsg qsy0081
  if (&i *lt 5) then(goto cmdlbl(outer))
  chgvar &done '1'
again: if cond(*not &done) then(goto cmdlbl(again))
  if (&done) then(return)
  sndpgmmsg msg('not reached')
endpgm
