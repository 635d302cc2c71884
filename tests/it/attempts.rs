//! Sign-on attempts as an attacker sees them (issue 13, DESIGN §5, §6, §7.5, §7.7): every
//! not-valid attempt is counted and journalled durably before anything else happens, every
//! password-verifying front end (SIGNON, `--password-stdin`, CHGPWD, CHKTOTP) counts toward
//! QMAXSIGN, a store that cannot be written shows nothing (fail closed, no oracle), and a
//! recovery key once accepted stays used whatever the command after it does.
//!
//! The store's commits are made to fail with `QSY_FAULT=commit` (documented in README's
//! "Testing" notes): it can only make a commit fail, never let anything through.

use crate::harness::*;
use std::io::BufRead;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// The test-only fault: every commit that changes the store fails.
const FAULT: (&str, &str) = ("QSY_FAULT", "commit");

/// Runs `qsy run FILE` as `user`, waits until stdout shows a line containing `marker`,
/// then kills the process (SIGKILL): the script is stuck in an endless loop by then.
fn run_until_then_kill(sys: &Sys, user: &str, script: &str, marker: &str) {
    let path = sys.dir.path().join("guess.clp");
    std::fs::write(&path, script).unwrap();
    let mut child = sys
        .command()
        .args(["--user", user, "run", path.to_str().unwrap()])
        .spawn()
        .expect("spawn qsy");
    wait_for_line_then_kill(&mut child, marker);
}

/// Reads the child's stdout until a line contains `marker` (at most 60 s), checks that the
/// child is still running, and kills it.
fn wait_for_line_then_kill(child: &mut std::process::Child, marker: &str) {
    let out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let wanted = marker.to_string();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if line.contains(&wanted) {
                let _ = tx.send(());
            }
        }
    });
    let started = Instant::now();
    let seen = rx.recv_timeout(Duration::from_secs(60)).is_ok();
    let still_running = child.try_wait().unwrap().is_none();
    let _ = child.kill();
    let status = child.wait().unwrap();
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        let _ = e.read_to_string(&mut err);
    }
    assert!(
        seen,
        "the script never printed {marker:?} ({:?}); stderr:\n{err}",
        started.elapsed()
    );
    assert!(
        still_running,
        "the script had ended before the kill ({status:?}); stderr:\n{err}"
    );
}

/// A level-0 system with JSMITH (password PW0) and QMAXSIGN 2.
fn level0_jsmith() -> Sys {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", &format!("PASSWORD({PW0})")]);
    sys.chgsysval("QMAXSIGN", "VALUE('2')");
    sys
}

// ---------------------------------------------------------------- durable in scripts

/// A password-guessing script killed in an endless loop after its failed SIGNONs were
/// reported: the count, the PW entries and the disable are in the store (they were
/// committed before the next statement ran), not lost with the script's transaction.
#[test]
fn failed_signons_in_a_killed_script_are_counted_and_disable_the_profile() {
    let sys = level0_jsmith();
    let script = "PGM\n\
        DCL VAR(&N) TYPE(*DEC) LEN(15 0) VALUE(0)\n\
        SIGNON USER(JSMITH) PASSWORD(GUESS1)\n\
        MONMSG MSGID(CPF0000) EXEC(SNDPGMMSG MSG('first guess refused'))\n\
        SIGNON USER(JSMITH) PASSWORD(GUESS2)\n\
        MONMSG MSGID(CPF0000) EXEC(SNDPGMMSG MSG('second guess refused'))\n\
        LOOP: CHGVAR VAR(&N) VALUE(&N + 1)\n\
        GOTO CMDLBL(LOOP)\n\
        ENDPGM\n";
    run_until_then_kill(&sys, "QSECOFR", script, "second guess refused");
    let prf = sys.usrprf("JSMITH");
    assert_eq!(prf["signon_attempts_not_valid"], 2, "{prf}");
    assert_eq!(prf["status"], "*DISABLED", "QMAXSIGN 2 reached: {prf}");
    assert_eq!(sys.violations("JSMITH"), vec!["P", "P"]);
}

