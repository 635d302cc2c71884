//! Runs a compiled script against the store. Commands share one redb write transaction with
//! a staging area per command (each command is atomic), the transaction is committed durably
//! every couple of seconds and at the end (or after every command with `--sync each`), so a
//! crash leaves a consistent store with a prefix of the script applied (DESIGN §5). The
//! exception is a security event (a not-valid sign-on or password verification attempt's
//! count and PW entry, a disable at QMAXSIGN, a used recovery key, a sign-on): it is
//! committed durably before the next statement runs.

use super::compile::{Action, Monitor, Node, Program, SndMsg};
use super::expr::{self, ExprError, Val, VarType, Vars};
use super::storage::Stg;
use crate::engine::{self, Credentials, JobUser, Session};
use crate::lang::cl::{RawCommand, RawValue};
use crate::lang::defs::{CommandDef, ParamKind};
use crate::lang::validate;
use crate::messages::{self, msg, Class, Failure, Msg, MsgType, QResult};
use crate::output::{Format, Output, Returned};
use crate::store::{Store, Tx};
use std::time::{Duration, Instant};

/// How often a long script makes its progress durable.
const CHECKPOINT: Duration = Duration::from_secs(2);

/// Why a script stopped early: an escape message nobody monitored, at a line.
pub struct Stop {
    /// The escape message.
    pub failure: Failure,
    /// The line of the statement.
    pub line: usize,
}

/// How a SNDPGMMSG did not simply go on.
enum Sent {
    /// An escape message sent to the caller: the script ends.
    ToCaller(Failure),
    /// The message could not be sent, or an escape went to the program itself.
    Failed(Failure),
}

enum Flow {
    Normal,
    Goto(String),
    End,
    /// LEAVE: the loop's label, or None for the innermost.
    Leave(Option<String>),
    /// ITERATE: the loop's label, or None for the innermost.
    Iterate(Option<String>),
    /// RTNSUBR or ENDSUBR with its value.
    Return(i128),
}

/// IBM's default subroutine stack (DCLPRCOPT SUBRSTACK): CALLSUBR nested deeper ends the
/// script.
pub const SUBR_STACK: usize = 99;

/// How deeply CL programs may call programs (qsy's limit, QSY0633): far beyond real CL, and
/// well within the interpreter's stack.
pub const CALL_DEPTH: usize = 64;

/// How loops treat the flow their body ended with.
enum LoopStep {
    Next,
    Exit(Flow),
    Done,
}

fn loop_step(flow: Flow, label: &Option<String>) -> LoopStep {
    match flow {
        Flow::Normal => LoopStep::Next,
        Flow::Leave(None) => LoopStep::Done,
        Flow::Leave(Some(l)) if label.as_ref() == Some(&l) => LoopStep::Done,
        Flow::Iterate(None) => LoopStep::Next,
        Flow::Iterate(Some(l)) if label.as_ref() == Some(&l) => LoopStep::Next,
        other => LoopStep::Exit(other),
    }
}

/// How a script runs: the job user and its credentials, and how output is shown.
#[derive(Debug, Clone)]
pub struct Options {
    /// The job user.
    pub user: String,
    /// The job user's password (`--password-stdin`): the job signs on first.
    pub password: Option<String>,
    /// The password was typed at the console (`qsy console --run`): QSECOFR signs on even
    /// while *DISABLED.
    pub at_console: bool,
    /// Output format: text is printed as the script runs, a document is kept for the end.
    pub format: Format,
    /// No completion messages.
    pub quiet: bool,
    /// Make every command durable before the next one (`--sync each`).
    pub sync_each: bool,
    /// The program's parameters (`qsy run FILE PARM…`), already converted to their types.
    pub parms: Vec<(String, Val)>,
}

/// The interpreter state.
pub struct Runner<'a> {
    session: &'a Session,
    options: &'a Options,
    /// The started job; None until [`Runner::new`] has signed it on.
    job_user: Option<JobUser>,
    store: Store,
    tx: Option<Tx>,
    vars: Vars,
    monitors: &'a [Monitor],
    subrs: &'a std::collections::HashMap<String, super::compile::Subr>,
    /// Subroutines running (CALLSUBR depth).
    subr_depth: usize,
    /// Blocks running, nested.
    depth: usize,
    /// Messages kept for a JSON/YAML document.
    pub doc: Output,
    /// Commands run against the system.
    pub commands_run: usize,
    /// Commands that ended with an escape message (monitored or not).
    pub commands_failed: usize,
    /// IBM i commands qsy does not simulate and CALLs of programs it does not simulate,
    /// skipped: (line, command or program).
    pub commands_skipped: Vec<(usize, String)>,
    /// The source file of the program running (called programs are found from there).
    origin: Option<std::path::PathBuf>,
    /// The places in INCLUDEd members that lines from
    /// [`super::include::FIRST_PLACE`] up stand for (shown as the INCLUDE's line).
    places: Vec<super::include::Place>,
    /// Programs running, nested (CALL depth).
    call_depth: usize,
    /// Called programs compiled so far, by source file (each compiled once per run, and kept
    /// for the rest of it).
    loaded: std::collections::HashMap<std::path::PathBuf, &'static Program>,
    last_commit: Instant,
    progress: Option<indicatif::ProgressBar>,
    /// The program's message queue (RCVMSG): what its commands sent, with whether each
    /// message is still new.
    msgq: std::collections::VecDeque<(crate::messages::Message, bool)>,
    /// The files the program declared with DCLF, in order, and their state.
    files: Vec<OpenFile>,
    /// File overrides (OVRDBF) in effect, in the order made.
    overrides: Vec<Override>,
}

/// An OVRDBF in effect.
#[derive(Debug, Clone)]
struct Override {
    /// The file overridden (upper case).
    file: String,
    /// The file read instead: library (None: as DCLF finds it) and name.
    to: Option<(Option<String>, String)>,
    /// The member read (None: the first).
    member: Option<String>,
    /// The call level it belongs to (None: the job).
    level: Option<usize>,
}

/// The OBJTYPE of an object command, with its variables substituted, when it is a type
/// IBM i's command takes and qsy does not model (upper case).
fn unmodelled_objtype(def: &'static CommandDef, cmd: &RawCommand) -> Option<String> {
    let index = def.params().iter().position(|p| p.keyword() == "OBJTYPE")?;
    let pdef = &def.params()[index];
    let mut position = 0usize;
    let value = cmd.params.iter().find_map(|p| match &p.keyword {
        Some(k) if k == "OBJTYPE" => Some(&p.value),
        Some(_) => None,
        None => {
            position += 1;
            (position - 1 == index).then_some(&p.value)
        }
    })?;
    let text = match value {
        RawValue::Word(w) | RawValue::Quoted(w) => w.trim().to_ascii_uppercase(),
        _ => return None,
    };
    (!pdef.values().contains(text.as_str()) && crate::lang::objtype::valid_for(def.name(), &text))
        .then_some(text)
}

/// A DCLF file while the program runs.
struct OpenFile {
    decl: super::compile::FileDecl,
    /// The records being read (None: not open).
    member: Option<crate::dbf::Member>,
    /// RCVF reached the end of the file, which closed it: RCVF sends CPF0864 until CLOSE.
    at_end: bool,
    /// The record format whose fields are declared as variables.
    declared: Option<crate::dbf::Format>,
}

impl OpenFile {
    /// A program's DCLF files as they are when it starts: declared, none open yet.
    fn closed_all(decls: &[super::compile::FileDecl]) -> Vec<OpenFile> {
        decls
            .iter()
            .map(|f| OpenFile {
                decl: f.clone(),
                member: None,
                at_end: false,
                declared: None,
            })
            .collect()
    }
}

/// The CL type of a record-format field (DCLF's mapping, docs/storage-model.md).
fn field_type(f: &crate::dbf::Field) -> VarType {
    use crate::dbf::FieldType;
    let digits = f.length.clamp(1, 31) as u8;
    let decimals = f.decimals.min(f.length) as u8;
    match f.kind {
        FieldType::Char => VarType::Char(f.length.clamp(1, 32767) as usize),
        FieldType::Binary if decimals == 0 => VarType::Int(match f.length {
            0..=4 => 2,
            5..=9 => 4,
            _ => 8,
        }),
        _ => VarType::Dec(digits, decimals),
    }
}

