//! MFA (DESIGN §7.4–§7.9, §7.12, §10): TOTP keys, AUTHMTH and the optional interval,
//! sign-on with an additional factor, real authenticators, CHKTOTP, function usage
//! QIBM_RUN_UNDER_USER_NO_AUTH, and QSECOFR's lock-out and DST recovery.

use crate::harness::*;
use serde_json::Value;

/// CHGTOTPKEY as `user` with a given key value, --output json; the run.
fn chgtotpkey(sys: &Sys, user: &str, value: &str) -> (Value, Run) {
    let key = format!("TOTPKEY({value})");
    sys.json_run(&["--user", user, "CHGTOTPKEY", key.as_str()])
}

/// Sets KEY for JSMITH and requires TOTP (at MFA level).
fn jsmith_with_key(sys: &Sys) {
    sys.set_key("JSMITH", &q(KEY));
    let doc = sys.json_ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    assert!(
        !ids(&doc).contains(&"QSY0089".to_string()),
        "a key is set, no QSY0089 expected: {doc}"
    );
}

// ---------------------------------------------------------------- CHGTOTPKEY

#[test]
fn chgtotpkey_refused_until_qpwdlvl_4_is_current() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    // Level 0.
    let (doc, r) = chgtotpkey(&sys, "JSMITH", "*GEN");
    assert_eq!(r.code, 1, "{}", r.show());
    assert_eq!(escape_id(&doc).as_deref(), Some("QSY0088"), "{}", r.show());
    assert!(
        doc.get("totp_key").is_none(),
        "no key may be shown when refused: {doc}"
    );
    // Level 2 current.
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('2')"]);
    sys.ok(&["ipl"]);
    sys.ok(&["CHGSYSVAL", "QPWDMAXLEN", "VALUE(128)"]);
    sys.ok(&["CHGUSRPRF", "JSMITH", &format!("PASSWORD({})", q(PW))]);
    sys.json_fails(
        &["--user", "JSMITH", "CHGTOTPKEY", "TOTPKEY(*GEN)"],
        1,
        "QSY0088",
    );
    // Level 4 pending is not enough.
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('4')"]);
    sys.json_fails(
        &["--user", "JSMITH", "CHGTOTPKEY", "TOTPKEY(*GEN)"],
        1,
        "QSY0088",
    );
    sys.json_fails(
        &[
            "--user",
            "JSMITH",
            "CHGTOTPKEY",
            &format!("TOTPKEY({})", q(KEY)),
        ],
        1,
        "QSY0088",
    );
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], false);
    // After the IPL it works.
    sys.ok(&["ipl"]);
    let doc = sys.set_key("JSMITH", "*GEN");
    assert!(is_base32_key(doc["totp_key"].as_str().unwrap()), "{doc}");
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], true);
}

#[test]
fn chgtotpkey_refused_below_qsecurity_40() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSYSVAL", "QSECURITY", "VALUE('30')"]);
    // Pending 30: the current value (40) still allows it.
    sys.set_key("JSMITH", "*GEN");
    sys.ok(&["ipl"]);
    let seca = sys.json_ok(&["DSPSECA"]);
    assert_eq!(
        seca["security_level"].to_string().trim_matches('"'),
        "30",
        "{seca}"
    );
    sys.json_fails(
        &["--user", "JSMITH", "CHGTOTPKEY", "TOTPKEY(*GEN)"],
        1,
        "QSY0088",
    );
    sys.json_fails(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"], 1, "QSY0088");
    assert_eq!(
        sys.usrprf("JSMITH")["authentication_methods"],
        serde_json::json!(["*NONE"])
    );
}

#[test]
fn chgtotpkey_gen_shows_key_uri_and_recovery_key_once() {
    let sys = Sys::new();
    reach_mfa(&sys);
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], false);
    let doc = sys.set_key("JSMITH", "*GEN");
    let key = doc["totp_key"].as_str().expect("totp_key").to_string();
    let uri = doc["otpauth_uri"]
        .as_str()
        .expect("otpauth_uri")
        .to_string();
    let rec = doc["recovery_key"]
        .as_str()
        .expect("recovery_key")
        .to_string();
    assert!(is_base32_key(&key), "key {key:?}");
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert!(uri.contains(&format!("secret={key}")), "{uri}");
    assert!(uri.contains("issuer="), "{uri}");
    assert!(
        uri.contains("JSMITH"),
        "the account is named in the URI: {uri}"
    );
    assert_eq!(
        rec.chars().filter(|c| !c.is_whitespace()).count(),
        32,
        "recovery key {rec:?}"
    );
    assert_ne!(rec, key);
    // Random keys: a second *GEN gives another key and recovery key.
    let again = sys.set_key("JSMITH", "*GEN");
    assert_ne!(again["totp_key"], doc["totp_key"]);
    assert_ne!(again["recovery_key"], doc["recovery_key"]);
    let key2 = again["totp_key"].as_str().unwrap().to_string();

    // DSPUSRPRF: set, never the key (text and JSON).
    let prf = sys.usrprf("JSMITH");
    assert_eq!(prf["totp_key_set"], true);
    assert!(!prf["totp_key_last_changed"].is_null(), "{prf}");
    let text = sys.ok(&["DSPUSRPRF", "JSMITH"]);
    let yaml = sys.ok(&["--output", "yaml", "DSPUSRPRF", "JSMITH"]);
    for out in [prf.to_string(), text.stdout, text.stderr, yaml.stdout] {
        for k in [&key, &key2, &rec] {
            assert!(!out.contains(k.as_str()), "DSPUSRPRF shows a key: {out}");
        }
    }
    // The text form of CHGTOTPKEY shows the key too (once).
    let r = sys.ok(&["--user", "JSMITH", "CHGTOTPKEY", "TOTPKEY(*GEN)"]);
    assert!(r.stdout.contains("otpauth://totp/"), "{}", r.show());

    // *NONE removes it.
    let doc = sys.json_ok(&["--user", "JSMITH", "CHGTOTPKEY", "TOTPKEY(*NONE)"]);
    assert!(
        doc.get("recovery_key").is_none() || doc["recovery_key"].is_null(),
        "{doc}"
    );
    let prf = sys.usrprf("JSMITH");
    assert_eq!(prf["totp_key_set"], false, "{prf}");
}

#[test]
fn chgtotpkey_acts_on_the_job_user_only() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(AJONES)",
        &format!("PASSWORD({})", q("Other-Pass-2")),
    ]);
    // QSECOFR running CHGTOTPKEY changes QSECOFR's key, not anyone else's.
    let doc = sys.set_key("QSECOFR", "*GEN");
    assert_eq!(doc["user_profile"], "QSECOFR");
    assert_eq!(sys.usrprf("QSECOFR")["totp_key_set"], true);
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], false);
    // There is no parameter naming another user.
    let (_, r) = sys.json_run(&["CHGTOTPKEY", "TOTPKEY(*GEN)", "USRPRF(JSMITH)"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], false);
    // --user JSMITH sets JSMITH's.
    let doc = sys.set_key("JSMITH", "*GEN");
    assert_eq!(doc["user_profile"], "JSMITH");
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], true);
    // SBMJOB ... USER(AJONES) in a script sets AJONES's.
    assert_eq!(sys.usrprf("AJONES")["totp_key_set"], false);
    let r = sys.script(
        "k.clp",
        "PGM\n  SBMJOB CMD(CHGTOTPKEY TOTPKEY(*GEN)) USER(AJONES)\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(sys.usrprf("AJONES")["totp_key_set"], true);
    // And SBMJOB from the shell as well.
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(BJONES)",
        &format!("PASSWORD({})", q("Other-Pass-3")),
    ]);
    let r = sys.run(&["SBMJOB", "CMD(CHGTOTPKEY TOTPKEY(*GEN))", "USER(BJONES)"]);
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(sys.usrprf("BJONES")["totp_key_set"], true);
}

