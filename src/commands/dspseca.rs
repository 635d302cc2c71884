//! DSPSECA: display security attributes, each current and pending.

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::output::{row, Panel, Row, Shown};
use crate::system::{self, AdditionalFactor};
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
    pub security_level: u8,
    /// QSECURITY after the next IPL.
    pub pending_security_level: u8,
    /// QPWDLVL.
    pub password_level: u8,
    /// QPWDLVL after the next IPL.
    pub pending_password_level: u8,
    /// The additional sign-on factor.
    pub additional_signon_factor: AdditionalFactor,
    /// The additional sign-on factor after the next IPL.
    pub pending_additional_signon_factor: AdditionalFactor,
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
    let system::SecurityAttributes {
        security_level: security,
        password_level: level,
        additional_factor: factor,
    } = system::security_attributes(job.tx)?;
    let record = SecurityAttributesRecord {
        security_level: security.current,
        pending_security_level: *security.after_ipl(),
        password_level: level.current,
        pending_password_level: *level.after_ipl(),
        additional_signon_factor: factor.current,
        pending_additional_signon_factor: *factor.after_ipl(),
    };
    job.out.panel(&record);
    Ok(())
}
