//! DSPUSRPRF: display a user profile (the JSON fields of DESIGN §4). Secrets are shown only
//! as set / not set.

use crate::clock::rfc3339;
use crate::engine::Job;
use crate::lang::defs::dspusrprf::USRPRF;
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::output::{row, Panel, Row, Shown};
use crate::security::profile::{
    self, AuthMethod, ExpirationInterval, SpecialAuthority, Status, UserClass,
};
use crate::security::{authority, fcnusg, password};
use crate::system::sysval;
use serde::{Serialize, Serializer};

/// The parameters of DSPUSRPRF (TYPE can only be *BASIC; OUTPUT changes nothing in qsy).
pub struct Params {
    /// USRPRF: the profile to show.
    pub usrprf: String,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            usrprf: args.text(USRPRF)?.to_string(),
        })
    }
}

/// What DSPUSRPRF shows: its JSON fields, in order, and the source of its text panel.
#[derive(Serialize)]
pub struct UserProfileRecord {
    /// The profile name.
    pub user_profile: String,
    /// `*ENABLED` or `*DISABLED`.
    pub status: Status,
    /// The user class.
    pub user_class: UserClass,
    /// The special authorities, in IBM's order.
    pub special_authorities: Vec<SpecialAuthority>,
    /// No password usable at the current QPWDLVL.
    pub password_none: bool,
    /// The password is expired (set so, or past its interval).
    pub password_expired: bool,
    /// The password levels the profile holds a hash for (`0/1`, `2/3`, `4`).
    pub password_levels: Vec<&'static str>,
    /// When the password was last changed.
    pub password_last_changed: Option<String>,
    /// PWDEXPITV.
    pub password_expiration_interval: ExpirationInterval,
    /// AUTHMTH.
    pub authentication_methods: Vec<AuthMethod>,
    /// Whether a TOTP key is set (the key is never shown).
    pub totp_key_set: bool,
    /// When the TOTP key was last changed.
    pub totp_key_last_changed: Option<String>,
    /// TOTPOPTITV in minutes, `*NONE` when not set.
    #[serde(serialize_with = "minutes_or_none")]
    pub totp_optional_interval: Option<u32>,
    /// Sign-on attempts not valid since the last sign-on.
    pub signon_attempts_not_valid: u32,
    /// The previous sign-on.
    pub previous_signon: Option<String>,
    /// QIBM_RUN_UNDER_USER_NO_AUTH usage: `*ALLOWED` or `*DENIED`.
    pub run_under_user_no_auth: &'static str,
    /// The description.
    pub text: String,
}

/// TOTPOPTITV as DSPUSRPRF shows it: the minutes, or `*NONE`.
fn minutes_or_none<S: Serializer>(minutes: &Option<u32>, s: S) -> Result<S::Ok, S::Error> {
    match minutes {
        Some(m) => s.serialize_u32(*m),
        None => s.serialize_str("*NONE"),
    }
}

/// The panel follows IBM's DSPUSRPRF *BASIC labels where qsy knows them; a row IBM's panel
/// does not have (the password levels held, which IBM shows on DSPAUTUSR and PRTUSRPRF
/// TYPE(*PWDLVL); the QIBM_RUN_UNDER_USER_NO_AUTH usage, which IBM shows with the function
/// usage commands) ends with "(qsy)".
impl Panel for UserProfileRecord {
    const TITLE: &'static str = "                         Display User Profile - Basic";
    const ROWS: &'static [Row] = &[
        row("User profile", "user_profile", Shown::AsIs),
        row("Previous sign-on", "previous_signon", Shown::AsIs),
        row(
            "Sign-on attempts not valid",
            "signon_attempts_not_valid",
            Shown::AsIs,
        ),
        row("Status", "status", Shown::AsIs),
        row(
            "Date password last changed",
            "password_last_changed",
            Shown::OrNone,
        ),
        row("Password none", "password_none", Shown::YesNo),
        row(
            "Password expiration interval",
            "password_expiration_interval",
            Shown::AsIs,
        ),
        row("Set password to expired", "password_expired", Shown::YesNo),
        row(
            "Password levels held (qsy)",
            "password_levels",
            Shown::OrNone,
        ),
        row("User class", "user_class", Shown::AsIs),
        row("Special authority", "special_authorities", Shown::OrNone),
        row("Text", "text", Shown::AsIs),
        row(
            "Authentication methods",
            "authentication_methods",
            Shown::AsIs,
        ),
        row("TOTP key", "totp_key_set", Shown::SetOrNone),
        row(
            "TOTP key last changed",
            "totp_key_last_changed",
            Shown::OrNone,
        ),
        row(
            "TOTP optional interval",
            "totp_optional_interval",
            Shown::AsIs,
        ),
        row(
            "Run under user, no auth (qsy)",
            "run_under_user_no_auth",
            Shown::AsIs,
        ),
    ];
}

/// Runs DSPUSRPRF.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.usrprf.clone();
    let me = job.user_profile()?;
    let p = profile::require(job.tx, &name)?;
    authority::require_display_profile(job.tx, job.out, &me, &name)?;
    let level = sysval::password_level(job.tx)?;
    let expired = crate::engine::signon::password_expired(job, &p)?;
    let run_under = fcnusg::run_under_shown(job.tx, &p)?;
    let held = password::held_levels(&p.passwords);
    let time = |t: Option<i64>| t.map(rfc3339);
    let record = UserProfileRecord {
        user_profile: p.name.clone(),
        status: p.status,
        user_class: p.user_class,
        special_authorities: p.special_authorities.clone(),
        password_none: !p.has_password(level),
        password_expired: expired,
        password_levels: held,
        password_last_changed: time(p.password_changed),
        password_expiration_interval: p.password_expiration_interval,
        authentication_methods: p.authentication_methods.clone(),
        totp_key_set: p.totp.is_some(),
        totp_key_last_changed: p.totp.as_ref().map(|t| rfc3339(t.changed)),
        totp_optional_interval: p.totp_optional_interval,
        signon_attempts_not_valid: p.signon_attempts_not_valid,
        previous_signon: time(p.previous_signon),
        run_under_user_no_auth: run_under,
        text: p.text.clone(),
    };
    job.out.panel(&record);
    Ok(())
}
