//! Turns CL source into a program tree: statements parsed and checked against the command
//! definitions, DO groups and IF/ELSE nested, MONMSG attached to the command before it (or
//! program-level after the declarations). Every problem is collected with its line, so
//! `qsy run --check` reports them all at once.

use super::expr::{Val, VarType};
use crate::lang::cl::{self, RawCommand, RawValue};
use crate::lang::defs::{self, dcl, monmsg, CommandDef, ParamKind};
use crate::lang::validate;
use crate::messages::{msg, Msg};
use std::collections::HashSet;

/// A problem found in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line of the statement.
    pub line: usize,
    /// Message ID.
    pub id: String,
    /// What is wrong.
    pub text: String,
}

/// A MONMSG: the IDs it catches and what it runs.
#[derive(Debug, Clone)]
pub struct Monitor {
    /// Message IDs, generic ones ending in 00 or 0000.
    pub ids: Vec<String>,
    /// The EXEC command (maybe a DO group), empty when none.
    pub exec: Vec<Node>,
}

impl Monitor {
    /// Whether this monitor catches message `id` (CL's generic matching).
    pub fn catches(&self, id: &str) -> bool {
        self.ids.iter().any(|m| {
            if m == id || m == "CPF9999" && id.starts_with("CPF") {
                return true;
            }
            if m.len() == 7 && m.ends_with("0000") {
                return id.starts_with(&m[..3]);
            }
            m.len() == 7 && m.ends_with("00") && id.starts_with(&m[..5])
        })
    }
}

/// What a node does.
#[derive(Debug, Clone)]
pub enum Action {
    /// A command run against the system, with its parameters already checked when they
    /// hold no variables (so the run need not check them again for every execution).
    Cmd(
        RawCommand,
        &'static CommandDef,
        Vec<Monitor>,
        Option<Box<validate::Args>>,
    ),
    /// CHGVAR.
    ChgVar(String, RawValue),
    /// CHGVAR of a substring: variable, start, length, value.
    ChgSst(String, RawValue, RawValue, RawValue),
    /// IF with its THEN and ELSE parts.
    If(RawValue, Vec<Node>, Vec<Node>),
    /// A DO group.
    Do(Vec<Node>),
    /// GOTO a label.
    Goto(String),
    /// SNDPGMMSG: the message expression and type.
    SndPgmMsg(RawValue, String),
    /// QSYGENTOTP: key, time, and the variable receiving the code.
    GenTotp(RawValue, Option<RawValue>, String),
    /// ENDPGM or RETURN.
    End,
    /// A statement with nothing to do at run time (PGM, DCL).
    Nothing,
}

/// One statement of the program tree.
#[derive(Debug, Clone)]
pub struct Node {
    /// Source line.
    pub line: usize,
    /// Label on the statement.
    pub label: Option<String>,
    /// What it does.
    pub action: Action,
}

/// A declared variable.
#[derive(Debug, Clone)]
pub struct Decl {
    /// Name without `&`.
    pub name: String,
    /// Type.
    pub ty: VarType,
    /// Initial value.
    pub init: Option<Val>,
}

