//! CHGSECA ADLSGNFAC: set the additional sign-on factor, pending until the next IPL
//! (DESIGN §7.4).

use crate::engine::Job;
use crate::lang::defs::chgseca::ADLSGNFAC;
use crate::lang::special::parse_param;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::system::{self, policy, AdditionalFactor};

/// The parameters of CHGSECA.
pub struct Params {
    /// ADLSGNFAC: the additional sign-on factor wanted; None for *SAME.
    pub adlsgnfac: Option<AdditionalFactor>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            adlsgnfac: Some(args.text(ADLSGNFAC)?)
                .filter(|v| *v != "*SAME")
                .map(|v| parse_param(ADLSGNFAC, v))
                .transpose()?,
        })
    }
}

/// Runs CHGSECA.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    authority::require_security_officer(&job.user_profile()?, "CHGSECA")?;
    let Some(wanted) = params.adlsgnfac else {
        return Ok(());
    };
    if !system::sst_options(job.tx)?.allow_adlsgnfac_change {
        return msg::qsy0039().fail();
    }
    let mut attrs = system::security_attributes(job.tx)?;
    if wanted == AdditionalFactor::Enabled {
        // The current values count, not the pending ones (IBM 7.6 "Enabling MFA on your
        // system" points to the interfaces that show the current levels): the rollout is
        // QPWDLVL 4 and an IPL, then CHGSECA and another IPL.
        let security = attrs.security_level.current;
        let level = attrs.password_level.current;
        if !policy::mfa_allowed(security, level) {
            return msg::qsy0038(format!(
                "it needs the current QSECURITY to be 40 or higher and the current QPWDLVL to be 4; they are {security} and {level} (pending values take effect only at the next IPL)"
            ))
            .fail();
        }
    }
    let attr = &mut attrs.additional_factor;
    let old = *attr.after_ipl();
    attr.pending = (wanted != attr.current).then_some(wanted);
    system::put_adlsgnfac(job.tx, attr)?;
    job.send(msg::qsy0037(wanted).completion());
    job.audit(
        "SV",
        "ADLSGNFAC",
        None,
        format!("CHGSECA; pending value {old} -> {wanted}"),
    )
}
