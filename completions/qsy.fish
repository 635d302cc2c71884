# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_qsy_global_optspecs
    string join \n c= system= user= output= q/quiet password-stdin h/help V/version
end

function __fish_qsy_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_qsy_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_qsy_using_subcommand
    set -l cmd (__fish_qsy_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c qsy -n "__fish_qsy_needs_command" -s c -d 'Run one CL command given as a string' -r
complete -c qsy -n "__fish_qsy_needs_command" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_needs_command" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_needs_command" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_needs_command" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_needs_command" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_needs_command" -s V -l version -d 'Print version'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgfcnusg" -d 'Change Function Usage'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgobjown" -d 'Change Object Owner'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgpwd" -d 'Change Password'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgseca" -d 'Change Security Attributes'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgsysval" -d 'Change System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgtotpkey" -d 'Change TOTP Key'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgusrprf" -d 'Change User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgvar" -d 'Change Variable'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chktotp" -d 'Check TOTP'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "clrsavf" -d 'Clear Save File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "crtsavf" -d 'Create Save File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "crtusrprf" -d 'Create User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dcl" -d 'Declare CL Variable'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dltf" -d 'Delete File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dltusrprf" -d 'Delete User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "do" -d 'Do Group'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspautusr" -d 'Display Authorized Users'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspjrn" -d 'Display Journal'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspobjaut" -d 'Display Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspseca" -d 'Display Security Attributes'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspsysval" -d 'Display System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspusrprf" -d 'Display User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "else" -d 'Else'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "enddo" -d 'End Do'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "endpgm" -d 'End Program'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "goto" -d 'Go To'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "grtobjaut" -d 'Grant Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "if" -d 'If'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "monmsg" -d 'Monitor Message'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "pgm" -d 'Program'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "prtusrprf" -d 'Print User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "pwrdwnsys" -d 'Power Down System'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "qsygentotp" -d 'Generate TOTP Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "qsyrtvpwdl" -d 'Retrieve Password Level Readiness (qsy)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "rstusrprf" -d 'Restore User Profiles'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "rtvsysval" -d 'Retrieve System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "rvkobjaut" -d 'Revoke Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "savsecdta" -d 'Save Security Data'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "sbmjob" -d 'Submit Job'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "signon" -d 'Sign On'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "sndpgmmsg" -d 'Send Program Message'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "run" -d 'Run a batch CL script (a CL source file, or - for standard input)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "ipl" -d 'IPL the simulated system: pending values become current (simulator only)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dst" -d 'Dedicated Service Tools (simulator only): stands for physical access to the console'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "console" -d 'QSECOFR at the system console (simulator only): signs on even while QSECOFR is *DISABLED, then runs a CL command or script as QSECOFR'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "sst" -d 'System Service Tools options that guard security settings (simulator only)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "links" -d 'Create a link named after each command, so `chgusrprf JSMITH ...` works'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "totp" -d 'The user\'s phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l fcnid -d 'Function ID [QIBM_RUN_UNDER_USER_NO_AUTH] (required)' -r -f -a "QIBM_RUN_UNDER_USER_NO_AUTH\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l user -d 'User [a name of up to 10 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l usage -d 'Usage [*ALLOWED, *DENIED, *NONE]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l default -d 'Default authority [*SAME, *ALLOWED, *DENIED] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l allobjaut -d '*ALLOBJ special authority [*SAME, *USED, *NOTUSED] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l newown -d 'New owner [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l curownaut -d 'Current owner authority [*REVOKE, *SAME] (default *REVOKE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgpwd" -l curpwd -d 'Current password [a secret of up to 128 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgpwd" -l newpwd -d 'New password [a secret of up to 128 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgpwd" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgpwd" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgpwd" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgpwd" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgpwd" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgpwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l adlsgnfac -d 'Additional sign-on factor [*SAME, *ENABLED, *DISABLED] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l sysval -d 'System value [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l value -d 'New value [*NOMAX, *NONE, *PWDSYSVAL, text of up to 2000 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l totpkey -d 'TOTP key [*GEN, *NONE, a secret of up to 32 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l password -d 'User password [*SAME, *NONE, a secret of up to 128 characters] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l spcaut -d 'Special authority [*SAME, *USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l pwdexp -d 'Set password to expired [*SAME, *NO, *YES] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l status -d 'Status [*SAME, *ENABLED, *DISABLED] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l usrcls -d 'User class [*SAME, *USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l pwdexpitv -d 'Password expiration interval [*SAME, *SYSVAL, *NOMAX, 1 through 366] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l text -d 'Text \'description\' [*SAME, *BLANK, text of up to 50 characters] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l authmth -d 'Authentication method [*SAME, *NONE, *TOTP, *REGFAC] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l totpoptitv -d 'TOTP optional interval [*SAME, *NONE, 1 through 720] (default *SAME)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgvar" -l var -d 'CL variable name [a CL variable &NAME] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgvar" -l value -d 'New value [text of up to 32767 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgvar" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgvar" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgvar" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgvar" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgvar" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgvar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chktotp" -l password -d 'User password [a secret of up to 128 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chktotp" -l totpval -d 'TOTP value [a secret of up to 32 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chktotp" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chktotp" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chktotp" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chktotp" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chktotp" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chktotp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l file -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l file -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l text -d 'Text \'description\' [*BLANK, text of up to 50 characters] (default *BLANK)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l password -d 'User password [*USRPRF, *NONE, a secret of up to 128 characters] (default *USRPRF)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l pwdexp -d 'Set password to expired [*NO, *YES] (default *NO)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l status -d 'Status [*ENABLED, *DISABLED] (default *ENABLED)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l usrcls -d 'User class [*USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *USER)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l spcaut -d 'Special authority [*USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *USRCLS)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l pwdexpitv -d 'Password expiration interval [*SYSVAL, *NOMAX, 1 through 366] (default *SYSVAL)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l text -d 'Text \'description\' [*BLANK, text of up to 50 characters] (default *BLANK)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l authmth -d 'Authentication method [*NONE, *TOTP, *REGFAC] (default *NONE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l totpoptitv -d 'TOTP optional interval [*NONE, 1 through 720] (default *NONE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l aut -d 'Authority [*EXCLUDE, *ALL, *CHANGE, *USE] (default *EXCLUDE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -l var -d 'CL variable name [a CL variable &NAME] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -l type -d 'Type [*CHAR, *DEC, *LGL, *INT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -l len -d 'Length [1 through 32767]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -l value -d 'Initial value [text of up to 32767 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dcl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l file -d 'File [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand do" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand do" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand do" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand do" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand do" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand do" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l seq -d 'Sequence [*USRPRF, *GRPPRF] (default *USRPRF)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l jrn -d 'Journal [*LIBL, QAUDJRN] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l enttyp -d 'Journal entry types [*ALL, CP, DO, SV, PW, DS, IP, CA, OW] (default *ALL)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l usrprf -d 'User profile [*ALL, a name of up to 10 characters] (default *ALL)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspseca" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspseca" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspseca" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspseca" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspseca" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspseca" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspsysval" -l sysval -d 'System value [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspsysval" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspsysval" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspsysval" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspsysval" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspsysval" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspsysval" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l type -d 'Type of information [*BASIC] (default *BASIC)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand else" -l cmd -d 'Command [a CL command]' -r
complete -c qsy -n "__fish_qsy_using_subcommand else" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand else" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand else" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand else" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand else" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand else" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand enddo" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand enddo" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand enddo" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand enddo" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand enddo" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand enddo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand endpgm" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand endpgm" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand endpgm" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand endpgm" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand endpgm" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand endpgm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand goto" -l cmdlbl -d 'Command label [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand goto" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand goto" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand goto" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand goto" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand goto" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand goto" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l user -d 'Users [*PUBLIC, a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l aut -d 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l replace -d 'Replace authority [*NO, *YES] (default *NO)' -r
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand if" -l cond -d 'Condition [text of up to 32767 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand if" -l then -d 'Command [a CL command]' -r
complete -c qsy -n "__fish_qsy_using_subcommand if" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand if" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand if" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand if" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand if" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand if" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -l msgid -d 'Message identifier [text of up to 7 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -l cmpdta -d 'Comparison data [*NONE, text of up to 28 characters] (default *NONE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -l exec -d 'Command to execute [a CL command]' -r
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand monmsg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand pgm" -l parm -d 'Parameter CL variable names [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand pgm" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand pgm" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand pgm" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand pgm" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand pgm" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand pgm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l type -d 'Type of information [*ALL, *AUTINFO, *ENVINFO, *PWDINFO, *PWDLVL] (default *ALL)' -r
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l select -d 'Select by [*USRCLS, *SPCAUT, *MNUPGM] (default *USRCLS)' -r
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l usrcls -d 'User class [*ALL, *SECOFR, *SECADM, *PGMR, *SYSOPR, *USER] (default *ALL)' -r
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l option -d 'How to end [*CNTRLD, *IMMED] (default *CNTRLD)' -r
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l delay -d 'Controlled end delay time [*NOLIMIT, 1 through 99999] (default 3600)' -r
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l restart -d 'Restart options [*NO, *YES] (default *NO)' -r
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l iplsrc -d 'IPL source [*PANEL, A, B, D] (default *PANEL)' -r
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -l key -d 'TOTP key [a secret of up to 32 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -l time -d 'Time [*CURRENT, text of up to 32 characters] (default *CURRENT)' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -l rtnval -d 'CL var for TOTP value [a CL variable &NAME] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand qsygentotp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -l level -d 'Password level [0 through 4] (default 4)' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -l nopwdcnt -d 'CL var for count [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -l usrprf -d 'CL var for profile names [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand qsyrtvpwdl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l dev -d 'Device [*SAVF] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l usrprf -d 'User profile [*ALL, *NEW, a name of up to 10 characters] (default *ALL)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l omitusrprf -d 'Omit user profile [*NONE, a name of up to 10 characters] (default *NONE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l savf -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l secdta -d 'Security data [*USRPRF, *PWDGRP, *DCM, *PVTAUT] (default *USRPRF)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l alwobjdif -d 'Allow object differences [*NONE, *ALL] (default *NONE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand rtvsysval" -l sysval -d 'System value [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvsysval" -l rtnvar -d 'CL var for returned value [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvsysval" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvsysval" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvsysval" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rtvsysval" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand rtvsysval" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand rtvsysval" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l user -d 'Users [*PUBLIC, *ALL, a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l aut -d 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l dev -d 'Device [*SAVF] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l savf -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]' -r
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l clear -d 'Clear [*NONE, *ALL, *REPLACE] (default *NONE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l cmd -d 'Command to run [a CL command] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l job -d 'Job name [*JOBD, a name of up to 10 characters] (default *JOBD)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l user -d 'User [*CURRENT, *JOBD, a name of up to 10 characters] (default *CURRENT)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand signon" -l user -d 'User [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand signon" -l password -d 'Password [a secret of up to 128 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand signon" -l adlfac -d 'Additional factor [a secret of up to 256 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand signon" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand signon" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand signon" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand signon" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand signon" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l msg -d 'Message text [text of up to 3000 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l msgid -d 'Message identifier [text of up to 7 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l msgf -d 'Message file [*LIBL, *CURLIB, LIBRARY/OBJECT]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l msgdta -d 'Message data field values [*NONE, text of up to 3000 characters] (default *NONE)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l topgmq -d 'Call stack entry message queue [*PRV, *SAME, *EXT, *, text of up to 10 characters] (default *PRV)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l msgtype -d 'Message type [*INFO, *COMP, *DIAG, *ESCAPE] (default *INFO)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand sndpgmmsg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand run" -l sync -d 'Durable commit at the end of the script, or after each command' -r -f -a "end\t''
each\t''"
complete -c qsy -n "__fish_qsy_using_subcommand run" -l check -d 'Parse and validate every statement without touching the store; list simulator-only commands'
complete -c qsy -n "__fish_qsy_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand ipl" -s h -l help -d 'Print help'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and not __fish_seen_subcommand_from reset-qsecofr help" -s h -l help -d 'Print help'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and not __fish_seen_subcommand_from reset-qsecofr help" -f -a "reset-qsecofr" -d 'Reset QSECOFR\'s password to QSECOFR (expired) and remove its TOTP key'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and not __fish_seen_subcommand_from reset-qsecofr help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and __fish_seen_subcommand_from reset-qsecofr" -s h -l help -d 'Print help'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and __fish_seen_subcommand_from help" -f -a "reset-qsecofr" -d 'Reset QSECOFR\'s password to QSECOFR (expired) and remove its TOTP key'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qsy -n "__fish_qsy_using_subcommand console" -l run -d 'Run a batch CL script (a CL source file; - for standard input, not with --password-stdin) instead of one command' -r
complete -c qsy -n "__fish_qsy_using_subcommand console" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand sst" -l lock-security-values -d 'Lock the security-related system values: CHGSYSVAL refuses them, even for QSECOFR' -r -f -a "yes\t''
no\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sst" -l allow-adlsgnfac-change -d 'Allow additional sign-on factor change (CHGSECA ADLSGNFAC)' -r -f -a "yes\t''
no\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sst" -s h -l help -d 'Print help'
complete -c qsy -n "__fish_qsy_using_subcommand links" -s h -l help -d 'Print help'
complete -c qsy -n "__fish_qsy_using_subcommand totp" -l time -d 'Unix seconds or RFC 3339 instead of the job clock' -r
complete -c qsy -n "__fish_qsy_using_subcommand totp" -s h -l help -d 'Print help'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chgfcnusg" -d 'Change Function Usage'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chgobjown" -d 'Change Object Owner'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chgpwd" -d 'Change Password'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chgseca" -d 'Change Security Attributes'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chgsysval" -d 'Change System Value'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chgtotpkey" -d 'Change TOTP Key'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chgusrprf" -d 'Change User Profile'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chgvar" -d 'Change Variable'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "chktotp" -d 'Check TOTP'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "clrsavf" -d 'Clear Save File'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "crtsavf" -d 'Create Save File'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "crtusrprf" -d 'Create User Profile'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dcl" -d 'Declare CL Variable'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dltf" -d 'Delete File'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dltusrprf" -d 'Delete User Profile'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "do" -d 'Do Group'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dspautusr" -d 'Display Authorized Users'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dspjrn" -d 'Display Journal'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dspobjaut" -d 'Display Object Authority'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dspseca" -d 'Display Security Attributes'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dspsysval" -d 'Display System Value'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dspusrprf" -d 'Display User Profile'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "else" -d 'Else'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "enddo" -d 'End Do'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "endpgm" -d 'End Program'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "goto" -d 'Go To'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "grtobjaut" -d 'Grant Object Authority'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "if" -d 'If'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "monmsg" -d 'Monitor Message'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "pgm" -d 'Program'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "prtusrprf" -d 'Print User Profile'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "pwrdwnsys" -d 'Power Down System'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "qsygentotp" -d 'Generate TOTP Value'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "qsyrtvpwdl" -d 'Retrieve Password Level Readiness (qsy)'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "rstusrprf" -d 'Restore User Profiles'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "rtvsysval" -d 'Retrieve System Value'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "rvkobjaut" -d 'Revoke Object Authority'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "savsecdta" -d 'Save Security Data'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "sbmjob" -d 'Submit Job'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "signon" -d 'Sign On'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "sndpgmmsg" -d 'Send Program Message'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "run" -d 'Run a batch CL script (a CL source file, or - for standard input)'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "ipl" -d 'IPL the simulated system: pending values become current (simulator only)'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "dst" -d 'Dedicated Service Tools (simulator only): stands for physical access to the console'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "console" -d 'QSECOFR at the system console (simulator only): signs on even while QSECOFR is *DISABLED, then runs a CL command or script as QSECOFR'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "sst" -d 'System Service Tools options that guard security settings (simulator only)'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "links" -d 'Create a link named after each command, so `chgusrprf JSMITH ...` works'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "totp" -d 'The user\'s phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)'
complete -c qsy -n "__fish_qsy_using_subcommand help; and not __fish_seen_subcommand_from chgfcnusg chgobjown chgpwd chgseca chgsysval chgtotpkey chgusrprf chgvar chktotp clrsavf crtsavf crtusrprf dcl dltf dltusrprf do dspautusr dspjrn dspobjaut dspseca dspsysval dspusrprf else enddo endpgm goto grtobjaut if monmsg pgm prtusrprf pwrdwnsys qsygentotp qsyrtvpwdl rstusrprf rtvsysval rvkobjaut savsecdta sbmjob signon sndpgmmsg run ipl dst console sst links totp help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c qsy -n "__fish_qsy_using_subcommand help; and __fish_seen_subcommand_from dst" -f -a "reset-qsecofr" -d 'Reset QSECOFR\'s password to QSECOFR (expired) and remove its TOTP key'
