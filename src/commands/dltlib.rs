//! DLTLIB and CLRLIB: delete the objects of a library, and with DLTLIB the library itself.
//! The job user needs DLTF's authority to every save file in it, checked for all of them
//! before anything is deleted.

use crate::engine::Job;
use crate::lang::defs::dltlib::LIB;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::savf::library;
use crate::security::authority;
use crate::security::objaut::{self, Object};

/// The parameters of DLTLIB.
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

/// Deletes everything in library `lib` for `command` (DLTLIB or CLRLIB): CPF2110 when it
/// does not exist, CPF2189 when the job user may not delete one of its save files (then
/// nothing is deleted). Returns how many objects were deleted.
pub fn empty_library(job: &mut Job, lib: &str, command: &str) -> QResult<usize> {
    let entries = library::entries(&job.system, lib)?;
    let me = job.user_profile()?;
    let files: Vec<Object> = entries
        .iter()
        .filter_map(|e| e.object.clone())
        .map(|name| Object::SaveFile {
            library: lib.to_string(),
            name,
        })
        .collect();
    for file in &files {
        authority::require_object(
            job.tx,
            job.out,
            &me,
            file,
            objaut::Authorities::OBJEXIST.with(objaut::Authorities::OBJOPR),
            command,
        )?;
    }
    for entry in &entries {
        library::remove_entry(&job.system, lib, entry)?;
    }
    for file in &files {
        objaut::remove(job.tx, file)?;
    }
    Ok(entries.len())
}

/// Runs DLTLIB: QSY0782 for a system library.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let lib = params.lib.as_str();
    if library::SYSTEM_LIBRARIES.contains(&lib) {
        return msg::qsy0782(lib, "DLTLIB").fail();
    }
    empty_library(job, lib, "DLTLIB")?;
    library::remove(&job.system, lib)?;
    job.out.set("library", lib);
    job.send(msg::qsy0786(lib).completion());
    Ok(())
}
