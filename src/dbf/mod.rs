//! Database files (issues 16 and 17): the physical files outfiles write and DCLF/RCVF read.
//!
//! A database file FILE in library LIB is a directory in the IFS naming IBM i uses,
//! `<system>.ifs/QSYS.LIB/LIB.LIB/FILE.FILE/` (a save file of the same library is a plain
//! file `NAME.FILE` beside it: both are objects of type *FILE, so one name is one or the
//! other). Inside:
//! - `FORMAT.json`, the record format: `{"format":"QADSPUPB","text":"…","fields":[{"name":
//!   "UPUPRF","type":"CHAR","length":10,"decimals":0,"text":"User profile"}, …]}`, the
//!   types IBM's DDS data types ([`FieldType`]);
//! - one file per member, `MBR.MBR`, the first member named as the file: CSV (RFC 4180,
//!   UTF-8), a header row of the field names, then one row per record, values as text
//!   (character values without trailing blanks, numbers as plain decimal text).
//!
//! A CSV or JSON file the user places in the library directory as `FILE.csv` or `FILE.json`
//! (no `FILE.FILE` directory) is a database file too: its record format has one *CHAR field
//! per column (CSV: the header row; JSON: an array of objects, the keys in first-seen order),
//! named by the column upper-cased and as long as the column's longest value (at least 1).
//! `docs/storage-model.md` describes the mapping for users.
//!
//! Files qsy writes are created mode 0600 (an outfile can hold profile data) in a temporary
//! directory that replaces the file only when complete; nothing is read through a symlink.

use crate::store::files;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// A field's data type, as DDS names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum FieldType {
    /// Character (DDS `A`), `length` bytes.
    Char,
    /// Zoned decimal (DDS `S`), `length` digits with `decimals` of them after the point.
    Zoned,
    /// Packed decimal (DDS `P`), `length` digits with `decimals` of them after the point.
    Packed,
    /// Binary (DDS `B`), `length` digits as DDS gives it (1-4: 2 bytes, 5-9: 4 bytes,
    /// 10-18: 8 bytes).
    Binary,
}

impl FieldType {
    /// Whether values of this type are numbers.
    pub fn is_numeric(self) -> bool {
        !matches!(self, FieldType::Char)
    }
}

/// One field of a record format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// Field name (an IBM i name, at most 10 characters for IBM's own formats).
    pub name: String,
    /// Data type.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Length: bytes for CHAR, digits for the numeric types.
    pub length: u32,
    /// Digits after the decimal point (numeric types; 0 for CHAR).
    #[serde(default)]
    pub decimals: u32,
    /// The field's text (column heading).
    #[serde(default)]
    pub text: String,
}

impl Field {
    /// A CHAR field.
    pub fn char(name: &str, length: u32, text: &str) -> Field {
        Field {
            name: name.into(),
            kind: FieldType::Char,
            length,
            decimals: 0,
            text: text.into(),
        }
    }

    /// A numeric field of type `kind`.
    pub fn numeric(name: &str, kind: FieldType, length: u32, decimals: u32, text: &str) -> Field {
        Field {
            name: name.into(),
            kind,
            length,
            decimals,
            text: text.into(),
        }
    }

    /// Whether `value` (a record's text for this field) fits the field: at most `length`
    /// characters for CHAR; for a number, plain decimal text (optional sign, digits, at most
    /// one point) with at most `length - decimals` integer and `decimals` fraction digits.
    pub fn accepts(&self, value: &str) -> bool {
        match self.kind {
            FieldType::Char => value.chars().count() <= self.length as usize,
            _ => {
                let body = value.strip_prefix(['-', '+']).unwrap_or(value);
                let (int, frac) = body.split_once('.').unwrap_or((body, ""));
                let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
                if !digits(int) || !digits(frac) || (int.is_empty() && frac.is_empty()) {
                    return false;
                }
                let int = int.trim_start_matches('0');
                let frac = frac.trim_end_matches('0');
                int.len() as u32 <= self.length.saturating_sub(self.decimals)
                    && frac.len() as u32 <= self.decimals
            }
        }
    }
}

