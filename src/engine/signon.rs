//! Sign-on (DESIGN §7.7): where passwords and TOTP values are verified, for SIGNON and for
//! jobs that give credentials (`--password-stdin`). Checks run in IBM's order and each
//! refusal writes its PW audit entry; nothing secret reaches a message or the journal.

use crate::engine::Job;
use crate::messages::{msg, Failure, Msg, QResult};
use crate::security::password;
use crate::security::policy::{split_factor, MAX_PASSWORD_WITH_FACTOR};
use crate::security::profile::{self, ExpirationInterval, Profile, Status};
use crate::security::totp;
use crate::system::{self, sysval};

/// The one profile that signs on at the console (`qsy console`), even while *DISABLED.
pub const CONSOLE_USER: &str = "QSECOFR";

/// What a sign-on was given.
pub struct Credentials<'a> {
    /// User profile name (upper case).
    pub user: &'a str,
    /// The password as typed (maybe `password:factor`).
    pub password: &'a str,
    /// The "Additional factor" field, when the interface has one.
    pub factor: Option<&'a str>,
    /// An expired password is accepted (the change-password screen: CHGPWD).
    pub allow_expired: bool,
}

/// How a successful sign-on met the additional factor (DESIGN §4 `additional_factor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactorUse {
    /// A TOTP value was checked.
    Totp,
    /// A recovery key took the place of a TOTP value (and is used up).
    Recovery,
    /// Not asked: the last sign-on with a TOTP value is within TOTPOPTITV.
    Interval,
    /// None required: the additional sign-on factor attribute is not enabled.
    AttributeNotEnabled,
    /// None required: the profile's AUTHMTH is *NONE.
    ProfileNone,
    /// None asked: the profile's TOTP key was reset at DST and none is set yet (QSY0045).
    KeyReset,
}

impl FactorUse {
    /// The special value shown in JSON (`additional_factor`).
    pub fn special(self) -> &'static str {
        match self {
            FactorUse::Totp => "*TOTP",
            FactorUse::Recovery => "*RECOVERY",
            FactorUse::Interval => "*INTERVAL",
            FactorUse::AttributeNotEnabled | FactorUse::ProfileNone | FactorUse::KeyReset => {
                "*NOTREQUIRED"
            }
        }
    }

    /// What happened, in words (QSY0662).
    pub fn explained(self) -> &'static str {
        match self {
            FactorUse::Totp => "required, and a TOTP value was verified",
            FactorUse::Recovery => {
                "required, and a recovery key was used in place of a TOTP value (it is used up)"
            }
            FactorUse::Interval => {
                "required, but not asked: the last sign-on with a TOTP value is within the profile's optional interval (TOTPOPTITV)"
            }
            FactorUse::AttributeNotEnabled => {
                "not required: the additional sign-on factor attribute is not enabled (DSPSECA)"
            }
            FactorUse::ProfileNone => "not required: the profile's AUTHMTH is *NONE",
            FactorUse::KeyReset => {
                "not asked: the profile's TOTP key was reset and no new key is set yet"
            }
        }
    }

    /// Reports the outcome on the job: `additional_factor` in JSON, QSY0662 in text.
    pub fn report(self, job: &mut Job) {
        job.out.set("additional_factor", self.special());
        job.send(msg::qsy0662(self.special(), self.explained()).info());
    }
}

/// A successful sign-on: the profile and how the additional factor was met.
pub struct SignedOn {
    /// The profile signed on.
    pub profile: Profile,
    /// How the additional factor was met.
    pub factor: FactorUse,
}

/// Whether the profile's password has expired (explicitly, or by its expiration interval).
pub fn password_expired(job: &Job, p: &Profile) -> QResult<bool> {
    if p.password_expired {
        return Ok(true);
    }
    let days = match p.password_expiration_interval {
        ExpirationInterval::SysVal => sysval::current(job.tx, "QPWDEXPITV")?
            .parse::<ExpirationInterval>()
            .ok()
            .and_then(ExpirationInterval::days),
        interval => interval.days(),
    };
    Ok(match (days, p.password_changed) {
        (Some(days), Some(changed)) => job.now >= changed + i64::from(days) * 86_400,
        _ => false,
    })
}

