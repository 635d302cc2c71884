//! The one harness of the integration tests: a simulated system in a temporary directory,
//! the real `qsy` binary run against it (every run recorded, so that the secrets test can
//! search all of them afterwards), the pinned job clock (`QSY_CLOCK`), sign-on, TOTP codes
//! computed independently of qsy, and the helpers that read its JSON documents.
//!
//! Every run starts from an empty environment: only the variables set here (and those a test
//! sets on purpose) reach the binary, so nothing from the caller's shell changes an outcome.

use hmac::{Hmac, Mac};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// The binary under test.
pub const QSY: &str = env!("CARGO_BIN_EXE_qsy");

/// 2026-11-24 10:00:00 UTC: the fixed job clock of most tests.
pub const T0: i64 = 1_795_514_400;
/// `T0` as `oathtool --now` takes it.
pub const T0_TEXT: &str = "2026-11-24 10:00:00 UTC";

/// JSMITH's password at QPWDLVL 0 (folded to upper case).
pub const PW0: &str = "JSMITH1";
/// JSMITH's password set at QPWDLVL 2 (it gets its level-4 hash then).
pub const PW: &str = "Long-Pass-1";
/// QSECOFR's password set at QPWDLVL 2 by [`reach_mfa_with_qsecofr`].
pub const SECOFR_PW: &str = "Keep-It-Secret-76";
/// A user-supplied TOTP key (RFC 6238's "12345678901234567890" in base32).
pub const KEY: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

// ---------------------------------------------------------------------------------------
// Running the binary.

/// One finished run of `qsy`.
#[derive(Clone, Debug)]
pub struct Run {
    /// The arguments after `qsy`.
    pub args: Vec<String>,
    /// `QSY_CLOCK` in force.
    pub clock: Option<i64>,
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// A run from the output of a process started by hand ([`Sys::command`], for tests
    /// that spawn and kill processes themselves).
    pub fn of(args: &[&str], out: &std::process::Output) -> Run {
        Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            clock: None,
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Both streams, for assertion messages.
    pub fn show(&self) -> String {
        format!(
            "qsy {:?} (clock {:?}) exited {}\n--- stdout\n{}\n--- stderr\n{}",
            self.args, self.clock, self.code, self.stdout, self.stderr
        )
    }

    /// The one JSON document on stdout (for `--output json` runs).
    pub fn doc(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e})\n{}", self.show()))
    }

    /// Requires exit `code` and message `id` on a line of stderr of its own (`ID: text`):
    /// a refusal, never a panic (exit 101) or another message.
    pub fn refused(&self, code: i32, id: &str) -> &Self {
        assert_eq!(
            self.code,
            code,
            "should exit {code} with {id}:\n{}",
            self.show()
        );
        assert!(
            line_ids(&self.stderr).iter().any(|m| m == id),
            "should report {id} on stderr:\n{}",
            self.show()
        );
        self
    }

    /// Requires exit `code` and escape message `id` in the JSON document on stdout (an
    /// `--output json` run).
    pub fn refused_json(&self, code: i32, id: &str) -> &Self {
        assert_eq!(
            self.code,
            code,
            "should exit {code} with {id}:\n{}",
            self.show()
        );
        assert_eq!(
            escape_id(&self.doc()).as_deref(),
            Some(id),
            "wrong escape message:\n{}",
            self.show()
        );
        self
    }

    /// Requires `text` in stderr (what a refusal's message names); returns the run.
    pub fn says(self, text: &str) -> Self {
        assert!(
            self.stderr.contains(text),
            "stderr should contain {text:?}:\n{}",
            self.show()
        );
        self
    }
}

/// What starts `qsy` for one system: the store, the directory and the pinned clock. It is
/// `Send`, so threads can start processes on the system too.
#[derive(Clone, Debug)]
pub struct Launcher {
    store: PathBuf,
    dir: PathBuf,
    clock: Option<i64>,
}

