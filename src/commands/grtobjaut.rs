//! GRTOBJAUT: grant authority to a user profile or a save file (DESIGN §7.8).

use super::object::{self, ObjectParam};
use crate::engine::Job;
use crate::lang::defs::grtobjaut as kw;
use crate::lang::special::parse_param;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::objaut::{self, Authorities, PUBLIC};

/// The parameters of GRTOBJAUT.
pub struct Params {
    /// OBJ and OBJTYPE.
    pub object: ObjectParam,
    /// USER: user names, or `*PUBLIC`.
    pub users: Vec<String>,
    /// AUT: the authorities granted.
    pub authorities: Authorities,
    /// REPLACE(*YES): each user's authority becomes exactly AUT.
    pub replace: bool,
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
            replace: args.text(kw::REPLACE)? == "*YES",
        })
    }
}

/// Runs GRTOBJAUT.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let object = params.object.resolve(job)?;
    let users = object::users(job, &params.users)?;
    let me = job.user_profile()?;
    let aut = params.authorities;
    authority::require_manage_authority(job.tx, job.out, &me, &object, aut, "GRTOBJAUT")?;
    let mut record = objaut::get(job.tx, &object)?;
    for user in &users {
        let granted = |old: Authorities| {
            if aut.is_empty() || params.replace {
                aut
            } else {
                old.with(aut)
            }
        };
        if user == PUBLIC {
            record.public = granted(record.public);
        } else {
            let old = record.private.get(user).copied();
            record
                .private
                .insert(user.clone(), granted(old.unwrap_or(aut)));
        }
        let detail = format!(
            "GRTOBJAUT; {} USER({user}) AUT({}){}",
            object.object_type(),
            aut.shown_list(),
            if params.replace { " REPLACE" } else { "" }
        );
        job.audit("CA", &object::shown(&object), None, detail)?;
        job.send(msg::qsy0301(object.object_type(), object::shown(&object), user).completion());
    }
    objaut::put(job.tx, &object, &record)?;
    Ok(())
}
