//! IBM i password levels (QPWDLVL 0–4, DESIGN §7.3): password syntax per level, the salted
//! hashes a profile keeps for each level group, and what sign-on, password changes and IPLs
//! do to them.
//!
//! The point of the simulator is to rehearse level changes, so this module keeps IBM's
//! *bookkeeping* exactly (which hash exists when, which one a sign-on uses, which one an IPL
//! drops) while the hash functions themselves are stand-ins chosen for honesty about cost:
//! level 0/1 uses PBKDF2-HMAC-SHA256 where IBM uses a DES-based scheme, level 2/3 uses
//! PBKDF2-HMAC-SHA1 (IBM: SHA-1), level 4 uses PBKDF2-HMAC-SHA512 as IBM does. All
//! primitives come from RustCrypto; comparisons are constant-time (`subtle`).
//!
//! This module depends only on [`policy`](super::policy) (the length and usability rules) so it can be
//! tested and benchmarked alone.

use crate::system::policy::max_password_len;
use serde::{Deserialize, Serialize};
use sha1::Sha1;
use sha2::{Sha256, Sha512};
use std::fmt;
use subtle::ConstantTimeEq;

/// Key-derivation iteration counts; fixed per store at creation.
///
/// They are store settings rather than constants so that a store keeps verifying the hashes
/// it already holds even if the defaults change in a later qsy version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfSettings {
    /// Iterations of PBKDF2-HMAC-SHA256 for the level 0/1 hash.
    pub iterations_01: u32,
    /// Iterations of PBKDF2-HMAC-SHA1 for the level 2/3 hash.
    pub iterations_23: u32,
    /// Iterations of PBKDF2-HMAC-SHA512 for the level 4 hash.
    pub iterations_4: u32,
}

impl Default for KdfSettings {
    /// Levels 0–3 use a modest 1,000 iterations: IBM's own 0/1 and 2/3 hashes are single,
    /// cheap hashes, so any count here is already more, and the test suites run many
    /// sign-ons. Level 4 uses 100,000 iterations of PBKDF2-HMAC-SHA512 (about 50 ms here),
    /// in the range current guidance gives for that function; it also makes a password
    /// change cost what the key derivation costs, as DESIGN §9 expects.
    fn default() -> Self {
        KdfSettings {
            iterations_01: 1_000,
            iterations_23: 1_000,
            iterations_4: 100_000,
        }
    }
}

/// One salted hash.
///
/// The salt is per hash (not per profile) so that the upper- and lower-case forms a level 0/1
/// password change builds cannot be correlated with each other.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaltedHash {
    /// Random salt from the OS random source.
    #[serde(with = "serde_bytes")]
    pub salt: [u8; 16],
    /// The derived key.
    #[serde(with = "serde_bytes")]
    pub hash: Vec<u8>,
}

impl SaltedHash {
    /// "A password is held at this level, its value unknown": what `qsy import` records for
    /// a level the real system says is held (hashes cannot be exported). It keeps its slot
    /// through the QPWDLVL IPLs exactly as a real hash does, and no typed password ever
    /// matches it (an empty derived key is never equal to a derived one), so the profile
    /// cannot sign on until a rehearsal password replaces it (CHGUSRPRF PASSWORD, or
    /// `qsy import --rehearsal-passwords`).
    pub fn unknown() -> Self {
        SaltedHash {
            salt: [0; 16],
            hash: Vec::new(),
        }
    }

    /// Whether this is a hash whose value is unknown ([`SaltedHash::unknown`]).
    pub fn is_unknown(&self) -> bool {
        self.hash.is_empty()
    }
}

impl fmt::Debug for SaltedHash {
    /// Hashes are secrets (they allow offline guessing), so Debug never shows them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SaltedHash(<redacted>)")
    }
}

