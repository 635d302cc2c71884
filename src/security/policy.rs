//! IBM's password and sign-on rules that several places judge, each written once: which
//! password a profile can use at a password level, whether a level change would leave it with
//! none, and how a password carries its additional factor (DESIGN §7.3, §7.7). What the
//! security and password levels themselves allow (MFA, the password length) is a system-value
//! rule: see `system::policy`.
//!
//! The functions take plain values (levels, hashes, text), not the store, so every caller
//! decides which level to judge and the rules can be tested alone.

use crate::security::password::PasswordHashes;

/// The longest password that may precede `:code` for a *TOTP profile (IBM: 128 - 7).
pub const MAX_PASSWORD_WITH_FACTOR: usize = 121;

/// Whether a profile holding `hashes` has a usable password at QPWDLVL `level` (false =
/// DSPUSRPRF shows password *NONE).
///
/// 0/1: a 0/1 hash. 2/3: a 2/3 hash, or a level-4 one (usable through the clear-text
/// sign-on that rebuilds 2/3, DESIGN §7.3). 4 (or above): a level-4 hash.
pub fn usable_at(hashes: &PasswordHashes, level: u8) -> bool {
    match level {
        0 | 1 => hashes.level_01.is_some(),
        2 | 3 => !hashes.level_23.is_empty() || hashes.level_4.is_some(),
        _ => hashes.level_4.is_some(),
    }
}

/// Whether a profile holding `hashes` would be left with password *NONE at QPWDLVL
/// `level`: it holds a password hash, and none usable at that level (DSPAUTUSR's warning,
/// QSYRTVPWDL). A profile with no hash at all has nothing to lose.
pub fn would_lose_password_at(hashes: &PasswordHashes, level: u8) -> bool {
    let holds_any =
        hashes.level_01.is_some() || !hashes.level_23.is_empty() || hashes.level_4.is_some();
    holds_any && !usable_at(hashes, level)
}

/// Splits what a user typed into password and additional factor (DESIGN §7.7): a factor
/// given in its own field (`explicit`, when not empty) is used as is; otherwise, when the
/// profile uses an additional factor (`wants_factor`), the password is split at its
/// **last** colon (`password:123456`); otherwise the whole text is the password.
pub fn split_factor<'a>(
    typed: &'a str,
    explicit: Option<&'a str>,
    wants_factor: bool,
) -> (&'a str, Option<&'a str>) {
    match explicit.filter(|f| !f.is_empty()) {
        Some(f) => (typed, Some(f)),
        None if wants_factor => match typed.rfind(':') {
            Some(i) => (&typed[..i], Some(&typed[i + 1..])),
            None => (typed, None),
        },
        None => (typed, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::security::password::set_password;

    use crate::security::password::TEST_KDF as FAST;

    #[test]
    fn usable() {
        let none = PasswordHashes::default();
        for level in 0..=4 {
            assert!(!usable_at(&none, level));
            assert!(!would_lose_password_at(&none, level));
        }
        let h = set_password("SECRET1", 0, &FAST);
        assert!(usable_at(&h, 0) && usable_at(&h, 1) && usable_at(&h, 2) && usable_at(&h, 3));
        assert!(!usable_at(&h, 4));
        assert!(would_lose_password_at(&h, 4) && !would_lose_password_at(&h, 2));
        let h = set_password("Secret-1", 3, &FAST);
        assert!(!usable_at(&h, 0) && usable_at(&h, 3) && usable_at(&h, 4));
    }

    /// After 4 → 2/3 a profile holds only its level-4 hash; the clear-text sign-on accepts
    /// it, so it keeps a usable password at 2 and 3 and loses it only at 0/1.
    #[test]
    fn a_level_4_hash_alone_is_usable_at_2_and_3() {
        let h = set_password("Secret-1", 4, &FAST);
        for level in [2, 3, 4] {
            assert!(usable_at(&h, level) && !would_lose_password_at(&h, level));
        }
        assert!(would_lose_password_at(&h, 0) && would_lose_password_at(&h, 1));
    }

    #[test]
    fn the_factor_follows_the_last_colon_only_when_the_profile_uses_one() {
        assert_eq!(
            split_factor("pw:a:123456", None, true),
            ("pw:a", Some("123456"))
        );
        assert_eq!(split_factor("pw:123456", None, false), ("pw:123456", None));
        assert_eq!(split_factor("pw", None, true), ("pw", None));
        assert_eq!(
            split_factor("pw:1", Some("999999"), true),
            ("pw:1", Some("999999"))
        );
        assert_eq!(split_factor("pw:1", Some(""), true), ("pw", Some("1")));
    }
}
