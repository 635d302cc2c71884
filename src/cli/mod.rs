//! The command line: definitions, the CL parser, the shell form, multi-call dispatch, and
//! running one command against the store (DESIGN §2).

pub mod docs;
pub mod globals;
pub mod import;
pub mod readiness;
pub mod run;
pub mod shell;
pub mod tools;

use crate::engine::Credentials;
use crate::lang::defs::{self, CommandDef};
use crate::lang::{cl, validate};
use crate::messages::{msg, Failure, QResult};
use crate::output::Output;
pub use globals::{default_store, Globals};
use globals::{take_globals, take_leading};
use std::io::IsTerminal;
/// Program entry: returns the exit code.
pub fn main(argv: Vec<String>) -> i32 {
    let mut g = Globals::from_env();
    let prog = argv
        .first()
        .map(|a| {
            std::path::Path::new(a)
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default()
        })
        .unwrap_or_default();
    let rest: Vec<String> = argv.iter().skip(1).cloned().collect();
    if !prog.eq_ignore_ascii_case("qsy") {
        if let Some(def) = defs::find(&prog) {
            return run_cli_command(g, def, &rest);
        }
    }
    let i = match take_leading(&mut g, &rest) {
        Ok(i) => i,
        Err(f) => return report(&g, Output::default(), f),
    };
    let Some(first) = rest.get(i) else {
        emit(&shell::top_command().render_help().to_string());
        return 2;
    };
    match first.as_str() {
        "-h" | "--help" => {
            emit(&shell::top_command().render_long_help().to_string());
            return 0;
        }
        "-V" | "--version" => {
            emit(&format!("qsy {}\n", env!("CARGO_PKG_VERSION")));
            return 0;
        }
        "-c" => {
            let Some(text) = rest.get(i + 1) else {
                return report(&g, Output::default(), Failure::from(msg::qsy0016()));
            };
            match take_globals(&mut g, &rest[i + 2..], true) {
                Ok(extra) if extra.is_empty() => return run_text(&g, text),
                Ok(extra) => {
                    return report(
                        &g,
                        Output::default(),
                        Failure::from(msg::qsy0017(&extra[0])),
                    )
                }
                Err(f) => return report(&g, Output::default(), f),
            }
        }
        _ => {}
    }
    let args = &rest[i + 1..];
    if let Some(code) = tools::dispatch(&g, first, args) {
        return code;
    }
    // A whole command as one argument: qsy 'CHGSECA ADLSGNFAC(*ENABLED)' [more CL] [options].
    if first.contains(['(', ' ']) {
        let name = first.split([' ', '(']).next().unwrap_or_default();
        let allow_user = defs::find(name).is_none_or(|d| d.param("USER").is_none());
        let mut text = first.clone();
        match take_globals(&mut g, args, allow_user) {
            Ok(more) => {
                for token in &more {
                    text.push(' ');
                    text.push_str(&cl_token(token));
                }
            }
            Err(f) => return report(&g, Output::default(), f),
        }
        return run_text(&g, &text);
    }
    match defs::find(first) {
        Some(def) => run_cli_command(g, def, args),
        None => unknown_command(&g, first),
    }
}

/// Refuses an unknown command name (CPD0030), with the closest command or tool if one is
/// close: `qsy chgusrpfr` → "Did you mean CHGUSRPRF (shell form: qsy chgusrprf)?".
pub fn unknown_command(g: &Globals, name: &str) -> i32 {
    let tools = shell::help_topics();
    let names = defs::COMMANDS
        .iter()
        .map(|d| d.name())
        .chain(tools.iter().map(String::as_str))
        .chain(crate::lang::catalogue::names().map(|n| -> &str { n }));
    // An IBM i command qsy does not simulate is no typo: no "did you mean".
    let typo = !crate::lang::catalogue::not_simulated(name);
    let hint = crate::lang::suggest::closest(name, names)
        .filter(|_| typo)
        .map(|meant| match defs::find(meant) {
            Some(def) if def.script_only => {
                msg::qsy0402(meant, "none: a CL program statement, for qsy run")
            }
            Some(_) => msg::qsy0402(meant, format!("qsy {}", meant.to_lowercase())),
            None if crate::lang::catalogue::not_simulated(meant) => msg::qsy0404(format!(
                "{meant} (an IBM i command that qsy does not simulate)"
            )),
            None => msg::qsy0404(format!("qsy {meant}")),
        });
    report_hint(
        g,
        Output::default(),
        shell::unknown_command(name).unwrap_err(),
        hint,
    )
}

/// [`report`], with a "did you mean" diagnostic after the escape message.
fn report_hint(
    g: &Globals,
    mut out: Output,
    failure: Failure,
    hint: Option<crate::messages::Msg>,
) -> i32 {
    if let Some(h) = hint {
        out.send(h.diagnostic());
    }
    report(g, out, failure)
}

