//! Authority checks (DESIGN §7.8): every command asks here, so a refusal always names the
//! missing special authority the same way, and each command's rule is written once.

use crate::messages::{msg, Failure, QResult};
use crate::output::Output;
use crate::security::objaut::{self, Authorities, Object};
use crate::security::profile::{Profile, SpecialAuthority};
use crate::store::Tx;

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

/// Fails unless `user` may grant every authority in `granted`: it must hold each itself, and
/// giving *SECADM also needs *ALLOBJ (IBM: "only a user with *SECADM and *ALLOBJ special
/// authorities can give *SECADM special authority to another user"). The one rule for
/// SPCAUT and USRCLS on CRTUSRPRF and CHGUSRPRF.
pub fn require_grantable(
    user: &Profile,
    granted: &[SpecialAuthority],
    command: &str,
) -> QResult<()> {
    if granted.contains(&SecAdm) {
        require(user, &[SecAdm, AllObj], command)?;
    }
    require(user, granted, command)
}

/// IBM's escape message for a missing object authority; the one place qsy chooses it.
/// CHKOBJ and DSPOBJD send CPF9802 "Not authorized to object &2 in &3." (their IBM error
/// lists); every other command sends CPF2217 "Not authorized to user profile &1." for a user
/// profile (the message IBM's Toolbox maps to "object authority insufficient") and CPF2189
/// for a save file.
pub fn refusal(object: &Object, command: &str) -> Failure {
    if matches!(command, "CHKOBJ" | "DSPOBJD") {
        return msg::cpf9802(object.name(), object.library()).into();
    }
    match object {
        Object::Profile(name) => msg::cpf2217(name).into(),
        Object::SaveFile { library, name } => msg::cpf2189(name, library, "FILE").into(),
    }
}

/// The refusal of an object authority check: a diagnostic naming what is missing, then
/// IBM's escape message ([`refusal`]).
fn not_authorized(
    out: &mut Output,
    user: &Profile,
    object: &Object,
    needed: &str,
    command: &str,
) -> Failure {
    out.send(
        msg::qsy0300(
            &user.name,
            needed,
            object.object_type(),
            object.name(),
            command,
        )
        .diagnostic(),
    );
    refusal(object, command)
}

/// Fails unless `user` has every authority in `needed` to `object` (*ALLOBJ has all).
pub fn require_object(
    tx: &Tx,
    out: &mut Output,
    user: &Profile,
    object: &Object,
    needed: Authorities,
    command: &str,
) -> QResult<()> {
    if objaut::effective(tx, user, object)?.contains(needed) {
        return Ok(());
    }
    Err(not_authorized(
        out,
        user,
        object,
        &needed.names().join(" "),
        command,
    ))
}

/// CHGUSRPRF, and changing another user's password: *SECADM, and *OBJMGT and *USE to the
/// profile changed (IBM's CHGUSRPRF restrictions; QSYCHGPW for another user).
pub fn require_change_profile(
    tx: &Tx,
    out: &mut Output,
    user: &Profile,
    target: &str,
    command: &str,
) -> QResult<()> {
    require(user, &[SecAdm], command)?;
    let needed = Authorities::OBJMGT.with(Authorities::USE);
    require_object(
        tx,
        out,
        user,
        &Object::Profile(target.into()),
        needed,
        command,
    )
}

/// DLTUSRPRF: *SECADM, and *OBJEXIST and *USE to the profile deleted.
pub fn require_delete_profile(
    tx: &Tx,
    out: &mut Output,
    user: &Profile,
    target: &str,
) -> QResult<()> {
    require(user, &[SecAdm], "DLTUSRPRF")?;
    let needed = Authorities::OBJEXIST.with(Authorities::USE);
    require_object(
        tx,
        out,
        user,
        &Object::Profile(target.into()),
        needed,
        "DLTUSRPRF",
    )
}

/// DSPUSRPRF: *READ to the profile displayed (IBM 7.6). A profile has *CHANGE to itself, so
/// a user can display its own.
pub fn require_display_profile(
    tx: &Tx,
    out: &mut Output,
    user: &Profile,
    name: &str,
) -> QResult<()> {
    let object = Object::Profile(name.into());
    require_object(tx, out, user, &object, Authorities::READ, "DSPUSRPRF")
}

