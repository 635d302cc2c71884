//! `qsy console` (DESIGN §7.7, issue 13): QSECOFR signs on at the console, even when it is
//! *DISABLED (IBM's QMAXSGNACN page), and runs a command or a script as QSECOFR. Only
//! QSECOFR; the password is always needed, the additional factor when MFA applies to it;
//! failures count toward QMAXSIGN as any sign-on does.

use crate::harness::*;

/// A level-2 system whose QSECOFR has SECOFR_PW and was disabled by three wrong passwords.
fn disabled_qsecofr() -> Sys {
    let sys = Sys::new();
    sys.init();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    sys.ipl();
    sys.ok(&["CHGSYSVAL", "QPWDMAXLEN", "VALUE(128)"]);
    sys.ok(&[
        "CHGUSRPRF",
        "QSECOFR",
        &format!("PASSWORD({})", q(SECOFR_PW)),
        "PWDEXP(*NO)",
    ]);
    for attempt in 1..=3 {
        let want = if attempt < 3 { "CPF22E2" } else { "CPF1393" };
        sys.signon_fails("QSECOFR", "Wrong-Guess-1", None, want);
    }
    assert_eq!(sys.usrprf("QSECOFR")["status"], "*DISABLED");
    sys
}

/// `qsy console --password-stdin ARGS…` with `password` on standard input.
fn console(sys: &Sys, password: &str, args: &[&str]) -> Run {
    let mut all = vec!["console", "--password-stdin"];
    all.extend_from_slice(args);
    sys.run_stdin(&all, &format!("{password}\n"))
}

#[test]
fn disabled_qsecofr_signs_on_at_the_console_and_enables_itself() {
    let sys = disabled_qsecofr();
    // Everywhere else the disabled profile is refused.
    sys.signon_fails("QSECOFR", SECOFR_PW, None, "CPF22E3");
    let run = sys.run_stdin(&["--password-stdin", "DSPSECA"], &format!("{SECOFR_PW}\n"));
    assert_eq!(run.code, 1, "{}", run.show());
    // At the console it signs on and re-enables itself (IBM: CHGUSRPRF QSECOFR
    // STATUS(*ENABLED) at the console).
    let run = console(
        &sys,
        SECOFR_PW,
        &["--", "CHGUSRPRF QSECOFR STATUS(*ENABLED)"],
    );
    assert_eq!(run.code, 0, "{}", run.show());
    assert!(
        line_ids(&run.stdout).contains(&"QSY0056".to_string()),
        "{}",
        run.show()
    );
    let prf = sys.usrprf("QSECOFR");
    assert_eq!(prf["status"], "*ENABLED", "{prf}");
    assert_eq!(prf["signon_attempts_not_valid"], 0, "{prf}");
    sys.signon_ok("QSECOFR", SECOFR_PW, None);
    // The change is journaled under QSECOFR, as any command it runs.
    let cp = sys.journal(&["CP"]);
    assert!(
        cp.iter().any(|e| e["user_profile"] == "QSECOFR"
            && e["object"] == "QSECOFR"
            && e["detail"].as_str().unwrap_or("").contains("STATUS")),
        "{cp:?}"
    );
}

