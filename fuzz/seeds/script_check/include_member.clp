/* INCLUDE of a member found in QCLSRC beside this file, in any case and extension */
             PGM
             INCLUDE    SRCMBR(COMMONDCL) SRCFILE(*LIBL/QCLSRC)
             COPYRIGHT  TEXT('(C) Example 2026')
             CHGVAR     VAR(&DONE) VALUE('1')
             IF         COND(&DONE) THEN(SNDPGMMSG MSG(&APP *TCAT ' ready'))
             ENDPGM
