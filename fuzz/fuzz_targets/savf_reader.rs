//! Fuzz target: the save-file reader (`qsy::savf::read_all`) must never panic, whatever the
//! bytes, and the in-memory and streaming readers must agree. Run from the repository root:
//! `cargo +nightly fuzz run savf_reader fuzz/corpus/savf_reader fuzz/seeds/savf_reader`
//! (new inputs go to the first, untracked directory; the second holds a real save file).
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
