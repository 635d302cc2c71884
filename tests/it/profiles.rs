//! User profiles, passwords at every password level, and sign-on.
//!
//! DESIGN sections covered: §4 (DSPUSRPRF and DSPAUTUSR JSON fields, message IDs, exit
//! codes), §7.3 (password syntax per level, hashes kept and dropped at each level, the
//! upper/lower-case rule after 0/1 → 2, the level-4 trap, 4 → 2), §7.6 (AUTHMTH and TOTPOPTITV
//! on CRTUSRPRF/CHGUSRPRF, the card's precondition), §7.7 (SIGNON: success and every refusal
//! in order, QMAXSIGN/QMAXSGNACN, `--password-stdin`), §7.2 (password rules applied to CHGPWD
//! and, with *ALLCRTCHG, to CRTUSRPRF/CHGUSRPRF), §7.8 (authority: *SECADM, granting only
//! held special authorities, DSPUSRPRF of another profile), §7.9 (`_NC` profiles), §7.11 (CP,
//! DO and PW journal entries, no secrets in the journal).

use crate::harness::*;
use serde_json::Value;

// ---------------------------------------------------------------------------------------
// Helpers local to this file.

/// CRTUSRPRF NAME PASSWORD (positional), as QSECOFR, must succeed.
fn crt(sys: &Sys, name: &str, password: &str) {
    sys.ok(&["CRTUSRPRF", name, password]);
}

/// The DSPAUTUSR row of `name`.
fn autusr_row(sys: &Sys, name: &str) -> Value {
    let doc = sys.json(&["DSPAUTUSR"]);
    doc["profiles"]
        .as_array()
        .unwrap_or_else(|| panic!("DSPAUTUSR has no profiles list: {doc}"))
        .iter()
        .find(|r| r["user_profile"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("DSPAUTUSR has no row for {name}: {doc}"))
}

/// The profile does not exist.
fn assert_absent(sys: &Sys, name: &str) {
    sys.fails(&["DSPUSRPRF", name], 1, "CPF2204");
}

/// A password command that must be refused with exit `exit` and message `id`, without
/// creating profile `name`.
fn crt_refused(sys: &Sys, name: &str, password: &str, exit: i32, id: &str) {
    sys.run(&["CRTUSRPRF", name, password]).refused(exit, id);
    assert_absent(sys, name);
}

fn held(sys: &Sys, name: &str) -> Vec<String> {
    strings(&sys.usrprf(name)["password_levels"])
}

// ---------------------------------------------------------------------------------------
// CRTUSRPRF, CHGUSRPRF, DLTUSRPRF, DSPUSRPRF (§4, §7.8).

#[test]
fn crtusrprf_and_dspusrprf_fields() {
    let sys = Sys::new();
    let doc = sys.json(&[
        "CRTUSRPRF",
        "USRPRF(JSMITH)",
        "PASSWORD(WELCOME1)",
        "TEXT('John Smith')",
    ]);
    assert!(
        doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "completion"),
        "{doc}"
    );
    let p = sys.usrprf("JSMITH");
    for f in [
        "user_profile",
        "status",
        "user_class",
        "special_authorities",
        "password_none",
        "password_expired",
        "password_levels",
        "authentication_methods",
        "totp_key_set",
        "totp_key_last_changed",
        "totp_optional_interval",
        "signon_attempts_not_valid",
        "previous_signon",
        "run_under_user_no_auth",
    ] {
        assert!(p.get(f).is_some(), "DSPUSRPRF lacks {f}: {p}");
    }
    assert_eq!(p["status"], "*ENABLED");
    assert_eq!(p["user_class"], "*USER");
    assert_eq!(p["special_authorities"], Value::Array(vec![]), "{p}");
    assert_eq!(p["password_none"], false);
    assert_eq!(p["password_expired"], false);
    assert_eq!(
        strings(&p["password_levels"]),
        ["0/1", "2/3"],
        "level 0 keeps the 0/1 hash and builds 2/3: {p}"
    );
    assert_eq!(strings(&p["authentication_methods"]), ["*NONE"]);
    assert_eq!(p["totp_key_set"], false);
    assert!(p["totp_key_last_changed"].is_null(), "{p}");
    assert_eq!(p["signon_attempts_not_valid"], 0);
    assert!(p["previous_signon"].is_null(), "{p}");
    assert_eq!(p["run_under_user_no_auth"], "*ALLOWED");
    // Text keeps its case.
    let text = sys.run(&["DSPUSRPRF", "JSMITH"]);
    assert!(text.stdout.contains("John Smith"), "{}", text.show());
    // Journal: a CP entry for the creation, without the password.
    let cp: Vec<Value> = sys
        .journal(&["CP"])
        .into_iter()
        .filter(|e| e["object"] == "JSMITH")
        .collect();
    assert_eq!(cp.len(), 1, "{cp:?}");
    assert_eq!(cp[0]["user_profile"], "QSECOFR");
    let all = serde_json::to_string(&sys.journal(&[])).unwrap();
    assert!(
        !all.to_uppercase().contains("WELCOME1"),
        "the password reached the journal: {all}"
    );
}

#[test]
fn crtusrprf_default_password_is_the_profile_name() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(JOE)"]);
    assert_eq!(sys.usrprf("JOE")["password_none"], false);
    sys.signon_typed("JOE", "JOE").ok();
}

#[test]
fn crtusrprf_password_none_and_expired() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(NOPW)", "PASSWORD(*NONE)"]);
    let p = sys.usrprf("NOPW");
    assert_eq!(p["password_none"], true, "{p}");
    assert_eq!(strings(&p["password_levels"]), Vec::<String>::new(), "{p}");
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(EXP)",
        "PASSWORD(WELCOME1)",
        "PWDEXP(*YES)",
    ]);
    assert_eq!(sys.usrprf("EXP")["password_expired"], true);
}

#[test]
fn crtusrprf_existing_profile_is_refused() {
    let sys = Sys::new();
    crt(&sys, "JOE", "FIRST1");
    let out = sys.run(&["CRTUSRPRF", "JOE", "SECOND1"]);
    assert_eq!(out.code, 1, "{}", out.show());
    out.refused(1, "QSY0081");
    // The first password still works, the second does not.
    sys.signon_typed("JOE", "FIRST1").ok();
    sys.signon_typed("JOE", "SECOND1").fails("CPF22E2");
}

#[test]
fn user_class_decides_special_authorities() {
    let sys = Sys::new();
    let cases: [(&str, &[&str]); 5] = [
        (
            "*SECOFR",
            &[
                "*ALLOBJ",
                "*AUDIT",
                "*IOSYSCFG",
                "*JOBCTL",
                "*SAVSYS",
                "*SECADM",
                "*SERVICE",
                "*SPLCTL",
            ],
        ),
        ("*SECADM", &["*SECADM"]),
        ("*SYSOPR", &["*JOBCTL", "*SAVSYS"]),
        ("*PGMR", &[]),
        ("*USER", &[]),
    ];
    for (i, (class, auths)) in cases.iter().enumerate() {
        let name = format!("U{i}");
        sys.ok(&[
            "CRTUSRPRF",
            &format!("USRPRF({name})"),
            "PASSWORD(*NONE)",
            &format!("USRCLS({class})"),
        ]);
        let p = sys.usrprf(&name);
        assert_eq!(p["user_class"], *class);
        let mut got = strings(&p["special_authorities"]);
        got.sort();
        let mut want: Vec<String> = auths.iter().map(|s| s.to_string()).collect();
        want.sort();
        assert_eq!(got, want, "USRCLS({class})");
    }
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(NOAUTH)",
        "PASSWORD(*NONE)",
        "USRCLS(*SECOFR)",
        "SPCAUT(*NONE)",
    ]);
    assert_eq!(
        strings(&sys.usrprf("NOAUTH")["special_authorities"]),
        Vec::<String>::new()
    );
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(PICK)",
        "PASSWORD(*NONE)",
        "SPCAUT(*JOBCTL *AUDIT)",
    ]);
    let mut got = strings(&sys.usrprf("PICK")["special_authorities"]);
    got.sort();
    assert_eq!(got, ["*AUDIT", "*JOBCTL"]);
}

