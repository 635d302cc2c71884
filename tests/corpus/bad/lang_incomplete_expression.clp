/* expect: 4 QSY0235 */
PGM
  DCL &N *DEC (5 0)
  CHGVAR &N (&N * )
ENDPGM
