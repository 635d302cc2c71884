//! DSPSYSVAL: display a system value, current and pending.

use crate::engine::Job;
use crate::lang::defs::dspsysval::SYSVAL;
use crate::lang::validate::Args;
use crate::messages::QResult;
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
    /// Its current value: a number for a numeric (DEC) system value, as DSPSECA and
    /// RTVSYSVAL give it, else the text.
    pub current: serde_json::Value,
    /// The value waiting for the next IPL, if any (typed as `current`).
    pub pending: Option<serde_json::Value>,
    /// Its type and length as IBM defines it (`CHAR(2)`, `DEC(5 0)`, `50 x CHAR(15)`).
    pub r#type: String,
    /// Whether qsy acts on the value (false: stored and shown only).
    pub simulated: bool,
    /// For a value qsy does not act on, a note saying so; null otherwise.
    pub note: Option<&'static str>,
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
        row("Type", "type", Shown::AsIs),
        row("Note", "note", Shown::IfSet),
    ];
}

/// A value as JSON: numbers as numbers for a DEC system value, and for QSECURITY (IBM's
/// CHAR(2), a level that DSPSECA gives as a number: issue 18 item 13, JSON types are the
/// same across commands); text otherwise.
fn typed(name: &str, ty: &sysval::SvType, value: String) -> serde_json::Value {
    let numeric = matches!(ty, sysval::SvType::Dec(..)) || name == "QSECURITY";
    match value.trim().parse::<i64>() {
        Ok(n) if numeric => n.into(),
        _ => value.into(),
    }
}

/// Runs DSPSYSVAL.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.sysval.clone();
    let def = sysval::lookup(&name)?;
    let value = sysval::get(job.tx, &name)?;
    job.out.panel(&SystemValueRecord {
        system_value: name.clone(),
        description: def.description,
        current: typed(&name, &def.ty, value.current),
        pending: value.pending.map(|v| typed(&name, &def.ty, v)),
        r#type: def.ty.describe(),
        simulated: def.simulated,
        note: (!def.simulated)
            .then_some("not simulated: qsy stores and shows this value but does not act on it"),
    });
    Ok(())
}