#[test]
fn console_takes_cl_tokens_and_a_script() {
    let sys = disabled_qsecofr();
    // CL tokens as the shell split them, like `qsy CHGUSRPRF …`.
    let run = console(&sys, SECOFR_PW, &["DSPUSRPRF", "QSECOFR"]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert_eq!(
        sys.usrprf("QSECOFR")["status"],
        "*DISABLED",
        "a display changes nothing"
    );
    // A script from a file.
    let path = sys.dir.path().join("enable.clp");
    std::fs::write(
        &path,
        "PGM\n  CHGUSRPRF USRPRF(QSECOFR) STATUS(*ENABLED)\n  CHGUSRPRF USRPRF(JSMITH) TEXT('fixed at the console')\nENDPGM\n",
    )
    .unwrap();
    let run = console(&sys, SECOFR_PW, &["--run", path.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert_eq!(sys.usrprf("QSECOFR")["status"], "*ENABLED");
    assert_eq!(sys.usrprf("JSMITH")["text"], "fixed at the console");
    // The password and the script cannot both come from standard input.
    sys.run_stdin(
        &["console", "--password-stdin", "--run", "-"],
        &format!("{SECOFR_PW}\nDSPSECA\n"),
    )
    .refused(2, "QSY0078");
}

#[test]
fn wrong_passwords_at_the_console_count() {
    let sys = disabled_qsecofr();
    let before = sys.usrprf("QSECOFR")["signon_attempts_not_valid"]
        .as_i64()
        .unwrap();
    let run = sys.one_pw_entry("QSECOFR", "P", || {
        console(
            &sys,
            "Wrong-Guess-2",
            &["--", "CHGUSRPRF QSECOFR STATUS(*ENABLED)"],
        )
    });
    run.refused(1, "CPF22E2");
    let prf = sys.usrprf("QSECOFR");
    assert_eq!(prf["status"], "*DISABLED", "{prf}");
    assert_eq!(
        prf["signon_attempts_not_valid"].as_i64().unwrap(),
        before + 1,
        "{prf}"
    );
    // The console still lets the right password in: counting does not lock it out.
    let run = console(
        &sys,
        SECOFR_PW,
        &["--", "CHGUSRPRF QSECOFR STATUS(*ENABLED)"],
    );
    assert_eq!(run.code, 0, "{}", run.show());
}

#[test]
fn console_is_for_qsecofr_only_and_needs_its_password() {
    let sys = disabled_qsecofr();
    sys.ok(&[
        "--user",
        "QSECOFR_NC",
        "CHGUSRPRF",
        "JSMITH",
        "STATUS(*DISABLED)",
    ]);
    let before = sys.store_bytes();
    // Another profile: refused before anything is checked or counted.
    let run = sys.run_stdin(
        &[
            "--user",
            "JSMITH",
            "console",
            "--password-stdin",
            "--",
            "DSPSECA",
        ],
        "JSMITH1\n",
    );
    run.refused(2, "QSY0054");
    // No password and no terminal: a usage error, never a counted attempt.
    sys.run(&["console", "--", "CHGUSRPRF QSECOFR STATUS(*ENABLED)"])
        .refused(2, "QSY0055");
    // Neither a command nor --run.
    let run = sys.run_stdin(&["console", "--password-stdin"], &format!("{SECOFR_PW}\n"));
    assert_eq!(run.code, 2, "{}", run.show());
    assert!(
        sys.store_bytes() == before,
        "a refused console run changed the store"
    );
}

#[test]
fn the_additional_factor_is_asked_at_the_console() {
    let sys = Sys::new();
    reach_mfa_with_qsecofr(&sys);
    let key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    sys.set_key("QSECOFR", &q(key));
    sys.ok(&["CHGUSRPRF", "QSECOFR", "AUTHMTH(*TOTP)"]);
    sys.ok(&["CHGUSRPRF", "QSECOFR", "STATUS(*DISABLED)"]);
    // Password alone: the factor is missing (T), as on the sign-on display.
    let run = sys.one_pw_entry("QSECOFR", "T", || {
        console(
            &sys,
            SECOFR_PW,
            &["--", "CHGUSRPRF QSECOFR STATUS(*ENABLED)"],
        )
    });
    run.refused(1, "CPF22E2");
    // password:code works while *DISABLED.
    let run = console(
        &sys,
        &format!("{SECOFR_PW}:{}", totp(key, T0)),
        &["--", "CHGUSRPRF QSECOFR STATUS(*ENABLED)"],
    );
    assert_eq!(run.code, 0, "{}", run.show());
    assert_eq!(sys.usrprf("QSECOFR")["status"], "*ENABLED");
}
