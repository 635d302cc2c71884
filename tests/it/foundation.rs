//! Foundation: invocation, output, exit codes, the store, system values, IPL, security
//! attributes and the SV/IPL audit entries.
//!
//! DESIGN sections covered: §2 (invocation: CL form, one-argument form, shell form, `-c`,
//! multi-call links, global options and their environment variables), §3 (command
//! definitions: `--help` lists every parameter), §4 (messages, JSON/YAML output, exit codes
//! 0/1/2/3, text output without colour when piped), §6 (store created 0600), §7.1 (shipped
//! state), §7.2 (system values, CHGSYSVAL/DSPSYSVAL, IPL, PWRDWNSYS, SST lock), §7.4
//! (CHGSECA/DSPSECA, additional sign-on factor), §7.8 (authority for CHGSYSVAL/CHGSECA),
//! §7.11 (SV and IPL journal entries), §10 (bad input leaves the store unchanged).

use crate::harness::*;
use serde_json::Value;

// ---------------------------------------------------------------------------------------
// Helpers local to this file.

/// The first number in the text of the IPL completion message (QSY0040: "IPL n complete").
fn ipl_number(doc: &Value) -> u64 {
    let msg = doc["messages"]
        .as_array()
        .and_then(|m| m.iter().find(|x| x["id"] == "QSY0040"))
        .unwrap_or_else(|| panic!("no IPL completion message in {doc}"));
    let text = msg["text"].as_str().unwrap();
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no IPL number in {text:?}"))
}

/// CHGSYSVAL NAME VALUE must be refused with exit `exit` and message `id`, and leave the
/// value as it was.
fn refused(sys: &Sys, name: &str, value: &str, exit: i32, id: &str) {
    let before = sys.sysval(name);
    sys.run(&["CHGSYSVAL", name, value]).refused(exit, id);
    assert_eq!(
        sys.sysval(name),
        before,
        "refused CHGSYSVAL {name} {value} changed the value"
    );
}

/// CHGSYSVAL NAME VALUE must be accepted and take effect at once as `expect`.
fn accepted(sys: &Sys, name: &str, value: &str, expect: &str) {
    sys.ok(&["CHGSYSVAL", name, value]);
    assert_eq!(
        sys.sysval(name),
        (expect.to_string(), None),
        "CHGSYSVAL {name} {value}"
    );
}

/// A bad command line: exit 2 with message `id` on stderr, the store unchanged.
fn bad_input(args: &[&str], id: &str) {
    let sys = Sys::new();
    sys.init();
    let before = sys.store_bytes();
    sys.run(args).refused(2, id);
    assert!(
        sys.store_bytes() == before,
        "qsy {args:?} changed the store"
    );
}

fn create_user(sys: &Sys, name: &str) {
    sys.ok(&[
        "CRTUSRPRF",
        &format!("USRPRF({name})"),
        "PASSWORD(*NONE)",
        "USRCLS(*USER)",
    ]);
}

// ---------------------------------------------------------------------------------------
// The store (§2, §6) and the shipped state (§7.1).

#[test]
fn new_store_is_created_on_first_use_with_mode_0600() {
    let sys = Sys::new();
    assert!(!sys.path().exists());
    sys.ok(&["DSPSYSVAL", "QPWDLVL"]);
    assert!(
        sys.path().exists(),
        "first command did not create the store"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(sys.path()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "store mode is {mode:o}");
    }
    // A store in a directory that does not exist yet is created with its directory.
    let nested = sys.dir.path().join("a/b/c.redb");
    let out = sys.exec(&["DSPSECA"]).env("QSY_SYSTEM", &nested).run();
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(nested.exists());
}

#[test]
fn shipped_system_values() {
    let sys = Sys::new();
    for (name, value) in [
        ("QSECURITY", "40"),
        ("QPWDLVL", "0"),
        ("QMAXSIGN", "3"),
        ("QMAXSGNACN", "3"),
        ("QPWDMINLEN", "6"),
        ("QPWDMAXLEN", "8"),
        ("QPWDEXPITV", "*NOMAX"),
        ("QPWDRULES", "*PWDSYSVAL"),
        ("QPWDCHGBLK", "*NONE"),
    ] {
        let doc = sys.json(&["DSPSYSVAL", name]);
        assert_eq!(doc["system_value"], name);
        assert_eq!(scalar(&doc["current"]), value, "shipped {name}: {doc}");
        assert!(
            doc.get("pending").is_some(),
            "DSPSYSVAL {name} has no pending field: {doc}"
        );
        assert!(
            doc["pending"].is_null(),
            "shipped {name} has a pending value: {doc}"
        );
    }
}

#[test]
fn shipped_security_attributes() {
    let sys = Sys::new();
    let doc = sys.seca();
    assert_eq!(doc["security_level"], 40, "{doc}");
    assert_eq!(doc["password_level"], 0, "{doc}");
    assert_eq!(doc["additional_signon_factor"], "*DISABLED", "{doc}");
    assert_eq!(doc["pending_security_level"], 40, "{doc}");
    assert_eq!(doc["pending_password_level"], 0, "{doc}");
    assert_eq!(
        doc["pending_additional_signon_factor"], "*DISABLED",
        "{doc}"
    );
    assert!(doc["messages"].is_array(), "{doc}");
}

#[test]
fn shipped_profiles() {
    let sys = Sys::new();
    let q = sys.usrprf("QSECOFR");
    assert_eq!(q["user_class"], "*SECOFR");
    let auths = strings(&q["special_authorities"]);
    for a in [
        "*ALLOBJ",
        "*AUDIT",
        "*IOSYSCFG",
        "*JOBCTL",
        "*SAVSYS",
        "*SECADM",
        "*SERVICE",
        "*SPLCTL",
    ] {
        assert!(auths.contains(&a.to_string()), "QSECOFR lacks {a}: {q}");
    }
    assert_eq!(q["password_expired"], true, "{q}");
    assert_eq!(q["password_none"], false, "{q}");
    assert_eq!(q["status"], "*ENABLED");
    for name in ["QSYSOPR", "QPGMR", "QUSER"] {
        let p = sys.usrprf(name);
        assert_eq!(
            p["password_none"], true,
            "{name} should have password *NONE: {p}"
        );
    }
    for name in ["QSECOFR_NC", "QSYSOPR_NC", "QPGMR_NC", "QUSER_NC"] {
        let p = sys.usrprf(name);
        assert_eq!(p["password_none"], true, "{name}: {p}");
    }
    let o = sys.usrprf("QSYSOPR_NC");
    assert_eq!(o["user_class"], "*SYSOPR", "{o}");
    sys.fails(&["DSPUSRPRF", "JSMITH"], 1, "CPF2204");
}

#[test]
fn shipped_system_values_are_unlocked() {
    let sys = Sys::new();
    // QSECOFR can change a security value on a new system: nothing is locked by SST.
    accepted(&sys, "QMAXSIGN", "5", "5");
}

// ---------------------------------------------------------------------------------------
// Invocation (§2).

#[test]
fn all_syntaxes_give_the_same_result() {
    let forms: Vec<Vec<&str>> = vec![
        vec!["CHGSYSVAL", "QPWDLVL", "2"],
        vec!["CHGSYSVAL", "SYSVAL(QPWDLVL)", "VALUE(2)"],
        vec!["CHGSYSVAL", "SYSVAL(QPWDLVL) VALUE(2)"],
        vec!["chgsysval", "--sysval", "qpwdlvl", "--value", "2"],
        vec!["-c", "CHGSYSVAL SYSVAL(QPWDLVL) VALUE(2)"],
        vec!["CHGSYSVAL SYSVAL(QPWDLVL) VALUE(2)"],
    ];
    let mut details = Vec::new();
    for form in &forms {
        let sys = Sys::new();
        sys.ok(form);
        assert_eq!(
            sys.sysval("QPWDLVL"),
            ("0".to_string(), Some("2".to_string())),
            "form {form:?}"
        );
        let sv = sys.journal(&["SV"]);
        assert_eq!(sv.len(), 1, "form {form:?}: {sv:?}");
        details.push((sv[0]["object"].clone(), sv[0]["detail"].clone()));
    }
    assert!(
        details.windows(2).all(|w| w[0] == w[1]),
        "forms journaled differently: {details:?}"
    );
}

