//! PWRDWNSYS: the simulated IPL (RESTART(*YES)) or power-down (RESTART(*NO)).

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::system;

/// Runs PWRDWNSYS.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    authority::require(&job.user_profile()?, &["*JOBCTL"], "PWRDWNSYS")?;
    if args.is("RESTART", "*YES") {
        let user = job.user.clone();
        for m in crate::engine::ipl::perform(job.tx, job.now, &user)? {
            job.send(m);
        }
    } else {
        let mut power = system::power_state(job.tx)?;
        power.powered_down = true;
        system::put_power_state(job.tx, &power)?;
        job.audit(
            "IP",
            "*SYSTEM",
            None,
            "PWRDWNSYS RESTART(*NO); system powered down",
        )?;
        job.send(msg::qsy0041().completion());
    }
    Ok(())
}
