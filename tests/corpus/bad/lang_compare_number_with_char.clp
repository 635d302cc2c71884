/* expect: 4 QSY0250 */
PGM
  DCL &N *DEC (5 0)
  IF (&N *EQ '5') THEN(RETURN)
ENDPGM
