//! Batch CL scripts (DESIGN §5): `qsy run FILE`, `qsy run -`, `qsy run --check`.
//!
//! The corpus under `tests/corpus/` holds CL written the way shops write it: `good/` files
//! must pass `--check`; each `bad/` file starts with `/* expect: LINE ID */`, the line and
//! message ID `--check` must report. The rest runs scripts against a temporary store and
//! looks at what they did, and feeds thousands of mutated scripts to the compiler in process.

use crate::harness::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
const ROLLOUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/rollout.clp");

/// The `.clp` files of a corpus folder, sorted.
fn corpus(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(CORPUS).join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "clp"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// `/* expect: LINE ID */` on the first line of a bad corpus file.
fn expectation(path: &Path) -> (u64, String) {
    let src = read(path);
    let first = src.lines().next().unwrap_or_default();
    let inner = first
        .trim()
        .strip_prefix("/* expect:")
        .and_then(|s| s.strip_suffix("*/"))
        .unwrap_or_else(|| {
            panic!(
                "{}: first line must be /* expect: LINE ID */",
                path.display()
            )
        });
    let mut words = inner.split_whitespace();
    let line = words
        .next()
        .and_then(|w| w.parse().ok())
        .expect("expected line number");
    let id = words.next().expect("expected message ID").to_string();
    (line, id)
}

/// `qsy --output json ARGS`: the one JSON document and the raw output.
fn run_json(sys: &Sys, args: &[&str]) -> (Value, Run) {
    let mut all = vec!["--output", "json"];
    all.extend_from_slice(args);
    let out = sys.exec(&all).timeout(Duration::from_secs(60)).run();
    let doc = serde_json::from_str(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "qsy {args:?}: stdout is not exactly one JSON document ({e})\n{}",
            out.show()
        )
    });
    (doc, out)
}

/// The (line, id) pairs of a `--check` JSON document.
fn problems(doc: &Value) -> Vec<(u64, String)> {
    doc["problems"]
        .as_array()
        .unwrap_or_else(|| panic!("no problems list: {doc}"))
        .iter()
        .map(|p| {
            (
                p["line"].as_u64().expect("line"),
                p["id"].as_str().expect("id").to_string(),
            )
        })
        .collect()
}

/// The (line, command) pairs of a `--check` JSON document's `simulator_only`.
fn simulator_only(doc: &Value) -> Vec<(u64, String)> {
    doc["simulator_only"]
        .as_array()
        .unwrap_or_else(|| panic!("no simulator_only list: {doc}"))
        .iter()
        .map(|p| {
            (
                p["line"].as_u64().expect("line"),
                p["command"].as_str().expect("command").to_string(),
            )
        })
        .collect()
}

