//! Outfiles (OUTPUT(*OUTFILE)): the record formats of IBM's model files that qsy writes —
//! QADSPUPB (DSPUSRPRF TYPE(*BASIC), format QSYDSUPB) and QADSPOBJ (DSPOBJD, format
//! QLIDOBJD) — and the one way a command writes one, through [`crate::dbf`].
//! `docs/outfiles.md` says which fields are confirmed from IBM sources and which inferred.

use crate::clock::rfc3339;
use crate::dbf::{DbFile, DbfError, Field, FieldType, Format};
use crate::engine::Job;
use crate::lang::validate::Value;
use crate::messages::{msg, Failure, QResult};
use crate::savf::{self, library};
use crate::security::authority;
use crate::security::objaut::{self, Authorities, Object};

/// QADSPUPB's record format QSYDSUPB, as qsy fills it.
pub fn qadspupb() -> Format {
    let zoned =
        |name: &str, len: u32, text: &str| Field::numeric(name, FieldType::Zoned, len, 0, text);
    Format {
        format: "QSYDSUPB".into(),
        text: "DSPUSRPRF TYPE(*BASIC) outfile (model file QADSPUPB)".into(),
        fields: vec![
            Field::char("UPUPRF", 10, "User profile"),
            Field::char("UPUSCL", 10, "User class"),
            Field::char("UPPWEX", 4, "Password expired"),
            Field::char("UPSTAT", 10, "Status"),
            Field::char("UPSPAU", 80, "Special authorities"),
            Field::char("UPPWCD", 7, "Password change date CYYMMDD"),
            zoned("UPPWEI", 5, "Password expiration interval"),
            Field::char("UPPWON", 4, "Password *NONE"),
            Field::char("UPPRSD", 7, "Previous sign-on date CYYMMDD"),
            Field::char("UPPRST", 6, "Previous sign-on time HHMMSS"),
            zoned("UPNVSA", 5, "Sign-on attempts not valid"),
            Field::char("UPTEXT", 50, "Text description"),
            zoned("UPMXST", 11, "Maximum storage allowed"),
            zoned("UPMXSU", 15, "Storage used"),
            Field::char("UPUPLK", 1, "Profile locked"),
            Field::char("UPUPDM", 1, "Profile damaged"),
            zoned("UPUID", 10, "User ID number"),
            zoned("UPGID", 10, "Group ID number"),
            Field::char("UPAMTH", 20, "Authentication methods"),
            Field::char("UPTOTP", 4, "TOTP key set"),
            Field::char("UPTKCD", 13, "TOTP key changed CYYMMDDHHMMSS"),
            zoned("UPTOTI", 5, "TOTP optional interval"),
        ],
    }
}

/// QADSPOBJ's record format QLIDOBJD, as qsy fills it.
pub fn qadspobj() -> Format {
    Format {
        format: "QLIDOBJD".into(),
        text: "DSPOBJD outfile (model file QADSPOBJ)".into(),
        fields: vec![
            Field::char("ODLBNM", 10, "Library"),
            Field::char("ODOBNM", 10, "Object"),
            Field::char("ODOBTP", 8, "Object type"),
            Field::char("ODOBAT", 10, "Object attribute"),
            Field::char("ODOBTX", 50, "Text description"),
            Field::char("ODOBOW", 10, "Object owner"),
            Field::char("ODCDAT", 6, "Creation date MMDDYY"),
            Field::char("ODCTIM", 6, "Creation time HHMMSS"),
        ],
    }
}

/// Unix seconds as CYYMMDD and HHMMSS.
pub fn cyymmdd_hhmmss(t: i64) -> (String, String) {
    let s = rfc3339(t);
    let century = if &s[0..2] == "19" { '0' } else { '1' };
    (
        format!("{century}{}{}{}", &s[2..4], &s[5..7], &s[8..10]),
        format!("{}{}{}", &s[11..13], &s[14..16], &s[17..19]),
    )
}

/// Unix seconds as MMDDYY and HHMMSS.
pub fn mmddyy_hhmmss(t: i64) -> (String, String) {
    let s = rfc3339(t);
    (
        format!("{}{}{}", &s[5..7], &s[8..10], &s[2..4]),
        format!("{}{}{}", &s[11..13], &s[14..16], &s[17..19]),
    )
}

/// An OUTFILE parameter: library and file (`*LIBL`, `*CURLIB` and no library mean QGPL).
pub fn target(value: Option<&Value>) -> QResult<(String, String)> {
    match value {
        Some(Value::Qualified { lib, obj }) => {
            let lib = if lib.starts_with('*') {
                savf::DEFAULT_LIBRARY.to_string()
            } else {
                lib.clone()
            };
            Ok((lib, obj.clone()))
        }
        Some(Value::Name(obj)) => Ok((savf::DEFAULT_LIBRARY.to_string(), obj.clone())),
        _ => msg::qsy0002("OUTFILE", "OUTPUT(*OUTFILE)").fail(),
    }
}

/// Writes `rows` into outfile `lib/file` with `format` for `command`, replacing the member's
/// records (or adding to them): CPF9810 when the library does not exist; an existing file
/// needs *OBJOPR, *ADD and *DLT (CPF2189); a save file of that name is not replaced
/// (QSY0791). A new file is owned by the job user.
pub fn write(
    job: &mut Job,
    (lib, file): (&str, &str),
    format: &Format,
    rows: &[Vec<String>],
    add: bool,
    command: &str,
) -> QResult<()> {
    if library::state(&job.system, lib)? == library::State::Missing {
        return msg::cpf9810(lib).fail();
    }
    let dbf = DbFile::new(&job.system, lib, file).map_err(|e| failure(lib, file, e))?;
    let object = Object::SaveFile {
        library: lib.to_string(),
        name: file.to_string(),
    };
    match std::fs::symlink_metadata(dbf.path()) {
        Ok(m) if !m.is_dir() => {
            return msg::qsy0791(file, lib, "a save file (or something else) has that name").fail()
        }
        Ok(_) => {
            let me = job.user_profile()?;
            let needed = Authorities::OBJOPR
                .with(Authorities::ADD)
                .with(Authorities::DLT);
            authority::require_object(job.tx, job.out, &me, &object, needed, command)?;
        }
        Err(_) => {
            objaut::put(job.tx, &object, &objaut::for_new_file(&job.user))?;
        }
    }
    let result = if add {
        dbf.add(format, rows)
    } else {
        dbf.write(format, rows)
    };
    result.map_err(|e| failure(lib, file, e))?;
    job.out.set("outfile", format!("{lib}/{file}"));
    job.out.set("records", rows.len());
    job.send(msg::qsy0790(rows.len(), file, lib).completion());
    Ok(())
}

/// A database file error as a message.
fn failure(lib: &str, file: &str, e: DbfError) -> Failure {
    match e {
        DbfError::NotFound { .. } => msg::cpf9801(file, lib).into(),
        other => msg::qsy0791(file, lib, other).into(),
    }
}
