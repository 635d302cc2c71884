//! `cargo bench`: every performance target of DESIGN §9, each against its reference measured
//! in the same run, printed as one table; plus what a user feels (the full rehearsal against
//! its key-derivation floor).
//!
//! # One statistic for every row
//! Every figure is the median of N runs, N = `QSY_BENCH_RUNS` (default 11, at least 10).
//! Subject and reference runs alternate (even runs: subject first, odd runs: reference first)
//! so that background load falls on both alike. A start-up run is [`STARTUP_BATCH`] processes
//! of the subject and as many of the reference, alternating one by one, and its figure is
//! their mean: one 1 ms process is below the scheduler's noise, a batch is not. The ratio to
//! the reference is the ratio of the two medians; the ratio to the target is the judged value
//! (that ratio, or the figure itself for absolute targets) divided by the target's bound.
//!
//! # Failing honestly
//! Every process the bench times must exit 0, every in-process check must agree with what it
//! measured, and the work must be seen done afterwards (the last script's changes, the last
//! password). A failed subject or reference marks its rows FAILED and names the command; a row
//! that cannot be measured (no `oathtool`, the dynamic build failed) prints NOT MEASURED. Either
//! makes the bench exit 1 after printing the whole table. `QSY_BENCH_REQUIRE_MET=1` also fails
//! the bench when a counted target is missed.
//!
//! # What is measured
//! The subject binary is `target/release/qsy` as `cargo build --release` makes it, the build
//! README's commands and `cargo install --path .` give; the bench runs that build itself
//! (cheap: `cargo bench` has just built the same artifacts). Fixtures come from
//! `examples/mkprofiles` (profiles with level-0 password hashes, as real ones have), in a
//! temporary directory. `QSY_BENCH=startup,dynamic,script,password,totp,savrst,rehearsal`
//! picks groups (default: all); `QSY_BENCH_SAVRST_SIZES=SMALL,LARGE` (default 10000,100000)
//! sets the save/restore sizes.
//!
//! Library items used (the in-process rows and the raw-redb reference): `qsy::store::{encode,
//! decode}`, `qsy::security::profile::Profile`, `qsy::security::password::{KdfSettings,
//! set_password, kdf_01, kdf_23, kdf_4}` and `qsy::security::totp::{parse_key, code_at,
//! is_code, TotpVerifier}`.

use qsy::security::password::{self, KdfSettings};
use qsy::security::profile::Profile;
use qsy::security::totp;
use redb::{ReadableDatabase, ReadableTable};
use sha2::Digest;
use std::fmt::Write as _;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::Instant;

/// Runs per figure when `QSY_BENCH_RUNS` is not set.
const DEFAULT_RUNS: usize = 11;
/// Fewest runs a figure may be the median of.
const MIN_RUNS: usize = 10;
/// Processes of each side in one start-up run.
const STARTUP_BATCH: usize = 20;
/// The key `oathtool --totp -b` is given in the start-up reference.
const OATH_KEY: &str = "JBSWY3DPEHPK3PXP";
/// Every bench group, in the order they run.
const GROUPS: [&str; 7] = [
    "startup",
    "dynamic",
    "script",
    "password",
    "totp",
    "savrst",
    "rehearsal",
];

// ---------------------------------------------------------------------------------------
// Rows and the table

/// A target of DESIGN §9: the judged value must be at most (or at least) `bound`.
#[derive(Clone, Copy)]
struct Target {
    /// As printed, e.g. "<= 1.5x".
    text: &'static str,
    bound: f64,
    at_most: bool,
    /// False for rows shown for information (not the build a user gets, or no §9 target).
    counted: bool,
}

const fn at_most(text: &'static str, bound: f64) -> Target {
    Target {
        text,
        bound,
        at_most: true,
        counted: true,
    }
}

const fn at_least(text: &'static str, bound: f64) -> Target {
    Target {
        text,
        bound,
        at_most: false,
        counted: true,
    }
}

const fn info(t: Target) -> Target {
    Target {
        counted: false,
        ..t
    }
}

enum State {
    /// Measured; the value the target judges.
    Measured(f64),
    /// A subject or reference failed; which and how.
    Failed(String),
    /// The row cannot be measured here; why.
    NotMeasured(String),
}

struct Row {
    measure: String,
    subject: String,
    reference: String,
    ratio: Option<f64>,
    target: Option<Target>,
    state: State,
}

impl Row {
    /// A subject against a reference, judged on their ratio.
    fn ratio(
        measure: &str,
        subject: String,
        reference: String,
        ratio: f64,
        target: Option<Target>,
    ) -> Row {
        Row {
            measure: measure.into(),
            subject,
            reference,
            ratio: Some(ratio),
            target,
            state: State::Measured(ratio),
        }
    }

    /// A figure judged on its own value (throughput, memory growth, overhead).
    fn absolute(
        measure: &str,
        subject: String,
        reference: String,
        value: f64,
        target: Option<Target>,
    ) -> Row {
        Row {
            measure: measure.into(),
            subject,
            reference,
            ratio: None,
            target,
            state: State::Measured(value),
        }
    }

    fn met(&self) -> Option<bool> {
        match (&self.state, self.target) {
            (State::Measured(v), Some(t)) => Some(if t.at_most {
                *v <= t.bound
            } else {
                *v >= t.bound
            }),
            _ => None,
        }
    }
}

/// Why a group produced no figures.
enum Problem {
    Failed(String),
    NotMeasured(String),
}

/// The rows of a group: measured, or every one of `labels` marked with the problem.
fn rows_or(labels: &[String], result: Result<Vec<Row>, Problem>) -> Vec<Row> {
    match result {
        Ok(rows) => rows,
        Err(problem) => labels
            .iter()
            .map(|l| Row {
                measure: l.clone(),
                subject: "-".into(),
                reference: "-".into(),
                ratio: None,
                target: None,
                state: match &problem {
                    Problem::Failed(why) => State::Failed(why.clone()),
                    Problem::NotMeasured(why) => State::NotMeasured(why.clone()),
                },
            })
            .collect(),
    }
}