/// Records a not-valid sign-on or password verification attempt — SIGNON, a job's
/// credentials, CHGPWD's current password, CHKTOTP — the one way for all of them (IBM's
/// QMAXSIGN counts "sign-on or password verification attempts"): the PW audit entry with
/// its violation type, and when `counts`, one more "sign-on attempt not valid" on the
/// profile `p`; reaching QMAXSIGN with QMAXSGNACN 2 or 3 disables the profile (CP entry,
/// `refused` sent as a diagnostic and CPF1393 returned in its place).
///
/// The records are a security event ([`crate::store::Tx::keep_security_event`]): kept
/// whatever the command does next, and durable before the job goes on. Returns the
/// failure to report.
pub fn not_valid_attempt(
    job: &mut Job,
    mut p: Option<Profile>,
    name: &str,
    violation: &str,
    detail: &str,
    refused: Msg,
    counts: bool,
) -> QResult<Failure> {
    job.audit("PW", name, Some(violation), detail)?;
    let mut failure = Failure::from(refused.clone());
    if let Some(p) = p.as_mut().filter(|_| counts) {
        p.signon_attempts_not_valid += 1;
        let max = sysval::current(job.tx, "QMAXSIGN")?;
        let action = sysval::current_num(job.tx, "QMAXSGNACN")?;
        if let Ok(max) = max.parse::<u32>() {
            if p.signon_attempts_not_valid >= max && (action == 2 || action == 3) && !p.disabled() {
                p.status = Status::Disabled;
                job.audit("CP", name, None, "profile disabled: QMAXSIGN reached")?;
                job.send(refused.diagnostic());
                failure = Failure::from(msg::cpf1393(name));
            }
        }
        profile::put(job.tx, p)?;
    }
    // The attempt is recorded whatever the command does next, before anything else runs.
    job.tx.keep_security_event()?;
    Ok(failure)
}

/// Records a valid password verification that is not a sign-on (CHGPWD's current
/// password, CHKTOTP): as IBM's QMAXSGNACN page says, it resets the count of not-valid
/// attempts — a security event, kept whatever the command does next.
///
/// The profile is written even when the count was already 0, so that a right guess, like
/// a wrong one, is shown only once the store has taken it: on a store that cannot be
/// written both fail the same way (fail closed, no password oracle).
pub fn valid_verification(job: &mut Job, p: &mut Profile) -> QResult<()> {
    p.signon_attempts_not_valid = 0;
    profile::put(job.tx, p)?;
    job.tx.keep_security_event()
}

/// Refuses a password verification by the job user of a running job (CHGPWD, CHKTOTP)
/// once its profile is disabled — as the sign-on refuses a disabled profile: CPF22E3, PW
/// violation Q, not counted — so a job keeps no password oracle after QMAXSIGN disabled
/// its user.
pub fn refuse_disabled(job: &mut Job, p: &Profile, what: &str) -> QResult<()> {
    if !p.disabled() {
        return Ok(());
    }
    let detail = format!("{what}; user profile disabled");
    let failure = not_valid_attempt(
        job,
        None,
        &p.name,
        "Q",
        &detail,
        msg::cpf22e3(&p.name),
        false,
    )?;
    Err(failure)
}

/// A failed sign-on: [`not_valid_attempt`] with the sign-on's PW entry text.
fn refuse(
    job: &mut Job,
    p: Option<Profile>,
    name: &str,
    violation: &str,
    refused: Msg,
    counts: bool,
) -> QResult<Failure> {
    let detail = format!("sign-on failed; violation type {violation}");
    not_valid_attempt(job, p, name, violation, &detail, refused, counts)
}

