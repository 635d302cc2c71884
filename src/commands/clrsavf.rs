//! CLRSAVF: empty a save file so that SAVSECDTA can use it without CLEAR (DESIGN §7.10).

use super::SaveFileParam;
use crate::engine::Job;
use crate::lang::defs::clrsavf::FILE;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::authority;

/// The parameters of CLRSAVF.
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

/// Runs CLRSAVF: the file stays, with no data (a zero-length file is an empty save file).
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let savf = params.file.resolve(job)?;
    savf.require()?;
    let file = savf.object();
    let me = job.user_profile()?;
    authority::require_clear_save_file(job.tx, job.out, &me, &file)?;
    savf.clear()?;
    job.out
        .set("save_file", format!("{}/{}", savf.library, savf.name));
    job.send(msg::qsy0113(&savf.name, &savf.library).completion());
    Ok(())
}