/// Writes `text` to standard output. A reader that went away (`qsy help | head -1`) is not
/// an error: what is left is dropped, and qsy goes on and exits with the command's own
/// status, as ripgrep does (exit 0 for a command that succeeded; no message).
pub fn emit(text: &str) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Prints a failure (with any output so far) and returns its exit code. A "did you mean"
/// hint (QSY0402, QSY0404) already sent follows the escape message it explains.
pub fn report(g: &Globals, mut out: Output, failure: Failure) -> i32 {
    let code = failure.exit_code();
    let at = out
        .messages
        .iter()
        .position(|m| matches!(m.id(), "QSY0402" | "QSY0404"))
        .unwrap_or(out.messages.len());
    out.messages.insert(at, failure.into_message());
    out.render(g.format, g.quiet);
    code
}

/// Runs one command given as a CL string (`qsy -c "..."`).
pub fn run_text(g: &Globals, text: &str) -> i32 {
    let parsed = cl::parse_command(text).map_err(Failure::from);
    match parsed {
        Ok(raw) => match defs::find(&raw.name) {
            Some(def) => execute_from_shell(g, def, &raw),
            None => unknown_command(g, &raw.name),
        },
        Err(f) => report(g, Output::default(), f),
    }
}

/// Runs a command invoked as `qsy NAME args…` or through a link named NAME.
fn run_cli_command(mut g: Globals, def: &'static CommandDef, args: &[String]) -> i32 {
    // A command's own USER parameter wins over the global --user after the command.
    let rest = match take_globals(&mut g, args, def.param("USER").is_none()) {
        Ok(rest) => rest,
        Err(f) => return report(&g, Output::default(), f),
    };
    let shell_form = rest.iter().any(|a| a.starts_with("--") || a == "-h");
    let raw = if shell_form {
        match shell::parse(def, &rest) {
            Ok(raw) => raw,
            Err(Ok(help)) => {
                emit(&help);
                return 0;
            }
            Err(Err(f)) => return report(&g, Output::default(), f),
        }
    } else {
        let text = std::iter::once(def.name().to_string())
            .chain(rest.iter().map(|t| cl_token(t)))
            .collect::<Vec<_>>()
            .join(" ");
        match cl::parse_command(&text) {
            Ok(raw) => return execute_from_shell(&g, def, &shell_positional_values(def, raw)),
            Err(e) => return report(&g, Output::default(), e.into()),
        }
    };
    execute(&g, def, &raw)
}

/// A positional value typed in the shell (`qsy chgsysval QSECURITY 40`) has no CL quoting:
/// the shell already took any apostrophes away. CHGSYSVAL's VALUE given that way is taken
/// as the system value's definition types it, so a number is passed as quoted text (CL
/// syntax, `VALUE(40)` in a script or `-c`, keeps IBM's apostrophe rule).
fn shell_positional_values(def: &'static CommandDef, mut raw: cl::RawCommand) -> cl::RawCommand {
    if def.name() != "CHGSYSVAL" {
        return raw;
    }
    let defs = crate::lang::validate::param_defs(def, &raw);
    for (param, p) in raw.params.iter_mut().zip(defs) {
        if param.keyword.is_none() && p.is_some_and(|p| p.keyword() == "VALUE") {
            if let cl::RawValue::Word(w) = &param.value {
                param.value = cl::RawValue::Quoted(w.clone());
            }
        }
    }
    raw
}

/// A shell token as CL text: a token with blanks and no CL punctuation was one quoted word
/// in the shell, so it is quoted again.
pub(crate) fn cl_token(t: &str) -> String {
    if t.chars().any(char::is_whitespace) && !t.contains(['(', ')', '\'']) {
        cl::RawValue::Quoted(t.to_string()).to_string()
    } else {
        t.to_string()
    }
}

/// `qsy console`: QSECOFR signs on at the console with `password` and runs one CL command
/// (`text`), its secrets prompted for on a terminal as `qsy NAME …` does.
pub fn run_console_command(g: &Globals, text: &str, password: &str) -> i32 {
    let mut out = Output::default();
    let result = (|| {
        let mut raw = cl::parse_command(text).map_err(Failure::from)?;
        let Some(def) = defs::find(&raw.name) else {
            return shell::unknown_command(&raw.name);
        };
        // The password came first on standard input: the command's own secrets are typed
        // at a terminal or written in the CL text.
        let console = Globals {
            password_stdin: false,
            ..g.clone()
        };
        fill_secrets(&console, def, &mut raw, &mut out)?;
        run_checked(g, def, &raw, Credentials::Console(password), &mut out)
    })();
    match result {
        Ok(()) => {
            out.render(g.format, g.quiet);
            0
        }
        Err(f) => report(g, out, f),
    }
}