/// The password hashes a profile holds, one slot per password-level group.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordHashes {
    /// Hash used at QPWDLVL 0/1, of the upper-case password.
    pub level_01: Option<SaltedHash>,
    /// Hashes used at QPWDLVL 2/3: usually one; two after a set at level 0/1, of the
    /// upper- and lower-case forms, because IBM lets such a password be typed either way
    /// after the move to 2/3.
    pub level_23: Vec<SaltedHash>,
    /// Hash used at QPWDLVL 4 (and built ahead of time at 2/3).
    pub level_4: Option<SaltedHash>,
    /// QPWDLVL in force when the password was last set; decides whether a 2/3 sign-on may
    /// build the level-4 hash.
    pub changed_at_level: u8,
}

impl fmt::Debug for PasswordHashes {
    /// Shows which hashes are held (useful when debugging level changes) but never their bytes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held = |h: &Option<SaltedHash>| if h.is_some() { "<redacted>" } else { "None" };
        write!(
            f,
            "PasswordHashes {{ level_01: {}, level_23: {} x <redacted>, level_4: {}, changed_at_level: {} }}",
            held(&self.level_01),
            self.level_23.len(),
            held(&self.level_4),
            self.changed_at_level
        )
    }
}

/// Why a password does not meet the syntax of a password level.
///
/// The texts never include the password, nor the offending character, so an error message
/// can be shown, logged or journaled without leaking any part of a secret.
#[derive(Clone, PartialEq, Eq)]
pub enum PasswordSyntaxError {
    /// Nothing (or only blanks) was given.
    Empty,
    /// Longer than the level allows.
    TooLong {
        /// The longest password the level allows.
        max: usize,
    },
    /// Level 0/1: the first character is a digit.
    FirstCharNotValid,
    /// Level 0/1: a character other than A–Z, 0–9, $, @, #, _ (the character is kept for
    /// callers that want it, but neither Display nor Debug shows it).
    CharNotValid(char),
    /// Level 2–4: passwords must not start with `*`, which would read as a special value
    /// such as *NONE.
    StartsWithAsterisk,
}

impl fmt::Debug for PasswordSyntaxError {
    /// Hand-written so that `CharNotValid` does not print a character of the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasswordSyntaxError::Empty => f.write_str("Empty"),
            PasswordSyntaxError::TooLong { max } => write!(f, "TooLong {{ max: {max} }}"),
            PasswordSyntaxError::FirstCharNotValid => f.write_str("FirstCharNotValid"),
            PasswordSyntaxError::CharNotValid(_) => f.write_str("CharNotValid(<redacted>)"),
            PasswordSyntaxError::StartsWithAsterisk => f.write_str("StartsWithAsterisk"),
        }
    }
}

impl fmt::Display for PasswordSyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasswordSyntaxError::Empty => f.write_str("The password is blank."),
            PasswordSyntaxError::TooLong { max } => {
                write!(f, "The password is longer than {max} characters.")
            }
            PasswordSyntaxError::FirstCharNotValid => f.write_str(
                "The first character of the password is not valid: at password level 0 or 1 it must not be a digit.",
            ),
            PasswordSyntaxError::CharNotValid(_) => f.write_str(
                "The password contains a character that is not valid at password level 0 or 1 (allowed: A-Z, 0-9, $, @, #, _).",
            ),
            PasswordSyntaxError::StartsWithAsterisk => {
                f.write_str("The password must not start with an asterisk (*).")
            }
        }
    }
}

impl std::error::Error for PasswordSyntaxError {}

/// Drops trailing blanks: IBM keeps passwords in blank-padded fields, so they never count.
fn trim_blanks(password: &str) -> &str {
    password.trim_end_matches(' ')
}