/// One failed SIGNON, then the loop: the first failure alone is already durable.
#[test]
fn one_failed_signon_is_durable_before_the_next_statement() {
    let sys = level0_jsmith();
    let script = "PGM\n\
        DCL VAR(&N) TYPE(*DEC) LEN(15 0) VALUE(0)\n\
        SIGNON USER(JSMITH) PASSWORD(GUESS1)\n\
        MONMSG MSGID(CPF22E2) EXEC(SNDPGMMSG MSG('guess refused'))\n\
        LOOP: CHGVAR VAR(&N) VALUE(&N + 1)\n\
        GOTO CMDLBL(LOOP)\n\
        ENDPGM\n";
    run_until_then_kill(&sys, "QSECOFR", script, "guess refused");
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 1);
    assert_eq!(sys.violations("JSMITH"), vec!["P"]);
}

/// A script job that authenticates with a recovery key, then loops and is killed: the key
/// is used up all the same.
#[test]
fn recovery_key_of_a_killed_script_job_is_used_up() {
    let sys = Sys::new();
    reach_mfa(&sys);
    let rec = sys.set_key("JSMITH", "*GEN")["recovery_key"]
        .as_str()
        .unwrap()
        .to_string();
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    sys.set_clock(T0);
    let script = "PGM\n\
        DCL VAR(&N) TYPE(*DEC) LEN(15 0) VALUE(0)\n\
        SNDPGMMSG MSG('job started')\n\
        LOOP: CHGVAR VAR(&N) VALUE(&N + 1)\n\
        GOTO CMDLBL(LOOP)\n\
        ENDPGM\n";
    let path = sys.dir.path().join("job.clp");
    std::fs::write(&path, script).unwrap();
    let mut child = sys
        .command()
        .args(["--user", "JSMITH", "--password-stdin", "run"])
        .arg(&path)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut input = child.stdin.take().unwrap();
        writeln!(input, "{PW}:{rec}").unwrap();
    }
    wait_for_line_then_kill(&mut child, "job started");
    assert_eq!(
        sys.usrprf("JSMITH")["totp_key_set"],
        false,
        "the recovery key clears the TOTP key"
    );
    sys.signon_refused("JSMITH", PW, Some(&rec), "T");
}

// ---------------------------------------------------------------- CHGPWD and CHKTOTP

/// CHGPWD CURPWD(wrong) NEWPWD(...): run as the user.
fn chgpwd(sys: &Sys, user: &str, current: &str, new: &str) -> Run {
    sys.run(&[
        "--user",
        user,
        "CHGPWD",
        &format!("CURPWD({})", q(current)),
        &format!("NEWPWD({})", q(new)),
    ])
}

/// A wrong current password on CHGPWD is a not-valid password verification attempt: PW
/// entry P, counted, and QMAXSIGN reached disables the profile (QMAXSGNACN 3) as sign-on
/// does. Not an unlimited password oracle any more.
#[test]
fn chgpwd_wrong_current_password_counts_toward_qmaxsign() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", &format!("PASSWORD({PW0})")]);
    for (n, guess) in ["GUESS1", "GUESS2"].iter().enumerate() {
        let r = sys.one_pw_entry("JSMITH", "P", || chgpwd(&sys, "JSMITH", guess, "NEWPW9"));
        r.refused(1, "CPF2362");
        assert_eq!(
            sys.usrprf("JSMITH")["signon_attempts_not_valid"],
            n as u64 + 1
        );
    }
    // The third (QMAXSIGN 3) disables the profile: CPF1393.
    let r = sys.one_pw_entry("JSMITH", "P", || chgpwd(&sys, "JSMITH", "GUESS3", "NEWPW9"));
    r.refused(1, "CPF1393");
    let prf = sys.usrprf("JSMITH");
    assert_eq!(prf["status"], "*DISABLED", "{prf}");
    // Disabled, even the right password cannot change it.
    assert_ne!(chgpwd(&sys, "JSMITH", PW0, "NEWPW9").code, 0);
    // With credentials given through --password-stdin, the same.
    sys.ok(&["CHGUSRPRF", "JSMITH", "STATUS(*ENABLED)"]);
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 0);
}