impl Launcher {
    /// A `qsy` command for the system, in an empty environment but for QSY_SYSTEM,
    /// QSY_LOCK_WAIT (10 seconds), NO_COLOR, HOME and XDG_DATA_HOME inside the temporary
    /// directory, and QSY_CLOCK when the clock is pinned; run in the temporary directory,
    /// with stdin, stdout and stderr not a terminal.
    pub fn command(&self) -> Command {
        self.command_for(Path::new(QSY))
    }

    /// Like [`Launcher::command`], running `program` (a multi-call link to `qsy`).
    pub fn command_for(&self, program: &Path) -> Command {
        let mut c = Command::new(program);
        c.env_clear()
            .env("QSY_SYSTEM", &self.store)
            .env("QSY_LOCK_WAIT", "10")
            .env("NO_COLOR", "1")
            .env("HOME", &self.dir)
            .env("XDG_DATA_HOME", self.dir.join("xdg"))
            .current_dir(&self.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(t) = self.clock {
            c.env("QSY_CLOCK", t.to_string());
        }
        c
    }
}

/// One run being set up: arguments, and optionally extra environment, standard input and a
/// time limit. [`Exec::run`] runs it and records it in the system's log.
pub struct Exec<'a> {
    sys: &'a Sys,
    program: Option<PathBuf>,
    args: Vec<String>,
    env: Vec<(String, Option<OsString>)>,
    stdin: Option<String>,
    timeout: Option<Duration>,
}

impl Exec<'_> {
    /// Runs `program` (a multi-call link to `qsy`) in place of `qsy`.
    pub fn program(mut self, program: &Path) -> Self {
        self.program = Some(program.to_path_buf());
        self
    }

    /// Sets an environment variable for this run.
    pub fn env(mut self, name: &str, value: impl Into<OsString>) -> Self {
        self.env.push((name.to_string(), Some(value.into())));
        self
    }

    /// Removes an environment variable the harness would set.
    pub fn env_remove(mut self, name: &str) -> Self {
        self.env.push((name.to_string(), None));
        self
    }

    /// Standard input for this run (else it reads an empty stream).
    pub fn stdin(mut self, text: &str) -> Self {
        self.stdin = Some(text.to_string());
        self
    }

    /// Fails the test (killing the process) when the run takes longer than `limit`.
    pub fn timeout(mut self, limit: Duration) -> Self {
        self.timeout = Some(limit);
        self
    }

    /// Runs it to the end and records it.
    pub fn run(self) -> Run {
        let launcher = self.sys.launcher();
        let mut c = match &self.program {
            Some(p) => launcher.command_for(p),
            None => launcher.command(),
        };
        c.args(&self.args);
        for (name, value) in &self.env {
            match value {
                Some(v) => c.env(name, v),
                None => c.env_remove(name),
            };
        }
        if self.stdin.is_some() {
            c.stdin(Stdio::piped());
        }
        let mut child = c.spawn().expect("qsy starts");
        if let Some(text) = &self.stdin {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            // A process that exits without reading its input closes the pipe: not an error.
            let _ = pipe.write_all(text.as_bytes());
        }
        let (code, stdout, stderr) = match self.timeout {
            None => {
                let out = child.wait_with_output().expect("qsy runs");
                (out.status.code().unwrap_or(-1), out.stdout, out.stderr)
            }
            Some(limit) => wait_within(child, limit, &self.args),
        };
        let run = Run {
            args: self.args,
            clock: self.sys.clock.get(),
            code,
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        };
        self.sys.log.borrow_mut().push(run.clone());
        run
    }
}

/// Waits for `child` at most `limit` (reading its output meanwhile); kills it and fails the
/// test when it takes longer.
fn wait_within(mut child: Child, limit: Duration, args: &[String]) -> (i32, Vec<u8>, Vec<u8>) {
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let out = reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("qsy {args:?} did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    (
        status.code().unwrap_or(-1),
        out.join().expect("stdout reader"),
        err.join().expect("stderr reader"),
    )
}