impl From<String> for Problem {
    fn from(why: String) -> Self {
        Problem::Failed(why)
    }
}

/// Prints the table; returns (rows failed or not measured, counted targets missed).
fn print_table(rows: &[Row], runs: usize) -> (usize, usize) {
    let cells: Vec<[String; 7]> = rows
        .iter()
        .map(|r| {
            let met = match (&r.state, r.met(), r.target) {
                (State::Failed(_), ..) => "FAILED".to_string(),
                (State::NotMeasured(_), ..) => "NOT MEASURED".to_string(),
                (_, Some(m), Some(t)) => {
                    let yn = if m { "yes" } else { "NO" };
                    if t.counted {
                        yn.into()
                    } else {
                        format!("({yn}; info)")
                    }
                }
                _ => "info".into(),
            };
            let vs_target = match (&r.state, r.target) {
                (State::Measured(v), Some(t)) => format!("{:.2}", v / t.bound),
                _ => "-".into(),
            };
            [
                r.measure.clone(),
                r.subject.clone(),
                r.reference.clone(),
                r.ratio.map_or("-".into(), |x| format!("{x:.2}x")),
                r.target.map_or("-".into(), |t| t.text.to_string()),
                vs_target,
                met,
            ]
        })
        .collect();
    let head = [
        "measure",
        "subject",
        "reference",
        "vs ref",
        "target",
        "vs target",
        "met",
    ];
    let mut width = head.map(str::len);
    for c in &cells {
        for (w, s) in width.iter_mut().zip(c) {
            *w = (*w).max(s.chars().count());
        }
    }
    let line = |c: &[String]| {
        let mut out = String::new();
        for (i, (s, w)) in c.iter().zip(width).enumerate() {
            let pad = w - s.chars().count();
            // Text columns left-aligned, figures right-aligned.
            if matches!(i, 0 | 2 | 4 | 6) {
                let _ = write!(out, "{s}{}  ", " ".repeat(pad));
            } else {
                let _ = write!(out, "{}{s}  ", " ".repeat(pad));
            }
        }
        println!("{}", out.trim_end());
    };
    println!(
        "\nEach figure: the median of {runs} interleaved runs (start-up: a run is {STARTUP_BATCH} \
         processes of each side, alternating). vs ref = subject / reference; vs target = the \
         judged value / the target's bound (<= targets: at most 1.00; >= targets: at least 1.00)."
    );
    line(&head.map(String::from));
    for c in &cells {
        line(c);
    }
    let mut problems = 0;
    let mut missed = 0;
    for r in rows {
        match &r.state {
            State::Failed(why) => {
                problems += 1;
                println!("FAILED: {}: {why}", r.measure);
            }
            State::NotMeasured(why) => {
                problems += 1;
                println!("NOT MEASURED: {}: {why}", r.measure);
            }
            State::Measured(_) => {
                if r.met() == Some(false) && r.target.is_some_and(|t| t.counted) {
                    missed += 1;
                }
            }
        }
    }
    (problems, missed)
}

// ---------------------------------------------------------------------------------------
// Statistics and formatting

fn median(samples: &[f64]) -> f64 {
    let mut v = samples.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn ms(secs: f64) -> String {
    format!("{:.3} ms", secs * 1e3)
}

fn secs(s: f64) -> String {
    format!("{s:.3} s")
}

/// An integer with thousands separators.
fn thousands(x: f64) -> String {
    let digits = format!("{:.0}", x.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn mb(kb: f64) -> String {
    format!("{:.1} MB", kb / 1024.0)
}

/// Runs `subject` and `reference` `runs` times each, alternating which goes first.
fn interleave<A, B>(
    runs: usize,
    mut subject: impl FnMut(usize) -> Result<A, String>,
    mut reference: impl FnMut(usize) -> Result<B, String>,
) -> Result<(Vec<A>, Vec<B>), String> {
    let (mut a, mut b) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for r in 0..runs {
        if r % 2 == 0 {
            a.push(subject(r)?);
            b.push(reference(r)?);
        } else {
            b.push(reference(r)?);
            a.push(subject(r)?);
        }
    }
    Ok((a, b))
}

// ---------------------------------------------------------------------------------------
// Processes

/// One finished process: wall time and peak resident set.
struct Ran {
    secs: f64,
    peak_kb: f64,
}

/// Reaps `child` with wait4(2), which also returns its peak resident set size.
#[cfg(unix)]
fn wait_rusage(child: std::process::Child) -> std::io::Result<(ExitStatus, f64)> {
    use std::os::unix::process::ExitStatusExt;
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data, all-zero is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our own child, not yet reaped (std only reaps in wait/try_wait);
        // both pointers are to live locals.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    // Linux reports kilobytes, macOS bytes.
    let kb = if cfg!(target_os = "macos") {
        usage.ru_maxrss as f64 / 1024.0
    } else {
        usage.ru_maxrss as f64
    };
    drop(child);
    Ok((ExitStatus::from_raw(status), kb))
}

/// Without wait4 there is no peak-RSS reading; memory rows then show 0.
#[cfg(not(unix))]
fn wait_rusage(mut child: std::process::Child) -> std::io::Result<(ExitStatus, f64)> {
    Ok((child.wait()?, 0.0))
}

/// Runs one timed process (output discarded). Any failure to start or non-zero exit is an
/// error that names `label` and quotes the end of the process's standard error.
fn run(label: &str, cmd: &mut Command) -> Result<Ran, String> {
    let mut err = tempfile::tempfile().map_err(|e| format!("{label}: temp file: {e}"))?;
    let err_out = err
        .try_clone()
        .map_err(|e| format!("{label}: temp file: {e}"))?;
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(err_out);
    let start = Instant::now();
    let child = cmd.spawn().map_err(|e| {
        format!(
            "{label}: cannot start {}: {e}",
            Path::new(cmd.get_program()).display()
        )
    })?;
    let (status, peak_kb) = wait_rusage(child).map_err(|e| format!("{label}: wait: {e}"))?;
    let secs = start.elapsed().as_secs_f64();
    if !status.success() {
        let mut text = String::new();
        let _ = err.rewind();
        let _ = err.read_to_string(&mut text);
        let tail: Vec<&str> = text.lines().rev().take(3).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!("{label} failed ({status}): {}", tail.join(" | ")));
    }
    Ok(Ran { secs, peak_kb })
}

/// Runs a process for its standard output (not timed); fails as [`run`] does.
fn output(label: &str, cmd: &mut Command) -> Result<String, String> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{label}: cannot start: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{label} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("copy {} -> {}: {e}", from.display(), to.display()))
}

