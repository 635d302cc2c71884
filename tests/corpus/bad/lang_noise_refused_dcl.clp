/* expect: 3 QSY0220 */
PGM
  DCL &X *CHARR 10
  DCL &Y *DEC (5 0)
  CHGVAR &X 'a'
  IF (&X = 'a') THEN(CHGVAR &Y 1)
  SNDPGMMSG MSG(&X *TCAT 'b')
ENDPGM