/// The entries of a directory (names), to see that nothing appeared.
fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// The texts of the profiles (PRTUSRPRF), by name.
fn profile_texts(sys: &Sys) -> std::collections::BTreeMap<String, String> {
    let (doc, out) = run_json(sys, &["PRTUSRPRF"]);
    assert_eq!(out.code, 0, "PRTUSRPRF\n{}", out.show());
    doc["profiles"]
        .as_array()
        .unwrap_or_else(|| panic!("PRTUSRPRF has no profiles: {doc}"))
        .iter()
        .map(|p| {
            (
                scalar(&p["user_profile"]),
                p["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn journal_len(sys: &Sys) -> usize {
    sys.journal(&[]).len()
}

// ---------------------------------------------------------------------------------------
// The corpus and `--check`
// ---------------------------------------------------------------------------------------

#[test]
fn good_corpus_passes_check_without_creating_a_store() {
    let files = corpus("good");
    assert!(files.len() >= 8, "the good corpus shrank: {files:?}");
    let sys = Sys::new();
    let before = listing(sys.dir.path());
    let mut failures = Vec::new();
    for f in &files {
        let path = f.to_string_lossy();
        let (doc, out) = run_json(&sys, &["run", "--check", &path]);
        // QSY0214, or QSY0604 when notes list lines that would behave differently on IBM i.
        let done = has_message(&doc, "QSY0214") || has_message(&doc, "QSY0604");
        if out.code != 0 || !problems(&doc).is_empty() || !done {
            failures.push(format!(
                "{}: expected exit 0 and no problems, got exit {} and {:?}",
                name(f),
                out.code,
                doc["problems"]
            ));
        }
        // Text form too: a completion message, nothing on stdout but it.
        let out = run_bounded(&sys, &["run", "--check", &path]);
        if out.code != 0 || !(out.stdout.contains("QSY0214") || out.stdout.contains("QSY0604")) {
            failures.push(format!("{} (text): {}", name(f), out.show()));
        }
    }
    assert_eq!(listing(sys.dir.path()), before, "run --check created files");
    assert!(!sys.path().exists(), "run --check created the store");
    assert!(
        failures.is_empty(),
        "good corpus files failing --check:\n{}",
        failures.join("\n")
    );
}

#[test]
fn bad_corpus_reports_the_expected_line_and_message() {
    let files = corpus("bad");
    assert!(files.len() >= 20, "the bad corpus shrank: {files:?}");
    let sys = Sys::new();
    let mut failures = Vec::new();
    for f in &files {
        let (line, id) = expectation(f);
        let path = f.to_string_lossy();
        let (doc, out) = run_json(&sys, &["run", "--check", &path]);
        let got = problems(&doc);
        if out.code != 2 || !got.contains(&(line, id.clone())) {
            failures.push(format!(
                "{}: expected exit 2 with line {line} {id}; got exit {} with {got:?}",
                name(f),
                out.code
            ));
            continue;
        }
        for p in doc["problems"].as_array().unwrap() {
            if p["text"].as_str().is_none_or(str::is_empty) {
                failures.push(format!("{}: a problem without text: {p}", name(f)));
            }
        }
        if !has_message(&doc, "QSY0211") {
            failures.push(format!("{}: no QSY0211 summary in {doc}", name(f)));
        }
        // Without --check the script is refused the same way (exit 2, file:line: ID).
        let out = run_bounded(&sys, &["run", &path]);
        let wanted = format!("{path}:{line}: {id}:");
        if out.code != 2 || !out.stdout.contains(&wanted) {
            failures.push(format!(
                "{}: `qsy run` should exit 2 printing {wanted:?}\n{}",
                name(f),
                out.show()
            ));
        }
    }
    assert!(
        !sys.path().exists(),
        "checking or refusing bad scripts created the store"
    );
    assert!(
        failures.is_empty(),
        "bad corpus files not reported as expected:\n{}",
        failures.join("\n")
    );
}

/// The same files with CRLF line ends and tabs for indentation compile the same way as
/// the originals (checked in process: `compile` is what `--check` runs).
#[test]
fn crlf_and_tab_variants_of_the_corpus_compile_the_same() {
    use qsy::script::compile::compile;
    let found = |text: &str| -> Vec<(usize, String)> {
        compile(text)
            .problems
            .into_iter()
            .map(|p| (p.line, p.id))
            .collect()
    };
    let mut failures = Vec::new();
    for f in corpus("good").iter().chain(corpus("bad").iter()) {
        let src = read(f);
        let crlf = src.replace('\n', "\r\n");
        let tabs: String = src
            .lines()
            .map(|l| {
                let trimmed = l.trim_start_matches(' ');
                let indent = l.len() - trimmed.len();
                format!("{}{trimmed}\n", "\t".repeat(indent.div_ceil(8)))
            })
            .collect();
        let original = found(&src);
        for (what, text) in [("CRLF", &crlf), ("tabs", &tabs)] {
            let got = found(text);
            if got != original {
                failures.push(format!(
                    "{} ({what}): {got:?}, as is: {original:?}",
                    name(f)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn check_leaves_an_existing_store_byte_identical() {
    let sys = Sys::new();
    let setup = script_file(
        &sys,
        "setup.clp",
        "PGM\nCRTUSRPRF USRPRF(KEEPME) PASSWORD(*NONE) TEXT('before')\nENDPGM\n",
    );
    assert_eq!(run_bounded(&sys, &["run", &setup]).code, 0);
    let bytes = sys.store_bytes();
    let modified = std::fs::metadata(sys.path()).unwrap().modified().unwrap();
    // A script that would change a great deal, a broken one, and every corpus file.
    let busy = script_file(
        &sys,
        "busy.clp",
        "PGM\nCHGUSRPRF USRPRF(KEEPME) TEXT('after')\nDLTUSRPRF KEEPME\nCRTUSRPRF NEWONE PASSWORD(*NONE)\n\
         CHGSYSVAL SYSVAL(QPWDLVL) VALUE('2')\nPWRDWNSYS OPTION(*IMMED) RESTART(*YES)\n\
         SBMJOB CMD(CHGTOTPKEY TOTPKEY(*GEN)) USER(QSECOFR)\nENDPGM\n",
    );
    let broken = script_file(
        &sys,
        "broken.clp",
        "PGM\nCHGUSRPRF USRPRF(KEEPME) TEXT('after')\nNOSUCHCMD\nENDPGM\n",
    );
    assert_eq!(run_bounded(&sys, &["run", "--check", &busy]).code, 0);
    assert_eq!(
        run_bounded(&sys, &["run", "--check", "--sync", "each", &busy]).code,
        0
    );
    assert_eq!(run_bounded(&sys, &["run", "--check", &broken]).code, 2);
    // A script with problems is not run at all, even without --check.
    let out = run_bounded(&sys, &["run", &broken]);
    assert_eq!(out.code, 2, "{}", out.show());
    for f in corpus("good").iter().chain(corpus("bad").iter()) {
        let _ = run_bounded(&sys, &["run", "--check", &f.to_string_lossy()]);
    }
    let (doc, _) = run_json(&sys, &["run", "--check", "-"]);
    assert!(doc["problems"].is_array());
    assert!(
        sys.store_bytes() == bytes,
        "run --check changed the store's bytes"
    );
    assert_eq!(
        std::fs::metadata(sys.path()).unwrap().modified().unwrap(),
        modified,
        "run --check wrote to the store"
    );
    assert_eq!(
        profile_texts(&sys).get("KEEPME").map(String::as_str),
        Some("before")
    );
    assert!(!profile_texts(&sys).contains_key("NEWONE"));
}

#[test]
fn statement_longer_than_the_cl_limit_is_reported() {
    let sys = Sys::new();
    let long = format!(
        "PGM\nDSPSECA\nSNDPGMMSG MSG('{}')\nENDPGM\n",
        "x".repeat(33_000)
    );
    let file = script_file(&sys, "long.clp", &long);
    let (doc, out) = run_json(&sys, &["run", "--check", &file]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert!(problems(&doc).contains(&(3, "QSY0106".into())), "{doc}");
    // Built from continuation lines, each short.
    let lines: String = (0..4_000)
        .map(|_| "          'xxxxxxxxxx' *CAT +\n")
        .collect();
    let file = script_file(
        &sys,
        "long2.clp",
        &format!("PGM\nDCL &A *CHAR 10\nCHGVAR &A ( +\n{lines} 'y')\nENDPGM\n"),
    );
    let (doc, out) = run_json(&sys, &["run", "--check", &file]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert!(problems(&doc).contains(&(3, "QSY0106".into())), "{doc}");
    assert!(!sys.path().exists());
}

#[test]
fn check_lists_simulator_only_commands() {
    let sys = Sys::new();
    let (doc, out) = run_json(&sys, &["run", "--check", ROLLOUT]);
    assert_eq!(
        out.code,
        0,
        "examples/rollout.clp must pass --check\n{}",
        out.show()
    );
    assert!(problems(&doc).is_empty(), "{doc}");
    let uses = simulator_only(&doc);
    let src: Vec<String> = read(Path::new(ROLLOUT))
        .lines()
        .map(str::to_uppercase)
        .collect();
    for cmd in ["SIGNON", "QSYGENTOTP", "QSYRTVPWDL"] {
        assert!(
            uses.iter().any(|(_, c)| c == cmd),
            "{cmd} not listed: {uses:?}"
        );
    }
    for (line, cmd) in &uses {
        assert!(
            ["SIGNON", "QSYGENTOTP", "QSYRTVPWDL"].contains(&cmd.as_str()),
            "{cmd} is not simulator-only"
        );
        let text = &src[*line as usize - 1];
        assert!(
            text.trim_start().starts_with(cmd.as_str()),
            "line {line} of rollout.clp is not {cmd}: {text}"
        );
    }
    // Every SIGNON/QSYGENTOTP/QSYRTVPWDL statement of the file is listed.
    let in_source = src
        .iter()
        .filter(|l| {
            ["SIGNON ", "QSYGENTOTP ", "QSYRTVPWDL "]
                .iter()
                .any(|c| l.trim_start().starts_with(c))
        })
        .count();
    assert_eq!(uses.len(), in_source, "{uses:?}");
    // Text form: one QSY0215 per use, naming the line and the command.
    let out = run_bounded(&sys, &["run", "--check", ROLLOUT]);
    assert_eq!(out.code, 0);
    let all = out.stdout + &out.stderr;
    for (line, cmd) in &uses {
        assert!(
            all.contains(&format!("Line {line}: {cmd} is a simulator-only command")),
            "{all}"
        );
    }
    // Inside SBMJOB CMD() too; ordinary commands are not listed; nor is anything in a
    // script that does not use them.
    let file = script_file(
        &sys,
        "sim.clp",
        "PGM\n  DCL &C *CHAR 6\n  DSPSECA\n  sbmjob cmd(signon user(qsecofr)) user(qsecofr)\n  if (1 *eq 1) then(do)\n    qsygentotp key('JBSWY3DPEHPK3PXP') rtnval(&c)\n  enddo\nENDPGM\n",
    );
    let (doc, out) = run_json(&sys, &["run", "--check", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        simulator_only(&doc),
        vec![(4, "SIGNON".to_string()), (6, "QSYGENTOTP".to_string())]
    );
    let (doc, _) = run_json(
        &sys,
        &["run", "--check", &corpus("good")[0].to_string_lossy()],
    );
    assert!(simulator_only(&doc)
        .iter()
        .all(|(_, c)| ["SIGNON", "QSYGENTOTP", "QSYRTVPWDL"].contains(&c.as_str())));
    assert!(!sys.path().exists());
}

// ---------------------------------------------------------------------------------------
// Running scripts
// ---------------------------------------------------------------------------------------

#[test]
fn variables_and_expressions() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "expr.clp",
        r"pgm
  dcl &a *char 10 value('abc')
  dcl &b *char 10 value(DEF)
  dcl &c *char 60
  dcl &n *dec (7 2) value(1.5)
  dcl &m *dec (5 0)
  dcl &i *int
  dcl &f *lgl
  chgvar &m ((&n * 4) + 2 - (10 / 5))
  chgvar &i (&m * (&m + 1) / 2)
  sndpgmmsg msg(%char(&m) *bcat %char(&i) *bcat %char(&n))
  chgvar &c (&a *cat &b *cat '|')
  sndpgmmsg msg(&c)
  chgvar &c (&a *tcat &b *tcat '|')
  sndpgmmsg msg(&c)
  chgvar &c (&a *bcat &b *bcat '|')
  sndpgmmsg msg(&c)
  chgvar &c (&a || 'x' |< 'y  ' |> 'z')
  sndpgmmsg msg(&c *tcat '|')
  sndpgmmsg msg(%sst(&a 2 2) *cat %sst('hello' (&m - 4) 3))
  chgvar &c ('It''s ' *cat x'C1C2' *cat '''')
  sndpgmmsg msg(&c)
  chgvar &a 'abcdefghijklmnop'
  sndpgmmsg msg(&a *cat '|')
  chgvar &f (&m *eq 6 *and *not (&i *lt 21))
  if (&f) then(sndpgmmsg msg('logical ok'))
  chgvar &n (&n / 3)
  sndpgmmsg msg(%char(&n))
endpgm
",
    );
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec![
            "6 21 1.50",
            "abc       DEF       |",
            "abcDEF|",
            "abc DEF |",
            "abc       xy z|",
            "bcell",
            "It's AB'",
            "abcdefghij|",
            "logical ok",
            "0.50",
        ],
        "{}",
        out.show()
    );
    assert!(out.stdout.contains("QSY0213"), "{}", out.show());
}

#[test]
fn if_else_and_do_groups_nested_three_deep() {
    let sys = Sys::new();
    let src = r"PGM
  DCL &X *DEC (3 0)
  DCL &PATH *CHAR 40
LOOP:
  CHGVAR &PATH ' '
  IF COND(&X *GE 4) THEN(DO)
    IF COND(&X *GE 6) THEN(DO)
      IF COND(&X *EQ 7) THEN(DO)
        CHGVAR &PATH 'seven'
      ENDDO
      ELSE CMD(DO)
        CHGVAR &PATH ('six-or-eight:' *CAT %CHAR(&X))
      ENDDO
    ENDDO
    ELSE CMD(CHGVAR VAR(&PATH) VALUE('four-five'))
  ENDDO
  ELSE CMD(DO)
    IF COND(&X *EQ 0) THEN(CHGVAR VAR(&PATH) VALUE('zero'))
    ELSE CMD(DO)
      CHGVAR &PATH 'low'
    ENDDO
  ENDDO
  SNDPGMMSG MSG(%CHAR(&X) *BCAT &PATH)
  CHGVAR &X (&X + 1)
  IF (&X *LE 8) THEN(GOTO CMDLBL(LOOP))
ENDPGM
";
    let file = script_file(&sys, "nest.clp", src);
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec![
            "0 zero",
            "1 low",
            "2 low",
            "3 low",
            "4 four-five",
            "5 four-five",
            "6 six-or-eight:6",
            "7 seven",
            "8 six-or-eight:8"
        ],
        "{}",
        out.show()
    );
}

#[test]
fn goto_loops_and_labels_on_their_own_line() {
    let sys = Sys::new();
    let file = Path::new(CORPUS).join("good/labels_loops.clp");
    let out = run_bounded(&sys, &["run", &file.to_string_lossy()]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(!out.stdout.contains("not reached"), "{}", out.show());
    let texts = profile_texts(&sys);
    for i in 1..=5 {
        assert_eq!(
            texts.get(&format!("LOOP0000{i}")).map(String::as_str),
            Some(format!("Loop user {i}").as_str()),
            "{texts:?}"
        );
    }
    assert!(!texts.contains_key("LOOP00006"), "{texts:?}");
    // Run again: every CRTUSRPRF now fails with QSY0081, which the MONMSG catches.
    let out = run_bounded(&sys, &["run", &file.to_string_lossy()]);
    assert_eq!(out.code, 0, "{}", out.show());
    // A backwards GOTO counting to 300 (no command in the loop: only the interpreter).
    let file = script_file(
        &sys,
        "count.clp",
        "PGM\nDCL &I *INT\nDCL &SUM *DEC (9 0)\nTOP: CHGVAR &I (&I + 1)\nCHGVAR &SUM (&SUM + &I)\nIF (&I *LT 300) THEN(GOTO CMDLBL(TOP))\nSNDPGMMSG MSG(%CHAR(&SUM))\nENDPGM\n",
    );
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(printed(&out), vec!["45150"]);
}

#[test]
fn monmsg_command_level_and_program_level_with_generic_ids() {
    let sys = Sys::new();
    let file = Path::new(CORPUS).join("good/monitors.clp");
    let out = run_bounded(&sys, &["run", &file.to_string_lossy()]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec!["failed=1 tries=1 CPF2204"],
        "{}",
        out.show()
    );
    assert!(profile_texts(&sys).contains_key("MONUSR"));

    // CPF2200 catches CPF22E2 (a wrong password) and CPF2204; it does not catch QSY0081.
    let file = script_file(
        &sys,
        "generic.clp",
        r"PGM
  DCL &N *DEC (3 0)
  CRTUSRPRF GEN1 PASSWORD(SECRET1)
  SIGNON USER(GEN1) PASSWORD('WRONG99')
  MONMSG MSGID(CPF2200) EXEC(CHGVAR VAR(&N) VALUE(&N + 1))
  SIGNON USER(NOSUCHUSR) PASSWORD('X')
  MONMSG MSGID(CPF2200) EXEC(CHGVAR VAR(&N) VALUE(&N + 1))
  DLTUSRPRF NOSUCHUSR
  MONMSG MSGID(CPF2200) EXEC(CHGVAR VAR(&N) VALUE(&N + 1))
  SNDPGMMSG MSG('caught' *BCAT %CHAR(&N))
  CRTUSRPRF GEN1 PASSWORD(*NONE)
  MONMSG MSGID(CPF2200) EXEC(CHGVAR VAR(&N) VALUE(&N + 1))
  SNDPGMMSG MSG('not reached')
ENDPGM
",
    );
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert_eq!(
        printed(&out).last().map(String::as_str),
        Some("caught 3"),
        "{}",
        out.show()
    );
    assert!(!out.stdout.contains("not reached"));
    assert!(
        out.stderr.contains("QSY0081") && out.stderr.contains("QSY0200"),
        "{}",
        out.show()
    );

    // CPF0000 catches every CPF message, CPF9999 too; a command-level monitor is tried
    // before the program-level one; an exact ID does not catch its neighbours.
    let file = script_file(
        &sys,
        "generic2.clp",
        r"PGM
  DCL &WHO *CHAR 10
  DCL &STEP *INT
  MONMSG MSGID(CPF0000) EXEC(GOTO CMDLBL(PROGRAM))
  CHGVAR &STEP 1
  DLTUSRPRF NOSUCH1
S1: SNDPGMMSG MSG('1' *BCAT &WHO)
  DLTUSRPRF NOSUCH2
  MONMSG MSGID(CPF2204) EXEC(CHGVAR VAR(&WHO) VALUE('command'))
  SNDPGMMSG MSG('2' *BCAT &WHO)
  CHGVAR &STEP 3
  DLTUSRPRF NOSUCH3
  MONMSG MSGID(CPF2205 CPF22E2) EXEC(CHGVAR VAR(&WHO) VALUE('wrong'))
S3: SNDPGMMSG MSG('3' *BCAT &WHO)
  DLTUSRPRF NOSUCH4
  MONMSG MSGID(CPF9999) EXEC(CHGVAR VAR(&WHO) VALUE('any-cpf'))
  SNDPGMMSG MSG('4' *BCAT &WHO)
  RETURN
PROGRAM: CHGVAR VAR(&WHO) VALUE('program')
  IF (&STEP = 1) THEN(GOTO S1)
  GOTO S3
ENDPGM
",
    );
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec!["1 program", "2 command", "3 program", "4 any-cpf"],
        "{}",
        out.show()
    );

    // A monitor without EXEC just carries on; one that catches nothing leaves the escape.
    let file = script_file(&sys, "generic3.clp", "PGM\nDLTUSRPRF NOSUCH\nMONMSG CPF2204\nDLTUSRPRF NOSUCH\nMONMSG QSY0000\nSNDPGMMSG 'no'\nENDPGM\n");
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert!(
        out.stderr.contains("CPF2204") && out.stderr.contains("line 4"),
        "{}",
        out.show()
    );
    assert!(printed(&out).is_empty(), "{}", out.show());
}

#[test]
fn unmonitored_escape_ends_the_script_naming_the_line_and_keeps_earlier_work() {
    let sys = Sys::new();
    sys.init();
    let base = journal_len(&sys);
    let src = "PGM\n\
               CRTUSRPRF USRPRF(KEPT1) PASSWORD(*NONE) TEXT('one')\n\
               CHGUSRPRF USRPRF(KEPT1) TEXT('two')\n\
               /* fails: the password is too long at QPWDLVL 0 */\n\
               CHGUSRPRF USRPRF(KEPT1) TEXT('three') +\n          PASSWORD('MUCHTOOLONGFORLEVEL0')\n\
               CHGUSRPRF USRPRF(KEPT1) TEXT('four')\n\
               CRTUSRPRF USRPRF(NEVER) PASSWORD(*NONE)\n\
               ENDPGM\n";
    let file = script_file(&sys, "esc.clp", src);
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 1, "{}", out.show());
    let err = out.stderr.clone();
    assert!(
        err.contains("QSY0200") && err.contains("line 5"),
        "must name line 5 with QSY0200\n{}",
        out.show()
    );
    let first = err
        .lines()
        .find(|l| !l.starts_with("QSY0200"))
        .unwrap_or_default()
        .to_string();
    let original = first.split(':').next().unwrap_or_default().to_string();
    assert!(
        original.len() == 7 && original != "QSY0200",
        "the original escape message comes first: {err}"
    );
    assert!(
        err.contains(&format!("escape message {original}")),
        "QSY0200 names {original}: {err}"
    );
    let texts = profile_texts(&sys);
    assert_eq!(
        texts.get("KEPT1").map(String::as_str),
        Some("two"),
        "the commands before stay applied and the failing one leaves nothing"
    );
    assert!(
        !texts.contains_key("NEVER"),
        "nothing after the failing line runs"
    );
    assert_eq!(
        journal_len(&sys),
        base + 2,
        "only the two successful commands are journaled"
    );
    let doc = sys.usrprf("KEPT1");
    assert_eq!(
        doc["password_none"], true,
        "the failing command's password was not applied: {doc}"
    );

    // A CRTUSRPRF that fails leaves no profile; the same script in JSON: one document.
    let file = script_file(
        &sys,
        "esc2.clp",
        "PGM\nDCL &U *CHAR 10 VALUE(HALF)\nCHGUSRPRF KEPT1 TEXT('five')\nCRTUSRPRF USRPRF(&U) PASSWORD('WAYTOOLONGPASSWORD')\nENDPGM\n",
    );
    let (doc, out) = run_json(&sys, &["run", &file]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert_eq!(doc["ended_at_line"], 4, "{doc}");
    assert_eq!(doc["commands_run"], 2, "{doc}");
    let ids = crate::harness::ids(&doc);
    assert_eq!(ids.last().map(String::as_str), Some("QSY0200"), "{doc}");
    assert!(
        ids.len() >= 3 && ids[ids.len() - 2].len() == 7,
        "the original message precedes QSY0200: {doc}"
    );
    let texts = profile_texts(&sys);
    assert!(
        !texts.contains_key("HALF"),
        "a failed CRTUSRPRF left a profile"
    );
    assert_eq!(texts.get("KEPT1").map(String::as_str), Some("five"));
}

/// A classic CL error handler: a program-level MONMSG sends control to ERROR, which ends the
/// program with an escape message. That escape goes to the caller (it is not caught again by
/// the program's own monitor), so the script ends with exit 1 — and does not loop.
#[test]
fn escape_sent_by_the_error_handler_ends_the_script() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "handler.clp",
        "PGM\nMONMSG MSGID(CPF0000) EXEC(GOTO CMDLBL(ERROR))\nDLTUSRPRF NOSUCH\nRETURN\n\
         ERROR: SNDPGMMSG MSGID(CPF9898) MSGF(QCPFMSG) MSGDTA('Cleanup failed') MSGTYPE(*ESCAPE)\nENDPGM\n",
    );
    let out = sys
        .exec(&["run", &file])
        .timeout(Duration::from_secs(10))
        .run();
    assert_eq!(
        out.code,
        1,
        "an escape message sent by the handler must end the script (exit 1), not be caught by the \
         program-level MONMSG again (exit -1 here means qsy was still looping after 10 s)\n{}",
        out.show()
    );
    assert!(
        out.stderr.contains("Cleanup failed") && out.stderr.contains("QSY0200"),
        "{}",
        out.show()
    );
}

#[test]
fn sndpgmmsg_escape_ends_the_script() {
    let sys = Sys::new();
    let file = script_file(&sys, "esc.clp", "PGM\nSNDPGMMSG MSG('first')\nSNDPGMMSG MSGID(CPF9898) MSGF(QCPFMSG) MSGDTA('Stop here') MSGTYPE(*ESCAPE)\nSNDPGMMSG MSG('after')\nENDPGM\n");
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert_eq!(printed(&out), vec!["first"]);
    assert!(
        out.stderr.contains("Stop here") && out.stderr.contains("line 3"),
        "{}",
        out.show()
    );
}

#[test]
fn sbmjob_runs_the_command_as_the_user_with_variables_inside_cmd() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "sbm.clp",
        r"PGM
  DCL &U   *CHAR 10 VALUE('SBMUSR')
  DCL &OLD *CHAR 10 VALUE('OLDPW1')
  DCL &NEW *CHAR 10 VALUE('NEWPW2')
  DCL &T   *CHAR 50 VALUE('O''Brien''s (test) /* not a comment */')
  CRTUSRPRF USRPRF(&U) PASSWORD(&OLD) PWDEXP(*NO)
  SBMJOB CMD(CHGPWD CURPWD(&OLD) NEWPWD(&NEW)) USER(&U)
  SBMJOB CMD(CHGUSRPRF USRPRF(&U) TEXT(&T)) USER(QSECOFR)
  /* The user cannot change his own profile's class: it needs *SECADM. The submitted */
  /* job fails; the submitter goes on (its MONMSG does not fire, as on IBM i).        */
  SBMJOB CMD(CHGUSRPRF USRPRF(&U) USRCLS(*SECOFR)) USER(&U)
  MONMSG MSGID(CPF0000) EXEC(SNDPGMMSG MSG('submitter monitored it'))
ENDPGM
",
    );
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        out.stderr.contains("CPF1240") && out.stderr.contains("QSY0050"),
        "CHGUSRPRF USRCLS(*SECOFR) ran with the user's authority?\n{}",
        out.show()
    );
    assert!(
        !out.stdout.contains("submitter monitored it"),
        "{}",
        out.show()
    );
    sys.signon_typed("SBMUSR", "NEWPW2").ok();
    sys.signon_typed("SBMUSR", "OLDPW1").fails("CPF22E2");
    let doc = sys.usrprf("SBMUSR");
    assert_eq!(doc["text"], "O'Brien's (test) /* not a comment */", "{doc}");
    assert_eq!(doc["user_class"], "*USER", "{doc}");
    // The journal shows the password change made by the user's own job.
    let pw = sys.journal(&["CP"]);
    assert!(
        pw.iter()
            .any(|e| e["object"] == "SBMUSR" && e["user_profile"] == "SBMUSR"),
        "no CP entry by SBMUSR's job: {pw:?}"
    );
}

#[test]
fn run_from_standard_input() {
    let sys = Sys::new();
    let src = "pgm\n  dcl &n *dec (3 0) value(41)\n  chgvar &n (&n + 1)\n  crtusrprf stdinusr password(*none) text('from stdin')\n  sndpgmmsg msg('answer' *bcat %char(&n))\nendpgm\n";
    let out = sys
        .exec(&["run", "-"])
        .timeout(Duration::from_secs(60))
        .stdin(src)
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(printed(&out), vec!["answer 42"]);
    assert_eq!(
        profile_texts(&sys).get("STDINUSR").map(String::as_str),
        Some("from stdin")
    );
    // --check from stdin, and a bad script from stdin.
    let out = sys
        .exec(&["--output", "json", "run", "--check", "-"])
        .stdin("PGM\n\nNOSUCH X\nENDPGM\n")
        .run();
    assert_eq!(out.code, 2, "{}", out.show());
    let doc: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(problems(&doc), vec![(3, "CPD0030".to_string())]);
    // An empty script does nothing and succeeds.
    let out = sys.exec(&["run", "-"]).stdin("").run();
    assert_eq!(out.code, 0, "{}", out.show());
}

#[test]
fn sndpgmmsg_output_in_text_and_json() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "msgs.clp",
        "PGM\nDCL &X *CHAR 5 VALUE('x')\nSNDPGMMSG MSG('Hello, World')\nSNDPGMMSG 'positional' \nSNDPGMMSG MSG('diag' *BCAT &X) MSGTYPE(*DIAG)\nSNDPGMMSG MSG('  lead and trail  ')\nENDPGM\n",
    );
    let out = run_bounded(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    let p = printed(&out);
    assert_eq!(p.len(), 4, "{}", out.show());
    assert_eq!(&p[..3], &["Hello, World", "positional", "diag x"]);
    assert_eq!(p[3].trim_end(), "  lead and trail");
    let (doc, out) = run_json(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    let msgs = doc["messages"].as_array().expect("messages");
    let texts: Vec<&str> = msgs
        .iter()
        .filter(|m| m["id"] == "QSY0216")
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        &texts[..3],
        &["Hello, World", "positional", "diag x"],
        "{doc}"
    );
    assert!(
        msgs.iter()
            .any(|m| m["text"] == "diag x" && m["type"] == "diagnostic"),
        "{doc}"
    );
    assert!(
        msgs.iter()
            .any(|m| m["text"] == "Hello, World" && m["type"] == "informational"),
        "{doc}"
    );
    // Nothing else on stdout in JSON mode: the document is the whole output.
    assert!(!out.stdout.contains("Hello, World\n{"));
}

#[test]
fn json_output_of_a_script_is_one_document() {
    let sys = Sys::new();
    let file = script_file(
        &sys,
        "doc.clp",
        "PGM\nCRTUSRPRF DOCUSR PASSWORD(*NONE)\nDSPUSRPRF DOCUSR\nDSPSECA\nSNDPGMMSG MSG('done')\nCHGUSRPRF DOCUSR TEXT('x')\nENDPGM\n",
    );
    let (doc, out) = run_json(&sys, &["run", &file]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(doc.is_object(), "{doc}");
    assert!(doc["messages"].is_array(), "{doc}");
    assert_eq!(doc["commands_run"], 4, "{doc}");
    assert!(
        doc.get("ended_at_line").is_some_and(Value::is_null),
        "ended_at_line must be null on success: {doc}"
    );
    let ids = crate::harness::ids(&doc);
    for id in ["QSY0082", "CPC2205", "QSY0216", "QSY0213"] {
        assert!(ids.contains(&id.to_string()), "{id} missing from {ids:?}");
    }
    assert!(
        out.stderr.trim().is_empty() || !out.stderr.contains('{'),
        "JSON goes to stdout only\n{}",
        out.show()
    );
    // YAML is the same document.
    let file = script_file(
        &sys,
        "yaml.clp",
        "PGM\nDSPSECA\nSNDPGMMSG MSG('y')\nENDPGM\n",
    );
    let out = sys.exec(&["--output", "yaml", "run", &file]).run();
    let yaml = out.stdout.clone();
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        yaml.contains("commands_run: 1") && yaml.contains("ended_at_line:"),
        "{yaml}"
    );
    // A failing script: still one document, with the line.
    let file = script_file(
        &sys,
        "doc2.clp",
        "PGM\nDSPSECA\n\nDLTUSRPRF NOSUCH\nENDPGM\n",
    );
    let (doc, out) = run_json(&sys, &["run", &file]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert_eq!(doc["ended_at_line"], 4, "{doc}");
    assert_eq!(doc["commands_run"], 2, "{doc}");
    let got = crate::harness::ids(&doc);
    assert!(
        got.contains(&"CPF2204".to_string()) && got.last().map(String::as_str) == Some("QSY0200"),
        "{got:?}"
    );
}

#[test]
fn good_corpus_scripts_that_run_on_a_new_system_do_what_they_say() {
    let sys = Sys::new();
    let dir = Path::new(CORPUS).join("good");
    let out = run_bounded(
        &sys,
        &["run", &dir.join("shop_lower_case.clp").to_string_lossy()],
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec!["Count is 3.", "hex ok"],
        "{}",
        out.show()
    );
    let doc = sys.usrprf("JSMITH");
    assert_eq!(doc["text"], "Created by mfaprep, it's fine", "{doc}");
    assert_eq!(
        strings(&doc["special_authorities"]),
        vec!["*JOBCTL", "*SAVSYS"],
        "{doc}"
    );

    let out = run_bounded(
        &sys,
        &["run", &dir.join("continuation.clp").to_string_lossy()],
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec!["one two    three four", "ab c", "end of script"],
        "{}",
        out.show()
    );
    let doc = sys.usrprf("CONTUSR");
    assert_eq!(doc["text"], "minus: kept", "{doc}");
    assert_eq!(doc["user_class"], "*SYSOPR", "{doc}");

    let out = run_bounded(
        &sys,
        &["run", &dir.join("expressions.clp").to_string_lossy()],
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(
        printed(&out),
        vec![
            "m=6 k=21 hex=ABCD",
            "math ok",
            "compare ok: a'F",
            "positional if"
        ],
        "{}",
        out.show()
    );
    assert_eq!(sys.usrprf("QSECOFR")["text"], "Security officer #6");

    let out = run_bounded(
        &sys,
        &["run", &dir.join("seu_upper_case.clp").to_string_lossy()],
    );
    assert_eq!(out.code, 0, "{}", out.show());
    let p = printed(&out);
    assert_eq!(
        &p[..3],
        &["LEVEL 0 FIRST PASS", "LEVEL 0 PASS 2", "LEVEL 0 PASS 3"],
        "{}",
        out.show()
    );
    assert!(!out.stdout.contains("MFACHK ENDED IN ERROR"));

    let sys = Sys::new();
    let out = run_bounded(
        &sys,
        &["run", &dir.join("rollout_mini.clp").to_string_lossy()],
    );
    assert_eq!(out.code, 0, "{}", out.show());
    let doc = sys.usrprf("MINIUSR");
    assert_eq!(doc["totp_key_set"], true, "{doc}");
    assert_eq!(
        strings(&doc["authentication_methods"]),
        vec!["*TOTP"],
        "{doc}"
    );
}

// ---------------------------------------------------------------------------------------
// Robustness of the compiler on mangled scripts
// ---------------------------------------------------------------------------------------

/// xorshift64*: fixed seed, no dependency, reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "'",
    "''",
    "+\n",
    "-\n",
    "+",
    "-",
    "/*",
    "*/",
    "\n",
    "\r\n",
    " ",
    "\t",
    "&",
    "&X",
    "%SST(",
    "%CHAR(",
    "X'",
    "x'4",
    "DO",
    "ENDDO",
    "ELSE",
    "IF COND(",
    "THEN(",
    "MONMSG CPF0000 EXEC(",
    "GOTO ",
    "CMDLBL(",
    "LOOP:",
    ":",
    "*CAT",
    "||",
    "|>",
    "|<",
    "*EQ",
    "*NOT",
    "SBMJOB CMD(",
    "DCL &",
    "*CHAR",
    "*DEC",
    "(5 0)",
    "VALUE(",
    "PGM",
    "ENDPGM",
    "RETURN",
    "\u{0}",
    "é",
    "¬",
    "日本",
    "9999999999999999999999",
    "-1",
    "0",
    "*N",
    "*",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for _ in 0..=rng.below(6) {
        let at = rng.below(chars.len() + 1);
        match rng.below(6) {
            0 if !chars.is_empty() => {
                // Delete a run.
                let end = (at + 1 + rng.below(20)).min(chars.len());
                let at = at.min(end);
                chars.drain(at..end);
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                chars.splice(at..at, t.chars());
            }
            2 if !chars.is_empty() => {
                // Duplicate a slice elsewhere (repeats DO, IF, labels, …).
                let from = rng.below(chars.len());
                let end = (from + 1 + rng.below(80)).min(chars.len());
                let piece: Vec<char> = chars[from..end].to_vec();
                chars.splice(at..at, piece);
            }
            3 if !chars.is_empty() => {
                let i = at.min(chars.len() - 1);
                chars[i] = char::from_u32(rng.below(0x250) as u32).unwrap_or('?');
            }
            4 => {
                // Swap two lines.
                let text: String = chars.iter().collect();
                let mut lines: Vec<&str> = text.split('\n').collect();
                if lines.len() > 1 {
                    let a = rng.below(lines.len());
                    let b = rng.below(lines.len());
                    lines.swap(a, b);
                }
                chars = lines.join("\n").chars().collect();
            }
            _ => {
                // Truncate.
                chars.truncate(at);
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn compile_never_panics_on_mutated_corpus_files() {
    use qsy::script::compile::compile;
    let mut sources: Vec<String> = corpus("good")
        .iter()
        .chain(corpus("bad").iter())
        .map(|p| read(p))
        .collect();
    sources.push(read(Path::new(ROLLOUT)));
    let mut rng = Rng(0x5EED_CAFE_F00D_1234);
    let mut with_problems = 0;
    let mut clean = 0;
    let mut panicked = None;
    for i in 0..4_000 {
        let base = &sources[rng.below(sources.len())];
        let src = mutate(&mut rng, base);
        let lines = src.split('\n').count().max(1);
        match std::panic::catch_unwind(|| compile(&src)) {
            Ok(p) => {
                if let Some(bad) = p
                    .problems
                    .iter()
                    .find(|x| x.line < 1 || x.line > lines || x.id.is_empty() || x.text.is_empty())
                {
                    panicked = Some(format!(
                        "mutation {i}: problem {bad:?} outside the {lines} line(s) of\n{src}"
                    ));
                    break;
                }
                if p.problems.is_empty() {
                    clean += 1;
                } else {
                    with_problems += 1;
                }
            }
            Err(e) => {
                let why = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                panicked = Some(format!(
                    "mutation {i}: compile panicked ({why}) on:\n{src:?}"
                ));
                break;
            }
        }
    }
    if let Some(msg) = panicked {
        panic!("{msg}");
    }
    // The mutations must reach both outcomes, or they test little.
    assert!(
        with_problems > 1_000 && clean > 100,
        "clean {clean}, with problems {with_problems}"
    );
}

// ---------------------------------------------------------------------------------------
// Deep nesting (issue 13): refused with a clear message at a documented depth, never a
// stack overflow — in `--check` and in `run`.

/// A script of `depth` nested levels of one shape, innermost a SNDPGMMSG.
fn nested(shape: &str, depth: usize) -> String {
    let mut s =
        String::from("PGM\nDCL VAR(&A) TYPE(*LGL) VALUE('1')\nDCL VAR(&N) TYPE(*DEC) LEN(9 0)\n");
    let close = |s: &mut String| s.push_str(&"ENDDO\n".repeat(depth));
    match shape {
        "do" => {
            s.push_str(&"DO\n".repeat(depth));
            s.push_str("SNDPGMMSG MSG('deep')\n");
            close(&mut s);
        }
        "if" => {
            s.push_str(&"IF COND(&A) THEN(DO)\n".repeat(depth));
            s.push_str("SNDPGMMSG MSG('deep')\n");
            close(&mut s);
        }
        "else" => {
            s.push_str(&"IF COND(*NOT &A) THEN(CHGVAR &N 1)\nELSE CMD(DO)\n".repeat(depth));
            s.push_str("SNDPGMMSG MSG('deep')\n");
            close(&mut s);
        }
        "monmsg" => {
            s.push_str(&"DSPUSRPRF NOSUCHUSR\nMONMSG MSGID(CPF0000) EXEC(DO)\n".repeat(depth));
            s.push_str("SNDPGMMSG MSG('deep')\n");
            close(&mut s);
        }
        "parens" => {
            s.push_str(&format!(
                "CHGVAR &N ({}1{})\n",
                "(".repeat(depth),
                ")".repeat(depth)
            ));
        }
        "then" => {
            s.push_str(&"IF COND(&A) THEN(".repeat(depth));
            s.push_str("SNDPGMMSG MSG('deep')");
            s.push_str(&")".repeat(depth));
            s.push('\n');
        }
        _ => unreachable!(),
    }
    s.push_str("ENDPGM\n");
    s
}

/// Thousands of levels: `--check` and `run` refuse the script (exit 2) with a message, and
/// neither crashes (a stack overflow aborts with exit 134).
#[test]
fn thousands_of_nested_levels_are_refused_not_a_crash() {
    let sys = Sys::new();
    sys.init();
    for shape in ["do", "if", "else", "monmsg", "parens", "then"] {
        let path = sys.path().with_file_name(format!("deep-{shape}.clp"));
        // An inline THEN(…) chain is one statement, whose length CL limits to 32,702.
        let depth = if shape == "then" { 1_500 } else { 5_000 };
        std::fs::write(&path, nested(shape, depth)).unwrap();
        let path = path.to_str().unwrap();
        for args in [&["run", "--check", path][..], &["run", path][..]] {
            let out = run_bounded(&sys, args);
            assert_eq!(out.code, 2, "{shape} {args:?}:\n{}", out.show());
            let all = format!("{}{}", out.stdout, out.stderr);
            let expected = if shape == "parens" {
                "QSY0105"
            } else {
                "QSY0229"
            };
            assert!(
                all.contains(expected),
                "{shape}: no {expected}:\n{}",
                out.show()
            );
        }
    }
}

/// The documented depth ([`qsy::script::compile::MAX_DEPTH`]) is allowed and runs; one more
/// level is refused with QSY0229, naming the line.
#[test]
fn nesting_up_to_the_documented_depth_runs_and_one_more_is_refused() {
    let max = qsy::script::compile::MAX_DEPTH;
    assert!(max >= 100, "far beyond IBM i's 25 levels");
    let sys = Sys::new();
    sys.init();
    let help = run_bounded(&sys, &["run", "--help"]).stdout;
    assert!(help.contains(&format!("{max} levels deep")), "{help}");
    for shape in ["do", "if", "else", "monmsg", "then"] {
        let ok = sys.path().with_file_name(format!("max-{shape}.clp"));
        std::fs::write(&ok, nested(shape, max)).unwrap();
        let ok = ok.to_str().unwrap();
        let out = run_bounded(&sys, &["run", "--check", ok]);
        assert_eq!(out.code, 0, "{shape} at the limit:\n{}", out.show());
        let out = run_bounded(&sys, &["run", ok]);
        assert_eq!(out.code, 0, "{shape} at the limit:\n{}", out.show());
        if shape != "monmsg" {
            assert!(out.stdout.contains("deep"), "{shape}:\n{}", out.show());
        }
        let over = sys.path().with_file_name(format!("over-{shape}.clp"));
        std::fs::write(&over, nested(shape, max + 1)).unwrap();
        let out = run_bounded(&sys, &["run", "--check", over.to_str().unwrap()]);
        assert_eq!(out.code, 2, "{shape} over the limit:\n{}", out.show());
        let all = format!("{}{}", out.stdout, out.stderr);
        assert!(
            all.contains("QSY0229") && all.contains(&max.to_string()),
            "{}",
            out.show()
        );
    }
}

/// Issue 14: `MONMSG CPF0000` catches qsy's own escapes (QSYxxxx stand where IBM i sends a
/// CPF message), so a real program's handler runs; `MONMSG QSYxxxx` is a `--check` note
/// (never fires on IBM i), an error with `--strict`.
#[test]
fn cpf0000_catches_qsy_escapes_and_monitoring_a_qsy_id_is_a_check_note() {
    let sys = Sys::new();
    let text = "PGM\n  CRTSAVF FILE(QGPL/X)\n  CRTSAVF FILE(QGPL/X)\n  MONMSG CPF0000 EXEC(SNDPGMMSG MSG('handler ran'))\n  SNDPGMMSG MSG('went on')\nENDPGM\n";
    let run = sys.script("cpf0000.clp", text);
    assert_eq!(run.code, 0, "{}", run.show());
    assert!(
        run.stdout.contains("handler ran") && run.stdout.contains("went on"),
        "{}",
        run.show()
    );
    let path = sys.path().with_file_name("qsyid.clp");
    std::fs::write(
        &path,
        "PGM\n  CRTSAVF FILE(QGPL/Y)\n  MONMSG QSY0111\nENDPGM\n",
    )
    .unwrap();
    let path = path.to_str().unwrap();
    let check = sys.run(&["run", "--check", path]);
    assert_eq!(check.code, 0, "{}", check.show());
    assert!(check.stdout.contains("note: QSY0284"), "{}", check.show());
    let strict = sys.run(&["run", "--check", "--strict", path]);
    assert_eq!(strict.code, 2, "{}", strict.show());
    assert!(strict.stdout.contains(": QSY0284:"), "{}", strict.show());
}

/// Issue 19: a long script is parsed and checked on two threads. The problems of both halves
/// are still all reported, in line order, with the messages one thread gives, and nothing
/// runs (compile-first, DESIGN §5).
#[test]
fn a_long_script_checked_on_two_threads_reports_every_problem_in_order_and_runs_nothing() {
    let sys = Sys::new();
    sys.init();
    const LINES: usize = 3000;
    // (line, statement, the message it must get)
    let bad: [(usize, &str, &str); 6] = [
        (2, "NOSUCH X(1)", "CPD0030"),
        (1499, "DSPSECA BOGUS(1)", "CPD0043"),
        (
            1500,
            "CHGSYSVAL SYSVAL(QPWDLVL) VALUE('2') EXTRA(1)",
            "CPD0043",
        ),
        (1501, "NOSUCH Y(2)", "CPD0030"),
        (2400, "DSPSECA BOGUS(2)", "CPD0043"),
        (LINES, "NOSUCH Z(3)", "CPD0030"),
    ];
    let mut text = String::new();
    for line in 1..=LINES {
        match bad.iter().find(|(l, _, _)| *l == line) {
            Some((_, statement, _)) => text.push_str(statement),
            None => text.push_str("CHGSYSVAL SYSVAL(QPWDLVL) VALUE('2')"),
        }
        text.push('\n');
    }
    let before = sys.store_bytes();
    let out = sys.script("long.clp", &text);
    assert_eq!(out.code, 2, "{}", out.show());
    // The problems are listed as `FILE:LINE: ID: text`.
    let found: Vec<(usize, String)> = out
        .stdout
        .lines()
        .filter_map(|l| {
            let (_, rest) = l.split_once("long.clp:")?;
            let (line, rest) = rest.split_once(": ")?;
            let id = rest.split(':').next()?;
            Some((line.parse().ok()?, id.to_string()))
        })
        .collect();
    let expected: Vec<(usize, String)> = bad
        .iter()
        .map(|(line, _, id)| (*line, id.to_string()))
        .collect();
    assert_eq!(found, expected, "{}", out.show());
    assert!(
        sys.store_bytes() == before,
        "a statement ran: the store changed"
    );
}
