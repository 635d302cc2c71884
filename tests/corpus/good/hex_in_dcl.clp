/* A hexadecimal constant as a DCL initial value.                   */
PGM
  DCL VAR(&AB) TYPE(*CHAR) LEN(2) VALUE(X'4142')
  DCL &CD *CHAR 2 X'4344'
  SNDPGMMSG MSG(&AB *CAT &CD)
ENDPGM
