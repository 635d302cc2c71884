//! Site-defined commands: the commands a shop created with CRTCMD from command-definition
//! source (CMD, PARM, ELEM, QUAL, DEP, PMTCTL statements; IBM Documentation, "Command
//! Definition (CMD)", "Parameter Definition (PARM)"), kept beside its CL as `NAME.cmd`.
//!
//! qsy reads such a source when a program uses a command that is neither one it simulates
//! nor one of IBM i's ([`crate::lang::catalogue`]), checks the command's keywords and
//! positional values against it, and skips the command when the program runs (it cannot
//! know what the command processing program does). Only what the check needs is read:
//! each PARM's keyword, type, length, RTNVAL, CONSTANT, RSTD, VALUES, SPCVAL, SNGVAL, MIN
//! and MAX, and CMD's MAXPOS; ELEM and QUAL groups are known by their labels (a PARM whose
//! TYPE names one takes a list or a qualified name, not checked further); DEP, PMTCTL and
//! the prompt keywords are accepted and not acted on.

use super::source;
use crate::lang::cl::{self, RawCommand, RawValue};
use crate::messages::{msg, Msg};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// IBM's limit on the parameters of one command ("A maximum of 99 parameters can be
/// defined for one command", PARM).
pub const MAX_PARMS: usize = 99;

/// One PARM statement, as far as the check needs it.
#[derive(Debug, Clone, Default)]
pub struct SiteParm {
    /// KWD, upper case.
    pub keyword: String,
    /// TYPE as written, upper case (`*CHAR`, `*DEC`, … or the label of an ELEM/QUAL group).
    pub ty: String,
    /// TYPE names an ELEM or QUAL group (a list or a qualified name).
    pub group: bool,
    /// The first LEN value (the length of a *CHAR, *NAME… value; digits of a *DEC).
    pub len: Option<usize>,
    /// RTNVAL(*YES): the value is returned into a CL variable.
    pub rtnval: bool,
    /// CONSTANT(): not given on the command.
    pub constant: bool,
    /// RSTD(*YES): only VALUES, SPCVAL and SNGVAL values are allowed.
    pub rstd: bool,
    /// VALUES, and the "from" values of SPCVAL, upper case.
    pub values: Vec<String>,
    /// The "from" values of SNGVAL, upper case: given alone.
    pub single: Vec<String>,
    /// MIN: 1 or more makes the parameter required.
    pub min: usize,
    /// MAX: how many values a list may hold (1 when not given).
    pub max: usize,
}

/// A command-definition source read.
#[derive(Debug, Clone)]
pub struct SiteCommand {
    /// The command's name, upper case.
    pub name: String,
    /// The source file it was read from.
    pub source: PathBuf,
    /// CMD MAXPOS: how many parameters may be given positionally (None: *NOMAX).
    pub max_pos: Option<usize>,
    /// The PARM statements, in order (the positional order).
    pub params: Vec<SiteParm>,
}

/// Why a command-definition source cannot define a command: the line and the problem.
#[derive(Debug, Clone)]
pub struct SourceProblem {
    /// The source file.
    pub source: PathBuf,
    /// 1-based line in it.
    pub line: usize,
    /// What is wrong.
    pub text: String,
}

impl SourceProblem {
    /// The problem as the message reported where the command is used (QSY0923).
    pub fn msg(&self) -> Msg {
        msg::qsy0923(self.source.display(), self.line, &self.text)
    }
}

fn word(v: &RawValue) -> String {
    match v {
        RawValue::Quoted(s) => s.clone(),
        other => other.to_string().to_ascii_uppercase(),
    }
}

fn first_elements(v: &RawValue) -> Vec<String> {
    match v {
        RawValue::List(items) => items
            .iter()
            .map(|i| match i {
                // SPCVAL((FROM TO) …) and SNGVAL((FROM TO) …): the "from" value.
                RawValue::List(pair) => pair.first().map(word).unwrap_or_default(),
                other => word(other),
            })
            .collect(),
        other => vec![word(other)],
    }
}

fn number(v: &RawValue) -> Option<usize> {
    match v {
        RawValue::List(items) => items.first().and_then(number),
        RawValue::Word(w) => w.parse().ok(),
        _ => None,
    }
}

