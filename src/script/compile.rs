//! Turns CL source into a program tree: statements parsed and checked against the command
//! definitions; DO, DOWHILE, DOUNTIL, DOFOR and SELECT groups and IF/ELSE nested; subroutines
//! collected; MONMSG attached to the command before it (or program-level after the
//! declarations); every expression parsed and typed. Every problem is collected once with
//! its line, so `qsy run --check` reports them all at once, and a statement it refused does
//! not cause follow-on problems (its ENDDO, its MONMSG).

use super::expr::{self, Kind, Types, Val, VarType};
use super::storage::Stg;
use crate::lang::catalogue;
use crate::lang::cl::{self, RawCommand, RawParam, RawValue};
use crate::lang::decimal::Decimal;
use crate::lang::defs::{self, dcl, monmsg, CommandDef, ParamKind};
use crate::lang::validate;
use crate::messages::{msg, Msg};
use std::collections::HashMap;

/// How deeply statements may nest: DO, DOWHILE, DOUNTIL, DOFOR and SELECT groups, and the
/// groups a THEN, an ELSE, a WHEN, an OTHERWISE or a MONMSG EXEC opens (`IF … THEN(DO)`).
/// IBM i allows 25 levels of nested SELECT groups; qsy allows four times that, far beyond
/// real CL, and refuses a deeper script (QSY0229) in `--check` and before `run` starts,
/// rather than exhausting the stack of the recursive compiler and interpreter.
/// (Parentheses have their own limit, `lang::cl::MAX_NESTING`.)
pub const MAX_DEPTH: usize = 100;

/// A problem found in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line of the statement.
    pub line: usize,
    /// Message ID.
    pub id: String,
    /// What is wrong.
    pub text: String,
    /// Where in an INCLUDEd member the statement stands (then `line` is the INCLUDE's).
    pub member: Option<super::include::Place>,
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
    /// Whether this monitor catches message `id` (CL's generic matching). CPF9999, the
    /// function check IBM i sends for any escape nobody monitored, catches everything.
    /// CPF0000 also catches qsy's own escapes (QSYxxxx): each stands where IBM i would send
    /// a CPF message, so a real program's `MONMSG CPF0000` handler runs here as it would there.
    pub fn catches(&self, id: &str) -> bool {
        self.ids.iter().any(|m| {
            if m == id || m == "CPF9999" || (m == "CPF0000" && id.starts_with("QSY")) {
                return true;
            }
            if m.len() == 7 && m.ends_with("0000") {
                return id.starts_with(&m[..3]);
            }
            m.len() == 7 && m.ends_with("00") && id.starts_with(&m[..5])
        })
    }
}

/// A SNDPGMMSG's parts.
#[derive(Debug, Clone)]
pub struct SndMsg {
    /// MSG: an immediate message's text (an expression).
    pub msg: Option<RawValue>,
    /// MSGID: a predefined message's ID (a literal checked when compiled, or a variable).
    pub msgid: Option<RawValue>,
    /// MSGDTA: the predefined message's data (an expression).
    pub msgdta: Option<RawValue>,
    /// MSGTYPE, upper case (`*INFO`, `*ESCAPE`, …).
    pub ty: String,
    /// TOPGMQ(*SAME): sent to the program itself, whose MONMSGs see an escape.
    pub to_self: bool,
}

/// A DOFOR loop's parts.
#[derive(Debug, Clone)]
pub struct DoFor {
    /// The counting variable.
    pub var: String,
    /// First value.
    pub from: RawValue,
    /// Last value.
    pub to: RawValue,
    /// Increment (a nonzero whole number).
    pub by: i128,
}