#[test]
fn chgusrprf_changes_only_what_is_given() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(JOE)",
        "PASSWORD(WELCOME1)",
        "TEXT('Joe')",
    ]);
    let doc = sys.json(&[
        "CHGUSRPRF",
        "USRPRF(JOE)",
        "TEXT('Joe Bloggs')",
        "SPCAUT(*JOBCTL)",
    ]);
    assert!(has_message(&doc, "CPC2205"), "{doc}");
    let p = sys.usrprf("JOE");
    assert_eq!(p["text"], "Joe Bloggs", "{p}");
    assert_eq!(strings(&p["special_authorities"]), ["*JOBCTL"]);
    assert_eq!(p["status"], "*ENABLED");
    assert_eq!(p["user_class"], "*USER");
    sys.signon_typed("JOE", "WELCOME1").ok();
    sys.ok(&["CHGUSRPRF", "JOE", "STATUS(*DISABLED)"]);
    assert_eq!(sys.usrprf("JOE")["status"], "*DISABLED");
    sys.ok(&["CHGUSRPRF", "JOE", "STATUS(*ENABLED)", "PWDEXP(*YES)"]);
    let p = sys.usrprf("JOE");
    assert_eq!(p["status"], "*ENABLED");
    assert_eq!(p["password_expired"], true);
    assert_eq!(
        strings(&p["special_authorities"]),
        ["*JOBCTL"],
        "unchanged SPCAUT was lost: {p}"
    );
    // Password reset by the administrator.
    sys.ok(&["CHGUSRPRF", "JOE", "NEWPW22", "PWDEXP(*NO)"]);
    sys.signon_typed("JOE", "NEWPW22").ok();
    sys.signon_typed("JOE", "WELCOME1").fails("CPF22E2");
    // Journal: CP entries for the changes, none holding a password.
    let cp: Vec<Value> = sys
        .journal(&["CP"])
        .into_iter()
        .filter(|e| e["object"] == "JOE")
        .collect();
    assert!(cp.len() >= 5, "CRT + 4 CHG expected: {cp:?}");
    let all = serde_json::to_string(&sys.journal(&[]))
        .unwrap()
        .to_uppercase();
    assert!(
        !all.contains("NEWPW22") && !all.contains("WELCOME1"),
        "a password reached the journal"
    );
}

#[test]
fn chgusrprf_of_unknown_profile() {
    let sys = Sys::new();
    sys.fails(&["CHGUSRPRF", "NOBODY", "TEXT('x')"], 1, "CPF2204");
    sys.fails(&["DLTUSRPRF", "NOBODY"], 1, "CPF2204");
}

#[test]
fn dltusrprf_deletes_and_journals() {
    let sys = Sys::new();
    crt(&sys, "GONE", "WELCOME1");
    sys.ok(&["DLTUSRPRF", "GONE"]);
    assert_absent(&sys, "GONE");
    sys.signon_typed("GONE", "WELCOME1").fails("CPF2204");
    let do_entries: Vec<Value> = sys
        .journal(&["DO"])
        .into_iter()
        .filter(|e| e["object"] == "GONE")
        .collect();
    assert_eq!(do_entries.len(), 1, "{do_entries:?}");
    assert_eq!(do_entries[0]["user_profile"], "QSECOFR");
    // It can be created again.
    crt(&sys, "GONE", "OTHER1");
    sys.signon_typed("GONE", "OTHER1").ok();
}

#[test]
fn profile_names_are_validated_and_folded() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(joe)", "PASSWORD(*NONE)"]);
    assert_eq!(sys.usrprf("JOE")["user_profile"], "JOE");
    sys.ok(&["dspusrprf", "joe"]);
    for name in ["$ADM", "#OPS", "@X", "A_1", "ABCDEFGHIJ"] {
        sys.ok(&["CRTUSRPRF", &format!("USRPRF({name})"), "PASSWORD(*NONE)"]);
        assert_eq!(sys.usrprf(name)["user_profile"], name);
    }
    sys.init();
    for bad in ["1JOE", "ABCDEFGHIJK", "J-SMITH", "_JOE", "J*"] {
        let before = sys.store_bytes();
        let out = sys.run(&["CRTUSRPRF", &format!("USRPRF({bad})"), "PASSWORD(*NONE)"]);
        assert_eq!(
            out.code,
            2,
            "name {bad:?} should be refused as a usage error\n{}",
            out.show()
        );
        out.refused(2, "QSY0008");
        assert!(
            sys.store_bytes() == before,
            "refused name {bad:?} changed the store"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Password syntax per level (§7.3).

#[test]
fn level_0_passwords_are_folded_to_upper_case() {
    let sys = Sys::new();
    crt(&sys, "LOW", "secret1");
    sys.signon_typed("LOW", "SECRET1").ok();
    sys.signon_typed("LOW", "secret1").ok();
    sys.signon_typed("LOW", "SeCrEt1").ok();
    crt(&sys, "UP", "SECRET2");
    sys.signon_typed("UP", "secret2").ok();
}

#[test]
fn level_0_password_syntax() {
    let sys = Sys::new();
    crt(&sys, "TEN", "ABCDEFGHIJ");
    sys.signon_typed("TEN", "ABCDEFGHIJ").ok();
    crt(&sys, "SPECIAL", "A$@#_9");
    sys.signon_typed("SPECIAL", "A$@#_9").ok();
    crt(&sys, "ONE", "Q");
    sys.signon_typed("ONE", "Q").ok();
    crt_refused(&sys, "ELEVEN", "ABCDEFGHIJK", 1, "QSY0091");
    crt_refused(&sys, "DIGIT", "1ABCDEF", 1, "QSY0091");
    crt_refused(&sys, "DASH", "'AB-CD'", 1, "QSY0091");
    crt_refused(&sys, "BLANK", "'AB CD'", 1, "QSY0091");
    crt_refused(&sys, "BANG", "'ABC!'", 1, "QSY0091");
    // CHGUSRPRF applies the same syntax.
    crt(&sys, "JOE", "GOOD1");
    let out = sys.run(&["CHGUSRPRF", "JOE", "TOOLONGPASS"]);
    out.refused(1, "QSY0091");
    sys.signon_typed("JOE", "GOOD1").ok();
}

#[test]
fn level_2_passwords_are_case_sensitive_and_long() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    crt(&sys, "PHRASE", "Correct Horse 42!");
    sys.signon_typed("PHRASE", "Correct Horse 42!").ok();
    sys.signon_typed("PHRASE", "CORRECT HORSE 42!")
        .fails("CPF22E2");
    sys.signon_typed("PHRASE", "correct horse 42!")
        .fails("CPF22E2");
    // 128 characters accepted, 129 refused.
    let long: String = "aB3-".repeat(32);
    assert_eq!(long.len(), 128);
    crt(&sys, "LONG", &long);
    sys.signon_typed("LONG", &long).ok();
    crt_refused(&sys, "TOOLONG", &format!("{long}x"), 2, "QSY0006");
    // Not starting with *.
    crt_refused(&sys, "STAR", "'*abcdef'", 1, "QSY0091");
    // First character may be a digit, and lower case is kept.
    crt(&sys, "DIGIT", "1password");
    sys.signon_typed("DIGIT", "1password").ok();
    sys.signon_typed("DIGIT", "1PASSWORD").fails("CPF22E2");
}

#[test]
fn level_2_trailing_blanks_are_dropped() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    crt(&sys, "TRAIL", "pass word  ");
    sys.signon_typed("TRAIL", "pass word").ok();
    sys.signon_typed("TRAIL", "pass word   ").ok();
}

