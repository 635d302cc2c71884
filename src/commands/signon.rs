//! SIGNON (simulator only): the sign-on screen and sign-on APIs (DESIGN §7.7).

use crate::clock::rfc3339;
use crate::engine::signon::{sign_on, Credentials};
use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};

/// Runs SIGNON.
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    let user = args.str("USER").unwrap_or_default().to_string();
    let password = args.str("PASSWORD").unwrap_or_default().to_string();
    let factor = args.str("ADLFAC").map(str::to_string);
    let before = crate::security::profile::get(job.tx, &user)?;
    let p = sign_on(
        job,
        &Credentials {
            user: &user,
            password: &password,
            factor: factor.as_deref(),
            allow_expired: false,
        },
    )?;
    let previous = before.as_ref().and_then(|b| b.previous_signon);
    let attempts = before.as_ref().map_or(0, |b| b.signon_attempts_not_valid);
    if let Some(t) = previous {
        job.out.field("Previous sign-on", rfc3339(t));
    }
    job.out.field("Sign-on attempts not valid", attempts);
    job.out.set("user_profile", p.name.as_str());
    job.out.set("previous_signon", previous.map(rfc3339));
    job.out.set("signon_attempts_not_valid", attempts);
    job.send(msg::qsy0085(&p.name).completion());
    Ok(())
}
