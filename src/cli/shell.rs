//! The shell form (`qsy chgusrprf JSMITH --authmth '*TOTP'`): a clap `Command` built from
//! each definition, which also gives `--help`, the man pages and the completions.

use crate::lang::cl::{self, RawCommand, RawParam, RawValue};
use crate::lang::defs::{CommandDef, ParamDef, ParamKind, COMMANDS};
use crate::lang::validate::choices;
use crate::messages::{msg, Failure, QResult};
use clap::{Arg, ArgAction, Command};

fn value_name(p: &ParamDef) -> String {
    match p.kind {
        ParamKind::Int => "NUMBER".into(),
        ParamKind::Password => "SECRET".into(),
        ParamKind::Qualified => "LIB/OBJ".into(),
        ParamKind::Command => "CL-COMMAND".into(),
        ParamKind::Variable => "&VAR".into(),
        _ => p.keyword().to_string(),
    }
}

fn short_help(p: &ParamDef) -> String {
    let mut s = format!("{} [{}]", p.prompt(), choices(p));
    if let Some(d) = p.default() {
        s.push_str(&format!(" (default {d})"));
    }
    if p.required {
        s.push_str(" (required)");
    }
    s
}

fn long_help(p: &ParamDef) -> String {
    let mut s = format!("{} ({})\n\nValues: {}", p.prompt(), p.keyword(), choices(p));
    if p.list > 0 {
        s.push_str(&format!("; a list of up to {}", p.list));
    }
    if let Some(d) = p.default() {
        s.push_str(&format!("\nDefault: {d}"));
    }
    if p.required {
        s.push_str("\nRequired.");
    }
    if !p.help().is_empty() {
        s.push_str("\n\n");
        s.push_str(p.help());
    }
    s
}

/// Global options as clap arguments (shown in every command's help), from the one table
/// of global options.
pub fn global_args() -> Vec<Arg> {
    super::globals::OPTIONS
        .iter()
        .map(|o| {
            let mut arg = Arg::new(o.id).long(o.long).help(o.help);
            if let Some(short) = o.short {
                arg = arg.short(short);
            }
            match o.value_name {
                Some(name) => {
                    arg = arg.value_name(name);
                    if !o.values.is_empty() {
                        arg = arg.value_parser(o.values.to_vec());
                    }
                    arg
                }
                None => arg.action(ArgAction::SetTrue),
            }
        })
        .collect()
}

/// Characters that mean something to sh, bash or zsh outside quotes: CL text holding any
/// of them must be quoted before it can be pasted into a shell.
const SHELL_SPECIAL: &[char] = &[
    '*', '(', ')', '\'', '"', '&', ';', '<', '>', '|', '$', '!', '?', '[', ']', '#', '~', '`',
    '\\', '{', '}', ' ',
];

/// CL text as one shell word that pastes into sh, bash or zsh as it stands: in single
/// quotes; in double quotes when the CL has quotes of its own and nothing that a shell
/// expands inside double quotes; otherwise in single quotes with each CL quote written
/// `'\''`.
pub fn shell_word(cl: &str) -> String {
    if !cl.contains('\'') {
        format!("'{cl}'")
    } else if !cl.contains(['"', '$', '`', '\\', '!']) {
        format!("\"{cl}\"")
    } else {
        format!("'{}'", cl.replace('\'', "'\\''"))
    }
}

/// A CL command as a `qsy` command line that works when pasted into a shell: the command as
/// it is when it needs no quoting (`qsy DSPSECA`), else as one quoted word
/// (`qsy 'CHGUSRPRF USRPRF(JSMITH) AUTHMTH(*TOTP)'`).
pub fn pasteable(cl: &str) -> String {
    match cl.split_once(' ') {
        Some((_, rest)) if rest.contains(SHELL_SPECIAL) => format!("qsy {}", shell_word(cl)),
        _ => format!("qsy {cl}"),
    }
}