fn yes(v: &RawValue) -> bool {
    matches!(v, RawValue::Word(w) if w.eq_ignore_ascii_case("*YES"))
}

/// Statements of command-definition source (IBM's CRTCMD lists CMD, PARM, ELEM, QUAL, DEP
/// and PMTCTL).
const STATEMENTS: &[&str] = &["CMD", "PARM", "ELEM", "QUAL", "DEP", "PMTCTL"];

/// PARM's keywords in IBM's positional order (KWD, TYPE, LEN are positional 1 to 3).
const PARM_POSITIONAL: &[&str] = &["KWD", "TYPE", "LEN"];

/// Reads command-definition source `text` (from file `source`) as the definition of command
/// `name`.
pub fn parse(name: &str, text: &str, source: &Path) -> Result<SiteCommand, SourceProblem> {
    let fail = |line: usize, text: String| SourceProblem {
        source: source.to_path_buf(),
        line,
        text,
    };
    let statements = source::split_statements(text).map_err(|e| fail(e.line, e.to_string()))?;
    let mut cmd_line: Option<usize> = None;
    let mut max_pos = None;
    let mut params: Vec<SiteParm> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut types: Vec<(usize, String)> = Vec::new();
    for st in &statements {
        let raw = cl::parse_command(&st.text).map_err(|e| fail(st.line, e.to_string()))?;
        if let Some(l) = &raw.label {
            labels.push(l.clone());
        }
        if !STATEMENTS.contains(&raw.name.as_str()) {
            return Err(fail(
                st.line,
                format!(
                    "{} is not a command definition statement (CMD, PARM, ELEM, QUAL, DEP, PMTCTL).",
                    raw.name
                ),
            ));
        }
        match raw.name.as_str() {
            "CMD" => {
                if cmd_line.is_some() {
                    return Err(fail(
                        st.line,
                        "a second CMD statement: the source must have exactly one.".into(),
                    ));
                }
                cmd_line = Some(st.line);
                for p in &raw.params {
                    if p.keyword.as_deref() == Some("MAXPOS") {
                        max_pos = number(&p.value);
                    }
                }
            }
            "PARM" => {
                let parm = parm(&raw).map_err(|t| fail(st.line, t))?;
                if params.iter().any(|p| p.keyword == parm.keyword) {
                    return Err(fail(
                        st.line,
                        format!("keyword {} is defined twice.", parm.keyword),
                    ));
                }
                if !parm.ty.starts_with('*') {
                    types.push((st.line, parm.ty.clone()));
                }
                params.push(parm);
                if params.len() > MAX_PARMS {
                    return Err(fail(
                        st.line,
                        format!("more than {MAX_PARMS} PARM statements."),
                    ));
                }
            }
            _ => {}
        }
    }
    if cmd_line.is_none() {
        return Err(fail(
            1,
            "no CMD statement: the source must have exactly one.".into(),
        ));
    }
    for (line, ty) in types {
        if !labels.contains(&ty) {
            return Err(fail(
                line,
                format!("TYPE({ty}) names no ELEM or QUAL statement label."),
            ));
        }
    }
    for p in &mut params {
        p.group = !p.ty.starts_with('*');
    }
    Ok(SiteCommand {
        name: name.to_ascii_uppercase(),
        source: source.to_path_buf(),
        max_pos,
        params,
    })
}

fn parm(raw: &RawCommand) -> Result<SiteParm, String> {
    let mut p = SiteParm {
        max: 1,
        ..Default::default()
    };
    let mut position = 0usize;
    for given in &raw.params {
        let key = match &given.keyword {
            Some(k) => k.as_str(),
            None => {
                position += 1;
                match PARM_POSITIONAL.get(position - 1) {
                    Some(k) => k,
                    None => return Err("too many positional values on PARM.".into()),
                }
            }
        };
        let v = &given.value;
        match key {
            "KWD" => p.keyword = word(v),
            "TYPE" => p.ty = word(v),
            "LEN" => p.len = number(v),
            "RTNVAL" => p.rtnval = yes(v),
            "CONSTANT" => p.constant = true,
            "RSTD" => p.rstd = yes(v),
            "VALUES" | "SPCVAL" => p.values.extend(first_elements(v)),
            "SNGVAL" => p.single.extend(first_elements(v)),
            "MIN" => p.min = number(v).unwrap_or(0),
            "MAX" => p.max = number(v).unwrap_or(1).max(1),
            _ => {}
        }
    }
    if p.keyword.is_empty() || p.keyword.starts_with('*') {
        return Err("PARM without a keyword (KWD).".into());
    }
    if p.ty.is_empty() {
        return Err(format!("PARM {} without a TYPE.", p.keyword));
    }
    Ok(p)
}

