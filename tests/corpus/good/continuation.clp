/* Continuation: '+' drops the next line's leading blanks, '-' keeps */
/* them; both work mid-word, mid-keyword and inside quoted strings.  */
PGM
   DCL VAR(&LONG) TYPE(*CHAR) LEN(200)
   DCL VAR(&U) TYPE(*CHAR) LEN(10) VALUE(CONT+
                                         USR)
   CHG+
      VAR VAR(&LONG) VAL+
          UE('one +
              two -
   three +
              fo+
              ur')
   SNDPGMMSG MSG(&LONG)
   CRTUSR+
   PRF +
      USR+
      PRF(&U) +
      PASS+
      WORD(*NO+
      NE) +
      /* a comment line inside a continued command */ +
      TEXT('Made by a +
            continued +
            command') +
      USRCLS(*SYS+
             OPR)
   CHGUSRPRF -
USRPRF(&U) -
           TEXT('minus: -
kept')    /* the blanks before 'kept' were none */
   SNDPGMMSG MSG('a' *CAT -
                 'b' *BCAT +
                 'c') /* a + at the end of a comment does not continue + */
   SNDPGMMSG MSG('end of +
   script')
ENDPGM