/// The clap command for one CL command.
pub fn command(def: &'static CommandDef) -> Command {
    let mut long = format!("{}\n\n{}", def.title(), def.help());
    if def.simulator_only {
        long.push_str("\n\nSimulator only: this command does not exist on IBM i; `qsy run --check` lists its uses.");
    }
    let mut after = String::new();
    let mut examples = String::new();
    if def.script_only {
        after.push_str(
            "A CL program statement: it works only inside a CL script run with `qsy run FILE`\n\
             (`qsy help run`), not as a command of its own.\n",
        );
        for (cl, says) in def.examples() {
            examples.push_str(&format!("  {cl}\n      {says}\n"));
        }
        if !examples.is_empty() {
            after.push_str("\nExamples (lines of a CL script):\n");
            after.push_str(&examples);
        }
    } else {
        let name = def.name();
        let forms = [
            (
                format!("qsy '{name} KEYWORD(value) …'"),
                "CL form, one quoted argument",
            ),
            (
                format!("qsy -c \"{name} KEYWORD('text') …\""),
                "CL form with CL quotes inside",
            ),
            (
                format!("qsy {} --keyword value …", name.to_lowercase()),
                "shell form",
            ),
        ];
        let width = forms
            .iter()
            .map(|(f, _)| f.chars().count())
            .max()
            .unwrap_or(0);
        after.push_str("Both forms work (quote CL for the shell: `qsy help` says how):\n");
        for (form, what) in &forms {
            let pad = width - form.chars().count();
            after.push_str(&format!("  {form}{}   {what}\n", " ".repeat(pad)));
        }
        // An example that uses a CL variable (&CODE) works only in a script.
        let in_script = |cl: &str| {
            cl.char_indices().any(|(i, c)| {
                c == '&' && cl[i + 1..].starts_with(|n: char| n.is_ascii_alphabetic())
            })
        };
        let mut scripted = String::new();
        for (cl, says) in def.examples() {
            if in_script(cl) {
                scripted.push_str(&format!("  {cl}\n      {says}\n"));
            } else {
                examples.push_str(&format!("  {}\n      {says}\n", pasteable(cl)));
            }
        }
        if !examples.is_empty() {
            after.push_str("\nExamples:\n");
            after.push_str(&examples);
        }
        if !scripted.is_empty() {
            after.push_str("\nIn a CL script (qsy run FILE), with CL variables:\n");
            after.push_str(&scripted);
        }
    }
    let mut cmd = Command::new(def.name().to_lowercase())
        .about(def.title().to_string())
        .long_about(long)
        .after_long_help(after)
        .disable_version_flag(true);
    for (i, p) in def.params().iter().enumerate() {
        // `--output` is the global output format; OUTPUT(*PRINT) stays available in CL form.
        if SHADOWED.contains(&p.keyword()) {
            continue;
        }
        if i < def.max_positional {
            cmd = cmd.arg(
                Arg::new(format!("@{}", p.keyword()))
                    .value_name(p.keyword())
                    .index(i + 1)
                    .help(format!(
                        "{} (positional form of --{})",
                        p.prompt(),
                        p.keyword().to_lowercase()
                    )),
            );
        }
        let mut arg = Arg::new(p.keyword())
            .long(p.keyword().to_lowercase())
            .value_name(value_name(p))
            .help(short_help(p))
            .long_help(long_help(p))
            .allow_hyphen_values(true);
        arg = if p.list > 0 {
            arg.action(ArgAction::Append)
        } else {
            arg.action(ArgAction::Set)
        };
        let offered = offered_values(p);
        if !offered.is_empty() {
            // The values feed the completions (`--authmth <TAB>` offers *NONE *TOTP
            // *REGFAC); CL validation still checks what is given.
            arg = arg
                .value_parser(Offered(offered.iter().map(|v| v.to_string()).collect()))
                .hide_possible_values(true);
        }
        cmd = cmd.arg(arg);
    }
    for g in global_args() {
        // A command's own USER parameter wins over the global --user after the command.
        if g.get_id() == "user" && def.param("USER").is_some() {
            continue;
        }
        cmd = cmd.arg(g);
    }
    cmd
}

/// The values a completion offers for a parameter: its special values, single values and
/// allowed values, each once, in the definition's order.
pub fn offered_values(p: &ParamDef) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = Vec::new();
    for v in p.values().iter().chain(p.special()).chain(p.single()) {
        if !all.contains(&v) {
            all.push(v);
        }
    }
    all
}

/// A value parser that accepts any text (the CL validator judges it) but names the
/// parameter's special values, so that the completions offer them.
#[derive(Clone)]
struct Offered(Vec<String>);

impl clap::builder::TypedValueParser for Offered {
    type Value = String;

    fn parse_ref(
        &self,
        _cmd: &Command,
        _arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        Ok(value.to_string_lossy().into_owned())
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            self.0
                .iter()
                .map(|v| clap::builder::PossibleValue::new(v.clone())),
        ))
    }
}

/// The command tree the shell completions are generated from: [`top_command`], plus every
/// CL command under its upper-case name too (`qsy CHGUSRPRF --authmth <TAB>`), so both
/// spellings complete. (Help lists each command once.)
/// Script statements are left out: they do not run as commands.
pub fn completion_command() -> Command {
    let mut cmd = top_command();
    let statements: Vec<String> = COMMANDS
        .iter()
        .filter(|d| d.script_only)
        .map(|d| d.name().to_lowercase())
        .collect();
    let kept: Vec<Command> = cmd
        .get_subcommands()
        .filter(|c| !statements.iter().any(|s| s == c.get_name()))
        .cloned()
        .collect();
    cmd = Command::new("qsy")
        .version(env!("CARGO_PKG_VERSION"))
        .about(cmd.get_about().cloned().unwrap_or_default())
        .args(cmd.get_arguments().cloned())
        .disable_help_subcommand(true);
    for c in kept {
        cmd = cmd.subcommand(c);
    }
    for def in COMMANDS.iter().filter(|d| !d.script_only) {
        cmd = cmd.subcommand(command(def).name(def.name()));
    }
    cmd
}

/// Parameters the shell form does not offer because a global option has their name.
const SHADOWED: &[&str] = &["OUTPUT"];

/// Turns a shell-form value into the CL value it stands for. Secrets and text keep their case
/// and spaces; everything else is read as CL (`'*TOTP *REGFAC'`, `QGPL/SECBKP`).
fn shell_value(p: &ParamDef, s: &str) -> QResult<RawValue> {
    let looks_cl =
        s.starts_with('*') || s.starts_with('(') || s.starts_with('\'') || s.starts_with('&');
    match p.kind {
        ParamKind::Command => Ok(RawValue::Command(s.to_string())),
        ParamKind::Password if s.starts_with('*') && p.is_special(&s.to_ascii_uppercase()) => {
            Ok(RawValue::Word(s.to_string()))
        }
        ParamKind::Password => Ok(RawValue::Quoted(s.to_string())),
        ParamKind::Char if !looks_cl => Ok(RawValue::Quoted(s.to_string())),
        _ => {
            cl::parse_value(s).map_err(|e| Failure::from(msg::qsy0003(s, p.keyword(), &e.message)))
        }
    }
}

