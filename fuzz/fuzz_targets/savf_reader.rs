//! Fuzz target: the save-file reader and RSTUSRPRF. Run from the repository root:
//! `cargo +nightly fuzz run savf_reader fuzz/corpus/savf_reader fuzz/seeds/savf_reader`
//! (new inputs go to the first, untracked directory; the second holds real save files of
//! format versions 1 and 2).
//!
//! Every input is tried twice:
//! - as it is: `qsy::savf::read_all` must never panic, whatever the bytes. Behind the
//!   SHA-256 trailer almost every mutation ends at the checksum, so on its own this reaches
//!   little past the framing;
//! - with its trailer made valid: where the framing leads to a trailer, the record count and
//!   the SHA-256 are recomputed over the mutated bytes (and anything after the trailer is
//!   dropped; a version 2 trailer gets an authentication code of zeros, which no system's
//!   secret matches), so the mutations reach record decoding and the checks of each record.
//!
//! What the reader accepts must then survive two more checks: written again with the
//! `Writer` (a separate implementation, the encoder) and read back, it gives the same
//! contents; and restored with RSTUSRPRF on a scratch system through the engine, it succeeds
//! or is refused with a message (never a panic), and a refused restore leaves the store file
//! byte-for-byte as it was.
#![no_main]

use libfuzzer_sys::fuzz_target;
use qsy::savf::format::{self, Writer, PREAMBLE_LEN};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    check(data);
    if let Some(fixed) = with_valid_trailer(data) {
        if fixed != data {
            check(&fixed);
        }
    }
});

/// The checks every input (as given, or with its trailer made valid) goes through.
fn check(bytes: &[u8]) {
    let Ok(contents) = qsy::savf::read_all(bytes) else {
        return;
    };
    round_trip(&contents);
    restore(bytes);
}

/// The bytes with the trailer's record count and SHA-256 recomputed, when the framing leads
/// to a trailer; None when it does not (a framing error comes before any trailer).
fn with_valid_trailer(data: &[u8]) -> Option<Vec<u8>> {
    let mut at = PREAMBLE_LEN;
    let mut records: u64 = 0;
    let mut first = true;
    loop {
        let head = data.get(at..at + 5)?;
        let kind = head[0];
        let len = u32::from_le_bytes([head[1], head[2], head[3], head[4]]) as usize;
        if kind == format::KIND_TRAILER {
            // The trailer: kind, length, the count (8 bytes), then the SHA-256 of every
            // byte before it (32 bytes) and, from version 2, the HMAC (32 bytes).
            let count_at = at + 5;
            let hash_at = count_at + 8;
            let mut out = data.get(..hash_at)?.to_vec();
            out[count_at..hash_at].copy_from_slice(&records.to_le_bytes());
            let hash = Sha256::digest(&out);
            out.extend_from_slice(&hash);
            if u16::from_le_bytes([data[8], data[9]]) >= format::FIRST_AUTHENTICATED_VERSION {
                out.extend_from_slice(&[0; 32]);
            }
            return Some(out);
        }
        if !first {
            records += 1;
        }
        first = false;
        at = at.checked_add(5 + len).filter(|&end| end <= data.len())?;
    }
}

/// Written again and read back, the contents are the same.
fn round_trip(contents: &qsy::savf::SaveContents) {
    let key = format::SaveKey::from_bytes(&[0; format::KEY_LEN]).expect("a key");
    let mut w = Writer::new(Vec::new(), &contents.header, &key).expect("write the header");
    for p in &contents.profiles {
        w.profile(p).expect("write a profile");
    }
    for u in &contents.function_defaults {
        w.function_default(u).expect("write a function default");
    }
    let bytes = w.finish().expect("write the trailer");
    let again = qsy::savf::read_all(&bytes)
        .unwrap_or_else(|e| panic!("a save file the writer wrote does not read: {e:?}"));
    assert_eq!(&again, contents, "written again and read back, the contents differ");
}

/// The scratch system of this process: a store made on first use, in a temporary directory.
fn scratch() -> &'static PathBuf {
    static STORE: OnceLock<PathBuf> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("qsy-fuzz-savf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        dir.join("sys.redb")
    })
}

/// RSTUSRPRF DEV(*SAVF) SAVF(QGPL/FUZZ) of `bytes`, as QSECOFR on the scratch system.
fn restore(bytes: &[u8]) {
    let store = scratch();
    let session = qsy::engine::Session::new(store.clone(), false);
    // The first restore creates the store; later ones restore over what earlier ones left.
    drop(session.open_store(false).expect("the scratch store opens"));
    let lib = qsy::savf::library_dir(store, "QGPL");
    std::fs::create_dir_all(&lib).expect("library directory");
    std::fs::write(lib.join("FUZZ.FILE"), bytes).expect("write the save file");
    let text = "RSTUSRPRF DEV(*SAVF) SAVF(QGPL/FUZZ)";
    let raw = qsy::lang::cl::parse_command(text).expect("the command parses");
    let command = qsy::commands::lookup("RSTUSRPRF").expect("RSTUSRPRF is implemented");
    let args = qsy::commands::validate(command.def, &raw).expect("the command is valid");
    let before = std::fs::read(store).expect("read the store");
    let mut out = qsy::output::Output::default();
    let result = session.run_command(
        "QSECOFR",
        qsy::engine::Credentials::None,
        command,
        &args,
        &mut out,
    );
    if result.is_err() {
        let after = std::fs::read(store).expect("read the store");
        assert!(before == after, "a refused restore changed the store file");
    }
}
