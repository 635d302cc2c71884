//! SIGNON (simulator only): the sign-on screen and sign-on APIs (DESIGN §7.7).

use crate::clock::rfc3339;
use crate::engine::signon::{sign_on, Credentials};
use crate::engine::Job;
use crate::lang::defs::signon::{ADLFAC, PASSWORD, USER};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};

/// The parameters of SIGNON.
pub struct Params {
    /// USER.
    pub user: String,
    /// PASSWORD as typed (maybe `password:code`); empty when not given.
    pub password: String,
    /// ADLFAC: the additional factor, when given apart from the password.
    pub factor: Option<String>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            user: args.text(USER)?.to_string(),
            password: args.str(PASSWORD).unwrap_or_default().to_string(),
            factor: args.str(ADLFAC).map(str::to_string),
        })
    }
}

/// Runs SIGNON.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let (user, password, factor) = (&params.user, &params.password, &params.factor);
    let before = crate::security::profile::get(job.tx, user)?;
    let p = sign_on(
        job,
        &Credentials {
            user,
            password,
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