/// Reads the definition of command `name` found at `path`.
pub fn load(name: &str, path: &Path) -> Result<SiteCommand, SourceProblem> {
    let bytes = std::fs::read(path).map_err(|e| SourceProblem {
        source: path.to_path_buf(),
        line: 1,
        text: format!("cannot be read: {e}."),
    })?;
    let (text, _) = source::decode(&bytes);
    parse(name, &text, path)
}

/// The site commands a program's compile has looked up, each read once.
#[derive(Debug, Default)]
pub struct SiteCommands {
    dirs: Vec<PathBuf>,
    found: HashMap<String, Option<Rc<Result<SiteCommand, SourceProblem>>>>,
}

impl SiteCommands {
    /// Site commands used by the program read from `origin` (None: standard input), looked
    /// for along [`super::srcpath::command_dirs`].
    pub fn new(origin: Option<&Path>) -> Self {
        SiteCommands {
            dirs: super::srcpath::command_dirs(origin),
            found: HashMap::new(),
        }
    }

    /// The definition of command `name` (upper case), or None when no source defines it.
    pub fn find(&mut self, name: &str) -> Option<Rc<Result<SiteCommand, SourceProblem>>> {
        if let Some(f) = self.found.get(name) {
            return f.clone();
        }
        let loaded =
            super::srcpath::find_command(name, &self.dirs).map(|path| Rc::new(load(name, &path)));
        self.found.insert(name.to_string(), loaded.clone());
        loaded
    }
}

/// An operator of a CL expression, which makes a parenthesised value an expression rather
/// than a list.
fn is_operator(v: &RawValue) -> bool {
    const OPERATORS: &[&str] = &[
        "*CAT", "*BCAT", "*TCAT", "||", "|>", "|<", "+", "-", "*", "/", "*EQ", "*NE", "*GT", "*LT",
        "*GE", "*LE", "*NG", "*NL", "*AND", "*OR", "*NOT", "=", "<", ">", "<=", ">=", "<>", "&",
        "|",
    ];
    matches!(v, RawValue::Word(w) if OPERATORS.iter().any(|o| o.eq_ignore_ascii_case(w)))
        || matches!(v, RawValue::Func(..))
}

fn literal(v: &RawValue) -> Option<String> {
    match v {
        RawValue::Word(w) => Some(w.to_ascii_uppercase()),
        RawValue::Quoted(q) => Some(q.clone()),
        _ => None,
    }
}

impl SiteCommand {
    /// Checks a use of the command: keywords known and given once, positional values within
    /// MAXPOS and the PARMs, required (MIN) parameters given, return-value parameters given
    /// a variable, constants not given, and literal values against RSTD, SNGVAL, MAX and
    /// LEN. Returns the messages of what IBM's command analyzer would refuse.
    pub fn check(&self, raw: &RawCommand) -> Vec<Msg> {
        let mut out = Vec::new();
        let positional: Vec<&SiteParm> = self.params.iter().filter(|p| !p.constant).collect();
        let limit = self
            .max_pos
            .unwrap_or(positional.len())
            .min(positional.len());
        let mut given: Vec<(&SiteParm, &RawValue)> = Vec::new();
        let mut position = 0usize;
        for p in &raw.params {
            let parm = match &p.keyword {
                Some(k) => match self.params.iter().find(|d| d.keyword == *k) {
                    Some(d) => d,
                    None => {
                        out.push(msg::cpd0043(k));
                        continue;
                    }
                },
                None => {
                    position += 1;
                    if position > limit {
                        out.push(msg::qsy0004(&self.name, limit));
                        continue;
                    }
                    positional[position - 1]
                }
            };
            if given.iter().any(|(d, _)| d.keyword == parm.keyword) {
                out.push(msg::qsy0005(&parm.keyword));
                continue;
            }
            given.push((parm, &p.value));
        }
        for (parm, value) in &given {
            out.extend(self.check_value(parm, value));
        }
        for parm in &self.params {
            if parm.min > 0
                && !parm.constant
                && !given.iter().any(|(d, _)| d.keyword == parm.keyword)
            {
                out.push(msg::qsy0002(&parm.keyword, &self.name));
            }
        }
        out
    }