// ---------------------------------------------------------------------------------------
// SIGNON (§7.7): success and every refusal, in order, with its PW entry.

#[test]
fn signon_success_records_the_sign_on() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    let (doc, out) = sys.json_stdin(&["SIGNON", "USER(JOE)", "--password-stdin"], "WELCOME1\n");
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(doc["user_profile"], "JOE", "{doc}");
    assert!(
        doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "completion"),
        "{doc}"
    );
    let p = sys.usrprf("JOE");
    assert!(
        p["previous_signon"].is_string(),
        "previous sign-on not recorded: {p}"
    );
    assert_eq!(p["signon_attempts_not_valid"], 0);
    // The PW journal has no entry for a good sign-on.
    assert!(sys.journal(&["PW"]).is_empty());
}

#[test]
fn signon_password_from_stdin_before_or_after_the_parameters() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    for args in [
        vec!["--password-stdin", "SIGNON", "JOE"],
        vec!["SIGNON", "JOE", "--password-stdin"],
        vec!["SIGNON", "USER(JOE)", "--password-stdin"],
        vec!["signon", "--user", "joe", "--password-stdin"],
    ] {
        let out = sys.run_stdin(&args, "WELCOME1\n");
        assert_eq!(out.code, 0, "{args:?}\n{}", out.show());
        let out = sys.run_stdin(&args, "WRONG99\n");
        assert_eq!(
            out.code,
            1,
            "{args:?} with a wrong password\n{}",
            out.show()
        );
        assert!(out.stderr.contains("CPF22E2"), "{args:?}\n{}", out.show());
        // Reset the not-valid count so the loop does not reach QMAXSIGN.
        sys.signon_typed("JOE", "WELCOME1").ok();
    }
    // The password given in argv works too, with a warning that others can see it.
    let out = sys.run(&["SIGNON", "JOE", "WELCOME1"]);
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        line_ids(&out.stderr).iter().any(|m| m == "QSY0086"),
        "no warning for a password in argv\n{}",
        out.show()
    );
    // Through stdin there is no such warning.
    let out = sys.run_stdin(&["SIGNON", "JOE", "--password-stdin"], "WELCOME1\n");
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        !has_message_id(&out.stderr),
        "unexpected diagnostic\n{}",
        out.show()
    );
}

#[test]
fn signon_unknown_user_cpf2204_type_u() {
    let sys = Sys::new();
    sys.one_pw_entry("NOBODY", "U", || {
        sys.signon_typed("NOBODY", "WHATEVER1").fails("CPF2204");
    });
}

#[test]
fn signon_nc_profile_refused_type_u() {
    let sys = Sys::new();
    for name in ["QSECOFR_NC", "QUSER_NC"] {
        sys.one_pw_entry(name, "U", || {
            sys.signon_typed(name, "QSECOFR").fails("CPF22E5");
        });
    }
}

#[test]
fn signon_disabled_cpf22e3_type_q_before_password_check() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(OFF)",
        "PASSWORD(WELCOME1)",
        "STATUS(*DISABLED)",
    ]);
    sys.one_pw_entry("OFF", "Q", || {
        sys.signon_typed("OFF", "WELCOME1").fails("CPF22E3");
    });
    // A wrong password on a disabled profile is still "disabled".
    sys.one_pw_entry("OFF", "Q", || {
        sys.signon_typed("OFF", "WRONG1").fails("CPF22E3");
    });
    assert_eq!(
        sys.usrprf("OFF")["signon_attempts_not_valid"],
        0,
        "a disabled profile's failures are not counted"
    );
}

#[test]
fn signon_wrong_password_cpf22e2_type_p() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    let out = sys.one_pw_entry("JOE", "P", || {
        sys.run_stdin(&["SIGNON", "JOE", "--password-stdin"], "WELCOME2\n")
    });
    out.refused(1, "CPF22E2");
    assert!(
        out.stderr
            .contains("Password not correct for user profile JOE."),
        "{}",
        out.show()
    );
    assert_eq!(sys.usrprf("JOE")["signon_attempts_not_valid"], 1);
    // A success resets the count.
    sys.signon_typed("JOE", "WELCOME1").ok();
    assert_eq!(sys.usrprf("JOE")["signon_attempts_not_valid"], 0);
    // No password text in the journal.
    let all = serde_json::to_string(&sys.journal(&[]))
        .unwrap()
        .to_uppercase();
    assert!(!all.contains("WELCOME2") && !all.contains("WELCOME1"));
}

#[test]
fn signon_expired_cpf22e4_type_r_after_password_check() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(EXP)",
        "PASSWORD(WELCOME1)",
        "PWDEXP(*YES)",
    ]);
    sys.one_pw_entry("EXP", "R", || {
        sys.signon_typed("EXP", "WELCOME1").fails("CPF22E4");
    });
    // A wrong password is reported as wrong, not as expired.
    sys.one_pw_entry("EXP", "P", || {
        sys.signon_typed("EXP", "NOTIT1").fails("CPF22E2");
    });
    // The shipped QSECOFR is expired.
    sys.one_pw_entry("QSECOFR", "R", || {
        sys.signon_typed("QSECOFR", "QSECOFR").fails("CPF22E4");
    });
}

#[test]
fn signon_expired_by_interval() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(OLD)",
        "PASSWORD(WELCOME1)",
        "PWDEXPITV(30)",
    ]);
    sys.signon_typed("OLD", "WELCOME1").ok();
    let later = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 31 * 86_400;
    let out = sys
        .exec(&["SIGNON", "OLD", "--password-stdin"])
        .env("QSY_CLOCK", later.to_string())
        .stdin("WELCOME1\n")
        .run();
    assert_eq!(out.code, 1, "{}", out.show());
    assert!(out.stderr.contains("CPF22E4"), "{}", out.show());
}

#[test]
fn signon_no_password_cpf22e5() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "USRPRF(NOPW)", "PASSWORD(*NONE)"]);
    sys.one_pw_entry("NOPW", "P", || {
        sys.signon_typed("NOPW", "ANYTHING1").fails("CPF22E5");
    });
    sys.signon_typed("QUSER", "QUSER").fails("CPF22E5");
}

#[test]
fn signon_checks_in_order_disabled_before_expired() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(BOTH)",
        "PASSWORD(WELCOME1)",
        "PWDEXP(*YES)",
        "STATUS(*DISABLED)",
    ]);
    sys.signon_typed("BOTH", "WELCOME1").fails("CPF22E3");
    sys.signon_typed("BOTH", "WRONG1").fails("CPF22E3");
}

#[test]
fn qmaxsign_disables_the_profile() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    sys.signon_typed("JOE", "BAD1").fails("CPF22E2");
    sys.signon_typed("JOE", "BAD2").fails("CPF22E2");
    assert_eq!(sys.usrprf("JOE")["status"], "*ENABLED");
    sys.signon_typed("JOE", "BAD3").fails("CPF1393");
    let p = sys.usrprf("JOE");
    assert_eq!(p["status"], "*DISABLED", "{p}");
    assert_eq!(p["signon_attempts_not_valid"], 3, "{p}");
    // The right password no longer helps.
    sys.one_pw_entry("JOE", "Q", || {
        sys.signon_typed("JOE", "WELCOME1").fails("CPF22E3");
    });
    // A disabled profile cannot run jobs either.
    let out = sys.run(&["--user", "JOE", "DSPUSRPRF", "JOE"]);
    assert_eq!(out.code, 1, "{}", out.show());
    // The administrator enables it again; the count is reset.
    sys.ok(&["CHGUSRPRF", "JOE", "STATUS(*ENABLED)"]);
    assert_eq!(sys.usrprf("JOE")["signon_attempts_not_valid"], 0);
    sys.signon_typed("JOE", "WELCOME1").ok();
}