/// Reads one line of standard input (for `--password-stdin`).
pub fn read_stdin_line() -> QResult<String> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Failure::from(msg::qsy0027(e)))?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

/// CL text that came through the shell (argv or `-c`): free text that arrived unquoted,
/// with lower case or blanks (`TEXT(Night operator)`), most likely lost its CL quotes to
/// the shell (`'… TEXT(''Night operator'')'`): a diagnostic for each such parameter says so.
/// Such text is still accepted as CL reads it (folded to upper case).
pub fn quoting_warnings(
    def: &'static CommandDef,
    raw: &cl::RawCommand,
) -> Vec<crate::messages::Message> {
    let mut found = Vec::new();
    for (param, p) in raw.params.iter().zip(validate::param_defs(def, raw)) {
        let Some(p) = p else { continue };
        if p.kind != defs::ParamKind::Char || !p.values().is_empty() || p.list > 0 {
            continue;
        }
        let words: Vec<&str> = match &param.value {
            cl::RawValue::Word(w) => vec![w.as_str()],
            cl::RawValue::List(items) => {
                let words: Vec<&str> = items
                    .iter()
                    .filter_map(|i| match i {
                        cl::RawValue::Word(w) => Some(w.as_str()),
                        _ => None,
                    })
                    .collect();
                if words.len() != items.len() {
                    continue;
                }
                words
            }
            _ => continue,
        };
        let special = words.iter().any(|w| w.starts_with('*'));
        let lower = words.iter().any(|w| w.chars().any(|c| c.is_lowercase()));
        if special || !(lower || words.len() > 1) {
            continue;
        }
        let text = words.join(" ");
        found
            .push(msg::qsy0401(p.keyword(), &text, &text, p.keyword().to_lowercase()).diagnostic());
    }
    found
}

/// [`execute`] for CL that came through the shell: warns first about CL quotes the shell
/// seems to have removed ([`quoting_warnings`]).
pub fn execute_from_shell(g: &Globals, def: &'static CommandDef, raw: &cl::RawCommand) -> i32 {
    let mut out = Output::default();
    for m in quoting_warnings(def, raw) {
        out.send(m);
    }
    execute_with(g, def, raw, out)
}

/// Validates and runs one parsed command in its own job against the store, prints the
/// output and returns the exit code.
pub fn execute(g: &Globals, def: &'static CommandDef, raw: &cl::RawCommand) -> i32 {
    execute_with(g, def, raw, Output::default())
}

/// Says on stderr that `session` created its store (a new system), unless `--quiet`:
/// creating a system is never silent, and never part of the JSON document on stdout.
pub fn announce_new_store(g: &Globals, session: &crate::engine::Session) {
    use std::io::Write as _;
    if session.created_store() && !g.quiet {
        let m = msg::qsy0400(session.system.display()).diagnostic();
        let _ = writeln!(std::io::stderr(), "{m}");
    }
}

fn execute_with(
    g: &Globals,
    def: &'static CommandDef,
    raw: &cl::RawCommand,
    mut out: Output,
) -> i32 {
    match execute_into(g, def, raw, &mut out) {
        Ok(()) => {
            out.render(g.format, g.quiet);
            0
        }
        Err(f) => report(g, out, f),
    }
}

/// Secret parameters that are new passwords: prompted for twice, and a mismatch refused
/// (QSY0630), as IBM's Change Password display asks for the new password "to verify".
const VERIFIED: &[(&str, &str)] = &[("CHGPWD", "NEWPWD")];

/// Whether qsy prompts for secret parameter `p` of `def` on a terminal when it is not given:
/// a required password, or the one `--password-stdin` fills.
fn prompted(def: &'static CommandDef, p: &defs::ParamDef) -> bool {
    p.kind == defs::ParamKind::Password
        && (p.required || def.password_from_stdin() == Some(p.keyword()))
}

