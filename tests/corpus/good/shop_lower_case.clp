/*===================================================================*/
/* mfaprep - lower-case shop style: positional DCL, deep             */
/* continuation, comments wherever a blank may stand.                */
/*===================================================================*/
             pgm        /* no parameters */
             dcl        &user     *char  10  value(jsmith)
             dcl        &count    *dec   (5 0)    value(0)
             dcl        &limit    *dec   (5 0)    /* no value */
             dcl        &msgid    *char  7
             dcl        &ok       *lgl   value('1')
             dcl        &txt      *char  50
             dcl        &hex      *char  2

/* program-level monitor: anything unexpected goes to the handler    */
             monmsg     msgid(cpf0000 qsy0000) exec(goto cmdlbl(err))

             chgvar     var(&limit) value(3)
             chgvar     &hex      x'C1C2'  /* hex: AB in EBCDIC */
 loop:
             chgvar     &count    (&count + 1)   /* bump */
             if         cond(&count *lt &limit) then(goto cmdlbl(loop))

             chgvar     &txt      ('Count is' *bcat %char(&count) /* + */ +
                                   *tcat '.')
             sndpgmmsg  msg(&txt)
             crtusrprf  usrprf(&user) password(*none) +
                          text('Created by +
                                mfaprep, it''s +
                                fine') /* trailing + */
             chgusrprf  usrprf(&user) +
                          spcaut( /* list with a comment */ *jobctl +
                                   *savsys) /* +
                          not a continuation: inside a comment */
             if         cond(&ok *and (&hex *eq 'AB')) then(do)
                sndpgmmsg  msg('hex ok')
             enddo
             else       cmd(sndpgmmsg msg('hex wrong'))
             return
 err:
             sndpgmmsg  msgid(cpf9898) msgf(qcpfmsg) msgdta('Failed') +
                          msgtype(*escape)
             endpgm
