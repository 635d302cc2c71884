//! Helpers for the MFA integration tests (tests/mfa.rs, tests/secrets.rs): every test drives
//! the real `qsy` binary against a fresh store in its own temporary directory, with the job
//! clock (`QSY_CLOCK`) pinned where time matters, and every run is recorded so that the
//! secrets test can search all of them afterwards.
#![allow(dead_code)]

use hmac::{Hmac, Mac};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::process::Command;
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

/// One finished run of `qsy`.
#[derive(Clone, Debug)]
pub struct Run {
    /// The arguments after `qsy`.
    pub args: Vec<String>,
    /// Standard input given, if any.
    pub stdin: Option<String>,
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

    /// Whether this run used `--output json`.
    pub fn is_json(&self) -> bool {
        self.args
            .windows(2)
            .any(|w| w[0] == "--output" && w[1] == "json")
    }
}

/// The IDs of the messages in a JSON document.
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

/// The ID of the escape message of a JSON document, if any.
pub fn escape_id(doc: &Value) -> Option<String> {
    doc["messages"].as_array().and_then(|m| {
        m.iter()
            .find(|x| x["type"] == "escape")
            .and_then(|x| x["id"].as_str().map(str::to_string))
    })
}

/// A CL quoted string: `'text'` with quotes doubled.
pub fn q(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// A simulated system in a temporary directory, with a job clock and a log of every run.
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
            clock: Cell::new(None),
            log: RefCell::new(Vec::new()),
        }
    }
}

impl Sys {
    /// A fresh system (created by its first command).
    pub fn new() -> Self {
        Self::default()
    }

    /// The store file.
    pub fn store(&self) -> PathBuf {
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

    /// Every run so far.
    pub fn log(&self) -> Vec<Run> {
        self.log.borrow().clone()
    }

    fn command(&self) -> Command {
        let mut c = Command::new(QSY);
        c.env("QSY_SYSTEM", self.store())
            .env("QSY_LOCK_WAIT", "10")
            .env("XDG_DATA_HOME", self.dir.path().join("xdg"))
            .env("NO_COLOR", "1")
            .env_remove("QSY_USER")
            .env_remove("QSY_OUTPUT")
            .env_remove("QSY_CLOCK")
            .current_dir(self.dir.path());
        if let Some(t) = self.clock.get() {
            c.env("QSY_CLOCK", t.to_string());
        }
        c
    }

    fn exec(&self, args: &[&str], stdin: Option<&str>) -> Run {
        let mut c = self.command();
        c.args(args);
        let out = match stdin {
            Some(text) => {
                use std::io::Write;
                use std::process::Stdio;
                let mut child = c
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("qsy starts");
                child
                    .stdin
                    .take()
                    .unwrap()
                    .write_all(text.as_bytes())
                    .expect("write stdin");
                child.wait_with_output().expect("qsy runs")
            }
            None => c
                .stdin(std::process::Stdio::null())
                .output()
                .expect("qsy runs"),
        };
        let run = Run {
            args: args.iter().map(|s| s.to_string()).collect(),
            stdin: stdin.map(str::to_string),
            clock: self.clock.get(),
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        self.log.borrow_mut().push(run.clone());
        run
    }

    /// Runs `qsy ARGS…`, whatever the outcome.
    pub fn run(&self, args: &[&str]) -> Run {
        self.exec(args, None)
    }

    /// Runs `qsy ARGS…` with `stdin`.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.exec(args, Some(stdin))
    }

    /// Runs a command that must exit 0.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(r.code, 0, "should succeed:\n{}", r.show());
        r
    }

    /// Runs `qsy --output json ARGS…` and returns the document and the run.
    pub fn json(&self, args: &[&str]) -> (Value, Run) {
        let mut all = vec!["--output", "json"];
        all.extend_from_slice(args);
        let r = self.run(&all);
        (r.doc(), r)
    }

    /// Like [`Sys::json`] with `stdin`.
    pub fn json_stdin(&self, args: &[&str], stdin: &str) -> (Value, Run) {
        let mut all = vec!["--output", "json"];
        all.extend_from_slice(args);
        let r = self.run_stdin(&all, stdin);
        (r.doc(), r)
    }

    /// A JSON run that must exit 0; returns the document.
    pub fn json_ok(&self, args: &[&str]) -> Value {
        let (doc, r) = self.json(args);
        assert_eq!(r.code, 0, "should succeed:\n{}", r.show());
        doc
    }

    /// A JSON run that must exit `code` with escape message `id`; returns the document.
    pub fn json_fails(&self, args: &[&str], code: i32, id: &str) -> Value {
        let (doc, r) = self.json(args);
        assert_eq!(r.code, code, "should exit {code} with {id}:\n{}", r.show());
        assert_eq!(
            escape_id(&doc).as_deref(),
            Some(id),
            "wrong escape message:\n{}",
            r.show()
        );
        doc
    }