/// A right current password is a valid password verification: it resets the count.
#[test]
fn chgpwd_right_current_password_resets_the_count() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", &format!("PASSWORD({PW0})")]);
    chgpwd(&sys, "JSMITH", "GUESS1", "NEWPW9").refused(1, "CPF2362");
    chgpwd(&sys, "JSMITH", "GUESS2", "NEWPW9").refused(1, "CPF2362");
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 2);
    let r = chgpwd(&sys, "JSMITH", PW0, "NEWPW9");
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 0);
}

/// CHKTOTP with a wrong password is violation K, with a wrong TOTP value O (IBM 7.6 PW
/// entry page); both count, and the third disables the profile.
#[test]
fn chktotp_failures_count_with_violation_types_k_and_o() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&[
        "--user",
        "JSMITH",
        "CHGTOTPKEY",
        &format!("TOTPKEY('{KEY}')"),
    ]);
    sys.set_clock(T0);
    let good = totp(KEY, T0);
    let wrong = totp(KEY, T0 + 600);
    let pw = format!("PASSWORD({})", q(PW));
    let chk = |pw: &str, code: &str| {
        sys.run(&[
            "--user",
            "JSMITH",
            "CHKTOTP",
            pw,
            &format!("TOTPVAL({code})"),
        ])
    };
    let bad_pw = format!("PASSWORD({})", q("Not-The-Password"));
    sys.one_pw_entry("JSMITH", "K", || chk(&bad_pw, &good))
        .refused(1, "CPF2362");
    sys.one_pw_entry("JSMITH", "O", || chk(&pw, &wrong))
        .refused(1, "CPF2362");
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 2);
    sys.one_pw_entry("JSMITH", "O", || chk(&pw, &wrong))
        .refused(1, "CPF1393");
    let prf = sys.usrprf("JSMITH");
    assert_eq!(prf["status"], "*DISABLED", "{prf}");
    assert_eq!(sys.violations("JSMITH"), vec!["K", "O", "O"]);
    // Disabled: the right pair is refused too.
    assert_ne!(chk(&pw, &good).code, 0);
}

/// A good CHKTOTP is a valid password verification: the count goes back to 0.
#[test]
fn chktotp_success_resets_the_count() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&[
        "--user",
        "JSMITH",
        "CHGTOTPKEY",
        &format!("TOTPKEY('{KEY}')"),
    ]);
    sys.set_clock(T0);
    let pw = format!("PASSWORD({})", q(PW));
    sys.run(&["--user", "JSMITH", "CHKTOTP", &pw, "TOTPVAL(000000)"]);
    sys.run(&["--user", "JSMITH", "CHKTOTP", &pw, "TOTPVAL(999999)"]);
    assert!(sys.usrprf("JSMITH")["signon_attempts_not_valid"].as_u64() >= Some(1));
    let code = format!("TOTPVAL({})", totp(KEY, T0));
    sys.ok(&["--user", "JSMITH", "CHKTOTP", &pw, &code]);
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 0);
}

