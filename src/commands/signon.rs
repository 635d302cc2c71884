//! SIGNON (simulator only): the sign-on screen and sign-on APIs (DESIGN §7.7).

use crate::clock::rfc3339;
use crate::engine::signon::{sign_on, Credentials};
use crate::engine::Job;
use crate::lang::defs::signon::{ADLFAC, PASSWORD, USER};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::output::{row, Panel, Row, Shown};
use serde::Serialize;

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

/// What a successful sign-on shows (the sign-on information display).
#[derive(Serialize)]
pub struct SignOnRecord {
    /// The profile signed on.
    pub user_profile: String,
    /// The sign-on before this one.
    pub previous_signon: Option<String>,
    /// Sign-on attempts not valid before this one.
    pub signon_attempts_not_valid: u32,
    /// How the additional factor was met: *TOTP, *RECOVERY, *INTERVAL or *NOTREQUIRED.
    pub additional_factor: &'static str,
}

impl Panel for SignOnRecord {
    const TITLE: &'static str = "";
    const ROWS: &'static [Row] = &[
        row("Previous sign-on", "previous_signon", Shown::IfSet),
        row(
            "Sign-on attempts not valid",
            "signon_attempts_not_valid",
            Shown::AsIs,
        ),
        row("Additional factor", "additional_factor", Shown::AsIs),
    ];
}

/// Runs SIGNON.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let (user, password, factor) = (&params.user, &params.password, &params.factor);
    let before = crate::security::profile::get(job.tx, user)?;
    let signed = sign_on(
        job,
        &Credentials {
            user,
            password,
            factor: factor.as_deref(),
            allow_expired: false,
        },
    )?;
    let p = signed.profile;
    let previous = before.as_ref().and_then(|b| b.previous_signon);
    let attempts = before.as_ref().map_or(0, |b| b.signon_attempts_not_valid);
    job.out.panel(&SignOnRecord {
        user_profile: p.name.clone(),
        previous_signon: previous.map(rfc3339),
        signon_attempts_not_valid: attempts,
        additional_factor: signed.factor.special(),
    });
    signed.factor.report(job);
    job.send(msg::qsy0085(&p.name).completion());
    Ok(())
}
