/* expect: 4 QSY0101 */
PGM
  DCL &N *DEC (5 0)
  CHGVAR &N ((&N + 1) * 2))
ENDPGM
