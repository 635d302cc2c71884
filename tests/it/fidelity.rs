//! What passes in qsy passes on IBM i (issue 14): SBMJOB's submitter goes on while the
//! submitted job's failure stays in its job log; SNDPGMMSG escapes carry a message ID; the
//! honest `--check`; IBM's message IDs where IBM has one.

use crate::harness::*;
use serde_json::Value;

// ---------------------------------------------------------------- SBMJOB

/// The attack: a rehearsal whose submitted command fails must not stop where the real run
/// goes on. On IBM i the submitter only gets "job submitted" (CPC1221); the failure is in
/// the submitted job's log, so `MONMSG CPF0000` after SBMJOB never fires.
#[test]
fn a_failing_submitted_job_is_not_an_escape_in_the_submitter() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(SBMU)",
        "PASSWORD(OLDPW1)",
        "PWDEXP(*NO)",
    ]);
    let file = script_file(
        &sys,
        "sbmfail.clp",
        "PGM
  /* SBMU cannot give itself *SECOFR: the submitted job fails. */
  SBMJOB CMD(CHGUSRPRF USRPRF(SBMU) USRCLS(*SECOFR)) USER(SBMU)
  MONMSG MSGID(CPF0000) EXEC(GOTO CMDLBL(HANDLER))
  SNDPGMMSG MSG('went on after SBMJOB')
  RETURN
HANDLER:
  SNDPGMMSG MSG('handler ran')
ENDPGM
",
    );
    let r = run_bounded(&sys, &["run", &file]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(
        !r.stdout.contains("handler ran"),
        "MONMSG CPF0000 caught the submitted job's failure:\n{}",
        r.show()
    );
    assert!(r.stdout.contains("went on after SBMJOB"), "{}", r.show());
    // The submitter's line, then the job's failure as a diagnostic with its job log.
    assert!(r.stdout.contains("CPC1221: Job "), "{}", r.show());
    assert!(r.stdout.contains("submitted to job queue"), "{}", r.show());
    assert!(r.stderr.contains("CPF1240"), "{}", r.show());
    assert!(r.stderr.contains("ended abnormally"), "{}", r.show());
    assert_eq!(sys.usrprf("SBMU")["user_class"], "*USER");
}

/// From the shell too: SBMJOB succeeds (exit 0), and the JSON document carries the job,
/// its log and whether it failed (DESIGN §4); the failed job's changes are not kept.
#[test]
fn sbmjob_json_has_the_job_its_log_and_whether_it_failed() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(SBMU)",
        "PASSWORD(OLDPW1)",
        "PWDEXP(*NO)",
    ]);
    let (doc, r) = sys.json_run(&[
        "SBMJOB",
        "CMD(CHGUSRPRF USRPRF(SBMU) USRCLS(*SECOFR))",
        "USER(SBMU)",
    ]);
    assert_eq!(r.code, 0, "{}", r.show());
    let ids: Vec<&str> = doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["CPC1221", "CPF1240"], "{doc}");
    assert_eq!(doc["messages"][0]["type"], "completion");
    assert_eq!(doc["messages"][1]["type"], "diagnostic");
    assert_eq!(doc["job_failed"], true, "{doc}");
    let job = doc["job"].as_str().unwrap();
    let parts: Vec<&str> = job.split('/').collect();
    assert_eq!(parts.len(), 3, "{job}");
    assert!(parts[0].len() == 6 && parts[0].bytes().all(|b| b.is_ascii_digit()));
    assert_eq!(parts[1], "SBMU");
    assert!(doc["messages"][0]["text"].as_str().unwrap().contains(job));
    let log = doc["job_log"].as_array().unwrap();
    let last = log.last().expect("the job's escape message");
    assert_eq!(last["type"], "escape", "{doc}");
    assert_eq!(sys.usrprf("SBMU")["user_class"], "*USER");

    // A job that completes normally: CPF1241, job_failed false, and its data still shown.
    let (doc, r) = sys.json_run(&["SBMJOB", "CMD(DSPSECA)", "USER(SBMU)"]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(doc["job_failed"], false, "{doc}");
    assert_eq!(doc["messages"][1]["id"], "CPF1241", "{doc}");
    // Each submitted job gets the next job number.
    let second = doc["job"].as_str().unwrap();
    assert_ne!(second, job);
}

