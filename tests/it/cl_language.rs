//! The CL language (issue 15, DESIGN §5): control statements, expressions, built-in
//! functions, subroutines and MONMSG, in IBM's terms. The `lang_*` programs under
//! `tests/corpus/` are this module's: each good one passes `--check` and is run with its
//! output asserted; each bad one is reported by `--check` with exactly one problem (its
//! expected line and ID, no follow-on noise), and `qsy run` refuses it the same way.

use crate::harness::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");

fn lang_files(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(CORPUS).join(kind))
        .expect("corpus directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("lang_"))
        })
        .collect();
    files.sort();
    files
}

fn problems(doc: &Value) -> Vec<(u64, String)> {
    doc["problems"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| {
                    (
                        p["line"].as_u64().expect("line"),
                        p["id"].as_str().expect("id").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn check(sys: &Sys, path: &str) -> (Value, Run) {
    let out = run_bounded(sys, &["--output", "json", "run", "--check", path]);
    let doc = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", out.show()));
    (doc, out)
}

#[test]
fn bad_language_programs_report_exactly_one_problem_each() {
    let files = lang_files("bad");
    assert!(files.len() >= 15, "{files:?}");
    let sys = Sys::new();
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let first = src.lines().next().unwrap();
        let mut words = first
            .trim_start_matches("/* expect:")
            .trim_end_matches("*/")
            .split_whitespace();
        let line: u64 = words.next().unwrap().parse().unwrap();
        let id = words.next().unwrap().to_string();
        let path = f.to_string_lossy();
        let (doc, out) = check(&sys, &path);
        let got = problems(&doc);
        if out.code != 2 || got != vec![(line, id.clone())] {
            failures.push(format!("{}: want only {line} {id}, got {got:?}", path));
        }
        let out = run_bounded(&sys, &["run", &path]);
        if out.code != 2 || !out.stdout.contains(&format!("{path}:{line}: {id}:")) {
            failures.push(format!("{path}: qsy run: {}", out.show()));
        }
    }
    assert!(!sys.path().exists(), "checking created the store");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn good_language_programs_pass_check() {
    let sys = Sys::new();
    for f in lang_files("good") {
        let (doc, out) = check(&sys, &f.to_string_lossy());
        assert_eq!(out.code, 0, "{}", out.show());
        assert!(problems(&doc).is_empty(), "{doc}");
    }
}

#[test]
fn loops_leave_iterate_and_labels() {
    let sys = Sys::new();
    let out = run_bounded(&sys, &["run", &format!("{CORPUS}/good/lang_loops.clp")]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec![
            "dofor sum=15 i=6",
            "dowhile i=-2",
            "dountil j=4",
            "nested 11,13,",
            "down 10",
            "down 6",
            "down 2"
        ],
        "{}",
        out.show()
    );
}

#[test]
fn select_subroutines_and_bare_commands() {
    let sys = Sys::new();
    let out = run_bounded(
        &sys,
        &["run", &format!("{CORPUS}/good/lang_select_subr.clp")],
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec![
            "in when",
            "three",
            "otherwise ran",
            "rc=7 lvl=6",
            "rc=42 lvl=24",
            "else do",
            "bare then"
        ],
        "{}",
        out.show()
    );
}

#[test]
fn expressions_conversions_and_monitored_machine_errors() {
    let sys = Sys::new();
    let out = run_bounded(
        &sys,
        &["run", &format!("{CORPUS}/good/lang_expressions.clp")],
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec![
            // IBM: 1 into *CHAR 3 is '001'; *DEC(5 2) 123 into *CHAR 6 is '123.00'.
            "[001][123.00]",
            "user=qsecofr",
            "ok",
            "glued",
            // 123 / 7 truncated to *DEC(5 0); %DEC(&D 7 1) keeps one decimal position.
            "n=17 123.0",
            // 10 / 3 into *DEC(5 2): exact decimal, truncated, never 3.3333333333333335.
            "d=3.33",
            "QSECOFR/sec 4 1",
            "not numeric caught",
            "divide caught",
            "overflow caught, n=99999",
            "notfound"
        ],
        "{}",
        out.show()
    );
}

#[test]
fn unmonitored_machine_errors_end_the_script_with_their_ids() {
    let sys = Sys::new();
    for (body, id) in [
        ("CHGVAR &N (&N / 0)", "MCH1211"),
        ("CHGVAR &N 123456", "MCH1210"),
        ("CHGVAR &N &C", "CPF0818"),
        ("CHGVAR &S 1000", "MCH1210"),
    ] {
        let file = script_file(
            &sys,
            "m.clp",
            &format!(
                "PGM\n DCL &N *DEC (5 0)\n DCL &C *CHAR 3 VALUE('1x')\n DCL &S *CHAR 3\n {body}\n SNDPGMMSG 'after'\nENDPGM\n"
            ),
        );
        let out = run_bounded(&sys, &["run", &file]);
        assert_eq!(out.code, 1, "{body}: {}", out.show());
        assert!(
            out.stderr.contains(&format!("{id}:")) && !out.stdout.contains("after"),
            "{body}: {}",
            out.show()
        );
        // CPF9999 (the function check) and the generic family catch them all.
        let family = &id[..3];
        for monitor in ["CPF9999".to_string(), format!("{family}0000")] {
            let file = script_file(
                &sys,
                "m2.clp",
                &format!(
                    "PGM\n DCL &N *DEC (5 0)\n DCL &C *CHAR 3 VALUE('1x')\n DCL &S *CHAR 3\n {body}\n MONMSG {monitor} EXEC(SNDPGMMSG 'caught')\nENDPGM\n"
                ),
            );
            let out = run_bounded(&sys, &["run", &file]);
            assert_eq!(out.code, 0, "{body} {monitor}: {}", out.show());
            assert_eq!(printed(&out), vec!["caught"], "{}", out.show());
        }
    }
}

#[test]
fn program_level_monitor_catches_errors_in_loops_and_subroutines() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "p.clp",
        "PGM\n DCL &I *INT\n MONMSG CPF2204 EXEC(GOTO FAIL)\n DOFOR &I 1 3\n  CALLSUBR S\n ENDDO\n RETURN\nFAIL: SNDPGMMSG ('failed at' *BCAT %CHAR(&I))\n SUBR S\n  IF (&I = 2) THEN(DSPUSRPRF NOBODY)\n ENDSUBR\nENDPGM\n",
    );
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(printed(&out), vec!["failed at 2"], "{}", out.show());
}

#[test]
fn check_and_run_agree_on_every_built_in() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "b.clp",
        "PGM PARM()\n DCL &A *CHAR 12 VALUE('  Abc,def  ')\n DCL &N *DEC (7 2)\n DCL &I *INT\n DCL &U *UINT LEN(2)\n DCL &L *LGL\n DCL &R *CHAR 40\n\
         CHGVAR &R (%TRIM(&A) *CAT '|' *CAT %TRIML(&A) *TCAT '|' *CAT %TRIMR(&A) *CAT '|')\n SNDPGMMSG &R\n\
         CHGVAR &I %SCAN(',' &A)\n CHGVAR &N %CHECK(' ' &A)\n CHGVAR &U %CHECKR(' ' &A)\n\
         SNDPGMMSG (%CHAR(&I) *BCAT %CHAR(&N) *BCAT %CHAR(&U) *BCAT %CHAR(%LEN(&A)) *BCAT %CHAR(%SIZE(&N)) *BCAT %CHAR(%PARMS()))\n\
         CHGVAR &R (%UPPER(%SUBSTRING(&A 3 3)) *CAT %LOWER('XY') *CAT %CHAR(%DEC('-12.345' 7 2)) *BCAT %CHAR(%INT('42')) *BCAT %CHAR(%UINT(7)))\n SNDPGMMSG &R\n\
         CHGVAR &L %SWITCH(0XXXXXX0)\n IF &L SNDPGMMSG 'switches off'\nENDPGM\n",
    );
    let (doc, out) = check(&sys, &file);
    assert_eq!(out.code, 0, "{doc}");
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec![
            "Abc,def|Abc,def|  Abc,def|",
            "6 3.00 9 12 4 0",
            "ABCxy-12.34 42 7",
            "switches off"
        ],
        "{}",
        out.show()
    );
}