#[test]
fn command_names_and_keywords_are_case_insensitive() {
    for form in [
        vec!["chgsysval", "sysval(qpwdlvl)", "value(2)"],
        vec!["ChgSysVal", "SysVal(QPwdLvl)", "Value(2)"],
        vec!["-c", "chgsysval sysval(qpwdlvl) value(2)"],
        vec!["chgsysval", "qpwdlvl", "2"],
    ] {
        let sys = Sys::new();
        sys.ok(&form);
        assert_eq!(
            sys.sysval("QPWDLVL").1.as_deref(),
            Some("2"),
            "form {form:?}"
        );
        let doc = sys.json(&["dspsysval", "sysval(qpwdlvl)"]);
        assert_eq!(doc["system_value"], "QPWDLVL", "{doc}");
    }
}

#[test]
fn special_values_are_case_insensitive() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDEXPITV", "30"]);
    sys.ok(&["chgsysval", "qpwdexpitv", "*nomax"]);
    assert_eq!(sys.current("QPWDEXPITV"), "*NOMAX");
}

#[test]
fn multi_call_through_links() {
    let sys = Sys::new();
    let dir = sys.dir.path().join("bin");
    sys.ok(&["links", dir.to_str().unwrap()]);
    let link = dir.join("dspsysval");
    assert!(
        std::fs::symlink_metadata(&link).is_ok(),
        "qsy links did not create {}",
        link.display()
    );
    let out = sys
        .exec(&["QPWDLVL", "--output", "json"])
        .program(&link)
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    let doc: Value =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}\n{}", out.show()));
    assert_eq!(doc["system_value"], "QPWDLVL");
    assert_eq!(scalar(&doc["current"]), "0");
    // A changing command through its link, in CL form.
    let out = sys
        .exec(&["SYSVAL(QMAXSIGN)", "VALUE('7')"])
        .program(&dir.join("chgsysval"))
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(sys.current("QMAXSIGN"), "7");
    // Every command that runs against the store has a link.
    for name in [
        "chgusrprf",
        "crtusrprf",
        "dspusrprf",
        "signon",
        "chgseca",
        "dspseca",
        "pwrdwnsys",
        "dspjrn",
    ] {
        assert!(
            std::fs::symlink_metadata(dir.join(name)).is_ok(),
            "no link {name}"
        );
    }
}

#[test]
fn global_options_before_and_after_the_command() {
    let sys = Sys::new();
    let other = sys.dir.path().join("other.redb");
    let o = other.to_str().unwrap();
    let forms: Vec<Vec<&str>> = vec![
        vec![
            "--system",
            o,
            "--output",
            "json",
            "--user",
            "QSECOFR",
            "CHGSYSVAL",
            "QMAXSIGN",
            "9",
        ],
        vec![
            "CHGSYSVAL",
            "QMAXSIGN",
            "9",
            "--system",
            o,
            "--output",
            "json",
        ],
        vec![
            "chgsysval",
            "--sysval",
            "qmaxsign",
            "--value",
            "9",
            "--system",
            o,
            "--output",
            "json",
        ],
        vec![
            "--system",
            o,
            "chgsysval",
            "--sysval",
            "qmaxsign",
            "--value",
            "9",
            "--output",
            "json",
        ],
        vec![
            "--system",
            o,
            "--output=json",
            "-c",
            "CHGSYSVAL QMAXSIGN '9'",
        ],
    ];
    for form in &forms {
        let _ = std::fs::remove_file(&other);
        let out = sys.run(form);
        assert_eq!(out.code, 0, "{form:?}\n{}", out.show());
        let doc: Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("{form:?}: not JSON ({e})\n{}", out.show()));
        assert!(doc["messages"].is_array(), "{form:?}: {doc}");
        assert!(other.exists(), "{form:?} did not use --system");
        let shown = sys
            .exec(&["--output", "json", "DSPSYSVAL", "QMAXSIGN"])
            .env("QSY_SYSTEM", &other)
            .run();
        let shown: Value = serde_json::from_str(&shown.stdout).unwrap();
        assert_eq!(scalar(&shown["current"]), "9", "{form:?}");
    }
    assert!(
        !sys.path().exists(),
        "--system was given but QSY_SYSTEM's store was created"
    );
    // --quiet drops completion messages.
    let out = sys.run(&["--quiet", "CHGSYSVAL", "QMAXSIGN", "4"]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        !out.stdout.contains("QSY0031"),
        "--quiet printed a completion message\n{}",
        out.show()
    );
    let out = sys.run(&["CHGSYSVAL", "QMAXSIGN", "5"]);
    assert!(
        line_ids(&out.stdout).iter().any(|m| m == "QSY0031"),
        "completion message missing without --quiet\n{}",
        out.show()
    );
}

#[test]
fn environment_selects_system_user_and_output() {
    let sys = Sys::new();
    let other = sys.dir.path().join("env.redb");
    // QSY_SYSTEM
    let out = sys
        .exec(&["CHGSYSVAL", "QMAXSIGN", "6"])
        .env("QSY_SYSTEM", &other)
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(other.exists());
    assert!(!sys.path().exists());
    // --system beats QSY_SYSTEM.
    let out = sys
        .exec(&["--system", sys.path().to_str().unwrap(), "DSPSECA"])
        .env("QSY_SYSTEM", &other)
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(sys.path().exists(), "--system did not override QSY_SYSTEM");
    assert_eq!(sys.current("QMAXSIGN"), "3");
    // QSY_OUTPUT
    let out = sys
        .exec(&["DSPSYSVAL", "QPWDLVL"])
        .env("QSY_OUTPUT", "json")
        .run();
    let doc: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("QSY_OUTPUT=json ignored ({e})\n{}", out.show()));
    assert_eq!(doc["system_value"], "QPWDLVL");
    let out = sys.exec(&["DSPSECA"]).env("QSY_OUTPUT", "yaml").run();
    assert!(
        out.stdout.starts_with("---"),
        "QSY_OUTPUT=yaml ignored\n{}",
        out.show()
    );
    // QSY_USER
    create_user(&sys, "JOE");
    let out = sys
        .exec(&["CHGSYSVAL", "QMAXSIGN", "5"])
        .env("QSY_USER", "JOE")
        .run();
    assert_eq!(
        out.code,
        1,
        "QSY_USER=JOE should be refused\n{}",
        out.show()
    );
    assert!(out.stderr.contains("JOE"), "{}", out.show());
    // --user beats QSY_USER.
    let out = sys
        .exec(&["--user", "QSECOFR", "CHGSYSVAL", "QMAXSIGN", "5"])
        .env("QSY_USER", "JOE")
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(sys.current("QMAXSIGN"), "5");
}

#[test]
fn output_yaml_is_the_same_document() {
    let sys = Sys::new();
    let out = sys.run(&["--output", "yaml", "DSPSECA"]);
    assert_eq!(out.code, 0, "{}", out.show());
    let y = out.stdout.clone();
    assert!(y.starts_with("---"), "YAML does not start with ---:\n{y}");
    assert!(y.contains("security_level: 40"), "{y}");
    assert!(
        y.contains("additional_signon_factor:") && y.contains("*DISABLED"),
        "{y}"
    );
    assert!(y.contains("messages:"), "{y}");
    // Also on failure.
    let out = sys.run(&["--output", "yaml", "DSPUSRPRF", "NOBODY"]);
    assert_eq!(out.code, 1, "{}", out.show());
    let y = out.stdout.clone();
    assert!(y.starts_with("---") && y.contains("CPF2204"), "{y}");
}

