//! Function usage (DESIGN §7.9): QIBM_RUN_UNDER_USER_NO_AUTH decides whether a job may run
//! under a profile without that profile's credentials.
//!
//! The rules are IBM's Check User Function Usage (QSYCKUFU) steps for the one function qsy
//! models: when the function uses *ALLOBJ (ALLOBJAUT(*USED)) a profile with *ALLOBJ is
//! allowed; else the profile's own entry decides; else the default, which for this function
//! is *ALLOWED and cannot be changed to *DENIED (IBM i 7.6).

use crate::lang::special::special_values;
use crate::messages::QResult;
use crate::security::profile::{Profile, SpecialAuthority};
use crate::store::{Table, Tx};

special_values! {
    /// CHGFCNUSG USAGE: a user's entry for a function.
    pub enum Usage("function usage") {
        /// The user may use the function.
        Allowed = "*ALLOWED",
        /// The user may not.
        Denied = "*DENIED",
        /// No entry: the user is neither explicitly allowed nor denied.
        None = "*NONE",
    }
}

/// The pseudo-user under which a function's ALLOBJAUT setting is kept (`FCNID/*ALLOBJAUT`;
/// a user profile name never starts with `*`).
const ALLOBJAUT: &str = "*ALLOBJAUT";

/// The one function ID qsy models.
pub const RUN_UNDER_USER_NO_AUTH: &str = "QIBM_RUN_UNDER_USER_NO_AUTH";

/// The store key of `user`'s usage of `fcnid` (`FCNID/USER`).
pub fn key(fcnid: &str, user: &str) -> String {
    format!("{fcnid}/{user}")
}

/// The usage recorded for `user` (`*ALLOWED` / `*DENIED`), or None for the default.
pub fn usage(tx: &Tx, fcnid: &str, user: &str) -> QResult<Option<String>> {
    tx.get(Table::FcnUsg, &key(fcnid, user))
}

/// Sets the usage for `user` (or `*DEFAULT`).
pub fn set_usage(tx: &mut Tx, fcnid: &str, user: &str, value: &str) -> QResult<()> {
    tx.put(Table::FcnUsg, &key(fcnid, user), &value.to_string())
}

/// Whether *ALLOBJ special authority allows use of the function (ALLOBJAUT(*USED)).
/// Decision: QIBM_RUN_UNDER_USER_NO_AUTH is shipped *NOTUSED here, so *DENIED protects
/// profiles with *ALLOBJ such as QSECOFR (IBM documents no shipped value).
pub fn allobj_used(tx: &Tx, fcnid: &str) -> QResult<bool> {
    Ok(tx
        .get::<String>(Table::FcnUsg, &key(fcnid, ALLOBJAUT))?
        .as_deref()
        == Some("*USED"))
}

/// Sets the function's ALLOBJAUT: `true` for *USED, `false` for *NOTUSED.
pub fn set_allobj_used(tx: &mut Tx, fcnid: &str, used: bool) -> QResult<()> {
    let value = if used { "*USED" } else { "*NOTUSED" };
    tx.put(Table::FcnUsg, &key(fcnid, ALLOBJAUT), &value.to_string())
}

/// Removes the usage recorded for `user`, so the function's default applies again (RSTUSRPRF
/// puts a profile's function usage back as it was saved).
pub fn clear_usage(tx: &mut Tx, fcnid: &str, user: &str) -> QResult<()> {
    tx.delete(Table::FcnUsg, &key(fcnid, user))
}

/// Removes every function-usage entry of `user` (DLTUSRPRF: the entries go with the profile,
/// so a new profile of the same name does not inherit them).
pub fn remove_user(tx: &mut Tx, user: &str) -> QResult<()> {
    let suffix = format!("/{user}");
    let keys: Vec<String> = tx
        .scan(Table::FcnUsg)?
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| k.ends_with(&suffix))
        .collect();
    for k in keys {
        tx.delete(Table::FcnUsg, &k)?;
    }
    Ok(())
}

/// Whether a job may run under `user` without its credentials. `_NC` profiles can never
/// be denied; with ALLOBJAUT(*USED) a profile with *ALLOBJ is allowed whatever its entry
/// says (QSYCKUFU's first step). The default of this function is always *ALLOWED: a
/// *DENIED default left in an old store or a restored save is not honoured, so it cannot
/// lock every job out.
pub fn run_under_allowed(tx: &Tx, user: &Profile) -> QResult<bool> {
    if user.not_changeable {
        return Ok(true);
    }
    if user.has(SpecialAuthority::AllObj) && allobj_used(tx, RUN_UNDER_USER_NO_AUTH)? {
        return Ok(true);
    }
    Ok(usage(tx, RUN_UNDER_USER_NO_AUTH, &user.name)?.as_deref() != Some("*DENIED"))
}

/// The usage shown for `user` (DSPUSRPRF `run_under_user_no_auth`).
pub fn run_under_shown(tx: &Tx, user: &Profile) -> QResult<&'static str> {
    Ok(if run_under_allowed(tx, user)? {
        "*ALLOWED"
    } else {
        "*DENIED"
    })
}
