//! Issue 17: programs that use IBM i commands qsy does not simulate, and IBM's keywords qsy
//! does not act on. A real shop's program runs to the end with the unsimulated commands
//! skipped and counted; `--strict` refuses it; a typo is still CPD0030 with "did you mean".

use crate::harness::*;

/// Simulated (DSPSECA, CHGVAR, SNDPGMMSG) and unsimulated (CPYF, RTVNETA, CLRPFM)
/// commands mixed, with a MONMSG after a skipped CPYF and a return variable of a skipped
/// RTVNETA.
const MIXED: &str = "PGM
  DCL VAR(&USER) TYPE(*CHAR) LEN(10) VALUE('KEEP')
  DCL VAR(&HIT) TYPE(*CHAR) LEN(1) VALUE('N')
  CPYF FROMFILE(NOSUCH) TOFILE(QTEMP/X)
  MONMSG MSGID(CPF2817 CPF0000) EXEC(CHGVAR VAR(&HIT) VALUE('Y'))
  RTVNETA SYSNAME(&USER)
  DSPSECA
  CLRPFM FILE(X)
  SNDPGMMSG MSG('user=' *CAT &USER *CAT ' hit=' *CAT &HIT)
ENDPGM
";

#[test]
fn a_mixed_program_runs_to_the_end_and_counts_what_it_skipped() {
    let sys = Sys::new();
    let path = script_file(&sys, "mixed.clp", MIXED);
    let (doc, run) = sys.json_run(&["--user", "QSECOFR", "run", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert_eq!(
        doc["commands_run"], 1,
        "only DSPSECA runs against the system"
    );
    assert_eq!(doc["commands_failed"], 0);
    let skipped = doc["commands_skipped"].as_array().expect("a list");
    let names: Vec<(u64, &str)> = skipped
        .iter()
        .map(|s| (s["line"].as_u64().unwrap(), s["command"].as_str().unwrap()))
        .collect();
    assert_eq!(names, vec![(4, "CPYF"), (6, "RTVNETA"), (8, "CLRPFM")]);
    let ids: Vec<&str> = doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.iter().filter(|i| **i == "QSY0752").count(), 3);
    assert!(ids.contains(&"QSY0754"), "the summary counts them: {ids:?}");
    // The MONMSG after the skipped CPYF did not fire; RTVNETA's variable kept its value.
    let texts: Vec<&str> = doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("user=KEEP") && t.ends_with("hit=N")),
        "{texts:?}"
    );
}

