/* expect: 4 QSY0101 */
PGM
  DCL &N *DEC (5 0)
  DOWHILE (&N *LT 5
    CHGVAR &N (&N + 1)
  ENDDO
ENDPGM
