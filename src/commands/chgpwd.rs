//! CHGPWD: a user changes its own password (current password required, QPWDRULES always
//! applied, QPWDCHGBLK honoured).

use crate::engine::signon::{not_valid_attempt, refuse_disabled, valid_verification};
use crate::engine::Job;
use crate::lang::defs::chgpwd::{CURPWD, NEWPWD};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::profile::Profile;
use crate::security::{password, profile, rules};
use crate::system::sysval;

/// The parameters of CHGPWD.
pub struct Params {
    /// CURPWD: the current password.
    pub current: String,
    /// NEWPWD: the new password.
    pub new: String,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            current: args.text(CURPWD)?.to_string(),
            new: args.text(NEWPWD)?.to_string(),
        })
    }
}

/// Runs CHGPWD.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let p = job.user_profile()?;
    change_password(job, p, Some(&params.current), &params.new, "CHGPWD")?;
    job.send(msg::qsy0087().completion());
    Ok(())
}

/// Changes `p`'s password to `new` as CHGPWD and the QSYCHGPW API do (`what` names the
/// one asking, in the refusals and the CP entry): with `current`, the current password is
/// verified first (a wrong one is a not-valid password verification attempt, counted
/// toward QMAXSIGN) and QPWDCHGBLK applies; without it (QSYCHGPW's *NOPWD, which the
/// caller has checked authority for) neither does. The password rules always apply.
pub fn change_password(
    job: &mut Job,
    mut p: Profile,
    current: Option<&str>,
    new: &str,
    what: &str,
) -> QResult<()> {
    if p.not_changeable {
        return msg::qsy0080(&p.name).fail();
    }
    let level = sysval::password_level(job.tx)?;
    if let Some(current) = current {
        refuse_disabled(job, &p, what)?;
        // As at sign-on, a profile with no password at this level has no attempt to count
        // (IBM's QMAXSIGN: "no password is associated with the user profile" is not counted).
        let counts = p.has_password(level);
        let kdf = profile::kdf(job.tx)?;
        if !password::verify(&mut p.passwords, current, level, &kdf).ok {
            // A not-valid password verification attempt: counted toward QMAXSIGN like a
            // sign-on's (IBM's QMAXSIGN page), PW violation type P ("Password not valid").
            let name = p.name.clone();
            let failure = not_valid_attempt(
                job,
                Some(p),
                &name,
                "P",
                &format!("{what}; current password not correct"),
                msg::cpf2362(),
                counts,
            )?;
            return Err(failure);
        }
        valid_verification(job, &mut p)?;
        if let (Ok(block), Some(changed)) = (
            sysval::current(job.tx, "QPWDCHGBLK")?.parse::<i64>(),
            p.password_changed,
        ) {
            if !p.password_expired && job.now < changed + block * 3600 {
                return msg::qsy0092(block).fail();
            }
        }
        let normalized_new = rules::normalize(job.tx, new)?;
        if password::normalize(current, level).ok().as_deref() == Some(normalized_new.as_str()) {
            return msg::qsy0093().fail();
        }
    }
    rules::set_password(job.tx, &mut p, new, job.now, true, current)?;
    p.password_expired = false;
    profile::put(job.tx, &p)?;
    let name = p.name.clone();
    job.audit("CP", &name, None, format!("{what}; PASSWORD"))?;
    Ok(())
}
