//! What CRTUSRPRF and CHGUSRPRF share: applying their parameters to a profile, with the
//! authority, password and MFA rules of DESIGN §7.3, §7.5, §7.6 and §7.8.

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::profile::{class_authorities, Profile, SPECIAL_AUTHORITIES};
use crate::security::{authority, rules};
use crate::system::sysval;

/// Checks the card's MFA precondition: current QSECURITY ≥ 40 and current QPWDLVL = 4.
pub fn require_mfa_levels(job: &Job, what: &str) -> QResult<()> {
    let security = sysval::security_level(job.tx)?;
    let level = sysval::password_level(job.tx)?;
    if security < 40 || level != 4 {
        return msg::qsy0088(what, security, level).fail();
    }
    Ok(())
}

/// Whether a text argument was given with a value other than `*SAME`.
fn changed<'a>(args: &'a Args, keyword: &str) -> Option<&'a str> {
    args.str(keyword).filter(|v| *v != "*SAME")
}

/// Applies CRTUSRPRF/CHGUSRPRF parameters to `p`; returns the names of the fields changed
/// (for the audit entry; never values of secrets).
pub fn apply(
    job: &mut Job,
    p: &mut Profile,
    args: &Args,
    creating: bool,
) -> QResult<Vec<&'static str>> {
    let me = job.user_profile()?;
    let mut fields = Vec::new();
    let command = args.def.name;
    let class_changed = match changed(args, "USRCLS") {
        Some(class) if class != p.user_class || creating => {
            p.user_class = class.to_string();
            fields.push("USRCLS");
            true
        }
        _ => false,
    };
    // Special authorities: explicit list, *NONE, or *USRCLS (also when the class changes
    // on creation with the default *USRCLS).
    let spcaut = args.strings("SPCAUT");
    let new_auths: Option<Vec<String>> = match spcaut.first().map(String::as_str) {
        Some("*SAME") | None => None,
        Some("*USRCLS") => (creating || class_changed || args.given("SPCAUT")).then(|| {
            class_authorities(&p.user_class)
                .iter()
                .map(|s| s.to_string())
                .collect()
        }),
        Some("*NONE") => Some(Vec::new()),
        Some(_) => Some(
            SPECIAL_AUTHORITIES
                .iter()
                .filter(|a| spcaut.iter().any(|s| s == *a))
                .map(|s| s.to_string())
                .collect(),
        ),
    };
    if let Some(auths) = new_auths {
        let added: Vec<String> = auths
            .iter()
            .filter(|a| !p.special_authorities.contains(a) || creating)
            .cloned()
            .collect();
        authority::require_grantable(&me, &added, command)?;
        if auths != p.special_authorities || creating {
            p.special_authorities = auths;
            fields.push("SPCAUT");
        }
    }
    if let Some(pw) = args.str("PASSWORD").filter(|v| *v != "*SAME") {
        match pw {
            "*NONE" => p.passwords = Default::default(),
            "*USRPRF" => {
                let name = p.name.clone();
                rules::set_password(job.tx, p, &name, job.now, false, None)?;
            }
            typed => {
                let enforce = rules::applies_to_admin_changes(job.tx)?;
                rules::set_password(job.tx, p, typed, job.now, enforce, None)?;
            }
        }
        p.password_changed = Some(job.now);
        fields.push("PASSWORD");
    }
    if let Some(v) = changed(args, "PWDEXP") {
        p.password_expired = v == "*YES";
        fields.push("PWDEXP");
    }
    if let Some(v) = changed(args, "STATUS") {
        if v == "*ENABLED" {
            p.signon_attempts_not_valid = 0;
        }
        p.status = v.to_string();
        fields.push("STATUS");
    }
    match args.value("PWDEXPITV") {
        Some(v) if !v.is("*SAME") => {
            p.password_expiration_interval = match args.int("PWDEXPITV") {
                Some(n) => n.to_string(),
                None => v.as_str().unwrap_or("*SYSVAL").to_string(),
            };
            fields.push("PWDEXPITV");
        }
        _ => {}
    }
    if let Some(v) = changed(args, "TEXT") {
        p.text = if v == "*BLANK" {
            String::new()
        } else {
            v.to_string()
        };
        fields.push("TEXT");
    }
    let methods = args.strings("AUTHMTH");
    if !methods.is_empty() && methods[0] != "*SAME" {
        if methods.iter().any(|m| m == "*TOTP") {
            require_mfa_levels(job, &format!("{command} AUTHMTH(*TOTP)"))?;
        }
        let mut ordered: Vec<String> = ["*NONE", "*TOTP", "*REGFAC"]
            .iter()
            .filter(|m| methods.iter().any(|x| x == *m))
            .map(|s| s.to_string())
            .collect();
        if ordered.is_empty() {
            ordered.push("*NONE".into());
        }
        p.authentication_methods = ordered;
        fields.push("AUTHMTH");
    }
    match args.value("TOTPOPTITV") {
        Some(v) if !v.is("*SAME") => {
            p.totp_optional_interval = args.int("TOTPOPTITV").map(|n| n as u32);
            fields.push("TOTPOPTITV");
        }
        _ => {}
    }
    if fields.contains(&"AUTHMTH") && p.wants_totp() && p.totp.is_none() {
        job.send(msg::qsy0089(&p.name).diagnostic());
    }
    Ok(fields)
}