#[test]
fn json_output_is_one_document_with_completion_messages() {
    let sys = Sys::new();
    let doc = sys.json(&["CHGSYSVAL", "QMAXSIGN", "5"]);
    let msgs = doc["messages"].as_array().unwrap();
    assert!(!msgs.is_empty(), "{doc}");
    assert!(
        msgs.iter()
            .all(|m| m["id"].is_string() && m["type"].is_string() && m["text"].is_string()),
        "{doc}"
    );
    assert!(msgs.iter().any(|m| m["type"] == "completion"), "{doc}");
}

#[test]
fn text_output_has_no_colour_when_piped() {
    let sys = Sys::new();
    for args in [
        vec!["DSPSECA"],
        vec!["CHGUSRPRF", "--help"],
        vec!["--help"],
        vec!["DSPJRN", "QAUDJRN"],
    ] {
        // A terminal type that has colours, as a user's shell would have.
        let out = sys
            .exec(&args)
            .env_remove("NO_COLOR")
            .env("TERM", "xterm-256color")
            .run();
        assert_eq!(out.code, 0, "{args:?}\n{}", out.show());
        assert!(
            !out.stdout.contains('\x1b'),
            "{args:?}: escape sequences in piped output\n{}",
            out.show()
        );
    }
}

// ---------------------------------------------------------------------------------------
// Pending values and the IPL (§7.2).

#[test]
fn qsecurity_and_qpwdlvl_are_pending_until_ipl() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QSECURITY", "50"]);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    assert_eq!(sys.sysval("QSECURITY"), ("40".into(), Some("50".into())));
    assert_eq!(sys.sysval("QPWDLVL"), ("0".into(), Some("2".into())));
    let s = sys.seca();
    assert_eq!(
        (
            s["security_level"].clone(),
            s["pending_security_level"].clone()
        ),
        (Value::from(40), Value::from(50)),
        "{s}"
    );
    assert_eq!(
        (
            s["password_level"].clone(),
            s["pending_password_level"].clone()
        ),
        (Value::from(0), Value::from(2)),
        "{s}"
    );
    // A later CHGSYSVAL before the IPL replaces the pending value.
    sys.ok(&["CHGSYSVAL", "QSECURITY", "30"]);
    assert_eq!(sys.sysval("QSECURITY"), ("40".into(), Some("30".into())));
    sys.ipl();
    assert_eq!(sys.sysval("QSECURITY"), ("30".into(), None));
    assert_eq!(sys.sysval("QPWDLVL"), ("2".into(), None));
    let s = sys.seca();
    assert_eq!(s["security_level"], 30, "{s}");
    assert_eq!(s["pending_security_level"], 30, "{s}");
    assert_eq!(s["password_level"], 2, "{s}");
    assert_eq!(s["pending_password_level"], 2, "{s}");
}

#[test]
fn setting_the_current_value_leaves_nothing_pending() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "0"]);
    let doc = sys.json(&["DSPSYSVAL", "QPWDLVL"]);
    assert!(doc["pending"].is_null(), "{doc}");
    assert_eq!(scalar(&doc["current"]), "0");
}

#[test]
fn pwrdwnsys_restart_yes_is_an_ipl() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    sys.ok(&["CHGSYSVAL", "QSECURITY", "50"]);
    let doc = sys.json(&["PWRDWNSYS", "OPTION(*IMMED)", "RESTART(*YES)"]);
    assert!(has_message(&doc, "QSY0040"), "{doc}");
    assert_eq!(sys.sysval("QPWDLVL"), ("2".into(), None));
    assert_eq!(sys.sysval("QSECURITY"), ("50".into(), None));
    // The system is up afterwards.
    sys.ok(&["DSPSECA"]);
}

#[test]
fn other_system_values_take_effect_at_once() {
    let sys = Sys::new();
    for (name, value) in [
        ("QMAXSIGN", "5"),
        ("QPWDMAXLEN", "10"),
        ("QPWDEXPITV", "90"),
        ("QMAXSGNACN", "2"),
        ("QPWDCHGBLK", "24"),
    ] {
        accepted(&sys, name, value, value);
    }
}

#[test]
fn ipl_count_grows_and_ipl_reports_levels() {
    let sys = Sys::new();
    let first = ipl_number(&sys.ipl());
    let second = ipl_number(&sys.ipl());
    assert_eq!(second, first + 1, "IPL count did not grow by one");
    let third = ipl_number(&sys.json(&["PWRDWNSYS", "OPTION(*IMMED)", "RESTART(*YES)"]));
    assert_eq!(third, second + 1);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    let doc = sys.ipl();
    let text = doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "QSY0040")
        .unwrap()["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        text.contains("QPWDLVL 2") && text.contains("QSECURITY 40"),
        "IPL message does not report the new levels: {text}"
    );
}

#[test]
fn restart_no_leaves_the_system_down_until_ipl() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    sys.ok(&["PWRDWNSYS", "OPTION(*IMMED)", "RESTART(*NO)"]);
    // Every command now fails, display or change, with a QSY message and exit 1.
    for args in [
        vec!["DSPSECA"],
        vec!["DSPSYSVAL", "QPWDLVL"],
        vec!["CHGSYSVAL", "QMAXSIGN", "5"],
        vec!["DSPUSRPRF", "QSECOFR"],
    ] {
        sys.run(&args).refused(1, "QSY0030");
    }
    let doc = sys.json(&["DSPSECA"]);
    assert!(
        doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "escape"),
        "{doc}"
    );
    // RESTART(*NO) did not apply the pending level.
    sys.ipl();
    assert_eq!(sys.sysval("QPWDLVL"), ("2".into(), None));
    assert_eq!(
        sys.current("QMAXSIGN"),
        "3",
        "a command ran while the system was down"
    );
}

// ---------------------------------------------------------------------------------------
// QPWDLVL transitions (§7.2), judged from the current level.

#[test]
fn qpwdlvl_0_to_2_is_allowed() {
    let sys = Sys::new();
    let doc = sys.json(&["CHGSYSVAL", "QPWDLVL", "2"]);
    assert!(
        doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "completion"),
        "{doc}"
    );
    assert_eq!(sys.sysval("QPWDLVL"), ("0".into(), Some("2".into())));
}

#[test]
fn qpwdlvl_0_to_4_is_refused() {
    let sys = Sys::new();
    let out = sys.run(&["CHGSYSVAL", "QPWDLVL", "4"]);
    assert_eq!(out.code, 1, "{}", out.show());
    out.refused(1, "QSY0033");
    assert_eq!(sys.sysval("QPWDLVL"), ("0".into(), None));
    // Judged from the current level: a pending 2 does not make 4 acceptable.
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    let out = sys.run(&["CHGSYSVAL", "QPWDLVL", "4"]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert_eq!(sys.sysval("QPWDLVL"), ("0".into(), Some("2".into())));
    // 1 -> 4 is refused as well.
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "1"]);
    sys.ipl();
    sys.fails(&["CHGSYSVAL", "QPWDLVL", "4"], 1, "QSY0033");
}

#[test]
fn qpwdlvl_2_to_4_is_allowed_after_the_ipl() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    sys.ipl();
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "4"]);
    assert_eq!(sys.sysval("QPWDLVL"), ("2".into(), Some("4".into())));
    sys.ipl();
    assert_eq!(sys.sysval("QPWDLVL"), ("4".into(), None));
    assert_eq!(sys.seca()["password_level"], 4);
}