/// Fills secret parameters that were not given: from `--password-stdin`, or by prompting on
/// a terminal. Returns the job user's password when `--password-stdin` is for the job.
/// Warns once when a secret came on the command line, where other processes can see it.
fn fill_secrets(
    g: &Globals,
    def: &'static CommandDef,
    raw: &mut cl::RawCommand,
    out: &mut Output,
) -> QResult<Option<String>> {
    let mut job_password = None;
    // Whether a parameter was written, by keyword or in its position.
    let given = |raw: &cl::RawCommand, kw: &str| {
        let position = def
            .param(kw)
            .map(|(i, _)| i)
            .filter(|i| *i < def.max_positional);
        raw.params.iter().any(|p| p.keyword.as_deref() == Some(kw))
            || position
                .is_some_and(|pos| raw.params.iter().filter(|p| p.keyword.is_none()).count() > pos)
    };
    // A secret typed on the command line (not a special value such as *GEN or *NONE) where
    // the prompt or --password-stdin could have given it instead: a parameter qsy prompts
    // for. Where the command line is the only way (CRTUSRPRF PASSWORD, CHGTOTPKEY TOTPKEY),
    // nothing is said.
    let secret_in_argv = raw
        .params
        .iter()
        .zip(validate::param_defs(def, raw))
        .any(|(param, p)| {
            p.is_some_and(|p| prompted(def, p))
                && !matches!(&param.value, cl::RawValue::Word(w) if w.starts_with('*'))
        });
    if secret_in_argv {
        out.send(msg::qsy0086().diagnostic());
    }
    if g.password_stdin {
        let line = read_stdin_line()?;
        let fills = def.password_from_stdin().filter(|kw| !given(raw, kw));
        if let Some(keyword) = fills {
            raw.params.push(cl::RawParam {
                keyword: Some(keyword.into()),
                value: cl::RawValue::Quoted(line),
                offset: 0,
            });
        } else {
            job_password = Some(line);
        }
    }
    let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if terminal {
        for p in def.params() {
            if prompted(def, p) && !given(raw, p.keyword()) {
                let ask = |label: String| {
                    rpassword::prompt_password(label)
                        .map_err(|e| crate::messages::Failure::from(msg::qsy0028(e)))
                };
                let typed = ask(format!("{} ({}): ", p.prompt(), p.keyword()))?;
                // A new password is typed twice, as on IBM's Change Password display.
                if VERIFIED.contains(&(def.name(), p.keyword()))
                    && ask(format!("{} (to verify): ", p.prompt()))? != typed
                {
                    return msg::qsy0630().fail();
                }
                raw.params.push(cl::RawParam {
                    keyword: Some(p.keyword().into()),
                    value: cl::RawValue::Quoted(typed),
                    offset: 0,
                });
            }
        }
    }
    // A sign-on with no password at all (none written, no --password-stdin, no terminal to
    // prompt on) is a usage error, not a wrong password: nothing is checked or counted.
    if def.before_signon && !g.password_stdin && !terminal {
        if let Some(kw) = def.password_from_stdin().filter(|kw| !given(raw, kw)) {
            return msg::qsy0405(def.name(), kw).fail();
        }
    }
    Ok(job_password)
}

fn execute_into(
    g: &Globals,
    def: &'static CommandDef,
    raw: &cl::RawCommand,
    out: &mut Output,
) -> QResult<()> {
    if def.script_only {
        // QSYGENTOTP is a command of the simulator's own; the others are CL statements.
        let reason = if def.simulator_only {
            "it returns its result into a CL variable"
        } else {
            "it is a CL program statement"
        };
        return msg::qsy0403(def.name(), reason).fail();
    }
    let mut raw = raw.clone();
    let password = fill_secrets(g, def, &mut raw, out)?;
    let credentials = match &password {
        Some(pw) => Credentials::Password(pw),
        None => Credentials::None,
    };
    run_checked(g, def, &raw, credentials, out)
}

/// Checks a command whose secrets are filled in and runs it in its own job as `g.user`
/// with `credentials`. A mistyped keyword or value gets the closest valid one (QSY0402).
fn run_checked(
    g: &Globals,
    def: &'static CommandDef,
    raw: &cl::RawCommand,
    credentials: Credentials,
    out: &mut Output,
) -> QResult<()> {
    if def.script_only {
        return msg::qsy0403(def.name(), "it is a CL program statement").fail();
    }
    let args = match crate::commands::validate(def, raw) {
        Ok(args) => args,
        Err(f) => {
            if let Err(e) = validate::validate(def, raw) {
                if let Some(h) = crate::lang::suggest::param_hint(def, raw, &e) {
                    let value = &h.value;
                    let shell_value = if value.contains([' ', '*', '(', ')', '\'', '&', '?']) {
                        shell::shell_word(value)
                    } else {
                        value.clone()
                    };
                    out.send(
                        msg::qsy0402(
                            format!("{}({value})", h.keyword),
                            format!("--{} {shell_value}", h.keyword.to_lowercase()),
                        )
                        .diagnostic(),
                    );
                }
            }
            return Err(f);
        }
    };
    let Some(command) = crate::commands::lookup(def.name()) else {
        return msg::qsy0012(def.name(), "this version of qsy does not implement it yet").fail();
    };
    let session = g.session();
    let result = session.run_command(&g.user, credentials, command, &args, out);
    announce_new_store(g, &session);
    result
}
