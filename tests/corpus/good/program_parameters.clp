/* Takes a user and a count, as CALL PGM(X) PARM('JSMITH' 5) would pass them */
             PGM        PARM(&USER &COUNT)
             DCL        VAR(&USER) TYPE(*CHAR) LEN(10)
             DCL        VAR(&COUNT) TYPE(*DEC) LEN(3 0)
             DCLPRCOPT  DFTACTGRP(*NO) ACTGRP(*NEW)
             SNDPGMMSG  MSG('User ' *CAT &USER *TCAT ' count ')
             ENDPGM