#[test]
fn qmaxsign_disables_qsecofr_too() {
    let sys = Sys::new();
    sys.signon_typed("QSECOFR", "WRONG1").fails("CPF22E2");
    sys.signon_typed("QSECOFR", "WRONG2").fails("CPF22E2");
    sys.signon_typed("QSECOFR", "WRONG3").fails("CPF1393");
    let out = sys.run(&["--user", "QSECOFR_NC", "DSPUSRPRF", "QSECOFR"]);
    assert_eq!(out.code, 0, "{}", out.show());
    let p: Value = sys.json(&["--user", "QSECOFR_NC", "DSPUSRPRF", "QSECOFR"]);
    assert_eq!(p["status"], "*DISABLED", "{p}");
}

#[test]
fn qmaxsign_follows_the_system_values() {
    let sys = Sys::new();
    crt(&sys, "FIVE", "WELCOME1");
    sys.chgsysval("QMAXSIGN", "5");
    for i in 0..4 {
        sys.signon_typed("FIVE", &format!("BAD{i}"))
            .fails("CPF22E2");
    }
    assert_eq!(sys.usrprf("FIVE")["status"], "*ENABLED");
    sys.signon_typed("FIVE", "BAD9").fails("CPF1393");
    assert_eq!(sys.usrprf("FIVE")["status"], "*DISABLED");
    // QMAXSGNACN 1 disables the device only: the profile stays enabled.
    crt(&sys, "DEV", "WELCOME1");
    sys.chgsysval("QMAXSIGN", "3");
    sys.chgsysval("QMAXSGNACN", "1");
    for i in 0..4 {
        sys.signon_typed("DEV", &format!("BAD{i}")).fails("CPF22E2");
    }
    assert_eq!(sys.usrprf("DEV")["status"], "*ENABLED");
    sys.signon_typed("DEV", "WELCOME1").ok();
    // *NOMAX never disables.
    crt(&sys, "NOMAX", "WELCOME1");
    sys.chgsysval("QMAXSGNACN", "3");
    sys.chgsysval("QMAXSIGN", "*NOMAX");
    for i in 0..6 {
        sys.signon_typed("NOMAX", &format!("BAD{i}"))
            .fails("CPF22E2");
    }
    assert_eq!(sys.usrprf("NOMAX")["status"], "*ENABLED");
}

// ---------------------------------------------------------------------------------------
// Jobs that authenticate (§2, §6).

#[test]
fn password_stdin_authenticates_the_job_user() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    let out = sys.run_stdin(
        &["--user", "JOE", "--password-stdin", "DSPUSRPRF", "JOE"],
        "WELCOME1\n",
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert!(
        sys.usrprf("JOE")["previous_signon"].is_string(),
        "the job's sign-on was not recorded"
    );
    let out = sys.one_pw_entry("JOE", "P", || {
        sys.run_stdin(
            &["--user", "JOE", "DSPUSRPRF", "JOE", "--password-stdin"],
            "WRONG1\n",
        )
    });
    out.refused(1, "CPF22E2");
    assert_eq!(sys.usrprf("JOE")["signon_attempts_not_valid"], 1);
}

// ---------------------------------------------------------------------------------------
// Password levels (§7.3).

#[test]
fn level_0_password_works_upper_or_lower_case_after_ipl_to_2() {
    let sys = Sys::new();
    crt(&sys, "JOE", "Secret1");
    sys.reach_password_level(2);
    assert_eq!(sys.usrprf("JOE")["password_none"], false);
    sys.signon_typed("JOE", "SECRET1").ok();
    sys.signon_typed("JOE", "secret1").ok();
    sys.signon_typed("JOE", "Secret1").fails("CPF22E2");
    sys.signon_typed("JOE", "secret1").ok();
}

#[test]
fn password_changed_at_level_2_survives_ipl_to_4() {
    let sys = Sys::new();
    crt(&sys, "JOE", "OLDPW1");
    sys.reach_password_level(2);
    sys.ok_as("JOE", &["CHGPWD", "OLDPW1", "New-Pw2"]);
    assert!(
        held(&sys, "JOE").contains(&"4".to_string()),
        "a change at level 2 builds the level-4 hash"
    );
    sys.signon_typed("JOE", "New-Pw2").ok();
    sys.signon_typed("JOE", "OLDPW1").fails("CPF22E2");
    sys.chgsysval("QPWDLVL", "4");
    sys.ipl();
    let p = sys.usrprf("JOE");
    assert_eq!(p["password_none"], false, "{p}");
    assert_eq!(
        strings(&p["password_levels"]),
        ["4"],
        "level 4 keeps only the level-4 hash: {p}"
    );
    sys.signon_typed("JOE", "New-Pw2").ok();
    sys.signon_typed("JOE", "NEW-PW2").fails("CPF22E2");
}

#[test]
fn password_set_only_at_level_0_is_none_after_level_4_and_dspautusr_predicts_it() {
    let sys = Sys::new();
    crt(&sys, "STALE", "OLDPW1");
    crt(&sys, "FRESH", "OLDPW2");
    sys.reach_password_level(2);
    // STALE signs on at level 2: that does not build a level-4 hash for a level-0 password.
    sys.signon_typed("STALE", "OLDPW1").ok();
    sys.ok(&["CHGUSRPRF", "FRESH", "Fresh-Pw3"]);
    sys.chgsysval("QPWDLVL", "4");
    let stale = autusr_row(&sys, "STALE");
    let fresh = autusr_row(&sys, "FRESH");
    for f in [
        "user_profile",
        "status",
        "password_level_0_1",
        "password_level_2_3",
        "password_level_4",
        "authentication_methods",
        "totp_key_set",
    ] {
        assert!(stale.get(f).is_some(), "DSPAUTUSR row lacks {f}: {stale}");
    }
    assert_eq!(stale["password_level_4"], false, "{stale}");
    assert_eq!(stale["password_level_2_3"], true, "{stale}");
    assert_eq!(stale["password_level_0_1"], true, "{stale}");
    assert_eq!(fresh["password_level_4"], true, "{fresh}");
    assert_eq!(
        sys.usrprf("STALE")["password_none"],
        false,
        "nothing is lost before the IPL"
    );
    let doc = sys.ipl();
    let text = serde_json::to_string(&doc).unwrap();
    assert!(
        text.contains("STALE"),
        "the IPL should say which profiles lost their password: {doc}"
    );
    let p = sys.usrprf("STALE");
    assert_eq!(p["password_none"], true, "{p}");
    assert_eq!(strings(&p["password_levels"]), Vec::<String>::new(), "{p}");
    sys.signon_typed("STALE", "OLDPW1").fails("CPF22E5");
    assert_eq!(sys.usrprf("FRESH")["password_none"], false);
    sys.signon_typed("FRESH", "Fresh-Pw3").ok();
    let after = autusr_row(&sys, "STALE");
    assert_eq!(
        (
            after["password_level_0_1"].clone(),
            after["password_level_2_3"].clone(),
            after["password_level_4"].clone()
        ),
        (Value::Bool(false), Value::Bool(false), Value::Bool(false))
    );
}

