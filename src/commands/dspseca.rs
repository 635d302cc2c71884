//! DSPSECA: display security attributes, each current and pending.

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::output::{row, Panel, Row, Shown};
use crate::system::{self, sysval};
use serde::Serialize;

/// The parameters of DSPSECA: OUTPUT changes nothing in qsy.
pub struct Params;

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(_args: &Args) -> QResult<Params> {
        Ok(Params)
    }
}

/// What DSPSECA shows: its JSON fields, in order, and the source of its text panel. A
/// pending value is the current one when no change waits for the IPL.
#[derive(Serialize)]
pub struct SecurityAttributesRecord {
    /// QSECURITY.
    pub security_level: i64,
    /// QSECURITY after the next IPL.
    pub pending_security_level: i64,
    /// QPWDLVL.
    pub password_level: i64,
    /// QPWDLVL after the next IPL.
    pub pending_password_level: i64,
    /// The additional sign-on factor (`*ENABLED` / `*DISABLED`).
    pub additional_signon_factor: String,
    /// The additional sign-on factor after the next IPL.
    pub pending_additional_signon_factor: String,
}

impl Panel for SecurityAttributesRecord {
    const TITLE: &'static str = "                       Display Security Attributes";
    const ROWS: &'static [Row] = &[
        row("Security level", "security_level", Shown::AsIs),
        row(
            "Pending security level",
            "pending_security_level",
            Shown::AsIs,
        ),
        row("Password level", "password_level", Shown::AsIs),
        row(
            "Pending password level",
            "pending_password_level",
            Shown::AsIs,
        ),
        row(
            "Additional sign-on factor",
            "additional_signon_factor",
            Shown::AsIs,
        ),
        row(
            "Pending additional sign-on factor",
            "pending_additional_signon_factor",
            Shown::AsIs,
        ),
    ];
}

/// Runs DSPSECA.
pub fn run(job: &mut Job, _params: &Params) -> QResult<()> {
    let security = sysval::get(job.tx, "QSECURITY")?;
    let level = sysval::get(job.tx, "QPWDLVL")?;
    let factor = system::adlsgnfac(job.tx)?;
    let num = |s: &str| s.parse::<i64>().unwrap_or(0);
    let pending = |v: &system::Staged| v.pending.clone().unwrap_or_else(|| v.current.clone());
    let record = SecurityAttributesRecord {
        security_level: num(&security.current),
        pending_security_level: num(&pending(&security)),
        password_level: num(&level.current),
        pending_password_level: num(&pending(&level)),
        additional_signon_factor: factor.current.clone(),
        pending_additional_signon_factor: pending(&factor),
    };
    job.out.panel(&record);
    Ok(())
}