#[test]
fn deep_nesting_is_refused_without_crashing() {
    let sys = Sys::new();
    let mut src = String::from("PGM\n DCL &L *LGL\n");
    for _ in 0..5_000 {
        src.push_str(" DOWHILE &L\n");
    }
    for _ in 0..5_000 {
        src.push_str(" ENDDO\n");
    }
    src.push_str("ENDPGM\n");
    let file = script_file(&sys, "deep.clp", &src);
    let (doc, out) = check(&sys, &file);
    assert_eq!(out.code, 2, "{}", out.show());
    let got = problems(&doc);
    assert!(got.iter().any(|(_, id)| id == "QSY0229"), "{got:?}");
    // Recursion without end: the subroutine stack stops it.
    let file = script_file(
        &sys,
        "rec.clp",
        "PGM\n CALLSUBR R\n SUBR R\n  CALLSUBR R\n ENDSUBR\nENDPGM\n",
    );
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert!(out.stderr.contains("QSY0259"), "{}", out.show());
}

/// Issue 15 item 12 (IBM "Object naming rules", "Names (*NAME)"): library and object names
/// with `. # @ $ _`, and the quoted form (`"SavF"`, at most 8 characters between the
/// quotation marks, no blank, `*`, `?`, `'`, `"`), kept as written; a profile name is a
/// simple name and is never quoted.
#[test]
fn object_names_with_ibm_characters_and_quoted_names() {
    let sys = Sys::new();
    sys.init();
    let file = script_file(
        &sys,
        "names.clp",
        r#"PGM
  CRTSAVF FILE(MY.LIB/SAV#1)
  CRTSAVF FILE($LIB_2/@SAVE.X)
  CRTSAVF FILE("myLib"/SAVF)
  CRTSAVF FILE(QGPL/"SavF")
  DLTF FILE(QGPL/"SavF")
  CRTSAVF "qs.1"/"x@y"
ENDPGM
"#,
    );
    let (doc, out) = check(&sys, &file);
    assert_eq!(out.code, 0, "{doc}");
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    for want in [
        "SAV#1 created in library MY.LIB",
        "@SAVE.X created in library $LIB_2",
        "SAVF created in library \"myLib\"",
        "File \"SavF\" in library QGPL deleted",
        "\"x@y\" created in library \"qs.1\"",
    ] {
        assert!(out.stdout.contains(want), "{want}: {}", out.show());
    }
    // Quoted names IBM refuses, and a quoted profile name: each one problem, nothing made.
    let before = sys.store_bytes();
    for (stmt, id) in [
        (r#"CRTSAVF FILE(QGPL/"a b")"#, "QSY0008"),
        (r#"CRTSAVF FILE(QGPL/"abcdefghi")"#, "QSY0008"),
        (r#"CRTSAVF FILE(QGPL/"a*b")"#, "QSY0008"),
        (r#"CRTSAVF FILE(QGPL/"")"#, "QSY0008"),
        (r#"DSPUSRPRF USRPRF("QSECOFR")"#, "QSY0008"),
    ] {
        let file = script_file(&sys, "bad.clp", &format!("PGM\n  {stmt}\nENDPGM\n"));
        let (doc, out) = check(&sys, &file);
        assert_eq!(out.code, 2, "{stmt}: {doc}");
        assert_eq!(problems(&doc), vec![(2, id.to_string())], "{stmt}: {doc}");
    }
    assert!(
        sys.store_bytes() == before,
        "a refused name changed the store"
    );
}

/// A command qualified by a library whose name has a period or is quoted is a command
/// (IBM "Object naming rules"), not a syntax error.
#[test]
fn commands_qualified_by_libraries_with_periods_or_quotes() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "qualified.clp",
        "PGM\n  UTI.LIBR/DSPSECA\n  \"qsys\"/DSPSECA\n  QSYS/DSPSECA\nENDPGM\n",
    );
    let (doc, out) = check(&sys, &file);
    assert_eq!(out.code, 0, "{doc}");
    assert!(problems(&doc).is_empty(), "{doc}");
}