// ---------------------------------------------------------------------------------------
// The context: builds, fixtures

struct Ctx {
    runs: usize,
    dir: tempfile::TempDir,
    root: PathBuf,
    /// `target/release/qsy` and `target/release/examples/mkprofiles`, or why not.
    bins: Result<(PathBuf, PathBuf), String>,
}

impl Ctx {
    fn qsy(&self) -> Result<&Path, Problem> {
        self.bins
            .as_ref()
            .map(|(q, _)| q.as_path())
            .map_err(|e| Problem::Failed(e.clone()))
    }

    /// A qsy command on `store`, with none of the caller's QSY_* settings.
    fn qsy_cmd(&self, bin: &Path, store: &Path) -> Command {
        let mut c = Command::new(bin);
        c.env("QSY_SYSTEM", store)
            .env("QSY_LOCK_WAIT", "30")
            .env_remove("QSY_USER")
            .env_remove("QSY_OUTPUT")
            .env_remove("QSY_CLOCK")
            .env_remove("QSY_PASSWORD");
        c
    }

    /// A store of `n` profiles U000001… from `examples/mkprofiles`, built once per size.
    fn fixture(&self, n: usize) -> Result<PathBuf, Problem> {
        let (_, mk) = self.bins.as_ref().map_err(|e| Problem::Failed(e.clone()))?;
        let path = self.dir.path().join(format!("fixture{n}.redb"));
        if !path.exists() {
            eprintln!("building a store of {n} profiles ...");
            run(
                &format!("fixture: mkprofiles {n}"),
                Command::new(mk).arg(&path).arg(n.to_string()),
            )?;
        }
        Ok(path)
    }
}

/// `cargo build --release --bin qsy --example mkprofiles`: the build a user gets.
fn build_bins(root: &Path) -> Result<(PathBuf, PathBuf), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--quiet",
            "--bin",
            "qsy",
            "--example",
            "mkprofiles",
        ])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cargo build --release: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build --release failed ({status})"));
    }
    let release = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), PathBuf::from)
        .join("release");
    Ok((
        release.join(format!("qsy{}", std::env::consts::EXE_SUFFIX)),
        release
            .join("examples")
            .join(format!("mkprofiles{}", std::env::consts::EXE_SUFFIX)),
    ))
}

/// The same release build linked dynamically, as it is on Linux where the static C library
/// is missing (`.cargo/static-pie-cc` falls back; `QSY_DYNAMIC_LINK=1` asks for it), in its
/// own target directory.
fn dynamic_bin(root: &Path) -> Result<PathBuf, Problem> {
    if std::env::consts::OS != "linux" {
        return Err(Problem::NotMeasured(format!(
            "only Linux links qsy static-pie; on {} the default build is the dynamic one \
             (deselect with QSY_BENCH)",
            std::env::consts::OS
        )));
    }
    let target_dir = root.join("target/dynamic");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("building the dynamically linked qsy (target/dynamic) ...");
    let status = Command::new(cargo)
        .args(["build", "--release", "--quiet", "--bin", "qsy"])
        .env("QSY_DYNAMIC_LINK", "1")
        .env("CARGO_TARGET_DIR", &target_dir)
        .current_dir(root)
        .status()
        .map_err(|e| Problem::NotMeasured(format!("dynamic build: {e}")))?;
    if !status.success() {
        return Err(Problem::NotMeasured(format!(
            "the dynamic build failed ({status})"
        )));
    }
    Ok(target_dir.join("release/qsy"))
}

// ---------------------------------------------------------------------------------------
// Start-up

/// How an ELF executable is linked: "dynamic" when it names a program interpreter (the
/// dynamic loader), else "static"; None when `path` is not a 64-bit little-endian ELF file.
fn elf_linking(path: &Path) -> Option<&'static str> {
    let bytes = std::fs::read(path).ok()?;
    if bytes.get(..6)? != b"\x7fELF\x02\x01" {
        return None;
    }
    let u16_at = |i: usize| Some(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?));
    let u64_at = |i: usize| Some(u64::from_le_bytes(bytes.get(i..i + 8)?.try_into().ok()?));
    let (phoff, phentsize, phnum) = (usize::try_from(u64_at(32)?).ok()?, u16_at(54)?, u16_at(56)?);
    let interp = (0..usize::from(phnum)).any(|i| {
        let at = phoff + i * usize::from(phentsize);
        bytes.get(at..at + 4) == Some(&3u32.to_le_bytes()[..])
    });
    Some(if interp { "dynamic" } else { "static" })
}