#[test]
fn chgtotpkey_given_key_must_be_32_base32_characters() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.set_key("JSMITH", &q(KEY));
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)", "TOTPOPTITV(*NONE)"]);
    let journal_before = sys.journal(&[]).len();
    // (key, exit, message): longer than the parameter is a usage error, the rest are
    // refused by CHGTOTPKEY.
    let bad = [
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ", 1, "QSY0097"), // 31
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQA", 2, "QSY0006"), // 33
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1", 1, "QSY0097"), // 1 is not base32
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ0", 1, "QSY0097"), // 0
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ8", 1, "QSY0097"), // 8
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ=", 1, "QSY0097"), // padding
        ("GEZDGNBVGY3TQOJQ GEZDGNBVGY3TQOJ", 1, "QSY0097"), // blank
        ("GEZDGNBVGY3TQOJQ-EZDGNBVGY3TQOJQ", 1, "QSY0097"), // punctuation
        ("GEZDGNBV", 1, "QSY0097"),                        // short
    ];
    for (k, exit, id) in bad {
        let key = format!("TOTPKEY({})", q(k));
        let doc = sys.json_fails(&["--user", "JSMITH", "CHGTOTPKEY", &key], exit, id);
        assert!(doc.get("totp_key").is_none(), "{k}: {doc}");
    }
    // Nothing changed: the old key still signs on, no journal entry was written.
    assert_eq!(
        sys.journal(&[]).len(),
        journal_before,
        "a refused key wrote to the journal"
    );
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], true);
    sys.set_clock(T0);
    sys.signon_ok("JSMITH", PW, Some(&totp(KEY, T0)));
}

#[test]
fn chgtotpkey_refused_key_leaves_store_byte_for_byte() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.set_key("JSMITH", &q(KEY));
    for (k, exit, id) in [
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ", 1, "QSY0097"), // 31 characters
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ1", 1, "QSY0097"), // not base32
        ("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQA", 2, "QSY0006"), // 33 characters
    ] {
        let before = sys.store_bytes();
        let (doc, r) = chgtotpkey(&sys, "JSMITH", &q(k));
        assert_eq!(r.code, exit, "{}", r.show());
        assert_eq!(escape_id(&doc).as_deref(), Some(id), "{}", r.show());
        assert!(
            sys.store_bytes() == before,
            "refused CHGTOTPKEY TOTPKEY('{k}') (exit {}) changed the store file",
            r.code
        );
    }
}

// ---------------------------------------------------------------- AUTHMTH, TOTPOPTITV

#[test]
fn authmth_totp_refused_below_qpwdlvl_4() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    sys.json_fails(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"], 1, "QSY0088");
    sys.json_fails(
        &[
            "CRTUSRPRF",
            "USRPRF(AJONES)",
            "PASSWORD(AJONES1)",
            "AUTHMTH(*TOTP)",
        ],
        1,
        "QSY0088",
    );
    let (_, r) = sys.json_run(&["DSPUSRPRF", "AJONES"]);
    assert_eq!(
        r.code,
        1,
        "AJONES must not have been created:\n{}",
        r.show()
    );
    sys.ok(&["CHGSYSVAL", "QPWDLVL", "VALUE('2')"]);
    sys.ok(&["ipl"]);
    sys.json_fails(
        &["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP *REGFAC)"],
        1,
        "QSY0088",
    );
    assert_eq!(
        sys.usrprf("JSMITH")["authentication_methods"],
        serde_json::json!(["*NONE"])
    );
}

#[test]
fn authmth_totp_without_key_warns_and_blocks_signon() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "VALUE('25')"]);
    sys.set_clock(T0);
    let doc = sys.json_ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    let warn = doc["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["id"] == "QSY0089")
        .cloned();
    let warn = warn.unwrap_or_else(|| panic!("QSY0089 expected: {doc}"));
    assert_ne!(warn["type"], "escape", "{doc}");
    assert_eq!(
        sys.usrprf("JSMITH")["authentication_methods"],
        serde_json::json!(["*TOTP"])
    );
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], false);
    // No key: no sign-on while the factor is enabled, with or without a code.
    sys.signon_refused("JSMITH", PW, None, "T");
    sys.signon_refused("JSMITH", &format!("{PW}:123456"), None, "T");
    sys.signon_refused("JSMITH", PW, Some("654321"), "T");
    // Text form: the diagnostic is shown.
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*NONE)"]);
    let r = sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    assert!(
        format!("{}{}", r.stdout, r.stderr).contains("QSY0089"),
        "{}",
        r.show()
    );
}

#[test]
fn authmth_values_and_totpoptitv_range() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.set_key("JSMITH", "*GEN");
    sys.json_ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP *REGFAC)"]);
    assert_eq!(
        sys.usrprf("JSMITH")["authentication_methods"],
        serde_json::json!(["*TOTP", "*REGFAC"])
    );
    // *NONE is a single value.
    let (_, r) = sys.json_run(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*NONE *TOTP)"]);
    assert_eq!(r.code, 2, "{}", r.show());
    assert_eq!(
        sys.usrprf("JSMITH")["authentication_methods"],
        serde_json::json!(["*TOTP", "*REGFAC"])
    );
    sys.json_ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*REGFAC)"]);
    assert_eq!(
        sys.usrprf("JSMITH")["authentication_methods"],
        serde_json::json!(["*REGFAC"])
    );
    sys.json_ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*NONE)"]);
    assert_eq!(
        sys.usrprf("JSMITH")["authentication_methods"],
        serde_json::json!(["*NONE"])
    );
    // TOTPOPTITV 1-720, *NONE.
    for bad in ["0", "721", "-1", "ABC"] {
        let (_, r) = sys.json_run(&["CHGUSRPRF", "JSMITH", &format!("TOTPOPTITV({bad})")]);
        assert_eq!(r.code, 2, "TOTPOPTITV({bad}):\n{}", r.show());
    }
    assert_eq!(sys.usrprf("JSMITH")["totp_optional_interval"], "*NONE");
    for good in [1, 720, 5] {
        sys.json_ok(&["CHGUSRPRF", "JSMITH", &format!("TOTPOPTITV({good})")]);
        assert_eq!(sys.usrprf("JSMITH")["totp_optional_interval"], good);
    }
    sys.json_ok(&["CHGUSRPRF", "JSMITH", "TOTPOPTITV(*NONE)"]);
    assert_eq!(sys.usrprf("JSMITH")["totp_optional_interval"], "*NONE");
    // CRTUSRPRF takes both at level 4.
    sys.json_ok(&[
        "CRTUSRPRF",
        "USRPRF(AJONES)",
        &format!("PASSWORD({})", q("Other-Pass-2")),
        "AUTHMTH(*TOTP)",
        "TOTPOPTITV(60)",
    ]);
    let p = sys.usrprf("AJONES");
    assert_eq!(p["authentication_methods"], serde_json::json!(["*TOTP"]));
    assert_eq!(p["totp_optional_interval"], 60);
}

