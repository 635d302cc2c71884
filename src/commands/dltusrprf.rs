//! DLTUSRPRF: delete a user profile.

use crate::engine::Job;
use crate::lang::defs::dltusrprf::USRPRF;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::profile;
use crate::store::Table;

/// The parameters of DLTUSRPRF.
pub struct Params {
    /// USRPRF: the profile to delete.
    pub usrprf: String,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            usrprf: args.text(USRPRF)?.to_string(),
        })
    }
}

/// Runs DLTUSRPRF.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    authority::require_security_administrator(&job.user_profile()?, "DLTUSRPRF")?;
    let name = params.usrprf.clone();
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
