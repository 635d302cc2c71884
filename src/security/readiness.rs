//! `qsy readiness` (DESIGN §12): what the move to QPWDLVL 4 and the additional sign-on factor
//! will do to each profile of the current system, and the system-wide risks, each with the
//! IBM i command that fixes it. The rules are the ones the IPL and sign-on apply
//! ([`policy::would_lose_password_at`], the additional factor's AUTHMTH check), judged for
//! a target instead of now.

use crate::messages::QResult;
use crate::security::fcnusg;
use crate::security::password;
use crate::security::policy;
use crate::security::profile::{self, AuthMethod, Profile, SpecialAuthority};
use crate::store::{Table, Tx};
use crate::system::{self, sysval, AdditionalFactor};
use serde::Serialize;

/// What happens to one profile at the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// It gets password *NONE at the IPL that makes the target QPWDLVL current.
    LosesPassword,
    /// It keeps its password but cannot sign on (disabled, AUTHMTH *TOTP without a key).
    CannotSignOn,
    /// It keeps its password and can sign on.
    KeepsPassword,
    /// Nothing changes for it: no password, or a profile that cannot sign on by design.
    Unaffected,
}

impl Outcome {
    /// Every outcome, in the order reports list them.
    pub const ALL: [Outcome; 4] = [
        Outcome::LosesPassword,
        Outcome::CannotSignOn,
        Outcome::KeepsPassword,
        Outcome::Unaffected,
    ];

    /// The snake_case key (as in the JSON).
    pub fn key(self) -> &'static str {
        match self {
            Outcome::LosesPassword => "loses_password",
            Outcome::CannotSignOn => "cannot_sign_on",
            Outcome::KeepsPassword => "keeps_password",
            Outcome::Unaffected => "unaffected",
        }
    }

    /// A short label for people.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::LosesPassword => "Gets password *NONE",
            Outcome::CannotSignOn => "Cannot sign on",
            Outcome::KeepsPassword => "Keeps password",
            Outcome::Unaffected => "Unaffected",
        }
    }

    /// Whether an administrator must act on it.
    pub fn needs_action(self) -> bool {
        matches!(self, Outcome::LosesPassword | Outcome::CannotSignOn)
    }
}

/// One finding: what, why, and the IBM i command that fixes it.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// A stable code (`password_none_at_ipl`, `qsecofr_lockout`, …).
    pub code: &'static str,
    /// The profile concerned, for a system-wide risk about one profile.
    pub user_profile: Option<String>,
    /// What happens and why.
    pub text: String,
    /// The IBM i command(s) that fix it.
    pub fix: String,
}

/// One profile's line of the report.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileResult {
    /// Profile name.
    pub user_profile: String,
    /// What happens to it.
    pub outcome: Outcome,
    /// `*ENABLED` / `*DISABLED`.
    pub status: String,
    /// User class.
    pub user_class: String,
    /// Password levels held now (`"0/1"`, `"2/3"`, `"4"`).
    pub password_levels: Vec<&'static str>,
    /// Held levels whose value qsy does not know (imported; rehearsal only).
    pub password_values_unknown: Vec<&'static str>,
    /// AUTHMTH.
    pub authentication_methods: Vec<String>,
    /// Whether a TOTP key is set.
    pub totp_key_set: bool,
    /// Text description.
    pub text: String,
    /// Why, and what fixes it (empty when nothing needs doing).
    pub findings: Vec<Finding>,
}

/// Security levels and the additional factor, now or at the target.
#[derive(Debug, Clone, Serialize)]
pub struct Levels {
    /// QSECURITY.
    pub security_level: u8,
    /// QPWDLVL.
    pub password_level: u8,
    /// `*ENABLED` / `*DISABLED`.
    pub additional_signon_factor: &'static str,
}

/// What the report is judged against.
#[derive(Debug, Clone, Default)]
pub struct TargetOptions {
    /// QSECURITY at the target (None: the current one, at least 40).
    pub security_level: Option<u8>,
    /// QPWDLVL at the target (None: 4).
    pub password_level: Option<u8>,
    /// The additional sign-on factor at the target (None: *ENABLED).
    pub factor_enabled: Option<bool>,
    /// Judge every profile with a password as if it had AUTHMTH(*TOTP).
    pub assume_totp: bool,
    /// Profiles that jobs run under without their credentials (SBMJOB USER, job schedule
    /// entries); empty when not given.
    pub job_users: Vec<String>,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The system as it is.
    pub current: Levels,
    /// The target.
    pub target: Levels,
    /// Every profile was judged as if it had AUTHMTH(*TOTP).
    pub assume_totp: bool,
    /// Profiles per outcome, in [`Outcome::ALL`]'s order.
    pub counts: serde_json::Map<String, serde_json::Value>,
    /// System-wide risks.
    pub risks: Vec<Finding>,
    /// Every profile, by name.
    pub profiles: Vec<ProfileResult>,
}

impl Report {
    /// The count of `outcome`.
    pub fn count(&self, outcome: Outcome) -> u64 {
        self.counts
            .get(outcome.key())
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0)
    }
}

