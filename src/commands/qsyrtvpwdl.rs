//! QSYRTVPWDL (simulator only): how many profiles would have no usable password at a
//! password level, for a CL program to check before the IPL to QPWDLVL 4.

use crate::engine::Job;
use crate::lang::defs::qsyrtvpwdl::{LEVEL, NOPWDCNT, USRPRF};
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::output::Returned;
use crate::security::{authority, policy, profile};

/// The parameters of QSYRTVPWDL.
pub struct Params {
    /// LEVEL: the password level to check (its definition limits it to 0-4).
    pub level: u8,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            level: args.number(LEVEL)? as u8,
        })
    }
}

/// Runs QSYRTVPWDL; the count and the names are returned for NOPWDCNT and USRPRF.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let me = job.user_profile()?;
    authority::require_password_level_report(&me)?;
    let level = params.level;
    let missing: Vec<String> = profile::all(job.tx)?
        .into_iter()
        .filter(|p| !p.not_changeable)
        .filter(|p| policy::would_lose_password_at(&p.passwords, level))
        .map(|p| p.name)
        .collect();
    job.out.line(format!(
        "{} profile(s) without a password for level {level}: {}",
        missing.len(),
        missing.join(" ")
    ));
    job.out.set("level", level);
    job.returns(NOPWDCNT, Returned::Number(missing.len() as i64));
    job.returns(USRPRF, Returned::Text(missing.join(" ")));
    Ok(())
}
