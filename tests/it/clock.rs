//! The simulated system's time never goes backwards (DESIGN §6, issue 13): the store keeps
//! the latest time it has seen, and a job clock (`QSY_CLOCK`) behind it counts as that time —
//! for sign-on, TOTP windows, the optional interval, expiry, QPWDCHGBLK and journal
//! timestamps alike. Each test is an attack that turns the clock back.

use crate::harness::*;
use serde_json::Value;

/// 2020-01-01T00:00:00Z: a time long before the system's.
const Y2020: i64 = 1_577_836_800;

/// JSMITH with KEY and AUTHMTH(*TOTP), QMAXSIGN 25 so refusals do not disable it.
fn mfa_with_key(sys: &Sys) {
    reach_mfa(sys);
    sys.ok(&["CHGSYSVAL", "QMAXSIGN", "VALUE('25')"]);
    sys.set_key("JSMITH", &q(KEY));
    sys.ok(&["CHGUSRPRF", "JSMITH", "AUTHMTH(*TOTP)"]);
}

/// The timestamps of every journal entry, in sequence order.
fn timestamps(sys: &Sys) -> Vec<i64> {
    sys.journal(&[])
        .iter()
        .map(|e| {
            let text = e["timestamp"].as_str().expect("timestamp");
            parse_rfc3339(text)
        })
        .collect()
}

/// Unix seconds of `2026-11-24T10:00:00Z` (what DSPJRN prints), through `date`.
fn parse_rfc3339(text: &str) -> i64 {
    let out = external("date", &["-u", "-d", text, "+%s"]);
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("date cannot read {text}"))
}

#[test]
fn turning_the_clock_back_does_not_reopen_the_optional_interval() {
    let sys = Sys::new();
    mfa_with_key(&sys);
    sys.ok(&["CHGUSRPRF", "JSMITH", "TOTPOPTITV(5)"]);
    sys.signon_ok("JSMITH", &format!("{PW}:{}", totp(KEY, T0)), None);
    // An hour later the interval has run out, and the system has seen that time.
    sys.set_clock(T0 + 3600);
    sys.signon_refused("JSMITH", PW, None, "T");
    // Turning the clock back to inside the interval, or to 0, gives no password-only sign-on.
    for back in [T0 + 60, 0] {
        sys.set_clock(back);
        let run = sys.run(&["SIGNON", "USER(JSMITH)", &format!("PASSWORD('{PW}')")]);
        run.refused(1, "CPF22E2");
        assert!(
            line_ids(&run.stderr).contains(&"QSY0053".to_string()),
            "a QSY_CLOCK behind the system's time says so:\n{}",
            run.show()
        );
    }
    assert_eq!(
        sys.violations("JSMITH"),
        ["T", "T", "T"],
        "each password-only attempt is a T failure"
    );
}

#[test]
fn an_old_code_is_not_valid_again_with_an_old_clock() {
    let sys = Sys::new();
    mfa_with_key(&sys);
    // The store has seen T0 (2026); a code computed for 2020 with QSY_CLOCK in 2020.
    sys.set_clock(Y2020);
    sys.one_pw_entry("JSMITH", "T", || {
        sys.signon_fails(
            "JSMITH",
            &format!("{PW}:{}", totp(KEY, Y2020)),
            None,
            "CPF22E2",
        )
    });
    // RFC 3339 in QSY_CLOCK too.
    let run = sys
        .exec(&[
            "SIGNON",
            "USER(JSMITH)",
            &format!("PASSWORD('{PW}:{}')", totp(KEY, Y2020)),
        ])
        .env("QSY_CLOCK", "2020-01-01T00:00:00Z")
        .run();
    run.refused(1, "CPF22E2");
    // The code of the system's time is what the system accepts, whatever QSY_CLOCK says.
    sys.signon_ok("JSMITH", &format!("{PW}:{}", totp(KEY, T0)), None);
}

#[test]
fn qsy_clock_moves_the_system_time_forward_only() {
    let sys = Sys::new();
    mfa_with_key(&sys);
    // Forward: the system's time moves on with QSY_CLOCK (a rehearsal aid, like QDATE).
    let later = T0 + 86_400;
    sys.set_clock(later);
    sys.signon_ok("JSMITH", &format!("{PW}:{}", totp(KEY, later)), None);
    // Back: the system stays at `later`; the code for `later` is still in the window there.
    sys.set_clock(T0);
    let doc = sys.signon_ok("JSMITH", &format!("{PW}:{}", totp(KEY, later)), None);
    assert!(
        has_message(&doc, "QSY0053"),
        "the clock behind the system's time is reported: {doc}"
    );
    // The job clock at the system's time, or ahead, reports nothing.
    sys.set_clock(later + 30);
    let doc = sys.signon_ok("JSMITH", &format!("{PW}:{}", totp(KEY, later + 30)), None);
    assert!(!has_message(&doc, "QSY0053"), "{doc}");
}

