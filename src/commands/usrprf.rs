//! What CRTUSRPRF and CHGUSRPRF share: applying their parameters to a profile, with the
//! authority, password and MFA rules of DESIGN §7.3, §7.5, §7.6 and §7.8.

use crate::engine::Job;
use crate::lang::defs::Keyword;
use crate::lang::special::parse_param;
use crate::lang::validate::{Args, Value};
use crate::messages::{msg, QResult};
use crate::security::profile::{
    AuthMethod, ExpirationInterval, Profile, SpecialAuthority, Status, UserClass,
};
use crate::security::{authority, rules};
use crate::system::{policy, sysval};

/// Checks the card's MFA precondition: current QSECURITY ≥ 40 and current QPWDLVL = 4.
pub fn require_mfa_levels(job: &Job, what: &str) -> QResult<()> {
    let security = sysval::security_level(job.tx)?;
    let level = sysval::password_level(job.tx)?;
    if !policy::mfa_allowed(security, level) {
        return msg::qsy0088(what, security, level).fail();
    }
    Ok(())
}

/// The keywords of the parameters CRTUSRPRF and CHGUSRPRF share, each from its own
/// command's definition.
pub struct ProfileKeywords {
    /// PASSWORD.
    pub password: Keyword,
    /// PWDEXP.
    pub pwdexp: Keyword,
    /// STATUS.
    pub status: Keyword,
    /// USRCLS.
    pub usrcls: Keyword,
    /// SPCAUT.
    pub spcaut: Keyword,
    /// PWDEXPITV.
    pub pwdexpitv: Keyword,
    /// TEXT.
    pub text: Keyword,
    /// AUTHMTH.
    pub authmth: Keyword,
    /// TOTPOPTITV.
    pub totpoptitv: Keyword,
}

/// The [`ProfileKeywords`] of a command's generated keyword module (`crtusrprf`,
/// `chgusrprf`), which name the shared parameters alike.
macro_rules! profile_keywords {
    ($kw:ident) => {
        $crate::commands::usrprf::ProfileKeywords {
            password: $kw::PASSWORD,
            pwdexp: $kw::PWDEXP,
            status: $kw::STATUS,
            usrcls: $kw::USRCLS,
            spcaut: $kw::SPCAUT,
            pwdexpitv: $kw::PWDEXPITV,
            text: $kw::TEXT,
            authmth: $kw::AUTHMTH,
            totpoptitv: $kw::TOTPOPTITV,
        }
    };
}
pub(crate) use profile_keywords;

/// What SPCAUT asks for.
pub enum SpecialAuthorities {
    /// `*USRCLS`: those of the user class; `given` when written (not the default).
    OfClass {
        /// SPCAUT(*USRCLS) was written.
        given: bool,
    },
    /// `*NONE`.
    None,
    /// The authorities listed.
    Listed(Vec<SpecialAuthority>),
}

/// What PASSWORD asks for.
pub enum NewPassword {
    /// `*NONE`: no password.
    None,
    /// `*USRPRF`: the profile name.
    ProfileName,
    /// This password, as typed.
    Typed(String),
}

/// The profile parameters of CRTUSRPRF and CHGUSRPRF; None stands for `*SAME` (CHGUSRPRF:
/// the field stays as it is).
pub struct ProfileParams {
    /// The command (for messages).
    pub command: &'static str,
    /// PASSWORD.
    pub password: Option<NewPassword>,
    /// PWDEXP: whether the password is set to expired.
    pub pwdexp: Option<bool>,
    /// STATUS.
    pub status: Option<Status>,
    /// USRCLS.
    pub user_class: Option<UserClass>,
    /// SPCAUT.
    pub special_authorities: Option<SpecialAuthorities>,
    /// PWDEXPITV: days, or `*SYSVAL` / `*NOMAX`.
    pub expiration_interval: Option<ExpirationInterval>,
    /// TEXT (`*BLANK` is empty).
    pub text: Option<String>,
    /// AUTHMTH, as listed.
    pub authentication_methods: Option<Vec<AuthMethod>>,
    /// TOTPOPTITV: minutes, or None for `*NONE`.
    pub totp_optional_interval: Option<Option<u32>>,
    /// The keywords qsy keeps but does not act on (HOMEDIR, INLPGM, JOBD…), each given one
    /// with its value as CL shows it; `*SAME` ones are left out.
    pub not_acted_on: Vec<(&'static str, String)>,
}

/// A checked value as CL writes it (`LIB/OBJ`, a list's elements separated by blanks).
pub fn cl_text(v: &Value) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::List(items) => items.iter().map(cl_text).collect::<Vec<_>>().join(" "),
        Value::Qualified { lib, obj } if lib == "*LIBL" => obj.clone(),
        Value::Qualified { lib, obj } => format!("{lib}/{obj}"),
        other => other.as_str().unwrap_or_default().to_string(),
    }
}

