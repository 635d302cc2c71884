//! Several `qsy` processes on one store (DESIGN §8, §10): a second process waits for the
//! store instead of failing, and no change is lost.
//!
//! Each test makes the processes contend: the store is held (opened read-write by the test,
//! as a running `qsy` holds it) while they start, and released only once every one of them
//! has been seen still running, waiting for it; so they overlap, and each must wait its turn.

use crate::harness::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long the store is held while the processes start: far longer than any of these
/// commands takes, so a process still running at the release was waiting for the store.
const HOLD: Duration = Duration::from_millis(1_500);

/// A `qsy` command on the system that waits up to a minute for the store.
fn qsy(sys: &Sys) -> Command {
    let mut c = sys.command();
    c.env("QSY_LOCK_WAIT", "60");
    c
}

/// Runs `qsy --output json ARGS…`, which must succeed; its document.
fn json(sys: &Sys, args: &[&str]) -> Value {
    let mut all = vec!["--output", "json"];
    all.extend_from_slice(args);
    let out = sys.exec(&all).env("QSY_LOCK_WAIT", "60").run();
    assert_eq!(out.code, 0, "{}", out.show());
    out.doc()
}

fn journal(sys: &Sys) -> Vec<Value> {
    json(sys, &["DSPJRN", "JRN(QAUDJRN)"])["entries"]
        .as_array()
        .expect("entries")
        .clone()
}