fn factor_text(on: bool) -> &'static str {
    if on {
        "*ENABLED"
    } else {
        "*DISABLED"
    }
}

/// Judges every profile of `tx` against the target.
pub fn analyse(tx: &Tx, options: &TargetOptions) -> QResult<Report> {
    let levels = sysval::levels(tx)?;
    let factor = system::adlsgnfac(tx)?;
    let current = Levels {
        security_level: levels.security.current,
        password_level: levels.password.current,
        additional_signon_factor: factor_text(factor.current == AdditionalFactor::Enabled),
    };
    let t_sec = options
        .security_level
        .unwrap_or_else(|| (*levels.security.after_ipl()).max(40));
    let t_pwd = options.password_level.unwrap_or(4);
    let t_factor = options.factor_enabled.unwrap_or(true);
    let target = Levels {
        security_level: t_sec,
        password_level: t_pwd,
        additional_signon_factor: factor_text(t_factor),
    };
    let factor_on = t_factor && t_sec >= 40 && t_pwd >= 4;
    let kdf = profile::kdf(tx)?;
    let mut counts = [0u64; 4];
    let mut profiles = Vec::new();
    let mut recovery_able = Vec::new();
    let mut risks = Vec::new();
    for p in profile::all(tx)? {
        let r = judge(&p, t_pwd, factor_on, options.assume_totp);
        counts[Outcome::ALL
            .iter()
            .position(|o| *o == r.outcome)
            .unwrap_or(3)] += 1;
        if p.name != "QSECOFR"
            && r.outcome == Outcome::KeepsPassword
            && p.has(SpecialAuthority::AllObj)
            && p.has(SpecialAuthority::SecAdm)
        {
            recovery_able.push(p.name.clone());
        }
        if has_default_password(&p, current.password_level, &kdf) {
            risks.push(Finding {
                code: "default_password",
                user_profile: Some(p.name.clone()),
                text: format!(
                    "{}{} still has its default password (the password is the profile name).",
                    if p.ibm_supplied { "IBM-supplied profile " } else { "" },
                    p.name
                ),
                fix: format!(
                    "CHGUSRPRF USRPRF({}) PASSWORD(*NONE), or a new password: CHGUSRPRF USRPRF({}) PASSWORD(new) PWDEXP(*YES)",
                    p.name, p.name
                ),
            });
        }
        profiles.push(r);
    }
    if let Some(q) = profiles.iter().find(|r| r.user_profile == "QSECOFR") {
        if q.outcome.needs_action() && recovery_able.is_empty() {
            risks.insert(0, Finding {
                code: "qsecofr_lockout",
                user_profile: Some("QSECOFR".into()),
                text: format!(
                    "QSECOFR {} at the target, and no other enabled profile with *ALLOBJ and *SECADM that keeps its password could recover it: only the DST reset would.",
                    if q.outcome == Outcome::LosesPassword { "gets password *NONE" } else { "cannot sign on" }
                ),
                fix: "CHGUSRPRF USRPRF(QSECOFR) PASSWORD(new) at QPWDLVL 2 or 3 (and CHGTOTPKEY signed on as QSECOFR before AUTHMTH(*TOTP)); and a second security officer: CRTUSRPRF USRPRF(SECBKUP) USRCLS(*SECOFR) SPCAUT(*ALLOBJ *SECADM)".into(),
            });
        }
    }
    for (user, usage) in denied_users(tx)? {
        if usage != "*DENIED" {
            continue;
        }
        let named = options.job_users.contains(&user);
        if options.job_users.is_empty() || named {
            risks.push(Finding {
                code: "denied_job_user",
                user_profile: Some(user.clone()),
                text: if named {
                    format!("{user} is *DENIED for QIBM_RUN_UNDER_USER_NO_AUTH and jobs run under it: SBMJOB USER({user}) and job schedule entries fail.")
                } else {
                    format!("{user} is *DENIED for QIBM_RUN_UNDER_USER_NO_AUTH: a job started under it without its password (SBMJOB USER({user}), a job schedule entry) fails; check none is (--job-user).")
                },
                fix: format!("CHGFCNUSG FCNID(QIBM_RUN_UNDER_USER_NO_AUTH) USER({user}) USAGE(*NONE), or run those jobs under another profile"),
            });
        }
    }
    let sec_after = *levels.security.after_ipl();
    let pwd_after = *levels.password.after_ipl();
    let factor_after = *factor.after_ipl() == AdditionalFactor::Enabled;
    let drops_now = factor_after && (sec_after < 40 || pwd_after < 4);
    let drops_target = t_factor && (t_sec < 40 || t_pwd < 4);
    if drops_now || drops_target {
        let (s, l) = if drops_now {
            (sec_after, pwd_after)
        } else {
            (t_sec, t_pwd)
        };
        let mut fix = Vec::new();
        if s < 40 {
            fix.push("CHGSYSVAL SYSVAL(QSECURITY) VALUE('40')");
        }
        if l < 4 {
            fix.push("CHGSYSVAL SYSVAL(QPWDLVL) VALUE(4)");
        }
        risks.push(Finding {
            code: "attribute_drops",
            user_profile: None,
            text: format!("The additional sign-on factor is enabled (or to be) while QSECURITY {s} and QPWDLVL {l} would be current after the IPL: it needs 40 and 4, and becomes *DISABLED."),
            fix: fix.join(", then IPL; "),
        });
    }
    if current.password_level <= 1 && t_pwd >= 3 {
        risks.push(Finding {
            code: "password_level_path",
            user_profile: None,
            text: format!("QPWDLVL {} cannot go to {t_pwd} directly: level-2/3 passwords come first.", current.password_level),
            fix: "CHGSYSVAL SYSVAL(QPWDLVL) VALUE(2), then IPL (PWRDWNSYS OPTION(*IMMED) RESTART(*YES)); change the passwords; then CHGSYSVAL SYSVAL(QPWDLVL) VALUE(4) and IPL".into(),
        });
    }
    let mut map = serde_json::Map::new();
    for (o, n) in Outcome::ALL.iter().zip(counts) {
        map.insert(o.key().into(), n.into());
    }
    Ok(Report {
        current,
        target,
        assume_totp: options.assume_totp,
        counts: map,
        risks,
        profiles,
    })
}