#[test]
fn level_0_keeps_0_1_and_2_3_hashes_level_2_change_adds_4() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    assert_eq!(held(&sys, "JOE"), ["0/1", "2/3"]);
    let row = autusr_row(&sys, "JOE");
    assert_eq!(row["password_level_4"], false, "{row}");
    sys.reach_password_level(2);
    assert_eq!(
        held(&sys, "JOE"),
        ["0/1", "2/3"],
        "the IPL to 2 drops nothing"
    );
    sys.signon_typed("JOE", "WELCOME1").ok();
    assert_eq!(
        held(&sys, "JOE"),
        ["0/1", "2/3"],
        "a level-0 password needs a real change before level 4"
    );
    sys.ok(&["CHGUSRPRF", "JOE", "Changed-At-2"]);
    let levels = held(&sys, "JOE");
    assert!(
        levels.contains(&"2/3".to_string()) && levels.contains(&"4".to_string()),
        "{levels:?}"
    );
    assert!(
        !levels.contains(&"0/1".to_string()),
        "Changed-At-2 does not fit the 0/1 syntax: {levels:?}"
    );
    // A password that fits the 0/1 syntax also gets a 0/1 hash at level 2.
    sys.ok(&["CHGUSRPRF", "JOE", "SIMPLE7"]);
    assert_eq!(held(&sys, "JOE"), ["0/1", "2/3", "4"]);
}

#[test]
fn ipl_to_level_3_drops_the_0_1_hashes() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    sys.chgsysval("QPWDLVL", "3");
    sys.ipl();
    assert_eq!(held(&sys, "JOE"), ["2/3"]);
    sys.signon_typed("JOE", "welcome1").ok();
    sys.signon_typed("JOE", "WELCOME1").ok();
}

#[test]
fn level_4_to_2_builds_the_2_3_hash_at_sign_on() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    crt(&sys, "JOE", "Mixed-Pw4");
    sys.chgsysval("QPWDLVL", "4");
    sys.ipl();
    assert_eq!(held(&sys, "JOE"), ["4"]);
    sys.chgsysval("QPWDLVL", "2");
    sys.ipl();
    let row = autusr_row(&sys, "JOE");
    assert_eq!(
        row["password_level_2_3"], false,
        "no 2/3 hash until a sign-on: {row}"
    );
    assert_eq!(sys.usrprf("JOE")["password_none"], false);
    // QSYRTVPWDL agrees with DSPUSRPRF: the level-4 hash is a usable password at 2 and 3.
    for level in ["LEVEL(2)", "LEVEL(3)"] {
        let r = sys.json(&["QSYRTVPWDL", level]);
        assert_eq!(r["nopwdcnt"], 0, "{level}: {r}");
    }
    assert_eq!(sys.json(&["QSYRTVPWDL", "LEVEL(0)"])["usrprf"], "JOE");
    sys.signon_typed("JOE", "Mixed-Pw4").ok();
    let row = autusr_row(&sys, "JOE");
    assert_eq!(
        row["password_level_2_3"], true,
        "the clear-text sign-on builds the 2/3 hash: {row}"
    );
    sys.signon_typed("JOE", "Mixed-Pw4").ok();
    sys.signon_typed("JOE", "mixed-pw4").fails("CPF22E2");
}

#[test]
fn qsecofr_password_changed_at_level_2_survives() {
    let sys = Sys::new();
    sys.reach_password_level(2);
    // The expired shipped password is changed by QSECOFR itself.
    sys.ok(&["CHGPWD", "QSECOFR", "Sec-Ofr1"]);
    sys.signon_typed("QSECOFR", "Sec-Ofr1").ok();
    sys.chgsysval("QPWDLVL", "4");
    sys.ipl();
    sys.signon_typed("QSECOFR", "Sec-Ofr1").ok();
}

// ---------------------------------------------------------------------------------------
// CHGPWD (§7.2 rules, §7.13 CPF2362).

#[test]
fn chgpwd_wrong_current_password_cpf2362() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    let out = sys.fails_as("JOE", &["CHGPWD", "WRONG1", "NEWPW1"], 1, "CPF2362");
    assert!(
        out.stderr.contains("Password not correct."),
        "{}",
        out.show()
    );
    sys.signon_typed("JOE", "WELCOME1").ok();
    sys.signon_typed("JOE", "NEWPW1").fails("CPF22E2");
}

#[test]
fn chgpwd_changes_the_password_and_clears_expiry() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(JOE)",
        "PASSWORD(WELCOME1)",
        "PWDEXP(*YES)",
    ]);
    sys.signon_typed("JOE", "WELCOME1").fails("CPF22E4");
    sys.ok_as("JOE", &["CHGPWD", "CURPWD(WELCOME1)", "NEWPWD(NEWPW1)"]);
    assert_eq!(sys.usrprf("JOE")["password_expired"], false);
    sys.signon_typed("JOE", "NEWPW1").ok();
    sys.signon_typed("JOE", "WELCOME1").fails("CPF22E2");
    let cp: Vec<Value> = sys
        .journal(&["CP"])
        .into_iter()
        .filter(|e| e["object"] == "JOE" && e["user_profile"] == "JOE")
        .collect();
    assert_eq!(
        cp.len(),
        1,
        "CHGPWD should write one CP entry by JOE: {cp:?}"
    );
    let all = serde_json::to_string(&sys.journal(&[])).unwrap();
    assert!(
        !all.contains("NEWPW1"),
        "the new password reached the journal"
    );
    // The shipped QSECOFR, as QSECOFR.
    sys.ok(&["CHGPWD", "QSECOFR", "SECOFR9"]);
    sys.signon_typed("QSECOFR", "SECOFR9").ok();
}

#[test]
fn chgpwd_enforces_length_system_values() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    // Shipped QPWDMINLEN 6, QPWDMAXLEN 8.
    for bad in ["ABCDEFGHI", "ABC12"] {
        let out = sys.run(&["--user", "JOE", "CHGPWD", "WELCOME1", bad]);
        assert_eq!(out.code, 1, "{bad}\n{}", out.show());
        out.refused(1, "QSY0090");
    }
    sys.signon_typed("JOE", "WELCOME1").ok();
    sys.ok_as("JOE", &["CHGPWD", "WELCOME1", "ABCDEFGH"]);
    sys.signon_typed("JOE", "ABCDEFGH").ok();
}

#[test]
fn chgpwd_enforces_qpwdrules() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    sys.chgsysval("QPWDRULES", "*MINLEN8 *DGTMIN2");
    for bad in ["ABCDEFGH", "ABCDEFG1", "AB12"] {
        let out = sys.run(&["--user", "JOE", "CHGPWD", "WELCOME1", bad]);
        assert_eq!(out.code, 1, "{bad} breaks QPWDRULES\n{}", out.show());
        out.refused(1, "QSY0090");
    }
    sys.signon_typed("JOE", "WELCOME1").ok();
    // With QPWDRULES a list, QPWDMAXLEN 8 no longer applies.
    sys.ok_as("JOE", &["CHGPWD", "WELCOME1", "ABCDEF12"]);
    sys.signon_typed("JOE", "ABCDEF12").ok();
}

#[test]
fn chgpwd_enforces_mixcase_at_level_2() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    sys.reach_password_level(2);
    sys.chgsysval("QPWDRULES", "*MIXCASE1 *MINLEN8");
    let out = sys.run(&["--user", "JOE", "CHGPWD", "WELCOME1", "alllower99"]);
    assert_eq!(out.code, 1, "{}", out.show());
    sys.ok_as("JOE", &["CHGPWD", "WELCOME1", "MixedCase99"]);
    sys.signon_typed("JOE", "MixedCase99").ok();
}

