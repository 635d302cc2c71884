//! System values as IBM i has them (issue 14): the one table (every security value stored
//! and shown, a real but unmodelled value reported as not simulated, never CPF1028),
//! RTVSYSVAL's type and length check (CPF1094, CPF1095), CHGSYSVAL's apostrophe rule for
//! character values, and QPWDRULES' rule names and conflicts. Each attack leaves the store
//! unchanged.

use crate::harness::*;

/// Every value on IBM's "Security system values" page (the lockable list) and the values
/// scripts commonly retrieve.
const KNOWN: &[&str] = &[
    "QALWJOBITP",
    "QALWOBJRST",
    "QALWUSRDMN",
    "QAUDCTL",
    "QAUDENDACN",
    "QAUDFRCLVL",
    "QAUDLVL",
    "QAUDLVL2",
    "QAUTOCFG",
    "QAUTORMT",
    "QAUTOVRT",
    "QCRTAUT",
    "QCRTOBJAUD",
    "QDEVRCYACN",
    "QDSPSGNINF",
    "QDSCJOBITV",
    "QFRCCVNRST",
    "QINACTITV",
    "QINACTMSGQ",
    "QLMTDEVSSN",
    "QLMTSECOFR",
    "QMAXSGNACN",
    "QMAXSIGN",
    "QPWDCHGBLK",
    "QPWDEXPITV",
    "QPWDEXPWRN",
    "QPWDLMTAJC",
    "QPWDLMTCHR",
    "QPWDLMTREP",
    "QPWDLVL",
    "QPWDMAXLEN",
    "QPWDMINLEN",
    "QPWDPOSDIF",
    "QPWDRQDDGT",
    "QPWDRQDDIF",
    "QPWDRULES",
    "QPWDVLDPGM",
    "QRETSVRSEC",
    "QRMTSIGN",
    "QRMTSRVATR",
    "QSCANFS",
    "QSCANFSCTL",
    "QSECURITY",
    "QSHRMEMCTL",
    "QUSEADPAUT",
    "QVFYOBJRST",
    "QDATE",
    "QTIME",
    "QSYSLIBL",
    "QUSRLIBL",
    "QCCSID",
    "QLANGID",
    "QCNTRYID",
    "QSRLNBR",
    "QMODEL",
];

#[test]
fn every_security_value_is_stored_and_shown_and_says_whether_qsy_acts_on_it() {
    let sys = Sys::new();
    for name in KNOWN {
        let doc = sys.json_ok(&["DSPSYSVAL", name]);
        assert_eq!(doc["system_value"], *name, "{doc}");
        let simulated = doc["simulated"].as_bool().expect("simulated is a bool");
        assert_eq!(
            doc["note"].is_null(),
            simulated,
            "{name}: a value qsy does not act on says so: {doc}"
        );
    }
    assert_eq!(sys.current("QCRTAUT"), "*CHANGE");
    assert_eq!(sys.current("QPWDEXPWRN"), "7");
    sys.ok(&["CHGSYSVAL", "QCRTAUT", "*USE"]);
    assert_eq!(sys.current("QCRTAUT"), "*USE");
    sys.ok(&["CHGSYSVAL", "QINACTITV", "'60'"]);
    assert_eq!(sys.current("QINACTITV"), "60");
    let text = sys.ok(&["DSPSYSVAL", "QINACTITV"]);
    assert!(text.stdout.contains("not simulated"), "{}", text.show());
}

#[test]
fn a_real_value_qsy_does_not_know_is_not_simulated_and_a_wrong_name_is_cpf1028() {
    let sys = Sys::new();
    sys.init();
    let before = sys.store_bytes();
    sys.fails(&["DSPSYSVAL", "QTOTJOB"], 1, "QSY0061");
    sys.fails(&["RTVSYSVAL", "QACTJOB"], 1, "QSY0061");
    sys.fails(&["CHGSYSVAL", "QMAXJOB", "'100'"], 1, "QSY0061");
    sys.fails(&["DSPSYSVAL", "QTOTJOX"], 2, "CPF1028");
    sys.fails(&["CHGSYSVAL", "QMODEL", "'1234'"], 1, "QSY0063");
    assert!(sys.store_bytes() == before, "the store changed");
}