/// What a node does.
#[derive(Debug, Clone)]
pub enum Action {
    /// A command run against the system, with its parameters already checked when they
    /// hold no variables (so the run need not check them again for every execution).
    Cmd(RawCommand, &'static CommandDef, Option<Box<validate::Args>>),
    /// CHGVAR.
    ChgVar(String, RawValue),
    /// CHGVAR of a substring: variable, start, length, value.
    ChgSst(String, RawValue, RawValue, RawValue),
    /// CHGVAR of %BINARY: the variable, its arguments as written (start and length) and
    /// the value.
    ChgBin(RawValue, RawValue),
    /// CHGVAR of %OFFSET: the pointer variable and the value.
    ChgOfs(String, RawValue),
    /// RCVF of the program's file with this index.
    Rcvf(usize),
    /// CLOSE of the program's file with this index.
    Close(usize),
    /// SNDF, SNDRCVF, ENDRCV, WAIT, or an RCVF from a display device: display-file commands
    /// a batch job cannot run; the index of the file the command names, when it names one.
    Display(&'static str, Option<usize>),
    /// CHGJOB: the CCSID value, when given.
    ChgJob(Option<RawValue>),
    /// IF with its THEN and ELSE parts.
    If(RawValue, Vec<Node>, Vec<Node>),
    /// A DO group.
    Do(Vec<Node>),
    /// DOWHILE: condition tested before each pass.
    DoWhile(RawValue, Vec<Node>),
    /// DOUNTIL: condition tested after each pass.
    DoUntil(RawValue, Vec<Node>),
    /// DOFOR.
    DoFor(Box<DoFor>, Vec<Node>),
    /// LEAVE, with the loop's label (None: the innermost).
    Leave(Option<String>),
    /// ITERATE, with the loop's label (None: the innermost).
    Iterate(Option<String>),
    /// SELECT: the WHEN conditions with their commands, and OTHERWISE's.
    Select(Vec<(RawValue, Vec<Node>)>, Vec<Node>),
    /// CALLSUBR: the subroutine and the variable for its return value.
    CallSubr(String, Option<String>),
    /// RTNSUBR or ENDSUBR reached: the return value.
    RtnSubr(RawValue),
    /// GOTO a label.
    Goto(String),
    /// An IBM i command qsy does not simulate: skipped, with a diagnostic (QSY0752).
    Skip(&'static str),
    /// A site command (defined by command-definition source): skipped, with a diagnostic
    /// (QSY0921) naming the command and its source.
    SkipSite(Box<(String, String)>),
    /// A command on an object type qsy does not model: skipped, with a diagnostic (QSY0927)
    /// naming the command and the type.
    SkipObjType(&'static str, String),
    /// OVRDBF: the file overridden, the file read instead, its member and the scope.
    OvrDbf(Box<OvrDbf>),
    /// DLTOVR: the file (or *ALL) and the level (LVL).
    DltOvr(RawValue, Option<RawValue>),
    /// SNDPGMMSG.
    SndPgmMsg(Box<SndMsg>),
    /// QSYGENTOTP: key, time, and the variable receiving the code.
    GenTotp(RawValue, Option<RawValue>, String),
    /// CALL: the program called and the values passed.
    Call(Box<Call>),
    /// ENDPGM or RETURN.
    End,
    /// A statement with nothing to do at run time (PGM, DCL, or one refused by the check).
    Nothing,
}

/// An OVRDBF statement's parts, as written (variables are evaluated when it runs).
#[derive(Debug, Clone)]
pub struct OvrDbf {
    /// FILE: the file name a DCLF declares.
    pub file: RawValue,
    /// TOFILE: LIB/NAME, NAME or *FILE (None: *FILE).
    pub tofile: Option<RawValue>,
    /// MBR (None: the first member).
    pub mbr: Option<RawValue>,
    /// OVRSCOPE (None: *ACTGRPDFN).
    pub scope: Option<RawValue>,
}

/// A CALL statement's parts.
#[derive(Debug, Clone)]
pub struct Call {
    /// The program: a name, LIB/NAME, or a variable holding the name.
    pub program: RawValue,
    /// The values passed (variables by reference, constants and expressions by value).
    pub parms: Vec<RawValue>,
    /// TFRCTL: the calling program ends when the called one returns.
    pub transfer: bool,
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
    /// Command-level MONMSGs that follow it.
    pub monitors: Vec<Monitor>,
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
    /// Storage (STG, BASPTR, DEFVAR).
    pub stg: Stg,
    /// A pointer's initial address (ADDRESS): a variable and an offset from its start.
    pub address: Option<(String, usize)>,
}

/// A file declared with DCLF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDecl {
    /// Line of the DCLF.
    pub line: usize,
    /// Library as written (`*LIBL` when none).
    pub library: String,
    /// File name.
    pub file: String,
    /// OPNID, None for *NONE.
    pub opnid: Option<String>,
}

impl FileDecl {
    /// Whether `var` can be one of this file's fields by its name (with OPNID, fields are
    /// `OPNID_FIELD`).
    pub fn may_own(&self, var: &str) -> bool {
        match &self.opnid {
            None => true,
            Some(o) => {
                var.len() > o.len() + 1
                    && var.starts_with(o.as_str())
                    && var.as_bytes()[o.len()] == b'_'
            }
        }
    }
}

/// A subroutine: its body, ending with the return ENDSUBR makes.
#[derive(Debug, Clone, Default)]
pub struct Subr {
    /// Line of the SUBR.
    pub line: usize,
    /// Its statements.
    pub body: Vec<Node>,
}

/// A compiled script.
#[derive(Debug, Default)]
pub struct Program {
    /// Top-level statements.
    pub body: Vec<Node>,
    /// Subroutines by name.
    pub subrs: HashMap<String, Subr>,
    /// Declarations, in order.
    pub decls: Vec<Decl>,
    /// Files declared with DCLF, in order.
    pub files: Vec<FileDecl>,
    /// Program-level MONMSGs.
    pub monitors: Vec<Monitor>,
    /// Simulator-only commands used: (line, name).
    pub simulator_only: Vec<(usize, &'static str)>,
    /// IBM i commands qsy does not simulate, skipped by the run: (line, name).
    pub unsimulated: Vec<(usize, &'static str)>,
    /// Site commands (command-definition source found), skipped by the run: (line, name,
    /// source file).
    pub site_commands: Vec<(usize, String, String)>,
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
    /// CALL statements naming their program as a constant: (line, library, program), upper
    /// case, for the loader to tell IBM APIs, CL programs and unsimulated programs apart.
    pub calls: Vec<(usize, Option<String>, String)>,
    /// TFRCTL statements: (line, the values passed), checked by the loader against PGM PARM.
    pub transfers: Vec<(usize, Vec<RawValue>)>,
    /// The source file the program was read from (None: standard input): called programs
    /// are looked for from its directory.
    pub origin: Option<std::path::PathBuf>,
    /// The places in INCLUDEd members that lines from [`super::include::FIRST_PLACE`] up
    /// stand for (see [`Program::place`]).
    pub places: Vec<super::include::Place>,
}

impl Program {
    /// The program line that `line` is (an INCLUDEd member's line is its INCLUDE's), and the
    /// place in the member when it is one.
    pub fn place(&self, line: usize) -> (usize, Option<&super::include::Place>) {
        match line
            .checked_sub(super::include::FIRST_PLACE)
            .and_then(|i| self.places.get(i))
        {
            Some(p) => (p.at, Some(p)),
            None => (line, None),
        }
    }

    /// Resolves the lines of problems and notes that stand for places in INCLUDEd members
    /// (their line becomes the INCLUDE's, their member the place), and sorts them by line.
    pub fn resolve_places(&mut self) {
        let places = std::mem::take(&mut self.places);
        let resolve = |list: &mut Vec<Problem>| {
            for p in list.iter_mut() {
                if let Some(pl) = p
                    .line
                    .checked_sub(super::include::FIRST_PLACE)
                    .and_then(|i| places.get(i))
                {
                    p.line = pl.at;
                    p.member = Some(pl.clone());
                }
            }
            list.sort_by_key(|p| (p.line, p.member.as_ref().map(|m| m.line)));
        };
        resolve(&mut self.problems);
        resolve(&mut self.notes);
        resolve(&mut self.info);
        for (line, _, _) in self.site_commands.iter_mut() {
            if let Some(pl) = line
                .checked_sub(super::include::FIRST_PLACE)
                .and_then(|i| places.get(i))
            {
                *line = pl.at;
            }
        }
        for (line, _) in self
            .simulator_only
            .iter_mut()
            .chain(self.unsimulated.iter_mut())
        {
            if let Some(pl) = line
                .checked_sub(super::include::FIRST_PLACE)
                .and_then(|i| places.get(i))
            {
                *line = pl.at;
            }
        }
        self.places = places;
    }
}

/// Where a group of statements ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Until {
    Top,
    EndDo,
    EndSubr,
}

/// A statement split from the source and parsed once ([`parse_statements`]); the compiler
/// takes each one's text and parse as it compiles it.
pub struct Stmt {
    /// 1-based line.
    pub line: usize,
    /// The statement's text (taken by the compiler when it compiles the statement).
    text: String,
    /// The parsed command, or why it does not parse.
    pub parsed: Result<RawCommand, Problem>,
    /// The statement is ENDPGM or RETURN (kept when the compiler takes the parse).
    ends: bool,
    /// A command whose values are all constants, checked against its definition ahead of
    /// compiling ([`checked_ahead`]): what [`Compiler::command`] would find for it.
    checked: Option<crate::messages::QResult<validate::Args>>,
}

/// The check [`Compiler::command`] makes of a command whose values are all constants (no
/// variables, no expressions), made ahead: it depends on the statement alone, so it can be
/// made on the thread that parsed the statement. None for a command of another kind.
fn checked_ahead(raw: &RawCommand) -> Option<crate::messages::QResult<validate::Args>> {
    let def = defs::find(&raw.name)?;
    let constant = raw.params.iter().all(|param| {
        let mut names = Vec::new();
        expr::var_names(&param.value, &mut names);
        names.is_empty() && !expr::is_expression(&param.value)
    });
    constant.then(|| crate::commands::validate_probe(def, raw, true))
}

/// From how many statements [`parse_statements`] parses on two threads: below it, starting a
/// thread costs more than it saves.
const PARALLEL_FROM: usize = 1024;

/// Parses each statement once, for the loader's checks and the compiler
/// ([`compile_parsed`]). Each statement parses on its own, so a long script is parsed in two
/// halves on two threads, the second half's results put after the first's: the same
/// statements, parses and problems in the same order as on one thread (a script of 10,000
/// statements, DESIGN §9). One thread when a second cannot be started.
pub fn parse_statements(stmts: Vec<crate::script::source::Statement>) -> Vec<Stmt> {
    fn one(s: crate::script::source::Statement) -> Stmt {
        let parsed = parse_statement(&s.text).map_err(|e| problem(s.line, e));
        let ends = matches!(&parsed, Ok(raw) if matches!(raw.name.as_str(), "ENDPGM" | "RETURN"));
        let checked = parsed.as_ref().ok().and_then(checked_ahead);
        Stmt {
            line: s.line,
            parsed,
            text: s.text,
            ends,
            checked,
        }
    }
    if stmts.len() < PARALLEL_FROM {
        return stmts.into_iter().map(one).collect();
    }
    let mut first = stmts;
    // The second half, for the thread to take, or this one when no thread starts.
    let second = std::sync::Mutex::new(Some(first.split_off(first.len() / 2)));
    let take = || {
        second
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
            .unwrap_or_default()
    };
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .spawn_scoped(scope, || take().into_iter().map(one).collect::<Vec<Stmt>>());
        let mut out: Vec<Stmt> = first.into_iter().map(one).collect();
        match spawned.map(|handle| handle.join()) {
            Ok(Ok(rest)) => out.extend(rest),
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => out.extend(take().into_iter().map(one)),
        }
        out
    })
}

struct Compiler {
    stmts: Vec<Stmt>,
    pos: usize,
    prog: Program,
    types: Types,
    /// Labels with the subroutine they are in (None: the main part).
    labels: HashMap<String, Option<String>>,
    gotos: Vec<(usize, String, Option<String>)>,
    calls: Vec<(usize, String)>,
    seen_command: bool,
    depth: usize,
    /// A group nested deeper than [`MAX_DEPTH`] was found: the rest was skipped.
    too_deep: bool,
    /// Labels of the loops around the statement being compiled (None: unlabelled).
    loops: Vec<Option<String>>,
    /// The subroutine being compiled.
    subr: Option<String>,
    /// After the first SUBR.
    in_subrs: bool,
    /// ENDSUBR's return value, handed from the block to the SUBR.
    endsubr: Option<RawValue>,
    /// The statements that MONMSG may follow: set on each node compiled.
    last_monitorable: bool,
    /// Undeclared variables accepted as fields of a DCLF file, by file index.
    fields: std::collections::BTreeMap<usize, std::collections::BTreeSet<String>>,
    /// Lines of PWRDWNSYS RESTART(*YES): the IPL ends the job on IBM i.
    restarts: Vec<usize>,
    /// Variables whose DCL was refused: their uses are not reported again.
    refused_vars: std::collections::HashSet<String>,
    /// Where site commands are looked up (None: only IBM's and qsy's commands exist).
    site: Option<super::sitecmd::SiteCommands>,
    /// The check made ahead ([`Stmt::checked`]) of the statement [`Compiler::next`] took
    /// last, for [`Compiler::command`] when it compiles that statement itself.
    ahead: Option<crate::messages::QResult<validate::Args>>,
}

/// A problem from a failure (an argument error, a refused value): its ID and text.
fn failed(line: usize, f: impl Into<crate::messages::Failure>) -> Problem {
    let f: crate::messages::Failure = f.into();
    Problem {
        line,
        id: f.id().to_string(),
        text: f.message().text().to_string(),
        member: None,
    }
}

/// A problem from a message (a syntax error, a statement that cannot compile).
/// RCVF's DEV or WAIT as written when they make it a read from a display device: a DEV other
/// than *FILE (a device name or a variable holding one), or WAIT(*NO).
fn display_device_read(bound: &validate::Bound<'_>) -> Option<String> {
    let word = |v: &RawValue, w: &str| matches!(v, RawValue::Word(x) if x.eq_ignore_ascii_case(w));
    if let Some(dev) = bound.get(defs::rcvf::DEV) {
        if !word(dev, "*FILE") {
            return Some(format!("DEV({dev})"));
        }
    }
    match bound.get(defs::rcvf::WAIT) {
        Some(wait) if word(wait, "*NO") => Some("WAIT(*NO)".to_string()),
        _ => None,
    }
}

fn problem(line: usize, m: impl Into<Msg>) -> Problem {
    let m = m.into();
    Problem {
        line,
        id: m.id().to_string(),
        text: m.text().to_string(),
        member: None,
    }
}

/// Which positional parameter of a control command may hold a bare command (IF's second,
/// ELSE's first, MONMSG's third, WHEN's second, OTHERWISE's first).
fn command_slot(name: &str) -> Option<usize> {
    match name {
        "IF" | "WHEN" => Some(1),
        "ELSE" | "OTHERWISE" => Some(0),
        "MONMSG" => Some(2),
        _ => None,
    }
}

/// Parses a statement; a command written as the bare last positional parameter
/// (`IF (&OK) SNDPGMMSG MSG('ok')`, `MONMSG CPF0000 *N GOTO ERR`, `ELSE DO`) becomes one
/// Command value holding the rest of the text.
fn parse_statement(text: &str) -> Result<RawCommand, cl::ParseError> {
    let mut raw = cl::parse_command(text)?;
    let Some(slot) = command_slot(&raw.name) else {
        return Ok(raw);
    };
    let bare = raw.params.get(slot).is_some_and(|p| {
        p.keyword.is_none()
            && !text[p.offset..].starts_with('(')
            && matches!(&p.value, RawValue::Word(w) | RawValue::Command(w) if cl::parse_command(w).is_ok())
            && raw.params[..slot].iter().all(|q| q.keyword.is_none())
    });
    if bare {
        let offset = raw.params[slot].offset;
        raw.params.truncate(slot);
        raw.params.push(RawParam {
            keyword: None,
            value: RawValue::Command(text[offset..].trim().to_string()),
            offset,
        });
    }
    Ok(raw)
}

/// The first word of a statement (after any label), upper-cased: used to keep the group
/// structure when a statement cannot be parsed.
fn opens_group(text: &str) -> bool {
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == '(')
        .filter(|w| !w.is_empty())
        .skip_while(|w| w.ends_with(':'));
    let first = words.next().unwrap_or_default().to_ascii_uppercase();
    let upper = text.to_ascii_uppercase();
    matches!(first.as_str(), "DO" | "DOWHILE" | "DOUNTIL" | "DOFOR")
        || upper.contains("(DO)")
        || upper.trim_end().ends_with(" DO")
}

/// The variable a DCL names (without `&`), when it can be read.
fn declared_name(raw: &RawCommand) -> Option<String> {
    raw.params
        .iter()
        .find(|p| {
            p.keyword
                .as_deref()
                .is_none_or(|k| k.eq_ignore_ascii_case("VAR"))
        })
        .and_then(|p| match &p.value {
            RawValue::Var(n) => Some(n.clone()),
            _ => None,
        })
}

/// The label a statement starts with (`NAME:`), upper-cased, when it has one.
fn leading_label(text: &str) -> Option<String> {
    let t = text.trim_start();
    let colon = t.find(':')?;
    let name = &t[..colon];
    let ok = !name.is_empty()
        && name.len() <= 10
        && crate::lang::names::is_name_start(name.as_bytes()[0])
        && name.bytes().all(crate::lang::names::is_name_char);
    ok.then(|| name.to_ascii_uppercase())
}

/// The first word of a statement after any label, upper-cased.
fn first_word(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '(')
        .filter(|w| !w.is_empty())
        .find(|w| !w.ends_with(':'))
        .unwrap_or_default()
        .to_ascii_uppercase()
}

