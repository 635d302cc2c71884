//! Authority checks (DESIGN §7.8): every command asks here, so a refusal always names the
//! missing special authority the same way.

use crate::messages::{msg, QResult};
use crate::security::profile::{Profile, SpecialAuthority};

/// Fails unless `user` holds every special authority in `needed`.
pub fn require(user: &Profile, needed: &[SpecialAuthority], command: &str) -> QResult<()> {
    for auth in needed {
        if !user.has(*auth) {
            return msg::qsy0050(&user.name, auth, command).fail();
        }
    }
    Ok(())
}

/// Fails unless `user` may grant every authority in `granted` (it must hold each itself).
pub fn require_grantable(
    user: &Profile,
    granted: &[SpecialAuthority],
    command: &str,
) -> QResult<()> {
    require(user, granted, command)
}
