//! Issue 17: site-defined commands (a shop's own, created with CRTCMD from
//! command-definition source kept as `NAME.cmd`) and object types qsy does not model.
//! Every source here is written for this project.

use crate::harness::*;

/// A site command logging a line: TEXT required, LEVEL restricted, RESULT returned.
const LOGLINE_CMD: &str = "\
/* Log a line to the shop's log table */
             CMD        PROMPT('Log a line')
             PARM       KWD(TEXT) TYPE(*CHAR) LEN(40) MIN(1) +
                          PROMPT('Text')
             PARM       KWD(LEVEL) TYPE(*CHAR) LEN(5) RSTD(*YES) +
                          VALUES(*INFO *WARN) DFT(*INFO)
             PARM       KWD(TOFILE) TYPE(QUALF)
             PARM       KWD(RESULT) TYPE(*CHAR) LEN(1) RTNVAL(*YES)
 QUALF:      QUAL       TYPE(*NAME) LEN(10)
             QUAL       TYPE(*NAME) LEN(10) DFT(*LIBL) SPCVAL((*LIBL))
";

/// A second site command whose member name is not the command's: its opening comment
/// records the CRTCMD that created it.
const WAIT_CMD: &str = "\
/* CRTCMD CMD(WAITABIT) PGM(WAITCL) SRCFILE(QCLSRC) SRCMBR(WAITSRC) */
             CMD        PROMPT('Wait')
             PARM       KWD(SECONDS) TYPE(*DEC) LEN(5 0) DFT(5)
";

const USES: &str = "\
PGM
  DCL VAR(&RES) TYPE(*CHAR) LEN(1) VALUE('K')
  DCL VAR(&HIT) TYPE(*CHAR) LEN(1) VALUE('N')
  LOGLINE TEXT('starting') LEVEL(*INFO) RESULT(&RES)
  MONMSG MSGID(CPF0000) EXEC(CHGVAR VAR(&HIT) VALUE('Y'))
  WAITABIT 3
  DSPSECA
  LOGLINE 'done' *WARN MYLIB/LOGPF
  SNDPGMMSG MSG('res=' *CAT &RES *CAT ' hit=' *CAT &HIT)
ENDPGM
";

fn sources(sys: &Sys) {
    script_file(sys, "logline.cmd", LOGLINE_CMD);
    script_file(sys, "waitsrc.cmd", WAIT_CMD);
}

#[test]
fn check_validates_site_commands_and_lists_them_as_notes() {
    let sys = Sys::new();
    sources(&sys);
    let path = script_file(&sys, "uses.clp", USES);
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let notes: Vec<(u64, &str, &str)> = doc["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["line"].as_u64().unwrap(),
                n["id"].as_str().unwrap(),
                n["text"].as_str().unwrap(),
            )
        })
        .collect();
    let site: Vec<(u64, &str)> = notes
        .iter()
        .filter(|n| n.1 == "QSY0920")
        .map(|n| (n.0, n.2))
        .collect();
    assert_eq!(site.len(), 3, "{notes:?}");
    assert!(site[0].1.contains("LOGLINE is a site command, defined in"));
    assert!(site[0].1.contains("logline.cmd"), "{}", site[0].1);
    assert!(site[1].1.contains("waitsrc.cmd"), "{}", site[1].1);
    assert!(
        notes
            .iter()
            .any(|n| n.1 == "QSY0922" && n.0 == 4 && n.2.contains("RESULT(&RES)")),
        "{notes:?}"
    );
    let listed: Vec<&str> = doc["site_commands"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["command"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["LOGLINE", "WAITABIT", "LOGLINE"]);
}

