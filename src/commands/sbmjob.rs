//! SBMJOB CMD() USER(): run one command as another user, at once and in the same process
//! (DESIGN §5), subject to QIBM_RUN_UNDER_USER_NO_AUTH: the job gets no credentials.

use crate::engine::{self, Credentials, Job, Session};
use crate::lang::defs::sbmjob::{CMD, USER};
use crate::lang::validate::Args;
use crate::lang::{cl, defs};
use crate::messages::{msg, Failure, QResult};
use crate::security::{authority, fcnusg, profile};

/// The parameters of SBMJOB.
pub struct Params {
    /// CMD: the command the job runs, as CL text.
    pub cmd: String,
    /// USER: the job's user; None for the submitting job's user (`*CURRENT`, or `*JOBD`,
    /// whose job description names no other user in qsy).
    pub user: Option<String>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            cmd: args.text(CMD)?.to_string(),
            user: match args.str(USER) {
                Some("*CURRENT") | Some("*JOBD") | None => None,
                Some(u) => Some(u.to_string()),
            },
        })
    }
}

/// Runs SBMJOB. USER naming another profile needs *USE authority to it, and a profile
/// *DENIED for QIBM_RUN_UNDER_USER_NO_AUTH is refused whatever the submitter's authority:
/// the submitted job gets no credentials (IBM i 7.6).
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let user = params.user.clone().unwrap_or_else(|| job.user.clone());
    if user != job.user {
        let target = profile::require(job.tx, &user)?;
        let me = job.user_profile()?;
        authority::require_submit_as(job.tx, job.out, &me, &user)?;
        if !fcnusg::run_under_allowed(job.tx, &target)? {
            return msg::qsy0051(&user).fail();
        }
    }
    run_as(job, &params.cmd, &user)
}

/// Parses, validates and runs `text` as a job under `user` that shares this job's store
/// transaction and output: through the engine, like every other job, without credentials.
pub fn run_as(job: &mut Job, text: &str, user: &str) -> QResult<()> {
    let raw = cl::parse_command(text)?;
    let def = defs::find(&raw.name).ok_or_else(|| {
        // The submitted job cannot run an IBM i command qsy does not simulate.
        if crate::lang::catalogue::not_simulated(&raw.name) {
            Failure::from(msg::qsy0753(raw.name.to_ascii_uppercase()))
        } else {
            Failure::from(msg::cpd0030(&raw.name))
        }
    })?;
    let args = super::validate(def, &raw)?;
    let Some(command) = super::lookup(def.name) else {
        return Err(msg::qsy0012(def.name, "it cannot run in a submitted job").into());
    };
    let session = Session::new(job.system.clone(), job.interactive).submitted_by(&job.user);
    engine::run_command(
        job.tx,
        &session,
        user,
        Credentials::None,
        command,
        &args,
        job.out,
    )
}