#[test]
fn chgsysval_needs_apostrophes_around_a_number_for_a_character_value() {
    let sys = Sys::new();
    sys.init();
    let before = sys.store_bytes();
    for cl in [
        "CHGSYSVAL QSECURITY VALUE(40)",
        "CHGSYSVAL SYSVAL(QMAXSIGN) VALUE(5)",
        "CHGSYSVAL QPWDEXPITV 90",
        "CHGSYSVAL QMAXSGNACN 2",
    ] {
        sys.fails(&["-c", cl], 1, "QSY0062");
    }
    sys.fails(
        &["-c", "CHGSYSVAL QPWDRULES VALUE(*MINLEN8 *DGTMIN1)"],
        1,
        "QSY0064",
    );
    assert!(sys.store_bytes() == before, "the store changed");
    sys.ok(&["-c", "CHGSYSVAL QSECURITY VALUE('30')"]);
    assert_eq!(sys.sysval("QSECURITY").1.as_deref(), Some("30"));
    sys.ok(&["-c", "CHGSYSVAL SYSVAL(QMAXSIGN) VALUE('5')"]);
    // Numeric values take both forms; the shell form has no CL quoting.
    sys.ok(&["-c", "CHGSYSVAL QPWDEXPWRN VALUE(14)"]);
    sys.ok(&["-c", "CHGSYSVAL QPWDEXPWRN VALUE('15')"]);
    sys.ok(&["chgsysval", "QSECURITY", "50"]);
    sys.ok(&["chgsysval", "--sysval", "QSECURITY", "--value", "40"]);
    assert_eq!(sys.sysval("QSECURITY").1, None);
}

#[test]
fn check_lists_chgsysval_literals_the_command_would_refuse() {
    let sys = Sys::new();
    sys.init();
    let out = sys.run(&[
        "run",
        "--check",
        &write(&sys, "lit.clp", "PGM\nDCL &L *CHAR 1\nCHGSYSVAL QPWDLVL VALUE('5')\nCHGSYSVAL QSECURITY VALUE(40)\nCHGSYSVAL QPWDLVL VALUE(&L)\nENDPGM\n"),
    ]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert!(out.stdout.contains(":3: QSY0035: "), "{}", out.show());
    assert!(out.stdout.contains(":4: QSY0062: "), "{}", out.show());
    assert!(
        !out.stdout.contains(":5: "),
        "a variable's value is checked at run time\n{}",
        out.show()
    );
}

fn write(sys: &Sys, name: &str, text: &str) -> String {
    let path = sys.dir.path().join(name);
    std::fs::write(&path, text).expect("script");
    path.to_str().expect("path").to_string()
}

#[test]
fn rtvsysval_checks_the_variable_type_and_length_as_ibm_does() {
    let sys = Sys::new();
    sys.init();
    // The shipped rollout's old declaration: QPWDLVL is a number, not *CHAR 1.
    let bad = "PGM\nDCL &PWDLVL *CHAR 1\nDCL &SEC *CHAR 3\nDCL &SIGN *CHAR 2\n\
               RTVSYSVAL QPWDLVL &PWDLVL\nRTVSYSVAL QSECURITY &SEC\nRTVSYSVAL QMAXSIGN &SIGN\nENDPGM\n";
    let out = sys.run(&["run", "--check", &write(&sys, "bad.clp", bad)]);
    assert_eq!(out.code, 2, "{}", out.show());
    for expect in [":5: CPF1094: ", ":6: CPF1095: ", ":7: CPF1095: "] {
        assert!(out.stdout.contains(expect), "{expect}\n{}", out.show());
    }
    let good = "PGM\nDCL &PWDLVL *DEC (5 0)\nDCL &SEC *CHAR 2\nDCL &ACN *LGL\nDCL &SIGN *CHAR 6\n\
                DCL &RULES *CHAR 750\nDCL &T *CHAR 6\n\
                RTVSYSVAL QPWDLVL &PWDLVL\nRTVSYSVAL QSECURITY &SEC\nRTVSYSVAL QDSPSGNINF &ACN\n\
                RTVSYSVAL QMAXSIGN &SIGN\nRTVSYSVAL QPWDRULES &RULES\nRTVSYSVAL QTIME &T\n\
                SNDPGMMSG MSG('L=' *CAT %CHAR(&PWDLVL) *CAT ' S=' *CAT &SEC *CAT ' N=' *CAT &SIGN)\nENDPGM\n";
    let out = sys.script("good.clp", good);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("L=0 S=40 N=3"), "{}", out.show());
    // A name from a variable is judged at run time, and the escape can be monitored.
    let run = "PGM\nDCL &NAME *CHAR 10 VALUE('QPWDLVL')\nDCL &V *CHAR 1\n\
               RTVSYSVAL SYSVAL(&NAME) RTNVAR(&V)\nMONMSG CPF1094 EXEC(SNDPGMMSG MSG('caught'))\nENDPGM\n";
    let out = sys.script("run.clp", run);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("caught"), "{}", out.show());
    let unmonitored = "PGM\nDCL &NAME *CHAR 10 VALUE('QSECURITY')\nDCL &V *DEC (5 0)\n\
                       RTVSYSVAL SYSVAL(&NAME) RTNVAR(&V)\nENDPGM\n";
    sys.script("unmon.clp", unmonitored).refused(1, "CPF1094");
}