/// Parses shell-form arguments into a command. `Err(Ok(text))` is help to print (exit 0);
/// `Err(Err(failure))` a usage error.
pub fn parse(
    def: &'static CommandDef,
    args: &[String],
) -> Result<RawCommand, Result<String, Failure>> {
    let mut argv = vec![def.name().to_lowercase()];
    argv.extend(args.iter().cloned());
    let matches = match command(def).try_get_matches_from(argv) {
        Ok(m) => m,
        Err(e) => {
            return Err(match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    Ok(if color() {
                        e.render().ansi().to_string()
                    } else {
                        e.render().to_string()
                    })
                }
                _ => Err(
                    msg::qsy0018(e.render().to_string().trim_start_matches("error: ").trim())
                        .into(),
                ),
            })
        }
    };
    let mut params = Vec::new();
    for (i, p) in def.params().iter().enumerate() {
        if SHADOWED.contains(&p.keyword()) {
            continue;
        }
        let mut values: Vec<String> = matches
            .get_many::<String>(p.keyword())
            .map(|v| v.cloned().collect())
            .unwrap_or_default();
        if i < def.max_positional {
            if let Some(v) = matches.get_one::<String>(&format!("@{}", p.keyword())) {
                if !values.is_empty() {
                    return Err(Err(msg::qsy0005(p.keyword()).into()));
                }
                values.push(v.clone());
            }
        }
        if values.is_empty() {
            continue;
        }
        let mut raw = Vec::new();
        for v in &values {
            match shell_value(p, v) {
                Ok(RawValue::List(items)) if p.list > 0 => raw.extend(items),
                Ok(x) => raw.push(x),
                Err(f) => return Err(Err(f)),
            }
        }
        let value = if raw.len() == 1 {
            raw.pop().unwrap()
        } else {
            RawValue::List(raw)
        };
        params.push(RawParam {
            keyword: Some(p.keyword().to_string()),
            value,
            offset: 0,
        });
    }
    Ok(RawCommand {
        label: None,
        name: def.name().to_string(),
        params,
    })
}

/// Whether to colour help: only on a terminal, and never with NO_COLOR set.
pub fn color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

/// The long help of `qsy console`, with the decisions qsy made where IBM is silent.
const CONSOLE_HELP: &str = "\
Stands for signing on as QSECOFR at the system console. IBM i lets QSECOFR sign on at the \
console even when its status is *DISABLED (the QMAXSGNACN system value and the user \
profile Status pages), so it can enable itself again: \
qsy console --password-stdin -- 'CHGUSRPRF QSECOFR STATUS(*ENABLED)'. \
The DST reset (qsy dst reset-qsecofr) is then needed only for a lost password or TOTP key.\n\n\
Only QSECOFR signs on here (--user another profile: QSY0054, exit 2). QSECOFR's password is \
always needed: from --password-stdin, or typed at the prompt on a terminal (neither: \
QSY0055, exit 2, nothing counted). The sign-on is checked exactly as SIGNON checks it, \
except for the *DISABLED status. Decision (IBM does not say): the additional factor is \
asked at the console too, as on every sign-on display while the additional sign-on factor \
is enabled and QSECOFR's AUTHMTH includes *TOTP: give password:code (or a recovery key \
after the colon). Decision: a wrong password or code at the console counts as any sign-on \
does (PW audit entry P or T, one more not-valid attempt toward QMAXSIGN); reaching QMAXSIGN \
disables QSECOFR but never locks the console out. The console does not enable QSECOFR by \
itself; a sign-on of a *DISABLED QSECOFR says so (QSY0056). An expired password is \
refused (CPF22E4) except for CHGPWD, as with --password-stdin.\n\n\
Then the command runs as QSECOFR, with QSECOFR's authorities, journaled under QSECOFR: \
one CL command (qsy console --password-stdin CHGUSRPRF QSECOFR 'STATUS(*ENABLED)', or \
one quoted argument after --), or a batch CL script with --run FILE (as qsy run runs it).";

/// How CL meets the shell: said once, early, in `qsy --help` (and README).
pub const CL_AND_THE_SHELL: &str = "CL and the shell: parentheses, * and quotes mean something \
to the shell, so CL typed at a shell prompt must be quoted. Each of these lines pastes as it \
stands:

  qsy 'CHGUSRPRF USRPRF(JSMITH) AUTHMTH(*TOTP)'
  qsy -c \"CHGUSRPRF JSMITH TEXT('Night operator')\"
  qsy chgusrprf JSMITH --authmth '*TOTP' --text 'Night operator'

The first puts the whole command in single quotes. The second uses double quotes because the CL \
has quotes of its own: inside single shell quotes the shell removes CL's '', and the text arrives \
unquoted, in upper case (qsy warns when an argument looks like that happened). The third is the \
shell form, with no CL punctuation. In a script run with `qsy run FILE`, CL is written as on \
IBM i, without shell quoting.";

/// The names of [`tool_commands`], in their order, known without building them (start-up
/// of a CL command does not pay for the tools' definitions).
pub const TOOL_NAMES: [&str; 10] = [
    "run",
    "ipl",
    "dst",
    "console",
    "sst",
    "import",
    "readiness",
    "links",
    "totp",
    "help",
];

