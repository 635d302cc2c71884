//! RTVSYSVAL: the current value of a system value, for a CL variable (RTNVAR) or printed.

use crate::engine::Job;
use crate::lang::defs::rtvsysval::{RTNVAR, SYSVAL};
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::system::sysval;

/// The parameters of RTVSYSVAL.
pub struct Params {
    /// SYSVAL: the system value.
    pub sysval: String,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            sysval: args.text(SYSVAL)?.to_string(),
        })
    }
}

/// Runs RTVSYSVAL. The value is returned for RTNVAR, typed as IBM types the system value;
/// the script interpreter checks the variable against it (CPF1094, CPF1095) and assigns it.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.sysval.as_str();
    let def = sysval::lookup(name)?;
    let value = sysval::current(job.tx, name)?;
    job.out.line(&value);
    job.out.set("system_value", name);
    job.returns(RTNVAR, sysval::retrieved(def, &value));
    Ok(())
}
