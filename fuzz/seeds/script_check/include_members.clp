/* INCLUDEs of the fuzz target's scratch members (INC1 declares, INC2 includes INC1,
   REC includes itself, BAD has a quote that never ends). */
PGM PARM(&P)
  DCL &P *CHAR 10
  INCLUDE SRCMBR(INC1)
  INCLUDE INC2 QCLSRC
  INCLUDE SRCMBR(REC) SRCFILE(*LIBL/QCLSRC)
  INCLUDE SRCMBR(BAD)
  INCLUDE SRCSTMF('inc1.clp')
  CALLSUBR SUBR(S1) RTNVAL(&RC)
  SELECT
    WHEN (&RC = 1) THEN(LEAVE)
    OTHERWISE (DOFOR &I 1 %LEN(&P))
  ENDSELECT
ENDPGM
