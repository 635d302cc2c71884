//! Files qsy creates, tried as an attacker would (issue 13, "Files and secrets").
//!
//! Every file qsy creates is created exclusively (O_CREAT|O_EXCL), mode 0600 from the first
//! byte, and never through a symbolic link; its directories are 0700. Covered: a symlink and
//! a pre-created 0666 file planted at the store's temporary name; the same at a save file's
//! temporary name; a save file that is a symlink, for CLRSAVF, SAVSECDTA, DLTF and
//! RSTUSRPRF; the temporary file of a SAVSECDTA killed part-way, removed by the next
//! SAVSECDTA, CLRSAVF or DLTF of that file; a store path that is a FIFO, a device, a
//! directory or a dangling symlink (refused at once, exit 3) or a symlink to a real store
//! (followed); and QSY_LOCK_WAIT values that are not a sane number of seconds (exit 2).
//!
//! A temporary name that contains the process ID is predicted by starting `sh`, which
//! waits for a line on standard input and then `exec`s qsy: qsy gets the shell's PID, known
//! before it runs, and the test plants its file while the shell waits.

use crate::harness::*;
use std::fs;
use std::io::Write;
use std::os::unix::fs::{symlink, FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a victim file holds before an attack; it must hold it after.
const PRECIOUS: &[u8] = b"precious data that qsy must never touch\n";

/// A victim file outside qsy's files, holding [`PRECIOUS`].
fn victim(sys: &Sys) -> PathBuf {
    let victim = sys.dir.path().join("victim.txt");
    fs::write(&victim, PRECIOUS).unwrap();
    victim
}

/// The directory of library QGPL (created by the first CRTSAVF).
fn qgpl(sys: &Sys) -> PathBuf {
    sys.dir.path().join("sys.redb.ifs/QSYS.LIB/QGPL.LIB")
}

/// A qsy command on the store `system` (rather than the system's own).
fn qsy_on(sys: &Sys, system: &Path) -> Command {
    let mut c = sys.command();
    c.env("QSY_SYSTEM", system);
    c
}

/// `/bin/sh` in the system's environment, which `exec`s qsy (same PID) once it reads a
/// line: the PID is known before qsy starts.
fn sh_then_qsy(sys: &Sys, args: &[&str]) -> Command {
    let mut cmd = sys.launcher().command_for(Path::new("/bin/sh"));
    cmd.arg("-c")
        .arg("read go && exec \"$0\" \"$@\"")
        .arg(QSY)
        .args(args)
        .stdin(Stdio::piped());
    cmd
}

/// Runs `qsy ARGS…` as a process whose PID is known before qsy starts: `plant` is
/// called with it, then qsy runs. Returns qsy's run.
fn run_with_pid(sys: &Sys, args: &[&str], plant: impl FnOnce(u32)) -> Run {
    let mut child = sh_then_qsy(sys, args).spawn().unwrap();
    plant(child.id());
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"go\n").unwrap();
    drop(stdin);
    wait_with_timeout(child, Duration::from_secs(60), args)
}

/// Runs `c` to the end.
fn ran(c: &mut Command) -> Run {
    let args: Vec<String> = c
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    Run::of(&refs, &c.output().unwrap())
}

