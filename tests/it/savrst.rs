//! Save files, SAVSECDTA and RSTUSRPRF (DESIGN §7.10, §10 "Bad input").
//!
//! Every test runs the real binary against temporary stores. Covered: save at QPWDLVL 0 and
//! restore at 2 (old passwords in either case) and at 4 (password *NONE, reported per
//! profile); damaged, truncated, foreign, newer-version, empty and missing save files
//! (refused: store byte-for-byte unchanged when refused before the store is opened for
//! writing, every record and journal entry unchanged when found in the one read-write pass;
//! a restore killed half way); a save file copied to another system (*ALLOBJ
//! removed there, kept here); SECDTA(*PWDGRP) against *USRPRF; USRPRF(*NEW), names and
//! OMITUSRPRF; CLEAR and CLRSAVF/DLTF; *SAVSYS and *ALLOBJ + *SECADM; function usage and the
//! TOTP key travelling; the audit journal; a 1,000-profile round trip; and the reader fed
//! mutated copies of a real save file.

use crate::harness::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------
// Helpers local to this file.

/// Where save file QGPL/NAME of `sys` lives.
fn savf_path(sys: &Sys, name: &str) -> PathBuf {
    let mut p = sys.path().into_os_string();
    p.push(".ifs");
    PathBuf::from(p)
        .join("QSYS.LIB/QGPL.LIB")
        .join(format!("{name}.FILE"))
}

/// CRTUSRPRF NAME PASSWORD(…) [more], as QSECOFR.
fn crt(sys: &Sys, name: &str, password: &str, more: &[&str]) {
    let pw = format!("PASSWORD({password})");
    let mut args = vec!["CRTUSRPRF", name, pw.as_str()];
    args.extend_from_slice(more);
    sys.ok(&args);
}

/// CRTSAVF QGPL/NAME then SAVSECDTA into it; returns the SAVSECDTA document.
fn save(sys: &Sys, name: &str) -> Value {
    sys.ok(&["CRTSAVF", &format!("QGPL/{name}")]);
    let doc = sys.json(&["SAVSECDTA", "DEV(*SAVF)", &format!("SAVF(QGPL/{name})")]);
    assert!(has_message(&doc, "QSY0115"), "SAVSECDTA failed: {doc}");
    doc
}

/// RSTUSRPRF DEV(*SAVF) SAVF(QGPL/NAME) [more] as JSON, with its exit code.
fn restore(sys: &Sys, name: &str, more: &[&str]) -> (Value, i32) {
    let savf = format!("SAVF(QGPL/{name})");
    let mut args = vec!["--output", "json", "RSTUSRPRF", "DEV(*SAVF)", savf.as_str()];
    args.extend_from_slice(more);
    let out = sys.run(&args);
    let doc: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e})\n{}", out.show()));
    (doc, out.code)
}

/// A restore that must succeed.
fn restore_ok(sys: &Sys, name: &str, more: &[&str]) -> Value {
    let (doc, rc) = restore(sys, name, more);
    assert_eq!(rc, 0, "RSTUSRPRF {more:?} should succeed: {doc}");
    assert!(has_message(&doc, "CPC3705"), "no completion message: {doc}");
    doc
}

/// A restore that must be refused with `id`, leaving every record and journal entry of the
/// store as it was. A refusal found in the save's data comes from the restore's one
/// read-write pass (issue 19: "a restore always writes, so it can open the store read-write
/// from the start"), whose transaction is dropped: nothing is committed, but redb's
/// read-write open marks the file, so its bytes may differ.
fn restore_refused(sys: &Sys, name: &str, id: &str) -> Value {
    let before = sys.store_contents();
    let (doc, rc) = restore(sys, name, &[]);
    assert_eq!(rc, 1, "RSTUSRPRF should fail with {id}: {doc}");
    assert!(has_message(&doc, id), "RSTUSRPRF should report {id}: {doc}");
    assert!(
        sys.store_contents() == before,
        "the store's records or journal changed although RSTUSRPRF failed ({id})"
    );
    doc
}

/// A restore that must be refused with `id` before the store is opened for writing (no
/// authority, no save file or not a regular file, an empty or foreign save, a newer format,
/// a damaged preamble or header): the store file stays byte-for-byte as it was.
fn restore_refused_untouched(sys: &Sys, name: &str, id: &str) -> Value {
    let before = sys.store_bytes();
    let doc = restore_refused(sys, name, id);
    assert!(
        sys.store_bytes() == before,
        "the store file changed although RSTUSRPRF was refused before writing ({id})"
    );
    doc
}

/// Names in a JSON list of names or of {user_profile, …} objects.
fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| {
                    x["user_profile"]
                        .as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| scalar(x))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn special_authorities(sys: &Sys, name: &str) -> Vec<String> {
    strings(&sys.usrprf(name)["special_authorities"])
}

/// A second system with the save file `name` of `from` copied into its tree.
fn copy_to_new_system(from: &Sys, name: &str) -> Sys {
    let other = Sys::new();
    other.init();
    let dest = savf_path(&other, name);
    std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
    std::fs::copy(savf_path(from, name), &dest).unwrap();
    other
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

// ---------------------------------------------------------------------------------------
// Password levels (DESIGN §7.3 with §7.10).

#[test]
fn save_at_level_0_restores_at_level_2_with_the_old_passwords_in_either_case() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &[]);
    crt(&sys, "U2", "OLDPW2", &[]);
    save(&sys, "SECBKP");
    // Passwords change after the save; the restore must bring the saved ones back.
    sys.ok(&["CHGUSRPRF", "U1", "PASSWORD(OTHER1)"]);
    sys.ok(&["DLTUSRPRF", "U2"]);
    sys.reach_password_level(2);
    let doc = restore_ok(&sys, "SECBKP", &[]);
    assert!(
        names(&doc["restored_profiles"]).contains(&"U1".to_string()),
        "{doc}"
    );
    assert!(
        names(&doc["restored_profiles"]).contains(&"U2".to_string()),
        "{doc}"
    );
    assert_eq!(doc["profiles_not_restored"], 0, "{doc}");
    assert_eq!(doc["password_none_profiles"], Value::Array(vec![]), "{doc}");
    sys.signon_typed("U1", "OLDPW1").ok();
    sys.signon_typed("U1", "oldpw1").ok();
    sys.signon_typed("U2", "oldpw2").ok();
    sys.signon_typed("U2", "OLDPW2").ok();
    sys.signon_typed("U1", "OTHER1").fails("CPF22E2");
    sys.signon_typed("U1", "OldPw1").fails("CPF22E2");
}

#[test]
fn save_at_level_0_restored_at_level_4_leaves_password_none_and_says_so() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &[]);
    save(&sys, "SECBKP");
    // At level 2 U1 gets a new password, hence a level-4 hash, and keeps it at level 4.
    sys.reach_password_level(2);
    sys.ok(&["CHGUSRPRF", "U1", "PASSWORD('New pw 1')"]);
    sys.reach_password_level(4);
    sys.signon_typed("U1", "New pw 1").ok();
    let doc = restore_ok(&sys, "SECBKP", &[]);
    assert!(
        names(&doc["password_none_profiles"]).contains(&"U1".to_string()),
        "{doc}"
    );
    let diag = doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "QSY0123" && m["text"].as_str().unwrap_or("").contains("U1"))
        .unwrap_or_else(|| panic!("no per-profile QSY0123 for U1: {doc}"));
    assert_eq!(diag["type"], "diagnostic");
    assert!(
        diag["text"].as_str().unwrap().contains("QPWDLVL 0"),
        "{diag}"
    );
    assert_eq!(sys.usrprf("U1")["password_none"], true);
    // Issue 18 item 13: the restore ends with a diagnostic naming who has *NONE, not only
    // a count (just before the completion message).
    let msgs = doc["messages"].as_array().unwrap();
    let last_two: Vec<&str> = msgs[msgs.len() - 2..]
        .iter()
        .map(|m| m["id"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(last_two, vec!["QSY0669", "CPC3705"], "{doc}");
    let summary = &msgs[msgs.len() - 2];
    assert_eq!(summary["type"], "diagnostic");
    assert!(
        summary["text"].as_str().unwrap().contains("U1"),
        "{summary}"
    );
    sys.signon_typed("U1", "New pw 1").fails("CPF22E5");
    sys.signon_typed("U1", "OLDPW1").fails("CPF22E5");
}

// ---------------------------------------------------------------------------------------
// Bad input (DESIGN §10): refused with a message, nothing restored, store unchanged.

#[test]
fn a_flipped_byte_is_refused_and_the_store_is_unchanged() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &[]);
    save(&sys, "SECBKP");
    sys.ok(&["DLTUSRPRF", "U1"]);
    let path = savf_path(&sys, "SECBKP");
    let good = std::fs::read(&path).unwrap();
    let mut bad = good.clone();
    let i = bad.len() / 2;
    bad[i] ^= 0x20;
    std::fs::write(&path, &bad).unwrap();
    let doc = restore_refused(&sys, "SECBKP", "QSY0120");
    assert!(doc["messages"].to_string().contains("checksum"), "{doc}");
    sys.fails(&["DSPUSRPRF", "U1"], 1, "CPF2204");
    // The same file intact restores.
    std::fs::write(&path, &good).unwrap();
    restore_ok(&sys, "SECBKP", &[]);
    assert_eq!(sys.usrprf("U1")["user_profile"], "U1");
}

