//! `qsy run`: the front end of the CL interpreter (reading the source, `--check`, the
//! summary document and exit codes).

use super::{report, Globals};
use crate::messages::{msg, Failure};
use crate::output::{Format, Output};
use crate::script::{compile, exec};
use serde_json::json;

/// Reads a script: a file, or standard input for `-`.
fn read_source(file: &str) -> Result<String, Failure> {
    if file == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .map_err(|e| Failure::from(msg::qsy0027(e)))?;
        Ok(s)
    } else {
        std::fs::read_to_string(file).map_err(|e| Failure::from(msg::qsy0029(file, e)))
    }
}

/// `qsy run [--check] [--sync end|each] FILE`.
pub fn run_cli(g: &Globals, matches: &clap::ArgMatches) -> i32 {
    let file = matches
        .get_one::<String>("file")
        .cloned()
        .unwrap_or_else(|| "-".into());
    let check = matches.get_flag("check");
    let sync_each = matches
        .get_one::<String>("sync")
        .is_some_and(|s| s == "each");
    let password = || {
        if g.password_stdin {
            super::read_stdin_line().map(Some)
        } else {
            Ok(None)
        }
    };
    run_script(g, &file, check, sync_each, false, password)
}

/// `qsy console --run FILE`: the script runs as QSECOFR signed on at the console with
/// `password` (DESIGN §7.7).
pub fn run_console(g: &Globals, file: &str, password: String) -> i32 {
    run_script(g, file, false, false, true, || Ok(Some(password)))
}

/// Reads, checks and runs a script; `password` gives the job user's password once the
/// script has compiled (so `--check` reads nothing from standard input).
fn run_script(
    g: &Globals,
    file: &str,
    check: bool,
    sync_each: bool,
    at_console: bool,
    password: impl FnOnce() -> Result<Option<String>, Failure>,
) -> i32 {
    // The job user's password comes first on standard input, so the script cannot also.
    if g.password_stdin && file == "-" {
        return report(g, Output::default(), Failure::from(msg::qsy0078()));
    }
    let src = match read_source(file) {
        Ok(s) => s,
        Err(f) => return report(g, Output::default(), f),
    };
    let prog = compile::compile(&src);
    let mut out = Output::default();
    if check || !prog.problems.is_empty() {
        for (line, name) in &prog.simulator_only {
            out.send(msg::qsy0215(line, name).diagnostic());
        }
        return report_check(g, file, &prog, out);
    }
    let password = match password() {
        Ok(p) => p,
        Err(f) => return report(g, out, f),
    };
    let session = g.session();
    let options = exec::Options {
        user: g.user.clone(),
        password,
        at_console,
        format: g.format,
        quiet: g.quiet,
        sync_each,
    };
    let mut runner = match exec::Runner::new(&session, &prog, &options) {
        Ok(r) => r,
        Err(f) => {
            super::announce_new_store(g, &session);
            return report(g, out, f);
        }
    };
    super::announce_new_store(g, &session);
    let result = runner.run(&prog);
    let mut doc = std::mem::take(&mut runner.doc);
    let commands = runner.commands_run;
    doc.set("script", file);
    doc.set("commands_run", commands);
    match result {
        Ok(()) => {
            doc.send(msg::qsy0213(file, commands).completion());
            doc.set("ended_at_line", serde_json::Value::Null);
            finish(g, doc, out);
            0
        }
        Err(stop) => {
            doc.set("ended_at_line", stop.line);
            let code = stop.failure.exit_code().max(1);
            doc.send(stop.failure.message().clone());
            doc.send(
                msg::qsy0200(stop.line, stop.failure.id()).typed(crate::messages::MsgType::Escape),
            );
            finish(g, doc, out);
            code
        }
    }
}

fn finish(g: &Globals, mut doc: Output, pre: Output) {
    let mut messages = pre.messages;
    messages.append(&mut doc.messages);
    doc.messages = messages;
    doc.render(g.format, g.quiet);
}

fn report_check(g: &Globals, file: &str, prog: &compile::Program, mut out: Output) -> i32 {
    let problems: Vec<_> = prog
        .problems
        .iter()
        .map(|p| json!({"line": p.line, "id": p.id, "text": p.text}))
        .collect();
    let uses: Vec<_> = prog
        .simulator_only
        .iter()
        .map(|(l, n)| json!({"line": l, "command": n}))
        .collect();
    out.set("script", file);
    out.set("problems", problems);
    out.set("simulator_only", uses);
    if g.format == Format::Text {
        for p in &prog.problems {
            out.line(format!("{file}:{}: {}: {}", p.line, p.id, p.text));
        }
    }
    if prog.problems.is_empty() {
        out.send(
            msg::qsy0214(
                file,
                prog.decls
                    .len()
                    .saturating_add(prog.command_count)
                    .to_string(),
            )
            .completion(),
        );
        out.render(g.format, g.quiet);
        0
    } else {
        let f = Failure::from(msg::qsy0211(prog.problems.len(), file));
        report(g, out, f)
    }
}
