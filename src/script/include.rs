//! INCLUDE: the statements of another source member put where the INCLUDE stands, before
//! compiling, as IBM's CL compiler does. Members are found along the source search path
//! ([`super::srcpath`]); a member that includes itself, directly or not, is refused.

use super::source::{self, Note, Statement};
use super::srcpath;
use crate::lang::cl::{self, RawValue};
use crate::messages::{msg, Msg};
use std::path::{Path, PathBuf};

/// How deeply INCLUDEs may nest.
pub const MAX_DEPTH: usize = 16;

/// Where a statement of an INCLUDEd member stands: the line of the INCLUDE in the program
/// (the top-level one, when INCLUDEs nest), the member's file and the line in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Line of the top-level INCLUDE in the program.
    pub at: usize,
    /// The member's file, as found along the source search path.
    pub member: String,
    /// 1-based line in the member.
    pub line: usize,
}

/// Line numbers from here up stand for a line of an included member: line
/// `FIRST_PLACE + i` is `places[i]` ([`Expanded::places`], [`super::compile::Program::places`]).
/// Compiling and running carry them like any line; what shows a line resolves them.
pub const FIRST_PLACE: usize = usize::MAX / 2;

/// Statements with every INCLUDE replaced by the member's statements (each carrying the line
/// of the top-level INCLUDE), and what went wrong, by line.
#[derive(Debug, Default)]
pub struct Expanded {
    /// The statements.
    pub statements: Vec<Statement>,
    /// Notes from included members (on the INCLUDE's line).
    pub notes: Vec<Note>,
    /// Problems: members not found, recursion, syntax errors inside members.
    pub problems: Vec<(usize, Msg)>,
    /// The places that the lines from [`FIRST_PLACE`] up stand for.
    pub places: Vec<Place>,
}

impl Expanded {
    /// The line that stands for line `line` of `member`, included at line `at`.
    fn place(&mut self, at: usize, member: &Path, line: usize) -> usize {
        self.places.push(Place {
            at,
            member: member.display().to_string(),
            line,
        });
        FIRST_PLACE + self.places.len() - 1
    }
}

/// Expands the INCLUDEs of `statements`, read from `origin` (None: standard input).
pub fn expand(statements: Vec<Statement>, origin: Option<&Path>) -> Expanded {
    let mut out = Expanded::default();
    let mut chain: Vec<PathBuf> = origin
        .and_then(|p| p.canonicalize().ok())
        .into_iter()
        .collect();
    expand_into(statements, origin, None, &mut chain, &mut out);
    out
}

/// The INCLUDE's member, source file (LIB, FILE) and stream file, as written.
fn target(raw: &cl::RawCommand) -> (Option<String>, Option<(String, String)>, Option<String>) {
    let word = |v: &RawValue| match v {
        RawValue::Word(w) | RawValue::Quoted(w) => Some(w.clone()),
        _ => None,
    };
    let (mut mbr, mut file, mut stmf) = (None, None, None);
    let mut positional = 0;
    for p in &raw.params {
        let kw = match &p.keyword {
            Some(k) => k.as_str(),
            None => {
                positional += 1;
                match positional {
                    1 => "SRCMBR",
                    2 => "SRCFILE",
                    _ => "",
                }
            }
        };
        match kw {
            "SRCMBR" => mbr = word(&p.value).map(|m| m.to_ascii_uppercase()),
            "SRCSTMF" => stmf = word(&p.value),
            "SRCFILE" => {
                file = match &p.value {
                    RawValue::Qualified(parts) if parts.len() == 2 => {
                        match (word(&parts[0]), word(&parts[1])) {
                            (Some(l), Some(f)) => Some((l, f)),
                            _ => None,
                        }
                    }
                    RawValue::Word(f) if !f.starts_with('*') => Some(("*LIBL".into(), f.clone())),
                    _ => None,
                }
            }
            _ => {}
        }
    }
    (mbr, file, stmf)
}

