/*********************************************************************/
/*  PROGRAM:  MFACHK                                                 */
/*  PURPOSE:  CLASSIC SEU LAYOUT: KEYWORDS EVERYWHERE, LABELS ON     */
/*            THEIR OWN LINES, MONMSG LISTS, IF/ELSE NESTED 3 DEEP.  */
/*********************************************************************/
             PGM

             DCL        VAR(&PWDLVL) TYPE(*DEC) LEN(5 0)
             DCL        VAR(&SECLVL) TYPE(*CHAR) LEN(2)
             DCL        VAR(&I) TYPE(*DEC) LEN(3 0) VALUE(0)
             DCL        VAR(&J) TYPE(*INT)
             DCL        VAR(&FLAG) TYPE(*LGL) VALUE('0')
             DCL        VAR(&MSG) TYPE(*CHAR) LEN(80)

             RTVSYSVAL  SYSVAL(QPWDLVL) RTNVAR(&PWDLVL)
             MONMSG     MSGID(CPF0000 QSY0000) EXEC(GOTO CMDLBL(ERROR))
             RTVSYSVAL  SYSVAL(QSECURITY) RTNVAR(&SECLVL)

 START:
             CHGVAR     VAR(&I) VALUE(&I + 1)
             IF         COND(&SECLVL *GE '40') THEN(DO)
                IF         COND(&PWDLVL *EQ 0 *OR &PWDLVL *EQ 1) THEN(DO)
                   IF         COND(&I *EQ 1) THEN(DO)
                      CHGVAR     VAR(&MSG) VALUE('LEVEL' *BCAT %CHAR(&PWDLVL) *BCAT +
                                   'FIRST PASS')
                      CHGVAR     VAR(&FLAG) VALUE('1')
                   ENDDO
                   ELSE       CMD(DO)
                      CHGVAR     VAR(&MSG) VALUE('LEVEL' *BCAT %CHAR(&PWDLVL) *BCAT +
                                   'PASS' *BCAT %CHAR(&I))
                   ENDDO
                ENDDO
                ELSE       CMD(DO)
                   CHGVAR     VAR(&MSG) VALUE('ALREADY AT LEVEL' *BCAT %CHAR(&PWDLVL))
                ENDDO
             ENDDO
             ELSE       CMD(CHGVAR VAR(&MSG) VALUE('QSECURITY TOO LOW'))
             SNDPGMMSG  MSG(&MSG)
             IF         COND(&I *LT 3) THEN(GOTO CMDLBL(START))

             CHGVAR     VAR(&J) VALUE(&I * 10 / 4)
             IF         COND(*NOT &FLAG) THEN(GOTO CMDLBL(ERROR))
             DSPSYSVAL  SYSVAL(QPWDLVL)
             MONMSG     MSGID(CPF1028 CPF2200) EXEC(GOTO CMDLBL(ERROR))
             GOTO       CMDLBL(END)

 ERROR:
             SNDPGMMSG  MSG('MFACHK ENDED IN ERROR') MSGTYPE(*DIAG)

 END:
             ENDPGM
