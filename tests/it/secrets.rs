//! DESIGN §10 secrets test: a full rehearsal, then every output, error, journal entry and
//! every file of the system (the store among them) is searched for every password, TOTP
//! key, recovery key and code used.
//!
//! The only place a key or recovery key may appear as text is the CHGTOTPKEY output that set
//! it. A code may appear in no output at all (only `qsy totp`, which none of these runs,
//! prints codes). Files are searched for the keys as text and as the 20 bytes they decode
//! to, since that is how the store holds a TOTP key: a key that is set may be in the store
//! (it must be, to verify codes: DESIGN §6), nowhere else; a recovery key, a refused key or a
//! key that has been replaced or removed may be in no file.

use crate::harness::*;

/// What a rehearsal used, and which runs may show which keys.
#[derive(Default)]
struct Secrets {
    /// Passwords, as typed (searched as typed, upper- and lower-cased).
    passwords: Vec<String>,
    /// TOTP keys and recovery keys (base32 text), each with the index of the one run
    /// (in `Sys::log`) that is allowed to show it.
    keys: Vec<(String, usize)>,
    /// Other secret strings never to be shown (a refused key, for example).
    other: Vec<String>,
    /// The TOTP keys still set when the rehearsal ends: the store may hold their bytes.
    live: Vec<String>,
    /// TOTP values used (6 digits).
    codes: Vec<String>,
}

impl Secrets {
    fn password_forms(&self) -> Vec<String> {
        let mut v = Vec::new();
        for p in &self.passwords {
            for f in [p.clone(), p.to_uppercase(), p.to_lowercase()] {
                if !v.contains(&f) {
                    v.push(f);
                }
            }
        }
        v
    }

    fn add_code(&mut self, code: String) {
        assert_eq!(code.len(), 6);
        if !self.codes.contains(&code) {
            self.codes.push(code);
        }
    }
}

/// The index of the last run in the log.
fn last(sys: &Sys) -> usize {
    sys.log().len() - 1
}

/// Whether a run prints TOTP codes by design (`qsy totp`).
fn generates_codes(r: &Run) -> bool {
    r.args.iter().any(|a| a == "totp")
}