/// A record format: its name, text and fields in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Format {
    /// Record format name (QADSPUPB, QLIDOBJD…).
    pub format: String,
    /// The file's text.
    #[serde(default)]
    pub text: String,
    /// The fields, in record order.
    pub fields: Vec<Field>,
}

impl Format {
    /// The index of field `name` (case-insensitive).
    pub fn position(&self, name: &str) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| f.name.eq_ignore_ascii_case(name))
    }
}

/// Why a database file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DbfError {
    /// The file (or the member) does not exist (IBM: CPF9801 / CPF9815 and friends).
    #[error("file {file} in library {library} not found")]
    NotFound {
        /// Library.
        library: String,
        /// File.
        file: String,
    },
    /// The member named does not exist in the file.
    #[error("member {member} not found in file {file} in library {library}")]
    NoMember {
        /// Library.
        library: String,
        /// File.
        file: String,
        /// Member.
        member: String,
    },
    /// A name that cannot be a file, library or member name.
    #[error("'{0}' is not a valid object name")]
    BadName(String),
    /// A record that does not fit the format (wrong number of values, a value too long or
    /// not a number).
    #[error("record {record}: {why}")]
    BadRecord {
        /// 1-based record number.
        record: usize,
        /// What is wrong.
        why: String,
    },
    /// The file is there but cannot be read or written (the text says why).
    #[error("file {file} in library {library} cannot be used: {why}")]
    Io {
        /// Library.
        library: String,
        /// File.
        file: String,
        /// Why.
        why: String,
    },
}

/// A database file named by library and file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbFile {
    /// Library directory (`<system>.ifs/QSYS.LIB/LIB.LIB`).
    dir: PathBuf,
    /// Library name.
    pub library: String,
    /// File name.
    pub name: String,
}

/// Whether `name` is usable as a library, file or member name on disk: an IBM i name
/// (letters, digits, `$ # @ _ .`, not starting with a digit, `.` or `_`, at most 10), so no
/// path can leave the tree.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 10
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"$#@_.".contains(&b))
        && !name.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '_')
}

/// Where the data of a database file is.
enum Source {
    /// `FILE.FILE/` with FORMAT.json and members.
    Dir(PathBuf),
    /// `FILE.csv` placed by the user.
    Csv(PathBuf),
    /// `FILE.json` placed by the user.
    Json(PathBuf),
}

impl DbFile {
    /// File `file` of library `library` on the system whose store is `system`. Names are
    /// upper-cased; BadName when either is not an IBM i name.
    pub fn new(system: &Path, library: &str, file: &str) -> Result<DbFile, DbfError> {
        let (library, file) = (library.to_ascii_uppercase(), file.to_ascii_uppercase());
        for n in [&library, &file] {
            if !valid_name(n) {
                return Err(DbfError::BadName(n.clone()));
            }
        }
        Ok(DbFile {
            dir: crate::savf::library_dir(system, &library),
            library,
            name: file,
        })
    }

    /// The file's directory, `…/LIB.LIB/FILE.FILE`.
    pub fn path(&self) -> PathBuf {
        self.dir.join(format!("{}.FILE", self.name))
    }

    fn io(&self, why: impl std::fmt::Display) -> DbfError {
        DbfError::Io {
            library: self.library.clone(),
            file: self.name.clone(),
            why: why.to_string(),
        }
    }

    fn not_found(&self) -> DbfError {
        DbfError::NotFound {
            library: self.library.clone(),
            file: self.name.clone(),
        }
    }