#[test]
fn truncated_foreign_newer_empty_and_missing_save_files_are_refused() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &[]);
    save(&sys, "SECBKP");
    let path = savf_path(&sys, "SECBKP");
    let good = std::fs::read(&path).unwrap();
    for cut in [good.len() - 1, good.len() - 40, good.len() / 2] {
        std::fs::write(&path, &good[..cut]).unwrap();
        restore_refused(&sys, "SECBKP", "QSY0120");
    }
    // Cut in the preamble or the header: refused before the store is opened for writing.
    for cut in [12, 5] {
        std::fs::write(&path, &good[..cut]).unwrap();
        let id = if cut < 8 { "QSY0118" } else { "QSY0120" };
        restore_refused_untouched(&sys, "SECBKP", id);
    }
    std::fs::write(&path, b"%PDF-1.7 not a save file at all").unwrap();
    restore_refused_untouched(&sys, "SECBKP", "QSY0118");
    let mut newer = good.clone();
    newer[8] = 9;
    std::fs::write(&path, &newer).unwrap();
    let doc = restore_refused_untouched(&sys, "SECBKP", "QSY0119");
    assert!(doc["messages"].to_string().contains("version 9"), "{doc}");
    let mut trailing = good.clone();
    trailing.extend_from_slice(b"extra");
    std::fs::write(&path, &trailing).unwrap();
    restore_refused(&sys, "SECBKP", "QSY0120");
    std::fs::write(&path, b"").unwrap();
    restore_refused_untouched(&sys, "SECBKP", "QSY0117");
    std::fs::remove_file(&path).unwrap();
    let doc = restore_refused_untouched(&sys, "SECBKP", "CPF9801");
    assert!(
        doc["messages"]
            .to_string()
            .contains("Object SECBKP in library QGPL not found"),
        "{doc}"
    );
}