#[test]
fn check_lists_unsimulated_commands_once_each_as_notes() {
    let sys = Sys::new();
    let path = script_file(&sys, "mixed.clp", MIXED);
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert_eq!(doc["problems"].as_array().unwrap().len(), 0);
    let notes: Vec<(u64, String)> = doc["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["id"] == "QSY0750")
        .map(|n| {
            (
                n["line"].as_u64().unwrap(),
                n["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert_eq!(notes[0].0, 4);
    assert!(notes[0].1.starts_with("CPYF "));
    // --check says which variables the skipped retrieve command cannot set.
    let unset = note_texts(&doc, "QSY0751");
    assert_eq!(unset.len(), 1);
    assert!(unset[0].contains("SYSNAME(&USER)"), "{unset:?}");
    assert_eq!(doc["not_simulated"].as_array().unwrap().len(), 3);
}

#[test]
fn return_variables_given_by_position_are_found_through_the_catalogue() {
    let sys = Sys::new();
    let path = script_file(
        &sys,
        "pos.clp",
        "PGM\nDCL &V *CHAR 10\nRTVDTAARA MYAREA &V\nENDPGM\n",
    );
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert!(
        doc["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["id"] == "QSY0751" && n["text"].as_str().unwrap().contains("RTNVAR(&V)")),
        "{}",
        run.show()
    );
}

#[test]
fn strict_refuses_unsimulated_commands_in_check_and_run() {
    let sys = Sys::new();
    sys.init();
    let path = script_file(&sys, "mixed.clp", MIXED);
    let before = sys.store_bytes();
    for args in [
        vec!["run", "--check", "--strict", path.as_str()],
        vec!["--user", "QSECOFR", "run", "--strict", path.as_str()],
    ] {
        let (doc, run) = sys.json_run(&args);
        assert_eq!(run.code, 2, "{}", run.show());
        let problems = doc["problems"].as_array().expect("problems listed");
        assert!(problems
            .iter()
            .any(|p| p["id"] == "QSY0750" && p["line"] == 4));
    }
    assert_eq!(sys.store_bytes(), before, "nothing ran");
}

#[test]
fn a_typo_is_cpd0030_with_did_you_mean_among_all_ibm_commands() {
    let sys = Sys::new();
    let path = script_file(
        &sys,
        "typo.clp",
        "PGM\nRTVDTAARB DTAARA(X) RTNVAR(&V)\nCHGUSRPFR USRPRF(X)\nENDPGM\n",
    );
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 2, "{}", run.show());
    let problems = doc["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 2, "{}", run.show());
    assert_eq!(problems[0]["id"], "CPD0030");
    assert!(problems[0]["text"]
        .as_str()
        .unwrap()
        .ends_with("Did you mean RTVDTAARA?"));
    assert!(problems[1]["text"]
        .as_str()
        .unwrap()
        .ends_with("Did you mean CHGUSRPRF?"));
}

#[test]
fn shell_mode_names_an_unsimulated_command_as_such() {
    let sys = Sys::new();
    let run = sys.run(&["CPYF", "FROMFILE(X)", "TOFILE(Y)"]);
    run.refused(2, "QSY0753");
    assert!(run.stderr.contains("not simulate"), "{}", run.show());
    // A typo in shell mode stays CPD0030.
    sys.run(&["CPYFX"]).refused(2, "CPD0030");
}

#[test]
fn crtusrprf_keeps_keywords_qsy_does_not_act_on_and_dspusrprf_shows_them() {
    let sys = Sys::new();
    let path = script_file(
        &sys,
        "usr.clp",
        "PGM\nCRTUSRPRF USRPRF(JOHN) PASSWORD(*NONE) HOMEDIR('/home/JOHN') +\n  INLPGM(MYLIB/START) JOBD(QGPL/QDFTJOBD) LMTCPB(*YES)\nCHGUSRPRF USRPRF(JOHN) GRPPRF(*NONE)\nENDPGM\n",
    );
    let (check, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let kept = note_texts(&check, "QSY0755");
    assert_eq!(kept.len(), 5, "{kept:?}");
    sys.ok(&["--user", "QSECOFR", "run", &path]);
    let doc = sys.json_ok(&["--user", "QSECOFR", "DSPUSRPRF", "JOHN"]);
    let shown: Vec<&str> = doc["not_acted_on"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        shown,
        vec![
            "GRPPRF(*NONE)",
            "HOMEDIR(/home/JOHN)",
            "INLPGM(MYLIB/START)",
            "JOBD(QGPL/QDFTJOBD)",
            "LMTCPB(*YES)"
        ]
    );
    let text = sys.ok(&["--user", "QSECOFR", "DSPUSRPRF", "JOHN"]);
    assert!(text.stdout.contains("not act on"), "{}", text.show());
}

#[test]
fn a_kept_keyword_with_a_wrong_value_is_refused_and_changes_nothing() {
    let sys = Sys::new();
    sys.init();
    let before = sys.store_bytes();
    sys.fails_as(
        "QSECOFR",
        &["CRTUSRPRF", "USRPRF(JANE)", "LMTCPB(*MAYBE)"],
        2,
        "QSY0011",
    );
    assert_eq!(sys.store_bytes(), before);
}

/// IBM keywords shops pass to commands qsy simulates (SBMJOB DATE, RCVMSG MSGF, CHKOBJ MBR,
/// SNDPGMMSG TOMSGQ/KEYVAR, RTVJOBA SWS) are IBM's, so they are accepted and noted as not
/// acted on, never CPD0043; a keyword IBM does not have still is.
#[test]
fn ibm_keywords_qsy_does_not_model_are_noted_not_refused() {
    let sys = Sys::new();
    let text = "PGM\n  DCL &MSGID *CHAR 7\n  DCL &MSGF *CHAR 10 VALUE('KEPT')\n  DCL &SWS *CHAR 8\n\
        DCL &KEY *CHAR 4\n  RTVJOBA SWS(&SWS)\n\
        CHKOBJ OBJ(QGPL/NOFILE) OBJTYPE(*FILE) MBR(*FIRST)\n\
        MONMSG MSGID(CPF9801) EXEC(DO)\n\
        SNDPGMMSG MSG('no file') TOMSGQ(QSYSOPR) KEYVAR(&KEY)\n  ENDDO\n\
        SBMJOB CMD(DSPUSRPRF QSECOFR) JOB(NIGHT) JOBQ(QGPL/QBATCH) DATE(*SYSVAL) SCDTIME(*CURRENT)\n\
        RCVMSG MSGTYPE(*LAST) MSGID(&MSGID) MSGF(&MSGF)\n\
        SNDPGMMSG MSG('MSGF=' *CAT &MSGF)\nENDPGM\n";
    let path = script_file(&sys, "kw.clp", text);
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let noted = note_texts(&doc, "QSY0755");
    for kw in [
        "RTVJOBA SWS",
        "CHKOBJ MBR",
        "SNDPGMMSG TOMSGQ",
        "SNDPGMMSG KEYVAR",
        "SBMJOB JOBQ",
        "SBMJOB DATE",
        "SBMJOB SCDTIME",
        "RCVMSG MSGF",
    ] {
        assert!(noted.iter().any(|n| n.starts_with(kw)), "{kw}: {noted:?}");
    }
    // The run goes to the end; the variable RCVMSG MSGF would set keeps its value.
    let out = sys.script("kw.clp", text);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("MSGF=KEPT"), "{}", out.show());
    // --strict makes a note an error, as for every other note.
    let strict = sys.run(&["run", "--check", "--strict", &path]);
    assert_eq!(strict.code, 2, "{}", strict.show());
    // A keyword that is not IBM's is still CPD0043.
    let bad = script_file(
        &sys,
        "bad.clp",
        "PGM\nSBMJOB CMD(DSPUSRPRF QSECOFR) WHEN(NOW)\nENDPGM\n",
    );
    let run = sys.run(&["run", "--check", &bad]);
    assert_eq!(run.code, 2, "{}", run.show());
    assert!(
        run.stdout.contains("CPD0043: Keyword WHEN"),
        "{}",
        run.show()
    );
}
