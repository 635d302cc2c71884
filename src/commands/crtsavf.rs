//! CRTSAVF: create an empty save file beside the store (DESIGN §7.10).

use super::SaveFileParam;
use crate::engine::Job;
use crate::lang::defs::crtsavf::{AUT, FILE};
use crate::lang::special::parse_param;
use crate::lang::validate::Args;
use crate::messages::{msg, QResult};
use crate::security::objaut::{self, Authorities};

/// The parameters of CRTSAVF.
pub struct Params {
    /// FILE: the save file.
    pub file: SaveFileParam,
    /// AUT: the *PUBLIC authority to the new save file.
    pub public: Authorities,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            file: SaveFileParam::from_args(args, FILE),
            public: match args.text(AUT)? {
                // qsy has no library descriptions: every library's create authority is
                // the shipped QGPL's, *CHANGE (objaut::SAVE_FILE_PUBLIC).
                "*LIBCRTAUT" => objaut::SAVE_FILE_PUBLIC,
                named => parse_param(AUT, named)?,
            },
        })
    }
}

/// Runs CRTSAVF. qsy models no object authority, so any job user may create a save file;
/// the file is private to the OS user that owns the store (mode 0600) because it will hold
/// password hashes and TOTP keys.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let savf = params.file.resolve(job)?;
    if let Err(f) = savf.create() {
        // IBM: CPF5813 "already exists" as a diagnostic, then CPF7302 "not created".
        if f.id() == "CPF5813" {
            job.send(msg::cpf5813(&savf.name, &savf.library).diagnostic());
            return msg::cpf7302(&savf.name, &savf.library).fail();
        }
        return Err(f);
    }
    let file = savf.object();
    let owner = job.user.clone();
    let mut authority = objaut::for_new_file(&owner);
    authority.public = params.public;
    objaut::put(job.tx, &file, &authority)?;
    job.out
        .set("save_file", format!("{}/{}", savf.library, savf.name));
    job.out.set("path", savf.path.display().to_string());
    job.send(msg::qsy0110(&savf.name, &savf.library).completion());
    Ok(())
}
