/*********************************************************************/
/* rollout.clp - rehearse the IBM i 7.6 MFA roll-out end to end.     */
/*                                                                   */
/* It follows the procedure of an administrator who moved a system   */
/* from QPWDLVL 0 to 2 to 4 and turned on TOTP: check QSECURITY,     */
/* save security data, QPWDLVL 0 -> 2 and IPL, passwords changed at  */
/* level 2, check nobody would lose a password, QPWDLVL 2 -> 4 with  */
/* the additional sign-on factor and IPL, the user sets a TOTP key,  */
/* the administrator requires it, and the user signs on with         */
/* password:code.  It starts from a new system (qsy creates one on   */
/* first use).                                                       */
/*                                                                   */
/* Simulator-only statements (remove them before running this on a   */
/* real partition; qsy run --check lists them): SIGNON, QSYGENTOTP,  */
/* QSYRTVPWDL.  The user-supplied TOTP key below stands for the key  */
/* a user copies from an authenticator app.                          */
/*********************************************************************/
PGM
  DCL VAR(&SECLVL)  TYPE(*CHAR) LEN(2)
  DCL VAR(&PWDLVL)  TYPE(*DEC)  LEN(5 0)
  DCL VAR(&NOPWD4)  TYPE(*DEC)  LEN(5 0)
  DCL VAR(&NAMES)   TYPE(*CHAR) LEN(300)
  DCL VAR(&USERKEY) TYPE(*CHAR) LEN(32) VALUE('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')
  DCL VAR(&USERPWD) TYPE(*CHAR) LEN(32) VALUE('Summer-Rain-2026')
  DCL VAR(&CODE)    TYPE(*CHAR) LEN(6)
  DCL VAR(&WRONG)   TYPE(*CHAR) LEN(6)

  SNDPGMMSG MSG('== Step 1: the starting point: QSECURITY 40 or higher, QPWDLVL 0 or 1')
  RTVSYSVAL SYSVAL(QSECURITY) RTNVAR(&SECLVL)
  IF COND(&SECLVL *LT '40') THEN(DO)
    SNDPGMMSG MSGID(CPF9898) MSGF(QCPFMSG) +
              MSGDTA('QSECURITY is ' *CAT &SECLVL *TCAT +
                     ': MFA needs 40 or higher. Raise it first') MSGTYPE(*ESCAPE)
  ENDDO
  RTVSYSVAL SYSVAL(QPWDLVL) RTNVAR(&PWDLVL)
  IF COND(&PWDLVL *NE 0 *AND &PWDLVL *NE 1) THEN(DO)
    SNDPGMMSG MSGID(CPF9898) MSGF(QCPFMSG) +
              MSGDTA('QPWDLVL is already ' *CAT %CHAR(&PWDLVL) *TCAT +
                     ': this rehearsal starts from a new system (level 0)') +
              MSGTYPE(*ESCAPE)
  ENDDO
  SNDPGMMSG MSG('   QSECURITY ' *CAT &SECLVL *BCAT 'QPWDLVL' *BCAT %CHAR(&PWDLVL))

  /* The shop's users, as they exist today at password level 0.      */
  CRTUSRPRF USRPRF(JSMITH) PASSWORD(JSMITH1) TEXT('John Smith, accounts')
  CRTUSRPRF USRPRF(AJONES) PASSWORD(AJONES1) TEXT('Ann Jones, operations') +
            USRCLS(*SYSOPR)
  CRTUSRPRF USRPRF(BATCHSVC) PASSWORD(*NONE) TEXT('Batch service profile')

  SNDPGMMSG MSG('== Step 2: save security data before any QPWDLVL change')
  CRTSAVF FILE(QGPL/SECBKP0)
  SAVSECDTA DEV(*SAVF) SAVF(QGPL/SECBKP0)

  SNDPGMMSG MSG('== Step 3: QPWDLVL 0 -> 2, then IPL')
  CHGSYSVAL SYSVAL(QPWDLVL) VALUE('2')
  PWRDWNSYS OPTION(*IMMED) RESTART(*YES)
  /* Level 2 allows passwords up to 128 characters: let them be long.  */
  CHGSYSVAL SYSVAL(QPWDMAXLEN) VALUE('128')
  CHGSYSVAL SYSVAL(QPWDMINLEN) VALUE('10')

  SNDPGMMSG MSG('== Step 4: every password changed at level 2 (this builds +
the level-4 hashes)')
  /* QSECOFR: the administrator changes its own, well-known password. */
  CHGUSRPRF USRPRF(QSECOFR) PASSWORD('Keep-It-Secret-76') PWDEXP(*NO)
  /* Users change their own passwords the way a program can on IBM i: */
  /* the Change User Password API (QSYCHGPW) in a job running as the   */
  /* user. The old level-0 passwords work typed in either case.        */
  SBMJOB CMD(CALL PGM(QSYCHGPW) PARM('*CURRENT' 'JSMITH1' &USERPWD +
         X'00000000')) USER(JSMITH)
  SBMJOB CMD(CALL PGM(QSYCHGPW) PARM('*CURRENT' 'ajones1' +
         'Blue-Harbour-88' X'00000000')) USER(AJONES)
  SIGNON USER(JSMITH) PASSWORD(&USERPWD)

  SNDPGMMSG MSG('== Step 5: check that no profile would lose its password at level 4')
  DSPAUTUSR
  QSYRTVPWDL LEVEL(4) NOPWDCNT(&NOPWD4) USRPRF(&NAMES)
  IF COND(&NOPWD4 *GT 0) THEN(DO)
    SNDPGMMSG MSGID(CPF9898) MSGF(QCPFMSG) +
              MSGDTA('Stop: these profiles have no level-4 password and +
                      would get password *NONE: ' *CAT &NAMES) MSGTYPE(*ESCAPE)
  ENDDO
  CRTSAVF FILE(QGPL/SECBKP2)
  SAVSECDTA DEV(*SAVF) SAVF(QGPL/SECBKP2)

  SNDPGMMSG MSG('== Step 6: QPWDLVL 2 -> 4 and IPL; then the additional +
sign-on factor (it needs the current QPWDLVL 4) and another IPL')
  CHGSYSVAL SYSVAL(QPWDLVL) VALUE('4')
  PWRDWNSYS OPTION(*IMMED) RESTART(*YES)
  CHGSECA ADLSGNFAC(*ENABLED)
  PWRDWNSYS OPTION(*IMMED) RESTART(*YES)
  DSPSECA

  SNDPGMMSG MSG('== Step 7: the user sets a TOTP key (CHGTOTPKEY runs as +
the user; no administrator can set it)')
  SBMJOB CMD(CHGTOTPKEY TOTPKEY(&USERKEY)) USER(JSMITH)

  SNDPGMMSG MSG('== Step 8: the administrator requires TOTP for the user')
  CHGUSRPRF USRPRF(JSMITH) AUTHMTH(*TOTP) TOTPOPTITV(*NONE)

  SNDPGMMSG MSG('== Step 9: sign on with password:code, and with the +
Additional factor field')
  QSYGENTOTP KEY(&USERKEY) RTNVAL(&CODE)
  SIGNON USER(JSMITH) PASSWORD(&USERPWD *TCAT ':' *CAT &CODE)
  SIGNON USER(JSMITH) PASSWORD(&USERPWD) ADLFAC(&CODE)

  SNDPGMMSG MSG('== Step 10: a wrong code and a missing code are refused')
  CHGVAR VAR(&WRONG) VALUE('000000')
  IF COND(&CODE *EQ &WRONG) THEN(CHGVAR VAR(&WRONG) VALUE('111111'))
  SIGNON USER(JSMITH) PASSWORD(&USERPWD *TCAT ':' *CAT &WRONG)
  MONMSG MSGID(CPF22E2) EXEC(SNDPGMMSG +
         MSG('   wrong code refused with CPF22E2, as on the real system'))
  SIGNON USER(JSMITH) PASSWORD(&USERPWD)
  MONMSG MSGID(CPF22E2) EXEC(SNDPGMMSG +
         MSG('   password without a code refused with CPF22E2'))
  SIGNON USER(JSMITH) PASSWORD(&USERPWD) ADLFAC(&CODE)

  SNDPGMMSG MSG('== Rehearsal complete. Look next at:')
  SNDPGMMSG MSG('   qsy DSPUSRPRF JSMITH             the profile after the roll-out')
  SNDPGMMSG MSG('   qsy dspjrn QAUDJRN --enttyp PW   the refused sign-ons')
  SNDPGMMSG MSG('   qsy run examples/lockout.clp     losing QSECOFR, and getting it back')
ENDPGM
