//! The simulated IPL (DESIGN §7.2): pending system values become current, the IPL count
//! grows, and every registered IPL step runs in order. A step is the extension point for what
//! an IPL does elsewhere (password levels drop hashes, the additional sign-on factor applies).

use crate::messages::{msg, Message, QResult};
use crate::store::Tx;
use crate::system::policy;
use crate::system::{self, sysval, AdditionalFactor, Staged};

/// What an IPL changes, passed to every step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IplChange {
    /// QSECURITY before and after.
    pub security: (u8, u8),
    /// QPWDLVL before and after.
    pub password_level: (u8, u8),
    /// When the IPL runs (the journal entries' time).
    pub now: i64,
}

impl IplChange {
    /// Whether MFA may be used at the levels the IPL makes current.
    pub fn mfa_allowed(&self) -> bool {
        policy::mfa_allowed(self.security.1, self.password_level.1)
    }
}

/// One thing an IPL does; returns the messages it wants the operator to see.
pub type IplStep = fn(&mut Tx, &IplChange, &str) -> QResult<Vec<Message>>;

/// The steps, in order. Add a step here to make an IPL do something new.
pub static STEPS: &[IplStep] = &[password_levels, security_level, additional_signon_factor];

fn password_levels(tx: &mut Tx, change: &IplChange, job_user: &str) -> QResult<Vec<Message>> {
    let (old, new) = change.password_level;
    crate::security::profile::ipl_password_level(tx, old, new, change.now, job_user)
}

/// Special authorities follow a change of security level across 20/30 as IBM documents.
fn security_level(tx: &mut Tx, change: &IplChange, _job_user: &str) -> QResult<Vec<Message>> {
    let (old, new) = change.security;
    let changed = crate::security::profile::ipl_security_level(tx, old, new)?;
    Ok(if changed.is_empty() {
        Vec::new()
    } else {
        vec![msg::qsy0058(changed.len(), old, new, changed.join(" ")).diagnostic()]
    })
}

/// The additional sign-on factor becomes enabled only if the new current values allow it
/// (DESIGN §7.4 decision).
fn additional_signon_factor(
    tx: &mut Tx,
    change: &IplChange,
    _job_user: &str,
) -> QResult<Vec<Message>> {
    let mut attr = system::adlsgnfac(tx)?;
    let Some(pending) = attr.pending.take() else {
        // An enabled attribute cannot survive a level drop below what it needs.
        if attr.current == AdditionalFactor::Enabled && !change.mfa_allowed() {
            attr.current = AdditionalFactor::Disabled;
            system::put_adlsgnfac(tx, &attr)?;
            return Ok(vec![msg::qsy0057(
                change.security.1,
                change.password_level.1,
            )
            .diagnostic()]);
        }
        return Ok(Vec::new());
    };
    let mut messages = Vec::new();
    if pending == AdditionalFactor::Enabled && !change.mfa_allowed() {
        attr.current = AdditionalFactor::Disabled;
        messages.push(
            msg::qsy0044(format!(
                "it needs QSECURITY 40 or higher and QPWDLVL 4, and they are now {} and {}.",
                change.security.1, change.password_level.1
            ))
            .diagnostic(),
        );
    } else {
        attr.current = pending;
    }
    system::put_adlsgnfac(tx, &attr)?;
    Ok(messages)
}

/// Performs an IPL: applies pending values, runs the steps, journals it, and returns the
/// messages to show (the last one is the completion message).
pub fn perform(tx: &mut Tx, now: i64, job_user: &str) -> QResult<Vec<Message>> {
    let before = sysval::levels(tx)?;
    let mut applied = Vec::new();
    for (name, value) in [
        ("QSECURITY", &before.security),
        ("QPWDLVL", &before.password),
    ] {
        if let Some(pending) = value.pending {
            applied.push(format!("{name} {} -> {pending}", value.current));
            sysval::put(
                tx,
                name,
                &Staged {
                    current: pending.to_string(),
                    pending: None,
                },
            )?;
        }
    }
    let change = IplChange {
        security: (before.security.current, *before.security.after_ipl()),
        password_level: (before.password.current, *before.password.after_ipl()),
        now,
    };
    let mut messages = Vec::new();
    for step in STEPS {
        messages.extend(step(tx, &change, job_user)?);
    }
    let mut power = system::power_state(tx)?;
    power.ipl_count += 1;
    power.powered_down = false;
    system::put_power_state(tx, &power)?;
    let factor = system::adlsgnfac(tx)?.current;
    let detail = if applied.is_empty() {
        "IPL; no pending values".to_string()
    } else {
        format!("IPL; {}", applied.join(", "))
    };
    crate::audit::write(tx, now, "IP", job_user, "*SYSTEM", None, detail)?;
    messages.push(
        msg::qsy0040(
            power.ipl_count,
            change.security.1,
            change.password_level.1,
            factor,
        )
        .completion(),
    );
    Ok(messages)
}
