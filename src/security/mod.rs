//! Security rules that several commands share: password levels and hashing, TOTP, profiles,
//! authority checks and sign-on.

pub mod authority;
pub mod dst;
pub mod fcnusg;
pub mod inventory;
pub mod objaut;
pub mod password;
pub mod policy;
pub mod profile;
pub mod readiness;
pub mod rules;
pub mod totp;