#[test]
fn qpwdlvl_4_to_0_is_refused_and_4_to_2_allowed() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    for to in ["0", "1"] {
        let out = sys.run(&["CHGSYSVAL", "QPWDLVL", to]);
        assert_eq!(out.code, 1, "4 -> {to}\n{}", out.show());
        out.refused(1, "QSY0033");
        assert_eq!(sys.sysval("QPWDLVL"), ("4".into(), None));
    }
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    assert_eq!(sys.sysval("QPWDLVL"), ("4".into(), Some("2".into())));
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "3"]);
    assert_eq!(sys.sysval("QPWDLVL"), ("4".into(), Some("3".into())));
}

#[test]
fn qpwdlvl_3_to_1_is_refused_and_3_to_2_allowed() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "3"]);
    sys.ipl();
    assert_eq!(sys.current("QPWDLVL"), "3");
    for to in ["1", "0"] {
        let out = sys.run(&["CHGSYSVAL", "QPWDLVL", to]);
        assert_eq!(out.code, 1, "3 -> {to}\n{}", out.show());
        assert_eq!(sys.sysval("QPWDLVL"), ("3".into(), None));
    }
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "4"]);
    assert_eq!(sys.sysval("QPWDLVL"), ("3".into(), Some("4".into())));
}

#[test]
fn qpwdlvl_2_to_0_is_allowed() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "0"]);
    sys.ipl();
    assert_eq!(sys.current("QPWDLVL"), "0");
}

#[test]
fn qpwdlvl_values_outside_0_to_4_are_refused() {
    let sys = Sys::new();
    refused(&sys, "QPWDLVL", "5", 1, "QSY0035");
    refused(&sys, "QPWDLVL", "-1", 1, "QSY0035");
    refused(&sys, "QPWDLVL", "X", 1, "QSY0035");
}

#[test]
fn qsecurity_values() {
    let sys = Sys::new();
    refused(&sys, "QSECURITY", "10", 1, "QSY0035");
    refused(&sys, "QSECURITY", "60", 1, "QSY0035");
    refused(&sys, "QSECURITY", "35", 1, "QSY0035");
    for v in ["20", "30", "50", "40"] {
        sys.ok(&["CHGSYSVAL", "QSECURITY", v]);
        let expect = if v == "40" { None } else { Some(v.to_string()) };
        assert_eq!(
            sys.sysval("QSECURITY"),
            ("40".into(), expect),
            "QSECURITY {v}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Password-rule system values (§7.2).

#[test]
fn password_length_ranges_at_level_0() {
    let sys = Sys::new();
    accepted(&sys, "QPWDMAXLEN", "10", "10");
    refused(&sys, "QPWDMAXLEN", "11", 1, "QSY0035");
    refused(&sys, "QPWDMAXLEN", "0", 1, "QSY0035");
    refused(&sys, "QPWDMAXLEN", "128", 1, "QSY0035");
    accepted(&sys, "QPWDMINLEN", "1", "1");
    accepted(&sys, "QPWDMINLEN", "10", "10");
    refused(&sys, "QPWDMINLEN", "11", 1, "QSY0035");
    refused(&sys, "QPWDMINLEN", "0", 1, "QSY0035");
}

#[test]
fn password_length_ranges_at_level_2() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    accepted(&sys, "QPWDMAXLEN", "11", "11");
    accepted(&sys, "QPWDMAXLEN", "128", "128");
    refused(&sys, "QPWDMAXLEN", "129", 1, "QSY0035");
    refused(&sys, "QPWDMAXLEN", "0", 1, "QSY0035");
    accepted(&sys, "QPWDMINLEN", "1", "1");
    accepted(&sys, "QPWDMINLEN", "128", "128");
    refused(&sys, "QPWDMINLEN", "129", 1, "QSY0035");
    refused(&sys, "QPWDMINLEN", "0", 1, "QSY0035");
}

#[test]
fn qpwdexpitv_values() {
    let sys = Sys::new();
    accepted(&sys, "QPWDEXPITV", "1", "1");
    accepted(&sys, "QPWDEXPITV", "366", "366");
    accepted(&sys, "QPWDEXPITV", "*NOMAX", "*NOMAX");
    refused(&sys, "QPWDEXPITV", "367", 1, "QSY0035");
    refused(&sys, "QPWDEXPITV", "0", 1, "QSY0035");
    refused(&sys, "QPWDEXPITV", "*NONE", 1, "QSY0035");
}

#[test]
fn qmaxsign_values() {
    let sys = Sys::new();
    accepted(&sys, "QMAXSIGN", "1", "1");
    accepted(&sys, "QMAXSIGN", "25", "25");
    accepted(&sys, "QMAXSIGN", "*NOMAX", "*NOMAX");
    refused(&sys, "QMAXSIGN", "26", 1, "QSY0035");
    refused(&sys, "QMAXSIGN", "0", 1, "QSY0035");
}

#[test]
fn qmaxsgnacn_values() {
    let sys = Sys::new();
    for v in ["1", "2", "3"] {
        accepted(&sys, "QMAXSGNACN", v, v);
    }
    refused(&sys, "QMAXSGNACN", "0", 1, "QSY0035");
    refused(&sys, "QMAXSGNACN", "4", 1, "QSY0035");
    refused(&sys, "QMAXSGNACN", "*NOMAX", 1, "QSY0035");
}

#[test]
fn qpwdchgblk_values() {
    let sys = Sys::new();
    accepted(&sys, "QPWDCHGBLK", "1", "1");
    accepted(&sys, "QPWDCHGBLK", "99", "99");
    accepted(&sys, "QPWDCHGBLK", "*NONE", "*NONE");
    refused(&sys, "QPWDCHGBLK", "100", 1, "QSY0035");
    refused(&sys, "QPWDCHGBLK", "0", 1, "QSY0035");
    refused(&sys, "QPWDCHGBLK", "*NOMAX", 1, "QSY0035");
}

#[test]
fn qpwdrules_list() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDRULES", "*MINLEN8 *DGTMIN1 *ALLCRTCHG"]);
    let (current, pending) = sys.sysval("QPWDRULES");
    assert!(pending.is_none());
    for rule in ["*MINLEN8", "*DGTMIN1", "*ALLCRTCHG"] {
        assert!(
            current.contains(rule),
            "QPWDRULES is {current:?}, missing {rule}"
        );
    }
    // CL form with a quoted list, and back to *PWDSYSVAL.
    sys.ok(&[
        "-c",
        "CHGSYSVAL SYSVAL(QPWDRULES) VALUE('*LTRMIN2 *SPCCHRMIN1')",
    ]);
    let current = sys.current("QPWDRULES");
    assert!(
        current.contains("*LTRMIN2")
            && current.contains("*SPCCHRMIN1")
            && !current.contains("*MINLEN8"),
        "{current:?}"
    );
    accepted(&sys, "QPWDRULES", "*PWDSYSVAL", "*PWDSYSVAL");
    // Not rules, or *PWDSYSVAL mixed into a list.
    refused(&sys, "QPWDRULES", "*NOTARULE", 1, "QSY0035");
    refused(&sys, "QPWDRULES", "*PWDSYSVAL *MINLEN8", 1, "QSY0035");
    refused(&sys, "QPWDRULES", "*MINLEN8 *MINLEN9", 1, "QSY0035");
}

#[test]
fn qpwdrules_mixcase_needs_level_2() {
    let sys = Sys::new();
    refused(&sys, "QPWDRULES", "*MIXCASE1 *DGTMIN1", 1, "QSY0035");
    refused(&sys, "QPWDRULES", "'*MIXCASE1'", 1, "QSY0035");
    assert_eq!(sys.current("QPWDRULES"), "*PWDSYSVAL");
    // *MINLEN above 10 is refused at level 0 too.
    refused(&sys, "QPWDRULES", "*MINLEN12", 1, "QSY0035");
    sys.reach_password_level(2);
    sys.ok(&["CHGSYSVAL", "QPWDRULES", "*MIXCASE1 *MINLEN12"]);
    assert!(sys.current("QPWDRULES").contains("*MIXCASE1"));
}

#[test]
fn individual_length_values_refused_while_qpwdrules_is_a_list() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDRULES", "*MINLEN8 *DGTMIN1"]);
    refused(&sys, "QPWDMINLEN", "7", 1, "QSY0036");
    refused(&sys, "QPWDMAXLEN", "9", 1, "QSY0036");
    assert_eq!(sys.current("QPWDMINLEN"), "6");
    assert_eq!(sys.current("QPWDMAXLEN"), "8");
    sys.ok(&["CHGSYSVAL", "QPWDRULES", "*PWDSYSVAL"]);
    accepted(&sys, "QPWDMINLEN", "7", "7");
    accepted(&sys, "QPWDMAXLEN", "9", "9");
}