/// In a script too: N wrong guesses through CHGPWD (MONMSG'd) disable the profile.
#[test]
fn chgpwd_guessing_script_disables_the_profile() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", &format!("PASSWORD({PW0})")]);
    let mut script = String::from("PGM\n");
    for n in 1..=5 {
        script.push_str(&format!(
            "CHGPWD CURPWD(GUESS{n}) NEWPWD(NEWPW9)\nMONMSG MSGID(CPF0000)\n"
        ));
    }
    script.push_str("ENDPGM\n");
    sys.script_as("JSMITH", "guess.clp", &script);
    let prf = sys.usrprf("JSMITH");
    assert_eq!(prf["status"], "*DISABLED", "{prf}");
    assert_eq!(prf["signon_attempts_not_valid"], 3, "{prf}");
    // Once disabled, the job's later guesses are refused before any verification (CPF22E3,
    // violation Q, not counted): the running job is no oracle either.
    assert_eq!(sys.violations("JSMITH"), vec!["P", "P", "P", "Q", "Q"]);
    let right = format!("PGM\nCHGPWD CURPWD({PW0}) NEWPWD(NEWPW9)\nENDPGM\n");
    let r = sys.script_as("JSMITH", "right.clp", &right);
    assert_ne!(r.code, 0, "{}", r.show());
    sys.ok(&["CHGUSRPRF", "JSMITH", "STATUS(*ENABLED)"]);
    // The password was never changed.
    sys.signon_ok("JSMITH", PW0, None);
}

// ---------------------------------------------------------------- fail closed

/// A correct sign-on on a store that cannot be written shows neither "signed on" nor its
/// panel, and a wrong one looks exactly the same: exit 3, the store error only.
#[test]
fn signon_on_an_unwritable_store_fails_closed_and_is_no_oracle() {
    let sys = level0_jsmith();
    let right = sys
        .exec(&["SIGNON", "USER(JSMITH)", &format!("PASSWORD({PW0})")])
        .env(FAULT.0, FAULT.1)
        .run();
    let wrong = sys
        .exec(&["SIGNON", "USER(JSMITH)", "PASSWORD(GUESS1)"])
        .env(FAULT.0, FAULT.1)
        .run();
    right.refused(3, "QSY0024");
    wrong.refused(3, "QSY0024");
    for r in [&right, &wrong] {
        assert_eq!(r.stdout, "", "nothing on stdout:\n{}", r.show());
        assert!(!r.stderr.contains("QSY0085") && !r.stderr.contains("CPF22E2"));
    }
    assert_eq!(
        right.stderr, wrong.stderr,
        "the outcome must not tell them apart"
    );
    // Nothing could be recorded, and nothing was: no count, no PW entry, no sign-on.
    let prf = sys.usrprf("JSMITH");
    assert_eq!(prf["signon_attempts_not_valid"], 0, "{prf}");
    assert!(prf["previous_signon"].is_null(), "{prf}");
    assert!(sys.violations("JSMITH").is_empty());
}

/// JSON: the document carries the store error only, no profile data and no sign-on data.
#[test]
fn password_stdin_job_on_an_unwritable_store_shows_no_data() {
    let sys = level0_jsmith();
    for pw in [PW0, "GUESS1"] {
        let r = sys
            .exec(&[
                "--output",
                "json",
                "--user",
                "JSMITH",
                "--password-stdin",
                "DSPUSRPRF",
                "JSMITH",
            ])
            .env(FAULT.0, FAULT.1)
            .stdin(&format!("{pw}\n"))
            .run();
        r.refused_json(3, "QSY0024");
        let doc = r.doc();
        assert!(doc.get("user_profile").is_none(), "no panel data: {doc}");
        assert_eq!(ids(&doc), vec!["QSY0024".to_string()], "{doc}");
        let text = sys
            .exec(&[
                "--user",
                "JSMITH",
                "--password-stdin",
                "DSPUSRPRF",
                "JSMITH",
            ])
            .env(FAULT.0, FAULT.1)
            .stdin(&format!("{pw}\n"))
            .run();
        text.refused(3, "QSY0024");
        assert_eq!(text.stdout, "", "no panel:\n{}", text.show());
    }
}