/// The reader, fed every truncation and many mutations of a real save file (with password
/// hashes at three levels and a function usage entry), returns an error and never panics.
#[test]
fn the_reader_refuses_mutations_of_a_real_save_file_without_panicking() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &[]);
    sys.ok(&[
        "CHGFCNUSG",
        "QIBM_RUN_UNDER_USER_NO_AUTH",
        "USER(U1)",
        "USAGE(*DENIED)",
    ]);
    save(&sys, "SECBKP");
    let good = std::fs::read(savf_path(&sys, "SECBKP")).unwrap();
    let contents = qsy::savf::read_all(&good).expect("a real save file reads");
    assert!(contents
        .profiles
        .iter()
        .any(|p| p.name == "U1" && !p.function_usage.is_empty()));
    // Read as the system that wrote it, which alone can check the authentication code.
    let this = {
        let store = qsy::store::Store::open(&sys.path(), false, |_| Ok(())).unwrap();
        qsy::savf::this_system(&store.begin().unwrap()).unwrap()
    };
    let reads_here = |bytes: &[u8]| -> bool {
        let Ok((mut r, _)) = qsy::savf::Reader::open(bytes, Some(&this)) else {
            return false;
        };
        loop {
            match r.next_record() {
                Ok(Some(_)) => {}
                Ok(None) => return true,
                Err(_) => return false,
            }
        }
    };
    assert!(reads_here(&good));
    for cut in 0..good.len() {
        assert!(
            qsy::savf::read_all(&good[..cut]).is_err() && !reads_here(&good[..cut]),
            "truncation at {cut} accepted"
        );
    }
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut rand = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let mut m = good.clone();
        for _ in 0..1 + rand() % 4 {
            let at = (rand() as usize) % m.len();
            m[at] ^= 1 << (rand() % 8);
        }
        // Two flips of the same bit cancel out: only a file that differs must be refused.
        assert!(
            m == good || !reads_here(&m),
            "a mutated save file was accepted"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Another system (§7.10: *ALLOBJ and the system identity).

#[test]
fn a_save_file_copied_to_another_system_restores_there_without_allobj() {
    let a = Sys::new();
    crt(&a, "ADMIN1", "ADMPW1", &["SPCAUT(*ALLOBJ *SAVSYS)"]);
    crt(&a, "U1", "OLDPW1", &[]);
    save(&a, "SECBKP");
    let b = copy_to_new_system(&a, "SECBKP");
    let doc = restore_ok(&b, "SECBKP", &[]);
    assert_eq!(
        names(&doc["allobj_removed_profiles"]),
        vec!["ADMIN1"],
        "{doc}"
    );
    assert!(has_message(&doc, "QSY0124"), "{doc}");
    assert_eq!(special_authorities(&b, "ADMIN1"), vec!["*SAVSYS"]);
    // QSECOFR keeps every special authority.
    assert!(special_authorities(&b, "QSECOFR").contains(&"*ALLOBJ".to_string()));
    b.signon_typed("U1", "OLDPW1").ok();
    b.signon_typed("ADMIN1", "ADMPW1").ok();
    // On the system it was saved from, *ALLOBJ stays.
    a.ok(&["CHGUSRPRF", "ADMIN1", "SPCAUT(*SAVSYS)"]);
    let doc = restore_ok(&a, "SECBKP", &[]);
    assert_eq!(
        doc["allobj_removed_profiles"],
        Value::Array(vec![]),
        "{doc}"
    );
    assert_eq!(
        special_authorities(&a, "ADMIN1"),
        vec!["*ALLOBJ", "*SAVSYS"]
    );
}

// ---------------------------------------------------------------------------------------
// The attacker with *SAVSYS (issue 13): a save edited outside qsy, its checksum recomputed.

/// What an attacker with *SAVSYS only does to a save file: gives EVE every special
/// authority (user class *SECOFR) and QSECOFR the password `known`, then writes the file
/// again with a correct SHA-256 — under a secret of its own, since the system's is not
/// in any file — naming `system_id` (None: the saving system). `v1` writes the old, version 1
/// layout instead (no authentication code at all).
fn forge(sys: &Sys, name: &str, known: &str, system_id: Option<&str>, v1: bool) {
    use qsy::savf::format::{SaveKey, KEY_LEN};
    use qsy::security::{password, profile::SpecialAuthority, profile::UserClass};
    let path = savf_path(sys, name);
    let mut c = qsy::savf::read_all(&std::fs::read(&path).unwrap()).expect("the save reads");
    for p in &mut c.profiles {
        if p.name == "EVE" {
            p.special_authorities = SpecialAuthority::ALL.to_vec();
            p.user_class = UserClass::SecOfr;
        }
        if p.name == "QSECOFR" {
            let pw = password::normalize(known, c.header.password_level).unwrap();
            let hashes = password::set_password(&pw, c.header.password_level, &c.header.kdf);
            p.passwords = hashes.into();
            p.password_expired = false;
        }
    }
    if let Some(id) = system_id {
        c.header.system_id = id.to_string();
    }
    let attackers_key = SaveKey::from_bytes(&[0x5a; KEY_LEN]).unwrap();
    let mut w = qsy::savf::Writer::new(Vec::new(), &c.header, &attackers_key).unwrap();
    for d in &c.function_defaults {
        w.function_default(d).unwrap();
    }
    for p in &c.profiles {
        w.profile(p).unwrap();
    }
    let mut bytes = w.finish().unwrap();
    if v1 {
        bytes = as_version_1(&bytes);
    }
    assert!(
        qsy::savf::read_all(&bytes).is_ok(),
        "the forged checksum is sound"
    );
    std::fs::write(&path, bytes).unwrap();
}

/// A version 2 save file rewritten in the version 1 layout: version 1, a trailer of 40
/// bytes (count and SHA-256, recomputed), no authentication code.
fn as_version_1(v2: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let trailer = v2.len() - 77; // kind, length, count, SHA-256, HMAC
    assert_eq!(v2[trailer], b'T');
    let mut out = v2[..trailer + 13].to_vec();
    out[8..10].copy_from_slice(&1u16.to_le_bytes());
    out[trailer + 1..trailer + 5].copy_from_slice(&40u32.to_le_bytes());
    let digest = Sha256::digest(&out);
    out.extend_from_slice(&digest);
    out
}

/// EVE, with *SAVSYS only (password EVEPW1), and QSECOFR with password SECPW1.
fn savsys_attacker() -> Sys {
    let sys = Sys::new();
    crt(&sys, "EVE", "EVEPW1", &["SPCAUT(*SAVSYS)"]);
    sys.ok(&["CHGUSRPRF", "QSECOFR", "PASSWORD(SECPW1)", "PWDEXP(*NO)"]);
    save(&sys, "SECBKP");
    sys
}

/// RSTUSRPRF of QGPL/NAME run by EVE, authenticated: the document and the exit code.
fn restore_as_eve(sys: &Sys, name: &str, more: &[&str]) -> (Value, i32) {
    let savf = format!("SAVF(QGPL/{name})");
    let mut args = vec![
        "--output",
        "json",
        "--user",
        "EVE",
        "--password-stdin",
        "RSTUSRPRF",
        "DEV(*SAVF)",
        savf.as_str(),
    ];
    args.extend_from_slice(more);
    let out = sys.run_stdin(&args, "EVEPW1\n");
    let doc: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON ({e})\n{}", out.show()));
    (doc, out.code)
}

/// Neither EVE nor anyone else gained *ALLOBJ, and QSECOFR still has its own password.
fn nobody_gained(sys: &Sys) {
    assert!(
        !special_authorities(sys, "EVE").contains(&"*ALLOBJ".to_string()),
        "EVE gained *ALLOBJ: {:?}",
        special_authorities(sys, "EVE")
    );
    sys.signon_typed("QSECOFR", "KNOWN1").fails("CPF22E2");
    sys.signon_typed("QSECOFR", "SECPW1").ok();
}

/// A save that names this system but was edited outside qsy is refused, whatever its
/// checksum says: nothing restored, the store byte-for-byte as it was.
#[test]
fn an_edited_save_naming_this_system_is_refused_even_with_a_fresh_checksum() {
    let sys = savsys_attacker();
    forge(&sys, "SECBKP", "KNOWN1", None, false);
    for more in [&[][..], &["USRPRF(EVE QSECOFR)"][..]] {
        let before = sys.state_but_signon_times();
        let (doc, rc) = restore_as_eve(&sys, "SECBKP", more);
        assert_eq!(rc, 1, "{doc}");
        assert_eq!(escape_id(&doc).as_deref(), Some("QSY0128"), "{doc}");
        assert!(
            sys.state_but_signon_times() == before,
            "a refused restore changed the store"
        );
    }
    // QSECOFR too: the file is refused, not the user.
    restore_refused(&sys, "SECBKP", "QSY0128");
    nobody_gained(&sys);
}

/// The same edit presented as another system's save (or in the old, unauthenticated
/// format) cannot be verified: it restores under IBM's rules for another system — *ALLOBJ
/// removed at QSECURITY 30 or higher — and a profile already here keeps its password.
#[test]
fn an_edited_save_presented_as_foreign_gains_neither_allobj_nor_a_password() {
    for (system_id, v1) in [
        (Some("0badc0de0badc0de0badc0de0badc0de"), false),
        (None, true),
    ] {
        let sys = savsys_attacker();
        forge(&sys, "SECBKP", "KNOWN1", system_id, v1);
        let (doc, rc) = restore_as_eve(&sys, "SECBKP", &[]);
        assert_eq!(rc, 0, "{doc}");
        assert!(
            has_message(&doc, "QSY0129"),
            "not said to be foreign: {doc}"
        );
        assert_eq!(doc["foreign"], true, "{doc}");
        let origin = if v1 { "*UNVERIFIED" } else { "*OTHERSYS" };
        assert_eq!(doc["save_origin"], origin, "{doc}");
        assert_eq!(names(&doc["allobj_removed_profiles"]), vec!["EVE"], "{doc}");
        nobody_gained(&sys);
        // Individually with the passwords (SECDTA(*PWDGRP)) needs *ALLOBJ and *SECADM.
        let (doc, rc) = restore_as_eve(&sys, "SECBKP", &["USRPRF(QSECOFR)", "SECDTA(*PWDGRP)"]);
        assert_eq!(rc, 1, "{doc}");
        nobody_gained(&sys);
    }
}

/// A text that would rewrite a display (an ESC sequence) in a save file, checksum made good:
/// the restore fails cleanly — the file is damaged, nothing restored, store unchanged.
#[test]
fn a_restored_text_with_control_characters_refuses_the_save() {
    let a = Sys::new();
    crt(&a, "U1", "APASS1", &["TEXT('plain')"]);
    save(&a, "SECBKP");
    rewrite(&a, Some(OTHER_SYSTEM), |c| {
        for p in &mut c.profiles {
            if p.name == "U1" {
                p.text = "Ann\x1b[2JQSECOFR *ALLOBJ".into();
            }
        }
    });
    let doc = restore_refused(&a, "SECBKP", "QSY0120");
    assert!(!doc.to_string().contains('\x1b'), "{doc}");
    assert_eq!(a.usrprf("U1")["text"], "plain");
}

/// A save from another system (or an old one) leaves a profile already here signing on as
/// it did: password, TOTP key, status and authentication method stay; SECDTA(*PWDGRP), by a
/// user with *ALLOBJ and *SECADM, brings the saved ones.
#[test]
fn a_foreign_save_keeps_the_sign_on_data_of_profiles_already_here() {
    let a = Sys::new();
    crt(&a, "U1", "APASS1", &[]);
    save(&a, "SECBKP");
    let b = copy_to_new_system(&a, "SECBKP");
    crt(&b, "U1", "BPASS1", &["STATUS(*DISABLED)"]);
    let doc = restore_ok(&b, "SECBKP", &[]);
    assert!(has_message(&doc, "QSY0129"), "{doc}");
    assert_eq!(b.usrprf("U1")["status"], "*DISABLED");
    b.ok(&["CHGUSRPRF", "U1", "STATUS(*ENABLED)"]);
    b.signon_typed("U1", "BPASS1").ok();
    b.signon_typed("U1", "APASS1").fails("CPF22E2");
    let doc = restore_ok(&b, "SECBKP", &["USRPRF(U1)", "SECDTA(*PWDGRP)"]);
    assert!(has_message(&doc, "QSY0129"), "{doc}");
    b.signon_typed("U1", "APASS1").ok();
    // A profile new here gets the saved password (USRPRF(*ALL)), as before.
    crt(&a, "U2", "APASS2", &[]);
    a.ok(&[
        "SAVSECDTA",
        "DEV(*SAVF)",
        "SAVF(QGPL/SECBKP)",
        "CLEAR(*ALL)",
    ]);
    let b = copy_to_new_system(&a, "SECBKP");
    restore_ok(&b, "SECBKP", &[]);
    b.signon_typed("U2", "APASS2").ok();
}

/// Onto a system that already holds some of what the save restores, those records are read
/// and replaced, not taken as new (a restore onto an almost empty system skips the read of
/// profiles it can prove absent, issue 19): a profile already here is "replaced" (and keeps
/// its sign-on data, the save being foreign), its function usage and a leftover usage entry
/// of a user with no profile are cleared to the save's, and the rest is "created".
#[test]
fn records_already_on_a_new_system_are_replaced_not_taken_as_new() {
    const RUN_UNDER: &str = "QIBM_RUN_UNDER_USER_NO_AUTH";
    let a = Sys::new();
    for u in ["U1", "U2", "U3"] {
        crt(&a, u, "APASS1", &["TEXT('from A')"]);
    }
    a.ok(&["CHGFCNUSG", RUN_UNDER, "USER(U3)", "USAGE(*DENIED)"]);
    save(&a, "SECBKP");
    let b = copy_to_new_system(&a, "SECBKP");
    crt(&b, "U1", "BPASS1", &["TEXT('from B')", "STATUS(*DISABLED)"]);
    b.ok(&["CHGFCNUSG", RUN_UNDER, "USER(U1)", "USAGE(*ALLOWED)"]);
    // A usage entry left for a user with no profile (written as an older qsy could leave it).
    {
        let db = redb::Database::open(b.path()).unwrap();
        let w = db.begin_write().unwrap();
        {
            let mut t = w
                .open_table(redb::TableDefinition::<&str, &[u8]>::new("fcnusg"))
                .unwrap();
            let allowed = qsy::store::encode(&"*ALLOWED");
            t.insert(format!("{RUN_UNDER}/U2").as_str(), allowed.as_slice())
                .unwrap();
        }
        w.commit().unwrap();
    }
    let usage = |sys: &Sys| -> Vec<String> {
        sys.store_contents()
            .into_iter()
            .filter(|(t, _, _)| t == "FcnUsg")
            .map(|(_, k, _)| k)
            .filter(|k| k.ends_with("/U1") || k.ends_with("/U2") || k.ends_with("/U3"))
            .collect()
    };
    assert_eq!(
        usage(&b),
        [format!("{RUN_UNDER}/U1"), format!("{RUN_UNDER}/U2")]
    );
    restore_ok(&b, "SECBKP", &[]);
    assert_eq!(usage(&b), [format!("{RUN_UNDER}/U3")]);
    assert_eq!(b.usrprf("U3")["run_under_user_no_auth"], "*DENIED");
    assert_eq!(b.usrprf("U1")["text"], "from A");
    assert_eq!(b.usrprf("U1")["status"], "*DISABLED", "sign-on data kept");
    b.ok(&["CHGUSRPRF", "U1", "STATUS(*ENABLED)"]);
    b.signon_typed("U1", "BPASS1").ok();
    b.signon_typed("U2", "APASS1").ok();
    let rst: Vec<(String, String)> = b
        .journal(&["CP"])
        .iter()
        .filter_map(|e| {
            let detail = e["detail"].as_str()?;
            detail.starts_with("RST;").then(|| {
                (
                    e["object"].as_str().unwrap_or("").to_string(),
                    detail.to_string(),
                )
            })
        })
        .filter(|(o, _)| o.starts_with('U'))
        .collect();
    assert_eq!(rst.len(), 3, "{rst:?}");
    for (object, detail) in rst {
        let word = if object == "U1" {
            "RST; replaced"
        } else {
            "RST; created"
        };
        assert!(detail.starts_with(word), "{object}: {detail}");
    }
}

/// The secret that authenticates saves is nowhere outside the store: not in the save file,
/// not in any output. A store without one (made before saves were authenticated) gets one
/// at its first write, and its saves verify.
#[test]
fn the_save_secret_stays_in_the_store_and_old_stores_get_one() {
    use qsy::store::{Store, Table, SAVE_KEY};
    let sys = Sys::new();
    sys.init();
    let secret = || {
        let store = Store::open(&sys.path(), false, |_| Ok(())).unwrap();
        let tx = store.begin().unwrap();
        tx.get_raw(Table::Meta, SAVE_KEY).unwrap()
    };
    let key = secret().expect("a new store has a save secret");
    assert_eq!(key.len(), 32);
    let doc = save(&sys, "SECBKP");
    let bytes = std::fs::read(savf_path(&sys, "SECBKP")).unwrap();
    assert!(
        !bytes_contain(&bytes, &key),
        "the secret is in the save file"
    );
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    assert!(!doc.to_string().contains(&hex));
    // An old store, as an earlier qsy left it: no secret (removed with redb itself, since
    // every commit through qsy gives a store one).
    let forget = || {
        let db = redb::Database::open(sys.path()).unwrap();
        let w = db.begin_write().unwrap();
        {
            let mut meta = w
                .open_table(redb::TableDefinition::<&str, &[u8]>::new("meta"))
                .unwrap();
            meta.remove(SAVE_KEY).unwrap();
        }
        w.commit().unwrap();
    };
    forget();
    assert_eq!(secret(), None);
    // A store with no secret never wrote an authenticated save: one that names it was
    // made elsewhere (here: under the secret it had before), and is refused.
    restore_refused(&sys, "SECBKP", "QSY0128");
    assert_eq!(secret(), None, "a refused restore wrote nothing");
    // Its first SAVSECDTA makes the secret and commits it with the command.
    sys.ok(&[
        "SAVSECDTA",
        "DEV(*SAVF)",
        "SAVF(QGPL/SECBKP)",
        "CLEAR(*ALL)",
    ]);
    let made = secret().expect("SAVSECDTA gave the store a secret");
    assert_ne!(made, key);
    let doc = restore_ok(&sys, "SECBKP", &[]);
    assert_eq!(doc["save_origin"], "*THISSYS", "{doc}");
    assert!(!has_message(&doc, "QSY0129"), "{doc}");
    // Any other first write gives an old store its secret too.
    forget();
    sys.ok(&["CHGUSRPRF", "QSECOFR", "TEXT('first write')"]);
    assert!(
        secret().is_some(),
        "the first write gave the store a secret"
    );
}

#[test]
fn allobj_stays_at_qsecurity_20_even_from_another_system() {
    let a = Sys::new();
    crt(&a, "ADMIN1", "ADMPW1", &["SPCAUT(*ALLOBJ)"]);
    save(&a, "SECBKP");
    let b = copy_to_new_system(&a, "SECBKP");
    b.chgsysval("QSECURITY", "20");
    b.ipl();
    let doc = restore_ok(&b, "SECBKP", &[]);
    assert_eq!(
        doc["allobj_removed_profiles"],
        Value::Array(vec![]),
        "{doc}"
    );
    assert!(special_authorities(&b, "ADMIN1").contains(&"*ALLOBJ".to_string()));
}

// ---------------------------------------------------------------------------------------
// Individual profiles, *NEW, OMITUSRPRF, SECDTA (IBM's "What happens when you restore user
// profiles").

#[test]
fn an_existing_profile_restored_individually_keeps_its_password_unless_pwdgrp() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &["TEXT('before')"]);
    save(&sys, "SECBKP");
    sys.ok(&["CHGUSRPRF", "U1", "PASSWORD(NEWPW1)", "TEXT('after')"]);
    let doc = restore_ok(&sys, "SECBKP", &["USRPRF(U1)"]);
    assert_eq!(names(&doc["restored_profiles"]), vec!["U1"], "{doc}");
    assert_eq!(
        sys.usrprf("U1")["text"],
        "before",
        "other attributes come from the save"
    );
    sys.signon_typed("U1", "NEWPW1").ok();
    sys.signon_typed("U1", "OLDPW1").fails("CPF22E2");
    let doc = restore_ok(&sys, "SECBKP", &["USRPRF(U1)", "SECDTA(*PWDGRP)"]);
    assert_eq!(doc["profiles_restored"], 1, "{doc}");
    sys.signon_typed("U1", "OLDPW1").ok();
    sys.signon_typed("U1", "NEWPW1").fails("CPF22E2");
}

