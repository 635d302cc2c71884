//! DLTUSRPRF: delete a user profile.

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{fail, Message, QResult};
use crate::security::authority;
use crate::security::profile;
use crate::store::Table;

/// Runs DLTUSRPRF.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    authority::require(&job.user_profile()?, &["*SECADM"], "DLTUSRPRF")?;
    let name = args.str("USRPRF").unwrap_or_default().to_string();
    let p = profile::require(job.tx, &name)?;
    if p.not_changeable {
        return fail("QSY0080", &[&name]);
    }
    if p.ibm_supplied {
        return fail("QSY0084", &[&name, "it is supplied by IBM"]);
    }
    if name == job.user {
        return fail("QSY0084", &[&name, "it is the user of the current job"]);
    }
    job.tx.delete(Table::Profile, &name)?;
    job.audit("DO", &name, None, "DLTUSRPRF")?;
    job.send(Message::completion("QSY0083", &[&name]));
    Ok(())
}
