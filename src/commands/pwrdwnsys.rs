//! PWRDWNSYS: the simulated IPL (RESTART(*YES)) or power-down (RESTART(*NO)).

use crate::engine::Job;
use crate::lang::defs::pwrdwnsys::RESTART;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::system;

/// The parameters of PWRDWNSYS.
pub struct Params {
    /// RESTART(*YES): the system is started again (an IPL); otherwise it stays down.
    pub restart: bool,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            restart: args.value(RESTART).is_some_and(|v| v.is("*YES")),
        })
    }
}

/// Runs PWRDWNSYS.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    authority::require_job_control(&job.user_profile()?, "PWRDWNSYS")?;
    if params.restart {
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