/// Start-up of two display commands against `oathtool --totp`, both as processes: the
/// default build (static-pie on Linux), or the dynamically linked fallback (for information).
fn startup(ctx: &Ctx, dynamic_build: bool) -> Vec<Row> {
    let (build, target) = if dynamic_build {
        ("dynamic fallback build", info(at_most("<= 1.5x", 1.5)))
    } else {
        ("default build", at_most("<= 1.5x", 1.5))
    };
    // Say how the default build came out linked (static-pie, or the dynamic fallback).
    let build = match ctx.qsy().ok().and_then(elf_linking) {
        Some(linked) if !dynamic_build => format!("{build}, {linked}"),
        _ => build.to_string(),
    };
    let cases: [(&str, [&str; 2]); 2] = [
        ("qsy DSPSYSVAL QPWDLVL", ["DSPSYSVAL", "QPWDLVL"]),
        ("qsy DSPUSRPRF U005000, 10k store", ["DSPUSRPRF", "U005000"]),
    ];
    let labels: Vec<String> = cases
        .iter()
        .map(|(l, _)| format!("{l} (process, {build})"))
        .collect();
    let result = (|| -> Result<Vec<Row>, Problem> {
        if !have("oathtool") {
            return Err(Problem::NotMeasured(
                "oathtool is not installed (apt-get install oathtool)".into(),
            ));
        }
        let bin = if dynamic_build {
            dynamic_bin(&ctx.root)?
        } else {
            ctx.qsy()?.to_path_buf()
        };
        let store = ctx.fixture(10_000)?;
        let mut rows = Vec::new();
        for ((label, args), row_label) in cases.iter().zip(&labels) {
            let batch = |subject_first: bool| -> Result<(f64, f64), String> {
                let (mut q, mut o) = (0.0, 0.0);
                for j in 0..STARTUP_BATCH {
                    let mut subject =
                        || run(label, ctx.qsy_cmd(&bin, &store).args(args)).map(|r| q += r.secs);
                    let mut reference = || {
                        run(
                            "oathtool --totp",
                            Command::new("oathtool").args(["--totp", "-b", OATH_KEY]),
                        )
                        .map(|r| o += r.secs)
                    };
                    if (j % 2 == 0) == subject_first {
                        subject()?;
                        reference()?;
                    } else {
                        reference()?;
                        subject()?;
                    }
                }
                let n = STARTUP_BATCH as f64;
                Ok((q / n, o / n))
            };
            let mut qs = Vec::new();
            let mut os = Vec::new();
            for r in 0..ctx.runs {
                let (q, o) = batch(r % 2 == 0)?;
                qs.push(q);
                os.push(o);
            }
            let (q, o) = (median(&qs), median(&os));
            rows.push(Row::ratio(
                row_label,
                ms(q),
                format!("oathtool --totp {}", ms(o)),
                q / o,
                Some(target),
            ));
        }
        Ok(rows)
    })();
    rows_or(&labels, result)
}

// ---------------------------------------------------------------------------------------
// Scripts

/// `qsy run` of 10,000 CHGUSRPRF TEXT() against a raw redb loop making the same updates.
fn script(ctx: &Ctx) -> Vec<Row> {
    const N: usize = 10_000;
    let labels = [
        "qsy run: 10,000 CHGUSRPRF TEXT() (process)".to_string(),
        "qsy run vs a raw redb loop, same updates".to_string(),
    ];
    let result = (|| -> Result<Vec<Row>, Problem> {
        let qsy = ctx.qsy()?;
        let pristine = ctx.fixture(N)?;
        let dir = ctx.dir.path();
        let script = dir.join("chg.clp");
        let mut text = String::with_capacity(N * 48);
        for i in 1..=N {
            let _ = writeln!(text, "CHGUSRPRF USRPRF(U{i:06}) TEXT('changed {i}')");
        }
        std::fs::write(&script, text).map_err(|e| format!("script: {e}"))?;
        let (subject_store, raw_store) = (dir.join("script.redb"), dir.join("raw.redb"));
        let profiles: redb::TableDefinition<&str, &[u8]> = redb::TableDefinition::new("profile");
        let raw_loop = |_| -> Result<f64, String> {
            copy(&pristine, &raw_store)?;
            let fail = |e: &dyn std::fmt::Display| format!("reference raw redb loop: {e}");
            let db = redb::Database::open(&raw_store).map_err(|e| fail(&e))?;
            let start = Instant::now();
            let tx = db.begin_write().map_err(|e| fail(&e))?;
            for i in 1..=N {
                let mut table = tx.open_table(profiles).map_err(|e| fail(&e))?;
                let key = format!("U{i:06}");
                let bytes = table
                    .get(key.as_str())
                    .map_err(|e| fail(&e))?
                    .ok_or_else(|| fail(&format!("{key} missing")))?
                    .value()
                    .to_vec();
                let mut p: Profile = qsy::store::decode(&bytes).map_err(|e| fail(&e))?;
                p.text = format!("changed {i}");
                table
                    .insert(key.as_str(), qsy::store::encode(&p).as_slice())
                    .map_err(|e| fail(&e))?;
            }
            tx.commit().map_err(|e| fail(&e))?;
            Ok(start.elapsed().as_secs_f64())
        };
        let (subject, reference) = interleave(
            ctx.runs,
            |_| {
                copy(&pristine, &subject_store)?;
                let mut cmd = ctx.qsy_cmd(qsy, &subject_store);
                cmd.args(["--quiet", "run"]).arg(&script);
                run("qsy run chg.clp", &mut cmd).map(|r| r.secs)
            },
            raw_loop,
        )?;
        // The work was done: the last profile carries its new text on both sides.
        let shown = output(
            "qsy DSPUSRPRF after the script",
            ctx.qsy_cmd(qsy, &subject_store).args([
                "--output",
                "json",
                "DSPUSRPRF",
                &format!("U{N:06}"),
            ]),
        )?;
        if !shown.contains(&format!("\"changed {N}\"")) {
            return Err(Problem::Failed(format!(
                "qsy run chg.clp exited 0 but U{N:06} does not show its new text"
            )));
        }
        let db = redb::Database::open(&raw_store).map_err(|e| format!("raw check: {e}"))?;
        let rtx = db.begin_read().map_err(|e| format!("raw check: {e}"))?;
        let table = rtx
            .open_table(profiles)
            .map_err(|e| format!("raw check: {e}"))?;
        let last: Option<Profile> = table
            .get(format!("U{N:06}").as_str())
            .map_err(|e| format!("raw check: {e}"))?
            .and_then(|v| qsy::store::decode(v.value()).ok());
        if last.map(|p| p.text) != Some(format!("changed {N}")) {
            return Err(Problem::Failed(
                "the raw redb loop did not leave its update".into(),
            ));
        }
        let per_sec = N as f64 / median(&subject);
        let raw_per_sec = N as f64 / median(&reference);
        Ok(vec![
            Row::absolute(
                &labels[0],
                format!("{} cmds/s", thousands(per_sec)),
                "-".into(),
                per_sec,
                Some(at_least(">= 50,000/s", 50_000.0)),
            ),
            Row::ratio(
                &labels[1],
                format!("{} cmds/s", thousands(per_sec)),
                format!("raw redb {} updates/s", thousands(raw_per_sec)),
                per_sec / raw_per_sec,
                Some(at_least(">= 0.5x", 0.5)),
            ),
        ])
    })();
    rows_or(&labels, result)
}

