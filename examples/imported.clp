/* The move to QPWDLVL 4 on a system built by qsy import (issue 20). First:         */
/*   qsy --system prod.redb import user_info.csv security_info.csv --level23-since DATE */
/*   qsy --system prod.redb readiness        (who gets password *NONE, and why)      */
/* then this script, run as QSECOFR at QPWDLVL 2 or 3, makes the move: a save first, */
/* QPWDLVL 4 and the IPL, and DSPAUTUSR shows who was left with password *NONE --    */
/* the profiles the report named under "Gets password *NONE".                        */
PGM
  CRTSAVF FILE(QGPL/BEFORE4)
  MONMSG CPF0000
  SAVSECDTA DEV(*SAVF) SAVF(QGPL/BEFORE4) CLEAR(*ALL)
  CHGSYSVAL SYSVAL(QPWDLVL) VALUE('4')
  PWRDWNSYS OPTION(*IMMED) RESTART(*YES)
  DSPAUTUSR
ENDPGM