// ---------------------------------------------------------------- SIGNON with a factor

#[test]
fn signon_with_password_colon_code_and_adlfac() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "VALUE('25')"]);
    jsmith_with_key(&sys);
    sys.set_clock(T0 + 7);
    let now = totp(KEY, T0);
    sys.signon_ok("JSMITH", &format!("{PW}:{now}"), None);
    sys.signon_ok("JSMITH", PW, Some(&now));
    // Reuse of the same code inside its window is accepted.
    sys.signon_ok("JSMITH", &format!("{PW}:{now}"), None);
    // One step either side.
    sys.signon_ok("JSMITH", &format!("{PW}:{}", totp(KEY, T0 - 30)), None);
    sys.signon_ok("JSMITH", PW, Some(&totp(KEY, T0 + 30)));
    assert!(sys.pw_entries("JSMITH").is_empty(), "no failure so far");
    // Two steps away: refused, PW type T.
    let window = [totp(KEY, T0 - 30), now.clone(), totp(KEY, T0 + 30)];
    for far in [T0 - 60, T0 + 60, T0 - 90, T0 + 3600] {
        let code = totp(KEY, far);
        assert!(
            !window.contains(&code),
            "fixture: code at {far} collides with the window"
        );
        sys.signon_refused("JSMITH", &format!("{PW}:{code}"), None, "T");
        sys.signon_refused("JSMITH", PW, Some(&code), "T");
    }
    // Missing code: T.
    sys.signon_refused("JSMITH", PW, None, "T");
    // Not digits, wrong length: T.
    for bad in ["abcdef", "12345", "1234567", "12 456", ""] {
        if bad.is_empty() {
            sys.signon_refused("JSMITH", &format!("{PW}:"), None, "T");
        } else {
            sys.signon_refused("JSMITH", &format!("{PW}:{bad}"), None, "T");
        }
    }
    // Wrong password with a good code: P.
    sys.signon_refused("JSMITH", &format!("Wrong-Pass-1:{now}"), None, "P");
    sys.signon_refused("JSMITH", "Wrong-Pass-1", Some(&now), "P");
    // The journal's PW entries say T or P and never carry the code or password.
    for e in sys.pw_entries("JSMITH") {
        let s = e.to_string();
        assert!(!contains_code(&s, &now) && !s.contains(PW), "{s}");
        assert_eq!(e["entry_type"], "PW");
    }
    // A success resets the count.
    let prf = sys.usrprf("JSMITH");
    assert!(
        prf["signon_attempts_not_valid"].as_u64().unwrap() > 0,
        "{prf}"
    );
    sys.signon_ok("JSMITH", PW, Some(&now));
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 0);
}

#[test]
fn signon_code_through_password_stdin() {
    let sys = Sys::new();
    reach_mfa(&sys);
    jsmith_with_key(&sys);
    sys.set_clock(T0);
    let code = totp(KEY, T0);
    let (doc, r) = sys.json_stdin(
        &["SIGNON", "JSMITH", "--password-stdin"],
        &format!("{PW}:{code}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(ids(&doc).contains(&"QSY0085".to_string()), "{doc}");
    let (doc, r) = sys.json_stdin(
        &["SIGNON", "JSMITH", "--password-stdin"],
        &format!("{PW}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert_eq!(escape_id(&doc).as_deref(), Some("CPF22E2"));
    assert_eq!(sys.violations("JSMITH"), vec!["T"]);
}

#[test]
fn signon_password_containing_colons_is_split_at_the_last_one() {
    let sys = Sys::new();
    reach_mfa(&sys);
    let pw = "Pa:ss:word-9";
    sys.ok(&["CHGUSRPRF", "JSMITH", &format!("PASSWORD({})", q(pw))]);
    sys.set_clock(T0);
    // AUTHMTH *NONE: no split, the colons are part of the password.
    sys.signon_ok("JSMITH", pw, None);
    jsmith_with_key(&sys);
    let code = totp(KEY, T0);
    sys.signon_ok("JSMITH", &format!("{pw}:{code}"), None);
    sys.signon_ok("JSMITH", pw, Some(&code));
    // The password alone is split too, at its last colon: "Pa:ss" is not the password (P).
    sys.signon_refused("JSMITH", pw, None, "P");
}

#[test]
fn signon_password_limit_121_with_appended_code() {
    let sys = Sys::new();
    reach_mfa(&sys);
    jsmith_with_key(&sys);
    sys.set_clock(T0);
    let code = totp(KEY, T0);
    let pw121: String = format!("Aa1-{}", "x".repeat(117));
    assert_eq!(pw121.chars().count(), 121);
    sys.ok(&["CHGUSRPRF", "JSMITH", &format!("PASSWORD({})", q(&pw121))]);
    let typed = format!("{pw121}:{code}");
    assert_eq!(typed.chars().count(), 128);
    sys.signon_ok("JSMITH", &typed, None);
    // 122 characters cannot carry ":code" (the field holds 128), but ADLFAC works.
    let pw122 = format!("B{pw121}");
    sys.ok(&["CHGUSRPRF", "JSMITH", &format!("PASSWORD({})", q(&pw122))]);
    let SignOn { doc, run: r } = sys.signon("JSMITH", &format!("{pw122}:{code}"), None);
    assert_eq!(
        (r.code, escape_id(&doc).as_deref()),
        (2, Some("QSY0006")),
        "a 122-character password with :code must be refused:\n{}",
        r.show()
    );
    assert!(!ids(&doc).contains(&"QSY0085".to_string()), "{doc}");
    let (_, r) = sys.json_stdin(
        &["SIGNON", "JSMITH", "--password-stdin"],
        &format!("{pw122}:{code}\n"),
    );
    assert_eq!(r.code, 2, "also through --password-stdin:\n{}", r.show());
    assert_eq!(
        escape_id(&r.doc()).as_deref(),
        Some("QSY0006"),
        "{}",
        r.show()
    );
    sys.signon_ok("JSMITH", &pw122, Some(&code));
}

#[test]
fn factor_disabled_totp_profile_signs_on_with_password_alone() {
    let sys = Sys::new();
    reach_mfa(&sys);
    jsmith_with_key(&sys);
    sys.set_clock(T0);
    sys.signon_refused("JSMITH", PW, None, "T");
    // Disabling is pending until the IPL: still enforced.
    sys.ok(&["CHGSECA", "ADLSGNFAC(*DISABLED)"]);
    sys.signon_refused("JSMITH", PW, None, "T");
    sys.ok(&["ipl"]);
    assert_eq!(
        sys.json_ok(&["DSPSECA"])["additional_signon_factor"],
        "*DISABLED"
    );
    sys.signon_ok("JSMITH", PW, None);
    // A colon is then part of the password: "pw:code" is not split.
    sys.one_pw_entry("JSMITH", "P", || {
        sys.signon_fails(
            "JSMITH",
            &format!("{PW}:{}", totp(KEY, T0)),
            None,
            "CPF22E2",
        )
    });
    // Enabled again at the next IPL: needed again.
    sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    sys.ok(&["ipl"]);
    sys.signon_refused("JSMITH", PW, None, "T");
    sys.signon_ok("JSMITH", PW, Some(&totp(KEY, T0)));
}

#[test]
fn optional_interval_allows_password_alone_for_its_minutes() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "VALUE('25')"]);
    jsmith_with_key(&sys);
    sys.ok(&["CHGUSRPRF", "JSMITH", "TOTPOPTITV(5)"]);
    sys.set_clock(T0);
    // No sign-on with a code yet: the password alone is refused.
    sys.signon_refused("JSMITH", PW, None, "T");
    sys.signon_ok("JSMITH", &format!("{PW}:{}", totp(KEY, T0)), None);
    for dt in [1, 60, 240, 299] {
        sys.set_clock(T0 + dt);
        sys.signon_ok("JSMITH", PW, None);
    }
    // A wrong password is still wrong inside the interval.
    sys.signon_refused("JSMITH", "Wrong-Pass-1", None, "P");
    // After 5 minutes (from the sign-on that gave a code) a code is needed again.
    sys.set_clock(T0 + 301);
    sys.signon_refused("JSMITH", PW, None, "T");
    sys.set_clock(T0 + 3600);
    sys.signon_refused("JSMITH", PW, None, "T");
    // A new sign-on with a code starts a new interval.
    sys.signon_ok("JSMITH", PW, Some(&totp(KEY, T0 + 3600)));
    sys.set_clock(T0 + 3600 + 120);
    sys.signon_ok("JSMITH", PW, None);
    // TOTPOPTITV(*NONE): a code every time.
    sys.ok(&["CHGUSRPRF", "JSMITH", "TOTPOPTITV(*NONE)"]);
    sys.signon_refused("JSMITH", PW, None, "T");
}

#[test]
fn recovery_key_works_once_and_removes_the_totp_key() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "VALUE('25')"]);
    let doc = sys.set_key("JSMITH", "*GEN");
    let rec = doc["recovery_key"].as_str().unwrap().to_string();
    let key = doc["totp_key"].as_str().unwrap().to_string();
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    sys.set_clock(T0);
    // A wrong recovery key is refused (T) and does not use the real one up.
    sys.signon_refused("JSMITH", PW, Some("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), "T");
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], true);
    // Used in place of the code, as password:recovery.
    sys.signon_ok("JSMITH", &format!("{PW}:{rec}"), None);
    assert_eq!(
        sys.usrprf("JSMITH")["totp_key_set"],
        false,
        "the TOTP key is gone after the recovery key"
    );
    // Second use refused, and so is the old key's code.
    sys.signon_refused("JSMITH", PW, Some(&rec), "T");
    sys.signon_refused("JSMITH", &format!("{PW}:{rec}"), None, "T");
    sys.set_clock(T0 + 30);
    sys.signon_refused("JSMITH", PW, Some(&totp(&key, T0 + 30)), "T");
    // A new key brings a new recovery key; the old one stays dead.
    let doc2 = sys.set_key("JSMITH", "*GEN");
    let rec2 = doc2["recovery_key"].as_str().unwrap().to_string();
    assert_ne!(rec2, rec);
    sys.signon_refused("JSMITH", PW, Some(&rec), "T");
    sys.signon_ok("JSMITH", PW, Some(&rec2));
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], false);
}

