//! Fuzzes `qsy run --check` (DESIGN §5, §10): compiling any text as a CL script must report
//! problems, never panic. Each input goes through two doors:
//! - `compile` of the input as UTF-8 text (pure: it never opens a store or a file);
//! - `load` of the input's bytes, as `qsy run` reads a file: decoding (UTF-8, Latin-1,
//!   Windows-1252, sequence numbers), splitting, and INCLUDE expansion against a scratch
//!   directory holding members INC1 (declarations and a subroutine), INC2 (includes INC1),
//!   REC (includes itself) and BAD (a quote that never ends), so INCLUDE's search, recursion
//!   and errors inside members are fuzzed too.
//!
//! Run from the repository root, seeded with the test corpus, the examples and the
//! target's own seeds, with the CL dictionary:
//! `cargo +nightly fuzz run script_check fuzz/corpus/script_check fuzz/seeds/script_check tests/corpus/good tests/corpus/bad examples -- -dict=fuzz/cl.dict`
//! (new inputs go to the first, untracked directory).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The scratch directory with the members, made on first use; the path of the "program"
/// whose INCLUDEs are resolved there.
fn scratch() -> &'static PathBuf {
    static MAIN: OnceLock<PathBuf> = OnceLock::new();
    MAIN.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("qsy-fuzz-script-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("QCLSRC")).expect("scratch directory");
        let members = [
            (
                "INC1.clp",
                "DCL &I *INT\nDCL &RC *INT\nDCL &S *CHAR 10\nDCL &D *DEC (7 2)\n",
            ),
            ("QCLSRC/INC2.clle", "INCLUDE SRCMBR(INC1)\nCHGVAR &I 1\n"),
            ("REC.clp", "INCLUDE SRCMBR(REC)\n"),
            ("BAD.cl", "CHGVAR &S 'never ends\n"),
        ];
        for (name, text) in members {
            std::fs::write(dir.join(name), text).expect("write a member");
        }
        dir.join("main.clp")
    })
}

/// Problems and notes name a line of the program (1-based; 1 for an empty one).
fn lines_in_range(prog: &qsy::script::compile::Program, lines: usize) {
    for p in prog.problems.iter().chain(&prog.notes) {
        assert!(
            p.line >= 1 && p.line <= lines,
            "problem on line {} of {lines}: {p:?}",
            p.line
        );
        assert!(!p.id.is_empty());
    }
    for (line, _) in &prog.simulator_only {
        assert!(*line >= 1 && *line <= lines);
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let prog = qsy::script::compile::compile(text);
        lines_in_range(&prog, text.split('\n').count().max(1));
    }
    let main = scratch();
    let prog = qsy::script::load::load(data, Some(main.as_path()));
    for p in prog.problems.iter().chain(&prog.notes) {
        assert!(!p.id.is_empty());
    }
});
