//! DSPOBJD: the descriptions of user profiles as objects (library QSYS), shown or written
//! to an outfile with QADSPOBJ's record format.

use crate::engine::Job;
use crate::lang::defs::dspobjd::{OBJ, OUTFILE, OUTMBR, OUTPUT};
use crate::lang::validate::{Args, Value};
use crate::messages::{msg, QResult};
use crate::security::objaut::{self, Object, QSYS};
use crate::security::{authority, profile};
use serde::Serialize;

/// The parameters of DSPOBJD.
pub struct Params {
    /// OBJ's library as written (a special value or a name).
    pub library: String,
    /// OBJ's object: a name or `*ALL`.
    pub object: String,
    /// OUTPUT(*OUTFILE): the outfile and whether OUTMBR says *ADD.
    pub outfile: Option<((String, String), bool)>,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        let (library, object) = match args.value(OBJ) {
            Some(Value::Qualified { lib, obj }) => (lib.clone(), obj.clone()),
            Some(v) => ("*LIBL".into(), v.as_str().unwrap_or("*ALL").to_string()),
            None => return msg::qsy0002("OBJ", "DSPOBJD").fail(),
        };
        let outfile = if args.text(OUTPUT)? == "*OUTFILE" {
            let target = super::outfile::target(args.value(OUTFILE))?;
            Some((target, args.strings(OUTMBR).iter().any(|v| v == "*ADD")))
        } else {
            None
        };
        Ok(Params {
            library,
            object,
            outfile,
        })
    }
}

/// One object described.
#[derive(Serialize)]
pub struct ObjectRecord {
    /// Library.
    pub library: String,
    /// Object name.
    pub object: String,
    /// Object type.
    pub object_type: &'static str,
    /// Text description.
    pub text: String,
    /// Owner.
    pub owner: String,
    /// Creation time, RFC 3339.
    pub created: String,
}

/// Runs DSPOBJD.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let lib = if params.library.starts_with('*') {
        QSYS
    } else {
        params.library.as_str()
    };
    let me = job.user_profile()?;
    let all = params.object == "*ALL";
    if lib != QSYS && !all {
        return msg::cpf9801(&params.object, lib).fail();
    }
    let candidates = if lib != QSYS {
        Vec::new()
    } else if all {
        profile::all(job.tx)?
    } else {
        match profile::get(job.tx, &params.object)? {
            Some(p) => vec![p],
            None => return msg::cpf9801(&params.object, lib).fail(),
        }
    };
    let mut records = Vec::new();
    for p in candidates {
        let object = Object::Profile(p.name.clone());
        if objaut::effective(job.tx, &me, &object)?.is_empty() {
            if !all {
                return Err(authority::refusal(&object, "DSPOBJD"));
            }
            continue;
        }
        records.push(ObjectRecord {
            library: QSYS.into(),
            object: p.name.clone(),
            object_type: "*USRPRF",
            text: p.text.clone(),
            owner: objaut::get(job.tx, &object)?.owner,
            created: crate::clock::rfc3339(p.created),
        });
    }
    if let Some(((lib, file), add)) = &params.outfile {
        let rows: Vec<Vec<String>> = records
            .iter()
            .map(|r| {
                let created = crate::clock::parse_time(&r.created).unwrap_or(0);
                let (date, time) = super::outfile::mmddyy_hhmmss(created);
                vec![
                    r.library.clone(),
                    r.object.clone(),
                    r.object_type.to_string(),
                    String::new(),
                    r.text.clone(),
                    r.owner.clone(),
                    date,
                    time,
                ]
            })
            .collect();
        let format = super::outfile::qadspobj();
        return super::outfile::write(job, (lib, file), &format, &rows, *add, "DSPOBJD");
    }
    for r in &records {
        job.out.line(format!(
            "{:<10} {:<10} {:<8} {:<10} {}",
            r.library, r.object, r.object_type, r.owner, r.text
        ));
    }
    job.out.set(
        "objects",
        serde_json::to_value(&records).unwrap_or(serde_json::Value::Null),
    );
    Ok(())
}