    fn check_value(&self, parm: &SiteParm, value: &RawValue) -> Vec<Msg> {
        let mut out = Vec::new();
        if parm.constant {
            out.push(msg::qsy0925(&parm.keyword, &self.name));
            return out;
        }
        if parm.rtnval {
            if !matches!(value, RawValue::Var(_)) {
                out.push(msg::qsy0924(&parm.keyword, &self.name, value));
            }
            return out;
        }
        let items: Vec<&RawValue> = match value {
            // An expression ('A' *CAT &B): its value is known only at run time.
            RawValue::List(items) if items.iter().any(is_operator) => return out,
            RawValue::List(items) if !parm.group => items.iter().collect(),
            RawValue::List(_) => return out,
            other => vec![other],
        };
        if items.len() > parm.max {
            out.push(msg::qsy0009(&parm.keyword, parm.max));
        }
        for item in &items {
            let Some(text) = literal(item) else { continue };
            let upper = text.to_ascii_uppercase();
            if parm.single.contains(&upper) {
                if items.len() > 1 {
                    out.push(msg::qsy0010(&text, &parm.keyword));
                }
                continue;
            }
            if parm.values.contains(&upper) {
                continue;
            }
            if parm.rstd && !parm.group {
                let mut choices: Vec<&str> = parm
                    .values
                    .iter()
                    .chain(&parm.single)
                    .map(String::as_str)
                    .collect();
                choices.dedup();
                out.push(msg::qsy0011(&text, &parm.keyword, choices.join(", ")));
                continue;
            }
            let numeric = matches!(
                parm.ty.as_str(),
                "*DEC" | "*INT2" | "*INT4" | "*UINT2" | "*UINT4"
            );
            if numeric {
                let t = text.trim();
                let digits = t.trim_start_matches(['+', '-']);
                let ok = !digits.is_empty()
                    && digits
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
                    && digits.chars().any(|c| c.is_ascii_digit());
                if !ok {
                    out.push(msg::qsy0003(&text, &parm.keyword, "a number is needed."));
                }
                continue;
            }
            let sized = matches!(
                parm.ty.as_str(),
                "*CHAR" | "*NAME" | "*SNAME" | "*CNAME" | "*PNAME" | "*GENERIC"
            );
            if let (true, Some(len)) = (sized, parm.len) {
                if text.chars().count() > len {
                    out.push(msg::qsy0006(&parm.keyword, len));
                }
            }
        }
        out
    }