#[test]
fn a_new_profile_restored_individually_has_password_none_unless_pwdgrp() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &[]);
    save(&sys, "SECBKP");
    sys.ok(&["DLTUSRPRF", "U1"]);
    let doc = restore_ok(&sys, "SECBKP", &["USRPRF(U1)"]);
    assert!(has_message(&doc, "CPC3713"), "{doc}");
    assert_eq!(names(&doc["password_none_profiles"]), vec!["U1"], "{doc}");
    assert_eq!(sys.usrprf("U1")["password_none"], true);
    sys.signon_typed("U1", "OLDPW1").fails("CPF22E5");
    sys.ok(&["DLTUSRPRF", "U1"]);
    let doc = restore_ok(&sys, "SECBKP", &["USRPRF(U1)", "SECDTA(*PWDGRP)"]);
    assert!(!has_message(&doc, "CPC3713"), "{doc}");
    sys.signon_typed("U1", "OLDPW1").ok();
}

#[test]
fn usrprf_new_restores_only_profiles_missing_here() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &["TEXT('saved')"]);
    crt(&sys, "U2", "OLDPW2", &[]);
    save(&sys, "SECBKP");
    sys.ok(&["CHGUSRPRF", "U1", "TEXT('kept')"]);
    sys.ok(&["DLTUSRPRF", "U2"]);
    crt(&sys, "U3", "OLDPW3", &[]);
    let doc = restore_ok(&sys, "SECBKP", &["USRPRF(*NEW)"]);
    assert_eq!(names(&doc["restored_profiles"]), vec!["U2"], "{doc}");
    assert!(
        has_message(&doc, "CPC3713"),
        "*NEW without *PWDGRP restores without password: {doc}"
    );
    assert_eq!(sys.usrprf("U1")["text"], "kept");
    assert_eq!(
        sys.usrprf("U3")["user_profile"],
        "U3",
        "profiles only on the system are kept"
    );
}

