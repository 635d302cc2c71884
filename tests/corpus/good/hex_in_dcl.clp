/* A hexadecimal constant as a DCL initial value.                   */
PGM
  DCL VAR(&AB) TYPE(*CHAR) LEN(2) VALUE(X'C1C2')
  DCL &CD *CHAR 2 X'C3C4'
  SNDPGMMSG MSG(&AB *CAT &CD)
ENDPGM