    /// Where this file's data is, if it exists (not following symlinks).
    fn source(&self) -> Option<Source> {
        let dir = self.path();
        if fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
            return Some(Source::Dir(dir));
        }
        for (ext, make) in [
            ("csv", Source::Csv as fn(PathBuf) -> Source),
            ("json", Source::Json),
        ] {
            for name in [self.name.clone(), self.name.to_ascii_lowercase()] {
                let p = self.dir.join(format!("{name}.{ext}"));
                if fs::symlink_metadata(&p).is_ok_and(|m| m.is_file()) {
                    return Some(make(p));
                }
            }
        }
        None
    }

    /// Whether the database file exists (a `FILE.FILE` directory, or a user's `FILE.csv` or
    /// `FILE.json`).
    pub fn exists(&self) -> bool {
        self.source().is_some()
    }

    /// The file's record format.
    pub fn format(&self) -> Result<Format, DbfError> {
        Ok(self.open(None)?.format)
    }

    /// Opens member `member` (None: the first member, *FIRST) for reading: its format and
    /// all its records, in order.
    pub fn open(&self, member: Option<&str>) -> Result<Member, DbfError> {
        match self.source().ok_or_else(|| self.not_found())? {
            Source::Dir(dir) => {
                let text = read_text(&dir.join("FORMAT.json")).map_err(|e| self.io(e))?;
                let format: Format = serde_json::from_str(&text)
                    .map_err(|e| self.io(format!("FORMAT.json: {e}")))?;
                let member = member
                    .map(|m| m.to_ascii_uppercase())
                    .unwrap_or_else(|| self.name.clone());
                if !valid_name(&member) {
                    return Err(DbfError::BadName(member));
                }
                let path = dir.join(format!("{member}.MBR"));
                if fs::symlink_metadata(&path).is_err() {
                    return Err(DbfError::NoMember {
                        library: self.library.clone(),
                        file: self.name.clone(),
                        member,
                    });
                }
                let text = read_text(&path).map_err(|e| self.io(e))?;
                let mut rows = parse_csv(&text).map_err(|e| self.io(e))?;
                if !rows.is_empty() {
                    rows.remove(0); // the header row
                }
                let n = format.fields.len();
                for (i, row) in rows.iter_mut().enumerate() {
                    if row.len() != n {
                        return Err(self.io(format!(
                            "member {member} record {} has {} values, the format {n}",
                            i + 1,
                            row.len()
                        )));
                    }
                }
                Ok(Member::new(member, format, rows))
            }
            Source::Csv(path) => {
                let text = read_text(&path).map_err(|e| self.io(e))?;
                let mut rows = parse_csv(&text).map_err(|e| self.io(e))?;
                if rows.is_empty() {
                    return Err(self.io("the CSV file has no header row"));
                }
                let header = rows.remove(0);
                Ok(self.user_member(header, rows))
            }
            Source::Json(path) => {
                let text = read_text(&path).map_err(|e| self.io(e))?;
                let (header, rows) = parse_json(&text).map_err(|e| self.io(e))?;
                Ok(self.user_member(header, rows))
            }
        }
    }

    /// The member of a user's CSV or JSON file: every column *CHAR as long as its longest
    /// value.
    fn user_member(&self, header: Vec<String>, mut rows: Vec<Vec<String>>) -> Member {
        let n = header.len();
        for row in &mut rows {
            row.resize(n, String::new());
        }
        let fields = header
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let longest = rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
                Field::char(
                    &h.trim().to_ascii_uppercase(),
                    longest.max(1) as u32,
                    h.trim(),
                )
            })
            .collect();
        let format = Format {
            format: self.name.clone(),
            text: String::new(),
            fields,
        };
        Member::new(self.name.clone(), format, rows)
    }

    /// Replaces the file with one holding `format` and a first member (named as the file)
    /// with `rows` (each a value per field, in format order), as an outfile with
    /// `OUTMBR(*FIRST *REPLACE)`. The new file is built complete in a temporary directory and
    /// renamed into place; its files are mode 0600. A user's `FILE.csv`/`FILE.json` of the
    /// same name is left alone (the `FILE.FILE` directory is found first).
    pub fn write(&self, format: &Format, rows: &[Vec<String>]) -> Result<(), DbfError> {
        check_rows(format, rows, 0)?;
        files::create_private_dir(&self.dir).map_err(|e| self.io(e))?;
        let _lock = self.lock()?;
        self.write_locked(format, rows)
    }

    /// Adds `rows` to the first member, as `OUTMBR(*FIRST *ADD)`: when the file does not
    /// exist it is created with `format`; when it does, its format must be `format`.
    pub fn add(&self, format: &Format, rows: &[Vec<String>]) -> Result<(), DbfError> {
        files::create_private_dir(&self.dir).map_err(|e| self.io(e))?;
        let _lock = self.lock()?;
        let mut all = match self.source() {
            Some(Source::Dir(_)) => {
                let old = self.open(None)?;
                if old.format.fields != format.fields {
                    return Err(self.io(format!(
                        "its record format {} is not {}",
                        old.format.format, format.format
                    )));
                }
                old.records
            }
            _ => Vec::new(),
        };
        check_rows(format, rows, all.len())?;
        all.extend(rows.iter().cloned());
        self.write_locked(format, &all)
    }

    fn write_locked(&self, format: &Format, rows: &[Vec<String>]) -> Result<(), DbfError> {
        let target = self.path();
        if let Ok(m) = fs::symlink_metadata(&target) {
            if !m.is_dir() {
                return Err(self.io(format!(
                    "{} is {}, not a database file",
                    target.display(),
                    files::describe(&m.file_type())
                )));
            }
        }
        let tmp = self.dir.join(format!(".{}.FILE.tmp", self.name));
        let old = self.dir.join(format!(".{}.FILE.old", self.name));
        remove_tree(&tmp).map_err(|e| self.io(e))?;
        remove_tree(&old).map_err(|e| self.io(e))?;
        let result = (|| -> std::io::Result<()> {
            files::create_private_dir(&tmp)?;
            let json = serde_json::to_string_pretty(format).map_err(std::io::Error::other)?;
            write_private(&tmp.join("FORMAT.json"), json.as_bytes())?;
            let mut csv = String::new();
            write_csv_row(&mut csv, format.fields.iter().map(|f| f.name.as_str()));
            for row in rows {
                write_csv_row(&mut csv, row.iter().map(String::as_str));
            }
            write_private(&tmp.join(format!("{}.MBR", self.name)), csv.as_bytes())?;
            sync_dir(&tmp);
            if target.exists() {
                fs::rename(&target, &old)?;
            }
            fs::rename(&tmp, &target)?;
            sync_dir(&self.dir);
            remove_tree(&old)?;
            Ok(())
        })();
        if result.is_err() {
            let _ = remove_tree(&tmp);
            if !target.exists() && old.exists() {
                let _ = fs::rename(&old, &target);
            }
        }
        result.map_err(|e| self.io(e))
    }

    /// Deletes the file (its directory and members); NotFound when it does not exist. A
    /// user's CSV or JSON file is deleted too.
    pub fn delete(&self) -> Result<(), DbfError> {
        let _lock = self.lock()?;
        match self.source().ok_or_else(|| self.not_found())? {
            Source::Dir(dir) => remove_tree(&dir),
            Source::Csv(p) | Source::Json(p) => fs::remove_file(p),
        }
        .map_err(|e| self.io(e))?;
        sync_dir(&self.dir);
        Ok(())
    }

    /// Locks the library's database files against other writers (this process or another)
    /// for as long as the guard lives.
    fn lock(&self) -> Result<fs::File, DbfError> {
        let dir = match files::open_dir(&self.dir) {
            Ok(d) => d,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(self.not_found()),
            Err(e) => return Err(self.io(e)),
        };
        let started = std::time::Instant::now();
        loop {
            match dir.try_lock() {
                Ok(()) => return Ok(dir),
                Err(fs::TryLockError::WouldBlock)
                    if started.elapsed() < std::time::Duration::from_secs(30) =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(20))
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(self.io("the library is locked by another process"))
                }
                Err(fs::TryLockError::Error(e)) => return Err(self.io(e)),
            }
        }
    }
}

