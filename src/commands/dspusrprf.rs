//! DSPUSRPRF: display a user profile (the JSON fields of DESIGN §4). Secrets are shown only
//! as set / not set.

use crate::clock::rfc3339;
use crate::engine::Job;
use crate::lang::defs::dspusrprf::{OUTFILE, OUTMBR, OUTPUT, USRPRF};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::output::{row, Panel, Row, Shown};
use crate::security::profile::{
    self, AuthMethod, ExpirationInterval, SpecialAuthority, Status, UserClass,
};
use crate::security::{authority, fcnusg, password};
use crate::system::sysval;
use serde::{Serialize, Serializer};

/// The parameters of DSPUSRPRF (TYPE can only be *BASIC; OUTPUT(*PRINT) shows what *
/// shows).
pub struct Params {
    /// USRPRF: the profile to show, `*ALL` or a generic name (`J*`).
    pub usrprf: String,
    /// OUTPUT(*OUTFILE): the outfile (library, file) and whether OUTMBR says *ADD.
    pub outfile: Option<((String, String), bool)>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        let outfile = if args.text(OUTPUT)? == "*OUTFILE" {
            let target = super::outfile::target(args.value(OUTFILE))?;
            let add = args.strings(OUTMBR).iter().any(|v| v == "*ADD");
            Some((target, add))
        } else {
            None
        };
        Ok(Params {
            usrprf: args.text(USRPRF)?.to_string(),
            outfile,
        })
    }
}

/// Whether `name` matches the USRPRF value `pattern` (a name, `*ALL` or a generic name).
pub fn matches(pattern: &str, name: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some("") => true,
        Some(stem) if pattern != "*ALL" => name.starts_with(stem),
        _ => pattern == "*ALL" || pattern == name,
    }
}

/// DSPUSRPRF OUTPUT(*OUTFILE): one QADSPUPB record per selected profile the job user may
/// read (a single profile named without *READ is CPF2217, as for the display).
fn to_outfile(
    job: &mut Job,
    pattern: &str,
    (target, add): &((String, String), bool),
) -> QResult<()> {
    let me = job.user_profile()?;
    let single = pattern != "*ALL" && !pattern.ends_with('*');
    let profiles: Vec<profile::Profile> = if single {
        let p = profile::require(job.tx, pattern)?;
        authority::require_display_profile(job.tx, job.out, &me, pattern)?;
        vec![p]
    } else {
        let mut list = Vec::new();
        for p in profile::all(job.tx)? {
            if !matches(pattern, &p.name) {
                continue;
            }
            let object = crate::security::objaut::Object::Profile(p.name.clone());
            let held = crate::security::objaut::effective(job.tx, &me, &object)?;
            if held.contains(crate::security::objaut::Authorities::READ) {
                list.push(p);
            }
        }
        list
    };
    let level = sysval::password_level(job.tx)?;
    let mut rows = Vec::new();
    for p in &profiles {
        let (pwcd, _) = p
            .password_changed
            .map(super::outfile::cyymmdd_hhmmss)
            .unwrap_or_default();
        let (prsd, prst) = p
            .previous_signon
            .map(super::outfile::cyymmdd_hhmmss)
            .unwrap_or_default();
        let special = if p.special_authorities.is_empty() {
            "*NONE".to_string()
        } else {
            p.special_authorities
                .iter()
                .map(|a| format!("{:<10}", a.as_str()))
                .collect::<String>()
                .trim_end()
                .to_string()
        };
        let interval = match p.password_expiration_interval {
            ExpirationInterval::SysVal => 0,
            ExpirationInterval::NoMax => -1,
            ExpirationInterval::Days(d) => i64::from(d),
        };
        let methods = p
            .authentication_methods
            .iter()
            .map(|m| format!("{:<10}", m.as_str()))
            .collect::<String>()
            .trim_end()
            .to_string();
        let yes_no = |b: bool| if b { "*YES" } else { "*NO" }.to_string();
        let key_changed = p
            .totp
            .as_ref()
            .map(|t| {
                let (d, t) = super::outfile::cyymmdd_hhmmss(t.changed);
                format!("{d}{t}")
            })
            .unwrap_or_default();
        rows.push(vec![
            p.name.clone(),
            p.user_class.as_str().to_string(),
            yes_no(p.password_expired),
            p.status.as_str().to_string(),
            special,
            pwcd,
            interval.to_string(),
            yes_no(!p.has_password(level)),
            prsd,
            prst,
            p.signon_attempts_not_valid.to_string(),
            p.text.clone(),
            "-1".to_string(),
            "0".to_string(),
            "N".to_string(),
            "N".to_string(),
            "0".to_string(),
            "0".to_string(),
            methods,
            yes_no(p.totp.is_some()),
            key_changed,
            p.totp_optional_interval.unwrap_or(0).to_string(),
        ]);
    }
    let format = super::outfile::qadspupb();
    super::outfile::write(
        job,
        (&target.0, &target.1),
        &format,
        &rows,
        *add,
        "DSPUSRPRF",
    )
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
    /// When the IPL that made a QPWDLVL change current left the password *NONE (null when
    /// it did not: never set, or set since).
    pub password_lost_at: Option<String>,
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
    /// The attributes qsy keeps but does not act on (HOMEDIR, INLPGM, JOBD…), each as
    /// `KEYWORD(value)`; null when none was given.
    pub not_acted_on: Option<Vec<String>>,
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
            "Password *NONE since QPWDLVL IPL (qsy)",
            "password_lost_at",
            Shown::IfSet,
        ),
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
        row(
            "Kept, not acted on (qsy)",
            "not_acted_on",
            Shown::WithNote("(qsy keeps these values; it does not act on them)"),
        ),
    ];
}

/// Runs DSPUSRPRF.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    if let Some(outfile) = &params.outfile {
        return to_outfile(job, &params.usrprf, outfile);
    }
    if params.usrprf == "*ALL" || params.usrprf.ends_with('*') {
        return msg::qsy0789("USRPRF", &params.usrprf).fail();
    }
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
        password_lost_at: time(p.password_lost_at),
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
        not_acted_on: (!p.not_acted_on.is_empty()).then(|| {
            p.not_acted_on
                .iter()
                .map(|(k, v)| format!("{k}({v})"))
                .collect()
        }),
    };
    job.out.panel(&record);
    Ok(())
}