#[test]
fn password_rules_apply_to_administrators_only_with_allcrtchg() {
    let sys = Sys::new();
    sys.chgsysval("QPWDRULES", "*MINLEN8 *DGTMIN1");
    // Without *ALLCRTCHG, CRTUSRPRF/CHGUSRPRF ignore the rules.
    crt(&sys, "FREE", "SHORT");
    sys.signon_typed("FREE", "SHORT").ok();
    sys.ok(&["CHGUSRPRF", "FREE", "NODIGITS"]);
    sys.signon_typed("FREE", "NODIGITS").ok();
    // With *ALLCRTCHG they apply.
    sys.chgsysval("QPWDRULES", "*MINLEN8 *DGTMIN1 *ALLCRTCHG");
    let out = sys.run(&["CRTUSRPRF", "RULED", "SHORT"]);
    assert_eq!(out.code, 1, "{}", out.show());
    assert_absent(&sys, "RULED");
    let out = sys.run(&["CHGUSRPRF", "FREE", "NODIGITX"]);
    assert_eq!(out.code, 1, "{}", out.show());
    sys.signon_typed("FREE", "NODIGITS").ok();
    crt(&sys, "RULED", "LONGER12");
    sys.signon_typed("RULED", "LONGER12").ok();
}

#[test]
fn chgpwd_blocked_by_qpwdchgblk() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    sys.ok_as("JOE", &["CHGPWD", "WELCOME1", "SECOND1"]);
    sys.chgsysval("QPWDCHGBLK", "2");
    let out = sys.run(&["--user", "JOE", "CHGPWD", "SECOND1", "THIRD1"]);
    assert_eq!(
        out.code,
        1,
        "a second change within QPWDCHGBLK hours\n{}",
        out.show()
    );
    sys.signon_typed("JOE", "SECOND1").ok();
}

// ---------------------------------------------------------------------------------------
// Authority (§7.8) and _NC / IBM-supplied profiles (§7.9).

#[test]
fn secadm_cannot_grant_authorities_it_lacks() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(ADM)",
        "PASSWORD(*NONE)",
        "USRCLS(*SECADM)",
    ]);
    sys.fails_as(
        "ADM",
        &[
            "CRTUSRPRF",
            "USRPRF(BOB)",
            "PASSWORD(*NONE)",
            "SPCAUT(*ALLOBJ)",
        ],
        1,
        "QSY0050",
    )
    .says("*ALLOBJ");
    assert_absent(&sys, "BOB");
    // USRCLS(*SECOFR) with SPCAUT(*USRCLS) would give *ALLOBJ too.
    sys.fails_as(
        "ADM",
        &[
            "CRTUSRPRF",
            "USRPRF(BOB)",
            "PASSWORD(*NONE)",
            "USRCLS(*SECOFR)",
        ],
        1,
        "QSY0050",
    )
    .says("*ALLOBJ");
    assert_absent(&sys, "BOB");
    // Even *SECADM, which it holds, needs *ALLOBJ as well to give (IBM).
    sys.fails_as(
        "ADM",
        &[
            "CRTUSRPRF",
            "USRPRF(BOB)",
            "PASSWORD(*NONE)",
            "SPCAUT(*SECADM)",
        ],
        1,
        "QSY0050",
    )
    .says("*ALLOBJ");
    assert_absent(&sys, "BOB");
    // What it holds it can give: none of its authorities but *SECADM, so a plain user.
    sys.ok_as(
        "ADM",
        &[
            "CRTUSRPRF",
            "USRPRF(BOB)",
            "PASSWORD(*NONE)",
            "SPCAUT(*NONE)",
        ],
    );
    assert!(strings(&sys.usrprf("BOB")["special_authorities"]).is_empty());
    sys.fails_as(
        "ADM",
        &["CHGUSRPRF", "BOB", "SPCAUT(*SECADM *ALLOBJ)"],
        1,
        "QSY0050",
    )
    .says("*ALLOBJ");
    assert!(strings(&sys.usrprf("BOB")["special_authorities"]).is_empty());
    // The creation is journaled under the job user.
    let cp: Vec<Value> = sys
        .journal(&["CP"])
        .into_iter()
        .filter(|e| e["object"] == "BOB")
        .collect();
    assert_eq!(cp.len(), 1, "{cp:?}");
    assert_eq!(cp[0]["user_profile"], "ADM");
}

#[test]
fn user_without_secadm_cannot_manage_profiles() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    crt(&sys, "ANN", "WELCOME2");
    for args in [
        vec!["CRTUSRPRF", "USRPRF(NEW)", "PASSWORD(*NONE)"],
        vec!["CHGUSRPRF", "ANN", "TEXT('x')"],
        vec!["DLTUSRPRF", "ANN"],
    ] {
        sys.fails_as("JOE", &args, 1, "QSY0050").says("*SECADM");
    }
    assert_absent(&sys, "NEW");
    assert_eq!(sys.usrprf("ANN")["text"], "", "ANN was changed");
    sys.signon_typed("ANN", "WELCOME2").ok();
}

#[test]
fn nc_profiles_cannot_be_changed_or_deleted() {
    let sys = Sys::new();
    for name in ["QSECOFR_NC", "QSYSOPR_NC", "QPGMR_NC", "QUSER_NC"] {
        let before = sys.usrprf(name);
        let out = sys.run(&["CHGUSRPRF", name, "TEXT('changed')"]);
        assert_eq!(out.code, 1, "CHGUSRPRF {name}\n{}", out.show());
        out.refused(1, "QSY0080");
        let out = sys.run(&["CHGUSRPRF", name, "NEWPW1"]);
        assert_eq!(out.code, 1, "CHGUSRPRF {name} password\n{}", out.show());
        out.refused(1, "QSY0080");
        let out = sys.run(&["DLTUSRPRF", name]);
        assert_eq!(out.code, 1, "DLTUSRPRF {name}\n{}", out.show());
        out.refused(1, "QSY0080");
        assert_eq!(sys.usrprf(name), before, "{name} changed");
    }
    // Jobs may run under them.
    sys.ok_as("QSECOFR_NC", &["DSPSECA"]);
}

#[test]
fn ibm_supplied_profiles_cannot_be_deleted() {
    let sys = Sys::new();
    for name in ["QSECOFR", "QSYSOPR", "QPGMR", "QUSER"] {
        let out = sys.run(&["DLTUSRPRF", name]);
        assert_eq!(out.code, 1, "DLTUSRPRF {name}\n{}", out.show());
        out.refused(1, "QSY0084");
        sys.usrprf(name);
    }
    assert!(sys.journal(&["DO"]).is_empty());
}

#[test]
fn dspusrprf_of_another_profile_needs_read_authority_to_it() {
    let sys = Sys::new();
    crt(&sys, "JOE", "WELCOME1");
    crt(&sys, "ANN", "WELCOME2");
    let out = sys
        .fails_as("JOE", &["DSPUSRPRF", "ANN"], 1, "CPF2217")
        .says("ANN");
    assert!(out.stderr.contains("*READ"), "{}", out.show());
    assert!(
        out.stdout.is_empty() || !out.stdout.contains("ANN "),
        "{}",
        out.show()
    );
    let doc = sys.json(&["--user", "JOE", "DSPUSRPRF", "ANN"]);
    assert!(
        doc.get("user_profile").is_none() || doc["user_profile"].is_null(),
        "refused display leaked data: {doc}"
    );
    // Own profile: allowed (a profile has *CHANGE to itself).
    let own = sys.json(&["--user", "JOE", "DSPUSRPRF", "JOE"]);
    assert_eq!(own["user_profile"], "JOE", "{own}");
    // *ALLOBJ has all object authority; *SECADM alone is not *READ (IBM 7.6).
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(SEC)",
        "PASSWORD(*NONE)",
        "USRCLS(*SECADM)",
    ]);
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(ALL)",
        "PASSWORD(*NONE)",
        "SPCAUT(*ALLOBJ)",
    ]);
    sys.fails_as("SEC", &["DSPUSRPRF", "ANN"], 1, "CPF2217");
    sys.ok_as("ALL", &["DSPUSRPRF", "ANN"]);
}

// ---------------------------------------------------------------------------------------
// AUTHMTH and TOTPOPTITV (§7.6).