/// Every row has one value per field and each value fits its field.
fn check_rows(format: &Format, rows: &[Vec<String>], before: usize) -> Result<(), DbfError> {
    for (i, row) in rows.iter().enumerate() {
        let record = before + i + 1;
        if row.len() != format.fields.len() {
            return Err(DbfError::BadRecord {
                record,
                why: format!(
                    "{} values for the {} fields of format {}",
                    row.len(),
                    format.fields.len(),
                    format.format
                ),
            });
        }
        for (field, value) in format.fields.iter().zip(row) {
            if !field.accepts(value) {
                return Err(DbfError::BadRecord {
                    record,
                    why: format!("value '{value}' does not fit field {}", field.name),
                });
            }
        }
    }
    Ok(())
}

/// The records of one member, read in order like RCVF does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Member name.
    pub name: String,
    /// The file's record format.
    pub format: Format,
    /// Every record, a value (text) per field in format order.
    pub records: Vec<Vec<String>>,
    next: usize,
}

impl Member {
    fn new(name: String, format: Format, records: Vec<Vec<String>>) -> Member {
        Member {
            name,
            format,
            records,
            next: 0,
        }
    }

    /// The next record, None at the end of the member.
    pub fn next_record(&mut self) -> Option<&[String]> {
        let r = self.records.get(self.next)?;
        self.next += 1;
        Some(r)
    }

