/* expect: 5 QSY0660 */
PGM
  DCL &A *CHAR 10
  /* Program-level: IBM allows only GOTO in its EXEC. */
  MONMSG CPF0000 EXEC(SNDPGMMSG MSG('failed'))
  MONMSG CPF9999 EXEC(GOTO ERR)
  CHGVAR &A 'x'
  RETURN
ERR: SNDPGMMSG MSG('error')
ENDPGM