/// SBMJOB USER(X): *USE to profile X (IBM's SBMJOB restrictions).
pub fn require_submit_as(tx: &Tx, out: &mut Output, user: &Profile, target: &str) -> QResult<()> {
    let object = Object::Profile(target.into());
    require_object(tx, out, user, &object, Authorities::USE, "SBMJOB")
}

/// DLTF of a save file: *OBJEXIST and *OBJOPR to the file (IBM's DLTF restrictions). The
/// *EXECUTE authority to the library IBM also asks for is not checked: qsy does not model
/// libraries as objects.
pub fn require_delete_file(
    tx: &Tx,
    out: &mut Output,
    user: &Profile,
    file: &Object,
) -> QResult<()> {
    let needed = Authorities::OBJEXIST.with(Authorities::OBJOPR);
    require_object(tx, out, user, file, needed, "DLTF")
}

/// CLRSAVF: *OBJOPR and *OBJMGT to the save file (IBM's "File commands" authority table).
pub fn require_clear_save_file(
    tx: &Tx,
    out: &mut Output,
    user: &Profile,
    file: &Object,
) -> QResult<()> {
    let needed = Authorities::OBJOPR.with(Authorities::OBJMGT);
    require_object(tx, out, user, file, needed, "CLRSAVF")
}

/// GRTOBJAUT / RVKOBJAUT: the owner and a user with *ALLOBJ may grant or revoke anything; a
/// user with *OBJMGT to the object may grant or revoke only authorities it holds itself, and
/// never *OBJMGT (IBM's GRTOBJAUT and RVKOBJAUT pages).
pub fn require_manage_authority(
    tx: &Tx,
    out: &mut Output,
    user: &Profile,
    object: &Object,
    authorities: Authorities,
    command: &str,
) -> QResult<()> {
    if user.has(AllObj) || objaut::is_owner(tx, &user.name, object)? {
        return Ok(());
    }
    let held = objaut::effective(tx, user, object)?;
    if !held.contains(Authorities::OBJMGT) {
        return Err(not_authorized(out, user, object, "*OBJMGT", command));
    }
    if authorities.contains(Authorities::OBJMGT) {
        return msg::qsy0305(&user.name, object.object_type(), object.name()).fail();
    }
    if !held.contains(authorities) {
        let missing = authorities.without(held).names().join(" ");
        return Err(not_authorized(out, user, object, &missing, command));
    }
    Ok(())
}

/// CHGOBJOWN: *ALLOBJ may transfer any object; anyone else needs *OBJEXIST to the object,
/// *ADD to the new owner's profile and *DLT to the present owner's profile — a user has
/// both to its own profile (IBM's CHGOBJOWN page). A present owner with no profile (QSYS)
/// so leaves only *ALLOBJ.
pub fn require_change_owner(
    tx: &Tx,
    out: &mut Output,
    user: &Profile,
    object: &Object,
    new_owner: &str,
) -> QResult<()> {
    if user.has(AllObj) {
        return Ok(());
    }
    require_object(tx, out, user, object, Authorities::OBJEXIST, "CHGOBJOWN")?;
    if new_owner != user.name {
        let owner = Object::Profile(new_owner.into());
        require_object(tx, out, user, &owner, Authorities::ADD, "CHGOBJOWN")?;
    }
    let current = objaut::get(tx, object)?.owner;
    if current != user.name {
        let owner = Object::Profile(current);
        require_object(tx, out, user, &owner, Authorities::DLT, "CHGOBJOWN")?;
    }
    Ok(())
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

/// Whether `user` may see every profile, not only its own, in DSPAUTUSR's rows: *SECADM or
/// *ALLOBJ.
pub fn sees_all_profiles(user: &Profile) -> bool {
    user.has(SecAdm) || user.has(AllObj)
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
    fn giving_secadm_needs_allobj_too() {
        assert_eq!(
            refusal(require_grantable(&user(&[SecAdm]), &[SecAdm], "CHGUSRPRF")),
            "QSY0050: User PAT needs special authority *ALLOBJ to run CHGUSRPRF."
        );
        assert!(require_grantable(&user(&[SecAdm, AllObj]), &[SecAdm], "CHGUSRPRF").is_ok());
        assert!(require_grantable(&user(&[SecAdm]), &[], "CHGUSRPRF").is_ok());
    }
}
