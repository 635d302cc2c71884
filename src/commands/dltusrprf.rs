//! DLTUSRPRF: delete a user profile.

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::profile;
use crate::store::Table;

/// Runs DLTUSRPRF.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    authority::require(&job.user_profile()?, &["*SECADM"], "DLTUSRPRF")?;
    let name = args.str("USRPRF").unwrap_or_default().to_string();
    let p = profile::require(job.tx, &name)?;
    if p.not_changeable {
        return msg::qsy0080(&name).fail();
    }
    if p.ibm_supplied {
        return msg::qsy0084(&name, "it is supplied by IBM").fail();
    }
    if name == job.user {
        return msg::qsy0084(&name, "it is the user of the current job").fail();
    }
    job.tx.delete(Table::Profile, &name)?;
    job.audit("DO", &name, None, "DLTUSRPRF")?;
    job.send(msg::qsy0083(&name).completion());
    Ok(())
}
