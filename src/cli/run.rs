//! `qsy run`: the front end of the CL interpreter (reading the source, `--check`, the
//! summary document and exit codes).

use super::{report, Globals};
use crate::messages::{msg, Failure};
use crate::output::{Format, Output};
use crate::script::{compile, exec, load};
use serde_json::json;

/// Reads a script's bytes: a file, or standard input for `-` (decoded by the loader).
fn read_source(file: &str) -> Result<Vec<u8>, Failure> {
    if file == "-" {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut s)
            .map_err(|e| Failure::from(msg::qsy0027(e)))?;
        Ok(s)
    } else {
        std::fs::read(file).map_err(|e| Failure::from(msg::qsy0029(file, e)))
    }
}

/// `qsy run [--check] [--strict] [--sync end|each] FILE [PARM…]`.
pub fn run_cli(g: &Globals, matches: &clap::ArgMatches) -> i32 {
    let file = matches
        .get_one::<String>("file")
        .cloned()
        .unwrap_or_else(|| "-".into());
    let check = matches.get_flag("check");
    let strict = matches.get_flag("strict");
    let given: Vec<String> = matches
        .get_many::<String>("parm")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
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
    if let Some(dirs) = matches.get_many::<String>("commands") {
        crate::script::srcpath::add_command_dirs(dirs.map(std::path::PathBuf::from));
    }
    let how = How {
        check,
        strict,
        sync_each,
        at_console: false,
        parms: given,
    };
    run_script(g, &file, &how, password)
}

/// How `qsy run` (or `qsy console --run`) runs a script.
struct How {
    /// `--check`: compile and report, run nothing.
    check: bool,
    /// `--strict`: notes are errors.
    strict: bool,
    /// `--sync each`: durable after every command.
    sync_each: bool,
    /// The job is QSECOFR signed on at the console.
    at_console: bool,
    /// Values for the program's parameters (PGM PARM), as given.
    parms: Vec<String>,
}

/// `qsy console --run FILE`: the script runs as QSECOFR signed on at the console with
/// `password` (DESIGN §7.7).
pub fn run_console(g: &Globals, file: &str, password: String) -> i32 {
    let how = How {
        check: false,
        strict: false,
        sync_each: false,
        at_console: true,
        parms: Vec::new(),
    };
    run_script(g, file, &how, || Ok(Some(password)))
}

