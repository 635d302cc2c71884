//! DSPSYSVAL: display a system value, current and pending.

use crate::engine::Job;
use crate::lang::defs::dspsysval::SYSVAL;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::system::sysval;

/// The parameters of DSPSYSVAL (OUTPUT changes nothing in qsy).
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

/// Runs DSPSYSVAL.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.sysval.clone();
    let Some(def) = sysval::def(&name) else {
        return msg::cpf1028(&name).fail();
    };
    let value = sysval::get(job.tx, &name)?;
    job.out
        .line("                         Display System Value");
    job.out.field("System value", &name);
    job.out.field("Description", def.description);
    job.out.field("Current value", &value.current);
    if let Some(p) = &value.pending {
        job.out.field(
            "Pending value",
            format!("{p}   (takes effect at the next IPL)"),
        );
    }
    job.out.set("system_value", name.as_str());
    job.out.set("description", def.description);
    job.out.set("current", value.current.as_str());
    job.out.set("pending", value.pending.clone());
    Ok(())
}
