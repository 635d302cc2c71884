//! Fuzz target: the save-file reader (`qsy::savf::read_all`) must never panic, whatever the
//! bytes, and must accept only what round-trips. Run with
//! `cargo +nightly fuzz run savf_reader fuzz/corpus/savf_reader` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(contents) = qsy::savf::read_all(data) {
        // What the reader accepts it must also verify with the streaming reader, with the
        // same number of profiles.
        let summary = qsy::savf::verify(data).expect("read_all accepted what verify refuses");
        assert_eq!(summary.profiles as usize, contents.profiles.len());
    }
});
