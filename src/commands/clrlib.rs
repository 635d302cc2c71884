//! CLRLIB: delete every object in a library and keep the library (DLTLIB's rules,
//! [`super::dltlib::empty_library`]).

use crate::engine::Job;
use crate::lang::defs::clrlib::LIB;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};

/// The parameters of CLRLIB.
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

/// Runs CLRLIB: QSY0782 for QSYS, QGPL and QUSRSYS (QTEMP may be cleared).
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let lib = params.lib.as_str();
    if lib != "QTEMP" && crate::savf::library::SYSTEM_LIBRARIES.contains(&lib) {
        return msg::qsy0782(lib, "CLRLIB").fail();
    }
    let count = super::dltlib::empty_library(job, lib, "CLRLIB")?;
    job.out.set("library", lib);
    job.send(msg::qsy0787(lib, count).completion());
    Ok(())
}
