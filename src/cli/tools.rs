//! The shell-only subcommands: `run`, `ipl`, `dst`, `sst`, `console`, `links`, `totp`, `help`
//! and the hidden `generate-docs`. None of them exists on IBM i; `ipl`, `dst` and `sst` stand
//! for the operator panel and the service tools (physical access), so they need no profile;
//! `console` stands for QSECOFR signing on at the system console, so it needs QSECOFR's
//! password.

use super::{report, shell, Globals};
use crate::messages::{msg, Failure, QResult};
use crate::output::Output;

/// Runs `name` if it is a tool; None when it is not (then it may be a CL command).
pub fn dispatch(g: &Globals, name: &str, args: &[String]) -> Option<i32> {
    match name {
        "generate-docs" => {
            let dir = args.first().map(String::as_str).unwrap_or(".");
            return Some(match super::docs::generate(std::path::Path::new(dir)) {
                Ok(n) => {
                    super::emit(&format!("{n} files written under {dir}\n"));
                    0
                }
                Err(e) => report(g, Output::default(), Failure::from(msg::qsy0073(e))),
            });
        }
        "help" => {
            return Some(match args.first() {
                Some(topic) => help(g, topic),
                None => {
                    super::emit(&shell::top_command().render_long_help().to_string());
                    0
                }
            });
        }
        _ => {}
    }
    let mut g = g.clone();
    // Global options may also follow a tool's name.
    let mut rest = vec![name.to_string()];
    match super::globals::take_globals(&mut g, args, true) {
        Ok(more) => rest.extend(more),
        Err(f) => return Some(report(&g, Output::default(), f)),
    }
    // Building the tools' clap definitions costs start-up time: only for a tool's name.
    if !shell::TOOL_NAMES.contains(&name) {
        return None;
    }
    let tool = shell::tool_commands()
        .into_iter()
        .find(|c| c.get_name() == name);
    let matches = match tool?.try_get_matches_from(rest) {
        Ok(m) => m,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return Some(code);
        }
    };
    let mut out = Output::default();
    let result = match name {
        "run" => return Some(super::run::run_cli(&g, &matches)),
        "console" => return Some(console(&g, &matches)),
        "import" => return Some(super::import::run(&g, &matches)),
        "readiness" => return Some(super::readiness::run(&g, &matches)),
        "ipl" => with_store(&g, &mut out, |tx, now, out| {
            for m in crate::engine::ipl::perform(tx, now, "*PANEL")? {
                out.send(m);
            }
            Ok(())
        }),
        "dst" => with_store(&g, &mut out, |tx, now, out| {
            out.send(crate::security::dst::reset_qsecofr(tx, now)?);
            Ok(())
        }),
        "sst" => with_store(&g, &mut out, |tx, _now, out| {
            let mut o = crate::system::sst_options(tx)?;
            if let Some(v) = matches.get_one::<String>("lock-security-values") {
                o.lock_security_values = v == "yes";
            }
            if let Some(v) = matches.get_one::<String>("allow-adlsgnfac-change") {
                o.allow_adlsgnfac_change = v == "yes";
            }
            crate::system::put_sst_options(tx, &o)?;
            let yn = |b: bool| if b { "yes" } else { "no" };
            out.field(
                "Lock security-related system values",
                yn(o.lock_security_values),
            );
            out.field(
                "Allow additional sign-on factor change",
                yn(o.allow_adlsgnfac_change),
            );
            out.set("lock_security_values", o.lock_security_values);
            out.set("allow_adlsgnfac_change", o.allow_adlsgnfac_change);
            Ok(())
        }),
        "links" => links(
            matches
                .get_one::<String>("dir")
                .map(String::as_str)
                .unwrap_or("."),
            &mut out,
        ),
        "totp" => totp(&matches, &mut out),
        _ => return None,
    };
    Some(match result {
        Ok(()) => {
            out.render(g.format, g.quiet);
            0
        }
        Err(f) => report(&g, out, f),
    })
}

