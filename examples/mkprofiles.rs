//! Builds a store with many user profiles, fast: the benchmarks' fixture (`benches/targets.rs`).
//!
//! `cargo run --release --example mkprofiles -- STORE COUNT [PASSWORD]` creates STORE in the
//! shipped state (if it does not exist) and adds profiles U000001… U{COUNT}, each with
//! PASSWORD (default `PW`) as a level-0 password would leave it: a 0/1 hash and the 2/3 hashes
//! of the upper- and lower-case forms. The hashes are computed once and cloned, because
//! key derivation for 100,000 profiles would take minutes and measures nothing the save and
//! restore benchmarks care about; every tenth profile is also denied
//! QIBM_RUN_UNDER_USER_NO_AUTH so that function usage travels too. All of it is one write
//! transaction, the pattern DESIGN §5 measured at over 500,000 inserts a second.

use qsy::security::{fcnusg, password, profile};
use qsy::store::Store;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(count)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: mkprofiles STORE COUNT [PASSWORD]");
        return ExitCode::from(2);
    };
    let pw = args.get(2).map(String::as_str).unwrap_or("PW");
    match build(&PathBuf::from(path), count, pw) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("{f}");
            ExitCode::FAILURE
        }
    }
}

fn build(path: &std::path::Path, count: usize, pw: &str) -> qsy::messages::QResult<()> {
    let store = Store::open(path, true, qsy::engine::init_store)?;
    let mut tx = store.begin()?;
    let kdf = profile::kdf(&tx)?;
    let normalized = password::normalize(pw, 0)
        .map_err(|e| qsy::messages::Failure::from(qsy::messages::msg::qsy0091(0, e)))?;
    let hashes = password::set_password(&normalized, 0, &kdf);
    for i in 1..=count {
        let name = format!("U{i:06}");
        let mut p = profile::Profile::new(&name, profile::UserClass::User, 1_700_000_000);
        p.passwords = hashes.clone();
        p.password_changed = Some(1_700_000_000);
        p.text = format!("Benchmark profile {i}");
        profile::put(&mut tx, &p)?;
        if i % 10 == 0 {
            fcnusg::set_usage(&mut tx, fcnusg::RUN_UNDER_USER_NO_AUTH, &name, "*DENIED")?;
        }
        // Staged changes are applied in slices so the staging map stays small.
        if i % 10_000 == 0 {
            tx.end_command(true)?;
        }
    }
    tx.end_command(true)?;
    tx.commit(true)?;
    println!("{count} profiles added to {}", path.display());
    Ok(())
}
