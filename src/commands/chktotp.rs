//! CHKTOTP: check the job user's password and a TOTP value without signing on.

use crate::engine::signon::{not_valid_attempt, refuse_disabled, valid_verification};
use crate::engine::Job;
use crate::lang::defs::chktotp::{PASSWORD, TOTPVAL};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::policy::split_factor;
use crate::security::{password, profile, totp};
use crate::system::sysval;

/// The parameters of CHKTOTP.
pub struct Params {
    /// PASSWORD as typed (maybe `password:code`); empty when not given.
    pub password: String,
    /// TOTPVAL, when given apart from the password.
    pub totp: Option<String>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            password: args.str(PASSWORD).unwrap_or_default().to_string(),
            totp: args.str(TOTPVAL).map(str::to_string),
        })
    }
}

/// Runs CHKTOTP.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let mut p = job.user_profile()?;
    let (pw, code) = split_factor(&params.password, params.totp.as_deref(), true);
    let code = code.unwrap_or_default();
    refuse_disabled(job, &p, "CHKTOTP")?;
    let level = sysval::password_level(job.tx)?;
    // As at sign-on, a profile with no password at this level has no attempt to count
    // (IBM's QMAXSIGN: "no password is associated with the user profile" is not counted).
    let counts = p.has_password(level);
    let kdf = profile::kdf(job.tx)?;
    let name = p.name.clone();
    let password_ok = password::verify(&mut p.passwords, pw, level, &kdf).ok;
    let code_ok = password_ok
        && totp::is_code(code)
        && p.totp.as_ref().is_some_and(|k| {
            totp::TotpVerifier::new(&k.key)
                .verify(code, job.now.max(0) as u64)
                .is_some()
        });
    // A recovery key in place of the TOTP value works once, as at sign-on (the help's
    // decision): it clears the TOTP key, and its use is a security event kept durably.
    let recovery_ok = password_ok
        && !code_ok
        && !totp::is_code(code)
        && p.totp
            .as_ref()
            .and_then(|k| k.recovery.as_ref())
            .is_some_and(|r| totp::check_recovery_key(r, code));
    if recovery_ok {
        p.totp = None;
        p.signon_attempts_not_valid = 0;
        profile::put(job.tx, &p)?;
        job.tx.keep_security_event()?;
        job.send(msg::qsy0046().diagnostic());
        job.send(msg::qsy0099(&name).completion());
        return Ok(());
    }
    if !code_ok {
        // A not-valid password verification attempt, counted toward QMAXSIGN like a
        // sign-on's, with IBM's CHKTOTP violation types: K for the password, O for the TOTP
        // value (IBM i 7.6, "PW (Password) journal entries").
        let violation = if password_ok { "O" } else { "K" };
        let detail = format!("CHKTOTP failed; violation type {violation}");
        let failure = not_valid_attempt(
            job,
            Some(p),
            &name,
            violation,
            &detail,
            msg::cpf2362(),
            counts,
        )?;
        return Err(failure);
    }
    valid_verification(job, &mut p)?;
    job.send(msg::qsy0099(&name).completion());
    Ok(())
}
