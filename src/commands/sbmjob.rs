//! SBMJOB CMD() JOB() USER(): submit a job that runs one command as a user, at once and in
//! the same process (DESIGN §5), subject to QIBM_RUN_UNDER_USER_NO_AUTH: the job gets no
//! credentials.
//!
//! As on IBM i, the submitter gets "job submitted" (CPC1221) and goes on: a failure inside
//! the submitted job is not an escape in the submitting program. It is in the job's log,
//! shown after the submitter's messages, and the job's end is reported to the submitter
//! (CPF1241 completed normally, CPF1240 ended abnormally, as a diagnostic). What is refused
//! when the job is submitted (the command's syntax, the USER profile, authority to it) stays
//! an escape of SBMJOB.

use crate::engine::{self, Credentials, Job, Session};
use crate::lang::defs::sbmjob::{CMD, JOB, USER};
use crate::lang::validate::Args;
use crate::lang::{cl, defs};
use crate::messages::{msg, Failure, QResult};
use crate::output::Output;
use crate::security::{authority, fcnusg, profile};
use crate::store::Table;

/// The job queue qsy names in CPC1221: IBM's default job description QDFTJOBD sends jobs to
/// QBATCH in QGPL.
const JOB_QUEUE: (&str, &str) = ("QBATCH", "QGPL");

/// The job name JOB(*JOBD) gives: the name of the job description, IBM's QDFTJOBD.
const DEFAULT_JOB_NAME: &str = "QDFTJOBD";

/// The store's record of the last job number given to a submitted job.
const LAST_JOB_NUMBER: &str = "last_job_number";

/// The parameters of SBMJOB.
pub struct Params {
    /// CMD: the command the job runs, as CL text.
    pub cmd: String,
    /// JOB: the job's name.
    pub job: String,
    /// USER: the job's user; None for the submitting job's user (`*CURRENT`, or `*JOBD`,
    /// whose job description names no other user in qsy).
    pub user: Option<String>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            cmd: args.text(CMD)?.to_string(),
            job: match args.str(JOB) {
                Some("*JOBD") | None => DEFAULT_JOB_NAME.to_string(),
                Some(name) => name.to_string(),
            },
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
    submit(job, &params.cmd, &params.job, &user)
}

/// Parses and validates `text` (refused here as SBMJOB's own escape), then runs it as job
/// `name` under `user`, sharing this job's store transaction: through the engine, like
/// every other job, without credentials. The job's changes are kept when its command
/// succeeds and dropped when it fails; the submission itself (its job number) stands.
pub fn submit(job: &mut Job, text: &str, name: &str, user: &str) -> QResult<()> {
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
    let Some(command) = super::lookup(def.name()) else {
        return Err(msg::qsy0012(def.name(), "it cannot run in a submitted job").into());
    };
    let session = Session::new(job.system.clone(), job.interactive).submitted_by(&job.user);
    let mut log = Output::default();
    // Starting the job: a user who cannot run jobs (disabled, powered down) is refused to
    // the submitter.
    let job_user = engine::start_job(
        job.tx,
        &session,
        user,
        Credentials::None,
        command.def.before_signon,
        command.def.allow_expired_password,
        &mut log,
    )?;
    let number = job
        .tx
        .get::<u32>(Table::Meta, LAST_JOB_NUMBER)?
        .unwrap_or(0)
        % 999_999
        + 1;
    job.tx.put(Table::Meta, LAST_JOB_NUMBER, &number)?;
    let number = format!("{number:06}");
    let id = format!("{number}/{user}/{name}");
    // The submission stands whatever the job does.
    job.tx.keep_staged()?;
    let result = engine::run_in_job(job.tx, &session, &job_user, command, &args, &mut log);
    let failed = match result {
        Ok(()) => {
            job.tx.end_command(true)?;
            false
        }
        // A store that cannot be written is the submitter's failure too (exit 3).
        Err(f) if f.exit_code() == 3 => return Err(f),
        Err(f) => {
            job.tx.end_command(false)?;
            log.send(f.into_message());
            true
        }
    };
    job.send(msg::cpc1221(name, user, &number, JOB_QUEUE.0, JOB_QUEUE.1).completion());
    job.send(if failed {
        msg::cpf1240(name, user, &number).diagnostic()
    } else {
        msg::cpf1241(name, user, &number).info()
    });
    job.out.set("job", id.clone());
    job.out.set(
        "job_log",
        serde_json::to_value(&log.messages).unwrap_or_default(),
    );
    job.out.set("job_failed", failed);
    if !failed {
        // The job's data (a new TOTP key, a display's fields) is shown as before.
        for (k, v) in std::mem::take(&mut log.data) {
            job.out.data.entry(k).or_insert(v);
        }
    }
    log.text.insert_str(0, &format!("Job log of {id}:\n"));
    job.out.job_log = Some(Box::new(log));
    Ok(())
}
