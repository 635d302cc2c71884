//! DLTF: delete a file. Save files are the only files qsy has (DESIGN §7.10).

use super::SaveFileParam;
use crate::engine::Job;
use crate::lang::defs::dltf::FILE;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;
use crate::security::objaut;

/// The parameters of DLTF.
pub struct Params {
    /// FILE: the save file.
    pub file: SaveFileParam,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            file: SaveFileParam::from_args(args, FILE),
        })
    }
}

/// Runs DLTF: the save file and the security data in it are gone (CPF9801 when it does not
/// exist).
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let savf = params.file.resolve(job)?;
    savf.require()?;
    let file = savf.object();
    let me = job.user_profile()?;
    authority::require_delete_file(job.tx, job.out, &me, &file)?;
    savf.delete()?;
    objaut::remove(job.tx, &file)?;
    job.out
        .set("file", format!("{}/{}", savf.library, savf.name));
    job.send(msg::qsy0112(&savf.name, &savf.library).completion());
    Ok(())
}