#[test]
fn unknown_system_value_is_refused() {
    let sys = Sys::new();
    sys.init();
    let before = sys.store_bytes();
    // QDATE is a real system value (issue 14): a name that is none gets CPF1028.
    let out = sys.run(&["DSPSYSVAL", "QDATX"]);
    out.refused(2, "CPF1028");
    let out = sys.run(&["CHGSYSVAL", "QDATX", "1"]);
    out.refused(2, "CPF1028");
    // The clock is not changed by qsy.
    let out = sys.run(&["CHGSYSVAL", "QDATE", "'010126'"]);
    out.refused(1, "QSY0061");
    assert!(sys.store_bytes() == before, "store changed");
}

// ---------------------------------------------------------------------------------------
// Authority (§7.8) and the SST options (§7.2, §7.4).

#[test]
fn user_without_allobj_and_secadm_cannot_change_security_values() {
    let sys = Sys::new();
    create_user(&sys, "JOE");
    let out = sys
        .fails_as("JOE", &["CHGSYSVAL", "QMAXSIGN", "5"], 1, "QSY0050")
        .says("JOE");
    let err = out.stderr.clone();
    assert!(
        err.contains("*ALLOBJ") || err.contains("*SECADM"),
        "refusal does not name the authority: {err}"
    );
    let out = sys
        .fails_as("JOE", &["CHGSYSVAL", "QPWDLVL", "2"], 1, "QSY0050")
        .says("JOE");
    assert!(out.stderr.contains("*ALLOBJ") || out.stderr.contains("*SECADM"));
    let out = sys
        .fails_as("JOE", &["CHGSECA", "ADLSGNFAC(*DISABLED)"], 1, "QSY0050")
        .says("JOE");
    let err = out.stderr.clone();
    assert!(
        err.contains("*ALLOBJ") || err.contains("*SECADM"),
        "refusal does not name the authority: {err}"
    );
    assert_eq!(sys.current("QMAXSIGN"), "3");
    assert_eq!(sys.sysval("QPWDLVL"), ("0".into(), None));
    assert!(
        sys.journal(&["SV"]).is_empty(),
        "a refused change was journaled"
    );
    // Displaying is allowed.
    sys.ok_as("JOE", &["DSPSYSVAL", "QPWDLVL"]);
    sys.ok_as("JOE", &["DSPSECA"]);
}

#[test]
fn secadm_without_allobj_cannot_change_security_values() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(ADM)",
        "PASSWORD(*NONE)",
        "USRCLS(*SECADM)",
    ]);
    sys.fails_as("ADM", &["CHGSYSVAL", "QMAXSIGN", "5"], 1, "QSY0050")
        .says("*ALLOBJ");
    sys.fails_as("ADM", &["CHGSECA", "ADLSGNFAC(*DISABLED)"], 1, "QSY0050")
        .says("*ALLOBJ");
    // *ALLOBJ without *SECADM is not enough either.
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(ALLO)",
        "PASSWORD(*NONE)",
        "SPCAUT(*ALLOBJ)",
    ]);
    sys.fails_as("ALLO", &["CHGSYSVAL", "QMAXSIGN", "5"], 1, "QSY0050")
        .says("*SECADM");
    sys.fails_as("ALLO", &["CHGSECA", "ADLSGNFAC(*DISABLED)"], 1, "QSY0050")
        .says("*SECADM");
    // Both: allowed.
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(BOTH)",
        "PASSWORD(*NONE)",
        "SPCAUT(*ALLOBJ *SECADM)",
    ]);
    sys.ok_as("BOTH", &["CHGSYSVAL", "QMAXSIGN", "5"]);
    assert_eq!(sys.current("QMAXSIGN"), "5");
}

#[test]
fn sst_lock_refuses_chgsysval_even_for_qsecofr() {
    let sys = Sys::new();
    sys.ok(&["sst", "--lock-security-values", "yes"]);
    for (name, value) in [
        ("QMAXSIGN", "5"),
        ("QPWDLVL", "2"),
        ("QSECURITY", "50"),
        ("QPWDRULES", "*MINLEN8 *DGTMIN1"),
    ] {
        let before = sys.sysval(name);
        let out = sys.run(&["CHGSYSVAL", name, value]);
        assert_eq!(out.code, 1, "locked {name} was changed\n{}", out.show());
        out.refused(1, "QSY0034");
        assert_eq!(sys.sysval(name), before);
    }
    sys.ok(&["sst", "--lock-security-values", "no"]);
    accepted(&sys, "QMAXSIGN", "5", "5");
}

#[test]
fn sst_can_forbid_additional_signon_factor_change() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "4"]);
    sys.ipl();
    sys.ok(&["sst", "--allow-adlsgnfac-change", "no"]);
    for v in ["ADLSGNFAC(*ENABLED)", "ADLSGNFAC(*DISABLED)"] {
        let out = sys.run(&["CHGSECA", v]);
        assert_eq!(
            out.code,
            1,
            "CHGSECA {v} allowed despite SST\n{}",
            out.show()
        );
        out.refused(1, "QSY0039");
    }
    assert_eq!(sys.seca()["pending_additional_signon_factor"], "*DISABLED");
    sys.ok(&["sst", "--allow-adlsgnfac-change", "yes"]);
    sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    assert_eq!(sys.seca()["pending_additional_signon_factor"], "*ENABLED");
}

// ---------------------------------------------------------------------------------------
// The additional sign-on factor (§7.4).

#[test]
fn chgseca_enable_refused_at_level_0_with_nothing_pending() {
    let sys = Sys::new();
    let out = sys.run(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    assert_eq!(out.code, 1, "{}", out.show());
    out.refused(1, "QSY0038");
    let s = sys.seca();
    assert_eq!(s["additional_signon_factor"], "*DISABLED");
    assert_eq!(s["pending_additional_signon_factor"], "*DISABLED");
    // QPWDLVL 2 pending is not enough either.
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    sys.fails(&["CHGSECA", "ADLSGNFAC(*ENABLED)"], 1, "QSY0038");
}

#[test]
fn chgseca_enable_refused_below_qsecurity_40() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    sys.ok(&["CHGSYSVAL", "QSECURITY", "30"]);
    sys.ipl();
    sys.fails(&["CHGSECA", "ADLSGNFAC(*ENABLED)"], 1, "QSY0038");
    // A pending QSECURITY 40 does not count: IBM looks at the current level.
    sys.ok(&["CHGSYSVAL", "QSECURITY", "40"]);
    sys.fails(&["CHGSECA", "ADLSGNFAC(*ENABLED)"], 1, "QSY0038");
    assert_eq!(sys.seca()["pending_additional_signon_factor"], "*DISABLED");
}