/// Checks syntax for a level and returns the password as the system keeps it: level 0/1
/// folded to upper case; 2–4 trailing blanks dropped, case kept.
///
/// Trailing blanks are dropped at every level (at 0/1 too, where IBM's 10-character field is
/// blank-padded). Level 0/1: 1–10 characters A–Z 0–9 $ @ # _ (lower-case a–z accepted and
/// folded), the first not a digit. Levels 2–4 (and any value above 4): 1–128 characters of
/// any kind, not starting with `*`. Lengths count characters, not bytes.
pub fn normalize(password: &str, level: u8) -> Result<String, PasswordSyntaxError> {
    let pw = trim_blanks(password);
    if pw.is_empty() {
        return Err(PasswordSyntaxError::Empty);
    }
    if level <= 1 {
        let max = max_password_len(level);
        if pw.chars().count() > max {
            return Err(PasswordSyntaxError::TooLong { max });
        }
        let upper = pw.to_ascii_uppercase();
        if let Some(c) = upper
            .chars()
            .find(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit() || "$@#_".contains(*c)))
        {
            return Err(PasswordSyntaxError::CharNotValid(c));
        }
        if upper.as_bytes()[0].is_ascii_digit() {
            return Err(PasswordSyntaxError::FirstCharNotValid);
        }
        Ok(upper)
    } else {
        let max = max_password_len(level);
        if pw.chars().count() > max {
            return Err(PasswordSyntaxError::TooLong { max });
        }
        if pw.starts_with('*') {
            return Err(PasswordSyntaxError::StartsWithAsterisk);
        }
        Ok(pw.to_string())
    }
}

/// Whether a password also meets the level 0/1 syntax, which is when IBM builds a 0/1 hash
/// for a password set at level 2 (so that a later move back to 0/1 keeps it usable).
pub fn fits_level_01(password: &str) -> bool {
    normalize(password, 0).is_ok()
}

/// Iteration counts of zero would make PBKDF2 meaningless (and the crate rejects them), so a
/// damaged setting is treated as one iteration instead of panicking inside a sign-on.
fn rounds(iterations: u32) -> u32 {
    iterations.max(1)
}

/// The level 0/1 key derivation alone (PBKDF2-HMAC-SHA256, 32 bytes), public so benchmarks
/// can compare a password change against the bare KDF. The caller upper-cases the password.
pub fn kdf_01(password: &str, salt: &[u8; 16], iterations: u32) -> Vec<u8> {
    #[cfg(test)]
    counted::add(counted::SHA256);
    let mut out = vec![0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(password.as_bytes(), salt, rounds(iterations), &mut out);
    out
}

/// The level 2/3 key derivation alone (PBKDF2-HMAC-SHA1, 20 bytes), public for benchmarks.
pub fn kdf_23(password: &str, salt: &[u8; 16], iterations: u32) -> Vec<u8> {
    #[cfg(test)]
    counted::add(counted::SHA1);
    let mut out = vec![0u8; 20];
    pbkdf2::pbkdf2_hmac::<Sha1>(password.as_bytes(), salt, rounds(iterations), &mut out);
    out
}

/// The level 4 key derivation alone (PBKDF2-HMAC-SHA512, 64 bytes, as IBM i), public for
/// benchmarks.
pub fn kdf_4(password: &str, salt: &[u8; 16], iterations: u32) -> Vec<u8> {
    #[cfg(test)]
    counted::add(counted::SHA512);
    let mut out = vec![0u8; 64];
    pbkdf2::pbkdf2_hmac::<Sha512>(password.as_bytes(), salt, rounds(iterations), &mut out);
    out
}

/// The key derivations this thread has done, by function, for tests that count them (the
/// rehearsal's KDF floor in benches/targets.rs). Per thread, as tests run in parallel.
#[cfg(test)]
pub(crate) mod counted {
    use std::cell::Cell;

    /// PBKDF2-HMAC-SHA512: the level-4 hash.
    pub const SHA512: usize = 0;
    /// PBKDF2-HMAC-SHA1: the level 2/3 hash.
    pub const SHA1: usize = 1;
    /// PBKDF2-HMAC-SHA256: the level 0/1 hash and the TOTP recovery-key hash.
    pub const SHA256: usize = 2;

    thread_local! {
        static COUNTS: Cell<[u32; 3]> = const { Cell::new([0; 3]) };
    }

    /// Counts one derivation of `kind`.
    pub fn add(kind: usize) {
        COUNTS.with(|c| {
            let mut n = c.get();
            n[kind] += 1;
            c.set(n);
        });
    }

    /// The counts so far on this thread, reset to zero.
    pub fn take() -> [u32; 3] {
        COUNTS.with(|c| c.replace([0; 3]))
    }
}

/// A fresh salt from the OS random source. Without one no password can be stored safely, so
/// a failing random source is a fatal error rather than something to work around.
fn new_salt() -> [u8; 16] {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).expect("the operating system's random source failed");
    salt
}

