/* expect: 5 QSY0258 */
PGM
  DCL &L *LGL
  DCL &N *DEC (1 0)
  CHGVAR &L &N
ENDPGM