/// Verifies credentials exactly as the sign-on screen does; on success records the sign-on
/// and returns the profile.
pub fn sign_on(job: &mut Job, creds: &Credentials) -> QResult<SignedOn> {
    let name = creds.user;
    let Some(mut p) = profile::get(job.tx, name)? else {
        return Err(refuse(job, None, name, "U", msg::cpf2204(name), false)?);
    };
    if p.not_changeable {
        return Err(refuse(job, None, name, "U", msg::cpf22e5(name), false)?);
    }
    // IBM's QMAXSGNACN page: QSECOFR can always sign on at the console, even when disabled.
    if p.disabled() && !(job.at_console && name == CONSOLE_USER) {
        return Err(refuse(job, None, name, "Q", msg::cpf22e3(name), false)?);
    }
    let factor_on = system::adlsgnfac_enabled(job.tx)? && p.wants_additional_factor();
    let (typed, factor) = split_factor(creds.password, creds.factor, factor_on);
    let level = sysval::password_level(job.tx)?;
    if !p.has_password(level) {
        return Err(refuse(job, Some(p), name, "P", msg::cpf22e5(name), false)?);
    }
    let too_long = factor.is_some()
        && p.wants_totp()
        && creds.factor.is_none()
        && typed.chars().count() > MAX_PASSWORD_WITH_FACTOR;
    let kdf = profile::kdf(job.tx)?;
    let verified = !too_long && password::verify(&mut p.passwords, typed, level, &kdf).ok;
    if !verified {
        // `password:code` while no factor is required is a wrong password to the caller
        // (who must not learn the MFA state); the PW entry tells the administrator.
        let detail = match (factor_on, creds.factor, typed.rfind(':')) {
            (false, None, Some(i)) => {
                let why = if system::adlsgnfac_enabled(job.tx)? {
                    "the profile's AUTHMTH is *NONE"
                } else {
                    "the additional sign-on factor attribute is not enabled"
                };
                let mut hashes = p.passwords.clone();
                let before = password::verify(&mut hashes, &typed[..i], level, &kdf).ok;
                Some(format!(
                    "sign-on failed; violation type P; the password was given as password:factor, but no additional factor is required ({why}), so all of it was checked as the password{}",
                    if before { "; the part before the colon is the profile's password" } else { "" }
                ))
            }
            _ => None,
        };
        if let Some(detail) = detail {
            return Err(not_valid_attempt(
                job,
                Some(p),
                name,
                "P",
                &detail,
                msg::cpf22e2(name),
                true,
            )?);
        }
        return Err(refuse(job, Some(p), name, "P", msg::cpf22e2(name), true)?);
    }
    let mut gave_totp = false;
    let mut used = if !system::adlsgnfac_enabled(job.tx)? {
        FactorUse::AttributeNotEnabled
    } else if !p.wants_totp() {
        FactorUse::ProfileNone
    } else {
        FactorUse::Totp
    };
    if factor_on && p.wants_totp() && p.totp.is_none() && p.totp_reset_by_dst {
        job.send(msg::qsy0045().diagnostic());
        used = FactorUse::KeyReset;
    } else if factor_on && p.wants_totp() {
        let within_interval = factor.is_none()
            && matches!((p.totp_optional_interval, p.last_totp_signon), (Some(m), Some(last)) if job.now < last + i64::from(m) * 60);
        used = FactorUse::Interval;
        let mut recovery = false;
        if !within_interval {
            let ok = match (factor, p.totp.as_mut()) {
                (Some(code), Some(key)) if totp::is_code(code) => totp::TotpVerifier::new(&key.key)
                    .verify(code, job.now.max(0) as u64)
                    .is_some(),
                (Some(code), Some(key)) => {
                    // A recovery key works once, in place of a TOTP value, and clears the key
                    // so the user must set a new one (DESIGN §7.5 decision).
                    let used = key
                        .recovery
                        .as_ref()
                        .is_some_and(|r| totp::check_recovery_key(r, code));
                    if used {
                        p.totp = None;
                        job.send(msg::qsy0046().diagnostic());
                        recovery = true;
                    }
                    used
                }
                _ => false,
            };
            if !ok {
                return Err(refuse(job, Some(p), name, "T", msg::cpf22e2(name), true)?);
            }
            gave_totp = true;
            used = if recovery {
                FactorUse::Recovery
            } else {
                FactorUse::Totp
            };
        }
    }
    if !creds.allow_expired && password_expired(job, &p)? {
        return Err(refuse(job, None, name, "R", msg::cpf22e4(name), false)?);
    }
    p.signon_attempts_not_valid = 0;
    p.previous_signon = Some(job.now);
    if gave_totp {
        p.last_totp_signon = Some(job.now);
    }
    profile::put(job.tx, &p)?;
    // The sign-on's own records (count reset, a used recovery key) are kept whatever the
    // job does next, and committed before it goes on.
    job.tx.keep_security_event()?;
    Ok(SignedOn {
        profile: p,
        factor: used,
    })
}

/// Authenticates the job user before a command runs (`--password-stdin`, a TTY prompt).
/// `allow_expired` lets an expired password through for CHGPWD, as the sign-on screen
/// leads to the change-password screen.
pub fn authenticate_job(job: &mut Job, password: &str, allow_expired: bool) -> QResult<()> {
    let user = job.user.clone();
    let signed = sign_on(
        job,
        &Credentials {
            user: &user,
            password,
            factor: None,
            allow_expired,
        },
    )?;
    signed.factor.report(job);
    job.authenticated = true;
    Ok(())
}