type Kdf = fn(&str, &[u8; 16], u32) -> Vec<u8>;

fn make(kdf: Kdf, password: &str, iterations: u32) -> SaltedHash {
    let salt = new_salt();
    let hash = kdf(password, &salt, iterations);
    SaltedHash { salt, hash }
}

/// Constant-time check of a typed password against one stored hash, so that the time taken
/// says nothing about how much of the derived key matched.
fn matches(kdf: Kdf, password: &str, stored: &SaltedHash, iterations: u32) -> bool {
    let derived = kdf(password, &stored.salt, iterations);
    bool::from(derived.as_slice().ct_eq(stored.hash.as_slice()))
}

/// Builds the hashes for a password set (CHGPWD, CHGUSRPRF PASSWORD) while `level` is current.
///
/// `normalized` is the result of [`normalize`] at the same level. Level 0/1: the 0/1 hash of
/// the upper-case form and 2/3 hashes of both the upper- and lower-case forms (IBM builds
/// them so the password survives a move to 2/3 typed either way). Level 2: 0/1 hash only if
/// the password fits 0/1 syntax, plus 2/3 and level-4 hashes (7.5 and later). Level 3: 2/3
/// and level 4. Level 4 (or above): level 4 only.
pub fn set_password(normalized: &str, level: u8, kdf: &KdfSettings) -> PasswordHashes {
    let pw = trim_blanks(normalized);
    let mut h = PasswordHashes {
        changed_at_level: level,
        ..PasswordHashes::default()
    };
    match level {
        0 | 1 => {
            let upper = pw.to_ascii_uppercase();
            let lower = pw.to_ascii_lowercase();
            h.level_01 = Some(make(kdf_01, &upper, kdf.iterations_01));
            h.level_23 = vec![
                make(kdf_23, &upper, kdf.iterations_23),
                make(kdf_23, &lower, kdf.iterations_23),
            ];
        }
        2 | 3 => {
            if level == 2 && fits_level_01(pw) {
                h.level_01 = Some(make(kdf_01, &pw.to_ascii_uppercase(), kdf.iterations_01));
            }
            h.level_23 = vec![make(kdf_23, pw, kdf.iterations_23)];
            h.level_4 = Some(make(kdf_4, pw, kdf.iterations_4));
        }
        _ => {
            h.level_4 = Some(make(kdf_4, pw, kdf.iterations_4));
        }
    }
    h
}

/// Outcome of checking a typed password at the current level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verification {
    /// The password is correct.
    pub ok: bool,
    /// The check built a hash as IBM does at sign-on, so the caller must store the profile.
    pub hashes_changed: bool,
}

