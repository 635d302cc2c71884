//! CHKOBJ: does an object exist, and has the job user the given authorities to it? Silent
//! when both hold; CPF9801, CPF9802 or CPF9810 otherwise (IBM's CHKOBJ).

use crate::engine::Job;
use crate::lang::defs::chkobj as kw;
use crate::lang::special::parse_param;
use crate::lang::validate::{Args, Value};
use crate::messages::{msg, QResult};
use crate::savf::{self, library};
use crate::security::objaut::{self, Authorities, Object};
use crate::security::{authority, profile};

/// The object types CHKOBJ checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjType {
    /// *USRPRF.
    Profile,
    /// *FILE.
    File,
    /// *LIB.
    Library,
}

/// The parameters of CHKOBJ.
pub struct Params {
    /// OBJ's library as written (a special value or a name).
    pub library: String,
    /// OBJ's object name.
    pub name: String,
    /// OBJTYPE.
    pub objtype: ObjType,
    /// AUT, or None for *NONE (existence only).
    pub authorities: Option<Authorities>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        let (library, name) = match args.value(kw::OBJ) {
            Some(Value::Qualified { lib, obj }) => (lib.clone(), obj.clone()),
            Some(v) => (
                "*LIBL".to_string(),
                v.as_str().unwrap_or_default().to_string(),
            ),
            None => return msg::qsy0002("OBJ", "CHKOBJ").fail(),
        };
        let objtype = match args.text(kw::OBJTYPE)? {
            "*USRPRF" => ObjType::Profile,
            "*LIB" => ObjType::Library,
            _ => ObjType::File,
        };
        let mut authorities = None;
        for value in args.strings(kw::AUT) {
            if value == "*NONE" {
                continue;
            }
            let a = parse_param::<Authorities>(kw::AUT, &value)?;
            authorities = Some(authorities.unwrap_or(Authorities::EXCLUDE).with(a));
        }
        Ok(Params {
            library,
            name,
            objtype,
            authorities,
        })
    }
}

/// Checks the job user's authorities to `object` (CPF9802 when one is missing, through
/// [`authority::refusal`]).
fn check_authority(job: &mut Job, object: &Object, needed: Option<Authorities>) -> QResult<()> {
    let Some(needed) = needed else {
        return Ok(());
    };
    let me = job.user_profile()?;
    if objaut::effective(job.tx, &me, object)?.contains(needed) {
        return Ok(());
    }
    Err(authority::refusal(object, "CHKOBJ"))
}

/// Runs CHKOBJ.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.name.as_str();
    let given_lib = (!params.library.starts_with('*')).then_some(params.library.as_str());
    match params.objtype {
        ObjType::Profile => {
            let lib = given_lib.unwrap_or(objaut::QSYS);
            if lib != objaut::QSYS || profile::get(job.tx, name)?.is_none() {
                return msg::cpf9801(name, lib).fail();
            }
            check_authority(job, &Object::Profile(name.into()), params.authorities)?;
        }
        ObjType::Library => {
            // A library is an object in QSYS; libraries have no object authority in qsy.
            let lib = given_lib.unwrap_or(objaut::QSYS);
            if lib != objaut::QSYS || library::state(&job.system, name)? == library::State::Missing
            {
                return msg::cpf9801(name, lib).fail();
            }
        }
        ObjType::File => {
            let lib = given_lib.unwrap_or(savf::DEFAULT_LIBRARY);
            if library::state(&job.system, lib)? == library::State::Missing {
                return msg::cpf9810(lib).fail();
            }
            let path = savf::library_dir(&job.system, lib).join(format!("{name}.FILE"));
            if std::fs::symlink_metadata(&path).is_err() {
                return msg::cpf9801(name, lib).fail();
            }
            let object = Object::SaveFile {
                library: lib.into(),
                name: name.into(),
            };
            check_authority(job, &object, params.authorities)?;
        }
    }
    job.out.set("object", name);
    Ok(())
}