#[test]
fn a_run_skips_site_commands_and_monmsg_does_not_fire() {
    let sys = Sys::new();
    sources(&sys);
    let path = script_file(&sys, "uses.clp", USES);
    let (doc, run) = sys.json_run(&["--user", "QSECOFR", "run", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert_eq!(doc["commands_run"], 1);
    let skipped: Vec<(u64, &str)> = doc["commands_skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["line"].as_u64().unwrap(), s["command"].as_str().unwrap()))
        .collect();
    assert_eq!(skipped, [(4, "LOGLINE"), (6, "WAITABIT"), (8, "LOGLINE")]);
    let msgs = doc["messages"].as_array().unwrap();
    assert_eq!(
        msgs.iter().filter(|m| m["id"] == "QSY0921").count(),
        3,
        "{msgs:?}"
    );
    assert!(
        msgs.iter().all(|m| m["id"] != "QSY0920"),
        "reported once, where skipped"
    );
    assert!(
        msgs.iter()
            .any(|m| m["text"].as_str().unwrap().starts_with("res=K hit=N")),
        "{msgs:?}"
    );
}

#[test]
fn strict_refuses_site_commands() {
    let sys = Sys::new();
    sources(&sys);
    let path = script_file(&sys, "uses.clp", USES);
    let check = sys.run(&["run", "--check", "--strict", &path]);
    assert_eq!(check.code, 2, "{}", check.show());
    assert!(check.stdout.contains("QSY0920"), "{}", check.show());
    sys.init();
    let before = sys.store_bytes();
    let run = sys.run(&["--user", "QSECOFR", "run", "--strict", &path]);
    assert_eq!(run.code, 2, "{}", run.show());
    assert!(
        !run.stdout.contains("QSY0213"),
        "nothing ran: {}",
        run.show()
    );
    assert_eq!(before, sys.store_bytes(), "nothing ran");
}

#[test]
fn uses_the_definition_refuses_are_problems() {
    let sys = Sys::new();
    sources(&sys);
    let cases = [
        ("LOGLINE LEVEL(*INFO)", "QSY0002"),
        ("LOGLINE TEXT(X) COLOR(RED)", "CPD0043"),
        ("LOGLINE TEXT(X) LEVEL(*DEBUG)", "QSY0011"),
        ("LOGLINE TEXT(X) RESULT('Y')", "QSY0924"),
        ("WAITABIT 1 2", "QSY0004"),
        ("WAITABIT SECONDS(soon)", "QSY0003"),
        (
            "LOGLINE TEXT('this text is far longer than forty characters, so it is refused')",
            "QSY0006",
        ),
    ];
    for (cmd, id) in cases {
        let path = script_file(&sys, "bad.clp", &format!("PGM\n  {cmd}\nENDPGM\n"));
        let (doc, run) = sys.json_run(&["run", "--check", &path]);
        assert_eq!(run.code, 2, "{cmd}: {}", run.show());
        let ids = problem_ids(&doc);
        assert_eq!(ids, [id], "{cmd}");
    }
}

#[test]
fn a_broken_definition_is_a_problem_where_the_command_is_used() {
    let sys = Sys::new();
    script_file(
        &sys,
        "broken.cmd",
        "CMD PROMPT('x')\nPARM KWD(A) TYPE(NOLABEL)\n",
    );
    let path = script_file(&sys, "p.clp", "PGM\n  BROKEN A(1)\nENDPGM\n");
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 2, "{}", run.show());
    let p = &doc["problems"][0];
    assert_eq!(p["id"], "QSY0923");
    assert!(
        p["text"].as_str().unwrap().contains("line 2"),
        "{}",
        p["text"]
    );
}

#[test]
fn without_a_definition_a_name_stays_cpd0030_and_says_how_to_declare_it() {
    let sys = Sys::new();
    let path = script_file(&sys, "p.clp", "PGM\n  LOGLINE TEXT(X)\nENDPGM\n");
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 2, "{}", run.show());
    let p = &doc["problems"][0];
    assert_eq!(p["id"], "CPD0030");
    let text = p["text"].as_str().unwrap();
    assert!(text.contains("LOGLINE.cmd"), "{text}");
    assert!(text.contains("--commands"), "{text}");
}

#[test]
fn commands_option_and_clpath_find_definitions_elsewhere() {
    let sys = Sys::new();
    let defs = sys.dir.path().join("cmdsrc");
    std::fs::create_dir_all(&defs).unwrap();
    std::fs::write(defs.join("LOGLINE.CMD"), LOGLINE_CMD).unwrap();
    let sub = sys.dir.path().join("prog");
    std::fs::create_dir_all(&sub).unwrap();
    let path = sub.join("p.clp");
    std::fs::write(&path, "PGM\n  LOGLINE TEXT(X)\nENDPGM\n").unwrap();
    let path = path.to_string_lossy().into_owned();
    let defs_s = defs.to_string_lossy().into_owned();
    // Not beside the program: CPD0030.
    let run = sys.run(&["run", "--check", &path]);
    assert_eq!(run.code, 2, "{}", run.show());
    let run = sys.run(&["run", "--check", "--commands", &defs_s, &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert!(run.stdout.contains("QSY0920"), "{}", run.show());
    let run = sys
        .exec(&["run", "--check", &path])
        .env("QSY_CLPATH", defs_s.as_str())
        .run();
    assert_eq!(run.code, 0, "{}", run.show());
}

/// Object commands on object types IBM i has but qsy does not model.
const OBJTYPES: &str = "\
PGM
  DCL VAR(&HIT) TYPE(*CHAR) LEN(1) VALUE('N')
  CHKOBJ OBJ(MYLIB/NIGHTLY) OBJTYPE(*PGM)
  MONMSG MSGID(CPF9801) EXEC(CHGVAR VAR(&HIT) VALUE('Y'))
  CHKOBJ MYLIB/CTL *DTAARA AUT(*CHANGE)
  GRTOBJAUT OBJ(MYLIB/*ALL) OBJTYPE(*ALL) USER(*PUBLIC) AUT(*USE)
  CHKOBJ OBJ(QSYS/NOSUCHUSR) OBJTYPE(*USRPRF)
  MONMSG MSGID(CPF9801)
  SNDPGMMSG MSG('hit=' *CAT &HIT)
ENDPGM
";

#[test]
fn unmodelled_object_types_are_accepted_noted_and_skipped() {
    let sys = Sys::new();
    let path = script_file(&sys, "objtypes.clp", OBJTYPES);
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let notes: Vec<(u64, &str)> = doc["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["id"] == "QSY0926")
        .map(|n| (n["line"].as_u64().unwrap(), n["text"].as_str().unwrap()))
        .collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes[0].1.starts_with("CHKOBJ OBJTYPE(*PGM)"), "{notes:?}");
    assert!(
        notes[2].1.starts_with("GRTOBJAUT OBJTYPE(*ALL)"),
        "{notes:?}"
    );

    let (doc, run) = sys.json_run(&["--user", "QSECOFR", "run", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let skipped: Vec<(u64, &str)> = doc["commands_skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["line"].as_u64().unwrap(), s["command"].as_str().unwrap()))
        .collect();
    assert_eq!(
        skipped,
        [
            (3, "CHKOBJ OBJTYPE(*PGM)"),
            (5, "CHKOBJ OBJTYPE(*DTAARA)"),
            (6, "GRTOBJAUT OBJTYPE(*ALL)")
        ]
    );
    // The modelled CHKOBJ ran (its CPF9801 was monitored); the skipped one sent nothing.
    assert_eq!(doc["commands_run"], 1);
    let msgs = doc["messages"].as_array().unwrap();
    assert_eq!(msgs.iter().filter(|m| m["id"] == "QSY0927").count(), 3);
    assert!(
        msgs.iter()
            .any(|m| m["text"].as_str().unwrap().starts_with("hit=N")),
        "{msgs:?}"
    );
    // --strict refuses them.
    let strict = sys.run(&["run", "--check", "--strict", &path]);
    assert_eq!(strict.code, 2, "{}", strict.show());
}

#[test]
fn object_types_ibm_does_not_have_are_still_refused() {
    let sys = Sys::new();
    for cmd in [
        "CHKOBJ OBJ(A) OBJTYPE(*PROGRAM)",
        "CHKOBJ OBJ(A) OBJTYPE(*ALL)",
        "CHKOBJ OBJ(A) OBJTYPE(*PGM) AUT(*BOGUS)",
    ] {
        let path = script_file(&sys, "bad.clp", &format!("PGM\n  {cmd}\nENDPGM\n"));
        let run = sys.run(&["run", "--check", &path]);
        assert_eq!(run.code, 2, "{cmd}: {}", run.show());
        assert!(run.stdout.contains("QSY0011"), "{cmd}: {}", run.show());
    }
}

#[test]
fn an_unmodelled_object_type_from_a_variable_is_skipped_at_run_time() {
    let sys = Sys::new();
    let path = script_file(
        &sys,
        "var.clp",
        "PGM\n  DCL &T *CHAR 10 VALUE('*JOBQ')\n  DCL &HIT *CHAR 1 VALUE('N')\n  \
         CHKOBJ OBJ(QGPL/NIGHT) OBJTYPE(&T)\n  MONMSG CPF0000 EXEC(CHGVAR &HIT 'Y')\n  \
         SNDPGMMSG MSG('hit=' *CAT &HIT)\nENDPGM\n",
    );
    let (doc, run) = sys.json_run(&["--user", "QSECOFR", "run", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    assert_eq!(
        doc["commands_skipped"][0]["command"], "CHKOBJ OBJTYPE(*JOBQ)",
        "{doc}"
    );
    let msgs = doc["messages"].as_array().unwrap();
    assert!(msgs.iter().any(|m| m["id"] == "QSY0927"), "{msgs:?}");
    assert!(
        msgs.iter()
            .any(|m| m["text"].as_str().unwrap().starts_with("hit=N")),
        "{msgs:?}"
    );
}