#[test]
fn omitusrprf_and_names_not_on_the_save() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &[]);
    crt(&sys, "U2", "OLDPW2", &[]);
    save(&sys, "SECBKP");
    sys.ok(&["DLTUSRPRF", "U1"]);
    sys.ok(&["DLTUSRPRF", "U2"]);
    let doc = restore_ok(&sys, "SECBKP", &["OMITUSRPRF(U1)"]);
    let restored = names(&doc["restored_profiles"]);
    assert!(
        restored.contains(&"U2".to_string()) && !restored.contains(&"U1".to_string()),
        "{doc}"
    );
    sys.fails(&["DSPUSRPRF", "U1"], 1, "CPF2204");
    // A name that is not on the save is not restored: escape message, the rest kept.
    let (doc, rc) = restore(&sys, "SECBKP", &["USRPRF(U1 NOSUCH)", "SECDTA(*PWDGRP)"]);
    assert_eq!(rc, 1, "{doc}");
    assert!(has_message(&doc, "CPF3775"), "{doc}");
    assert_eq!(doc["profiles_restored"], 1, "{doc}");
    assert_eq!(doc["profiles_not_restored"], 1, "{doc}");
    assert_eq!(
        names(&doc["not_restored_profiles"]),
        vec!["NOSUCH"],
        "{doc}"
    );
    sys.signon_typed("U1", "OLDPW1").ok();
}

#[test]
fn nc_profiles_are_passed_over_and_qsecofr_is_restored() {
    let sys = Sys::new();
    save(&sys, "SECBKP");
    let doc = restore_ok(&sys, "SECBKP", &[]);
    let restored = names(&doc["restored_profiles"]);
    assert!(restored.contains(&"QSECOFR".to_string()), "{doc}");
    assert!(!restored.iter().any(|n| n.ends_with("_NC")), "{doc}");
    let (doc, rc) = restore(&sys, "SECBKP", &["USRPRF(QSECOFR_NC)"]);
    assert_eq!(rc, 1, "{doc}");
    assert_eq!(
        names(&doc["not_restored_profiles"]),
        vec!["QSECOFR_NC"],
        "{doc}"
    );
    assert_eq!(special_authorities(&sys, "QSECOFR").len(), 8);
}

// ---------------------------------------------------------------------------------------
// Save files and CLEAR.