/// The command name a MONMSG's EXEC holds (its first word, upper-cased), for messages.
fn exec_name(raw: &RawCommand) -> String {
    let def = defs::find("MONMSG").expect("MONMSG definition");
    let text = validate::bind(def, raw)
        .ok()
        .and_then(|b| b.get(monmsg::EXEC).map(|v| v.to_string()))
        .unwrap_or_default();
    text.trim_start_matches('(')
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .find(|w| !w.is_empty())
        .unwrap_or("DO")
        .to_ascii_uppercase()
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

/// Compiles source already split into statements (INCLUDEs expanded), without site
/// commands (a command name neither qsy's nor IBM's is CPD0030).
pub fn compile_statements(stmts: Vec<crate::script::source::Statement>) -> Program {
    compile_with(stmts, None)
}

/// Compiles source already split into statements (INCLUDEs expanded), looking up the
/// command-definition source of site commands along `site`.
pub fn compile_with(
    stmts: Vec<crate::script::source::Statement>,
    site: Option<super::sitecmd::SiteCommands>,
) -> Program {
    compile_parsed(parse_statements(stmts), site)
}

/// Compiles statements [`parse_statements`] parsed, as [`compile_with`].
pub fn compile_parsed(stmts: Vec<Stmt>, site: Option<super::sitecmd::SiteCommands>) -> Program {
    let mut c = Compiler {
        stmts,
        pos: 0,
        prog: Program::default(),
        types: Types::new(),
        labels: HashMap::new(),
        gotos: Vec::new(),
        calls: Vec::new(),
        seen_command: false,
        depth: 0,
        too_deep: false,
        loops: Vec::new(),
        subr: None,
        in_subrs: false,
        endsubr: None,
        last_monitorable: false,
        fields: Default::default(),
        restarts: Vec::new(),
        refused_vars: std::collections::HashSet::new(),
        site,
        ahead: None,
    };
    // Declarations and labels first, so uses anywhere can be checked.
    let mut scope: Option<String> = None;
    for s in &c.stmts {
        let Ok(raw) = &s.parsed else {
            // A statement that did not parse keeps its label, so a GOTO to it is not
            // reported as well.
            if let Some(l) = leading_label(&s.text) {
                c.labels.insert(l, scope.clone());
            }
            continue;
        };
        if raw.name == "SUBR" {
            scope = raw
                .params
                .first()
                .map(|p| p.value.to_string().to_ascii_uppercase());
        }
        if let Some(l) = &raw.label {
            c.labels.insert(l.clone(), scope.clone());
        }
        if raw.name == "ENDSUBR" {
            scope = None;
        }
        if raw.name == "DCL" {
            match declaration(raw, s.line) {
                Ok(d) => {
                    c.types.insert(d.name.clone(), d.ty);
                    c.prog.decls.push(d);
                }
                Err(p) => {
                    c.prog.problems.push(p);
                    if let Some(n) = declared_name(raw) {
                        c.refused_vars.insert(n);
                    }
                }
            }
        }
        if raw.name == "DCLF" {
            match file_declaration(raw, s.line, &c.prog.files) {
                Ok(f) => c.prog.files.push(f),
                Err(p) => c.prog.problems.push(p),
            }
        }
    }
    c.check_storage();
    let body = c.block(Until::Top);
    c.prog.body = body;
    for (line, label, scope) in std::mem::take(&mut c.gotos) {
        match c.labels.get(&label) {
            None => c.prog.problems.push(problem(line, msg::qsy0203(label))),
            Some(s) if *s != scope => c.prog.problems.push(problem(
                line,
                msg::qsy0261(
                    "GOTO",
                    format!("label {label} is in another part of the program; a GOTO stays in its subroutine or in the main part"),
                ),
            )),
            Some(_) => {}
        }
    }
    for (line, name) in std::mem::take(&mut c.calls) {
        if !c.prog.subrs.contains_key(&name) {
            c.prog.problems.push(problem(line, msg::qsy0254(name)));
        }
    }
    for (i, f) in c.prog.files.iter().enumerate() {
        let names = c
            .fields
            .get(&i)
            .map(|s| {
                s.iter()
                    .map(|n| format!("&{n}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_else(|| "(none)".into());
        let shown = if f.library == "*LIBL" {
            f.file.clone()
        } else {
            format!("{}/{}", f.library, f.file)
        };
        c.prog
            .notes
            .push(problem(f.line, msg::qsy0701(shown, names)));
    }
    // PWRDWNSYS RESTART(*YES) followed by more statements: on IBM i the IPL ends the job.
    for at in std::mem::take(&mut c.restarts) {
        let next = c.stmts.iter().find(|s| s.line > at && !s.ends);
        if let Some(next) = next {
            c.prog.notes.push(problem(at, msg::qsy0602(next.line)));
        }
    }
    c.prog.notes.sort_by_key(|p| p.line);
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
        "*DEC" => {
            let digits = nums.first().copied().unwrap_or(15).clamp(1, 31) as u8;
            let decimals = nums
                .get(1)
                .copied()
                .unwrap_or(if nums.is_empty() { 5 } else { 0 })
                .min(u32::from(digits)) as u8;
            VarType::Dec(digits, decimals)
        }
        "*LGL" => VarType::Lgl,
        "*PTR" => {
            if bound.get(dcl::LEN).is_some() {
                return Err(problem(
                    line,
                    msg::qsy0222(&name, "LEN is not allowed for *PTR"),
                ));
            }
            VarType::Ptr
        }
        "*INT" | "*UINT" => {
            let bytes = match nums.first().copied().unwrap_or(4) {
                b @ (2 | 4 | 8) => b as u8,
                _ => {
                    return Err(problem(
                        line,
                        msg::qsy0222(&name, "LEN must be 2, 4 or 8 for *INT and *UINT"),
                    ))
                }
            };
            if ty_word == "*INT" {
                VarType::Int(bytes)
            } else {
                VarType::UInt(bytes)
            }
        }
        other => return Err(problem(line, msg::qsy0220(&name, other))),
    };
    let init = match bound.get(dcl::VALUE) {
        Some(RawValue::Quoted(s)) => Some(Val::Str(s.clone())),
        Some(h @ RawValue::Hex(_)) => Some(
            super::expr::eval(h, &super::expr::Vars::default()).map_err(|e| problem(line, e))?,
        ),
        Some(RawValue::Word(w)) => Some(
            Decimal::parse(w)
                .map(Val::Num)
                .unwrap_or_else(|| Val::Str(w.to_ascii_uppercase())),
        ),
        Some(_) => return Err(problem(line, msg::qsy0221(&name))),
        None => None,
    };
    let stg = match bound.get(dcl::STG) {
        Some(RawValue::Word(w)) => w.to_ascii_uppercase(),
        None => "*AUTO".to_string(),
        Some(other) => other.to_string().to_ascii_uppercase(),
    };
    let stg =
        match stg.as_str() {
            "*AUTO" => Stg::Auto,
            "*BASED" => match bound.get(dcl::BASPTR) {
                Some(RawValue::Var(p)) => Stg::Based(p.clone()),
                _ => {
                    return Err(problem(
                        line,
                        msg::qsy0222(&name, "STG(*BASED) needs BASPTR(&pointer)"),
                    ))
                }
            },
            "*DEFINED" => {
                let (var, pos) = match bound.get(dcl::DEFVAR) {
                    Some(RawValue::Var(v)) => (Some(v.clone()), Some(1)),
                    Some(RawValue::List(items)) => (
                        match items.first() {
                            Some(RawValue::Var(v)) => Some(v.clone()),
                            _ => None,
                        },
                        match items.get(1) {
                            None => Some(1),
                            Some(RawValue::Word(w)) => {
                                w.parse::<usize>().ok().filter(|p| (1..=32767).contains(p))
                            }
                            Some(_) => None,
                        },
                    ),
                    _ => (None, None),
                };
                match (var, pos) {
                    (Some(v), Some(p)) => Stg::Defined(v, p),
                    _ => return Err(problem(
                        line,
                        msg::qsy0222(
                            &name,
                            "STG(*DEFINED) needs DEFVAR(&variable position), the position 1-32767",
                        ),
                    )),
                }
            }
            other => {
                return Err(problem(
                    line,
                    msg::qsy0222(
                        &name,
                        format!("STG({other}) is not *AUTO, *BASED or *DEFINED"),
                    ),
                ))
            }
        };
    if stg != Stg::Auto && init.is_some() {
        return Err(problem(
            line,
            msg::qsy0222(
                &name,
                "VALUE is not allowed with STG(*BASED) or STG(*DEFINED)",
            ),
        ));
    }
    if !matches!(stg, Stg::Based(_)) && bound.get(dcl::BASPTR).is_some() {
        return Err(problem(
            line,
            msg::qsy0222(&name, "BASPTR needs STG(*BASED)"),
        ));
    }
    if !matches!(stg, Stg::Defined(..)) && bound.get(dcl::DEFVAR).is_some() {
        return Err(problem(
            line,
            msg::qsy0222(&name, "DEFVAR needs STG(*DEFINED)"),
        ));
    }
    let address = match bound.get(dcl::ADDRESS) {
        None => None,
        Some(_) if ty != VarType::Ptr => {
            return Err(problem(
                line,
                msg::qsy0222(&name, "ADDRESS is only for *PTR"),
            ))
        }
        Some(RawValue::Word(w)) if w.eq_ignore_ascii_case("*NULL") => None,
        Some(RawValue::Var(v)) => Some((v.clone(), 0)),
        Some(RawValue::List(items)) => match (items.first(), items.get(1)) {
            (Some(RawValue::Var(v)), None) => Some((v.clone(), 0)),
            (Some(RawValue::Var(v)), Some(RawValue::Word(o))) => match o.parse::<usize>() {
                Ok(o) if o <= 32766 => Some((v.clone(), o)),
                _ => {
                    return Err(problem(
                        line,
                        msg::qsy0222(&name, "the ADDRESS offset must be 0-32766"),
                    ))
                }
            },
            _ => {
                return Err(problem(
                    line,
                    msg::qsy0222(&name, "ADDRESS must be *NULL or (&variable offset)"),
                ))
            }
        },
        Some(_) => {
            return Err(problem(
                line,
                msg::qsy0222(&name, "ADDRESS must be *NULL or (&variable offset)"),
            ))
        }
    };
    if ty == VarType::Ptr && init.is_some() {
        return Err(problem(
            line,
            msg::qsy0222(
                &name,
                "a *PTR takes its initial value from ADDRESS, not VALUE",
            ),
        ));
    }
    // Check the initial value converts.
    if let Some(v) = &init {
        let mut vars = super::expr::Vars::default();
        vars.declare(&name, ty, Some(v.clone()))
            .map_err(|e| problem(line, msg::qsy0222(&name, e)))?;
    }
    Ok(Decl {
        name,
        ty,
        init,
        stg,
        address,
    })
}

/// A DCLF: its file and OPNID. A program declares at most five files, each with its own
/// OPNID (IBM's rule).
fn file_declaration(
    raw: &RawCommand,
    line: usize,
    before: &[FileDecl],
) -> Result<FileDecl, Problem> {
    let def = defs::find("DCLF").expect("DCLF definition");
    let bound = validate::bind(def, raw).map_err(|f| failed(line, f))?;
    let (library, file) = match bound.get(defs::dclf::FILE) {
        Some(RawValue::Qualified(items)) if items.len() == 2 => (
            items[0].to_string().to_ascii_uppercase(),
            items[1].to_string().to_ascii_uppercase(),
        ),
        Some(RawValue::Word(w)) => ("*LIBL".to_string(), w.to_ascii_uppercase()),
        _ => return Err(problem(line, msg::qsy0002("FILE", "DCLF"))),
    };
    let library = if library == "*CURLIB" {
        "*LIBL".to_string()
    } else {
        library
    };
    let opnid = match bound.get(defs::dclf::OPNID) {
        Some(RawValue::Word(w)) if !w.eq_ignore_ascii_case("*NONE") => Some(w.to_ascii_uppercase()),
        _ => None,
    };
    if before.len() >= 5 {
        return Err(problem(
            line,
            msg::qsy0261("DCLF", "a program declares at most five files"),
        ));
    }
    if before.iter().any(|f| f.opnid == opnid) {
        return Err(problem(
            line,
            msg::qsy0261(
                "DCLF",
                format!(
                    "OPNID({}) is already used by another DCLF",
                    opnid.as_deref().unwrap_or("*NONE")
                ),
            ),
        ));
    }
    Ok(FileDecl {
        line,
        library,
        file,
        opnid,
    })
}

/// A stand-in value of the right type for a parameter whose value comes from a variable,
/// so `--check` can validate the rest of the command.
fn placeholder(p: &defs::ParamDef) -> RawValue {
    // A system value name from a variable is judged when the command runs.
    if p.keyword() == "SYSVAL" {
        return RawValue::Word("QSECURITY".into());
    }
    if let Some(v) = p.values().first().or(p.special().first()) {
        return RawValue::Word(v.to_string());
    }
    match p.kind {
        ParamKind::Int => RawValue::Word(p.range.0.to_string()),
        ParamKind::Qualified => RawValue::Qualified(vec![
            RawValue::Word("QGPL".into()),
            RawValue::Word("X".into()),
        ]),
        ParamKind::Name | ParamKind::Generic => RawValue::Word("X".into()),
        ParamKind::Command => RawValue::Command("SNDPGMMSG MSG(X)".into()),
        ParamKind::Variable => RawValue::Var("X".into()),
        _ => RawValue::Quoted("X".into()),
    }
}

/// Whether an expression uses %PARMS, whose value only the run knows.
fn mentions_parms(v: &RawValue) -> bool {
    v.to_string().to_ascii_uppercase().contains("%PARMS")
}

fn node(line: usize, label: Option<String>, action: Action) -> Node {
    Node {
        line,
        label,
        action,
        monitors: Vec::new(),
    }
}

impl Compiler {
    /// The next statement, taken: the compiler goes through the statements once, and
    /// looks only ahead of its position ([`Compiler::stray_closer_follows`]) afterwards.
    fn next(&mut self) -> Option<(usize, String, Result<RawCommand, Problem>)> {
        let s = self.stmts.get_mut(self.pos)?;
        let taken = Err(Problem {
            line: s.line,
            id: String::new(),
            text: String::new(),
            member: None,
        });
        let out = (
            s.line,
            std::mem::take(&mut s.text),
            std::mem::replace(&mut s.parsed, taken),
        );
        self.ahead = s.checked.take();
        self.pos += 1;
        Some(out)
    }

    /// The storage of the declarations: DEFVAR, BASPTR and ADDRESS name declared variables
    /// of the right kinds, and a defined variable fits inside its DEFVAR variable.
    fn check_storage(&mut self) {
        let lines: HashMap<String, usize> = self
            .stmts
            .iter()
            .filter_map(|s| match &s.parsed {
                Ok(raw) if raw.name == "DCL" => match raw.params.first().map(|p| &p.value) {
                    Some(RawValue::Var(n)) => Some((n.clone(), s.line)),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let decls = self.prog.decls.clone();
        for d in &decls {
            let line = lines.get(&d.name).copied().unwrap_or(1);
            let mut refuse = |why: String| {
                self.prog
                    .problems
                    .push(problem(line, msg::qsy0222(&d.name, why)))
            };
            match &d.stg {
                Stg::Auto => {}
                Stg::Based(p) => match self.types.get(p) {
                    Some(VarType::Ptr) => {}
                    Some(_) => refuse(format!("BASPTR(&{p}) is not a *PTR variable")),
                    None => refuse(format!("BASPTR(&{p}) is not declared")),
                },
                Stg::Defined(base, pos) => match decls.iter().find(|b| &b.name == base) {
                    None => refuse(format!("DEFVAR(&{base}) is not declared")),
                    Some(b) => {
                        let need = pos + super::storage::size_of(d.ty) - 1;
                        let have = super::storage::size_of(b.ty);
                        if need > have {
                            refuse(format!(
                                "it ends at byte {need} of &{base}, which has {have}"
                            ));
                        }
                    }
                },
            }
            if let Some((v, _)) = &d.address {
                if !self.types.contains_key(v) {
                    refuse(format!("ADDRESS(&{v}) is not declared"));
                }
            }
        }
    }

    fn peek_name(&self) -> Option<&str> {
        match self.stmts.get(self.pos) {
            Some(Stmt {
                parsed: Ok(raw), ..
            }) => Some(raw.name.as_str()),
            _ => None,
        }
    }

    fn push(&mut self, p: Problem) {
        self.prog.problems.push(p);
    }

    /// `&name` is not declared (QSY0205), unless its DCL was refused already.
    fn undeclared(&mut self, line: usize, name: &str) {
        if !self.refused_vars.contains(name) {
            self.push(problem(line, msg::qsy0205(name)));
        }
    }

    /// Whether a `closer` (ENDDO, ENDSELECT or ENDSUBR) that nothing opened follows the
    /// statement being compiled: then a statement that was refused but looks like the opener
    /// (a misspelt DOWHILE, a SELECT that did not parse) is taken as opening that group,
    /// so its closer is not reported as well.
    fn stray_closer_follows(&self, closer: &str) -> bool {
        let mut depth = 0usize;
        for s in &self.stmts[self.pos.min(self.stmts.len())..] {
            let name = match &s.parsed {
                Ok(raw) => raw.name.clone(),
                Err(_) => first_word(&s.text),
            };
            let opens = match closer {
                "ENDDO" => opens_group(&s.text),
                "ENDSELECT" => name == "SELECT",
                _ => name == "SUBR",
            };
            if opens {
                depth += 1;
            } else if name == closer {
                if depth == 0 {
                    return true;
                }
                depth -= 1;
            }
        }
        false
    }

    /// A statement refused at `line` whose name (`name`, maybe misspelt) opens a group
    /// whose closer follows: the group is compiled (its statements are still checked) and
    /// its closer consumed. Returns whether it did so.
    fn refused_group(&mut self, line: usize, name: &str, label: &Option<String>) -> bool {
        let opener = if matches!(
            name,
            "DO" | "DOWHILE" | "DOUNTIL" | "DOFOR" | "SELECT" | "SUBR"
        ) {
            Some(name)
        } else {
            crate::lang::suggest::closest(name, ["DO", "DOWHILE", "DOUNTIL", "DOFOR", "SELECT"])
        };
        match opener {
            Some("SELECT") if self.stray_closer_follows("ENDSELECT") => {
                self.select(line);
                true
            }
            Some("SUBR") if self.stray_closer_follows("ENDSUBR") => {
                let keep = self.subr.take();
                self.block(Until::EndSubr);
                self.subr = keep;
                true
            }
            Some("DO") if self.stray_closer_follows("ENDDO") => {
                self.block(Until::EndDo);
                true
            }
            Some("DOWHILE" | "DOUNTIL" | "DOFOR") if self.stray_closer_follows("ENDDO") => {
                self.loop_body(label);
                true
            }
            _ => false,
        }
    }

    /// Parses and types an expression; problems are reported and None returned.
    /// Whether undeclared variable `name` is taken as a field of a DCLF file (whose record
    /// format the check cannot know); remembered for the note.
    fn file_field(&mut self, name: &str) -> bool {
        let Some(i) = self.prog.files.iter().position(|f| f.may_own(name)) else {
            return false;
        };
        self.fields.entry(i).or_default().insert(name.to_string());
        true
    }

    /// The names of a parsed expression's variables that are fields of DCLF files.
    fn note_fields(&mut self, e: &expr::Expr) {
        let mut names = Vec::new();
        e.var_refs(&mut names);
        for n in names {
            if !self.types.contains_key(&n) {
                self.file_field(&n);
            }
        }
    }

    fn expression(&mut self, line: usize, v: &RawValue) -> Option<Kind> {
        let files = self.prog.files.clone();
        let field = |n: &str| files.iter().any(|f| f.may_own(n));
        let parsed = expr::parse(v);
        if let Ok(e) = &parsed {
            self.note_fields(e);
        }
        match parsed.and_then(|e| expr::check_with(&e, &self.types, &field)) {
            Ok(k) => {
                // An expression of constants is evaluated now: one that cannot be (a
                // division by zero, a substring outside its value) fails every run.
                let mut names = Vec::new();
                expr::var_names(v, &mut names);
                if names.is_empty() && !mentions_parms(v) {
                    if let Err(e) = expr::eval(v, &expr::Vars::default()) {
                        self.always_fails(line, e);
                        return None;
                    }
                }
                Some(k)
            }
            Err(expr::ExprError::NotDeclared(n)) => {
                self.undeclared(line, &n);
                None
            }
            Err(e) => {
                self.push(problem(line, e));
                None
            }
        }
    }

    /// A logical expression (IF, WHEN, DOWHILE, DOUNTIL conditions).
    fn condition(&mut self, line: usize, what: &str, v: &RawValue) {
        if let Some(k) = self.expression(line, v) {
            if !matches!(k, Kind::Lgl | Kind::Bit) {
                self.push(problem(
                    line,
                    msg::qsy0250(what, "a logical", v.to_string(), k.name()),
                ));
            }
        }
    }

    /// The variables of a command parameter that are not declared.
    /// A command name qsy has no definition for: an IBM i command it does not simulate
    /// (a note, QSY0750: the run skips it, [`Action::Skip`]; the return variables it would
    /// have set are named, QSY0751), or no IBM i command at all (CPD0030, with the closest
    /// command name, simulated or not). Either way a node stays, so a MONMSG after it is not
    /// reported as well.
    fn not_simulated(&mut self, raw: &RawCommand, line: usize) -> Action {
        match catalogue::resolve(&raw.name) {
            catalogue::Resolved::NotSimulated(name, entry) => {
                self.prog.unsimulated.push((line, name));
                self.prog.notes.push(problem(line, msg::qsy0750(name)));
                if let Some(entry) = entry {
                    let vars: Vec<String> = entry
                        .return_variables(raw)
                        .into_iter()
                        .map(|(k, v)| format!("{k}(&{v})"))
                        .collect();
                    if !vars.is_empty() {
                        self.prog
                            .notes
                            .push(problem(line, msg::qsy0751(name, vars.join(", "))));
                    }
                }
                Action::Skip(name)
            }
            _ => {
                if let Some(action) = self.site_command(raw, line) {
                    return action;
                }
                let mut p = problem(line, msg::cpd0030(&raw.name));
                // How to declare a command of the shop's own (created with CRTCMD).
                p.text = format!(
                    "{} If it is a command of your own (CRTCMD), put its command-definition source {}.cmd beside the program, along QSY_CLPATH, or in a directory given with qsy run --commands DIR.",
                    p.text, raw.name
                );
                if let Some(meant) = catalogue::did_you_mean(&raw.name) {
                    p.text = format!("{} Did you mean {meant}?", p.text);
                }
                self.push(p);
                Action::Nothing
            }
        }
    }

    /// An object command (CHKOBJ, GRTOBJAUT…) given, as a literal, an object type IBM i
    /// takes but qsy does not model (*PGM, *DTAARA…): the rest of the command is checked
    /// as usual, the command noted (QSY0926) and skipped at run time (QSY0927). None: the
    /// command has no such OBJTYPE.
    fn unmodelled_objtype(
        &mut self,
        def: &'static CommandDef,
        raw: &RawCommand,
        line: usize,
    ) -> Option<Action> {
        let index = def.params().iter().position(|p| p.keyword() == "OBJTYPE")?;
        let pdef = &def.params()[index];
        let modelled = pdef.values().first()?;
        let mut position = 0usize;
        let at = raw.params.iter().position(|p| match &p.keyword {
            Some(k) => k == "OBJTYPE",
            None => {
                position += 1;
                position - 1 == index && index < def.max_positional
            }
        })?;
        let RawValue::Word(w) = &raw.params[at].value else {
            return None;
        };
        let objtype = w.to_ascii_uppercase();
        if pdef.values().contains(objtype.as_str())
            || !crate::lang::objtype::valid_for(def.name(), &objtype)
        {
            return None;
        }
        // The other parameters are checked as for a modelled type.
        let mut probe = raw.clone();
        probe.params[at].value = RawValue::Word((*modelled).to_string());
        // IBM's object commands take *ALL and generic names (LIB/*ALL, LIB/PAY*) where qsy's
        // modelled types take a name: checked as a name.
        let generic = |v: &mut RawValue| {
            if let RawValue::Word(w) = v {
                if w.eq_ignore_ascii_case("*ALL") || (w.len() > 1 && w.ends_with('*')) {
                    *w = "QSYGENERIC".into();
                }
            }
        };
        let obj_at = probe
            .params
            .iter()
            .position(|p| p.keyword.as_deref() == Some("OBJ"))
            .or_else(|| {
                probe
                    .params
                    .first()
                    .filter(|p| p.keyword.is_none())
                    .map(|_| 0)
            });
        if let Some(obj) = obj_at.map(|i| &mut probe.params[i]) {
            match &mut obj.value {
                RawValue::Qualified(parts) => {
                    if let Some(last) = parts.last_mut() {
                        generic(last);
                    }
                }
                v => generic(v),
            }
        }
        if let Err(f) = validate::bind(def, &probe) {
            self.push(failed(line, f));
            return Some(Action::Nothing);
        }
        let defs = validate::param_defs(def, &probe);
        let mut constant = true;
        for (param, p) in probe.params.iter_mut().zip(defs) {
            let mut names = Vec::new();
            expr::var_names(&param.value, &mut names);
            if names.is_empty() && !expr::is_expression(&param.value) {
                continue;
            }
            constant = false;
            if let Some(p) = p.filter(|p| p.kind != ParamKind::Variable) {
                param.value = placeholder(p);
            }
        }
        if let Err(f) = crate::commands::validate_probe(def, &probe, constant) {
            self.push(failed(line, f));
            return Some(Action::Nothing);
        }
        for p in &raw.params {
            self.check_vars(line, &p.value);
        }
        self.prog
            .notes
            .push(problem(line, msg::qsy0926(def.name(), &objtype)));
        Some(Action::SkipObjType(def.name(), objtype))
    }

    /// A command defined by the site's command-definition source (`NAME.cmd`, see
    /// [`super::sitecmd`]): its use checked against the definition, noted (QSY0920) and
    /// skipped at run time; the return variables it would have set are named (QSY0922). A
    /// source that cannot define the command is a problem (QSY0923). None: no source.
    fn site_command(&mut self, raw: &RawCommand, line: usize) -> Option<Action> {
        let found = self.site.as_mut()?.find(&raw.name)?;
        let def = match found.as_ref() {
            Ok(d) => d,
            Err(e) => {
                self.push(problem(line, e.msg()));
                return Some(Action::Nothing);
            }
        };
        let mut refused = false;
        for m in def.check(raw) {
            refused = true;
            self.push(problem(line, m));
        }
        for p in &raw.params {
            self.check_vars(line, &p.value);
        }
        if refused {
            return Some(Action::Nothing);
        }
        let source = def.source.display().to_string();
        self.prog
            .site_commands
            .push((line, def.name.clone(), source.clone()));
        self.prog
            .notes
            .push(problem(line, msg::qsy0920(&def.name, &source)));
        let vars = def.return_variables(raw);
        if !vars.is_empty() {
            self.prog
                .notes
                .push(problem(line, msg::qsy0922(&def.name, vars.join(", "))));
        }
        Some(Action::SkipSite(Box::new((def.name.clone(), source))))
    }

    fn check_vars(&mut self, line: usize, v: &RawValue) {
        let mut names = Vec::new();
        expr::var_names(v, &mut names);
        for n in names {
            if !self.types.contains_key(&n) && !self.file_field(&n) {
                self.undeclared(line, &n);
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
        let Some(ty) = self.types.get(var).copied() else {
            return;
        };
        if let Err(f) = crate::system::sysval::check_variable(def, super::expr::shape(ty)) {
            self.push(failed(line, f));
        }
    }

    /// The return variables of a retrieve command (RTVUSRPRF, RTVJOBA) against the type and
    /// length IBM gives them (QSY0780, QSY0781), reported before the run.
    fn check_return_variables(
        &mut self,
        def: &'static CommandDef,
        bound: &validate::Bound<'_>,
        line: usize,
    ) {
        for (index, p) in def.params().iter().enumerate() {
            if p.kind != ParamKind::Variable {
                continue;
            }
            let Some(RawValue::Var(var)) = bound.at(index) else {
                continue;
            };
            let Some(ty) = self.types.get(var).copied() else {
                continue;
            };
            if let Err(f) = crate::commands::returns::check(
                def.name(),
                p.keyword(),
                var,
                super::expr::shape(ty),
            ) {
                self.push(failed(line, f));
            }
        }
    }

    /// Compiles statements until the end, or the ENDDO / ENDSUBR that closes the group.
    fn block(&mut self, until: Until) -> Vec<Node> {
        let opened_at = self
            .stmts
            .get(self.pos.saturating_sub(1))
            .map_or(1, |s| s.line);
        if until == Until::Top {
            return self.block_inner(until, opened_at);
        }
        if self.depth >= MAX_DEPTH {
            self.refuse_depth(opened_at);
            return Vec::new();
        }
        self.depth += 1;
        let nodes = self.block_inner(until, opened_at);
        self.depth -= 1;
        nodes
    }

    /// Nesting deeper than [`MAX_DEPTH`] at `line`: the script is refused. Says where once,
    /// and compiles nothing more (which keeps the recursion as shallow as the limit).
    fn refuse_depth(&mut self, line: usize) {
        if !self.too_deep {
            self.push(problem(line, msg::qsy0229(MAX_DEPTH)));
        }
        self.too_deep = true;
        self.pos = self.stmts.len();
    }

    fn block_inner(&mut self, until: Until, opened_at: usize) -> Vec<Node> {
        let mut nodes: Vec<Node> = Vec::new();
        while let Some((line, text, stmt)) = self.next() {
            let raw = match stmt {
                Ok(raw) => raw,
                Err(p) => {
                    self.push(p);
                    // Keep the group structure of a statement that did not parse, so its
                    // ENDDO (ENDSELECT, ENDSUBR) is not reported again; a MONMSG after it
                    // is not either.
                    let action = if opens_group(&text) && !first_word(&text).starts_with("DO") {
                        Action::Do(self.block(Until::EndDo))
                    } else {
                        self.refused_group(line, &first_word(&text), &None);
                        Action::Nothing
                    };
                    nodes.push(node(line, None, action));
                    self.last_monitorable = true;
                    continue;
                }
            };
            if self.in_subrs
                && until == Until::Top
                && !matches!(raw.name.as_str(), "SUBR" | "ENDPGM")
            {
                self.push(problem(line, msg::qsy0253(&raw.name)));
                continue;
            }
            match raw.name.as_str() {
                "ENDDO" if until == Until::EndDo => return nodes,
                "ENDDO" => self.push(problem(line, msg::qsy0201())),
                "ENDSUBR" if until == Until::EndSubr => {
                    let def = defs::find("ENDSUBR").expect("ENDSUBR definition");
                    self.endsubr = match validate::bind(def, &raw) {
                        Ok(b) => b.get(defs::endsubr::RTNVAL).cloned(),
                        Err(f) => {
                            self.push(failed(line, f));
                            None
                        }
                    };
                    if let Some(v) = self.endsubr.clone() {
                        self.return_value(line, &v);
                    }
                    let mut n = node(
                        line,
                        raw.label.clone(),
                        Action::RtnSubr(self.endsubr.clone().unwrap_or(RawValue::Word("0".into()))),
                    );
                    n.label = raw.label;
                    nodes.push(n);
                    return nodes;
                }
                "ENDSUBR" => self.push(problem(line, msg::qsy0256("ENDSUBR", "SUBR"))),
                "ELSE" => self.push(problem(line, msg::qsy0202())),
                "WHEN" | "OTHERWISE" | "ENDSELECT" => {
                    self.push(problem(line, msg::qsy0252(&raw.name, "SELECT")))
                }
                "MONMSG" => {
                    let program_level = !self.seen_command && until == Until::Top;
                    let seen = self.seen_command;
                    let m = self.monitor(&raw, line);
                    if program_level {
                        // Its EXEC is not the program's first command.
                        self.seen_command = seen;
                        // IBM: only GOTO may be the EXEC of a program-level MONMSG. A command
                        // already refused inside EXEC (a Nothing node) is not reported again.
                        if let Some(first) = m.exec.first() {
                            let what = match &first.action {
                                Action::Goto(_) | Action::Nothing => None,
                                _ => Some(exec_name(&raw)),
                            };
                            if let Some(what) = what {
                                self.push(problem(line, msg::qsy0660(what)));
                            }
                        }
                        self.prog.monitors.push(m);
                        continue;
                    }
                    match nodes.last_mut() {
                        Some(n) if self.last_monitorable => {
                            // After IF with a single command, the monitor is that command's.
                            match &mut n.action {
                                Action::If(_, then, els) if els.is_empty() && then.len() == 1 => {
                                    then[0].monitors.push(m)
                                }
                                _ => n.monitors.push(m),
                            }
                        }
                        Some(n) if !self.last_monitorable => {
                            let what = match &n.action {
                                Action::Do(_)
                                | Action::DoWhile(..)
                                | Action::DoUntil(..)
                                | Action::DoFor(..)
                                | Action::Select(..) => "ENDDO or ENDSELECT",
                                Action::If(_, _, e) if !e.is_empty() => "ELSE",
                                Action::If(..) => "ENDDO",
                                Action::Goto(_) => "GOTO",
                                Action::Leave(_) | Action::Iterate(_) => "LEAVE or ITERATE",
                                Action::RtnSubr(_) => "RTNSUBR",
                                _ => "PGM or DCL",
                            };
                            self.push(problem(line, msg::qsy0262(what)));
                        }
                        _ => self.push(problem(line, msg::qsy0206())),
                    }
                }
                "SUBR" if until == Until::Top && self.loops.is_empty() => {
                    self.in_subrs = true;
                    self.seen_command = true;
                    self.subroutine(&raw, line);
                }
                "SUBR" => self.push(problem(
                    line,
                    msg::qsy0261(
                        "SUBR",
                        "subroutines cannot be nested or placed inside a group",
                    ),
                )),
                _ => {
                    // The statement taken last is this one: its check made ahead applies.
                    let ahead = self.ahead.take();
                    if let Some(node) = self.statement_checked(raw, line, ahead) {
                        nodes.push(node);
                    }
                }
            }
        }
        if self.too_deep {
            return nodes;
        }
        match until {
            Until::EndDo => {
                let last = self.stmts.last().map_or(opened_at, |s| s.line);
                self.push(problem(last, msg::qsy0217()))
            }
            Until::EndSubr => self.push(problem(opened_at, msg::qsy0256("SUBR", "ENDSUBR"))),
            Until::Top => {}
        }
        nodes
    }

    fn subroutine(&mut self, raw: &RawCommand, line: usize) {
        let def = defs::find("SUBR").expect("SUBR definition");
        let name = match validate::bind(def, raw) {
            Ok(b) => b
                .get(defs::subr::SUBR)
                .map(|v| v.to_string().to_ascii_uppercase()),
            Err(f) => {
                self.push(failed(line, f));
                None
            }
        };
        self.subr = name.clone();
        let mut body = self.block(Until::EndSubr);
        self.subr = None;
        if let Some(label) = &raw.label {
            // A label on SUBR is a GOTO target meaning the subroutine's first statement.
            body.insert(0, node(line, Some(label.clone()), Action::Nothing));
        }
        let Some(name) = name else { return };
        if self.prog.subrs.contains_key(&name) {
            self.push(problem(line, msg::qsy0255(&name)));
            return;
        }
        self.prog.subrs.insert(name, Subr { line, body });
    }

    /// RTNSUBR's and ENDSUBR's RTNVAL: a whole number or a variable that fits a 4-byte *INT.
    fn return_value(&mut self, line: usize, v: &RawValue) {
        match v {
            RawValue::Var(n) => match self.types.get(n) {
                None => self.undeclared(line, n),
                Some(VarType::Int(4)) => {}
                Some(_) => self.push(problem(
                    line,
                    msg::qsy0261("RTNVAL", format!("&{n} must be *INT LEN(4)")),
                )),
            },
            other => {
                let ok = Decimal::parse(&other.to_string()).is_some_and(|d| {
                    d.scale == 0
                        && d.units >= i128::from(i32::MIN)
                        && d.units <= i128::from(i32::MAX)
                });
                if !ok {
                    self.push(problem(
                        line,
                        msg::qsy0261("RTNVAL", format!("{other} is not a 4-byte integer")),
                    ));
                }
            }
        }
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
                self.push(failed(line, f));
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
            self.push(problem(line, msg::qsy0207()));
        }
        // qsy's own IDs do not exist on IBM i: the monitor would never fire there.
        for id in ids.iter().filter(|i| i.starts_with("QSY")) {
            self.prog.notes.push(problem(line, msg::qsy0284(id)));
        }
        m.ids = ids;
        if let Some(exec) = bound.get(monmsg::EXEC) {
            let keep = self.last_monitorable;
            m.exec = self.embedded(exec, line);
            self.last_monitorable = keep;
        }
        m
    }

    /// Compiles a command given as a parameter (THEN, ELSE, EXEC, WHEN, OTHERWISE); `DO`
    /// opens a group that the following statements fill up to its ENDDO.
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
        match parse_statement(&text) {
            Ok(raw) if raw.name == "DO" => {
                vec![node(line, None, Action::Do(self.block(Until::EndDo)))]
            }
            Ok(raw) => {
                let refused = matches!(
                    raw.name.as_str(),
                    "ENDDO"
                        | "MONMSG"
                        | "PGM"
                        | "ENDPGM"
                        | "DCL"
                        | "DCLF"
                        | "ELSE"
                        | "WHEN"
                        | "OTHERWISE"
                        | "ENDSELECT"
                        | "SUBR"
                        | "ENDSUBR"
                );
                if refused {
                    self.push(problem(
                        line,
                        msg::qsy0261(
                            &raw.name,
                            "this command cannot be the command of another command",
                        ),
                    ));
                    return Vec::new();
                }
                // THEN(IF … THEN(…)): each command inside another is a level too.
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
                self.push(problem(line, e));
                if opens_group(&text) {
                    return vec![node(line, None, Action::Do(self.block(Until::EndDo)))];
                }
                Vec::new()
            }
        }
    }

    fn loop_body(&mut self, label: &Option<String>) -> Vec<Node> {
        self.loops.push(label.clone());
        let body = self.block(Until::EndDo);
        self.loops.pop();
        body
    }

    fn select(&mut self, line: usize) -> Action {
        let mut whens = Vec::new();
        let mut otherwise = Vec::new();
        let mut seen_otherwise = false;
        while let Some((wline, text, stmt)) = self.next() {
            let raw = match stmt {
                Ok(raw) => raw,
                Err(p) => {
                    self.push(p);
                    if opens_group(&text) {
                        self.block(Until::EndDo);
                    }
                    continue;
                }
            };
            match raw.name.as_str() {
                "ENDSELECT" => {
                    if whens.is_empty() {
                        self.push(problem(
                            wline,
                            msg::qsy0261("SELECT", "a select group needs at least one WHEN"),
                        ));
                    }
                    return Action::Select(whens, otherwise);
                }
                "WHEN" | "OTHERWISE" => {
                    let def = defs::find(&raw.name).expect("definition");
                    let bound = match validate::bind(def, &raw) {
                        Ok(b) => b,
                        Err(f) => {
                            self.push(failed(wline, f));
                            continue;
                        }
                    };
                    if raw.name == "WHEN" {
                        if seen_otherwise {
                            self.push(problem(
                                wline,
                                msg::qsy0261("WHEN", "WHEN cannot follow OTHERWISE"),
                            ));
                        }
                        let cond = bound
                            .get(defs::when::COND)
                            .cloned()
                            .unwrap_or(RawValue::Word("0".into()));
                        self.condition(wline, "WHEN", &cond);
                        let then = match bound.get(defs::when::THEN).cloned() {
                            Some(t) => self.embedded(&t, wline),
                            None => Vec::new(),
                        };
                        whens.push((cond, then));
                    } else {
                        if seen_otherwise {
                            self.push(problem(
                                wline,
                                msg::qsy0261("OTHERWISE", "a select group has one OTHERWISE"),
                            ));
                        }
                        seen_otherwise = true;
                        if let Some(c) = bound.get(defs::otherwise::CMD).cloned() {
                            otherwise = self.embedded(&c, wline);
                        }
                    }
                }
                other => {
                    self.push(problem(
                        wline,
                        msg::qsy0261(
                            other,
                            "only WHEN, OTHERWISE and ENDSELECT may stand in a select group",
                        ),
                    ));
                }
            }
        }
        if !self.too_deep {
            self.push(problem(line, msg::qsy0256("SELECT", "ENDSELECT")));
        }
        Action::Select(whens, otherwise)
    }

    fn loop_label(
        &mut self,
        line: usize,
        what: &str,
        v: Option<&RawValue>,
    ) -> Option<Option<String>> {
        let label = match v {
            Some(RawValue::Word(w)) if !w.eq_ignore_ascii_case("*CURRENT") => {
                Some(w.to_ascii_uppercase())
            }
            _ => None,
        };
        if self.loops.is_empty() {
            self.push(problem(
                line,
                msg::qsy0252(what, "DOWHILE, DOUNTIL or DOFOR"),
            ));
            return None;
        }
        if let Some(l) = &label {
            if !self.loops.iter().any(|x| x.as_ref() == Some(l)) {
                self.push(problem(line, msg::qsy0257(what, l)));
                return None;
            }
        }
        Some(label)
    }

    fn statement(&mut self, raw: RawCommand, line: usize) -> Option<Node> {
        self.statement_checked(raw, line, None)
    }

    /// [`Compiler::statement`], with the statement's check made ahead, if any
    /// ([`checked_ahead`]): used in place of making it again.
    fn statement_checked(
        &mut self,
        raw: RawCommand,
        line: usize,
        ahead: Option<crate::messages::QResult<validate::Args>>,
    ) -> Option<Node> {
        let label = raw.label.clone();
        self.last_monitorable = true;
        // A check made ahead names the definition it found for this command.
        let found = match &ahead {
            Some(Ok(args)) => Some(args.def),
            _ => defs::find(&raw.name),
        };
        let Some(def) = found else {
            if raw.name == "RETURN" {
                self.seen_command = true;
                return Some(node(line, label, Action::End));
            }
            let action = self.not_simulated(&raw, line);
            // A refused or skipped command is still the program's first command, unless it
            // is one of the declarations (a misspelt DCLF, …): a MONMSG after those is still
            // program-level.
            if !(raw.name.starts_with("DCL") || raw.name == "COPYRIGHT") {
                self.seen_command = true;
            }
            if matches!(action, Action::Nothing) {
                // A misspelt DOWHILE (SELECT, …) still opens its group, so its ENDDO is not
                // reported too.
                self.refused_group(line, &raw.name, &label);
            }
            // Kept as a node, so a MONMSG after it is not reported as well.
            return Some(node(line, label, action));
        };
        if def.simulator_only {
            self.prog.simulator_only.push((line, def.name()));
        }
        if let Some(action) = self.unmodelled_objtype(def, &raw, line) {
            self.seen_command = true;
            return Some(node(line, label, action));
        }
        let bound = match validate::bind(def, &raw) {
            Ok(b) => b,
            Err(f) => {
                self.push(failed(line, f));
                let action = if matches!(def.name(), "DO" | "DOWHILE" | "DOUNTIL" | "DOFOR") {
                    Action::Do(self.block(Until::EndDo))
                } else {
                    if def.name() == "SELECT" {
                        self.refused_group(line, "SELECT", &label);
                    }
                    Action::Nothing
                };
                return Some(node(line, label, action));
            }
        };
        if !matches!(
            def.name(),
            "IF" | "ELSE"
                | "MONMSG"
                | "WHEN"
                | "OTHERWISE"
                | "CHGVAR"
                | "DOWHILE"
                | "DOUNTIL"
                | "DOFOR"
        ) {
            for v in bound.written() {
                self.check_vars(line, v);
            }
        }
        // Keywords of IBM's that qsy keeps but does not act on (CRTUSRPRF HOMEDIR()…):
        // accepted, and noted once each (QSY0755).
        for p in validate::param_defs(def, &raw).into_iter().flatten() {
            if p.not_acted_on {
                self.prog
                    .notes
                    .push(problem(line, msg::qsy0755(def.name(), p.keyword())));
            }
        }
        if !matches!(
            def.name(),
            "PGM" | "DCL" | "DCLF" | "DCLPRCOPT" | "COPYRIGHT"
        ) {
            self.seen_command = true;
        }
        let action = match def.name() {
            "RCVF" | "CLOSE" => {
                let key = if def.name() == "RCVF" {
                    defs::rcvf::OPNID
                } else {
                    defs::close::OPNID
                };
                let opnid = match bound.get(key) {
                    Some(RawValue::Word(w)) if !w.eq_ignore_ascii_case("*NONE") => {
                        Some(w.to_ascii_uppercase())
                    }
                    _ => None,
                };
                match self.prog.files.iter().position(|f| f.opnid == opnid) {
                    Some(i) if def.name() == "RCVF" => match display_device_read(&bound) {
                        // IBM's RCVF: DEV can be given only for a display file, and WAIT(*NO)
                        // leaves an input request for a display device (IBM's WAIT command).
                        Some(shown) => {
                            self.prog.notes.push(problem(line, msg::qsy0980(shown)));
                            Action::Display(def.name(), Some(i))
                        }
                        None => Action::Rcvf(i),
                    },
                    Some(i) => Action::Close(i),
                    None => {
                        let shown = opnid.map_or("a file without OPNID".to_string(), |o| {
                            format!("OPNID({o})")
                        });
                        self.push(problem(line, msg::qsy0704(def.name(), shown)));
                        Action::Nothing
                    }
                }
            }
            "OVRDBF" | "DLTOVR" => {
                // Checked as any command (values, lengths); acted on by the run.
                self.command(def, &raw, &bound, line, ahead);
                if def.name() == "OVRDBF" {
                    Action::OvrDbf(Box::new(OvrDbf {
                        file: bound
                            .get(defs::ovrdbf::FILE)
                            .cloned()
                            .unwrap_or(RawValue::Word(String::new())),
                        tofile: bound.get(defs::ovrdbf::TOFILE).cloned(),
                        mbr: bound.get(defs::ovrdbf::MBR).cloned(),
                        scope: bound.get(defs::ovrdbf::OVRSCOPE).cloned(),
                    }))
                } else {
                    Action::DltOvr(
                        bound
                            .get(defs::dltovr::FILE)
                            .cloned()
                            .unwrap_or(RawValue::Word(String::new())),
                        bound.get(defs::dltovr::LVL).cloned(),
                    )
                }
            }
            "CHGJOB" => {
                for p in &raw.params {
                    let k = p.keyword.clone().unwrap_or_else(|| "JOB".into());
                    if !k.eq_ignore_ascii_case("CCSID") {
                        self.prog
                            .notes
                            .push(problem(line, msg::qsy0706(k.to_ascii_uppercase())));
                    }
                }
                Action::ChgJob(bound.get(defs::chgjob::CCSID).cloned())
            }
            "SNDF" | "SNDRCVF" | "ENDRCV" | "WAIT" => {
                self.prog
                    .notes
                    .push(problem(line, msg::qsy0703(def.name())));
                Action::Display(def.name(), None)
            }
            "PGM" | "DCL" | "DCLF" | "DCLPRCOPT" | "COPYRIGHT" => {
                if def.name() == "PGM" && self.seen_command {
                    self.push(problem(line, msg::qsy0209()));
                }
                self.last_monitorable = false;
                Action::Nothing
            }
            "ENDPGM" => Action::End,
            "DO" => {
                let body = self.block(Until::EndDo);
                self.last_monitorable = false;
                Action::Do(body)
            }
            "DOWHILE" | "DOUNTIL" => {
                let key = if def.name() == "DOWHILE" {
                    defs::dowhile::COND
                } else {
                    defs::dountil::COND
                };
                let cond = bound
                    .get(key)
                    .cloned()
                    .unwrap_or(RawValue::Word("0".into()));
                self.condition(line, def.name(), &cond);
                let body = self.loop_body(&label);
                self.last_monitorable = false;
                if def.name() == "DOWHILE" {
                    Action::DoWhile(cond, body)
                } else {
                    Action::DoUntil(cond, body)
                }
            }
            "DOFOR" => {
                let var = match bound.get(defs::dofor::VAR) {
                    Some(RawValue::Var(n)) => match self.types.get(n) {
                        Some(VarType::Int(_) | VarType::UInt(_)) => Some(n.clone()),
                        Some(_) => {
                            self.push(problem(
                                line,
                                msg::qsy0261("DOFOR", format!("VAR(&{n}) must be *INT or *UINT")),
                            ));
                            None
                        }
                        None => {
                            self.undeclared(line, n);
                            None
                        }
                    },
                    _ => None,
                };
                let from = bound
                    .get(defs::dofor::FROM)
                    .cloned()
                    .unwrap_or(RawValue::Word("0".into()));
                let to = bound
                    .get(defs::dofor::TO)
                    .cloned()
                    .unwrap_or(RawValue::Word("0".into()));
                for v in [&from, &to] {
                    if let Some(k) = self.expression(line, v) {
                        if !k.numeric() {
                            self.push(problem(
                                line,
                                msg::qsy0250("DOFOR", "numeric", v.to_string(), "character"),
                            ));
                        }
                    }
                }
                let by = match bound.get(defs::dofor::BY) {
                    Some(v) => {
                        Decimal::parse(&v.to_string()).filter(|d| d.scale == 0 && !d.is_zero())
                    }
                    None => Some(Decimal::from_int(1)),
                };
                if by.is_none() {
                    self.push(problem(
                        line,
                        msg::qsy0261("DOFOR", "BY must be a whole number other than zero"),
                    ));
                }
                let body = self.loop_body(&label);
                self.last_monitorable = false;
                match (var, by) {
                    (Some(var), Some(by)) => Action::DoFor(
                        Box::new(DoFor {
                            var,
                            from,
                            to,
                            by: by.units,
                        }),
                        body,
                    ),
                    _ => Action::Do(Vec::new()),
                }
            }
            "LEAVE" | "ITERATE" => {
                self.last_monitorable = false;
                let key = if def.name() == "LEAVE" {
                    defs::leave::CMDLBL
                } else {
                    defs::iterate::CMDLBL
                };
                match self.loop_label(line, def.name(), bound.get(key)) {
                    Some(l) if def.name() == "LEAVE" => Action::Leave(l),
                    Some(l) => Action::Iterate(l),
                    None => Action::Nothing,
                }
            }
            "SELECT" => {
                let a = self.select(line);
                self.last_monitorable = false;
                a
            }
            "CALLSUBR" => {
                let name = bound
                    .get(defs::callsubr::SUBR)
                    .map(|v| v.to_string().to_ascii_uppercase())
                    .unwrap_or_default();
                let var = match bound.get(defs::callsubr::RTNVAL) {
                    Some(RawValue::Var(n)) => {
                        match self.types.get(n) {
                            Some(VarType::Int(4)) => {}
                            Some(_) => self.push(problem(
                                line,
                                msg::qsy0261(
                                    "CALLSUBR",
                                    format!("RTNVAL(&{n}) must be *INT LEN(4)"),
                                ),
                            )),
                            None => self.undeclared(line, n),
                        }
                        Some(n.clone())
                    }
                    _ => None,
                };
                self.calls.push((line, name.clone()));
                Action::CallSubr(name, var)
            }
            "RTNSUBR" => {
                if self.subr.is_none() {
                    self.push(problem(line, msg::qsy0252("RTNSUBR", "SUBR")));
                }
                let v = bound
                    .get(defs::rtnsubr::RTNVAL)
                    .cloned()
                    .unwrap_or(RawValue::Word("0".into()));
                self.return_value(line, &v);
                self.last_monitorable = false;
                Action::RtnSubr(v)
            }
            "GOTO" => match bound.get(defs::goto::CMDLBL) {
                Some(RawValue::Word(l)) => {
                    self.gotos
                        .push((line, l.to_ascii_uppercase(), self.subr.clone()));
                    self.last_monitorable = false;
                    Action::Goto(l.to_ascii_uppercase())
                }
                _ => {
                    self.push(problem(line, msg::qsy0218()));
                    return None;
                }
            },
            "CHGVAR" => self.chgvar(&bound, line)?,
            "CALL" | "TFRCTL" => self.call(&bound, line, def.name() == "TFRCTL"),
            "IF" => {
                let Some(cond) = bound.get(defs::r#if::COND).cloned() else {
                    self.push(problem(line, msg::qsy0224()));
                    return None;
                };
                self.condition(line, "IF", &cond);
                let then = match bound.get(defs::r#if::THEN) {
                    Some(t) => self.embedded(t, line),
                    None => Vec::new(),
                };
                let single = then.len() == 1 && !matches!(then[0].action, Action::Do(_));
                let mut els = Vec::new();
                if self.peek_name() == Some("ELSE") {
                    if let Some((eline, _, Ok(else_raw))) = self.next() {
                        let edef = defs::find("ELSE").expect("ELSE definition");
                        match validate::bind(edef, &else_raw) {
                            Ok(b) => {
                                if let Some(c) = b.get(defs::r#else::CMD).cloned() {
                                    els = self.embedded(&c, eline);
                                }
                            }
                            Err(f) => self.push(failed(eline, f)),
                        }
                    }
                    // IBM: a MONMSG cannot follow an ELSE.
                    self.last_monitorable = false;
                    if els.is_empty() {
                        els.push(node(line, None, Action::Nothing));
                    }
                } else {
                    self.last_monitorable = single;
                }
                Action::If(cond, then, els)
            }
            "SNDPGMMSG" => Action::SndPgmMsg(Box::new(self.sndpgmmsg(&bound, line))),
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
                    self.push(problem(line, msg::qsy0223()));
                    return None;
                }
            },
            _ => {
                let checked = self.command(def, &raw, &bound, line, ahead);
                Action::Cmd(raw, def, checked)
            }
        };
        Some(node(line, label, action))
    }

    /// CALL PGM(…) PARM(…): the program named as a constant is noted for the loader; each
    /// value passed is checked as an expression (IBM allows expressions since 7.4).
    fn call(&mut self, bound: &validate::Bound<'_>, line: usize, transfer: bool) -> Action {
        self.prog.command_count += 1;
        let (pgm_keyword, parm_keyword) = if transfer {
            (defs::tfrctl::PGM, defs::tfrctl::PARM)
        } else {
            (defs::call::PGM, defs::call::PARM)
        };
        let program = bound
            .get(pgm_keyword)
            .cloned()
            .unwrap_or(RawValue::Word(String::new()));
        match &program {
            RawValue::Word(w) => self.prog.calls.push((line, None, w.to_ascii_uppercase())),
            RawValue::Qualified(parts) if parts.len() == 2 => {
                let lib = parts[0].to_string().to_ascii_uppercase();
                let name = parts[1].to_string().to_ascii_uppercase();
                self.prog.calls.push((line, Some(lib), name));
            }
            _ => {}
        }
        let parms: Vec<RawValue> = match bound.get(parm_keyword) {
            Some(RawValue::List(items)) => items.clone(),
            Some(RawValue::Command(text)) => match cl::parse_value(&format!("({text})")) {
                Ok(RawValue::List(items)) => items,
                Ok(other) => vec![other],
                Err(e) => {
                    self.push(problem(line, e));
                    Vec::new()
                }
            },
            Some(other) => vec![other.clone()],
            None => Vec::new(),
        };
        if parms.len() > 255 {
            self.push(problem(line, msg::qsy0635("CALL", parms.len(), 255)));
        }
        for p in &parms {
            if expr::is_expression(p) {
                self.expression(line, p);
            }
        }
        if transfer {
            self.prog.transfers.push((line, parms.clone()));
        }
        Action::Call(Box::new(Call {
            program,
            parms,
            transfer,
        }))
    }

    /// SNDPGMMSG: an escape, notify or status message needs MSGID (CPD2489, as the CL
    /// compiler refuses it); a literal MSGID must have the form of a message identifier.
    fn sndpgmmsg(&mut self, bound: &validate::Bound<'_>, line: usize) -> SndMsg {
        let msg = bound.get(defs::sndpgmmsg::MSG).cloned();
        let msgid = bound.get(defs::sndpgmmsg::MSGID).cloned();
        let msgdta = bound
            .get(defs::sndpgmmsg::MSGDTA)
            .filter(|v| !matches!(v, RawValue::Word(w) if w.eq_ignore_ascii_case("*NONE")))
            .cloned();
        for v in [&msg, &msgdta].into_iter().flatten() {
            if expr::is_expression(v) {
                self.expression(line, v);
            }
        }
        if let Some(RawValue::Quoted(text)) = &msg {
            if let Err(c) = crate::lang::text::check_free_text(text) {
                let shown = crate::lang::text::escaped(text);
                self.push(problem(line, msg::qsy0003(shown, "MSG", c)));
            }
        }
        if let Some(RawValue::Word(id) | RawValue::Quoted(id)) = &msgid {
            if crate::messages::MsgId::parse(id).is_none() {
                self.push(problem(line, msg::qsy0600(id)));
            }
        }
        let ty = match bound.get(defs::sndpgmmsg::MSGTYPE) {
            Some(RawValue::Word(w)) => w.to_ascii_uppercase(),
            _ => "*INFO".to_string(),
        };
        if msgid.is_none() && matches!(ty.as_str(), "*ESCAPE" | "*NOTIFY" | "*STATUS") {
            self.push(problem(line, msg::cpd2489()));
        }
        let to_self = match bound.get(defs::sndpgmmsg::TOPGMQ) {
            Some(RawValue::Word(w)) => w.eq_ignore_ascii_case("*SAME"),
            Some(RawValue::List(items)) => {
                matches!(items.first(), Some(RawValue::Word(w)) if w.eq_ignore_ascii_case("*SAME"))
            }
            _ => false,
        };
        SndMsg {
            msg: if msgid.is_none() { msg } else { None },
            msgid,
            msgdta,
            ty,
            to_self,
        }
    }

    /// A statement whose constants fail every run (an expression that cannot be evaluated,
    /// a value its variable cannot take): a note, as IBM i runs the program and the
    /// statement fails there too (a MONMSG may expect it); an error with `--strict`.
    fn always_fails(&mut self, line: usize, m: impl Into<Msg>) {
        let m = m.into();
        self.prog
            .notes
            .push(problem(line, msg::qsy0605(m.id(), m.text())));
    }

    /// A constant CHGVAR value that the variable cannot take (character data that is not
    /// a number for a *DEC, a number too large for it): every run would fail there.
    fn constant_fits(&mut self, line: usize, name: &str, ty: VarType, v: &RawValue) {
        let mut names = Vec::new();
        expr::var_names(v, &mut names);
        if !names.is_empty() || mentions_parms(v) {
            return;
        }
        let Ok(val) = expr::eval(v, &expr::Vars::default()) else {
            return;
        };
        let mut vars = expr::Vars::default();
        if vars.declare(name, ty, None).is_ok() {
            if let Err(e) = vars.assign(name, val) {
                self.always_fails(line, e);
            }
        }
    }

    /// Checks that each of a built-in's arguments is a numeric expression (%SST's start and
    /// length).
    fn numeric_args(&mut self, line: usize, function: &str, args: &[RawValue]) {
        for a in args {
            if let Some(k) = self.expression(line, a) {
                if !k.numeric() {
                    self.push(problem(
                        line,
                        msg::qsy0250(function, "numeric", a.to_string(), "character"),
                    ));
                }
            }
        }
    }

    fn chgvar(&mut self, bound: &validate::Bound<'_>, line: usize) -> Option<Action> {
        let value = bound.get(defs::chgvar::VALUE).cloned();
        let target = bound.get(defs::chgvar::VAR).cloned();
        let kind = value.as_ref().and_then(|v| self.expression(line, v));
        match (target, value) {
            (Some(RawValue::Var(n)), Some(v)) => {
                match self.types.get(&n).copied() {
                    None if self.file_field(&n) => {}
                    None => self.undeclared(line, &n),
                    Some(ty) => {
                        if let Some(k) = kind {
                            if !expr::assignable(ty, k) {
                                self.push(problem(line, msg::qsy0258(&n, k.name())));
                            } else {
                                self.constant_fits(line, &n, ty, &v);
                            }
                        }
                    }
                }
                Some(Action::ChgVar(n, v))
            }
            // CHGVAR VAR(%SST(&NAME 2 3)) VALUE('ABC'): change part of a variable.
            (Some(RawValue::Func(f, args)), Some(v)) if f == "%SST" || f == "%SUBSTRING" => {
                match (args.first(), args.len()) {
                    // CHGVAR VAR(%SST(*LDA 1 10)): part of the job's local data area.
                    (Some(RawValue::Word(w)), 3) if w.eq_ignore_ascii_case("*LDA") => {
                        self.numeric_args(line, &f, &args[1..]);
                        Some(Action::ChgSst(
                            "*LDA".into(),
                            args[1].clone(),
                            args[2].clone(),
                            v,
                        ))
                    }
                    (Some(RawValue::Var(n)), 3) => {
                        match self.types.get(n) {
                            Some(VarType::Char(_)) => {}
                            Some(_) => self.push(problem(
                                line,
                                msg::qsy0250(&f, "character", format!("&{n}"), "not character"),
                            )),
                            None => self.undeclared(line, n),
                        }
                        self.numeric_args(line, &f, &args[1..]);
                        Some(Action::ChgSst(
                            n.clone(),
                            args[1].clone(),
                            args[2].clone(),
                            v,
                        ))
                    }
                    _ => {
                        self.push(problem(line, msg::qsy0210()));
                        None
                    }
                }
            }
            // CHGVAR VAR(%BIN(&DS 5 4)) VALUE(&N): binary into bytes of a *CHAR.
            (Some(target @ RawValue::Func(..)), Some(v)) if matches!(&target, RawValue::Func(f, _) if f == "%BIN" || f == "%BINARY") =>
            {
                if let Some(k) = self.expression(line, &target) {
                    let _ = k;
                }
                if let Some(k) = kind {
                    if matches!(k, Kind::Lgl | Kind::Ptr) {
                        self.push(problem(
                            line,
                            msg::qsy0250(
                                "%BINARY",
                                "numeric or character",
                                v.to_string(),
                                k.name(),
                            ),
                        ));
                    }
                }
                Some(Action::ChgBin(target, v))
            }
            // CHGVAR VAR(%OFS(&P)) VALUE(%OFS(&P) + 10): move a pointer.
            (Some(RawValue::Func(f, args)), Some(v)) if f == "%OFS" || f == "%OFFSET" => {
                match args.as_slice() {
                    [RawValue::Var(n)] => {
                        match self.types.get(n) {
                            Some(VarType::Ptr) => {}
                            Some(_) => self.push(problem(
                                line,
                                msg::qsy0250(&f, "pointer", format!("&{n}"), "not a pointer"),
                            )),
                            None => self.push(problem(line, msg::qsy0205(n))),
                        }
                        if let Some(k) = kind {
                            if matches!(k, Kind::Lgl | Kind::Ptr) {
                                self.push(problem(
                                    line,
                                    msg::qsy0250(
                                        "%OFFSET",
                                        "numeric or character",
                                        v.to_string(),
                                        k.name(),
                                    ),
                                ));
                            }
                        }
                        Some(Action::ChgOfs(n.clone(), v))
                    }
                    _ => {
                        self.push(problem(line, msg::qsy0210()));
                        None
                    }
                }
            }
            (Some(RawValue::Func(f, _)), Some(_)) => {
                self.push(problem(
                    line,
                    msg::qsy0239(format!("{f} as the VAR of CHGVAR")),
                ));
                None
            }
            _ => {
                self.push(problem(line, msg::qsy0210()));
                None
            }
        }
    }

    fn command(
        &mut self,
        def: &'static CommandDef,
        raw: &RawCommand,
        bound: &validate::Bound<'_>,
        line: usize,
        ahead: Option<crate::messages::QResult<validate::Args>>,
    ) -> Option<Box<validate::Args>> {
        self.prog.command_count += 1;
        // Validate now with stand-ins where variables or expressions will be (a copy is
        // made only when there are any). A command of constants alone may have been
        // checked ahead: the same check, made on the thread that parsed it.
        let mut probe: Option<RawCommand> = None;
        let mut constant = true;
        let defs = if ahead.is_some() {
            Vec::new()
        } else {
            validate::param_defs(def, raw)
        };
        for (i, (param, p)) in raw.params.iter().zip(defs).enumerate() {
            let mut names = Vec::new();
            expr::var_names(&param.value, &mut names);
            let is_expr = expr::is_expression(&param.value);
            if names.is_empty() && !is_expr {
                continue;
            }
            if is_expr
                && p.is_none_or(|p| p.kind != ParamKind::Command && p.kind != ParamKind::Variable)
            {
                self.expression(line, &param.value);
            }
            constant = false;
            if let Some(p) = p {
                if p.kind != ParamKind::Variable && p.kind != ParamKind::Command {
                    probe.get_or_insert_with(|| raw.clone()).params[i].value = placeholder(p);
                }
            }
        }
        let result = ahead.unwrap_or_else(|| {
            crate::commands::validate_probe(def, probe.as_ref().unwrap_or(raw), constant)
        });
        let checked = match result {
            Ok(args) => constant.then(|| Box::new(args)),
            // A real IBM i system value qsy does not simulate: valid on IBM i, so a note
            // (the run refuses it with QSY0061).
            Err(f) if f.id() == "QSY0061" => {
                let text = f.message().text().to_string();
                self.prog.notes.push(problem(line, msg::qsy0603(text)));
                None
            }
            Err(f) => {
                self.push(failed(line, f));
                None
            }
        };
        if def.name() == "PWRDWNSYS" {
            let restart = match bound.get(defs::pwrdwnsys::RESTART) {
                Some(RawValue::Word(w)) => w.eq_ignore_ascii_case("*YES"),
                Some(RawValue::List(items)) => {
                    matches!(items.first(), Some(RawValue::Word(w)) if w.eq_ignore_ascii_case("*YES"))
                }
                _ => false,
            };
            if restart {
                self.restarts.push(line);
            }
        }
        if def.name() == "RTVSYSVAL" {
            self.check_rtvsysval(bound, line);
        }
        self.check_return_variables(def, bound, line);
        if def.name() == "CHGPWD" && !raw.params.is_empty() {
            self.prog.notes.push(problem(line, msg::qsy0632()));
        }
        if def.name() == "SBMJOB" {
            if let Some(RawValue::Command(text)) = bound.get(defs::sbmjob::CMD) {
                match cl::parse_command(text) {
                    Ok(inner) => match defs::find(&inner.name) {
                        Some(d) if d.simulator_only => {
                            self.prog.simulator_only.push((line, d.name()))
                        }
                        Some(d) if d.name() == "CHGPWD" && !inner.params.is_empty() => {
                            self.prog.notes.push(problem(line, msg::qsy0632()))
                        }
                        Some(_) => {}
                        None => {
                            self.not_simulated(&inner, line);
                        }
                    },
                    Err(e) => self.push(problem(line, e)),
                }
            }
        }
        checked
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
        assert!(
            m.catches("QSY0050"),
            "CPF0000 stands for qsy's own escapes too"
        );
        let family = Monitor {
            ids: vec!["CPF2200".into()],
            exec: vec![],
        };
        assert!(!family.catches("QSY0050") && !family.catches("CPF9801"));
        let exact = Monitor {
            ids: vec!["CPF2204".into()],
            exec: vec![],
        };
        assert!(exact.catches("CPF2204") && !exact.catches("CPF2205"));
    }
}
