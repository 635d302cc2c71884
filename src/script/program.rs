//! CALL's programs, as the loader and `--check` see them: an IBM API qsy simulates
//! (QSYCHGPW), a CL program found as source along the source search path
//! ([`super::srcpath`]), or a program qsy does not simulate (skipped when the script runs,
//! a note in `--check`, an error with `--strict`).

use super::compile::{Problem, Program};
use super::srcpath;
use crate::messages::{msg, Msg};
use std::path::{Path, PathBuf};

/// What a CALL's program is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An IBM API qsy simulates, by name.
    Api(String),
    /// A CL program: its source file.
    Source(PathBuf),
    /// A program qsy does not simulate.
    Unsimulated,
}

/// The program as CL writes it: NAME or LIB/NAME.
pub fn shown(library: Option<&str>, name: &str) -> String {
    match library {
        Some(lib) if lib != "*LIBL" && lib != "*CURLIB" => format!("{lib}/{name}"),
        _ => name.to_string(),
    }
}

/// Finds program `name` (in `library`, when given) called from the source `from`: an API
/// first, then CL source NAME.clp (and the other CL extensions) in `from`'s directory, then
/// along QSY_CLPATH; with a library, also in a subdirectory named after it.
pub fn resolve(library: Option<&str>, name: &str, from: Option<&Path>) -> Target {
    if crate::commands::call::simulated_api(name) {
        return Target::Api(name.to_string());
    }
    let dirs = srcpath::search_dirs(from);
    let file = library.filter(|l| !l.starts_with('*')).map(|l| (l, l));
    match srcpath::find_member(name, file, &dirs) {
        Some(path) => Target::Source(path),
        None => Target::Unsimulated,
    }
}

fn problem(line: usize, m: Msg) -> Problem {
    Problem {
        line,
        id: m.id().to_string(),
        text: m.text().to_string(),
        member: None,
    }
}

/// Checks the CALLs of `prog` (read from `origin`) for `--check` and before a run: the
/// parameter count of an API, the source of a CL program (compiled, its problems reported
/// on the CALL's line; each program once, so programs that call each other are fine), and a
/// note for each program qsy does not simulate.
pub fn check_calls(prog: &mut Program, origin: Option<&Path>) {
    let mut seen: Vec<PathBuf> = origin
        .and_then(|p| p.canonicalize().ok())
        .into_iter()
        .collect();
    check_calls_in(prog, origin, &mut seen);
}

fn check_calls_in(prog: &mut Program, origin: Option<&Path>, seen: &mut Vec<PathBuf>) {
    let calls = prog.calls.clone();
    let mut noted: Vec<String> = Vec::new();
    for (line, library, name) in calls {
        let shown = shown(library.as_deref(), &name);
        match resolve(library.as_deref(), &name, origin) {
            Target::Api(_) => {}
            Target::Source(path) => {
                let key = path.canonicalize().unwrap_or_else(|_| path.clone());
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let bytes = match std::fs::read(&path) {
                    Ok(b) => b,
                    Err(e) => {
                        prog.problems
                            .push(problem(line, msg::qsy0640(&shown, path.display(), e)));
                        continue;
                    }
                };
                let mut callee = super::load::load_only(&bytes, Some(&path));
                check_calls_in(&mut callee, Some(&path), seen);
                let member = path.display().to_string();
                for p in callee.problems {
                    prog.problems.push(problem(
                        line,
                        msg::qsy0637(&shown, &member, p.line, p.id, p.text),
                    ));
                }
                for p in callee.notes {
                    prog.notes.push(problem(
                        line,
                        msg::qsy0637(&shown, &member, p.line, p.id, p.text),
                    ));
                }
            }
            Target::Unsimulated => {
                if !noted.contains(&shown) {
                    noted.push(shown.clone());
                    prog.notes
                        .push(problem(line, msg::qsy0631(&shown, line, &name)));
                }
            }
        }
    }
}