/// Refusals at submit time stay escapes of SBMJOB itself (IBM checks USER when the job is
/// submitted): the submitter's MONMSG still sees them.
#[test]
fn refusals_at_submit_time_stay_escapes_of_sbmjob() {
    let sys = Sys::new();
    let r = sys.script(
        "nouser.clp",
        "PGM\n  SBMJOB CMD(DSPSECA) USER(NOBODY)\n  MONMSG CPF2204 EXEC(SNDPGMMSG MSG('no such user'))\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(r.stdout.contains("no such user"), "{}", r.show());
    assert!(!r.stdout.contains("CPC1221"), "{}", r.show());
}

/// In a script's JSON document, each submitted job is listed with its log.
#[test]
fn a_scripts_document_lists_its_submitted_jobs() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "jobs.clp",
        "PGM\n  SBMJOB CMD(DSPUSRPRF NOBODY)\n  SBMJOB CMD(DSPSECA)\nENDPGM\n",
    );
    let (doc, r) = sys.json_run(&["run", &file]);
    assert_eq!(r.code, 0, "{}", r.show());
    let jobs = doc["submitted_jobs"].as_array().expect("submitted_jobs");
    assert_eq!(jobs.len(), 2, "{doc}");
    assert_eq!(jobs[0]["job_failed"], true);
    assert_eq!(jobs[1]["job_failed"], false);
    let log: Vec<&Value> = jobs[0]["job_log"].as_array().unwrap().iter().collect();
    assert!(log.iter().any(|m| m["id"] == "CPF2204"), "{doc}");
}

// ---------------------------------------------------------------- SNDPGMMSG

/// IBM: an escape, notify or status message needs a message identifier; the CL compiler
/// refuses an immediate one (CPD2489), so the script cannot run at all.
#[test]
fn an_escape_notify_or_status_message_needs_a_msgid() {
    let sys = Sys::new();
    for ty in ["*ESCAPE", "*NOTIFY", "*STATUS"] {
        let file = script_file(
            &sys,
            "esc.clp",
            &format!("PGM\n  SNDPGMMSG MSG('free text') MSGTYPE({ty})\nENDPGM\n"),
        );
        let r = run_bounded(&sys, &["run", "--check", &file]);
        assert_eq!(r.code, 2, "{ty}: {}", r.show());
        assert!(
            r.stdout.contains("CPD2489") || r.stderr.contains("CPD2489"),
            "{ty}: {}",
            r.show()
        );
        let r = run_bounded(&sys, &["run", &file]);
        assert_eq!(r.code, 2, "{ty}: {}", r.show());
    }
    // Immediate messages of the other types are fine.
    let file = script_file(
        &sys,
        "ok.clp",
        "PGM\n  SNDPGMMSG MSG('a') MSGTYPE(*DIAG)\n  SNDPGMMSG MSG('b') MSGTYPE(*COMP)\nENDPGM\n",
    );
    let r = run_bounded(&sys, &["run", &file]);
    assert_eq!(r.code, 0, "{}", r.show());
}

