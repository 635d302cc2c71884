//! The language layer: command definitions (tables generated from `commands/*.yaml`), the CL
//! lexer and parser, CL names, the free-text rule ([`text::check_free_text`]), checked parameter values ([`validate::Args`]) and enums of
//! special values ([`special::special_values!`]).
//!
//! This layer imports nothing else of the crate: every other layer builds on it, and its
//! errors are its own types ([`cl::ParseError`], [`validate::ArgError`]), turned into
//! messages by `From` impls in `crate::messages`.

pub mod ccsid;
#[rustfmt::skip]
pub mod ccsid_tables;
pub mod catalogue;
pub mod cl;
pub mod decimal;
pub mod defs;
pub mod names;
pub mod objtype;
pub mod special;
pub mod suggest;
pub mod text;
pub mod validate;
