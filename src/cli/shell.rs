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
        _ => p.keyword.to_string(),
    }
}

fn short_help(p: &ParamDef) -> String {
    let mut s = format!("{} [{}]", p.prompt, choices(p));
    if let Some(d) = p.default {
        s.push_str(&format!(" (default {d})"));
    }
    if p.required {
        s.push_str(" (required)");
    }
    s
}

fn long_help(p: &ParamDef) -> String {
    let mut s = format!("{} ({})\n\nValues: {}", p.prompt, p.keyword, choices(p));
    if p.list > 0 {
        s.push_str(&format!("; a list of up to {}", p.list));
    }
    if let Some(d) = p.default {
        s.push_str(&format!("\nDefault: {d}"));
    }
    if p.required {
        s.push_str("\nRequired.");
    }
    if !p.help.is_empty() {
        s.push_str("\n\n");
        s.push_str(p.help);
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

/// The clap command for one CL command.
pub fn command(def: &'static CommandDef) -> Command {
    let mut long = format!("{}\n\n{}", def.title, def.help);
    if def.simulator_only {
        long.push_str("\n\nSimulator only: this command does not exist on IBM i; `qsy run --check` lists its uses.");
    }
    let mut after = String::from("Both forms work:\n");
    let mut examples = String::new();
    for (cl, says) in def.examples {
        examples.push_str(&format!("  qsy {cl}\n      {says}\n"));
    }
    after.push_str(&format!(
        "  qsy {} KEYWORD(value) ...   (CL form)\n  qsy {} --keyword value ...   (shell form)\n",
        def.name,
        def.name.to_lowercase()
    ));
    if !examples.is_empty() {
        after.push_str("\nExamples:\n");
        after.push_str(&examples);
    }
    let mut cmd = Command::new(def.name.to_lowercase())
        .about(def.title.to_string())
        .long_about(long)
        .after_long_help(after)
        .disable_version_flag(true);
    for (i, p) in def.params.iter().enumerate() {
        // `--output` is the global output format; OUTPUT(*PRINT) stays available in CL form.
        if SHADOWED.contains(&p.keyword) {
            continue;
        }
        if i < def.max_positional {
            cmd = cmd.arg(
                Arg::new(format!("@{}", p.keyword))
                    .value_name(p.keyword)
                    .index(i + 1)
                    .help(format!(
                        "{} (positional form of --{})",
                        p.prompt,
                        p.keyword.to_lowercase()
                    )),
            );
        }
        let mut arg = Arg::new(p.keyword)
            .long(p.keyword.to_lowercase())
            .value_name(value_name(p))
            .help(short_help(p))
            .long_help(long_help(p))
            .allow_hyphen_values(true);
        arg = if p.list > 0 {
            arg.action(ArgAction::Append)
        } else {
            arg.action(ArgAction::Set)
        };
        if !p.values.is_empty() && p.special.is_empty() && p.single.is_empty() {
            // Possible values feed the completions; CL validation still checks them.
            let all: Vec<clap::builder::PossibleValue> = p
                .values
                .iter()
                .map(|v| clap::builder::PossibleValue::new(*v).alias(v.to_lowercase()))
                .collect();
            arg = arg
                .value_parser(all)
                .ignore_case(true)
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
        _ => cl::parse_value(s).map_err(|e| Failure::from(msg::qsy0003(s, p.keyword, &e.message))),
    }
}

/// Parses shell-form arguments into a command. `Err(Ok(text))` is help to print (exit 0);
/// `Err(Err(failure))` a usage error.
pub fn parse(
    def: &'static CommandDef,
    args: &[String],
) -> Result<RawCommand, Result<String, Failure>> {
    let mut argv = vec![def.name.to_lowercase()];
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
    for (i, p) in def.params.iter().enumerate() {
        if SHADOWED.contains(&p.keyword) {
            continue;
        }
        let mut values: Vec<String> = matches
            .get_many::<String>(p.keyword)
            .map(|v| v.cloned().collect())
            .unwrap_or_default();
        if i < def.max_positional {
            if let Some(v) = matches.get_one::<String>(&format!("@{}", p.keyword)) {
                if !values.is_empty() {
                    return Err(Err(msg::qsy0005(p.keyword).into()));
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
            keyword: Some(p.keyword.to_string()),
            value,
            offset: 0,
        });
    }
    Ok(RawCommand {
        label: None,
        name: def.name.to_string(),
        params,
    })
}

/// Whether to colour help: only on a terminal, and never with NO_COLOR set.
pub fn color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

/// Shell-only subcommands of `qsy` (they do not exist as CL commands).
pub fn tool_commands() -> Vec<Command> {
    vec![
        Command::new("run")
            .about("Run a batch CL script (a CL source file, or - for standard input)")
            .long_about(
                "Run a batch CL script (a CL source file, or - for standard input).\n\n\
                 Limits, each refused with a message before the script runs (and by --check), \
                 never a crash: a statement of at most 32,702 characters (QSY0106); \
                 parentheses nested at most 64 deep (QSY0105); statements nested at most \
                 100 levels deep — DO groups, and the groups and commands of THEN, ELSE and \
                 MONMSG EXEC (QSY0229). IBM i allows 25 levels of nested SELECT groups.",
            )
            .arg(Arg::new("check").long("check").action(ArgAction::SetTrue).help("Parse and validate every statement without touching the store; list problems, notes, simulator-only commands and the program's parameters; exit 2 when a statement would fail on IBM i"))
            .arg(Arg::new("sync").long("sync").value_parser(["end", "each"]).default_value("end").help("Durable commit at the end of the script, or after each command"))
            .arg(Arg::new("strict").long("strict").action(ArgAction::SetTrue).help("Treat notes (prompting in batch, commands inside comments, DCLPRCOPT not applied, ...) as errors"))
            .arg(Arg::new("file").value_name("FILE").required(true).help("CL source file, or - for standard input"))
            .arg(Arg::new("parm").value_name("PARM").num_args(0..).trailing_var_arg(true).allow_hyphen_values(true).help("Values for the program's parameters (PGM PARM), in order, converted to their declared types")),
        Command::new("ipl").about("IPL the simulated system: pending values become current (simulator only)"),
        Command::new("dst")
            .about("Dedicated Service Tools (simulator only): stands for physical access to the console")
            .subcommand(Command::new("reset-qsecofr").about("Reset QSECOFR's password to QSECOFR (expired) and remove its TOTP key"))
            .subcommand_required(true),
        Command::new("sst")
            .about("System Service Tools options that guard security settings (simulator only)")
            .arg(Arg::new("lock-security-values").long("lock-security-values").value_parser(["yes", "no"]).help("Lock the security-related system values: CHGSYSVAL refuses them, even for QSECOFR"))
            .arg(Arg::new("allow-adlsgnfac-change").long("allow-adlsgnfac-change").value_parser(["yes", "no"]).help("Allow additional sign-on factor change (CHGSECA ADLSGNFAC)")),
        Command::new("links").about("Create a link named after each command, so `chgusrprf JSMITH ...` works").arg(Arg::new("dir").value_name("DIR").required(true)),
        Command::new("totp")
            .about("The user's phone: print the current TOTP code for a base32 key, like oathtool --totp -b KEY (simulator only)")
            .arg(Arg::new("key").value_name("KEY").required(true))
            .arg(Arg::new("time").long("time").value_name("TIME").help("Unix seconds or RFC 3339 instead of the job clock")),
    ]
}

/// The top-level `qsy` command: every CL command and every tool as subcommands. Man pages and
/// completions are generated from it.
pub fn top_command() -> Command {
    let mut cmd = Command::new("qsy")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Rehearse IBM i 7.6 multi-factor authentication roll-outs")
        .long_about(
            "qsy reproduces the IBM i 7.6 security commands around multi-factor authentication \
             (QPWDLVL, QSECURITY, user profiles, TOTP keys, the additional sign-on factor, IPLs, \
             SAVSECDTA/RSTUSRPRF) against a simulated system stored in one file, so a roll-out can \
             be rehearsed before it touches a real partition.\n\nCommands take CL syntax \
             (qsy CHGUSRPRF USRPRF(JSMITH) AUTHMTH(*TOTP)) or shell syntax \
             (qsy chgusrprf JSMITH --authmth '*TOTP').",
        )
        .after_help("Exit codes: 0 success, 1 escape message, 2 syntax or usage error, 3 store cannot be opened.\nEnvironment: QSY_SYSTEM, QSY_USER, QSY_OUTPUT, QSY_CLOCK (Unix seconds or RFC 3339: moves the job clock), QSY_LOCK_WAIT (seconds to wait for a busy store or library, 0 to 86400; default 30), NO_COLOR.")
        .arg(Arg::new("c").short('c').value_name("CL").help("Run one CL command given as a string"))
        .subcommand_required(false);
    for g in global_args() {
        cmd = cmd.arg(g);
    }
    for def in COMMANDS {
        cmd = cmd.subcommand(command(def));
    }
    for t in tool_commands() {
        cmd = cmd.subcommand(t);
    }
    cmd
}

/// Fails with CPD0030 for an unknown command name.
pub fn unknown_command(name: &str) -> QResult<()> {
    msg::cpd0030(name.to_ascii_uppercase()).fail()
}
