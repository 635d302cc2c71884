/*********************************************************************/
/* lockout.clp - lose QSECOFR, and get it back with DST.             */
/*                                                                   */
/* Run it after rollout.clp (the system must be at QPWDLVL 4 with    */
/* the additional sign-on factor enabled). QSECOFR gets a TOTP key   */
/* and AUTHMTH(*TOTP); QIBM_RUN_UNDER_USER_NO_AUTH is denied to it,  */
/* so no job can run as QSECOFR without its password and code. Then  */
/* its key is "lost": three sign-ons with a wrong code disable it.   */
/* The way back is physical access: `qsy dst reset-qsecofr`.          */
/*                                                                   */
/* Valid IBM i CL apart from the simulator-only statements that      */
/* qsy run --check lists: SIGNON (the sign-on screen) and QSYGENTOTP */
/* (the phone). Passwords are changed here only as a real program    */
/* can: CALL PGM(QSYCHGPW) or CHGUSRPRF by the administrator.        */
/*********************************************************************/
PGM
  DCL VAR(&KEY)   TYPE(*CHAR) LEN(32) VALUE('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')
  DCL VAR(&PWD)   TYPE(*CHAR) LEN(32) VALUE('Keep-It-Secret-76')
  DCL VAR(&NEWPWD) TYPE(*CHAR) LEN(32) VALUE('Winter-Frost-2027')
  DCL VAR(&CODE)  TYPE(*CHAR) LEN(6)
  DCL VAR(&N)     TYPE(*DEC)  LEN(3 0)

  SNDPGMMSG MSG('== QSECOFR changes its password as a program does on IBM i: +
the Change User Password API')
  CALL PGM(QSYCHGPW) PARM('*CURRENT' &PWD &NEWPWD X'00000000')
  CHGVAR VAR(&PWD) VALUE(&NEWPWD)

  SNDPGMMSG MSG('== QSECOFR sets a TOTP key and requires it')
  CHGTOTPKEY TOTPKEY(&KEY)
  CHGUSRPRF USRPRF(QSECOFR) AUTHMTH(*TOTP)
  QSYGENTOTP KEY(&KEY) RTNVAL(&CODE)
  SIGNON USER(QSECOFR) PASSWORD(&PWD *TCAT ':' *CAT &CODE)

  SNDPGMMSG MSG('== Jobs may no longer run as QSECOFR without credentials')
  CHGFCNUSG FCNID(QIBM_RUN_UNDER_USER_NO_AUTH) USER(QSECOFR) USAGE(*DENIED)
  SBMJOB CMD(DSPSECA) USER(QSECOFR)
  /* qsy refuses with QSY0051; CPF0000 catches it here and IBM's message there. */
  MONMSG MSGID(CPF0000) EXEC(SNDPGMMSG +
         MSG('   refused: QSECOFR is *DENIED for QIBM_RUN_UNDER_USER_NO_AUTH'))
  SNDPGMMSG MSG('   QSECOFR_NC still works for jobs that need its authority:')
  SBMJOB CMD(DSPSECA) USER(QSECOFR_NC)

  SNDPGMMSG MSG('== The phone is lost: three sign-ons with a wrong code')
LOOP: CHGVAR VAR(&N) VALUE(&N + 1)
  SIGNON USER(QSECOFR) PASSWORD(&PWD *TCAT ':000000')
  MONMSG MSGID(CPF22E2 CPF1393) EXEC(SNDPGMMSG +
         MSG('   sign-on ' *CAT %CHAR(&N) *BCAT 'refused'))
  IF COND(&N *LT 3) THEN(GOTO CMDLBL(LOOP))
  SIGNON USER(QSECOFR) PASSWORD(&PWD *TCAT ':' *CAT &CODE)
  MONMSG MSGID(CPF22E3) EXEC(SNDPGMMSG +
         MSG('   QSECOFR is now disabled (CPF22E3), even with a good code'))

  SNDPGMMSG MSG('== Locked out. Recover at the console with:')
  SNDPGMMSG MSG('   qsy dst reset-qsecofr     (password QSECOFR, expired; TOTP key removed)')
  SNDPGMMSG MSG('   then sign on, change the password, and run CHGTOTPKEY again.')
ENDPGM