/// The `qsy help` topics that are not CL commands, with their one-line description and
/// their long help: one entry per tool, so a new tool is one more row (its man page
/// `qsy-NAME(1)` and its `qsy help NAME` come from here). Named as [`TOOL_NAMES`].
pub fn tool_commands() -> Vec<Command> {
    let tools = vec![
        Command::new("run")
            .about("Run a batch CL script (a CL source file, or - for standard input)")
            .long_about(RUN_HELP)
            .arg(Arg::new("check").long("check").action(ArgAction::SetTrue).help("Parse and validate every statement without touching the store; list problems, notes, simulator-only commands and the program's parameters; exit 2 when a statement would fail on IBM i"))
            .arg(Arg::new("sync").long("sync").value_parser(["end", "each"]).default_value("end").help("Durable commit at the end of the script, or after each command"))
            .arg(Arg::new("strict").long("strict").action(ArgAction::SetTrue).help("Treat notes (prompting in batch, commands inside comments, DCLPRCOPT not applied, ...) as errors"))
            .arg(Arg::new("commands").long("commands").value_name("DIR").action(ArgAction::Append).help("A directory holding the command-definition source (NAME.cmd) of the site's own commands; may be repeated"))
            .arg(Arg::new("file").value_name("FILE").required(true).help("CL source file, or - for standard input"))
            .arg(Arg::new("parm").value_name("PARM").num_args(0..).trailing_var_arg(true).allow_hyphen_values(true).help("Values for the program's parameters (PGM PARM), in order, converted to their declared types")),
        Command::new("ipl")
            .about("IPL the simulated system: pending values become current (simulator only)")
            .long_about("IPL the simulated system (simulator only: on IBM i this is PWRDWNSYS RESTART(*YES) or the control panel; PWRDWNSYS works in qsy too).\n\nPending system values (QSECURITY, QPWDLVL) and a pending additional sign-on factor (CHGSECA ADLSGNFAC) become current. Moving to QPWDLVL 4 drops every password hash but the level-4 one, so a profile without a level-4 hash is left with password *NONE (DSPAUTUSR shows who beforehand). The additional sign-on factor is enabled only when the new current QSECURITY is 40 or more and QPWDLVL is 4. An IP entry is written to the audit journal. It needs no user profile: it stands for the operator at the console.\n\nExample:\n  qsy ipl"),
        Command::new("dst")
            .about("Dedicated Service Tools (simulator only): stands for physical access to the console")
            .long_about("Dedicated Service Tools (simulator only): stands for physical access to the console, the way back when QSECOFR is locked out.\n\nIts one command, reset-qsecofr, resets QSECOFR's password to QSECOFR (expired, so the first sign-on must change it), enables the profile and removes its TOTP key; its AUTHMTH is left as it is. It needs no user profile.\n\nExample:\n  qsy dst reset-qsecofr")
            .subcommand(Command::new("reset-qsecofr").about("Reset QSECOFR's password to QSECOFR (expired) and remove its TOTP key"))
            .disable_help_subcommand(true)
            .subcommand_required(true),
        Command::new("console")
            .about("QSECOFR at the system console (simulator only): signs on even while QSECOFR is *DISABLED, then runs a CL command or script as QSECOFR")
            .long_about(CONSOLE_HELP)
            .arg(Arg::new("run").long("run").value_name("FILE").help("Run a batch CL script (a CL source file; - for standard input, not with --password-stdin) instead of one command"))
            .arg(Arg::new("command").value_name("CL").num_args(1..).trailing_var_arg(true).allow_hyphen_values(true).help("One CL command: tokens as the shell split them, or one quoted argument after --"))
            .group(clap::ArgGroup::new("what").args(["run", "command"]).required(true)),
        Command::new("sst")
            .about("System Service Tools options that guard security settings (simulator only)")
            .long_about("System Service Tools options that guard security settings (simulator only: on IBM i they are set in SST or DST, option 'Work with system security').\n\nWith no option it shows both settings. --lock-security-values yes makes CHGSYSVAL refuse the security-related system values, even for QSECOFR; --allow-adlsgnfac-change no makes CHGSECA ADLSGNFAC refuse any change. It needs no user profile.\n\nExamples:\n  qsy sst\n  qsy sst --allow-adlsgnfac-change yes")
            .arg(Arg::new("lock-security-values").long("lock-security-values").value_parser(["yes", "no"]).help("Lock the security-related system values: CHGSYSVAL refuses them, even for QSECOFR"))
            .arg(Arg::new("allow-adlsgnfac-change").long("allow-adlsgnfac-change").value_parser(["yes", "no"]).help("Allow additional sign-on factor change (CHGSECA ADLSGNFAC)")),
        Command::new("import")
            .about("Build a simulated system from the real partition's exported inventory (QSYS2.USER_INFO and other CSV files; simulator only)")
            .long_about(IMPORT_HELP)
            .arg(Arg::new("replace").long("replace").action(ArgAction::SetTrue).help("Replace the store (--system) if it exists; without it an existing store is never touched"))
            .arg(Arg::new("level23-since").long("level23-since").value_name("DATE").help("When QPWDLVL went to 2 or 3 on the real system (2024-03-01 or a timestamp): a password changed on or after it holds a level-4 hash"))
            .arg(Arg::new("rehearsal-passwords").long("rehearsal-passwords").value_name("FILE").help("NAME:password lines giving imported profiles a password to rehearse with (a regular file of yours, mode 0600 or 0400)"))
            .arg(Arg::new("file").value_name("FILE").num_args(1..).required(true).help("CSV files: USER_INFO, SECURITY_INFO, SYSTEM_VALUE_INFO, FUNCTION_USAGE result sets, or a QADSPUPB outfile")),
        Command::new("readiness")
            .about("Report what the move to QPWDLVL 4 and the additional sign-on factor does to each profile, with the commands that fix each finding (simulator only)")
            .long_about(READINESS_HELP)
            .arg(Arg::new("format").long("format").value_parser(["text", "csv", "html"]).default_value("text").help("Text (80 columns), CSV for a spreadsheet, or a self-contained HTML page; --output json gives the JSON document"))
            .arg(Arg::new("out").long("out").value_name("FILE").help("Write the report to FILE (created new, mode 0600) instead of standard output"))
            .arg(Arg::new("target-qsecurity").long("target-qsecurity").value_parser(["30", "40", "50"]).help("QSECURITY at the target (default: the current or pending one, at least 40)"))
            .arg(Arg::new("target-qpwdlvl").long("target-qpwdlvl").value_parser(["2", "3", "4"]).help("QPWDLVL at the target (default 4)"))
            .arg(Arg::new("target-adlsgnfac").long("target-adlsgnfac").value_parser(["*ENABLED", "*DISABLED"]).help("The additional sign-on factor at the target (default *ENABLED)"))
            .arg(Arg::new("assume-totp").long("assume-totp").action(ArgAction::SetTrue).help("Judge every profile with a password as if it had AUTHMTH(*TOTP)"))
            .arg(Arg::new("job-user").long("job-user").value_name("PROFILE").action(ArgAction::Append).help("A profile jobs run under without its password (SBMJOB USER, job schedule entries); repeat for more")),
        Command::new("links")
            .about("Create a link named after each command, so `chgusrprf JSMITH ...` works")
            .long_about("Create a symbolic link named after each command (chgusrprf, dspusrprf, …) to the qsy binary in DIR, so that a command can be typed without `qsy`: qsy looks at the name it was started as. Script statements (DCL, IF, …) get no link.\n\nExample:\n  qsy links ~/bin && chgusrprf JSMITH 'AUTHMTH(*TOTP)'")
            .arg(Arg::new("dir").value_name("DIR").required(true)),
        Command::new("totp")
            .about("The user's phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)")
            .long_about("The user's phone (simulator only): print the current six-digit TOTP code (RFC 6238: HMAC-SHA1, 30-second steps) for a base32 key, like oathtool --totp -b KEY. The time is the job clock (QSY_CLOCK), or --time. In a script, QSYGENTOTP does the same into a CL variable.\n\nExamples:\n  qsy totp JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\n  qsy totp JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP --time 2026-11-24T10:00:00Z")
            .arg(Arg::new("key").value_name("KEY").required(true))
            .arg(Arg::new("time").long("time").value_name("TIME").help("Unix seconds or RFC 3339 instead of the job clock")),
        Command::new("help")
            .about("Show the help of a command or topic (qsy help CHGUSRPRF, qsy help run)")
            .long_about("Show the help of a CL command (qsy help CHGUSRPRF, in any case) or of one of qsy's own commands (qsy help run). With no topic, the help of qsy itself, as qsy --help. `qsy help help` is this text. An unknown topic is refused with CPD0030 and the closest name.\n\nExamples:\n  qsy help CHGUSRPRF\n  qsy help run")
            .arg(
                Arg::new("topic")
                    .value_name("TOPIC")
                    .help("A CL command or one of qsy's own commands"),
            ),
    ];
    // `qsy help <TAB>` completes every CL command and every tool above.
    let topics: Vec<String> = COMMANDS
        .iter()
        .map(|d| d.name().to_string())
        .chain(tools.iter().map(|c| c.get_name().to_string()))
        .collect();
    tools
        .into_iter()
        .map(|c| {
            if c.get_name() == "help" {
                let offered = Offered(topics.clone());
                c.mut_arg("topic", |a| {
                    a.value_parser(offered).hide_possible_values(true)
                })
            } else {
                c
            }
        })
        .collect()
}