fn raw_of(val: &Val) -> RawValue {
    match val {
        Val::Str(s) => {
            let s = s.trim_end();
            if s.starts_with('*') {
                RawValue::Word(s.to_string())
            } else {
                RawValue::Quoted(s.to_string())
            }
        }
        Val::Num(n) => RawValue::Word(n.plain()),
        other => RawValue::Quoted(other.text()),
    }
}

/// A value written back into CL text (for commands inside SBMJOB CMD, IF THEN, …).
fn cl_literal(val: &Val) -> String {
    raw_of(val).to_string()
}

impl<'a> Runner<'a> {
    /// Opens the store for the script and starts its job (signing on first when
    /// credentials were given).
    pub fn new(session: &'a Session, prog: &'a Program, options: &'a Options) -> QResult<Self> {
        let store = session.open_store(true)?;
        let mut vars = Vars::default();
        // Storage first (a *DEFINED variable may name one declared after it), then the
        // initial values and addresses.
        for d in &prog.decls {
            vars.declare_stg(&d.name, d.ty, d.stg.clone(), None)
                .map_err(|_| Failure::from(msg::qsy0212()))?;
        }
        for d in &prog.decls {
            if let Some(v) = &d.init {
                vars.assign(&d.name, v.clone())
                    .map_err(|_| Failure::from(msg::qsy0212()))?;
            }
            if let Some((target, offset)) = &d.address {
                let p = vars
                    .address(target)
                    .map(|p| super::storage::Ptr {
                        offset: p.offset + *offset as u64,
                        ..p
                    })
                    .map_err(|e| Failure::from(Msg::from(e)))?;
                vars.assign(&d.name, Val::Ptr(Some(p)))
                    .map_err(|e| Failure::from(Msg::from(e)))?;
            }
        }
        // %PARMS: how many parameters the program was called with.
        vars.parms = options.parms.len();
        for (name, val) in &options.parms {
            vars.assign(name, val.clone())
                .map_err(|_| Failure::from(msg::qsy0212()))?;
        }
        let show = std::io::IsTerminal::is_terminal(&std::io::stderr())
            && prog.command_count >= 500
            && options.format == Format::Text;
        let progress = show.then(|| {
            let bar = indicatif::ProgressBar::new(prog.command_count as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} commands {per_sec}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        let mut runner = Runner {
            session,
            options,
            job_user: None,
            store,
            tx: None,
            vars,
            monitors: &prog.monitors,
            subrs: &prog.subrs,
            subr_depth: 0,
            depth: 0,
            doc: Output::default(),
            msgq: std::collections::VecDeque::new(),
            commands_run: 0,
            commands_failed: 0,
            commands_skipped: Vec::new(),
            origin: prog.origin.clone(),
            places: prog.places.clone(),
            call_depth: 0,
            overrides: Vec::new(),
            loaded: std::collections::HashMap::new(),
            last_commit: Instant::now(),
            progress,
            files: OpenFile::closed_all(&prog.files),
        };
        // The fields of files that exist already are variables from the start.
        for i in 0..runner.files.len() {
            if let Some(m) = runner
                .locate_file(i)
                .ok()
                .and_then(|(f, _)| f.open(None).ok())
            {
                let _ = runner.declare_fields(i, &m.format);
            }
        }
        let mut out = Output::default();
        let credentials = match &options.password {
            Some(pw) if options.at_console => Credentials::Console(pw),
            Some(pw) => Credentials::Password(pw),
            None => Credentials::None,
        };
        let tx = runner.tx()?;
        let started = engine::start_job(
            tx,
            session,
            &options.user,
            credentials,
            false,
            false,
            &mut out,
        );
        tx.end_command(started.is_ok())?;
        // The sign-on's security events are durable before the script's first statement,
        // and before anything of the sign-on is shown (fail closed).
        runner.commit()?;
        runner.emit(out);
        let job_user = started?;
        runner.job_user = Some(job_user);
        Ok(runner)
    }

    /// Runs the program; Err when an escape message ended it.
    pub fn run(&mut self, prog: &Program) -> Result<(), Stop> {
        let result = match self.block(&prog.body) {
            Ok(Flow::Goto(label)) => Err(Stop {
                failure: msg::qsy0203(label).into(),
                line: 0,
            }),
            Ok(_) => Ok(()),
            Err(stop) => Err(stop),
        };
        if let Some(bar) = &self.progress {
            bar.finish_and_clear();
        }
        if let Err(f) = self.commit() {
            return Err(Stop {
                failure: f,
                line: 0,
            });
        }
        result
    }

    /// Commits what is pending, durably.
    pub fn commit(&mut self) -> QResult<()> {
        if let Some(tx) = self.tx.take() {
            tx.commit(true)?;
        }
        self.last_commit = Instant::now();
        Ok(())
    }

    fn tx(&mut self) -> QResult<&mut Tx> {
        if self.tx.is_none() {
            self.tx = Some(self.store.begin()?);
        }
        Ok(self.tx.as_mut().expect("transaction"))
    }

    /// Prints a command's output now (text) or keeps its messages for the document.
    fn emit(&mut self, out: Output) {
        match self.options.format {
            Format::Text => {
                let quiet = self.options.quiet;
                if let Some(bar) = &self.progress {
                    bar.suspend(|| out.render(Format::Text, quiet));
                } else {
                    out.render(Format::Text, quiet);
                }
            }
            _ => self.doc.messages.extend(out.messages),
        }
    }

    fn block(&mut self, nodes: &[Node]) -> Result<Flow, Stop> {
        // Nesting is bounded by the compiler and CALLSUBR by SUBR_STACK; this bound keeps
        // their product within the stack as well.
        if self.depth >= 1_000 {
            return Err(Stop {
                failure: msg::qsy0259(SUBR_STACK).into(),
                line: nodes.first().map_or(0, |n| n.line),
            });
        }
        self.depth += 1;
        let flow = self.block_inner(nodes);
        self.depth -= 1;
        flow
    }

    fn block_inner(&mut self, nodes: &[Node]) -> Result<Flow, Stop> {
        let mut i = 0;
        while i < nodes.len() {
            match self.node(&nodes[i])? {
                Flow::Normal => i += 1,
                Flow::End => return Ok(Flow::End),
                Flow::Goto(label) => match nodes
                    .iter()
                    .position(|n| n.label.as_deref() == Some(label.as_str()))
                {
                    Some(j) => i = j,
                    None => return Ok(Flow::Goto(label)),
                },
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    fn node(&mut self, node: &Node) -> Result<Flow, Stop> {
        let line = node.line;
        let result: Result<Flow, Failure> = match &node.action {
            Action::Nothing => Ok(Flow::Normal),
            Action::Skip(name) => {
                self.skip_unsimulated(line, name);
                Ok(Flow::Normal)
            }
            Action::SkipSite(site) => {
                let (name, source) = site.as_ref();
                let shown = self.shown_line(line);
                self.skip(shown, name.clone(), msg::qsy0921(shown, name, source));
                Ok(Flow::Normal)
            }
            Action::SkipObjType(name, objtype) => {
                let shown = self.shown_line(line);
                self.skip(
                    shown,
                    format!("{name} OBJTYPE({objtype})"),
                    msg::qsy0927(shown, name, objtype),
                );
                Ok(Flow::Normal)
            }
            Action::End => Ok(Flow::End),
            Action::Goto(l) => Ok(Flow::Goto(l.clone())),
            Action::Leave(l) => Ok(Flow::Leave(l.clone())),
            Action::Iterate(l) => Ok(Flow::Iterate(l.clone())),
            Action::Do(body) => return self.block(body),
            Action::If(cond, then, els) => {
                let truth = match self.truth(cond) {
                    Ok(t) => t,
                    Err(f) => return self.escape(line, f, &node.monitors),
                };
                return self.block(if truth { then } else { els });
            }
            Action::DoWhile(cond, body) | Action::DoUntil(cond, body) => {
                let until = matches!(node.action, Action::DoUntil(..));
                loop {
                    if !until {
                        match self.truth(cond) {
                            Ok(true) => {}
                            Ok(false) => break,
                            Err(f) => return self.escape(line, f, &node.monitors),
                        }
                    }
                    match loop_step(self.block(body)?, &node.label) {
                        LoopStep::Next => {}
                        LoopStep::Done => break,
                        LoopStep::Exit(flow) => return Ok(flow),
                    }
                    if until {
                        match self.truth(cond) {
                            Ok(true) => break,
                            Ok(false) => {}
                            Err(f) => return self.escape(line, f, &node.monitors),
                        }
                    }
                }
                return Ok(Flow::Normal);
            }
            Action::DoFor(spec, body) => {
                let start = self
                    .eval(&spec.from)
                    .and_then(|v| self.assign(&spec.var, v));
                if let Err(f) = start {
                    return self.escape(line, f, &node.monitors);
                }
                loop {
                    let check = self.eval(&spec.to).and_then(|to| {
                        let to = to.number().map_err(|e| Failure::from(Msg::from(e)))?;
                        let cur = self.eval(&RawValue::Var(spec.var.clone()))?;
                        let cur = cur.number().map_err(|e| Failure::from(Msg::from(e)))?;
                        Ok(if spec.by > 0 { cur > to } else { cur < to })
                    });
                    match check {
                        Ok(true) => break,
                        Ok(false) => {}
                        Err(f) => return self.escape(line, f, &node.monitors),
                    }
                    match loop_step(self.block(body)?, &node.label) {
                        LoopStep::Next => {}
                        LoopStep::Done => break,
                        LoopStep::Exit(flow) => return Ok(flow),
                    }
                    let step = self
                        .eval(&RawValue::Var(spec.var.clone()))
                        .and_then(|v| v.number().map_err(|e| Failure::from(Msg::from(e))))
                        .and_then(|n| {
                            n.plus(crate::lang::decimal::Decimal::from_int(spec.by))
                                .map_err(|e| Failure::from(Msg::from(ExprError::from(e))))
                        })
                        .and_then(|n| self.assign(&spec.var, Val::Num(n)));
                    if let Err(f) = step {
                        return self.escape(line, f, &node.monitors);
                    }
                }
                return Ok(Flow::Normal);
            }
            Action::Select(whens, otherwise) => {
                for (cond, body) in whens {
                    match self.truth(cond) {
                        Ok(true) => return self.block(body),
                        Ok(false) => {}
                        Err(f) => return self.escape(line, f, &node.monitors),
                    }
                }
                return self.block(otherwise);
            }
            Action::CallSubr(name, var) => {
                let Some(subr) = self.subrs.get(name) else {
                    return self.escape(line, msg::qsy0254(name).into(), &node.monitors);
                };
                if self.subr_depth >= SUBR_STACK {
                    return self.escape(line, msg::qsy0259(SUBR_STACK).into(), &node.monitors);
                }
                self.subr_depth += 1;
                let flow = self.block(&subr.body);
                self.subr_depth -= 1;
                match flow? {
                    Flow::Return(v) => match var {
                        Some(var) => self.assign(var, Val::int(v)).map(|_| Flow::Normal),
                        None => Ok(Flow::Normal),
                    },
                    Flow::End => Ok(Flow::End),
                    Flow::Goto(l) => Ok(Flow::Goto(l)),
                    _ => Ok(Flow::Normal),
                }
            }
            Action::RtnSubr(v) => self
                .eval(v)
                .and_then(|v| v.number().map_err(|e| Failure::from(Msg::from(e))))
                .map(|n| Flow::Return(n.trunc())),
            Action::ChgVar(name, value) => self
                .eval(value)
                .and_then(|v| self.assign(name, v))
                .map(|_| Flow::Normal),
            Action::ChgSst(name, start, len, value) => {
                self.chgsst(name, start, len, value).map(|_| Flow::Normal)
            }
            Action::ChgBin(target, value) => self.chgbin(target, value).map(|_| Flow::Normal),
            Action::ChgOfs(name, value) => self.chgofs(name, value).map(|_| Flow::Normal),
            Action::Rcvf(i) => self.rcvf(*i).map(|_| Flow::Normal),
            Action::Close(i) => {
                let f = &mut self.files[*i];
                f.member = None;
                f.at_end = false;
                Ok(Flow::Normal)
            }
            Action::ChgJob(ccsid) => self.chgjob(ccsid.as_ref()).map(|_| Flow::Normal),
            Action::OvrDbf(o) => self.ovrdbf(o).map(|_| Flow::Normal),
            Action::DltOvr(file, lvl) => self.dltovr(file, lvl.as_ref()).map(|_| Flow::Normal),
            Action::Display(cmd, index) => {
                let file = index
                    .and_then(|i| self.files.get(i))
                    .or_else(|| self.files.first())
                    .map_or("*N".to_string(), |f| f.decl.file.clone());
                Err(msg::qsy0702(cmd, file).into())
            }
            Action::SndPgmMsg(m) => match self.sndpgmmsg(m) {
                // An escape message sent to the caller (TOPGMQ(*PRV)): the program's own
                // monitors do not see it, so the script ends here.
                Err(Sent::ToCaller(failure)) => return Err(Stop { failure, line }),
                Err(Sent::Failed(f)) => Err(f),
                Ok(()) => Ok(Flow::Normal),
            },
            Action::GenTotp(key, time, var) => self.gentotp(key, time, var).map(|_| Flow::Normal),
            Action::Call(call) => return self.call(node, call),
            Action::Cmd(raw, def, checked) => match checked {
                Some(args) => self.run_args(def, args),
                None => match self.substitute(raw, def) {
                    Err(e) => Err(Failure::from(Msg::from(e))),
                    // An object type from a variable that IBM i has and qsy does not
                    // model: skipped, as a literal one is (QSY0927).
                    Ok(cmd) => match unmodelled_objtype(def, &cmd) {
                        Some(objtype) => {
                            let shown = self.shown_line(line);
                            self.skip(
                                shown,
                                format!("{} OBJTYPE({objtype})", def.name()),
                                msg::qsy0927(shown, def.name(), &objtype),
                            );
                            Ok(())
                        }
                        None => self.command(def, &cmd),
                    },
                },
            }
            .map(|_| Flow::Normal),
        };
        match result {
            Ok(flow) => Ok(flow),
            Err(f) => self.escape(line, f, &node.monitors),
        }
    }

    /// SNDPGMMSG's text: free text, so no control characters reach the display.
    fn message_text(&self, msg: Option<&RawValue>) -> Result<String, Failure> {
        let text = match msg {
            Some(m) => self.eval(m)?.text().trim_end().to_string(),
            None => String::new(),
        };
        if let Err(c) = crate::lang::text::check_free_text(&text) {
            let shown = crate::lang::text::escaped(&text);
            return Err(msg::qsy0003(shown, "MSG", c).into());
        }
        Ok(text)
    }

    fn eval(&self, v: &RawValue) -> Result<Val, Failure> {
        expr::eval(v, &self.vars).map_err(|e| Failure::from(Msg::from(e)))
    }

    fn assign(&mut self, name: &str, v: Val) -> Result<(), Failure> {
        self.vars
            .assign(name, v)
            .map_err(|e| Failure::from(Msg::from(e)))
    }

    fn truth(&self, cond: &RawValue) -> Result<bool, Failure> {
        match self.eval(cond)? {
            Val::Lgl(b) => Ok(b),
            Val::Str(s) if s.trim_end() == "1" || s.trim_end() == "0" => Ok(s.trim_end() == "1"),
            other => Err(msg::qsy0243(other.text()).into()),
        }
    }

    fn chgsst(
        &mut self,
        name: &str,
        start: &RawValue,
        len: &RawValue,
        value: &RawValue,
    ) -> Result<(), Failure> {
        let num = |this: &Self, v: &RawValue| -> Result<usize, Failure> {
            let n = this.eval(v)?;
            let d = n
                .number()
                .map_err(|_| Failure::from(msg::qsy0241(n.text().trim())))?;
            usize::try_from(d.trunc()).map_err(|_| msg::qsy0241(n.text().trim()).into())
        };
        let (start, len) = (num(self, start)?, num(self, len)?);
        let new = self.eval(value)?.text();
        let size = if name == "*LDA" {
            super::storage::LDA_SIZE
        } else {
            self.vars.ty(name).map_or(0, super::storage::size_of)
        };
        if start < 1 || len == 0 || start + len - 1 > size {
            return Err(msg::qsy0242(name, start, len).into());
        }
        // Byte-exact: the value's bytes in the job's CCSID, cut or padded with blanks.
        let ccsid = self.vars.ccsid();
        let mut piece = crate::lang::ccsid::encode(ccsid, &new);
        piece.truncate(len);
        piece.resize(len, crate::lang::ccsid::blank(ccsid));
        if name == "*LDA" {
            self.vars.write_lda(start - 1, &piece);
            return Ok(());
        }
        self.vars
            .write_bytes(name, start - 1, &piece)
            .map_err(|e| Failure::from(Msg::from(e)))
    }

    /// CHGJOB: the job's CCSID, seen by the commands run after it (CHGJOB's help).
    fn chgjob(&mut self, ccsid: Option<&RawValue>) -> Result<(), Failure> {
        let Some(v) = ccsid else { return Ok(()) };
        let text = match v {
            RawValue::Var(_) => self.eval(v)?.text(),
            other => other.to_string(),
        };
        let text = text.trim().to_ascii_uppercase();
        let value = match text.as_str() {
            "*SAME" => return Ok(()),
            "*USRPRF" | "*SYSVAL" | "*HEX" | "65535" => crate::lang::ccsid::DEFAULT,
            n => match n.parse::<u32>() {
                Ok(c) if crate::lang::ccsid::supported(c) => c,
                _ => return Err(msg::qsy0707(n).into()),
            },
        };
        if let Some(user) = self.job_user.as_mut() {
            user.set_ccsid(value);
        }
        Ok(())
    }

    /// CHGVAR VAR(%BIN(&V start length)): the value as a signed binary integer of 2 or 4
    /// bytes written into the variable's bytes (MCH1210 when it does not fit).
    fn chgbin(&mut self, target: &RawValue, value: &RawValue) -> Result<(), Failure> {
        let fail = |e: ExprError| Failure::from(Msg::from(e));
        let e = expr::parse(target).map_err(fail)?;
        let expr::Expr::Func(name, args) = &e else {
            return Err(msg::qsy0210().into());
        };
        let Some(expr::Expr::Var(var)) = args.first() else {
            return Err(msg::qsy0210().into());
        };
        let (start, len) = expr::bin_range(name, args, &self.vars, var).map_err(fail)?;
        let n = self.eval(value)?.number().map_err(fail)?.trunc();
        let bits = len as u32 * 8;
        if n < -(1i128 << (bits - 1)) || n >= 1i128 << (bits - 1) {
            return Err(fail(ExprError::TooLarge));
        }
        let bytes = n.to_be_bytes()[16 - len..].to_vec();
        self.vars.write_bytes(var, start, &bytes).map_err(fail)
    }

    /// CHGVAR VAR(%OFFSET(&P)): moves the pointer within its space. A null pointer has no
    /// space to move in: MCH3601 (qsy's decision; IBM leaves it undefined).
    fn chgofs(&mut self, name: &str, value: &RawValue) -> Result<(), Failure> {
        let fail = |e: ExprError| Failure::from(Msg::from(e));
        let n = self.eval(value)?.number().map_err(fail)?.trunc();
        let offset = u64::try_from(n).map_err(|_| fail(ExprError::TooLarge))?;
        match self.vars.read(name).map_err(fail)? {
            Val::Ptr(Some(p)) => self
                .vars
                .assign(name, Val::Ptr(Some(super::storage::Ptr { offset, ..p })))
                .map_err(fail),
            _ => Err(fail(ExprError::PointerNotSet)),
        }
    }

    /// A name part of an OVRDBF or DLTOVR value: a word as written, a variable's value;
    /// upper case, trimmed.
    fn name_part(&self, v: &RawValue) -> Result<String, Failure> {
        let text = match v {
            RawValue::Word(w) => w.clone(),
            other => self.eval(other)?.text(),
        };
        Ok(text.trim().to_ascii_uppercase())
    }

    /// OVRDBF: the override of the file is kept for the program's call level (OVRSCOPE
    /// *ACTGRPDFN or *CALLLVL: every CL program runs in the default activation group) or
    /// the job (*JOB), replacing one of the same file at the same level.
    fn ovrdbf(&mut self, o: &super::compile::OvrDbf) -> Result<(), Failure> {
        let file = self.name_part(&o.file)?;
        let to = match &o.tofile {
            None => None,
            Some(RawValue::Qualified(parts)) if parts.len() == 2 => {
                let lib = self.name_part(&parts[0])?;
                let name = self.name_part(&parts[1])?;
                let lib = (!matches!(lib.as_str(), "*LIBL" | "*CURLIB")).then_some(lib);
                Some((lib, name))
            }
            Some(v) => {
                let name = self.name_part(v)?;
                (name != "*FILE").then_some((None, name))
            }
        };
        let member = match &o.mbr {
            None => None,
            Some(v) => {
                let m = self.name_part(v)?;
                (!matches!(m.as_str(), "*FIRST" | "*LAST" | "*ALL")).then_some(m)
            }
        };
        let scope = match &o.scope {
            None => "*ACTGRPDFN".to_string(),
            Some(v) => self.name_part(v)?,
        };
        let level = (scope != "*JOB").then_some(self.call_depth);
        self.overrides
            .retain(|x| !(x.file == file && x.level == level));
        self.overrides.push(Override {
            file,
            to,
            member,
            level,
        });
        Ok(())
    }

    /// DLTOVR: deletes the overrides of FILE (or *ALL) at the program's call level (LVL *
    /// or *ACTGRPDFN) or the job's (*JOB). A file without an override there: nothing
    /// happens (qsy's decision; IBM's message for it could not be confirmed).
    fn dltovr(&mut self, file: &RawValue, lvl: Option<&RawValue>) -> Result<(), Failure> {
        let file = self.name_part(file)?;
        let lvl = match lvl {
            None => "*".to_string(),
            Some(v) => self.name_part(v)?,
        };
        let level = (lvl != "*JOB").then_some(self.call_depth);
        self.overrides
            .retain(|x| !(x.level == level && (file == "*ALL" || x.file == file)));
        Ok(())
    }

    /// The override in effect for file `file`: where programs at several call levels
    /// override it, the outermost program's (qsy's decision: IBM merges the overrides of
    /// the call stack; qsy does not merge them), then a job-level one.
    fn override_for(&self, file: &str) -> Option<&Override> {
        self.overrides
            .iter()
            .filter(|o| o.file == file && o.level.is_some())
            .min_by_key(|o| o.level)
            .or_else(|| {
                self.overrides
                    .iter()
                    .rev()
                    .find(|o| o.file == file && o.level.is_none())
            })
    }

    /// The database file of DCLF number `i` (or the file an OVRDBF names instead, and its
    /// member): without a library, QTEMP's if it is there, else QGPL's (qsy has no library
    /// list).
    fn locate_file(&self, i: usize) -> Result<(crate::dbf::DbFile, Option<String>), Failure> {
        let d = &self.files[i].decl;
        let (mut library, mut name, mut member) = (d.library.clone(), d.file.clone(), None);
        if let Some(o) = self.override_for(&d.file.to_ascii_uppercase()) {
            if let Some((lib, to)) = &o.to {
                library = lib.clone().unwrap_or_else(|| "*LIBL".into());
                name = to.clone();
            }
            member = o.member.clone();
        }
        let system = &self.session.system;
        let bad = |_: crate::dbf::DbfError| Failure::from(msg::cpf4101(&name, &library));
        if library != "*LIBL" {
            return crate::dbf::DbFile::new(system, &library, &name)
                .map(|f| (f, member))
                .map_err(bad);
        }
        let qtemp = crate::dbf::DbFile::new(system, "QTEMP", &name).map_err(bad)?;
        if qtemp.exists() {
            return Ok((qtemp, member));
        }
        crate::dbf::DbFile::new(system, crate::savf::DEFAULT_LIBRARY, &name)
            .map(|f| (f, member))
            .map_err(bad)
    }

    /// Declares the fields of DCLF number `i`'s record format as variables (&FIELD or
    /// &OPNID_FIELD), once per format.
    fn declare_fields(&mut self, i: usize, format: &crate::dbf::Format) -> Result<(), Failure> {
        if self.files[i].declared.as_ref() == Some(format) {
            return Ok(());
        }
        let prefix = self.files[i].decl.opnid.clone();
        for f in &format.fields {
            let name = match &prefix {
                Some(o) => format!("{o}_{}", f.name),
                None => f.name.clone(),
            };
            let ty = field_type(f);
            if self.vars.ty(&name) != Some(ty) {
                self.vars
                    .declare_stg(&name, ty, Stg::Auto, None)
                    .map_err(|e| Failure::from(Msg::from(e)))?;
            }
        }
        self.files[i].declared = Some(format.clone());
        Ok(())
    }

    /// RCVF: the next record into the field variables; CPF0864 at the end of the file.
    fn rcvf(&mut self, i: usize) -> Result<(), Failure> {
        let (file, library) = (
            self.files[i].decl.file.clone(),
            self.files[i].decl.library.clone(),
        );
        if self.files[i].at_end {
            return Err(msg::cpf0864(&file, &library).into());
        }
        if self.files[i].member.is_none() {
            let (db, mbr) = self.locate_file(i)?;
            let member = match db.open(mbr.as_deref()) {
                Ok(m) => m,
                Err(
                    crate::dbf::DbfError::NotFound { .. }
                    | crate::dbf::DbfError::BadName(_)
                    | crate::dbf::DbfError::NoMember { .. },
                ) => return Err(msg::cpf4101(&db.name, &db.library).into()),
                Err(e) => return Err(msg::qsy0708(&db.name, &db.library, e).into()),
            };
            self.declare_fields(i, &member.format)?;
            self.files[i].member = Some(member);
        }
        let (fields, record) = {
            let f = &mut self.files[i];
            let m = f.member.as_mut().expect("open");
            let fields = m.format.fields.clone();
            match m.next_record() {
                None => {
                    f.member = None;
                    f.at_end = true;
                    return Err(msg::cpf0864(&file, &library).into());
                }
                Some(r) => (fields, r.to_vec()),
            }
        };
        let prefix = self.files[i].decl.opnid.clone();
        for (f, value) in fields.iter().zip(record) {
            let name = match &prefix {
                Some(o) => format!("{o}_{}", f.name),
                None => f.name.clone(),
            };
            let val = if f.kind.is_numeric() {
                let t = value.trim();
                Val::Num(if t.is_empty() {
                    crate::lang::decimal::Decimal::ZERO
                } else {
                    crate::lang::decimal::Decimal::parse(t).ok_or_else(|| {
                        Failure::from(msg::qsy0705(
                            "?",
                            &file,
                            &f.name,
                            format!("'{t}' is not a number"),
                        ))
                    })?
                })
            } else {
                Val::Str(value)
            };
            self.vars
                .assign(&name, val)
                .map_err(|e| Failure::from(msg::qsy0705("?", &file, &f.name, e)))?;
        }
        Ok(())
    }

    /// SNDPGMMSG: an immediate message (MSG) is printed as its text; a predefined one
    /// (MSGID) as `ID: text`. An escape fails: to the program itself (TOPGMQ(*SAME)) as any
    /// command's escape, through its monitors; to the caller as [`Sent::ToCaller`].
    fn sndpgmmsg(&mut self, m: &SndMsg) -> Result<(), Sent> {
        let kind = match m.ty.as_str() {
            "*DIAG" | "*NOTIFY" => MsgType::Diagnostic,
            "*COMP" => MsgType::Completion,
            "*ESCAPE" => MsgType::Escape,
            _ => MsgType::Informational,
        };
        let predefined = match &m.msgid {
            Some(id) => {
                let id = self.eval(id).map_err(Sent::Failed)?.text();
                let id = id.trim();
                let data = match &m.msgdta {
                    Some(d) => self.eval(d).map_err(Sent::Failed)?.text(),
                    None => String::new(),
                };
                let class = if kind == MsgType::Escape {
                    Class::Escape
                } else {
                    Class::Info
                };
                let sent = messages::program_message(id, &data, class)
                    .ok_or_else(|| Sent::Failed(msg::qsy0601(id).into()))?;
                Some(sent)
            }
            None => None,
        };
        if kind == MsgType::Escape {
            let failure: Failure = match predefined {
                Some(sent) => sent.into(),
                // Refused when compiled (CPD2489): an immediate escape cannot be sent.
                None => {
                    msg::cpf9898(self.message_text(m.msg.as_ref()).map_err(Sent::Failed)?).into()
                }
            };
            return Err(if m.to_self {
                Sent::Failed(failure)
            } else {
                Sent::ToCaller(failure)
            });
        }
        let mut out = Output::default();
        match predefined {
            Some(sent) => {
                let message = sent.typed(kind);
                // To the program itself (TOPGMQ(*SAME)): its RCVMSG can receive it.
                if m.to_self {
                    self.queue(message.clone());
                }
                out.send(message);
            }
            None => {
                let text = self.message_text(m.msg.as_ref()).map_err(Sent::Failed)?;
                match self.options.format {
                    Format::Text if !self.options.quiet => out.line(&text),
                    _ => out.send(msg::qsy0216(text).typed(if kind == MsgType::Diagnostic {
                        MsgType::Diagnostic
                    } else {
                        MsgType::Informational
                    })),
                }
            }
        }
        self.emit(out);
        Ok(())
    }

    fn gentotp(
        &mut self,
        key: &RawValue,
        time: &Option<RawValue>,
        var: &str,
    ) -> Result<(), Failure> {
        let key_text = self.eval(key)?.text();
        let key = crate::security::totp::parse_key(key_text.trim())
            .map_err(|e| Failure::from(msg::qsy0097(e)))?;
        let at = match time.as_ref().map(|t| self.eval(t).map(|v| v.text())) {
            Some(Ok(t)) if t.trim() != "*CURRENT" => crate::clock::parse_time(t.trim())
                .ok_or_else(|| Failure::from(msg::qsy0244(t.trim())))?,
            Some(Err(e)) => return Err(e),
            // *CURRENT: the system's time, as SIGNON will see it.
            _ => self.tx().and_then(|tx| engine::system_now(tx, None))?,
        };
        let code = crate::security::totp::code_at(&key, at.max(0) as u64);
        self.assign(var, Val::Str(code))
    }

    /// The one place an IBM i command qsy does not simulate is skipped: a diagnostic naming
    /// the command and its line (QSY0752), kept for the summary (`commands_skipped`). No
    /// message is sent to the program, so a MONMSG after it does not fire, and the variables
    /// it would have returned keep their values.
    fn skip_unsimulated(&mut self, line: usize, name: &'static str) {
        let line = self.shown_line(line);
        self.skip(line, name.to_string(), msg::qsy0752(line, name));
    }

    /// The program line shown for `line`: an INCLUDEd member's statement shows its
    /// INCLUDE's line.
    fn shown_line(&self, line: usize) -> usize {
        line.checked_sub(super::include::FIRST_PLACE)
            .and_then(|i| self.places.get(i))
            .map_or(line, |p| p.at)
    }

    /// What every skip does (commands and CALLed programs alike): the diagnostic, and the
    /// entry for the summary (`commands_skipped`).
    fn skip(&mut self, line: usize, what: String, diagnostic: crate::messages::Msg) {
        let mut out = Output::default();
        out.send(diagnostic.diagnostic());
        self.emit(out);
        self.commands_skipped.push((line, what));
    }

    /// An escape message: the command's monitors first, then the program-level ones.
    fn escape(
        &mut self,
        line: usize,
        failure: Failure,
        monitors: &[Monitor],
    ) -> Result<Flow, Stop> {
        // A store that cannot be written ends the script (exit 3): no MONMSG goes on
        // without the records the store could not keep.
        if failure.exit_code() == 3 {
            return Err(Stop { failure, line });
        }
        let id = failure.id().to_string();
        self.queue(failure.message().clone());
        let caught = monitors
            .iter()
            .chain(self.monitors.iter())
            .find(|m| m.catches(&id))
            .cloned();
        match caught {
            Some(m) => self.block(&m.exec),
            None => Err(Stop { failure, line }),
        }
    }

    fn substitute(
        &self,
        raw: &RawCommand,
        def: &'static CommandDef,
    ) -> Result<RawCommand, ExprError> {
        let mut cmd = raw.clone();
        let defs = validate::param_defs(def, raw);
        for (param, p) in cmd.params.iter_mut().zip(defs) {
            let kind = p.map_or(ParamKind::Char, |p| p.kind);
            param.value = self.value(&param.value, kind)?;
        }
        Ok(cmd)
    }

    fn value(&self, v: &RawValue, kind: ParamKind) -> Result<RawValue, ExprError> {
        Ok(match v {
            _ if kind == ParamKind::Variable => v.clone(),
            RawValue::Command(text) => RawValue::Command(self.text(text)?),
            _ if kind == ParamKind::Command => v.clone(),
            _ if expr::is_expression(v) => raw_of(&expr::eval(v, &self.vars)?),
            RawValue::Var(n) => raw_of(&self.vars.read(n)?),
            RawValue::List(items) => RawValue::List(
                items
                    .iter()
                    .map(|i| self.value(i, kind))
                    .collect::<Result<_, _>>()?,
            ),
            RawValue::Qualified(items) => RawValue::Qualified(
                items
                    .iter()
                    .map(|i| {
                        self.value(i, kind).map(|r| {
                            if let RawValue::Quoted(q) = r {
                                RawValue::Word(q)
                            } else {
                                r
                            }
                        })
                    })
                    .collect::<Result<_, _>>()?,
            ),
            other => other.clone(),
        })
    }

    /// Replaces `&VAR` outside quotes in a command given as text.
    fn text(&self, text: &str) -> Result<String, ExprError> {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            if c == '\'' {
                quoted = !quoted;
                out.push(c);
            } else if c == '&'
                && !quoted
                && chars
                    .peek()
                    .is_some_and(|n| n.is_ascii() && crate::lang::names::is_name_start(*n as u8))
            {
                let mut name = String::new();
                while let Some(&n) = chars.peek() {
                    if n.is_ascii() && crate::lang::names::is_name_char(n as u8) {
                        name.push(n.to_ascii_uppercase());
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push_str(&cl_literal(&self.vars.read(&name)?));
            } else {
                out.push(c);
            }
        }
        Ok(out)
    }

    fn command(&mut self, def: &'static CommandDef, cmd: &RawCommand) -> QResult<()> {
        let args = crate::commands::validate(def, cmd)?;
        self.run_args(def, &args)
    }

    fn run_args(&mut self, def: &'static CommandDef, args: &validate::Args) -> QResult<()> {
        if def.name() == "RCVMSG" {
            return self.rcvmsg(def, args);
        }
        if def.script_only {
            return Err(msg::qsy0012(def.name(), "it cannot be used here").into());
        }
        let Some(command) = crate::commands::lookup_def(def) else {
            return Err(
                msg::qsy0012(def.name(), "this version of qsy does not implement it yet").into(),
            );
        };
        let mut out = Output::default();
        let (session, job_user) = (self.session, self.job_user.clone());
        let job_user = job_user.expect("the script's job has started");
        let tx = self.tx()?;
        let result = engine::run_in_job(tx, session, &job_user, command, args, &mut out);
        tx.end_command(result.is_ok())?;
        // A security event (a failed sign-on's count and PW entry, a used recovery key) is
        // durable before the next statement runs and before the command's messages are
        // shown: if it cannot be committed, the script ends with the store failure and
        // shows nothing of the command (DESIGN §5, §6).
        if tx.security_event_pending() {
            self.commit()?;
        }
        for m in &out.messages {
            self.queue(m.clone());
        }
        if result.is_ok() {
            self.return_values(def, args, &mut out)?;
            self.keep_new_key(&out);
            self.keep_sent_message(&out);
            self.keep_submitted_job(def, &out);
        }
        self.emit(out);
        self.commands_run += 1;
        if result.is_err() {
            self.commands_failed += 1;
        }
        if let Some(bar) = &self.progress {
            bar.inc(1);
        }
        if self.options.sync_each || self.last_commit.elapsed() >= CHECKPOINT {
            self.commit()?;
        }
        result
    }
}

/// The most messages a program's queue keeps: the oldest go first (a program that loops
/// over thousands of commands must not grow without bound).
const MSGQ_LIMIT: usize = 1000;

impl Runner<'_> {
    /// Puts a message on the program's message queue.
    fn queue(&mut self, message: crate::messages::Message) {
        if self.msgq.len() >= MSGQ_LIMIT {
            self.msgq.pop_front();
        }
        self.msgq.push_back((message, true));
    }

    /// RCVMSG: receives a message of the program's queue into the variables named
    /// (see commands/RCVMSG.yaml for the selection rules).
    fn rcvmsg(&mut self, def: &'static CommandDef, args: &validate::Args) -> QResult<()> {
        use crate::lang::defs::rcvmsg as kw;
        let ty = args.text(kw::MSGTYPE)?.to_string();
        let rmv = args.text(kw::RMV)?.to_string();
        let is = |m: &crate::messages::Message, t: &str| {
            matches!(
                (m.kind(), t),
                (MsgType::Completion, "*COMP")
                    | (MsgType::Diagnostic, "*DIAG")
                    | (MsgType::Informational, "*INFO")
                    | (MsgType::Escape, "*EXCP")
            )
        };
        // Only the program's own queue is modelled, without message keys: another queue
        // (PGMQ *PRV or *EXT, a named MSGQ), a key, or a message type that needs one of
        // those finds no message (commands/RCVMSG.yaml).
        let elsewhere = args.str(kw::PGMQ).is_some_and(|q| q != "*SAME")
            || args.value(kw::MSGQ).is_some_and(|q| !q.is("*PGMQ"))
            || args.str(kw::MSGKEY).is_some_and(|k| k != "*NONE");
        let found = match ty.as_str() {
            _ if elsewhere => None,
            "*NEXT" | "*PRV" | "*RPY" | "*RQS" => None,
            "*FIRST" => (!self.msgq.is_empty()).then_some(0),
            "*LAST" => self.msgq.len().checked_sub(1),
            "*EXCP" => self
                .msgq
                .iter()
                .rposition(|(m, new)| *new && is(m, "*EXCP")),
            "*ANY" => self.msgq.iter().position(|(_, new)| *new),
            t => self.msgq.iter().position(|(m, new)| *new && is(m, t)),
        };
        let mut out = Output::default();
        let (id, text, data, code) = match found {
            Some(i) => {
                let m = self.msgq[i].0.clone();
                let escape = m.kind() == MsgType::Escape;
                if rmv == "*YES" || (rmv == "*KEEPEXCP" && !escape) {
                    self.msgq.remove(i);
                } else {
                    self.msgq[i].1 = false;
                }
                let code = match m.kind() {
                    MsgType::Completion => "01",
                    MsgType::Diagnostic => "02",
                    MsgType::Informational => "04",
                    MsgType::Escape => "15",
                };
                (m.id().to_string(), m.text().to_string(), m.data(), code)
            }
            None => (String::new(), String::new(), String::new(), "  "),
        };
        let length = |s: &str| i64::try_from(s.chars().count()).unwrap_or(i64::MAX);
        out.returns(kw::MSGLEN.name(), Returned::Number(length(&text)));
        out.returns(kw::MSGDTALEN.name(), Returned::Number(length(&data)));
        out.returns(kw::MSGID.name(), Returned::Text(format!("{id:<7}")));
        out.returns(kw::RTNTYPE.name(), Returned::Text(code.to_string()));
        out.returns(kw::MSG.name(), Returned::Text(text));
        out.returns(kw::MSGDTA.name(), Returned::Text(data));
        self.return_values(def, args, &mut out)
    }

    /// A message SNDMSG or SNDBRKMSG kept: the JSON / YAML document of a script lists them
    /// in `sent_messages` (text output prints each already).
    fn keep_sent_message(&mut self, out: &Output) {
        if self.options.format == Format::Text {
            return;
        }
        let Some(sent) = out.data.get("sent_message") else {
            return;
        };
        match self.doc.data.get_mut("sent_messages") {
            Some(serde_json::Value::Array(list)) => list.push(sent.clone()),
            _ => self.doc.set("sent_messages", vec![sent.clone()]),
        }
    }

    /// A new TOTP key (CHGTOTPKEY) is shown once, and the JSON / YAML document of a script
    /// otherwise keeps only messages: its key, otpauth URI and recovery key go into the
    /// document's `totp_keys` list, or the user could never enrol it (DESIGN §7.5). Text
    /// output prints the command's panel already. Nothing of it goes to the journal.
    fn keep_new_key(&mut self, out: &Output) {
        if self.options.format == Format::Text || !out.data.contains_key("totp_key") {
            return;
        }
        let entry: serde_json::Map<String, serde_json::Value> =
            ["user_profile", "totp_key", "otpauth_uri", "recovery_key"]
                .into_iter()
                .filter_map(|k| Some((k.to_string(), out.data.get(k)?.clone())))
                .collect();
        match self.doc.data.get_mut("totp_keys") {
            Some(serde_json::Value::Array(keys)) => keys.push(entry.into()),
            _ => self
                .doc
                .set("totp_keys", vec![serde_json::Value::from(entry)]),
        }
    }

    /// A submitted job (SBMJOB) in a JSON / YAML document: its job, log and end go into the
    /// document's `submitted_jobs` list, as a single SBMJOB's document has them (DESIGN §4).
    fn keep_submitted_job(&mut self, def: &'static CommandDef, out: &Output) {
        if self.options.format == Format::Text || def.name() != "SBMJOB" {
            return;
        }
        let entry: serde_json::Map<String, serde_json::Value> = ["job", "job_log", "job_failed"]
            .into_iter()
            .filter_map(|k| Some((k.to_string(), out.data.get(k)?.clone())))
            .collect();
        match self.doc.data.get_mut("submitted_jobs") {
            Some(serde_json::Value::Array(jobs)) => jobs.push(entry.into()),
            _ => self
                .doc
                .set("submitted_jobs", vec![serde_json::Value::from(entry)]),
        }
    }

    /// Copies what a command returns into its CL variables: the value returned for each
    /// variable parameter (RTVSYSVAL RTNVAR). A real CL program prints nothing for them, so
    /// the command's text is then dropped.
    fn return_values(
        &mut self,
        def: &'static CommandDef,
        args: &validate::Args,
        out: &mut Output,
    ) -> QResult<()> {
        // Every variable is checked before any is assigned (QSY0780, QSY0781).
        for (index, p) in def.params().iter().enumerate() {
            if p.kind != ParamKind::Variable {
                continue;
            }
            let Some(crate::lang::validate::Value::Var(name)) = args.value_at(index) else {
                continue;
            };
            if let Some(ty) = self.vars.ty(name) {
                crate::commands::returns::check(
                    def.name(),
                    p.keyword(),
                    name,
                    super::expr::shape(ty),
                )?;
            }
        }
        let mut returned = false;
        for (index, p) in def.params().iter().enumerate() {
            if p.kind != ParamKind::Variable {
                continue;
            }
            let Some(crate::lang::validate::Value::Var(name)) = args.value_at(index) else {
                continue;
            };
            let Some(v) = out.returned(p.keyword()) else {
                continue;
            };
            if def.name() == "RTVSYSVAL" {
                check_rtvsysval(args, &self.vars, name)?;
            }
            let val = match v {
                Returned::Text(s) => Val::Str(s.clone()),
                Returned::Number(n) => Val::int(i128::from(*n)),
            };
            self.vars
                .assign(name, val)
                .map_err(|e| Failure::from(Msg::from(e)))?;
            returned = true;
        }
        if returned {
            out.text.clear();
        }
        Ok(())
    }
}

/// RTVSYSVAL's check of its RTNVAR variable against the system value (CPF1094, CPF1095),
/// made before the value is assigned.
fn check_rtvsysval(args: &validate::Args, vars: &Vars, var: &str) -> QResult<()> {
    let Some(name) = args.str(crate::lang::defs::rtvsysval::SYSVAL) else {
        return Ok(());
    };
    let def = crate::system::sysval::lookup(name)?;
    match vars.get(var) {
        Some(v) => crate::system::sysval::check_variable(def, super::expr::shape(v.ty)),
        None => Ok(()),
    }
}

/// A value as a CALL passes it: the caller's variable (by reference) or None for a
/// constant or an expression, the value, and its type as the called program receives it.
struct PassedValue {
    var: Option<String>,
    val: Val,
    ty: expr::VarType,
}

/// The smallest length IBM passes a character constant with.
const CHAR_CONSTANT_MIN: usize = 32;

impl Runner<'_> {
    /// CALL: an IBM API qsy simulates, a CL program found as source, or a program qsy does
    /// not simulate ([`Runner::skip_unsimulated_program`]).
    fn call(&mut self, node: &Node, call: &super::compile::Call) -> Result<Flow, Stop> {
        let line = node.line;
        let (library, name) = match self.program_name(&call.program) {
            Ok(n) => n,
            Err(f) => return self.escape(line, f, &node.monitors),
        };
        let shown = super::program::shown(library.as_deref(), &name);
        if call.transfer {
            // The transferring program leaves the call stack: the program it transfers to
            // takes its place, and when that returns, so does this one.
            let depth = self.call_depth;
            self.call_depth = depth.saturating_sub(1);
            let result = self.call_target(node, call, library.as_deref(), &name, &shown);
            self.call_depth = depth;
            return result.map(|flow| match flow {
                Flow::Normal => Flow::End,
                other => other,
            });
        }
        self.call_target(node, call, library.as_deref(), &name, &shown)
    }

    /// The CALL (or TFRCTL) of program `name`, found from the running program's source.
    fn call_target(
        &mut self,
        node: &Node,
        call: &super::compile::Call,
        library: Option<&str>,
        name: &str,
        shown: &str,
    ) -> Result<Flow, Stop> {
        let line = node.line;
        let origin = self.origin.clone();
        match super::program::resolve(library, name, origin.as_deref()) {
            super::program::Target::Api(api) => match self.call_api(&api, &call.parms) {
                Ok(()) => Ok(Flow::Normal),
                Err(f) => self.escape(line, f, &node.monitors),
            },
            super::program::Target::Source(path) => {
                match self.call_program(shown, &path, &call.parms) {
                    Ok(()) => Ok(Flow::Normal),
                    Err(stop) => self.escape(line, stop.failure, &node.monitors),
                }
            }
            super::program::Target::Unsimulated => {
                self.skip_unsimulated_program(line, shown, name);
                Ok(Flow::Normal)
            }
        }
    }

    /// The one place a CALL of a program qsy does not simulate is skipped: a diagnostic
    /// naming the program and the line (QSY0631), the call listed for the summary
    /// (`commands_skipped`), and no escape, so a MONMSG after it does not fire.
    fn skip_unsimulated_program(&mut self, line: usize, shown: &str, member: &str) {
        let line = self.shown_line(line);
        self.skip(
            line,
            format!("CALL PGM({shown})"),
            msg::qsy0631(shown, line, member),
        );
    }

    /// CALL's program: NAME, LIB/NAME, or a variable holding either.
    fn program_name(&self, v: &RawValue) -> Result<(Option<String>, String), Failure> {
        let text = match v {
            RawValue::Qualified(parts) if parts.len() == 2 => {
                let part = |p: &RawValue| -> Result<String, Failure> {
                    Ok(match p {
                        RawValue::Var(_) => self.eval(p)?.text(),
                        other => other.to_string(),
                    })
                };
                format!("{}/{}", part(&parts[0])?, part(&parts[1])?)
            }
            RawValue::Var(_) => self.eval(v)?.text(),
            other => other.to_string(),
        };
        let text = text.trim().to_ascii_uppercase();
        Ok(match text.split_once('/') {
            Some((lib, name)) => (Some(lib.trim().to_string()), name.trim().to_string()),
            None => (None, text),
        })
    }

    /// A value passed on CALL, as IBM passes it: a variable by reference with its declared
    /// type; a character constant (or expression) as at least 32 bytes padded with blanks;
    /// a numeric one as *DEC (15 5); a logical one as *CHAR 32 holding '1' or '0'.
    fn passed(&self, v: &RawValue) -> Result<PassedValue, Failure> {
        if let RawValue::Var(n) = v {
            if let Some(var) = self.vars.get(n) {
                return Ok(PassedValue {
                    var: Some(n.clone()),
                    val: var.val.clone(),
                    ty: var.ty,
                });
            }
        }
        let val = self.eval(v)?;
        let (val, ty) = match val {
            Val::Num(d) => {
                let d = d
                    .fit(15, 5)
                    .map_err(|e| Failure::from(Msg::from(ExprError::from(e))))?;
                (Val::Num(d), expr::VarType::Dec(15, 5))
            }
            other => {
                let text = match other {
                    Val::Lgl(b) => if b { "1" } else { "0" }.to_string(),
                    o => o.text(),
                };
                let n = text.chars().count().max(CHAR_CONSTANT_MIN);
                let padded = format!("{text:<n$}");
                (Val::Str(padded), expr::VarType::Char(n))
            }
        };
        Ok(PassedValue { var: None, val, ty })
    }

    /// Calls an IBM API qsy simulates, as a command of the script's job (atomic, its
    /// security events durable before the next statement), then copies back into the
    /// caller's variables what the API wrote (the error code structure).
    fn call_api(&mut self, api: &str, parms: &[RawValue]) -> QResult<()> {
        use crate::commands::call::Passed;
        let mut values = Vec::with_capacity(parms.len());
        let mut passed = Vec::with_capacity(parms.len());
        for p in parms {
            let pv = self.passed(p)?;
            values.push(match &pv.val {
                Val::Num(d) => Passed::Number(d.trunc() as i64),
                Val::Lgl(b) => Passed::Text(if *b { "1" } else { "0" }.into()),
                Val::Str(s) => Passed::Text(s.clone()),
                // No API qsy simulates takes a pointer.
                Val::Ptr(_) => return Err(msg::qsy0700(pv.val.text()).into()),
            });
            passed.push(pv);
        }
        let before = values.clone();
        let mut out = Output::default();
        let (session, job_user) = (self.session, self.job_user.clone());
        let job_user = job_user.expect("the script's job has started");
        let tx = self.tx()?;
        let result = engine::run_in_job_with(tx, session, &job_user, &mut out, |job| {
            crate::commands::call::call_api(job, api, &mut values)
        });
        tx.end_command(result.is_ok())?;
        if tx.security_event_pending() {
            self.commit()?;
        }
        if result.is_ok() {
            for ((pv, old), new) in passed.iter().zip(&before).zip(&values) {
                if let (Some(var), true) = (&pv.var, old != new) {
                    self.assign(var, Val::Str(new.text()))?;
                }
            }
        }
        self.emit(out);
        self.commands_run += 1;
        if self.options.sync_each || self.last_commit.elapsed() >= CHECKPOINT {
            self.commit()?;
        }
        result
    }

    /// The compiled program of CL source `path` (compiled once per run).
    fn program(
        &mut self,
        shown: &str,
        path: &std::path::Path,
    ) -> Result<&'static Program, Failure> {
        if let Some(p) = self.loaded.get(path) {
            return Ok(p);
        }
        let bytes = std::fs::read(path)
            .map_err(|e| Failure::from(msg::qsy0640(shown, path.display(), e)))?;
        let prog = super::load::load_only(&bytes, Some(path));
        if let Some(p) = prog.problems.first() {
            return Err(msg::qsy0637(shown, path.display(), p.line, &p.id, &p.text).into());
        }
        // Kept for the rest of the run: the interpreter holds its monitors and subroutines
        // by reference while it runs, and a run calls each source file's program at most
        // once per distinct file.
        let prog: &'static Program = Box::leak(Box::new(prog));
        self.loaded.insert(path.to_path_buf(), prog);
        Ok(prog)
    }

    /// Runs CL program `path` with `parms`: its PGM PARM variables receive the values (a
    /// variable by reference: its new value is copied back when the program returns), it
    /// runs with its own variables, monitors and subroutines, and an escape it does not
    /// monitor comes back to the caller.
    fn call_program(
        &mut self,
        shown: &str,
        path: &std::path::Path,
        parms: &[RawValue],
    ) -> Result<(), Stop> {
        let stop = |failure: Failure| Stop { failure, line: 0 };
        if self.call_depth >= CALL_DEPTH {
            return Err(stop(msg::qsy0633(shown, CALL_DEPTH).into()));
        }
        let callee = self.program(shown, path).map_err(stop)?;
        if parms.len() > callee.parms.len() {
            return Err(stop(
                msg::qsy0635(shown, parms.len(), callee.parms.len()).into(),
            ));
        }
        let mut passed = Vec::with_capacity(parms.len());
        for p in parms {
            passed.push(self.passed(p).map_err(stop)?);
        }
        let mut vars = Vars::default();
        for d in &callee.decls {
            vars.declare(&d.name, d.ty, d.init.clone())
                .map_err(|_| stop(msg::qsy0212().into()))?;
        }
        vars.parms = passed.len();
        for (i, (pv, name)) in passed.iter().zip(&callee.parms).enumerate() {
            let Some(declared) = vars.get(name).map(|v| v.ty) else {
                continue;
            };
            let value = receive(shown, i + 1, pv, name, declared).map_err(stop)?;
            vars.assign(name, value)
                .map_err(|e| stop(Failure::from(Msg::from(e))))?;
        }
        // The called program's own DCLF files (its RCVF and CLOSE index them).
        let files = OpenFile::closed_all(&callee.files);
        let saved = (
            std::mem::replace(&mut self.vars, vars),
            std::mem::replace(&mut self.monitors, &callee.monitors),
            std::mem::replace(&mut self.subrs, &callee.subrs),
            std::mem::replace(&mut self.subr_depth, 0),
            std::mem::replace(&mut self.origin, callee.origin.clone()),
            std::mem::replace(&mut self.files, files),
        );
        self.call_depth += 1;
        let result = self.block(&callee.body);
        self.call_depth -= 1;
        // The called program's call-level overrides end with it (IBM, "Deletion of
        // overrides"); after a TFRCTL the level is the transferring program's, whose
        // overrides stay until it is left.
        let depth = self.call_depth;
        self.overrides
            .retain(|o| o.level.is_none_or(|l| l <= depth));
        let callee_vars = std::mem::replace(&mut self.vars, saved.0);
        self.monitors = saved.1;
        self.subrs = saved.2;
        self.subr_depth = saved.3;
        self.origin = saved.4;
        self.files = saved.5;
        match result {
            Ok(Flow::Goto(label)) => return Err(stop(msg::qsy0203(label).into())),
            Ok(_) => {}
            Err(s) => return Err(s),
        }
        // By reference: the caller sees what the program left in its parameters.
        for (pv, name) in passed.iter().zip(&callee.parms) {
            let (Some(var), Some(now)) = (&pv.var, callee_vars.get(name)) else {
                continue;
            };
            let back = match (&pv.val, &now.val) {
                (Val::Str(old), Val::Str(new)) => {
                    let mut s: String = new.clone();
                    s.extend(old.chars().skip(new.chars().count()));
                    Val::Str(s)
                }
                (_, v) => v.clone(),
            };
            self.assign(var, back).map_err(stop)?;
        }
        Ok(())
    }
}

/// The value a called program's parameter `name` (declared `declared`) receives from `pv`:
/// the same type, or a shorter *CHAR that sees the first part of what is passed. Anything
/// else would make the program read other data on IBM i (QSY0634).
fn receive(
    program: &str,
    position: usize,
    pv: &PassedValue,
    name: &str,
    declared: expr::VarType,
) -> Result<Val, Failure> {
    use expr::VarType::Char;
    match (pv.ty, declared) {
        (a, b) if a == b => Ok(pv.val.clone()),
        (Char(passed), Char(wanted)) if wanted <= passed => {
            Ok(Val::Str(pv.val.text().chars().take(wanted).collect()))
        }
        (passed, _) => {
            let hint = match (&pv.var, passed) {
                (None, expr::VarType::Dec(15, 5)) => {
                    "IBM i passes a numeric constant as *DEC (15 5)"
                }
                (None, Char(_)) => "IBM i passes a character constant as *CHAR 32 or longer",
                _ => "declare the parameter with the type and length passed",
            };
            Err(msg::qsy0634(
                program,
                position,
                super::load::type_text(passed),
                format!("&{name}"),
                super::load::type_text(declared),
                hint,
            )
            .into())
        }
    }
}
