//! What the security and password levels allow, each rule written once: whether MFA may be
//! used, and how long a password may be (DESIGN §7.2–§7.5).
//!
//! The functions take the levels to judge, not the store: CHGSECA judges the values the next
//! IPL makes current, the IPL the new current values, CHGTOTPKEY and AUTHMTH(*TOTP) the
//! current ones.

/// The lowest QSECURITY at which MFA may be used.
pub const MFA_MIN_SECURITY: u8 = 40;

/// The QPWDLVL MFA needs.
pub const MFA_PASSWORD_LEVEL: u8 = 4;

/// The longest password at QPWDLVL 0 and 1 (IBM's 10-character field).
pub const MAX_LEN_01: usize = 10;

/// The longest password at QPWDLVL 2, 3 and 4.
pub const MAX_LEN_234: usize = 128;

/// Whether MFA (a TOTP key, AUTHMTH(*TOTP), the additional sign-on factor) may be used at
/// QSECURITY `security` and QPWDLVL `password_level`: QSECURITY 40 or higher and QPWDLVL 4
/// (the card's precondition, DESIGN §7.4, §7.5).
pub fn mfa_allowed(security: u8, password_level: u8) -> bool {
    security >= MFA_MIN_SECURITY && password_level >= MFA_PASSWORD_LEVEL
}

/// The longest password QPWDLVL `level` accepts; also the range of QPWDMINLEN, QPWDMAXLEN
/// and the *MINLEN/*MAXLEN password rules at that level (DESIGN §7.2).
pub fn max_password_len(level: u8) -> usize {
    if level <= 1 {
        MAX_LEN_01
    } else {
        MAX_LEN_234
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mfa_needs_security_40_and_password_level_4() {
        assert!(mfa_allowed(40, 4) && mfa_allowed(50, 4));
        assert!(!mfa_allowed(30, 4));
        for level in 0..=3 {
            assert!(!mfa_allowed(40, level), "QPWDLVL {level}");
        }
    }

    #[test]
    fn password_length_per_level() {
        assert_eq!([0, 1].map(max_password_len), [10, 10]);
        assert_eq!([2, 3, 4].map(max_password_len), [128, 128, 128]);
    }
}