// ---------------------------------------------------------------------------------------
// Password change

fn kdf4_timed(pw: &str, iterations: u32) -> f64 {
    let salt = [7u8; 16];
    let start = Instant::now();
    std::hint::black_box(password::kdf_4(std::hint::black_box(pw), &salt, iterations));
    start.elapsed().as_secs_f64()
}

/// A level-4 password change in process and as a process, against the KDF alone; judged on
/// the ratio (DESIGN §9) and shown as the absolute overhead (issue 12).
fn password_change(ctx: &Ctx) -> Vec<Row> {
    let kdf = KdfSettings::default();
    let iters = kdf.iterations_4;
    let kdf_label = format!("PBKDF2-SHA512 x{}", thousands(f64::from(iters)));
    let labels = [
        "password set at level 4 (in process)".to_string(),
        "  its overhead over the KDF".to_string(),
        "CHGUSRPRF PASSWORD at level 4 (process)".to_string(),
        "  its overhead over the KDF".to_string(),
        "  that overhead on a x10,000 KDF (the setting before issue 12)".to_string(),
    ];
    let mut rows = Vec::new();
    // In process: the hashes a level-4 change builds, against the KDF alone.
    let in_process = (|| -> Result<Vec<Row>, Problem> {
        let (set, alone) = interleave(
            ctx.runs,
            |_| {
                let start = Instant::now();
                let h = password::set_password(std::hint::black_box("Long-Password-1"), 4, &kdf);
                let took = start.elapsed().as_secs_f64();
                if h.level_4.is_none() {
                    return Err("set_password at level 4 built no level-4 hash".into());
                }
                Ok(took)
            },
            |_| Ok(kdf4_timed("Long-Password-1", iters)),
        )?;
        let (s, k) = (median(&set), median(&alone));
        Ok(vec![
            Row::ratio(
                &labels[0],
                ms(s),
                format!("{kdf_label} {}", ms(k)),
                s / k,
                Some(at_most("<= 1.10x", 1.10)),
            ),
            Row::absolute(&labels[1], ms(s - k), "-".into(), (s - k) * 1e3, None),
        ])
    })();
    rows.extend(rows_or(&labels[..2], in_process));

    // As a process: CHGUSRPRF PASSWORD() on a level-4 system.
    let as_process = (|| -> Result<Vec<Row>, Problem> {
        let qsy = ctx.qsy()?;
        let store = ctx.dir.path().join("pw.redb");
        for args in [
            &["CRTUSRPRF", "USRPRF(PWUSER)", "PASSWORD(*NONE)"][..],
            &["CHGSYSVAL", "QPWDLVL", "2"],
            &["ipl"],
            &["CHGSYSVAL", "QPWDLVL", "4"],
            &["ipl"],
        ] {
            run(
                &format!("setup: qsy {}", args.join(" ")),
                ctx.qsy_cmd(qsy, &store).args(args),
            )?;
        }
        let mut old = Vec::new();
        let (change, alone) = interleave(
            ctx.runs,
            |r| {
                let mut cmd = ctx.qsy_cmd(qsy, &store);
                cmd.args(["--quiet", "CHGUSRPRF", "USRPRF(PWUSER)"])
                    .arg(format!("PASSWORD('Long-Password-{r}')"));
                run("qsy CHGUSRPRF PASSWORD", &mut cmd).map(|r| r.secs)
            },
            |_| {
                old.push(kdf4_timed("Long-Password-1", 10_000));
                Ok(kdf4_timed("Long-Password-1", iters))
            },
        )?;
        // The change was made: the last password signs on.
        run(
            "check: qsy SIGNON with the last password",
            ctx.qsy_cmd(qsy, &store).args([
                "--quiet".to_string(),
                "SIGNON".into(),
                "USER(PWUSER)".into(),
                format!("PASSWORD('Long-Password-{}')", ctx.runs - 1),
            ]),
        )?;
        let (c, k, k10) = (median(&change), median(&alone), median(&old));
        let overhead = c - k;
        Ok(vec![
            Row::ratio(
                &labels[2],
                ms(c),
                format!("{kdf_label} {}", ms(k)),
                c / k,
                Some(at_most("<= 1.10x", 1.10)),
            ),
            Row::absolute(&labels[3], ms(overhead), "-".into(), overhead * 1e3, None),
            Row::ratio(
                &labels[4],
                ms(k10 + overhead),
                format!("PBKDF2-SHA512 x10,000 {}", ms(k10)),
                (k10 + overhead) / k10,
                Some(info(at_most("<= 1.10x", 1.10))),
            ),
        ])
    })();
    rows.extend(rows_or(&labels[2..], as_process));
    rows
}

