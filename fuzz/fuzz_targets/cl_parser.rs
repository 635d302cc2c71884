//! Fuzzes the CL lexer and parser (DESIGN §10): `parse_command` and `parse_value` on any
//! UTF-8 text must return Ok or a ParseError, never panic, overflow the stack or hang.
//! What they return is parsed again the way the interpreter does (embedded commands, values
//! rendered back to CL text), so those paths are covered too. Run from the repository root:
//! `cargo +nightly fuzz run cl_parser fuzz/corpus/cl_parser fuzz/seeds/cl_parser -- -dict=fuzz/cl.dict`
//! (new inputs go to the first, untracked directory; the second holds CL statements).
#![no_main]

use libfuzzer_sys::fuzz_target;
use qsy::lang::cl::{parse_command, parse_value, RawValue};

fn walk(v: &RawValue, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        RawValue::Command(text) => {
            if let Ok(c) = parse_command(text) {
                for p in &c.params {
                    walk(&p.value, depth + 1);
                }
            }
        }
        RawValue::List(items) | RawValue::Qualified(items) | RawValue::Func(_, items) => {
            for i in items {
                walk(i, depth + 1);
            }
        }
        _ => {}
    }
    // Display gives CL text that must parse again as a value without panicking.
    let _ = parse_value(&v.to_string());
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(c) = parse_command(text) {
        for p in &c.params {
            walk(&p.value, 0);
        }
    }
    if let Ok(v) = parse_value(text) {
        walk(&v, 0);
    }
});
