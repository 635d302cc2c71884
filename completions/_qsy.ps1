
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
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Run one CL command given as a string')
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'The simulated system''s store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user profile the job runs under [env QSY_USER; default QSECOFR]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env QSY_OUTPUT; default text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not print completion messages')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the job user''s password (password:code allowed) from one line of standard input and sign on before the command runs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('chgfcnusg', 'chgfcnusg', [CompletionResultType]::ParameterValue, 'Change Function Usage')
            [CompletionResult]::new('chgobjown', 'chgobjown', [CompletionResultType]::ParameterValue, 'Change Object Owner')
            [CompletionResult]::new('chgpwd', 'chgpwd', [CompletionResultType]::ParameterValue, 'Change Password')
            [CompletionResult]::new('chgseca', 'chgseca', [CompletionResultType]::ParameterValue, 'Change Security Attributes')
            [CompletionResult]::new('chgsysval', 'chgsysval', [CompletionResultType]::ParameterValue, 'Change System Value')
            [CompletionResult]::new('chgtotpkey', 'chgtotpkey', [CompletionResultType]::ParameterValue, 'Change TOTP Key')
            [CompletionResult]::new('chgusrprf', 'chgusrprf', [CompletionResultType]::ParameterValue, 'Change User Profile')
            [CompletionResult]::new('chgvar', 'chgvar', [CompletionResultType]::ParameterValue, 'Change Variable')
            [CompletionResult]::new('chktotp', 'chktotp', [CompletionResultType]::ParameterValue, 'Check TOTP')
            [CompletionResult]::new('clrsavf', 'clrsavf', [CompletionResultType]::ParameterValue, 'Clear Save File')
            [CompletionResult]::new('copyright', 'copyright', [CompletionResultType]::ParameterValue, 'Copyright')
            [CompletionResult]::new('crtsavf', 'crtsavf', [CompletionResultType]::ParameterValue, 'Create Save File')
            [CompletionResult]::new('crtusrprf', 'crtusrprf', [CompletionResultType]::ParameterValue, 'Create User Profile')
            [CompletionResult]::new('dcl', 'dcl', [CompletionResultType]::ParameterValue, 'Declare CL Variable')
            [CompletionResult]::new('dclprcopt', 'dclprcopt', [CompletionResultType]::ParameterValue, 'Declare Processing Options')
            [CompletionResult]::new('dltf', 'dltf', [CompletionResultType]::ParameterValue, 'Delete File')
            [CompletionResult]::new('dltusrprf', 'dltusrprf', [CompletionResultType]::ParameterValue, 'Delete User Profile')
            [CompletionResult]::new('do', 'do', [CompletionResultType]::ParameterValue, 'Do Group')
            [CompletionResult]::new('dspautusr', 'dspautusr', [CompletionResultType]::ParameterValue, 'Display Authorized Users')
            [CompletionResult]::new('dspjrn', 'dspjrn', [CompletionResultType]::ParameterValue, 'Display Journal')
            [CompletionResult]::new('dspobjaut', 'dspobjaut', [CompletionResultType]::ParameterValue, 'Display Object Authority')
            [CompletionResult]::new('dspseca', 'dspseca', [CompletionResultType]::ParameterValue, 'Display Security Attributes')
            [CompletionResult]::new('dspsysval', 'dspsysval', [CompletionResultType]::ParameterValue, 'Display System Value')
            [CompletionResult]::new('dspusrprf', 'dspusrprf', [CompletionResultType]::ParameterValue, 'Display User Profile')
            [CompletionResult]::new('else', 'else', [CompletionResultType]::ParameterValue, 'Else')
            [CompletionResult]::new('enddo', 'enddo', [CompletionResultType]::ParameterValue, 'End Do')
            [CompletionResult]::new('endpgm', 'endpgm', [CompletionResultType]::ParameterValue, 'End Program')
            [CompletionResult]::new('goto', 'goto', [CompletionResultType]::ParameterValue, 'Go To')
            [CompletionResult]::new('grtobjaut', 'grtobjaut', [CompletionResultType]::ParameterValue, 'Grant Object Authority')
            [CompletionResult]::new('if', 'if', [CompletionResultType]::ParameterValue, 'If')
            [CompletionResult]::new('include', 'include', [CompletionResultType]::ParameterValue, 'Include CL Source')
            [CompletionResult]::new('monmsg', 'monmsg', [CompletionResultType]::ParameterValue, 'Monitor Message')
            [CompletionResult]::new('pgm', 'pgm', [CompletionResultType]::ParameterValue, 'Program')
            [CompletionResult]::new('prtusrprf', 'prtusrprf', [CompletionResultType]::ParameterValue, 'Print User Profile')
            [CompletionResult]::new('pwrdwnsys', 'pwrdwnsys', [CompletionResultType]::ParameterValue, 'Power Down System')
            [CompletionResult]::new('qsygentotp', 'qsygentotp', [CompletionResultType]::ParameterValue, 'Generate TOTP Value')
            [CompletionResult]::new('qsyrtvpwdl', 'qsyrtvpwdl', [CompletionResultType]::ParameterValue, 'Retrieve Password Level Readiness (qsy)')
            [CompletionResult]::new('rstusrprf', 'rstusrprf', [CompletionResultType]::ParameterValue, 'Restore User Profiles')
            [CompletionResult]::new('rtvsysval', 'rtvsysval', [CompletionResultType]::ParameterValue, 'Retrieve System Value')
            [CompletionResult]::new('rvkobjaut', 'rvkobjaut', [CompletionResultType]::ParameterValue, 'Revoke Object Authority')
            [CompletionResult]::new('savsecdta', 'savsecdta', [CompletionResultType]::ParameterValue, 'Save Security Data')
            [CompletionResult]::new('sbmjob', 'sbmjob', [CompletionResultType]::ParameterValue, 'Submit Job')
            [CompletionResult]::new('signon', 'signon', [CompletionResultType]::ParameterValue, 'Sign On')
            [CompletionResult]::new('sndpgmmsg', 'sndpgmmsg', [CompletionResultType]::ParameterValue, 'Send Program Message')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a batch CL script (a CL source file, or - for standard input)')
            [CompletionResult]::new('ipl', 'ipl', [CompletionResultType]::ParameterValue, 'IPL the simulated system: pending values become current (simulator only)')
            [CompletionResult]::new('dst', 'dst', [CompletionResultType]::ParameterValue, 'Dedicated Service Tools (simulator only): stands for physical access to the console')
            [CompletionResult]::new('sst', 'sst', [CompletionResultType]::ParameterValue, 'System Service Tools options that guard security settings (simulator only)')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'Create a link named after each command, so `chgusrprf JSMITH ...` works')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'The user''s phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qsy;chgfcnusg' {
            [CompletionResult]::new('--fcnid', '--fcnid', [CompletionResultType]::ParameterName, 'Function ID [QIBM_RUN_UNDER_USER_NO_AUTH] (required)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User [a name of up to 10 characters]')
            [CompletionResult]::new('--usage', '--usage', [CompletionResultType]::ParameterName, 'Usage [*ALLOWED, *DENIED]')
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
            [CompletionResult]::new('--pwdexp', '--pwdexp', [CompletionResultType]::ParameterName, 'Set password to expired [*SAME, *NO, *YES] (default *SAME)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Status [*SAME, *ENABLED, *DISABLED] (default *SAME)')
            [CompletionResult]::new('--usrcls', '--usrcls', [CompletionResultType]::ParameterName, 'User class [*SAME, *USER, *SYSOPR, *PGMR, *SECADM, *SECOFR] (default *SAME)')
            [CompletionResult]::new('--spcaut', '--spcaut', [CompletionResultType]::ParameterName, 'Special authority [*SAME, *USRCLS, *NONE, *ALLOBJ, *AUDIT, *IOSYSCFG, *JOBCTL, *SAVSYS, *SECADM, *SERVICE, *SPLCTL] (default *SAME)')
            [CompletionResult]::new('--pwdexpitv', '--pwdexpitv', [CompletionResultType]::ParameterName, 'Password expiration interval [*SAME, *SYSVAL, *NOMAX, 1 through 366] (default *SAME)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Text ''description'' [*SAME, *BLANK, text of up to 50 characters] (default *SAME)')
            [CompletionResult]::new('--authmth', '--authmth', [CompletionResultType]::ParameterName, 'Authentication method [*SAME, *NONE, *TOTP, *REGFAC] (default *SAME)')
            [CompletionResult]::new('--totpoptitv', '--totpoptitv', [CompletionResultType]::ParameterName, 'TOTP optional interval [*SAME, *NONE, 1 through 720] (default *SAME)')
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
        'qsy;chgvar' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'CL variable name [a CL variable &NAME] (required)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value [text of up to 32767 characters] (required)')
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
        'qsy;copyright' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Copyright text [text of up to 256 characters] (required)')
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
        'qsy;dcl' {
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'CL variable name [a CL variable &NAME] (required)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type [*CHAR, *DEC, *LGL, *INT] (required)')
            [CompletionResult]::new('--len', '--len', [CompletionResultType]::ParameterName, 'Length [1 through 32767]')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Initial value [text of up to 32767 characters]')
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
        'qsy;dclprcopt' {
            [CompletionResult]::new('--subrstack', '--subrstack', [CompletionResultType]::ParameterName, 'Subroutine stack size [text of up to 20 characters]')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Log commands [text of up to 10 characters]')
            [CompletionResult]::new('--alwrtvsrc', '--alwrtvsrc', [CompletionResultType]::ParameterName, 'Allow RTVCLSRC [text of up to 10 characters]')
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [text of up to 10 characters]')
            [CompletionResult]::new('--aut', '--aut', [CompletionResultType]::ParameterName, 'Authority [text of up to 10 characters]')
            [CompletionResult]::new('--tgtrls', '--tgtrls', [CompletionResultType]::ParameterName, 'Target release [text of up to 10 characters]')
            [CompletionResult]::new('--srtseq', '--srtseq', [CompletionResultType]::ParameterName, 'Sort sequence [text of up to 21 characters]')
            [CompletionResult]::new('--langid', '--langid', [CompletionResultType]::ParameterName, 'Language ID [text of up to 10 characters]')
            [CompletionResult]::new('--optimize', '--optimize', [CompletionResultType]::ParameterName, 'Optimization [text of up to 10 characters]')
            [CompletionResult]::new('--dbgview', '--dbgview', [CompletionResultType]::ParameterName, 'Debugging view [text of up to 10 characters]')
            [CompletionResult]::new('--enbpfrcol', '--enbpfrcol', [CompletionResultType]::ParameterName, 'Enable performance collection [text of up to 10 characters]')
            [CompletionResult]::new('--dftactgrp', '--dftactgrp', [CompletionResultType]::ParameterName, 'Default activation group [text of up to 10 characters]')
            [CompletionResult]::new('--actgrp', '--actgrp', [CompletionResultType]::ParameterName, 'Activation group [text of up to 10 characters]')
            [CompletionResult]::new('--stgmdl', '--stgmdl', [CompletionResultType]::ParameterName, 'Storage model [text of up to 10 characters]')
            [CompletionResult]::new('--bnddir', '--bnddir', [CompletionResultType]::ParameterName, 'Binding directory [text of up to 21 characters]')
            [CompletionResult]::new('--bndsrvpgm', '--bndsrvpgm', [CompletionResultType]::ParameterName, 'Bind service program [text of up to 21 characters]')
            [CompletionResult]::new('--incdir', '--incdir', [CompletionResultType]::ParameterName, 'Include directory [text of up to 5000 characters]')
            [CompletionResult]::new('--ccsid', '--ccsid', [CompletionResultType]::ParameterName, 'Coded character set ID [text of up to 10 characters]')
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
        'qsy;do' {
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
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [a name of up to 10 characters] (required)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type of information [*BASIC] (default *BASIC)')
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
        'qsy;else' {
            [CompletionResult]::new('--cmd', '--cmd', [CompletionResultType]::ParameterName, 'Command [a CL command]')
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
        'qsy;enddo' {
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
        'qsy;endpgm' {
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
        'qsy;goto' {
            [CompletionResult]::new('--cmdlbl', '--cmdlbl', [CompletionResultType]::ParameterName, 'Command label [a name of up to 10 characters] (required)')
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
        'qsy;if' {
            [CompletionResult]::new('--cond', '--cond', [CompletionResultType]::ParameterName, 'Condition [text of up to 32767 characters] (required)')
            [CompletionResult]::new('--then', '--then', [CompletionResultType]::ParameterName, 'Command [a CL command]')
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
        'qsy;include' {
            [CompletionResult]::new('--srcmbr', '--srcmbr', [CompletionResultType]::ParameterName, 'Source member [a name of up to 10 characters]')
            [CompletionResult]::new('--srcfile', '--srcfile', [CompletionResultType]::ParameterName, 'Source file [*INCFILE, *LIBL, *CURLIB, LIBRARY/OBJECT]')
            [CompletionResult]::new('--srcstmf', '--srcstmf', [CompletionResultType]::ParameterName, 'Source stream file [text of up to 5000 characters]')
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
        'qsy;monmsg' {
            [CompletionResult]::new('--msgid', '--msgid', [CompletionResultType]::ParameterName, 'Message identifier [text of up to 7 characters] (required)')
            [CompletionResult]::new('--cmpdta', '--cmpdta', [CompletionResultType]::ParameterName, 'Comparison data [*NONE, text of up to 28 characters] (default *NONE)')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'Command to execute [a CL command]')
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
        'qsy;pgm' {
            [CompletionResult]::new('--parm', '--parm', [CompletionResultType]::ParameterName, 'Parameter CL variable names [a CL variable &NAME]')
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
        'qsy;qsygentotp' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'TOTP key [a secret of up to 32 characters] (required)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Time [*CURRENT, text of up to 32 characters] (default *CURRENT)')
            [CompletionResult]::new('--rtnval', '--rtnval', [CompletionResultType]::ParameterName, 'CL var for TOTP value [a CL variable &NAME] (required)')
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
            [CompletionResult]::new('--usrprf', '--usrprf', [CompletionResultType]::ParameterName, 'User profile [*ALL, *NEW, a name of up to 10 characters] (default *ALL)')
            [CompletionResult]::new('--omitusrprf', '--omitusrprf', [CompletionResultType]::ParameterName, 'Omit user profile [*NONE, a name of up to 10 characters] (default *NONE)')
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
        'qsy;sndpgmmsg' {
            [CompletionResult]::new('--msg', '--msg', [CompletionResultType]::ParameterName, 'Message text [text of up to 3000 characters]')
            [CompletionResult]::new('--msgid', '--msgid', [CompletionResultType]::ParameterName, 'Message identifier [text of up to 7 characters]')
            [CompletionResult]::new('--msgf', '--msgf', [CompletionResultType]::ParameterName, 'Message file [*LIBL, *CURLIB, LIBRARY/OBJECT]')
            [CompletionResult]::new('--msgdta', '--msgdta', [CompletionResultType]::ParameterName, 'Message data field values [*NONE, text of up to 3000 characters] (default *NONE)')
            [CompletionResult]::new('--topgmq', '--topgmq', [CompletionResultType]::ParameterName, 'Call stack entry message queue [*PRV, *SAME, *EXT, *, text of up to 10 characters] (default *PRV)')
            [CompletionResult]::new('--msgtype', '--msgtype', [CompletionResultType]::ParameterName, 'Message type [*INFO, *COMP, *DIAG, *ESCAPE] (default *INFO)')
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
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'qsy;dst' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('reset-qsecofr', 'reset-qsecofr', [CompletionResultType]::ParameterValue, 'Reset QSECOFR''s password to QSECOFR (expired) and remove its TOTP key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qsy;dst;reset-qsecofr' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'qsy;dst;help' {
            [CompletionResult]::new('reset-qsecofr', 'reset-qsecofr', [CompletionResultType]::ParameterValue, 'Reset QSECOFR''s password to QSECOFR (expired) and remove its TOTP key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qsy;dst;help;reset-qsecofr' {
            break
        }
        'qsy;dst;help;help' {
            break
        }
        'qsy;sst' {
            [CompletionResult]::new('--lock-security-values', '--lock-security-values', [CompletionResultType]::ParameterName, 'Lock the security-related system values: CHGSYSVAL refuses them, even for QSECOFR')
            [CompletionResult]::new('--allow-adlsgnfac-change', '--allow-adlsgnfac-change', [CompletionResultType]::ParameterName, 'Allow additional sign-on factor change (CHGSECA ADLSGNFAC)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'qsy;links' {
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'qsy;totp' {
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Unix seconds or RFC 3339 instead of the job clock')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'qsy;help' {
            [CompletionResult]::new('chgfcnusg', 'chgfcnusg', [CompletionResultType]::ParameterValue, 'Change Function Usage')
            [CompletionResult]::new('chgobjown', 'chgobjown', [CompletionResultType]::ParameterValue, 'Change Object Owner')
            [CompletionResult]::new('chgpwd', 'chgpwd', [CompletionResultType]::ParameterValue, 'Change Password')
            [CompletionResult]::new('chgseca', 'chgseca', [CompletionResultType]::ParameterValue, 'Change Security Attributes')
            [CompletionResult]::new('chgsysval', 'chgsysval', [CompletionResultType]::ParameterValue, 'Change System Value')
            [CompletionResult]::new('chgtotpkey', 'chgtotpkey', [CompletionResultType]::ParameterValue, 'Change TOTP Key')
            [CompletionResult]::new('chgusrprf', 'chgusrprf', [CompletionResultType]::ParameterValue, 'Change User Profile')
            [CompletionResult]::new('chgvar', 'chgvar', [CompletionResultType]::ParameterValue, 'Change Variable')
            [CompletionResult]::new('chktotp', 'chktotp', [CompletionResultType]::ParameterValue, 'Check TOTP')
            [CompletionResult]::new('clrsavf', 'clrsavf', [CompletionResultType]::ParameterValue, 'Clear Save File')
            [CompletionResult]::new('copyright', 'copyright', [CompletionResultType]::ParameterValue, 'Copyright')
            [CompletionResult]::new('crtsavf', 'crtsavf', [CompletionResultType]::ParameterValue, 'Create Save File')
            [CompletionResult]::new('crtusrprf', 'crtusrprf', [CompletionResultType]::ParameterValue, 'Create User Profile')
            [CompletionResult]::new('dcl', 'dcl', [CompletionResultType]::ParameterValue, 'Declare CL Variable')
            [CompletionResult]::new('dclprcopt', 'dclprcopt', [CompletionResultType]::ParameterValue, 'Declare Processing Options')
            [CompletionResult]::new('dltf', 'dltf', [CompletionResultType]::ParameterValue, 'Delete File')
            [CompletionResult]::new('dltusrprf', 'dltusrprf', [CompletionResultType]::ParameterValue, 'Delete User Profile')
            [CompletionResult]::new('do', 'do', [CompletionResultType]::ParameterValue, 'Do Group')
            [CompletionResult]::new('dspautusr', 'dspautusr', [CompletionResultType]::ParameterValue, 'Display Authorized Users')
            [CompletionResult]::new('dspjrn', 'dspjrn', [CompletionResultType]::ParameterValue, 'Display Journal')
            [CompletionResult]::new('dspobjaut', 'dspobjaut', [CompletionResultType]::ParameterValue, 'Display Object Authority')
            [CompletionResult]::new('dspseca', 'dspseca', [CompletionResultType]::ParameterValue, 'Display Security Attributes')
            [CompletionResult]::new('dspsysval', 'dspsysval', [CompletionResultType]::ParameterValue, 'Display System Value')
            [CompletionResult]::new('dspusrprf', 'dspusrprf', [CompletionResultType]::ParameterValue, 'Display User Profile')
            [CompletionResult]::new('else', 'else', [CompletionResultType]::ParameterValue, 'Else')
            [CompletionResult]::new('enddo', 'enddo', [CompletionResultType]::ParameterValue, 'End Do')
            [CompletionResult]::new('endpgm', 'endpgm', [CompletionResultType]::ParameterValue, 'End Program')
            [CompletionResult]::new('goto', 'goto', [CompletionResultType]::ParameterValue, 'Go To')
            [CompletionResult]::new('grtobjaut', 'grtobjaut', [CompletionResultType]::ParameterValue, 'Grant Object Authority')
            [CompletionResult]::new('if', 'if', [CompletionResultType]::ParameterValue, 'If')
            [CompletionResult]::new('include', 'include', [CompletionResultType]::ParameterValue, 'Include CL Source')
            [CompletionResult]::new('monmsg', 'monmsg', [CompletionResultType]::ParameterValue, 'Monitor Message')
            [CompletionResult]::new('pgm', 'pgm', [CompletionResultType]::ParameterValue, 'Program')
            [CompletionResult]::new('prtusrprf', 'prtusrprf', [CompletionResultType]::ParameterValue, 'Print User Profile')
            [CompletionResult]::new('pwrdwnsys', 'pwrdwnsys', [CompletionResultType]::ParameterValue, 'Power Down System')
            [CompletionResult]::new('qsygentotp', 'qsygentotp', [CompletionResultType]::ParameterValue, 'Generate TOTP Value')
            [CompletionResult]::new('qsyrtvpwdl', 'qsyrtvpwdl', [CompletionResultType]::ParameterValue, 'Retrieve Password Level Readiness (qsy)')
            [CompletionResult]::new('rstusrprf', 'rstusrprf', [CompletionResultType]::ParameterValue, 'Restore User Profiles')
            [CompletionResult]::new('rtvsysval', 'rtvsysval', [CompletionResultType]::ParameterValue, 'Retrieve System Value')
            [CompletionResult]::new('rvkobjaut', 'rvkobjaut', [CompletionResultType]::ParameterValue, 'Revoke Object Authority')
            [CompletionResult]::new('savsecdta', 'savsecdta', [CompletionResultType]::ParameterValue, 'Save Security Data')
            [CompletionResult]::new('sbmjob', 'sbmjob', [CompletionResultType]::ParameterValue, 'Submit Job')
            [CompletionResult]::new('signon', 'signon', [CompletionResultType]::ParameterValue, 'Sign On')
            [CompletionResult]::new('sndpgmmsg', 'sndpgmmsg', [CompletionResultType]::ParameterValue, 'Send Program Message')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a batch CL script (a CL source file, or - for standard input)')
            [CompletionResult]::new('ipl', 'ipl', [CompletionResultType]::ParameterValue, 'IPL the simulated system: pending values become current (simulator only)')
            [CompletionResult]::new('dst', 'dst', [CompletionResultType]::ParameterValue, 'Dedicated Service Tools (simulator only): stands for physical access to the console')
            [CompletionResult]::new('sst', 'sst', [CompletionResultType]::ParameterValue, 'System Service Tools options that guard security settings (simulator only)')
            [CompletionResult]::new('links', 'links', [CompletionResultType]::ParameterValue, 'Create a link named after each command, so `chgusrprf JSMITH ...` works')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'The user''s phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'qsy;help;chgfcnusg' {
            break
        }
        'qsy;help;chgobjown' {
            break
        }
        'qsy;help;chgpwd' {
            break
        }
        'qsy;help;chgseca' {
            break
        }
        'qsy;help;chgsysval' {
            break
        }
        'qsy;help;chgtotpkey' {
            break
        }
        'qsy;help;chgusrprf' {
            break
        }
        'qsy;help;chgvar' {
            break
        }
        'qsy;help;chktotp' {
            break
        }
        'qsy;help;clrsavf' {
            break
        }
        'qsy;help;copyright' {
            break
        }
        'qsy;help;crtsavf' {
            break
        }
        'qsy;help;crtusrprf' {
            break
        }
        'qsy;help;dcl' {
            break
        }
        'qsy;help;dclprcopt' {
            break
        }
        'qsy;help;dltf' {
            break
        }
        'qsy;help;dltusrprf' {
            break
        }
        'qsy;help;do' {
            break
        }
        'qsy;help;dspautusr' {
            break
        }
        'qsy;help;dspjrn' {
            break
        }
        'qsy;help;dspobjaut' {
            break
        }
        'qsy;help;dspseca' {
            break
        }
        'qsy;help;dspsysval' {
            break
        }
        'qsy;help;dspusrprf' {
            break
        }
        'qsy;help;else' {
            break
        }
        'qsy;help;enddo' {
            break
        }
        'qsy;help;endpgm' {
            break
        }
        'qsy;help;goto' {
            break
        }
        'qsy;help;grtobjaut' {
            break
        }
        'qsy;help;if' {
            break
        }
        'qsy;help;include' {
            break
        }
        'qsy;help;monmsg' {
            break
        }
        'qsy;help;pgm' {
            break
        }
        'qsy;help;prtusrprf' {
            break
        }
        'qsy;help;pwrdwnsys' {
            break
        }
        'qsy;help;qsygentotp' {
            break
        }
        'qsy;help;qsyrtvpwdl' {
            break
        }
        'qsy;help;rstusrprf' {
            break
        }
        'qsy;help;rtvsysval' {
            break
        }
        'qsy;help;rvkobjaut' {
            break
        }
        'qsy;help;savsecdta' {
            break
        }
        'qsy;help;sbmjob' {
            break
        }
        'qsy;help;signon' {
            break
        }
        'qsy;help;sndpgmmsg' {
            break
        }
        'qsy;help;run' {
            break
        }
        'qsy;help;ipl' {
            break
        }
        'qsy;help;dst' {
            [CompletionResult]::new('reset-qsecofr', 'reset-qsecofr', [CompletionResultType]::ParameterValue, 'Reset QSECOFR''s password to QSECOFR (expired) and remove its TOTP key')
            break
        }
        'qsy;help;dst;reset-qsecofr' {
            break
        }
        'qsy;help;sst' {
            break
        }
        'qsy;help;links' {
            break
        }
        'qsy;help;totp' {
            break
        }
        'qsy;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