// ---------------------------------------------------------------------------------------
// TOTP

/// TOTP checks as SIGNON makes them (a verifier built from the stored key for every check),
/// against raw HMAC-SHA1 over the same window.
fn totp_checks(ctx: &Ctx) -> Vec<Row> {
    use hmac::{Hmac, Mac};
    const CHECKS: u64 = 300_000;
    let labels = [
        "TOTP check as SIGNON makes it, wrong code (in process)".to_string(),
        "  vs raw HMAC-SHA1 over the window (keyed per check)".to_string(),
    ];
    let result = (|| -> Result<Vec<Row>, Problem> {
        let key = totp::parse_key("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
            .map_err(|e| format!("parse_key: {e}"))?;
        let t = 1_764_000_000u64;
        // A wrong code costs the whole window (three steps): the worst case.
        let wrong = if totp::code_at(&key, t) == "000000" {
            "111111"
        } else {
            "000000"
        };
        let (checks, raw) = interleave(
            ctx.runs,
            |_| {
                let start = Instant::now();
                let mut hits = 0u64;
                for i in 0..CHECKS {
                    // What sign_on does with a typed code and the profile's stored key.
                    let code = std::hint::black_box(wrong);
                    let stored = std::hint::black_box(key.as_slice());
                    if totp::is_code(code) {
                        hits += u64::from(
                            totp::TotpVerifier::new(stored)
                                .verify(code, t + (i % 7))
                                .is_some(),
                        );
                    }
                }
                let took = start.elapsed().as_secs_f64();
                if hits != 0 {
                    return Err(format!("a wrong code was accepted {hits} times"));
                }
                Ok(CHECKS as f64 / took)
            },
            |_| {
                let start = Instant::now();
                let mut acc = 0u8;
                for i in 0..CHECKS {
                    let stored = std::hint::black_box(key.as_slice());
                    let mac = Hmac::<sha1::Sha1>::new_from_slice(stored)
                        .map_err(|e| format!("hmac: {e}"))?;
                    let step = (t + (i % 7)) / 30;
                    for s in [step, step - 1, step + 1] {
                        let mut m = mac.clone();
                        m.update(&s.to_be_bytes());
                        acc ^= m.finalize().into_bytes()[19];
                    }
                }
                std::hint::black_box(acc);
                Ok(CHECKS as f64 / start.elapsed().as_secs_f64())
            },
        )?;
        let (c, r) = (median(&checks), median(&raw));
        Ok(vec![
            Row::absolute(
                &labels[0],
                format!("{}/s", thousands(c)),
                "-".into(),
                c,
                Some(at_least(">= 1,000,000/s", 1e6)),
            ),
            Row::ratio(
                &labels[1],
                format!("{}/s", thousands(c)),
                format!("raw {}/s", thousands(r)),
                c / r,
                Some(at_least(">= 0.7x", 0.7)),
            ),
        ])
    })();
    rows_or(&labels, result)
}

// ---------------------------------------------------------------------------------------
// Save and restore

/// Medians of one size: SAVSECDTA, sha256sum of its output, RSTUSRPRF over the same system
/// and onto a new one (seconds), and the three commands' peak RSS (kB).
struct SavRst {
    save: f64,
    sha: f64,
    rst: f64,
    new: f64,
    save_kb: f64,
    rst_kb: f64,
    new_kb: f64,
}

fn savrst_size(ctx: &Ctx, n: usize) -> Result<SavRst, Problem> {
    let qsy = ctx.qsy()?;
    let base = ctx.dir.path().join(format!("savrst{n}"));
    std::fs::create_dir_all(base.join("new")).map_err(|e| format!("{e}"))?;
    let sys = base.join("sys.redb");
    copy(&ctx.fixture(n)?, &sys)?;
    run(
        "setup: qsy CRTSAVF",
        ctx.qsy_cmd(qsy, &sys).args(["CRTSAVF", "QGPL/SECBKP"]),
    )?;
    let savf = base.join("sys.redb.ifs/QSYS.LIB/QGPL.LIB/SECBKP.FILE");
    let save_args = ["SAVSECDTA", "DEV(*SAVF) SAVF(QGPL/SECBKP) CLEAR(*ALL)"];
    let rst_args = ["RSTUSRPRF", "DEV(*SAVF) SAVF(QGPL/SECBKP)"];
    // The first save also brings the store into the page cache, as later runs find it.
    run(
        "setup: the first SAVSECDTA",
        ctx.qsy_cmd(qsy, &sys).args(save_args),
    )?;
    let pristine = base.join("pristine.redb");
    copy(&sys, &pristine)?;
    // A new system holding a copy of the save file: the recovery case.
    let fresh = base.join("new/sys.redb");
    run(
        "setup: a new system",
        ctx.qsy_cmd(qsy, &fresh).arg("DSPSECA"),
    )?;
    let lib = base.join("new/sys.redb.ifs/QSYS.LIB/QGPL.LIB");
    std::fs::create_dir_all(&lib).map_err(|e| format!("{e}"))?;
    copy(&savf, &lib.join("SECBKP.FILE"))?;
    let fresh_pristine = base.join("new/pristine.redb");
    copy(&fresh, &fresh_pristine)?;

    let mut m: [Vec<Ran>; 4] = Default::default();
    for r in 0..ctx.runs {
        let mut order = [0, 1, 2, 3];
        if r % 2 == 1 {
            order.reverse();
        }
        for step in order {
            let ran = match step {
                0 => run(
                    &format!("subject SAVSECDTA {n}"),
                    ctx.qsy_cmd(qsy, &sys).args(save_args),
                )?,
                1 => run(
                    &format!("reference sha256sum of the {n}-profile save file"),
                    Command::new("sha256sum").arg(&savf),
                )?,
                2 => {
                    // Every restore starts from the saved system: the same work each run.
                    copy(&pristine, &sys)?;
                    run(
                        &format!("subject RSTUSRPRF {n} over the same system"),
                        ctx.qsy_cmd(qsy, &sys).args(rst_args),
                    )?
                }
                _ => {
                    copy(&fresh_pristine, &fresh)?;
                    run(
                        &format!("subject RSTUSRPRF {n} onto a new system"),
                        ctx.qsy_cmd(qsy, &fresh).args(rst_args),
                    )?
                }
            };
            m[step].push(ran);
        }
    }
    let t = |i: usize| median(&m[i].iter().map(|r| r.secs).collect::<Vec<_>>());
    let kb = |i: usize| median(&m[i].iter().map(|r| r.peak_kb).collect::<Vec<_>>());
    let out = SavRst {
        save: t(0),
        sha: t(1),
        rst: t(2),
        new: t(3),
        save_kb: kb(0),
        rst_kb: kb(2),
        new_kb: kb(3),
    };
    let _ = std::fs::remove_dir_all(&base);
    Ok(out)
}

fn savrst(ctx: &Ctx, small: usize, large: usize) -> Vec<Row> {
    let l = thousands(large as f64);
    let labels = [
        format!("SAVSECDTA {l} profiles vs sha256sum of its output"),
        format!("RSTUSRPRF {l} (over the same system) vs SAVSECDTA"),
        format!("RSTUSRPRF {l} (onto a new system) vs SAVSECDTA"),
        format!(
            "SAVSECDTA peak RSS, {l} minus {} profiles",
            thousands(small as f64)
        ),
        format!(
            "RSTUSRPRF (same system) peak RSS, {l} minus {}",
            thousands(small as f64)
        ),
        format!(
            "RSTUSRPRF (new system) peak RSS, {l} minus {}",
            thousands(small as f64)
        ),
    ];
    let result = (|| -> Result<Vec<Row>, Problem> {
        let s = savrst_size(ctx, small)?;
        let g = savrst_size(ctx, large)?;
        println!(
            "save/restore medians: {small} profiles: SAVSECDTA {}, sha256sum {}, RSTUSRPRF {} \
             (new system {}); {large} profiles: SAVSECDTA {}, sha256sum {}, RSTUSRPRF {} (new \
             system {})",
            secs(s.save),
            secs(s.sha),
            secs(s.rst),
            secs(s.new),
            secs(g.save),
            secs(g.sha),
            secs(g.rst),
            secs(g.new)
        );
        let mem = |label: &str, big: f64, little: f64| {
            Row::absolute(
                label,
                mb(big - little),
                format!("{} vs {}", mb(big), mb(little)),
                (big - little) / 1024.0,
                Some(at_most("<= 20 MB", 20.0)),
            )
        };
        Ok(vec![
            Row::ratio(
                &labels[0],
                secs(g.save),
                format!("sha256sum {}", secs(g.sha)),
                g.save / g.sha,
                Some(at_most("<= 3x", 3.0)),
            ),
            Row::ratio(
                &labels[1],
                secs(g.rst),
                format!("SAVSECDTA {}", secs(g.save)),
                g.rst / g.save,
                Some(at_most("<= 2x", 2.0)),
            ),
            Row::ratio(
                &labels[2],
                secs(g.new),
                format!("SAVSECDTA {}", secs(g.save)),
                g.new / g.save,
                Some(at_most("<= 2x", 2.0)),
            ),
            mem(&labels[3], g.save_kb, s.save_kb),
            mem(&labels[4], g.rst_kb, s.rst_kb),
            mem(&labels[5], g.new_kb, s.new_kb),
        ])
    })();
    rows_or(&labels, result)
}

// ---------------------------------------------------------------------------------------
// The rehearsal

/// SHA-256 of `examples/rollout.clp` when [`REHEARSAL_KDFS`] was derived from it.
const ROLLOUT_SHA256: &str = "70636960027bdcbd9cec4fa08d0db712421013af77344dc81ffeb3e6dc3a0eff";

/// The password key derivations `qsy run examples/rollout.clp` does on a new store, derived by
/// reading the script against `security::password` (set_password, verify), `profile::shipped`
/// and CHGTOTPKEY (one recovery-key hash). Counted per function:
///
/// - PBKDF2-HMAC-SHA512 (level 4, store iterations): the three level-2 password sets
///   (CHGUSRPRF of QSECOFR; JSMITH and AJONES through QSYCHGPW under SBMJOB) build a level-4
///   hash each (3), and the five SIGNONs at level 4 each verify the password before the TOTP
///   code (5): 8.
/// - PBKDF2-HMAC-SHA1 (level 2/3): the shipped QSECOFR and the two level-0 CRTUSRPRF build
///   two each, upper and lower case (6); the three level-2 sets one each (3); QSYCHGPW's
///   current-password checks: `JSMITH1` matches the first (upper-case) hash (1), `ajones1`,
///   typed in lower case, fails the first and matches the second (2); the level-2 SIGNON
///   (1): 13.
/// - PBKDF2-HMAC-SHA256, 1,000 iterations: the level-0 hashes of the shipped QSECOFR and the
///   two CRTUSRPRF (3), and the recovery-key hash CHGTOTPKEY stores (1): 4.
///
/// The unit test `cli::run::tests::the_rehearsal_does_the_key_derivations_the_bench_counts`
/// runs the script and counts the derivations it does (a per-thread counter in the test
/// build); it fails when this count or [`ROLLOUT_SHA256`] is stale, and the hash check below
/// stops the row until both are updated.
const REHEARSAL_KDFS: (u32, u32, u32) = (8, 13, 4);

/// The full rehearsal on a fresh store against the sum of its key derivations (its floor).
fn rehearsal(ctx: &Ctx) -> Vec<Row> {
    let (n4, n23, n01) = REHEARSAL_KDFS;
    let labels = [
        "qsy run examples/rollout.clp, fresh store (process)".to_string(),
        "  its overhead over its KDF floor".to_string(),
    ];
    let result = (|| -> Result<Vec<Row>, Problem> {
        let qsy = ctx.qsy()?;
        let script = ctx.root.join("examples/rollout.clp");
        let text = std::fs::read(&script).map_err(|e| format!("{}: {e}", script.display()))?;
        let digest: String = sha2::Sha256::digest(&text)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if digest != ROLLOUT_SHA256 {
            return Err(Problem::NotMeasured(format!(
                "examples/rollout.clp changed (sha256 {digest}): recount REHEARSAL_KDFS in \
                 benches/targets.rs, then update ROLLOUT_SHA256"
            )));
        }
        let kdf = KdfSettings::default();
        let salt = [9u8; 16];
        let dir = ctx.dir.path().join("rehearsal");
        let (full, floor) = interleave(
            ctx.runs,
            |_| {
                let _ = std::fs::remove_dir_all(&dir);
                std::fs::create_dir_all(&dir).map_err(|e| format!("{e}"))?;
                let mut cmd = ctx.qsy_cmd(qsy, &dir.join("system.redb"));
                cmd.arg("run").arg(&script);
                run("qsy run examples/rollout.clp", &mut cmd).map(|r| r.secs)
            },
            |_| {
                let start = Instant::now();
                for _ in 0..n4 {
                    std::hint::black_box(password::kdf_4(
                        "Summer-Rain-2026",
                        &salt,
                        kdf.iterations_4,
                    ));
                }
                for _ in 0..n23 {
                    std::hint::black_box(password::kdf_23(
                        "Summer-Rain-2026",
                        &salt,
                        kdf.iterations_23,
                    ));
                }
                for _ in 0..n01 {
                    std::hint::black_box(password::kdf_01("SUMMER", &salt, kdf.iterations_01));
                }
                Ok(start.elapsed().as_secs_f64())
            },
        )?;
        let (f, k) = (median(&full), median(&floor));
        Ok(vec![
            Row::ratio(
                &labels[0],
                ms(f),
                format!("{n4}+{n23}+{n01} KDFs {}", ms(k)),
                f / k,
                None,
            ),
            Row::absolute(&labels[1], ms(f - k), "-".into(), (f - k) * 1e3, None),
        ])
    })();
    rows_or(&labels, result)
}

// ---------------------------------------------------------------------------------------

fn main() {
    // `cargo test --benches` runs this without --bench; only measure under cargo bench.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let runs = match std::env::var("QSY_BENCH_RUNS") {
        Err(_) => DEFAULT_RUNS,
        Ok(v) => match v.parse::<usize>() {
            Ok(n) if n >= MIN_RUNS => n,
            _ => {
                eprintln!("QSY_BENCH_RUNS must be a whole number of at least {MIN_RUNS}");
                std::process::exit(2);
            }
        },
    };
    let only = std::env::var("QSY_BENCH").unwrap_or_default();
    let chosen: Vec<&str> = only.split(',').filter(|g| !g.is_empty()).collect();
    if let Some(bad) = chosen.iter().find(|g| !GROUPS.contains(g)) {
        eprintln!(
            "QSY_BENCH: unknown group {bad}; groups: {}",
            GROUPS.join(",")
        );
        std::process::exit(2);
    }
    let wanted = |g: &str| chosen.is_empty() || chosen.contains(&g);
    let sizes = std::env::var("QSY_BENCH_SAVRST_SIZES").unwrap_or_else(|_| "10000,100000".into());
    let (small, large) = match sizes
        .split(',')
        .map(str::parse::<usize>)
        .collect::<Result<Vec<_>, _>>()
        .as_deref()
    {
        Ok([s, l]) if s < l => (*s, *l),
        _ => {
            eprintln!("QSY_BENCH_SAVRST_SIZES must be SMALL,LARGE (e.g. 10000,100000)");
            std::process::exit(2);
        }
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let ctx = Ctx {
        runs,
        dir: tempfile::tempdir().expect("a temporary directory"),
        bins: build_bins(&root),
        root,
    };
    let mut rows = Vec::new();
    // Each group starts with the files the previous one wrote already on disk: otherwise the
    // kernel writes them back during the next group, and every fdatasync there (a password
    // change makes six) waits behind that write-back. Measured: after the script group, the
    // process password change took 13 ms over its KDF instead of about 3 ms.
    let settle = |group: &str| {
        if wanted(group) {
            match Command::new("sync").status() {
                Ok(s) if s.success() => {}
                other => eprintln!("sync before the {group} group did not run: {other:?}"),
            }
        }
        wanted(group)
    };
    if settle("startup") {
        rows.extend(startup(&ctx, false));
    }
    if settle("dynamic") {
        rows.extend(startup(&ctx, true));
    }
    if settle("script") {
        rows.extend(script(&ctx));
    }
    if settle("password") {
        rows.extend(password_change(&ctx));
    }
    if settle("totp") {
        rows.extend(totp_checks(&ctx));
    }
    if settle("savrst") {
        rows.extend(savrst(&ctx, small, large));
    }
    if settle("rehearsal") {
        rows.extend(rehearsal(&ctx));
    }
    let (problems, missed) = print_table(&rows, runs);
    let require_met = std::env::var("QSY_BENCH_REQUIRE_MET").is_ok_and(|v| v == "1");
    if problems > 0 {
        println!("{problems} row(s) failed or not measured: the bench fails");
        std::process::exit(1);
    }
    if missed > 0 {
        println!("{missed} counted target(s) missed");
        if require_met {
            std::process::exit(1);
        }
    }
}