#[test]
fn authmth_totp_needs_qsecurity_40_and_qpwdlvl_4() {
    let sys = Sys::new();
    let out = sys.run(&[
        "CRTUSRPRF",
        "USRPRF(MFA)",
        "PASSWORD(*NONE)",
        "AUTHMTH(*TOTP)",
    ]);
    assert_eq!(out.code, 1, "{}", out.show());
    out.refused(1, "QSY0088");
    assert_absent(&sys, "MFA");
    sys.reach_password_level(2);
    crt(&sys, "JOE", "Pass-Word1");
    let out = sys.run(&["CHGUSRPRF", "JOE", "AUTHMTH(*TOTP)"]);
    assert_eq!(out.code, 1, "pending 4 is not enough\n{}", out.show());
    assert_eq!(
        strings(&sys.usrprf("JOE")["authentication_methods"]),
        ["*NONE"]
    );
    // *REGFAC alone is not subject to the card's precondition.
    sys.ok(&["CHGUSRPRF", "JOE", "AUTHMTH(*REGFAC)"]);
    assert_eq!(
        strings(&sys.usrprf("JOE")["authentication_methods"]),
        ["*REGFAC"]
    );
}

#[test]
fn authmth_and_totpoptitv_at_level_4() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    let doc = sys.json(&[
        "CRTUSRPRF",
        "USRPRF(MFA)",
        "PASSWORD('Pass-Word1')",
        "AUTHMTH(*TOTP)",
        "TOTPOPTITV(60)",
    ]);
    assert!(
        doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "diagnostic"),
        "AUTHMTH(*TOTP) without a key should give a diagnostic: {doc}"
    );
    let p = sys.usrprf("MFA");
    assert_eq!(strings(&p["authentication_methods"]), ["*TOTP"], "{p}");
    assert_eq!(p["totp_optional_interval"], 60, "{p}");
    assert_eq!(p["totp_key_set"], false);
    let row = autusr_row(&sys, "MFA");
    assert_eq!(strings(&row["authentication_methods"]), ["*TOTP"]);
    assert_eq!(row["totp_key_set"], false);
    sys.ok(&["CHGUSRPRF", "MFA", "AUTHMTH(*TOTP *REGFAC)"]);
    let methods = strings(&sys.usrprf("MFA")["authentication_methods"]);
    assert!(
        methods.len() == 2
            && methods.contains(&"*TOTP".into())
            && methods.contains(&"*REGFAC".into()),
        "{methods:?}"
    );
    assert_eq!(
        sys.usrprf("MFA")["totp_optional_interval"],
        60,
        "*SAME lost TOTPOPTITV"
    );
    sys.ok(&["CHGUSRPRF", "MFA", "TOTPOPTITV(*NONE)", "AUTHMTH(*NONE)"]);
    let p = sys.usrprf("MFA");
    assert_eq!(strings(&p["authentication_methods"]), ["*NONE"]);
    assert_eq!(p["totp_optional_interval"], "*NONE", "{p}");
    // *NONE cannot be combined.
    let out = sys.run(&["CHGUSRPRF", "MFA", "AUTHMTH(*NONE *TOTP)"]);
    assert_eq!(out.code, 2, "{}", out.show());
}

#[test]
fn totp_profile_signs_on_with_password_alone_while_factor_disabled() {
    let sys = Sys::new();
    sys.reach_password_level(4);
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(MFA)",
        "PASSWORD('Pass-Word1')",
        "AUTHMTH(*TOTP)",
    ]);
    assert_eq!(sys.seca()["additional_signon_factor"], "*DISABLED");
    sys.signon_typed("MFA", "Pass-Word1").ok();
    // With *NONE no split at the colon is made: the colon is part of the password.
    sys.ok(&["CRTUSRPRF", "USRPRF(COLON)", "PASSWORD('pass:123456')"]);
    sys.signon_typed("COLON", "pass:123456").ok();
    sys.signon_typed("COLON", "pass").fails("CPF22E2");
}

// ---------------------------------------------------------------------------------------
// Display spoofing (issue 13): free text holds no control characters.

/// Control characters a TEXT could use to rewrite a display: ESC sequences (clear the
/// screen, move the cursor), BEL, CR and LF (fake lines), backspace, NUL, DEL, a C1 CSI,
/// and a right-to-left override that reorders what follows.
const SPOOFS: [&str; 9] = [
    "Ann\x1b[2JQSECOFR *ALLOBJ",
    "Ann\x07",
    "Ann\rQSECOFR",
    "Ann\nUser profile . . . : QSECOFR",
    "Ann\x08\x08\x08Bob",
    "Ann\x1f",
    "Ann\x7f",
    "Ann\u{9b}2J",
    "Ann\u{202e}nimda",
];

/// TEXT with a control character is refused on every input path (CL in one argument, CL
/// split by the shell, the shell form), with a usage message that does not echo the raw
/// character, and the profile's text stays as it was.
#[test]
fn text_with_control_characters_is_refused_on_every_input_path() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(ANN)",
        "PASSWORD(ANNPW1)",
        "TEXT('Ann')",
    ]);
    for spoof in SPOOFS {
        let quoted = q(spoof);
        let one = format!("CHGUSRPRF USRPRF(ANN) TEXT({quoted})");
        let text_kw = format!("TEXT({quoted})");
        let create = format!("CRTUSRPRF USRPRF(BOB) PASSWORD(BOBPW1) TEXT({quoted})");
        let runs: Vec<Vec<&str>> = vec![
            vec![one.as_str()],
            vec!["CHGUSRPRF", "ANN", text_kw.as_str()],
            vec!["chgusrprf", "ANN", "--text", spoof],
            vec![create.as_str()],
        ];
        for args in runs {
            let before = sys.store_bytes();
            let r = sys.run(&args);
            r.refused(2, "QSY0003");
            assert!(
                !r.stdout.chars().chain(r.stderr.chars()).any(is_spoofing),
                "the refusal echoes the control character: {:?}",
                r.stderr
            );
            assert!(r.stderr.contains("control character"), "{}", r.show());
            assert!(sys.store_bytes() == before, "{args:?} changed the store");
        }
    }
    assert_eq!(sys.usrprf("ANN")["text"], "Ann");
    assert_absent_profile(&sys, "BOB");
}

/// Whether `c` is a character the free-text rule refuses.
fn is_spoofing(c: char) -> bool {
    c.is_control() && c != '\n' || ('\u{202a}'..='\u{202e}').contains(&c)
}

fn assert_absent_profile(sys: &Sys, name: &str) {
    sys.fails(&["DSPUSRPRF", name], 1, "CPF2204");
}

/// In a script the value can come from a variable (declared with the character, or built
/// with a hex literal), refused where the command runs, or be a literal, refused before the
/// script runs; either way the profile keeps its text.
#[test]
fn text_with_control_characters_from_script_variables_is_refused() {
    let sys = Sys::new();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(ANN)",
        "PASSWORD(ANNPW1)",
        "TEXT('Ann')",
    ]);
    let scripts = [
        "PGM\nDCL VAR(&T) TYPE(*CHAR) LEN(30) VALUE('Ann\x1b[2J')\nCHGUSRPRF USRPRF(ANN) TEXT(&T)\nENDPGM\n".to_string(),
        "PGM\nDCL VAR(&T) TYPE(*CHAR) LEN(30)\nCHGVAR VAR(&T) VALUE('Ann' *CAT X'1B')\nCHGUSRPRF USRPRF(ANN) TEXT(&T)\nENDPGM\n".to_string(),
        "PGM\nCHGUSRPRF USRPRF(ANN) TEXT('Ann\rQSECOFR')\nENDPGM\n".to_string(),
        // Message text is free text too.
        "PGM\nDCL VAR(&T) TYPE(*CHAR) LEN(30) VALUE('Ann\x1b[2J')\nSNDPGMMSG MSG(&T)\nENDPGM\n".to_string(),
        "PGM\nSNDPGMMSG MSG('Ann\x07')\nENDPGM\n".to_string(),
    ];
    for (i, text) in scripts.iter().enumerate() {
        let r = sys.script(&format!("spoof{i}.clp"), text);
        assert_ne!(r.code, 0, "script {i} ran: {}", r.show());
        assert!(
            !r.stdout.chars().chain(r.stderr.chars()).any(is_spoofing),
            "script {i} echoes the control character: {:?}",
            r.stderr
        );
        // A literal is found before the run (as `--check` finds it); a variable, where
        // the command runs.
        assert!(
            r.stdout.contains("QSY0003") || r.stderr.contains("QSY0003"),
            "{}",
            r.show()
        );
        assert_eq!(sys.usrprf("ANN")["text"], "Ann", "script {i}");
    }
}

