//! CRTUSRPRF: create a user profile.

use super::usrprf;
use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::profile::{self, Profile};

/// Runs CRTUSRPRF.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    authority::require(&job.user_profile()?, &["*SECADM"], "CRTUSRPRF")?;
    let name = args.str("USRPRF").unwrap_or_default().to_string();
    if profile::get(job.tx, &name)?.is_some() {
        return msg::qsy0081(&name).fail();
    }
    let class = args.str("USRCLS").unwrap_or("*USER").to_string();
    let mut p = Profile::new(&name, &class, job.now);
    p.special_authorities.clear();
    let fields = usrprf::apply(job, &mut p, args, true)?;
    profile::put(job.tx, &p)?;
    job.audit("CP", &name, None, format!("CRT; {}", fields.join(" ")))?;
    job.send(msg::qsy0082(&name).completion());
    Ok(())
}
