//! Placeholder until the password-level module lands (being written in parallel).
use serde::{Deserialize, Serialize};
/// KDF settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfSettings { pub iterations_01: u32, pub iterations_23: u32, pub iterations_4: u32 }
impl Default for KdfSettings { fn default() -> Self { KdfSettings { iterations_01: 1000, iterations_23: 1000, iterations_4: 10000 } } }
/// One salted hash.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct SaltedHash { pub salt: [u8; 16], pub hash: Vec<u8> }
/// Hashes held.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct PasswordHashes { pub level_01: Option<SaltedHash>, pub level_23: Vec<SaltedHash>, pub level_4: Option<SaltedHash>, pub changed_at_level: u8 }
/// Verification.
pub struct Verification { pub ok: bool, pub hashes_changed: bool }
/// normalize
pub fn normalize(password: &str, level: u8) -> Result<String, String> { if level < 2 { Ok(password.to_uppercase()) } else { Ok(password.trim_end().to_string()) } }
/// set
pub fn set_password(normalized: &str, level: u8, _kdf: &KdfSettings) -> PasswordHashes { let h = SaltedHash{ salt: [0;16], hash: normalized.as_bytes().to_vec()}; PasswordHashes { level_01: Some(h.clone()), level_23: vec![h.clone()], level_4: Some(h), changed_at_level: level } }
/// verify
pub fn verify(hashes: &mut PasswordHashes, typed: &str, _level: u8, _kdf: &KdfSettings) -> Verification { Verification { ok: hashes.level_4.as_ref().is_some_and(|h| h.hash == typed.as_bytes()), hashes_changed: false } }
/// usable
pub fn usable_at(hashes: &PasswordHashes, _level: u8) -> bool { hashes.level_4.is_some() }
/// ipl
pub fn apply_ipl(_hashes: &mut PasswordHashes, _old_level: u8, _new_level: u8) {}
/// held
pub fn held_levels(_hashes: &PasswordHashes) -> Vec<&'static str> { vec![] }
