//! Issue 17, the second public sample: IBM keywords and forms real shops' programs use that
//! `qsy run --check` refused as if they were mistakes (RTVJOBA CURLIB, RTVUSRPRF INLPGM,
//! RCVMSG MSGQ/MSGKEY, SBMJOB JOBD/JOBMSGQFL, DSPOBJD DETAIL, CRTSAVF AUT, a `?` standing
//! before the command name). Each program here is written for this project.

use crate::harness::*;

/// The ids and texts of the notes of a `--check` document.
fn notes(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| {
            (
                n["id"].as_str().unwrap().to_string(),
                n["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A start-of-day program: it finds the job's library list and logging, the user's
/// initial program and queues, and the sending message file of the last message.
const JOB_SETUP: &str = "PGM
  DCL &CURLIB  *CHAR 10 VALUE('KEPTCUR')
  DCL &USRLIBL *CHAR 2750
  DCL &LOGCL   *CHAR 10 VALUE('KEPTLOG')
  DCL &OUTQ    *CHAR 10
  DCL &OUTQLIB *CHAR 10
  DCL &INLPGM  *CHAR 10 VALUE('KEPTINL')
  DCL &MSGQ    *CHAR 10
  DCL &MSGQLIB *CHAR 10
  DCL &UID     *DEC (10 0) VALUE(7)
  DCL &SNDLIB  *CHAR 10 VALUE('KEPTSND')
  RTVJOBA    CURLIB(&CURLIB) USRLIBL(&USRLIBL) LOGCLPGM(&LOGCL) +
             OUTQ(&OUTQ) OUTQLIB(&OUTQLIB)
  RTVUSRPRF  USRPRF(*CURRENT) INLPGM(&INLPGM) MSGQ(&MSGQ) MSGQLIB(&MSGQLIB) +
             OUTQ(&OUTQ) OUTQLIB(&OUTQLIB) UID(&UID)
  RCVMSG     MSGTYPE(*LAST) SNDMSGFLIB(&SNDLIB)
  SNDPGMMSG  MSG(&CURLIB *CAT &LOGCL *CAT &INLPGM *CAT &SNDLIB)
ENDPGM
";

#[test]
fn job_and_profile_attributes_shops_retrieve_are_noted_and_keep_their_values() {
    let sys = Sys::new();
    let path = script_file(&sys, "setup.clp", JOB_SETUP);
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let noted = notes(&doc);
    for kw in [
        "RTVJOBA CURLIB",
        "RTVJOBA USRLIBL",
        "RTVJOBA LOGCLPGM",
        "RTVJOBA OUTQLIB",
        "RTVUSRPRF INLPGM",
        "RTVUSRPRF MSGQLIB",
        "RTVUSRPRF UID",
        "RCVMSG SNDMSGFLIB",
    ] {
        assert!(
            noted
                .iter()
                .any(|(id, t)| id == "QSY0755" && t.starts_with(kw)),
            "{kw}: {noted:?}"
        );
    }
    // The run goes to the end; the variables qsy does not set keep their values.
    let out = sys.script("setup.clp", JOB_SETUP);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        out.stdout.contains("KEPTCUR   KEPTLOG   KEPTINL   KEPTSND"),
        "{}",
        out.show()
    );
    // A keyword IBM does not have is still a mistake (CPD0043).
    let bad = script_file(
        &sys,
        "bad.clp",
        "PGM\n DCL &X *CHAR 10\n RTVJOBA CURLIBX(&X)\nENDPGM\n",
    );
    let run = sys.run(&["run", "--check", &bad]);
    assert_eq!(run.code, 2, "{}", run.show());
    assert!(run.stdout.contains("CPD0043"), "{}", run.show());
}

#[test]
fn sbmjob_job_attributes_are_accepted_when_valid_and_refused_when_not() {
    let sys = Sys::new();
    sys.init();
    let good = "PGM
  SBMJOB CMD(DSPSECA) JOB(NIGHTLY) JOBD(QGPL/QDFTJOBD) OUTQ(QGPL/PRT01) +
         PRTDEV(*JOBD) LOGCLPGM(*YES) LOG(4 00 *SECLVL) INQMSGRPY(*SYSRPYL) +
         HOLD(*NO) MSGQ(*NONE) JOBMSGQFL(*WRAP) JOBMSGQMX(16) OUTPTY(5) +
         INLLIBL(QGPL QTEMP) SYSLIBL(*SYSVAL) CCSID(37) SPLFACN(*DETACH) +
         ACGCDE(*USRPRF) SCDDATE(*CURRENT) DSPSBMJOB(*NO)
ENDPGM
";
    let path = script_file(&sys, "sbm.clp", good);
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let noted = notes(&doc);
    for kw in [
        "SBMJOB JOBD",
        "SBMJOB JOBMSGQFL",
        "SBMJOB LOGCLPGM",
        "SBMJOB OUTPTY",
    ] {
        assert!(
            noted.iter().any(|(_, t)| t.starts_with(kw)),
            "{kw}: {noted:?}"
        );
    }
    let out = sys.script("sbm.clp", good);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("CPC1221"), "{}", out.show());
    // Values IBM does not allow stay errors, and nothing is submitted.
    for (line, id) in [
        ("SBMJOB CMD(DSPSECA) JOBMSGQFL(*SOMETIMES)", "QSY0011"),
        ("SBMJOB CMD(DSPSECA) LOGCLPGM(*MAYBE)", "QSY0011"),
        ("SBMJOB CMD(DSPSECA) JOBMSGQMX(65)", "QSY0"),
        ("SBMJOB CMD(DSPSECA) INLLIBL(*NONE QGPL)", "QSY0"),
    ] {
        let before = sys.store_bytes();
        let text = format!("PGM\n  {line}\nENDPGM\n");
        let bad = script_file(&sys, "badsbm.clp", &text);
        let run = sys.run(&["run", "--check", &bad]);
        assert_eq!(run.code, 2, "{line}: {}", run.show());
        assert!(run.stdout.contains(id), "{line}: {}", run.show());
        let out = sys.script("badsbm.clp", &text);
        assert_ne!(out.code, 0, "{line}: {}", out.show());
        assert!(!out.stdout.contains("CPC1221"), "{line}: {}", out.show());
        assert_eq!(sys.store_bytes(), before, "{line}");
    }
}

/// A message is on the program's own queue (a monitored CPF2204): only RCVMSG of
/// that queue may receive it, never one that names another queue or a key.
#[test]
fn rcvmsg_of_a_queue_qsy_does_not_model_receives_nothing_of_the_programs_own() {
    let sys = Sys::new();
    let text = "PGM
  DCL &ID  *CHAR 7
  DCL &KEY *CHAR 4 VALUE('ABCD')
  CHGUSRPRF USRPRF(NOSUCH) TEXT('gone')
  MONMSG CPF2204
  RCVMSG PGMQ(*EXT) MSGTYPE(*LAST) RMV(*NO) MSGID(&ID)
  SNDPGMMSG MSG('ext=[' *CAT &ID *CAT ']')
  RCVMSG PGMQ(*PRV) MSGTYPE(*LAST) RMV(*NO) MSGID(&ID)
  SNDPGMMSG MSG('prv=[' *CAT &ID *CAT ']')
  RCVMSG MSGQ(QSYSOPR) MSGTYPE(*LAST) RMV(*NO) MSGID(&ID)
  SNDPGMMSG MSG('opr=[' *CAT &ID *CAT ']')
  RCVMSG MSGTYPE(*RPY) MSGKEY(&KEY) RMV(*NO) MSGID(&ID)
  SNDPGMMSG MSG('rpy=[' *CAT &ID *CAT ']')
  RCVMSG MSGTYPE(*LAST) MSGKEY(&KEY) RMV(*NO) MSGID(&ID)
  SNDPGMMSG MSG('key=[' *CAT &ID *CAT ']')
  RCVMSG MSGTYPE(*LAST) RMV(*NO) MSGID(&ID)
  SNDPGMMSG MSG('own=[' *CAT &ID *CAT ']')
ENDPGM
";
    let path = script_file(&sys, "rcv.clp", text);
    let run = sys.run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let out = sys.script("rcv.clp", text);
    assert_eq!(out.code, 0, "{}", out.show());
    for q in ["ext", "prv", "opr", "rpy", "key"] {
        assert!(
            out.stdout.contains(&format!("{q}=[       ]")),
            "{q}: {}",
            out.show()
        );
    }
    // The program's own queue did hold the message all along.
    assert!(out.stdout.contains("own=[CPF2204]"), "{}", out.show());
    // A queue IBM does not have for PGMQ is still refused.
    let bad = script_file(
        &sys,
        "badrcv.clp",
        "PGM\n DCL &ID *CHAR 7\n RCVMSG PGMQ(*NEXT) MSGID(&ID)\nENDPGM\n",
    );
    let run = sys.run(&["run", "--check", &bad]);
    assert_eq!(run.code, 2, "{}", run.show());
    assert!(run.stdout.contains("QSY0011"), "{}", run.show());
}

/// The authority DSPOBJAUT shows *PUBLIC for a save file.
fn public_of(sys: &Sys, file: &str) -> String {
    let doc = sys.json_ok(&["DSPOBJAUT", file, "*FILE"]);
    doc["authorities"]
        .as_array()
        .expect("authorities")
        .iter()
        .find(|r| r["user"] == "*PUBLIC")
        .map(|r| r["authority"].as_str().unwrap().to_string())
        .expect("a *PUBLIC row")
}

#[test]
fn crtsavf_aut_gives_public_the_authority_asked_for() {
    let sys = Sys::new();
    sys.ok(&["CRTSAVF", "QGPL/SECBKP", "AUT(*EXCLUDE)"]);
    assert_eq!(public_of(&sys, "QGPL/SECBKP"), "*EXCLUDE");
    sys.ok(&["CRTSAVF", "QGPL/OPENBKP"]);
    assert_eq!(public_of(&sys, "QGPL/OPENBKP"), "*CHANGE");
    sys.ok(&["CRTSAVF", "QGPL/LIBBKP", "AUT(*LIBCRTAUT)"]);
    assert_eq!(public_of(&sys, "QGPL/LIBBKP"), "*CHANGE");
    sys.ok(&["CRTSAVF", "QGPL/USEBKP", "AUT(*USE)"]);
    assert_eq!(public_of(&sys, "QGPL/USEBKP"), "*USE");
    // A user with no special authority cannot use an *EXCLUDE save file to save into.
    sys.ok(&["CRTUSRPRF", "USRPRF(OPER)", "PASSWORD(WELCOME1)"]);
    let r = sys.run_stdin(
        &[
            "--user",
            "OPER",
            "--password-stdin",
            "CLRSAVF",
            "QGPL/SECBKP",
        ],
        "WELCOME1\n",
    );
    assert!(
        r.stdout.contains("CPF") || r.stderr.contains("CPF"),
        "{}",
        r.show()
    );
    assert_ne!(r.code, 0, "{}", r.show());
    // An authorization list is IBM's, but qsy has none: refused, nothing created.
    let before = sys.store_bytes();
    let r = sys.run(&["CRTSAVF", "QGPL/AUTLBKP", "AUT(SECAUTL)"]);
    assert_ne!(r.code, 0, "{}", r.show());
    assert!(
        r.stdout.contains("QSY0011") || r.stderr.contains("QSY0011"),
        "{}",
        r.show()
    );
    assert_eq!(sys.store_bytes(), before);
    let r = sys.run(&["DSPOBJAUT", "QGPL/AUTLBKP", "*FILE"]);
    assert_ne!(r.code, 0, "{}", r.show());
}

#[test]
fn dspobjd_detail_is_accepted_and_its_outfile_is_the_same() {
    let sys = Sys::new();
    let text = "PGM
  DSPOBJD OBJ(QSYS/*ALL) OBJTYPE(*USRPRF) DETAIL(*FULL) OUTPUT(*OUTFILE) +
          OUTFILE(QTEMP/OBJS)
ENDPGM
";
    let path = script_file(&sys, "objd.clp", text);
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert!(
        notes(&doc)
            .iter()
            .any(|(_, t)| t.starts_with("DSPOBJD DETAIL")),
        "{}",
        run.show()
    );
    let bad = script_file(
        &sys,
        "badobjd.clp",
        "PGM\n DSPOBJD OBJ(QSYS/*ALL) OBJTYPE(*USRPRF) DETAIL(*ALL)\nENDPGM\n",
    );
    let run = sys.run(&["run", "--check", &bad]);
    assert_eq!(run.code, 2, "{}", run.show());
    assert!(run.stdout.contains("QSY0011"), "{}", run.show());
}

/// `?` typed in front of the command name, separated from it (as the prompter leaves it in
/// source): selective prompting, which a batch job cannot show (QSY0272), never "command
/// name ? not valid".
#[test]
fn a_question_mark_standing_before_the_command_is_prompting() {
    let sys = Sys::new();
    let text = "PGM
  DCL &TXT *CHAR 20 VALUE('prompted')
  ?          SNDPGMMSG ??MSG(&TXT)
  SHOW: ?    QSYS/SNDPGMMSG MSG('labelled')
ENDPGM
";
    let path = script_file(&sys, "prompt.clp", text);
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let prompted: Vec<_> = notes(&doc)
        .into_iter()
        .filter(|(id, _)| id == "QSY0272")
        .collect();
    assert_eq!(prompted.len(), 2, "{prompted:?}");
    let out = sys.script("prompt.clp", text);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("prompted"), "{}", out.show());
    assert!(out.stdout.contains("labelled"), "{}", out.show());
    // A `?` that stands before something that is not a command name is still an error.
    let bad = script_file(&sys, "badq.clp", "PGM\n  ? 'x'\nENDPGM\n");
    let run = sys.run(&["run", "--check", &bad]);
    assert_eq!(run.code, 2, "{}", run.show());
}
