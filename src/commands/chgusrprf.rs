//! CHGUSRPRF: change a user profile.

use super::usrprf::{self, ProfileKeywords, ProfileParams};
use crate::engine::Job;
use crate::lang::defs::chgusrprf as kw;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::profile;

/// The keywords of the profile parameters CHGUSRPRF shares with CRTUSRPRF.
const PROFILE: ProfileKeywords = usrprf::profile_keywords!(kw);

/// The parameters of CHGUSRPRF.
pub struct Params {
    /// USRPRF: the profile to change.
    pub usrprf: String,
    /// What changes.
    pub changes: ProfileParams,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            usrprf: args.text(kw::USRPRF)?.to_string(),
            changes: ProfileParams::from_args(args, &PROFILE)?,
        })
    }
}

/// Runs CHGUSRPRF.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let me = job.user_profile_shared()?;
    authority::require_security_administrator(&me, "CHGUSRPRF")?;
    let name = params.usrprf.clone();
    let mut p = profile::require_for_change(job.tx, &name)?;
    if p.not_changeable {
        return msg::qsy0080(&name).fail();
    }
    authority::require_change_profile(job.tx, job.out, &me, &name, "CHGUSRPRF")?;
    let fields = usrprf::apply(job, &mut p, &params.changes, false)?;
    profile::put(job.tx, &p)?;
    if !fields.is_empty() {
        job.audit("CP", &name, None, format!("CHG; {}", fields.join(" ")))?;
    }
    job.send(msg::cpc2205(&name).completion());
    Ok(())
}