/// The long help of `qsy import`, with the decisions qsy made where IBM is silent.
const IMPORT_HELP: &str = "Build a simulated system from what an administrator can export from the real partition without special tools (simulator only): the result sets of SELECT * FROM QSYS2.USER_INFO, QSYS2.SECURITY_INFO, QSYS2.SYSTEM_VALUE_INFO and QSYS2.FUNCTION_USAGE saved as CSV by IBM i Access Client Solutions' Run SQL Scripts (a header row of IBM's column names), or a DSPUSRPRF TYPE(*BASIC) OUTPUT(*OUTFILE) outfile (model QADSPUPB) exported to CSV. Each file is recognised by its header; the order of files and columns does not matter.

Read as ACS writes them: UTF-8 (with or without a byte-order mark); empty fields are nulls; timestamps 2025-10-01 08:00:00.000000, 2025-10-01T08:00:00 (with or without a zone), 2025-10-01-08.00.00.000000 or a date alone. Decision: a time without a zone is taken as UTC (the export does not say the partition's). Columns qsy does not use are ignored and listed once per file (QSY0844).

USER_INFO columns used: AUTHORIZATION_NAME, STATUS, USER_CLASS_NAME, SPECIAL_AUTHORITIES, NO_PASSWORD_INDICATOR, PASSWORD_LEVEL_0_1, PASSWORD_LEVEL_2_3, PASSWORD_CHANGE_DATE (required), PREVIOUS_SIGNON, SIGN_ON_ATTEMPTS_NOT_VALID, TEXT_DESCRIPTION, SET_PASSWORD_TO_EXPIRE, PASSWORD_EXPIRATION_INTERVAL, USER_DEFAULT_PASSWORD, and the 7.6 columns USE_TOTP_AUTHENTICATION, USE_EXIT_PROGRAM_AUTHENTICATION, TOTP_KEY_EXISTS, TOTP_KEY_LAST_CHANGED, TOTP_INTERVAL (TOTP_REMAINING_MINUTES describes the moment of the export and is not used). QADSPUPB: UPUPRF, UPSTAT, UPUSCL, UPENPW, UPENPH (required), UPSPAU, UPTEXT, UPPWEX. FUNCTION_USAGE: only QIBM_RUN_UNDER_USER_NO_AUTH is modelled; other functions are counted and ignored. SYSTEM_VALUE_INFO: QSECURITY, QPWDLVL, QPWDMAXLEN, QPWDMINLEN, QPWDEXPITV, QPWDRULES, QPWDCHGBLK, QMAXSIGN, QMAXSGNACN, each checked as CHGSYSVAL checks it. SECURITY_INFO: SECURITY_LEVEL, PASSWORD_LEVEL, their PENDING_ columns and the 7.6 ADDITIONAL_SIGNON_FACTOR columns.

Password hashes and TOTP keys cannot be exported, so an imported profile keeps the facts: which password levels hold a password (value unknown), when it was last changed, whether a TOTP key is set (value unknown). The QPWDLVL IPLs drop and keep those exactly as the real system would, SAVSECDTA/RSTUSRPRF keep them, and DSPUSRPRF lists them in password_levels. Such a profile cannot sign on (its password is not correct, whatever is typed) until it is given a rehearsal password: CHGUSRPRF PASSWORD(), or --rehearsal-passwords FILE with NAME:password lines (the password is everything after the first colon; # starts a comment line), which fills every unknown hash with that password's, slot for slot. A TOTP key of unknown value accepts no code until the user sets a new one with CHGTOTPKEY. Decision: the rehearsal passwords file is refused unless it is a regular file (not a symlink, FIFO or device), owned by the user running qsy, with no permission for group or others (chmod 600), at most 1 MiB; no password is ever shown in a message.

The level-4 hash: USER_INFO has no column for it; it is inferred and the completion says how (QSY0845). At QPWDLVL 4 every password is one; at 0 or 1 there is none; at 2 or 3 (IBM i 7.5 and later build one whenever a password is changed there) a password changed on or after --level23-since DATE (when QPWDLVL went to 2 or 3) holds one, and at QPWDLVL 2 so does a 2/3 password without a 0/1 one (a password set at 0 or 1 always has both). Otherwise none is assumed: such a profile gets password *NONE at the IPL to QPWDLVL 4, as on the real system if its password dates from level 0 or 1. IBM-supplied profiles the inventory does not list (QSECOFR, QSYSOPR, QPGMR, QUSER and the _NC ones) are added as shipped (QSY0848).

All or nothing: a missing required column, a value that does not read, a profile listed twice, an invalid name or bytes that are not UTF-8 are refused with the file, the row (the header is row 1) and the column (QSY0841), and nothing is created. The store is built in a temporary file beside --system and moved into place at the end, in one write transaction; rows are streamed. An existing store is never overwritten without --replace (QSY0840).

Examples:
  qsy --system prod.redb import user_info.csv security_info.csv function_usage.csv --level23-since 2024-03-01
  qsy --system prod.redb import --replace user_info.csv --rehearsal-passwords rehearsal.txt";

/// The long help of `qsy readiness`.
const READINESS_HELP: &str = "Report, for every profile of the simulated system, what the move to the target does (simulator only): by default QSECURITY at least 40, QPWDLVL 4 and the additional sign-on factor *ENABLED, with each profile's own AUTHMTH (--assume-totp: as if every profile with a password had AUTHMTH(*TOTP)).

Outcomes: loses_password (gets password *NONE at the IPL to QPWDLVL 4: it has no level-4 hash, because its password was last changed at level 0 or 1), cannot_sign_on (disabled, or AUTHMTH *TOTP without a TOTP key while the factor is enabled), keeps_password, unaffected (no password, or an _NC profile). System-wide risks: qsecofr_lockout (QSECOFR cannot sign on at the target and no other enabled profile with *ALLOBJ and *SECADM that keeps its password could recover it), default_password (a profile whose password is its name: checked for IBM-supplied profiles, or as USER_INFO's USER_DEFAULT_PASSWORD reported for imported ones), denied_job_user (a profile *DENIED for QIBM_RUN_UNDER_USER_NO_AUTH; with --job-user only the profiles named), attribute_drops (the additional sign-on factor enabled while QSECURITY or QPWDLVL would be below 40 or 4 after the IPL), password_level_path (QPWDLVL 0 or 1 must go through 2). Each finding names the IBM i command that fixes it.

Output: text with the counts first, then the risks and the profiles that need action (80 columns); --output json (or yaml) the document {messages, current, target, assume_totp, counts, risks, profiles} described in docs/readiness.md; --format csv one row per profile (cells that start like a spreadsheet formula get a leading apostrophe); --format html one self-contained page (the counts as an SVG chart, the profiles in a table filterable by outcome and text). --out FILE writes it to a new file (mode 0600) instead. The store is only read.

Examples:
  qsy readiness
  qsy readiness --format html --out readiness.html
  qsy --output json readiness --assume-totp";

/// The long help of `qsy run` (and so its man page, qsy-run(1)).
const RUN_HELP: &str = "Run a batch CL script: a CL source file (UTF-8), or - for standard input. The CL is written as on IBM i (no shell quoting).

The CL subset: PGM (with PARM) and ENDPGM; DCL of *CHAR, *DEC (exact decimal), *LGL, *INT and *UINT variables; INCLUDE, DCLPRCOPT and COPYRIGHT; CHGVAR (also into %SST); IF with THEN and ELSE (a command may stand bare as the last parameter: IF (&OK) GOTO END); DO, DOWHILE, DOUNTIL, DOFOR, LEAVE, ITERATE and ENDDO; SELECT, WHEN, OTHERWISE and ENDSELECT; SUBR, ENDSUBR, CALLSUBR and RTNSUBR; labels and GOTO; MONMSG after a command, or after the declarations for the whole program, with message IDs such as CPF2204 or generic ones such as CPF0000, MCH0000 and CPF9999; SNDPGMMSG; expressions with *CAT (||), *BCAT (|>), *TCAT (|<), arithmetic, comparisons (*EQ or =, ...), *AND (&), *OR (|), *NOT, in IBM's order of priority, and the built-in functions %SST/%SUBSTRING, %SWITCH, %CHECK, %CHECKR, %SCAN, %TRIM, %TRIML, %TRIMR, %LEN, %SIZE, %UPPER, %LOWER, %CHAR, %DEC, %INT, %UINT and %PARMS (not yet %BIN, %ADDR, %OFFSET); every command qsy knows (qsy --help lists them), and SBMJOB CMD(…) USER(…) to run one as another user. A line ending in + or - continues on the next line; /* comments */ are ignored.

The source may be UTF-8 (with or without a byte-order mark) or Windows-1252, with LF, CRLF or CR line endings, and with sequence numbers and dates in columns 1-12 as a member copied from IBM i has them (removed). INCLUDE SRCMBR(NAME) finds NAME.clp, .clle, .cl, .clp38 or NAME without extension (any case) in the including file's directory, then along QSY_CLPATH (a :-separated list). A /* comment not closed on its line ends with the line, unless the line ends in + or - (then it goes on: a command swallowed that way is a note). Selective prompting characters (?, ??KW()) cannot prompt in batch: they are removed and noted.

Program parameters: qsy run FILE PARM... passes the values to PGM PARM(&A &B), converted to the declared types (character values padded; numbers that do not fit are refused with QSY0281); a wrong count is CPD0172. --check says which parameters a program expects (QSY0280).

--check parses and validates every statement without touching the store, and lists the simulator-only commands (SIGNON, QSYGENTOTP, QSYRTVPWDL), which do not exist on IBM i, so the script can be made ready for the real partition. Problems are listed as FILE:LINE: ID: text, notes (what behaves differently from IBM i but still runs) as FILE:LINE: note: ID: text. --check exits 2 when a statement would fail, 0 otherwise; --strict (with --check or a run) turns every note into an error.

A script is checked the same way before it runs: when anything is wrong, nothing runs (exit 2).

Site commands: a command that is neither qsy's nor IBM i's is, on IBM i, one the shop created with CRTCMD from command-definition source (CMD, PARM, ELEM, QUAL, DEP and PMTCTL statements). qsy reads that source when it finds it: NAME.cmd (any case) in the program's directory, along QSY_CLPATH, or in a directory given with --commands DIR (repeatable); in each, also in a QCMDSRC subdirectory, and a .cmd file whose opening comment records the CRTCMD that created the command (/* CRTCMD CMD(PAUSE) PGM(PAUSECL) SRCMBR(PAUSECMD) */) defines that command. --check validates each use against the definition — keywords (CPD0043), positional values (MAXPOS, and the PARMs in order; CONSTANT parameters take no position, qsy's decision), required parameters (MIN), RTNVAL(*YES) parameters given a variable, RSTD values (VALUES, SPCVAL, SNGVAL), MAX and LEN of literal values — and lists each as a note (QSY0920: qsy does not simulate it); the run skips it (QSY0921, counted in commands_skipped), a MONMSG after it does not fire, and its return variables keep their values (QSY0922 names them); --strict refuses it. ELEM and QUAL groups are known by their labels; their values are not checked further. A source that cannot define a command (no CMD statement, a PARM without KWD or TYPE, a TYPE naming no ELEM/QUAL label) is QSY0923 where the command is used. Without a source, such a name stays CPD0030, as IBM's compiler refuses a command that does not exist.

Object types qsy does not model: CHKOBJ, GRTOBJAUT, RVKOBJAUT, CHGOBJOWN, DSPOBJAUT and DSPOBJD accept every object type IBM lists for them; on a type qsy does not model (*PGM, *DTAARA, *JOBQ, ...) the command is noted by --check (QSY0926) and skipped by the run (QSY0927): CHKOBJ then sends nothing, as if the object existed and the user had the authority (qsy cannot know the object), so a MONMSG CPF9801 after it does not fire; --strict refuses it.

The summary line: a script that ends normally ends with QSY0213 (\"Script FILE ended normally: N command(s) run.\"); one that stops on an escape message that no MONMSG caught ends with that message and QSY0200 (\"Script ended at line N: escape message ID was not monitored.\"). With --output json the whole run is one document: messages, script, commands_run and ended_at_line (null when the script ended normally).

Limits, each refused with a message before the script runs (and by --check), never a crash: a statement of at most 32,702 characters (QSY0106); parentheses nested at most 64 deep (QSY0105); statements nested at most 100 levels deep — DO, DOWHILE, DOUNTIL, DOFOR and SELECT groups, and the groups and commands of THEN, ELSE, WHEN, OTHERWISE and MONMSG EXEC (QSY0229); CALLSUBR nested at most 99 deep (QSY0259). IBM i allows 25 levels of nested SELECT groups.

Exit codes: 0 the script ended normally; 1 an unmonitored escape message stopped it; 2 a syntax or usage problem was found before anything ran (or --check found problems); 3 the store cannot be opened or written.

Transactions and crashes: each command is atomic (a failing command leaves nothing). The script's commands share one write transaction, made durable on disk every couple of seconds and at the end (after every command with --sync each); a security event (a failed sign-on's count and PW journal entry, a used recovery key) is durable before the next statement runs. When a script stops on an escape, what ran before it is kept. A crash or kill part way leaves a consistent store holding a prefix of the script: rerun what is missing.

Examples:
  qsy run examples/rollout.clp
  qsy run --check examples/rollout.clp
  qsy --output json run examples/rollout.clp";

/// The topics `qsy help TOPIC` knows besides the CL commands: every tool of
/// [`tool_commands`].
pub fn help_topics() -> Vec<String> {
    tool_commands()
        .iter()
        .map(|c| c.get_name().to_string())
        .collect()
}

/// The top-level `qsy` command: every CL command and every tool as subcommands. Man pages and
/// completions are generated from it. CL program statements (DCL, IF, …) are not listed as
/// commands: they work only inside `qsy run`, and are named apart after the commands.
pub fn top_command() -> Command {
    let statements: Vec<&str> = COMMANDS
        .iter()
        .filter(|d| d.script_only)
        .map(|d| d.name())
        .collect();
    let after = format!(
        "Script statements (they work only inside a CL script run with `qsy run FILE`; \
         `qsy help NAME` describes each):\n  {}\n\n\
         Help: qsy help NAME for a command (qsy help CHGUSRPRF) or a topic ({}); \
         man pages qsy(1), qsy-chgusrprf(1), qsy-run(1), …\n\
         Exit codes: 0 success, 1 escape message, 2 syntax or usage error, 3 store cannot be opened or written. \
         A closed standard output (qsy … | head) is not an error: qsy stops writing and exits with \
         the command's own status, as ripgrep does.\n\
         Environment: QSY_SYSTEM, QSY_USER, QSY_OUTPUT, QSY_CLOCK (Unix seconds or RFC 3339: moves \
         the job clock forward; the system's time never goes backwards), QSY_LOCK_WAIT (seconds to wait for a busy store or library, 0 to 86400; \
         default 30), NO_COLOR.\n\
         Completions for bash, zsh and fish are in completions/ (README says how to install them).",
        statements.join(" "),
        help_topics().join(", ")
    );
    let mut cmd = Command::new("qsy")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Rehearse IBM i 7.6 multi-factor authentication roll-outs")
        .long_about(format!(
            "qsy reproduces the IBM i 7.6 security commands around multi-factor authentication \
             (QPWDLVL, QSECURITY, user profiles, TOTP keys, the additional sign-on factor, IPLs, \
             SAVSECDTA/RSTUSRPRF) against a simulated system stored in one file, so a roll-out can \
             be rehearsed before it touches a real partition.\n\n{CL_AND_THE_SHELL}"
        ))
        .after_help(after)
        .arg(Arg::new("c").short('c').value_name("CL").help("Run one CL command given as a string: qsy -c \"CHGUSRPRF JSMITH TEXT('Night operator')\""))
        .disable_help_subcommand(true)
        .subcommand_help_heading("Commands")
        .subcommand_required(false);
    for g in global_args() {
        cmd = cmd.arg(g);
    }
    for def in COMMANDS.iter() {
        cmd = cmd.subcommand(command(def).hide(def.script_only));
    }
    for t in tool_commands() {
        cmd = cmd.subcommand(t);
    }
    cmd
}

/// Fails for a command name qsy has no definition for: QSY0753 for an IBM i command qsy
/// does not simulate (exit 2, as a command that cannot run here), CPD0030 for a name that is
/// no IBM i command.
pub fn unknown_command(name: &str) -> QResult<()> {
    if crate::lang::catalogue::not_simulated(name) {
        return msg::qsy0753(name.to_ascii_uppercase()).fail();
    }
    msg::cpd0030(name.to_ascii_uppercase()).fail()
}

#[cfg(test)]
mod tests {
    /// The names the start-up checks before building any tool are the tools' own names.
    #[test]
    fn tool_names_are_the_tools() {
        let built: Vec<String> = super::tool_commands()
            .iter()
            .map(|c| c.get_name().to_string())
            .collect();
        assert_eq!(built, super::TOOL_NAMES);
    }
}
