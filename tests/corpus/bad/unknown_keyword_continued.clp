/* expect: 4 CPD0043 */
PGM
  /* reported on the line the statement starts */
  CHGUSRPRF USRPRF(QSECOFR) +
            TEXT('ok') +
            AUTHMETHOD(*TOTP)
ENDPGM
