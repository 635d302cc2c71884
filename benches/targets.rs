//! `cargo bench`: measures every performance target of DESIGN §9 against its reference in
//! the same run and prints one table (measure, figure, reference, ratio, target, met).
//!
//! Fixtures (stores of 10,000 profiles) are built in a temporary directory with the library,
//! so no YAML, no network and no state outside the temp dir is involved. Save/restore of
//! 10,000 and 100,000 profiles is measured by `benches/savrst.sh` (it needs peak-RSS
//! readings from GNU time), which this bench runs last.

use qsy::security::password::{self, KdfSettings};
use qsy::security::profile::{self, Profile};
use qsy::security::totp;
use qsy::store::Store;
use redb::ReadableTable;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

struct Row {
    measure: String,
    figure: String,
    reference: String,
    ratio: f64,
    target: String,
    met: bool,
}

fn qsy_bin() -> PathBuf {
    // cargo bench builds the binary in the same profile directory as this bench.
    let exe = std::env::current_exe().expect("bench path");
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    dir.join("qsy")
}

/// Runs `cmd` `n` times, returns the mean wall time.
fn time_process(n: usize, mut make: impl FnMut() -> Command) -> Duration {
    let start = Instant::now();
    for _ in 0..n {
        let status = make()
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("spawn");
        assert!(status.success(), "benchmark command failed: {status}");
    }
    start.elapsed() / n as u32
}

/// Interleaves two process measurements in rounds so background noise hits both alike.
fn compare_processes(
    rounds: usize,
    per_round: usize,
    mut a: impl FnMut() -> Command,
    mut b: impl FnMut() -> Command,
) -> (Duration, Duration) {
    let (mut ta, mut tb) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..rounds {
        ta += time_process(per_round, &mut a);
        tb += time_process(per_round, &mut b);
    }
    (ta / rounds as u32, tb / rounds as u32)
}