#[test]
fn recovery_key_in_a_job_sets_a_new_key_at_once() {
    let sys = Sys::new();
    reach_mfa(&sys);
    let doc = sys.set_key("JSMITH", "*GEN");
    let rec = doc["recovery_key"].as_str().unwrap().to_string();
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    sys.ok(&[
        "CHGFCNUSG",
        "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
        "USER(JSMITH)",
        "USAGE(*DENIED)",
    ]);
    sys.set_clock(T0);
    // The phone is lost: the user authenticates with password:recovery key and sets a new key
    // in the same job.
    let (doc, r) = sys.json_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "CHGTOTPKEY",
            "TOTPKEY(*GEN)",
        ],
        &format!("{PW}:{rec}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    let key = doc["totp_key"].as_str().unwrap().to_string();
    assert!(is_base32_key(&key));
    assert_ne!(doc["recovery_key"].as_str(), Some(rec.as_str()));
    assert_eq!(sys.usrprf("JSMITH")["totp_key_set"], true);
    sys.signon_refused("JSMITH", PW, Some(&rec), "T");
    sys.signon_ok("JSMITH", PW, Some(&totp(&key, T0)));
    // The used recovery key does not authenticate a job either.
    let (_, r) = sys.json_stdin(
        &["--user", "JSMITH", "--password-stdin", "DSPSECA"],
        &format!("{PW}:{rec}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());
}

#[test]
fn qmaxsign_counts_totp_failures_and_disables_the_profile() {
    let sys = Sys::new();
    reach_mfa(&sys);
    jsmith_with_key(&sys);
    sys.set_clock(T0);
    let good = totp(KEY, T0);
    let wrong = totp(KEY, T0 + 600);
    assert!(![totp(KEY, T0 - 30), good.clone(), totp(KEY, T0 + 30)].contains(&wrong));
    sys.signon_fails("JSMITH", &format!("{PW}:{wrong}"), None, "CPF22E2");
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 1);
    sys.signon_fails("JSMITH", PW, None, "CPF22E2");
    assert_eq!(sys.usrprf("JSMITH")["signon_attempts_not_valid"], 2);
    // The third (QMAXSIGN 3, QMAXSGNACN 3) disables the profile.
    sys.signon_fails("JSMITH", PW, Some(&wrong), "CPF1393");
    let prf = sys.usrprf("JSMITH");
    assert_eq!(prf["status"], "*DISABLED", "{prf}");
    assert_eq!(prf["signon_attempts_not_valid"], 3);
    assert_eq!(sys.violations("JSMITH"), vec!["T", "T", "T"]);
    // Disabled: even a good code is refused, with CPF22E3 and violation Q.
    sys.one_pw_entry("JSMITH", "Q", || {
        sys.signon_fails("JSMITH", PW, Some(&good), "CPF22E3")
    });
    // A job cannot run as the disabled user either.
    let (_, r) = sys.json_run(&["--user", "JSMITH", "DSPUSRPRF", "JSMITH"]);
    assert_eq!(r.code, 1, "{}", r.show());
    // The administrator re-enables it.
    sys.ok(&["CHGUSRPRF", "JSMITH", "STATUS(*ENABLED)"]);
    sys.signon_ok("JSMITH", PW, Some(&good));
}

// ---------------------------------------------------------------- real authenticators

#[test]
fn oathtool_codes_are_accepted_for_generated_keys() {
    let sys = Sys::new();
    reach_mfa(&sys);
    let key = sys.set_key("JSMITH", "*GEN")["totp_key"]
        .as_str()
        .unwrap()
        .to_string();
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    sys.set_clock(T0);
    let out = external("oathtool", &["--totp", "-b", "--now", T0_TEXT, &key]);
    assert!(
        out.status.success(),
        "oathtool failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert_eq!(code.len(), 6, "{code:?}");
    assert_eq!(code, totp(&key, T0), "oathtool and RFC 6238 disagree");
    sys.signon_ok("JSMITH", &format!("{PW}:{code}"), None);
    // The phone's clock 25 s behind: the previous step's code is accepted.
    let out = external(
        "oathtool",
        &["--totp", "-b", "--now", "2026-11-24 09:59:35 UTC", &key],
    );
    let behind = String::from_utf8_lossy(&out.stdout).trim().to_string();
    sys.signon_ok("JSMITH", PW, Some(&behind));
    // A second generated key, another user.
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(AJONES)",
        &format!("PASSWORD({})", q("Other-Pass-2")),
        "AUTHMTH(*TOTP)",
    ]);
    let key2 = sys.set_key("AJONES", "*GEN")["totp_key"]
        .as_str()
        .unwrap()
        .to_string();
    let out = external("oathtool", &["--totp", "-b", "--now", T0_TEXT, &key2]);
    let code2 = String::from_utf8_lossy(&out.stdout).trim().to_string();
    sys.signon_ok("AJONES", "Other-Pass-2", Some(&code2));
}

