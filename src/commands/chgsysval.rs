//! CHGSYSVAL: change a security-related system value (DESIGN §7.2).

use crate::engine::Job;
use crate::lang::defs::chgsysval::{SYSVAL, VALUE};
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::system::{self, sysval, Staged};

/// The parameters of CHGSYSVAL.
pub struct Params {
    /// SYSVAL: the system value.
    pub sysval: String,
    /// VALUE: its new value, as given.
    pub value: String,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            sysval: args.text(SYSVAL)?.to_string(),
            value: args.text(VALUE)?.to_string(),
        })
    }
}

/// Runs CHGSYSVAL.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.sysval.clone();
    let def = sysval::lookup(&name)?;
    authority::require_security_officer(&job.user_profile()?, "CHGSYSVAL")?;
    if system::sst_options(job.tx)?.lock_security_values {
        return msg::qsy0034(&name).fail();
    }
    if matches!(name.as_str(), "QPWDMINLEN" | "QPWDMAXLEN")
        && sysval::current(job.tx, "QPWDRULES")? != "*PWDSYSVAL"
    {
        return msg::qsy0036(&name).fail();
    }
    let value = sysval::validate(job.tx, &name, &params.value)?;
    let mut record = sysval::get(job.tx, &name)?;
    let before = record.clone();
    if def.at_ipl {
        sysval::check_ipl_change(job.tx, &name, &value)?;
        record.pending = if value == record.current {
            None
        } else {
            Some(value.clone())
        };
        if before.pending.as_deref() == Some(value.as_str()) {
            job.send(msg::qsy0664(&name, &value).completion());
        } else if value == before.current {
            match &before.pending {
                None => job.send(msg::qsy0665(&name, &value).completion()),
                Some(p) => job.send(msg::qsy0668(&name, &value, p).completion()),
            }
        } else {
            job.send(msg::qsy0032(&name, &value).completion());
        }
        if name == "QPWDLVL" && value == "4" && before.current != "4" {
            warn_lost_passwords(job)?;
        }
    } else {
        record = Staged {
            current: value.clone(),
            pending: None,
        };
        job.send(msg::qsy0031(&name, &value).completion());
    }
    sysval::put(job.tx, &name, &record)?;
    if def.at_ipl {
        warn_adlsgnfac(job)?;
    }
    let old = before.pending.as_deref().unwrap_or(&before.current);
    let detail = if def.at_ipl {
        format!("CHGSYSVAL; pending value {old} -> {value}")
    } else {
        format!("CHGSYSVAL; {old} -> {value}")
    };
    job.audit("SV", &name, None, detail)
}

/// How many profiles QSY0666 names before "and N more".
const NAMED: usize = 10;

/// CHGSYSVAL QPWDLVL 4: which profiles the IPL would leave with password *NONE (they hold
/// no level-4 hash), the first [`NAMED`] by name.
fn warn_lost_passwords(job: &mut Job) -> QResult<()> {
    let at_risk: Vec<String> = crate::security::profile::all(job.tx)?
        .into_iter()
        .filter(|p| {
            !p.not_changeable && crate::security::policy::would_lose_password_at(&p.passwords, 4)
        })
        .map(|p| p.name)
        .collect();
    if at_risk.is_empty() {
        return Ok(());
    }
    let mut names = at_risk
        .iter()
        .take(NAMED)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    if at_risk.len() > NAMED {
        names.push_str(&format!(" and {} more", at_risk.len() - NAMED));
    }
    job.send(msg::qsy0666(at_risk.len(), names).diagnostic());
    Ok(())
}

/// Says at CHGSYSVAL time what the next IPL will do to an enabled additional sign-on factor
/// when the levels it will make current are below what the attribute needs (DESIGN §7.4).
fn warn_adlsgnfac(job: &mut Job) -> QResult<()> {
    let levels = sysval::levels(job.tx)?;
    let factor = system::adlsgnfac(job.tx)?;
    let (security, level) = (*levels.security.after_ipl(), *levels.password.after_ipl());
    if *factor.after_ipl() == system::AdditionalFactor::Enabled
        && !system::policy::mfa_allowed(security, level)
    {
        job.send(msg::qsy0059(security, level).diagnostic());
    }
    Ok(())
}
