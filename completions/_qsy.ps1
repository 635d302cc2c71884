
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'qsy' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'qsy'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'qsy' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Run one CL command given as a string: qsy -c "CHGUSRPRF JSMITH TEXT(''Night operator'')"')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('call', 'call', [CompletionResultType]::ParameterValue, 'Call Program')
            [CompletionResult]::new('chgfcnusg', 'chgfcnusg', [CompletionResultType]::ParameterValue, 'Change Function Usage')
            [CompletionResult]::new('chgobjown', 'chgobjown', [CompletionResultType]::ParameterValue, 'Change Object Owner')
            [CompletionResult]::new('chgpwd', 'chgpwd', [CompletionResultType]::ParameterValue, 'Change Password')
            [CompletionResult]::new('chgseca', 'chgseca', [CompletionResultType]::ParameterValue, 'Change Security Attributes')
            [CompletionResult]::new('chgsysval', 'chgsysval', [CompletionResultType]::ParameterValue, 'Change System Value')
            [CompletionResult]::new('chgtotpkey', 'chgtotpkey', [CompletionResultType]::ParameterValue, 'Change TOTP Key')
            [CompletionResult]::new('chgusrprf', 'chgusrprf', [CompletionResultType]::ParameterValue, 'Change User Profile')
            [CompletionResult]::new('chkobj', 'chkobj', [CompletionResultType]::ParameterValue, 'Check Object')
            [CompletionResult]::new('chktotp', 'chktotp', [CompletionResultType]::ParameterValue, 'Check TOTP')
            [CompletionResult]::new('clrlib', 'clrlib', [CompletionResultType]::ParameterValue, 'Clear Library')
            [CompletionResult]::new('clrsavf', 'clrsavf', [CompletionResultType]::ParameterValue, 'Clear Save File')
            [CompletionResult]::new('crtlib', 'crtlib', [CompletionResultType]::ParameterValue, 'Create Library')
            [CompletionResult]::new('crtsavf', 'crtsavf', [CompletionResultType]::ParameterValue, 'Create Save File')
            [CompletionResult]::new('crtusrprf', 'crtusrprf', [CompletionResultType]::ParameterValue, 'Create User Profile')
            [CompletionResult]::new('dltf', 'dltf', [CompletionResultType]::ParameterValue, 'Delete File')
            [CompletionResult]::new('dltlib', 'dltlib', [CompletionResultType]::ParameterValue, 'Delete Library')
            [CompletionResult]::new('dltusrprf', 'dltusrprf', [CompletionResultType]::ParameterValue, 'Delete User Profile')
            [CompletionResult]::new('dspautusr', 'dspautusr', [CompletionResultType]::ParameterValue, 'Display Authorized Users')
            [CompletionResult]::new('dspjrn', 'dspjrn', [CompletionResultType]::ParameterValue, 'Display Journal')
            [CompletionResult]::new('dspobjaut', 'dspobjaut', [CompletionResultType]::ParameterValue, 'Display Object Authority')
            [CompletionResult]::new('dspobjd', 'dspobjd', [CompletionResultType]::ParameterValue, 'Display Object Description')
            [CompletionResult]::new('dspseca', 'dspseca', [CompletionResultType]::ParameterValue, 'Display Security Attributes')
            [CompletionResult]::new('dspsysval', 'dspsysval', [CompletionResultType]::ParameterValue, 'Display System Value')
            [CompletionResult]::new('dspusrprf', 'dspusrprf', [CompletionResultType]::ParameterValue, 'Display User Profile')
            [CompletionResult]::new('grtobjaut', 'grtobjaut', [CompletionResultType]::ParameterValue, 'Grant Object Authority')
            [CompletionResult]::new('prtusrprf', 'prtusrprf', [CompletionResultType]::ParameterValue, 'Print User Profile')
            [CompletionResult]::new('pwrdwnsys', 'pwrdwnsys', [CompletionResultType]::ParameterValue, 'Power Down System')
            [CompletionResult]::new('qsyrtvpwdl', 'qsyrtvpwdl', [CompletionResultType]::ParameterValue, 'Retrieve Password Level Readiness (qsy)')
            [CompletionResult]::new('rstusrprf', 'rstusrprf', [CompletionResultType]::ParameterValue, 'Restore User Profiles')
            [CompletionResult]::new('rtvjoba', 'rtvjoba', [CompletionResultType]::ParameterValue, 'Retrieve Job Attributes')
            [CompletionResult]::new('rtvsysval', 'rtvsysval', [CompletionResultType]::ParameterValue, 'Retrieve System Value')
            [CompletionResult]::new('rtvusrprf', 'rtvusrprf', [CompletionResultType]::ParameterValue, 'Retrieve User Profile')
            [CompletionResult]::new('rvkobjaut', 'rvkobjaut', [CompletionResultType]::ParameterValue, 'Revoke Object Authority')
            [CompletionResult]::new('savsecdta', 'savsecdta', [CompletionResultType]::ParameterValue, 'Save Security Data')
            [CompletionResult]::new('sbmjob', 'sbmjob', [CompletionResultType]::ParameterValue, 'Submit Job')
            [CompletionResult]::new('signon', 'signon', [CompletionResultType]::ParameterValue, 'Sign On')
            [CompletionResult]::new('sndbrkmsg', 'sndbrkmsg', [CompletionResultType]::ParameterValue, 'Send Break Message')
            [CompletionResult]::new('sndmsg', 'sndmsg', [CompletionResultType]::ParameterValue, 'Send Message')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a batch CL script (a CL source file, or - for standard input)')
            [CompletionResult]::new('ipl', 'ipl', [CompletionResultType]::ParameterValue, 'IPL the simulated system: pending values become current (simulator only)')
            [CompletionResult]::new('dst', 'dst', [CompletionResultType]::ParameterValue, 'Dedicated Service Tools (simulator only): stands for physical access to the console')
            [CompletionResult]::new('console', 'console', [CompletionResultType]::ParameterValue, 'QSECOFR at the system console (simulator only): signs on even while QSECOFR is *DISABLED, then runs a CL command or script as QSECOFR')
            [CompletionResult]::new('sst', 'sst', [CompletionResultType]::ParameterValue, 'System Service Tools options that guard security settings (simulator only)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Build a simulated system from the real partition''s exported inventory (QSYS2.USER_INFO and other CSV files; simulator only)')
            [CompletionResult]::new('readiness', 'readiness', [CompletionResultType]::ParameterValue, 'Report what the move to QPWDLVL 4 and the additional sign-on factor does to each profile, with the commands that fix each finding (simulator only)')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'Create a link named after each command, so `chgusrprf JSMITH ...` works')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'The user''s phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Show the help of a command or topic (qsy help CHGUSRPRF, qsy help run)')
            [CompletionResult]::new('CALL', 'CALL', [CompletionResultType]::ParameterValue, 'Call Program')
            [CompletionResult]::new('CHGFCNUSG', 'CHGFCNUSG', [CompletionResultType]::ParameterValue, 'Change Function Usage')
            [CompletionResult]::new('CHGOBJOWN', 'CHGOBJOWN', [CompletionResultType]::ParameterValue, 'Change Object Owner')
            [CompletionResult]::new('CHGPWD', 'CHGPWD', [CompletionResultType]::ParameterValue, 'Change Password')
            [CompletionResult]::new('CHGSECA', 'CHGSECA', [CompletionResultType]::ParameterValue, 'Change Security Attributes')
            [CompletionResult]::new('CHGSYSVAL', 'CHGSYSVAL', [CompletionResultType]::ParameterValue, 'Change System Value')
            [CompletionResult]::new('CHGTOTPKEY', 'CHGTOTPKEY', [CompletionResultType]::ParameterValue, 'Change TOTP Key')
            [CompletionResult]::new('CHGUSRPRF', 'CHGUSRPRF', [CompletionResultType]::ParameterValue, 'Change User Profile')
            [CompletionResult]::new('CHKOBJ', 'CHKOBJ', [CompletionResultType]::ParameterValue, 'Check Object')
            [CompletionResult]::new('CHKTOTP', 'CHKTOTP', [CompletionResultType]::ParameterValue, 'Check TOTP')
            [CompletionResult]::new('CLRLIB', 'CLRLIB', [CompletionResultType]::ParameterValue, 'Clear Library')
            [CompletionResult]::new('CLRSAVF', 'CLRSAVF', [CompletionResultType]::ParameterValue, 'Clear Save File')
            [CompletionResult]::new('CRTLIB', 'CRTLIB', [CompletionResultType]::ParameterValue, 'Create Library')
            [CompletionResult]::new('CRTSAVF', 'CRTSAVF', [CompletionResultType]::ParameterValue, 'Create Save File')
            [CompletionResult]::new('CRTUSRPRF', 'CRTUSRPRF', [CompletionResultType]::ParameterValue, 'Create User Profile')
            [CompletionResult]::new('DLTF', 'DLTF', [CompletionResultType]::ParameterValue, 'Delete File')
            [CompletionResult]::new('DLTLIB', 'DLTLIB', [CompletionResultType]::ParameterValue, 'Delete Library')
            [CompletionResult]::new('DLTUSRPRF', 'DLTUSRPRF', [CompletionResultType]::ParameterValue, 'Delete User Profile')
            [CompletionResult]::new('DSPAUTUSR', 'DSPAUTUSR', [CompletionResultType]::ParameterValue, 'Display Authorized Users')
            [CompletionResult]::new('DSPJRN', 'DSPJRN', [CompletionResultType]::ParameterValue, 'Display Journal')
            [CompletionResult]::new('DSPOBJAUT', 'DSPOBJAUT', [CompletionResultType]::ParameterValue, 'Display Object Authority')
            [CompletionResult]::new('DSPOBJD', 'DSPOBJD', [CompletionResultType]::ParameterValue, 'Display Object Description')
            [CompletionResult]::new('DSPSECA', 'DSPSECA', [CompletionResultType]::ParameterValue, 'Display Security Attributes')
            [CompletionResult]::new('DSPSYSVAL', 'DSPSYSVAL', [CompletionResultType]::ParameterValue, 'Display System Value')
            [CompletionResult]::new('DSPUSRPRF', 'DSPUSRPRF', [CompletionResultType]::ParameterValue, 'Display User Profile')
            [CompletionResult]::new('GRTOBJAUT', 'GRTOBJAUT', [CompletionResultType]::ParameterValue, 'Grant Object Authority')
            [CompletionResult]::new('PRTUSRPRF', 'PRTUSRPRF', [CompletionResultType]::ParameterValue, 'Print User Profile')
            [CompletionResult]::new('PWRDWNSYS', 'PWRDWNSYS', [CompletionResultType]::ParameterValue, 'Power Down System')
            [CompletionResult]::new('QSYRTVPWDL', 'QSYRTVPWDL', [CompletionResultType]::ParameterValue, 'Retrieve Password Level Readiness (qsy)')
            [CompletionResult]::new('RSTUSRPRF', 'RSTUSRPRF', [CompletionResultType]::ParameterValue, 'Restore User Profiles')
            [CompletionResult]::new('RTVJOBA', 'RTVJOBA', [CompletionResultType]::ParameterValue, 'Retrieve Job Attributes')
            [CompletionResult]::new('RTVSYSVAL', 'RTVSYSVAL', [CompletionResultType]::ParameterValue, 'Retrieve System Value')
            [CompletionResult]::new('RTVUSRPRF', 'RTVUSRPRF', [CompletionResultType]::ParameterValue, 'Retrieve User Profile')
            [CompletionResult]::new('RVKOBJAUT', 'RVKOBJAUT', [CompletionResultType]::ParameterValue, 'Revoke Object Authority')
            [CompletionResult]::new('SAVSECDTA', 'SAVSECDTA', [CompletionResultType]::ParameterValue, 'Save Security Data')
            [CompletionResult]::new('SBMJOB', 'SBMJOB', [CompletionResultType]::ParameterValue, 'Submit Job')
            [CompletionResult]::new('SIGNON', 'SIGNON', [CompletionResultType]::ParameterValue, 'Sign On')
            [CompletionResult]::new('SNDBRKMSG', 'SNDBRKMSG', [CompletionResultType]::ParameterValue, 'Send Break Message')
            [CompletionResult]::new('SNDMSG', 'SNDMSG', [CompletionResultType]::ParameterValue, 'Send Message')
            break
        }
        'qsy;call' {
            [CompletionResult]::new('--pgm', '--pgm', [CompletionResultType]::ParameterName, 'Program [LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--parm', '--parm', [CompletionResultType]::ParameterName, 'Parameters [a CL command]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chgfcnusg' {
            [CompletionResult]::new('--fcnid', '--fcnid', [CompletionResultType]::ParameterName, 'Function ID [QIBM_RUN_UNDER_USER_NO_AUTH] (required)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User [a name of up to 10 characters]')
            [CompletionResult]::new('--usage', '--usage', [CompletionResultType]::ParameterName, 'Usage [*ALLOWED, *DENIED, *NONE]')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Default authority [*SAME, *ALLOWED, *DENIED] (default *SAME)')
            [CompletionResult]::new('--allobjaut', '--allobjaut', [CompletionResultType]::ParameterName, '*ALLOBJ special authority [*SAME, *USED, *NOTUSED] (default *SAME)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chgobjown' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE] (required)')
            [CompletionResult]::new('--newown', '--newown', [CompletionResultType]::ParameterName, 'New owner [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--curownaut', '--curownaut', [CompletionResultType]::ParameterName, 'Current owner authority [*REVOKE, *SAME] (default *REVOKE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chgpwd' {
            [CompletionResult]::new('--curpwd', '--curpwd', [CompletionResultType]::ParameterName, 'Current password [a secret of up to 128 characters] (required)')
            [CompletionResult]::new('--newpwd', '--newpwd', [CompletionResultType]::ParameterName, 'New password [a secret of up to 128 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chgseca' {
            [CompletionResult]::new('--adlsgnfac', '--adlsgnfac', [CompletionResultType]::ParameterName, 'Additional sign-on factor [*SAME, *ENABLED, *DISABLED] (default *SAME)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chgsysval' {
            [CompletionResult]::new('--sysval', '--sysval', [CompletionResultType]::ParameterName, 'System value [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value [*NOMAX, *NONE, *PWDSYSVAL, text of up to 2000 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chgtotpkey' {
            [CompletionResult]::new('--totpkey', '--totpkey', [CompletionResultType]::ParameterName, 'TOTP key [*GEN, *NONE, a secret of up to 32 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chgusrprf' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'User password [*SAME, *NONE, a secret of up to 128 characters] (default *SAME)')
            [CompletionResult]::new('--spcaut', '--spcaut', [CompletionResultType]::ParameterName, 'Special authority [*SAME, *USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *SAME)')
            [CompletionResult]::new('--pwdexp', '--pwdexp', [CompletionResultType]::ParameterName, 'Set password to expired [*SAME, *NO, *YES] (default *SAME)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status [*SAME, *ENABLED, *DISABLED] (default *SAME)')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'User class [*SAME, *USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *SAME)')
            [CompletionResult]::new('--pwdexpitv', '--pwdexpitv', [CompletionResultType]::ParameterName, 'Password expiration interval [*SAME, *SYSVAL, *NOMAX, 1 through 366] (default *SAME)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*SAME, *BLANK, text of up to 50 characters] (default *SAME)')
            [CompletionResult]::new('--authmth', '--authmth', [CompletionResultType]::ParameterName, 'Authentication method [*SAME, *NONE, *TOTP, *REGFAC] (default *SAME)')
            [CompletionResult]::new('--totpoptitv', '--totpoptitv', [CompletionResultType]::ParameterName, 'TOTP optional interval [*SAME, *NONE, 1 through 720] (default *SAME)')
            [CompletionResult]::new('--astlvl', '--astlvl', [CompletionResultType]::ParameterName, 'Assistance level [*SAME, *SYSVAL, *BASIC, *INTERMED, *ADVANCED]')
            [CompletionResult]::new('--curlib', '--curlib', [CompletionResultType]::ParameterName, 'Current library [*SAME, *CRTDFT, a name of up to 10 characters]')
            [CompletionResult]::new('--inlpgm', '--inlpgm', [CompletionResultType]::ParameterName, 'Initial program to call [*SAME, *NONE, LIBRARY/OBJECT]')
            [CompletionResult]::new('--inlmnu', '--inlmnu', [CompletionResultType]::ParameterName, 'Initial menu [*SAME, *SIGNOFF, LIBRARY/OBJECT]')
            [CompletionResult]::new('--lmtcpb', '--lmtcpb', [CompletionResultType]::ParameterName, 'Limit capabilities [*SAME, *NO, *PARTIAL, *YES]')
            [CompletionResult]::new('--spcenv', '--spcenv', [CompletionResultType]::ParameterName, 'Special environment [*SAME, *SYSVAL, *NONE, *S36]')
            [CompletionResult]::new('--dspsgninf', '--dspsgninf', [CompletionResultType]::ParameterName, 'Display sign-on information [*SAME, *SYSVAL, *NO, *YES]')
            [CompletionResult]::new('--pwdchgblk', '--pwdchgblk', [CompletionResultType]::ParameterName, 'Block password change [*SAME, *SYSVAL, *NONE, 1 through 99]')
            [CompletionResult]::new('--lclpwdmgt', '--lclpwdmgt', [CompletionResultType]::ParameterName, 'Local password management [*SAME, *YES, *NO]')
            [CompletionResult]::new('--lmtdevssn', '--lmtdevssn', [CompletionResultType]::ParameterName, 'Limit device sessions [*SAME, *SYSVAL, *NO, *YES]')
            [CompletionResult]::new('--kbdbuf', '--kbdbuf', [CompletionResultType]::ParameterName, 'Keyboard buffering [*SAME, *SYSVAL, *NO, *TYPEAHEAD, *YES]')
            [CompletionResult]::new('--maxstg', '--maxstg', [CompletionResultType]::ParameterName, 'Maximum allowed storage [*SAME, *NOMAX, 1 through 2147483647]')
            [CompletionResult]::new('--ptylmt', '--ptylmt', [CompletionResultType]::ParameterName, 'Highest schedule priority [*SAME, 0 through 9]')
            [CompletionResult]::new('--jobd', '--jobd', [CompletionResultType]::ParameterName, 'Job description [*SAME, LIBRARY/OBJECT]')
            [CompletionResult]::new('--grpprf', '--grpprf', [CompletionResultType]::ParameterName, 'Group profile [*SAME, *NONE, a name of up to 10 characters]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Owner [*SAME, *USRPRF, *GRPPRF]')
            [CompletionResult]::new('--grpaut', '--grpaut', [CompletionResultType]::ParameterName, 'Group authority [*SAME, *NONE, *ALL, *CHANGE, *USE, *EXCLUDE]')
            [CompletionResult]::new('--grpauttyp', '--grpauttyp', [CompletionResultType]::ParameterName, 'Group authority type [*SAME, *PRIVATE, *PGP]')
            [CompletionResult]::new('--supgrpprf', '--supgrpprf', [CompletionResultType]::ParameterName, 'Supplemental groups [*SAME, *NONE, a name of up to 10 characters]')
            [CompletionResult]::new('--acgcde', '--acgcde', [CompletionResultType]::ParameterName, 'Accounting code [*SAME, *BLANK, text of up to 15 characters]')
            [CompletionResult]::new('--msgq', '--msgq', [CompletionResultType]::ParameterName, 'Message queue [*SAME, *USRPRF, LIBRARY/OBJECT]')
            [CompletionResult]::new('--dlvry', '--dlvry', [CompletionResultType]::ParameterName, 'Delivery [*SAME, *NOTIFY, *BREAK, *HOLD, *DFT]')
            [CompletionResult]::new('--sev', '--sev', [CompletionResultType]::ParameterName, 'Severity code filter [*SAME, 0 through 99]')
            [CompletionResult]::new('--prtdev', '--prtdev', [CompletionResultType]::ParameterName, 'Print device [*SAME, *WRKSTN, *SYSVAL, a name of up to 10 characters]')
            [CompletionResult]::new('--outq', '--outq', [CompletionResultType]::ParameterName, 'Output queue [*SAME, *WRKSTN, *DEV, LIBRARY/OBJECT]')
            [CompletionResult]::new('--atnpgm', '--atnpgm', [CompletionResultType]::ParameterName, 'Attention program [*SAME, *SYSVAL, *NONE, *ASSIST, LIBRARY/OBJECT]')
            [CompletionResult]::new('--srtseq', '--srtseq', [CompletionResultType]::ParameterName, 'Sort sequence [*SAME, *SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]')
            [CompletionResult]::new('--langid', '--langid', [CompletionResultType]::ParameterName, 'Language ID [*SAME, *SYSVAL, a name of up to 3 characters]')
            [CompletionResult]::new('--cntryid', '--cntryid', [CompletionResultType]::ParameterName, 'Country or region ID [*SAME, *SYSVAL, a name of up to 2 characters]')
            [CompletionResult]::new('--ccsid', '--ccsid', [CompletionResultType]::ParameterName, 'Coded character set ID [*SAME, *SYSVAL, *HEX, 1 through 65535]')
            [CompletionResult]::new('--chridctl', '--chridctl', [CompletionResultType]::ParameterName, 'Character identifier control [*SAME, *SYSVAL, *DEVD, *JOBCCSID]')
            [CompletionResult]::new('--setjobatr', '--setjobatr', [CompletionResultType]::ParameterName, 'Locale job attributes [*SAME, *SYSVAL, *NONE, *CCSID, *DATFMT, *DATSEP, *DECFMT, *SRTSEQ, *TIMSEP]')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Locale [*SAME, *SYSVAL, *NONE, *C, *POSIX, text of up to 1024 characters]')
            [CompletionResult]::new('--usropt', '--usropt', [CompletionResultType]::ParameterName, 'User options [*SAME, *NONE, *CLKWD, *EXPERT, *HLPFULL, *STSMSG, *NOSTSMSG, *ROLLKEY, *PRTMSG]')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'User ID number [*SAME, *GEN, 1 through 4294967294]')
            [CompletionResult]::new('--gid', '--gid', [CompletionResultType]::ParameterName, 'Group ID number [*SAME, *NONE, *GEN, 1 through 4294967294]')
            [CompletionResult]::new('--homedir', '--homedir', [CompletionResultType]::ParameterName, 'Home directory [*SAME, *USRPRF, text of up to 1024 characters]')
            [CompletionResult]::new('--usrexpdate', '--usrexpdate', [CompletionResultType]::ParameterName, 'User expiration date [*SAME, *NONE, *USREXPITV, text of up to 10 characters]')
            [CompletionResult]::new('--usrexpitv', '--usrexpitv', [CompletionResultType]::ParameterName, 'User expiration interval [*SAME, 1 through 366]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chkobj' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE, *LIB] (required)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*NONE, *ALL, *CHANGE, *USE, *EXCLUDE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *NONE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;chktotp' {
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'User password [a secret of up to 128 characters]')
            [CompletionResult]::new('--totpval', '--totpval', [CompletionResultType]::ParameterName, 'TOTP value [a secret of up to 32 characters]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;clrlib' {
            [CompletionResult]::new('--lib', '--lib', [CompletionResultType]::ParameterName, 'Library [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;clrsavf' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;crtlib' {
            [CompletionResult]::new('--lib', '--lib', [CompletionResultType]::ParameterName, 'Library [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Library type [*PROD, *TEST] (default *PROD)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*BLANK, text of up to 50 characters] (default *BLANK)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*LIBCRTAUT, *CHANGE, *ALL, *USE, *EXCLUDE] (default *LIBCRTAUT)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;crtsavf' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*BLANK, text of up to 50 characters] (default *BLANK)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;crtusrprf' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'User password [*USRPRF, *NONE, a secret of up to 128 characters] (default *USRPRF)')
            [CompletionResult]::new('--pwdexp', '--pwdexp', [CompletionResultType]::ParameterName, 'Set password to expired [*NO, *YES] (default *NO)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status [*ENABLED, *DISABLED] (default *ENABLED)')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'User class [*USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *USER)')
            [CompletionResult]::new('--spcaut', '--spcaut', [CompletionResultType]::ParameterName, 'Special authority [*USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *USRCLS)')
            [CompletionResult]::new('--pwdexpitv', '--pwdexpitv', [CompletionResultType]::ParameterName, 'Password expiration interval [*SYSVAL, *NOMAX, 1 through 366] (default *SYSVAL)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*BLANK, text of up to 50 characters] (default *BLANK)')
            [CompletionResult]::new('--authmth', '--authmth', [CompletionResultType]::ParameterName, 'Authentication method [*NONE, *TOTP, *REGFAC] (default *NONE)')
            [CompletionResult]::new('--totpoptitv', '--totpoptitv', [CompletionResultType]::ParameterName, 'TOTP optional interval [*NONE, 1 through 720] (default *NONE)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*EXCLUDE, *ALL, *CHANGE, *USE] (default *EXCLUDE)')
            [CompletionResult]::new('--astlvl', '--astlvl', [CompletionResultType]::ParameterName, 'Assistance level [*SYSVAL, *BASIC, *INTERMED, *ADVANCED]')
            [CompletionResult]::new('--curlib', '--curlib', [CompletionResultType]::ParameterName, 'Current library [*CRTDFT, a name of up to 10 characters]')
            [CompletionResult]::new('--inlpgm', '--inlpgm', [CompletionResultType]::ParameterName, 'Initial program to call [*NONE, LIBRARY/OBJECT]')
            [CompletionResult]::new('--inlmnu', '--inlmnu', [CompletionResultType]::ParameterName, 'Initial menu [*SIGNOFF, LIBRARY/OBJECT]')
            [CompletionResult]::new('--lmtcpb', '--lmtcpb', [CompletionResultType]::ParameterName, 'Limit capabilities [*NO, *PARTIAL, *YES]')
            [CompletionResult]::new('--spcenv', '--spcenv', [CompletionResultType]::ParameterName, 'Special environment [*SYSVAL, *NONE, *S36]')
            [CompletionResult]::new('--dspsgninf', '--dspsgninf', [CompletionResultType]::ParameterName, 'Display sign-on information [*SYSVAL, *NO, *YES]')
            [CompletionResult]::new('--pwdchgblk', '--pwdchgblk', [CompletionResultType]::ParameterName, 'Block password change [*SYSVAL, *NONE, 1 through 99]')
            [CompletionResult]::new('--lclpwdmgt', '--lclpwdmgt', [CompletionResultType]::ParameterName, 'Local password management [*YES, *NO]')
            [CompletionResult]::new('--lmtdevssn', '--lmtdevssn', [CompletionResultType]::ParameterName, 'Limit device sessions [*SYSVAL, *NO, *YES]')
            [CompletionResult]::new('--kbdbuf', '--kbdbuf', [CompletionResultType]::ParameterName, 'Keyboard buffering [*SYSVAL, *NO, *TYPEAHEAD, *YES]')
            [CompletionResult]::new('--maxstg', '--maxstg', [CompletionResultType]::ParameterName, 'Maximum allowed storage [*NOMAX, 1 through 2147483647]')
            [CompletionResult]::new('--ptylmt', '--ptylmt', [CompletionResultType]::ParameterName, 'Highest schedule priority [0 through 9]')
            [CompletionResult]::new('--jobd', '--jobd', [CompletionResultType]::ParameterName, 'Job description [LIBRARY/OBJECT]')
            [CompletionResult]::new('--grpprf', '--grpprf', [CompletionResultType]::ParameterName, 'Group profile [*NONE, a name of up to 10 characters]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Owner [*USRPRF, *GRPPRF]')
            [CompletionResult]::new('--grpaut', '--grpaut', [CompletionResultType]::ParameterName, 'Group authority [*NONE, *ALL, *CHANGE, *USE, *EXCLUDE]')
            [CompletionResult]::new('--grpauttyp', '--grpauttyp', [CompletionResultType]::ParameterName, 'Group authority type [*PRIVATE, *PGP]')
            [CompletionResult]::new('--supgrpprf', '--supgrpprf', [CompletionResultType]::ParameterName, 'Supplemental groups [*NONE, a name of up to 10 characters]')
            [CompletionResult]::new('--acgcde', '--acgcde', [CompletionResultType]::ParameterName, 'Accounting code [*BLANK, text of up to 15 characters]')
            [CompletionResult]::new('--msgq', '--msgq', [CompletionResultType]::ParameterName, 'Message queue [*USRPRF, LIBRARY/OBJECT]')
            [CompletionResult]::new('--dlvry', '--dlvry', [CompletionResultType]::ParameterName, 'Delivery [*NOTIFY, *BREAK, *HOLD, *DFT]')
            [CompletionResult]::new('--sev', '--sev', [CompletionResultType]::ParameterName, 'Severity code filter [0 through 99]')
            [CompletionResult]::new('--prtdev', '--prtdev', [CompletionResultType]::ParameterName, 'Print device [*WRKSTN, *SYSVAL, a name of up to 10 characters]')
            [CompletionResult]::new('--outq', '--outq', [CompletionResultType]::ParameterName, 'Output queue [*WRKSTN, *DEV, LIBRARY/OBJECT]')
            [CompletionResult]::new('--atnpgm', '--atnpgm', [CompletionResultType]::ParameterName, 'Attention program [*SYSVAL, *NONE, *ASSIST, LIBRARY/OBJECT]')
            [CompletionResult]::new('--srtseq', '--srtseq', [CompletionResultType]::ParameterName, 'Sort sequence [*SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]')
            [CompletionResult]::new('--langid', '--langid', [CompletionResultType]::ParameterName, 'Language ID [*SYSVAL, a name of up to 3 characters]')
            [CompletionResult]::new('--cntryid', '--cntryid', [CompletionResultType]::ParameterName, 'Country or region ID [*SYSVAL, a name of up to 2 characters]')
            [CompletionResult]::new('--ccsid', '--ccsid', [CompletionResultType]::ParameterName, 'Coded character set ID [*SYSVAL, *HEX, 1 through 65535]')
            [CompletionResult]::new('--chridctl', '--chridctl', [CompletionResultType]::ParameterName, 'Character identifier control [*SYSVAL, *DEVD, *JOBCCSID]')
            [CompletionResult]::new('--setjobatr', '--setjobatr', [CompletionResultType]::ParameterName, 'Locale job attributes [*SYSVAL, *NONE, *CCSID, *DATFMT, *DATSEP, *DECFMT, *SRTSEQ, *TIMSEP]')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Locale [*SYSVAL, *NONE, *C, *POSIX, text of up to 1024 characters]')
            [CompletionResult]::new('--usropt', '--usropt', [CompletionResultType]::ParameterName, 'User options [*NONE, *CLKWD, *EXPERT, *HLPFULL, *STSMSG, *NOSTSMSG, *ROLLKEY, *PRTMSG]')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'User ID number [*GEN, 1 through 4294967294]')
            [CompletionResult]::new('--gid', '--gid', [CompletionResultType]::ParameterName, 'Group ID number [*NONE, *GEN, 1 through 4294967294]')
            [CompletionResult]::new('--homedir', '--homedir', [CompletionResultType]::ParameterName, 'Home directory [*USRPRF, text of up to 1024 characters]')
            [CompletionResult]::new('--usrexpdate', '--usrexpdate', [CompletionResultType]::ParameterName, 'User expiration date [*NONE, *USREXPITV, text of up to 10 characters]')
            [CompletionResult]::new('--usrexpitv', '--usrexpitv', [CompletionResultType]::ParameterName, 'User expiration interval [1 through 366]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dltf' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'File [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dltlib' {
            [CompletionResult]::new('--lib', '--lib', [CompletionResultType]::ParameterName, 'Library [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dltusrprf' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dspautusr' {
            [CompletionResult]::new('--seq', '--seq', [CompletionResultType]::ParameterName, 'Sequence [*USRPRF, *GRPPRF] (default *USRPRF)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dspjrn' {
            [CompletionResult]::new('--jrn', '--jrn', [CompletionResultType]::ParameterName, 'Journal [*LIBL, QAUDJRN] (required)')
            [CompletionResult]::new('--enttyp', '--enttyp', [CompletionResultType]::ParameterName, 'Journal entry types [*ALL, CP, DO, SV, PW, DS, IP, CA, OW] (default *ALL)')
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*ALL, a name of up to 10 characters] (default *ALL)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dspobjaut' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dspobjd' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*ALL, *LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF] (required)')
            [CompletionResult]::new('--outfile', '--outfile', [CompletionResultType]::ParameterName, 'File to receive output [*LIBL, *CURLIB, LIBRARY/OBJECT]')
            [CompletionResult]::new('--outmbr', '--outmbr', [CompletionResultType]::ParameterName, 'Output member options [*FIRST, *REPLACE, *ADD] (default *FIRST)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dspseca' {
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dspsysval' {
            [CompletionResult]::new('--sysval', '--sysval', [CompletionResultType]::ParameterName, 'System value [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dspusrprf' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*ALL, a name or a generic name (NAME*) of up to 10 characters] (required)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of information [*BASIC] (default *BASIC)')
            [CompletionResult]::new('--outfile', '--outfile', [CompletionResultType]::ParameterName, 'File to receive output [*LIBL, *CURLIB, LIBRARY/OBJECT]')
            [CompletionResult]::new('--outmbr', '--outmbr', [CompletionResultType]::ParameterName, 'Output member options [*FIRST, *REPLACE, *ADD] (default *FIRST)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;grtobjaut' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE] (required)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Users [*PUBLIC, a name of up to 10 characters] (required)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace authority [*NO, *YES] (default *NO)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;prtusrprf' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of information [*ALL, *AUTINFO, *ENVINFO, *PWDINFO, *PWDLVL] (default *ALL)')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Select by [*USRCLS, *SPCAUT, *MNUPGM] (default *USRCLS)')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'User class [*ALL, *SECOFR, *SECADM, *PGMR, *SYSOPR, *USER] (default *ALL)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;pwrdwnsys' {
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'How to end [*CNTRLD, *IMMED] (default *CNTRLD)')
            [CompletionResult]::new('--delay', '--delay', [CompletionResultType]::ParameterName, 'Controlled end delay time [*NOLIMIT, 1 through 99999] (default 3600)')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart options [*NO, *YES] (default *NO)')
            [CompletionResult]::new('--iplsrc', '--iplsrc', [CompletionResultType]::ParameterName, 'IPL source [*PANEL, A, B, D] (default *PANEL)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;qsyrtvpwdl' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Password level [0 through 4] (default 4)')
            [CompletionResult]::new('--nopwdcnt', '--nopwdcnt', [CompletionResultType]::ParameterName, 'CL var for count [a CL variable &NAME]')
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'CL var for profile names [a CL variable &NAME]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;rstusrprf' {
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device [*SAVF] (required)')
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*ALL, *NEW, a name or a generic name (NAME*) of up to 10 characters] (default *ALL)')
            [CompletionResult]::new('--omitusrprf', '--omitusrprf', [CompletionResultType]::ParameterName, 'Omit user profile [*NONE, a name or a generic name (NAME*) of up to 10 characters] (default *NONE)')
            [CompletionResult]::new('--savf', '--savf', [CompletionResultType]::ParameterName, 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]')
            [CompletionResult]::new('--secdta', '--secdta', [CompletionResultType]::ParameterName, 'Security data [*USRPRF, *PWDGRP, *DCM, *PVTAUT] (default *USRPRF)')
            [CompletionResult]::new('--alwobjdif', '--alwobjdif', [CompletionResultType]::ParameterName, 'Allow object differences [*NONE, *ALL] (default *NONE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;rtvjoba' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'CL var for JOB (10) [a CL variable &NAME]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'CL var for USER (10) [a CL variable &NAME]')
            [CompletionResult]::new('--nbr', '--nbr', [CompletionResultType]::ParameterName, 'CL var for NBR (6) [a CL variable &NAME]')
            [CompletionResult]::new('--curuser', '--curuser', [CompletionResultType]::ParameterName, 'CL var for CURUSER (10) [a CL variable &NAME]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'CL var for TYPE (1) [a CL variable &NAME]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'CL var for DATE (6) [a CL variable &NAME]')
            [CompletionResult]::new('--datfmt', '--datfmt', [CompletionResultType]::ParameterName, 'CL var for DATFMT (4) [a CL variable &NAME]')
            [CompletionResult]::new('--ccsid', '--ccsid', [CompletionResultType]::ParameterName, 'CL var for CCSID (5 0) [a CL variable &NAME]')
            [CompletionResult]::new('--dftccsid', '--dftccsid', [CompletionResultType]::ParameterName, 'CL var for DFTCCSID (5 0) [a CL variable &NAME]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;rtvsysval' {
            [CompletionResult]::new('--sysval', '--sysval', [CompletionResultType]::ParameterName, 'System value [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--rtnvar', '--rtnvar', [CompletionResultType]::ParameterName, 'CL var for returned value [a CL variable &NAME]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;rtvusrprf' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*CURRENT, a name of up to 10 characters] (default *CURRENT)')
            [CompletionResult]::new('--rtnusrprf', '--rtnusrprf', [CompletionResultType]::ParameterName, 'CL var for RTNUSRPRF (10) [a CL variable &NAME]')
            [CompletionResult]::new('--spcaut', '--spcaut', [CompletionResultType]::ParameterName, 'CL var for SPCAUT (100) [a CL variable &NAME]')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'CL var for TEXT (50) [a CL variable &NAME]')
            [CompletionResult]::new('--pwdchgdat', '--pwdchgdat', [CompletionResultType]::ParameterName, 'CL var for PWDCHGDAT (6) [a CL variable &NAME]')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'CL var for USRCLS (10) [a CL variable &NAME]')
            [CompletionResult]::new('--pwdexpitv', '--pwdexpitv', [CompletionResultType]::ParameterName, 'CL var for PWDEXPITV (5 0) [a CL variable &NAME]')
            [CompletionResult]::new('--prvsign', '--prvsign', [CompletionResultType]::ParameterName, 'CL var for PRVSIGN (13) [a CL variable &NAME]')
            [CompletionResult]::new('--notvldsign', '--notvldsign', [CompletionResultType]::ParameterName, 'CL var for NOTVLDSIGN (11 0) [a CL variable &NAME]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'CL var for STATUS (10) [a CL variable &NAME]')
            [CompletionResult]::new('--pwdexp', '--pwdexp', [CompletionResultType]::ParameterName, 'CL var for PWDEXP (4) [a CL variable &NAME]')
            [CompletionResult]::new('--authmth', '--authmth', [CompletionResultType]::ParameterName, 'CL var for AUTHMTH (20) [a CL variable &NAME]')
            [CompletionResult]::new('--totpoptitv', '--totpoptitv', [CompletionResultType]::ParameterName, 'CL var for TOTPOPTITV (5 0) [a CL variable &NAME]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;rvkobjaut' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE] (required)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Users [*PUBLIC, *ALL, a name of up to 10 characters] (required)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;savsecdta' {
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device [*SAVF] (required)')
            [CompletionResult]::new('--savf', '--savf', [CompletionResultType]::ParameterName, 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Clear [*NONE, *ALL, *REPLACE] (default *NONE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;sbmjob' {
            [CompletionResult]::new('--cmd', '--cmd', [CompletionResultType]::ParameterName, 'Command to run [a CL command] (required)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job name [*JOBD, a name of up to 10 characters] (default *JOBD)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User [*CURRENT, *JOBD, a name of up to 10 characters] (default *CURRENT)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;signon' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [a secret of up to 128 characters]')
            [CompletionResult]::new('--adlfac', '--adlfac', [CompletionResultType]::ParameterName, 'Additional factor [a secret of up to 256 characters]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;sndbrkmsg' {
            [CompletionResult]::new('--msg', '--msg', [CompletionResultType]::ParameterName, 'Message text [text of up to 512 characters] (required)')
            [CompletionResult]::new('--tomsgq', '--tomsgq', [CompletionResultType]::ParameterName, 'To work station message queue [*ALLWS, a name of up to 10 characters] (required)')
            [CompletionResult]::new('--msgtype', '--msgtype', [CompletionResultType]::ParameterName, 'Message type [*INFO, *INQ] (default *INFO)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;sndmsg' {
            [CompletionResult]::new('--msg', '--msg', [CompletionResultType]::ParameterName, 'Message text [text of up to 512 characters] (required)')
            [CompletionResult]::new('--tousr', '--tousr', [CompletionResultType]::ParameterName, 'To user profile [*SYSOPR, *REQUESTER, a name of up to 10 characters] (default *SYSOPR)')
            [CompletionResult]::new('--msgtype', '--msgtype', [CompletionResultType]::ParameterName, 'Message type [*INFO, *INQ] (default *INFO)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;run' {
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Durable commit at the end of the script, or after each command')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Parse and validate every statement without touching the store; list problems, notes, simulator-only commands and the program''s parameters; exit 2 when a statement would fail on IBM i')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat notes (prompting in batch, commands inside comments, DCLPRCOPT not applied, ...) as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;ipl' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;dst' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('reset-qsecofr', 'reset-qsecofr', [CompletionResultType]::ParameterValue, 'Reset QSECOFR''s password to QSECOFR (expired) and remove its TOTP key')
            break
        }
        'qsy;dst;reset-qsecofr' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'qsy;console' {
            [CompletionResult]::new('--run', '--run', [CompletionResultType]::ParameterName, 'Run a batch CL script (a CL source file; - for standard input, not with --password-stdin) instead of one command')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;sst' {
            [CompletionResult]::new('--lock-security-values', '--lock-security-values', [CompletionResultType]::ParameterName, 'Lock the security-related system values: CHGSYSVAL refuses them, even for QSECOFR')
            [CompletionResult]::new('--allow-adlsgnfac-change', '--allow-adlsgnfac-change', [CompletionResultType]::ParameterName, 'Allow additional sign-on factor change (CHGSECA ADLSGNFAC)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;import' {
            [CompletionResult]::new('--level23-since', '--level23-since', [CompletionResultType]::ParameterName, 'When QPWDLVL went to 2 or 3 on the real system (2024-03-01 or a timestamp): a password changed on or after it holds a level-4 hash')
            [CompletionResult]::new('--rehearsal-passwords', '--rehearsal-passwords', [CompletionResultType]::ParameterName, 'NAME:password lines giving imported profiles a password to rehearse with (a regular file of yours, mode 0600 or 0400)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the store (--system) if it exists; without it an existing store is never touched')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;readiness' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Text (80 columns), CSV for a spreadsheet, or a self-contained HTML page; --output json gives the JSON document')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the report to FILE (created new, mode 0600) instead of standard output')
            [CompletionResult]::new('--target-qsecurity', '--target-qsecurity', [CompletionResultType]::ParameterName, 'QSECURITY at the target (default: the current or pending one, at least 40)')
            [CompletionResult]::new('--target-qpwdlvl', '--target-qpwdlvl', [CompletionResultType]::ParameterName, 'QPWDLVL at the target (default 4)')
            [CompletionResult]::new('--target-adlsgnfac', '--target-adlsgnfac', [CompletionResultType]::ParameterName, 'The additional sign-on factor at the target (default *ENABLED)')
            [CompletionResult]::new('--job-user', '--job-user', [CompletionResultType]::ParameterName, 'A profile jobs run under without its password (SBMJOB USER, job schedule entries); repeat for more')
            [CompletionResult]::new('--assume-totp', '--assume-totp', [CompletionResultType]::ParameterName, 'Judge every profile with a password as if it had AUTHMTH(*TOTP)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;links' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;totp' {
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Unix seconds or RFC 3339 instead of the job clock')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;help' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CALL' {
            [CompletionResult]::new('--pgm', '--pgm', [CompletionResultType]::ParameterName, 'Program [LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--parm', '--parm', [CompletionResultType]::ParameterName, 'Parameters [a CL command]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHGFCNUSG' {
            [CompletionResult]::new('--fcnid', '--fcnid', [CompletionResultType]::ParameterName, 'Function ID [QIBM_RUN_UNDER_USER_NO_AUTH] (required)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User [a name of up to 10 characters]')
            [CompletionResult]::new('--usage', '--usage', [CompletionResultType]::ParameterName, 'Usage [*ALLOWED, *DENIED, *NONE]')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Default authority [*SAME, *ALLOWED, *DENIED] (default *SAME)')
            [CompletionResult]::new('--allobjaut', '--allobjaut', [CompletionResultType]::ParameterName, '*ALLOBJ special authority [*SAME, *USED, *NOTUSED] (default *SAME)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHGOBJOWN' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE] (required)')
            [CompletionResult]::new('--newown', '--newown', [CompletionResultType]::ParameterName, 'New owner [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--curownaut', '--curownaut', [CompletionResultType]::ParameterName, 'Current owner authority [*REVOKE, *SAME] (default *REVOKE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHGPWD' {
            [CompletionResult]::new('--curpwd', '--curpwd', [CompletionResultType]::ParameterName, 'Current password [a secret of up to 128 characters] (required)')
            [CompletionResult]::new('--newpwd', '--newpwd', [CompletionResultType]::ParameterName, 'New password [a secret of up to 128 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHGSECA' {
            [CompletionResult]::new('--adlsgnfac', '--adlsgnfac', [CompletionResultType]::ParameterName, 'Additional sign-on factor [*SAME, *ENABLED, *DISABLED] (default *SAME)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHGSYSVAL' {
            [CompletionResult]::new('--sysval', '--sysval', [CompletionResultType]::ParameterName, 'System value [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value [*NOMAX, *NONE, *PWDSYSVAL, text of up to 2000 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHGTOTPKEY' {
            [CompletionResult]::new('--totpkey', '--totpkey', [CompletionResultType]::ParameterName, 'TOTP key [*GEN, *NONE, a secret of up to 32 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHGUSRPRF' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'User password [*SAME, *NONE, a secret of up to 128 characters] (default *SAME)')
            [CompletionResult]::new('--spcaut', '--spcaut', [CompletionResultType]::ParameterName, 'Special authority [*SAME, *USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *SAME)')
            [CompletionResult]::new('--pwdexp', '--pwdexp', [CompletionResultType]::ParameterName, 'Set password to expired [*SAME, *NO, *YES] (default *SAME)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status [*SAME, *ENABLED, *DISABLED] (default *SAME)')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'User class [*SAME, *USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *SAME)')
            [CompletionResult]::new('--pwdexpitv', '--pwdexpitv', [CompletionResultType]::ParameterName, 'Password expiration interval [*SAME, *SYSVAL, *NOMAX, 1 through 366] (default *SAME)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*SAME, *BLANK, text of up to 50 characters] (default *SAME)')
            [CompletionResult]::new('--authmth', '--authmth', [CompletionResultType]::ParameterName, 'Authentication method [*SAME, *NONE, *TOTP, *REGFAC] (default *SAME)')
            [CompletionResult]::new('--totpoptitv', '--totpoptitv', [CompletionResultType]::ParameterName, 'TOTP optional interval [*SAME, *NONE, 1 through 720] (default *SAME)')
            [CompletionResult]::new('--astlvl', '--astlvl', [CompletionResultType]::ParameterName, 'Assistance level [*SAME, *SYSVAL, *BASIC, *INTERMED, *ADVANCED]')
            [CompletionResult]::new('--curlib', '--curlib', [CompletionResultType]::ParameterName, 'Current library [*SAME, *CRTDFT, a name of up to 10 characters]')
            [CompletionResult]::new('--inlpgm', '--inlpgm', [CompletionResultType]::ParameterName, 'Initial program to call [*SAME, *NONE, LIBRARY/OBJECT]')
            [CompletionResult]::new('--inlmnu', '--inlmnu', [CompletionResultType]::ParameterName, 'Initial menu [*SAME, *SIGNOFF, LIBRARY/OBJECT]')
            [CompletionResult]::new('--lmtcpb', '--lmtcpb', [CompletionResultType]::ParameterName, 'Limit capabilities [*SAME, *NO, *PARTIAL, *YES]')
            [CompletionResult]::new('--spcenv', '--spcenv', [CompletionResultType]::ParameterName, 'Special environment [*SAME, *SYSVAL, *NONE, *S36]')
            [CompletionResult]::new('--dspsgninf', '--dspsgninf', [CompletionResultType]::ParameterName, 'Display sign-on information [*SAME, *SYSVAL, *NO, *YES]')
            [CompletionResult]::new('--pwdchgblk', '--pwdchgblk', [CompletionResultType]::ParameterName, 'Block password change [*SAME, *SYSVAL, *NONE, 1 through 99]')
            [CompletionResult]::new('--lclpwdmgt', '--lclpwdmgt', [CompletionResultType]::ParameterName, 'Local password management [*SAME, *YES, *NO]')
            [CompletionResult]::new('--lmtdevssn', '--lmtdevssn', [CompletionResultType]::ParameterName, 'Limit device sessions [*SAME, *SYSVAL, *NO, *YES]')
            [CompletionResult]::new('--kbdbuf', '--kbdbuf', [CompletionResultType]::ParameterName, 'Keyboard buffering [*SAME, *SYSVAL, *NO, *TYPEAHEAD, *YES]')
            [CompletionResult]::new('--maxstg', '--maxstg', [CompletionResultType]::ParameterName, 'Maximum allowed storage [*SAME, *NOMAX, 1 through 2147483647]')
            [CompletionResult]::new('--ptylmt', '--ptylmt', [CompletionResultType]::ParameterName, 'Highest schedule priority [*SAME, 0 through 9]')
            [CompletionResult]::new('--jobd', '--jobd', [CompletionResultType]::ParameterName, 'Job description [*SAME, LIBRARY/OBJECT]')
            [CompletionResult]::new('--grpprf', '--grpprf', [CompletionResultType]::ParameterName, 'Group profile [*SAME, *NONE, a name of up to 10 characters]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Owner [*SAME, *USRPRF, *GRPPRF]')
            [CompletionResult]::new('--grpaut', '--grpaut', [CompletionResultType]::ParameterName, 'Group authority [*SAME, *NONE, *ALL, *CHANGE, *USE, *EXCLUDE]')
            [CompletionResult]::new('--grpauttyp', '--grpauttyp', [CompletionResultType]::ParameterName, 'Group authority type [*SAME, *PRIVATE, *PGP]')
            [CompletionResult]::new('--supgrpprf', '--supgrpprf', [CompletionResultType]::ParameterName, 'Supplemental groups [*SAME, *NONE, a name of up to 10 characters]')
            [CompletionResult]::new('--acgcde', '--acgcde', [CompletionResultType]::ParameterName, 'Accounting code [*SAME, *BLANK, text of up to 15 characters]')
            [CompletionResult]::new('--msgq', '--msgq', [CompletionResultType]::ParameterName, 'Message queue [*SAME, *USRPRF, LIBRARY/OBJECT]')
            [CompletionResult]::new('--dlvry', '--dlvry', [CompletionResultType]::ParameterName, 'Delivery [*SAME, *NOTIFY, *BREAK, *HOLD, *DFT]')
            [CompletionResult]::new('--sev', '--sev', [CompletionResultType]::ParameterName, 'Severity code filter [*SAME, 0 through 99]')
            [CompletionResult]::new('--prtdev', '--prtdev', [CompletionResultType]::ParameterName, 'Print device [*SAME, *WRKSTN, *SYSVAL, a name of up to 10 characters]')
            [CompletionResult]::new('--outq', '--outq', [CompletionResultType]::ParameterName, 'Output queue [*SAME, *WRKSTN, *DEV, LIBRARY/OBJECT]')
            [CompletionResult]::new('--atnpgm', '--atnpgm', [CompletionResultType]::ParameterName, 'Attention program [*SAME, *SYSVAL, *NONE, *ASSIST, LIBRARY/OBJECT]')
            [CompletionResult]::new('--srtseq', '--srtseq', [CompletionResultType]::ParameterName, 'Sort sequence [*SAME, *SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]')
            [CompletionResult]::new('--langid', '--langid', [CompletionResultType]::ParameterName, 'Language ID [*SAME, *SYSVAL, a name of up to 3 characters]')
            [CompletionResult]::new('--cntryid', '--cntryid', [CompletionResultType]::ParameterName, 'Country or region ID [*SAME, *SYSVAL, a name of up to 2 characters]')
            [CompletionResult]::new('--ccsid', '--ccsid', [CompletionResultType]::ParameterName, 'Coded character set ID [*SAME, *SYSVAL, *HEX, 1 through 65535]')
            [CompletionResult]::new('--chridctl', '--chridctl', [CompletionResultType]::ParameterName, 'Character identifier control [*SAME, *SYSVAL, *DEVD, *JOBCCSID]')
            [CompletionResult]::new('--setjobatr', '--setjobatr', [CompletionResultType]::ParameterName, 'Locale job attributes [*SAME, *SYSVAL, *NONE, *CCSID, *DATFMT, *DATSEP, *DECFMT, *SRTSEQ, *TIMSEP]')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Locale [*SAME, *SYSVAL, *NONE, *C, *POSIX, text of up to 1024 characters]')
            [CompletionResult]::new('--usropt', '--usropt', [CompletionResultType]::ParameterName, 'User options [*SAME, *NONE, *CLKWD, *EXPERT, *HLPFULL, *STSMSG, *NOSTSMSG, *ROLLKEY, *PRTMSG]')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'User ID number [*SAME, *GEN, 1 through 4294967294]')
            [CompletionResult]::new('--gid', '--gid', [CompletionResultType]::ParameterName, 'Group ID number [*SAME, *NONE, *GEN, 1 through 4294967294]')
            [CompletionResult]::new('--homedir', '--homedir', [CompletionResultType]::ParameterName, 'Home directory [*SAME, *USRPRF, text of up to 1024 characters]')
            [CompletionResult]::new('--usrexpdate', '--usrexpdate', [CompletionResultType]::ParameterName, 'User expiration date [*SAME, *NONE, *USREXPITV, text of up to 10 characters]')
            [CompletionResult]::new('--usrexpitv', '--usrexpitv', [CompletionResultType]::ParameterName, 'User expiration interval [*SAME, 1 through 366]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHKOBJ' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE, *LIB] (required)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*NONE, *ALL, *CHANGE, *USE, *EXCLUDE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *NONE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CHKTOTP' {
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'User password [a secret of up to 128 characters]')
            [CompletionResult]::new('--totpval', '--totpval', [CompletionResultType]::ParameterName, 'TOTP value [a secret of up to 32 characters]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CLRLIB' {
            [CompletionResult]::new('--lib', '--lib', [CompletionResultType]::ParameterName, 'Library [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CLRSAVF' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CRTLIB' {
            [CompletionResult]::new('--lib', '--lib', [CompletionResultType]::ParameterName, 'Library [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Library type [*PROD, *TEST] (default *PROD)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*BLANK, text of up to 50 characters] (default *BLANK)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*LIBCRTAUT, *CHANGE, *ALL, *USE, *EXCLUDE] (default *LIBCRTAUT)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CRTSAVF' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*BLANK, text of up to 50 characters] (default *BLANK)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;CRTUSRPRF' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'User password [*USRPRF, *NONE, a secret of up to 128 characters] (default *USRPRF)')
            [CompletionResult]::new('--pwdexp', '--pwdexp', [CompletionResultType]::ParameterName, 'Set password to expired [*NO, *YES] (default *NO)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status [*ENABLED, *DISABLED] (default *ENABLED)')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'User class [*USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *USER)')
            [CompletionResult]::new('--spcaut', '--spcaut', [CompletionResultType]::ParameterName, 'Special authority [*USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *USRCLS)')
            [CompletionResult]::new('--pwdexpitv', '--pwdexpitv', [CompletionResultType]::ParameterName, 'Password expiration interval [*SYSVAL, *NOMAX, 1 through 366] (default *SYSVAL)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*BLANK, text of up to 50 characters] (default *BLANK)')
            [CompletionResult]::new('--authmth', '--authmth', [CompletionResultType]::ParameterName, 'Authentication method [*NONE, *TOTP, *REGFAC] (default *NONE)')
            [CompletionResult]::new('--totpoptitv', '--totpoptitv', [CompletionResultType]::ParameterName, 'TOTP optional interval [*NONE, 1 through 720] (default *NONE)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*EXCLUDE, *ALL, *CHANGE, *USE] (default *EXCLUDE)')
            [CompletionResult]::new('--astlvl', '--astlvl', [CompletionResultType]::ParameterName, 'Assistance level [*SYSVAL, *BASIC, *INTERMED, *ADVANCED]')
            [CompletionResult]::new('--curlib', '--curlib', [CompletionResultType]::ParameterName, 'Current library [*CRTDFT, a name of up to 10 characters]')
            [CompletionResult]::new('--inlpgm', '--inlpgm', [CompletionResultType]::ParameterName, 'Initial program to call [*NONE, LIBRARY/OBJECT]')
            [CompletionResult]::new('--inlmnu', '--inlmnu', [CompletionResultType]::ParameterName, 'Initial menu [*SIGNOFF, LIBRARY/OBJECT]')
            [CompletionResult]::new('--lmtcpb', '--lmtcpb', [CompletionResultType]::ParameterName, 'Limit capabilities [*NO, *PARTIAL, *YES]')
            [CompletionResult]::new('--spcenv', '--spcenv', [CompletionResultType]::ParameterName, 'Special environment [*SYSVAL, *NONE, *S36]')
            [CompletionResult]::new('--dspsgninf', '--dspsgninf', [CompletionResultType]::ParameterName, 'Display sign-on information [*SYSVAL, *NO, *YES]')
            [CompletionResult]::new('--pwdchgblk', '--pwdchgblk', [CompletionResultType]::ParameterName, 'Block password change [*SYSVAL, *NONE, 1 through 99]')
            [CompletionResult]::new('--lclpwdmgt', '--lclpwdmgt', [CompletionResultType]::ParameterName, 'Local password management [*YES, *NO]')
            [CompletionResult]::new('--lmtdevssn', '--lmtdevssn', [CompletionResultType]::ParameterName, 'Limit device sessions [*SYSVAL, *NO, *YES]')
            [CompletionResult]::new('--kbdbuf', '--kbdbuf', [CompletionResultType]::ParameterName, 'Keyboard buffering [*SYSVAL, *NO, *TYPEAHEAD, *YES]')
            [CompletionResult]::new('--maxstg', '--maxstg', [CompletionResultType]::ParameterName, 'Maximum allowed storage [*NOMAX, 1 through 2147483647]')
            [CompletionResult]::new('--ptylmt', '--ptylmt', [CompletionResultType]::ParameterName, 'Highest schedule priority [0 through 9]')
            [CompletionResult]::new('--jobd', '--jobd', [CompletionResultType]::ParameterName, 'Job description [LIBRARY/OBJECT]')
            [CompletionResult]::new('--grpprf', '--grpprf', [CompletionResultType]::ParameterName, 'Group profile [*NONE, a name of up to 10 characters]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Owner [*USRPRF, *GRPPRF]')
            [CompletionResult]::new('--grpaut', '--grpaut', [CompletionResultType]::ParameterName, 'Group authority [*NONE, *ALL, *CHANGE, *USE, *EXCLUDE]')
            [CompletionResult]::new('--grpauttyp', '--grpauttyp', [CompletionResultType]::ParameterName, 'Group authority type [*PRIVATE, *PGP]')
            [CompletionResult]::new('--supgrpprf', '--supgrpprf', [CompletionResultType]::ParameterName, 'Supplemental groups [*NONE, a name of up to 10 characters]')
            [CompletionResult]::new('--acgcde', '--acgcde', [CompletionResultType]::ParameterName, 'Accounting code [*BLANK, text of up to 15 characters]')
            [CompletionResult]::new('--msgq', '--msgq', [CompletionResultType]::ParameterName, 'Message queue [*USRPRF, LIBRARY/OBJECT]')
            [CompletionResult]::new('--dlvry', '--dlvry', [CompletionResultType]::ParameterName, 'Delivery [*NOTIFY, *BREAK, *HOLD, *DFT]')
            [CompletionResult]::new('--sev', '--sev', [CompletionResultType]::ParameterName, 'Severity code filter [0 through 99]')
            [CompletionResult]::new('--prtdev', '--prtdev', [CompletionResultType]::ParameterName, 'Print device [*WRKSTN, *SYSVAL, a name of up to 10 characters]')
            [CompletionResult]::new('--outq', '--outq', [CompletionResultType]::ParameterName, 'Output queue [*WRKSTN, *DEV, LIBRARY/OBJECT]')
            [CompletionResult]::new('--atnpgm', '--atnpgm', [CompletionResultType]::ParameterName, 'Attention program [*SYSVAL, *NONE, *ASSIST, LIBRARY/OBJECT]')
            [CompletionResult]::new('--srtseq', '--srtseq', [CompletionResultType]::ParameterName, 'Sort sequence [*SYSVAL, *HEX, *LANGIDUNQ, *LANGIDSHR, LIBRARY/OBJECT]')
            [CompletionResult]::new('--langid', '--langid', [CompletionResultType]::ParameterName, 'Language ID [*SYSVAL, a name of up to 3 characters]')
            [CompletionResult]::new('--cntryid', '--cntryid', [CompletionResultType]::ParameterName, 'Country or region ID [*SYSVAL, a name of up to 2 characters]')
            [CompletionResult]::new('--ccsid', '--ccsid', [CompletionResultType]::ParameterName, 'Coded character set ID [*SYSVAL, *HEX, 1 through 65535]')
            [CompletionResult]::new('--chridctl', '--chridctl', [CompletionResultType]::ParameterName, 'Character identifier control [*SYSVAL, *DEVD, *JOBCCSID]')
            [CompletionResult]::new('--setjobatr', '--setjobatr', [CompletionResultType]::ParameterName, 'Locale job attributes [*SYSVAL, *NONE, *CCSID, *DATFMT, *DATSEP, *DECFMT, *SRTSEQ, *TIMSEP]')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Locale [*SYSVAL, *NONE, *C, *POSIX, text of up to 1024 characters]')
            [CompletionResult]::new('--usropt', '--usropt', [CompletionResultType]::ParameterName, 'User options [*NONE, *CLKWD, *EXPERT, *HLPFULL, *STSMSG, *NOSTSMSG, *ROLLKEY, *PRTMSG]')
            [CompletionResult]::new('--uid', '--uid', [CompletionResultType]::ParameterName, 'User ID number [*GEN, 1 through 4294967294]')
            [CompletionResult]::new('--gid', '--gid', [CompletionResultType]::ParameterName, 'Group ID number [*NONE, *GEN, 1 through 4294967294]')
            [CompletionResult]::new('--homedir', '--homedir', [CompletionResultType]::ParameterName, 'Home directory [*USRPRF, text of up to 1024 characters]')
            [CompletionResult]::new('--usrexpdate', '--usrexpdate', [CompletionResultType]::ParameterName, 'User expiration date [*NONE, *USREXPITV, text of up to 10 characters]')
            [CompletionResult]::new('--usrexpitv', '--usrexpitv', [CompletionResultType]::ParameterName, 'User expiration interval [1 through 366]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DLTF' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'File [*CURLIB, *LIBL, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DLTLIB' {
            [CompletionResult]::new('--lib', '--lib', [CompletionResultType]::ParameterName, 'Library [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DLTUSRPRF' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DSPAUTUSR' {
            [CompletionResult]::new('--seq', '--seq', [CompletionResultType]::ParameterName, 'Sequence [*USRPRF, *GRPPRF] (default *USRPRF)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DSPJRN' {
            [CompletionResult]::new('--jrn', '--jrn', [CompletionResultType]::ParameterName, 'Journal [*LIBL, QAUDJRN] (required)')
            [CompletionResult]::new('--enttyp', '--enttyp', [CompletionResultType]::ParameterName, 'Journal entry types [*ALL, CP, DO, SV, PW, DS, IP, CA, OW] (default *ALL)')
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*ALL, a name of up to 10 characters] (default *ALL)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DSPOBJAUT' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DSPOBJD' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*ALL, *LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF] (required)')
            [CompletionResult]::new('--outfile', '--outfile', [CompletionResultType]::ParameterName, 'File to receive output [*LIBL, *CURLIB, LIBRARY/OBJECT]')
            [CompletionResult]::new('--outmbr', '--outmbr', [CompletionResultType]::ParameterName, 'Output member options [*FIRST, *REPLACE, *ADD] (default *FIRST)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DSPSECA' {
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DSPSYSVAL' {
            [CompletionResult]::new('--sysval', '--sysval', [CompletionResultType]::ParameterName, 'System value [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;DSPUSRPRF' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*ALL, a name or a generic name (NAME*) of up to 10 characters] (required)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of information [*BASIC] (default *BASIC)')
            [CompletionResult]::new('--outfile', '--outfile', [CompletionResultType]::ParameterName, 'File to receive output [*LIBL, *CURLIB, LIBRARY/OBJECT]')
            [CompletionResult]::new('--outmbr', '--outmbr', [CompletionResultType]::ParameterName, 'Output member options [*FIRST, *REPLACE, *ADD] (default *FIRST)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;GRTOBJAUT' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE] (required)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Users [*PUBLIC, a name of up to 10 characters] (required)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace authority [*NO, *YES] (default *NO)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;PRTUSRPRF' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of information [*ALL, *AUTINFO, *ENVINFO, *PWDINFO, *PWDLVL] (default *ALL)')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Select by [*USRCLS, *SPCAUT, *MNUPGM] (default *USRCLS)')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'User class [*ALL, *SECOFR, *SECADM, *PGMR, *SYSOPR, *USER] (default *ALL)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;PWRDWNSYS' {
            [CompletionResult]::new('--option', '--option', [CompletionResultType]::ParameterName, 'How to end [*CNTRLD, *IMMED] (default *CNTRLD)')
            [CompletionResult]::new('--delay', '--delay', [CompletionResultType]::ParameterName, 'Controlled end delay time [*NOLIMIT, 1 through 99999] (default 3600)')
            [CompletionResult]::new('--restart', '--restart', [CompletionResultType]::ParameterName, 'Restart options [*NO, *YES] (default *NO)')
            [CompletionResult]::new('--iplsrc', '--iplsrc', [CompletionResultType]::ParameterName, 'IPL source [*PANEL, A, B, D] (default *PANEL)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;QSYRTVPWDL' {
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Password level [0 through 4] (default 4)')
            [CompletionResult]::new('--nopwdcnt', '--nopwdcnt', [CompletionResultType]::ParameterName, 'CL var for count [a CL variable &NAME]')
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'CL var for profile names [a CL variable &NAME]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;RSTUSRPRF' {
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device [*SAVF] (required)')
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*ALL, *NEW, a name or a generic name (NAME*) of up to 10 characters] (default *ALL)')
            [CompletionResult]::new('--omitusrprf', '--omitusrprf', [CompletionResultType]::ParameterName, 'Omit user profile [*NONE, a name or a generic name (NAME*) of up to 10 characters] (default *NONE)')
            [CompletionResult]::new('--savf', '--savf', [CompletionResultType]::ParameterName, 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]')
            [CompletionResult]::new('--secdta', '--secdta', [CompletionResultType]::ParameterName, 'Security data [*USRPRF, *PWDGRP, *DCM, *PVTAUT] (default *USRPRF)')
            [CompletionResult]::new('--alwobjdif', '--alwobjdif', [CompletionResultType]::ParameterName, 'Allow object differences [*NONE, *ALL] (default *NONE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;RTVJOBA' {
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'CL var for JOB (10) [a CL variable &NAME]')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'CL var for USER (10) [a CL variable &NAME]')
            [CompletionResult]::new('--nbr', '--nbr', [CompletionResultType]::ParameterName, 'CL var for NBR (6) [a CL variable &NAME]')
            [CompletionResult]::new('--curuser', '--curuser', [CompletionResultType]::ParameterName, 'CL var for CURUSER (10) [a CL variable &NAME]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'CL var for TYPE (1) [a CL variable &NAME]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'CL var for DATE (6) [a CL variable &NAME]')
            [CompletionResult]::new('--datfmt', '--datfmt', [CompletionResultType]::ParameterName, 'CL var for DATFMT (4) [a CL variable &NAME]')
            [CompletionResult]::new('--ccsid', '--ccsid', [CompletionResultType]::ParameterName, 'CL var for CCSID (5 0) [a CL variable &NAME]')
            [CompletionResult]::new('--dftccsid', '--dftccsid', [CompletionResultType]::ParameterName, 'CL var for DFTCCSID (5 0) [a CL variable &NAME]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;RTVSYSVAL' {
            [CompletionResult]::new('--sysval', '--sysval', [CompletionResultType]::ParameterName, 'System value [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--rtnvar', '--rtnvar', [CompletionResultType]::ParameterName, 'CL var for returned value [a CL variable &NAME]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;RTVUSRPRF' {
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*CURRENT, a name of up to 10 characters] (default *CURRENT)')
            [CompletionResult]::new('--rtnusrprf', '--rtnusrprf', [CompletionResultType]::ParameterName, 'CL var for RTNUSRPRF (10) [a CL variable &NAME]')
            [CompletionResult]::new('--spcaut', '--spcaut', [CompletionResultType]::ParameterName, 'CL var for SPCAUT (100) [a CL variable &NAME]')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'CL var for TEXT (50) [a CL variable &NAME]')
            [CompletionResult]::new('--pwdchgdat', '--pwdchgdat', [CompletionResultType]::ParameterName, 'CL var for PWDCHGDAT (6) [a CL variable &NAME]')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'CL var for USRCLS (10) [a CL variable &NAME]')
            [CompletionResult]::new('--pwdexpitv', '--pwdexpitv', [CompletionResultType]::ParameterName, 'CL var for PWDEXPITV (5 0) [a CL variable &NAME]')
            [CompletionResult]::new('--prvsign', '--prvsign', [CompletionResultType]::ParameterName, 'CL var for PRVSIGN (13) [a CL variable &NAME]')
            [CompletionResult]::new('--notvldsign', '--notvldsign', [CompletionResultType]::ParameterName, 'CL var for NOTVLDSIGN (11 0) [a CL variable &NAME]')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'CL var for STATUS (10) [a CL variable &NAME]')
            [CompletionResult]::new('--pwdexp', '--pwdexp', [CompletionResultType]::ParameterName, 'CL var for PWDEXP (4) [a CL variable &NAME]')
            [CompletionResult]::new('--authmth', '--authmth', [CompletionResultType]::ParameterName, 'CL var for AUTHMTH (20) [a CL variable &NAME]')
            [CompletionResult]::new('--totpoptitv', '--totpoptitv', [CompletionResultType]::ParameterName, 'CL var for TOTPOPTITV (5 0) [a CL variable &NAME]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;RVKOBJAUT' {
            [CompletionResult]::new('--obj', '--obj', [CompletionResultType]::ParameterName, 'Object [*LIBL, *CURLIB, LIBRARY/OBJECT] (required)')
            [CompletionResult]::new('--objtype', '--objtype', [CompletionResultType]::ParameterName, 'Object type [*USRPRF, *FILE] (required)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Users [*PUBLIC, *ALL, a name of up to 10 characters] (required)')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [*ALL, *EXCLUDE, *CHANGE, *USE, *OBJOPR, *OBJMGT, *OBJEXIST, *OBJALTER, *OBJREF, *READ, *ADD, *UPD, *DLT, *EXECUTE] (default *CHANGE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;SAVSECDTA' {
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Device [*SAVF] (required)')
            [CompletionResult]::new('--savf', '--savf', [CompletionResultType]::ParameterName, 'Save file [*CURLIB, *LIBL, LIBRARY/OBJECT]')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Clear [*NONE, *ALL, *REPLACE] (default *NONE)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;SBMJOB' {
            [CompletionResult]::new('--cmd', '--cmd', [CompletionResultType]::ParameterName, 'Command to run [a CL command] (required)')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Job name [*JOBD, a name of up to 10 characters] (default *JOBD)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User [*CURRENT, *JOBD, a name of up to 10 characters] (default *CURRENT)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;SIGNON' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'Password [a secret of up to 128 characters]')
            [CompletionResult]::new('--adlfac', '--adlfac', [CompletionResultType]::ParameterName, 'Additional factor [a secret of up to 256 characters]')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;SNDBRKMSG' {
            [CompletionResult]::new('--msg', '--msg', [CompletionResultType]::ParameterName, 'Message text [text of up to 512 characters] (required)')
            [CompletionResult]::new('--tomsgq', '--tomsgq', [CompletionResultType]::ParameterName, 'To work station message queue [*ALLWS, a name of up to 10 characters] (required)')
            [CompletionResult]::new('--msgtype', '--msgtype', [CompletionResultType]::ParameterName, 'Message type [*INFO, *INQ] (default *INFO)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'qsy;SNDMSG' {
            [CompletionResult]::new('--msg', '--msg', [CompletionResultType]::ParameterName, 'Message text [text of up to 512 characters] (required)')
            [CompletionResult]::new('--tousr', '--tousr', [CompletionResultType]::ParameterName, 'To user profile [*SYSOPR, *REQUESTER, a name of up to 10 characters] (default *SYSOPR)')
            [CompletionResult]::new('--msgtype', '--msgtype', [CompletionResultType]::ParameterName, 'Message type [*INFO, *INQ] (default *INFO)')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
