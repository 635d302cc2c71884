//! DSPUSRPRF: display a user profile (the JSON fields of DESIGN §4). Secrets are shown only
//! as set / not set.

use crate::clock::rfc3339;
use crate::engine::Job;
use crate::lang::defs::dspusrprf::USRPRF;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::{fcnusg, password, profile};
use crate::system::sysval;
use serde_json::Value;

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

/// Runs DSPUSRPRF.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.usrprf.clone();
    let me = job.user_profile()?;
    if name != me.name && !me.has("*SECADM") && !me.has("*ALLOBJ") {
        return msg::qsy0094(&me.name, &name).fail();
    }
    let p = profile::require(job.tx, &name)?;
    let level = sysval::password_level(job.tx)?;
    let expired = crate::engine::signon::password_expired(job, &p)?;
    let run_under = fcnusg::run_under_shown(job.tx, &p)?;
    let held = password::held_levels(&p.passwords);
    let time = |t: Option<i64>| t.map(rfc3339);
    let interval = p
        .totp_optional_interval
        .map_or(Value::from("*NONE"), Value::from);
    let out = &mut job.out;
    out.line("                         Display User Profile - Basic");
    out.field("User profile", &p.name);
    out.field(
        "Previous sign-on",
        time(p.previous_signon).unwrap_or_default(),
    );
    out.field("Sign-on attempts not valid", p.signon_attempts_not_valid);
    out.field("Status", &p.status);
    out.field(
        "Date password last changed",
        time(p.password_changed).unwrap_or_else(|| "*NONE".into()),
    );
    out.field(
        "Password none",
        if p.has_password(level) { "*NO" } else { "*YES" },
    );
    out.field(
        "Password expiration interval",
        &p.password_expiration_interval,
    );
    out.field(
        "Set password to expired",
        if expired { "*YES" } else { "*NO" },
    );
    out.field(
        "Password levels held",
        if held.is_empty() {
            "*NONE".to_string()
        } else {
            held.join(" ")
        },
    );
    out.field("User class", &p.user_class);
    out.field(
        "Special authority",
        if p.special_authorities.is_empty() {
            "*NONE".to_string()
        } else {
            p.special_authorities.join(" ")
        },
    );
    out.field("Text", &p.text);
    out.field("Authentication methods", p.authentication_methods.join(" "));
    out.field("TOTP key", if p.totp.is_some() { "*SET" } else { "*NONE" });
    out.field(
        "TOTP key last changed",
        p.totp
            .as_ref()
            .map(|t| rfc3339(t.changed))
            .unwrap_or_else(|| "*NONE".into()),
    );
    out.field(
        "TOTP optional interval",
        p.totp_optional_interval
            .map_or("*NONE".to_string(), |m| m.to_string()),
    );
    out.field("Run under user without authentication", run_under);
    out.set("user_profile", p.name.as_str());
    out.set("status", p.status.as_str());
    out.set("user_class", p.user_class.as_str());
    out.set("special_authorities", p.special_authorities.clone());
    out.set("password_none", !p.has_password(level));
    out.set("password_expired", expired);
    out.set("password_levels", held);
    out.set("password_last_changed", time(p.password_changed));
    out.set(
        "password_expiration_interval",
        p.password_expiration_interval.as_str(),
    );
    out.set("authentication_methods", p.authentication_methods.clone());
    out.set("totp_key_set", p.totp.is_some());
    out.set(
        "totp_key_last_changed",
        p.totp.as_ref().map(|t| rfc3339(t.changed)),
    );
    out.set("totp_optional_interval", interval);
    out.set("signon_attempts_not_valid", p.signon_attempts_not_valid);
    out.set("previous_signon", time(p.previous_signon));
    out.set("run_under_user_no_auth", run_under);
    out.set("text", p.text.as_str());
    Ok(())
}
