//! CHGOBJOWN: transfer ownership of a user profile or a save file (DESIGN §7.8).

use super::object::{self, ObjectParam};
use crate::engine::Job;
use crate::lang::defs::chgobjown as kw;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::objaut::{self, Authorities};
use crate::security::{authority, profile};

/// The parameters of CHGOBJOWN.
pub struct Params {
    /// OBJ and OBJTYPE.
    pub object: ObjectParam,
    /// NEWOWN: the new owner.
    pub new_owner: String,
    /// CUROWNAUT(*REVOKE): the present owner's private authority is removed.
    pub revoke_current: bool,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            object: ObjectParam::from_args(args, kw::OBJ, kw::OBJTYPE)?,
            new_owner: args.text(kw::NEWOWN)?.to_string(),
            revoke_current: args.text(kw::CUROWNAUT)? == "*REVOKE",
        })
    }
}

/// Runs CHGOBJOWN.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let object = params.object.resolve(job)?;
    let new_owner = profile::require(job.tx, &params.new_owner)?.name;
    let me = job.user_profile()?;
    authority::require_change_owner(job.tx, job.out, &me, &object, &new_owner)?;
    let mut record = objaut::get(job.tx, &object)?;
    let old_owner = std::mem::replace(&mut record.owner, new_owner.clone());
    if params.revoke_current && old_owner != new_owner {
        record.private.remove(&old_owner);
    }
    record.private.insert(new_owner.clone(), Authorities::ALL);
    objaut::put(job.tx, &object, &record)?;
    let detail = format!(
        "CHGOBJOWN; {} old owner {old_owner} new owner {new_owner}",
        object.object_type()
    );
    job.audit("OW", &object::shown(&object), None, detail)?;
    job.send(msg::qsy0303(object.object_type(), object::shown(&object), &new_owner).completion());
    Ok(())
}
