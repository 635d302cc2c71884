//! Dedicated Service Tools (DESIGN §7.12): the console-side reset of QSECOFR. It needs no
//! profile: it stands for physical access to the system.

use crate::messages::{msg, Message, QResult};
use crate::security::password;
use crate::security::profile::{self, Status};
use crate::store::Tx;

/// Resets QSECOFR's password to `QSECOFR` (expired), enables it, and removes its TOTP key;
/// AUTHMTH is left as it is; the audit journal gets IBM's CP entry with command name DST
/// ("QSECOFR password reset using DST"). Returns the completion message to show.
pub fn reset_qsecofr(tx: &mut Tx, now: i64) -> QResult<Message> {
    let mut p = profile::require(tx, "QSECOFR")?;
    let level = crate::system::sysval::password_level(tx)?;
    let kdf = profile::kdf(tx)?;
    p.passwords = password::set_password("QSECOFR", level, &kdf);
    p.password_expired = true;
    p.password_changed = Some(now);
    p.password_lost_at = None;
    p.status = Status::Enabled;
    p.signon_attempts_not_valid = 0;
    p.totp = None;
    p.last_totp_signon = None;
    p.totp_reset_by_dst = true;
    profile::put(tx, &p)?;
    crate::audit::write(
        tx,
        now,
        "CP",
        "*DST",
        "QSECOFR",
        None,
        "DST; QSECOFR password reset using DST: password expired, status *ENABLED, TOTP key removed",
    )?;
    Ok(msg::qsy0072().completion())
}
