/* Commands inside THEN(), ELSE CMD() and MONMSG EXEC() written with */
/* positional parameters only: the form most shops write, as in      */
/* MONMSG CPF0000 EXEC(GOTO ERROR) and ELSE CMD(CHGVAR &A 'x').      */
PGM
  DCL &I   *DEC (3 0)
  DCL &ERR *DEC (3 0)
  DCL &A   *CHAR 10
  MONMSG MSGID(CPF0000) EXEC(GOTO ERROR)
TOP:
  CHGVAR &I (&I + 1)
  IF COND(&I *LT 3) THEN(GOTO TOP)
  IF (&I *EQ 3) THEN(CHGVAR &A 'three')
  ELSE CMD(CHGVAR &A 'other')
  DLTUSRPRF NOSUCH
  MONMSG CPF2204 EXEC(CHGVAR &ERR (&ERR + 1))
  SNDPGMMSG MSG(&A *BCAT %CHAR(&ERR))
  RETURN
ERROR:
  SNDPGMMSG MSG('failed')
ENDPGM
