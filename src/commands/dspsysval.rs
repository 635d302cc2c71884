//! DSPSYSVAL: display a system value, current and pending.

use crate::engine::Job;
use crate::lang::defs::dspsysval::SYSVAL;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::output::{row, Panel, Row, Shown};
use crate::system::sysval;
use serde::Serialize;

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

/// What DSPSYSVAL shows: its JSON fields, in order, and the source of its text panel.
#[derive(Serialize)]
pub struct SystemValueRecord {
    /// The system value's name.
    pub system_value: String,
    /// What it controls.
    pub description: &'static str,
    /// Its current value.
    pub current: String,
    /// The value waiting for the next IPL, if any.
    pub pending: Option<String>,
}

impl Panel for SystemValueRecord {
    const TITLE: &'static str = "                         Display System Value";
    const ROWS: &'static [Row] = &[
        row("System value", "system_value", Shown::AsIs),
        row("Description", "description", Shown::AsIs),
        row("Current value", "current", Shown::AsIs),
        row(
            "Pending value",
            "pending",
            Shown::WithNote("   (takes effect at the next IPL)"),
        ),
    ];
}

/// Runs DSPSYSVAL.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.sysval.clone();
    let Some(def) = sysval::def(&name) else {
        return msg::cpf1028(&name).fail();
    };
    let value = sysval::get(job.tx, &name)?;
    job.out.panel(&SystemValueRecord {
        system_value: name,
        description: def.description,
        current: value.current,
        pending: value.pending,
    });
    Ok(())
}