/// `qsy console`: QSECOFR signs on at the console (even while *DISABLED) and runs one CL
/// command or a script (DESIGN §7.7). The password is read before anything runs; another
/// profile, or no way to give the password, is refused before anything is read or counted.
fn console(g: &Globals, matches: &clap::ArgMatches) -> i32 {
    if g.user != crate::engine::signon::CONSOLE_USER {
        return report(g, Output::default(), Failure::from(msg::qsy0054(&g.user)));
    }
    let file = matches.get_one::<String>("run");
    if g.password_stdin && file.is_some_and(|f| f == "-") {
        return report(g, Output::default(), Failure::from(msg::qsy0078()));
    }
    let password = match console_password(g) {
        Ok(p) => p,
        Err(f) => return report(g, Output::default(), f),
    };
    if let Some(file) = file {
        return super::run::run_console(g, file, password);
    }
    let text = matches
        .get_many::<String>("command")
        .into_iter()
        .flatten()
        .map(|t| super::cl_token(t))
        .collect::<Vec<_>>()
        .join(" ");
    super::run_console_command(g, &text, &password)
}

/// QSECOFR's password for the console: `--password-stdin`, else the prompt on a terminal.
fn console_password(g: &Globals) -> QResult<String> {
    use std::io::IsTerminal;
    if g.password_stdin {
        return super::read_stdin_line();
    }
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        return rpassword::prompt_password("QSECOFR password at the console: ")
            .map_err(|e| Failure::from(msg::qsy0028(e)));
    }
    msg::qsy0055().fail()
}

/// `qsy help TOPIC`: the long help of a CL command or of one of qsy's own commands; an
/// unknown topic is refused as an unknown command, with the closest name.
fn help(g: &Globals, topic: &str) -> i32 {
    if let Some(tool) = shell::tool_commands()
        .into_iter()
        .find(|c| c.get_name().eq_ignore_ascii_case(topic))
    {
        let name = format!("qsy {}", tool.get_name());
        super::emit(&tool.name(name).render_long_help().to_string());
        return 0;
    }
    match crate::lang::defs::find(topic) {
        Some(def) => {
            super::emit(&shell::command(def).render_long_help().to_string());
            0
        }
        None => super::unknown_command(g, topic),
    }
}

/// Opens the store for writing and runs `f` as one atomic, durable change.
fn with_store(
    g: &Globals,
    out: &mut Output,
    f: impl FnOnce(&mut crate::store::Tx, i64, &mut Output) -> QResult<()>,
) -> QResult<()> {
    let session = g.session();
    let result = session.with_console(f, out);
    super::announce_new_store(g, &session);
    result
}

fn links(dir: &str, out: &mut Output) -> QResult<()> {
    let exe = std::env::current_exe().map_err(|e| Failure::from(msg::qsy0074(e)))?;
    let dir = std::path::Path::new(dir);
    std::fs::create_dir_all(dir).map_err(|e| Failure::from(msg::qsy0075(dir.display(), e)))?;
    let mut made = 0;
    for def in crate::lang::defs::COMMANDS
        .iter()
        .filter(|d| !d.script_only)
    {
        let link = dir.join(def.name().to_lowercase());
        let _ = std::fs::remove_file(&link);
        #[cfg(unix)]
        std::os::unix::fs::symlink(&exe, &link)
            .map_err(|e| Failure::from(msg::qsy0075(link.display(), e)))?;
        #[cfg(not(unix))]
        std::fs::copy(&exe, &link).map_err(|e| Failure::from(msg::qsy0075(link.display(), e)))?;
        made += 1;
    }
    out.send(msg::qsy0071(made, dir.display()).completion());
    Ok(())
}

fn totp(matches: &clap::ArgMatches, out: &mut Output) -> QResult<()> {
    let key_text = matches
        .get_one::<String>("key")
        .cloned()
        .unwrap_or_default();
    let key =
        crate::security::totp::parse_key(&key_text).map_err(|e| Failure::from(msg::qsy0076(e)))?;
    let at = match matches.get_one::<String>("time") {
        Some(t) => crate::clock::parse_time(t).ok_or_else(|| Failure::from(msg::qsy0077(t)))?,
        None => crate::clock::now()?,
    };
    let code = crate::security::totp::code_at(&key, at.max(0) as u64);
    out.line(&code);
    out.set("code", code.as_str());
    Ok(())
}