    /// A CL script (written to a file in the temp dir) run with `qsy run`.
    pub fn script(&self, name: &str, text: &str) -> Run {
        self.script_as("QSECOFR", name, text)
    }

    /// Like [`Sys::script`], the job running as `user`.
    pub fn script_as(&self, user: &str, name: &str, text: &str) -> Run {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write script");
        self.run(&["--user", user, "run", path.to_str().unwrap()])
    }

    /// DSPUSRPRF NAME as JSON, run as `as_user`.
    pub fn usrprf_as(&self, as_user: &str, name: &str) -> Value {
        let doc = self.json_ok(&["--user", as_user, "DSPUSRPRF", name]);
        assert_eq!(doc["user_profile"], name, "{doc}");
        doc
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
            .unwrap_or_else(|| panic!("no entries list: {doc}"))
            .clone()
    }

    /// The audit journal as QSECOFR_NC (never denied or disabled).
    pub fn journal(&self, types: &[&str]) -> Vec<Value> {
        self.journal_as("QSECOFR_NC", types)
    }

    /// The PW entries about `user`, as QSECOFR.
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

    /// SIGNON USER(user) PASSWORD('password') [ADLFAC(code)] with --output json.
    pub fn signon(&self, user: &str, password: &str, adlfac: Option<&str>) -> (Value, Run) {
        let pw = format!("PASSWORD({})", q(password));
        let fac = adlfac.map(|f| format!("ADLFAC({})", q(f)));
        let mut args = vec!["SIGNON", user, pw.as_str()];
        if let Some(f) = fac.as_deref() {
            args.push(f);
        }
        self.json(&args)
    }

    /// A SIGNON that must succeed.
    pub fn signon_ok(&self, user: &str, password: &str, adlfac: Option<&str>) -> Value {
        let (doc, r) = self.signon(user, password, adlfac);
        assert_eq!(r.code, 0, "SIGNON should succeed:\n{}", r.show());
        assert!(
            ids(&doc).contains(&"QSY0085".to_string()),
            "no 'signed on' message:\n{}",
            r.show()
        );
        doc
    }

    /// A SIGNON that must fail (exit 1) with escape `id`; returns the document.
    pub fn signon_fails(
        &self,
        user: &str,
        password: &str,
        adlfac: Option<&str>,
        id: &str,
    ) -> Value {
        let (doc, r) = self.signon(user, password, adlfac);
        assert_eq!(r.code, 1, "SIGNON should fail with {id}:\n{}", r.show());
        assert_eq!(
            escape_id(&doc).as_deref(),
            Some(id),
            "wrong message:\n{}",
            r.show()
        );
        doc
    }

    /// A SIGNON that must fail with CPF22E2 and write one PW entry with violation `viol`.
    pub fn signon_refused(&self, user: &str, password: &str, adlfac: Option<&str>, viol: &str) {
        let before = self.pw_entries(user).len();
        self.signon_fails(user, password, adlfac, "CPF22E2");
        let after = self.pw_entries(user);
        assert_eq!(
            after.len(),
            before + 1,
            "one PW entry per refused sign-on: {after:?}"
        );
        assert_eq!(
            after.last().unwrap()["violation_type"],
            viol,
            "violation type: {after:?}"
        );
    }

    /// The store file's bytes.
    pub fn store_bytes(&self) -> Vec<u8> {
        std::fs::read(self.store()).expect("store file")
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

/// Whether `text` is 32 characters of the RFC 4648 base32 alphabet.
pub fn is_base32_key(text: &str) -> bool {
    text.len() == 32
        && text
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
}

/// RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) of a base32 key at Unix time `t`, computed here
/// independently of qsy's own code.
pub fn totp(key_b32: &str, t: i64) -> String {
    let key =
        base32::decode(base32::Alphabet::Rfc4648 { padding: false }, key_b32).expect("base32 key");
    let mut mac = <Hmac<sha1::Sha1> as Mac>::new_from_slice(&key).unwrap();
    mac.update(&((t / 30) as u64).to_be_bytes());
    let h = mac.finalize().into_bytes();
    let o = (h[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([h[o], h[o + 1], h[o + 2], h[o + 3]]) & 0x7fff_ffff;
    format!("{:06}", bin % 1_000_000)
}

/// Runs an external program; panics (the test fails) when it cannot be started.
pub fn external(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program).args(args).output().unwrap_or_else(|e| {
        panic!("{program} is required for this test and could not be run ({e}); install it (.ci/run does)")
    })
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
