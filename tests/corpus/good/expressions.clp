/* Expressions: arithmetic, the *CAT family and its symbols, %SST,  */
/* %CHAR, hex literals, '' inside strings, nested lists.            */
pgm
  dcl &a    *char 10 value('abc')
  dcl &b    *char 10 value(DEF)
  dcl &c    *char 40
  dcl &n    *dec  (7 2) value(1.5)
  dcl &m    *dec  (5 0)
  dcl &k    *int
  dcl &hex  *char 4
  dcl &yes  *lgl  value('1')
  dcl &no   *lgl

  chgvar &m    ((&n * 4) + 2 - (10 / 5))            /* 6 */
  chgvar &k    (&m * (&m + 1) / 2)                  /* 21 */
  chgvar &c    (&a *cat &b)                         /* 'abc       DEF' */
  chgvar &c    (&a *tcat &b)                        /* 'abcDEF' */
  chgvar &c    (&a *bcat &b *bcat 'x')              /* 'abc DEF x' */
  chgvar &c    (&a || &b)
  chgvar &c    (&a |< &b |> 'it''s')
  chgvar &c    (%sst(&c 1 3) *cat %sst(&b (&m - 5) 2))
  chgvar &hex  x'C1C2C3C4'
  chgvar &hex  X'C1C2C3C4'
  chgvar &c    ('m=' *cat %char(&m) *bcat 'k=' *cat %char(&k) *bcat +
                'hex=' *cat &hex)
  sndpgmmsg msg(&c)
  if cond(((&m *eq 6) *and (&k *ge 21)) *or (*not &yes *and &no)) +
     then(sndpgmmsg msg('math ok'))
  if cond(&a *eq 'abc' & &b = 'DEF' | &no) then(do)
     sndpgmmsg msg('compare ok: ' *cat %sst(&a 1 1) *cat '''' *cat +
                   %sst(&b 3 1))
  enddo
  if (&n *gt 1) (sndpgmmsg msg('positional if'))
  chgusrprf usrprf(qsecofr) text('Security ' *bcat 'officer' *tcat ' #' +
            *cat %char(&m))
  monmsg cpf0000
endpgm
