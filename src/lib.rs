//! qsy: rehearse IBM i 7.6 multi-factor authentication roll-outs on any machine.
//!
//! The binary is a thin wrapper over [`cli::main`]; tests and other tools can drive a
//! simulated system in process through the same modules.

#![warn(missing_docs)]

pub mod audit;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod job;
pub mod messages;
pub mod output;
pub mod savf;
pub mod script;
pub mod security;
pub mod store;
pub mod system;