/// The profile's outcome and findings at the target.
fn judge(p: &Profile, t_pwd: u8, factor_on: bool, assume_totp: bool) -> ProfileResult {
    let held = password::held_levels(&p.passwords);
    let name = &p.name;
    let mut findings = Vec::new();
    let outcome = if p.not_changeable || held.is_empty() {
        Outcome::Unaffected
    } else {
        let mut outcome = Outcome::KeepsPassword;
        if policy::would_lose_password_at(&p.passwords, t_pwd) {
            outcome = Outcome::LosesPassword;
            let why = if p.passwords.changed_at_level <= 1 {
                "password last changed at QPWDLVL 0 or 1"
            } else {
                "no password hash for that level"
            };
            findings.push(Finding {
                code: "password_none_at_ipl",
                user_profile: None,
                text: format!("Gets password *NONE at the IPL to QPWDLVL {t_pwd}: {why}, so it has no level-{t_pwd} hash."),
                fix: format!("CHGUSRPRF USRPRF({name}) PASSWORD(new) PWDEXP(*YES) while QPWDLVL is 2 or 3 (or the user runs CHGPWD then)"),
            });
        }
        if p.disabled() {
            if outcome == Outcome::KeepsPassword {
                outcome = Outcome::CannotSignOn;
            }
            findings.push(Finding {
                code: "disabled",
                user_profile: None,
                text: "The profile is *DISABLED.".into(),
                fix: format!("CHGUSRPRF USRPRF({name}) STATUS(*ENABLED), if it should sign on"),
            });
        }
        let wants_totp = p.wants_totp() || assume_totp;
        if factor_on && wants_totp && p.totp.is_none() {
            if outcome == Outcome::KeepsPassword {
                outcome = Outcome::CannotSignOn;
            }
            findings.push(Finding {
                code: "totp_without_key",
                user_profile: None,
                text: "AUTHMTH *TOTP with no TOTP key: every sign-on is refused while the additional sign-on factor is enabled.".into(),
                fix: format!("CHGTOTPKEY TOTPKEY(*GEN) signed on as {name} (before the factor is enabled), or CHGUSRPRF USRPRF({name}) AUTHMTH(*NONE)"),
            });
        }
        outcome
    };
    ProfileResult {
        user_profile: name.clone(),
        outcome,
        status: p.status.to_string(),
        user_class: p.user_class.to_string(),
        password_levels: held,
        password_values_unknown: password::unknown_levels(&p.passwords),
        authentication_methods: p
            .authentication_methods
            .iter()
            .map(|m: &AuthMethod| m.to_string())
            .collect(),
        totp_key_set: p.totp.is_some(),
        text: p.text.clone(),
        findings,
    }
}

/// Whether the profile's password is its name: checked against the hashes qsy knows for an
/// IBM-supplied profile (a few key derivations), or as the real system reported it while the
/// value is unknown (imported).
fn has_default_password(p: &Profile, level: u8, kdf: &password::KdfSettings) -> bool {
    if p.not_changeable || !p.has_password(level) {
        return false;
    }
    if !password::unknown_levels(&p.passwords).is_empty() {
        return p.reported_default_password;
    }
    if !p.ibm_supplied {
        return false;
    }
    let mut hashes = p.passwords.clone();
    password::verify(&mut hashes, &p.name, level, kdf).ok
}

/// Every profile's entry for QIBM_RUN_UNDER_USER_NO_AUTH: (user, usage).
fn denied_users(tx: &Tx) -> QResult<Vec<(String, String)>> {
    let prefix = format!("{}/", fcnusg::RUN_UNDER_USER_NO_AUTH);
    let mut out = Vec::new();
    for (key, bytes) in tx.scan(Table::FcnUsg)? {
        if let Some(user) = key.strip_prefix(&prefix) {
            if user.starts_with('*') {
                continue;
            }
            let usage: String = crate::store::decode(&bytes)?;
            out.push((user.to_string(), usage));
        }
    }
    Ok(out)
}