#[test]
fn save_file_objects_and_clear_rules() {
    let sys = Sys::new();
    sys.init();
    // No save file yet.
    let before = sys.store_bytes();
    sys.fails(
        &["SAVSECDTA", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"],
        1,
        "CPF9801",
    );
    assert!(sys.store_bytes() == before, "SAVSECDTA changed the store");
    sys.ok(&["CRTSAVF", "FILE(QGPL/SECBKP)", "TEXT('Before QPWDLVL 4')"]);
    sys.fails(&["CRTSAVF", "SECBKP"], 1, "CPF7302");
    let path = savf_path(&sys, "SECBKP");
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        0,
        "a new save file is empty"
    );
    assert_eq!(mode(&path), 0o600);
    // *CURLIB, *LIBL and unqualified all mean QGPL.
    let doc = sys.json(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(*CURLIB/SECBKP)"]);
    assert_eq!(doc["profiles_saved"], 8, "{doc}");
    assert_eq!(mode(&path), 0o600, "the save file holds secrets");
    let full = std::fs::read(&path).unwrap();
    // Holding data, the save file is refused without CLEAR, and left as it was.
    sys.fails(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(SECBKP)"], 1, "QSY0114");
    sys.fails(
        &[
            "SAVSECDTA",
            "DEV(*SAVF)",
            "SAVF(*LIBL/SECBKP)",
            "CLEAR(*NONE)",
        ],
        1,
        "QSY0114",
    );
    assert!(std::fs::read(&path).unwrap() == full);
    crt(&sys, "U1", "OLDPW1", &[]);
    let doc = sys.json(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(SECBKP)", "CLEAR(*REPLACE)"]);
    assert_eq!(doc["profiles_saved"], 9, "{doc}");
    let doc = sys.json(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(SECBKP)", "CLEAR(*ALL)"]);
    assert_eq!(doc["profiles_saved"], 9, "{doc}");
    sys.ok(&["CLRSAVF", "SECBKP"]);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    sys.ok(&["SAVSECDTA", "DEV(*SAVF)", "SAVF(SECBKP)"]);
    // Other libraries are directories of their own.
    sys.ok(&["CRTSAVF", "MYLIB/SECBKP"]);
    let other = sys
        .path()
        .with_extension("redb.ifs")
        .join("QSYS.LIB/MYLIB.LIB/SECBKP.FILE");
    assert!(other.exists(), "{}", other.display());
    sys.ok(&["DLTF", "QGPL/SECBKP"]);
    assert!(!path.exists());
    sys.fails(&["DLTF", "QGPL/SECBKP"], 1, "CPF9801");
    sys.fails(&["CLRSAVF", "QGPL/SECBKP"], 1, "CPF9801");
    sys.fails(&["SAVSECDTA", "DEV(*SAVF)"], 2, "QSY0002");
}

// ---------------------------------------------------------------------------------------
// Authority (§7.8).

#[test]
fn savsecdta_and_rstusrprf_need_savsys_and_pwdgrp_also_allobj_and_secadm() {
    let sys = Sys::new();
    crt(&sys, "CLERK", "CLERKPW", &[]);
    crt(&sys, "OPER", "OPERPW", &["SPCAUT(*SAVSYS)"]);
    sys.ok(&["CRTSAVF", "SECBKP"]);
    let out = sys.fails_as(
        "CLERK",
        &["SAVSECDTA", "DEV(*SAVF)", "SAVF(SECBKP)"],
        1,
        "QSY0050",
    );
    assert!(out.stderr.contains("*SAVSYS"), "{}", out.show());
    sys.ok_as("OPER", &["SAVSECDTA", "DEV(*SAVF)", "SAVF(SECBKP)"]);
    let out = sys.fails_as(
        "CLERK",
        &["RSTUSRPRF", "DEV(*SAVF)", "SAVF(SECBKP)"],
        1,
        "QSY0050",
    );
    assert!(out.stderr.contains("*SAVSYS"), "{}", out.show());
    let out = sys.fails_as(
        "OPER",
        &[
            "RSTUSRPRF",
            "DEV(*SAVF)",
            "SAVF(SECBKP)",
            "USRPRF(CLERK)",
            "SECDTA(*PWDGRP)",
        ],
        1,
        "QSY0050",
    );
    assert!(out.stderr.contains("*ALLOBJ"), "{}", out.show());
    sys.ok_as(
        "OPER",
        &["RSTUSRPRF", "DEV(*SAVF)", "SAVF(SECBKP)", "USRPRF(CLERK)"],
    );
    sys.fails(
        &["RSTUSRPRF", "DEV(*SAVF)", "SAVF(SECBKP)", "SECDTA(*DCM)"],
        1,
        "QSY0126",
    );
}

// ---------------------------------------------------------------------------------------
// What travels: function usage, the TOTP key; the journal; no secrets.

#[test]
fn function_usage_travels_and_the_journal_says_rst_without_secrets() {
    let sys = Sys::new();
    crt(&sys, "U1", "SECRETPW9", &[]);
    sys.ok(&[
        "CHGFCNUSG",
        "QIBM_RUN_UNDER_USER_NO_AUTH",
        "USER(U1)",
        "USAGE(*DENIED)",
    ]);
    save(&sys, "SECBKP");
    let bytes = std::fs::read(savf_path(&sys, "SECBKP")).unwrap();
    assert!(
        !bytes
            .windows(9)
            .any(|w| w.eq_ignore_ascii_case(b"SECRETPW9")),
        "the clear password is in the save file"
    );
    sys.ok(&[
        "CHGFCNUSG",
        "QIBM_RUN_UNDER_USER_NO_AUTH",
        "USER(U1)",
        "USAGE(*ALLOWED)",
    ]);
    assert_eq!(sys.usrprf("U1")["run_under_user_no_auth"], "*ALLOWED");
    restore_ok(&sys, "SECBKP", &[]);
    assert_eq!(sys.usrprf("U1")["run_under_user_no_auth"], "*DENIED");
    let entries = sys.journal(&["CP"]);
    let rst: Vec<&Value> = entries
        .iter()
        .filter(|e| e["detail"].as_str().unwrap_or("").starts_with("RST;"))
        .collect();
    assert!(
        rst.iter().any(|e| e["object"] == "U1"),
        "no CP RST entry for U1: {entries:?}"
    );
    for e in sys.journal(&[]) {
        assert!(
            !e.to_string().to_ascii_uppercase().contains("SECRETPW9"),
            "a secret in the journal: {e}"
        );
    }
}

/// The key travels with the password: on another system, after RSTUSRPRF, a code from the
/// key generated here signs U1 on, and the password alone or a code from another moment
/// does not.
#[test]
fn the_totp_key_travels_with_the_password() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    crt(&sys, "U1", "'Pass word 1'", &[]);
    let (doc, out) = sys.json_stdin(
        &[
            "--user",
            "U1",
            "--password-stdin",
            "CHGTOTPKEY",
            "TOTPKEY(*GEN)",
        ],
        "Pass word 1\n",
    );
    assert_eq!(out.code, 0, "{}", out.show());
    let key = doc["totp_key"].as_str().unwrap().to_string();
    assert!(is_base32_key(&key), "{doc}");
    sys.ok(&["CHGUSRPRF", "U1", "AUTHMTH(*TOTP)"]);
    save(&sys, "SECBKP");
    let (_, out) = sys.json_stdin(
        &[
            "--user",
            "U1",
            "--password-stdin",
            "CHGTOTPKEY",
            "TOTPKEY(*NONE)",
        ],
        "Pass word 1\n",
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(sys.usrprf("U1")["totp_key_set"], false);
    // Another system, where the additional factor is enabled.
    let b = copy_to_new_system(&sys, "SECBKP");
    b.reach_password_level(4);
    b.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    b.ipl();
    restore_ok(&b, "SECBKP", &[]);
    let u1 = b.usrprf("U1");
    assert_eq!(u1["totp_key_set"], true, "{u1}");
    assert_eq!(
        u1["authentication_methods"],
        serde_json::json!(["*TOTP"]),
        "{u1}"
    );
    // Codes at a pinned moment no earlier than anything the store has seen.
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        + 3_600;
    b.set_clock(t);
    b.signon_refused("U1", "Pass word 1", None, "T");
    let far = totp(&key, t + 600);
    assert!(
        ![totp(&key, t - 30), totp(&key, t), totp(&key, t + 30)].contains(&far),
        "fixture: the far code collides with the window"
    );
    b.signon_refused("U1", &format!("Pass word 1:{far}"), None, "T");
    b.signon_ok("U1", &format!("Pass word 1:{}", totp(&key, t)), None);
    // And back here.
    restore_ok(&sys, "SECBKP", &[]);
    assert_eq!(sys.usrprf("U1")["totp_key_set"], true);
}

// ---------------------------------------------------------------------------------------
// Scale.

/// Builds `n` profiles U00001… in one transaction through the library, every one with the
/// same pre-hashed password (hashing 1,000 passwords would dominate the test).
fn add_profiles(sys: &Sys, n: usize, password: &str) {
    use qsy::security::{password, profile};
    let store = qsy::store::Store::open(&sys.path(), true, qsy::engine::init_store).unwrap();
    let mut tx = store.begin().unwrap();
    let kdf = profile::kdf(&tx).unwrap();
    let hashes = password::set_password(&password::normalize(password, 0).unwrap(), 0, &kdf);
    for i in 1..=n {
        let mut p =
            profile::Profile::new(&format!("U{i:05}"), profile::UserClass::User, 1_700_000_000);
        p.passwords = hashes.clone();
        p.password_changed = Some(1_700_000_000);
        profile::put(&mut tx, &p).unwrap();
    }
    tx.end_command(true).unwrap();
    tx.commit(true).unwrap();
}

#[test]
fn a_thousand_profiles_round_trip_to_another_system() {
    let a = Sys::new();
    a.init();
    add_profiles(&a, 1_000, "PW");
    let doc = save(&a, "SECBKP");
    assert_eq!(doc["profiles_saved"], 1_008, "{doc}");
    let b = copy_to_new_system(&a, "SECBKP");
    b.reach_password_level(2);
    let doc = restore_ok(&b, "SECBKP", &[]);
    // 1,000 profiles and QSECOFR, QSYSOPR, QPGMR, QUSER; the four _NC profiles are passed over.
    assert_eq!(doc["profiles_restored"], 1_004, "{doc}");
    assert_eq!(doc["profiles_not_restored"], 0, "{doc}");
    let rows = b.json(&["DSPAUTUSR"]);
    assert_eq!(rows["profiles"].as_array().unwrap().len(), 1_008);
    b.signon_typed("U00001", "pw").ok();
    b.signon_typed("U01000", "PW").ok();
    assert_eq!(
        b.journal(&["CP"])
            .iter()
            .filter(|e| e["detail"].as_str().unwrap_or("").starts_with("RST;"))
            .count(),
        1_004
    );
}

/// A restore larger than qsy holds in its own memory (redb's write transaction holds the
/// rest, issue 19) is still all or nothing: a save of 5,000 profiles (more changes than
/// the store keeps in memory before writing them into redb's transaction) whose checksum
/// at the very end is damaged restores none of them, over the same system or onto a new
/// one, and leaves every record and journal entry of each store as it was.
#[test]
fn a_large_damaged_save_restores_nothing_and_leaves_the_store_as_it_was() {
    let a = Sys::new();
    a.init();
    add_profiles(&a, 5_000, "PW");
    save(&a, "SECBKP");
    let b = copy_to_new_system(&a, "SECBKP");
    for sys in [&a, &b] {
        let path = savf_path(sys, "SECBKP");
        let mut bad = std::fs::read(&path).unwrap();
        // In the SHA-256 checksum, before the 32-byte authentication code that ends the file.
        let i = bad.len() - 48;
        bad[i] ^= 0x01;
        std::fs::write(&path, &bad).unwrap();
    }
    // The damage is found at the end, in the trailer's checksum (or, on the system that
    // wrote the save, maybe first by its authentication code).
    let refused = |sys: &Sys| {
        refused_logically(sys, &["QSY0128", "QSY0120"]);
    };
    // Over the same system: every profile changes (the restore rewrites it) and is journaled.
    a.ok(&["CHGUSRPRF", "U04999", "TEXT('before the restore')"]);
    refused(&a);
    assert_eq!(a.usrprf("U04999")["text"], "before the restore");
    // Onto a new system: none of the 5,000 profiles appears.
    refused(&b);
    b.fails(&["DSPUSRPRF", "U00001"], 1, "CPF2204");
    assert!(b
        .journal(&["CP"])
        .iter()
        .all(|e| !e["detail"].as_str().unwrap_or("").starts_with("RST;")));
}

/// In a script the store is already open, so there is no check before it: the restore
/// stages profiles as it reads and the checksum at the end, failing, drops them all.
#[test]
fn in_a_script_a_damaged_save_file_restores_nothing_and_monmsg_catches_it() {
    let sys = Sys::new();
    crt(&sys, "U1", "OLDPW1", &[]);
    crt(&sys, "U2", "OLDPW2", &[]);
    save(&sys, "SECBKP");
    sys.ok(&["DLTUSRPRF", "U1"]);
    sys.ok(&["DLTUSRPRF", "U2"]);
    let path = savf_path(&sys, "SECBKP");
    let mut bytes = std::fs::read(&path).unwrap();
    // Near the end: every profile before it has been staged when the damage is found.
    let i = bytes.len() - 100;
    bytes[i] ^= 0x01;
    std::fs::write(&path, &bytes).unwrap();
    let script = sys.dir.path().join("rst.clp");
    std::fs::write(
        &script,
        "PGM\nRSTUSRPRF DEV(*SAVF) SAVF(QGPL/SECBKP)\nMONMSG MSGID(QSY0120) EXEC(SNDPGMMSG MSG('restore refused'))\nCRTUSRPRF USRPRF(U3) PASSWORD(*NONE)\nENDPGM\n",
    )
    .unwrap();
    let out = sys.ok(&["run", script.to_str().unwrap()]);
    assert!(
        out.stdout.to_ascii_lowercase().contains("restore refused"),
        "{}",
        out.show()
    );
    sys.fails(&["DSPUSRPRF", "U1"], 1, "CPF2204");
    sys.fails(&["DSPUSRPRF", "U2"], 1, "CPF2204");
    assert_eq!(sys.usrprf("U3")["user_profile"], "U3");
    assert!(!sys
        .journal(&["CP"])
        .iter()
        .any(|e| e["detail"].as_str().unwrap_or("").starts_with("RST;")));
}

// ---------------------------------------------------------------------------------------
// One pass (issue 19, item 3): a restore reads, verifies and applies the save in one pass on
// a read-write open; whatever it finds wrong on the way or at the very end drops the whole
// write transaction. Each attack is made on the system that wrote the save (every profile
// already there, one changed since) and on a new system (every profile created), with
// enough profiles that the restore has written thousands of records and journal entries into
// redb's transaction when the damage is found. The store must be logically as it was: every
// record of every table and every journal entry (the file itself may differ: redb's
// read-write open marks it).

/// Profiles on the saves of these tests.
const ONE_PASS_PROFILES: usize = 2_000;

/// The framing of a save file: (kind, offset of the record's head, payload length) of each
/// record before the trailer, and the trailer's offset.
fn records_of(bytes: &[u8]) -> (Vec<(u8, usize, usize)>, usize) {
    let mut at = 12;
    let mut records = Vec::new();
    loop {
        let kind = bytes[at];
        let len = u32::from_le_bytes(bytes[at + 1..at + 5].try_into().unwrap()) as usize;
        if kind == b'T' {
            return (records, at);
        }
        records.push((kind, at, len));
        at += 5 + len;
    }
}

/// A system with `n` profiles and a save of them (U00001 changed since), and a new system
/// with a copy of the save file.
fn saved_pair(n: usize) -> (Sys, Sys) {
    let a = Sys::new();
    a.init();
    add_profiles(&a, n, "PW");
    save(&a, "SECBKP");
    a.ok(&["CHGUSRPRF", "U00001", "TEXT('after the save')"]);
    let b = copy_to_new_system(&a, "SECBKP");
    (a, b)
}

/// A restore of QGPL/SECBKP that must be refused with one of `ids`, leaving every record and
/// every journal entry of the store as it was (and restoring nothing: no RST entry).
fn refused_logically(sys: &Sys, ids: &[&str]) -> Value {
    let before = sys.store_contents();
    let (doc, rc) = restore(sys, "SECBKP", &[]);
    assert_eq!(rc, 1, "RSTUSRPRF should fail with one of {ids:?}: {doc}");
    assert!(
        ids.iter().any(|id| has_message(&doc, id)),
        "RSTUSRPRF should report one of {ids:?}: {doc}"
    );
    assert!(
        sys.store_contents() == before,
        "a refused restore changed the store's records or journal: {doc}"
    );
    doc
}

/// Rewrites the save file of `sys` from its contents changed by `edit`, with a checksum made
/// good and an authentication code under a key that is not the system's, naming
/// `system_id` (None: the system that wrote it).
fn rewrite(sys: &Sys, system_id: Option<&str>, edit: impl FnOnce(&mut qsy::savf::SaveContents)) {
    let path = savf_path(sys, "SECBKP");
    let mut c = qsy::savf::read_all(&std::fs::read(&path).unwrap()).expect("the save reads");
    edit(&mut c);
    if let Some(id) = system_id {
        c.header.system_id = id.to_string();
    }
    let key = qsy::savf::format::SaveKey::from_bytes(&[0x5a; 32]).unwrap();
    let mut w = qsy::savf::Writer::new(Vec::new(), &c.header, &key).unwrap();
    for d in &c.function_defaults {
        w.function_default(d).unwrap();
    }
    for p in &c.profiles {
        w.profile(p).unwrap();
    }
    std::fs::write(&path, w.finish().unwrap()).unwrap();
}

const OTHER_SYSTEM: &str = "0badc0de0badc0de0badc0de0badc0de";

/// The last record damaged: by a flipped byte (the checksum at the trailer finds it), and
/// with its framing and checksum sound but its contents not valid (a text with an escape
/// character in the last profile, found when that record is decoded, after every other
/// profile has been applied).
#[test]
fn a_save_damaged_in_its_last_record_restores_nothing() {
    let (a, b) = saved_pair(ONE_PASS_PROFILES);
    for sys in [&a, &b] {
        let path = savf_path(sys, "SECBKP");
        let good = std::fs::read(&path).unwrap();
        let (records, _) = records_of(&good);
        let &(kind, at, len) = records.last().unwrap();
        assert_eq!(kind, b'P', "the last record is a profile");
        let mut bad = good.clone();
        bad[at + 5 + len / 2] ^= 0x01;
        std::fs::write(&path, &bad).unwrap();
        refused_logically(sys, &["QSY0120"]);
        std::fs::write(&path, &good).unwrap();
        rewrite(sys, Some(OTHER_SYSTEM), |c| {
            let last = c.profiles.last_mut().unwrap();
            assert_eq!(last.name, format!("U{ONE_PASS_PROFILES:05}"));
            last.text = "bad\x1b[2J".into();
        });
        let doc = refused_logically(sys, &["QSY0120"]);
        assert!(
            doc["messages"]
                .to_string()
                .contains(&format!("U{ONE_PASS_PROFILES:05}")),
            "the bad record is not named: {doc}"
        );
        std::fs::write(&path, &good).unwrap();
    }
    assert_eq!(a.usrprf("U00001")["text"], "after the save");
    b.fails(&["DSPUSRPRF", "U00001"], 1, "CPF2204");
    // The intact save still restores, on both.
    restore_ok(&a, "SECBKP", &[]);
    restore_ok(&b, "SECBKP", &[]);
    assert_eq!(a.usrprf("U00001")["text"], "");
    assert_eq!(b.usrprf("U02000")["user_profile"], "U02000");
}

/// A save cut short: in the middle, inside its last record, at its trailer, and one byte
/// short of its end.
#[test]
fn a_truncated_save_restores_nothing() {
    let (a, b) = saved_pair(ONE_PASS_PROFILES);
    for sys in [&a, &b] {
        let path = savf_path(sys, "SECBKP");
        let good = std::fs::read(&path).unwrap();
        let (records, trailer) = records_of(&good);
        let &(_, last, _) = records.last().unwrap();
        for cut in [
            good.len() / 2,
            last + 7,
            trailer,
            trailer + 13,
            good.len() - 1,
        ] {
            std::fs::write(&path, &good[..cut]).unwrap();
            let doc = refused_logically(sys, &["QSY0120"]);
            assert!(doc["messages"].to_string().contains("truncated"), "{doc}");
        }
        std::fs::write(&path, &good).unwrap();
    }
    assert_eq!(a.usrprf("U00001")["text"], "after the save");
    b.fails(&["DSPUSRPRF", "U00001"], 1, "CPF2204");
}

/// A wrong trailer: a flipped bit in the SHA-256 checksum, a record count that does not
/// match (checksum recomputed), and on the system that wrote the save a flipped bit in its
/// authentication code (another system cannot check that code, so it does not refuse it).
#[test]
fn a_wrong_checksum_count_or_authentication_code_restores_nothing() {
    use sha2::{Digest, Sha256};
    let (a, b) = saved_pair(ONE_PASS_PROFILES);
    for sys in [&a, &b] {
        let path = savf_path(sys, "SECBKP");
        let good = std::fs::read(&path).unwrap();
        let (_, trailer) = records_of(&good);
        // Trailer: kind, length, count (8), SHA-256 (32), HMAC-SHA256 (32).
        let (count, sha, mac) = (trailer + 5, trailer + 13, trailer + 45);
        let mut bad = good.clone();
        bad[sha + 7] ^= 0x01;
        std::fs::write(&path, &bad).unwrap();
        let doc = refused_logically(sys, &["QSY0120"]);
        assert!(doc["messages"].to_string().contains("checksum"), "{doc}");
        let mut bad = good[..sha].to_vec();
        let n = u64::from_le_bytes(bad[count..count + 8].try_into().unwrap());
        bad[count..count + 8].copy_from_slice(&(n - 1).to_le_bytes());
        let digest = Sha256::digest(&bad);
        bad.extend_from_slice(&digest);
        bad.extend_from_slice(&good[mac..]);
        std::fs::write(&path, &bad).unwrap();
        let doc = refused_logically(sys, &["QSY0120"]);
        assert!(doc["messages"].to_string().contains("counts"), "{doc}");
        std::fs::write(&path, &good).unwrap();
    }
    let path = savf_path(&a, "SECBKP");
    let mut bad = std::fs::read(&path).unwrap();
    let last = bad.len() - 1;
    bad[last] ^= 0x01;
    std::fs::write(&path, &bad).unwrap();
    refused_logically(&a, &["QSY0128"]);
    assert_eq!(a.usrprf("U00001")["text"], "after the save");
    b.fails(&["DSPUSRPRF", "U00001"], 1, "CPF2204");
}

/// A record edited outside qsy, checksum recomputed, on the system that wrote the save: the
/// authentication code, checked at the end, refuses the whole file after every profile has
/// been applied.
#[test]
fn a_save_edited_outside_qsy_restores_nothing_on_the_system_that_wrote_it() {
    let (a, _) = saved_pair(ONE_PASS_PROFILES);
    rewrite(&a, None, |c| {
        for p in &mut c.profiles {
            if p.name == "U01000" {
                p.special_authorities = qsy::security::profile::SpecialAuthority::ALL.to_vec();
            }
        }
    });
    refused_logically(&a, &["QSY0128"]);
    assert!(special_authorities(&a, "U01000").is_empty());
}

/// A symlink at the save file's name (to a good save elsewhere) is refused before the store
/// is opened for writing: the store file stays byte-for-byte as it was.
#[test]
fn a_symlinked_save_file_is_refused_before_the_store_is_opened_for_writing() {
    let (a, _) = saved_pair(10);
    let path = savf_path(&a, "SECBKP");
    let elsewhere = a.dir.path().join("elsewhere.FILE");
    std::fs::rename(&path, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &path).unwrap();
    let doc = restore_refused_untouched(&a, "SECBKP", "QSY0116");
    assert!(
        doc["messages"].to_string().contains("symbolic link"),
        "{doc}"
    );
    assert_eq!(a.usrprf("U00001")["text"], "after the save");
}

/// Whether process `pid` has `store` open for writing (redb's read-write open): the
/// restore's one pass, not the read-only checks before it.
#[cfg(target_os = "linux")]
fn has_open_for_writing(pid: u32, store: &Path) -> bool {
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return false;
    };
    fds.flatten().any(|fd| {
        let target = std::fs::read_link(fd.path()).ok();
        if target.as_deref() != Some(store) {
            return false;
        }
        let info = std::fs::read_to_string(format!(
            "/proc/{pid}/fdinfo/{}",
            fd.file_name().to_string_lossy()
        ))
        .unwrap_or_default();
        info.lines()
            .find_map(|l| l.strip_prefix("flags:"))
            .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
            .is_some_and(|flags| flags & 0o3 == 0o2)
    })
}

/// Bytes process `pid` has read so far (`rchar` of /proc/PID/io).
#[cfg(target_os = "linux")]
fn bytes_read(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/io"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("rchar:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

/// A restore killed (SIGKILL) half way through its one read-write pass — half the save read,
/// thousands of profiles and journal entries written into redb's uncommitted transaction —
/// leaves every record and journal entry as it was, and the store usable: changes and a
/// full restore then work.
#[cfg(target_os = "linux")]
#[test]
fn a_restore_killed_half_way_leaves_the_store_as_it_was_and_usable() {
    use std::os::unix::process::ExitStatusExt;
    let (a, b) = saved_pair(3 * ONE_PASS_PROFILES);
    for sys in [&a, &b] {
        let before = sys.store_contents();
        let half = std::fs::metadata(savf_path(sys, "SECBKP")).unwrap().len() / 2;
        let store = std::fs::canonicalize(sys.path()).unwrap();
        let mut child = sys
            .command()
            .args(["RSTUSRPRF", "DEV(*SAVF)", "SAVF(QGPL/SECBKP)"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let pid = child.id();
        let started = std::time::Instant::now();
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("the restore ended ({status}) before half the save was read");
            }
            if bytes_read(pid) >= half && has_open_for_writing(pid, &store) {
                break;
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(120),
                "the restore never got half way"
            );
            std::thread::sleep(std::time::Duration::from_micros(200));
        }
        child.kill().unwrap();
        let status = child.wait().unwrap();
        assert_eq!(status.signal(), Some(9), "not killed: {status}");
        assert!(
            sys.store_contents() == before,
            "a restore killed half way changed the store's records or journal"
        );
        // Usable: a change, a display, and the whole restore.
        sys.ok(&["CHGUSRPRF", "QSYSOPR", "TEXT('after the kill')"]);
        assert_eq!(sys.usrprf("QSYSOPR")["text"], "after the kill");
        restore_ok(sys, "SECBKP", &[]);
        assert_eq!(sys.usrprf("U00001")["text"], "");
        assert_eq!(sys.usrprf("U06000")["user_profile"], "U06000");
    }
}
