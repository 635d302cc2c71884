//! A script as `qsy run` reads it: bytes decoded as shops store CL ([`source::decode`]),
//! split into statements, INCLUDEs expanded ([`include`]), declarations checked to come
//! first, compiled; and the program's parameters (PGM PARM) converted to their types.

use super::compile::{self, Problem, Program};
use super::expr::{Val, VarType, Vars};
use super::{include, source};
use crate::lang::cl::{self, RawValue};
use crate::messages::{msg, Failure, Msg};
use std::path::Path;

fn problem(line: usize, m: Msg) -> Problem {
    Problem {
        line,
        id: m.id().to_string(),
        text: m.text().to_string(),
        member: None,
    }
}

/// Commands that declare (IBM: they must follow PGM and precede all other commands).
const DECLARATIONS: &[&str] = &["DCL", "DCLF", "COPYRIGHT", "DCLPRCOPT"];

/// Compiles the script in `bytes`, read from `origin` (None: standard input), and checks
/// the programs its CALLs name ([`super::program::check_calls`]).
pub fn load(bytes: &[u8], origin: Option<&Path>) -> Program {
    let mut prog = load_only(bytes, origin);
    super::program::check_calls(&mut prog, origin);
    // CALLs inside INCLUDEd members are reported at their member's place too.
    prog.resolve_places();
    prog
}

/// [`load`] without looking at the programs the CALLs name.
pub fn load_only(bytes: &[u8], origin: Option<&Path>) -> Program {
    let (text, decoded) = source::decode(bytes);
    let info: Vec<Problem> = decoded
        .into_iter()
        .map(|n| problem(n.line, n.msg))
        .collect();
    let split = match source::split_source(&text) {
        Ok(s) => s,
        Err(e) => {
            return Program {
                problems: vec![problem(e.line, e.into())],
                info,
                ..Default::default()
            }
        }
    };
    let mut notes: Vec<Problem> = split
        .notes
        .into_iter()
        .map(|n| problem(n.line, n.msg))
        .collect();
    let expanded = include::expand(split.statements, origin);
    notes.extend(expanded.notes.into_iter().map(|n| problem(n.line, n.msg)));
    let mut problems: Vec<Problem> = expanded
        .problems
        .into_iter()
        .map(|(l, m)| problem(l, m))
        .collect();
    let mut parms = Vec::new();
    let mut seen_command = false;
    let statements = compile::parse_statements(expanded.statements);
    for st in &statements {
        let Ok(raw) = &st.parsed else {
            continue;
        };
        let name = raw.name.as_str();
        if name == "PGM" {
            parms = pgm_parms(raw);
        } else if DECLARATIONS.contains(&name) {
            if seen_command {
                problems.push(problem(st.line, msg::qsy0274(name)));
            }
            if name == "DCLPRCOPT" {
                notes.push(problem(st.line, msg::qsy0279(name)));
            }
        } else if !name.starts_with("DCL") {
            // A misspelt declaration (DCLFF) is refused on its own; it does not make the
            // declarations after it "after the first command".
            seen_command = true;
        }
    }
    let site = super::sitecmd::SiteCommands::new(origin);
    let mut prog = compile::compile_parsed(statements, Some(site));
    prog.problems.extend(problems);
    prog.problems.sort_by_key(|p| p.line);
    prog.notes.extend(notes);
    prog.notes.sort_by_key(|p| p.line);
    prog.info.extend(info);
    prog.parms = parms;
    prog.origin = origin.map(Path::to_path_buf);
    check_transfers(&mut prog);
    prog.places = expanded.places;
    prog.resolve_places();
    prog
}

/// TFRCTL as IBM restricts it: only in OPM CL (not in ILE CL source, `.clle`), and passing
/// only the program's own parameters.
fn check_transfers(prog: &mut Program) {
    let ile = prog
        .origin
        .as_deref()
        .and_then(Path::extension)
        .is_some_and(|e| e.eq_ignore_ascii_case("clle"));
    for (line, values) in std::mem::take(&mut prog.transfers) {
        if ile {
            let member = prog
                .origin
                .as_deref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            prog.problems.push(problem(line, msg::qsy0642(member)));
        }
        for v in &values {
            let own = matches!(v, RawValue::Var(n) if prog.parms.contains(n));
            if !own {
                prog.problems.push(problem(line, msg::qsy0641(v)));
            }
        }
    }
    prog.problems.sort_by_key(|p| p.line);
}

/// The variables named on PGM PARM (keyword or positional), without `&`.
fn pgm_parms(raw: &cl::RawCommand) -> Vec<String> {
    let Some(p) = raw
        .params
        .iter()
        .find(|p| p.keyword.as_deref().is_none_or(|k| k == "PARM"))
    else {
        return Vec::new();
    };
    match &p.value {
        RawValue::Var(v) => vec![v.clone()],
        RawValue::List(items) => items
            .iter()
            .filter_map(|i| match i {
                RawValue::Var(v) => Some(v.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A declared type as CL writes it: `*CHAR 10`, `*DEC (9 2)`.
pub fn type_text(ty: VarType) -> String {
    match ty {
        VarType::Char(n) => format!("*CHAR {n}"),
        VarType::Dec(d, s) => format!("*DEC ({d} {s})"),
        VarType::Lgl => "*LGL".to_string(),
        VarType::Int(4) => "*INT".to_string(),
        VarType::Int(b) => format!("*INT {b}"),
        VarType::UInt(4) => "*UINT".to_string(),
        VarType::UInt(b) => format!("*UINT {b}"),
        VarType::Ptr => "*PTR".to_string(),
    }
}

/// The program's parameters with their declared types (undeclared ones are already a
/// compile problem and are left out).
pub fn parameters(prog: &Program) -> Vec<(String, VarType)> {
    prog.parms
        .iter()
        .filter_map(|p| {
            prog.decls
                .iter()
                .find(|d| &d.name == p)
                .map(|d| (p.clone(), d.ty))
        })
        .collect()
}

/// The values given on the command line (`qsy run FILE PARM…`) converted to the declared
/// types of PGM PARM, as a CALL passes them: character values padded with blanks or cut to
/// the declared length, numbers converted to the *DEC or *INT declared.
///
/// # Errors
/// CPD0172 when the count differs from the parameters PGM declares; QSY0281 for a value
/// that does not fit its parameter's type.
pub fn convert_parms(prog: &Program, given: &[String]) -> Result<Vec<(String, Val)>, Failure> {
    let params = parameters(prog);
    if given.len() != prog.parms.len() {
        return Err(msg::cpd0172().into());
    }
    let mut out = Vec::new();
    for (i, ((name, ty), value)) in params.iter().zip(given).enumerate() {
        let mut vars = Vars::default();
        let fits = vars
            .declare(name, *ty, None)
            .and_then(|()| vars.assign(name, Val::Str(value.clone())));
        if let Err(e) = fits {
            return Err(msg::qsy0281(i + 1, name, type_text(*ty), value, e).into());
        }
        let v = vars
            .get(name)
            .map(|v| v.val.clone())
            .unwrap_or(Val::Str(value.clone()));
        out.push((name.clone(), v));
    }
    Ok(out)
}
