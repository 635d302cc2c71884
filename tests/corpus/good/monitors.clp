/* Monitors: program-level MONMSG after the declarations (EXEC may  */
/* only be GOTO there), command-level MONMSG lists with EXEC(GOTO),  */
/* EXEC(DO) groups, generic IDs.                                     */
PGM
  DCL &MSGID  *CHAR 7
  DCL &TRIES  *DEC (3 0)
  DCL &FAILED *DEC (3 0)
  /* Program level: anything in the CPF22xx family is counted.      */
  MONMSG MSGID(CPF2200) EXEC(GOTO CMDLBL(COUNT))

  DLTUSRPRF USRPRF(GHOST1)                /* CPF2204: program level */
AFTER:
  CHGUSRPRF USRPRF(GHOST2) TEXT('x')
  MONMSG MSGID(CPF2204 CPF22E2 +
               CPF9801) EXEC(DO)
     CHGVAR &MSGID 'CPF2204'
     CHGVAR &TRIES (&TRIES + 1)
  ENDDO
  CHGUSRPRF USRPRF(GHOST3) TEXT('x')
  MONMSG CPF0000 EXEC(GOTO CMDLBL(NEXT))
  SNDPGMMSG MSG('never shown')
NEXT:
  DSPUSRPRF USRPRF(GHOST4)
  MONMSG (CPF9999)                          /* catch and ignore */
  CRTUSRPRF MONUSR PASSWORD(*NONE)
  MONMSG QSY0081                            /* already exists */
  SNDPGMMSG MSG('failed=' *CAT %CHAR(&FAILED) *BCAT 'tries=' *CAT +
                %CHAR(&TRIES) *BCAT &MSGID)
  RETURN
COUNT:
  CHGVAR VAR(&FAILED) VALUE(&FAILED + 1)
  GOTO CMDLBL(AFTER)
ENDPGM
