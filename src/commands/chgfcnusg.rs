//! CHGFCNUSG FCNID(QIBM_RUN_UNDER_USER_NO_AUTH): allow or deny jobs that run under a profile
//! without its credentials (DESIGN §7.9).

use crate::engine::Job;
use crate::lang::defs::chgfcnusg::{ALLOBJAUT, DEFAULT, FCNID, USAGE, USER};
use crate::lang::special::{parse_param, SpecialValue};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::fcnusg::{self, Usage};
use crate::security::{authority, profile};

/// The parameters of CHGFCNUSG.
pub struct Params {
    /// FCNID: the function.
    pub fcnid: String,
    /// USER: the one profile whose usage changes.
    pub user: Option<String>,
    /// USAGE: its usage, when given.
    pub usage: Option<Usage>,
    /// DEFAULT: the function's default usage; None for *SAME.
    pub default: Option<Usage>,
    /// ALLOBJAUT: whether *ALLOBJ allows use of the function; None for *SAME.
    pub allobj_used: Option<bool>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            fcnid: args.text(FCNID)?.to_string(),
            user: args.str(USER).map(str::to_string),
            usage: args.str(USAGE).map(|v| parse_param(USAGE, v)).transpose()?,
            default: Some(args.text(DEFAULT)?)
                .filter(|d| *d != "*SAME")
                .map(|v| parse_param(DEFAULT, v))
                .transpose()?,
            allobj_used: match args.text(ALLOBJAUT)? {
                "*USED" => Some(true),
                "*NOTUSED" => Some(false),
                _ => None,
            },
        })
    }
}

/// Runs CHGFCNUSG.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    authority::require_security_administrator(&job.user_profile()?, "CHGFCNUSG")?;
    let fcnid = &params.fcnid;
    // IBM i 7.6: the default of QIBM_RUN_UNDER_USER_NO_AUTH is *ALLOWED for all users and
    // cannot be changed to *DENIED (it would lock every job out, the one that could undo it
    // included).
    if params.default == Some(Usage::Denied) {
        return msg::qsy0065(fcnid).fail();
    }
    let mut changed = Vec::new();
    if let Some(user) = &params.user {
        let Some(usage) = params.usage else {
            return msg::qsy0002(USAGE.name(), USAGE.command()).fail();
        };
        let p = profile::require(job.tx, user)?;
        if p.not_changeable && usage == Usage::Denied {
            return msg::qsy0080(user).fail();
        }
        match usage {
            Usage::None => {
                if fcnusg::usage(job.tx, fcnid, user)?.is_some() {
                    fcnusg::clear_usage(job.tx, fcnid, user)?;
                }
            }
            _ => fcnusg::set_usage(job.tx, fcnid, user, usage.text())?,
        }
        changed.push(format!("{user} {}", usage.text()));
    }
    if let Some(default) = params.default {
        fcnusg::set_usage(job.tx, fcnid, "*DEFAULT", default.text())?;
        changed.push(format!("*DEFAULT {}", default.text()));
    }
    if let Some(used) = params.allobj_used {
        fcnusg::set_allobj_used(job.tx, fcnid, used)?;
        changed.push(format!(
            "ALLOBJAUT {}",
            if used { "*USED" } else { "*NOTUSED" }
        ));
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
