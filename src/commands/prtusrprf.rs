//! PRTUSRPRF TYPE(*PWDLVL): the password level report of DSPAUTUSR, printed, with the
//! profiles selected by user class (DESIGN §7.3).

use super::dspautusr::{report, yes};
use crate::engine::Job;
use crate::lang::defs::prtusrprf::{SELECT, TYPE, USRCLS};
use crate::lang::special::parse_param;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::output::table;
use crate::security::profile::UserClass;

/// The parameters of PRTUSRPRF.
pub struct Params {
    /// TYPE: the report asked for.
    pub report: String,
    /// The user classes selected (SELECT(*USRCLS) USRCLS(...)); empty for all.
    pub classes: Vec<UserClass>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        let classes = if args.str(SELECT) == Some("*USRCLS") {
            args.strings(USRCLS)
                .into_iter()
                .filter(|c| c != "*ALL")
                .map(|c| parse_param(USRCLS, &c))
                .collect::<Result<_, _>>()?
        } else {
            Vec::new()
        };
        Ok(Params {
            report: args.text(TYPE)?.to_string(),
            classes,
        })
    }
}

/// Runs PRTUSRPRF (qsy prints TYPE(*PWDLVL) for every TYPE).
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let kind = params.report.as_str();
    if !matches!(kind, "*ALL" | "*PWDLVL") {
        return msg::qsy0012(
            format!("PRTUSRPRF TYPE({kind})"),
            "qsy implements the password level report, TYPE(*PWDLVL)",
        )
        .fail();
    }
    let profiles = report(job, "PRTUSRPRF", &params.classes)?;
    job.out
        .line("                  Print User Profile - Password Level Information");
    let rows: Vec<Vec<String>> = profiles
        .iter()
        .map(|p| {
            let h = &p.passwords;
            vec![
                p.name.clone(),
                p.status.to_string(),
                yes(h.level_01.is_some()).into(),
                yes(!h.level_23.is_empty()).into(),
                yes(h.level_4.is_some()).into(),
            ]
        })
        .collect();
    let text = table::render(
        &["User", "Status", "Pwd lvl 0/1", "Pwd lvl 2/3", "Pwd lvl 4"],
        &rows,
        table::width(),
    );
    job.out.line(text.trim_end());
    Ok(())
}