/// A compiled script.
#[derive(Debug, Default)]
pub struct Program {
    /// Top-level statements.
    pub body: Vec<Node>,
    /// Declarations, in order.
    pub decls: Vec<Decl>,
    /// Program-level MONMSGs.
    pub monitors: Vec<Monitor>,
    /// Simulator-only commands used: (line, name).
    pub simulator_only: Vec<(usize, &'static str)>,
    /// Problems found.
    pub problems: Vec<Problem>,
    /// Notes: what runs but not quite as written or as on IBM i (errors with `--strict`).
    pub notes: Vec<Problem>,
    /// Information about how the source was read (its encoding, sequence numbers): shown by
    /// `--check`, never an error.
    pub info: Vec<Problem>,
    /// The program's parameters (PGM PARM), variable names without `&`.
    pub parms: Vec<String>,
    /// How many commands run against the system (for progress).
    pub command_count: usize,
}

/// How deeply statements may nest: DO groups, and the groups a THEN, an ELSE or a
/// MONMSG EXEC opens (`IF … THEN(DO)`, `MONMSG … EXEC(DO)`). IBM i allows 25 levels of
/// nested SELECT groups; qsy allows four times that, far beyond real CL, and refuses a
/// deeper script (QSY0229) in `--check` and before `run` starts, rather than exhausting the
/// stack of the recursive compiler and interpreter. (Parentheses have their own limit,
/// `lang::cl::MAX_NESTING`.)
pub const MAX_DEPTH: usize = 100;

struct Compiler {
    stmts: Vec<(usize, Result<RawCommand, Problem>)>,
    pos: usize,
    /// DO groups open around the statement being compiled.
    depth: usize,
    /// A group nested deeper than [`MAX_DEPTH`] was found: the rest was skipped.
    too_deep: bool,
    prog: Program,
    declared: HashSet<String>,
    labels: HashSet<String>,
    gotos: Vec<(usize, String)>,
    seen_command: bool,
}

/// A problem from a failure (an argument error, a refused value): its ID and text.
fn failed(line: usize, f: impl Into<crate::messages::Failure>) -> Problem {
    let f: crate::messages::Failure = f.into();
    Problem {
        line,
        id: f.id().to_string(),
        text: f.message().text().to_string(),
    }
}

/// A problem from a message (a syntax error, a statement that cannot compile).
fn problem(line: usize, m: impl Into<Msg>) -> Problem {
    let m = m.into();
    Problem {
        line,
        id: m.id().to_string(),
        text: m.text().to_string(),
    }
}

/// Compiles CL source.
pub fn compile(src: &str) -> Program {
    match crate::script::source::split_statements(src) {
        Ok(s) => compile_statements(s),
        Err(e) => Program {
            problems: vec![problem(e.line, e)],
            ..Default::default()
        },
    }
}

/// Compiles source already split into statements (INCLUDEs expanded).
pub fn compile_statements(stmts: Vec<crate::script::source::Statement>) -> Program {
    let parsed = stmts
        .into_iter()
        .map(|s| {
            (
                s.line,
                cl::parse_command(&s.text).map_err(|e| problem(s.line, e)),
            )
        })
        .collect();
    let mut c = Compiler {
        stmts: parsed,
        pos: 0,
        depth: 0,
        too_deep: false,
        prog: Program::default(),
        declared: HashSet::new(),
        labels: HashSet::new(),
        gotos: Vec::new(),
        seen_command: false,
    };
    // Declarations first, so uses anywhere can be checked.
    for (line, s) in &c.stmts {
        if let Ok(raw) = s {
            if let Some(l) = &raw.label {
                c.labels.insert(l.clone());
            }
            if raw.name == "DCL" {
                match declaration(raw, *line) {
                    Ok(d) => {
                        c.declared.insert(d.name.clone());
                        c.prog.decls.push(d);
                    }
                    Err(p) => c.prog.problems.push(p),
                }
            }
        }
    }
    let body = c.block(false);
    c.prog.body = body;
    for (line, label) in std::mem::take(&mut c.gotos) {
        if !c.labels.contains(&label) {
            c.prog.problems.push(problem(line, msg::qsy0203(label)));
        }
    }
    c.prog.problems.sort_by_key(|p| p.line);
    c.prog
}

fn declaration(raw: &RawCommand, line: usize) -> Result<Decl, Problem> {
    let def = defs::find("DCL").expect("DCL definition");
    let bound = validate::bind(def, raw).map_err(|f| failed(line, f))?;
    let name = match bound.get(dcl::VAR) {
        Some(RawValue::Var(n)) => n.clone(),
        _ => return Err(problem(line, msg::qsy0204())),
    };
    let ty_word = match bound.get(dcl::TYPE) {
        Some(RawValue::Word(w)) => w.to_ascii_uppercase(),
        _ => return Err(problem(line, msg::qsy0219(&name))),
    };
    let nums: Vec<u32> = match bound.get(dcl::LEN) {
        Some(RawValue::Word(w)) => w.parse().ok().into_iter().collect(),
        Some(RawValue::List(items)) => items
            .iter()
            .filter_map(|i| {
                if let RawValue::Word(w) = i {
                    w.parse().ok()
                } else {
                    None
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    let ty = match ty_word.as_str() {
        "*CHAR" => VarType::Char(nums.first().copied().unwrap_or(32).clamp(1, 32767) as usize),
        "*DEC" => VarType::Dec(
            nums.first().copied().unwrap_or(15).clamp(1, 63) as u8,
            nums.get(1)
                .copied()
                .unwrap_or(if nums.is_empty() { 5 } else { 0 }) as u8,
        ),
        "*LGL" => VarType::Lgl,
        "*INT" | "*UINT" => VarType::Int,
        other => return Err(problem(line, msg::qsy0220(&name, other))),
    };
    let init = match bound.get(dcl::VALUE) {
        Some(RawValue::Quoted(s)) => Some(Val::Str(s.clone())),
        Some(h @ RawValue::Hex(_)) => Some(
            super::expr::eval(h, &super::expr::Vars::default()).map_err(|e| problem(line, e))?,
        ),
        Some(RawValue::Word(w)) => Some(
            w.parse::<f64>()
                .map(|n| Val::Num(n, 0))
                .unwrap_or_else(|_| Val::Str(w.to_ascii_uppercase())),
        ),
        Some(_) => return Err(problem(line, msg::qsy0221(&name))),
        None => None,
    };
    // Check the initial value converts.
    if let Some(v) = &init {
        let mut vars = super::expr::Vars::default();
        vars.declare(&name, ty, Some(v.clone()))
            .map_err(|e| problem(line, msg::qsy0222(&name, e)))?;
    }
    Ok(Decl { name, ty, init })
}

/// The variables a value mentions.
fn variables(v: &RawValue, out: &mut Vec<String>) {
    match v {
        RawValue::Var(n) => out.push(n.clone()),
        RawValue::List(items) | RawValue::Qualified(items) | RawValue::Func(_, items) => {
            items.iter().for_each(|i| variables(i, out))
        }
        RawValue::Command(text) => {
            if let Ok(raw) = cl::parse_command(text) {
                raw.params.iter().for_each(|p| variables(&p.value, out));
            }
        }
        _ => {}
    }
}

/// A stand-in value of the right type for a parameter whose value comes from a variable,
/// so `--check` can validate the rest of the command.
fn placeholder(p: &defs::ParamDef) -> RawValue {
    // A system value name from a variable is judged when the command runs.
    if p.keyword == "SYSVAL" {
        return RawValue::Word("QSECURITY".into());
    }
    if let Some(v) = p.values.first().or(p.special.first()) {
        return RawValue::Word(v.to_string());
    }
    match p.kind {
        ParamKind::Int => RawValue::Word(p.range.0.to_string()),
        ParamKind::Qualified => RawValue::Qualified(vec![
            RawValue::Word("QGPL".into()),
            RawValue::Word("X".into()),
        ]),
        ParamKind::Name => RawValue::Word("X".into()),
        ParamKind::Command => RawValue::Command("SNDPGMMSG MSG(X)".into()),
        ParamKind::Variable => RawValue::Var("X".into()),
        _ => RawValue::Quoted("X".into()),
    }
}

impl Compiler {
    fn next(&mut self) -> Option<(usize, Result<RawCommand, Problem>)> {
        let s = self.stmts.get(self.pos).cloned();
        self.pos += 1;
        s
    }

    fn peek_name(&self) -> Option<&str> {
        match self.stmts.get(self.pos) {
            Some((_, Ok(raw))) => Some(raw.name.as_str()),
            _ => None,
        }
    }

    fn check_vars(&mut self, line: usize, v: &RawValue) {
        let mut names = Vec::new();
        variables(v, &mut names);
        for n in names {
            if !self.declared.contains(&n) {
                self.prog.problems.push(problem(line, msg::qsy0205(n)));
            }
        }
    }

    /// RTVSYSVAL with a literal SYSVAL into a declared variable: the type and length IBM's
    /// RTVSYSVAL would refuse (CPF1094, CPF1095), reported before the run.
    fn check_rtvsysval(&mut self, bound: &validate::Bound<'_>, line: usize) {
        let (Some(RawValue::Word(name)), Some(RawValue::Var(var))) = (
            bound.get(defs::rtvsysval::SYSVAL),
            bound.get(defs::rtvsysval::RTNVAR),
        ) else {
            return;
        };
        let Ok(def) = crate::system::sysval::lookup(&name.to_ascii_uppercase()) else {
            return;
        };
        let Some(decl) = self.prog.decls.iter().find(|d| &d.name == var) else {
            return;
        };
        if let Err(f) = crate::system::sysval::check_variable(def, super::expr::shape(decl.ty)) {
            self.prog.problems.push(failed(line, f));
        }
    }

    /// Compiles statements until the end (or the matching ENDDO when `in_do`, a group one
    /// level deeper, refused past [`MAX_DEPTH`]).
    fn block(&mut self, in_do: bool) -> Vec<Node> {
        if !in_do {
            return self.statements(false);
        }
        if self.depth >= MAX_DEPTH {
            let line = self
                .stmts
                .get(self.pos.saturating_sub(1))
                .map_or(1, |s| s.0);
            self.refuse_depth(line);
            return Vec::new();
        }
        self.depth += 1;
        let nodes = self.statements(true);
        self.depth -= 1;
        nodes
    }

    /// Nesting deeper than [`MAX_DEPTH`] at `line`: the script is refused. Says where once,
    /// and compiles nothing more (which keeps the recursion as shallow as the limit).
    fn refuse_depth(&mut self, line: usize) {
        if !self.too_deep {
            self.prog
                .problems
                .push(problem(line, msg::qsy0229(MAX_DEPTH)));
        }
        self.too_deep = true;
        self.pos = self.stmts.len();
    }

    /// The statements of a block (see [`Compiler::block`]).
    fn statements(&mut self, in_do: bool) -> Vec<Node> {
        let mut nodes: Vec<Node> = Vec::new();
        while let Some((line, stmt)) = self.next() {
            let raw = match stmt {
                Ok(raw) => raw,
                Err(p) => {
                    self.prog.problems.push(p);
                    continue;
                }
            };
            match raw.name.as_str() {
                "ENDDO" if in_do => return nodes,
                "ENDDO" => self.prog.problems.push(problem(line, msg::qsy0201())),
                "ELSE" => self.prog.problems.push(problem(line, msg::qsy0202())),
                "MONMSG" => {
                    let program_level = !self.seen_command && !in_do;
                    let m = self.monitor(&raw, line);
                    self.seen_command = !program_level
                        || !nodes.iter().all(|n| matches!(n.action, Action::Nothing));
                    match nodes.last_mut() {
                        Some(Node {
                            action: Action::Cmd(_, _, monitors, _),
                            ..
                        }) => monitors.push(m),
                        _ if program_level => self.prog.monitors.push(m),
                        _ => self.prog.problems.push(problem(line, msg::qsy0206())),
                    }
                }
                _ => {
                    if let Some(node) = self.statement(raw, line) {
                        nodes.push(node);
                    }
                }
            }
        }
        if in_do && !self.too_deep {
            self.prog.problems.push(problem(
                self.stmts.last().map_or(1, |s| s.0),
                msg::qsy0217(),
            ));
        }
        nodes
    }

    fn monitor(&mut self, raw: &RawCommand, line: usize) -> Monitor {
        let def = defs::find("MONMSG").expect("MONMSG definition");
        let mut m = Monitor {
            ids: Vec::new(),
            exec: Vec::new(),
        };
        let bound = match validate::bind(def, raw) {
            Ok(b) => b,
            Err(f) => {
                self.prog.problems.push(failed(line, f));
                return m;
            }
        };
        let ids: Vec<String> = match bound.get(monmsg::MSGID) {
            Some(RawValue::List(items)) => items
                .iter()
                .filter_map(|i| {
                    if let RawValue::Word(w) = i {
                        Some(w.to_ascii_uppercase())
                    } else {
                        None
                    }
                })
                .collect(),
            Some(RawValue::Word(w)) => vec![w.to_ascii_uppercase()],
            _ => Vec::new(),
        };
        if ids.is_empty()
            || ids
                .iter()
                .any(|i| i.len() != 7 || !i.chars().take(3).all(|c| c.is_ascii_alphabetic()))
        {
            self.prog.problems.push(problem(line, msg::qsy0207()));
        }
        m.ids = ids;
        if let Some(exec) = bound.get(monmsg::EXEC) {
            m.exec = self.embedded(exec, line);
        }
        m
    }

    /// Compiles a command given as a parameter (THEN, ELSE, EXEC); `DO` opens a group.
    fn embedded(&mut self, v: &RawValue, line: usize) -> Vec<Node> {
        let text = match v {
            RawValue::Command(t) => t.clone(),
            RawValue::Word(w) => w.clone(),
            RawValue::List(items) if items.is_empty() => return Vec::new(),
            // THEN(GOTO END) arrives as a list of words, CMD(QSYS/DSPSECA) as a qualified name.
            RawValue::List(items) => items
                .iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(" "),
            other => other.to_string(),
        };
        match cl::parse_command(&text) {
            Ok(raw) if raw.name == "DO" => vec![Node {
                line,
                label: None,
                action: Action::Do(self.block(true)),
            }],
            // THEN(IF … THEN(…)): each command inside another is a level too.
            Ok(raw) => {
                if self.depth >= MAX_DEPTH {
                    self.refuse_depth(line);
                    return Vec::new();
                }
                self.depth += 1;
                let node = self.statement(raw, line);
                self.depth -= 1;
                node.into_iter().collect()
            }
            Err(e) => {
                self.prog.problems.push(problem(line, e));
                Vec::new()
            }
        }
    }

    fn statement(&mut self, raw: RawCommand, line: usize) -> Option<Node> {
        let label = raw.label.clone();
        let Some(def) = defs::find(&raw.name) else {
            if raw.name == "RETURN" {
                return Some(Node {
                    line,
                    label,
                    action: Action::End,
                });
            }
            self.prog
                .problems
                .push(problem(line, msg::cpd0030(&raw.name)));
            return None;
        };
        if def.simulator_only {
            self.prog.simulator_only.push((line, def.name));
        }
        let bound = match validate::bind(def, &raw) {
            Ok(b) => b,
            Err(f) => {
                self.prog.problems.push(failed(line, f));
                return None;
            }
        };
        for v in bound.written() {
            if !matches!(def.name, "IF" | "ELSE" | "MONMSG") {
                self.check_vars(line, v);
            }
        }
        let action = match def.name {
            "PGM" | "DCL" | "DCLPRCOPT" | "COPYRIGHT" => {
                if def.name == "PGM" && self.seen_command {
                    self.prog.problems.push(problem(line, msg::qsy0209()));
                }
                Action::Nothing
            }
            "ENDPGM" => Action::End,
            "DO" => Action::Do(self.block(true)),
            "GOTO" => match bound.get(defs::goto::CMDLBL) {
                Some(RawValue::Word(l)) => {
                    self.gotos.push((line, l.to_ascii_uppercase()));
                    Action::Goto(l.to_ascii_uppercase())
                }
                _ => {
                    self.prog.problems.push(problem(line, msg::qsy0218()));
                    return None;
                }
            },
            "CHGVAR" => match (bound.get(defs::chgvar::VAR), bound.get(defs::chgvar::VALUE)) {
                (Some(RawValue::Var(n)), Some(v)) => Action::ChgVar(n.clone(), v.clone()),
                // CHGVAR VAR(%SST(&NAME 2 3)) VALUE('ABC'): change part of a variable.
                (Some(RawValue::Func(f, args)), Some(v))
                    if (f == "%SST" || f == "%SUBSTRING")
                        && matches!(args.first(), Some(RawValue::Var(_)))
                        && args.len() == 3 =>
                {
                    let Some(RawValue::Var(n)) = args.first() else {
                        unreachable!()
                    };
                    Action::ChgSst(n.clone(), args[1].clone(), args[2].clone(), v.clone())
                }
                _ => {
                    self.prog.problems.push(problem(line, msg::qsy0210()));
                    return None;
                }
            },
            "IF" => {
                let Some(cond) = bound.get(defs::r#if::COND).cloned() else {
                    self.prog.problems.push(problem(line, msg::qsy0224()));
                    return None;
                };
                self.check_vars(line, &cond);
                let then = match bound.get(defs::r#if::THEN) {
                    Some(t) => self.embedded(t, line),
                    None => Vec::new(),
                };
                let mut els = Vec::new();
                if self.peek_name() == Some("ELSE") {
                    if let Some((eline, Ok(else_raw))) = self.next() {
                        let edef = defs::find("ELSE").expect("ELSE definition");
                        match validate::bind(edef, &else_raw) {
                            Ok(b) => {
                                if let Some(c) = b.get(defs::r#else::CMD).cloned() {
                                    els = self.embedded(&c, eline);
                                }
                            }
                            Err(f) => self.prog.problems.push(failed(eline, f)),
                        }
                    }
                }
                Action::If(cond, then, els)
            }
            "SNDPGMMSG" => {
                let msg = bound
                    .get(defs::sndpgmmsg::MSG)
                    .or_else(|| bound.get(defs::sndpgmmsg::MSGID))
                    .cloned()
                    .unwrap_or(RawValue::Quoted(String::new()));
                let ty = match bound.get(defs::sndpgmmsg::MSGTYPE) {
                    Some(RawValue::Word(w)) => w.to_ascii_uppercase(),
                    _ => "*INFO".to_string(),
                };
                if let RawValue::Quoted(text) = &msg {
                    if let Err(c) = crate::lang::text::check_free_text(text) {
                        let shown = crate::lang::text::escaped(text);
                        self.prog
                            .problems
                            .push(problem(line, msg::qsy0003(shown, "MSG", c)));
                    }
                }
                Action::SndPgmMsg(msg, ty)
            }
            "QSYGENTOTP" => match bound.get(defs::qsygentotp::RTNVAL) {
                Some(RawValue::Var(n)) => Action::GenTotp(
                    bound
                        .get(defs::qsygentotp::KEY)
                        .cloned()
                        .unwrap_or(RawValue::Quoted(String::new())),
                    bound.get(defs::qsygentotp::TIME).cloned(),
                    n.clone(),
                ),
                _ => {
                    self.prog.problems.push(problem(line, msg::qsy0223()));
                    return None;
                }
            },
            _ => {
                self.seen_command = true;
                self.prog.command_count += 1;
                // Validate now with stand-ins where variables or expressions will be.
                let mut probe = raw.clone();
                let mut constant = true;
                let defs = validate::param_defs(def, &raw);
                for (param, p) in probe.params.iter_mut().zip(defs) {
                    let mut names = Vec::new();
                    variables(&param.value, &mut names);
                    if names.is_empty() && !super::expr::is_expression(&param.value) {
                        continue;
                    }
                    constant = false;
                    if let Some(p) = p {
                        if p.kind != ParamKind::Variable && p.kind != ParamKind::Command {
                            param.value = placeholder(p);
                        }
                    }
                }
                let checked = match crate::commands::validate_probe(def, &probe, constant) {
                    Ok(args) => constant.then(|| Box::new(args)),
                    Err(f) => {
                        self.prog.problems.push(failed(line, f));
                        None
                    }
                };
                if def.name == "RTVSYSVAL" {
                    self.check_rtvsysval(&bound, line);
                }
                if def.name == "SBMJOB" {
                    if let Some(RawValue::Command(text)) = bound.get(defs::sbmjob::CMD) {
                        match cl::parse_command(text) {
                            Ok(inner) => match defs::find(&inner.name) {
                                Some(d) if d.simulator_only => {
                                    self.prog.simulator_only.push((line, d.name))
                                }
                                Some(_) => {}
                                None => self
                                    .prog
                                    .problems
                                    .push(problem(line, msg::cpd0030(&inner.name))),
                            },
                            Err(e) => self.prog.problems.push(problem(line, e)),
                        }
                    }
                }
                Action::Cmd(raw.clone(), def, Vec::new(), checked)
            }
        };
        if matches!(def.name, "CHGVAR" | "SNDPGMMSG" | "GOTO" | "DO")
            || matches!(action, Action::If(..))
        {
            self.seen_command = true;
        }
        Some(Node {
            line,
            label,
            action,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_monitors_match_families() {
        let m = Monitor {
            ids: vec!["CPF2200".into(), "CPF0000".into()],
            exec: vec![],
        };
        assert!(m.catches("CPF22E2"));
        assert!(m.catches("CPF9801"));
        assert!(!m.catches("QSY0050"));
        let exact = Monitor {
            ids: vec!["CPF2204".into()],
            exec: vec![],
        };
        assert!(exact.catches("CPF2204") && !exact.catches("CPF2205"));
    }
}
