//! The command line: definitions, the CL parser, the shell form, multi-call dispatch, and
//! running one command against the store (DESIGN §2).

pub mod docs;
pub mod globals;
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
        print!("{}", shell::top_command().render_help());
        return 2;
    };
    match first.as_str() {
        "-h" | "--help" => {
            print!("{}", shell::top_command().render_long_help());
            return 0;
        }
        "-V" | "--version" => {
            println!("qsy {}", env!("CARGO_PKG_VERSION"));
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
        None => report(
            &g,
            Output::default(),
            shell::unknown_command(first).unwrap_err(),
        ),
    }
}

/// Prints a failure (with any output so far) and returns its exit code.
pub fn report(g: &Globals, mut out: Output, failure: Failure) -> i32 {
    let code = failure.exit_code();
    out.send(failure.into_message());
    out.render(g.format, g.quiet);
    code
}

/// Runs one command given as a CL string (`qsy -c "..."`).
pub fn run_text(g: &Globals, text: &str) -> i32 {
    let parsed = cl::parse_command(text).map_err(Failure::from);
    match parsed {
        Ok(raw) => match defs::find(&raw.name) {
            Some(def) => execute(g, def, &raw),
            None => report(
                g,
                Output::default(),
                shell::unknown_command(&raw.name).unwrap_err(),
            ),
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
                print!("{help}");
                return 0;
            }
            Err(Err(f)) => return report(&g, Output::default(), f),
        }
    } else {
        let text = std::iter::once(def.name.to_string())
            .chain(rest.iter().map(|t| cl_token(t)))
            .collect::<Vec<_>>()
            .join(" ");
        match cl::parse_command(&text) {
            Ok(raw) => shell_positional_values(def, raw),
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
    if def.name != "CHGSYSVAL" {
        return raw;
    }
    let defs = crate::lang::validate::param_defs(def, &raw);
    for (param, p) in raw.params.iter_mut().zip(defs) {
        if param.keyword.is_none() && p.is_some_and(|p| p.keyword == "VALUE") {
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

/// Validates and runs one parsed command in its own job against the store, prints the
/// output and returns the exit code.
pub fn execute(g: &Globals, def: &'static CommandDef, raw: &cl::RawCommand) -> i32 {
    let mut out = Output::default();
    match execute_into(g, def, raw, &mut out) {
        Ok(()) => {
            out.render(g.format, g.quiet);
            0
        }
        Err(f) => report(g, out, f),
    }
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
    // A secret typed on the command line (not a special value such as *GEN or *NONE).
    let secret_in_argv = raw
        .params
        .iter()
        .zip(validate::param_defs(def, raw))
        .any(|(param, p)| {
            p.is_some_and(|p| p.kind == defs::ParamKind::Password)
                && !matches!(&param.value, cl::RawValue::Word(w) if w.starts_with('*'))
        });
    if secret_in_argv {
        out.send(msg::qsy0086().diagnostic());
    }
    if g.password_stdin {
        let line = read_stdin_line()?;
        let fills = def.password_from_stdin.filter(|kw| !given(raw, kw));
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
        for p in def.params {
            let wanted = p.kind == defs::ParamKind::Password
                && (p.required || def.password_from_stdin == Some(p.keyword));
            if wanted && !given(raw, p.keyword) {
                let typed = rpassword::prompt_password(format!("{} ({}): ", p.prompt, p.keyword))
                    .map_err(|e| crate::messages::Failure::from(msg::qsy0028(e)))?;
                raw.params.push(cl::RawParam {
                    keyword: Some(p.keyword.into()),
                    value: cl::RawValue::Quoted(typed),
                    offset: 0,
                });
            }
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
    let mut raw = raw.clone();
    let password = fill_secrets(g, def, &mut raw, out)?;
    let credentials = match &password {
        Some(pw) => Credentials::Password(pw),
        None => Credentials::None,
    };
    run_checked(g, def, &raw, credentials, out)
}

/// Checks a command whose secrets are filled in and runs it in its own job as `g.user`
/// with `credentials`.
fn run_checked(
    g: &Globals,
    def: &'static CommandDef,
    raw: &cl::RawCommand,
    credentials: Credentials,
    out: &mut Output,
) -> QResult<()> {
    let args = crate::commands::validate(def, raw)?;
    if def.script_only {
        return msg::qsy0012(def.name, "it is a CL program statement or needs a CL variable; use it in a script run with 'qsy run'").fail();
    }
    let Some(command) = crate::commands::lookup(def.name) else {
        return msg::qsy0012(def.name, "this version of qsy does not implement it yet").fail();
    };
    g.session()
        .run_command(&g.user, credentials, command, &args, out)
}
