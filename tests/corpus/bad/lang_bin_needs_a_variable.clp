/* expect: 4 QSY0250 */
PGM
  DCL &N *INT 4
  CHGVAR &N %BIN('AB')
ENDPGM
