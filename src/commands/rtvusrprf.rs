//! RTVUSRPRF: a user profile's attributes, for CL variables (or printed from the shell).
//! Each value is returned with the type and length IBM gives it (`commands::returns`).

use crate::clock::rfc3339;
use crate::engine::Job;
use crate::lang::defs::rtvusrprf::{
    AUTHMTH, NOTVLDSIGN, PRVSIGN, PWDCHGDAT, PWDEXP, PWDEXPITV, RTNUSRPRF, SPCAUT, STATUS, TEXT,
    TOTPOPTITV, USRCLS, USRPRF,
};
use crate::lang::defs::Keyword;
use crate::lang::validate::Args;
use crate::messages::QResult;
use crate::output::Returned;
use crate::security::authority;
use crate::security::profile::{self, ExpirationInterval};

/// The parameters of RTVUSRPRF (the return variables are the script's business).
pub struct Params {
    /// USRPRF: the profile, or None for *CURRENT.
    pub usrprf: Option<String>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        let name = args.text(USRPRF)?;
        Ok(Params {
            usrprf: (name != "*CURRENT").then(|| name.to_string()),
        })
    }
}

/// `values` each padded to `width`, together (IBM's list return variables).
fn padded_list<S: AsRef<str>>(values: &[S], width: usize) -> String {
    values
        .iter()
        .map(|v| format!("{:<width$}", v.as_ref()))
        .collect()
}

/// Unix seconds as YYMMDD.
fn yymmdd(t: i64) -> String {
    let s = rfc3339(t);
    format!("{}{}{}", &s[2..4], &s[5..7], &s[8..10])
}

/// Unix seconds as CYYMMDDHHMMSS (C: 0 for 19xx, 1 for 20xx).
fn cyymmddhhmmss(t: i64) -> String {
    let s = rfc3339(t);
    let century = if &s[0..2] == "19" { '0' } else { '1' };
    format!(
        "{century}{}{}{}{}{}{}",
        &s[2..4],
        &s[5..7],
        &s[8..10],
        &s[11..13],
        &s[14..16],
        &s[17..19]
    )
}

/// Runs RTVUSRPRF: CPF2204 for a missing profile, CPF2217 without *READ to it.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.usrprf.clone().unwrap_or_else(|| job.user.clone());
    let me = job.user_profile()?;
    let p = profile::require(job.tx, &name)?;
    authority::require_object(
        job.tx,
        job.out,
        &me,
        &crate::security::objaut::Object::Profile(name.clone()),
        crate::security::objaut::Authorities::READ,
        "RTVUSRPRF",
    )?;
    let special: Vec<&str> = if p.special_authorities.is_empty() {
        vec!["*NONE"]
    } else {
        p.special_authorities.iter().map(|a| a.as_str()).collect()
    };
    let methods: Vec<&str> = p
        .authentication_methods
        .iter()
        .map(|m| m.as_str())
        .collect();
    let interval = match p.password_expiration_interval {
        ExpirationInterval::SysVal => 0,
        ExpirationInterval::NoMax => -1,
        ExpirationInterval::Days(d) => i64::from(d),
    };
    let values: [(Keyword, Returned); 12] = [
        (RTNUSRPRF, Returned::Text(format!("{:<10}", p.name))),
        (SPCAUT, Returned::Text(padded_list(&special, 10))),
        (TEXT, Returned::Text(format!("{:<50}", p.text))),
        (
            PWDCHGDAT,
            Returned::Text(p.password_changed.map_or_else(|| " ".repeat(6), yymmdd)),
        ),
        (
            USRCLS,
            Returned::Text(format!("{:<10}", p.user_class.as_str())),
        ),
        (PWDEXPITV, Returned::Number(interval)),
        (
            PRVSIGN,
            Returned::Text(
                p.previous_signon
                    .map_or_else(|| " ".repeat(13), cyymmddhhmmss),
            ),
        ),
        (
            NOTVLDSIGN,
            Returned::Number(i64::from(p.signon_attempts_not_valid)),
        ),
        (STATUS, Returned::Text(format!("{:<10}", p.status.as_str()))),
        (
            PWDEXP,
            Returned::Text(if p.password_expired { "*YES" } else { "*NO " }.into()),
        ),
        (AUTHMTH, Returned::Text(padded_list(&methods, 10))),
        (
            TOTPOPTITV,
            Returned::Number(i64::from(p.totp_optional_interval.unwrap_or(0))),
        ),
    ];
    job.returns_shown(values);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_have_ibms_layouts() {
        // 2026-11-24 10:00:00 UTC.
        assert_eq!(yymmdd(1_795_514_400), "261124");
        assert_eq!(cyymmddhhmmss(1_795_514_400), "1261124100000");
        assert_eq!(cyymmddhhmmss(0), "0700101000000");
    }
}