#[test]
fn journal_timestamps_never_go_backwards() {
    let sys = Sys::new();
    sys.init();
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    sys.set_clock(T0 + 7200);
    sys.ok(&["CHGUSRPRF", "JSMITH", "TEXT('later')"]);
    sys.set_clock(0);
    let run = sys.ok(&["CHGUSRPRF", "JSMITH", "TEXT('clock turned back')"]);
    assert!(
        line_ids(&run.stderr).contains(&"QSY0053".to_string()),
        "{}",
        run.show()
    );
    sys.set_clock(T0 + 60);
    sys.signon_fails("JSMITH", "WRONG1", None, "CPF22E2");
    let times = timestamps(&sys);
    assert!(times.len() >= 4, "{times:?}");
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "journal timestamps go backwards: {times:?}"
    );
    assert_eq!(*times.last().unwrap(), T0 + 7200, "{times:?}");
}

#[test]
fn expiry_and_qpwdchgblk_use_the_system_time() {
    let sys = Sys::new();
    sys.init();
    sys.ok(&[
        "CRTUSRPRF",
        "USRPRF(JSMITH)",
        "PASSWORD(JSMITH1)",
        "PWDEXPITV(1)",
    ]);
    sys.ok(&["CHGSYSVAL", "QPWDCHGBLK", "'24'"]);
    sys.signon_ok("JSMITH", "JSMITH1", None);
    // Two days on, the password has expired; the system has seen that day.
    sys.set_clock(T0 + 2 * 86_400);
    sys.signon_fails("JSMITH", "JSMITH1", None, "CPF22E4");
    // Turning the clock back does not make it valid again.
    sys.set_clock(T0);
    sys.signon_fails("JSMITH", "JSMITH1", None, "CPF22E4");
    // QPWDCHGBLK counts from the change at the system's time: a change now, then another
    // with the clock turned back "a day before" is still inside the 24 hours.
    sys.ok_as("JSMITH", &["CHGPWD", "CURPWD(JSMITH1)", "NEWPWD(JSMITH2)"]);
    sys.set_clock(T0 - 86_400);
    let run = sys.run(&[
        "--user",
        "JSMITH",
        "CHGPWD",
        "CURPWD(JSMITH2)",
        "NEWPWD(JSMITH3)",
    ]);
    run.refused(1, "QSY0092");
    // 25 hours after the change (by the system's time) it is allowed.
    sys.set_clock(T0 + 2 * 86_400 + 25 * 3600);
    sys.ok_as("JSMITH", &["CHGPWD", "CURPWD(JSMITH2)", "NEWPWD(JSMITH3)"]);
}

#[test]
fn a_display_with_the_clock_behind_writes_nothing() {
    let sys = Sys::new();
    sys.init();
    sys.set_clock(T0 + 600);
    sys.ok(&["CRTUSRPRF", "USRPRF(JSMITH)", "PASSWORD(JSMITH1)"]);
    sys.set_clock(T0);
    let before = sys.store_bytes();
    let doc: Value = sys.json_ok(&["DSPUSRPRF", "JSMITH"]);
    assert!(has_message(&doc, "QSY0053"), "{doc}");
    assert!(sys.store_bytes() == before, "a display wrote the store");
}

#[test]
fn qsygentotp_current_is_the_system_time() {
    let sys = Sys::new();
    mfa_with_key(&sys);
    sys.set_clock(T0 + 86_400);
    sys.ok(&["CHGUSRPRF", "JSMITH", "TEXT('a day on')"]);
    // A script with the clock turned back: QSYGENTOTP *CURRENT gives the code SIGNON accepts.
    sys.set_clock(T0);
    let run = sys.script(
        "gen.clp",
        &format!(
            "PGM\n  DCL VAR(&CODE) TYPE(*CHAR) LEN(6)\n  QSYGENTOTP KEY('{KEY}') RTNVAL(&CODE)\n  \
             SIGNON USER(JSMITH) PASSWORD('{PW}') ADLFAC(&CODE)\nENDPGM\n"
        ),
    );
    assert_eq!(run.code, 0, "{}", run.show());
}

#[test]
fn a_clock_moved_forward_stays_forward_without_qsy_clock() {
    let sys = Sys::new();
    mfa_with_key(&sys);
    // 2030: far ahead of the real time.
    let future = 1_893_456_000;
    sys.set_clock(future);
    sys.ok(&["CHGUSRPRF", "JSMITH", "TEXT('rehearsed in 2030')"]);
    // Back on the real clock, the system is still in 2030: its codes, not today's, sign on.
    sys.real_clock();
    sys.signon_refused(
        "JSMITH",
        &format!("{PW}:{}", totp(KEY, T0 + 4 * 86_400)),
        None,
        "T",
    );
    sys.signon_ok("JSMITH", &format!("{PW}:{}", totp(KEY, future)), None);
}
