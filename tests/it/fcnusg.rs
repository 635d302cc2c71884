//! CHGFCNUSG FCNID(QIBM_RUN_UNDER_USER_NO_AUTH) as IBM i 7.6 has it (DESIGN §7.9, issue 13):
//! the default cannot be changed to *DENIED, USER is one name, USAGE(*NONE) removes the
//! user's entry, and ALLOBJAUT(*USED) lets profiles with *ALLOBJ be used.

use crate::harness::*;

const FCN: &str = "FCNID(QIBM_RUN_UNDER_USER_NO_AUTH)";

/// A level-0 system with JSMITH (*USER) and AJONES (*SECOFR class: *ALLOBJ).
fn system() -> Sys {
    let sys = Sys::new();
    sys.init();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(AJONES)",
        "PASSWORD(AJONES1)",
        "USRCLS(*SECOFR)",
    ]);
    sys
}

#[test]
fn default_denied_is_refused_and_cannot_lock_the_store_out() {
    let sys = system();
    let before = sys.store_bytes();
    sys.fails(&["CHGFCNUSG", FCN, "DEFAULT(*DENIED)"], 1, "QSY0065");
    sys.fails(
        &[
            "CHGFCNUSG",
            FCN,
            "USER(JSMITH)",
            "USAGE(*DENIED)",
            "DEFAULT(*DENIED)",
        ],
        1,
        "QSY0065",
    );
    assert!(
        sys.store_bytes() == before,
        "a refused CHGFCNUSG changed the store"
    );
    // Every job without credentials still runs, and QSECOFR can still change function usage.
    sys.ok_as("JSMITH", &["DSPUSRPRF", "JSMITH"]);
    sys.ok(&["DSPSECA"]);
    sys.ok(&["CHGFCNUSG", FCN, "DEFAULT(*ALLOWED)"]);
    sys.ok(&["CHGFCNUSG", FCN, "USER(JSMITH)", "USAGE(*DENIED)"]);
    sys.fails_as("JSMITH", &["DSPUSRPRF", "JSMITH"], 1, "QSY0051");
    sys.ok(&["DSPSECA"]);
}

#[test]
fn user_is_one_name() {
    let sys = system();
    let before = sys.store_bytes();
    let run = sys.run(&["CHGFCNUSG", FCN, "USER(JSMITH AJONES)", "USAGE(*DENIED)"]);
    assert_eq!(run.code, 2, "{}", run.show());
    assert!(sys.store_bytes() == before);
    assert_eq!(sys.usrprf("JSMITH")["run_under_user_no_auth"], "*ALLOWED");
}

#[test]
fn usage_none_removes_the_users_entry() {
    let sys = system();
    sys.ok(&["CHGFCNUSG", FCN, "USER(JSMITH)", "USAGE(*DENIED)"]);
    sys.fails_as("JSMITH", &["DSPUSRPRF", "JSMITH"], 1, "QSY0051");
    sys.ok(&["CHGFCNUSG", FCN, "USER(JSMITH)", "USAGE(*NONE)"]);
    assert_eq!(sys.usrprf("JSMITH")["run_under_user_no_auth"], "*ALLOWED");
    sys.ok_as("JSMITH", &["DSPUSRPRF", "JSMITH"]);
    let gr: Vec<_> = sys
        .journal(&[])
        .into_iter()
        .filter(|e| e["entry_type"] == "GR")
        .collect();
    assert!(
        gr.last()
            .and_then(|e| e["detail"].as_str())
            .is_some_and(|d| d.contains("JSMITH *NONE")),
        "the GR entry records the removal: {gr:?}"
    );
    // *NONE for a profile without an entry changes nothing but is accepted.
    sys.ok(&["CHGFCNUSG", FCN, "USER(AJONES)", "USAGE(*NONE)"]);
}

#[test]
fn allobjaut_used_allows_profiles_with_allobj() {
    let sys = system();
    for user in ["USER(JSMITH)", "USER(AJONES)"] {
        sys.ok(&["CHGFCNUSG", FCN, user, "USAGE(*DENIED)"]);
    }
    // Shipped: *ALLOBJ is not used, so the *DENIED entries decide for both.
    sys.fails_as("AJONES", &["DSPSECA"], 1, "QSY0051");
    sys.fails_as("JSMITH", &["DSPUSRPRF", "JSMITH"], 1, "QSY0051");
    // *USED: a profile with *ALLOBJ is allowed even though its entry says *DENIED.
    sys.ok(&["CHGFCNUSG", FCN, "ALLOBJAUT(*USED)"]);
    sys.ok_as("AJONES", &["DSPSECA"]);
    assert_eq!(sys.usrprf("AJONES")["run_under_user_no_auth"], "*ALLOWED");
    sys.fails_as("JSMITH", &["DSPUSRPRF", "JSMITH"], 1, "QSY0051");
    // SBMJOB USER(AJONES) follows the same rule.
    let run = sys.script(
        "sbm.clp",
        "PGM\n  SBMJOB CMD(DSPSECA) USER(AJONES)\nENDPGM\n",
    );
    assert_eq!(run.code, 0, "{}", run.show());
    // *SAME keeps it; *NOTUSED turns it off again.
    sys.ok(&["CHGFCNUSG", FCN, "USER(JSMITH)", "USAGE(*DENIED)"]);
    sys.ok_as("AJONES", &["DSPSECA"]);
    sys.ok(&["CHGFCNUSG", FCN, "ALLOBJAUT(*NOTUSED)"]);
    sys.fails_as("AJONES", &["DSPSECA"], 1, "QSY0051");
}
