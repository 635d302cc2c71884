/* expect: 5 QSY0250 */
PGM
  DCL &N *DEC (5 0)
  DCL &C *CHAR 20
  CHGVAR &C ('count=' *CAT &N)
ENDPGM