/// IBM 7.6 "Enabling MFA on your system": the security level must be 40 or more and the
/// password level 4, as the interfaces that show the *current* levels show them.
#[test]
fn chgseca_enable_needs_the_current_password_level_4_not_a_pending_one() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "4"]);
    let out = sys.fails(&["CHGSECA", "ADLSGNFAC(*ENABLED)"], 1, "QSY0038");
    assert!(out.stderr.contains("current"), "{}", out.show());
    assert_eq!(sys.seca()["pending_additional_signon_factor"], "*DISABLED");
    sys.ipl();
    let doc = sys.json(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    assert!(
        doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "completion"),
        "{doc}"
    );
    let s = sys.seca();
    assert_eq!(s["additional_signon_factor"], "*DISABLED", "{s}");
    assert_eq!(s["pending_additional_signon_factor"], "*ENABLED", "{s}");
    sys.ipl();
    let s = sys.seca();
    assert_eq!(s["additional_signon_factor"], "*ENABLED", "{s}");
    assert_eq!(s["pending_additional_signon_factor"], "*ENABLED", "{s}");
    assert_eq!(s["password_level"], 4, "{s}");
    // And back: *DISABLED is pending until the next IPL.
    sys.ok(&["CHGSECA", "ADLSGNFAC(*DISABLED)"]);
    let s = sys.seca();
    assert_eq!(s["additional_signon_factor"], "*ENABLED", "{s}");
    assert_eq!(s["pending_additional_signon_factor"], "*DISABLED", "{s}");
    sys.ipl();
    assert_eq!(sys.seca()["additional_signon_factor"], "*DISABLED");
}

#[test]
fn the_rollout_needs_two_ipls() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    sys.ok(&["CHGSYSVAL", "QSECURITY", "30"]);
    sys.ipl();
    sys.ok(&["CHGSYSVAL", "QSECURITY", "40"]);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "4"]);
    // Setting all three before one IPL is refused: the levels are not current yet.
    sys.fails(&["CHGSECA", "ADLSGNFAC(*ENABLED)"], 1, "QSY0038");
    sys.ipl();
    sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    sys.ipl();
    let s = sys.seca();
    assert_eq!(
        (s["security_level"].clone(), s["password_level"].clone()),
        (Value::from(40), Value::from(4)),
        "{s}"
    );
    assert_eq!(s["additional_signon_factor"], "*ENABLED", "{s}");
}

fn message_ids(doc: &Value) -> Vec<(String, String)> {
    doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["id"].as_str().unwrap_or("").to_string(),
                m["type"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn factor_stays_disabled_when_the_ipl_leaves_levels_too_low() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    // After the attribute was accepted, QSECURITY is lowered for the same IPL: CHGSYSVAL
    // says what the IPL will do.
    let doc = sys.json(&["CHGSYSVAL", "QSECURITY", "30"]);
    assert!(
        message_ids(&doc).contains(&("QSY0059".into(), "diagnostic".into())),
        "{doc}"
    );
    let doc = sys.ipl();
    assert!(
        message_ids(&doc).contains(&("QSY0044".into(), "diagnostic".into())),
        "IPL gave no diagnostic for the factor that stays disabled: {doc}"
    );
    let s = sys.seca();
    assert_eq!(s["security_level"], 30, "{s}");
    assert_eq!(s["password_level"], 4, "{s}");
    assert_eq!(s["additional_signon_factor"], "*DISABLED", "{s}");
    assert_eq!(s["pending_additional_signon_factor"], "*DISABLED", "{s}");
}

#[test]
fn factor_stays_disabled_when_qpwdlvl_pending_is_withdrawn() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    sys.ipl();
    let s = sys.seca();
    assert_eq!(s["password_level"], 2, "{s}");
    assert_eq!(s["additional_signon_factor"], "*DISABLED", "{s}");
}

/// An enabled attribute and a lower level at the next IPL: CHGSYSVAL warns (a diagnostic,
/// the change is still made), and the IPL says the attribute was *ENABLED and is now
/// *DISABLED.
#[test]
fn lowering_a_level_under_an_enabled_factor_is_announced_then_reported() {
    for (name, value) in [("QPWDLVL", "3"), ("QSECURITY", "30")] {
        let sys = Sys::new();
        sys.reach_password_level(4);
        sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
        sys.ipl();
        assert_eq!(sys.seca()["additional_signon_factor"], "*ENABLED");
        let doc = sys.json(&["CHGSYSVAL", name, value]);
        let ids = message_ids(&doc);
        assert!(
            ids.contains(&("QSY0059".into(), "diagnostic".into())),
            "{doc}"
        );
        assert!(
            ids.contains(&("QSY0032".into(), "completion".into())),
            "{doc}"
        );
        assert_eq!(sys.sysval(name).1.as_deref(), Some(value));
        // Raising it back before the IPL: no warning.
        let back = if name == "QPWDLVL" { "4" } else { "40" };
        let doc = sys.json(&["CHGSYSVAL", name, back]);
        assert!(
            !message_ids(&doc).iter().any(|(id, _)| id == "QSY0059"),
            "{doc}"
        );
        sys.ok(&["CHGSYSVAL", name, value]);
        let doc = sys.ipl();
        let ids = message_ids(&doc);
        assert!(
            ids.contains(&("QSY0057".into(), "diagnostic".into())),
            "{doc}"
        );
        assert!(!ids.iter().any(|(id, _)| id == "QSY0044"), "{doc}");
        let text = doc.to_string();
        assert!(text.contains("was *ENABLED and is now *DISABLED"), "{text}");
        assert_eq!(sys.seca()["additional_signon_factor"], "*DISABLED");
    }
}

// ---------------------------------------------------------------------------------------
// Audit journal (§7.11).

#[test]
fn sv_entries_in_the_audit_journal() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(ADM)",
        "PASSWORD(*NONE)",
        "USRCLS(*SECOFR)",
    ]);
    let out = sys
        .exec(&["CHGSYSVAL", "QMAXSIGN", "5"])
        .env("QSY_CLOCK", "2026-11-24T10:00:00Z")
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    let out = sys
        .exec(&["--user", "ADM", "CHGSYSVAL", "QPWDLVL", "2"])
        .env("QSY_CLOCK", "2026-11-24T10:05:00Z")
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    let doc = sys.json(&["DSPJRN", "JRN(QAUDJRN)", "ENTTYP(SV)"]);
    let entries = doc["entries"]
        .as_array()
        .unwrap_or_else(|| panic!("no entries: {doc}"));
    assert!(entries.len() >= 2, "{doc}");
    for e in entries {
        for f in [
            "sequence",
            "timestamp",
            "entry_type",
            "user_profile",
            "object",
            "detail",
        ] {
            assert!(e.get(f).is_some(), "entry lacks {f}: {e}");
        }
        assert_eq!(e["entry_type"], "SV", "ENTTYP(SV) returned {e}");
        assert!(e["sequence"].is_u64(), "{e}");
        assert!(e["detail"].is_string(), "{e}");
    }
    let seqs: Vec<u64> = entries
        .iter()
        .map(|e| e["sequence"].as_u64().unwrap())
        .collect();
    assert!(
        seqs.windows(2).all(|w| w[0] < w[1]),
        "sequence not increasing: {seqs:?}"
    );
    let maxsign = entries
        .iter()
        .find(|e| e["object"] == "QMAXSIGN")
        .unwrap_or_else(|| panic!("no SV entry for QMAXSIGN: {doc}"));
    assert_eq!(maxsign["user_profile"], "QSECOFR");
    assert_eq!(maxsign["timestamp"], "2026-11-24T10:00:00Z");
    let lvl = entries
        .iter()
        .find(|e| e["object"] == "QPWDLVL")
        .unwrap_or_else(|| panic!("no SV entry for QPWDLVL: {doc}"));
    assert_eq!(lvl["user_profile"], "ADM", "the entry names the job user");
    assert_eq!(lvl["timestamp"], "2026-11-24T10:05:00Z");
    // The CP entry of CRTUSRPRF is not an SV entry, but it is in the whole journal.
    let all = sys.journal(&[]);
    assert!(
        all.len() > entries.len(),
        "whole journal should hold more than the SV entries"
    );
    assert!(
        all.iter()
            .any(|e| e["entry_type"] == "CP" && e["object"] == "ADM"),
        "no CP entry for ADM"
    );
    // USRPRF filter.
    let doc = sys.json(&["DSPJRN", "JRN(QAUDJRN)", "ENTTYP(SV)", "USRPRF(ADM)"]);
    let by_adm = doc["entries"].as_array().unwrap();
    assert!(
        !by_adm.is_empty()
            && by_adm
                .iter()
                .all(|e| e["user_profile"] == "ADM" || e["object"] == "ADM"),
        "{doc}"
    );
}

