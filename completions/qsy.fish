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

complete -c qsy -n "__fish_qsy_needs_command" -s c -d 'Run one CL command given as a string: qsy -c "CHGUSRPRF JSMITH TEXT(\'Night operator\')"' -r
complete -c qsy -n "__fish_qsy_needs_command" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_needs_command" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_needs_command" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_needs_command" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_needs_command" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_needs_command" -s h -l help -d 'Print help'
complete -c qsy -n "__fish_qsy_needs_command" -s V -l version -d 'Print version'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "call" -d 'Call Program'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgfcnusg" -d 'Change Function Usage'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgobjown" -d 'Change Object Owner'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgpwd" -d 'Change Password'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgseca" -d 'Change Security Attributes'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgsysval" -d 'Change System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgtotpkey" -d 'Change TOTP Key'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chgusrprf" -d 'Change User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chkobj" -d 'Check Object'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "chktotp" -d 'Check TOTP'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "clrlib" -d 'Clear Library'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "clrsavf" -d 'Clear Save File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "crtlib" -d 'Create Library'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "crtsavf" -d 'Create Save File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "crtusrprf" -d 'Create User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dltf" -d 'Delete File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dltlib" -d 'Delete Library'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dltusrprf" -d 'Delete User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspautusr" -d 'Display Authorized Users'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspjrn" -d 'Display Journal'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspobjaut" -d 'Display Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspobjd" -d 'Display Object Description'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspseca" -d 'Display Security Attributes'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspsysval" -d 'Display System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dspusrprf" -d 'Display User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "grtobjaut" -d 'Grant Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "prtusrprf" -d 'Print User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "pwrdwnsys" -d 'Power Down System'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "qsyrtvpwdl" -d 'Retrieve Password Level Readiness (qsy)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "rstusrprf" -d 'Restore User Profiles'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "rtvjoba" -d 'Retrieve Job Attributes'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "rtvsysval" -d 'Retrieve System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "rtvusrprf" -d 'Retrieve User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "rvkobjaut" -d 'Revoke Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "savsecdta" -d 'Save Security Data'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "sbmjob" -d 'Submit Job'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "signon" -d 'Sign On'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "sndbrkmsg" -d 'Send Break Message'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "sndmsg" -d 'Send Message'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "run" -d 'Run a batch CL script (a CL source file, or - for standard input)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "ipl" -d 'IPL the simulated system: pending values become current (simulator only)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "dst" -d 'Dedicated Service Tools (simulator only): stands for physical access to the console'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "console" -d 'QSECOFR at the system console (simulator only): signs on even while QSECOFR is *DISABLED, then runs a CL command or script as QSECOFR'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "sst" -d 'System Service Tools options that guard security settings (simulator only)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "import" -d 'Build a simulated system from the real partition\'s exported inventory (QSYS2.USER_INFO and other CSV files; simulator only)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "readiness" -d 'Report what the move to QPWDLVL 4 and the additional sign-on factor does to each profile, with the commands that fix each finding (simulator only)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "links" -d 'Create a link named after each command, so `chgusrprf JSMITH ...` works'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "totp" -d 'The user\'s phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "help" -d 'Show the help of a command or topic (qsy help CHGUSRPRF, qsy help run)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CALL" -d 'Call Program'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHGFCNUSG" -d 'Change Function Usage'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHGOBJOWN" -d 'Change Object Owner'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHGPWD" -d 'Change Password'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHGSECA" -d 'Change Security Attributes'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHGSYSVAL" -d 'Change System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHGTOTPKEY" -d 'Change TOTP Key'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHGUSRPRF" -d 'Change User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHKOBJ" -d 'Check Object'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CHKTOTP" -d 'Check TOTP'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CLRLIB" -d 'Clear Library'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CLRSAVF" -d 'Clear Save File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CRTLIB" -d 'Create Library'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CRTSAVF" -d 'Create Save File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "CRTUSRPRF" -d 'Create User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DLTF" -d 'Delete File'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DLTLIB" -d 'Delete Library'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DLTUSRPRF" -d 'Delete User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DSPAUTUSR" -d 'Display Authorized Users'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DSPJRN" -d 'Display Journal'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DSPOBJAUT" -d 'Display Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DSPOBJD" -d 'Display Object Description'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DSPSECA" -d 'Display Security Attributes'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DSPSYSVAL" -d 'Display System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "DSPUSRPRF" -d 'Display User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "GRTOBJAUT" -d 'Grant Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "PRTUSRPRF" -d 'Print User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "PWRDWNSYS" -d 'Power Down System'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "QSYRTVPWDL" -d 'Retrieve Password Level Readiness (qsy)'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "RSTUSRPRF" -d 'Restore User Profiles'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "RTVJOBA" -d 'Retrieve Job Attributes'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "RTVSYSVAL" -d 'Retrieve System Value'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "RTVUSRPRF" -d 'Retrieve User Profile'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "RVKOBJAUT" -d 'Revoke Object Authority'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "SAVSECDTA" -d 'Save Security Data'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "SBMJOB" -d 'Submit Job'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "SIGNON" -d 'Sign On'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "SNDBRKMSG" -d 'Send Break Message'
complete -c qsy -n "__fish_qsy_needs_command" -f -a "SNDMSG" -d 'Send Message'
complete -c qsy -n "__fish_qsy_using_subcommand call" -l pgm -d 'Program [LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand call" -l parm -d 'Parameters [a CL command]' -r
complete -c qsy -n "__fish_qsy_using_subcommand call" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand call" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand call" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand call" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand call" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand call" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l fcnid -d 'Function ID [QIBM_RUN_UNDER_USER_NO_AUTH] (required)' -r -f -a "QIBM_RUN_UNDER_USER_NO_AUTH\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l user -d 'User [a name of up to 10 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l usage -d 'Usage [*ALLOWED, *DENIED, *NONE]' -r -f -a "*ALLOWED\t''
*DENIED\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l default -d 'Default authority [*SAME, *ALLOWED, *DENIED] (default *SAME)' -r -f -a "*SAME\t''
*ALLOWED\t''
*DENIED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l allobjaut -d '*ALLOBJ special authority [*SAME, *USED, *NOTUSED] (default *SAME)' -r -f -a "*SAME\t''
*USED\t''
*NOTUSED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgfcnusg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r -f -a "*USRPRF\t''
*FILE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l newown -d 'New owner [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgobjown" -l curownaut -d 'Current owner authority [*REVOKE, *SAME] (default *REVOKE)' -r -f -a "*REVOKE\t''
*SAME\t''"
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
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l adlsgnfac -d 'Additional sign-on factor [*SAME, *ENABLED, *DISABLED] (default *SAME)' -r -f -a "*SAME\t''
*ENABLED\t''
*DISABLED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgseca" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l sysval -d 'System value [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l value -d 'New value [*NOMAX, *NONE, *PWDSYSVAL, text of up to 2000 characters] (required)' -r -f -a "*NOMAX\t''
*NONE\t''
*PWDSYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgsysval" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l totpkey -d 'TOTP key [*GEN, *NONE, a secret of up to 32 characters] (required)' -r -f -a "*GEN\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgtotpkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l password -d 'User password [*SAME, *NONE, a secret of up to 128 characters] (default *SAME)' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l spcaut -d 'Special authority [*SAME, *USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *SAME)' -r -f -a "*SAME\t''
*USRCLS\t''
*NONE\t''
*ALLOBJ\t''
*AUDIT\t''
*IOSYSCFG\t''
*JOBCTL\t''
*SAVSYS\t''
*SECADM\t''
*SERVICE\t''
*SPLCTL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l pwdexp -d 'Set password to expired [*SAME, *NO, *YES] (default *SAME)' -r -f -a "*SAME\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l status -d 'Status [*SAME, *ENABLED, *DISABLED] (default *SAME)' -r -f -a "*SAME\t''
*ENABLED\t''
*DISABLED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l usrcls -d 'User class [*SAME, *USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *SAME)' -r -f -a "*SAME\t''
*USER\t''
*SYSOPR\t''
*PGMR\t''
*SECADM\t''
*SECOFR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l pwdexpitv -d 'Password expiration interval [*SAME, *SYSVAL, *NOMAX, 1 through 366] (default *SAME)' -r -f -a "*SAME\t''
*SYSVAL\t''
*NOMAX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l text -d 'Text \'description\' [*SAME, *BLANK, text of up to 50 characters] (default *SAME)' -r -f -a "*SAME\t''
*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l authmth -d 'Authentication method [*SAME, *NONE, *TOTP, *REGFAC] (default *SAME)' -r -f -a "*SAME\t''
*NONE\t''
*TOTP\t''
*REGFAC\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l totpoptitv -d 'TOTP optional interval [*SAME, *NONE, 1 through 720] (default *SAME)' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l astlvl -d 'Assistance level [*SAME, *SYSVAL, *BASIC, *INTERMED, *ADVANCED]' -r -f -a "*SAME\t''
*SYSVAL\t''
*BASIC\t''
*INTERMED\t''
*ADVANCED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l curlib -d 'Current library [*SAME, *CRTDFT, a name of up to 10 characters]' -r -f -a "*SAME\t''
*CRTDFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l inlpgm -d 'Initial program to call [*SAME, *NONE, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l inlmnu -d 'Initial menu [*SAME, *SIGNOFF, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*SIGNOFF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l lmtcpb -d 'Limit capabilities [*SAME, *NO, *PARTIAL, *YES]' -r -f -a "*SAME\t''
*NO\t''
*PARTIAL\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l spcenv -d 'Special environment [*SAME, *SYSVAL, *NONE, *S36]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''
*S36\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l dspsgninf -d 'Display sign-on information [*SAME, *SYSVAL, *NO, *YES]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l pwdchgblk -d 'Block password change [*SAME, *SYSVAL, *NONE, 1 through 99]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l lclpwdmgt -d 'Local password management [*SAME, *YES, *NO]' -r -f -a "*SAME\t''
*YES\t''
*NO\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l lmtdevssn -d 'Limit device sessions [*SAME, *SYSVAL, *NO, *YES]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l kbdbuf -d 'Keyboard buffering [*SAME, *SYSVAL, *NO, *TYPEAHEAD, *YES]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NO\t''
*TYPEAHEAD\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l maxstg -d 'Maximum allowed storage [*SAME, *NOMAX, 1 through 2147483647]' -r -f -a "*SAME\t''
*NOMAX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l ptylmt -d 'Highest schedule priority [*SAME, 0 through 9]' -r -f -a "*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l jobd -d 'Job description [*SAME, LIBRARY/OBJECT]' -r -f -a "*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l grpprf -d 'Group profile [*SAME, *NONE, a name of up to 10 characters]' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l owner -d 'Owner [*SAME, *USRPRF, *GRPPRF]' -r -f -a "*SAME\t''
*USRPRF\t''
*GRPPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l grpaut -d 'Group authority [*SAME, *NONE, *ALL, *CHANGE, *USE, *EXCLUDE]' -r -f -a "*SAME\t''
*NONE\t''
*ALL\t''
*CHANGE\t''
*USE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l grpauttyp -d 'Group authority type [*SAME, *PRIVATE, *PGP]' -r -f -a "*SAME\t''
*PRIVATE\t''
*PGP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l supgrpprf -d 'Supplemental groups [*SAME, *NONE, a name of up to 10 characters]' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l acgcde -d 'Accounting code [*SAME, *BLANK, text of up to 15 characters]' -r -f -a "*SAME\t''
*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l msgq -d 'Message queue [*SAME, *USRPRF, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l dlvry -d 'Delivery [*SAME, *NOTIFY, *BREAK, *HOLD, *DFT]' -r -f -a "*SAME\t''
*NOTIFY\t''
*BREAK\t''
*HOLD\t''
*DFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l sev -d 'Severity code filter [*SAME, 0 through 99]' -r -f -a "*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l prtdev -d 'Print device [*SAME, *WRKSTN, *SYSVAL, a name of up to 10 characters]' -r -f -a "*SAME\t''
*WRKSTN\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l outq -d 'Output queue [*SAME, *WRKSTN, *DEV, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*WRKSTN\t''
*DEV\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l atnpgm -d 'Attention program [*SAME, *SYSVAL, *NONE, *ASSIST, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''
*ASSIST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l srtseq -d 'Sort sequence [*SAME, *SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*SYSVAL\t''
*HEX\t''
*LANGIDUNQ\t''
*LANGIDSHR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l langid -d 'Language ID [*SAME, *SYSVAL, a name of up to 3 characters]' -r -f -a "*SAME\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l cntryid -d 'Country or region ID [*SAME, *SYSVAL, a name of up to 2 characters]' -r -f -a "*SAME\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l ccsid -d 'Coded character set ID [*SAME, *SYSVAL, *HEX, 1 through 65535]' -r -f -a "*SAME\t''
*SYSVAL\t''
*HEX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l chridctl -d 'Character identifier control [*SAME, *SYSVAL, *DEVD, *JOBCCSID]' -r -f -a "*SAME\t''
*SYSVAL\t''
*DEVD\t''
*JOBCCSID\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l setjobatr -d 'Locale job attributes [*SAME, *SYSVAL, *NONE, *CCSID, *DATFMT, *DATSEP, *DECFMT, *SRTSEQ, *TIMSEP]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''
*CCSID\t''
*DATFMT\t''
*DATSEP\t''
*DECFMT\t''
*SRTSEQ\t''
*TIMSEP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l locale -d 'Locale [*SAME, *SYSVAL, *NONE, *C, *POSIX, text of up to 1024 characters]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''
*C\t''
*POSIX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l usropt -d 'User options [*SAME, *NONE, *CLKWD, *EXPERT, *HLPFULL, *STSMSG, *NOSTSMSG, *ROLLKEY, *PRTMSG]' -r -f -a "*SAME\t''
*NONE\t''
*CLKWD\t''
*EXPERT\t''
*HLPFULL\t''
*STSMSG\t''
*NOSTSMSG\t''
*ROLLKEY\t''
*PRTMSG\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l uid -d 'User ID number [*SAME, *GEN, 1 through 4294967294]' -r -f -a "*SAME\t''
*GEN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l gid -d 'Group ID number [*SAME, *NONE, *GEN, 1 through 4294967294]' -r -f -a "*SAME\t''
*NONE\t''
*GEN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l homedir -d 'Home directory [*SAME, *USRPRF, text of up to 1024 characters]' -r -f -a "*SAME\t''
*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l usrexpdate -d 'User expiration date [*SAME, *NONE, *USREXPITV, text of up to 10 characters]' -r -f -a "*SAME\t''
*NONE\t''
*USREXPITV\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l usrexpitv -d 'User expiration interval [*SAME, 1 through 366]' -r -f -a "*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chgusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -l objtype -d 'Object type [*USRPRF, *FILE, *LIB] (required)' -r -f -a "*USRPRF\t''
*FILE\t''
*LIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -l aut -d 'Authority [*NONE, *ALL, *CHANGE, *USE, *EXCLUDE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *NONE)' -r -f -a "*NONE\t''
*ALL\t''
*CHANGE\t''
*USE\t''
*OBJOPR\t''
*OBJMGT\t''
*OBJEXIST\t''
*OBJALTER\t''
*OBJREF\t''
*READ\t''
*ADD\t''
*UPD\t''
*DLT\t''
*EXECUTE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -l mbr -d 'Member, if data base file [*NONE, *FIRST, a name of up to 10 characters]' -r -f -a "*NONE\t''
*FIRST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand chkobj" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c qsy -n "__fish_qsy_using_subcommand clrlib" -l lib -d 'Library [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand clrlib" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand clrlib" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand clrlib" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand clrlib" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand clrlib" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand clrlib" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l file -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand clrsavf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -l lib -d 'Library [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -l type -d 'Library type [*PROD, *TEST] (default *PROD)' -r -f -a "*PROD\t''
*TEST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -l text -d 'Text \'description\' [*BLANK, text of up to 50 characters] (default *BLANK)' -r -f -a "*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -l aut -d 'Authority [*LIBCRTAUT, *CHANGE, *ALL, *USE, *EXCLUDE] (default *LIBCRTAUT)' -r -f -a "*LIBCRTAUT\t''
*CHANGE\t''
*ALL\t''
*USE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand crtlib" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l file -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l text -d 'Text \'description\' [*BLANK, text of up to 50 characters] (default *BLANK)' -r -f -a "*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l aut -d 'Authority [*LIBCRTAUT, *CHANGE, *ALL, *USE, *EXCLUDE] (default *LIBCRTAUT)' -r -f -a "*LIBCRTAUT\t''
*CHANGE\t''
*ALL\t''
*USE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand crtsavf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l password -d 'User password [*USRPRF, *NONE, a secret of up to 128 characters] (default *USRPRF)' -r -f -a "*USRPRF\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l pwdexp -d 'Set password to expired [*NO, *YES] (default *NO)' -r -f -a "*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l status -d 'Status [*ENABLED, *DISABLED] (default *ENABLED)' -r -f -a "*ENABLED\t''
*DISABLED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l usrcls -d 'User class [*USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *USER)' -r -f -a "*USER\t''
*SYSOPR\t''
*PGMR\t''
*SECADM\t''
*SECOFR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l spcaut -d 'Special authority [*USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *USRCLS)' -r -f -a "*USRCLS\t''
*NONE\t''
*ALLOBJ\t''
*AUDIT\t''
*IOSYSCFG\t''
*JOBCTL\t''
*SAVSYS\t''
*SECADM\t''
*SERVICE\t''
*SPLCTL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l pwdexpitv -d 'Password expiration interval [*SYSVAL, *NOMAX, 1 through 366] (default *SYSVAL)' -r -f -a "*SYSVAL\t''
*NOMAX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l text -d 'Text \'description\' [*BLANK, text of up to 50 characters] (default *BLANK)' -r -f -a "*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l authmth -d 'Authentication method [*NONE, *TOTP, *REGFAC] (default *NONE)' -r -f -a "*NONE\t''
*TOTP\t''
*REGFAC\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l totpoptitv -d 'TOTP optional interval [*NONE, 1 through 720] (default *NONE)' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l aut -d 'Authority [*EXCLUDE, *ALL, *CHANGE, *USE] (default *EXCLUDE)' -r -f -a "*EXCLUDE\t''
*ALL\t''
*CHANGE\t''
*USE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l astlvl -d 'Assistance level [*SYSVAL, *BASIC, *INTERMED, *ADVANCED]' -r -f -a "*SYSVAL\t''
*BASIC\t''
*INTERMED\t''
*ADVANCED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l curlib -d 'Current library [*CRTDFT, a name of up to 10 characters]' -r -f -a "*CRTDFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l inlpgm -d 'Initial program to call [*NONE, LIBRARY/OBJECT]' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l inlmnu -d 'Initial menu [*SIGNOFF, LIBRARY/OBJECT]' -r -f -a "*SIGNOFF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l lmtcpb -d 'Limit capabilities [*NO, *PARTIAL, *YES]' -r -f -a "*NO\t''
*PARTIAL\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l spcenv -d 'Special environment [*SYSVAL, *NONE, *S36]' -r -f -a "*SYSVAL\t''
*NONE\t''
*S36\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l dspsgninf -d 'Display sign-on information [*SYSVAL, *NO, *YES]' -r -f -a "*SYSVAL\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l pwdchgblk -d 'Block password change [*SYSVAL, *NONE, 1 through 99]' -r -f -a "*SYSVAL\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l lclpwdmgt -d 'Local password management [*YES, *NO]' -r -f -a "*YES\t''
*NO\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l lmtdevssn -d 'Limit device sessions [*SYSVAL, *NO, *YES]' -r -f -a "*SYSVAL\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l kbdbuf -d 'Keyboard buffering [*SYSVAL, *NO, *TYPEAHEAD, *YES]' -r -f -a "*SYSVAL\t''
*NO\t''
*TYPEAHEAD\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l maxstg -d 'Maximum allowed storage [*NOMAX, 1 through 2147483647]' -r -f -a "*NOMAX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l ptylmt -d 'Highest schedule priority [0 through 9]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l jobd -d 'Job description [LIBRARY/OBJECT]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l grpprf -d 'Group profile [*NONE, a name of up to 10 characters]' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l owner -d 'Owner [*USRPRF, *GRPPRF]' -r -f -a "*USRPRF\t''
*GRPPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l grpaut -d 'Group authority [*NONE, *ALL, *CHANGE, *USE, *EXCLUDE]' -r -f -a "*NONE\t''
*ALL\t''
*CHANGE\t''
*USE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l grpauttyp -d 'Group authority type [*PRIVATE, *PGP]' -r -f -a "*PRIVATE\t''
*PGP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l supgrpprf -d 'Supplemental groups [*NONE, a name of up to 10 characters]' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l acgcde -d 'Accounting code [*BLANK, text of up to 15 characters]' -r -f -a "*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l msgq -d 'Message queue [*USRPRF, LIBRARY/OBJECT]' -r -f -a "*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l dlvry -d 'Delivery [*NOTIFY, *BREAK, *HOLD, *DFT]' -r -f -a "*NOTIFY\t''
*BREAK\t''
*HOLD\t''
*DFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l sev -d 'Severity code filter [0 through 99]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l prtdev -d 'Print device [*WRKSTN, *SYSVAL, a name of up to 10 characters]' -r -f -a "*WRKSTN\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l outq -d 'Output queue [*WRKSTN, *DEV, LIBRARY/OBJECT]' -r -f -a "*WRKSTN\t''
*DEV\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l atnpgm -d 'Attention program [*SYSVAL, *NONE, *ASSIST, LIBRARY/OBJECT]' -r -f -a "*SYSVAL\t''
*NONE\t''
*ASSIST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l srtseq -d 'Sort sequence [*SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]' -r -f -a "*SYSVAL\t''
*HEX\t''
*LANGIDUNQ\t''
*LANGIDSHR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l langid -d 'Language ID [*SYSVAL, a name of up to 3 characters]' -r -f -a "*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l cntryid -d 'Country or region ID [*SYSVAL, a name of up to 2 characters]' -r -f -a "*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l ccsid -d 'Coded character set ID [*SYSVAL, *HEX, 1 through 65535]' -r -f -a "*SYSVAL\t''
*HEX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l chridctl -d 'Character identifier control [*SYSVAL, *DEVD, *JOBCCSID]' -r -f -a "*SYSVAL\t''
*DEVD\t''
*JOBCCSID\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l setjobatr -d 'Locale job attributes [*SYSVAL, *NONE, *CCSID, *DATFMT, *DATSEP, *DECFMT, *SRTSEQ, *TIMSEP]' -r -f -a "*SYSVAL\t''
*NONE\t''
*CCSID\t''
*DATFMT\t''
*DATSEP\t''
*DECFMT\t''
*SRTSEQ\t''
*TIMSEP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l locale -d 'Locale [*SYSVAL, *NONE, *C, *POSIX, text of up to 1024 characters]' -r -f -a "*SYSVAL\t''
*NONE\t''
*C\t''
*POSIX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l usropt -d 'User options [*NONE, *CLKWD, *EXPERT, *HLPFULL, *STSMSG, *NOSTSMSG, *ROLLKEY, *PRTMSG]' -r -f -a "*NONE\t''
*CLKWD\t''
*EXPERT\t''
*HLPFULL\t''
*STSMSG\t''
*NOSTSMSG\t''
*ROLLKEY\t''
*PRTMSG\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l uid -d 'User ID number [*GEN, 1 through 4294967294]' -r -f -a "*GEN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l gid -d 'Group ID number [*NONE, *GEN, 1 through 4294967294]' -r -f -a "*NONE\t''
*GEN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l homedir -d 'Home directory [*USRPRF, text of up to 1024 characters]' -r -f -a "*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l usrexpdate -d 'User expiration date [*NONE, *USREXPITV, text of up to 10 characters]' -r -f -a "*NONE\t''
*USREXPITV\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l usrexpitv -d 'User expiration interval [1 through 366]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand crtusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l file -d 'File [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dltf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dltlib" -l lib -d 'Library [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltlib" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltlib" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltlib" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dltlib" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dltlib" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dltlib" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dltusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l seq -d 'Sequence [*USRPRF, *GRPPRF] (default *USRPRF)' -r -f -a "*USRPRF\t''
*GRPPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspautusr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l jrn -d 'Journal [*LIBL, QAUDJRN] (required)' -r -f -a "QAUDJRN\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l enttyp -d 'Journal entry types [*ALL, CP, DO, SV, PW, DS, IP, CA, OW] (default *ALL)' -r -f -a "*ALL\t''
CP\t''
DO\t''
SV\t''
PW\t''
DS\t''
IP\t''
CA\t''
OW\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l usrprf -d 'User profile [*ALL, a name of up to 10 characters] (default *ALL)' -r -f -a "*ALL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspjrn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r -f -a "*USRPRF\t''
*FILE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjaut" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l obj -d 'Object [*ALL, *LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*ALL\t''
*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l objtype -d 'Object type [*USRPRF] (required)' -r -f -a "*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l outfile -d 'File to receive output [*LIBL, *CURLIB, LIBRARY/OBJECT]' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l outmbr -d 'Output member options [*FIRST, *REPLACE, *ADD] (default *FIRST)' -r -f -a "*FIRST\t''
*REPLACE\t''
*ADD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l detail -d 'Detail [*BASIC, *FULL, *SERVICE]' -r -f -a "*BASIC\t''
*FULL\t''
*SERVICE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspobjd" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l usrprf -d 'User profile [*ALL, a name or a generic name (NAME*) of up to 10 characters] (required)' -r -f -a "*ALL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l type -d 'Type of information [*BASIC] (default *BASIC)' -r -f -a "*BASIC\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l outfile -d 'File to receive output [*LIBL, *CURLIB, LIBRARY/OBJECT]' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l outmbr -d 'Output member options [*FIRST, *REPLACE, *ADD] (default *FIRST)' -r -f -a "*FIRST\t''
*REPLACE\t''
*ADD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand dspusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r -f -a "*USRPRF\t''
*FILE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l user -d 'Users [*PUBLIC, a name of up to 10 characters] (required)' -r -f -a "*PUBLIC\t''"
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l aut -d 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)' -r -f -a "*CHANGE\t''
*ALL\t''
*USE\t''
*EXCLUDE\t''
*OBJOPR\t''
*OBJMGT\t''
*OBJEXIST\t''
*OBJALTER\t''
*OBJREF\t''
*READ\t''
*ADD\t''
*UPD\t''
*DLT\t''
*EXECUTE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l replace -d 'Replace authority [*NO, *YES] (default *NO)' -r -f -a "*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand grtobjaut" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l type -d 'Type of information [*ALL, *AUTINFO, *ENVINFO, *PWDINFO, *PWDLVL] (default *ALL)' -r -f -a "*ALL\t''
*AUTINFO\t''
*ENVINFO\t''
*PWDINFO\t''
*PWDLVL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l select -d 'Select by [*USRCLS, *SPCAUT, *MNUPGM] (default *USRCLS)' -r -f -a "*USRCLS\t''
*SPCAUT\t''
*MNUPGM\t''"
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l usrcls -d 'User class [*ALL, *SECOFR, *SECADM, *PGMR, *SYSOPR, *USER] (default *ALL)' -r -f -a "*ALL\t''
*SECOFR\t''
*SECADM\t''
*PGMR\t''
*SYSOPR\t''
*USER\t''"
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand prtusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l option -d 'How to end [*CNTRLD, *IMMED] (default *CNTRLD)' -r -f -a "*CNTRLD\t''
*IMMED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l delay -d 'Controlled end delay time [*NOLIMIT, 1 through 99999] (default 3600)' -r -f -a "*NOLIMIT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l restart -d 'Restart options [*NO, *YES] (default *NO)' -r -f -a "*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l iplsrc -d 'IPL source [*PANEL, A, B, D] (default *PANEL)' -r -f -a "*PANEL\t''
A\t''
B\t''
D\t''"
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand pwrdwnsys" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l dev -d 'Device [*SAVF] (required)' -r -f -a "*SAVF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l usrprf -d 'User profile [*ALL, *NEW, a name or a generic name (NAME*) of up to 10 characters] (default *ALL)' -r -f -a "*ALL\t''
*NEW\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l omitusrprf -d 'Omit user profile [*NONE, a name or a generic name (NAME*) of up to 10 characters] (default *NONE)' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l savf -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l secdta -d 'Security data [*USRPRF, *PWDGRP, *DCM, *PVTAUT] (default *USRPRF)' -r -f -a "*USRPRF\t''
*PWDGRP\t''
*DCM\t''
*PVTAUT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l alwobjdif -d 'Allow object differences [*NONE, *ALL] (default *NONE)' -r -f -a "*NONE\t''
*ALL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand rstusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l job -d 'CL var for JOB (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l user -d 'CL var for USER (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l nbr -d 'CL var for NBR (6) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l curuser -d 'CL var for CURUSER (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l type -d 'CL var for TYPE (1) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l date -d 'CL var for DATE (6) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l datfmt -d 'CL var for DATFMT (4) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l ccsid -d 'CL var for CCSID (5 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l dftccsid -d 'CL var for DFTCCSID (5 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l sws -d 'CL var for SWS [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l outq -d 'CL var for OUTQ [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l datetime -d 'CL var for DATETIME [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l curlib -d 'CL var for CURLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l usrlibl -d 'CL var for USRLIBL [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l syslibl -d 'CL var for SYSLIBL [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l logclpgm -d 'CL var for LOGCLPGM [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l outqlib -d 'CL var for OUTQLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l prtdev -d 'CL var for PRTDEV [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l prttxt -d 'CL var for PRTTXT [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l inqmsgrpy -d 'CL var for INQMSGRPY [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l acgcde -d 'CL var for ACGCDE [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l langid -d 'CL var for LANGID [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l cntryid -d 'CL var for CNTRYID [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l jobmsgqfl -d 'CL var for JOBMSGQFL [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l sbmmsgq -d 'CL var for SBMMSGQ [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l sbmmsgqlib -d 'CL var for SBMMSGQLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l endsts -d 'CL var for ENDSTS [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l subtype -d 'CL var for SUBTYPE [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand rtvjoba" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l usrprf -d 'User profile [*CURRENT, a name of up to 10 characters] (default *CURRENT)' -r -f -a "*CURRENT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l rtnusrprf -d 'CL var for RTNUSRPRF (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l spcaut -d 'CL var for SPCAUT (100) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l text -d 'CL var for TEXT (50) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l pwdchgdat -d 'CL var for PWDCHGDAT (6) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l usrcls -d 'CL var for USRCLS (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l pwdexpitv -d 'CL var for PWDEXPITV (5 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l prvsign -d 'CL var for PRVSIGN (13) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l notvldsign -d 'CL var for NOTVLDSIGN (11 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l status -d 'CL var for STATUS (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l pwdexp -d 'CL var for PWDEXP (4) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l authmth -d 'CL var for AUTHMTH (20) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l totpoptitv -d 'CL var for TOTPOPTITV (5 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l grpprf -d 'CL var for GRPPRF [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l owner -d 'CL var for OWNER [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l grpaut -d 'CL var for GRPAUT [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l grpauttyp -d 'CL var for GRPAUTTYP [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l supgrpprf -d 'CL var for SUPGRPPRF [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l astlvl -d 'CL var for ASTLVL [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l curlib -d 'CL var for CURLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l inlpgm -d 'CL var for INLPGM [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l inlpgmlib -d 'CL var for INLPGMLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l inlmnu -d 'CL var for INLMNU [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l inlmnulib -d 'CL var for INLMNULIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l lmtcpb -d 'CL var for LMTCPB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l jobd -d 'CL var for JOBD [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l jobdlib -d 'CL var for JOBDLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l acgcde -d 'CL var for ACGCDE [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l msgq -d 'CL var for MSGQ [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l msgqlib -d 'CL var for MSGQLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l dlvry -d 'CL var for DLVRY [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l outq -d 'CL var for OUTQ [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l outqlib -d 'CL var for OUTQLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l prtdev -d 'CL var for PRTDEV [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l spcenv -d 'CL var for SPCENV [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l atnpgm -d 'CL var for ATNPGM [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l atnpgmlib -d 'CL var for ATNPGMLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l langid -d 'CL var for LANGID [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l cntryid -d 'CL var for CNTRYID [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l dspsgninf -d 'CL var for DSPSGNINF [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l lmtdevssn -d 'CL var for LMTDEVSSN [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l kbdbuf -d 'CL var for KBDBUF [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l uid -d 'CL var for UID (10 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l gid -d 'CL var for GID (10 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand rtvusrprf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r -f -a "*USRPRF\t''
*FILE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l user -d 'Users [*PUBLIC, *ALL, a name of up to 10 characters] (required)' -r -f -a "*PUBLIC\t''
*ALL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l aut -d 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)' -r -f -a "*CHANGE\t''
*ALL\t''
*USE\t''
*EXCLUDE\t''
*OBJOPR\t''
*OBJMGT\t''
*OBJEXIST\t''
*OBJALTER\t''
*OBJREF\t''
*READ\t''
*ADD\t''
*UPD\t''
*DLT\t''
*EXECUTE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand rvkobjaut" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l dev -d 'Device [*SAVF] (required)' -r -f -a "*SAVF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l savf -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l clear -d 'Clear [*NONE, *ALL, *REPLACE] (default *NONE)' -r -f -a "*NONE\t''
*ALL\t''
*REPLACE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand savsecdta" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l cmd -d 'Command to run [a CL command] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l job -d 'Job name [*JOBD, a name of up to 10 characters] (default *JOBD)' -r -f -a "*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l user -d 'User [*CURRENT, *JOBD, a name of up to 10 characters] (default *CURRENT)' -r -f -a "*CURRENT\t''
*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l jobq -d 'Job queue [*JOBD, LIBRARY/OBJECT]' -r -f -a "*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l jobpty -d 'Job priority (on JOBQ) [text of up to 5 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l curlib -d 'Current library [*CURUSRPRF, *CRTDFT, a name of up to 10 characters]' -r -f -a "*CURUSRPRF\t''
*CRTDFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l rtgdta -d 'Routing data [text of up to 80 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l date -d 'Job date [text of up to 10 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l scdtime -d 'Schedule time [text of up to 8 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l jobd -d 'Job description [*USRPRF, LIBRARY/OBJECT]' -r -f -a "*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l outq -d 'Output queue [*CURRENT, *USRPRF, *DEV, *JOBD, LIBRARY/OBJECT]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*DEV\t''
*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l prtdev -d 'Print device [*CURRENT, *USRPRF, *SYSVAL, *JOBD, a name of up to 10 characters]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''
*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l prttxt -d 'Print text [*CURRENT, *JOBD, *SYSVAL, *BLANK, text of up to 30 characters]' -r -f -a "*CURRENT\t''
*JOBD\t''
*SYSVAL\t''
*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l rqsdta -d 'Request data or command [*CMD, *RTGDTA, text of up to 3000 characters]' -r -f -a "*CMD\t''
*RTGDTA\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l syslibl -d 'System library list [*CURRENT, *SYSVAL]' -r -f -a "*CURRENT\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l inllibl -d 'Initial library list [*CURRENT, *JOBD, *SYSVAL, *NONE, a name of up to 10 characters]' -r -f -a "*CURRENT\t''
*JOBD\t''
*SYSVAL\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l log -d 'Message logging [*JOBD, *MSG, *SECLVL, *NOLIST, text of up to 7 characters]' -r -f -a "*JOBD\t''
*MSG\t''
*SECLVL\t''
*NOLIST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l logclpgm -d 'Log CL program commands [*JOBD, *YES, *NO]' -r -f -a "*JOBD\t''
*YES\t''
*NO\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l logoutput -d 'Job log output [*CURRENT, *JOBD, *SYSVAL, *JOBLOGSVR, *JOBEND, *PND]' -r -f -a "*CURRENT\t''
*JOBD\t''
*SYSVAL\t''
*JOBLOGSVR\t''
*JOBEND\t''
*PND\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l inqmsgrpy -d 'Inquiry message reply [*JOBD, *RQD, *DFT, *SYSRPYL]' -r -f -a "*JOBD\t''
*RQD\t''
*DFT\t''
*SYSRPYL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l hold -d 'Hold on job queue [*JOBD, *NO, *YES]' -r -f -a "*JOBD\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l sws -d 'Job switches [*JOBD, text of up to 8 characters]' -r -f -a "*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l dspsbmjob -d 'Display submitted job [*YES, *NO]' -r -f -a "*YES\t''
*NO\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l msgq -d 'Message queue [*USRPRF, *NONE, LIBRARY/OBJECT]' -r -f -a "*USRPRF\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l srtseq -d 'Sort sequence [*CURRENT, *USRPRF, *SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''
*HEX\t''
*LANGIDUNQ\t''
*LANGIDSHR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l langid -d 'Language ID [*CURRENT, *USRPRF, *SYSVAL, text of up to 8 characters]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l cntryid -d 'Country or region ID [*CURRENT, *USRPRF, *SYSVAL, text of up to 8 characters]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l ccsid -d 'Coded character set ID [*CURRENT, *USRPRF, *SYSVAL, *HEX, 1 through 65535]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''
*HEX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l jobmsgqmx -d 'Job message queue maximum size [*JOBD, *SYSVAL, 2 through 64]' -r -f -a "*JOBD\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l jobmsgqfl -d 'Job message queue full action [*JOBD, *SYSVAL, *NOWRAP, *WRAP, *PRTWRAP]' -r -f -a "*JOBD\t''
*SYSVAL\t''
*NOWRAP\t''
*WRAP\t''
*PRTWRAP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l acgcde -d 'Accounting code [*CURRENT, *USRPRF, *JOBD, text of up to 15 characters]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l outpty -d 'Output priority (on OUTQ) [*JOBD, text of up to 5 characters]' -r -f -a "*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l scddate -d 'Schedule date [*CURRENT, *MONTHSTR, *MONTHEND, *MON, *TUE, *WED, *THU, *FRI, *SAT, *SUN, text of up to 10 characters]' -r -f -a "*CURRENT\t''
*MONTHSTR\t''
*MONTHEND\t''
*MON\t''
*TUE\t''
*WED\t''
*THU\t''
*FRI\t''
*SAT\t''
*SUN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l splfacn -d 'Spooled file action [*SYSVAL, *KEEP, *DETACH]' -r -f -a "*SYSVAL\t''
*KEEP\t''
*DETACH\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l cpyenvvar -d 'Copy environment variables [*NO, *YES]' -r -f -a "*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sbmjob" -l alwmltthd -d 'Allow multiple threads [*JOBD, *NO, *YES]' -r -f -a "*JOBD\t''
*NO\t''
*YES\t''"
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
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -l msg -d 'Message text [text of up to 512 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -l tomsgq -d 'To work station message queue [*ALLWS, a name of up to 10 characters] (required)' -r -f -a "*ALLWS\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -l msgtype -d 'Message type [*INFO, *INQ] (default *INFO)' -r -f -a "*INFO\t''
*INQ\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand sndbrkmsg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -l msg -d 'Message text [text of up to 512 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -l tousr -d 'To user profile [*SYSOPR, *REQUESTER, a name of up to 10 characters] (default *SYSOPR)' -r -f -a "*SYSOPR\t''
*REQUESTER\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -l msgtype -d 'Message type [*INFO, *INQ] (default *INFO)' -r -f -a "*INFO\t''
*INQ\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -l tomsgq -d 'To message queue [*SYSOPR, *HSTLOG, LIBRARY/OBJECT]' -r -f -a "*SYSOPR\t''
*HSTLOG\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand sndmsg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand run" -l sync -d 'Durable commit at the end of the script, or after each command' -r -f -a "end\t''
each\t''"
complete -c qsy -n "__fish_qsy_using_subcommand run" -l commands -d 'A directory holding the command-definition source (NAME.cmd) of the site\'s own commands; may be repeated' -r
complete -c qsy -n "__fish_qsy_using_subcommand run" -l check -d 'Parse and validate every statement without touching the store; list problems, notes, simulator-only commands and the program\'s parameters; exit 2 when a statement would fail on IBM i'
complete -c qsy -n "__fish_qsy_using_subcommand run" -l strict -d 'Treat notes (prompting in batch, commands inside comments, DCLPRCOPT not applied, ...) as errors'
complete -c qsy -n "__fish_qsy_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand ipl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and not __fish_seen_subcommand_from reset-qsecofr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and not __fish_seen_subcommand_from reset-qsecofr" -f -a "reset-qsecofr" -d 'Reset QSECOFR\'s password to QSECOFR (expired) and remove its TOTP key'
complete -c qsy -n "__fish_qsy_using_subcommand dst; and __fish_seen_subcommand_from reset-qsecofr" -s h -l help -d 'Print help'
complete -c qsy -n "__fish_qsy_using_subcommand console" -l run -d 'Run a batch CL script (a CL source file; - for standard input, not with --password-stdin) instead of one command' -r
complete -c qsy -n "__fish_qsy_using_subcommand console" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand sst" -l lock-security-values -d 'Lock the security-related system values: CHGSYSVAL refuses them, even for QSECOFR' -r -f -a "yes\t''
no\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sst" -l allow-adlsgnfac-change -d 'Allow additional sign-on factor change (CHGSECA ADLSGNFAC)' -r -f -a "yes\t''
no\t''"
complete -c qsy -n "__fish_qsy_using_subcommand sst" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand import" -l level23-since -d 'When QPWDLVL went to 2 or 3 on the real system (2024-03-01 or a timestamp): a password changed on or after it holds a level-4 hash' -r
complete -c qsy -n "__fish_qsy_using_subcommand import" -l rehearsal-passwords -d 'NAME:password lines giving imported profiles a password to rehearse with (a regular file of yours, mode 0600 or 0400)' -r
complete -c qsy -n "__fish_qsy_using_subcommand import" -l replace -d 'Replace the store (--system) if it exists; without it an existing store is never touched'
complete -c qsy -n "__fish_qsy_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand readiness" -l format -d 'Text (80 columns), CSV for a spreadsheet, or a self-contained HTML page; --output json gives the JSON document' -r -f -a "text\t''
csv\t''
html\t''"
complete -c qsy -n "__fish_qsy_using_subcommand readiness" -l out -d 'Write the report to FILE (created new, mode 0600) instead of standard output' -r
complete -c qsy -n "__fish_qsy_using_subcommand readiness" -l target-qsecurity -d 'QSECURITY at the target (default: the current or pending one, at least 40)' -r -f -a "30\t''
40\t''
50\t''"
complete -c qsy -n "__fish_qsy_using_subcommand readiness" -l target-qpwdlvl -d 'QPWDLVL at the target (default 4)' -r -f -a "2\t''
3\t''
4\t''"
complete -c qsy -n "__fish_qsy_using_subcommand readiness" -l target-adlsgnfac -d 'The additional sign-on factor at the target (default *ENABLED)' -r -f -a "*ENABLED\t''
*DISABLED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand readiness" -l job-user -d 'A profile jobs run under without its password (SBMJOB USER, job schedule entries); repeat for more' -r
complete -c qsy -n "__fish_qsy_using_subcommand readiness" -l assume-totp -d 'Judge every profile with a password as if it had AUTHMTH(*TOTP)'
complete -c qsy -n "__fish_qsy_using_subcommand readiness" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand links" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand totp" -l time -d 'Unix seconds or RFC 3339 instead of the job clock' -r
complete -c qsy -n "__fish_qsy_using_subcommand totp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CALL" -l pgm -d 'Program [LIBRARY/OBJECT] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CALL" -l parm -d 'Parameters [a CL command]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CALL" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CALL" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CALL" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CALL" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CALL" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CALL" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -l fcnid -d 'Function ID [QIBM_RUN_UNDER_USER_NO_AUTH] (required)' -r -f -a "QIBM_RUN_UNDER_USER_NO_AUTH\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -l user -d 'User [a name of up to 10 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -l usage -d 'Usage [*ALLOWED, *DENIED, *NONE]' -r -f -a "*ALLOWED\t''
*DENIED\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -l default -d 'Default authority [*SAME, *ALLOWED, *DENIED] (default *SAME)' -r -f -a "*SAME\t''
*ALLOWED\t''
*DENIED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -l allobjaut -d '*ALLOBJ special authority [*SAME, *USED, *NOTUSED] (default *SAME)' -r -f -a "*SAME\t''
*USED\t''
*NOTUSED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHGFCNUSG" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r -f -a "*USRPRF\t''
*FILE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -l newown -d 'New owner [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -l curownaut -d 'Current owner authority [*REVOKE, *SAME] (default *REVOKE)' -r -f -a "*REVOKE\t''
*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHGOBJOWN" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHGPWD" -l curpwd -d 'Current password [a secret of up to 128 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGPWD" -l newpwd -d 'New password [a secret of up to 128 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGPWD" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGPWD" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGPWD" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGPWD" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHGPWD" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHGPWD" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHGSECA" -l adlsgnfac -d 'Additional sign-on factor [*SAME, *ENABLED, *DISABLED] (default *SAME)' -r -f -a "*SAME\t''
*ENABLED\t''
*DISABLED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGSECA" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGSECA" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGSECA" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGSECA" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHGSECA" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHGSECA" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHGSYSVAL" -l sysval -d 'System value [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGSYSVAL" -l value -d 'New value [*NOMAX, *NONE, *PWDSYSVAL, text of up to 2000 characters] (required)' -r -f -a "*NOMAX\t''
*NONE\t''
*PWDSYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGSYSVAL" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGSYSVAL" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGSYSVAL" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGSYSVAL" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHGSYSVAL" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHGSYSVAL" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHGTOTPKEY" -l totpkey -d 'TOTP key [*GEN, *NONE, a secret of up to 32 characters] (required)' -r -f -a "*GEN\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGTOTPKEY" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGTOTPKEY" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGTOTPKEY" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGTOTPKEY" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHGTOTPKEY" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHGTOTPKEY" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l password -d 'User password [*SAME, *NONE, a secret of up to 128 characters] (default *SAME)' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l spcaut -d 'Special authority [*SAME, *USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *SAME)' -r -f -a "*SAME\t''
*USRCLS\t''
*NONE\t''
*ALLOBJ\t''
*AUDIT\t''
*IOSYSCFG\t''
*JOBCTL\t''
*SAVSYS\t''
*SECADM\t''
*SERVICE\t''
*SPLCTL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l pwdexp -d 'Set password to expired [*SAME, *NO, *YES] (default *SAME)' -r -f -a "*SAME\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l status -d 'Status [*SAME, *ENABLED, *DISABLED] (default *SAME)' -r -f -a "*SAME\t''
*ENABLED\t''
*DISABLED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l usrcls -d 'User class [*SAME, *USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *SAME)' -r -f -a "*SAME\t''
*USER\t''
*SYSOPR\t''
*PGMR\t''
*SECADM\t''
*SECOFR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l pwdexpitv -d 'Password expiration interval [*SAME, *SYSVAL, *NOMAX, 1 through 366] (default *SAME)' -r -f -a "*SAME\t''
*SYSVAL\t''
*NOMAX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l text -d 'Text \'description\' [*SAME, *BLANK, text of up to 50 characters] (default *SAME)' -r -f -a "*SAME\t''
*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l authmth -d 'Authentication method [*SAME, *NONE, *TOTP, *REGFAC] (default *SAME)' -r -f -a "*SAME\t''
*NONE\t''
*TOTP\t''
*REGFAC\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l totpoptitv -d 'TOTP optional interval [*SAME, *NONE, 1 through 720] (default *SAME)' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l astlvl -d 'Assistance level [*SAME, *SYSVAL, *BASIC, *INTERMED, *ADVANCED]' -r -f -a "*SAME\t''
*SYSVAL\t''
*BASIC\t''
*INTERMED\t''
*ADVANCED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l curlib -d 'Current library [*SAME, *CRTDFT, a name of up to 10 characters]' -r -f -a "*SAME\t''
*CRTDFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l inlpgm -d 'Initial program to call [*SAME, *NONE, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l inlmnu -d 'Initial menu [*SAME, *SIGNOFF, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*SIGNOFF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l lmtcpb -d 'Limit capabilities [*SAME, *NO, *PARTIAL, *YES]' -r -f -a "*SAME\t''
*NO\t''
*PARTIAL\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l spcenv -d 'Special environment [*SAME, *SYSVAL, *NONE, *S36]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''
*S36\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l dspsgninf -d 'Display sign-on information [*SAME, *SYSVAL, *NO, *YES]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l pwdchgblk -d 'Block password change [*SAME, *SYSVAL, *NONE, 1 through 99]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l lclpwdmgt -d 'Local password management [*SAME, *YES, *NO]' -r -f -a "*SAME\t''
*YES\t''
*NO\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l lmtdevssn -d 'Limit device sessions [*SAME, *SYSVAL, *NO, *YES]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l kbdbuf -d 'Keyboard buffering [*SAME, *SYSVAL, *NO, *TYPEAHEAD, *YES]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NO\t''
*TYPEAHEAD\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l maxstg -d 'Maximum allowed storage [*SAME, *NOMAX, 1 through 2147483647]' -r -f -a "*SAME\t''
*NOMAX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l ptylmt -d 'Highest schedule priority [*SAME, 0 through 9]' -r -f -a "*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l jobd -d 'Job description [*SAME, LIBRARY/OBJECT]' -r -f -a "*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l grpprf -d 'Group profile [*SAME, *NONE, a name of up to 10 characters]' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l owner -d 'Owner [*SAME, *USRPRF, *GRPPRF]' -r -f -a "*SAME\t''
*USRPRF\t''
*GRPPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l grpaut -d 'Group authority [*SAME, *NONE, *ALL, *CHANGE, *USE, *EXCLUDE]' -r -f -a "*SAME\t''
*NONE\t''
*ALL\t''
*CHANGE\t''
*USE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l grpauttyp -d 'Group authority type [*SAME, *PRIVATE, *PGP]' -r -f -a "*SAME\t''
*PRIVATE\t''
*PGP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l supgrpprf -d 'Supplemental groups [*SAME, *NONE, a name of up to 10 characters]' -r -f -a "*SAME\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l acgcde -d 'Accounting code [*SAME, *BLANK, text of up to 15 characters]' -r -f -a "*SAME\t''
*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l msgq -d 'Message queue [*SAME, *USRPRF, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l dlvry -d 'Delivery [*SAME, *NOTIFY, *BREAK, *HOLD, *DFT]' -r -f -a "*SAME\t''
*NOTIFY\t''
*BREAK\t''
*HOLD\t''
*DFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l sev -d 'Severity code filter [*SAME, 0 through 99]' -r -f -a "*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l prtdev -d 'Print device [*SAME, *WRKSTN, *SYSVAL, a name of up to 10 characters]' -r -f -a "*SAME\t''
*WRKSTN\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l outq -d 'Output queue [*SAME, *WRKSTN, *DEV, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*WRKSTN\t''
*DEV\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l atnpgm -d 'Attention program [*SAME, *SYSVAL, *NONE, *ASSIST, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''
*ASSIST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l srtseq -d 'Sort sequence [*SAME, *SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]' -r -f -a "*SAME\t''
*SYSVAL\t''
*HEX\t''
*LANGIDUNQ\t''
*LANGIDSHR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l langid -d 'Language ID [*SAME, *SYSVAL, a name of up to 3 characters]' -r -f -a "*SAME\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l cntryid -d 'Country or region ID [*SAME, *SYSVAL, a name of up to 2 characters]' -r -f -a "*SAME\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l ccsid -d 'Coded character set ID [*SAME, *SYSVAL, *HEX, 1 through 65535]' -r -f -a "*SAME\t''
*SYSVAL\t''
*HEX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l chridctl -d 'Character identifier control [*SAME, *SYSVAL, *DEVD, *JOBCCSID]' -r -f -a "*SAME\t''
*SYSVAL\t''
*DEVD\t''
*JOBCCSID\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l setjobatr -d 'Locale job attributes [*SAME, *SYSVAL, *NONE, *CCSID, *DATFMT, *DATSEP, *DECFMT, *SRTSEQ, *TIMSEP]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''
*CCSID\t''
*DATFMT\t''
*DATSEP\t''
*DECFMT\t''
*SRTSEQ\t''
*TIMSEP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l locale -d 'Locale [*SAME, *SYSVAL, *NONE, *C, *POSIX, text of up to 1024 characters]' -r -f -a "*SAME\t''
*SYSVAL\t''
*NONE\t''
*C\t''
*POSIX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l usropt -d 'User options [*SAME, *NONE, *CLKWD, *EXPERT, *HLPFULL, *STSMSG, *NOSTSMSG, *ROLLKEY, *PRTMSG]' -r -f -a "*SAME\t''
*NONE\t''
*CLKWD\t''
*EXPERT\t''
*HLPFULL\t''
*STSMSG\t''
*NOSTSMSG\t''
*ROLLKEY\t''
*PRTMSG\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l uid -d 'User ID number [*SAME, *GEN, 1 through 4294967294]' -r -f -a "*SAME\t''
*GEN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l gid -d 'Group ID number [*SAME, *NONE, *GEN, 1 through 4294967294]' -r -f -a "*SAME\t''
*NONE\t''
*GEN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l homedir -d 'Home directory [*SAME, *USRPRF, text of up to 1024 characters]' -r -f -a "*SAME\t''
*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l usrexpdate -d 'User expiration date [*SAME, *NONE, *USREXPITV, text of up to 10 characters]' -r -f -a "*SAME\t''
*NONE\t''
*USREXPITV\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l usrexpitv -d 'User expiration interval [*SAME, 1 through 366]' -r -f -a "*SAME\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHGUSRPRF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -l objtype -d 'Object type [*USRPRF, *FILE, *LIB] (required)' -r -f -a "*USRPRF\t''
*FILE\t''
*LIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -l aut -d 'Authority [*NONE, *ALL, *CHANGE, *USE, *EXCLUDE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *NONE)' -r -f -a "*NONE\t''
*ALL\t''
*CHANGE\t''
*USE\t''
*OBJOPR\t''
*OBJMGT\t''
*OBJEXIST\t''
*OBJALTER\t''
*OBJREF\t''
*READ\t''
*ADD\t''
*UPD\t''
*DLT\t''
*EXECUTE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -l mbr -d 'Member, if data base file [*NONE, *FIRST, a name of up to 10 characters]' -r -f -a "*NONE\t''
*FIRST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHKOBJ" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CHKTOTP" -l password -d 'User password [a secret of up to 128 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHKTOTP" -l totpval -d 'TOTP value [a secret of up to 32 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHKTOTP" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHKTOTP" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CHKTOTP" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CHKTOTP" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CHKTOTP" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CHKTOTP" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CLRLIB" -l lib -d 'Library [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CLRLIB" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CLRLIB" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CLRLIB" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CLRLIB" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CLRLIB" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CLRLIB" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CLRSAVF" -l file -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CLRSAVF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CLRSAVF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CLRSAVF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CLRSAVF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CLRSAVF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CLRSAVF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -l lib -d 'Library [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -l type -d 'Library type [*PROD, *TEST] (default *PROD)' -r -f -a "*PROD\t''
*TEST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -l text -d 'Text \'description\' [*BLANK, text of up to 50 characters] (default *BLANK)' -r -f -a "*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -l aut -d 'Authority [*LIBCRTAUT, *CHANGE, *ALL, *USE, *EXCLUDE] (default *LIBCRTAUT)' -r -f -a "*LIBCRTAUT\t''
*CHANGE\t''
*ALL\t''
*USE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CRTLIB" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -l file -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -l text -d 'Text \'description\' [*BLANK, text of up to 50 characters] (default *BLANK)' -r -f -a "*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -l aut -d 'Authority [*LIBCRTAUT, *CHANGE, *ALL, *USE, *EXCLUDE] (default *LIBCRTAUT)' -r -f -a "*LIBCRTAUT\t''
*CHANGE\t''
*ALL\t''
*USE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CRTSAVF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l password -d 'User password [*USRPRF, *NONE, a secret of up to 128 characters] (default *USRPRF)' -r -f -a "*USRPRF\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l pwdexp -d 'Set password to expired [*NO, *YES] (default *NO)' -r -f -a "*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l status -d 'Status [*ENABLED, *DISABLED] (default *ENABLED)' -r -f -a "*ENABLED\t''
*DISABLED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l usrcls -d 'User class [*USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *USER)' -r -f -a "*USER\t''
*SYSOPR\t''
*PGMR\t''
*SECADM\t''
*SECOFR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l spcaut -d 'Special authority [*USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *USRCLS)' -r -f -a "*USRCLS\t''
*NONE\t''
*ALLOBJ\t''
*AUDIT\t''
*IOSYSCFG\t''
*JOBCTL\t''
*SAVSYS\t''
*SECADM\t''
*SERVICE\t''
*SPLCTL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l pwdexpitv -d 'Password expiration interval [*SYSVAL, *NOMAX, 1 through 366] (default *SYSVAL)' -r -f -a "*SYSVAL\t''
*NOMAX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l text -d 'Text \'description\' [*BLANK, text of up to 50 characters] (default *BLANK)' -r -f -a "*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l authmth -d 'Authentication method [*NONE, *TOTP, *REGFAC] (default *NONE)' -r -f -a "*NONE\t''
*TOTP\t''
*REGFAC\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l totpoptitv -d 'TOTP optional interval [*NONE, 1 through 720] (default *NONE)' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l aut -d 'Authority [*EXCLUDE, *ALL, *CHANGE, *USE] (default *EXCLUDE)' -r -f -a "*EXCLUDE\t''
*ALL\t''
*CHANGE\t''
*USE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l astlvl -d 'Assistance level [*SYSVAL, *BASIC, *INTERMED, *ADVANCED]' -r -f -a "*SYSVAL\t''
*BASIC\t''
*INTERMED\t''
*ADVANCED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l curlib -d 'Current library [*CRTDFT, a name of up to 10 characters]' -r -f -a "*CRTDFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l inlpgm -d 'Initial program to call [*NONE, LIBRARY/OBJECT]' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l inlmnu -d 'Initial menu [*SIGNOFF, LIBRARY/OBJECT]' -r -f -a "*SIGNOFF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l lmtcpb -d 'Limit capabilities [*NO, *PARTIAL, *YES]' -r -f -a "*NO\t''
*PARTIAL\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l spcenv -d 'Special environment [*SYSVAL, *NONE, *S36]' -r -f -a "*SYSVAL\t''
*NONE\t''
*S36\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l dspsgninf -d 'Display sign-on information [*SYSVAL, *NO, *YES]' -r -f -a "*SYSVAL\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l pwdchgblk -d 'Block password change [*SYSVAL, *NONE, 1 through 99]' -r -f -a "*SYSVAL\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l lclpwdmgt -d 'Local password management [*YES, *NO]' -r -f -a "*YES\t''
*NO\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l lmtdevssn -d 'Limit device sessions [*SYSVAL, *NO, *YES]' -r -f -a "*SYSVAL\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l kbdbuf -d 'Keyboard buffering [*SYSVAL, *NO, *TYPEAHEAD, *YES]' -r -f -a "*SYSVAL\t''
*NO\t''
*TYPEAHEAD\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l maxstg -d 'Maximum allowed storage [*NOMAX, 1 through 2147483647]' -r -f -a "*NOMAX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l ptylmt -d 'Highest schedule priority [0 through 9]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l jobd -d 'Job description [LIBRARY/OBJECT]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l grpprf -d 'Group profile [*NONE, a name of up to 10 characters]' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l owner -d 'Owner [*USRPRF, *GRPPRF]' -r -f -a "*USRPRF\t''
*GRPPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l grpaut -d 'Group authority [*NONE, *ALL, *CHANGE, *USE, *EXCLUDE]' -r -f -a "*NONE\t''
*ALL\t''
*CHANGE\t''
*USE\t''
*EXCLUDE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l grpauttyp -d 'Group authority type [*PRIVATE, *PGP]' -r -f -a "*PRIVATE\t''
*PGP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l supgrpprf -d 'Supplemental groups [*NONE, a name of up to 10 characters]' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l acgcde -d 'Accounting code [*BLANK, text of up to 15 characters]' -r -f -a "*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l msgq -d 'Message queue [*USRPRF, LIBRARY/OBJECT]' -r -f -a "*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l dlvry -d 'Delivery [*NOTIFY, *BREAK, *HOLD, *DFT]' -r -f -a "*NOTIFY\t''
*BREAK\t''
*HOLD\t''
*DFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l sev -d 'Severity code filter [0 through 99]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l prtdev -d 'Print device [*WRKSTN, *SYSVAL, a name of up to 10 characters]' -r -f -a "*WRKSTN\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l outq -d 'Output queue [*WRKSTN, *DEV, LIBRARY/OBJECT]' -r -f -a "*WRKSTN\t''
*DEV\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l atnpgm -d 'Attention program [*SYSVAL, *NONE, *ASSIST, LIBRARY/OBJECT]' -r -f -a "*SYSVAL\t''
*NONE\t''
*ASSIST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l srtseq -d 'Sort sequence [*SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]' -r -f -a "*SYSVAL\t''
*HEX\t''
*LANGIDUNQ\t''
*LANGIDSHR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l langid -d 'Language ID [*SYSVAL, a name of up to 3 characters]' -r -f -a "*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l cntryid -d 'Country or region ID [*SYSVAL, a name of up to 2 characters]' -r -f -a "*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l ccsid -d 'Coded character set ID [*SYSVAL, *HEX, 1 through 65535]' -r -f -a "*SYSVAL\t''
*HEX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l chridctl -d 'Character identifier control [*SYSVAL, *DEVD, *JOBCCSID]' -r -f -a "*SYSVAL\t''
*DEVD\t''
*JOBCCSID\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l setjobatr -d 'Locale job attributes [*SYSVAL, *NONE, *CCSID, *DATFMT, *DATSEP, *DECFMT, *SRTSEQ, *TIMSEP]' -r -f -a "*SYSVAL\t''
*NONE\t''
*CCSID\t''
*DATFMT\t''
*DATSEP\t''
*DECFMT\t''
*SRTSEQ\t''
*TIMSEP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l locale -d 'Locale [*SYSVAL, *NONE, *C, *POSIX, text of up to 1024 characters]' -r -f -a "*SYSVAL\t''
*NONE\t''
*C\t''
*POSIX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l usropt -d 'User options [*NONE, *CLKWD, *EXPERT, *HLPFULL, *STSMSG, *NOSTSMSG, *ROLLKEY, *PRTMSG]' -r -f -a "*NONE\t''
*CLKWD\t''
*EXPERT\t''
*HLPFULL\t''
*STSMSG\t''
*NOSTSMSG\t''
*ROLLKEY\t''
*PRTMSG\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l uid -d 'User ID number [*GEN, 1 through 4294967294]' -r -f -a "*GEN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l gid -d 'Group ID number [*NONE, *GEN, 1 through 4294967294]' -r -f -a "*NONE\t''
*GEN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l homedir -d 'Home directory [*USRPRF, text of up to 1024 characters]' -r -f -a "*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l usrexpdate -d 'User expiration date [*NONE, *USREXPITV, text of up to 10 characters]' -r -f -a "*NONE\t''
*USREXPITV\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l usrexpitv -d 'User expiration interval [1 through 366]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand CRTUSRPRF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DLTF" -l file -d 'File [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DLTF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DLTF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DLTF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DLTF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DLTF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DLTF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DLTLIB" -l lib -d 'Library [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand DLTLIB" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DLTLIB" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DLTLIB" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DLTLIB" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DLTLIB" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DLTLIB" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DLTUSRPRF" -l usrprf -d 'User profile [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand DLTUSRPRF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DLTUSRPRF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DLTUSRPRF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DLTUSRPRF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DLTUSRPRF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DLTUSRPRF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DSPAUTUSR" -l seq -d 'Sequence [*USRPRF, *GRPPRF] (default *USRPRF)' -r -f -a "*USRPRF\t''
*GRPPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPAUTUSR" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPAUTUSR" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPAUTUSR" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPAUTUSR" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DSPAUTUSR" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DSPAUTUSR" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -l jrn -d 'Journal [*LIBL, QAUDJRN] (required)' -r -f -a "QAUDJRN\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -l enttyp -d 'Journal entry types [*ALL, CP, DO, SV, PW, DS, IP, CA, OW] (default *ALL)' -r -f -a "*ALL\t''
CP\t''
DO\t''
SV\t''
PW\t''
DS\t''
IP\t''
CA\t''
OW\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -l usrprf -d 'User profile [*ALL, a name of up to 10 characters] (default *ALL)' -r -f -a "*ALL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DSPJRN" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJAUT" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJAUT" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r -f -a "*USRPRF\t''
*FILE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJAUT" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJAUT" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJAUT" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJAUT" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJAUT" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJAUT" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l obj -d 'Object [*ALL, *LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*ALL\t''
*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l objtype -d 'Object type [*USRPRF] (required)' -r -f -a "*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l outfile -d 'File to receive output [*LIBL, *CURLIB, LIBRARY/OBJECT]' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l outmbr -d 'Output member options [*FIRST, *REPLACE, *ADD] (default *FIRST)' -r -f -a "*FIRST\t''
*REPLACE\t''
*ADD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l detail -d 'Detail [*BASIC, *FULL, *SERVICE]' -r -f -a "*BASIC\t''
*FULL\t''
*SERVICE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DSPOBJD" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DSPSECA" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPSECA" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPSECA" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPSECA" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DSPSECA" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DSPSECA" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DSPSYSVAL" -l sysval -d 'System value [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPSYSVAL" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPSYSVAL" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPSYSVAL" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPSYSVAL" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DSPSYSVAL" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DSPSYSVAL" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -l usrprf -d 'User profile [*ALL, a name or a generic name (NAME*) of up to 10 characters] (required)' -r -f -a "*ALL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -l type -d 'Type of information [*BASIC] (default *BASIC)' -r -f -a "*BASIC\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -l outfile -d 'File to receive output [*LIBL, *CURLIB, LIBRARY/OBJECT]' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -l outmbr -d 'Output member options [*FIRST, *REPLACE, *ADD] (default *FIRST)' -r -f -a "*FIRST\t''
*REPLACE\t''
*ADD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand DSPUSRPRF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r -f -a "*USRPRF\t''
*FILE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -l user -d 'Users [*PUBLIC, a name of up to 10 characters] (required)' -r -f -a "*PUBLIC\t''"
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -l aut -d 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)' -r -f -a "*CHANGE\t''
*ALL\t''
*USE\t''
*EXCLUDE\t''
*OBJOPR\t''
*OBJMGT\t''
*OBJEXIST\t''
*OBJALTER\t''
*OBJREF\t''
*READ\t''
*ADD\t''
*UPD\t''
*DLT\t''
*EXECUTE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -l replace -d 'Replace authority [*NO, *YES] (default *NO)' -r -f -a "*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand GRTOBJAUT" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -l type -d 'Type of information [*ALL, *AUTINFO, *ENVINFO, *PWDINFO, *PWDLVL] (default *ALL)' -r -f -a "*ALL\t''
*AUTINFO\t''
*ENVINFO\t''
*PWDINFO\t''
*PWDLVL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -l select -d 'Select by [*USRCLS, *SPCAUT, *MNUPGM] (default *USRCLS)' -r -f -a "*USRCLS\t''
*SPCAUT\t''
*MNUPGM\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -l usrcls -d 'User class [*ALL, *SECOFR, *SECADM, *PGMR, *SYSOPR, *USER] (default *ALL)' -r -f -a "*ALL\t''
*SECOFR\t''
*SECADM\t''
*PGMR\t''
*SYSOPR\t''
*USER\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand PRTUSRPRF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -l option -d 'How to end [*CNTRLD, *IMMED] (default *CNTRLD)' -r -f -a "*CNTRLD\t''
*IMMED\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -l delay -d 'Controlled end delay time [*NOLIMIT, 1 through 99999] (default 3600)' -r -f -a "*NOLIMIT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -l restart -d 'Restart options [*NO, *YES] (default *NO)' -r -f -a "*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -l iplsrc -d 'IPL source [*PANEL, A, B, D] (default *PANEL)' -r -f -a "*PANEL\t''
A\t''
B\t''
D\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand PWRDWNSYS" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -l level -d 'Password level [0 through 4] (default 4)' -r
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -l nopwdcnt -d 'CL var for count [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -l usrprf -d 'CL var for profile names [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand QSYRTVPWDL" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l dev -d 'Device [*SAVF] (required)' -r -f -a "*SAVF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l usrprf -d 'User profile [*ALL, *NEW, a name or a generic name (NAME*) of up to 10 characters] (default *ALL)' -r -f -a "*ALL\t''
*NEW\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l omitusrprf -d 'Omit user profile [*NONE, a name or a generic name (NAME*) of up to 10 characters] (default *NONE)' -r -f -a "*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l savf -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l secdta -d 'Security data [*USRPRF, *PWDGRP, *DCM, *PVTAUT] (default *USRPRF)' -r -f -a "*USRPRF\t''
*PWDGRP\t''
*DCM\t''
*PVTAUT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l alwobjdif -d 'Allow object differences [*NONE, *ALL] (default *NONE)' -r -f -a "*NONE\t''
*ALL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand RSTUSRPRF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l job -d 'CL var for JOB (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l user -d 'CL var for USER (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l nbr -d 'CL var for NBR (6) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l curuser -d 'CL var for CURUSER (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l type -d 'CL var for TYPE (1) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l date -d 'CL var for DATE (6) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l datfmt -d 'CL var for DATFMT (4) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l ccsid -d 'CL var for CCSID (5 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l dftccsid -d 'CL var for DFTCCSID (5 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l sws -d 'CL var for SWS [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l outq -d 'CL var for OUTQ [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l datetime -d 'CL var for DATETIME [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l curlib -d 'CL var for CURLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l usrlibl -d 'CL var for USRLIBL [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l syslibl -d 'CL var for SYSLIBL [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l logclpgm -d 'CL var for LOGCLPGM [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l outqlib -d 'CL var for OUTQLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l prtdev -d 'CL var for PRTDEV [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l prttxt -d 'CL var for PRTTXT [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l inqmsgrpy -d 'CL var for INQMSGRPY [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l acgcde -d 'CL var for ACGCDE [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l langid -d 'CL var for LANGID [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l cntryid -d 'CL var for CNTRYID [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l jobmsgqfl -d 'CL var for JOBMSGQFL [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l sbmmsgq -d 'CL var for SBMMSGQ [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l sbmmsgqlib -d 'CL var for SBMMSGQLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l endsts -d 'CL var for ENDSTS [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l subtype -d 'CL var for SUBTYPE [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand RTVJOBA" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand RTVSYSVAL" -l sysval -d 'System value [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVSYSVAL" -l rtnvar -d 'CL var for returned value [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVSYSVAL" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVSYSVAL" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVSYSVAL" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RTVSYSVAL" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand RTVSYSVAL" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand RTVSYSVAL" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l usrprf -d 'User profile [*CURRENT, a name of up to 10 characters] (default *CURRENT)' -r -f -a "*CURRENT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l rtnusrprf -d 'CL var for RTNUSRPRF (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l spcaut -d 'CL var for SPCAUT (100) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l text -d 'CL var for TEXT (50) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l pwdchgdat -d 'CL var for PWDCHGDAT (6) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l usrcls -d 'CL var for USRCLS (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l pwdexpitv -d 'CL var for PWDEXPITV (5 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l prvsign -d 'CL var for PRVSIGN (13) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l notvldsign -d 'CL var for NOTVLDSIGN (11 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l status -d 'CL var for STATUS (10) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l pwdexp -d 'CL var for PWDEXP (4) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l authmth -d 'CL var for AUTHMTH (20) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l totpoptitv -d 'CL var for TOTPOPTITV (5 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l grpprf -d 'CL var for GRPPRF [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l owner -d 'CL var for OWNER [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l grpaut -d 'CL var for GRPAUT [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l grpauttyp -d 'CL var for GRPAUTTYP [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l supgrpprf -d 'CL var for SUPGRPPRF [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l astlvl -d 'CL var for ASTLVL [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l curlib -d 'CL var for CURLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l inlpgm -d 'CL var for INLPGM [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l inlpgmlib -d 'CL var for INLPGMLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l inlmnu -d 'CL var for INLMNU [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l inlmnulib -d 'CL var for INLMNULIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l lmtcpb -d 'CL var for LMTCPB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l jobd -d 'CL var for JOBD [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l jobdlib -d 'CL var for JOBDLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l acgcde -d 'CL var for ACGCDE [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l msgq -d 'CL var for MSGQ [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l msgqlib -d 'CL var for MSGQLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l dlvry -d 'CL var for DLVRY [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l outq -d 'CL var for OUTQ [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l outqlib -d 'CL var for OUTQLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l prtdev -d 'CL var for PRTDEV [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l spcenv -d 'CL var for SPCENV [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l atnpgm -d 'CL var for ATNPGM [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l atnpgmlib -d 'CL var for ATNPGMLIB [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l langid -d 'CL var for LANGID [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l cntryid -d 'CL var for CNTRYID [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l dspsgninf -d 'CL var for DSPSGNINF [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l lmtdevssn -d 'CL var for LMTDEVSSN [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l kbdbuf -d 'CL var for KBDBUF [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l uid -d 'CL var for UID (10 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l gid -d 'CL var for GID (10 0) [a CL variable &NAME]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand RTVUSRPRF" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -l obj -d 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)' -r -f -a "*LIBL\t''
*CURLIB\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -l objtype -d 'Object type [*USRPRF, *FILE] (required)' -r -f -a "*USRPRF\t''
*FILE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -l user -d 'Users [*PUBLIC, *ALL, a name of up to 10 characters] (required)' -r -f -a "*PUBLIC\t''
*ALL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -l aut -d 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)' -r -f -a "*CHANGE\t''
*ALL\t''
*USE\t''
*EXCLUDE\t''
*OBJOPR\t''
*OBJMGT\t''
*OBJEXIST\t''
*OBJALTER\t''
*OBJREF\t''
*READ\t''
*ADD\t''
*UPD\t''
*DLT\t''
*EXECUTE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand RVKOBJAUT" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -l dev -d 'Device [*SAVF] (required)' -r -f -a "*SAVF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -l savf -d 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]' -r -f -a "*CURLIB\t''
*LIBL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -l clear -d 'Clear [*NONE, *ALL, *REPLACE] (default *NONE)' -r -f -a "*NONE\t''
*ALL\t''
*REPLACE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand SAVSECDTA" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l cmd -d 'Command to run [a CL command] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l job -d 'Job name [*JOBD, a name of up to 10 characters] (default *JOBD)' -r -f -a "*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l user -d 'User [*CURRENT, *JOBD, a name of up to 10 characters] (default *CURRENT)' -r -f -a "*CURRENT\t''
*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l jobq -d 'Job queue [*JOBD, LIBRARY/OBJECT]' -r -f -a "*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l jobpty -d 'Job priority (on JOBQ) [text of up to 5 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l curlib -d 'Current library [*CURUSRPRF, *CRTDFT, a name of up to 10 characters]' -r -f -a "*CURUSRPRF\t''
*CRTDFT\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l rtgdta -d 'Routing data [text of up to 80 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l date -d 'Job date [text of up to 10 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l scdtime -d 'Schedule time [text of up to 8 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l jobd -d 'Job description [*USRPRF, LIBRARY/OBJECT]' -r -f -a "*USRPRF\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l outq -d 'Output queue [*CURRENT, *USRPRF, *DEV, *JOBD, LIBRARY/OBJECT]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*DEV\t''
*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l prtdev -d 'Print device [*CURRENT, *USRPRF, *SYSVAL, *JOBD, a name of up to 10 characters]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''
*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l prttxt -d 'Print text [*CURRENT, *JOBD, *SYSVAL, *BLANK, text of up to 30 characters]' -r -f -a "*CURRENT\t''
*JOBD\t''
*SYSVAL\t''
*BLANK\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l rqsdta -d 'Request data or command [*CMD, *RTGDTA, text of up to 3000 characters]' -r -f -a "*CMD\t''
*RTGDTA\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l syslibl -d 'System library list [*CURRENT, *SYSVAL]' -r -f -a "*CURRENT\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l inllibl -d 'Initial library list [*CURRENT, *JOBD, *SYSVAL, *NONE, a name of up to 10 characters]' -r -f -a "*CURRENT\t''
*JOBD\t''
*SYSVAL\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l log -d 'Message logging [*JOBD, *MSG, *SECLVL, *NOLIST, text of up to 7 characters]' -r -f -a "*JOBD\t''
*MSG\t''
*SECLVL\t''
*NOLIST\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l logclpgm -d 'Log CL program commands [*JOBD, *YES, *NO]' -r -f -a "*JOBD\t''
*YES\t''
*NO\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l logoutput -d 'Job log output [*CURRENT, *JOBD, *SYSVAL, *JOBLOGSVR, *JOBEND, *PND]' -r -f -a "*CURRENT\t''
*JOBD\t''
*SYSVAL\t''
*JOBLOGSVR\t''
*JOBEND\t''
*PND\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l inqmsgrpy -d 'Inquiry message reply [*JOBD, *RQD, *DFT, *SYSRPYL]' -r -f -a "*JOBD\t''
*RQD\t''
*DFT\t''
*SYSRPYL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l hold -d 'Hold on job queue [*JOBD, *NO, *YES]' -r -f -a "*JOBD\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l sws -d 'Job switches [*JOBD, text of up to 8 characters]' -r -f -a "*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l dspsbmjob -d 'Display submitted job [*YES, *NO]' -r -f -a "*YES\t''
*NO\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l msgq -d 'Message queue [*USRPRF, *NONE, LIBRARY/OBJECT]' -r -f -a "*USRPRF\t''
*NONE\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l srtseq -d 'Sort sequence [*CURRENT, *USRPRF, *SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''
*HEX\t''
*LANGIDUNQ\t''
*LANGIDSHR\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l langid -d 'Language ID [*CURRENT, *USRPRF, *SYSVAL, text of up to 8 characters]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l cntryid -d 'Country or region ID [*CURRENT, *USRPRF, *SYSVAL, text of up to 8 characters]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l ccsid -d 'Coded character set ID [*CURRENT, *USRPRF, *SYSVAL, *HEX, 1 through 65535]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*SYSVAL\t''
*HEX\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l jobmsgqmx -d 'Job message queue maximum size [*JOBD, *SYSVAL, 2 through 64]' -r -f -a "*JOBD\t''
*SYSVAL\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l jobmsgqfl -d 'Job message queue full action [*JOBD, *SYSVAL, *NOWRAP, *WRAP, *PRTWRAP]' -r -f -a "*JOBD\t''
*SYSVAL\t''
*NOWRAP\t''
*WRAP\t''
*PRTWRAP\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l acgcde -d 'Accounting code [*CURRENT, *USRPRF, *JOBD, text of up to 15 characters]' -r -f -a "*CURRENT\t''
*USRPRF\t''
*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l outpty -d 'Output priority (on OUTQ) [*JOBD, text of up to 5 characters]' -r -f -a "*JOBD\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l scddate -d 'Schedule date [*CURRENT, *MONTHSTR, *MONTHEND, *MON, *TUE, *WED, *THU, *FRI, *SAT, *SUN, text of up to 10 characters]' -r -f -a "*CURRENT\t''
*MONTHSTR\t''
*MONTHEND\t''
*MON\t''
*TUE\t''
*WED\t''
*THU\t''
*FRI\t''
*SAT\t''
*SUN\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l splfacn -d 'Spooled file action [*SYSVAL, *KEEP, *DETACH]' -r -f -a "*SYSVAL\t''
*KEEP\t''
*DETACH\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l cpyenvvar -d 'Copy environment variables [*NO, *YES]' -r -f -a "*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l alwmltthd -d 'Allow multiple threads [*JOBD, *NO, *YES]' -r -f -a "*JOBD\t''
*NO\t''
*YES\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand SBMJOB" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand SIGNON" -l user -d 'User [a name of up to 10 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand SIGNON" -l password -d 'Password [a secret of up to 128 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SIGNON" -l adlfac -d 'Additional factor [a secret of up to 256 characters]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SIGNON" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand SIGNON" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SIGNON" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand SIGNON" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand SIGNON" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -l msg -d 'Message text [text of up to 512 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -l tomsgq -d 'To work station message queue [*ALLWS, a name of up to 10 characters] (required)' -r -f -a "*ALLWS\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -l msgtype -d 'Message type [*INFO, *INQ] (default *INFO)' -r -f -a "*INFO\t''
*INQ\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand SNDBRKMSG" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -l msg -d 'Message text [text of up to 512 characters] (required)' -r
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -l tousr -d 'To user profile [*SYSOPR, *REQUESTER, a name of up to 10 characters] (default *SYSOPR)' -r -f -a "*SYSOPR\t''
*REQUESTER\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -l msgtype -d 'Message type [*INFO, *INQ] (default *INFO)' -r -f -a "*INFO\t''
*INQ\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -l tomsgq -d 'To message queue [*SYSOPR, *HSTLOG, LIBRARY/OBJECT]' -r -f -a "*SYSOPR\t''
*HSTLOG\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -l system -d 'The simulated system\'s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700' -r
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -l user -d 'The user profile the job runs under [env QSY_USER; default QSECOFR]' -r
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -l output -d 'Output format [env QSY_OUTPUT; default text]' -r -f -a "text\t''
yaml\t''
json\t''"
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -s q -l quiet -d 'Do not print completion messages'
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -l password-stdin -d 'Read the job user\'s password (password:code allowed) from one line of standard input and sign on before the command runs'
complete -c qsy -n "__fish_qsy_using_subcommand SNDMSG" -s h -l help -d 'Print help (see more with \'--help\')'
