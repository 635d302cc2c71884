/* Loops, LEAVE and ITERATE, nested, with labels. */
PGM
  DCL &I     *INT
  DCL &J     *INT  LEN(2)
  DCL &SUM   *DEC  (7 0)
  DCL &DONE  *LGL
  DCL &OUT   *CHAR 60
  DOFOR VAR(&I) FROM(1) TO(5)
    CHGVAR &SUM (&SUM+&I)
  ENDDO
  SNDPGMMSG MSG('dofor sum=' *CAT %CHAR(&SUM) *BCAT 'i=' *CAT %CHAR(&I))
  CHGVAR &I 10
  DOWHILE (&I>0)
    CHGVAR &I (&I - 3)
  ENDDO
  SNDPGMMSG MSG('dowhile i=' || %CHAR(&I))
  DOUNTIL &DONE
    CHGVAR &J (&J + 1)
    IF (&J *GE 4) THEN(CHGVAR &DONE '1')
  ENDDO
  SNDPGMMSG MSG('dountil j=' *CAT %CHAR(&J))
  CHGVAR &OUT ' '
OUTER: DOFOR &I 1 3
    DOFOR VAR(&J) FROM(1) TO(3)
      IF (&J = 2) ITERATE
      IF (&I = 2) ITERATE OUTER
      IF (&I = 3) LEAVE CMDLBL(OUTER)
      CHGVAR &OUT (&OUT *TCAT %CHAR(&I) *CAT %CHAR(&J) *CAT ',')
    ENDDO
  ENDDO
  SNDPGMMSG MSG('nested' *BCAT &OUT)
  DOFOR VAR(&I) FROM(10) TO(1) BY(-4)
    SNDPGMMSG MSG('down' *BCAT %CHAR(&I))
  ENDDO
ENDPGM