/// Reads, checks and runs a script; `password` gives the job user's password once the
/// script has compiled (so `--check` reads nothing from standard input).
fn run_script(
    g: &Globals,
    file: &str,
    how: &How,
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
    let origin = (file != "-").then(|| std::path::Path::new(&file));
    let mut prog = load::load(&src, origin);
    if how.strict {
        // --strict: every note is an error.
        let notes = std::mem::take(&mut prog.notes);
        prog.problems.extend(notes);
        prog.problems.sort_by_key(|p| p.line);
    }
    let mut out = Output::default();
    if how.check || !prog.problems.is_empty() {
        for (line, name) in &prog.simulator_only {
            out.send(msg::qsy0215(line, name).diagnostic());
        }
        return report_check(g, file, &prog, out);
    }
    let parms = match load::convert_parms(&prog, &how.parms) {
        Ok(p) => p,
        Err(f) => return report(g, out, f),
    };
    // A skipped command (QSY0752, a site command QSY0921, an unmodelled object type QSY0927)
    // or CALL (QSY0631) is reported where the run skips it, not twice.
    for n in prog
        .notes
        .iter()
        .filter(|n| !matches!(n.id.as_str(), "QSY0750" | "QSY0631" | "QSY0920" | "QSY0926"))
    {
        let at = in_member(n);
        out.send(msg::qsy0216(format!("Line {}: {at}{}: {}", n.line, n.id, n.text)).diagnostic());
    }
    let password = match password() {
        Ok(p) => p,
        Err(f) => return report(g, out, f),
    };
    let session = g.session();
    let options = exec::Options {
        user: g.user.clone(),
        password,
        at_console: how.at_console,
        format: g.format,
        quiet: g.quiet,
        sync_each: how.sync_each,
        parms,
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
    let skipped: Vec<_> = runner
        .commands_skipped
        .iter()
        .map(|(l, n)| json!({"line": l, "command": n}))
        .collect();
    let failed = runner.commands_failed;
    drop(runner);
    // Where the run stopped, as the program's line and the INCLUDEd member's place.
    let stopped = result.as_ref().err().map(|stop| {
        let (line, member) = prog.place(stop.line);
        (line, member.cloned())
    });
    // The process ends right after: the program tree of a script of 10,000 statements is
    // left to the exit instead of being freed node by node (a few percent of the run).
    std::mem::forget(prog);
    doc.set("script", file);
    doc.set("commands_run", commands);
    doc.set("commands_failed", failed);
    if !skipped.is_empty() || failed > 0 {
        doc.send(
            msg::qsy0754(commands, skipped.len(), failed)
                .typed(crate::messages::MsgType::Informational),
        );
    }
    doc.set("commands_skipped", skipped);
    match result {
        Ok(()) => {
            doc.send(msg::qsy0213(file, commands).completion());
            doc.set("ended_at_line", serde_json::Value::Null);
            finish(g, doc, out);
            0
        }
        Err(stop) => {
            let (line, member) = stopped.unwrap_or((stop.line, None));
            let member = member.as_ref();
            doc.set("ended_at_line", line);
            if let Some(m) = member {
                doc.set(
                    "ended_in_member",
                    json!({"member": m.member, "line": m.line}),
                );
            }
            let code = stop.failure.exit_code().max(1);
            doc.send(stop.failure.message().clone());
            if let Some(m) = member {
                doc.send(msg::qsy0661(line, m.line, &m.member).diagnostic());
            }
            doc.send(msg::qsy0200(line, stop.failure.id()).typed(crate::messages::MsgType::Escape));
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

/// Problems (or notes) as JSON: line, ID, text, and the place in an INCLUDEd member.
fn as_json(list: &[compile::Problem]) -> Vec<serde_json::Value> {
    list.iter()
        .map(|p| {
            let mut v = json!({"line": p.line, "id": p.id, "text": p.text});
            if let Some(m) = &p.member {
                v["member"] = json!({"member": m.member, "line": m.line});
            }
            v
        })
        .collect()
}

/// Where a problem stands, after `FILE:LINE: `: nothing, or the INCLUDEd member's line.
fn in_member(p: &compile::Problem) -> String {
    p.member
        .as_ref()
        .map(|m| format!("{}:{}: ", m.member, m.line))
        .unwrap_or_default()
}

fn report_check(g: &Globals, file: &str, prog: &compile::Program, mut out: Output) -> i32 {
    let problems = as_json(&prog.problems);
    let uses: Vec<_> = prog
        .simulator_only
        .iter()
        .map(|(l, n)| json!({"line": l, "command": n}))
        .collect();
    let parameters: Vec<_> = load::parameters(prog)
        .into_iter()
        .map(|(n, t)| json!({"variable": format!("&{n}"), "type": load::type_text(t)}))
        .collect();
    out.set("script", file);
    out.set("problems", problems);
    out.set("notes", as_json(&prog.notes));
    out.set("source", as_json(&prog.info));
    out.set("parameters", parameters.clone());
    out.set("simulator_only", uses);
    let unsimulated: Vec<_> = prog
        .unsimulated
        .iter()
        .map(|(l, n)| json!({"line": l, "command": n}))
        .collect();
    out.set("not_simulated", unsimulated);
    let site: Vec<_> = prog
        .site_commands
        .iter()
        .map(|(l, n, s)| json!({"line": l, "command": n, "source": s}))
        .collect();
    out.set("site_commands", site);
    if g.format == Format::Text {
        for p in &prog.problems {
            let at = in_member(p);
            out.line(format!("{file}:{}: {at}{}: {}", p.line, p.id, p.text));
        }
        for p in prog.notes.iter().chain(&prog.info) {
            let at = in_member(p);
            out.line(format!("{file}:{}: {at}note: {}: {}", p.line, p.id, p.text));
        }
    }
    if !prog.parms.is_empty() {
        let list: Vec<String> = load::parameters(prog)
            .into_iter()
            .map(|(n, t)| format!("&{n} {}", load::type_text(t)))
            .collect();
        out.send(msg::qsy0280(prog.parms.len(), list.join(", ")).completion());
    }
    if prog.problems.is_empty() {
        let checked = prog
            .decls
            .len()
            .saturating_add(prog.command_count)
            .to_string();
        // "No problems found" means the script is expected to run on IBM i as it does here:
        // with notes or simulator-only commands, the count of lines that would not.
        let mut differ: Vec<usize> = prog
            .notes
            .iter()
            .map(|n| n.line)
            .chain(prog.simulator_only.iter().map(|(l, _)| *l))
            .collect();
        differ.sort_unstable();
        differ.dedup();
        out.send(
            if differ.is_empty() {
                msg::qsy0214(file, checked)
            } else {
                msg::qsy0604(file, checked, differ.len())
            }
            .completion(),
        );
        out.render(g.format, g.quiet);
        0
    } else {
        let f = Failure::from(msg::qsy0211(prog.problems.len(), file));
        report(g, out, f)
    }
}

#[cfg(test)]
mod tests {
    use crate::security::password::counted;
    use sha2::Digest;

    /// The bench's `name` constant (`const NAME: TYPE = VALUE;`), as written in its source.
    fn bench_constant<'a>(bench: &'a str, name: &str) -> &'a str {
        let start = bench
            .find(&format!("const {name}:"))
            .unwrap_or_else(|| panic!("benches/targets.rs has no constant {name}"));
        let line = &bench[start..bench[start..].find(';').map_or(bench.len(), |e| start + e)];
        line.split_once('=').map_or("", |(_, v)| v).trim()
    }

    /// The rehearsal row of `cargo bench` compares `qsy run examples/rollout.clp` with the
    /// key derivations it does, as counted in benches/targets.rs (REHEARSAL_KDFS, for the
    /// script whose SHA-256 is ROLLOUT_SHA256). This runs the rehearsal on a new store,
    /// counts the derivations it really does, and fails when either constant is stale.
    #[test]
    fn the_rehearsal_does_the_key_derivations_the_bench_counts() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let bench = std::fs::read_to_string(root.join("benches/targets.rs")).unwrap();
        let script = root.join("examples/rollout.clp");
        let digest: String = sha2::Sha256::digest(std::fs::read(&script).unwrap())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            bench_constant(&bench, "ROLLOUT_SHA256"),
            format!("{digest:?}"),
            "examples/rollout.clp changed: recount REHEARSAL_KDFS, then update ROLLOUT_SHA256"
        );
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("system.redb");
        counted::take();
        let code = super::super::main(
            [
                "qsy",
                "--system",
                store.to_str().unwrap(),
                "run",
                script.to_str().unwrap(),
            ]
            .map(String::from)
            .to_vec(),
        );
        let [sha512, sha1, sha256] = counted::take();
        assert_eq!(code, 0, "the rehearsal ran to its end");
        assert_eq!(
            bench_constant(&bench, "REHEARSAL_KDFS"),
            format!("({sha512}, {sha1}, {sha256})"),
            "REHEARSAL_KDFS in benches/targets.rs: (level 4, level 2/3, level 0/1 and recovery key)"
        );
    }
}