/// MSGID with MSGDTA: a message qsy knows shows its text with the data; any other ID shows
/// the ID with the raw data. A message ID that is not one is refused by --check.
#[test]
fn msgid_with_msgdta_shows_the_text_or_the_raw_data() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "ids.clp",
        "PGM\n  DCL &ID *CHAR 7 VALUE('USR0042')\n  SNDPGMMSG MSGID(CPF2204) MSGF(QCPFMSG) MSGDTA('JSMITH')\n  SNDPGMMSG MSGID(&ID) MSGF(MYLIB/MYMSGF) MSGDTA('raw data 17')\nENDPGM\n",
    );
    let r = run_bounded(&sys, &["run", &file]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(
        r.stdout.contains("CPF2204: User profile JSMITH not found."),
        "{}",
        r.show()
    );
    assert!(r.stdout.contains("USR0042: raw data 17"), "{}", r.show());
    let bad = script_file(
        &sys,
        "bad.clp",
        "PGM\n  SNDPGMMSG MSGID(NOTANID) MSGDTA('x')\nENDPGM\n",
    );
    let r = run_bounded(&sys, &["run", "--check", &bad]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert!(
        r.stdout.contains("QSY0600") || r.stderr.contains("QSY0600"),
        "{}",
        r.show()
    );
    // From a variable, the ID is checked when the message is sent.
    let var = script_file(
        &sys,
        "var.clp",
        "PGM\n  DCL &ID *CHAR 7 VALUE('12AB')\n  SNDPGMMSG MSGID(&ID) MSGDTA('x')\n  MONMSG CPF0000 EXEC(SNDPGMMSG MSG('bad id monitored'))\nENDPGM\n",
    );
    let r = run_bounded(&sys, &["run", &var]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(r.stdout.contains("bad id monitored"), "{}", r.show());
}

/// An escape with a shop's own ID: to the program itself (TOPGMQ(*SAME)) its MONMSG of the
/// ID, and the generic forms, catch it; to the caller (*PRV, the default) it ends the
/// script with that ID, as an unmonitored escape ends the program on IBM i.
#[test]
fn escapes_with_user_ids_are_monitored_by_their_id_and_generic_forms() {
    let sys = Sys::new();
    for monitored in ["USR0001", "USR0000", "USR0000 CPF9898", "CPF9999"] {
        let file = script_file(
            &sys,
            "usr.clp",
            &format!(
                "PGM\n  SNDPGMMSG MSGID(USR0001) MSGF(MYLIB/MYMSGF) MSGDTA('custom failure') TOPGMQ(*SAME) MSGTYPE(*ESCAPE)\n  MONMSG MSGID({monitored}) EXEC(SNDPGMMSG MSG('caught'))\n  SNDPGMMSG MSG('after')\nENDPGM\n"
            ),
        );
        let r = run_bounded(&sys, &["run", &file]);
        assert_eq!(r.code, 0, "{monitored}: {}", r.show());
        assert_eq!(
            printed(&r),
            ["caught", "after"],
            "{monitored}: {}",
            r.show()
        );
    }
    // Another ID's monitor does not catch it.
    let file = script_file(
        &sys,
        "usr2.clp",
        "PGM\n  SNDPGMMSG MSGID(USR0001) MSGDTA('custom failure') TOPGMQ(*SAME) MSGTYPE(*ESCAPE)\n  MONMSG MSGID(USR0002 CPF0000) EXEC(SNDPGMMSG MSG('caught'))\nENDPGM\n",
    );
    let r = run_bounded(&sys, &["run", &file]);
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("USR0001: custom failure"), "{}", r.show());
    // To the caller: the script ends with CPF9898 and its text.
    let file = script_file(
        &sys,
        "prv.clp",
        "PGM\n  SNDPGMMSG MSGID(CPF9898) MSGF(QCPFMSG) MSGDTA('Stop here') MSGTYPE(*ESCAPE)\n  MONMSG CPF9898 EXEC(SNDPGMMSG MSG('not for the sender'))\n  SNDPGMMSG MSG('after')\nENDPGM\n",
    );
    let r = run_bounded(&sys, &["run", &file]);
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("CPF9898: Stop here."), "{}", r.show());
    assert!(printed(&r).is_empty(), "{}", r.show());
}

// ---------------------------------------------------------------- the honest --check

fn check(sys: &Sys, name: &str, src: &str) -> (Value, Run) {
    let file = script_file(sys, name, src);
    sys.json_run(&["run", "--check", &file])
}

