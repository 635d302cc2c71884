//! What GRTOBJAUT, RVKOBJAUT, DSPOBJAUT and CHGOBJOWN share: OBJ and OBJTYPE resolved to an
//! object qsy models (a user profile or a save file), and the user names of USER.

use super::SaveFileParam;
use crate::engine::Job;
use crate::lang::defs::Keyword;
use crate::lang::validate::{Args, Value};
use crate::messages::{msg, QResult};
use crate::security::objaut::{Object, QSYS};
use crate::security::profile;

/// OBJ and OBJTYPE as given.
pub struct ObjectParam {
    obj: SaveFileParam,
    value: Option<Value>,
    /// OBJTYPE: `*USRPRF` or `*FILE` (the definitions allow no other).
    pub object_type: String,
}

impl ObjectParam {
    /// Reads OBJ and OBJTYPE from the checked arguments.
    pub fn from_args(args: &Args, obj: Keyword, objtype: Keyword) -> QResult<ObjectParam> {
        Ok(ObjectParam {
            obj: SaveFileParam::from_args(args, obj),
            value: args.value(obj).cloned(),
            object_type: args.text(objtype)?.to_string(),
        })
    }

    /// The object, which must exist: CPF2204 for a user profile, CPF9801 for a save file. A
    /// user profile is in QSYS: another library does not hold it (CPF2204).
    pub fn resolve(&self, job: &Job) -> QResult<Object> {
        if self.object_type == "*FILE" {
            let savf = self.obj.resolve(job)?;
            savf.require()?;
            return Ok(Object::SaveFile {
                library: savf.library,
                name: savf.name,
            });
        }
        let (library, name) = match &self.value {
            Some(Value::Qualified { lib, obj }) => (lib.as_str(), obj.as_str()),
            Some(Value::Name(obj)) => ("*LIBL", obj.as_str()),
            other => {
                let shown = other.as_ref().and_then(|v| v.as_str()).unwrap_or("?");
                return msg::cpf2204(shown).fail();
            }
        };
        if !(library.starts_with('*') || library == QSYS) || profile::get(job.tx, name)?.is_none() {
            return msg::cpf2204(name).fail();
        }
        Ok(Object::Profile(name.to_string()))
    }
}

/// How an object is named in journal entries and messages: a profile by its name (as the CP
/// and DO entries name it), a save file as LIB/NAME.
pub fn shown(object: &Object) -> String {
    match object {
        Object::Profile(name) => name.clone(),
        Object::SaveFile { library, name } => format!("{library}/{name}"),
    }
}

/// The users a USER list names, each of which must exist (CPF2204); special values such as
/// *PUBLIC are passed through.
pub fn users(job: &Job, names: &[String]) -> QResult<Vec<String>> {
    for name in names.iter().filter(|n| !n.starts_with('*')) {
        profile::require(job.tx, name)?;
    }
    Ok(names.to_vec())
}
