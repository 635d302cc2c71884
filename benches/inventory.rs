//! `cargo bench --bench inventory`: the issue-20 targets, each side by side with its
//! reference in the same run (medians of `QSY_BENCH_RUNS`, default 3):
//!
//! - `qsy import` of a generated inventory of 100,000 USER_INFO rows (examples/inventory.rs)
//!   within 2× RSTUSRPRF of the same 100,000 profiles (a SAVSECDTA of the imported system,
//!   restored over it), and its peak memory flat in the number of rows (10,000 vs 100,000
//!   within 20 MB);
//! - `qsy readiness` over those 100,000 profiles: under 1 s, and within 2× DSPAUTUSR over the
//!   same store.
//!
//! Sizes: `QSY_BENCH_INVENTORY_SIZES=SMALL,LARGE` (default 10000,100000). Under
//! `cargo test --benches` (no `--bench`) nothing is measured.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

struct Ran {
    secs: f64,
    peak_kb: f64,
}

#[cfg(unix)]
fn run(label: &str, cmd: &mut Command) -> Result<Ran, String> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let child = cmd.spawn().map_err(|e| format!("{label}: {e}"))?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data that wait4 fills in for the child we started.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, once; the pointers are valid for the call.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let secs = start.elapsed().as_secs_f64();
    if r < 0 || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        return Err(format!("{label} failed (status {status})"));
    }
    Ok(Ran {
        secs,
        peak_kb: usage.ru_maxrss as f64,
    })
}

#[cfg(not(unix))]
fn run(label: &str, cmd: &mut Command) -> Result<Ran, String> {
    let start = Instant::now();
    let s = cmd.status().map_err(|e| format!("{label}: {e}"))?;
    if !s.success() {
        return Err(format!("{label} failed ({s})"));
    }
    Ok(Ran {
        secs: start.elapsed().as_secs_f64(),
        peak_kb: 0.0,
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn build(root: &Path) -> Result<(PathBuf, PathBuf), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let ok = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--quiet",
            "--bin",
            "qsy",
            "--example",
            "inventory",
        ])
        .current_dir(root)
        .status()
        .map_err(|e| e.to_string())?
        .success();
    if !ok {
        return Err("cargo build --release failed".into());
    }
    let release = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), PathBuf::from)
        .join("release");
    Ok((
        release.join("qsy"),
        release.join("examples").join("inventory"),
    ))
}

struct Sizes {
    import: f64,
    import_kb: f64,
    restore: f64,
    readiness: f64,
    dspautusr: f64,
}

fn qsy(bin: &Path, store: &Path) -> Command {
    let mut c = Command::new(bin);
    c.env_clear()
        .env("QSY_SYSTEM", store)
        .env("QSY_USER", "QSECOFR")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    c
}

fn measure(qsy_bin: &Path, gen: &Path, dir: &Path, n: usize, runs: usize) -> Result<Sizes, String> {
    let inv = dir.join(format!("inv{n}"));
    let ok = Command::new(gen)
        .arg(&inv)
        .arg(n.to_string())
        .status()
        .map_err(|e| e.to_string())?
        .success();
    if !ok {
        return Err("the inventory generator failed".into());
    }
    let files: Vec<PathBuf> = ["user_info.csv", "security_info.csv", "function_usage.csv"]
        .iter()
        .map(|f| inv.join(f))
        .collect();
    let store = dir.join(format!("sys{n}.redb"));
    let (mut import, mut import_kb, mut restore, mut readiness, mut dspautusr) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let r = run(
            "qsy import",
            qsy(qsy_bin, &store)
                .args(["import", "--replace", "--level23-since", "2024-03-01"])
                .args(&files),
        )?;
        import.push(r.secs);
        import_kb.push(r.peak_kb);
    }
    let _ = run(
        "CRTSAVF",
        qsy(qsy_bin, &store).args(["CRTSAVF", "FILE(QGPL/BENCH)"]),
    );
    run(
        "SAVSECDTA",
        qsy(qsy_bin, &store).args(["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/BENCH)", "CLEAR(*ALL)"]),
    )?;
    for _ in 0..runs {
        restore.push(
            run(
                "RSTUSRPRF",
                qsy(qsy_bin, &store).args([
                    "RSTUSRPRF",
                    "DEV(*SAVF)",
                    "SAVF(QGPL/BENCH)",
                    "USRPRF(*ALL)",
                ]),
            )?
            .secs,
        );
        readiness.push(
            run(
                "readiness",
                qsy(qsy_bin, &store).args(["--output", "json", "readiness"]),
            )?
            .secs,
        );
        dspautusr.push(
            run(
                "DSPAUTUSR",
                qsy(qsy_bin, &store).args(["--output", "json", "DSPAUTUSR"]),
            )?
            .secs,
        );
    }
    Ok(Sizes {
        import: median(import),
        import_kb: median(import_kb),
        restore: median(restore),
        readiness: median(readiness),
        dspautusr: median(dspautusr),
    })
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let runs = std::env::var("QSY_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3usize)
        .max(1);
    let sizes =
        std::env::var("QSY_BENCH_INVENTORY_SIZES").unwrap_or_else(|_| "10000,100000".into());
    let parsed: Vec<usize> = sizes.split(',').filter_map(|s| s.parse().ok()).collect();
    let [small, large] = parsed[..] else {
        eprintln!("QSY_BENCH_INVENTORY_SIZES must be SMALL,LARGE");
        std::process::exit(2);
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("a temporary directory");
    let result = build(&root).and_then(|(q, g)| {
        let s = measure(&q, &g, dir.path(), small, runs)?;
        let l = measure(&q, &g, dir.path(), large, runs)?;
        Ok((s, l))
    });
    let (s, l) = match result {
        Ok(x) => x,
        Err(e) => {
            println!("inventory benchmark failed: {e}");
            std::process::exit(1);
        }
    };
    let mut missed = 0;
    let mut row = |what: String, value: f64, target: f64, unit: &str| {
        let met = value <= target;
        if !met {
            missed += 1;
        }
        println!(
            "{what:<62} {value:>8.2}{unit} (target <= {target}{unit}) {}",
            if met { "met" } else { "MISSED" }
        );
    };
    row(
        format!(
            "import {large} rows / RSTUSRPRF {large} ({:.2}s / {:.2}s)",
            l.import, l.restore
        ),
        l.import / l.restore,
        2.0,
        "x",
    );
    row(
        format!("import peak RSS, {large} minus {small} rows (MB)"),
        (l.import_kb - s.import_kb) / 1024.0,
        20.0,
        "",
    );
    row(
        format!("readiness over {large} profiles (s)"),
        l.readiness,
        1.0,
        "s",
    );
    row(
        format!(
            "readiness / DSPAUTUSR over {large} ({:.2}s / {:.2}s)",
            l.readiness, l.dspautusr
        ),
        l.readiness / l.dspautusr,
        2.0,
        "x",
    );
    if missed > 0 && std::env::var("QSY_BENCH_REQUIRE_MET").is_ok_and(|v| v == "1") {
        std::process::exit(1);
    }
}