fn ids_at(list: &Value) -> Vec<(u64, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["line"].as_u64().unwrap(),
                p["id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// PWRDWNSYS RESTART(*YES) followed by more statements is a note (the IPL ends the job on
/// IBM i); at the end of the program it is not; and "no problems found" is not said.
#[test]
fn check_notes_statements_after_an_ipl() {
    let sys = Sys::new();
    let (doc, r) = check(
        &sys,
        "ipl.clp",
        "PGM\n  PWRDWNSYS OPTION(*IMMED) RESTART(*YES)\n  DSPSECA\n  PWRDWNSYS OPTION(*IMMED) RESTART(*YES)\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(ids_at(&doc["notes"]), [(2, "QSY0602".to_string())], "{doc}");
    assert!(!r.stdout.contains("QSY0214"), "{}", r.show());
    assert!(r.stdout.contains("QSY0604"), "{}", r.show());
    // --strict makes it an error.
    let file = script_file(
        &sys,
        "ipl.clp",
        "PGM\n  PWRDWNSYS OPTION(*IMMED) RESTART(*YES)\n  DSPSECA\nENDPGM\n",
    );
    let r = sys.run(&["run", "--check", "--strict", &file]);
    assert_eq!(r.code, 2, "{}", r.show());
    // RESTART(*NO), or nothing after: no note, and "no problems found".
    let (doc, r) = check(
        &sys,
        "ipl2.clp",
        "PGM\n  DSPSECA\n  PWRDWNSYS OPTION(*IMMED) RESTART(*YES)\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(doc["notes"].as_array().unwrap().is_empty(), "{doc}");
    assert!(r.stdout.contains("QSY0214"), "{}", r.show());
}

/// A real IBM i system value qsy does not simulate is a note in --check (valid IBM i CL),
/// still refused when run (QSY0061).
#[test]
fn an_unsimulated_system_value_is_a_check_note() {
    let sys = Sys::new();
    let src = "PGM\n  DCL &Z *CHAR 10\n  CHGSYSVAL QTIMZON VALUE('Q0000UTC')\nENDPGM\n";
    let (doc, r) = check(&sys, "tz.clp", src);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(doc["problems"].as_array().unwrap().is_empty(), "{doc}");
    assert_eq!(ids_at(&doc["notes"]), [(3, "QSY0603".to_string())], "{doc}");
    let file = script_file(&sys, "tz.clp", src);
    let r = sys.run(&["run", &file]);
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("QSY0061"), "{}", r.show());
}

/// Literal values the command refuses, and expressions that cannot be evaluated, are
/// problems with their line.
#[test]
fn check_reports_refused_literals_and_expressions_that_cannot_be_evaluated() {
    let sys = Sys::new();
    let (doc, r) = check(
        &sys,
        "bad.clp",
        "PGM
  DCL &N *DEC (5 0)
  DCL &C *CHAR 10
  CHGSYSVAL QPWDLVL VALUE('5')
  CHGSYSVAL QMAXSGNACN VALUE('*NOSUCH')
  CHGVAR &N (10 / 0)
  CHGVAR &C %SST('abc' 5 2)
  CHGVAR &N 'abc'
  CHGVAR &N 1234567
  CHGVAR &N (1 + 2)
ENDPGM
",
    );
    assert_eq!(r.code, 2, "{}", r.show());
    // The refused literals are problems: the command refuses them whatever happens.
    let lines: Vec<u64> = ids_at(&doc["problems"])
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    assert_eq!(lines, [4, 5], "{doc}");
    // Statements that fail every run are notes (IBM i runs them and fails there too; a
    // MONMSG may expect it), naming the message they fail with.
    let notes = ids_at(&doc["notes"]);
    assert_eq!(
        notes.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
        [6, 7, 8, 9],
        "{doc}"
    );
    assert!(notes.iter().all(|(_, id)| id == "QSY0605"), "{doc}");
    let texts: Vec<&str> = doc["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap())
        .collect();
    assert!(
        texts[0].contains("MCH1211") && texts[2].contains("CPF0818"),
        "{texts:?}"
    );
    assert!(!r.stdout.contains("QSY0214"), "{}", r.show());
}

// ---------------------------------------------------------------- IBM's message IDs

/// CRTSAVF of a save file that exists: IBM's CPF5813 (diagnostic) then CPF7302 (escape), so
/// a real script's `MONMSG CPF7302` runs here too; the store is unchanged.
#[test]
fn crtsavf_of_an_existing_file_sends_cpf5813_then_cpf7302() {
    let sys = Sys::new();
    sys.ok(&["CRTSAVF", "QGPL/BK"]);
    let before = sys.store_bytes();
    let doc = sys.json_fails(&["CRTSAVF", "QGPL/BK"], 1, "CPF7302");
    assert_eq!(doc["messages"][0]["id"], "CPF5813", "{doc}");
    assert_eq!(doc["messages"][0]["type"], "diagnostic", "{doc}");
    assert_eq!(
        doc["messages"][1]["text"],
        "File BK not created in library QGPL."
    );
    assert!(
        sys.store_bytes() == before,
        "a refused CRTSAVF changed the store"
    );
    let r = sys.script(
        "savf.clp",
        "PGM\n  CRTSAVF FILE(QGPL/BK)\n  MONMSG CPF7302 EXEC(SNDPGMMSG MSG('exists already'))\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(r.stdout.contains("exists already"), "{}", r.show());
}

/// A message the program sends to itself (TOPGMQ(*SAME)) is on its own queue: RCVMSG
/// receives its ID and data.
#[test]
fn a_message_sent_to_the_program_itself_can_be_received() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "self.clp",
        "PGM\n  DCL &ID *CHAR 7\n  DCL &DTA *CHAR 30\n  SNDPGMMSG MSGID(USR0007) MSGDTA('hello data') TOPGMQ(*SAME)\n  RCVMSG MSGTYPE(*LAST) MSGID(&ID) MSGDTA(&DTA)\n  SNDPGMMSG MSG('got ' *CAT &ID *BCAT &DTA)\nENDPGM\n",
    );
    let r = run_bounded(&sys, &["run", &file]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(
        printed(&r).contains(&"got USR0007 hello data".to_string()),
        "{}",
        r.show()
    );
}
