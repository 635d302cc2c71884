//! Authority checks (DESIGN §7.8): every command asks here, so a refusal always names the
//! missing special authority the same way, and each command's rule is written once.

use crate::messages::{msg, QResult};
use crate::security::profile::{Profile, SpecialAuthority};

use SpecialAuthority::{AllObj, Audit, JobCtl, SavSys, SecAdm};

/// Fails unless `user` holds every special authority in `needed`; the refusal names the
/// first one missing.
pub fn require(user: &Profile, needed: &[SpecialAuthority], command: &str) -> QResult<()> {
    for auth in needed {
        if !user.has(*auth) {
            return msg::qsy0050(&user.name, auth, command).fail();
        }
    }
    Ok(())
}

/// Fails unless `user` holds at least one of `alternatives`; the refusal names every one
/// (`*AUDIT or *ALLOBJ`), and with a single alternative reads as [`require`]'s.
pub fn require_any(
    user: &Profile,
    alternatives: &[SpecialAuthority],
    command: &str,
) -> QResult<()> {
    if alternatives.iter().any(|a| user.has(*a)) {
        return Ok(());
    }
    let names: Vec<&str> = alternatives.iter().map(|a| a.as_str()).collect();
    msg::qsy0050(&user.name, names.join(" or "), command).fail()
}

/// Fails unless `user` may grant every authority in `granted` (it must hold each itself).
pub fn require_grantable(
    user: &Profile,
    granted: &[SpecialAuthority],
    command: &str,
) -> QResult<()> {
    require(user, granted, command)
}

/// Changing security-related system values and attributes (CHGSYSVAL, CHGSECA) and restoring
/// password data (RSTUSRPRF SECDTA(*PWDGRP)): *ALLOBJ and *SECADM.
pub fn require_security_officer(user: &Profile, command: &str) -> QResult<()> {
    require(user, &[AllObj, SecAdm], command)
}

/// Creating, changing and deleting profiles and function usage (CRTUSRPRF, CHGUSRPRF,
/// DLTUSRPRF, CHGFCNUSG): *SECADM.
pub fn require_security_administrator(user: &Profile, command: &str) -> QResult<()> {
    require(user, &[SecAdm], command)
}

/// Saving and restoring security data (SAVSECDTA, RSTUSRPRF): *SAVSYS.
pub fn require_save_system(user: &Profile, command: &str) -> QResult<()> {
    require(user, &[SavSys], command)
}

/// Powering the system down or restarting it (PWRDWNSYS): *JOBCTL.
pub fn require_job_control(user: &Profile, command: &str) -> QResult<()> {
    require(user, &[JobCtl], command)
}

/// Whether `user` may display every profile, not only its own (DSPUSRPRF of another
/// profile, the rows of DSPAUTUSR): *SECADM or *ALLOBJ.
pub fn sees_all_profiles(user: &Profile) -> bool {
    user.has(SecAdm) || user.has(AllObj)
}

/// DSPUSRPRF: a user may display its own profile; another needs [`sees_all_profiles`].
pub fn require_display_profile(user: &Profile, name: &str) -> QResult<()> {
    if name == user.name || sees_all_profiles(user) {
        return Ok(());
    }
    msg::qsy0094(&user.name, name).fail()
}

/// Reading the audit journal (DSPJRN JRN(QAUDJRN)): *AUDIT or *ALLOBJ.
pub fn require_audit_journal_reader(user: &Profile) -> QResult<()> {
    require_any(user, &[Audit, AllObj], "DSPJRN")
}

/// PRTUSRPRF: *ALLOBJ or *AUDIT.
pub fn require_profile_report(user: &Profile) -> QResult<()> {
    require_any(user, &[AllObj, Audit], "PRTUSRPRF")
}

/// QSYRTVPWDL, which lists other profiles' passwords by level: *SECADM or *ALLOBJ.
pub fn require_password_level_report(user: &Profile) -> QResult<()> {
    require_any(user, &[SecAdm, AllObj], "QSYRTVPWDL")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::security::profile::UserClass;

    fn user(auths: &[SpecialAuthority]) -> Profile {
        let mut p = Profile::new("PAT", UserClass::User, 0);
        p.special_authorities = auths.to_vec();
        p
    }

    fn refusal(r: QResult<()>) -> String {
        r.expect_err("refused").to_string()
    }

    #[test]
    fn a_refusal_names_every_acceptable_authority() {
        assert_eq!(
            refusal(require_audit_journal_reader(&user(&[SecAdm]))),
            "QSY0050: User PAT needs special authority *AUDIT or *ALLOBJ to run DSPJRN."
        );
        assert!(require_audit_journal_reader(&user(&[Audit])).is_ok());
        assert!(require_audit_journal_reader(&user(&[AllObj])).is_ok());
        assert_eq!(
            refusal(require_password_level_report(&user(&[Audit]))),
            "QSY0050: User PAT needs special authority *SECADM or *ALLOBJ to run QSYRTVPWDL."
        );
        assert!(require_profile_report(&user(&[Audit])).is_ok());
    }

    #[test]
    fn one_alternative_reads_as_require() {
        let plain = user(&[]);
        assert_eq!(
            refusal(require_any(
                &plain,
                &[SpecialAuthority::SavSys],
                "SAVSECDTA"
            )),
            refusal(require(&plain, &[SpecialAuthority::SavSys], "SAVSECDTA"))
        );
        assert_eq!(
            refusal(require_security_officer(&user(&[AllObj]), "CHGSECA")),
            "QSY0050: User PAT needs special authority *SECADM to run CHGSECA."
        );
    }

    #[test]
    fn profiles_are_displayed_to_their_owner_or_a_security_administrator() {
        assert!(require_display_profile(&user(&[]), "PAT").is_ok());
        assert!(require_display_profile(&user(&[SecAdm]), "QSECOFR").is_ok());
        assert!(require_display_profile(&user(&[AllObj]), "QSECOFR").is_ok());
        assert!(require_display_profile(&user(&[Audit]), "QSECOFR").is_err());
    }
}
