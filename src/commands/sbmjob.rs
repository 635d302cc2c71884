//! SBMJOB CMD() USER(): run one command as another user, at once and in the same process
//! (DESIGN §5), subject to QIBM_RUN_UNDER_USER_NO_AUTH: the job gets no credentials.

use crate::cli::validate::Args;
use crate::job::Job;
use crate::messages::{Failure, QResult};

/// Runs SBMJOB.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    let text = args.str("CMD").unwrap_or_default().to_string();
    let user = match args.str("USER") {
        Some("*CURRENT") | Some("*JOBD") | None => job.user.clone(),
        Some(u) => u.to_string(),
    };
    run_as(job, &text, &user)
}

/// Parses, validates and runs `text` in a job under `user` that shares this job's store
/// transaction and output.
pub fn run_as(job: &mut Job, text: &str, user: &str) -> QResult<()> {
    use crate::cli::{cl, defs, validate};
    let raw = cl::parse_command(text).map_err(crate::cli::parse_failure)?;
    let def = defs::find(&raw.name).ok_or_else(|| Failure::new("CPD0030", &[&raw.name]))?;
    let args = validate::validate(def, &raw)?;
    let Some(func) = super::lookup(def.name) else {
        return Err(Failure::new(
            "QSY0012",
            &[def.name, "it cannot run in a submitted job"],
        ));
    };
    let saved_user = std::mem::replace(&mut job.user, user.to_string());
    let saved_auth = std::mem::replace(&mut job.authenticated, false);
    let result = job.check_job_user().and_then(|()| func(job, &args));
    job.user = saved_user;
    job.authenticated = saved_auth;
    result
}