// ---------------------------------------------------------------------------------------
// The system.

/// A simulated system in a temporary directory, with a job clock and a log of every run.
///
/// The clock starts pinned at [`T0`]: the simulated system's time never goes backwards
/// (DESIGN §6), so a test pins its clock before its first command creates the store and
/// moves it forward from there ([`Sys::real_clock`] for the real time).
pub struct Sys {
    /// Temporary directory holding `sys.redb` (deleted at the end of the test).
    pub dir: TempDir,
    clock: Cell<Option<i64>>,
    log: RefCell<Vec<Run>>,
}

impl Default for Sys {
    fn default() -> Self {
        Sys {
            dir: tempfile::tempdir().expect("temporary directory"),
            clock: Cell::new(Some(T0)),
            log: RefCell::new(Vec::new()),
        }
    }
}

impl Sys {
    /// A fresh system (its store is created by its first command).
    pub fn new() -> Self {
        Self::default()
    }

    /// The store file.
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("sys.redb")
    }

    /// Pins the job clock (`QSY_CLOCK`) for the following runs.
    pub fn set_clock(&self, t: i64) {
        self.clock.set(Some(t));
    }

    /// Lets the following runs use the real clock.
    pub fn real_clock(&self) {
        self.clock.set(None);
    }

    /// Every run so far (through [`Sys::run`] and the helpers built on it).
    pub fn log(&self) -> Vec<Run> {
        self.log.borrow().clone()
    }

    /// What starts processes on this system (with the clock as pinned now).
    pub fn launcher(&self) -> Launcher {
        Launcher {
            store: self.path(),
            dir: self.dir.path().to_path_buf(),
            clock: self.clock.get(),
        }
    }

    /// A `qsy` command for this system, for tests that start, time or kill processes
    /// themselves (see [`Launcher::command`]; such runs are not logged).
    pub fn command(&self) -> Command {
        self.launcher().command()
    }

    /// A run to set up further (environment, stdin, time limit).
    pub fn exec(&self, args: &[&str]) -> Exec<'_> {
        Exec {
            sys: self,
            program: None,
            args: args.iter().map(|s| s.to_string()).collect(),
            env: Vec::new(),
            stdin: None,
            timeout: None,
        }
    }

    /// Runs `qsy ARGS…`, whatever the outcome.
    pub fn run(&self, args: &[&str]) -> Run {
        self.exec(args).run()
    }

    /// Runs `qsy ARGS…` with `stdin`.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.exec(args).stdin(stdin).run()
    }

    /// Runs a command that must exit 0.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(r.code, 0, "should succeed:\n{}", r.show());
        r
    }

    /// Runs a command as `--user USER` that must exit 0.
    pub fn ok_as(&self, user: &str, args: &[&str]) -> Run {
        let mut all = vec!["--user", user];
        all.extend_from_slice(args);
        self.ok(&all)
    }

    /// Runs a command that must fail with exit code `exit` and message `id` on stderr.
    pub fn fails(&self, args: &[&str], exit: i32, id: &str) -> Run {
        let r = self.run(args);
        r.refused(exit, id);
        r
    }

    /// Runs a command as `--user USER` that must fail with `exit` and `id`.
    pub fn fails_as(&self, user: &str, args: &[&str], exit: i32, id: &str) -> Run {
        let mut all = vec!["--user", user];
        all.extend_from_slice(args);
        self.fails(&all, exit, id)
    }

    /// Runs `qsy --output json ARGS…` and returns the document and the run (any outcome).
    pub fn json_run(&self, args: &[&str]) -> (Value, Run) {
        let mut all = vec!["--output", "json"];
        all.extend_from_slice(args);
        let r = self.run(&all);
        (r.doc(), r)
    }

    /// The document of `qsy --output json ARGS…` (success or failure).
    pub fn json(&self, args: &[&str]) -> Value {
        self.json_run(args).0
    }

    /// Like [`Sys::json_run`] with `stdin`.
    pub fn json_stdin(&self, args: &[&str], stdin: &str) -> (Value, Run) {
        let mut all = vec!["--output", "json"];
        all.extend_from_slice(args);
        let r = self.run_stdin(&all, stdin);
        (r.doc(), r)
    }

    /// A JSON run that must exit 0; returns the document.
    pub fn json_ok(&self, args: &[&str]) -> Value {
        let (doc, r) = self.json_run(args);
        assert_eq!(r.code, 0, "should succeed:\n{}", r.show());
        doc
    }

    /// A JSON run that must exit `code` with escape message `id`; returns the document.
    pub fn json_fails(&self, args: &[&str], code: i32, id: &str) -> Value {
        let (doc, r) = self.json_run(args);
        assert_eq!(r.code, code, "should exit {code} with {id}:\n{}", r.show());
        assert_eq!(
            escape_id(&doc).as_deref(),
            Some(id),
            "wrong escape message:\n{}",
            r.show()
        );
        doc
    }

    /// A CL script (written to a file in the temp dir) run with `qsy run` as QSECOFR.
    pub fn script(&self, name: &str, text: &str) -> Run {
        self.script_as("QSECOFR", name, text)
    }

    /// Like [`Sys::script`], the job running as `user`.
    pub fn script_as(&self, user: &str, name: &str, text: &str) -> Run {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write script");
        self.run(&["--user", user, "run", path.to_str().unwrap()])
    }

    /// The store file's bytes (for byte-for-byte "unchanged" checks).
    pub fn store_bytes(&self) -> Vec<u8> {
        std::fs::read(self.path()).expect("store file exists")
    }

    /// Everything the store holds, read through the library: every record of every table
    /// (table, key, bytes) and every audit journal entry (sequence, bytes). For "logically
    /// unchanged" checks where a command may have opened the store read-write (redb marks
    /// the file then) without committing anything, so the file's bytes may differ. Opening a
    /// store left by a killed process repairs it first, as every qsy command does.
    pub fn store_contents(&self) -> Vec<(String, String, Vec<u8>)> {
        use qsy::store::{Store, Table};
        assert!(
            self.path().exists(),
            "no store at {}",
            self.path().display()
        );
        let store = Store::open(&self.path(), false, qsy::engine::init_store)
            .unwrap_or_else(|f| panic!("the store does not open: {f:?}"));
        let tx = store.begin().expect("a read transaction");
        let mut all = Vec::new();
        for table in Table::ALL {
            for (key, value) in tx.scan(table).expect("the table reads") {
                all.push((format!("{table:?}"), key, value));
            }
        }
        for (seq, entry) in tx.audit_entries().expect("the journal reads") {
            all.push(("Audit".to_string(), seq.to_string(), entry));
        }
        all
    }

    /// Makes sure the store exists (a read-only display creates it).
    pub fn init(&self) {
        self.ok(&["DSPSECA"]);
        assert!(self.path().exists(), "the store was not created");
    }

    /// `qsy ipl`, which must succeed with a completion message; returns its JSON document.
    pub fn ipl(&self) -> Value {
        let doc = self.json_ok(&["ipl"]);
        assert!(
            doc["messages"]
                .as_array()
                .is_some_and(|m| m.iter().any(|x| x["type"] == "completion")),
            "ipl sent no completion message: {doc}"
        );
        doc
    }

    /// Sets a system value (must succeed).
    pub fn chgsysval(&self, name: &str, value: &str) {
        self.ok(&["CHGSYSVAL", name, value]);
    }

    /// `(current, pending)` of a system value as text.
    pub fn sysval(&self, name: &str) -> (String, Option<String>) {
        let doc = self.json(&["DSPSYSVAL", name]);
        assert_eq!(doc["system_value"], name, "DSPSYSVAL {name}: {doc}");
        let pending = match &doc["pending"] {
            Value::Null => None,
            v => Some(scalar(v)),
        };
        (scalar(&doc["current"]), pending)
    }

    /// The current value of a system value as text.
    pub fn current(&self, name: &str) -> String {
        self.sysval(name).0
    }

    /// Makes QPWDLVL `level` current, through level 2 where it must, with IPLs.
    pub fn reach_password_level(&self, level: u8) {
        let now: u8 = self.current("QPWDLVL").parse().unwrap();
        if now == level {
            return;
        }
        if (now <= 1 && level == 4) || (now >= 3 && level <= 1) {
            self.chgsysval("QPWDLVL", "2");
            self.ipl();
        }
        self.chgsysval("QPWDLVL", &level.to_string());
        self.ipl();
        assert_eq!(self.current("QPWDLVL"), level.to_string());
    }

    /// DSPSECA as JSON.
    pub fn seca(&self) -> Value {
        self.json(&["DSPSECA"])
    }

    /// DSPUSRPRF NAME as JSON, run as `as_user`; the command must succeed.
    pub fn usrprf_as(&self, as_user: &str, name: &str) -> Value {
        let doc = self.json_ok(&["--user", as_user, "DSPUSRPRF", name]);
        assert_eq!(doc["user_profile"], name, "DSPUSRPRF {name}: {doc}");
        doc
    }

    /// Everything a refused command run by a signed-on user must leave as it was: every profile
    /// (DSPUSRPRF, but for its previous sign-on time), every profile's object authorities, and
    /// the journal. Since issue 13 the sign-on itself is written whatever the command after it
    /// does (its security events commit on their own, and a sign-on is only answered once the
    /// store took it: fail closed), so the store file is no longer byte-identical; the sign-on
    /// writes no journal entry and changes nothing here but that time.
    pub fn state_but_signon_times(&self) -> Vec<Value> {
        let mut state = vec![self.journal(&[]).into()];
        let profiles = self.json_ok(&["DSPAUTUSR"])["profiles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["user_profile"].as_str().unwrap().to_string())
            .collect::<Vec<_>>();
        for name in profiles {
            let mut prf = self.usrprf(&name);
            prf.as_object_mut().unwrap().remove("previous_signon");
            state.push(prf);
            state.push(self.json_ok(&["DSPOBJAUT", &name, "*USRPRF"]));
        }
        state
    }

    /// DSPUSRPRF NAME as JSON, run as QSECOFR_NC (never denied or disabled).
    pub fn usrprf(&self, name: &str) -> Value {
        self.usrprf_as("QSECOFR_NC", name)
    }

    /// The audit journal (as `as_user`), entries of `types` (all when empty).
    pub fn journal_as(&self, as_user: &str, types: &[&str]) -> Vec<Value> {
        let enttyp = format!("ENTTYP({})", types.join(" "));
        let mut args = vec!["--user", as_user, "DSPJRN", "JRN(QAUDJRN)"];
        if !types.is_empty() {
            args.push(&enttyp);
        }
        let doc = self.json_ok(&args);
        doc["entries"]
            .as_array()
            .unwrap_or_else(|| panic!("DSPJRN has no entries list: {doc}"))
            .clone()
    }

    /// The audit journal as QSECOFR_NC (never denied or disabled).
    pub fn journal(&self, types: &[&str]) -> Vec<Value> {
        self.journal_as("QSECOFR_NC", types)
    }

    /// The PW entries about `user`.
    pub fn pw_entries(&self, user: &str) -> Vec<Value> {
        self.journal(&["PW"])
            .into_iter()
            .filter(|e| e["object"] == user)
            .collect()
    }

    /// The violation types of the PW entries about `user`, oldest first.
    pub fn violations(&self, user: &str) -> Vec<String> {
        self.pw_entries(user)
            .iter()
            .map(|e| e["violation_type"].as_str().unwrap_or("?").to_string())
            .collect()
    }

    /// Runs `act` and requires that it wrote exactly one PW entry, about `user` with
    /// violation type `viol` (the entries are counted before and after: a new entry, not
    /// the last one of an earlier failure). Returns what `act` returned.
    pub fn one_pw_entry<T>(&self, user: &str, viol: &str, act: impl FnOnce() -> T) -> T {
        let before = self.journal(&["PW"]);
        let result = act();
        let after = self.journal(&["PW"]);
        assert_eq!(
            after.len(),
            before.len() + 1,
            "one new PW entry expected (about {user}, type {viol}): {:?}",
            &after[before.len().min(after.len())..]
        );
        assert_eq!(
            after[..before.len()],
            before[..],
            "the earlier PW entries changed"
        );
        let e = after.last().unwrap();
        assert_eq!(e["entry_type"], "PW", "{e}");
        assert_eq!(
            e["object"], user,
            "the PW entry names the wrong profile: {e}"
        );
        assert_eq!(
            e["violation_type"], viol,
            "the PW entry's violation type: {e}"
        );
        result
    }

    /// SIGNON USER(user) PASSWORD('password') [ADLFAC(code)] with --output json.
    pub fn signon(&self, user: &str, password: &str, adlfac: Option<&str>) -> SignOn {
        let pw = format!("PASSWORD({})", q(password));
        let fac = adlfac.map(|f| format!("ADLFAC({})", q(f)));
        let mut args = vec!["SIGNON", user, pw.as_str()];
        if let Some(f) = fac.as_deref() {
            args.push(f);
        }
        let (doc, run) = self.json_run(&args);
        SignOn { doc, run }
    }

    /// SIGNON USER --password-stdin with --output json: the password typed, as a user does
    /// at the prompt (nothing of it in argv).
    pub fn signon_typed(&self, user: &str, password: &str) -> SignOn {
        let (doc, run) = self.json_stdin(
            &["SIGNON", user, "--password-stdin"],
            &format!("{password}\n"),
        );
        SignOn { doc, run }
    }

    /// A SIGNON (PASSWORD parameter) that must succeed.
    pub fn signon_ok(&self, user: &str, password: &str, adlfac: Option<&str>) -> Value {
        self.signon(user, password, adlfac).ok()
    }

    /// A SIGNON (PASSWORD parameter) that must fail (exit 1) with escape `id`.
    pub fn signon_fails(
        &self,
        user: &str,
        password: &str,
        adlfac: Option<&str>,
        id: &str,
    ) -> Value {
        self.signon(user, password, adlfac).fails(id)
    }

    /// A SIGNON that must fail with CPF22E2 and write one PW entry with violation `viol`.
    pub fn signon_refused(&self, user: &str, password: &str, adlfac: Option<&str>, viol: &str) {
        self.one_pw_entry(user, viol, || {
            self.signon_fails(user, password, adlfac, "CPF22E2")
        });
    }

    /// CHGTOTPKEY TOTPKEY(value) run as `user` with --output json; must succeed. Returns the
    /// document (totp_key, recovery_key, otpauth_uri).
    pub fn set_key(&self, user: &str, value: &str) -> Value {
        let key = format!("TOTPKEY({value})");
        let doc = self.json_ok(&["--user", user, "CHGTOTPKEY", key.as_str()]);
        assert_eq!(doc["user_profile"], user, "{doc}");
        doc
    }
}