#[test]
fn pyotp_codes_are_accepted_for_generated_keys() {
    let sys = Sys::new();
    reach_mfa(&sys);
    let key = sys.set_key("JSMITH", "*GEN")["totp_key"]
        .as_str()
        .unwrap()
        .to_string();
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    let t = T0 + 12_345;
    sys.set_clock(t);
    let script = format!("import pyotp; print(pyotp.TOTP('{key}').at({t}))");
    let out = external("python3", &["-c", &script]);
    assert!(
        out.status.success(),
        "python3 with pyotp failed (pip install pyotp): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let code = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert_eq!(code, totp(&key, t), "pyotp and RFC 6238 disagree");
    sys.signon_ok("JSMITH", &format!("{PW}:{code}"), None);
    // The otpauth:// URI parses in pyotp and gives the same codes (later: the system's time
    // never goes backwards).
    let t2 = t + 600;
    sys.set_clock(t2);
    let doc = sys.set_key("JSMITH", "*GEN");
    let uri = doc["otpauth_uri"].as_str().unwrap();
    let script =
        format!("import pyotp; t = pyotp.parse_uri('{uri}'); print(t.secret); print(t.at({t2}))");
    let out = external("python3", &["-c", &script]);
    assert!(
        out.status.success(),
        "pyotp.parse_uri failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut lines = text.lines();
    assert_eq!(lines.next(), doc["totp_key"].as_str());
    let code = lines.next().unwrap().trim().to_string();
    sys.signon_ok("JSMITH", PW, Some(&code));
}

#[test]
fn qsy_totp_codes_are_accepted_by_oathtool() {
    let sys = Sys::new();
    let key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP".to_string();
    for (t, when) in [
        (T0, T0_TEXT),
        (T0 + 29, "2026-11-24 10:00:29 UTC"),
        (1_700_000_000, "2023-11-14 22:13:20 UTC"),
    ] {
        let r = sys.ok(&["totp", &key, "--time", &t.to_string()]);
        let code = r.stdout.trim().to_string();
        assert_eq!(code, totp(&key, t));
        let out = external(
            "oathtool",
            &["--totp", "-b", "-w", "1", "--now", when, &key, &code],
        );
        assert!(
            out.status.success(),
            "oathtool refused qsy's code {code} at {when}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Negative control: oathtool refuses a code from an hour later.
    let far = sys
        .ok(&["totp", &key, "--time", &(T0 + 3600).to_string()])
        .stdout
        .trim()
        .to_string();
    if ![T0 - 30, T0, T0 + 30].iter().any(|&t| totp(&key, t) == far) {
        let out = external(
            "oathtool",
            &["--totp", "-b", "-w", "1", "--now", T0_TEXT, &key, &far],
        );
        assert!(
            !out.status.success(),
            "oathtool accepted a code outside its window"
        );
    }
}

#[test]
fn rfc6238_appendix_b_sha1_vectors_through_qsy_totp() {
    let sys = Sys::new();
    let vectors = [
        (59i64, "287082"),
        (1_111_111_109, "081804"),
        (1_111_111_111, "050471"),
        (1_234_567_890, "005924"),
        (2_000_000_000, "279037"),
        (20_000_000_000, "353130"),
    ];
    for (t, want) in vectors {
        let r = sys.ok(&["totp", KEY, "--time", &t.to_string()]);
        assert_eq!(r.stdout.trim(), want, "qsy totp at {t}:\n{}", r.show());
        assert_eq!(totp(KEY, t), want, "the test's own RFC 6238 at {t}");
        let (doc, _) = sys.json_run(&["totp", KEY, "--time", &t.to_string()]);
        assert_eq!(doc["code"], want, "{doc}");
    }
    // RFC 3339 time gives the same as Unix seconds.
    let r = sys.ok(&["totp", KEY, "--time", "2005-03-18T01:58:29Z"]);
    assert_eq!(r.stdout.trim(), "081804");
}

// ---------------------------------------------------------------- CHKTOTP

#[test]
fn chktotp_checks_password_and_code_without_signing_on() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "VALUE('25')"]);
    jsmith_with_key(&sys);
    sys.set_clock(T0);
    let code = totp(KEY, T0);
    let pw = format!("PASSWORD({})", q(PW));
    let doc = sys.json_ok(&[
        "--user",
        "JSMITH",
        "CHKTOTP",
        &pw,
        &format!("TOTPVAL({code})"),
    ]);
    assert!(ids(&doc).contains(&"QSY0099".to_string()), "{doc}");
    sys.json_ok(&[
        "--user",
        "JSMITH",
        "CHKTOTP",
        &format!("PASSWORD({})", q(&format!("{PW}:{code}"))),
    ]);
    let (doc, r) = sys.json_stdin(
        &["--user", "JSMITH", "CHKTOTP", "--password-stdin"],
        &format!("{PW}:{code}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(ids(&doc).contains(&"QSY0099".to_string()), "{doc}");
    // Not a sign-on.
    assert!(sys.usrprf("JSMITH")["previous_signon"].is_null());
    // Wrong password, wrong code, missing code, code outside the window: CPF2362.
    let far = totp(KEY, T0 + 90);
    assert_ne!(far, code);
    for args in [
        vec![
            format!("PASSWORD({})", q("Wrong-Pass-1")),
            format!("TOTPVAL({code})"),
        ],
        vec![pw.clone(), format!("TOTPVAL({far})")],
        vec![pw.clone(), "TOTPVAL(abcdef)".to_string()],
        vec![pw.clone()],
    ] {
        let mut all = vec!["--user", "JSMITH", "CHKTOTP"];
        all.extend(args.iter().map(String::as_str));
        sys.json_fails(&all, 1, "CPF2362");
    }
    // It checks the job user's own password: QSECOFR's job cannot check JSMITH's.
    sys.json_fails(&["CHKTOTP", &pw, &format!("TOTPVAL({code})")], 1, "CPF2362");
}

// ---------------------------------------------------------------- CHGFCNUSG

#[test]
fn chgfcnusg_needs_secadm() {
    let sys = Sys::new();
    reach_mfa(&sys);
    let (doc, r) = sys.json_run(&[
        "--user",
        "JSMITH",
        "CHGFCNUSG",
        "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
        "USER(JSMITH)",
        "USAGE(*DENIED)",
    ]);
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(
        doc["messages"].to_string().contains("*SECADM"),
        "the refusal names *SECADM: {doc}"
    );
    assert_eq!(sys.usrprf("JSMITH")["run_under_user_no_auth"], "*ALLOWED");
}

#[test]
fn denied_user_needs_credentials_to_run_jobs() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "VALUE('25')"]);
    jsmith_with_key(&sys);
    sys.set_clock(T0);
    // Allowed by default.
    assert_eq!(sys.usrprf("JSMITH")["run_under_user_no_auth"], "*ALLOWED");
    sys.json_ok(&["--user", "JSMITH", "DSPUSRPRF", "JSMITH"]);
    sys.json_ok(&[
        "CHGFCNUSG",
        "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
        "USER(JSMITH)",
        "USAGE(*DENIED)",
    ]);
    assert_eq!(sys.usrprf("JSMITH")["run_under_user_no_auth"], "*DENIED");
    // --user without credentials: QSY0051.
    sys.json_fails(&["--user", "JSMITH", "DSPUSRPRF", "JSMITH"], 1, "QSY0051");
    sys.json_fails(
        &["--user", "JSMITH", "CHGTOTPKEY", "TOTPKEY(*GEN)"],
        1,
        "QSY0051",
    );
    // SBMJOB USER(JSMITH) in a script: QSY0051, unmonitored ends the script.
    let r = sys.script(
        "deny.clp",
        "PGM\n  SBMJOB CMD(DSPUSRPRF JSMITH) USER(JSMITH)\nENDPGM\n",
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert!(r.stderr.contains("QSY0051"), "{}", r.show());
    let r = sys.script(
        "deny2.clp",
        "PGM\n  SBMJOB CMD(CHGTOTPKEY TOTPKEY(*GEN)) USER(JSMITH)\n  MONMSG MSGID(QSY0051) EXEC(SNDPGMMSG MSG('refused as expected'))\nENDPGM\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert!(r.stdout.contains("refused as expected"), "{}", r.show());
    // With credentials (password:code on stdin) the job runs.
    let code = totp(KEY, T0);
    let (doc, r) = sys.json_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "DSPUSRPRF",
            "JSMITH",
        ],
        &format!("{PW}:{code}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(doc["user_profile"], "JSMITH");
    // --password-stdin also accepted after the command's parameters.
    let (_, r) = sys.json_stdin(
        &[
            "--user",
            "JSMITH",
            "DSPUSRPRF",
            "JSMITH",
            "--password-stdin",
        ],
        &format!("{PW}:{code}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    // Credentials are checked as at sign-on: a wrong or missing code is refused.
    let (doc, r) = sys.json_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "DSPUSRPRF",
            "JSMITH",
        ],
        &format!("{PW}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());
    assert_eq!(escape_id(&doc).as_deref(), Some("CPF22E2"));
    let (_, r) = sys.json_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "DSPUSRPRF",
            "JSMITH",
        ],
        &format!("Wrong-Pass-1:{code}\n"),
    );
    assert_eq!(r.code, 1, "{}", r.show());
    // Allowed again.
    sys.json_ok(&[
        "CHGFCNUSG",
        "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
        "USER(JSMITH)",
        "USAGE(*ALLOWED)",
    ]);
    sys.json_ok(&["--user", "JSMITH", "DSPUSRPRF", "JSMITH"]);
}

#[test]
fn nc_profiles_cannot_be_denied_and_jobs_may_run_under_them() {
    let sys = Sys::new();
    reach_mfa(&sys);
    for nc in ["QSECOFR_NC", "QSYSOPR_NC", "QPGMR_NC", "QUSER_NC"] {
        let (_, r) = sys.json_run(&[
            "CHGFCNUSG",
            "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
            &format!("USER({nc})"),
            "USAGE(*DENIED)",
        ]);
        assert_eq!(r.code, 1, "{nc} must not be deniable:\n{}", r.show());
        assert_eq!(sys.usrprf(nc)["run_under_user_no_auth"], "*ALLOWED");
    }
    // With the real profiles denied (a *DENIED default is refused: see fcnusg.rs), the _NC
    // profiles still run jobs.
    for user in ["USER(JSMITH)", "USER(QSECOFR)"] {
        sys.json_ok(&[
            "CHGFCNUSG",
            "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
            user,
            "USAGE(*DENIED)",
        ]);
    }
    assert_eq!(
        sys.usrprf_as("QSECOFR_NC", "JSMITH")["run_under_user_no_auth"],
        "*DENIED"
    );
    assert_eq!(
        sys.usrprf_as("QSECOFR_NC", "QSECOFR_NC")["run_under_user_no_auth"],
        "*ALLOWED"
    );
    sys.json_fails(&["--user", "JSMITH", "DSPSECA"], 1, "QSY0051");
    sys.json_fails(&["DSPSECA"], 1, "QSY0051");
    let seca = sys.json_ok(&["--user", "QSECOFR_NC", "DSPSECA"]);
    assert_eq!(seca["additional_signon_factor"], "*ENABLED");
    let r = sys.script_as("QSECOFR_NC", "nc.clp", "PGM\n  SBMJOB CMD(DSPSECA) USER(QSECOFR_NC)\n  SBMJOB CMD(DSPSECA) USER(QUSER_NC)\nENDPGM\n");
    assert_eq!(r.code, 0, "{}", r.show());
    // QSECOFR_NC has QSECOFR's authorities: it can allow them again.
    for user in ["USER(JSMITH)", "USER(QSECOFR)"] {
        sys.json_ok(&[
            "--user",
            "QSECOFR_NC",
            "CHGFCNUSG",
            "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
            user,
            "USAGE(*NONE)",
        ]);
    }
    sys.json_ok(&["--user", "JSMITH", "DSPSECA"]);
    // _NC profiles cannot sign on.
    let SignOn { run: r, .. } = sys.signon("QSECOFR_NC", "QSECOFR", None);
    assert_eq!(r.code, 1, "{}", r.show());
    assert_eq!(sys.violations("QSECOFR_NC"), vec!["U"]);
}

// ---------------------------------------------------------------- lock-out and DST

/// Checks QSECOFR after `qsy dst reset-qsecofr`: enabled, expired, no key, CP+DS entries,
/// SIGNON CPF22E4, CHGPWD through --password-stdin with the expired password.
/// The DST reset and QSECOFR's way back, run with the clock at `t` (later than anything the
/// system has seen: its time never goes backwards).
fn check_dst_recovery(sys: &Sys, authmth_before: &Value, t: i64) {
    sys.set_clock(t);
    let before = sys.journal_as("QSECOFR_NC", &[]).len();
    let r = sys.ok(&["dst", "reset-qsecofr"]);
    assert!(
        !r.stdout.contains("Keep-It") && !r.stderr.contains("Keep-It"),
        "{}",
        r.show()
    );
    let prf = sys.usrprf_as("QSECOFR_NC", "QSECOFR");
    assert_eq!(prf["status"], "*ENABLED", "{prf}");
    assert_eq!(prf["password_expired"], true, "{prf}");
    assert_eq!(prf["password_none"], false, "{prf}");
    assert_eq!(prf["totp_key_set"], false, "{prf}");
    assert_eq!(prf["signon_attempts_not_valid"], 0, "{prf}");
    assert_eq!(
        &prf["authentication_methods"], authmth_before,
        "AUTHMTH is left as it was"
    );
    let entries = sys.journal_as("QSECOFR_NC", &[]);
    let new: Vec<&Value> = entries.iter().skip(before).collect();
    // IBM's CP entry, command name DST ("QSECOFR password reset using DST"); DS entries are
    // IBM's for service tools user IDs, not for this reset.
    let cp: Vec<&&Value> = new
        .iter()
        .filter(|e| e["entry_type"] == "CP" && e["object"] == "QSECOFR")
        .collect();
    assert_eq!(cp.len(), 1, "one CP entry: {new:?}");
    assert!(
        cp[0]["detail"]
            .as_str()
            .unwrap_or("")
            .starts_with("DST; QSECOFR password reset using DST"),
        "{cp:?}"
    );
    assert!(
        !new.iter().any(|e| e["entry_type"] == "DS"),
        "no DS entry: {new:?}"
    );
    // The password QSECOFR works but has expired.
    sys.one_pw_entry("QSECOFR", "R", || {
        sys.signon_fails("QSECOFR", "QSECOFR", None, "CPF22E4")
    });
    sys.signon_fails("QSECOFR", "qsecofr", None, "CPF22E2");
    // CHGPWD with the expired password, authenticated through --password-stdin.
    let new_pw = "Brand-New-Secret-9";
    let r = sys.run_stdin(
        &[
            "--user",
            "QSECOFR",
            "--password-stdin",
            "CHGPWD",
            "CURPWD(QSECOFR)",
            &format!("NEWPWD({})", q(new_pw)),
        ],
        "QSECOFR\n",
    );
    assert_eq!(r.code, 0, "{}", r.show());
    let prf = sys.usrprf_as("QSECOFR_NC", "QSECOFR");
    assert_eq!(prf["password_expired"], false, "{prf}");
    sys.signon_ok("QSECOFR", new_pw, None);
    sys.signon_fails("QSECOFR", "QSECOFR", None, "CPF22E2");
    // QSECOFR sets a new key right away (authenticated: it may be *DENIED for jobs without
    // credentials) and signs on with it.
    let r = sys.run_stdin(
        &[
            "--user",
            "QSECOFR",
            "--password-stdin",
            "CHGTOTPKEY",
            "TOTPKEY('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')",
        ],
        &format!("{new_pw}\n"),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(sys.usrprf_as("QSECOFR_NC", "QSECOFR")["totp_key_set"], true);
    sys.signon_ok(
        "QSECOFR",
        new_pw,
        Some(&totp("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", t)),
    );
}

#[test]
fn qsecofr_lockout_by_totp_failures_and_dst_reset() {
    let sys = Sys::new();
    reach_mfa_with_qsecofr(&sys);
    sys.set_clock(T0);
    let key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    sys.set_key("QSECOFR", &q(key));
    sys.json_ok(&["CHGUSRPRF", "QSECOFR", "AUTHMTH(*TOTP)"]);
    sys.signon_ok("QSECOFR", SECOFR_PW, Some(&totp(key, T0)));
    sys.json_ok(&[
        "CHGFCNUSG",
        "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)",
        "USER(QSECOFR)",
        "USAGE(*DENIED)",
    ]);
    // No job as QSECOFR without credentials now (the default --user is QSECOFR).
    sys.json_fails(&["DSPSECA"], 1, "QSY0051");
    let wrong = totp(key, T0 + 900);
    sys.signon_fails("QSECOFR", &format!("{SECOFR_PW}:{wrong}"), None, "CPF22E2");
    sys.signon_fails("QSECOFR", &format!("{SECOFR_PW}:{wrong}"), None, "CPF22E2");
    sys.signon_fails("QSECOFR", &format!("{SECOFR_PW}:{wrong}"), None, "CPF1393");
    sys.signon_fails("QSECOFR", SECOFR_PW, Some(&totp(key, T0)), "CPF22E3");
    let prf = sys.usrprf_as("QSECOFR_NC", "QSECOFR");
    assert_eq!(prf["status"], "*DISABLED", "{prf}");
    // Credentials do not help a disabled profile.
    let (_, r) = sys.json_stdin(
        &["--password-stdin", "DSPSECA"],
        &format!("{SECOFR_PW}:{}\n", totp(key, T0)),
    );
    assert_eq!(r.code, 1, "{}", r.show());
    check_dst_recovery(&sys, &serde_json::json!(["*TOTP"]), T0 + 3600);
}

#[test]
fn rollout_then_lockout_scripts_then_dst() {
    let sys = Sys::new();
    let root = env!("CARGO_MANIFEST_DIR");
    let r = sys.run(&["run", &format!("{root}/examples/rollout.clp")]);
    assert_eq!(
        r.code,
        0,
        "examples/rollout.clp must run cleanly on a new system:\n{}",
        r.show()
    );
    assert!(r.stdout.contains("Rehearsal complete"), "{}", r.show());
    let jsmith = sys.usrprf("JSMITH");
    assert_eq!(
        jsmith["authentication_methods"],
        serde_json::json!(["*TOTP"])
    );
    assert_eq!(jsmith["totp_key_set"], true);
    let seca = sys.json_ok(&["DSPSECA"]);
    assert_eq!(seca["additional_signon_factor"], "*ENABLED");
    let r = sys.run(&["run", &format!("{root}/examples/lockout.clp")]);
    assert_eq!(
        r.code,
        0,
        "examples/lockout.clp must run cleanly after rollout.clp:\n{}",
        r.show()
    );
    let prf = sys.usrprf_as("QSECOFR_NC", "QSECOFR");
    assert_eq!(prf["status"], "*DISABLED", "{prf}");
    assert_eq!(prf["run_under_user_no_auth"], "*DENIED", "{prf}");
    assert_eq!(prf["totp_key_set"], true);
    let pw = sys.journal_as("QSECOFR_NC", &["PW"]);
    let t_failures = pw
        .iter()
        .filter(|e| e["object"] == "QSECOFR" && e["violation_type"] == "T")
        .count();
    assert!(t_failures >= 3, "three T failures for QSECOFR: {pw:?}");
    check_dst_recovery(&sys, &serde_json::json!(["*TOTP"]), T0 + 3600);
}

#[test]
fn password_stdin_after_a_one_argument_cl_command() {
    // DESIGN §2: --password-stdin is a global option accepted before or after the command's
    // parameters, in every invocation form.
    let sys = Sys::new();
    reach_mfa(&sys);
    jsmith_with_key(&sys);
    sys.set_clock(T0);
    let stdin = format!("{PW}:{}\n", totp(KEY, T0));
    for args in [
        vec!["SIGNON", "JSMITH", "--password-stdin"],
        vec!["--password-stdin", "SIGNON USER(JSMITH)"],
        vec!["SIGNON USER(JSMITH)", "--password-stdin"],
        vec!["-c", "SIGNON USER(JSMITH)", "--password-stdin"],
    ] {
        let r = sys.run_stdin(&args, &stdin);
        assert_eq!(r.code, 0, "{}", r.show());
        assert!(r.stdout.contains("QSY0085"), "{}", r.show());
    }
}

// ---------------------------------------------------------------- CHGTOTPKEY in a script

/// In a script run with `--output json` or `yaml`, CHGTOTPKEY's new key, its otpauth URI
/// and the recovery key are in the output document (the one time they are shown, DESIGN
/// §7.5): without them the user would be locked out. They stay out of the journal.
#[test]
fn chgtotpkey_in_a_script_puts_the_key_in_the_output_document() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    sys.ok(&["CRTUSRPRF", "USRPRF(U1)", "PASSWORD('Pass word 1')"]);
    let own = sys.path().with_file_name("key.clp");
    std::fs::write(&own, "PGM\nCHGTOTPKEY TOTPKEY(*GEN)\nENDPGM\n").unwrap();
    // The way the help suggests for a rehearsal: the administrator's script submits it.
    let submitted = sys.path().with_file_name("sbm.clp");
    std::fs::write(
        &submitted,
        "PGM\nSBMJOB CMD(CHGTOTPKEY TOTPKEY(*GEN)) USER(U1)\nENDPGM\n",
    )
    .unwrap();
    let (own, submitted) = (own.to_str().unwrap(), submitted.to_str().unwrap());
    for (format, user, path) in [
        ("json", "U1", own),
        ("yaml", "U1", own),
        ("json", "QSECOFR", submitted),
    ] {
        let out = sys.run(&["--output", format, "--user", user, "run", path]);
        assert_eq!(out.code, 0, "{}", out.show());
        let doc: Value = if format == "json" {
            serde_json::from_str(&out.stdout).expect("one JSON document")
        } else {
            // The YAML document holds the same fields; read the ones needed line by line.
            let field = |name: &str| {
                out.stdout
                    .lines()
                    .find_map(|l| {
                        l.trim_start_matches(['-', ' '])
                            .strip_prefix(&format!("{name}: "))
                    })
                    .map(|v| v.trim_matches('"').to_string())
                    .unwrap_or_else(|| panic!("no {name} in\n{}", out.stdout))
            };
            serde_json::json!({"totp_keys": [{
                "user_profile": field("user_profile"),
                "totp_key": field("totp_key"),
                "otpauth_uri": field("otpauth_uri"),
                "recovery_key": field("recovery_key"),
            }]})
        };
        let keys = doc["totp_keys"]
            .as_array()
            .unwrap_or_else(|| panic!("{doc}"));
        assert_eq!(keys.len(), 1, "{doc}");
        let k = &keys[0];
        assert_eq!(k["user_profile"], "U1", "{doc}");
        let key = k["totp_key"].as_str().unwrap().to_string();
        assert!(is_base32_key(&key), "{doc}");
        assert!(k["otpauth_uri"].as_str().unwrap().contains(&key), "{doc}");
        let recovery = k["recovery_key"].as_str().unwrap().to_string();
        assert!(is_base32_key(&recovery), "{doc}");
        // The key is the one the profile now holds: a code from it passes CHKTOTP.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64
            + 3_600;
        sys.set_clock(t);
        let (_, r) = sys.json_stdin(
            &["--user", "U1", "CHKTOTP", "--password-stdin"],
            &format!("Pass word 1:{}\n", totp(&key, t)),
        );
        assert_eq!(r.code, 0, "{}", r.show());
        sys.real_clock();
        // Never in the journal.
        let journal = sys.journal(&[]);
        let all = serde_json::to_string(&journal).unwrap();
        assert!(
            !all.contains(&key) && !all.contains(&recovery),
            "journal: {all}"
        );
    }
}

// ---------------------------------------------------------------- issue 18 item 2

/// A successful sign-on says whether an additional factor was required and how it was met
/// (`additional_factor` in JSON, QSY0662 and the panel's row in text), for SIGNON and for
/// a `--password-stdin` job.
#[test]
fn signon_reports_how_the_additional_factor_was_met() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "VALUE('25')"]);
    // AUTHMTH *NONE: not required.
    sys.set_clock(T0);
    let doc = sys.signon_ok("JSMITH", PW, None);
    assert_eq!(doc["additional_factor"], "*NOTREQUIRED", "{doc}");
    jsmith_with_key(&sys);
    sys.ok(&["CHGUSRPRF", "JSMITH", "TOTPOPTITV(5)"]);
    let doc = sys.signon_ok("JSMITH", PW, Some(&totp(KEY, T0)));
    assert_eq!(doc["additional_factor"], "*TOTP", "{doc}");
    assert!(ids(&doc).contains(&"QSY0662".to_string()), "{doc}");
    sys.set_clock(T0 + 60);
    let doc = sys.signon_ok("JSMITH", PW, None);
    assert_eq!(doc["additional_factor"], "*INTERVAL", "{doc}");
    // Text: the panel row and the message say it.
    let out = sys.ok(&["SIGNON", "JSMITH", &format!("PASSWORD({})", q(PW))]);
    assert!(
        out.stdout.contains("Additional factor") && out.stdout.contains("*INTERVAL"),
        "{}",
        out.show()
    );
    assert!(out.show().contains("QSY0662"), "{}", out.show());
    // A job with --password-stdin says it too.
    sys.set_clock(T0 + 3600);
    let (doc, r) = sys.json_stdin(
        &[
            "--user",
            "JSMITH",
            "--password-stdin",
            "DSPUSRPRF",
            "JSMITH",
        ],
        &format!("{PW}:{}\n", totp(KEY, T0 + 3600)),
    );
    assert_eq!(r.code, 0, "{}", r.show());
    assert_eq!(doc["additional_factor"], "*TOTP", "{doc}");
    // A recovery key.
    let rec = sys.set_key("JSMITH", "*GEN")["recovery_key"]
        .as_str()
        .unwrap()
        .to_string();
    sys.set_clock(T0 + 7200);
    let doc = sys.signon_ok("JSMITH", PW, Some(&rec));
    assert_eq!(doc["additional_factor"], "*RECOVERY", "{doc}");
}