/// Waits for `child`; kills it and fails the test when it runs past `limit` (a hang).
fn wait_with_timeout(mut child: std::process::Child, limit: Duration, what: &[&str]) -> Run {
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return Run::of(what, &child.wait_with_output().unwrap());
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let out = Run::of(what, &child.wait_with_output().unwrap());
            panic!("qsy {what:?} hung for {limit:?}; killed\n{}", out.show());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mode(path: &Path) -> u32 {
    fs::symlink_metadata(path).unwrap().permissions().mode() & 0o7777
}

fn assert_victim_intact(victim: &Path) {
    let now = fs::read(victim).unwrap();
    assert!(
        now == PRECIOUS,
        "the victim file {} was overwritten: it now holds {} bytes starting {:?}",
        victim.display(),
        now.len(),
        String::from_utf8_lossy(&now[..now.len().min(16)])
    );
}

/// Files in `dir` whose names start with `prefix`.
fn named(dir: &Path, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect();
    names.sort();
    names
}

/// Asserts the store at `path` is a regular file, mode 0600, that qsy can use.
fn assert_private_store(sys: &Sys) {
    let meta = fs::symlink_metadata(sys.path()).unwrap();
    assert!(meta.is_file(), "the store is not a regular file");
    assert_eq!(mode(&sys.path()), 0o600, "the store's mode");
    sys.ok(&["DSPSYSVAL", "QPWDLVL"]);
}

// ---------------------------------------------------------------------------------------
// The store's temporary file.

/// Creating a store builds it in `<store without extension>.new<PID>`: a symlink planted
/// there pointing to a victim file must not be followed (before: the victim was truncated
/// and overwritten with the new store).
#[test]
fn a_symlink_at_the_store_temp_name_is_not_followed() {
    let sys = Sys::new();
    let victim = victim(&sys);
    let out = run_with_pid(&sys, &["DSPSYSVAL", "QPWDLVL"], |pid| {
        symlink(&victim, sys.dir.path().join(format!("sys.new{pid}"))).unwrap();
    });
    assert_eq!(out.code, 0, "{}", out.show());
    assert_victim_intact(&victim);
    assert_private_store(&sys);
}

/// A 0666 file planted at the store's temporary name must not become a 0666 store.
#[test]
fn a_precreated_world_writable_store_temp_does_not_become_the_store() {
    let sys = Sys::new();
    let out = run_with_pid(&sys, &["DSPSYSVAL", "QPWDLVL"], |pid| {
        let tmp = sys.dir.path().join(format!("sys.new{pid}"));
        fs::write(&tmp, b"").unwrap();
        fs::set_permissions(&tmp, fs::Permissions::from_mode(0o666)).unwrap();
    });
    assert_eq!(out.code, 0, "{}", out.show());
    assert_private_store(&sys);
    assert!(
        named(sys.dir.path(), "sys.new").is_empty(),
        "a temporary file was left: {:?}",
        named(sys.dir.path(), "sys.new")
    );
}

/// Directories qsy creates for a store and for save files are 0700.
#[test]
fn directories_qsy_creates_are_private() {
    let sys = Sys::new();
    let deep = sys.dir.path().join("a/b/sys.redb");
    let out = ran(qsy_on(&sys, &deep).args(["CRTSAVF", "QGPL/SECBKP"]));
    assert_eq!(out.code, 0, "{}", out.show());
    for dir in ["a", "a/b", "a/b/sys.redb.ifs", "a/b/sys.redb.ifs/QSYS.LIB"] {
        assert_eq!(mode(&sys.dir.path().join(dir)), 0o700, "{dir}");
    }
    let lib = sys.dir.path().join("a/b/sys.redb.ifs/QSYS.LIB/QGPL.LIB");
    assert_eq!(mode(&lib), 0o700);
    assert_eq!(mode(&lib.join("SECBKP.FILE")), 0o600);
    assert_eq!(mode(&deep), 0o600);
}

// ---------------------------------------------------------------------------------------
// Save files and their temporary files.

/// SAVSECDTA writes into a temporary file beside the save file: symlinks planted at its
/// name (the old per-PID one and the documented `.<NAME>.FILE.tmp`) must not be followed
/// (before: the victim received the save, password hashes and TOTP keys included, and the
/// save file became a symlink to it).
#[test]
fn a_symlink_at_a_save_file_temp_name_is_not_followed() {
    let sys = Sys::new();
    let victim = victim(&sys);
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    let lib = qgpl(&sys);
    symlink(&victim, lib.join(".SECBKP.FILE.tmp")).unwrap();
    let out = run_with_pid(
        &sys,
        &["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"],
        |pid| {
            symlink(&victim, lib.join(format!(".SECBKP.FILE.{pid}.tmp"))).unwrap();
        },
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_victim_intact(&victim);
    let savf = lib.join("SECBKP.FILE");
    let meta = fs::symlink_metadata(&savf).unwrap();
    assert!(meta.is_file(), "the save file is not a regular file");
    assert_eq!(mode(&savf), 0o600);
    assert!(fs::read(&savf).unwrap().starts_with(b"QSYSAVF\x1a"));
    assert!(
        fs::symlink_metadata(lib.join(".SECBKP.FILE.tmp")).is_err(),
        "the planted temporary name is still there"
    );
    sys.ok(&["RSTUSRPRF", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"]);
}

/// A 0666 file planted at a save file's temporary name does not make a 0666 save file.
#[test]
fn a_precreated_world_writable_save_temp_does_not_become_the_save_file() {
    let sys = Sys::new();
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    let lib = qgpl(&sys);
    let plant = |name: &Path| {
        fs::write(name, b"").unwrap();
        fs::set_permissions(name, fs::Permissions::from_mode(0o666)).unwrap();
    };
    plant(&lib.join(".SECBKP.FILE.tmp"));
    let out = run_with_pid(
        &sys,
        &["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"],
        |pid| plant(&lib.join(format!(".SECBKP.FILE.{pid}.tmp"))),
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(mode(&lib.join("SECBKP.FILE")), 0o600);
}

/// CLRSAVF of a save file that is a symlink is refused (before: the symlink's target was
/// truncated).
#[test]
fn clrsavf_of_a_symlink_does_not_truncate_its_target() {
    let sys = Sys::new();
    let victim = victim(&sys);
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    let link = qgpl(&sys).join("EVIL.FILE");
    symlink(&victim, &link).unwrap();
    sys.fails(&["CLRSAVF", "QGPL/EVIL"], 1, "QSY0116");
    assert_victim_intact(&victim);
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
}

/// SAVSECDTA, DLTF and RSTUSRPRF refuse a save file that is a symlink too: a save file is
/// a regular file qsy created (CRTSAVF), never a link to somewhere else.
#[test]
fn a_save_file_that_is_a_symlink_is_refused_by_every_command() {
    let sys = Sys::new();
    let victim = victim(&sys);
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    sys.ok(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"]);
    // A link to a real save file and one to the victim.
    let lib = qgpl(&sys);
    symlink(lib.join("SECBKP.FILE"), lib.join("LINKED.FILE")).unwrap();
    symlink(&victim, lib.join("EVIL.FILE")).unwrap();
    for args in [
        vec!["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/EVIL)", "CLEAR(*ALL)"],
        vec![
            "SAVSECDTA",
            "DEV(*SAVF)",
            "SAVF(QGPL/LINKED)",
            "CLEAR(*ALL)",
        ],
        vec!["RSTUSRPRF", "DEV(*SAVF)", "SAVF(QGPL/LINKED)"],
        vec!["DLTF", "QGPL/EVIL"],
        vec!["CRTSAVF", "QGPL/EVIL"],
    ] {
        let out = sys.run(&args);
        assert_eq!(out.code, 1, "{args:?}\n{}", out.show());
        let err = out.stderr.clone();
        assert!(
            err.contains("QSY0116") || err.contains("CPF7302"),
            "{args:?}\n{}",
            out.show()
        );
    }
    assert_victim_intact(&victim);
    for name in ["LINKED.FILE", "EVIL.FILE"] {
        assert!(
            fs::symlink_metadata(lib.join(name))
                .unwrap()
                .file_type()
                .is_symlink(),
            "{name} was replaced"
        );
    }
}

/// A FIFO at a save file's name is refused at once (it would block a reader).
#[test]
fn a_save_file_that_is_a_fifo_is_refused_at_once() {
    let sys = Sys::new();
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    let fifo = qgpl(&sys).join("PIPE.FILE");
    mkfifo(&fifo);
    for args in [
        vec!["RSTUSRPRF", "DEV(*SAVF)", "SAVF(QGPL/PIPE)"],
        vec!["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/PIPE)", "CLEAR(*ALL)"],
        vec!["CLRSAVF", "QGPL/PIPE"],
        vec!["DLTF", "QGPL/PIPE"],
    ] {
        let child = qsy_on(&sys, &sys.path())
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let out = wait_with_timeout(child, Duration::from_secs(20), &args);
        assert_eq!(out.code, 1, "{args:?}\n{}", out.show());
        assert!(out.stderr.contains("QSY0116"));
    }
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

fn mkfifo(path: &Path) {
    let st = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(st.success(), "mkfifo {}", path.display());
}

/// Runs SAVSECDTA into QGPL/SECBKP with a file-size limit of 1 KiB: the kernel kills it
/// (SIGXFSZ) part-way through writing its temporary file, as a crash or `kill -9` would.
/// Checks that it left a temporary file and did not touch the save file.
fn killed_savsecdta(sys: &Sys) {
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    let mut cmd = sys.launcher().command_for(Path::new("/bin/sh"));
    cmd.arg("-c")
        .arg("ulimit -f 1 && exec \"$0\" \"$@\"")
        .arg(QSY)
        .args(["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"]);
    let out = ran(&mut cmd);
    // SIGXFSZ ends it (-1: killed by a signal), as a crash would; not a refusal or a panic.
    assert_eq!(
        out.code,
        -1,
        "SAVSECDTA was not stopped by the file-size limit\n{}",
        out.show()
    );
    let left = named(&qgpl(sys), ".SECBKP.FILE");
    assert!(
        !left.is_empty(),
        "the killed SAVSECDTA left no temporary file"
    );
    assert_eq!(
        fs::metadata(qgpl(sys).join("SECBKP.FILE")).unwrap().len(),
        0,
        "the save file changed"
    );
}

/// The temporary file of a killed SAVSECDTA is removed by the next SAVSECDTA of that file.
#[test]
fn a_killed_savsecdta_temp_is_removed_by_the_next_savsecdta() {
    let sys = Sys::new();
    killed_savsecdta(&sys);
    sys.ok(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"]);
    assert_eq!(named(&qgpl(&sys), ".SECBKP.FILE"), Vec::<String>::new());
    sys.ok(&["RSTUSRPRF", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"]);
}

/// … and by CLRSAVF of that file.
#[test]
fn a_killed_savsecdta_temp_is_removed_by_clrsavf() {
    let sys = Sys::new();
    killed_savsecdta(&sys);
    sys.ok(&["CLRSAVF", "QGPL/SECBKP"]);
    assert_eq!(named(&qgpl(&sys), ".SECBKP.FILE"), Vec::<String>::new());
    assert_eq!(mode(&qgpl(&sys).join("SECBKP.FILE")), 0o600);
}

/// … and by DLTF of that file.
#[test]
fn a_killed_savsecdta_temp_is_removed_by_dltf() {
    let sys = Sys::new();
    killed_savsecdta(&sys);
    sys.ok(&["DLTF", "QGPL/SECBKP"]);
    assert_eq!(named(&qgpl(&sys), ".SECBKP.FILE"), Vec::<String>::new());
    assert_eq!(named(&qgpl(&sys), "SECBKP"), Vec::<String>::new());
}

/// The commands that change a library's save files take its lock: one held elsewhere makes
/// them wait QSY_LOCK_WAIT seconds, then give up with QSY0127 and change nothing.
#[test]
fn a_locked_library_makes_save_file_commands_wait_then_give_up() {
    let sys = Sys::new();
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    sys.ok(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"]);
    let savf = qgpl(&sys).join("SECBKP.FILE");
    let saved = fs::read(&savf).unwrap();
    let held = fs::File::open(qgpl(&sys)).unwrap();
    held.lock().unwrap();
    for args in [
        vec!["CLRSAVF", "QGPL/SECBKP"],
        vec!["DLTF", "QGPL/SECBKP"],
        vec![
            "SAVSECDTA",
            "DEV(*SAVF)",
            "SAVF(QGPL/SECBKP)",
            "CLEAR(*ALL)",
        ],
        vec!["CRTSAVF", "QGPL/OTHER"],
    ] {
        let started = Instant::now();
        let out = ran(qsy_on(&sys, &sys.path())
            .env("QSY_LOCK_WAIT", "0.5")
            .args(&args));
        assert_eq!(out.code, 1, "{args:?}\n{}", out.show());
        assert!(out.stderr.contains("QSY0127"), "{}", out.show());
        assert!(
            started.elapsed() >= Duration::from_millis(450),
            "{args:?} did not wait"
        );
    }
    assert_eq!(fs::read(&savf).unwrap(), saved);
    assert!(!qgpl(&sys).join("OTHER.FILE").exists());
    drop(held);
    sys.ok(&["CLRSAVF", "QGPL/SECBKP"]);
}

/// CLRSAVF leaves a private, empty regular file (it replaces, never truncates in place).
#[test]
fn clrsavf_leaves_an_empty_private_save_file() {
    let sys = Sys::new();
    sys.ok(&["CRTSAVF", "QGPL/SECBKP"]);
    sys.ok(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"]);
    let savf = qgpl(&sys).join("SECBKP.FILE");
    assert!(fs::metadata(&savf).unwrap().len() > 0);
    sys.ok(&["CLRSAVF", "QGPL/SECBKP"]);
    assert_eq!(fs::metadata(&savf).unwrap().len(), 0);
    assert_eq!(mode(&savf), 0o600);
    sys.fails(
        &["RSTUSRPRF", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"],
        1,
        "QSY0117",
    );
}

// ---------------------------------------------------------------------------------------
// The store path.

/// Runs `qsy DSPSECA` on `system`, failing the test if it hangs.
fn run_on(sys: &Sys, system: &Path) -> Run {
    let child = qsy_on(sys, system)
        .arg("DSPSECA")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_with_timeout(child, Duration::from_secs(20), &["DSPSECA"])
}

/// A FIFO as the store is refused at once with exit 3 (before: qsy hung opening it).
#[test]
fn a_fifo_as_the_store_is_refused_at_once() {
    let sys = Sys::new();
    mkfifo(&sys.path());
    let out = run_on(&sys, &sys.path());
    assert_eq!(out.code, 3, "{}", out.show());
    assert!(out.stderr.contains("QSY0048"), "{}", out.show());
}

/// A device or a directory as the store is refused with exit 3, naming what it is.
#[test]
fn a_device_or_directory_as_the_store_is_refused() {
    let sys = Sys::new();
    for (path, what) in [
        (PathBuf::from("/dev/null"), "device"),
        (sys.dir.path().to_path_buf(), "directory"),
    ] {
        let out = run_on(&sys, &path);
        assert_eq!(out.code, 3, "{}\n{}", path.display(), out.show());
        let err = out.stderr.clone();
        assert!(
            err.contains("QSY0048") && err.contains(what),
            "{}",
            out.show()
        );
    }
}

/// A symlink to a store is followed (the user made it on purpose, as with any database
/// path); the link stays a link and the store stays private.
#[test]
fn a_symlink_to_a_store_is_followed() {
    let sys = Sys::new();
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "5"]);
    let link = sys.dir.path().join("link.redb");
    symlink(sys.path(), &link).unwrap();
    let out = ran(qsy_on(&sys, &link).args(["--output", "json", "DSPSYSVAL", "QMAXSIGN"]));
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(out.stdout.contains("\"5\""), "{}", out.show());
    let out = ran(qsy_on(&sys, &link).args(["CHGSYSVAL", "QMAXSIGN", "4"]));
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_private_store(&sys);
}

/// A symlink whose target does not exist is refused: qsy creates a new store only where
/// nothing is, never through a link.
#[test]
fn a_dangling_symlink_as_the_store_is_refused() {
    let sys = Sys::new();
    let target = sys.dir.path().join("elsewhere.redb");
    symlink(&target, sys.path()).unwrap();
    let out = run_on(&sys, &sys.path());
    assert_eq!(out.code, 3, "{}", out.show());
    assert!(out.stderr.contains("QSY0048"), "{}", out.show());
    assert!(!target.exists(), "a store was created through the link");
}

// ---------------------------------------------------------------------------------------
// QSY_LOCK_WAIT.

/// QSY_LOCK_WAIT that is not a number of seconds from 0 to 86400 is a usage error, exit 2
/// (before: `inf` and huge values panicked once the store was busy, the others were
/// silently replaced).
#[test]
fn qsy_lock_wait_must_be_a_sane_number_of_seconds() {
    let sys = Sys::new();
    sys.ok(&["DSPSECA"]);
    for bad in ["inf", "-1", "abc", "NaN", "1e30", "86401", "-inf", "5s"] {
        let out = ran(qsy_on(&sys, &sys.path())
            .env("QSY_LOCK_WAIT", bad)
            .arg("DSPSECA"));
        assert_eq!(out.code, 2, "QSY_LOCK_WAIT={bad}\n{}", out.show());
        let err = out.stderr.clone();
        assert!(
            err.contains("QSY0049") && err.contains(bad),
            "{}",
            out.show()
        );
    }
    for good in ["0", "2.5", "30", "86400", ""] {
        let out = ran(qsy_on(&sys, &sys.path())
            .env("QSY_LOCK_WAIT", good)
            .arg("DSPSECA"));
        assert_eq!(out.code, 0, "QSY_LOCK_WAIT={good}\n{}", out.show());
    }
}

/// `inf` with the store busy: a usage error, not a panic.
#[test]
fn qsy_lock_wait_inf_with_a_busy_store_does_not_panic() {
    let sys = Sys::new();
    sys.ok(&["DSPSECA"]);
    let held = qsy::store::Store::open(&sys.path(), true, qsy::engine::init_store).unwrap();
    let child = qsy_on(&sys, &sys.path())
        .env("QSY_LOCK_WAIT", "inf")
        .args(["CHGSYSVAL", "QMAXSIGN", "5"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = wait_with_timeout(child, Duration::from_secs(20), &["CHGSYSVAL"]);
    drop(held);
    assert_eq!(out.code, 2, "{}", out.show());
    assert!(!out.stderr.contains("panicked"));
}
