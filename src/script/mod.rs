//! The batch CL interpreter (`qsy run`, DESIGN §5): CL source is split into statements,
//! compiled into a program tree checked against the command definitions, and run against
//! the store. `qsy run --check` compiles only and never opens the store.

pub mod compile;
pub mod exec;
pub mod expr;
pub mod include;
pub mod load;
pub mod program;
pub mod sitecmd;
pub mod source;
pub mod srcpath;
pub mod storage;

pub use exec::{Options, Runner, Stop};
