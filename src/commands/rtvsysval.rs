//! RTVSYSVAL: the current value of a system value, for a CL variable (RTNVAR) or printed.

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::system::sysval;

/// Runs RTVSYSVAL. The value goes to the data field `rtnvar`, which the script interpreter
/// copies into the RTNVAR variable.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    let name = args.str("SYSVAL").unwrap_or_default();
    let value = sysval::current(job.tx, name)?;
    job.out.line(&value);
    job.out.set("system_value", name);
    job.out.set("rtnvar", value);
    Ok(())
}
