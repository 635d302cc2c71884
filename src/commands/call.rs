//! CALL as a command (a submitted job's `SBMJOB CMD(CALL …)`, or a command line): the IBM
//! APIs qsy simulates run; any other program is skipped with a diagnostic. In a script the
//! interpreter handles CALL itself (`script::exec`), so that CL programs found as source run
//! with their parameters passed by reference; it calls the APIs through [`call_api`] too.

use crate::engine::Job;
use crate::lang::cl::{self, RawValue};
use crate::lang::defs::call::{PARM, PGM};
use crate::lang::validate::{Args, Value};
use crate::messages::{msg, QResult};

/// A value passed to a program: character data (one character per byte of the parameter)
/// or a number (a numeric constant, or a numeric variable's value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Passed {
    /// Character data.
    Text(String),
    /// A whole number (a BINARY(4) parameter such as a length or a CCSID).
    Number(i64),
}

impl Passed {
    /// The value as character data.
    pub fn text(&self) -> String {
        match self {
            Passed::Text(t) => t.clone(),
            Passed::Number(n) => n.to_string(),
        }
    }

    /// The value as a whole number, when it is one.
    pub fn number(&self) -> Option<i64> {
        match self {
            Passed::Number(n) => Some(*n),
            Passed::Text(t) => t.trim().parse().ok(),
        }
    }
}

/// The IBM APIs qsy simulates, by program name (upper case).
pub fn simulated_api(program: &str) -> bool {
    program == super::qsychgpw::NAME
}

/// Calls API `program` (one [`simulated_api`] names) with `parms`, which it may change
/// (an error code structure).
pub fn call_api(job: &mut Job, program: &str, parms: &mut [Passed]) -> QResult<()> {
    match program {
        super::qsychgpw::NAME => super::qsychgpw::call(job, parms),
        _ => Ok(()),
    }
}

/// The parameters of CALL as a command.
pub struct Params {
    /// The program, upper case.
    pub program: String,
    /// Its library as written (`*LIBL` when none).
    pub library: String,
    /// The values passed, as constants (a submitted job's command text holds no variables).
    pub parms: Vec<Passed>,
}

/// A constant of CALL's PARM as IBM passes it to an API: a character constant as text, a
/// hexadecimal one as its bytes, a number as a number.
fn constant(v: &RawValue) -> Passed {
    match v {
        RawValue::Quoted(s) => Passed::Text(s.clone()),
        RawValue::Hex(h) => Passed::Text(
            (0..h.len() / 2)
                .filter_map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).ok())
                .map(char::from)
                .collect(),
        ),
        RawValue::Word(w) => match w.parse::<i64>() {
            Ok(n) => Passed::Number(n),
            Err(_) => Passed::Text(w.to_ascii_uppercase()),
        },
        other => Passed::Text(other.to_string()),
    }
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        let (library, program) = match args.value(PGM) {
            Some(Value::Qualified { lib, obj }) => (lib.clone(), obj.clone()),
            Some(v) => (
                "*LIBL".to_string(),
                v.as_str().unwrap_or_default().to_string(),
            ),
            None => ("*LIBL".to_string(), String::new()),
        };
        let parms = match args.value(PARM) {
            Some(Value::Command(text)) if !text.trim().is_empty() => {
                match cl::parse_value(&format!("({text})"))? {
                    RawValue::List(items) => items.iter().map(constant).collect(),
                    other => vec![constant(&other)],
                }
            }
            _ => Vec::new(),
        };
        Ok(Params {
            program: program.to_ascii_uppercase(),
            library,
            parms,
        })
    }
}

/// Runs CALL outside a script: an API qsy simulates runs; a program that may be a CL
/// program is skipped (only a script's CALL statement finds CL source).
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    if simulated_api(&params.program) {
        let mut parms = params.parms.clone();
        return call_api(job, &params.program, &mut parms);
    }
    let shown = if params.library == "*LIBL" {
        params.program.clone()
    } else {
        format!("{}/{}", params.library, params.program)
    };
    job.send(msg::qsy0639(shown).diagnostic());
    Ok(())
}