#[test]
fn chgseca_writes_an_sv_entry() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "4"]);
    sys.ipl();
    let before = sys.journal(&["SV"]).len();
    sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    let after = sys.journal(&["SV"]);
    assert_eq!(after.len(), before + 1, "{after:?}");
    let e = after.last().unwrap();
    assert_eq!(e["user_profile"], "QSECOFR");
    assert!(
        scalar(&e["object"]).contains("ADLSGNFAC") || scalar(&e["detail"]).contains("ADLSGNFAC"),
        "{e}"
    );
}

#[test]
fn ipls_are_journaled() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "2"]);
    let before = sys.journal(&[]).len();
    sys.ipl();
    sys.ok(&["PWRDWNSYS", "OPTION(*IMMED)", "RESTART(*YES)"]);
    let all = sys.journal(&[]);
    let new: Vec<&Value> = all.iter().skip(before).collect();
    assert_eq!(new.len(), 2, "two IPLs should add two entries: {new:?}");
    for e in &new {
        assert_ne!(e["entry_type"], "SV", "an IPL is not an SV entry: {e}");
        assert_eq!(
            e["entry_type"], new[0]["entry_type"],
            "both IPLs should have the same entry type"
        );
    }
    assert!(
        scalar(&new[0]["detail"]).contains("QPWDLVL"),
        "the IPL entry should say what it applied: {}",
        new[0]
    );
    let ipl_type = scalar(&new[0]["entry_type"]);
    let filtered = sys.journal(&[&ipl_type]);
    assert_eq!(filtered.len(), 2, "{filtered:?}");
    // SV filter does not return the IPLs.
    assert!(sys.journal(&["SV"]).iter().all(|e| e["entry_type"] == "SV"));
}

#[test]
fn dspjrn_needs_audit_or_allobj() {
    let sys = Sys::new();
    create_user(&sys, "JOE");
    let out = sys
        .fails_as("JOE", &["DSPJRN", "QAUDJRN"], 1, "QSY0050")
        .says("JOE");
    assert!(
        out.stderr.contains("*AUDIT") || out.stderr.contains("*ALLOBJ"),
        "{}",
        out.show()
    );
}

// ---------------------------------------------------------------------------------------
// Bad input: exit 2, a message ID, store unchanged (§4, §10).

#[test]
fn bad_input_unknown_command() {
    bad_input(&["FOOBAR", "X"], "CPD0030");
    bad_input(&["-c", "NOSUCHCMD A(B)"], "CPD0030");
}

#[test]
fn bad_input_unknown_keyword() {
    bad_input(&["DSPSYSVAL", "SYSVAL(QPWDLVL)", "BOGUS(1)"], "CPD0043");
    bad_input(
        &["-c", "CHGSYSVAL SYSVAL(QMAXSIGN) VALUE(5) NOPE(X)"],
        "CPD0043",
    );
}

#[test]
fn bad_input_missing_required_parameter() {
    bad_input(&["CHGSYSVAL", "SYSVAL(QMAXSIGN)"], "QSY0002");
    bad_input(&["DSPSYSVAL"], "QSY0002");
    bad_input(&["CRTUSRPRF", "PASSWORD(*NONE)"], "QSY0002");
}

#[test]
fn bad_input_unbalanced_parenthesis() {
    bad_input(&["-c", "CHGSYSVAL SYSVAL(QMAXSIGN VALUE(5)"], "QSY0101");
    bad_input(&["-c", "CHGSYSVAL SYSVAL(QMAXSIGN) VALUE(5"], "QSY0101");
    bad_input(&["CHGSYSVAL", "SYSVAL(QMAXSIGN)", "VALUE(5))"], "QSY0101");
}

#[test]
fn bad_input_unterminated_quote() {
    bad_input(
        &[
            "-c",
            "CHGSYSVAL SYSVAL(QPWDRULES) VALUE('*MINLEN8 *DGTMIN1)",
        ],
        "QSY0102",
    );
    bad_input(&["CRTUSRPRF", "USRPRF(JOE)", "TEXT('John"], "QSY0102");
}

#[test]
fn bad_input_too_many_positional_parameters() {
    bad_input(&["CHGSYSVAL", "QMAXSIGN", "5", "6"], "QSY0004");
    bad_input(&["DSPSECA", "X"], "QSY0004");
}

#[test]
fn bad_input_value_not_among_special_values() {
    bad_input(&["CHGSECA", "ADLSGNFAC(*MAYBE)"], "QSY0011");
    bad_input(
        &["CRTUSRPRF", "USRPRF(JOE)", "STATUS(*SLEEPING)"],
        "QSY0011",
    );
    bad_input(&["CRTUSRPRF", "USRPRF(JOE)", "AUTHMTH(*SMS)"], "QSY0011");
    bad_input(&["CHGSYSVAL", "QFOO", "1"], "CPF1028");
}

#[test]
fn bad_input_integer_out_of_range() {
    bad_input(&["CRTUSRPRF", "USRPRF(JOE)", "PWDEXPITV(367)"], "QSY0007");
    bad_input(&["CRTUSRPRF", "USRPRF(JOE)", "PWDEXPITV(0)"], "QSY0007");
    bad_input(&["CRTUSRPRF", "USRPRF(JOE)", "TOTPOPTITV(721)"], "QSY0007");
}

#[test]
fn bad_input_wrong_type() {
    bad_input(&["CRTUSRPRF", "USRPRF(JOE)", "PWDEXPITV(ABC)"], "QSY0003");
    bad_input(&["CRTUSRPRF", "USRPRF(JOE)", "TOTPOPTITV(1.5)"], "QSY0003");
}

#[test]
fn bad_input_name_not_valid() {
    bad_input(&["CRTUSRPRF", "USRPRF(1JOE)"], "QSY0008");
    bad_input(&["CRTUSRPRF", "USRPRF(ABCDEFGHIJK)"], "QSY0008");
    bad_input(&["DSPUSRPRF", "J-SMITH"], "QSY0008");
}

#[test]
fn bad_input_value_too_long() {
    let text = format!("TEXT('{}')", "x".repeat(51));
    bad_input(&["CRTUSRPRF", "USRPRF(JOE)", &text], "QSY0006");
}

#[test]
fn bad_input_shell_form_unknown_flag() {
    bad_input(
        &[
            "chgsysval",
            "--sysval",
            "qmaxsign",
            "--value",
            "5",
            "--bogus",
            "1",
        ],
        "QSY0018",
    );
}

