//! Placeholder until the TOTP module lands (being written in parallel).
use serde::{Deserialize, Serialize};
/// Recovery key hash.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Debug)]
pub struct RecoveryHash { pub salt: [u8; 16], pub hash: Vec<u8> }
/// placeholder
pub struct TotpVerifier;
impl TotpVerifier { /// placeholder
 pub fn new(_k: &[u8]) -> Self { TotpVerifier } /// placeholder
 pub fn verify(&self, _c: &str, _t: u64) -> Option<u64> { None } }
/// placeholder
pub fn is_code(t: &str) -> bool { t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()) }
/// placeholder
pub fn check_recovery_key(_s: &RecoveryHash, _t: &str) -> bool { false }
/// placeholder
pub fn code_at(_key: &[u8], _t: u64) -> String { String::new() }
/// placeholder
pub fn parse_key(_t: &str) -> Result<Vec<u8>, String> { Err(String::new()) }
/// placeholder
pub fn generate_key() -> String { "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP".into() }
/// placeholder
pub fn generate_recovery_key() -> String { "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP".into() }
/// placeholder
pub fn hash_recovery_key(_k: &str) -> RecoveryHash { RecoveryHash { salt: [0; 16], hash: vec![] } }
/// placeholder
pub fn otpauth_uri(_k: &str, _i: &str, _a: &str) -> String { String::new() }
