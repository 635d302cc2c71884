_qsy() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="qsy"
                ;;
            qsy,CALL)
                cmd="qsy__subcmd__CALL"
                ;;
            qsy,CHGFCNUSG)
                cmd="qsy__subcmd__CHGFCNUSG"
                ;;
            qsy,CHGOBJOWN)
                cmd="qsy__subcmd__CHGOBJOWN"
                ;;
            qsy,CHGPWD)
                cmd="qsy__subcmd__CHGPWD"
                ;;
            qsy,CHGSECA)
                cmd="qsy__subcmd__CHGSECA"
                ;;
            qsy,CHGSYSVAL)
                cmd="qsy__subcmd__CHGSYSVAL"
                ;;
            qsy,CHGTOTPKEY)
                cmd="qsy__subcmd__CHGTOTPKEY"
                ;;
            qsy,CHGUSRPRF)
                cmd="qsy__subcmd__CHGUSRPRF"
                ;;
            qsy,CHKOBJ)
                cmd="qsy__subcmd__CHKOBJ"
                ;;
            qsy,CHKTOTP)
                cmd="qsy__subcmd__CHKTOTP"
                ;;
            qsy,CLRLIB)
                cmd="qsy__subcmd__CLRLIB"
                ;;
            qsy,CLRSAVF)
                cmd="qsy__subcmd__CLRSAVF"
                ;;
            qsy,CRTLIB)
                cmd="qsy__subcmd__CRTLIB"
                ;;
            qsy,CRTSAVF)
                cmd="qsy__subcmd__CRTSAVF"
                ;;
            qsy,CRTUSRPRF)
                cmd="qsy__subcmd__CRTUSRPRF"
                ;;
            qsy,DLTF)
                cmd="qsy__subcmd__DLTF"
                ;;
            qsy,DLTLIB)
                cmd="qsy__subcmd__DLTLIB"
                ;;
            qsy,DLTUSRPRF)
                cmd="qsy__subcmd__DLTUSRPRF"
                ;;
            qsy,DSPAUTUSR)
                cmd="qsy__subcmd__DSPAUTUSR"
                ;;
            qsy,DSPJRN)
                cmd="qsy__subcmd__DSPJRN"
                ;;
            qsy,DSPOBJAUT)
                cmd="qsy__subcmd__DSPOBJAUT"
                ;;
            qsy,DSPOBJD)
                cmd="qsy__subcmd__DSPOBJD"
                ;;
            qsy,DSPSECA)
                cmd="qsy__subcmd__DSPSECA"
                ;;
            qsy,DSPSYSVAL)
                cmd="qsy__subcmd__DSPSYSVAL"
                ;;
            qsy,DSPUSRPRF)
                cmd="qsy__subcmd__DSPUSRPRF"
                ;;
            qsy,GRTOBJAUT)
                cmd="qsy__subcmd__GRTOBJAUT"
                ;;
            qsy,PRTUSRPRF)
                cmd="qsy__subcmd__PRTUSRPRF"
                ;;
            qsy,PWRDWNSYS)
                cmd="qsy__subcmd__PWRDWNSYS"
                ;;
            qsy,QSYRTVPWDL)
                cmd="qsy__subcmd__QSYRTVPWDL"
                ;;
            qsy,RSTUSRPRF)
                cmd="qsy__subcmd__RSTUSRPRF"
                ;;
            qsy,RTVJOBA)
                cmd="qsy__subcmd__RTVJOBA"
                ;;
            qsy,RTVSYSVAL)
                cmd="qsy__subcmd__RTVSYSVAL"
                ;;
            qsy,RTVUSRPRF)
                cmd="qsy__subcmd__RTVUSRPRF"
                ;;
            qsy,RVKOBJAUT)
                cmd="qsy__subcmd__RVKOBJAUT"
                ;;
            qsy,SAVSECDTA)
                cmd="qsy__subcmd__SAVSECDTA"
                ;;
            qsy,SBMJOB)
                cmd="qsy__subcmd__SBMJOB"
                ;;
            qsy,SIGNON)
                cmd="qsy__subcmd__SIGNON"
                ;;
            qsy,SNDBRKMSG)
                cmd="qsy__subcmd__SNDBRKMSG"
                ;;
            qsy,SNDMSG)
                cmd="qsy__subcmd__SNDMSG"
                ;;
            qsy,call)
                cmd="qsy__subcmd__call"
                ;;
            qsy,chgfcnusg)
                cmd="qsy__subcmd__chgfcnusg"
                ;;
            qsy,chgobjown)
                cmd="qsy__subcmd__chgobjown"
                ;;
            qsy,chgpwd)
                cmd="qsy__subcmd__chgpwd"
                ;;
            qsy,chgseca)
                cmd="qsy__subcmd__chgseca"
                ;;
            qsy,chgsysval)
                cmd="qsy__subcmd__chgsysval"
                ;;
            qsy,chgtotpkey)
                cmd="qsy__subcmd__chgtotpkey"
                ;;
            qsy,chgusrprf)
                cmd="qsy__subcmd__chgusrprf"
                ;;
            qsy,chkobj)
                cmd="qsy__subcmd__chkobj"
                ;;
            qsy,chktotp)
                cmd="qsy__subcmd__chktotp"
                ;;
            qsy,clrlib)
                cmd="qsy__subcmd__clrlib"
                ;;
            qsy,clrsavf)
                cmd="qsy__subcmd__clrsavf"
                ;;
            qsy,console)
                cmd="qsy__subcmd__console"
                ;;
            qsy,crtlib)
                cmd="qsy__subcmd__crtlib"
                ;;
            qsy,crtsavf)
                cmd="qsy__subcmd__crtsavf"
                ;;
            qsy,crtusrprf)
                cmd="qsy__subcmd__crtusrprf"
                ;;
            qsy,dltf)
                cmd="qsy__subcmd__dltf"
                ;;
            qsy,dltlib)
                cmd="qsy__subcmd__dltlib"
                ;;
            qsy,dltusrprf)
                cmd="qsy__subcmd__dltusrprf"
                ;;
            qsy,dspautusr)
                cmd="qsy__subcmd__dspautusr"
                ;;
            qsy,dspjrn)
                cmd="qsy__subcmd__dspjrn"
                ;;
            qsy,dspobjaut)
                cmd="qsy__subcmd__dspobjaut"
                ;;
            qsy,dspobjd)
                cmd="qsy__subcmd__dspobjd"
                ;;
            qsy,dspseca)
                cmd="qsy__subcmd__dspseca"
                ;;
            qsy,dspsysval)
                cmd="qsy__subcmd__dspsysval"
                ;;
            qsy,dspusrprf)
                cmd="qsy__subcmd__dspusrprf"
                ;;
            qsy,dst)
                cmd="qsy__subcmd__dst"
                ;;
            qsy,grtobjaut)
                cmd="qsy__subcmd__grtobjaut"
                ;;
            qsy,help)
                cmd="qsy__subcmd__help"
                ;;
            qsy,import)
                cmd="qsy__subcmd__import"
                ;;
            qsy,ipl)
                cmd="qsy__subcmd__ipl"
                ;;
            qsy,links)
                cmd="qsy__subcmd__links"
                ;;
            qsy,prtusrprf)
                cmd="qsy__subcmd__prtusrprf"
                ;;
            qsy,pwrdwnsys)
                cmd="qsy__subcmd__pwrdwnsys"
                ;;
            qsy,qsyrtvpwdl)
                cmd="qsy__subcmd__qsyrtvpwdl"
                ;;
            qsy,readiness)
                cmd="qsy__subcmd__readiness"
                ;;
            qsy,rstusrprf)
                cmd="qsy__subcmd__rstusrprf"
                ;;
            qsy,rtvjoba)
                cmd="qsy__subcmd__rtvjoba"
                ;;
            qsy,rtvsysval)
                cmd="qsy__subcmd__rtvsysval"
                ;;
            qsy,rtvusrprf)
                cmd="qsy__subcmd__rtvusrprf"
                ;;
            qsy,run)
                cmd="qsy__subcmd__run"
                ;;
            qsy,rvkobjaut)
                cmd="qsy__subcmd__rvkobjaut"
                ;;
            qsy,savsecdta)
                cmd="qsy__subcmd__savsecdta"
                ;;
            qsy,sbmjob)
                cmd="qsy__subcmd__sbmjob"
                ;;
            qsy,signon)
                cmd="qsy__subcmd__signon"
                ;;
            qsy,sndbrkmsg)
                cmd="qsy__subcmd__sndbrkmsg"
                ;;
            qsy,sndmsg)
                cmd="qsy__subcmd__sndmsg"
                ;;
            qsy,sst)
                cmd="qsy__subcmd__sst"
                ;;
            qsy,totp)
                cmd="qsy__subcmd__totp"
                ;;
            qsy__subcmd__dst,reset-qsecofr)
                cmd="qsy__subcmd__dst__subcmd__reset__subcmd__qsecofr"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        qsy)
            opts="-c -q -h -V --system --user --output --quiet --password-stdin --help --version call chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chkobj chktotp clrlib clrsavf crtlib crtsavf crtusrprf dltf dltlib dltusrprf dspautusr dspjrn dspobjaut dspobjd dspseca dspsysval dspusrprf grtobjaut prtusrprf pwrdwnsys qsyrtvpwdl rstusrprf rtvjoba rtvsysval rtvusrprf rvkobjaut savsecdta sbmjob signon sndbrkmsg sndmsg run ipl dst console sst import readiness links totp help CALL CHGFCNUSG CHGOBJOWN CHGPWD CHGSECA CHGSYSVAL CHGTOTPKEY CHGUSRPRF CHKOBJ CHKTOTP CLRLIB CLRSAVF CRTLIB CRTSAVF CRTUSRPRF DLTF DLTLIB DLTUSRPRF DSPAUTUSR DSPJRN DSPOBJAUT DSPOBJD DSPSECA DSPSYSVAL DSPUSRPRF GRTOBJAUT PRTUSRPRF PWRDWNSYS QSYRTVPWDL RSTUSRPRF RTVJOBA RTVSYSVAL RTVUSRPRF RVKOBJAUT SAVSECDTA SBMJOB SIGNON SNDBRKMSG SNDMSG"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CALL)
            opts="-q -h --pgm --parm --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pgm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --parm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHGFCNUSG)
            opts="-q -h --fcnid --user --usage --default --allobjaut --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --fcnid)
                    COMPREPLY=($(compgen -W "QIBM_RUN_UNDER_USER_NO_AUTH" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usage)
                    COMPREPLY=($(compgen -W "*ALLOWED *DENIED *NONE" -- "${cur}"))
                    return 0
                    ;;
                --default)
                    COMPREPLY=($(compgen -W "*SAME *ALLOWED *DENIED" -- "${cur}"))
                    return 0
                    ;;
                --allobjaut)
                    COMPREPLY=($(compgen -W "*SAME *USED *NOTUSED" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHGOBJOWN)
            opts="-q -h --obj --objtype --newown --curownaut --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE" -- "${cur}"))
                    return 0
                    ;;
                --newown)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curownaut)
                    COMPREPLY=($(compgen -W "*REVOKE *SAME" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHGPWD)
            opts="-q -h --curpwd --newpwd --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --curpwd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --newpwd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHGSECA)
            opts="-q -h --adlsgnfac --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --adlsgnfac)
                    COMPREPLY=($(compgen -W "*SAME *ENABLED *DISABLED" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHGSYSVAL)
            opts="-q -h --sysval --value --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sysval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --value)
                    COMPREPLY=($(compgen -W "*NOMAX *NONE *PWDSYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHGTOTPKEY)
            opts="-q -h --totpkey --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --totpkey)
                    COMPREPLY=($(compgen -W "*GEN *NONE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHGUSRPRF)
            opts="-q -h --usrprf --password --spcaut --pwdexp --status --usrcls --pwdexpitv --text --authmth --totpoptitv --astlvl --curlib --inlpgm --inlmnu --lmtcpb --spcenv --dspsgninf --pwdchgblk --lclpwdmgt --lmtdevssn --kbdbuf --maxstg --ptylmt --jobd --grpprf --owner --grpaut --grpauttyp --supgrpprf --acgcde --msgq --dlvry --sev --prtdev --outq --atnpgm --srtseq --langid --cntryid --ccsid --chridctl --setjobatr --locale --usropt --uid --gid --homedir --usrexpdate --usrexpitv --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --spcaut)
                    COMPREPLY=($(compgen -W "*SAME *USRCLS *NONE *ALLOBJ *AUDIT *IOSYSCFG *JOBCTL *SAVSYS *SECADM *SERVICE *SPLCTL" -- "${cur}"))
                    return 0
                    ;;
                --pwdexp)
                    COMPREPLY=($(compgen -W "*SAME *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -W "*SAME *ENABLED *DISABLED" -- "${cur}"))
                    return 0
                    ;;
                --usrcls)
                    COMPREPLY=($(compgen -W "*SAME *USER *SYSOPR *PGMR *SECADM *SECOFR" -- "${cur}"))
                    return 0
                    ;;
                --pwdexpitv)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NOMAX" -- "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -W "*SAME *BLANK" -- "${cur}"))
                    return 0
                    ;;
                --authmth)
                    COMPREPLY=($(compgen -W "*SAME *NONE *TOTP *REGFAC" -- "${cur}"))
                    return 0
                    ;;
                --totpoptitv)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --astlvl)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *BASIC *INTERMED *ADVANCED" -- "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -W "*SAME *CRTDFT" -- "${cur}"))
                    return 0
                    ;;
                --inlpgm)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --inlmnu)
                    COMPREPLY=($(compgen -W "*SAME *SIGNOFF" -- "${cur}"))
                    return 0
                    ;;
                --lmtcpb)
                    COMPREPLY=($(compgen -W "*SAME *NO *PARTIAL *YES" -- "${cur}"))
                    return 0
                    ;;
                --spcenv)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE *S36" -- "${cur}"))
                    return 0
                    ;;
                --dspsgninf)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --pwdchgblk)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE" -- "${cur}"))
                    return 0
                    ;;
                --lclpwdmgt)
                    COMPREPLY=($(compgen -W "*SAME *YES *NO" -- "${cur}"))
                    return 0
                    ;;
                --lmtdevssn)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --kbdbuf)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NO *TYPEAHEAD *YES" -- "${cur}"))
                    return 0
                    ;;
                --maxstg)
                    COMPREPLY=($(compgen -W "*SAME *NOMAX" -- "${cur}"))
                    return 0
                    ;;
                --ptylmt)
                    COMPREPLY=($(compgen -W "*SAME" -- "${cur}"))
                    return 0
                    ;;
                --jobd)
                    COMPREPLY=($(compgen -W "*SAME" -- "${cur}"))
                    return 0
                    ;;
                --grpprf)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --owner)
                    COMPREPLY=($(compgen -W "*SAME *USRPRF *GRPPRF" -- "${cur}"))
                    return 0
                    ;;
                --grpaut)
                    COMPREPLY=($(compgen -W "*SAME *NONE *ALL *CHANGE *USE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --grpauttyp)
                    COMPREPLY=($(compgen -W "*SAME *PRIVATE *PGP" -- "${cur}"))
                    return 0
                    ;;
                --supgrpprf)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -W "*SAME *BLANK" -- "${cur}"))
                    return 0
                    ;;
                --msgq)
                    COMPREPLY=($(compgen -W "*SAME *USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --dlvry)
                    COMPREPLY=($(compgen -W "*SAME *NOTIFY *BREAK *HOLD *DFT" -- "${cur}"))
                    return 0
                    ;;
                --sev)
                    COMPREPLY=($(compgen -W "*SAME" -- "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -W "*SAME *WRKSTN *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -W "*SAME *WRKSTN *DEV" -- "${cur}"))
                    return 0
                    ;;
                --atnpgm)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE *ASSIST" -- "${cur}"))
                    return 0
                    ;;
                --srtseq)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *HEX *LANGIDUNQ *LANGIDSHR" -- "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --ccsid)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *HEX" -- "${cur}"))
                    return 0
                    ;;
                --chridctl)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *DEVD *JOBCCSID" -- "${cur}"))
                    return 0
                    ;;
                --setjobatr)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE *CCSID *DATFMT *DATSEP *DECFMT *SRTSEQ *TIMSEP" -- "${cur}"))
                    return 0
                    ;;
                --locale)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE *C *POSIX" -- "${cur}"))
                    return 0
                    ;;
                --usropt)
                    COMPREPLY=($(compgen -W "*SAME *NONE *CLKWD *EXPERT *HLPFULL *STSMSG *NOSTSMSG *ROLLKEY *PRTMSG" -- "${cur}"))
                    return 0
                    ;;
                --uid)
                    COMPREPLY=($(compgen -W "*SAME *GEN" -- "${cur}"))
                    return 0
                    ;;
                --gid)
                    COMPREPLY=($(compgen -W "*SAME *NONE *GEN" -- "${cur}"))
                    return 0
                    ;;
                --homedir)
                    COMPREPLY=($(compgen -W "*SAME *USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --usrexpdate)
                    COMPREPLY=($(compgen -W "*SAME *NONE *USREXPITV" -- "${cur}"))
                    return 0
                    ;;
                --usrexpitv)
                    COMPREPLY=($(compgen -W "*SAME" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHKOBJ)
            opts="-q -h --obj --objtype --aut --mbr --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE *LIB" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*NONE *ALL *CHANGE *USE *OBJOPR *OBJMGT *OBJEXIST *OBJALTER *OBJREF *READ *ADD *UPD *DLT *EXECUTE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --mbr)
                    COMPREPLY=($(compgen -W "*NONE *FIRST" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CHKTOTP)
            opts="-q -h --password --totpval --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totpval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CLRLIB)
            opts="-q -h --lib --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CLRSAVF)
            opts="-q -h --file --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CRTLIB)
            opts="-q -h --lib --type --text --aut --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -W "*PROD *TEST" -- "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -W "*BLANK" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*LIBCRTAUT *CHANGE *ALL *USE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CRTSAVF)
            opts="-q -h --file --text --aut --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -W "*BLANK" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*LIBCRTAUT *CHANGE *ALL *USE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__CRTUSRPRF)
            opts="-q -h --usrprf --password --pwdexp --status --usrcls --spcaut --pwdexpitv --text --authmth --totpoptitv --aut --astlvl --curlib --inlpgm --inlmnu --lmtcpb --spcenv --dspsgninf --pwdchgblk --lclpwdmgt --lmtdevssn --kbdbuf --maxstg --ptylmt --jobd --grpprf --owner --grpaut --grpauttyp --supgrpprf --acgcde --msgq --dlvry --sev --prtdev --outq --atnpgm --srtseq --langid --cntryid --ccsid --chridctl --setjobatr --locale --usropt --uid --gid --homedir --usrexpdate --usrexpitv --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -W "*USRPRF *NONE" -- "${cur}"))
                    return 0
                    ;;
                --pwdexp)
                    COMPREPLY=($(compgen -W "*NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -W "*ENABLED *DISABLED" -- "${cur}"))
                    return 0
                    ;;
                --usrcls)
                    COMPREPLY=($(compgen -W "*USER *SYSOPR *PGMR *SECADM *SECOFR" -- "${cur}"))
                    return 0
                    ;;
                --spcaut)
                    COMPREPLY=($(compgen -W "*USRCLS *NONE *ALLOBJ *AUDIT *IOSYSCFG *JOBCTL *SAVSYS *SECADM *SERVICE *SPLCTL" -- "${cur}"))
                    return 0
                    ;;
                --pwdexpitv)
                    COMPREPLY=($(compgen -W "*SYSVAL *NOMAX" -- "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -W "*BLANK" -- "${cur}"))
                    return 0
                    ;;
                --authmth)
                    COMPREPLY=($(compgen -W "*NONE *TOTP *REGFAC" -- "${cur}"))
                    return 0
                    ;;
                --totpoptitv)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*EXCLUDE *ALL *CHANGE *USE" -- "${cur}"))
                    return 0
                    ;;
                --astlvl)
                    COMPREPLY=($(compgen -W "*SYSVAL *BASIC *INTERMED *ADVANCED" -- "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -W "*CRTDFT" -- "${cur}"))
                    return 0
                    ;;
                --inlpgm)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --inlmnu)
                    COMPREPLY=($(compgen -W "*SIGNOFF" -- "${cur}"))
                    return 0
                    ;;
                --lmtcpb)
                    COMPREPLY=($(compgen -W "*NO *PARTIAL *YES" -- "${cur}"))
                    return 0
                    ;;
                --spcenv)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE *S36" -- "${cur}"))
                    return 0
                    ;;
                --dspsgninf)
                    COMPREPLY=($(compgen -W "*SYSVAL *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --pwdchgblk)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE" -- "${cur}"))
                    return 0
                    ;;
                --lclpwdmgt)
                    COMPREPLY=($(compgen -W "*YES *NO" -- "${cur}"))
                    return 0
                    ;;
                --lmtdevssn)
                    COMPREPLY=($(compgen -W "*SYSVAL *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --kbdbuf)
                    COMPREPLY=($(compgen -W "*SYSVAL *NO *TYPEAHEAD *YES" -- "${cur}"))
                    return 0
                    ;;
                --maxstg)
                    COMPREPLY=($(compgen -W "*NOMAX" -- "${cur}"))
                    return 0
                    ;;
                --ptylmt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpprf)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --owner)
                    COMPREPLY=($(compgen -W "*USRPRF *GRPPRF" -- "${cur}"))
                    return 0
                    ;;
                --grpaut)
                    COMPREPLY=($(compgen -W "*NONE *ALL *CHANGE *USE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --grpauttyp)
                    COMPREPLY=($(compgen -W "*PRIVATE *PGP" -- "${cur}"))
                    return 0
                    ;;
                --supgrpprf)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -W "*BLANK" -- "${cur}"))
                    return 0
                    ;;
                --msgq)
                    COMPREPLY=($(compgen -W "*USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --dlvry)
                    COMPREPLY=($(compgen -W "*NOTIFY *BREAK *HOLD *DFT" -- "${cur}"))
                    return 0
                    ;;
                --sev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -W "*WRKSTN *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -W "*WRKSTN *DEV" -- "${cur}"))
                    return 0
                    ;;
                --atnpgm)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE *ASSIST" -- "${cur}"))
                    return 0
                    ;;
                --srtseq)
                    COMPREPLY=($(compgen -W "*SYSVAL *HEX *LANGIDUNQ *LANGIDSHR" -- "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -W "*SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -W "*SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --ccsid)
                    COMPREPLY=($(compgen -W "*SYSVAL *HEX" -- "${cur}"))
                    return 0
                    ;;
                --chridctl)
                    COMPREPLY=($(compgen -W "*SYSVAL *DEVD *JOBCCSID" -- "${cur}"))
                    return 0
                    ;;
                --setjobatr)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE *CCSID *DATFMT *DATSEP *DECFMT *SRTSEQ *TIMSEP" -- "${cur}"))
                    return 0
                    ;;
                --locale)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE *C *POSIX" -- "${cur}"))
                    return 0
                    ;;
                --usropt)
                    COMPREPLY=($(compgen -W "*NONE *CLKWD *EXPERT *HLPFULL *STSMSG *NOSTSMSG *ROLLKEY *PRTMSG" -- "${cur}"))
                    return 0
                    ;;
                --uid)
                    COMPREPLY=($(compgen -W "*GEN" -- "${cur}"))
                    return 0
                    ;;
                --gid)
                    COMPREPLY=($(compgen -W "*NONE *GEN" -- "${cur}"))
                    return 0
                    ;;
                --homedir)
                    COMPREPLY=($(compgen -W "*USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --usrexpdate)
                    COMPREPLY=($(compgen -W "*NONE *USREXPITV" -- "${cur}"))
                    return 0
                    ;;
                --usrexpitv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DLTF)
            opts="-q -h --file --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DLTLIB)
            opts="-q -h --lib --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DLTUSRPRF)
            opts="-q -h --usrprf --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DSPAUTUSR)
            opts="-q -h --seq --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --seq)
                    COMPREPLY=($(compgen -W "*USRPRF *GRPPRF" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DSPJRN)
            opts="-q -h --jrn --enttyp --usrprf --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --jrn)
                    COMPREPLY=($(compgen -W "QAUDJRN *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --enttyp)
                    COMPREPLY=($(compgen -W "*ALL CP DO SV PW DS IP CA OW" -- "${cur}"))
                    return 0
                    ;;
                --usrprf)
                    COMPREPLY=($(compgen -W "*ALL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DSPOBJAUT)
            opts="-q -h --obj --objtype --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DSPOBJD)
            opts="-q -h --obj --objtype --outfile --outmbr --detail --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*ALL *LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --outfile)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --outmbr)
                    COMPREPLY=($(compgen -W "*FIRST *REPLACE *ADD" -- "${cur}"))
                    return 0
                    ;;
                --detail)
                    COMPREPLY=($(compgen -W "*BASIC *FULL *SERVICE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DSPSECA)
            opts="-q -h --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DSPSYSVAL)
            opts="-q -h --sysval --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sysval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__DSPUSRPRF)
            opts="-q -h --usrprf --type --outfile --outmbr --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -W "*ALL" -- "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -W "*BASIC" -- "${cur}"))
                    return 0
                    ;;
                --outfile)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --outmbr)
                    COMPREPLY=($(compgen -W "*FIRST *REPLACE *ADD" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__GRTOBJAUT)
            opts="-q -h --obj --objtype --user --aut --replace --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -W "*PUBLIC" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*CHANGE *ALL *USE *EXCLUDE *OBJOPR *OBJMGT *OBJEXIST *OBJALTER *OBJREF *READ *ADD *UPD *DLT *EXECUTE" -- "${cur}"))
                    return 0
                    ;;
                --replace)
                    COMPREPLY=($(compgen -W "*NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__PRTUSRPRF)
            opts="-q -h --type --select --usrcls --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --type)
                    COMPREPLY=($(compgen -W "*ALL *AUTINFO *ENVINFO *PWDINFO *PWDLVL" -- "${cur}"))
                    return 0
                    ;;
                --select)
                    COMPREPLY=($(compgen -W "*USRCLS *SPCAUT *MNUPGM" -- "${cur}"))
                    return 0
                    ;;
                --usrcls)
                    COMPREPLY=($(compgen -W "*ALL *SECOFR *SECADM *PGMR *SYSOPR *USER" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__PWRDWNSYS)
            opts="-q -h --option --delay --restart --iplsrc --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --option)
                    COMPREPLY=($(compgen -W "*CNTRLD *IMMED" -- "${cur}"))
                    return 0
                    ;;
                --delay)
                    COMPREPLY=($(compgen -W "*NOLIMIT" -- "${cur}"))
                    return 0
                    ;;
                --restart)
                    COMPREPLY=($(compgen -W "*NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --iplsrc)
                    COMPREPLY=($(compgen -W "*PANEL A B D" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__QSYRTVPWDL)
            opts="-q -h --level --nopwdcnt --usrprf --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --level)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nopwdcnt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__RSTUSRPRF)
            opts="-q -h --dev --usrprf --omitusrprf --savf --secdta --alwobjdif --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dev)
                    COMPREPLY=($(compgen -W "*SAVF" -- "${cur}"))
                    return 0
                    ;;
                --usrprf)
                    COMPREPLY=($(compgen -W "*ALL *NEW" -- "${cur}"))
                    return 0
                    ;;
                --omitusrprf)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --savf)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --secdta)
                    COMPREPLY=($(compgen -W "*USRPRF *PWDGRP *DCM *PVTAUT" -- "${cur}"))
                    return 0
                    ;;
                --alwobjdif)
                    COMPREPLY=($(compgen -W "*NONE *ALL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__RTVJOBA)
            opts="-q -h --job --user --nbr --curuser --type --date --datfmt --ccsid --dftccsid --sws --outq --datetime --curlib --usrlibl --syslibl --logclpgm --outqlib --prtdev --prttxt --inqmsgrpy --acgcde --langid --cntryid --jobmsgqfl --sbmmsgq --sbmmsgqlib --endsts --subtype --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --job)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nbr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curuser)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --date)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datfmt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ccsid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dftccsid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sws)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datetime)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usrlibl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --syslibl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --logclpgm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outqlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prttxt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inqmsgrpy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobmsgqfl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sbmmsgq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sbmmsgqlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endsts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subtype)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__RTVSYSVAL)
            opts="-q -h --sysval --rtnvar --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sysval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rtnvar)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__RTVUSRPRF)
            opts="-q -h --usrprf --rtnusrprf --spcaut --text --pwdchgdat --usrcls --pwdexpitv --prvsign --notvldsign --status --pwdexp --authmth --totpoptitv --grpprf --owner --grpaut --grpauttyp --supgrpprf --astlvl --curlib --inlpgm --inlpgmlib --inlmnu --inlmnulib --lmtcpb --jobd --jobdlib --acgcde --msgq --msgqlib --dlvry --outq --outqlib --prtdev --spcenv --atnpgm --atnpgmlib --langid --cntryid --dspsgninf --lmtdevssn --kbdbuf --uid --gid --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -W "*CURRENT" -- "${cur}"))
                    return 0
                    ;;
                --rtnusrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spcaut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pwdchgdat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usrcls)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pwdexpitv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prvsign)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --notvldsign)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pwdexp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authmth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totpoptitv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --owner)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpaut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpauttyp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --supgrpprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --astlvl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inlpgm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inlpgmlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inlmnu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inlmnulib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lmtcpb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobdlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgqlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dlvry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outqlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spcenv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --atnpgm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --atnpgmlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dspsgninf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lmtdevssn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kbdbuf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --uid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__RVKOBJAUT)
            opts="-q -h --obj --objtype --user --aut --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -W "*PUBLIC *ALL" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*CHANGE *ALL *USE *EXCLUDE *OBJOPR *OBJMGT *OBJEXIST *OBJALTER *OBJREF *READ *ADD *UPD *DLT *EXECUTE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__SAVSECDTA)
            opts="-q -h --dev --savf --clear --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dev)
                    COMPREPLY=($(compgen -W "*SAVF" -- "${cur}"))
                    return 0
                    ;;
                --savf)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --clear)
                    COMPREPLY=($(compgen -W "*NONE *ALL *REPLACE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__SBMJOB)
            opts="-q -h --cmd --job --user --jobq --jobpty --curlib --rtgdta --date --scdtime --jobd --outq --prtdev --prttxt --rqsdta --syslibl --inllibl --log --logclpgm --logoutput --inqmsgrpy --hold --sws --dspsbmjob --msgq --srtseq --langid --cntryid --ccsid --jobmsgqmx --jobmsgqfl --acgcde --outpty --scddate --splfacn --cpyenvvar --alwmltthd --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cmd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --job)
                    COMPREPLY=($(compgen -W "*JOBD" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -W "*CURRENT *JOBD" -- "${cur}"))
                    return 0
                    ;;
                --jobq)
                    COMPREPLY=($(compgen -W "*JOBD" -- "${cur}"))
                    return 0
                    ;;
                --jobpty)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -W "*CURUSRPRF *CRTDFT" -- "${cur}"))
                    return 0
                    ;;
                --rtgdta)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --date)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scdtime)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobd)
                    COMPREPLY=($(compgen -W "*USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *DEV *JOBD" -- "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL *JOBD" -- "${cur}"))
                    return 0
                    ;;
                --prttxt)
                    COMPREPLY=($(compgen -W "*CURRENT *JOBD *SYSVAL *BLANK" -- "${cur}"))
                    return 0
                    ;;
                --rqsdta)
                    COMPREPLY=($(compgen -W "*CMD *RTGDTA" -- "${cur}"))
                    return 0
                    ;;
                --syslibl)
                    COMPREPLY=($(compgen -W "*CURRENT *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --inllibl)
                    COMPREPLY=($(compgen -W "*CURRENT *JOBD *SYSVAL *NONE" -- "${cur}"))
                    return 0
                    ;;
                --log)
                    COMPREPLY=($(compgen -W "*JOBD *MSG *SECLVL *NOLIST" -- "${cur}"))
                    return 0
                    ;;
                --logclpgm)
                    COMPREPLY=($(compgen -W "*JOBD *YES *NO" -- "${cur}"))
                    return 0
                    ;;
                --logoutput)
                    COMPREPLY=($(compgen -W "*CURRENT *JOBD *SYSVAL *JOBLOGSVR *JOBEND *PND" -- "${cur}"))
                    return 0
                    ;;
                --inqmsgrpy)
                    COMPREPLY=($(compgen -W "*JOBD *RQD *DFT *SYSRPYL" -- "${cur}"))
                    return 0
                    ;;
                --hold)
                    COMPREPLY=($(compgen -W "*JOBD *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --sws)
                    COMPREPLY=($(compgen -W "*JOBD" -- "${cur}"))
                    return 0
                    ;;
                --dspsbmjob)
                    COMPREPLY=($(compgen -W "*YES *NO" -- "${cur}"))
                    return 0
                    ;;
                --msgq)
                    COMPREPLY=($(compgen -W "*USRPRF *NONE" -- "${cur}"))
                    return 0
                    ;;
                --srtseq)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL *HEX *LANGIDUNQ *LANGIDSHR" -- "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --ccsid)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL *HEX" -- "${cur}"))
                    return 0
                    ;;
                --jobmsgqmx)
                    COMPREPLY=($(compgen -W "*JOBD *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --jobmsgqfl)
                    COMPREPLY=($(compgen -W "*JOBD *SYSVAL *NOWRAP *WRAP *PRTWRAP" -- "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *JOBD" -- "${cur}"))
                    return 0
                    ;;
                --outpty)
                    COMPREPLY=($(compgen -W "*JOBD" -- "${cur}"))
                    return 0
                    ;;
                --scddate)
                    COMPREPLY=($(compgen -W "*CURRENT *MONTHSTR *MONTHEND *MON *TUE *WED *THU *FRI *SAT *SUN" -- "${cur}"))
                    return 0
                    ;;
                --splfacn)
                    COMPREPLY=($(compgen -W "*SYSVAL *KEEP *DETACH" -- "${cur}"))
                    return 0
                    ;;
                --cpyenvvar)
                    COMPREPLY=($(compgen -W "*NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --alwmltthd)
                    COMPREPLY=($(compgen -W "*JOBD *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__SIGNON)
            opts="-q -h --user --password --adlfac --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --adlfac)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__SNDBRKMSG)
            opts="-q -h --msg --tomsgq --msgtype --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --msg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tomsgq)
                    COMPREPLY=($(compgen -W "*ALLWS" -- "${cur}"))
                    return 0
                    ;;
                --msgtype)
                    COMPREPLY=($(compgen -W "*INFO *INQ" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__SNDMSG)
            opts="-q -h --msg --tousr --msgtype --tomsgq --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --msg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tousr)
                    COMPREPLY=($(compgen -W "*SYSOPR *REQUESTER" -- "${cur}"))
                    return 0
                    ;;
                --msgtype)
                    COMPREPLY=($(compgen -W "*INFO *INQ" -- "${cur}"))
                    return 0
                    ;;
                --tomsgq)
                    COMPREPLY=($(compgen -W "*SYSOPR *HSTLOG" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__call)
            opts="-q -h --pgm --parm --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pgm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --parm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chgfcnusg)
            opts="-q -h --fcnid --user --usage --default --allobjaut --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --fcnid)
                    COMPREPLY=($(compgen -W "QIBM_RUN_UNDER_USER_NO_AUTH" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usage)
                    COMPREPLY=($(compgen -W "*ALLOWED *DENIED *NONE" -- "${cur}"))
                    return 0
                    ;;
                --default)
                    COMPREPLY=($(compgen -W "*SAME *ALLOWED *DENIED" -- "${cur}"))
                    return 0
                    ;;
                --allobjaut)
                    COMPREPLY=($(compgen -W "*SAME *USED *NOTUSED" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chgobjown)
            opts="-q -h --obj --objtype --newown --curownaut --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE" -- "${cur}"))
                    return 0
                    ;;
                --newown)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curownaut)
                    COMPREPLY=($(compgen -W "*REVOKE *SAME" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chgpwd)
            opts="-q -h --curpwd --newpwd --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --curpwd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --newpwd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chgseca)
            opts="-q -h --adlsgnfac --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --adlsgnfac)
                    COMPREPLY=($(compgen -W "*SAME *ENABLED *DISABLED" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chgsysval)
            opts="-q -h --sysval --value --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sysval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --value)
                    COMPREPLY=($(compgen -W "*NOMAX *NONE *PWDSYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chgtotpkey)
            opts="-q -h --totpkey --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --totpkey)
                    COMPREPLY=($(compgen -W "*GEN *NONE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chgusrprf)
            opts="-q -h --usrprf --password --spcaut --pwdexp --status --usrcls --pwdexpitv --text --authmth --totpoptitv --astlvl --curlib --inlpgm --inlmnu --lmtcpb --spcenv --dspsgninf --pwdchgblk --lclpwdmgt --lmtdevssn --kbdbuf --maxstg --ptylmt --jobd --grpprf --owner --grpaut --grpauttyp --supgrpprf --acgcde --msgq --dlvry --sev --prtdev --outq --atnpgm --srtseq --langid --cntryid --ccsid --chridctl --setjobatr --locale --usropt --uid --gid --homedir --usrexpdate --usrexpitv --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --spcaut)
                    COMPREPLY=($(compgen -W "*SAME *USRCLS *NONE *ALLOBJ *AUDIT *IOSYSCFG *JOBCTL *SAVSYS *SECADM *SERVICE *SPLCTL" -- "${cur}"))
                    return 0
                    ;;
                --pwdexp)
                    COMPREPLY=($(compgen -W "*SAME *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -W "*SAME *ENABLED *DISABLED" -- "${cur}"))
                    return 0
                    ;;
                --usrcls)
                    COMPREPLY=($(compgen -W "*SAME *USER *SYSOPR *PGMR *SECADM *SECOFR" -- "${cur}"))
                    return 0
                    ;;
                --pwdexpitv)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NOMAX" -- "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -W "*SAME *BLANK" -- "${cur}"))
                    return 0
                    ;;
                --authmth)
                    COMPREPLY=($(compgen -W "*SAME *NONE *TOTP *REGFAC" -- "${cur}"))
                    return 0
                    ;;
                --totpoptitv)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --astlvl)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *BASIC *INTERMED *ADVANCED" -- "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -W "*SAME *CRTDFT" -- "${cur}"))
                    return 0
                    ;;
                --inlpgm)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --inlmnu)
                    COMPREPLY=($(compgen -W "*SAME *SIGNOFF" -- "${cur}"))
                    return 0
                    ;;
                --lmtcpb)
                    COMPREPLY=($(compgen -W "*SAME *NO *PARTIAL *YES" -- "${cur}"))
                    return 0
                    ;;
                --spcenv)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE *S36" -- "${cur}"))
                    return 0
                    ;;
                --dspsgninf)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --pwdchgblk)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE" -- "${cur}"))
                    return 0
                    ;;
                --lclpwdmgt)
                    COMPREPLY=($(compgen -W "*SAME *YES *NO" -- "${cur}"))
                    return 0
                    ;;
                --lmtdevssn)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --kbdbuf)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NO *TYPEAHEAD *YES" -- "${cur}"))
                    return 0
                    ;;
                --maxstg)
                    COMPREPLY=($(compgen -W "*SAME *NOMAX" -- "${cur}"))
                    return 0
                    ;;
                --ptylmt)
                    COMPREPLY=($(compgen -W "*SAME" -- "${cur}"))
                    return 0
                    ;;
                --jobd)
                    COMPREPLY=($(compgen -W "*SAME" -- "${cur}"))
                    return 0
                    ;;
                --grpprf)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --owner)
                    COMPREPLY=($(compgen -W "*SAME *USRPRF *GRPPRF" -- "${cur}"))
                    return 0
                    ;;
                --grpaut)
                    COMPREPLY=($(compgen -W "*SAME *NONE *ALL *CHANGE *USE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --grpauttyp)
                    COMPREPLY=($(compgen -W "*SAME *PRIVATE *PGP" -- "${cur}"))
                    return 0
                    ;;
                --supgrpprf)
                    COMPREPLY=($(compgen -W "*SAME *NONE" -- "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -W "*SAME *BLANK" -- "${cur}"))
                    return 0
                    ;;
                --msgq)
                    COMPREPLY=($(compgen -W "*SAME *USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --dlvry)
                    COMPREPLY=($(compgen -W "*SAME *NOTIFY *BREAK *HOLD *DFT" -- "${cur}"))
                    return 0
                    ;;
                --sev)
                    COMPREPLY=($(compgen -W "*SAME" -- "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -W "*SAME *WRKSTN *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -W "*SAME *WRKSTN *DEV" -- "${cur}"))
                    return 0
                    ;;
                --atnpgm)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE *ASSIST" -- "${cur}"))
                    return 0
                    ;;
                --srtseq)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *HEX *LANGIDUNQ *LANGIDSHR" -- "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --ccsid)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *HEX" -- "${cur}"))
                    return 0
                    ;;
                --chridctl)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *DEVD *JOBCCSID" -- "${cur}"))
                    return 0
                    ;;
                --setjobatr)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE *CCSID *DATFMT *DATSEP *DECFMT *SRTSEQ *TIMSEP" -- "${cur}"))
                    return 0
                    ;;
                --locale)
                    COMPREPLY=($(compgen -W "*SAME *SYSVAL *NONE *C *POSIX" -- "${cur}"))
                    return 0
                    ;;
                --usropt)
                    COMPREPLY=($(compgen -W "*SAME *NONE *CLKWD *EXPERT *HLPFULL *STSMSG *NOSTSMSG *ROLLKEY *PRTMSG" -- "${cur}"))
                    return 0
                    ;;
                --uid)
                    COMPREPLY=($(compgen -W "*SAME *GEN" -- "${cur}"))
                    return 0
                    ;;
                --gid)
                    COMPREPLY=($(compgen -W "*SAME *NONE *GEN" -- "${cur}"))
                    return 0
                    ;;
                --homedir)
                    COMPREPLY=($(compgen -W "*SAME *USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --usrexpdate)
                    COMPREPLY=($(compgen -W "*SAME *NONE *USREXPITV" -- "${cur}"))
                    return 0
                    ;;
                --usrexpitv)
                    COMPREPLY=($(compgen -W "*SAME" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chkobj)
            opts="-q -h --obj --objtype --aut --mbr --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE *LIB" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*NONE *ALL *CHANGE *USE *OBJOPR *OBJMGT *OBJEXIST *OBJALTER *OBJREF *READ *ADD *UPD *DLT *EXECUTE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --mbr)
                    COMPREPLY=($(compgen -W "*NONE *FIRST" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__chktotp)
            opts="-q -h --password --totpval --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totpval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__clrlib)
            opts="-q -h --lib --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__clrsavf)
            opts="-q -h --file --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__console)
            opts="-h --run --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --run)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__crtlib)
            opts="-q -h --lib --type --text --aut --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -W "*PROD *TEST" -- "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -W "*BLANK" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*LIBCRTAUT *CHANGE *ALL *USE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__crtsavf)
            opts="-q -h --file --text --aut --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -W "*BLANK" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*LIBCRTAUT *CHANGE *ALL *USE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__crtusrprf)
            opts="-q -h --usrprf --password --pwdexp --status --usrcls --spcaut --pwdexpitv --text --authmth --totpoptitv --aut --astlvl --curlib --inlpgm --inlmnu --lmtcpb --spcenv --dspsgninf --pwdchgblk --lclpwdmgt --lmtdevssn --kbdbuf --maxstg --ptylmt --jobd --grpprf --owner --grpaut --grpauttyp --supgrpprf --acgcde --msgq --dlvry --sev --prtdev --outq --atnpgm --srtseq --langid --cntryid --ccsid --chridctl --setjobatr --locale --usropt --uid --gid --homedir --usrexpdate --usrexpitv --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -W "*USRPRF *NONE" -- "${cur}"))
                    return 0
                    ;;
                --pwdexp)
                    COMPREPLY=($(compgen -W "*NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -W "*ENABLED *DISABLED" -- "${cur}"))
                    return 0
                    ;;
                --usrcls)
                    COMPREPLY=($(compgen -W "*USER *SYSOPR *PGMR *SECADM *SECOFR" -- "${cur}"))
                    return 0
                    ;;
                --spcaut)
                    COMPREPLY=($(compgen -W "*USRCLS *NONE *ALLOBJ *AUDIT *IOSYSCFG *JOBCTL *SAVSYS *SECADM *SERVICE *SPLCTL" -- "${cur}"))
                    return 0
                    ;;
                --pwdexpitv)
                    COMPREPLY=($(compgen -W "*SYSVAL *NOMAX" -- "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -W "*BLANK" -- "${cur}"))
                    return 0
                    ;;
                --authmth)
                    COMPREPLY=($(compgen -W "*NONE *TOTP *REGFAC" -- "${cur}"))
                    return 0
                    ;;
                --totpoptitv)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*EXCLUDE *ALL *CHANGE *USE" -- "${cur}"))
                    return 0
                    ;;
                --astlvl)
                    COMPREPLY=($(compgen -W "*SYSVAL *BASIC *INTERMED *ADVANCED" -- "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -W "*CRTDFT" -- "${cur}"))
                    return 0
                    ;;
                --inlpgm)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --inlmnu)
                    COMPREPLY=($(compgen -W "*SIGNOFF" -- "${cur}"))
                    return 0
                    ;;
                --lmtcpb)
                    COMPREPLY=($(compgen -W "*NO *PARTIAL *YES" -- "${cur}"))
                    return 0
                    ;;
                --spcenv)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE *S36" -- "${cur}"))
                    return 0
                    ;;
                --dspsgninf)
                    COMPREPLY=($(compgen -W "*SYSVAL *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --pwdchgblk)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE" -- "${cur}"))
                    return 0
                    ;;
                --lclpwdmgt)
                    COMPREPLY=($(compgen -W "*YES *NO" -- "${cur}"))
                    return 0
                    ;;
                --lmtdevssn)
                    COMPREPLY=($(compgen -W "*SYSVAL *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --kbdbuf)
                    COMPREPLY=($(compgen -W "*SYSVAL *NO *TYPEAHEAD *YES" -- "${cur}"))
                    return 0
                    ;;
                --maxstg)
                    COMPREPLY=($(compgen -W "*NOMAX" -- "${cur}"))
                    return 0
                    ;;
                --ptylmt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpprf)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --owner)
                    COMPREPLY=($(compgen -W "*USRPRF *GRPPRF" -- "${cur}"))
                    return 0
                    ;;
                --grpaut)
                    COMPREPLY=($(compgen -W "*NONE *ALL *CHANGE *USE *EXCLUDE" -- "${cur}"))
                    return 0
                    ;;
                --grpauttyp)
                    COMPREPLY=($(compgen -W "*PRIVATE *PGP" -- "${cur}"))
                    return 0
                    ;;
                --supgrpprf)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -W "*BLANK" -- "${cur}"))
                    return 0
                    ;;
                --msgq)
                    COMPREPLY=($(compgen -W "*USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --dlvry)
                    COMPREPLY=($(compgen -W "*NOTIFY *BREAK *HOLD *DFT" -- "${cur}"))
                    return 0
                    ;;
                --sev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -W "*WRKSTN *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -W "*WRKSTN *DEV" -- "${cur}"))
                    return 0
                    ;;
                --atnpgm)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE *ASSIST" -- "${cur}"))
                    return 0
                    ;;
                --srtseq)
                    COMPREPLY=($(compgen -W "*SYSVAL *HEX *LANGIDUNQ *LANGIDSHR" -- "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -W "*SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -W "*SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --ccsid)
                    COMPREPLY=($(compgen -W "*SYSVAL *HEX" -- "${cur}"))
                    return 0
                    ;;
                --chridctl)
                    COMPREPLY=($(compgen -W "*SYSVAL *DEVD *JOBCCSID" -- "${cur}"))
                    return 0
                    ;;
                --setjobatr)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE *CCSID *DATFMT *DATSEP *DECFMT *SRTSEQ *TIMSEP" -- "${cur}"))
                    return 0
                    ;;
                --locale)
                    COMPREPLY=($(compgen -W "*SYSVAL *NONE *C *POSIX" -- "${cur}"))
                    return 0
                    ;;
                --usropt)
                    COMPREPLY=($(compgen -W "*NONE *CLKWD *EXPERT *HLPFULL *STSMSG *NOSTSMSG *ROLLKEY *PRTMSG" -- "${cur}"))
                    return 0
                    ;;
                --uid)
                    COMPREPLY=($(compgen -W "*GEN" -- "${cur}"))
                    return 0
                    ;;
                --gid)
                    COMPREPLY=($(compgen -W "*NONE *GEN" -- "${cur}"))
                    return 0
                    ;;
                --homedir)
                    COMPREPLY=($(compgen -W "*USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --usrexpdate)
                    COMPREPLY=($(compgen -W "*NONE *USREXPITV" -- "${cur}"))
                    return 0
                    ;;
                --usrexpitv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dltf)
            opts="-q -h --file --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dltlib)
            opts="-q -h --lib --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dltusrprf)
            opts="-q -h --usrprf --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dspautusr)
            opts="-q -h --seq --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --seq)
                    COMPREPLY=($(compgen -W "*USRPRF *GRPPRF" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dspjrn)
            opts="-q -h --jrn --enttyp --usrprf --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --jrn)
                    COMPREPLY=($(compgen -W "QAUDJRN *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --enttyp)
                    COMPREPLY=($(compgen -W "*ALL CP DO SV PW DS IP CA OW" -- "${cur}"))
                    return 0
                    ;;
                --usrprf)
                    COMPREPLY=($(compgen -W "*ALL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dspobjaut)
            opts="-q -h --obj --objtype --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dspobjd)
            opts="-q -h --obj --objtype --outfile --outmbr --detail --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*ALL *LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --outfile)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --outmbr)
                    COMPREPLY=($(compgen -W "*FIRST *REPLACE *ADD" -- "${cur}"))
                    return 0
                    ;;
                --detail)
                    COMPREPLY=($(compgen -W "*BASIC *FULL *SERVICE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dspseca)
            opts="-q -h --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dspsysval)
            opts="-q -h --sysval --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sysval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dspusrprf)
            opts="-q -h --usrprf --type --outfile --outmbr --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -W "*ALL" -- "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -W "*BASIC" -- "${cur}"))
                    return 0
                    ;;
                --outfile)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --outmbr)
                    COMPREPLY=($(compgen -W "*FIRST *REPLACE *ADD" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dst)
            opts="-h --help reset-qsecofr"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__dst__subcmd__reset__subcmd__qsecofr)
            opts="-h --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__grtobjaut)
            opts="-q -h --obj --objtype --user --aut --replace --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -W "*PUBLIC" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*CHANGE *ALL *USE *EXCLUDE *OBJOPR *OBJMGT *OBJEXIST *OBJALTER *OBJREF *READ *ADD *UPD *DLT *EXECUTE" -- "${cur}"))
                    return 0
                    ;;
                --replace)
                    COMPREPLY=($(compgen -W "*NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__help)
            opts="-h --help CALL CALLSUBR CHGFCNUSG CHGJOB CHGOBJOWN CHGPWD CHGSECA CHGSYSVAL CHGTOTPKEY CHGUSRPRF CHGVAR CHKOBJ CHKTOTP CLOSE CLRLIB CLRSAVF COPYRIGHT CRTLIB CRTSAVF CRTUSRPRF DCL DCLF DCLPRCOPT DLTF DLTLIB DLTOVR DLTUSRPRF DO DOFOR DOUNTIL DOWHILE DSPAUTUSR DSPJRN DSPOBJAUT DSPOBJD DSPSECA DSPSYSVAL DSPUSRPRF ELSE ENDDO ENDPGM ENDRCV ENDSELECT ENDSUBR GOTO GRTOBJAUT IF INCLUDE ITERATE LEAVE MONMSG OTHERWISE OVRDBF PGM PRTUSRPRF PWRDWNSYS QSYGENTOTP QSYRTVPWDL RCVF RCVMSG RSTUSRPRF RTNSUBR RTVJOBA RTVSYSVAL RTVUSRPRF RVKOBJAUT SAVSECDTA SBMJOB SELECT SIGNON SNDBRKMSG SNDF SNDMSG SNDPGMMSG SNDRCVF SUBR TFRCTL WAIT WHEN run ipl dst console sst import readiness links totp help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__import)
            opts="-h --replace --level23-since --rehearsal-passwords --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --level23-since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rehearsal-passwords)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__ipl)
            opts="-h --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__links)
            opts="-h --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__prtusrprf)
            opts="-q -h --type --select --usrcls --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --type)
                    COMPREPLY=($(compgen -W "*ALL *AUTINFO *ENVINFO *PWDINFO *PWDLVL" -- "${cur}"))
                    return 0
                    ;;
                --select)
                    COMPREPLY=($(compgen -W "*USRCLS *SPCAUT *MNUPGM" -- "${cur}"))
                    return 0
                    ;;
                --usrcls)
                    COMPREPLY=($(compgen -W "*ALL *SECOFR *SECADM *PGMR *SYSOPR *USER" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__pwrdwnsys)
            opts="-q -h --option --delay --restart --iplsrc --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --option)
                    COMPREPLY=($(compgen -W "*CNTRLD *IMMED" -- "${cur}"))
                    return 0
                    ;;
                --delay)
                    COMPREPLY=($(compgen -W "*NOLIMIT" -- "${cur}"))
                    return 0
                    ;;
                --restart)
                    COMPREPLY=($(compgen -W "*NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --iplsrc)
                    COMPREPLY=($(compgen -W "*PANEL A B D" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__qsyrtvpwdl)
            opts="-q -h --level --nopwdcnt --usrprf --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --level)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nopwdcnt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__readiness)
            opts="-h --format --out --target-qsecurity --target-qpwdlvl --target-adlsgnfac --assume-totp --job-user --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "text csv html" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-qsecurity)
                    COMPREPLY=($(compgen -W "30 40 50" -- "${cur}"))
                    return 0
                    ;;
                --target-qpwdlvl)
                    COMPREPLY=($(compgen -W "2 3 4" -- "${cur}"))
                    return 0
                    ;;
                --target-adlsgnfac)
                    COMPREPLY=($(compgen -W "*ENABLED *DISABLED" -- "${cur}"))
                    return 0
                    ;;
                --job-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__rstusrprf)
            opts="-q -h --dev --usrprf --omitusrprf --savf --secdta --alwobjdif --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dev)
                    COMPREPLY=($(compgen -W "*SAVF" -- "${cur}"))
                    return 0
                    ;;
                --usrprf)
                    COMPREPLY=($(compgen -W "*ALL *NEW" -- "${cur}"))
                    return 0
                    ;;
                --omitusrprf)
                    COMPREPLY=($(compgen -W "*NONE" -- "${cur}"))
                    return 0
                    ;;
                --savf)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --secdta)
                    COMPREPLY=($(compgen -W "*USRPRF *PWDGRP *DCM *PVTAUT" -- "${cur}"))
                    return 0
                    ;;
                --alwobjdif)
                    COMPREPLY=($(compgen -W "*NONE *ALL" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__rtvjoba)
            opts="-q -h --job --user --nbr --curuser --type --date --datfmt --ccsid --dftccsid --sws --outq --datetime --curlib --usrlibl --syslibl --logclpgm --outqlib --prtdev --prttxt --inqmsgrpy --acgcde --langid --cntryid --jobmsgqfl --sbmmsgq --sbmmsgqlib --endsts --subtype --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --job)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --nbr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curuser)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --date)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datfmt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ccsid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dftccsid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sws)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --datetime)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usrlibl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --syslibl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --logclpgm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outqlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prttxt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inqmsgrpy)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobmsgqfl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sbmmsgq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sbmmsgqlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endsts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subtype)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__rtvsysval)
            opts="-q -h --sysval --rtnvar --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sysval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rtnvar)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__rtvusrprf)
            opts="-q -h --usrprf --rtnusrprf --spcaut --text --pwdchgdat --usrcls --pwdexpitv --prvsign --notvldsign --status --pwdexp --authmth --totpoptitv --grpprf --owner --grpaut --grpauttyp --supgrpprf --astlvl --curlib --inlpgm --inlpgmlib --inlmnu --inlmnulib --lmtcpb --jobd --jobdlib --acgcde --msgq --msgqlib --dlvry --outq --outqlib --prtdev --spcenv --atnpgm --atnpgmlib --langid --cntryid --dspsgninf --lmtdevssn --kbdbuf --uid --gid --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usrprf)
                    COMPREPLY=($(compgen -W "*CURRENT" -- "${cur}"))
                    return 0
                    ;;
                --rtnusrprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spcaut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --text)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pwdchgdat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usrcls)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pwdexpitv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prvsign)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --notvldsign)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pwdexp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authmth)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --totpoptitv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --owner)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpaut)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grpauttyp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --supgrpprf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --astlvl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inlpgm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inlpgmlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inlmnu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inlmnulib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lmtcpb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobdlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --msgqlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dlvry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --outqlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spcenv)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --atnpgm)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --atnpgmlib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dspsgninf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lmtdevssn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kbdbuf)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --uid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --gid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__run)
            opts="-h --check --sync --strict --commands --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --sync)
                    COMPREPLY=($(compgen -W "end each" -- "${cur}"))
                    return 0
                    ;;
                --commands)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__rvkobjaut)
            opts="-q -h --obj --objtype --user --aut --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --obj)
                    COMPREPLY=($(compgen -W "*LIBL *CURLIB" -- "${cur}"))
                    return 0
                    ;;
                --objtype)
                    COMPREPLY=($(compgen -W "*USRPRF *FILE" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -W "*PUBLIC *ALL" -- "${cur}"))
                    return 0
                    ;;
                --aut)
                    COMPREPLY=($(compgen -W "*CHANGE *ALL *USE *EXCLUDE *OBJOPR *OBJMGT *OBJEXIST *OBJALTER *OBJREF *READ *ADD *UPD *DLT *EXECUTE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__savsecdta)
            opts="-q -h --dev --savf --clear --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dev)
                    COMPREPLY=($(compgen -W "*SAVF" -- "${cur}"))
                    return 0
                    ;;
                --savf)
                    COMPREPLY=($(compgen -W "*CURLIB *LIBL" -- "${cur}"))
                    return 0
                    ;;
                --clear)
                    COMPREPLY=($(compgen -W "*NONE *ALL *REPLACE" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__sbmjob)
            opts="-q -h --cmd --job --user --jobq --jobpty --curlib --rtgdta --date --scdtime --jobd --outq --prtdev --prttxt --rqsdta --syslibl --inllibl --log --logclpgm --logoutput --inqmsgrpy --hold --sws --dspsbmjob --msgq --srtseq --langid --cntryid --ccsid --jobmsgqmx --jobmsgqfl --acgcde --outpty --scddate --splfacn --cpyenvvar --alwmltthd --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cmd)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --job)
                    COMPREPLY=($(compgen -W "*JOBD" -- "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -W "*CURRENT *JOBD" -- "${cur}"))
                    return 0
                    ;;
                --jobq)
                    COMPREPLY=($(compgen -W "*JOBD" -- "${cur}"))
                    return 0
                    ;;
                --jobpty)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --curlib)
                    COMPREPLY=($(compgen -W "*CURUSRPRF *CRTDFT" -- "${cur}"))
                    return 0
                    ;;
                --rtgdta)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --date)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scdtime)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobd)
                    COMPREPLY=($(compgen -W "*USRPRF" -- "${cur}"))
                    return 0
                    ;;
                --outq)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *DEV *JOBD" -- "${cur}"))
                    return 0
                    ;;
                --prtdev)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL *JOBD" -- "${cur}"))
                    return 0
                    ;;
                --prttxt)
                    COMPREPLY=($(compgen -W "*CURRENT *JOBD *SYSVAL *BLANK" -- "${cur}"))
                    return 0
                    ;;
                --rqsdta)
                    COMPREPLY=($(compgen -W "*CMD *RTGDTA" -- "${cur}"))
                    return 0
                    ;;
                --syslibl)
                    COMPREPLY=($(compgen -W "*CURRENT *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --inllibl)
                    COMPREPLY=($(compgen -W "*CURRENT *JOBD *SYSVAL *NONE" -- "${cur}"))
                    return 0
                    ;;
                --log)
                    COMPREPLY=($(compgen -W "*JOBD *MSG *SECLVL *NOLIST" -- "${cur}"))
                    return 0
                    ;;
                --logclpgm)
                    COMPREPLY=($(compgen -W "*JOBD *YES *NO" -- "${cur}"))
                    return 0
                    ;;
                --logoutput)
                    COMPREPLY=($(compgen -W "*CURRENT *JOBD *SYSVAL *JOBLOGSVR *JOBEND *PND" -- "${cur}"))
                    return 0
                    ;;
                --inqmsgrpy)
                    COMPREPLY=($(compgen -W "*JOBD *RQD *DFT *SYSRPYL" -- "${cur}"))
                    return 0
                    ;;
                --hold)
                    COMPREPLY=($(compgen -W "*JOBD *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --sws)
                    COMPREPLY=($(compgen -W "*JOBD" -- "${cur}"))
                    return 0
                    ;;
                --dspsbmjob)
                    COMPREPLY=($(compgen -W "*YES *NO" -- "${cur}"))
                    return 0
                    ;;
                --msgq)
                    COMPREPLY=($(compgen -W "*USRPRF *NONE" -- "${cur}"))
                    return 0
                    ;;
                --srtseq)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL *HEX *LANGIDUNQ *LANGIDSHR" -- "${cur}"))
                    return 0
                    ;;
                --langid)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --cntryid)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --ccsid)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *SYSVAL *HEX" -- "${cur}"))
                    return 0
                    ;;
                --jobmsgqmx)
                    COMPREPLY=($(compgen -W "*JOBD *SYSVAL" -- "${cur}"))
                    return 0
                    ;;
                --jobmsgqfl)
                    COMPREPLY=($(compgen -W "*JOBD *SYSVAL *NOWRAP *WRAP *PRTWRAP" -- "${cur}"))
                    return 0
                    ;;
                --acgcde)
                    COMPREPLY=($(compgen -W "*CURRENT *USRPRF *JOBD" -- "${cur}"))
                    return 0
                    ;;
                --outpty)
                    COMPREPLY=($(compgen -W "*JOBD" -- "${cur}"))
                    return 0
                    ;;
                --scddate)
                    COMPREPLY=($(compgen -W "*CURRENT *MONTHSTR *MONTHEND *MON *TUE *WED *THU *FRI *SAT *SUN" -- "${cur}"))
                    return 0
                    ;;
                --splfacn)
                    COMPREPLY=($(compgen -W "*SYSVAL *KEEP *DETACH" -- "${cur}"))
                    return 0
                    ;;
                --cpyenvvar)
                    COMPREPLY=($(compgen -W "*NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --alwmltthd)
                    COMPREPLY=($(compgen -W "*JOBD *NO *YES" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__signon)
            opts="-q -h --user --password --adlfac --system --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --adlfac)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__sndbrkmsg)
            opts="-q -h --msg --tomsgq --msgtype --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --msg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tomsgq)
                    COMPREPLY=($(compgen -W "*ALLWS" -- "${cur}"))
                    return 0
                    ;;
                --msgtype)
                    COMPREPLY=($(compgen -W "*INFO *INQ" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__sndmsg)
            opts="-q -h --msg --tousr --msgtype --tomsgq --system --user --output --quiet --password-stdin --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --msg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tousr)
                    COMPREPLY=($(compgen -W "*SYSOPR *REQUESTER" -- "${cur}"))
                    return 0
                    ;;
                --msgtype)
                    COMPREPLY=($(compgen -W "*INFO *INQ" -- "${cur}"))
                    return 0
                    ;;
                --tomsgq)
                    COMPREPLY=($(compgen -W "*SYSOPR *HSTLOG" -- "${cur}"))
                    return 0
                    ;;
                --system)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "text yaml json" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__sst)
            opts="-h --lock-security-values --allow-adlsgnfac-change --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --lock-security-values)
                    COMPREPLY=($(compgen -W "yes no" -- "${cur}"))
                    return 0
                    ;;
                --allow-adlsgnfac-change)
                    COMPREPLY=($(compgen -W "yes no" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qsy__subcmd__totp)
            opts="-h --time --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _qsy -o nosort -o bashdefault -o default qsy
else
    complete -F _qsy -o bashdefault -o default qsy
fi
