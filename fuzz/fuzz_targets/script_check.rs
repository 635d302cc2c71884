//! Fuzzes `qsy run --check` (DESIGN §5, §10): compiling any UTF-8 text as a CL script must
//! report problems, never panic. `compile` is pure: it never opens a store. Run from the
//! repository root, seeded with the test corpus and the examples:
//! `cargo +nightly fuzz run script_check fuzz/corpus/script_check tests/corpus/good tests/corpus/bad examples`
//! (new inputs go to the first, untracked directory).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let prog = qsy::script::compile::compile(text);
    // Every problem names a line of the source (1-based; 1 for an empty one).
    let lines = text.split('\n').count().max(1);
    for p in &prog.problems {
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
});
