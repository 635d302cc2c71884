//! Shared helpers for the command-level integration tests: every test runs the real `qsy`
//! binary against a fresh store in its own temporary directory (DESIGN §1, tests/).
#![allow(dead_code)]

use serde_json::Value;
use std::path::PathBuf;
use std::process::Output;
use tempfile::TempDir;

/// Path of the binary under test.
pub const QSY: &str = env!("CARGO_BIN_EXE_qsy");

/// A simulated system: a temporary directory holding `sys.redb`.
pub struct Sys {
    /// The temporary directory (deleted when the test ends).
    pub dir: TempDir,
}

impl Default for Sys {
    fn default() -> Self {
        Sys {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }
}

impl Sys {
    /// A fresh system (the store is created by the first command).
    pub fn new() -> Self {
        Self::default()
    }

    /// The store file.
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("sys.redb")
    }

    /// A `qsy` command for this system: QSY_SYSTEM set, QSY_USER/QSY_OUTPUT/QSY_CLOCK
    /// removed, QSY_LOCK_WAIT 10 seconds, XDG_DATA_HOME inside the temp dir.
    pub fn qsy(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::new(QSY);
        c.env("QSY_SYSTEM", self.path())
            .env_remove("QSY_USER")
            .env_remove("QSY_OUTPUT")
            .env_remove("QSY_CLOCK")
            .env("QSY_LOCK_WAIT", "10")
            .env("XDG_DATA_HOME", self.dir.path().join("xdg"))
            .current_dir(self.dir.path());
        c
    }

    /// Runs `qsy ARGS…` and returns its output (whatever the exit code).
    pub fn run(&self, args: &[&str]) -> Output {
        self.qsy().args(args).output().expect("qsy runs")
    }

    /// Runs `qsy ARGS…` with `stdin` as standard input.
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Output {
        self.qsy()
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .expect("qsy runs")
    }

