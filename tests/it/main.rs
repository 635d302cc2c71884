//! The integration tests, one binary over one harness ([`harness`]): a module per area.
//!
//! Most tests run the real `qsy` binary as a process against a fresh store in a temporary
//! directory (argv, exit codes, multi-call, crash safety and concurrency can only be seen
//! that way); `golden` compares whole transcripts with `tests/golden/`, `layers` reads the
//! source, and `generated` checks the checked-in man pages and completions.
//!
//! `cargo test --test it MODULE::` runs one area (for example `cargo test --test it mfa::`).

mod harness;

mod attempts;
mod authz;
mod calls;
mod catalogue;
mod cl_language;
mod clock;
mod clsource;
mod concurrency;
mod console;
mod crash;
mod fcnusg;
mod fidelity;
#[cfg(unix)]
mod files;
mod foundation;
mod generated;
mod golden;
mod inventory;
mod layers;
mod mfa;
mod overrides;
mod profiles;
mod retrieve;
mod savrst;
mod scripts;
mod secrets;
mod shop_sample;
mod sitecmds;
mod storage;
mod sysvals;
mod unsimulated;
mod ux;
