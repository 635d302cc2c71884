//! Function usage (DESIGN §7.9): QIBM_RUN_UNDER_USER_NO_AUTH decides whether a job may run
//! under a profile without that profile's credentials.

use crate::messages::QResult;
use crate::security::profile::Profile;
use crate::store::{Table, Tx};

/// The one function ID qsy models.
pub const RUN_UNDER_USER_NO_AUTH: &str = "QIBM_RUN_UNDER_USER_NO_AUTH";

fn key(fcnid: &str, user: &str) -> String {
    format!("{fcnid}/{user}")
}

/// The usage recorded for `user` (`*ALLOWED` / `*DENIED`), or None for the default.
pub fn usage(tx: &Tx, fcnid: &str, user: &str) -> QResult<Option<String>> {
    tx.get(Table::FcnUsg, &key(fcnid, user))
}

/// The default usage of a function (`*ALLOWED` unless changed with DEFAULT()).
pub fn default_usage(tx: &Tx, fcnid: &str) -> QResult<String> {
    Ok(tx
        .get(Table::FcnUsg, &key(fcnid, "*DEFAULT"))?
        .unwrap_or_else(|| "*ALLOWED".to_string()))
}

/// Sets the usage for `user` (or `*DEFAULT`).
pub fn set_usage(tx: &mut Tx, fcnid: &str, user: &str, value: &str) -> QResult<()> {
    tx.put(Table::FcnUsg, &key(fcnid, user), &value.to_string())
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
/// be denied.
pub fn run_under_allowed(tx: &Tx, user: &Profile) -> QResult<bool> {
    if user.not_changeable {
        return Ok(true);
    }
    let usage = match usage(tx, RUN_UNDER_USER_NO_AUTH, &user.name)? {
        Some(u) => u,
        None => default_usage(tx, RUN_UNDER_USER_NO_AUTH)?,
    };
    Ok(usage != "*DENIED")
}

/// The usage shown for `user` (DSPUSRPRF `run_under_user_no_auth`).
pub fn run_under_shown(tx: &Tx, user: &Profile) -> QResult<&'static str> {
    Ok(if run_under_allowed(tx, user)? {
        "*ALLOWED"
    } else {
        "*DENIED"
    })
}
