//! CHGFCNUSG FCNID(QIBM_RUN_UNDER_USER_NO_AUTH): allow or deny jobs that run under a profile
//! without its credentials (DESIGN §7.9).

use crate::engine::Job;
use crate::lang::defs::chgfcnusg::{DEFAULT, FCNID, USAGE, USER};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::{authority, fcnusg, profile};

/// The parameters of CHGFCNUSG.
pub struct Params {
    /// FCNID: the function.
    pub fcnid: String,
    /// USER: the profiles whose usage changes.
    pub users: Vec<String>,
    /// USAGE: their usage, when given.
    pub usage: Option<String>,
    /// DEFAULT: the function's default usage; None for *SAME.
    pub default: Option<String>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            fcnid: args.text(FCNID)?.to_string(),
            users: args.strings(USER),
            usage: args.str(USAGE).map(str::to_string),
            default: Some(args.text(DEFAULT)?)
                .filter(|d| *d != "*SAME")
                .map(str::to_string),
        })
    }
}

/// Runs CHGFCNUSG.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    authority::require_security_administrator(&job.user_profile()?, "CHGFCNUSG")?;
    let fcnid = &params.fcnid;
    let users = &params.users;
    let usage = match &params.usage {
        Some(usage) => usage.as_str(),
        // No user to change: USAGE is not needed.
        None if users.is_empty() => "",
        None => return msg::qsy0002(USAGE.name(), USAGE.command()).fail(),
    };
    let mut changed = Vec::new();
    for user in users {
        let p = profile::require(job.tx, user)?;
        if p.not_changeable && usage == "*DENIED" {
            return msg::qsy0080(user).fail();
        }
        fcnusg::set_usage(job.tx, fcnid, user, usage)?;
        changed.push(format!("{user} {usage}"));
    }
    if let Some(default) = &params.default {
        fcnusg::set_usage(job.tx, fcnid, "*DEFAULT", default)?;
        changed.push(format!("*DEFAULT {default}"));
    }
    if !changed.is_empty() {
        job.audit(
            "GR",
            fcnid,
            None,
            format!("CHGFCNUSG; {}", changed.join(", ")),
        )?;
    }
    job.send(msg::qsy0100(fcnid).completion());
    Ok(())
}
