
use builtin;
use str;

set edit:completion:arg-completer[qsy] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'qsy'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'qsy'= {
            cand -c 'Run one CL command given as a string'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand chgfcnusg 'Change Function Usage'
            cand chgobjown 'Change Object Owner'
            cand chgpwd 'Change Password'
            cand chgseca 'Change Security Attributes'
            cand chgsysval 'Change System Value'
            cand chgtotpkey 'Change TOTP Key'
            cand chgusrprf 'Change User Profile'
            cand chgvar 'Change Variable'
            cand chktotp 'Check TOTP'
            cand clrsavf 'Clear Save File'
            cand copyright 'Copyright'
            cand crtsavf 'Create Save File'
            cand crtusrprf 'Create User Profile'
            cand dcl 'Declare CL Variable'
            cand dclprcopt 'Declare Processing Options'
            cand dltf 'Delete File'
            cand dltusrprf 'Delete User Profile'
            cand do 'Do Group'
            cand dspautusr 'Display Authorized Users'
            cand dspjrn 'Display Journal'
            cand dspobjaut 'Display Object Authority'
            cand dspseca 'Display Security Attributes'
            cand dspsysval 'Display System Value'
            cand dspusrprf 'Display User Profile'
            cand else 'Else'
            cand enddo 'End Do'
            cand endpgm 'End Program'
            cand goto 'Go To'
            cand grtobjaut 'Grant Object Authority'
            cand if 'If'
            cand include 'Include CL Source'
            cand monmsg 'Monitor Message'
            cand pgm 'Program'
            cand prtusrprf 'Print User Profile'
            cand pwrdwnsys 'Power Down System'
            cand qsygentotp 'Generate TOTP Value'
            cand qsyrtvpwdl 'Retrieve Password Level Readiness (qsy)'
            cand rstusrprf 'Restore User Profiles'
            cand rtvsysval 'Retrieve System Value'
            cand rvkobjaut 'Revoke Object Authority'
            cand savsecdta 'Save Security Data'
            cand sbmjob 'Submit Job'
            cand signon 'Sign On'
            cand sndpgmmsg 'Send Program Message'
            cand run 'Run a batch CL script (a CL source file, or - for standard input)'
            cand ipl 'IPL the simulated system: pending values become current (simulator only)'
            cand dst 'Dedicated Service Tools (simulator only): stands for physical access to the console'
            cand sst 'System Service Tools options that guard security settings (simulator only)'
            cand links 'Create a link named after each command, so `chgusrprf JSMITH ...` works'
            cand totp 'The user''s phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qsy;chgfcnusg'= {
            cand --fcnid 'Function ID [QIBM_RUN_UNDER_USER_NO_AUTH] (required)'
            cand --user 'User [a name of up to 10 characters]'
            cand --usage 'Usage [*ALLOWED, *DENIED]'
            cand --default 'Default authority [*SAME, *ALLOWED, *DENIED] (default *SAME)'
            cand --allobjaut '*ALLOBJ special authority [*SAME, *USED, *NOTUSED] (default *SAME)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;chgobjown'= {
            cand --obj 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)'
            cand --objtype 'Object type [*USRPRF, *FILE] (required)'
            cand --newown 'New owner [a name of up to 10 characters] (required)'
            cand --curownaut 'Current owner authority [*REVOKE, *SAME] (default *REVOKE)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;chgpwd'= {
            cand --curpwd 'Current password [a secret of up to 128 characters] (required)'
            cand --newpwd 'New password [a secret of up to 128 characters] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;chgseca'= {
            cand --adlsgnfac 'Additional sign-on factor [*SAME, *ENABLED, *DISABLED] (default *SAME)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;chgsysval'= {
            cand --sysval 'System value [a name of up to 10 characters] (required)'
            cand --value 'New value [*NOMAX, *NONE, *PWDSYSVAL, text of up to 2000 characters] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;chgtotpkey'= {
            cand --totpkey 'TOTP key [*GEN, *NONE, a secret of up to 32 characters] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;chgusrprf'= {
            cand --usrprf 'User profile [a name of up to 10 characters] (required)'
            cand --password 'User password [*SAME, *NONE, a secret of up to 128 characters] (default *SAME)'
            cand --pwdexp 'Set password to expired [*SAME, *NO, *YES] (default *SAME)'
            cand --status 'Status [*SAME, *ENABLED, *DISABLED] (default *SAME)'
            cand --usrcls 'User class [*SAME, *USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *SAME)'
            cand --spcaut 'Special authority [*SAME, *USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *SAME)'
            cand --pwdexpitv 'Password expiration interval [*SAME, *SYSVAL, *NOMAX, 1 through 366] (default *SAME)'
            cand --text 'Text ''description'' [*SAME, *BLANK, text of up to 50 characters] (default *SAME)'
            cand --authmth 'Authentication method [*SAME, *NONE, *TOTP, *REGFAC] (default *SAME)'
            cand --totpoptitv 'TOTP optional interval [*SAME, *NONE, 1 through 720] (default *SAME)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;chgvar'= {
            cand --var 'CL variable name [a CL variable &NAME] (required)'
            cand --value 'New value [text of up to 32767 characters] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;chktotp'= {
            cand --password 'User password [a secret of up to 128 characters]'
            cand --totpval 'TOTP value [a secret of up to 32 characters]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;clrsavf'= {
            cand --file 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;copyright'= {
            cand --text 'Copyright text [text of up to 256 characters] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;crtsavf'= {
            cand --file 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)'
            cand --text 'Text ''description'' [*BLANK, text of up to 50 characters] (default *BLANK)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;crtusrprf'= {
            cand --usrprf 'User profile [a name of up to 10 characters] (required)'
            cand --password 'User password [*USRPRF, *NONE, a secret of up to 128 characters] (default *USRPRF)'
            cand --pwdexp 'Set password to expired [*NO, *YES] (default *NO)'
            cand --status 'Status [*ENABLED, *DISABLED] (default *ENABLED)'
            cand --usrcls 'User class [*USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *USER)'
            cand --spcaut 'Special authority [*USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *USRCLS)'
            cand --pwdexpitv 'Password expiration interval [*SYSVAL, *NOMAX, 1 through 366] (default *SYSVAL)'
            cand --text 'Text ''description'' [*BLANK, text of up to 50 characters] (default *BLANK)'
            cand --authmth 'Authentication method [*NONE, *TOTP, *REGFAC] (default *NONE)'
            cand --totpoptitv 'TOTP optional interval [*NONE, 1 through 720] (default *NONE)'
            cand --aut 'Authority [*EXCLUDE, *ALL, *CHANGE, *USE] (default *EXCLUDE)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dcl'= {
            cand --var 'CL variable name [a CL variable &NAME] (required)'
            cand --type 'Type [*CHAR, *DEC, *LGL, *INT] (required)'
            cand --len 'Length [1 through 32767]'
            cand --value 'Initial value [text of up to 32767 characters]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dclprcopt'= {
            cand --subrstack 'Subroutine stack size [text of up to 20 characters]'
            cand --log 'Log commands [text of up to 10 characters]'
            cand --alwrtvsrc 'Allow RTVCLSRC [text of up to 10 characters]'
            cand --usrprf 'User profile [text of up to 10 characters]'
            cand --aut 'Authority [text of up to 10 characters]'
            cand --tgtrls 'Target release [text of up to 10 characters]'
            cand --srtseq 'Sort sequence [text of up to 21 characters]'
            cand --langid 'Language ID [text of up to 10 characters]'
            cand --optimize 'Optimization [text of up to 10 characters]'
            cand --dbgview 'Debugging view [text of up to 10 characters]'
            cand --enbpfrcol 'Enable performance collection [text of up to 10 characters]'
            cand --dftactgrp 'Default activation group [text of up to 10 characters]'
            cand --actgrp 'Activation group [text of up to 10 characters]'
            cand --stgmdl 'Storage model [text of up to 10 characters]'
            cand --bnddir 'Binding directory [text of up to 21 characters]'
            cand --bndsrvpgm 'Bind service program [text of up to 21 characters]'
            cand --incdir 'Include directory [text of up to 5000 characters]'
            cand --ccsid 'Coded character set ID [text of up to 10 characters]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dltf'= {
            cand --file 'File [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dltusrprf'= {
            cand --usrprf 'User profile [a name of up to 10 characters] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;do'= {
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dspautusr'= {
            cand --seq 'Sequence [*USRPRF, *GRPPRF] (default *USRPRF)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dspjrn'= {
            cand --jrn 'Journal [*LIBL, QAUDJRN] (required)'
            cand --enttyp 'Journal entry types [*ALL, CP, DO, SV, PW, DS, IP, CA, OW] (default *ALL)'
            cand --usrprf 'User profile [*ALL, a name of up to 10 characters] (default *ALL)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dspobjaut'= {
            cand --obj 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)'
            cand --objtype 'Object type [*USRPRF, *FILE] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dspseca'= {
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dspsysval'= {
            cand --sysval 'System value [a name of up to 10 characters] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;dspusrprf'= {
            cand --usrprf 'User profile [a name of up to 10 characters] (required)'
            cand --type 'Type of information [*BASIC] (default *BASIC)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;else'= {
            cand --cmd 'Command [a CL command]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;enddo'= {
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;endpgm'= {
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;goto'= {
            cand --cmdlbl 'Command label [a name of up to 10 characters] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;grtobjaut'= {
            cand --obj 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)'
            cand --objtype 'Object type [*USRPRF, *FILE] (required)'
            cand --user 'Users [*PUBLIC, a name of up to 10 characters] (required)'
            cand --aut 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)'
            cand --replace 'Replace authority [*NO, *YES] (default *NO)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;if'= {
            cand --cond 'Condition [text of up to 32767 characters] (required)'
            cand --then 'Command [a CL command]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;include'= {
            cand --srcmbr 'Source member [a name of up to 10 characters]'
            cand --srcfile 'Source file [*INCFILE, *LIBL, *CURLIB, LIBRARY/OBJECT]'
            cand --srcstmf 'Source stream file [text of up to 5000 characters]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;monmsg'= {
            cand --msgid 'Message identifier [text of up to 7 characters] (required)'
            cand --cmpdta 'Comparison data [*NONE, text of up to 28 characters] (default *NONE)'
            cand --exec 'Command to execute [a CL command]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;pgm'= {
            cand --parm 'Parameter CL variable names [a CL variable &NAME]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;prtusrprf'= {
            cand --type 'Type of information [*ALL, *AUTINFO, *ENVINFO, *PWDINFO, *PWDLVL] (default *ALL)'
            cand --select 'Select by [*USRCLS, *SPCAUT, *MNUPGM] (default *USRCLS)'
            cand --usrcls 'User class [*ALL, *SECOFR, *SECADM, *PGMR, *SYSOPR, *USER] (default *ALL)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;pwrdwnsys'= {
            cand --option 'How to end [*CNTRLD, *IMMED] (default *CNTRLD)'
            cand --delay 'Controlled end delay time [*NOLIMIT, 1 through 99999] (default 3600)'
            cand --restart 'Restart options [*NO, *YES] (default *NO)'
            cand --iplsrc 'IPL source [*PANEL, A, B, D] (default *PANEL)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;qsygentotp'= {
            cand --key 'TOTP key [a secret of up to 32 characters] (required)'
            cand --time 'Time [*CURRENT, text of up to 32 characters] (default *CURRENT)'
            cand --rtnval 'CL var for TOTP value [a CL variable &NAME] (required)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;qsyrtvpwdl'= {
            cand --level 'Password level [0 through 4] (default 4)'
            cand --nopwdcnt 'CL var for count [a CL variable &NAME]'
            cand --usrprf 'CL var for profile names [a CL variable &NAME]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;rstusrprf'= {
            cand --dev 'Device [*SAVF] (required)'
            cand --usrprf 'User profile [*ALL, *NEW, a name of up to 10 characters] (default *ALL)'
            cand --omitusrprf 'Omit user profile [*NONE, a name of up to 10 characters] (default *NONE)'
            cand --savf 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]'
            cand --secdta 'Security data [*USRPRF, *PWDGRP, *DCM, *PVTAUT] (default *USRPRF)'
            cand --alwobjdif 'Allow object differences [*NONE, *ALL] (default *NONE)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;rtvsysval'= {
            cand --sysval 'System value [a name of up to 10 characters] (required)'
            cand --rtnvar 'CL var for returned value [a CL variable &NAME]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;rvkobjaut'= {
            cand --obj 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)'
            cand --objtype 'Object type [*USRPRF, *FILE] (required)'
            cand --user 'Users [*PUBLIC, *ALL, a name of up to 10 characters] (required)'
            cand --aut 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;savsecdta'= {
            cand --dev 'Device [*SAVF] (required)'
            cand --savf 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]'
            cand --clear 'Clear [*NONE, *ALL, *REPLACE] (default *NONE)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;sbmjob'= {
            cand --cmd 'Command to run [a CL command] (required)'
            cand --job 'Job name [*JOBD, a name of up to 10 characters] (default *JOBD)'
            cand --user 'User [*CURRENT, *JOBD, a name of up to 10 characters] (default *CURRENT)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;signon'= {
            cand --user 'User [a name of up to 10 characters] (required)'
            cand --password 'Password [a secret of up to 128 characters]'
            cand --adlfac 'Additional factor [a secret of up to 256 characters]'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;sndpgmmsg'= {
            cand --msg 'Message text [text of up to 3000 characters]'
            cand --msgid 'Message identifier [text of up to 7 characters]'
            cand --msgf 'Message file [*LIBL, *CURLIB, LIBRARY/OBJECT]'
            cand --msgdta 'Message data field values [*NONE, text of up to 3000 characters] (default *NONE)'
            cand --topgmq 'Call stack entry message queue [*PRV, *SAME, *EXT, *, text of up to 10 characters] (default *PRV)'
            cand --msgtype 'Message type [*INFO, *COMP, *DIAG, *ESCAPE] (default *INFO)'
            cand --system 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700'
            cand --user 'The user profile the job runs under [env QSY_USER; default QSECOFR]'
            cand --output 'Output format [env QSY_OUTPUT; default text]'
            cand -q 'Do not print completion messages'
            cand --quiet 'Do not print completion messages'
            cand --password-stdin 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;run'= {
            cand --sync 'Durable commit at the end of the script, or after each command'
            cand --check 'Parse and validate every statement without touching the store; list problems, notes, simulator-only commands and the program''s parameters; exit 2 when a statement would fail on IBM i'
            cand --strict 'Treat notes (prompting in batch, commands inside comments, DCLPRCOPT not applied, ...) as errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'qsy;ipl'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'qsy;dst'= {
            cand -h 'Print help'
            cand --help 'Print help'
            cand reset-qsecofr 'Reset QSECOFR''s password to QSECOFR (expired) and remove its TOTP key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qsy;dst;reset-qsecofr'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'qsy;dst;help'= {
            cand reset-qsecofr 'Reset QSECOFR''s password to QSECOFR (expired) and remove its TOTP key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qsy;dst;help;reset-qsecofr'= {
        }
        &'qsy;dst;help;help'= {
        }
        &'qsy;sst'= {
            cand --lock-security-values 'Lock the security-related system values: CHGSYSVAL refuses them, even for QSECOFR'
            cand --allow-adlsgnfac-change 'Allow additional sign-on factor change (CHGSECA ADLSGNFAC)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'qsy;links'= {
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'qsy;totp'= {
            cand --time 'Unix seconds or RFC 3339 instead of the job clock'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'qsy;help'= {
            cand chgfcnusg 'Change Function Usage'
            cand chgobjown 'Change Object Owner'
            cand chgpwd 'Change Password'
            cand chgseca 'Change Security Attributes'
            cand chgsysval 'Change System Value'
            cand chgtotpkey 'Change TOTP Key'
            cand chgusrprf 'Change User Profile'
            cand chgvar 'Change Variable'
            cand chktotp 'Check TOTP'
            cand clrsavf 'Clear Save File'
            cand copyright 'Copyright'
            cand crtsavf 'Create Save File'
            cand crtusrprf 'Create User Profile'
            cand dcl 'Declare CL Variable'
            cand dclprcopt 'Declare Processing Options'
            cand dltf 'Delete File'
            cand dltusrprf 'Delete User Profile'
            cand do 'Do Group'
            cand dspautusr 'Display Authorized Users'
            cand dspjrn 'Display Journal'
            cand dspobjaut 'Display Object Authority'
            cand dspseca 'Display Security Attributes'
            cand dspsysval 'Display System Value'
            cand dspusrprf 'Display User Profile'
            cand else 'Else'
            cand enddo 'End Do'
            cand endpgm 'End Program'
            cand goto 'Go To'
            cand grtobjaut 'Grant Object Authority'
            cand if 'If'
            cand include 'Include CL Source'
            cand monmsg 'Monitor Message'
            cand pgm 'Program'
            cand prtusrprf 'Print User Profile'
            cand pwrdwnsys 'Power Down System'
            cand qsygentotp 'Generate TOTP Value'
            cand qsyrtvpwdl 'Retrieve Password Level Readiness (qsy)'
            cand rstusrprf 'Restore User Profiles'
            cand rtvsysval 'Retrieve System Value'
            cand rvkobjaut 'Revoke Object Authority'
            cand savsecdta 'Save Security Data'
            cand sbmjob 'Submit Job'
            cand signon 'Sign On'
            cand sndpgmmsg 'Send Program Message'
            cand run 'Run a batch CL script (a CL source file, or - for standard input)'
            cand ipl 'IPL the simulated system: pending values become current (simulator only)'
            cand dst 'Dedicated Service Tools (simulator only): stands for physical access to the console'
            cand sst 'System Service Tools options that guard security settings (simulator only)'
            cand links 'Create a link named after each command, so `chgusrprf JSMITH ...` works'
            cand totp 'The user''s phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'qsy;help;chgfcnusg'= {
        }
        &'qsy;help;chgobjown'= {
        }
        &'qsy;help;chgpwd'= {
        }
        &'qsy;help;chgseca'= {
        }
        &'qsy;help;chgsysval'= {
        }
        &'qsy;help;chgtotpkey'= {
        }
        &'qsy;help;chgusrprf'= {
        }
        &'qsy;help;chgvar'= {
        }
        &'qsy;help;chktotp'= {
        }
        &'qsy;help;clrsavf'= {
        }
        &'qsy;help;copyright'= {
        }
        &'qsy;help;crtsavf'= {
        }
        &'qsy;help;crtusrprf'= {
        }
        &'qsy;help;dcl'= {
        }
        &'qsy;help;dclprcopt'= {
        }
        &'qsy;help;dltf'= {
        }
        &'qsy;help;dltusrprf'= {
        }
        &'qsy;help;do'= {
        }
        &'qsy;help;dspautusr'= {
        }
        &'qsy;help;dspjrn'= {
        }
        &'qsy;help;dspobjaut'= {
        }
        &'qsy;help;dspseca'= {
        }
        &'qsy;help;dspsysval'= {
        }
        &'qsy;help;dspusrprf'= {
        }
        &'qsy;help;else'= {
        }
        &'qsy;help;enddo'= {
        }
        &'qsy;help;endpgm'= {
        }
        &'qsy;help;goto'= {
        }
        &'qsy;help;grtobjaut'= {
        }
        &'qsy;help;if'= {
        }
        &'qsy;help;include'= {
        }
        &'qsy;help;monmsg'= {
        }
        &'qsy;help;pgm'= {
        }
        &'qsy;help;prtusrprf'= {
        }
        &'qsy;help;pwrdwnsys'= {
        }
        &'qsy;help;qsygentotp'= {
        }
        &'qsy;help;qsyrtvpwdl'= {
        }
        &'qsy;help;rstusrprf'= {
        }
        &'qsy;help;rtvsysval'= {
        }
        &'qsy;help;rvkobjaut'= {
        }
        &'qsy;help;savsecdta'= {
        }
        &'qsy;help;sbmjob'= {
        }
        &'qsy;help;signon'= {
        }
        &'qsy;help;sndpgmmsg'= {
        }
        &'qsy;help;run'= {
        }
        &'qsy;help;ipl'= {
        }
        &'qsy;help;dst'= {
            cand reset-qsecofr 'Reset QSECOFR''s password to QSECOFR (expired) and remove its TOTP key'
        }
        &'qsy;help;dst;reset-qsecofr'= {
        }
        &'qsy;help;sst'= {
        }
        &'qsy;help;links'= {
        }
        &'qsy;help;totp'= {
        }
        &'qsy;help;help'= {
        }
    ]
    $completions[$command]
}
