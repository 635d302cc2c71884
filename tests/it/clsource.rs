//! CL source as shops store and write it (issue 15, source-level items): encodings and line
//! ends, sequence columns, IBM's comment rule, prompting characters, labels, INCLUDE along
//! the source search path, declarations after the first command, program parameters from
//! the command line, and `--check` / `--strict` exit codes. Each attack is a script that
//! used to be refused or misread; its run is asserted, not only its check.

use crate::harness::*;
use std::path::Path;
use std::time::Duration;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p.to_string_lossy().into_owned()
}

fn qsy(sys: &Sys, args: &[&str]) -> Run {
    sys.exec(args).timeout(Duration::from_secs(60)).run()
}

fn json(sys: &Sys, args: &[&str]) -> (serde_json::Value, Run) {
    let mut all = vec!["--output", "json"];
    all.extend_from_slice(args);
    let out = sys.exec(&all).timeout(Duration::from_secs(60)).run();
    let doc = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not one JSON document ({e})\n{}", out.show()));
    (doc, out)
}

fn ids(list: &serde_json::Value) -> Vec<(u64, String)> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|p| {
            (
                p["line"].as_u64().unwrap(),
                p["id"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn latin1_crlf_bom_and_sequence_numbers_run() {
    let sys = Sys::new();
    let d = sys.dir.path();
    // Windows-1252 text with CRLF line ends: decoded, not refused.
    let latin = write(
        d,
        "latin.clp",
        b"PGM\r\nSNDPGMMSG MSG('R\xe9sum\xe9 \x80 ok')\r\nENDPGM\r\n",
    );
    let out = qsy(&sys, &["run", &latin]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("Résumé € ok"), "{}", out.show());
    let (doc, out) = json(&sys, &["run", "--check", &latin]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(ids(&doc["source"]), vec![(1, "QSY0270".to_string())]);
    // A byte-order mark and lone CR line ends.
    let bom = write(d, "bom.clp", b"\xEF\xBB\xBFPGM\rSNDPGMMSG MSG(bom)\rENDPGM");
    let out = qsy(&sys, &["run", &bom]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("BOM"), "{}", out.show());
    // A member copied with sequence numbers and dates in columns 1-12.
    let seq = write(
        d,
        "seq.clp",
        b"000100260101             PGM\n000200260101             SNDPGMMSG MSG('numbered')\n000300260101             ENDPGM\n",
    );
    let out = qsy(&sys, &["run", &seq]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("numbered"), "{}", out.show());
}

#[test]
fn unclosed_comment_ends_with_its_line_and_a_swallowed_command_is_noted() {
    let sys = Sys::new();
    let d = sys.dir.path();
    let src = write(
        d,
        "c.clp",
        b"/*****************\n/* header never closed\n/*****************\nPGM\n/* say hello\nSNDPGMMSG MSG('hello')\nSNDPGMMSG MSG('one') /* old: +\n  SNDPGMMSG MSG('two') */\nENDPGM\n",
    );
    let out = qsy(&sys, &["run", &src]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        out.stdout.contains("hello") && out.stdout.contains("one"),
        "{}",
        out.show()
    );
    assert!(!out.stdout.contains("two"), "{}", out.show());
    let (doc, out) = json(&sys, &["run", "--check", &src]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(ids(&doc["notes"]), vec![(8, "QSY0273".to_string())]);
    // --strict turns the note into an error, once, with its line.
    let (doc, out) = json(&sys, &["run", "--check", "--strict", &src]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert_eq!(ids(&doc["problems"]), vec![(8, "QSY0273".to_string())]);
    let out = qsy(&sys, &["run", "--strict", &src]);
    assert_eq!(out.code, 2, "{}", out.show());
}

#[test]
fn prompting_characters_run_with_the_coded_values() {
    let sys = Sys::new();
    let src = write(
        sys.dir.path(),
        "p.clp",
        b"PGM\n?SNDPGMMSG ??MSG('asked?') ?*MSGTYPE(*INFO)\nENDPGM\n",
    );
    let out = qsy(&sys, &["run", &src]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("asked?"), "{}", out.show());
    assert!(!out.show().contains("CPD0030"), "{}", out.show());
    let (doc, out) = json(&sys, &["run", "--check", &src]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(ids(&doc["notes"]), vec![(2, "QSY0272".to_string())]);
    assert!(ids(&doc["problems"]).is_empty());
}

#[test]
fn labels_on_consecutive_lines_and_at_the_end() {
    let sys = Sys::new();
    let src = write(
        sys.dir.path(),
        "l.clp",
        b"PGM\nDCL &N *DEC (3 0)\nTOP:\nAGAIN:\n  CHGVAR &N (&N + 1)\n  IF (&N *LT 3) THEN(GOTO AGAIN)\n  IF (&N *LT 5) THEN(GOTO TOP)\n  SNDPGMMSG MSG('looped')\n  GOTO FINI\n  SNDPGMMSG MSG('skipped')\nFINI:\n",
    );
    let out = qsy(&sys, &["run", &src]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        out.stdout.contains("looped") && !out.stdout.contains("skipped"),
        "{}",
        out.show()
    );
}

#[test]
fn include_along_the_search_path_and_recursion_refused() {
    let sys = Sys::new();
    let d = sys.dir.path();
    write(
        d,
        "QCLSRC/Shared.CLLE",
        b"DCL &WHO *CHAR 10 VALUE('shared')\n",
    );
    let other = d.join("elsewhere");
    write(
        &other,
        "greet.clp",
        b"SNDPGMMSG MSG('from the path ' *CAT &WHO)\n",
    );
    let main = write(
        d,
        "main.clp",
        b"PGM\nINCLUDE SRCMBR(SHARED) SRCFILE(MYLIB/QCLSRC)\nINCLUDE GREET\nENDPGM\n",
    );
    // Without QSY_CLPATH the second member is not found.
    let (doc, out) = json(&sys, &["run", "--check", &main]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert_eq!(ids(&doc["problems"]), vec![(3, "QSY0275".to_string())]);
    let path = other.to_string_lossy().into_owned();
    let out = sys
        .exec(&["run", &main])
        .env("QSY_CLPATH", format!("/nonexistent:{path}"))
        .run();
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        out.stdout.contains("from the path shared"),
        "{}",
        out.show()
    );
    // A member that includes itself through another one.
    write(d, "a.clp", b"INCLUDE B\n");
    write(d, "b.clp", b"INCLUDE A\n");
    let rec = write(d, "rec.clp", b"PGM\nINCLUDE A\nENDPGM\n");
    let (doc, out) = json(&sys, &["run", "--check", &rec]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert_eq!(ids(&doc["problems"]), vec![(2, "QSY0276".to_string())]);
}

/// An error inside an INCLUDEd member names the member and its line, in `--check` (text
/// and JSON) and when the run ends there; nested INCLUDEs name the innermost member.
#[test]
fn errors_inside_an_included_member_name_the_member_and_its_line() {
    let sys = Sys::new();
    let d = sys.dir.path();
    let inc = write(
        d,
        "inc1.clp",
        b"DCL &A *CHAR 10\n/* a comment */\nNOSUCHCMD X(1)\nINCLUDE INC2\n",
    );
    let inc2 = write(d, "inc2.clp", b"\n\nCHGVAR &UNDECLARED 1\n");
    let main = write(d, "main.clp", b"PGM\nINCLUDE SRCMBR(INC1)\nENDPGM\n");
    let (doc, out) = json(&sys, &["run", "--check", &main]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert_eq!(
        ids(&doc["problems"]),
        vec![(2, "CPD0030".to_string()), (2, "QSY0205".to_string())]
    );
    let members: Vec<(String, u64)> = doc["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["member"]["member"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                p["member"]["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(members, vec![(inc.clone(), 3), (inc2.clone(), 3)], "{doc}");
    let out = sys.exec(&["run", "--check", &main]).run();
    assert!(
        out.stdout.contains(&format!("{main}:2: {inc}:3: CPD0030:")),
        "{}",
        out.show()
    );
    // In a run: the escape at line 2 of a member names it.
    let inc3 = write(
        d,
        "inc3.clp",
        b"SNDPGMMSG MSG('before')\nDLTUSRPRF NOSUCHUSR\n",
    );
    let main = write(d, "run.clp", b"PGM\n\nINCLUDE INC3\nENDPGM\n");
    let out = sys.exec(&["run", &main]).run();
    assert_eq!(out.code, 1, "{}", out.show());
    assert!(
        out.stderr.contains("QSY0661")
            && out.stderr.contains(&format!("line 2 of member {inc3}"))
            && out.stderr.contains("line 3"),
        "{}",
        out.show()
    );
    let (doc, _) = json(&sys, &["run", &main]);
    assert_eq!(doc["ended_at_line"], 3, "{doc}");
    assert_eq!(doc["ended_in_member"]["line"], 2, "{doc}");
}

#[test]
fn declarations_after_the_first_command_are_refused() {
    let sys = Sys::new();
    let src = write(
        sys.dir.path(),
        "d.clp",
        b"PGM\nDCL &A *CHAR 1\nCOPYRIGHT TEXT('(C) x')\nDCLPRCOPT DFTACTGRP(*NO)\nSNDPGMMSG MSG('x')\nDCL &B *CHAR 1\nENDPGM\n",
    );
    let (doc, out) = json(&sys, &["run", "--check", &src]);
    assert_eq!(out.code, 2, "{}", out.show());
    assert_eq!(ids(&doc["problems"]), vec![(6, "QSY0274".to_string())]);
    assert_eq!(ids(&doc["notes"]), vec![(4, "QSY0279".to_string())]);
}

#[test]
fn program_parameters_from_the_command_line() {
    let sys = Sys::new();
    let src = write(
        sys.dir.path(),
        "parm.clp",
        b"PGM PARM(&USER &N &OK)\nDCL &USER *CHAR 4\nDCL &N *DEC (3 1)\nDCL &OK *LGL\nIF (&OK) THEN(SNDPGMMSG MSG('[' *CAT &USER *CAT ']'))\nIF (&N *GT 10) THEN(SNDPGMMSG MSG('big'))\nENDPGM\n",
    );
    let (doc, out) = json(&sys, &["run", "--check", &src]);
    assert_eq!(out.code, 0, "{}", out.show());
    let params: Vec<String> = doc["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p["variable"].as_str().unwrap(),
                p["type"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(params, vec!["&USER *CHAR 4", "&N *DEC (3 1)", "&OK *LGL"]);
    // Character values padded or cut to the declared length, numbers converted.
    let out = qsy(&sys, &["run", &src, "AB", "12.5", "1"]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        out.stdout.contains("[AB  ]") && out.stdout.contains("big"),
        "{}",
        out.show()
    );
    let out = qsy(&sys, &["run", &src, "ABCDEFG", "1", "1"]);
    assert!(
        out.stdout.contains("[ABCD]") && !out.stdout.contains("big"),
        "{}",
        out.show()
    );
    // Too few or too many: CPD0172, nothing run.
    for args in [vec!["AB"], vec!["AB", "1", "1", "extra"]] {
        let mut all = vec!["run", src.as_str()];
        all.extend(args);
        let out = qsy(&sys, &all);
        assert_eq!(out.code, 1, "{}", out.show());
        assert!(out.show().contains("CPD0172"), "{}", out.show());
        assert!(!out.stdout.contains('['), "{}", out.show());
    }
    // A number that does not fit, and text where a number is declared.
    for bad in ["1234", "abc"] {
        let out = qsy(&sys, &["run", &src, "AB", bad, "1"]);
        assert_eq!(out.code, 1, "{}", out.show());
        assert!(out.show().contains("QSY0281"), "{}", out.show());
    }
}