/// The given parameters of a definition's keywords qsy does not act on, with their values
/// (`*SAME` left out).
pub fn not_acted_on(args: &Args) -> Vec<(&'static str, String)> {
    args.given_indices()
        .map(|i| (i, &args.def.params()[i]))
        .filter(|(_, p)| p.not_acted_on)
        .filter_map(|(i, p)| {
            let v = args.value_at(i)?;
            let text = cl_text(v);
            (text != "*SAME").then_some((p.keyword(), text))
        })
        .collect()
}

/// The text of a parameter, or None for `*SAME`.
fn unless_same(args: &Args, keyword: Keyword) -> QResult<Option<&str>> {
    Ok(Some(args.text(keyword)?).filter(|v| *v != "*SAME"))
}

impl ProfileParams {
    /// Reads the shared parameters from the checked arguments of CRTUSRPRF or CHGUSRPRF.
    pub fn from_args(args: &Args, kw: &ProfileKeywords) -> QResult<ProfileParams> {
        Ok(ProfileParams {
            command: args.def.name(),
            password: unless_same(args, kw.password)?.map(|pw| match pw {
                "*NONE" => NewPassword::None,
                "*USRPRF" => NewPassword::ProfileName,
                typed => NewPassword::Typed(typed.to_string()),
            }),
            pwdexp: unless_same(args, kw.pwdexp)?.map(|v| v == "*YES"),
            status: unless_same(args, kw.status)?
                .map(|v| parse_param(kw.status, v))
                .transpose()?,
            user_class: unless_same(args, kw.usrcls)?
                .map(|v| parse_param(kw.usrcls, v))
                .transpose()?,
            special_authorities: match args.strs(kw.spcaut).next() {
                Some("*SAME") | None => None,
                Some("*USRCLS") => Some(SpecialAuthorities::OfClass {
                    given: args.given(kw.spcaut),
                }),
                Some("*NONE") => Some(SpecialAuthorities::None),
                Some(_) => Some(SpecialAuthorities::Listed(
                    SpecialAuthority::ALL
                        .iter()
                        .copied()
                        .filter(|a| args.strs(kw.spcaut).any(|s| s == a.as_str()))
                        .collect(),
                )),
            },
            expiration_interval: match args.value(kw.pwdexpitv) {
                Some(Value::Int(n)) => Some(parse_param(kw.pwdexpitv, &n.to_string())?),
                Some(v) if !v.is("*SAME") => {
                    Some(parse_param(kw.pwdexpitv, args.text(kw.pwdexpitv)?)?)
                }
                _ => None,
            },
            text: unless_same(args, kw.text)?.map(|v| {
                if v == "*BLANK" {
                    String::new()
                } else {
                    v.to_string()
                }
            }),
            authentication_methods: if args.strs(kw.authmth).next().is_some_and(|m| m != "*SAME") {
                let given = args
                    .strs(kw.authmth)
                    .map(|m| parse_param(kw.authmth, m))
                    .collect::<Result<Vec<AuthMethod>, _>>()?;
                Some(given)
            } else {
                None
            },
            totp_optional_interval: match args.value(kw.totpoptitv) {
                Some(v) if !v.is("*SAME") => Some(args.int(kw.totpoptitv).map(|n| n as u32)),
                _ => None,
            },
            not_acted_on: not_acted_on(args),
        })
    }
}

