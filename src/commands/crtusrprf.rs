//! CRTUSRPRF: create a user profile.

use super::usrprf::{self, ProfileKeywords, ProfileParams};
use crate::engine::Job;
use crate::lang::defs::crtusrprf as kw;
use crate::lang::special::parse_param;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::objaut::{self, Authorities, Object};
use crate::security::profile::{self, Profile, UserClass};

/// The keywords of the profile parameters CRTUSRPRF shares with CHGUSRPRF.
const PROFILE: ProfileKeywords = usrprf::profile_keywords!(kw);

/// The parameters of CRTUSRPRF.
pub struct Params {
    /// USRPRF: the profile to create.
    pub usrprf: String,
    /// USRCLS: its user class.
    pub user_class: UserClass,
    /// AUT: the *PUBLIC authority to the new profile.
    pub public: Authorities,
    /// Its attributes (every one given, or defaulted by the definition).
    pub attributes: ProfileParams,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            usrprf: args.text(kw::USRPRF)?.to_string(),
            user_class: parse_param(kw::USRCLS, args.text(kw::USRCLS)?)?,
            public: parse_param(kw::AUT, args.text(kw::AUT)?)?,
            attributes: ProfileParams::from_args(args, &PROFILE)?,
        })
    }
}

/// Runs CRTUSRPRF.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    authority::require_security_administrator(&job.user_profile()?, "CRTUSRPRF")?;
    let name = params.usrprf.clone();
    if profile::get(job.tx, &name)?.is_some() {
        return msg::qsy0081(&name).fail();
    }
    let mut p = Profile::new(&name, params.user_class, job.now);
    p.special_authorities.clear();
    let fields = usrprf::apply(job, &mut p, &params.attributes, true)?;
    profile::put(job.tx, &p)?;
    let owner = job.user.clone();
    let authority = objaut::for_new_profile(&name, &owner, params.public);
    objaut::put(job.tx, &Object::Profile(name.clone()), &authority)?;
    job.audit("CP", &name, None, format!("CRT; {}", fields.join(" ")))?;
    job.send(msg::qsy0082(&name).completion());
    Ok(())
}
