//! DLTF: delete a file. Save files are the only files qsy has (DESIGN §7.10).

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::savf::SaveFile;

/// Runs DLTF: the save file and the security data in it are gone (CPF9801 when it does not
/// exist).
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    let savf = SaveFile::resolve(&job.system, args.value("FILE"), "FILE", "DLTF")?;
    savf.delete()?;
    job.out
        .set("file", format!("{}/{}", savf.library, savf.name));
    job.send(msg::qsy0112(&savf.name, &savf.library).completion());
    Ok(())
}