/// Applies CRTUSRPRF/CHGUSRPRF parameters to `p`; returns the names of the fields changed
/// (for the audit entry; never values of secrets).
pub fn apply(
    job: &mut Job,
    p: &mut Profile,
    params: &ProfileParams,
    creating: bool,
) -> QResult<Vec<&'static str>> {
    let me = job.user_profile_shared()?;
    let mut fields = Vec::new();
    let command = params.command;
    let class_changed = match params.user_class {
        Some(class) if class != p.user_class || creating => {
            p.user_class = class;
            fields.push("USRCLS");
            true
        }
        _ => false,
    };
    // Special authorities: explicit list, *NONE, or *USRCLS (also when the class changes
    // on creation with the default *USRCLS).
    // *USRCLS gives the class's defaults at the current security level (IBM "User class"
    // table: at 10 and 20 every class also gets *ALLOBJ, and so on).
    let security = crate::system::sysval::security_level(job.tx)?;
    let new_auths: Option<Vec<SpecialAuthority>> = match &params.special_authorities {
        None => None,
        Some(SpecialAuthorities::OfClass { given }) => {
            (creating || class_changed || *given).then(|| p.user_class.authorities_at(security))
        }
        Some(SpecialAuthorities::None) => Some(Vec::new()),
        Some(SpecialAuthorities::Listed(listed)) => Some(listed.clone()),
    };
    if let Some(auths) = new_auths {
        let added: Vec<SpecialAuthority> = auths
            .iter()
            .copied()
            .filter(|a| !p.special_authorities.contains(a) || creating)
            .collect();
        authority::require_grantable(&me, &added, command)?;
        if auths != p.special_authorities || creating {
            p.special_authorities = auths;
            fields.push("SPCAUT");
        }
    }
    if let Some(pw) = &params.password {
        match pw {
            NewPassword::None => p.passwords = Default::default(),
            NewPassword::ProfileName => {
                let name = p.name.clone();
                rules::set_password(job.tx, p, &name, job.now, false, None)?;
            }
            NewPassword::Typed(typed) => {
                let enforce = rules::applies_to_admin_changes(job.tx)?;
                // The password as the job reads it (the job CCSID pitfall, CHGUSRPRF's help).
                let typed = job.typed_text(typed);
                rules::set_password(job.tx, p, &typed, job.now, enforce, None)?;
            }
        }
        p.password_changed = Some(job.now);
        p.password_lost_at = None;
        fields.push("PASSWORD");
    }
    if let Some(expired) = params.pwdexp {
        p.password_expired = expired;
        fields.push("PWDEXP");
    }
    if let Some(status) = params.status {
        if status == Status::Enabled {
            p.signon_attempts_not_valid = 0;
        }
        p.status = status;
        fields.push("STATUS");
    }
    if let Some(interval) = params.expiration_interval {
        p.password_expiration_interval = interval;
        fields.push("PWDEXPITV");
    }
    if let Some(text) = &params.text {
        p.text = text.clone();
        fields.push("TEXT");
    }
    if let Some(methods) = &params.authentication_methods {
        if methods.contains(&AuthMethod::Totp) {
            require_mfa_levels(job, &format!("{command} AUTHMTH({})", AuthMethod::Totp))?;
        }
        p.authentication_methods = AuthMethod::normalized(methods);
        fields.push("AUTHMTH");
    }
    if let Some(interval) = params.totp_optional_interval {
        p.totp_optional_interval = interval;
        fields.push("TOTPOPTITV");
    }
    if fields.contains(&"AUTHMTH") && p.wants_totp() && p.totp.is_none() {
        job.send(msg::qsy0089(&p.name).diagnostic());
    }
    if fields.contains(&"AUTHMTH") && p.wants_totp() {
        // Sign-on asks for the factor only while the attribute is currently enabled.
        let attr = crate::system::adlsgnfac(job.tx)?;
        if attr.current != crate::system::AdditionalFactor::Enabled {
            let missing = if attr.pending == Some(crate::system::AdditionalFactor::Enabled) {
                "CHGSECA ADLSGNFAC(*ENABLED) is pending and takes effect at the next IPL"
            } else {
                "run CHGSECA ADLSGNFAC(*ENABLED), then an IPL"
            };
            job.send(msg::qsy0663(&p.name, missing).info());
        }
    }
    for (keyword, value) in &params.not_acted_on {
        p.not_acted_on.insert(keyword.to_string(), value.clone());
        fields.push(keyword);
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use crate::lang::defs;
    use crate::security::profile::{AuthMethod, SpecialAuthority, Status, UserClass};
    use crate::system::AdditionalFactor;

    /// The values a parameter allows besides those that mean "no change" or "all".
    fn values(command: &str, keyword: &str) -> std::collections::BTreeSet<&'static str> {
        let def = defs::find(command).expect(command);
        let (_, p) = def.param(keyword).expect(keyword);
        p.values()
            .iter()
            .chain(p.special())
            .filter(|v| !matches!(*v, "*SAME" | "*ALL" | "*USRCLS"))
            .collect()
    }

    /// Commands turn these parameters into enums with `parse_param`: every value their
    /// definitions allow must be one the enum knows.
    #[test]
    fn every_special_value_a_definition_allows_is_one_the_enum_knows() {
        let mut checked = 0;
        for command in ["CRTUSRPRF", "CHGUSRPRF"] {
            for v in values(command, "USRCLS") {
                assert!(v.parse::<UserClass>().is_ok(), "{command} USRCLS {v}");
            }
            for v in values(command, "STATUS") {
                assert!(v.parse::<Status>().is_ok(), "{command} STATUS {v}");
            }
            for v in values(command, "AUTHMTH") {
                assert!(v.parse::<AuthMethod>().is_ok(), "{command} AUTHMTH {v}");
            }
            for v in values(command, "SPCAUT")
                .into_iter()
                .filter(|v| *v != "*NONE")
            {
                assert!(
                    v.parse::<SpecialAuthority>().is_ok(),
                    "{command} SPCAUT {v}"
                );
                checked += 1;
            }
        }
        for v in values("PRTUSRPRF", "USRCLS") {
            assert!(v.parse::<UserClass>().is_ok(), "PRTUSRPRF USRCLS {v}");
        }
        for v in values("CHGSECA", "ADLSGNFAC") {
            assert!(
                v.parse::<AdditionalFactor>().is_ok(),
                "CHGSECA ADLSGNFAC {v}"
            );
        }
        assert_eq!(checked, 2 * SpecialAuthority::ALL.len());
    }
}