/// AUTHMTH(*TOTP) while the attribute is not currently enabled says it has no effect until
/// CHGSECA ADLSGNFAC(*ENABLED) and an IPL (pending or not yet asked for).
#[test]
fn authmth_totp_while_the_attribute_is_off_says_what_is_missing() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.ok(&["CHGSECA", "ADLSGNFAC(*DISABLED)"]);
    sys.ok(&["ipl"]);
    sys.set_key("JSMITH", &q(KEY));
    let doc = sys.json_ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    let text = doc.to_string();
    assert!(
        ids(&doc).contains(&"QSY0663".to_string())
            && text.contains("CHGSECA ADLSGNFAC(*ENABLED), then an IPL"),
        "{doc}"
    );
    sys.ok(&["CHGSECA", "ADLSGNFAC(*ENABLED)"]);
    let doc = sys.json_ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    assert!(doc.to_string().contains("pending"), "{doc}");
    sys.ok(&["ipl"]);
    let doc = sys.json_ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
    assert!(!ids(&doc).contains(&"QSY0663".to_string()), "{doc}");
}

/// `password:code` while no factor is required is a wrong password to the caller, and the
/// PW entry's detail tells the administrator why (without the password or the code).
#[test]
fn password_colon_code_without_a_required_factor_is_explained_in_the_journal() {
    let sys = Sys::new();
    reach_mfa(&sys);
    sys.set_clock(T0);
    let code = totp(KEY, T0);
    let doc = sys.one_pw_entry("JSMITH", "P", || {
        sys.signon_fails("JSMITH", &format!("{PW}:{code}"), None, "CPF22E2")
    });
    let shown = doc.to_string();
    assert!(
        !shown.contains("AUTHMTH") && !shown.contains("factor"),
        "the caller learns nothing: {shown}"
    );
    let entry = sys.pw_entries("JSMITH").pop().unwrap();
    let detail = entry["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains("password:factor")
            && detail.contains("AUTHMTH is *NONE")
            && detail.contains("the part before the colon is the profile's password"),
        "{entry}"
    );
    assert!(!detail.contains(&code) && !detail.contains(PW), "{entry}");
    // With a wrong password before the colon, the detail does not say it matched.
    sys.one_pw_entry("JSMITH", "P", || {
        sys.signon_fails("JSMITH", &format!("Wrong-Pass-9:{code}"), None, "CPF22E2")
    });
    let entry = sys.pw_entries("JSMITH").pop().unwrap();
    let detail = entry["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains("password:factor") && !detail.contains("part before"),
        "{entry}"
    );
}
