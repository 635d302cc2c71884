//! Several `qsy` processes on one store (DESIGN §8, §10): a second process waits for the
//! store instead of failing, and no change is lost.

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

fn qsy(sys: &Sys) -> Command {
    let mut c = Command::new(QSY);
    c.env("QSY_SYSTEM", sys.path())
        .env_remove("QSY_USER")
        .env_remove("QSY_OUTPUT")
        .env_remove("QSY_CLOCK")
        .env("QSY_LOCK_WAIT", "60")
        .env("XDG_DATA_HOME", sys.dir.path().join("xdg"))
        .current_dir(sys.dir.path())
        .stdin(Stdio::null());
    c
}

fn output(mut c: Command) -> std::process::Output {
    c.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("qsy runs")
}

fn json(sys: &Sys, args: &[&str]) -> Value {
    let mut c = qsy(sys);
    c.arg("--output").arg("json").args(args);
    let out = output(c);
    assert_eq!(code(&out), 0, "qsy {args:?}\n{}", show(&out));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("qsy {args:?}: {e}\n{}", show(&out)))
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
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
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
    let pa = spawn_script(&sys, &fa.to_string_lossy());
    let pb = spawn_script(&sys, &fb.to_string_lossy());
    // Readers meanwhile: they wait for the store too, and must not fail.
    let mut readers = Vec::new();
    for _ in 0..6 {
        let mut c = qsy(&sys);
        c.args(["--output", "json", "DSPUSRPRF", "QSECOFR"]);
        readers.push(
            c.stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn reader"),
        );
        std::thread::sleep(Duration::from_millis(15));
    }
    let oa = pa.wait_with_output().unwrap();
    let ob = pb.wait_with_output().unwrap();
    assert_eq!(code(&oa), 0, "script A\n{}", show(&oa));
    assert_eq!(code(&ob), 0, "script B\n{}", show(&ob));
    for r in readers {
        let out = r.wait_with_output().unwrap();
        assert_eq!(
            code(&out),
            0,
            "a DSPUSRPRF during the scripts failed\n{}",
            show(&out)
        );
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

/// Runs `jobs` (argument lists) one after another in a thread; returns the failures.
fn sequential(
    sys_path: std::path::PathBuf,
    dir: std::path::PathBuf,
    jobs: Vec<Vec<String>>,
) -> std::thread::JoinHandle<Vec<String>> {
    std::thread::spawn(move || {
        let mut failures = Vec::new();
        for args in jobs {
            let out = Command::new(QSY)
                .env("QSY_SYSTEM", &sys_path)
                .env_remove("QSY_USER")
                .env_remove("QSY_OUTPUT")
                .env_remove("QSY_CLOCK")
                .env("QSY_LOCK_WAIT", "60")
                .env("XDG_DATA_HOME", dir.join("xdg"))
                .current_dir(&dir)
                .args(&args)
                .stdin(Stdio::null())
                .output()
                .expect("qsy runs");
            if code(&out) != 0 {
                failures.push(format!("qsy {args:?}\n{}", show(&out)));
            }
        }
        failures
    })
}

#[test]
fn racing_single_commands_all_apply() {
    let sys = Sys::new();
    let mut setup = String::from("PGM\n");
    for k in 1..=100 {
        setup.push_str(&format!("CRTUSRPRF USRPRF(R{k:03}) PASSWORD(*NONE)\n"));
    }
    setup.push_str("CRTUSRPRF USRPRF(SHARED) PASSWORD(*NONE)\nENDPGM\n");
    let mut c = qsy(&sys);
    c.args(["--quiet", "run", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(setup.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 0, "{}", show(&out));
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
    let t1 = sequential(sys.path(), sys.dir.path().to_path_buf(), jobs(0));
    let t2 = sequential(sys.path(), sys.dir.path().to_path_buf(), jobs(1));
    let mut failures = t1.join().unwrap();
    failures.extend(t2.join().unwrap());
    assert!(
        failures.is_empty(),
        "{} invocation(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
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
    let t1 = sequential(sys.path(), sys.dir.path().to_path_buf(), same("left"));
    let t2 = sequential(sys.path(), sys.dir.path().to_path_buf(), same("right"));
    let mut failures = t1.join().unwrap();
    failures.extend(t2.join().unwrap());
    assert!(
        failures.is_empty(),
        "{} invocation(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
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

#[test]
fn first_use_by_several_processes_at_once_creates_one_store() {
    let sys = Sys::new();
    let children: Vec<Child> = (1..=8)
        .map(|k| {
            let mut c = qsy(&sys);
            c.args(["CRTUSRPRF", &format!("FIRST{k}"), "PASSWORD(*NONE)"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            c.spawn().expect("spawn qsy")
        })
        .collect();
    for (k, c) in children.into_iter().enumerate() {
        let out = c.wait_with_output().unwrap();
        assert_eq!(code(&out), 0, "process {}\n{}", k + 1, show(&out));
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