/// A finished SIGNON: its JSON document and the run.
pub struct SignOn {
    /// The document it printed.
    pub doc: Value,
    /// The run.
    pub run: Run,
}

impl SignOn {
    /// Requires success (exit 0, the "signed on" message); returns the document.
    pub fn ok(self) -> Value {
        assert_eq!(
            self.run.code,
            0,
            "SIGNON should succeed:\n{}",
            self.run.show()
        );
        assert!(
            ids(&self.doc).iter().any(|m| m == "QSY0085"),
            "no 'signed on' message:\n{}",
            self.run.show()
        );
        self.doc
    }

    /// Requires failure: exit 1 with escape message `id`; returns the document.
    pub fn fails(self, id: &str) -> Value {
        assert_eq!(
            self.run.code,
            1,
            "SIGNON should fail with {id}:\n{}",
            self.run.show()
        );
        assert_eq!(
            escape_id(&self.doc).as_deref(),
            Some(id),
            "wrong message:\n{}",
            self.run.show()
        );
        self.doc
    }
}

// ---------------------------------------------------------------------------------------
// Reaching MFA.

/// Takes a fresh system to current QPWDLVL 4 with the additional sign-on factor enabled, with
/// JSMITH created at level 0 (password [`PW0`]) and its password changed at level 2 to
/// [`PW`] (so it keeps a level-4 hash). QMAXSIGN is left at its shipped 3.
pub fn reach_mfa(sys: &Sys) {
    reach_mfa_users(sys, &[("JSMITH", PW0, PW)], None);
}

