//! CALL (DESIGN §5, issues 14 and 17): IBM's Change User Password API (QSYCHGPW) with its
//! authority rules and error code structure, CL programs called with parameters by
//! reference, programs qsy does not simulate, and CHGPWD as the interactive display.
//! The attacks come first.

use crate::harness::*;
use std::time::Duration;

/// A system with JSMITH (no special authority) and AJONES, both with level-0 passwords.
fn two_users() -> Sys {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(JSMITH)",
        "PASSWORD(JSMITH1)",
        "PWDEXP(*NO)",
    ]);
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(AJONES)",
        "PASSWORD(AJONES1)",
        "PWDEXP(*NO)",
    ]);
    sys
}

fn signs_on(sys: &Sys, user: &str, password: &str) -> bool {
    sys.run(&["-c", &format!("SIGNON USER({user}) PASSWORD({password})")])
        .code
        == 0
}

#[test]
fn another_users_password_via_qsychgpw_needs_secadm_and_authority() {
    let sys = two_users();
    let before = sys.usrprf("AJONES");
    let r = sys.script_as(
        "JSMITH",
        "steal.clp",
        "PGM\n CALL PGM(QSYCHGPW) PARM('AJONES' 'AJONES1' 'STOLEN9' X'00000000')\nENDPGM\n",
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("*SECADM"), "{}", r.show());
    assert!(!r.stdout.contains("STOLEN9") && !r.stderr.contains("STOLEN9"));
    assert!(
        signs_on(&sys, "AJONES", "AJONES1"),
        "AJONES's password changed"
    );
    assert!(!signs_on(&sys, "AJONES", "STOLEN9"));
    assert_eq!(
        before["password_levels"],
        sys.usrprf("AJONES")["password_levels"]
    );
    // With *SECADM but no authority to the profile: CPF2217.
    sys.ok(&["CHGUSRPRF", "USRPRF(JSMITH)", "SPCAUT(*SECADM)"]);
    sys.ok(&[
        "GRTOBJAUT",
        "OBJ(AJONES)",
        "OBJTYPE(*USRPRF)",
        "USER(JSMITH)",
        "AUT(*USE)",
    ]);
    let r = sys.script_as(
        "JSMITH",
        "steal2.clp",
        "PGM\n CALL PGM(QSYCHGPW) PARM('AJONES' '*NOPWD' 'STOLEN9' X'00000000')\nENDPGM\n",
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("CPF2217"), "{}", r.show());
    assert!(signs_on(&sys, "AJONES", "AJONES1"));
}