/// Verifies a typed password at `level`; on success may build hashes as IBM does (mutating
/// `hashes`, with `hashes_changed` telling the caller to save them).
///
/// Trailing blanks of `typed` are dropped at every level. Level 0/1: the upper-case form is
/// checked against the 0/1 hash. Level 2/3: the typed form, case-sensitive, against each 2/3
/// hash; a profile with no 2/3 hash but a level-4 one (after 4 → 2/3) is checked against the
/// level-4 hash and, on success, gets its 2/3 hash built (IBM's clear-text sign-on). After a
/// success at 2/3 the level-4 hash is built if missing — but only when the password was last
/// set at level 2 or 3, because a password set at 0/1 needs a real change (DESIGN §7.3).
/// Level 4 (or above): against the level-4 hash.
pub fn verify(
    hashes: &mut PasswordHashes,
    typed: &str,
    level: u8,
    kdf: &KdfSettings,
) -> Verification {
    let typed = trim_blanks(typed);
    let refused = Verification {
        ok: false,
        hashes_changed: false,
    };
    match level {
        0 | 1 => {
            let ok = hashes.level_01.as_ref().is_some_and(|h| {
                matches(kdf_01, &typed.to_ascii_uppercase(), h, kdf.iterations_01)
            });
            Verification {
                ok,
                hashes_changed: false,
            }
        }
        2 | 3 => {
            let mut changed = false;
            let ok = if hashes.level_23.is_empty() {
                let via_4 = hashes
                    .level_4
                    .as_ref()
                    .is_some_and(|h| matches(kdf_4, typed, h, kdf.iterations_4));
                if via_4 {
                    hashes.level_23 = vec![make(kdf_23, typed, kdf.iterations_23)];
                    changed = true;
                }
                via_4
            } else {
                hashes
                    .level_23
                    .iter()
                    .any(|h| matches(kdf_23, typed, h, kdf.iterations_23))
            };
            if !ok {
                return refused;
            }
            if hashes.level_4.is_none() && matches!(hashes.changed_at_level, 2 | 3) {
                hashes.level_4 = Some(make(kdf_4, typed, kdf.iterations_4));
                changed = true;
            }
            Verification {
                ok: true,
                hashes_changed: changed,
            }
        }
        _ => {
            let ok = hashes
                .level_4
                .as_ref()
                .is_some_and(|h| matches(kdf_4, typed, h, kdf.iterations_4));
            Verification {
                ok,
                hashes_changed: false,
            }
        }
    }
}

/// What the IPL that makes `new_level` current drops: to 3, the 0/1 hash; to 4, the 0/1 and
/// 2/3 hashes. Other changes (and an IPL that keeps the level) drop nothing, because IBM
/// only discards hashes when a level that cannot use them becomes current.
pub fn apply_ipl(hashes: &mut PasswordHashes, old_level: u8, new_level: u8) {
    if old_level == new_level {
        return;
    }
    match new_level {
        3 => hashes.level_01 = None,
        4 => {
            hashes.level_01 = None;
            hashes.level_23.clear();
        }
        _ => {}
    }
}

/// Which groups are held, for DSPUSRPRF password_levels: a subset of `["0/1", "2/3", "4"]`
/// in that order.
pub fn held_levels(hashes: &PasswordHashes) -> Vec<&'static str> {
    let mut held = Vec::new();
    if hashes.level_01.is_some() {
        held.push("0/1");
    }
    if !hashes.level_23.is_empty() {
        held.push("2/3");
    }
    if hashes.level_4.is_some() {
        held.push("4");
    }
    held
}

/// Which held groups have a value qsy does not know (imported, DESIGN §12): a subset of
/// [`held_levels`].
pub fn unknown_levels(hashes: &PasswordHashes) -> Vec<&'static str> {
    let mut unknown = Vec::new();
    if hashes.level_01.as_ref().is_some_and(SaltedHash::is_unknown) {
        unknown.push("0/1");
    }
    if hashes.level_23.iter().any(SaltedHash::is_unknown) {
        unknown.push("2/3");
    }
    if hashes.level_4.as_ref().is_some_and(SaltedHash::is_unknown) {
        unknown.push("4");
    }
    unknown
}

/// Gives every hash of unknown value in `hashes` the value `password`, slot for slot, as the
/// real system built them: the 0/1 hash of the upper-case form; 2/3 hashes of the upper- and
/// lower-case forms when the password was last set at level 0/1, else of the password as
/// typed; the level-4 hash of the password as typed. Hashes already known are kept. Returns
/// false (nothing changed) when the password does not fit the syntax of the level it was
/// last set at.
pub fn fill_unknown(hashes: &mut PasswordHashes, password: &str, kdf: &KdfSettings) -> bool {
    let Ok(pw) = normalize(password, hashes.changed_at_level) else {
        return false;
    };
    let pw = trim_blanks(&pw).to_string();
    if hashes.level_01.as_ref().is_some_and(SaltedHash::is_unknown) {
        if !fits_level_01(&pw) {
            return false;
        }
        hashes.level_01 = Some(make(kdf_01, &pw.to_ascii_uppercase(), kdf.iterations_01));
    }
    if hashes.level_23.iter().any(SaltedHash::is_unknown) {
        hashes.level_23 = if hashes.changed_at_level <= 1 {
            vec![
                make(kdf_23, &pw.to_ascii_uppercase(), kdf.iterations_23),
                make(kdf_23, &pw.to_ascii_lowercase(), kdf.iterations_23),
            ]
        } else {
            vec![make(kdf_23, &pw, kdf.iterations_23)]
        };
    }
    if hashes.level_4.as_ref().is_some_and(SaltedHash::is_unknown) {
        hashes.level_4 = Some(make(kdf_4, &pw, kdf.iterations_4));
    }
    true
}

