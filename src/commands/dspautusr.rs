//! DSPAUTUSR and PRTUSRPRF TYPE(*PWDLVL): which password hashes every profile holds, so an
//! administrator sees before the IPL who would be left with password *NONE (DESIGN §7.3).

use crate::engine::Job;
use crate::lang::special::join;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::output::table;
use crate::security::profile::{self, Profile, UserClass};
use crate::security::{authority, policy};
use crate::system::sysval;
use serde_json::json;

/// `*YES` or `*NO`.
pub fn yes(b: bool) -> &'static str {
    if b {
        "*YES"
    } else {
        "*NO"
    }
}

/// The rows both commands show, plus the warning for a pending move to level 4. DSPAUTUSR
/// leaves out profiles the job user may not display; PRTUSRPRF needs *ALLOBJ or *AUDIT
/// and may select user classes.
pub fn report(job: &mut Job, command: &str, classes: &[UserClass]) -> QResult<Vec<Profile>> {
    let me = job.user_profile()?;
    let sees_all = authority::sees_all_profiles(&me);
    if command == "PRTUSRPRF" {
        authority::require_profile_report(&me)?;
    }
    let profiles: Vec<Profile> = profile::all(job.tx)?
        .into_iter()
        .filter(|p| sees_all || p.name == me.name)
        .filter(|p| classes.is_empty() || classes.contains(&p.user_class))
        .collect();
    let mut rows = Vec::with_capacity(profiles.len());
    for p in &profiles {
        let h = &p.passwords;
        rows.push(json!({
            "user_profile": p.name,
            "status": p.status,
            "password_level_0_1": h.level_01.is_some(),
            "password_level_2_3": !h.level_23.is_empty(),
            "password_level_4": h.level_4.is_some(),
            "authentication_methods": p.authentication_methods,
            "totp_key_set": p.totp.is_some(),
            "password_lost_at": p.password_lost_at.map(crate::clock::rfc3339),
            "text": p.text,
        }));
    }
    job.out.set("profiles", rows);
    // The prediction: moving to level 4 drops every hash but the level-4 one.
    let level = sysval::levels(job.tx)?.password;
    let at_risk: Vec<&str> = profiles
        .iter()
        .filter(|p| !p.not_changeable && policy::would_lose_password_at(&p.passwords, 4))
        .map(|p| p.name.as_str())
        .collect();
    job.out
        .set("profiles_without_level_4_password", at_risk.clone());
    if *level.after_ipl() == 4 && level.current != 4 && !at_risk.is_empty() {
        job.send(msg::qsy0095(at_risk.len(), at_risk.join(" ")).diagnostic());
    }
    Ok(profiles)
}

/// The parameters of DSPAUTUSR: SEQ and OUTPUT change nothing in qsy.
pub struct Params;

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(_args: &Args) -> QResult<Params> {
        Ok(Params)
    }
}

/// Runs DSPAUTUSR.
pub fn run(job: &mut Job, _params: &Params) -> QResult<()> {
    let profiles = report(job, "DSPAUTUSR", &[])?;
    // Abbreviated as IBM's list panels do, so the table fits 80 columns; the JSON document
    // keeps the full field names.
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
                join(&p.authentication_methods),
                if p.totp.is_some() { "*SET" } else { "*NONE" }.into(),
                p.text.clone(),
            ]
        })
        .collect();
    job.out
        .line("                        Display Authorized Users");
    job.out
        .line("Pwd 0/1, 2/3, 4: a password for that QPWDLVL is held.  TOTP: a key is set.");
    job.out.line(
        table::render(
            &[
                "User", "Status", "Pwd 0/1", "Pwd 2/3", "Pwd 4", "AUTHMTH", "TOTP", "Text",
            ],
            &rows,
            table::width(),
        )
        .trim_end(),
    );
    // Whose *NONE came from the QPWDLVL change, and when (one line per IPL).
    let mut lost: std::collections::BTreeMap<i64, Vec<&str>> = Default::default();
    for p in &profiles {
        if let Some(t) = p.password_lost_at {
            lost.entry(t).or_default().push(&p.name);
        }
    }
    for (t, names) in lost {
        job.send(msg::qsy0667(crate::clock::rfc3339(t), names.join(" ")).info());
    }
    Ok(())
}