/// A store of `n` profiles U000001… with password *NONE, plus the shipped ones.
fn fixture(dir: &Path, n: usize) -> PathBuf {
    let path = dir.join(format!("sys{n}.redb"));
    let store = Store::open(&path, true, qsy::engine::init_store).expect("store");
    let mut tx = store.begin().expect("tx");
    for i in 1..=n {
        let mut p = Profile::new(&format!("U{i:06}"), "*USER", 0);
        p.text = format!("profile {i}");
        profile::put(&mut tx, &p).expect("put");
        if i % 5_000 == 0 {
            tx.end_command(true).expect("apply");
        }
    }
    tx.end_command(true).expect("apply");
    tx.commit(true).expect("commit");
    path
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .stdout(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The same binary linked statically (static-pie), as README's install section builds it:
/// most of a dynamic qsy's start-up is the dynamic loader, not qsy. None where that build
/// is not possible (not Linux, or no static C library).
fn static_bin() -> Option<PathBuf> {
    let triple = match (std::env::consts::OS, std::env::consts::ARCH) {
        ("linux", "x86_64") => "x86_64-unknown-linux-gnu",
        ("linux", "aarch64") => "aarch64-unknown-linux-gnu",
        _ => return None,
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target_dir = root.join("target/static");
    let status = Command::new(env!("CARGO"))
        .args([
            "build",
            "--release",
            "--quiet",
            "--bin",
            "qsy",
            "--target",
            triple,
        ])
        .env("RUSTFLAGS", "-C target-feature=+crt-static")
        .env("CARGO_TARGET_DIR", &target_dir)
        .current_dir(root)
        .status()
        .ok()?;
    status
        .success()
        .then(|| target_dir.join(triple).join("release/qsy"))
}

fn startup(rows: &mut Vec<Row>, store: &Path) {
    if !have("oathtool") {
        eprintln!(
            "oathtool is not installed (apt-get install oathtool): start-up targets not measured"
        );
        return;
    }
    let mut bins = vec![("", qsy_bin())];
    if let Some(b) = static_bin() {
        bins.push((", static-pie", b));
    }
    let oath = || {
        let mut c = Command::new("oathtool");
        c.args(["--totp", "-b", "JBSWY3DPEHPK3PXP"]);
        c
    };
    for (variant, bin) in &bins {
        for (label, args) in [
            ("qsy DSPSYSVAL QPWDLVL", vec!["DSPSYSVAL", "QPWDLVL"]),
            (
                "qsy DSPUSRPRF U005000, 10k store",
                vec!["DSPUSRPRF", "U005000"],
            ),
        ] {
            let run = || {
                let mut c = Command::new(bin);
                c.env("QSY_SYSTEM", store)
                    .env_remove("QSY_CLOCK")
                    .args(&args);
                c
            };
            let (q, o) = compare_processes(10, 30, run, oath);
            let ratio = q.as_secs_f64() / o.as_secs_f64();
            rows.push(Row {
                measure: format!("{label} (process{variant})"),
                figure: ms(q),
                reference: format!("oathtool --totp {}", ms(o)),
                ratio,
                target: "<= 1.5x".into(),
                met: ratio <= 1.5,
            });
        }
    }
}

fn script_throughput(rows: &mut Vec<Row>, dir: &Path) {
    let n = 10_000;
    let store = fixture(dir, n);
    let script = dir.join("chg.clp");
    let mut text = String::with_capacity(n * 48);
    for i in 1..=n {
        text.push_str(&format!("CHGUSRPRF USRPRF(U{i:06}) TEXT('changed {i}')\n"));
    }
    std::fs::write(&script, text).expect("script");
    let start = Instant::now();
    let out = Command::new(qsy_bin())
        .env("QSY_SYSTEM", &store)
        .args(["--quiet", "run"])
        .arg(&script)
        .output()
        .expect("run");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "qsy run failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let per_sec = n as f64 / took.as_secs_f64();
    rows.push(Row {
        measure: "qsy run: 10,000 CHGUSRPRF TEXT()".into(),
        figure: format!("{per_sec:.0} cmds/s"),
        reference: "-".into(),
        ratio: per_sec / 50_000.0,
        target: ">= 50,000/s".into(),
        met: per_sec >= 50_000.0,
    });

    // The reference: the same record updates with redb directly, one write transaction.
    let raw = fixture(dir, n);
    let db = redb::Database::open(&raw).expect("open");
    let def: redb::TableDefinition<&str, &[u8]> = redb::TableDefinition::new("profile");
    let start = Instant::now();
    let tx = db.begin_write().expect("begin");
    for i in 1..=n {
        let mut table = tx.open_table(def).expect("table");
        let key = format!("U{i:06}");
        let bytes = table
            .get(key.as_str())
            .expect("get")
            .expect("row")
            .value()
            .to_vec();
        let mut p: Profile = qsy::store::decode(&bytes).expect("decode");
        p.text = format!("changed {i}");
        table
            .insert(key.as_str(), qsy::store::encode(&p).as_slice())
            .expect("insert");
    }
    tx.commit().expect("commit");
    let raw_took = start.elapsed();
    let raw_per_sec = n as f64 / raw_took.as_secs_f64();
    let ratio = per_sec / raw_per_sec;
    rows.push(Row {
        measure: "qsy run vs raw redb loop".into(),
        figure: format!("{per_sec:.0} cmds/s"),
        reference: format!("raw redb {raw_per_sec:.0} updates/s"),
        ratio,
        target: ">= 0.5x".into(),
        met: ratio >= 0.5,
    });
}

fn password_change(rows: &mut Vec<Row>, dir: &Path) {
    let kdf = KdfSettings::default();
    let salt = [7u8; 16];
    let reps = 20;
    let start = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(password::kdf_4("Long-Password-1", &salt, kdf.iterations_4));
    }
    let kdf_alone = start.elapsed() / reps;
    let start = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(password::set_password("Long-Password-1", 4, &kdf));
    }
    let change = start.elapsed() / reps;
    let ratio = change.as_secs_f64() / kdf_alone.as_secs_f64();
    rows.push(Row {
        measure: "password set at level 4 (in process)".into(),
        figure: ms(change),
        reference: format!("PBKDF2-SHA512 x{} {}", kdf.iterations_4, ms(kdf_alone)),
        ratio,
        target: "<= 1.10x".into(),
        met: ratio <= 1.10,
    });

    // As a process: CHGUSRPRF PASSWORD() on a level-4 system (one KDF, like the reference).
    let store = dir.join("pw.redb");
    let run = |args: &[&str]| {
        let out = Command::new(qsy_bin())
            .env("QSY_SYSTEM", &store)
            .args(args)
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&["CRTUSRPRF", "USRPRF(PWUSER)", "PASSWORD(*NONE)"]);
    run(&["CHGSYSVAL", "QPWDLVL", "2"]);
    run(&["ipl"]);
    run(&["CHGSYSVAL", "QPWDLVL", "4"]);
    run(&["ipl"]);
    let mut i = 0;
    let took = time_process(reps as usize, || {
        i += 1;
        let mut c = Command::new(qsy_bin());
        c.env("QSY_SYSTEM", &store)
            .args(["--quiet", "CHGUSRPRF", "USRPRF(PWUSER)"])
            .arg(format!("PASSWORD('Long-Password-{i}')"));
        c
    });
    let ratio = took.as_secs_f64() / kdf_alone.as_secs_f64();
    rows.push(Row {
        measure: "CHGUSRPRF PASSWORD at level 4 (process)".into(),
        figure: ms(took),
        reference: format!("KDF alone {}", ms(kdf_alone)),
        ratio,
        target: "<= 1.10x".into(),
        met: ratio <= 1.10,
    });
}

fn totp_checks(rows: &mut Vec<Row>) {
    use hmac::{Hmac, Mac};
    let key = totp::parse_key("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").expect("key");
    let verifier = totp::TotpVerifier::new(&key);
    let t = 1_764_000_000u64;
    // A wrong code costs the whole window (three steps): the worst case.
    let wrong = if totp::code_at(&key, t) == "000000" {
        "111111"
    } else {
        "000000"
    };
    let n = 2_000_000u64;
    let start = Instant::now();
    let mut hits = 0u64;
    for i in 0..n {
        hits += u64::from(
            verifier
                .verify(std::hint::black_box(wrong), t + (i % 7))
                .is_some(),
        );
    }
    let took = start.elapsed();
    assert_eq!(hits, 0);
    let per_sec = n as f64 / took.as_secs_f64();
    rows.push(Row {
        measure: "TOTP verification, wrong code (in process)".into(),
        figure: format!("{per_sec:.0}/s"),
        reference: "-".into(),
        ratio: per_sec / 1e6,
        target: ">= 1,000,000/s".into(),
        met: per_sec >= 1e6,
    });
    // Raw HMAC-SHA1 over the same window, keyed once.
    let mac = Hmac::<sha1::Sha1>::new_from_slice(&key).expect("hmac");
    let start = Instant::now();
    let mut acc = 0u8;
    for i in 0..n {
        let step = (t + (i % 7)) / 30;
        for s in [step, step - 1, step + 1] {
            let mut m = mac.clone();
            m.update(&s.to_be_bytes());
            acc ^= m.finalize().into_bytes()[19];
        }
    }
    std::hint::black_box(acc);
    let raw = n as f64 / start.elapsed().as_secs_f64();
    let ratio = per_sec / raw;
    rows.push(Row {
        measure: "TOTP verification vs raw HMAC-SHA1 window".into(),
        figure: format!("{per_sec:.0}/s"),
        reference: format!("raw {raw:.0}/s"),
        ratio,
        target: ">= 0.7x".into(),
        met: ratio >= 0.7,
    });
}

fn main() {
    // `cargo test --benches` runs this with --bench absent; only measure under cargo bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    // QSY_BENCH=startup,script,password,totp,savrst measures only those groups.
    let only = std::env::var("QSY_BENCH").unwrap_or_default();
    let wanted = |group: &str| only.is_empty() || only.split(',').any(|g| g == group);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rows = Vec::new();
    if wanted("startup") {
        let store10k = fixture(dir.path(), 10_000);
        startup(&mut rows, &store10k);
    }
    if wanted("script") {
        script_throughput(&mut rows, dir.path());
    }
    if wanted("password") {
        password_change(&mut rows, dir.path());
    }
    if wanted("totp") {
        totp_checks(&mut rows);
    }
    println!(
        "\n{:<46} {:>16}  {:<34} {:>7}  {:<15} met",
        "measure", "figure", "reference", "ratio", "target"
    );
    for r in &rows {
        println!(
            "{:<46} {:>16}  {:<34} {:>6.2}x  {:<15} {}",
            r.measure,
            r.figure,
            r.reference,
            r.ratio,
            r.target,
            if r.met { "yes" } else { "NO" }
        );
    }
    if wanted("savrst") {
        println!(
            "\nSave/restore of 10,000 and 100,000 profiles and peak memory (benches/savrst.sh):"
        );
        let status = Command::new("bash")
            .arg("benches/savrst.sh")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status();
        if !status.is_ok_and(|s| s.success()) {
            println!("benches/savrst.sh failed");
        }
    }
}