/// Cheap settings for unit tests, which exercise bookkeeping, not KDF cost.
#[cfg(test)]
pub(crate) const TEST_KDF: KdfSettings = KdfSettings {
    iterations_01: 2,
    iterations_23: 2,
    iterations_4: 2,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::security::policy::usable_at;

    use super::TEST_KDF as FAST;

    fn check(h: &mut PasswordHashes, typed: &str, level: u8) -> Verification {
        verify(h, typed, level, &FAST)
    }

    #[test]
    fn defaults_are_documented_values() {
        let d = KdfSettings::default();
        assert_eq!(
            (d.iterations_01, d.iterations_23, d.iterations_4),
            (1_000, 1_000, 100_000)
        );
    }

    #[test]
    fn normalize_level_01() {
        assert_eq!(normalize("qsecofr", 0).unwrap(), "QSECOFR");
        assert_eq!(normalize("A$@#_9", 1).unwrap(), "A$@#_9");
        assert_eq!(normalize("abc   ", 0).unwrap(), "ABC");
        assert_eq!(normalize("_X", 0).unwrap(), "_X");
        assert_eq!(normalize("ABCDEFGHIJ", 0).unwrap(), "ABCDEFGHIJ");
        assert_eq!(normalize("", 0), Err(PasswordSyntaxError::Empty));
        assert_eq!(normalize("   ", 1), Err(PasswordSyntaxError::Empty));
        assert_eq!(
            normalize("ABCDEFGHIJK", 0),
            Err(PasswordSyntaxError::TooLong { max: 10 })
        );
        assert_eq!(
            normalize("1ABC", 0),
            Err(PasswordSyntaxError::FirstCharNotValid)
        );
        assert_eq!(
            normalize("AB-C", 0),
            Err(PasswordSyntaxError::CharNotValid('-'))
        );
        assert_eq!(
            normalize("A B", 0),
            Err(PasswordSyntaxError::CharNotValid(' '))
        );
        assert_eq!(
            normalize("ÄB", 0),
            Err(PasswordSyntaxError::CharNotValid('Ä'))
        );
        assert_eq!(
            normalize("*NONE", 0),
            Err(PasswordSyntaxError::CharNotValid('*'))
        );
    }

    #[test]
    fn normalize_level_234() {
        for level in 2..=4 {
            assert_eq!(normalize("Pass word!  ", level).unwrap(), "Pass word!");
            assert_eq!(normalize("1abc", level).unwrap(), "1abc");
            assert_eq!(normalize("  lead", level).unwrap(), "  lead");
            assert_eq!(normalize("", level), Err(PasswordSyntaxError::Empty));
            assert_eq!(
                normalize("*x", level),
                Err(PasswordSyntaxError::StartsWithAsterisk)
            );
            let max = "é".repeat(128);
            assert_eq!(normalize(&max, level).unwrap(), max);
            assert_eq!(
                normalize(&"a".repeat(129), level),
                Err(PasswordSyntaxError::TooLong { max: 128 })
            );
        }
    }

    #[test]
    fn errors_never_show_the_password() {
        let secret = "Sécret-1";
        for level in 0..=4 {
            if let Err(e) = normalize(secret, level) {
                assert!(!e.to_string().contains('é'));
                assert!(!format!("{e:?}").contains('é'));
                assert!(!e.to_string().contains("cret"));
            }
        }
        let e = normalize("AB-C", 0).unwrap_err();
        assert_eq!(format!("{e:?}"), "CharNotValid(<redacted>)");
        assert!(!e.to_string().contains("AB"));
    }

    #[test]
    fn fits_01() {
        assert!(fits_level_01("abc"));
        assert!(fits_level_01("ABC123"));
        assert!(!fits_level_01("abc-1"));
        assert!(!fits_level_01("9abc"));
        assert!(!fits_level_01("abcdefghijk"));
    }

    #[test]
    fn set_at_each_level() {
        let h = set_password("SECRET1", 0, &FAST);
        assert_eq!(held_levels(&h), ["0/1", "2/3"]);
        assert_eq!(h.level_23.len(), 2);
        assert_eq!(h.changed_at_level, 0);

        let h = set_password("Secret1", 2, &FAST);
        assert_eq!(held_levels(&h), ["0/1", "2/3", "4"]);
        assert_eq!(h.level_23.len(), 1);
        let h = set_password("Secret-1", 2, &FAST);
        assert_eq!(held_levels(&h), ["2/3", "4"]);

        let h = set_password("Secret1", 3, &FAST);
        assert_eq!(held_levels(&h), ["2/3", "4"]);
        assert_eq!(h.changed_at_level, 3);

        let h = set_password("Secret1", 4, &FAST);
        assert_eq!(held_levels(&h), ["4"]);
        assert_eq!(h.level_4.as_ref().unwrap().hash.len(), 64);
    }

    #[test]
    fn salts_differ() {
        let h = set_password("SECRET1", 0, &FAST);
        assert_ne!(h.level_23[0].salt, h.level_23[1].salt);
        let h2 = set_password("SECRET1", 0, &FAST);
        assert_ne!(h.level_01, h2.level_01);
    }

    #[test]
    fn verify_at_01_is_case_insensitive() {
        let mut h = set_password(&normalize("secret1", 0).unwrap(), 0, &FAST);
        assert!(check(&mut h, "secret1", 0).ok);
        assert!(check(&mut h, "SeCrEt1", 1).ok);
        assert!(check(&mut h, "SECRET1  ", 0).ok);
        assert!(!check(&mut h, "SECRET2", 0).ok);
        assert!(!check(&mut h, "", 0).ok);
        let before = h.clone();
        assert!(!check(&mut h, "SECRET1", 0).hashes_changed);
        assert_eq!(h, before);
    }

    #[test]
    fn set_at_0_then_level_2_upper_or_lower_and_no_level_4() {
        let mut h = set_password("SECRET1", 0, &FAST);
        apply_ipl(&mut h, 0, 2);
        assert!(usable_at(&h, 2));
        let v = check(&mut h, "SECRET1", 2);
        assert_eq!(
            v,
            Verification {
                ok: true,
                hashes_changed: false
            }
        );
        assert!(check(&mut h, "secret1", 2).ok);
        assert!(!check(&mut h, "Secret1", 2).ok);
        // The trap: a password set at 0/1 never gets a level-4 hash from a sign-on.
        assert!(h.level_4.is_none());
        apply_ipl(&mut h, 2, 4);
        assert!(!usable_at(&h, 4));
        assert!(held_levels(&h).is_empty());
        assert!(!check(&mut h, "SECRET1", 4).ok);
    }

    #[test]
    fn sign_on_at_2_builds_level_4_for_password_set_at_2_or_3() {
        for level in [2, 3] {
            let mut h = set_password("Secret1", level, &FAST);
            h.level_4 = None; // as a profile from before 7.5 would be
            let wrong = check(&mut h, "secret1", level);
            assert_eq!(
                wrong,
                Verification {
                    ok: false,
                    hashes_changed: false
                }
            );
            assert!(h.level_4.is_none());
            let v = check(&mut h, "Secret1", level);
            assert_eq!(
                v,
                Verification {
                    ok: true,
                    hashes_changed: true
                }
            );
            assert!(h.level_4.is_some());
            assert!(!check(&mut h, "Secret1", level).hashes_changed);
            apply_ipl(&mut h, level, 4);
            assert_eq!(held_levels(&h), ["4"]);
            assert!(check(&mut h, "Secret1", 4).ok);
            assert!(!check(&mut h, "secret1", 4).ok);
        }
    }

    #[test]
    fn level_4_back_to_2_clear_text_sign_on_builds_23() {
        let mut h = set_password("Secret1", 4, &FAST);
        apply_ipl(&mut h, 4, 2);
        assert!(usable_at(&h, 2));
        assert!(!check(&mut h, "secret1", 2).ok);
        assert!(h.level_23.is_empty());
        let v = check(&mut h, "Secret1", 2);
        assert_eq!(
            v,
            Verification {
                ok: true,
                hashes_changed: true
            }
        );
        assert_eq!(held_levels(&h), ["2/3", "4"]);
        assert_eq!(
            check(&mut h, "Secret1", 3),
            Verification {
                ok: true,
                hashes_changed: false
            }
        );
        // No 0/1 hash appears: only a change at 2 makes one.
        assert!(!usable_at(&h, 0));
    }

    #[test]
    fn ipl_drops() {
        let full = set_password("Secret1", 2, &FAST);
        let mut h = full.clone();
        apply_ipl(&mut h, 2, 3);
        assert_eq!(held_levels(&h), ["2/3", "4"]);
        let mut h = full.clone();
        apply_ipl(&mut h, 2, 4);
        assert_eq!(held_levels(&h), ["4"]);
        for (old, new) in [(2, 0), (2, 1), (0, 2), (3, 2), (2, 2), (3, 3)] {
            let mut h = full.clone();
            apply_ipl(&mut h, old, new);
            assert_eq!(h, full, "{old} -> {new}");
        }
    }

    #[test]
    fn default_settings_round_trip() {
        let kdf = KdfSettings::default();
        for level in 0..=4 {
            let pw = normalize("Secret1", level).unwrap();
            let mut h = set_password(&pw, level, &kdf);
            assert!(verify(&mut h, "Secret1", level, &kdf).ok, "level {level}");
            assert!(!verify(&mut h, "Secret2", level, &kdf).ok, "level {level}");
        }
    }

    #[test]
    fn kdfs_are_deterministic_and_distinct() {
        let salt = [7u8; 16];
        assert_eq!(kdf_01("A", &salt, 3), kdf_01("A", &salt, 3));
        assert_ne!(kdf_01("A", &salt, 3), kdf_01("A", &salt, 4));
        assert_eq!(kdf_01("A", &salt, 0), kdf_01("A", &salt, 1));
        assert_eq!(kdf_23("A", &salt, 3).len(), 20);
        assert_eq!(kdf_4("A", &salt, 3).len(), 64);
    }

    #[test]
    fn pbkdf2_sha1_known_answer() {
        // RFC 6070 test vector 2 ("password", "salt", 2 iterations) needs a 4-byte salt, so
        // check the primitive directly and then that kdf_23 is the same primitive.
        let mut out = [0u8; 20];
        pbkdf2::pbkdf2_hmac::<Sha1>(b"password", b"salt", 2, &mut out);
        let hex: String = out.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
        let salt = [1u8; 16];
        let mut direct = [0u8; 20];
        pbkdf2::pbkdf2_hmac::<Sha1>(b"pw", &salt, 5, &mut direct);
        assert_eq!(kdf_23("pw", &salt, 5), direct);
    }

    #[test]
    fn debug_is_redacted() {
        let h = set_password("SECRET1", 2, &FAST);
        let text = format!("{h:?}");
        assert_eq!(
            text,
            "PasswordHashes { level_01: <redacted>, level_23: 1 x <redacted>, level_4: <redacted>, changed_at_level: 2 }"
        );
        let s = format!("{:?}", h.level_4.unwrap());
        assert_eq!(s, "SaltedHash(<redacted>)");
    }
}
