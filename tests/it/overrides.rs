//! Issue 17: OVRDBF and DLTOVR for the database files DCLF and RCVF read, with IBM's call
//! level scope (every qsy CL program runs in the default activation group).

use crate::harness::*;

fn library(sys: &Sys, lib: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(format!("{}.ifs/QSYS.LIB/{lib}.LIB", sys.path().display()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn files(sys: &Sys) {
    std::fs::write(
        library(sys, "QGPL").join("USERS.csv"),
        "name,class\nALICE,*SECOFR\nBOB,*USER\n",
    )
    .unwrap();
    std::fs::write(
        library(sys, "MYLIB").join("OTHER.csv"),
        "name,class\nZOE,*PGMR\n",
    )
    .unwrap();
}

/// A subroutine reading the whole file, printing the names on one line.
const READ_ALL: &str = "
  SUBR SUBR(READALL)
    CHGVAR &LIST ''
    DOWHILE '1'
      RCVF
      MONMSG CPF0864 EXEC(LEAVE)
      CHGVAR &LIST (&LIST *BCAT &NAME)
    ENDDO
    CLOSE
    SNDPGMMSG MSG('read:' *BCAT &LIST)
  ENDSUBR
";

fn program(body: &str) -> String {
    format!("PGM\n  DCLF FILE(USERS)\n  DCL &LIST *CHAR 60\n{body}\n{READ_ALL}ENDPGM\n")
}

#[test]
fn ovrdbf_redirects_dclf_until_dltovr() {
    let sys = Sys::new();
    files(&sys);
    let text = program(
        "  CALLSUBR READALL
  OVRDBF FILE(USERS) TOFILE(MYLIB/OTHER) WAITRCD(10)
  CALLSUBR READALL
  DLTOVR FILE(USERS)
  CALLSUBR READALL
  OVRDBF USERS MYLIB/OTHER
  DLTOVR *ALL
  CALLSUBR READALL",
    );
    let out = sys.script("ovr.clp", &text);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        [
            "read: ALICE BOB",
            "read: ZOE",
            "read: ALICE BOB",
            "read: ALICE BOB"
        ]
    );
}

#[test]
fn check_notes_ovrdbf_keywords_not_acted_on_and_refuses_bad_values() {
    let sys = Sys::new();
    let path = script_file(
        &sys,
        "ovr.clp",
        "PGM\n  OVRDBF FILE(USERS) TOFILE(MYLIB/OTHER) WAITRCD(10) SHARE(*YES)\nENDPGM\n",
    );
    let (doc, run) = sys.json_run(&["run", "--check", &path]);
    assert_eq!(run.code, 0, "{}", run.show());
    let kws = note_texts(&doc, "QSY0755");
    assert_eq!(kws.len(), 2, "{kws:?}");
    assert!(doc["not_simulated"].as_array().unwrap().is_empty());
    for bad in [
        "OVRDBF FILE(USERS) OVRSCOPE(*NEVER)",
        "DLTOVR FILE(USERS) LVL(*SOMETIMES)",
        "OVRDBF TOFILE(X)",
    ] {
        let path = script_file(&sys, "bad.clp", &format!("PGM\n  {bad}\nENDPGM\n"));
        let run = sys.run(&["run", "--check", &path]);
        assert_eq!(run.code, 2, "{bad}: {}", run.show());
    }
}

#[test]
fn a_called_programs_override_ends_when_it_returns_unless_job_scoped() {
    let sys = Sys::new();
    files(&sys);
    script_file(
        &sys,
        "SETOVR.clp",
        "PGM PARM(&SCOPE)\n  DCL &SCOPE *CHAR 10\n  OVRDBF FILE(USERS) TOFILE(MYLIB/OTHER) OVRSCOPE(&SCOPE)\nENDPGM\n",
    );
    let text = program(
        "  CALL SETOVR PARM('*ACTGRPDFN')
  CALLSUBR READALL
  CALL SETOVR PARM('*JOB')
  CALLSUBR READALL
  DLTOVR FILE(USERS) LVL(*JOB)
  CALLSUBR READALL",
    );
    let path = script_file(&sys, "main.clp", &text);
    let out = sys.run(&["--user", "QSECOFR", "run", &path]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        ["read: ALICE BOB", "read: ZOE", "read: ALICE BOB"]
    );
}

#[test]
fn an_override_holds_for_the_programs_the_overrider_calls() {
    let sys = Sys::new();
    files(&sys);
    script_file(
        &sys,
        "READER.clp",
        &format!(
            "PGM\n  DCLF FILE(USERS)\n  DCL &LIST *CHAR 60\n  CALLSUBR READALL\n{READ_ALL}ENDPGM\n"
        ),
    );
    let path = script_file(
        &sys,
        "main.clp",
        "PGM\n  OVRDBF FILE(USERS) TOFILE(MYLIB/OTHER)\n  CALL READER\n  DLTOVR FILE(USERS)\n  CALL READER\nENDPGM\n",
    );
    let out = sys.run(&["--user", "QSECOFR", "run", &path]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(printed(&out), ["read: ZOE", "read: ALICE BOB"]);
}
