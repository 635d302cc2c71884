//! RTVJOBA: attributes of the job the program runs in, for CL variables (or printed).

use crate::clock::rfc3339;
use crate::engine::Job;
use crate::lang::defs::rtvjoba::{CCSID, CURUSER, DATE, DATFMT, DFTCCSID, JOB, NBR, TYPE, USER};
use crate::lang::defs::Keyword;
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::output::Returned;
use crate::system::sysval;

/// RTVJOBA has only return variables.
pub struct Params;

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(_args: &Args) -> QResult<Params> {
        Ok(Params)
    }
}

/// The job's number: six digits from the process id.
fn job_number() -> String {
    format!("{:06}", std::process::id() % 1_000_000)
}

/// Runs RTVJOBA.
pub fn run(job: &mut Job, _params: &Params) -> QResult<()> {
    // A CCSID set by CHGJOB is the job's; otherwise the job has the system's (QCCSID).
    let ccsid: i64 = if job.ccsid != crate::lang::ccsid::DEFAULT {
        i64::from(job.ccsid)
    } else {
        sysval::current(job.tx, "QCCSID")?
            .trim()
            .parse()
            .unwrap_or(65535)
    };
    let default_ccsid = if ccsid == 65535 { 37 } else { ccsid };
    let day = rfc3339(job.now);
    let date = format!("{}{}{}", &day[5..7], &day[8..10], &day[2..4]);
    let user = format!("{:<10}", job.user);
    let values: [(Keyword, Returned); 9] = [
        (JOB, Returned::Text(format!("{:<10}", "QSYJOB"))),
        (USER, Returned::Text(user.clone())),
        (NBR, Returned::Text(job_number())),
        (CURUSER, Returned::Text(user)),
        (
            TYPE,
            Returned::Text(if job.interactive { "1" } else { "0" }.into()),
        ),
        (DATE, Returned::Text(date)),
        (DATFMT, Returned::Text("*MDY".into())),
        (CCSID, Returned::Number(ccsid)),
        (DFTCCSID, Returned::Number(default_ccsid)),
    ];
    job.returns_shown(values);
    Ok(())
}
