//! CHGFCNUSG FCNID(QIBM_RUN_UNDER_USER_NO_AUTH): allow or deny jobs that run under a profile
//! without its credentials (DESIGN §7.9).

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::{authority, fcnusg, profile};

/// Runs CHGFCNUSG.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    authority::require(&job.user_profile()?, &["*SECADM"], "CHGFCNUSG")?;
    let fcnid = args.str("FCNID").unwrap_or_default().to_string();
    let users = args.strings("USER");
    let usage = args.str("USAGE").map(str::to_string);
    if !users.is_empty() && usage.is_none() {
        return msg::qsy0002("USAGE", "CHGFCNUSG").fail();
    }
    let mut changed = Vec::new();
    for user in &users {
        let p = profile::require(job.tx, user)?;
        let usage = usage.as_deref().unwrap_or("*ALLOWED");
        if p.not_changeable && usage == "*DENIED" {
            return msg::qsy0080(user).fail();
        }
        fcnusg::set_usage(job.tx, &fcnid, user, usage)?;
        changed.push(format!("{user} {usage}"));
    }
    if let Some(default) = args.str("DEFAULT").filter(|d| *d != "*SAME") {
        fcnusg::set_usage(job.tx, &fcnid, "*DEFAULT", default)?;
        changed.push(format!("*DEFAULT {default}"));
    }
    if !changed.is_empty() {
        job.audit(
            "GR",
            &fcnid,
            None,
            format!("CHGFCNUSG; {}", changed.join(", ")),
        )?;
    }
    job.send(msg::qsy0100(&fcnid).completion());
    Ok(())
}
