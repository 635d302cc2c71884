//! DSPSYSVAL: display a system value, current and pending.

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::system::sysval;

/// Runs DSPSYSVAL.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    let name = args.str("SYSVAL").unwrap_or_default().to_string();
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