fn expand_into(
    statements: Vec<Statement>,
    origin: Option<&Path>,
    top_line: Option<usize>,
    chain: &mut Vec<PathBuf>,
    out: &mut Expanded,
) {
    for mut st in statements {
        let top = top_line.unwrap_or(st.line);
        // Inside a member, the statement's line stands for its place in the member.
        let line = match (top_line, origin) {
            (Some(at), Some(member)) => out.place(at, member, st.line),
            _ => st.line,
        };
        // Only a statement that spells INCLUDE somewhere can be one: the others are not
        // parsed here (compiling parses them anyway; a script of 10,000 statements, §9).
        let parsed = if may_name_include(&st.text) {
            cl::parse_command(&st.text).ok()
        } else {
            None
        };
        let raw = match parsed {
            Some(raw) if raw.name == "INCLUDE" => raw,
            _ => {
                st.line = line;
                out.statements.push(st);
                continue;
            }
        };
        let (mbr, file, stmf) = target(&raw);
        let dirs = srcpath::search_dirs(origin);
        let (path, shown) = match (&mbr, &stmf) {
            (_, Some(p)) => {
                let p = PathBuf::from(p);
                let p = if p.is_relative() { dirs[0].join(p) } else { p };
                let shown = p.display().to_string();
                (p.is_file().then_some(p), shown)
            }
            (Some(m), None) => {
                let f = file.as_ref().map(|(l, f)| (l.as_str(), f.as_str()));
                let shown = m.clone();
                (srcpath::find_member(m, f, &dirs), shown)
            }
            (None, None) => {
                out.problems.push((line, msg::qsy0277()));
                continue;
            }
        };
        let Some(path) = path else {
            let places: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
            out.problems
                .push((line, msg::qsy0275(&shown, places.join(", "))));
            continue;
        };
        let key = path.canonicalize().unwrap_or_else(|_| path.clone());
        if chain.contains(&key) {
            let mut names: Vec<String> = chain.iter().map(|p| p.display().to_string()).collect();
            names.push(key.display().to_string());
            out.problems
                .push((line, msg::qsy0276(&shown, names.join(" -> "))));
            continue;
        }
        if chain.len() > MAX_DEPTH {
            out.problems.push((line, msg::qsy0282(MAX_DEPTH)));
            continue;
        }
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                out.problems.push((line, msg::qsy0283(path.display(), e)));
                continue;
            }
        };
        let (text, _) = source::decode(&bytes);
        let split = match source::split_source(&text) {
            Ok(s) => s,
            Err(e) => {
                out.problems
                    .push((line, msg::qsy0278(&shown, e.line, e.message)));
                continue;
            }
        };
        for n in split.notes {
            let line = out.place(top, &path, n.line);
            out.notes.push(Note { line, msg: n.msg });
        }
        chain.push(key);
        expand_into(split.statements, Some(&path), Some(top), chain, out);
        chain.pop();
    }
}

/// Whether `text` holds the word INCLUDE in any case: a statement whose command name is
/// INCLUDE always does (the name is the statement's own text, upper-cased), so a statement
/// that does not need not be parsed to know it is no INCLUDE.
fn may_name_include(text: &str) -> bool {
    const WORD: &[u8] = b"INCLUDE";
    let b = text.as_bytes();
    (0..b.len().saturating_sub(WORD.len() - 1))
        .any(|i| (b[i] | 0x20) == b'i' && b[i..i + WORD.len()].eq_ignore_ascii_case(WORD))
}

#[cfg(test)]
mod tests {
    use super::may_name_include;

    #[test]
    fn a_statement_is_looked_at_only_when_it_spells_include() {
        assert!(may_name_include("INCLUDE SRCMBR(X)"));
        assert!(may_name_include("lab: include srcmbr(x)"));
        assert!(may_name_include("QSYS/Include X"));
        assert!(!may_name_include(
            "CHGUSRPRF USRPRF(U000001) TEXT('changed 1')"
        ));
        assert!(!may_name_include("INCLUD"));
        assert!(!may_name_include(""));
    }
}