    /// Runs `qsy --output json ARGS…` and parses the one JSON document it prints
    /// (success or failure).
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self
            .qsy()
            .arg("--output")
            .arg("json")
            .args(args)
            .output()
            .expect("qsy runs");
        parse_json(&out, args)
    }

    /// Like [`Sys::json`] with `stdin` as standard input.
    pub fn json_stdin(&self, args: &[&str], stdin: &str) -> (Value, Output) {
        let out = self
            .qsy()
            .arg("--output")
            .arg("json")
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .expect("qsy runs");
        (parse_json(&out, args), out)
    }

    /// Runs a command that must succeed (exit 0); returns its output.
    pub fn ok(&self, args: &[&str]) -> Output {
        let out = self.run(args);
        assert_eq!(code(&out), 0, "qsy {args:?} should succeed\n{}", show(&out));
        out
    }

    /// Runs a command as `--user USER` that must succeed.
    pub fn ok_as(&self, user: &str, args: &[&str]) -> Output {
        let mut all = vec!["--user", user];
        all.extend_from_slice(args);
        self.ok(&all)
    }

    /// Runs a command that must fail with exit code `exit` and message `id` on stderr.
    pub fn fails(&self, args: &[&str], exit: i32, id: &str) -> Output {
        let out = self.run(args);
        assert_eq!(
            code(&out),
            exit,
            "qsy {args:?} should exit {exit}\n{}",
            show(&out)
        );
        assert!(
            stderr(&out).contains(id),
            "qsy {args:?} should report {id} on stderr\n{}",
            show(&out)
        );
        out
    }

    /// Runs a command as `--user USER` that must fail with `exit` and `id`.
    pub fn fails_as(&self, user: &str, args: &[&str], exit: i32, id: &str) -> Output {
        let mut all = vec!["--user", user];
        all.extend_from_slice(args);
        self.fails(&all, exit, id)
    }

    /// The store file's bytes (for byte-for-byte "unchanged" checks).
    pub fn store_bytes(&self) -> Vec<u8> {
        std::fs::read(self.path()).expect("store file exists")
    }

    /// Makes sure the store exists (a read-only display creates it).
    pub fn init(&self) {
        self.ok(&["DSPSECA"]);
        assert!(self.path().exists(), "the store was not created");
    }

    /// `qsy ipl`, which must succeed; returns its JSON document.
    pub fn ipl(&self) -> Value {
        let out = self
            .qsy()
            .args(["--output", "json", "ipl"])
            .output()
            .expect("qsy runs");
        assert_eq!(code(&out), 0, "qsy ipl should succeed\n{}", show(&out));
        let doc = parse_json(&out, &["ipl"]);
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

    /// DSPUSRPRF NAME as JSON (as QSECOFR); the command must succeed.
    pub fn usrprf(&self, name: &str) -> Value {
        let doc = self.json(&["DSPUSRPRF", name]);
        assert_eq!(doc["user_profile"], name, "DSPUSRPRF {name}: {doc}");
        doc
    }

    /// The audit journal entries of the given types (all types when empty).
    pub fn journal(&self, types: &[&str]) -> Vec<Value> {
        let mut args = vec!["DSPJRN".to_string(), "JRN(QAUDJRN)".to_string()];
        if !types.is_empty() {
            args.push(format!("ENTTYP({})", types.join(" ")));
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let doc = self.json(&refs);
        doc["entries"]
            .as_array()
            .unwrap_or_else(|| panic!("DSPJRN has no entries list: {doc}"))
            .clone()
    }

    /// SIGNON USER PASSWORD, password given on standard input; returns the output.
    pub fn signon(&self, user: &str, password: &str) -> Output {
        self.run_stdin(
            &["SIGNON", user, "--password-stdin"],
            &format!("{password}\n"),
        )
    }

    /// A SIGNON that must succeed.
    pub fn signon_ok(&self, user: &str, password: &str) {
        let out = self.signon(user, password);
        assert_eq!(
            code(&out),
            0,
            "SIGNON {user} should succeed\n{}",
            show(&out)
        );
    }

    /// A SIGNON that must fail with `id` (exit 1).
    pub fn signon_fails(&self, user: &str, password: &str, id: &str) -> Output {
        let out = self.signon(user, password);
        assert_eq!(
            code(&out),
            1,
            "SIGNON {user} should fail with {id}\n{}",
            show(&out)
        );
        assert!(
            stderr(&out).contains(id),
            "SIGNON {user} should report {id}\n{}",
            show(&out)
        );
        out
    }
}

fn parse_json(out: &Output, args: &[&str]) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "qsy --output json {args:?} did not print one JSON document ({e})\n{}",
            show(out)
        )
    })
}

/// The exit code (-1 when killed by a signal).
pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Exit code, stdout and stderr, for assertion messages.
pub fn show(out: &Output) -> String {
    format!(
        "exit: {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        stdout(out),
        stderr(out)
    )
}

/// A JSON scalar as text (strings without quotes, numbers as digits).
pub fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The IDs of the messages of a JSON document.
pub fn message_ids(doc: &Value) -> Vec<String> {
    doc["messages"]
        .as_array()
        .map(|m| {
            m.iter()
                .filter_map(|x| x["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a JSON document carries message `id`.
pub fn has_message(doc: &Value, id: &str) -> bool {
    message_ids(doc).iter().any(|m| m == id)
}

/// Whether `text` contains an IBM-style message ID (CPD…, CPF…, CPC…, QSY…) followed by ':'.
pub fn has_message_id(text: &str) -> bool {
    text.lines().any(|l| {
        let b = l.as_bytes();
        b.len() >= 8
            && (l.starts_with("CP") || l.starts_with("QSY"))
            && b[..7]
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && b[7] == b':'
    })
}

/// The list of strings in a JSON array.
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(scalar).collect())
        .unwrap_or_default()
}