// ---------------------------------------------------------------------------------------
// User classes and the security level (IBM Security Reference: "User class" table,
// "Changing to level 30 from a lower level", "Changing to level 20 from a higher level").

fn spcaut(sys: &Sys, name: &str) -> Vec<String> {
    strings(&sys.usrprf(name)["special_authorities"])
}

fn at_qsecurity(sys: &Sys, level: &str) -> Value {
    sys.ok(&["CHGSYSVAL", "QSECURITY", level]);
    sys.ipl()
}

#[test]
fn user_classes_give_the_level_20_defaults_at_qsecurity_20() {
    let sys = Sys::new();
    at_qsecurity(&sys, "20");
    for (name, class, want) in [
        ("U", "*USER", vec!["*ALLOBJ", "*SAVSYS"]),
        ("O", "*SYSOPR", vec!["*ALLOBJ", "*JOBCTL", "*SAVSYS"]),
        ("P", "*PGMR", vec!["*ALLOBJ", "*JOBCTL", "*SAVSYS"]),
        (
            "A",
            "*SECADM",
            vec!["*ALLOBJ", "*JOBCTL", "*SAVSYS", "*SECADM"],
        ),
    ] {
        sys.ok(&["CRTUSRPRF", name, "*NONE", &format!("USRCLS({class})")]);
        assert_eq!(spcaut(&sys, name), want, "{class} at QSECURITY 20");
    }
    // At 30 and above the same classes give only what IBM's table marks "All".
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "U", "*NONE"]);
    sys.ok(&["CRTUSRPRF", "O", "*NONE", "USRCLS(*SYSOPR)"]);
    assert!(spcaut(&sys, "U").is_empty());
    assert_eq!(spcaut(&sys, "O"), vec!["*JOBCTL", "*SAVSYS"]);
}

#[test]
fn special_authorities_follow_the_security_level_at_the_ipl() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "U", "*NONE"]);
    sys.ok(&["CRTUSRPRF", "O", "*NONE", "USRCLS(*SYSOPR)"]);
    sys.ok(&["CRTUSRPRF", "AUD", "*NONE", "SPCAUT(*AUDIT)"]);
    // Pending is not enough: nothing changes before the IPL.
    sys.ok(&["CHGSYSVAL", "QSECURITY", "20"]);
    assert!(spcaut(&sys, "U").is_empty());
    // Down to 20: every profile gets at least its class's level-20 defaults.
    let doc = sys.ipl();
    assert!(doc.to_string().contains("QSY0058"), "{doc}");
    assert_eq!(spcaut(&sys, "U"), vec!["*ALLOBJ", "*SAVSYS"]);
    assert_eq!(spcaut(&sys, "O"), vec!["*ALLOBJ", "*JOBCTL", "*SAVSYS"]);
    assert_eq!(spcaut(&sys, "AUD"), vec!["*ALLOBJ", "*AUDIT", "*SAVSYS"]);
    // Back to 30: what the class gives only at 10/20 is removed; *ALLOBJ stays only for
    // *SECOFR profiles; authorities not tied to the class (*AUDIT) stay.
    let doc = at_qsecurity(&sys, "30");
    assert!(doc.to_string().contains("QSY0058"), "{doc}");
    assert!(spcaut(&sys, "U").is_empty());
    assert_eq!(spcaut(&sys, "O"), vec!["*JOBCTL", "*SAVSYS"]);
    assert_eq!(spcaut(&sys, "AUD"), vec!["*AUDIT"]);
    assert!(spcaut(&sys, "QSECOFR").contains(&"*ALLOBJ".to_string()));
    // An IPL that does not cross 20/30 changes nothing.
    let doc = at_qsecurity(&sys, "40");
    assert!(!doc.to_string().contains("QSY0058"), "{doc}");
}

// ---------------------------------------------------------------------------------------
// Positional parameters as IBM's CL reference numbers them (CHGUSRPRF: USRPRF 1, PASSWORD 2,
// SPCAUT 3; RSTUSRPRF: DEV 1, USRPRF 2; DSPUSRPRF: USRPRF 1, TYPE 2, OUTPUT 3).

#[test]
fn chgusrprf_takes_spcaut_as_its_third_positional_parameter() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "PJ", "*NONE"]);
    sys.ok(&["CHGUSRPRF", "PJ", "*SAME", "*JOBCTL"]);
    assert_eq!(spcaut(&sys, "PJ"), vec!["*JOBCTL"]);
    let out = sys.script(
        "pos.clp",
        "PGM\n  CHGUSRPRF PJ *SAME (*SAVSYS *JOBCTL)\nENDPGM\n",
    );
    assert_eq!(out.code, 0, "{}", out.show());
    assert_eq!(spcaut(&sys, "PJ"), vec!["*JOBCTL", "*SAVSYS"]);
    // A fourth positional value is still refused.
    sys.fails(&["CHGUSRPRF", "PJ", "*SAME", "*NONE", "*YES"], 2, "QSY0004");
}

#[test]
fn rstusrprf_takes_usrprf_as_its_second_positional_parameter() {
    let sys = Sys::new();
    sys.ok(&["CRTUSRPRF", "PJ", "*NONE", "TEXT('before')"]);
    sys.ok(&["CRTSAVF", "QGPL/POSBKP"]);
    sys.ok(&["SAVSECDTA", "*SAVF", "SAVF(QGPL/POSBKP)"]);
    let doc = sys.json(&["RSTUSRPRF", "*SAVF", "PJ", "SAVF(QGPL/POSBKP)"]);
    assert_eq!(doc["profiles_restored"], 1, "{doc}");
    // VOL (IBM's positional 3) is not simulated: a third positional value is refused.
    sys.fails(
        &["RSTUSRPRF", "*SAVF", "PJ", "VOL1", "SAVF(QGPL/POSBKP)"],
        2,
        "QSY0004",
    );
}

#[test]
fn dspusrprf_takes_type_as_its_second_positional_parameter() {
    let sys = Sys::new();
    let out = sys.script("dsp.clp", "PGM\n  DSPUSRPRF QSECOFR *BASIC *\nENDPGM\n");
    assert_eq!(out.code, 0, "{}", out.show());
    sys.ok(&["DSPUSRPRF", "QSECOFR", "*BASIC"]);
    sys.fails(&["DSPUSRPRF", "QSECOFR", "*BASIC", "*", "X"], 2, "QSY0004");
}

/// DSPUSRPRF's panel marks the rows IBM's panel does not have.
#[test]
fn dspusrprf_panel_marks_simulator_rows() {
    let sys = Sys::new();
    let out = sys.ok(&["DSPUSRPRF", "QSECOFR"]);
    for label in [
        "Password levels held (qsy)",
        "Run under user, no auth (qsy)",
    ] {
        assert!(out.stdout.contains(label), "{label}:\n{}", out.stdout);
    }
    assert!(out.stdout.contains("User class"), "{}", out.stdout);
    assert!(!out.stdout.contains("User class (qsy)"), "{}", out.stdout);
}
