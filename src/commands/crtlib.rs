//! CRTLIB: create a library, a directory of the system's QSYS.LIB tree
//! ([`crate::savf::library`]).

use crate::engine::Job;
use crate::lang::defs::crtlib::LIB;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::savf::library;

/// The parameters of CRTLIB (TYPE, TEXT and AUT are accepted and not kept).
pub struct Params {
    /// LIB: the library.
    pub lib: String,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            lib: args.text(LIB)?.to_string(),
        })
    }
}

/// Runs CRTLIB: CPF2111 when the library exists, QSY0783 for a name IBM reserves.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    library::create(&job.system, &params.lib)?;
    job.out.set("library", params.lib.as_str());
    job.send(msg::qsy0785(&params.lib).completion());
    Ok(())
}
