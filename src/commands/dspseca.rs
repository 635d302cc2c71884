//! DSPSECA: display security attributes, each current and pending.

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::system::{self, sysval};

/// The parameters of DSPSECA: OUTPUT changes nothing in qsy.
pub struct Params;

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(_args: &Args) -> QResult<Params> {
        Ok(Params)
    }
}

/// Runs DSPSECA.
pub fn run(job: &mut Job, _params: &Params) -> QResult<()> {
    let security = sysval::get(job.tx, "QSECURITY")?;
    let level = sysval::get(job.tx, "QPWDLVL")?;
    let factor = system::adlsgnfac(job.tx)?;
    let num = |s: &str| s.parse::<i64>().unwrap_or(0);
    let pending = |v: &system::Staged| v.pending.clone().unwrap_or_else(|| v.current.clone());
    let out = &mut job.out;
    out.line("                       Display Security Attributes");
    out.field("Security level", &security.current);
    out.field("Pending security level", pending(&security));
    out.field("Password level", &level.current);
    out.field("Pending password level", pending(&level));
    out.field("Additional sign-on factor", &factor.current);
    out.field("Pending additional sign-on factor", pending(&factor));
    out.set("security_level", num(&security.current));
    out.set("pending_security_level", num(&pending(&security)));
    out.set("password_level", num(&level.current));
    out.set("pending_password_level", num(&pending(&level)));
    out.set("additional_signon_factor", factor.current.as_str());
    out.set("pending_additional_signon_factor", pending(&factor));
    Ok(())
}