    /// The variables the command would have returned: each RTNVAL(*YES) parameter given a
    /// `&VARIABLE`, as `KEYWORD(&VAR)`.
    pub fn return_variables(&self, raw: &RawCommand) -> Vec<String> {
        let positional: Vec<&SiteParm> = self.params.iter().filter(|p| !p.constant).collect();
        let mut out = Vec::new();
        let mut position = 0usize;
        for p in &raw.params {
            let parm = match &p.keyword {
                Some(k) => self.params.iter().find(|d| d.keyword == *k),
                None => {
                    position += 1;
                    positional.get(position - 1).copied()
                }
            };
            if let (Some(parm), RawValue::Var(v)) = (parm, &p.value) {
                if parm.rtnval {
                    out.push(format!("{}(&{v})", parm.keyword));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "\
/* A site command: log a line */
             CMD        PROMPT('Log a line')  MAXPOS(2)
             PARM       KWD(TEXT) TYPE(*CHAR) LEN(20) MIN(1) +
                          CASE(*MIXED) PROMPT('Text')
             PARM       KWD(LEVEL) TYPE(*CHAR) LEN(5) RSTD(*YES) +
                          VALUES(*INFO *WARN) SPCVAL((*ERR 'E')) DFT(*INFO)
             PARM       KWD(COUNT) TYPE(*DEC) LEN(5 0) DFT(1)
             PARM       KWD(TO) TYPE(Q1) SNGVAL(*NONE)
             PARM       KWD(OUT) TYPE(*CHAR) LEN(10) RTNVAL(*YES)
             PARM       KWD(SYS) TYPE(*CHAR) LEN(8) CONSTANT('QSY')
 Q1:         QUAL       TYPE(*NAME) LEN(10)
             QUAL       TYPE(*NAME) LEN(10) SPCVAL(*LIBL)
";

    fn cmd() -> SiteCommand {
        parse("LOGIT", SRC, Path::new("logit.cmd")).unwrap()
    }

    fn ids(text: &str) -> Vec<String> {
        let raw = cl::parse_command(text).unwrap();
        cmd()
            .check(&raw)
            .iter()
            .map(|m| m.id().to_string())
            .collect()
    }

    #[test]
    fn reads_parms_in_order() {
        let c = cmd();
        let kws: Vec<&str> = c.params.iter().map(|p| p.keyword.as_str()).collect();
        assert_eq!(kws, ["TEXT", "LEVEL", "COUNT", "TO", "OUT", "SYS"]);
        assert_eq!(c.max_pos, Some(2));
        assert!(c.params[3].group);
        assert!(c.params[4].rtnval);
        // SPCVAL((*ERR 'E')): the "from" value is allowed (the parser reads a single pair
        // as a plain list, so its "to" value is allowed too: never a false refusal).
        assert!(c.params[1]
            .values
            .starts_with(&["*INFO".into(), "*WARN".into(), "*ERR".into()]));
    }

    #[test]
    fn valid_uses_pass() {
        assert!(ids("LOGIT TEXT('hello') LEVEL(*warn)").is_empty());
        assert!(ids("LOGIT 'hello' *ERR COUNT(3) TO(LIB/F) OUT(&X)").is_empty());
        assert!(ids("LOGIT TEXT(&T) LEVEL(&L) COUNT(&N)").is_empty());
        assert!(ids("LOGIT TEXT('a' *CAT &B *TCAT 'c') COUNT(&N + 1)").is_empty());
    }

    #[test]
    fn mistakes_are_refused() {
        assert_eq!(ids("LOGIT LEVEL(*INFO)"), ["QSY0002"]);
        assert_eq!(ids("LOGIT TEXT(A) COLOR(RED)"), ["CPD0043"]);
        assert_eq!(ids("LOGIT A *INFO 3"), ["QSY0004"]);
        assert_eq!(ids("LOGIT TEXT(A) TEXT(B)"), ["QSY0005"]);
        assert_eq!(ids("LOGIT TEXT(A) LEVEL(*DEBUG)"), ["QSY0011"]);
        assert_eq!(
            ids("LOGIT TEXT('more than twenty characters')"),
            ["QSY0006"]
        );
        assert_eq!(ids("LOGIT TEXT(A) COUNT(many)"), ["QSY0003"]);
        assert_eq!(ids("LOGIT TEXT(A) OUT('x')"), ["QSY0924"]);
        assert_eq!(ids("LOGIT TEXT(A) SYS(X)"), ["QSY0925"]);
        assert_eq!(ids("LOGIT TEXT(A B)"), ["QSY0009"]);
    }

    #[test]
    fn return_variables_are_named() {
        let raw = cl::parse_command("LOGIT TEXT(A) OUT(&R)").unwrap();
        assert_eq!(cmd().return_variables(&raw), ["OUT(&R)"]);
    }

    #[test]
    fn broken_sources_are_refused_with_their_line() {
        let p = |s: &str| parse("X", s, Path::new("x.cmd")).unwrap_err();
        assert_eq!(p("PARM KWD(A) TYPE(*CHAR)").line, 1);
        assert_eq!(p("CMD\nCMD").line, 2);
        assert_eq!(p("CMD\nPARM KWD(A) TYPE(L9)").line, 2);
        assert_eq!(p("CMD\nPARM TYPE(*CHAR)").line, 2);
        assert_eq!(p("CMD\nPARM A *CHAR\nPARM A *DEC").line, 3);
        assert_eq!(p("CMD\nCHGVAR &A 1").line, 2);
    }
}
