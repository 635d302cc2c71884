//! DLTUSRPRF: delete a user profile.

use crate::engine::Job;
use crate::lang::defs::dltusrprf::USRPRF;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::objaut::{self, Object};
use crate::security::{fcnusg, profile};
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
    let me = job.user_profile()?;
    authority::require_security_administrator(&me, "DLTUSRPRF")?;
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
    authority::require_delete_profile(job.tx, job.out, &me, &name)?;
    // IBM's default OWNOBJOPT(*NODLT): a profile that owns objects is not deleted.
    let records = objaut::all_records(job.tx)?;
    let owned = records
        .iter()
        .filter(|(key, a)| a.owner == name && *key != Object::Profile(name.clone()).key())
        .count();
    if owned > 0 {
        return msg::qsy0084(
            &name,
            format!("it owns {owned} object(s); give them another owner with CHGOBJOWN first"),
        )
        .fail();
    }
    // Its private authorities to other objects go with it.
    for (key, mut a) in records {
        if a.private.remove(&name).is_some() {
            objaut::put_key(job.tx, &key, &a)?;
        }
    }
    objaut::remove(job.tx, &Object::Profile(name.clone()))?;
    fcnusg::remove_user(job.tx, &name)?;
    job.tx.delete(Table::Profile, &name)?;
    job.audit("DO", &name, None, "DLTUSRPRF")?;
    job.send(msg::qsy0083(&name).completion());
    Ok(())
}