#[test]
fn json_output_on_failure_is_one_object() {
    let sys = Sys::new();
    sys.init();
    let before = sys.store_bytes();
    // Usage error.
    let out = sys.run(&[
        "--output",
        "json",
        "DSPSYSVAL",
        "SYSVAL(QPWDLVL)",
        "BOGUS(1)",
    ]);
    assert_eq!(out.code, 2, "{}", out.show());
    let doc: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not exactly one JSON document ({e})\n{}", out.show()));
    assert!(doc.is_object());
    let msgs = doc["messages"].as_array().unwrap();
    let escape: Vec<&Value> = msgs.iter().filter(|m| m["type"] == "escape").collect();
    assert_eq!(escape.len(), 1, "{doc}");
    assert_eq!(escape[0]["id"], "CPD0043", "{doc}");
    assert!(
        escape[0]["text"].as_str().unwrap().contains("BOGUS"),
        "{doc}"
    );
    // Unknown command.
    let doc = sys.json(&["NOSUCHCMD"]);
    assert!(has_message(&doc, "CPD0030"), "{doc}");
    assert!(sys.store_bytes() == before);
    // Escape message (exit 1).
    let out = sys.run(&["--output", "json", "CHGSYSVAL", "QPWDLVL", "4"]);
    assert_eq!(out.code, 1, "{}", out.show());
    let doc: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not exactly one JSON document ({e})\n{}", out.show()));
    assert!(
        doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "escape"),
        "{doc}"
    );
    // Store error (exit 3).
    std::fs::write(
        sys.dir.path().join("junk.redb"),
        b"this is not a store at all, not even close",
    )
    .unwrap();
    let out = sys
        .exec(&["--output", "json", "DSPSECA"])
        .env("QSY_SYSTEM", sys.dir.path().join("junk.redb"))
        .run();
    assert_eq!(out.code, 3, "{}", out.show());
    let doc: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not exactly one JSON document ({e})\n{}", out.show()));
    assert!(
        doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "escape"),
        "{doc}"
    );
}

#[test]
fn failure_messages_have_the_ibm_form_on_stderr() {
    let sys = Sys::new();
    let out = sys.run(&["DSPUSRPRF", "JSMITH"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr
            .lines()
            .any(|l| l == "CPF2204: User profile JSMITH not found."),
        "{}",
        out.show()
    );
    assert!(
        !out.stdout.contains("CPF2204"),
        "escape messages go to stderr\n{}",
        out.show()
    );
}

// ---------------------------------------------------------------------------------------
// Store problems: exit 3 (§4, §8).

#[test]
fn a_file_that_is_not_a_store_exits_3_and_is_left_alone() {
    let sys = Sys::new();
    let mut junk = vec![0u8; 8192];
    let mut x: u32 = 0x1234_5678;
    for b in junk.iter_mut() {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        *b = x as u8;
    }
    std::fs::write(sys.path(), &junk).unwrap();
    for args in [
        vec!["DSPSECA"],
        vec!["CHGSYSVAL", "QMAXSIGN", "5"],
        vec!["ipl"],
    ] {
        let out = sys.run(&args);
        assert_eq!(out.code, 3, "{args:?}\n{}", out.show());
        out.refused(3, "QSY0022");
        assert!(
            std::fs::read(sys.path()).unwrap() == junk,
            "{args:?} modified the foreign file"
        );
    }
}

#[test]
fn an_empty_file_is_not_a_store() {
    let sys = Sys::new();
    std::fs::write(sys.path(), b"").unwrap();
    let out = sys.run(&["DSPSECA"]);
    assert_eq!(out.code, 3, "{}", out.show());
    out.refused(3, "QSY0022");
}

#[test]
fn a_store_held_by_another_process_exits_3_after_the_wait() {
    let sys = Sys::new();
    sys.init();
    let held = qsy::store::Store::open(&sys.path(), true, qsy::engine::init_store)
        .expect("open the store in the test");
    for args in [vec!["CHGSYSVAL", "QMAXSIGN", "5"], vec!["DSPSECA"]] {
        let started = std::time::Instant::now();
        let out = sys.exec(&args).env("QSY_LOCK_WAIT", "1").run();
        let took = started.elapsed();
        assert_eq!(out.code, 3, "{args:?} with the store held\n{}", out.show());
        out.refused(3, "QSY0021");
        assert!(
            took >= std::time::Duration::from_millis(900),
            "{args:?} gave up before the wait: {took:?}"
        );
        assert!(
            took < std::time::Duration::from_secs(8),
            "{args:?} waited far past QSY_LOCK_WAIT: {took:?}"
        );
    }
    drop(held);
    accepted(&sys, "QMAXSIGN", "5", "5");
}

#[test]
fn a_store_released_during_the_wait_is_used() {
    let sys = Sys::new();
    sys.init();
    let held = qsy::store::Store::open(&sys.path(), true, qsy::engine::init_store)
        .expect("open the store in the test");
    let child = sys
        .command()
        .env("QSY_LOCK_WAIT", "20")
        .args(["CHGSYSVAL", "QMAXSIGN", "5"])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    drop(held);
    let out = Run::of(&["CHGSYSVAL"], &child.wait_with_output().unwrap());
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(sys.current("QMAXSIGN"), "5");
}

#[test]
fn a_store_with_a_newer_schema_exits_3() {
    let sys = Sys::new();
    sys.init();
    {
        let store = qsy::store::Store::open(&sys.path(), true, qsy::engine::init_store).unwrap();
        let mut tx = store.begin().unwrap();
        tx.put_raw(
            qsy::store::Table::Meta,
            "schema",
            (qsy::store::SCHEMA_VERSION + 1).to_le_bytes().to_vec(),
        )
        .unwrap();
        tx.end_command(true).unwrap();
        tx.commit(true).unwrap();
    }
    let before = sys.store_bytes();
    let out = sys.run(&["DSPSECA"]);
    assert_eq!(out.code, 3, "{}", out.show());
    out.refused(3, "QSY0023");
    assert!(
        sys.store_bytes() == before,
        "a display command modified a newer store"
    );
    let out = sys.run(&["CHGSYSVAL", "QMAXSIGN", "5"]);
    assert_eq!(out.code, 3, "{}", out.show());
    // Still refused afterwards: the refused write did not downgrade or damage it.
    let out = sys.run(&["DSPSECA"]);
    assert_eq!(out.code, 3, "{}", out.show());
    assert!(
        out.stderr
            .contains(&(qsy::store::SCHEMA_VERSION + 1).to_string()),
        "the message should name the newer schema\n{}",
        out.show()
    );
}

// ---------------------------------------------------------------------------------------
// Help (§3).

fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn command_help_lists_every_parameter_keyword() {
    let sys = Sys::new();
    let mut checked = 0;
    for def in qsy::lang::defs::COMMANDS.iter() {
        let out = sys.run(&[def.name(), "--help"]);
        assert_eq!(out.code, 0, "{} --help\n{}", def.name(), out.show());
        let text = strip_ansi(&out.stdout);
        for p in def.params().iter() {
            let flag = format!("--{}", p.keyword().to_lowercase());
            assert!(
                text.contains(p.keyword()) || text.contains(&flag),
                "{} --help does not list {}:\n{text}",
                def.name(),
                p.keyword()
            );
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} command definitions");
    // Spot check against the DESIGN's own parameter names.
    let text = strip_ansi(&sys.run(&["CHGUSRPRF", "--help"]).stdout);
    for kw in [
        "USRPRF",
        "PASSWORD",
        "STATUS",
        "SPCAUT",
        "AUTHMTH",
        "TOTPOPTITV",
        "PWDEXP",
    ] {
        assert!(text.contains(kw), "CHGUSRPRF --help lacks {kw}");
    }
    let text = strip_ansi(&sys.run(&["chgsysval", "--help"]).stdout);
    assert!(text.contains("SYSVAL") && text.contains("VALUE"), "{text}");
    // Help touches no store.
    assert!(!sys.path().exists(), "--help created a store");
}

#[test]
fn qsy_help_exits_0() {
    let sys = Sys::new();
    let out = sys.run(&["--help"]);
    assert_eq!(out.code, 0, "{}", out.show());
    let text = out.stdout.clone();
    for name in ["CHGSYSVAL", "DSPSECA", "ipl", "sst", "links"] {
        assert!(
            text.to_lowercase().contains(&name.to_lowercase()),
            "qsy --help does not mention {name}"
        );
    }
    let out = sys.run(&["help", "DSPSYSVAL"]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("SYSVAL"));
}