#[test]
fn qpwdrules_takes_every_ibm_rule_and_refuses_the_conflicts() {
    let sys = Sys::new();
    sys.chgsysval("QPWDLVL", "2");
    sys.ipl();
    sys.ok(&[
        "CHGSYSVAL",
        "QPWDRULES",
        "'*REQANY3 *MINLEN8 *LTRLMTFST *LTRLMTLST'",
    ]);
    assert_eq!(
        sys.current("QPWDRULES"),
        "*REQANY3 *MINLEN8 *LTRLMTFST *LTRLMTLST"
    );
    let before = sys.store_bytes();
    for rules in [
        "'*CHRLMTAJC *CHRLMTREP'",
        "'*DGTLMTFST *LTRLMTFST *SPCCHRLMTFST'",
        "'*DGTLMTLST *LTRLMTLST *SPCCHRLMTLST'",
        "'*DGTMIN3 *DGTMAX2'",
        "'*REQANY4'",
        "'*REQANY'",
    ] {
        sys.fails(&["CHGSYSVAL", "QPWDRULES", rules], 1, "QSY0035");
    }
    assert!(sys.store_bytes() == before, "the store changed");
}

// ------------------------------------------------------------- issue 18 items 5 and 13

/// The text of message `id` in a document's messages.
fn message_text(doc: &serde_json::Value, id: &str) -> String {
    doc["messages"]
        .as_array()
        .and_then(|m| m.iter().find(|x| x["id"] == id))
        .map(|x| x["text"].as_str().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// "Who lost a password?": CHGSYSVAL QPWDLVL 4 names (the first ten of) the profiles the
/// IPL would leave with *NONE; the IPL journals one entry per profile that lost it; DSPUSRPRF
/// (`password_lost_at`) and DSPAUTUSR show that the *NONE came from the QPWDLVL change,
/// and when, until a password is set again.
#[test]
fn passwords_lost_at_the_qpwdlvl_ipl_are_warned_journalled_and_shown() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "KEEPER", "PASSWORD(KEEPER1)"]);
    for i in 1..=11 {
        let name = format!("USRPRF(LOSER{i:02})");
        sys.ok(&["CRTUSRPRF", &name, "PASSWORD(LOSER1)"]);
    }
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('2')"]);
    sys.ok(&["ipl"]);
    sys.ok(&["CHGUSRPRF", "KEEPER", "PASSWORD('Long-Pass-1')"]);
    let doc = sys.json_ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('4')"]);
    let warned = message_text(&doc, "QSY0666");
    // QSECOFR (shipped password) and the eleven: 12, ten named, then "and 2 more".
    assert!(
        warned.starts_with("12 profile(s)")
            && warned.contains("LOSER01")
            && !warned.contains("KEEPER")
            && warned.contains("and 2 more")
            && warned.contains("DSPAUTUSR"),
        "{doc}"
    );
    sys.set_clock(T0);
    sys.ok(&["ipl"]);
    let entries: Vec<String> = sys
        .journal(&["IP"])
        .iter()
        .filter(|e| e["object"] != "*SYSTEM")
        .map(|e| e["object"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(entries.len(), 12, "{entries:?}");
    assert!(entries.contains(&"LOSER11".to_string()) && !entries.contains(&"KEEPER".to_string()));
    let lost = sys.usrprf("LOSER01");
    assert_eq!(lost["password_none"], true, "{lost}");
    assert!(
        lost["password_lost_at"]
            .as_str()
            .is_some_and(|t| t.starts_with("2026-11-24")),
        "{lost}"
    );
    assert!(sys.usrprf("KEEPER")["password_lost_at"].is_null());
    let out = sys.ok(&["DSPUSRPRF", "LOSER01"]);
    assert!(
        out.stdout.contains("Password *NONE since QPWDLVL IPL"),
        "{}",
        out.show()
    );
    let doc = sys.json_ok(&["DSPAUTUSR"]);
    let row = doc["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["user_profile"] == "LOSER02")
        .cloned()
        .unwrap();
    assert!(row["password_lost_at"].is_string(), "{row}");
    let out = sys.ok(&["DSPAUTUSR"]);
    assert!(
        out.show().contains("QSY0667") && out.show().contains("LOSER02"),
        "{}",
        out.show()
    );
    // A new password: no longer "lost".
    sys.ok(&["CHGUSRPRF", "LOSER01", "PASSWORD('Long-Pass-2')"]);
    assert!(sys.usrprf("LOSER01")["password_lost_at"].is_null());
}

/// Completion messages show the new value; CHGSYSVAL of the value already pending (or
/// already current with nothing pending) says so.
#[test]
fn chgsysval_messages_show_the_value_and_what_is_already_pending() {
    let sys = Sys::new();
    let doc = sys.json_ok(&["CHGSYSVAL", "QPWDMAXLEN", "VALUE(10)"]);
    assert_eq!(
        message_text(&doc, "QSY0031"),
        "System value QPWDMAXLEN changed to 10."
    );
    let doc = sys.json_ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('2')"]);
    assert!(ids(&doc).contains(&"QSY0032".to_string()), "{doc}");
    let doc = sys.json_ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('2')"]);
    assert!(
        message_text(&doc, "QSY0664").contains("already pending as 2"),
        "{doc}"
    );
    let doc = sys.json_ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('0')"]);
    assert!(
        message_text(&doc, "QSY0668").contains("pending change to 2 is cancelled"),
        "{doc}"
    );
    let doc = sys.json_ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('0')"]);
    assert!(ids(&doc).contains(&"QSY0665".to_string()), "{doc}");
}

/// Issue 18 item 13: JSON types are the same across commands: a level, a count, an
/// interval or a sequence number is a JSON number wherever it appears (DSPSYSVAL of a DEC
/// system value too), never a string of digits.
#[test]
fn json_numbers_are_numbers_across_commands() {
    fn walk(path: &str, v: &serde_json::Value, bad: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    if k == "messages" || k == "text" || k == "detail" {
                        continue;
                    }
                    let numeric_key = [
                        "level",
                        "count",
                        "attempts",
                        "interval",
                        "sequence",
                        "_saved",
                        "_restored",
                        "current",
                        "pending",
                    ]
                    .iter()
                    .any(|w| k.contains(w));
                    if let serde_json::Value::String(s) = x {
                        if numeric_key && !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
                            bad.push(format!("{path}.{k} = {s:?}"));
                        }
                    }
                    walk(&format!("{path}.{k}"), x, bad);
                }
            }
            serde_json::Value::Array(a) => {
                for x in a {
                    walk(path, x, bad);
                }
            }
            _ => {}
        }
    }
    let sys = Sys::new();
    sys.init();
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    let mut bad = Vec::new();
    for args in [
        &["DSPSECA"][..],
        &["DSPSYSVAL", "QPWDLVL"],
        &["DSPSYSVAL", "QSECURITY"],
        &["DSPSYSVAL", "QPWDMINLEN"],
        &["DSPUSRPRF", "QSECOFR"],
        &["DSPAUTUSR"],
        &["DSPJRN", "QAUDJRN"],
        &["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"],
        &["RSTUSRPRF", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"],
    ] {
        let doc = sys.json_ok(args);
        walk(&args.join(" "), &doc, &mut bad);
    }
    let seca = sys.json_ok(&["DSPSECA"]);
    let lvl = sys.json_ok(&["DSPSYSVAL", "QPWDLVL"]);
    assert_eq!(seca["password_level"], lvl["current"], "{seca} {lvl}");
    assert!(
        bad.is_empty(),
        "strings of digits where numbers belong:\n{}",
        bad.join("\n")
    );
}