#[test]
fn nopwd_for_ones_own_profile_needs_secadm_too() {
    let sys = two_users();
    let r = sys.script_as(
        "JSMITH",
        "nopwd.clp",
        "PGM\n CALL PGM(QSYCHGPW) PARM('*CURRENT' '*NOPWD' 'NOCHECK9' X'00000000')\nENDPGM\n",
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("*SECADM"), "{}", r.show());
    assert!(signs_on(&sys, "JSMITH", "JSMITH1"));
    // The security officer may: *SECADM and *ALLOBJ.
    let r = sys.script(
        "admin.clp",
        "PGM\n CALL PGM(QSYCHGPW) PARM('JSMITH' '*NOPWD' 'RESET99' X'00000000')\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(signs_on(&sys, "JSMITH", "RESET99"));
    let cp = sys.journal(&["CP"]);
    assert!(
        cp.iter()
            .any(|e| e["object"] == "JSMITH" && e["detail"] == "QSYCHGPW; PASSWORD"),
        "{cp:?}"
    );
}

#[test]
fn own_password_with_the_current_one_and_a_wrong_one_is_counted() {
    let sys = two_users();
    let r = sys.script_as(
        "JSMITH",
        "wrong.clp",
        "PGM\n CALL PGM(QSYCHGPW) PARM('*CURRENT' 'NOTMINE' 'NEWPW22' X'00000000')\nENDPGM\n",
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("CPF2362"), "{}", r.show());
    assert_eq!(sys.violations("JSMITH"), vec!["P".to_string()]);
    let r = sys.script_as(
        "JSMITH",
        "own.clp",
        "PGM\n CALL PGM(QSYCHGPW) PARM('*CURRENT' 'JSMITH1' 'NEWPW22' X'00000000')\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(signs_on(&sys, "JSMITH", "NEWPW22"));
    // Under SBMJOB, as a real program changes a user's password.
    sys.ok(&[
        "-c",
        "SBMJOB CMD(CALL PGM(QSYCHGPW) PARM('*CURRENT' 'AJONES1' 'BLUE77' X'00000000')) USER(AJONES)",
    ]);
    assert!(signs_on(&sys, "AJONES", "BLUE77"));
}

#[test]
fn an_error_code_structure_gets_the_message_and_no_escape() {
    let sys = two_users();
    let r = sys.script_as(
        "JSMITH",
        "errcode.clp",
        "PGM
  DCL VAR(&ERR) TYPE(*CHAR) LEN(16) VALUE(X'00000010000000000000000000000000')
  DCL VAR(&SHORT) TYPE(*CHAR) LEN(3) VALUE(X'000000')
  CALL PGM(QSYCHGPW) PARM('*CURRENT' 'NOTMINE' 'NEWPW22' &ERR)
  SNDPGMMSG MSG('returned ' *CAT %SST(&ERR 9 7))
  CALL PGM(QSYCHGPW) PARM('*CURRENT' 'JSMITH1' 'NEWPW22' &SHORT)
ENDPGM
",
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stdout.contains("returned CPF2362"), "{}", r.show());
    // Bytes provided that cannot be read: CPF3CF1, and nothing changed.
    assert!(r.stderr.contains("CPF3CF1"), "{}", r.show());
    assert!(signs_on(&sys, "JSMITH", "JSMITH1"));
}

#[test]
fn passwords_given_to_qsychgpw_appear_nowhere() {
    let sys = two_users();
    let script = "PGM
  DCL VAR(&OLD) TYPE(*CHAR) LEN(10) VALUE('JSMITH1')
  DCL VAR(&NEW) TYPE(*CHAR) LEN(20) VALUE('SECRET77')
  CALL PGM(QSYCHGPW) PARM('*CURRENT' 'WRONG11' &NEW X'00000000')
  MONMSG MSGID(CPF0000)
  CALL PGM(QSYCHGPW) PARM('*CURRENT' &OLD &NEW X'00000000')
ENDPGM
";
    let path = sys.dir.path().join("secret.clp");
    std::fs::write(&path, script).unwrap();
    for format in ["text", "json"] {
        let r = sys.run(&[
            "--user",
            "JSMITH",
            "--output",
            format,
            "run",
            path.to_str().unwrap(),
        ]);
        assert!(
            r.code == 0 || format == "json" && r.code == 1,
            "{}",
            r.show()
        );
        for secret in ["SECRET77", "WRONG11", "JSMITH1"] {
            assert!(
                !r.stdout.contains(secret) && !r.stderr.contains(secret),
                "{}",
                r.show()
            );
        }
    }
    let all = sys.json_ok(&["DSPJRN", "JRN(QAUDJRN)"]).to_string();
    for secret in ["SECRET77", "WRONG11", "JSMITH1"] {
        assert!(!all.contains(secret), "{all}");
    }
}

#[test]
fn a_program_calling_itself_without_end_stops_with_a_clear_message() {
    let sys = Sys::new();
    std::fs::write(
        sys.dir.path().join("loop.clp"),
        "PGM PARM(&N)\n DCL VAR(&N) TYPE(*DEC) LEN(15 5)\n CHGVAR VAR(&N) VALUE(&N + 1)\n CALL PGM(LOOP) PARM(&N)\nENDPGM\n",
    )
    .unwrap();
    let path = sys.dir.path().join("main.clp");
    std::fs::write(
        &path,
        "PGM\n DCL VAR(&N) TYPE(*DEC) LEN(15 5)\n CALL PGM(LOOP) PARM(&N)\nENDPGM\n",
    )
    .unwrap();
    let r = sys
        .exec(&["run", path.to_str().unwrap()])
        .timeout(Duration::from_secs(60))
        .run();
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("QSY0633"), "{}", r.show());
    assert!(r.stderr.contains("line 3"), "{}", r.show());
}

#[test]
fn a_called_program_changes_the_callers_variables_and_constants_pass_as_ibm_passes_them() {
    let sys = Sys::new();
    std::fs::create_dir_all(sys.dir.path().join("MYLIB")).unwrap();
    std::fs::write(
        sys.dir.path().join("MYLIB").join("sub.clp"),
        "PGM PARM(&A &B &C &D)
  DCL VAR(&A) TYPE(*CHAR) LEN(10)
  DCL VAR(&B) TYPE(*DEC) LEN(15 5)
  DCL VAR(&C) TYPE(*CHAR) LEN(32)
  DCL VAR(&D) TYPE(*DEC) LEN(15 5)
  SNDPGMMSG MSG('got ' *CAT &C *TCAT '/' *CAT %CHAR(&D) *BCAT %CHAR(%PARMS))
  CHGVAR VAR(&A) VALUE('changed')
  CHGVAR VAR(&B) VALUE(&B + 1)
  CHGVAR VAR(&C) VALUE('not seen')
  RETURN
  SNDPGMMSG MSG('after RETURN')
ENDPGM
",
    )
    .unwrap();
    std::fs::write(
        sys.dir.path().join("narrow.clp"),
        "PGM PARM(&N)\n DCL VAR(&N) TYPE(*DEC) LEN(5 0)\nENDPGM\n",
    )
    .unwrap();
    let r = sys.script(
        "caller.clp",
        "PGM
  DCL VAR(&X) TYPE(*CHAR) LEN(10) VALUE('before')
  DCL VAR(&N) TYPE(*DEC) LEN(15 5) VALUE(1)
  CALL PGM(MYLIB/SUB) PARM(&X &N 'lit' 42)
  SNDPGMMSG MSG('now ' *CAT &X *BCAT %CHAR(&N))
  CALL PGM(NARROW) PARM(5)
ENDPGM
",
    );
    assert!(r.stdout.contains("got lit/42.00000 4"), "{}", r.show());
    assert!(r.stdout.contains("now changed 2.00000"), "{}", r.show());
    assert!(!r.stdout.contains("after RETURN"), "{}", r.show());
    // IBM passes 5 as *DEC (15 5): a *DEC (5 0) parameter would read other data.
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("QSY0634"), "{}", r.show());
    assert!(r.stderr.contains("*DEC (15 5)"), "{}", r.show());
}