/// Like [`reach_mfa`], and QSECOFR's password is changed at level 2 to [`SECOFR_PW`]
/// (not expired), so QSECOFR can sign on at level 4.
pub fn reach_mfa_with_qsecofr(sys: &Sys) {
    reach_mfa_users(sys, &[("JSMITH", PW0, PW)], Some(SECOFR_PW));
}

/// The MFA journey for a list of (user, level-0 password, level-2 password).
pub fn reach_mfa_users(sys: &Sys, users: &[(&str, &str, &str)], secofr: Option<&str>) {
    for (user, pw0, _) in users {
        sys.ok(&[
            "CRTUSRPRF",
            &format!("USRPRF({user})"),
            &format!("PASSWORD({pw0})"),
        ]);
    }
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('2')"]);
    sys.ok(&["ipl"]);
    sys.ok(&["CHGSYSVAL", "QPWDMAXLEN", "VALUE(128)"]);
    for (user, _, pw2) in users {
        sys.ok(&[
            "CHGUSRPRF",
            &format!("USRPRF({user})"),
            &format!("PASSWORD({})", q(pw2)),
        ]);
    }
    if let Some(pw) = secofr {
        sys.ok(&[
            "CHGUSRPRF",
            "USRPRF(QSECOFR)",
            &format!("PASSWORD({})", q(pw)),
            "PWDEXP(*NO)",
        ]);
    }
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('4')"]);
    // IBM's order: QPWDLVL 4 current first, then the attribute and another IPL.
    sys.ok(&["ipl"]);
    sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    sys.ok(&["ipl"]);
    let seca = sys.json_ok(&["DSPSECA"]);
    assert_eq!(
        seca["password_level"].to_string().trim_matches('"'),
        "4",
        "{seca}"
    );
    assert_eq!(seca["additional_signon_factor"], "*ENABLED", "{seca}");
}