fn texts(sys: &Sys) -> BTreeMap<String, String> {
    json(sys, &["PRTUSRPRF"])["profiles"]
        .as_array()
        .expect("profiles")
        .iter()
        .map(|p| {
            (
                scalar(&p["user_profile"]),
                p["text"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The store held open read-write by this process (the file is locked, as a running `qsy`
/// holds it): every `qsy` process waits until it is dropped.
struct Held {
    store: Option<qsy::store::Store>,
    since: Instant,
}

impl Held {
    /// Takes the store (which must exist).
    fn take(sys: &Sys) -> Held {
        let store = qsy::store::Store::open(&sys.path(), true, qsy::engine::init_store)
            .expect("the test opens the store");
        Held {
            store: Some(store),
            since: Instant::now(),
        }
    }

    /// Waits until the store has been held for [`HOLD`], then lets it go; returns the
    /// instant of the release.
    fn release_after_hold(mut self) -> Instant {
        std::thread::sleep(HOLD.saturating_sub(self.since.elapsed()));
        drop(self.store.take());
        Instant::now()
    }
}

/// Requires every child to be still running (waiting for the store): it started while the
/// store was held and has not finished.
fn all_waiting(children: &mut [(String, Child)]) {
    for (what, child) in children.iter_mut() {
        assert!(
            child.try_wait().expect("try_wait").is_none(),
            "{what} ended while the store was held: it did not wait for the store"
        );
    }
}

/// A 500-command script on profiles PREFIX001–PREFIX050: 50 creations, then 450 TEXT
/// changes; returns it and the final TEXT of each profile.
fn script(prefix: &str) -> (String, BTreeMap<String, String>) {
    let mut s = String::from("PGM\n");
    let mut last = BTreeMap::new();
    for i in 1..=500 {
        let k = (i - 1) % 50 + 1;
        let name = format!("{prefix}{k:03}");
        if i <= 50 {
            s.push_str(&format!(
                "CRTUSRPRF USRPRF({name}) PASSWORD(*NONE) TEXT('{prefix} {i}')\n"
            ));
        } else {
            s.push_str(&format!("CHGUSRPRF USRPRF({name}) TEXT('{prefix} {i}')\n"));
        }
        last.insert(name, format!("{prefix} {i}"));
    }
    s.push_str("ENDPGM\n");
    (s, last)
}

fn spawn_script(sys: &Sys, file: &str) -> Child {
    qsy(sys)
        .args(["--quiet", "run", file])
        .spawn()
        .expect("spawn qsy")
}

#[test]
fn two_scripts_of_500_commands_at_once_apply_all_1000() {
    let sys = Sys::new();
    sys.init();
    let base = journal(&sys).len();
    let (a, a_last) = script("CA");
    let (b, b_last) = script("CB");
    let fa = sys.dir.path().join("a.clp");
    let fb = sys.dir.path().join("b.clp");
    std::fs::write(&fa, a).unwrap();
    std::fs::write(&fb, b).unwrap();
    let held = Held::take(&sys);
    let mut children = vec![
        (
            "script A".to_string(),
            spawn_script(&sys, &fa.to_string_lossy()),
        ),
        (
            "script B".to_string(),
            spawn_script(&sys, &fb.to_string_lossy()),
        ),
    ];
    // Readers meanwhile: they wait for the store too, and must not fail.
    for k in 0..6 {
        let mut c = qsy(&sys);
        c.args(["--output", "json", "DSPUSRPRF", "QSECOFR"]);
        children.push((format!("reader {k}"), c.spawn().expect("spawn reader")));
        std::thread::sleep(Duration::from_millis(15));
    }
    std::thread::sleep(HOLD.saturating_sub(held.since.elapsed()));
    all_waiting(&mut children);
    held.release_after_hold();
    let mut outs = Vec::new();
    for (what, child) in children {
        let out = Run::of(&[&what], &child.wait_with_output().unwrap());
        assert_eq!(out.code, 0, "{what} failed\n{}", out.show());
        outs.push(out);
    }
    let entries = journal(&sys);
    assert_eq!(
        entries.len(),
        base + 1_000,
        "every command of both scripts is journaled once"
    );
    // Each script's entries are in its own order (whatever the interleaving of the two).
    for (prefix, last) in [("CA", &a_last), ("CB", &b_last)] {
        let ours: Vec<&Value> = entries[base..]
            .iter()
            .filter(|e| e["object"].as_str().is_some_and(|o| o.starts_with(prefix)))
            .collect();
        assert_eq!(ours.len(), 500, "{prefix}");
        for (j, e) in ours.iter().enumerate() {
            let want = format!("{prefix}{:03}", j % 50 + 1);
            assert_eq!(e["object"], want.as_str(), "{prefix} entry {j}: {e}");
        }
        let got = texts(&sys);
        for (name, text) in last {
            assert_eq!(got.get(name), Some(text), "{name}");
        }
    }
    let seqs: Vec<u64> = entries
        .iter()
        .map(|e| e["sequence"].as_u64().unwrap())
        .collect();
    assert!(
        seqs.windows(2).all(|w| w[1] == w[0] + 1),
        "journal sequence has gaps or repeats"
    );
}

/// One invocation of a [`sequential`] thread: its failure (if any), and when it started and
/// ended.
struct Timed {
    failure: Option<String>,
    start: Instant,
    end: Instant,
}

/// Runs `jobs` (argument lists) one after another in a thread; returns how each went.
fn sequential(launcher: Launcher, jobs: Vec<Vec<String>>) -> std::thread::JoinHandle<Vec<Timed>> {
    std::thread::spawn(move || {
        jobs.into_iter()
            .map(|args| {
                let start = Instant::now();
                let out = launcher
                    .command()
                    .env("QSY_LOCK_WAIT", "60")
                    .args(&args)
                    .output()
                    .expect("qsy runs");
                let end = Instant::now();
                let refs: Vec<&str> = args.iter().map(String::as_str).collect();
                let run = Run::of(&refs, &out);
                Timed {
                    failure: (run.code != 0).then(|| run.show()),
                    start,
                    end,
                }
            })
            .collect()
    })
}

/// Runs two job lists in two threads while the store is held at their start, and requires
/// that both first invocations were waiting at the release (so the two threads overlap and
/// contend from their first command) and that nothing failed.
fn race(sys: &Sys, left: Vec<Vec<String>>, right: Vec<Vec<String>>) {
    let held = Held::take(sys);
    let t1 = sequential(sys.launcher(), left);
    let t2 = sequential(sys.launcher(), right);
    let released = held.release_after_hold();
    let (r1, r2) = (t1.join().unwrap(), t2.join().unwrap());
    for (side, runs) in [("left", &r1), ("right", &r2)] {
        let first = &runs[0];
        assert!(
            first.start < released && first.end > released,
            "the {side} thread's first command did not wait for the held store"
        );
    }
    // The two threads keep overlapping after the release: some command of one runs while
    // a command of the other does.
    let overlaps = r1
        .iter()
        .filter(|a| r2.iter().any(|b| a.start < b.end && b.start < a.end))
        .count();
    assert!(
        overlaps > 1,
        "the two threads barely overlapped ({overlaps})"
    );
    let failures: Vec<&String> = r1
        .iter()
        .chain(&r2)
        .filter_map(|t| t.failure.as_ref())
        .collect();
    assert!(
        failures.is_empty(),
        "{} invocation(s) failed:\n{}",
        failures.len(),
        failures
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn racing_single_commands_all_apply() {
    let sys = Sys::new();
    let mut setup = String::from("PGM\n");
    for k in 1..=100 {
        setup.push_str(&format!("CRTUSRPRF USRPRF(R{k:03}) PASSWORD(*NONE)\n"));
    }
    setup.push_str("CRTUSRPRF USRPRF(SHARED) PASSWORD(*NONE)\nENDPGM\n");
    let out = sys.run_stdin(&["--quiet", "run", "-"], &setup);
    assert_eq!(out.code, 0, "{}", out.show());
    let base = journal(&sys).len();

    // 2 × 50 invocations on distinct profiles, interleaved (odd / even).
    let jobs = |parity: usize| -> Vec<Vec<String>> {
        (1..=100)
            .filter(|k| k % 2 == parity)
            .map(|k| {
                vec![
                    "CHGUSRPRF".into(),
                    format!("R{k:03}"),
                    format!("TEXT('race {k}')"),
                ]
            })
            .collect()
    };
    race(&sys, jobs(0), jobs(1));
    let got = texts(&sys);
    for k in 1..=100 {
        assert_eq!(
            got.get(&format!("R{k:03}")).map(String::as_str),
            Some(format!("race {k}").as_str()),
            "R{k:03}"
        );
    }
    assert_eq!(journal(&sys).len(), base + 100);

    // 2 × 50 on the same profile: no change is lost (each is journaled), the last one wins.
    let same = |who: &str| -> Vec<Vec<String>> {
        (1..=50)
            .map(|i| {
                vec![
                    "CHGUSRPRF".into(),
                    "SHARED".into(),
                    format!("TEXT('{who} {i}')"),
                ]
            })
            .collect()
    };
    race(&sys, same("left"), same("right"));
    let entries = journal(&sys);
    assert_eq!(entries.len(), base + 200);
    assert!(entries[base + 100..]
        .iter()
        .all(|e| e["object"] == "SHARED" && e["entry_type"] == "CP"));
    let text = texts(&sys).get("SHARED").cloned().unwrap_or_default();
    assert!(
        text == "left 50" || text == "right 50",
        "the last change of one of the two wins, got {text:?}"
    );
}

/// Eight processes find no store and create it at once. Each runs a one-command script read
/// from standard input, which it reads before it touches the store: all eight are started
/// and blocked on their input first, then released together.
#[test]
fn first_use_by_several_processes_at_once_creates_one_store() {
    let sys = Sys::new();
    let mut children: Vec<(String, Child)> = (1..=8)
        .map(|k| {
            let child = qsy(&sys)
                .args(["--quiet", "run", "-"])
                .stdin(Stdio::piped())
                .spawn()
                .expect("spawn qsy");
            (format!("process {k}"), child)
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    all_waiting(&mut children);
    assert!(
        !sys.path().exists(),
        "a process created the store before the release"
    );
    let mut pipes: Vec<_> = children
        .iter_mut()
        .map(|(_, c)| c.stdin.take().expect("stdin"))
        .collect();
    for (k, pipe) in pipes.iter_mut().enumerate() {
        let src = format!(
            "PGM\nCRTUSRPRF USRPRF(FIRST{}) PASSWORD(*NONE)\nENDPGM\n",
            k + 1
        );
        pipe.write_all(src.as_bytes()).expect("write the script");
    }
    drop(pipes);
    for (what, c) in children {
        let out = Run::of(&[&what], &c.wait_with_output().unwrap());
        assert_eq!(out.code, 0, "{what}\n{}", out.show());
    }
    let got = texts(&sys);
    for k in 1..=8 {
        assert!(
            got.contains_key(&format!("FIRST{k}")),
            "FIRST{k} lost: {got:?}"
        );
    }
    // No temporary files left next to the store.
    let left: Vec<String> = std::fs::read_dir(sys.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("sys.") && n != "sys.redb")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