    /// Starts reading from the first record again.
    pub fn rewind(&mut self) {
        self.next = 0;
    }
}

/// `write_member(system, lib, file, &format, rows)`: [`DbFile::write`].
pub fn write_member(
    system: &Path,
    library: &str,
    file: &str,
    format: &Format,
    rows: &[Vec<String>],
) -> Result<(), DbfError> {
    DbFile::new(system, library, file)?.write(format, rows)
}

/// `open_member(system, lib, file, member)`: [`DbFile::open`].
pub fn open_member(
    system: &Path,
    library: &str,
    file: &str,
    member: Option<&str>,
) -> Result<Member, DbfError> {
    DbFile::new(system, library, file)?.open(member)
}

/// `exists(system, lib, file)`: [`DbFile::exists`] (false for names that cannot be files).
pub fn exists(system: &Path, library: &str, file: &str) -> bool {
    DbFile::new(system, library, file).is_ok_and(|f| f.exists())
}

fn read_text(path: &Path) -> std::io::Result<String> {
    let mut text = String::new();
    files::open_regular(path)?.read_to_string(&mut text)?;
    Ok(text)
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = files::create_private(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = files::open_dir(dir) {
        let _ = d.sync_all();
    }
}

/// Removes a directory tree (or a file) at `path`, not following symlinks; nothing there is
/// not an error.
fn remove_tree(path: &Path) -> std::io::Result<()> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
    }
}

/// One CSV row (RFC 4180): fields with a comma, quote, CR or LF are quoted, quotes doubled;
/// CRLF ends the row.
/// A row whose only value is empty is written `""`, so that it is not a blank line.
fn write_csv_row<'a>(out: &mut String, values: impl ExactSizeIterator<Item = &'a str>) {
    let single = values.len() == 1;
    for (i, v) in values.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if v.contains([',', '"', '\r', '\n']) || (single && v.is_empty()) {
            out.push('"');
            out.push_str(&v.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(v);
        }
    }
    out.push_str("\r\n");
}

/// The rows of a CSV text (RFC 4180; LF or CRLF line ends, a final line end optional, a
/// UTF-8 byte-order mark ignored). Blank lines are skipped.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted_field = false;
    let mut line = 1usize;
    let end_row = |row: &mut Vec<String>, field: &mut String, quoted: bool, rows: &mut Vec<_>| {
        if !(row.is_empty() && field.is_empty() && !quoted) {
            row.push(std::mem::take(field));
            rows.push(std::mem::take(row));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if field.is_empty() && !quoted_field => {
                quoted_field = true;
                loop {
                    match chars.next() {
                        None => return Err(format!("line {line}: a quoted value does not end")),
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => {
                            if c == '\n' {
                                line += 1;
                            }
                            field.push(c)
                        }
                    }
                }
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                quoted_field = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                end_row(&mut row, &mut field, quoted_field, &mut rows);
                quoted_field = false;
                line += 1;
            }
            c if quoted_field => {
                return Err(format!("line {line}: '{c}' after a quoted value"));
            }
            c => field.push(c),
        }
    }
    end_row(&mut row, &mut field, quoted_field, &mut rows);
    Ok(rows)
}

