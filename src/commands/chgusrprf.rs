//! CHGUSRPRF: change a user profile.

use super::usrprf;
use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::profile;

/// Runs CHGUSRPRF.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    authority::require(&job.user_profile()?, &["*SECADM"], "CHGUSRPRF")?;
    let name = args.str("USRPRF").unwrap_or_default().to_string();
    let mut p = profile::require(job.tx, &name)?;
    if p.not_changeable {
        return msg::qsy0080(&name).fail();
    }
    let fields = usrprf::apply(job, &mut p, args, false)?;
    profile::put(job.tx, &p)?;
    if !fields.is_empty() {
        job.audit("CP", &name, None, format!("CHG; {}", fields.join(" ")))?;
    }
    job.send(msg::cpc2205(&name).completion());
    Ok(())
}