// ---------------------------------------------------------------------------------------
// TOTP, computed here independently of qsy.

/// The bytes of a base32 key (RFC 4648, no padding).
pub fn key_bytes(key_b32: &str) -> Vec<u8> {
    base32::decode(base32::Alphabet::Rfc4648 { padding: false }, key_b32).expect("base32 key")
}

/// RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) of a base32 key at Unix time `t`.
pub fn totp(key_b32: &str, t: i64) -> String {
    let key = key_bytes(key_b32);
    let mut mac = <Hmac<sha1::Sha1> as Mac>::new_from_slice(&key).unwrap();
    mac.update(&((t / 30) as u64).to_be_bytes());
    let h = mac.finalize().into_bytes();
    let o = (h[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([h[o], h[o + 1], h[o + 2], h[o + 3]]) & 0x7fff_ffff;
    format!("{:06}", bin % 1_000_000)
}

/// Whether `text` is 32 characters of the RFC 4648 base32 alphabet.
pub fn is_base32_key(text: &str) -> bool {
    text.len() == 32
        && text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
}

// ---------------------------------------------------------------------------------------
// Documents and text.

/// A CL quoted string: `'text'` with quotes doubled.
pub fn q(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The IDs of the messages of a JSON document.
pub fn ids(doc: &Value) -> Vec<String> {
    doc["messages"]
        .as_array()
        .map(|m| {
            m.iter()
                .filter_map(|x| x["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The IDs of the problems of a `qsy run --check` JSON document, in order.
pub fn problem_ids(doc: &Value) -> Vec<&str> {
    doc["problems"]
        .as_array()
        .expect("a --check document has problems")
        .iter()
        .map(|p| p["id"].as_str().expect("a problem has an ID"))
        .collect()
}

/// The texts of the `--check` notes with message `id` in a JSON document, in order.
pub fn note_texts<'a>(doc: &'a Value, id: &str) -> Vec<&'a str> {
    doc["notes"]
        .as_array()
        .expect("a --check document has notes")
        .iter()
        .filter(|n| n["id"] == id)
        .map(|n| n["text"].as_str().expect("a note has a text"))
        .collect()
}

/// Whether a JSON document carries message `id`.
pub fn has_message(doc: &Value, id: &str) -> bool {
    ids(doc).iter().any(|m| m == id)
}

/// The ID of the escape message of a JSON document, if any.
pub fn escape_id(doc: &Value) -> Option<String> {
    doc["messages"].as_array().and_then(|m| {
        m.iter()
            .find(|x| x["type"] == "escape")
            .and_then(|x| x["id"].as_str().map(str::to_string))
    })
}

/// The IBM-style message IDs (CPD…, CPF…, CPC…, QSY…) that start a line of `text` as
/// `ID: text`, in order.
pub fn line_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            let b = l.as_bytes();
            (b.len() >= 8
                && (l.starts_with("CP") || l.starts_with("QSY"))
                && b[..7]
                    .iter()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && b[7] == b':')
                .then(|| l[..7].to_string())
        })
        .collect()
}

/// Whether `text` contains an IBM-style message ID followed by ':' at the start of a line.
pub fn has_message_id(text: &str) -> bool {
    !line_ids(text).is_empty()
}

/// A JSON scalar as text (strings without quotes, numbers as digits).
pub fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The list of strings in a JSON array.
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(scalar).collect())
        .unwrap_or_default()
}

/// Whether `hay` contains `code` as a whole number (not part of a longer run of digits).
pub fn contains_code(hay: &str, code: &str) -> bool {
    let b = hay.as_bytes();
    let mut from = 0;
    while let Some(i) = hay[from..].find(code) {
        let start = from + i;
        let end = start + code.len();
        let before = start > 0 && b[start - 1].is_ascii_digit();
        let after = end < b.len() && b[end].is_ascii_digit();
        if !before && !after {
            return true;
        }
        from = start + 1;
    }
    false
}

/// Whether `hay` contains `needle` as bytes.
pub fn bytes_contain(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// Every file under `dir` (recursively).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Runs an external program; panics (the test fails) when it cannot be started.
pub fn external(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program).args(args).output().unwrap_or_else(|e| {
        panic!("{program} is required for this test and could not be run ({e}); install it (.ci/run does)")
    })
}

/// Writes a script into the system's directory and returns its path as a string.
pub fn script_file(sys: &Sys, name: &str, text: &str) -> String {
    let path = sys.dir.path().join(name);
    std::fs::write(&path, text).expect("write script");
    path.to_string_lossy().into_owned()
}

/// `qsy ARGS` (text output), bounded in time so a looping interpreter fails the test.
pub fn run_bounded(sys: &Sys, args: &[&str]) -> Run {
    sys.exec(args).timeout(Duration::from_secs(60)).run()
}

/// The lines a script printed with SNDPGMMSG: stdout lines that are not `ID: text`
/// (a message ID is three upper-case letters and four more characters).
pub fn printed(out: &Run) -> Vec<String> {
    out.stdout
        .lines()
        .filter(|l| {
            !(l.len() > 8
                && l.as_bytes()[7] == b':'
                && l.as_bytes()[..3].iter().all(u8::is_ascii_uppercase))
        })
        .map(str::to_string)
        .collect()
}