/// The columns and rows of a JSON array of objects: the keys in the order first seen,
/// values as text (strings as they are, numbers and booleans as JSON writes them, null
/// empty).
fn parse_json(text: &str) -> Result<(Vec<String>, Vec<Vec<String>>), String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let serde_json::Value::Array(items) = value else {
        return Err("a JSON database file is an array of objects".into());
    };
    let mut header: Vec<String> = Vec::new();
    let mut objects = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let serde_json::Value::Object(map) = item else {
            return Err(format!("element {} is not an object", i + 1));
        };
        for k in map.keys() {
            if !header.contains(k) {
                header.push(k.clone());
            }
        }
        objects.push(map);
    }
    let rows = objects
        .into_iter()
        .map(|map| {
            header
                .iter()
                .map(|k| match map.get(k) {
                    None | Some(serde_json::Value::Null) => String::new(),
                    Some(serde_json::Value::String(s)) => s.clone(),
                    Some(other) => other.to_string(),
                })
                .collect()
        })
        .collect();
    Ok((header, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format() -> Format {
        Format {
            format: "QADSPUPB".into(),
            text: "test".into(),
            fields: vec![
                Field::char("UPUPRF", 10, "User profile"),
                Field::numeric("UPMXST", FieldType::Packed, 11, 0, "Max storage"),
                Field::numeric("UPRATE", FieldType::Zoned, 5, 2, "Rate"),
            ],
        }
    }

    fn system() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let system = dir.path().join("sys");
        (dir, system)
    }

    #[test]
    fn written_records_read_back_in_order() {
        let (_d, sys) = system();
        let rows = vec![
            vec!["ALICE".into(), "100".into(), "1.5".into()],
            vec!["BOB, \"JR\"".into(), "-7".into(), "0".into()],
        ];
        write_member(&sys, "qtemp", "x", &format(), &rows).unwrap();
        assert!(exists(&sys, "QTEMP", "X"));
        let mut m = open_member(&sys, "QTEMP", "X", None).unwrap();
        assert_eq!(m.format, format());
        assert_eq!(m.next_record().unwrap(), rows[0].as_slice());
        assert_eq!(m.next_record().unwrap(), rows[1].as_slice());
        assert!(m.next_record().is_none());
        m.rewind();
        assert_eq!(m.next_record().unwrap(), rows[0].as_slice());
        // Replacing leaves only the new records.
        write_member(&sys, "QTEMP", "X", &format(), &rows[1..]).unwrap();
        assert_eq!(
            open_member(&sys, "QTEMP", "X", None).unwrap().records.len(),
            1
        );
        // Adding appends.
        DbFile::new(&sys, "QTEMP", "X")
            .unwrap()
            .add(&format(), &rows[..1])
            .unwrap();
        let m = open_member(&sys, "QTEMP", "X", None).unwrap();
        assert_eq!(m.records, vec![rows[1].clone(), rows[0].clone()]);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private_and_no_temporary_is_left() {
        use std::os::unix::fs::PermissionsExt;
        let (_d, sys) = system();
        write_member(&sys, "LIB", "F", &format(), &[]).unwrap();
        let f = DbFile::new(&sys, "LIB", "F").unwrap();
        for name in ["FORMAT.json", "F.MBR"] {
            let mode = fs::metadata(f.path().join(name))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{name}");
        }
        let names: Vec<_> = fs::read_dir(f.path().parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, vec!["F.FILE".to_string()]);
    }

    #[test]
    fn records_that_do_not_fit_are_refused_and_nothing_is_written() {
        let (_d, sys) = system();
        let bad = [
            vec!["A".into(), "1".into()],
            vec!["ELEVENCHARS".into(), "1".into(), "1".into()],
            vec!["A".into(), "1x".into(), "1".into()],
            vec!["A".into(), "1".into(), "1.234".into()],
            vec!["A".into(), "1".into(), "1234".into()],
        ];
        for row in bad {
            let e =
                write_member(&sys, "LIB", "F", &format(), std::slice::from_ref(&row)).unwrap_err();
            assert!(
                matches!(e, DbfError::BadRecord { record: 1, .. }),
                "{row:?}"
            );
            assert!(!exists(&sys, "LIB", "F"));
        }
    }

    #[test]
    fn names_cannot_leave_the_tree() {
        let (_d, sys) = system();
        for bad in ["../X", "A/B", "", ".HIDDEN", "TOOLONGNAME1"] {
            assert!(matches!(
                DbFile::new(&sys, "LIB", bad),
                Err(DbfError::BadName(_))
            ));
            assert!(matches!(
                DbFile::new(&sys, bad, "F"),
                Err(DbfError::BadName(_))
            ));
        }
        assert!(matches!(
            open_member(&sys, "LIB", "F", Some("../F")),
            Err(DbfError::NotFound { .. })
        ));
    }

    #[test]
    fn missing_file_and_member() {
        let (_d, sys) = system();
        assert!(!exists(&sys, "LIB", "NONE"));
        assert!(matches!(
            open_member(&sys, "LIB", "NONE", None),
            Err(DbfError::NotFound { .. })
        ));
        write_member(&sys, "LIB", "F", &format(), &[]).unwrap();
        assert!(matches!(
            open_member(&sys, "LIB", "F", Some("OTHER")),
            Err(DbfError::NoMember { .. })
        ));
    }

    #[test]
    fn a_users_csv_file_is_char_fields_as_long_as_their_longest_value() {
        let (_d, sys) = system();
        let lib = crate::savf::library_dir(&sys, "MYLIB");
        fs::create_dir_all(&lib).unwrap();
        fs::write(
            lib.join("USERS.csv"),
            "\u{feff}name,Note\r\nALICE,\"a, b\"\nBOBBY\n\n",
        )
        .unwrap();
        let m = open_member(&sys, "MYLIB", "USERS", None).unwrap();
        let f = &m.format.fields;
        assert_eq!((f[0].name.as_str(), f[0].length), ("NAME", 5));
        assert_eq!((f[1].name.as_str(), f[1].length), ("NOTE", 4));
        assert!(f.iter().all(|f| f.kind == FieldType::Char));
        assert_eq!(
            m.records,
            vec![
                vec!["ALICE".to_string(), "a, b".into()],
                vec!["BOBBY".to_string(), "".into()]
            ]
        );
    }

    #[test]
    fn a_users_json_file_is_an_array_of_objects() {
        let (_d, sys) = system();
        let lib = crate::savf::library_dir(&sys, "MYLIB");
        fs::create_dir_all(&lib).unwrap();
        fs::write(
            lib.join("T.json"),
            r#"[{"a":"x","b":12},{"b":null,"c":true}]"#,
        )
        .unwrap();
        let m = open_member(&sys, "MYLIB", "T", None).unwrap();
        let names: Vec<_> = m.format.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "C"]);
        assert_eq!(
            m.records,
            vec![
                vec!["x".to_string(), "12".into(), "".into()],
                vec!["".to_string(), "".into(), "true".into()]
            ]
        );
        fs::write(lib.join("T.json"), "{}").unwrap();
        assert!(matches!(
            open_member(&sys, "MYLIB", "T", None),
            Err(DbfError::Io { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_member_is_not_read() {
        let (_d, sys) = system();
        write_member(&sys, "LIB", "F", &format(), &[]).unwrap();
        let f = DbFile::new(&sys, "LIB", "F").unwrap();
        let secret = f.path().parent().unwrap().join("secret");
        fs::write(&secret, "UPUPRF,UPMXST,UPRATE\r\nX,1,1\r\n").unwrap();
        fs::remove_file(f.path().join("F.MBR")).unwrap();
        std::os::unix::fs::symlink(&secret, f.path().join("F.MBR")).unwrap();
        assert!(matches!(f.open(None), Err(DbfError::Io { .. })));
    }

    #[test]
    fn csv_round_trips_awkward_values() {
        let values = ["", " ", "a\"b", "x,y", "line\nbreak", "plain"];
        let mut out = String::new();
        write_csv_row(&mut out, values.iter().copied());
        let rows = parse_csv(&out).unwrap();
        assert_eq!(
            rows,
            vec![values.iter().map(|s| s.to_string()).collect::<Vec<_>>()]
        );
        let mut one = String::new();
        write_csv_row(&mut one, [""].into_iter());
        assert_eq!(parse_csv(&one).unwrap(), vec![vec![String::new()]]);
        assert!(parse_csv("\"open").is_err());
        assert!(parse_csv("\"a\"b").is_err());
    }
}