#[test]
fn an_escape_in_a_called_program_reaches_the_callers_monmsg() {
    let sys = Sys::new();
    std::fs::write(
        sys.dir.path().join("fails.clp"),
        "PGM\n DSPUSRPRF USRPRF(NOSUCH)\nENDPGM\n",
    )
    .unwrap();
    let r = sys.script(
        "caller.clp",
        "PGM\n CALL PGM(FAILS)\n MONMSG MSGID(CPF2204) EXEC(SNDPGMMSG MSG('caught'))\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(r.stdout.contains("caught"), "{}", r.show());
}

#[test]
fn an_unsimulated_program_is_skipped_noted_by_check_and_refused_by_strict() {
    let sys = Sys::new();
    let text = "PGM
  CALL PGM(QGPL/PAYROLL) PARM('X')
  MONMSG MSGID(CPF0000) EXEC(SNDPGMMSG MSG('monitor fired'))
  SNDPGMMSG MSG('went on')
ENDPGM
";
    let path = sys.dir.path().join("skip.clp");
    std::fs::write(&path, text).unwrap();
    let p = path.to_str().unwrap();
    let r = sys.run(&["run", p]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(r.stdout.contains("went on"), "{}", r.show());
    assert!(!r.stdout.contains("monitor fired"), "{}", r.show());
    assert!(
        r.stderr.contains("QSY0631")
            && r.stderr.contains("QGPL/PAYROLL")
            && r.stderr.contains("line 2"),
        "{}",
        r.show()
    );
    let (doc, _) = sys.json_run(&["run", p]);
    assert_eq!(
        doc["commands_skipped"],
        serde_json::json!([{"line": 2, "command": "CALL PGM(QGPL/PAYROLL)"}])
    );
    let (doc, r) = sys.json_run(&["run", "--check", p]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(doc["notes"].to_string().contains("QSY0631"), "{doc}");
    let r = sys.run(&["run", "--strict", p]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(
        r.stdout.contains("QSY0631") || r.stderr.contains("QSY0631"),
        "{}",
        r.show()
    );
}

#[test]
fn check_notes_chgpwd_parameters_as_a_simulator_extension() {
    let sys = Sys::new();
    let path = sys.dir.path().join("chgpwd.clp");
    std::fs::write(
        &path,
        "PGM\n CHGPWD CURPWD(A1) NEWPWD(B2)\n SBMJOB CMD(CHGPWD CURPWD(A1) NEWPWD(B2)) USER(QSECOFR)\nENDPGM\n",
    )
    .unwrap();
    let (doc, r) = sys.json_run(&["run", "--check", path.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.show());
    let notes = doc["notes"].as_array().unwrap();
    let lines: Vec<u64> = notes
        .iter()
        .filter(|n| n["id"] == "QSY0632")
        .map(|n| n["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![2, 3], "{doc}");
    assert!(notes[0]["text"].as_str().unwrap().contains("QSYCHGPW"));
    let help = sys.ok(&["help", "CHGPWD"]);
    assert!(help.stdout.contains("QSYCHGPW"), "{}", help.stdout);
}

#[test]
fn the_secret_warning_only_where_another_way_exists() {
    let sys = Sys::new();
    // CRTUSRPRF's PASSWORD has no prompt and no --password-stdin: no warning, in any form.
    let (doc, r) = sys.json_run(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(!doc.to_string().contains("QSY0086"), "{doc}");
    assert!(!r.stderr.contains("QSY0086"), "{}", r.show());
    // CHGPWD's could have been typed at the prompt: warned once.
    let r = sys.run(&[
        "--user",
        "JSMITH",
        "CHGPWD",
        "CURPWD(JSMITH1)",
        "NEWPWD(NEWPW2)",
    ]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(
        (r.stdout.clone() + &r.stderr).matches("QSY0086").count(),
        1,
        "{}",
        r.show()
    );
}

/// Runs `qsy ARGS` on a pseudo-terminal (python's pty module), answering each prompt that
/// ends in `): ` with the next of `answers`; returns the exit code and what the terminal
/// showed.
fn on_a_terminal(sys: &Sys, args: &[&str], answers: &[&str]) -> (i32, String) {
    let helper = r#"
import os, pty, sys, select, time
args = sys.argv[1:]
n = args.index('--')
answers, cmd = args[:n], args[n+1:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(cmd[0], cmd)
out = b''
deadline = time.time() + 60
while time.time() < deadline:
    r, _, _ = select.select([fd], [], [], 0.2)
    if r:
        try:
            data = os.read(fd, 1024)
        except OSError:
            break
        if not data:
            break
        out += data
        if out.rstrip().endswith(b'):') and answers:
            time.sleep(0.1)
            os.write(fd, answers.pop(0).encode() + b'\n')
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf-8', 'replace'))
sys.exit(os.WEXITSTATUS(status))
"#;
    let mut c = sys.launcher().command_for(std::path::Path::new("python3"));
    c.env("PATH", std::env::var_os("PATH").unwrap_or_default());
    c.arg("-c")
        .arg(helper)
        .args(answers)
        .arg("--")
        .arg(QSY)
        .args(args);
    let out = c.output().expect("python3 runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn chgpwd_on_a_terminal_asks_twice_and_refuses_a_mismatch() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(JSMITH)",
        "PASSWORD(JSMITH1)",
        "PWDEXP(*NO)",
    ]);
    let (code, shown) = on_a_terminal(
        &sys,
        &["--user", "JSMITH", "CHGPWD"],
        &["JSMITH1", "NEWPW2", "NEWPW3"],
    );
    assert_eq!(code, 2, "{shown}");
    assert!(shown.contains("Current password"), "{shown}");
    assert!(shown.contains("New password (to verify)"), "{shown}");
    assert!(shown.contains("QSY0630"), "{shown}");
    assert!(signs_on(&sys, "JSMITH", "JSMITH1"));
    assert!(sys.violations("JSMITH").is_empty(), "nothing counted");
    let (code, shown) = on_a_terminal(
        &sys,
        &["--user", "JSMITH", "CHGPWD"],
        &["JSMITH1", "NEWPW2", "NEWPW2"],
    );
    assert_eq!(code, 0, "{shown}");
    assert!(!shown.contains("QSY0086"), "{shown}");
    assert!(signs_on(&sys, "JSMITH", "NEWPW2"));
}

#[test]
fn tfrctl_returns_to_the_original_caller_and_passes_only_its_own_parameters() {
    let sys = Sys::new();
    let d = sys.dir.path();
    std::fs::write(
        d.join("b.clp"),
        "PGM PARM(&P)\n DCL VAR(&P) TYPE(*CHAR) LEN(10)\n TFRCTL PGM(C) PARM(&P)\n SNDPGMMSG MSG('B after TFRCTL')\nENDPGM\n",
    )
    .unwrap();
    std::fs::write(
        d.join("c.clp"),
        "PGM PARM(&Q)\n DCL VAR(&Q) TYPE(*CHAR) LEN(10)\n CHGVAR VAR(&Q) VALUE('fromC')\nENDPGM\n",
    )
    .unwrap();
    let r = sys.script(
        "a.clp",
        "PGM\n DCL VAR(&X) TYPE(*CHAR) LEN(10) VALUE('start')\n CALL PGM(B) PARM(&X)\n SNDPGMMSG MSG('A has ' *CAT &X)\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(r.stdout.contains("A has fromC"), "{}", r.show());
    assert!(!r.stdout.contains("B after TFRCTL"), "{}", r.show());
    // IBM: only in OPM CL, and only the program's own parameters.
    let bad = d.join("bad.clle");
    std::fs::write(
        &bad,
        "PGM PARM(&P)\n DCL VAR(&P) TYPE(*CHAR) LEN(10)\n DCL VAR(&L) TYPE(*CHAR) LEN(10)\n TFRCTL PGM(C) PARM(&L)\nENDPGM\n",
    )
    .unwrap();
    let (doc, r) = sys.json_run(&["run", "--check", bad.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.show());
    let ids = problem_ids(&doc);
    assert_eq!(ids, vec!["QSY0642", "QSY0641"], "{doc}");
}
