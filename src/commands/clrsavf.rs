//! CLRSAVF: empty a save file so that SAVSECDTA can use it without CLEAR (DESIGN §7.10).

use crate::engine::Job;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::savf::SaveFile;

/// Runs CLRSAVF: the file stays, with no data (a zero-length file is an empty save file).
pub fn run(job: &mut Job, args: &Args) -> QResult<()> {
    let savf = SaveFile::resolve(&job.system, args.value("FILE"), "FILE", "CLRSAVF")?;
    savf.clear()?;
    job.out
        .set("save_file", format!("{}/{}", savf.library, savf.name));
    job.send(msg::qsy0113(&savf.name, &savf.library).completion());
    Ok(())
}
