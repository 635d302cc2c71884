//! qsy: rehearse IBM i 7.6 multi-factor authentication roll-outs on any machine.
//!
//! The crate is layered; each layer imports only the ones listed before it:
//! 1. [`lang`] — command definitions, the CL parser, checked parameters;
//! 2. the domain — [`messages`], [`output`], [`clock`], [`store`], [`audit`], [`security`],
//!    [`system`], [`savf`], [`dbf`]: typed records and IBM's rules;
//! 3. [`engine`] — sessions, jobs, and the one place a command runs;
//! 4. [`commands`] — one module per CL command;
//! 5. [`script`] — the CL interpreter on the engine;
//! 6. [`cli`] — the command line (argv, options, help, documents). Nothing imports it.
//!
//! The binary is a thin wrapper over [`cli::main`]; tests and other tools can drive a
//! simulated system in process through [`engine::Session`].

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod lang;

pub mod audit;
pub mod clock;
pub mod dbf;
pub mod messages;
pub mod output;
pub mod savf;
pub mod security;
pub mod store;
pub mod system;

pub mod engine;

pub mod commands;

pub mod script;

pub mod cli;
