/*------------------------------------------------------------------*/
/* Selective prompting characters as shops leave them in source,
/* header lines that never close, labels on their own lines
/*------------------------------------------------------------------*/
             PGM
             DCL        VAR(&N) TYPE(*DEC) LEN(3 0)
 LOOP:
 AGAIN:
             CHGVAR     VAR(&N) VALUE(&N + 1)
             ?SNDPGMMSG ??MSG('Pass') ?*MSGTYPE(*INFO)
             IF         COND(&N *LT 3) THEN(GOTO CMDLBL(AGAIN))
             GOTO       CMDLBL(OUT)
 OUT:
             ENDPGM
