//! DSPJRN JRN(QAUDJRN): read the audit journal, filtered by entry type and user.

use crate::audit;
use crate::engine::Job;
use crate::lang::defs::dspjrn::{ENTTYP, USRPRF};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::output::table;
use crate::security::authority;

/// The parameters of DSPJRN (JRN can only be QAUDJRN; OUTPUT changes nothing in qsy).
pub struct Params {
    /// ENTTYP: the entry types shown; empty for all.
    pub types: Vec<String>,
    /// USRPRF: the profile whose entries are shown (as the job user or the object); None
    /// for all.
    pub user: Option<String>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            types: args
                .strings(ENTTYP)
                .into_iter()
                .filter(|t| t != "*ALL")
                .collect(),
            user: args
                .str(USRPRF)
                .filter(|u| *u != "*ALL")
                .map(str::to_string),
        })
    }
}

/// Runs DSPJRN.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let user = job.user_profile()?;
    authority::require_audit_journal_reader(&user)?;
    let (types, who) = (&params.types, &params.user);
    let entries: Vec<audit::Entry> = audit::read_all(job.tx)?
        .into_iter()
        .filter(|e| types.is_empty() || types.contains(&e.entry_type))
        .filter(|e| {
            who.as_ref()
                .is_none_or(|w| *w == e.user_profile || *w == e.object)
        })
        .collect();
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.sequence.to_string(),
                e.timestamp.clone(),
                e.entry_type.clone(),
                e.user_profile.clone(),
                e.object.clone(),
                e.violation_type.clone().unwrap_or_default(),
                e.detail.clone(),
            ]
        })
        .collect();
    if !entries.is_empty() {
        // Fitted to the terminal (80 columns in batch); the detail wraps between words.
        let text = table::render(
            &[
                "Seq",
                "Timestamp",
                "Type",
                "User",
                "Object",
                "Viol",
                "Detail",
            ],
            &rows,
            table::width(),
        );
        job.out.line(text.trim_end());
    }
    job.out.set(
        "entries",
        serde_json::to_value(&entries).unwrap_or_default(),
    );
    job.send(msg::qsy0060(entries.len()).completion());
    Ok(())
}
