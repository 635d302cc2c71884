//! RVKOBJAUT: revoke authority to a user profile or a save file (DESIGN §7.8).

use super::object::{self, ObjectParam};
use crate::engine::Job;
use crate::lang::defs::rvkobjaut as kw;
use crate::lang::special::parse_param;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::objaut::{self, Authorities, PUBLIC};

/// The parameters of RVKOBJAUT.
pub struct Params {
    /// OBJ and OBJTYPE.
    pub object: ObjectParam,
    /// USER: user names, `*PUBLIC` or `*ALL`.
    pub users: Vec<String>,
    /// AUT: the authorities revoked (empty: *EXCLUDE).
    pub authorities: Authorities,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        let mut authorities = Authorities::EXCLUDE;
        for value in args.strings(kw::AUT) {
            authorities = authorities.with(parse_param::<Authorities>(kw::AUT, &value)?);
        }
        Ok(Params {
            object: ObjectParam::from_args(args, kw::OBJ, kw::OBJTYPE)?,
            users: args.strings(kw::USER),
            authorities,
        })
    }
}

/// Runs RVKOBJAUT.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let object = params.object.resolve(job)?;
    let me = job.user_profile()?;
    let aut = params.authorities;
    authority::require_manage_authority(job.tx, job.out, &me, &object, aut, "RVKOBJAUT")?;
    let mut record = objaut::get(job.tx, &object)?;
    let users: Vec<String> = if params.users.iter().any(|u| u == "*ALL") {
        record
            .private
            .keys()
            .filter(|u| **u != record.owner)
            .cloned()
            .collect()
    } else {
        object::users(job, &params.users)?
    };
    for user in &users {
        if user == PUBLIC {
            record.public = record.public.without(aut);
        } else if let Some(old) = record.private.get(user).copied() {
            // *EXCLUDE revokes a private *EXCLUDE; otherwise the authorities named go, and
            // a user left with none falls back to *PUBLIC.
            let left = old.without(aut);
            if (aut.is_empty() && old.is_empty()) || (!aut.is_empty() && left.is_empty()) {
                record.private.remove(user);
            } else {
                record.private.insert(user.clone(), left);
            }
        }
        let detail = format!(
            "RVKOBJAUT; {} USER({user}) AUT({})",
            object.object_type(),
            aut.shown_list()
        );
        job.audit("CA", &object::shown(&object), None, detail)?;
        job.send(msg::qsy0302(object.object_type(), object::shown(&object), user).completion());
    }
    objaut::put(job.tx, &object, &record)?;
    Ok(())
}