/// Checks every run of the log and every file of the system against the secrets.
/// `panel_ok` lists runs whose stdout may show a key only on the CHGTOTPKEY panel lines
/// (scripts that run CHGTOTPKEY); those lines are cut before searching.
fn check_no_leak(sys: &Sys, s: &Secrets, panel_ok: &[usize]) {
    let log = sys.log();
    let pw = s.password_forms();
    let mut problems = Vec::new();
    for (i, r) in log.iter().enumerate() {
        let where_ = |stream: &str| format!("run {i} qsy {:?} {stream}", r.args);
        // stderr: nothing secret, ever.
        for p in pw
            .iter()
            .chain(&s.other)
            .chain(s.keys.iter().map(|(k, _)| k))
        {
            if r.stderr.contains(p.as_str()) {
                problems.push(format!(
                    "{} contains secret {p:?}:\n{}",
                    where_("stderr"),
                    r.stderr
                ));
            }
        }
        for c in &s.codes {
            if contains_code(&r.stderr, c) {
                problems.push(format!(
                    "{} contains code {c}:\n{}",
                    where_("stderr"),
                    r.stderr
                ));
            }
        }
        // stdout: passwords never; keys only in the run that generated them.
        let stdout = if panel_ok.contains(&i) {
            r.stdout
                .lines()
                .filter(|l| {
                    let t = l.trim_start();
                    !(t.starts_with("TOTP key  .")
                        || t.starts_with("Recovery key  .")
                        || t.starts_with("Key URI ."))
                })
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            r.stdout.clone()
        };
        for p in pw.iter().chain(&s.other) {
            if stdout.contains(p.as_str()) {
                problems.push(format!(
                    "{} contains secret {p:?}:\n{stdout}",
                    where_("stdout")
                ));
            }
        }
        for (k, allowed) in &s.keys {
            if *allowed != i && stdout.contains(k.as_str()) {
                problems.push(format!(
                    "{} shows a key/recovery key {k:?} (allowed only in run {allowed}):\n{stdout}",
                    where_("stdout")
                ));
            }
        }
        // Codes: in no run's output (but one that prints codes by design).
        if !generates_codes(r) {
            for c in &s.codes {
                if contains_code(&stdout, c) {
                    problems.push(format!("{} contains code {c}:\n{stdout}", where_("stdout")));
                }
            }
        }
    }
    // The generating runs did show their keys (the check above is not vacuous).
    for (k, allowed) in &s.keys {
        assert!(
            log[*allowed].stdout.contains(k.as_str()),
            "run {allowed} should show {k}: {}",
            log[*allowed].show()
        );
    }
    // Every file of the system (store, save files, anything else qsy wrote), but not the
    // scripts the test wrote.
    let secrets: Vec<&String> = s.keys.iter().map(|(k, _)| k).chain(&s.other).collect();
    for f in files_under(sys.dir.path()) {
        if f.extension().is_some_and(|e| e == "clp") {
            continue;
        }
        let bytes = std::fs::read(&f).unwrap();
        let name = f.display().to_string();
        let is_store = f == sys.path();
        for p in &pw {
            if bytes_contain(&bytes, p.as_bytes()) {
                problems.push(format!("{name} holds password {p:?} in clear"));
            }
        }
        for k in &secrets {
            if bytes_contain(&bytes, k.as_bytes())
                || bytes_contain(&bytes, k.to_lowercase().as_bytes())
            {
                problems.push(format!("{name} holds {k:?} as text"));
            }
            if is_base32_key(k) {
                let raw = key_bytes(k);
                assert_eq!(raw.len(), 20, "{k} decodes to 160 bits");
                let allowed = is_store && s.live.contains(*k);
                if !allowed && bytes_contain(&bytes, &raw) {
                    problems.push(format!(
                        "{name} holds the bytes of {k:?}{}",
                        if is_store {
                            " (not a key that is set)"
                        } else {
                            ""
                        }
                    ));
                }
            }
        }
        for c in &s.codes {
            if bytes_contain(&bytes, c.as_bytes()) {
                problems.push(format!("{name} holds code {c} as text"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} leak(s):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

/// DSPJRN (text, JSON, YAML), DSPUSRPRF of each profile (text, JSON), DSPAUTUSR, as
/// QSECOFR_NC (which is never denied or disabled).
fn display_everything(sys: &Sys, users: &[&str]) {
    for fmt in ["text", "json", "yaml"] {
        sys.ok(&[
            "--user",
            "QSECOFR_NC",
            "--output",
            fmt,
            "DSPJRN",
            "JRN(QAUDJRN)",
        ]);
        sys.ok(&["--user", "QSECOFR_NC", "--output", fmt, "DSPAUTUSR"]);
        for u in users {
            sys.ok(&["--user", "QSECOFR_NC", "--output", fmt, "DSPUSRPRF", u]);
        }
    }
    sys.ok(&[
        "--user",
        "QSECOFR_NC",
        "DSPJRN",
        "JRN(QAUDJRN)",
        "ENTTYP(PW)",
    ]);
}

#[test]
fn shell_rehearsal_leaks_no_secret() {
    let sys = Sys::new();
    let mut s = Secrets::default();
    let (js0, js2, aj0, aj2, sec) = (
        "QZJS7W",
        "Violet-Kestrel-83",
        "AJQ9X3",
        "Copper-Lynx-62",
        "Amber-Quokka-415",
    );
    s.passwords
        .extend([js0, js2, aj0, aj2, sec].map(String::from));
    reach_mfa_users(
        &sys,
        &[("JSMITH", js0, js2), ("AJONES", aj0, aj2)],
        Some(sec),
    );
    // A clock whose codes are checked against the outputs.
    let t = T0 + 7_777;
    sys.set_clock(t);

    // JSMITH generates a key (JSON); AJONES's own key is set through SBMJOB in a script.
    let doc = sys.set_key("JSMITH", "*GEN");
    let gen1 = last(&sys);
    let k1 = doc["totp_key"].as_str().unwrap().to_string();
    let r1 = doc["recovery_key"].as_str().unwrap().to_string();
    s.keys.push((k1.clone(), gen1));
    s.keys.push((r1.clone(), gen1));
    let k2 = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U";
    let r = sys.script(
        "key.clp",
        &format!(
            "PGM\n  SBMJOB CMD(CHGTOTPKEY TOTPKEY({})) USER(AJONES)\nENDPGM\n",
            q(k2)
        ),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    let gen2 = last(&sys);
    let r2 = r
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("Recovery key"))
        .and_then(|l| l.rsplit(':').next())
        .map(|x| x.trim().to_string())
        .expect("recovery key shown");
    assert!(is_base32_key(&r2), "{r2:?}");
    s.keys.push((k2.to_string(), gen2));
    s.keys.push((r2.clone(), gen2));
    // AJONES keeps this key to the end.
    s.live.push(k2.to_string());
    // A refused key typed by a user.
    let bad = "NBSWY3DPEB3W64TMMQQGC3DTN5XGSZ3";
    s.other.push(bad.to_string());
    let (_, r) = sys.json_run(&[
        "--user",
        "JSMITH",
        "CHGTOTPKEY",
        &format!("TOTPKEY({})", q(bad)),
    ]);
    r.refused_json(1, "QSY0097");
    let (_, r) = sys.json_run(&[
        "--user",
        "JSMITH",
        "CHGTOTPKEY",
        &format!("TOTPKEY({})", q(&format!("{bad}1"))),
    ]);
    r.refused_json(1, "QSY0097");

    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)", "TOTPOPTITV(5)"]);
    sys.ok(&["CHGUSRPRF", "AJONES", "AUTHMTH(*TOTP *REGFAC)"]);
    let c1 = totp(&k1, t);
    let c1_prev = totp(&k1, t - 30);
    let c1_far = totp(&k1, t + 300);
    let c2 = totp(k2, t);
    let c2_far = totp(k2, t - 600);
    for c in [&c1, &c1_prev, &c1_far, &c2, &c2_far] {
        s.add_code(c.clone());
    }

    // CHKTOTP, good and bad, text and JSON, argv and stdin.
    sys.ok(&[
        "--user",
        "JSMITH",
        "CHKTOTP",
        &format!("PASSWORD({})", q(js2)),
        &format!("TOTPVAL({c1})"),
    ]);
    let r = sys.run_stdin(
        &["--user", "JSMITH", "CHKTOTP", "--password-stdin"],
        &format!("{js2}:{c1_prev}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    let (_, r) = sys.json_run(&[
        "--user",
        "JSMITH",
        "CHKTOTP",
        &format!("PASSWORD({})", q(js2)),
        &format!("TOTPVAL({c1_far})"),
    ]);
    assert_eq!(r.code, 1, "{}", r.show());
    let r = sys.run(&[
        "--user",
        "JSMITH",
        "CHKTOTP",
        &format!("PASSWORD({})", q(&format!("{aj2}:{c1}"))),
    ]);
    assert_eq!(r.code, 1, "{}", r.show());

    // Sign-ons: password:code, ADLFAC, stdin; refusals in text and JSON.
    sys.signon_ok("JSMITH", &format!("{js2}:{c1}"), None);
    sys.signon_ok("AJONES", aj2, Some(&c2));
    let r = sys.run_stdin(
        &["SIGNON", "AJONES", "--password-stdin"],
        &format!("{aj2}:{c2}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    sys.signon_fails("AJONES", &format!("{aj2}:{c2_far}"), None, "CPF22E2");
    let r = sys.run(&[
        "SIGNON",
        "AJONES",
        &format!("PASSWORD({})", q(aj2)),
        &format!("ADLFAC({c2_far})"),
    ]);
    assert_eq!(r.code, 1, "{}", r.show());
    let r = sys.run_stdin(
        &["SIGNON", "JSMITH", "--password-stdin"],
        &format!("{aj2}:{c1}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());
    let (_, r) = sys.json_stdin(
        &["SIGNON", "JSMITH", "--password-stdin"],
        &format!("{js2}:{c1_far}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());
    // The third failure disables AJONES (CPF1393).
    let SignOn { doc, .. } = sys.signon("AJONES", aj2, Some(&c2_far));
    assert_eq!(escape_id(&doc).as_deref(), Some("CPF1393"), "{doc}");
    let r = sys.run(&[
        "SIGNON",
        "AJONES",
        &format!("PASSWORD({})", q(&format!("{aj2}:{c2}"))),
    ]);
    assert_eq!(r.code, 1, "{}", r.show());
    sys.ok(&["CHGUSRPRF", "AJONES", "STATUS(*ENABLED)"]);

    // Jobs with credentials; function usage.
    sys.ok(&[
        "CHGFCNUSG",
        "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
        "USER(JSMITH)",
        "USAGE(*DENIED)",
    ]);
    let (_, r) = sys.json_run(&["--user", "JSMITH", "DSPUSRPRF", "JSMITH"]);
    assert_eq!(r.code, 1, "{}", r.show());
    let r = sys.run_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "DSPUSRPRF",
            "JSMITH",
        ],
        &format!("{js2}:{c1}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    let (_, r) = sys.json_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "DSPUSRPRF",
            "JSMITH",
        ],
        &format!("{js2}:{c1_far}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());

    // Password changes, good and bad.
    let js4 = "Granite-Otter-907";
    s.passwords.push(js4.to_string());
    let r = sys.run_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "CHGPWD",
            &format!("CURPWD({})", q(js2)),
            &format!("NEWPWD({})", q(js4)),
        ],
        &format!("{js2}:{c1}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    let wrong_new = "Never-Set-Pwd-55";
    s.passwords.push(wrong_new.to_string());
    let (_, r) = sys.json_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "CHGPWD",
            &format!("CURPWD({})", q(aj2)),
            &format!("NEWPWD({})", q(wrong_new)),
        ],
        &format!("{js4}:{c1}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());
    let too_long = format!("Zq9-{}", "y".repeat(130));
    s.other.push(too_long.clone());
    let (_, r) = sys.json_run(&[
        "CRTUSRPRF",
        "USRPRF(BADPW)",
        &format!("PASSWORD({})", q(&too_long)),
    ]);
    r.refused_json(2, "QSY0006");
    let star = "*Star-Pass-Word-1";
    s.passwords.push(star.to_string());
    let (_, r) = sys.json_run(&[
        "CRTUSRPRF",
        "USRPRF(BADPW)",
        &format!("PASSWORD({})", q(star)),
    ]);
    r.refused_json(1, "QSY0091");

    // The optional interval: password alone, then too late.
    sys.set_clock(t + 120);
    sys.signon_ok("JSMITH", js4, None);
    sys.set_clock(t + 900);
    let r = sys.run(&["SIGNON", "JSMITH", &format!("PASSWORD({})", q(js4))]);
    assert_eq!(r.code, 1, "{}", r.show());

    // The recovery key, used once in a job that sets a new key at once (the user's way
    // back), then again (refused).
    let r = sys.run_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "CHGTOTPKEY",
            "TOTPKEY(*GEN)",
        ],
        &format!("{js4}:{r1}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    let gen3 = last(&sys);
    for line in r.stdout.lines() {
        let l = line.trim_start();
        if l.starts_with("TOTP key  .") || l.starts_with("Recovery key  .") {
            let v = l.rsplit(':').next().unwrap().trim().to_string();
            assert!(is_base32_key(&v), "{v:?}");
            if l.starts_with("TOTP key") {
                // JSMITH's key from now on.
                s.live.push(v.clone());
            }
            s.keys.push((v, gen3));
        }
    }
    let (_, r) = sys.json_run(&[
        "SIGNON",
        "JSMITH",
        &format!("PASSWORD({})", q(&format!("{js4}:{r1}"))),
    ]);
    assert_eq!(r.code, 1, "{}", r.show());
    let r = sys.run(&[
        "SIGNON",
        "JSMITH",
        &format!("PASSWORD({})", q(js4)),
        &format!("ADLFAC({r1})"),
    ]);
    assert_eq!(r.code, 1, "{}", r.show());

    // QSECOFR: key, lock-out, DST, expired password changed through stdin.
    let k3 = "ONSWG4TFORZW63LFORUGS3THONSWG4TF";
    let doc = sys.set_key("QSECOFR", &q(k3));
    let gen4 = last(&sys);
    s.keys.push((k3.to_string(), gen4));
    s.keys
        .push((doc["recovery_key"].as_str().unwrap().to_string(), gen4));
    sys.ok(&["CHGUSRPRF", "QSECOFR", "AUTHMTH(*TOTP)"]);
    let c3 = totp(k3, t + 900);
    let c3_far = totp(k3, t + 2000);
    s.add_code(c3.clone());
    s.add_code(c3_far.clone());
    sys.signon_ok("QSECOFR", &format!("{sec}:{c3}"), None);
    for _ in 0..3 {
        let r = sys.run(&[
            "SIGNON",
            "QSECOFR",
            &format!("PASSWORD({})", q(&format!("{sec}:{c3_far}"))),
        ]);
        assert_eq!(r.code, 1, "{}", r.show());
    }
    sys.ok(&["dst", "reset-qsecofr"]);
    let sec2 = "Fresh-Ibis-2207";
    s.passwords.push(sec2.to_string());
    let r = sys.run_stdin(
        &[
            "--user",
            "QSECOFR",
            "--password-stdin",
            "CHGPWD",
            "CURPWD(QSECOFR)",
            &format!("NEWPWD({})", q(sec2)),
        ],
        "QSECOFR\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    sys.signon_ok("QSECOFR", sec2, None);

    display_everything(&sys, &["JSMITH", "AJONES", "QSECOFR"]);
    check_no_leak(&sys, &s, &[gen2, gen3]);
}

/// Statements of a CL source (continuations joined), comments left in.
fn cl_statements(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in text.lines() {
        let l = line.trim_end();
        if let Some(body) = l.strip_suffix('+').or_else(|| l.strip_suffix('-')) {
            cur.push_str(body);
            cur.push(' ');
        } else {
            cur.push_str(l);
            out.push(std::mem::take(&mut cur));
        }
    }
    out
}

#[test]
fn example_scripts_print_no_secret_in_their_own_messages() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (file, vars) in [
        (
            "examples/rollout.clp",
            ["&USERKEY", "&USERPWD", "&CODE", "&WRONG"],
        ),
        ("examples/lockout.clp", ["&KEY", "&PWD", "&CODE", "&NEWPWD"]),
    ] {
        let text = std::fs::read_to_string(format!("{root}/{file}")).expect("example script");
        let mut checked = 0;
        for st in cl_statements(&text) {
            let upper = st.to_ascii_uppercase();
            if let Some(i) = upper.find("SNDPGMMSG") {
                checked += 1;
                let msg = &upper[i..];
                for v in vars {
                    // &CODE must not match &CODES etc.: require a non-name character after it.
                    let hit = msg.match_indices(v).any(|(j, _)| {
                        !msg[j + v.len()..]
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                    });
                    assert!(
                        !hit,
                        "{file}: SNDPGMMSG prints the secret variable {v}: {st}"
                    );
                }
            }
        }
        assert!(
            checked > 3,
            "{file}: expected SNDPGMMSG statements, found {checked}"
        );
    }
}

#[test]
fn rollout_and_lockout_scripts_leak_no_secret() {
    let sys = Sys::new();
    let root = env!("CARGO_MANIFEST_DIR");
    let t = T0 + 4_321;
    sys.set_clock(t);
    let mut s = Secrets::default();
    s.passwords.extend(
        [
            "Summer-Rain-2026",
            "JSMITH1",
            "AJONES1",
            "Blue-Harbour-88",
            "Keep-It-Secret-76",
            "Winter-Frost-2027",
        ]
        .map(String::from),
    );
    let user_key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    let secofr_key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    for k in [user_key, secofr_key] {
        for dt in [-30, 0, 30] {
            s.add_code(totp(k, t + dt));
        }
    }
    let r = sys.run(&["run", &format!("{root}/examples/rollout.clp")]);
    assert_eq!(r.code, 0, "examples/rollout.clp:\n{}", r.show());
    let rollout = last(&sys);
    let r = sys.run(&["run", &format!("{root}/examples/lockout.clp")]);
    assert_eq!(r.code, 0, "examples/lockout.clp:\n{}", r.show());
    let lockout = last(&sys);
    // The CHGTOTPKEY panels are the only place the keys show: once in each script.
    let log = sys.log();
    for (run, key) in [(rollout, user_key), (lockout, secofr_key)] {
        let out = &log[run].stdout;
        let panel_lines = out
            .lines()
            .filter(|l| l.trim_start().starts_with("TOTP key  ."))
            .count();
        assert_eq!(panel_lines, 1, "one CHGTOTPKEY panel in run {run}:\n{out}");
        assert!(out.contains(key));
        let rec = out
            .lines()
            .find(|l| l.trim_start().starts_with("Recovery key"))
            .and_then(|l| l.rsplit(':').next())
            .map(|x| x.trim().to_string())
            .expect("recovery key shown");
        assert!(is_base32_key(&rec), "{rec:?}");
        s.keys.push((rec, run));
    }
    // The script keys are in the script sources; outside the panels they must not show.
    s.other.push(user_key.to_string());
    s.other.push(secofr_key.to_string());

    // The user goes on from the shell.
    let code = totp(user_key, t);
    sys.signon_ok("JSMITH", &format!("Summer-Rain-2026:{code}"), None);
    let r = sys.run_stdin(
        &["SIGNON", "JSMITH", "--password-stdin"],
        &format!("Summer-Rain-2026:{code}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    let (_, r) = sys.json_stdin(
        &["SIGNON", "JSMITH", "--password-stdin"],
        "Summer-Rain-2026\n",
    );
    assert_eq!(r.code, 1, "{}", r.show());
    let (_, r) = sys.json_run(&["SIGNON", "AJONES", "PASSWORD('Blue-Harbour-88x')"]);
    assert_eq!(r.code, 1, "{}", r.show());
    sys.ok(&["dst", "reset-qsecofr"]);
    let r = sys.run_stdin(
        &[
            "--user",
            "QSECOFR",
            "--password-stdin",
            "CHGPWD",
            "CURPWD(QSECOFR)",
            "NEWPWD('Keep-It-Secret-77')",
        ],
        "QSECOFR\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    s.passwords.push("Keep-It-Secret-77".to_string());
    display_everything(&sys, &["JSMITH", "AJONES", "BATCHSVC", "QSECOFR"]);

    // Text the scripts themselves print may not show keys either: only panel lines are cut.
    let panel_runs = [rollout, lockout];
    // In the script runs, the keys' own "allowed run" is the script run, but after the panel
    // lines are cut nothing of them may remain.
    // JSMITH keeps the rollout's key; QSECOFR's is removed by the DST reset.
    let mut strict = Secrets {
        passwords: s.passwords.clone(),
        keys: Vec::new(),
        other: s.other.clone(),
        live: vec![user_key.to_string()],
        codes: s.codes.clone(),
    };
    for (k, _) in &s.keys {
        strict.other.push(k.clone());
    }
    check_no_leak(&sys, &strict, &panel_runs);
}

#[test]
fn malformed_secret_values_are_not_echoed() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    // Passwords a user might type in the shell form that are not valid CL values.
    // (arguments, the secret, the usage error's message)
    let cases: [(&[&str], &str, &str); 5] = [
        (
            &["SIGNON", "JSMITH", "Opal/Heron-58:481516"],
            "Opal/Heron-58",
            "QSY0003",
        ),
        (
            &["SIGNON", "JSMITH", "*Opal-Heron-59:481516"],
            "Opal-Heron-59",
            "QSY0011",
        ),
        (
            &["SIGNON", "USER(JSMITH)", "PASSWORD(Opal/Heron-60)"],
            "Opal/Heron-60",
            "QSY0003",
        ),
        (
            &[
                "--user",
                "JSMITH",
                "CHGPWD",
                "CURPWD(JSMITH1)",
                "NEWPWD(Opal/Heron-61)",
            ],
            "Opal/Heron-61",
            "QSY0003",
        ),
        (
            &[
                "--user",
                "JSMITH",
                "CHGPWD",
                "CURPWD(JSMITH1)",
                "NEWPWD(*OpalHeron62)",
            ],
            "OpalHeron62",
            "QSY0011",
        ),
    ];
    let mut leaks = Vec::new();
    for (args, secret, id) in cases {
        for json in [false, true] {
            let r = if json {
                let mut all = vec!["--output", "json"];
                all.extend_from_slice(args);
                let r = sys.run(&all);
                r.refused_json(2, id);
                r
            } else {
                let r = sys.run(args);
                r.refused(2, id);
                r
            };
            let all = format!("{}{}", r.stdout, r.stderr).to_uppercase();
            if all.contains(&secret.to_uppercase()) || all.contains("481516") {
                leaks.push(r.show());
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "error messages echo the secret value:\n\n{}",
        leaks.join("\n\n")
    );
}

/// A secret typed without its keyword, or with a parenthesis in it, is not CL a parser can
/// read as a value: the error must not print any part of it as a "keyword", a "word" or a
/// "parameter" — in one argument, split by the shell, and in a script (`--check` and run).
#[test]
fn secrets_mistyped_into_cl_syntax_are_not_echoed() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    // (CL text, the fragment of the secret that must not appear)
    let cases: [(&str, &str); 9] = [
        ("CHGPWD Summer(2026)x NEWPWD(Autumn7)", "SUMMER"),
        // Close to a real keyword (STATUS), so a "did you mean" hint is tempting: the
        // value is no special value of STATUS, so no hint may echo it.
        ("CHGUSRPRF JSMITH Statuss(Equinox42)", "EQUINOX42"),
        ("CHGPWD Summer(2026x", "SUMMER"),
        (
            "CHGPWD CURPWD(Spring Winter(2026)) NEWPWD(Autumn7)",
            "WINTER",
        ),
        (
            "CHGPWD CURPWD(JSMITH1) NEWPWD(Sum-mer2026(1))",
            "SUM-MER2026",
        ),
        ("CHGPWD Sum-mer2026(1)", "SUM-MER2026"),
        ("SIGNON JSMITH Harvest(99)", "HARVEST"),
        ("SIGNON USER(JSMITH) PASSWORD(Moon Harvest(99))", "HARVEST"),
        ("CHGUSRPRF JSMITH Equinox(42)", "EQUINOX"),
    ];
    let mut leaks = Vec::new();
    for (cl, secret) in cases {
        let split: Vec<&str> = cl.split(' ').collect();
        let script = format!("PGM\n{cl}\nENDPGM\n");
        let path = sys.path().with_file_name("mistyped.clp");
        std::fs::write(&path, &script).unwrap();
        let path = path.to_str().unwrap().to_string();
        let runs = [
            sys.run(&["--user", "JSMITH", cl]),
            sys.run(&[&["--user", "JSMITH"][..], &split[..]].concat()),
            sys.run(&["--output", "json", "--user", "JSMITH", cl]),
            sys.run(&["run", "--check", &path]),
            sys.run(&["--user", "JSMITH", "run", &path]),
        ];
        for r in runs {
            assert_ne!(r.code, 0, "{cl}: accepted\n{}", r.show());
            let all = format!("{}{}", r.stdout, r.stderr).to_uppercase();
            if all.contains(secret) {
                leaks.push(r.show());
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "errors print part of a mistyped secret:\n\n{}",
        leaks.join("\n\n")
    );
}