/// Any command: no completion message when its change cannot be committed.
#[test]
fn changing_command_on_an_unwritable_store_sends_no_completion() {
    let sys = level0_jsmith();
    let r = sys
        .exec(&["CHGUSRPRF", "JSMITH", "TEXT('changed')"])
        .env(FAULT.0, FAULT.1)
        .run();
    r.refused(3, "QSY0024");
    assert!(!r.stdout.contains("CPC2205"), "{}", r.show());
    assert_eq!(r.stdout, "", "{}", r.show());
    // A display needs no write and still works under the fault.
    let r = sys.exec(&["DSPSECA"]).env(FAULT.0, FAULT.1).run();
    assert_eq!(r.code, 0, "{}", r.show());
}

/// In a script: the failed SIGNON's security event cannot be committed, so the script ends
/// with the store error (exit 3) before its MONMSG runs; a right guess ends the same way.
#[test]
fn script_signon_on_an_unwritable_store_ends_the_script_the_same_way() {
    let sys = level0_jsmith();
    let mut outs = Vec::new();
    for pw in [PW0, "GUESS1"] {
        let path = sys.dir.path().join("s.clp");
        std::fs::write(
            &path,
            format!(
                "PGM\nSIGNON USER(JSMITH) PASSWORD({pw})\n\
                 MONMSG MSGID(CPF0000 QSY0000) EXEC(SNDPGMMSG MSG('monitored'))\n\
                 SNDPGMMSG MSG('went on')\nENDPGM\n"
            ),
        )
        .unwrap();
        let r = sys
            .exec(&["run", path.to_str().unwrap()])
            .env(FAULT.0, FAULT.1)
            .run();
        assert_eq!(r.code, 3, "{}", r.show());
        assert!(
            line_ids(&r.stderr).contains(&"QSY0024".to_string()),
            "{}",
            r.show()
        );
        assert!(
            !r.stdout.contains("monitored") && !r.stdout.contains("went on"),
            "{}",
            r.show()
        );
        assert!(!r.stdout.contains("QSY0085") && !r.stderr.contains("CPF22E2"));
        outs.push((r.stdout, r.stderr));
    }
    assert_eq!(outs[0], outs[1], "a right and a wrong guess look the same");
}

// ---------------------------------------------------------------- recovery keys

/// A recovery key accepted for a job whose command then fails is used up all the same.
#[test]
fn recovery_key_is_used_up_when_the_command_after_it_fails() {
    let sys = Sys::new();
    reach_mfa(&sys);
    let rec = sys.set_key("JSMITH", "*GEN")["recovery_key"]
        .as_str()
        .unwrap()
        .to_string();
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    sys.set_clock(T0);
    // JSMITH has no *SECADM: CHGUSRPRF fails after the sign-on accepted the key.
    let r = sys.run_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "CHGUSRPRF",
            "QSECOFR",
            "TEXT('x')",
        ],
        &format!("{PW}:{rec}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], false);
    // The key cannot be used again, for a job or a sign-on.
    let again = sys.run_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "DSPUSRPRF",
            "JSMITH",
        ],
        &format!("{PW}:{rec}\n"),
    );
    again.refused(1, "CPF22E2");
    sys.signon_refused("JSMITH", PW, Some(&rec), "T");
}

/// CHKTOTP accepts a recovery key in place of the TOTP value once (its help's decision), and
/// the use is durable: the key is gone, and the second use is a not-valid attempt (O).
#[test]
fn chktotp_recovery_key_works_once() {
    let sys = Sys::new();
    reach_mfa(&sys);
    let rec = sys.set_key("JSMITH", "*GEN")["recovery_key"]
        .as_str()
        .unwrap()
        .to_string();
    sys.set_clock(T0);
    let pw = format!("PASSWORD({})", q(PW));
    let code = format!("TOTPVAL({rec})");
    let r = sys.run(&["--user", "JSMITH", "CHKTOTP", &pw, &code]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(
        line_ids(&r.stderr).contains(&"QSY0046".to_string()),
        "{}",
        r.show()
    );
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], false);
    sys.one_pw_entry("JSMITH", "O", || {
        sys.run(&["--user", "JSMITH", "CHKTOTP", &pw, &code])
    })
    .refused(1, "CPF2362");
}
