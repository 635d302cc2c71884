//! The shop's own partition (DESIGN §12, `qsy import`): builds a simulated system from the CSV
//! files an administrator can export from the real one without special tools — the result
//! sets of `SELECT * FROM QSYS2.USER_INFO`, `QSYS2.SECURITY_INFO`, `QSYS2.SYSTEM_VALUE_INFO`
//! and `QSYS2.FUNCTION_USAGE` as IBM i Access Client Solutions' Run SQL Scripts saves them,
//! or a DSPUSRPRF TYPE(*BASIC) outfile (model QADSPUPB) exported to CSV.
//!
//! Each file is recognised by its header (IBM's column names, in any order and case). Values
//! are read as ACS writes them: empty fields are nulls, timestamps `2025-10-01 08:00:00.000000`,
//! ISO `2025-10-01T08:00:00` (with or without a zone), Db2's `2025-10-01-08.00.00.000000` or
//! a date alone; times without a zone are taken as UTC (the export does not say the
//! partition's time zone). Columns qsy does not use are ignored and reported once per file.
//!
//! Password hashes cannot be exported, so an imported profile keeps the facts: which levels
//! hold a password (values unknown, [`SaltedHash::unknown`]), when it was last changed,
//! whether a TOTP key is set ([`TotpKey::unknown`]). USER_INFO has no level-4 column; whether
//! a profile holds a level-4 hash is inferred by [`infer_level_4`].
//!
//! All or nothing: the first problem (a missing required column, a value that does not read,
//! a repeated or invalid name, bytes that are not UTF-8) stops the import with the file, the
//! row and the column; the caller drops the store being built. Rows are streamed: memory
//! does not grow with the number of rows (duplicates are found in the store being built).

use crate::lang::names::is_object_name;
use crate::messages::{msg, Failure, Message, QResult};
use crate::security::fcnusg;
use crate::security::password::{self, KdfSettings, PasswordHashes, SaltedHash};
use crate::security::profile::{
    self, AuthMethod, ExpirationInterval, Profile, SpecialAuthority, Status, TotpKey, UserClass,
};
use crate::store::{Table, Tx};
use crate::system::{self, sysval, AdditionalFactor, Staged};
use serde::Serialize;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What a CSV file holds, recognised by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Kind {
    /// `SELECT * FROM QSYS2.SECURITY_INFO` (one row).
    SecurityInfo,
    /// `SELECT * FROM QSYS2.SYSTEM_VALUE_INFO`.
    SystemValueInfo,
    /// `SELECT * FROM QSYS2.USER_INFO`.
    UserInfo,
    /// A DSPUSRPRF TYPE(*BASIC) outfile (QADSPUPB) exported to CSV.
    Qadspupb,
    /// `SELECT * FROM QSYS2.FUNCTION_USAGE`.
    FunctionUsage,
}

impl Kind {
    /// IBM's name for the view or model file.
    pub fn name(self) -> &'static str {
        match self {
            Kind::SecurityInfo => "QSYS2.SECURITY_INFO",
            Kind::SystemValueInfo => "QSYS2.SYSTEM_VALUE_INFO",
            Kind::UserInfo => "QSYS2.USER_INFO",
            Kind::Qadspupb => "QADSPUPB",
            Kind::FunctionUsage => "QSYS2.FUNCTION_USAGE",
        }
    }

    /// The kind whose header `columns` (upper case) is, if any.
    fn recognise(columns: &[String]) -> Option<Kind> {
        let has = |c: &str| columns.iter().any(|h| h == c);
        if has("FUNCTION_ID") && has("USER_NAME") && has("USAGE") {
            Some(Kind::FunctionUsage)
        } else if has("SYSTEM_VALUE_NAME") {
            Some(Kind::SystemValueInfo)
        } else if has("SECURITY_LEVEL") && has("PASSWORD_LEVEL") {
            Some(Kind::SecurityInfo)
        } else if has("AUTHORIZATION_NAME") {
            Some(Kind::UserInfo)
        } else if has("UPUPRF") {
            Some(Kind::Qadspupb)
        } else {
            None
        }
    }
}

/// The import's options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// When QPWDLVL went to 2 or 3 on the real system (Unix seconds): a password changed on
    /// or after it holds a level-4 hash (7.5 and later).
    pub level23_since: Option<i64>,
    /// Rehearsal passwords: (line, profile name, password), from `--rehearsal-passwords`.
    pub rehearsal: Vec<(u64, String, String)>,
    /// The rehearsal passwords file, for messages.
    pub rehearsal_file: String,
}

/// One file as imported.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The path as given.
    pub file: String,
    /// What it held (IBM's view or model file name).
    pub kind: &'static str,
    /// Data rows read.
    pub rows: u64,
    /// Columns of its header that qsy does not use.
    pub unused_columns: Vec<String>,
}

/// What an import did, for the completion message and `--output json`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Each file.
    pub files: Vec<FileReport>,
    /// Profiles created from the inventory.
    pub profiles_imported: u64,
    /// IBM-supplied profiles the inventory did not list, added as shipped.
    pub shipped_added: Vec<String>,
    /// What was inferred and why, one sentence each.
    pub inferred: Vec<String>,
    /// System values set from the inventory.
    pub system_values_set: Vec<String>,
    /// FUNCTION_USAGE entries for QIBM_RUN_UNDER_USER_NO_AUTH recorded.
    pub function_usage_entries: u64,
    /// FUNCTION_USAGE rows of other functions (qsy models only that one), ignored.
    pub function_usage_ignored: u64,
    /// Profiles whose unknown password values were replaced by a rehearsal password.
    pub rehearsal_passwords_set: u64,
}

impl Report {
    /// The messages that tell a person what happened: unused columns, inferences, shipped
    /// profiles added (the completion message is the caller's: it names the store).
    pub fn messages(&self) -> Vec<Message> {
        let mut out = Vec::new();
        for f in &self.files {
            if !f.unused_columns.is_empty() {
                out.push(msg::qsy0844(&f.file, f.kind, f.unused_columns.join(", ")).info());
            }
        }
        for why in &self.inferred {
            out.push(msg::qsy0845(why).info());
        }
        if !self.shipped_added.is_empty() {
            out.push(msg::qsy0848(self.shipped_added.join(", ")).info());
        }
        out
    }
}

/// A problem in a row: the column and what is wrong.
type Cell<T> = Result<T, (String, String)>;

fn bad<T>(column: &str, why: impl Into<String>) -> Cell<T> {
    Err((column.to_string(), why.into()))
}

/// One CSV file opened for streaming.
struct Source {
    shown: String,
    kind: Kind,
    reader: csv::Reader<BufReader<std::fs::File>>,
    /// Column name (upper case) → index.
    index: HashMap<String, usize>,
    header: Vec<String>,
    used: Vec<bool>,
}

fn file_err(shown: &str, why: impl std::fmt::Display) -> Failure {
    msg::qsy0842(shown, why).into()
}

impl Source {
    /// Opens `path` and reads its header: a regular file (a FIFO or a device is refused
    /// before it could block), UTF-8, with the header of one of the [`Kind`]s.
    fn open(path: &Path) -> QResult<Source> {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| file_err(&shown, e))?;
        if !meta.is_file() {
            return Err(file_err(&shown, "not a regular file."));
        }
        let file = std::fs::File::open(path).map_err(|e| file_err(&shown, e))?;
        let mut buffered = BufReader::new(file);
        // ACS may write a UTF-8 byte-order mark.
        let bom = buffered
            .fill_buf()
            .map_err(|e| file_err(&shown, e))?
            .starts_with(b"\xEF\xBB\xBF");
        if bom {
            buffered.consume(3);
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(buffered);
        let raw = reader
            .byte_headers()
            .map_err(|e| file_err(&shown, format!("the header row does not read as CSV: {e}.")))?
            .clone();
        let mut header = Vec::new();
        for (i, field) in raw.iter().enumerate() {
            let text = std::str::from_utf8(field).map_err(|_| {
                Failure::from(msg::qsy0841(
                    &shown,
                    1,
                    i + 1,
                    "the header is not UTF-8 (save the result set as UTF-8).",
                ))
            })?;
            header.push(text.trim().to_ascii_uppercase());
        }
        let Some(kind) = Kind::recognise(&header) else {
            let first: Vec<&str> = header.iter().take(4).map(String::as_str).collect();
            return Err(file_err(
                &shown,
                format!(
                    "the header ({}, …) is not that of QSYS2.USER_INFO, QSYS2.SECURITY_INFO, \
                     QSYS2.SYSTEM_VALUE_INFO, QSYS2.FUNCTION_USAGE or a QADSPUPB outfile.",
                    first.join(", ")
                ),
            ));
        };
        let mut index = HashMap::new();
        for (i, h) in header.iter().enumerate() {
            if index.insert(h.clone(), i).is_some() {
                return Err(msg::qsy0841(&shown, 1, h, "the column is named twice.").into());
            }
        }
        let used = vec![false; header.len()];
        Ok(Source {
            shown,
            kind,
            reader,
            index,
            header,
            used,
        })
    }

    /// The index of a column the kind needs; refused with row 1 when missing.
    fn require(&mut self, name: &str) -> QResult<usize> {
        match self.index.get(name) {
            Some(&i) => {
                self.used[i] = true;
                Ok(i)
            }
            None => Err(msg::qsy0841(
                &self.shown,
                1,
                name,
                format!(
                    "the required column is missing from the {} header.",
                    self.kind.name()
                ),
            )
            .into()),
        }
    }

    /// The index of an optional column.
    fn optional(&mut self, name: &str) -> Option<usize> {
        let i = *self.index.get(name)?;
        self.used[i] = true;
        Some(i)
    }

    /// The header's columns qsy did not use.
    fn unused(&self) -> Vec<String> {
        self.header
            .iter()
            .zip(&self.used)
            .filter(|(_, u)| !**u)
            .map(|(h, _)| h.clone())
            .collect()
    }

    /// The next data row with its row number (the header is row 1), every field checked
    /// to be UTF-8.
    fn next_row(&mut self, row: &mut u64) -> QResult<Option<csv::StringRecord>> {
        let mut raw = csv::ByteRecord::new();
        let more = self.reader.read_byte_record(&mut raw).map_err(|e| {
            let at = e.position().map_or(*row + 1, |p| p.record() + 1);
            Failure::from(msg::qsy0842(
                &self.shown,
                format!("row {at} does not read as CSV: {e}."),
            ))
        })?;
        if !more {
            return Ok(None);
        }
        *row += 1;
        for (i, field) in raw.iter().enumerate() {
            if std::str::from_utf8(field).is_err() {
                return Err(msg::qsy0841(
                    &self.shown,
                    *row,
                    self.header.get(i).map_or("?", String::as_str),
                    "the value is not UTF-8 (save the result set as UTF-8).",
                )
                .into());
            }
        }
        Ok(Some(
            csv::StringRecord::from_byte_record(raw).expect("every field was checked"),
        ))
    }

    fn fail(&self, row: u64, (column, why): (String, String)) -> Failure {
        msg::qsy0841(&self.shown, row, column, why).into()
    }
}

/// A field: None when the column is absent or the value is null (empty).
fn field(rec: &csv::StringRecord, i: Option<usize>) -> Option<&str> {
    let v = rec.get(i?)?.trim();
    (!v.is_empty()).then_some(v)
}

fn yes_no(rec: &csv::StringRecord, i: Option<usize>, column: &str) -> Cell<Option<bool>> {
    match field(rec, i).map(str::to_ascii_uppercase).as_deref() {
        None => Ok(None),
        Some("YES" | "Y" | "*YES") => Ok(Some(true)),
        Some("NO" | "N" | "*NO") => Ok(Some(false)),
        Some(_) => bad(column, "expected YES or NO."),
    }
}

/// Reads a timestamp as ACS writes one (see the module documentation); None for null.
pub fn parse_timestamp(text: &str) -> Option<i64> {
    let t = text.trim();
    let b = t.as_bytes();
    if b.len() == 10 {
        return crate::clock::parse_time(&format!("{t}T00:00:00Z"));
    }
    if b.len() < 19 {
        return None;
    }
    let mut s = t.to_string();
    // Db2's own form: 2025-10-01-08.00.00.000000.
    if b[10] == b'-' && b[13] == b'.' && b[16] == b'.' {
        s.replace_range(10..11, "T");
        s.replace_range(13..14, ":");
        s.replace_range(16..17, ":");
    }
    let tail = &s[19..];
    let digits = tail
        .strip_prefix('.')
        .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count() + 1);
    if tail.len() == digits {
        s.push('Z');
    }
    crate::clock::parse_time(&s)
}

fn timestamp(rec: &csv::StringRecord, i: Option<usize>, column: &str) -> Cell<Option<i64>> {
    match field(rec, i) {
        None => Ok(None),
        Some(v) => match parse_timestamp(v) {
            Some(t) => Ok(Some(t)),
            None => bad(
                column,
                "not a timestamp (expected 2025-10-01 08:00:00.000000 or 2025-10-01T08:00:00).",
            ),
        },
    }
}

fn integer(rec: &csv::StringRecord, i: Option<usize>, column: &str) -> Cell<Option<i64>> {
    match field(rec, i) {
        None => Ok(None),
        Some(v) => v
            .parse::<i64>()
            .map(Some)
            .or_else(|_| bad(column, "not a whole number.")),
    }
}

/// A special value read as IBM writes it, with or without the leading `*`.
fn special<T: std::str::FromStr>(value: &str, column: &str, expected: &str) -> Cell<T> {
    let upper = value.trim().to_ascii_uppercase();
    let starred = if upper.starts_with('*') {
        upper
    } else {
        format!("*{upper}")
    };
    starred
        .parse::<T>()
        .or_else(|_| bad(column, format!("expected {expected}.")))
}

/// Special authorities as USER_INFO lists them (separated by blanks; `*NONE` or null for
/// none), in IBM's order, each once.
fn special_authorities(value: Option<&str>, column: &str) -> Cell<Vec<SpecialAuthority>> {
    let mut given = Vec::new();
    for word in value.unwrap_or("").split_whitespace() {
        if word.eq_ignore_ascii_case("*NONE") {
            continue;
        }
        let a: SpecialAuthority =
            special(word, column, "special authorities such as *ALLOBJ *SECADM")?;
        given.push(a);
    }
    Ok(SpecialAuthority::ALL
        .iter()
        .copied()
        .filter(|a| given.contains(a))
        .collect())
}

/// Whether a profile holds a level-4 hash, which USER_INFO does not say (IBM i 7.5 and later
/// build one whenever the password is changed while QPWDLVL is 2 or 3):
///
/// - at QPWDLVL 4, every profile with a password holds one (nothing else is usable there);
/// - at 0 or 1, none does;
/// - at 2 or 3: when the password was changed on or after the date QPWDLVL went to 2 or 3
///   (`--level23-since`); or, at QPWDLVL 2, when the profile holds a 2/3 password but no 0/1
///   one — a password set at 0/1 always has both, so it was set at level 2. Otherwise none is
///   assumed (the password may date from level 0/1, and then the IPL to 4 leaves *NONE).
///
/// Returns the hash's presence, the QPWDLVL the password was last set at, and which rule
/// decided (for the report).
pub fn infer_level_4(
    level: u8,
    has_password: bool,
    has_01: bool,
    has_23: bool,
    changed: Option<i64>,
    since: Option<i64>,
) -> (bool, u8, &'static str) {
    if !has_password {
        return (false, level.min(4), "none");
    }
    match level {
        0 | 1 => (false, level, "level01"),
        2 | 3 => {
            if let (Some(c), Some(s)) = (changed, since) {
                if c >= s {
                    return (true, level, "since");
                }
                return (false, 0, "before");
            }
            if level == 2 && has_23 && !has_01 {
                return (true, 2, "no01");
            }
            (false, 0, "assumed")
        }
        _ => (true, 4, "level4"),
    }
}

/// The store's password facts for a profile of the inventory, at the real system's QPWDLVL.
fn hashes_for(has_01: bool, has_23: bool, level_4: bool, changed_at: u8) -> PasswordHashes {
    PasswordHashes {
        level_01: has_01.then(SaltedHash::unknown),
        level_23: if has_23 {
            vec![SaltedHash::unknown()]
        } else {
            Vec::new()
        },
        level_4: level_4.then(SaltedHash::unknown),
        changed_at_level: changed_at,
    }
}

/// Counts of each inference rule, for the report.
#[derive(Default)]
struct Inferences {
    counts: HashMap<&'static str, u64>,
}

/// The system's levels as the inventory gives them (shipped ones until a file says).
struct Levels {
    security: Staged<u8>,
    password: Staged<u8>,
    from: Option<String>,
}

/// Imports `files` into `tx` (a new store in the shipped state without profiles — the caller
/// builds it) and returns what was done. Any problem fails the whole import.
pub fn import(tx: &mut Tx, files: &[PathBuf], options: &Options, now: i64) -> QResult<Report> {
    let mut sources = Vec::new();
    for f in files {
        sources.push(Source::open(f)?);
    }
    // System values first: the password level decides how profiles are read.
    sources.sort_by_key(|s| s.kind);
    let mut report = Report::default();
    let mut levels = Levels {
        security: Staged {
            current: 40,
            pending: None,
        },
        password: Staged {
            current: 0,
            pending: None,
        },
        from: None,
    };
    let mut inferences = Inferences::default();
    let kdf = profile::kdf(tx)?;
    for mut source in sources {
        let rows = match source.kind {
            Kind::SecurityInfo => security_info(tx, &mut source, &mut levels)?,
            Kind::SystemValueInfo => system_value_info(tx, &mut source, &mut levels, &mut report)?,
            Kind::UserInfo | Kind::Qadspupb => profiles(
                tx,
                &mut source,
                &levels,
                options,
                now,
                &mut inferences,
                &mut report,
            )?,
            Kind::FunctionUsage => function_usage(tx, &mut source, &mut report)?,
        };
        report.files.push(FileReport {
            file: source.shown.clone(),
            kind: source.kind.name(),
            rows,
            unused_columns: source.unused(),
        });
    }
    report.inferred = describe(&inferences, &levels, options);
    for p in profile::shipped(now, &kdf) {
        if profile::get(tx, &p.name)?.is_none() {
            report.shipped_added.push(p.name.clone());
            profile::put(tx, &p)?;
        }
    }
    rehearsal_passwords(tx, options, &kdf, &mut report)?;
    Ok(report)
}

fn describe(inf: &Inferences, levels: &Levels, options: &Options) -> Vec<String> {
    let n = |k: &str| inf.counts.get(k).copied().unwrap_or(0);
    let mut out = Vec::new();
    let level = levels.password.current;
    match &levels.from {
        Some(from) => out.push(format!(
            "QPWDLVL {level} and QSECURITY {} from {from}.",
            levels.security.current
        )),
        None => out.push(
            "no SECURITY_INFO or SYSTEM_VALUE_INFO file was given: QPWDLVL 0 and QSECURITY 40 \
             (as shipped) are assumed."
                .into(),
        ),
    }
    let since = options
        .level23_since
        .map(crate::clock::rfc3339)
        .unwrap_or_default();
    let lines: [(&str, String); 6] = [
        ("level4", "hold a level-4 hash: QPWDLVL is 4, so every password there is one.".into()),
        ("level01", format!("hold no level-4 hash: QPWDLVL {level} builds none.")),
        ("since", format!("hold a level-4 hash: password changed on or after {since}, when QPWDLVL went to 2 or 3 (--level23-since; IBM i 7.5 and later build one at every change at level 2 or 3).")),
        ("before", format!("hold no level-4 hash: password last changed before {since}, while QPWDLVL was 0 or 1; they get password *NONE at the IPL to QPWDLVL 4 unless it is changed first.")),
        ("no01", "hold a level-4 hash: a 2/3 password without a 0/1 one was set at QPWDLVL 2 (a password set at 0 or 1 has both).".into()),
        ("assumed", "are assumed to hold no level-4 hash: the password may date from QPWDLVL 0 or 1 and --level23-since (when QPWDLVL went to 2 or 3) was not given.".into()),
    ];
    for (key, text) in lines {
        if n(key) > 0 {
            out.push(format!("{} profile(s) {text}", n(key)));
        }
    }
    out
}

fn security_info(tx: &mut Tx, s: &mut Source, levels: &mut Levels) -> QResult<u64> {
    let sec = s.require("SECURITY_LEVEL")?;
    let pwd = s.require("PASSWORD_LEVEL")?;
    let psec = s.optional("PENDING_SECURITY_LEVEL");
    let ppwd = s.optional("PENDING_PASSWORD_LEVEL");
    let fac = s.optional("ADDITIONAL_SIGNON_FACTOR");
    let pfac = s.optional("PENDING_ADDITIONAL_SIGNON_FACTOR");
    let mut row = 1;
    let mut rows = 0;
    while let Some(rec) = s.next_row(&mut row)? {
        rows += 1;
        if rows > 1 {
            return Err(s.fail(
                row,
                (
                    "SECURITY_LEVEL".into(),
                    "SECURITY_INFO has one row; this is a second.".into(),
                ),
            ));
        }
        let read = (|| -> Cell<()> {
            let level =
                |i: Option<usize>, col: &str, allowed: &[u8], req: bool| -> Cell<Option<u8>> {
                    match integer(&rec, i, col)? {
                        None if req => bad(col, "a value is required."),
                        None => Ok(None),
                        Some(n) if u8::try_from(n).is_ok_and(|n| allowed.contains(&n)) => {
                            Ok(Some(n as u8))
                        }
                        Some(_) => bad(col, format!("expected one of {allowed:?}.")),
                    }
                };
            let security = Staged {
                current: level(Some(sec), "SECURITY_LEVEL", &[20, 30, 40, 50], true)?.unwrap_or(40),
                pending: level(psec, "PENDING_SECURITY_LEVEL", &[20, 30, 40, 50], false)?,
            };
            let password = Staged {
                current: level(Some(pwd), "PASSWORD_LEVEL", &[0, 1, 2, 3, 4], true)?.unwrap_or(0),
                pending: level(ppwd, "PENDING_PASSWORD_LEVEL", &[0, 1, 2, 3, 4], false)?,
            };
            let factor = |i: Option<usize>, col: &str| -> Cell<Option<AdditionalFactor>> {
                field(&rec, i)
                    .map(|v| special::<AdditionalFactor>(v, col, "*ENABLED or *DISABLED"))
                    .transpose()
            };
            let current =
                factor(fac, "ADDITIONAL_SIGNON_FACTOR")?.unwrap_or(AdditionalFactor::Disabled);
            let pending = factor(pfac, "PENDING_ADDITIONAL_SIGNON_FACTOR")?;
            let mfa_ok = security.current >= 40 && password.current >= 4;
            if current == AdditionalFactor::Enabled && !mfa_ok {
                return bad(
                    "ADDITIONAL_SIGNON_FACTOR",
                    "*ENABLED needs QSECURITY 40 or more and QPWDLVL 4.",
                );
            }
            levels.security = security;
            levels.password = password;
            levels.from = Some(s.shown.clone());
            system::put_adlsgnfac(tx, &Staged { current, pending })
                .map_err(|f| ("ADDITIONAL_SIGNON_FACTOR".into(), f.to_string()))
        })();
        read.map_err(|p| s.fail(row, p))?;
    }
    put_levels(tx, levels)?;
    Ok(rows)
}

fn put_levels(tx: &mut Tx, levels: &Levels) -> QResult<()> {
    let text = |l: &Staged<u8>| Staged {
        current: l.current.to_string(),
        pending: l.pending.map(|p| p.to_string()),
    };
    sysval::put(tx, "QSECURITY", &text(&levels.security))?;
    sysval::put(tx, "QPWDLVL", &text(&levels.password))
}

/// The system values qsy simulates, in the order they must be set (QPWDLVL decides the
/// password-length ranges; QPWDMAXLEN before QPWDMINLEN).
const SYSTEM_VALUES: &[&str] = &[
    "QSECURITY",
    "QPWDLVL",
    "QPWDMAXLEN",
    "QPWDMINLEN",
    "QPWDEXPITV",
    "QPWDRULES",
    "QPWDCHGBLK",
    "QMAXSIGN",
    "QMAXSGNACN",
];

fn system_value_info(
    tx: &mut Tx,
    s: &mut Source,
    levels: &mut Levels,
    report: &mut Report,
) -> QResult<u64> {
    let name_col = s.require("SYSTEM_VALUE_NAME")?;
    let num = s.optional("CURRENT_NUMERIC_VALUE");
    let chr = s.optional("CURRENT_CHARACTER_VALUE");
    if num.is_none() && chr.is_none() {
        s.require("CURRENT_CHARACTER_VALUE")?;
    }
    // The simulated values only (a handful of rows); the rest are read and ignored.
    let mut found: HashMap<&'static str, (u64, String)> = HashMap::new();
    let mut row = 1;
    let mut rows = 0;
    while let Some(rec) = s.next_row(&mut row)? {
        rows += 1;
        let name = field(&rec, Some(name_col))
            .unwrap_or("")
            .to_ascii_uppercase();
        let Some(&known) = SYSTEM_VALUES.iter().find(|v| **v == name) else {
            continue;
        };
        let value = field(&rec, num)
            .or_else(|| field(&rec, chr))
            .ok_or_else(|| {
                s.fail(
                    row,
                    (
                        "CURRENT_CHARACTER_VALUE".into(),
                        format!("{known} has no value."),
                    ),
                )
            })?;
        if found.insert(known, (row, value.to_string())).is_some() {
            return Err(s.fail(
                row,
                (
                    "SYSTEM_VALUE_NAME".into(),
                    format!("{known} is listed twice."),
                ),
            ));
        }
    }
    for name in SYSTEM_VALUES {
        let Some((row, value)) = found.get(name) else {
            continue;
        };
        let column = if num.is_some_and(|i| i < usize::MAX) && value.parse::<i64>().is_ok() {
            "CURRENT_NUMERIC_VALUE"
        } else {
            "CURRENT_CHARACTER_VALUE"
        };
        if matches!(*name, "QSECURITY" | "QPWDLVL") {
            let n: u8 = value
                .trim()
                .parse()
                .map_err(|_| s.fail(*row, (column.into(), "not a level.".into())))?;
            let (target, allowed): (&mut Staged<u8>, &[u8]) = if *name == "QSECURITY" {
                (&mut levels.security, &[20, 30, 40, 50])
            } else {
                (&mut levels.password, &[0, 1, 2, 3, 4])
            };
            if !allowed.contains(&n) {
                return Err(s.fail(
                    *row,
                    (column.into(), format!("{name} must be one of {allowed:?}.")),
                ));
            }
            if levels.from.is_some() && target.current != n {
                return Err(s.fail(
                    *row,
                    (
                        column.into(),
                        format!(
                            "{name} {n} differs from SECURITY_INFO's {}.",
                            target.current
                        ),
                    ),
                ));
            }
            target.current = n;
            put_levels(tx, levels)?;
        } else {
            let checked = sysval::validate(tx, name, value)
                .map_err(|f| s.fail(*row, (column.into(), f.to_string())))?;
            sysval::put(
                tx,
                name,
                &Staged {
                    current: checked,
                    pending: None,
                },
            )?;
        }
        report.system_values_set.push(name.to_string());
    }
    if levels.from.is_none() && (found.contains_key("QSECURITY") || found.contains_key("QPWDLVL")) {
        levels.from = Some(s.shown.clone());
    }
    Ok(rows)
}

/// Column names of the profile files: USER_INFO's, or the QADSPUPB outfile's.
struct ProfileColumns {
    name: usize,
    status: usize,
    class: usize,
    spcaut: Option<usize>,
    no_password: Option<usize>,
    level_01: usize,
    level_23: usize,
    changed: Option<usize>,
    previous_signon: Option<usize>,
    attempts: Option<usize>,
    text: Option<usize>,
    expired: Option<usize>,
    expitv: Option<usize>,
    default_password: Option<usize>,
    use_totp: Option<usize>,
    use_exit: Option<usize>,
    key_exists: Option<usize>,
    key_changed: Option<usize>,
    interval: Option<usize>,
    names: [&'static str; 17],
}

impl ProfileColumns {
    fn of(s: &mut Source) -> QResult<ProfileColumns> {
        if s.kind == Kind::Qadspupb {
            let names = [
                "UPUPRF", "UPSTAT", "UPUSCL", "UPSPAU", "", "UPENPW", "UPENPH", "", "", "",
                "UPTEXT", "UPPWEX", "", "", "", "", "",
            ];
            return Ok(ProfileColumns {
                name: s.require("UPUPRF")?,
                status: s.require("UPSTAT")?,
                class: s.require("UPUSCL")?,
                spcaut: s.optional("UPSPAU"),
                no_password: None,
                level_01: s.require("UPENPW")?,
                level_23: s.require("UPENPH")?,
                changed: None,
                previous_signon: None,
                attempts: None,
                text: s.optional("UPTEXT"),
                expired: s.optional("UPPWEX"),
                expitv: None,
                default_password: None,
                use_totp: None,
                use_exit: None,
                key_exists: None,
                key_changed: None,
                interval: None,
                names,
            });
        }
        let names = [
            "AUTHORIZATION_NAME",
            "STATUS",
            "USER_CLASS_NAME",
            "SPECIAL_AUTHORITIES",
            "NO_PASSWORD_INDICATOR",
            "PASSWORD_LEVEL_0_1",
            "PASSWORD_LEVEL_2_3",
            "PASSWORD_CHANGE_DATE",
            "PREVIOUS_SIGNON",
            "SIGN_ON_ATTEMPTS_NOT_VALID",
            "TEXT_DESCRIPTION",
            "SET_PASSWORD_TO_EXPIRE",
            "PASSWORD_EXPIRATION_INTERVAL",
            "USER_DEFAULT_PASSWORD",
            "USE_TOTP_AUTHENTICATION",
            "USE_EXIT_PROGRAM_AUTHENTICATION",
            "TOTP_KEY_EXISTS",
        ];
        // Read, not used: the minutes left of an optional interval describe the moment of the
        // export, not the profile.
        s.optional("TOTP_REMAINING_MINUTES");
        Ok(ProfileColumns {
            name: s.require("AUTHORIZATION_NAME")?,
            status: s.require("STATUS")?,
            class: s.require("USER_CLASS_NAME")?,
            spcaut: Some(s.require("SPECIAL_AUTHORITIES")?),
            no_password: Some(s.require("NO_PASSWORD_INDICATOR")?),
            level_01: s.require("PASSWORD_LEVEL_0_1")?,
            level_23: s.require("PASSWORD_LEVEL_2_3")?,
            changed: Some(s.require("PASSWORD_CHANGE_DATE")?),
            previous_signon: s.optional("PREVIOUS_SIGNON"),
            attempts: s.optional("SIGN_ON_ATTEMPTS_NOT_VALID"),
            text: s.optional("TEXT_DESCRIPTION"),
            expired: s.optional("SET_PASSWORD_TO_EXPIRE"),
            expitv: s.optional("PASSWORD_EXPIRATION_INTERVAL"),
            default_password: s.optional("USER_DEFAULT_PASSWORD"),
            use_totp: s.optional("USE_TOTP_AUTHENTICATION"),
            use_exit: s.optional("USE_EXIT_PROGRAM_AUTHENTICATION"),
            key_exists: s.optional("TOTP_KEY_EXISTS"),
            key_changed: s.optional("TOTP_KEY_LAST_CHANGED"),
            interval: s.optional("TOTP_INTERVAL"),
            names,
        })
    }
}

/// How many rows are staged before they go into the write transaction, so that memory stays
/// flat in the number of rows.
const FLUSH_EVERY: u64 = 1024;

fn profiles(
    tx: &mut Tx,
    s: &mut Source,
    levels: &Levels,
    options: &Options,
    now: i64,
    inferences: &mut Inferences,
    report: &mut Report,
) -> QResult<u64> {
    let c = ProfileColumns::of(s)?;
    let level = levels.password.current;
    let mut row = 1;
    let mut rows = 0;
    while let Some(rec) = s.next_row(&mut row)? {
        rows += 1;
        let p = read_profile(tx, &rec, &c, level, options, now, inferences)
            .map_err(|p| s.fail(row, p))?;
        profile::put(tx, &p)?;
        report.profiles_imported += 1;
        if rows % FLUSH_EVERY == 0 {
            tx.end_command(true)?;
        }
    }
    tx.end_command(true)?;
    Ok(rows)
}

fn read_profile(
    tx: &Tx,
    rec: &csv::StringRecord,
    c: &ProfileColumns,
    level: u8,
    options: &Options,
    now: i64,
    inferences: &mut Inferences,
) -> Cell<Profile> {
    let n = &c.names;
    let name = field(rec, Some(c.name)).unwrap_or("");
    if !is_object_name(name, 10) {
        return bad(n[0], "not a valid user profile name (1-10 characters, A-Z 0-9 $ # @ _, upper case, not starting with a digit).");
    }
    let exists = tx
        .get_raw(Table::Profile, name)
        .map_err(|f| (n[0].to_string(), f.to_string()))?
        .is_some();
    if exists {
        return bad(
            n[0],
            format!("profile {name} is listed twice (an earlier row has it)."),
        );
    }
    let status: Status = special(
        field(rec, Some(c.status)).unwrap_or(""),
        n[1],
        "*ENABLED or *DISABLED",
    )?;
    let class: UserClass = special(
        field(rec, Some(c.class)).unwrap_or(""),
        n[2],
        "*USER, *SYSOPR, *PGMR, *SECADM or *SECOFR",
    )?;
    let mut p = Profile::new(name, class, now);
    p.status = status;
    p.special_authorities = special_authorities(field(rec, c.spcaut), n[3])?;
    let has_01 = yes_no(rec, Some(c.level_01), n[5])?.unwrap_or(false);
    let has_23 = yes_no(rec, Some(c.level_23), n[6])?.unwrap_or(false);
    let no_password = match c.no_password {
        Some(i) => yes_no(rec, Some(i), n[4])?.unwrap_or(false),
        // The outfile has no such field: below QPWDLVL 4 a password is one at 0/1 or 2/3.
        None => level < 4 && !has_01 && !has_23,
    };
    if no_password && (has_01 || has_23) {
        let col = if has_01 { n[5] } else { n[6] };
        return bad(
            col,
            "YES, but NO_PASSWORD_INDICATOR says the profile has password *NONE.",
        );
    }
    if level >= 3 && has_01 {
        return bad(n[5], format!("YES, but QPWDLVL {level} keeps no level 0/1 password (the inventory's levels do not match)."));
    }
    if level >= 4 && has_23 {
        return bad(
            n[6],
            "YES, but QPWDLVL 4 keeps no level 2/3 password (the inventory's levels do not match).",
        );
    }
    let has_password = !no_password;
    if level < 4 && has_password && !has_01 && !has_23 {
        return bad(
            n[4],
            format!("NO, but no password level is held at QPWDLVL {level}."),
        );
    }
    let changed = match c.changed {
        Some(i) => timestamp(rec, Some(i), n[7])?,
        None => None,
    };
    let (level_4, changed_at, rule) = infer_level_4(
        level,
        has_password,
        has_01,
        has_23,
        changed,
        options.level23_since,
    );
    *inferences.counts.entry(rule).or_default() += 1;
    p.passwords = hashes_for(has_01, has_23, level_4, changed_at);
    p.password_changed = changed;
    p.previous_signon = timestamp(rec, c.previous_signon, n[8])?;
    p.signon_attempts_not_valid = match integer(rec, c.attempts, n[9])? {
        None => 0,
        Some(v) => u32::try_from(v).or_else(|_| bad(n[9], "must be 0 or more."))?,
    };
    if let Some(text) = field(rec, c.text) {
        if text.chars().count() > 50 {
            return bad(n[10], "longer than 50 characters.");
        }
        if let Err(ch) = crate::lang::text::check_free_text(text) {
            return bad(n[10], format!("{ch}."));
        }
        p.text = text.to_string();
    }
    p.password_expired = yes_no(rec, c.expired, n[11])?.unwrap_or(false);
    p.password_expiration_interval = match integer(rec, c.expitv, n[12])? {
        None | Some(0) => ExpirationInterval::SysVal,
        Some(-1) => ExpirationInterval::NoMax,
        Some(d) if (1..=366).contains(&d) => ExpirationInterval::Days(d as u16),
        Some(_) => return bad(n[12], "expected 0 (*SYSVAL), -1 (*NOMAX) or 1-366 days."),
    };
    p.reported_default_password = yes_no(rec, c.default_password, n[13])?.unwrap_or(false);
    let mut methods = Vec::new();
    if yes_no(rec, c.use_totp, n[14])?.unwrap_or(false) {
        methods.push(AuthMethod::Totp);
    }
    if yes_no(rec, c.use_exit, n[15])?.unwrap_or(false) {
        methods.push(AuthMethod::RegFac);
    }
    p.authentication_methods = AuthMethod::normalized(&methods);
    if yes_no(rec, c.key_exists, n[16])?.unwrap_or(false) {
        let set = timestamp(rec, c.key_changed, "TOTP_KEY_LAST_CHANGED")?.unwrap_or(now);
        p.totp = Some(TotpKey::unknown(set));
    }
    p.totp_optional_interval = match integer(rec, c.interval, "TOTP_INTERVAL")? {
        None | Some(0) => None,
        Some(m) if (1..=720).contains(&m) => Some(m as u32),
        Some(_) => return bad("TOTP_INTERVAL", "expected 1-720 minutes or null."),
    };
    let shipped = ["QSECOFR", "QSYSOPR", "QPGMR", "QUSER"];
    let base = name.strip_suffix("_NC").unwrap_or(name);
    if shipped.contains(&base) {
        p.ibm_supplied = true;
        p.not_changeable = name.ends_with("_NC");
    }
    Ok(p)
}

fn function_usage(tx: &mut Tx, s: &mut Source, report: &mut Report) -> QResult<u64> {
    let id = s.require("FUNCTION_ID")?;
    let user = s.require("USER_NAME")?;
    let usage = s.require("USAGE")?;
    s.optional("USER_TYPE");
    let mut row = 1;
    let mut rows = 0;
    while let Some(rec) = s.next_row(&mut row)? {
        rows += 1;
        let fcn = field(&rec, Some(id)).unwrap_or("");
        if !fcn.eq_ignore_ascii_case(fcnusg::RUN_UNDER_USER_NO_AUTH) {
            report.function_usage_ignored += 1;
            continue;
        }
        let read = (|| -> Cell<(String, &'static str)> {
            let name = field(&rec, Some(user)).unwrap_or("");
            if !is_object_name(name, 10) {
                return bad("USER_NAME", "not a valid user profile name.");
            }
            let p = profile::get(tx, name).map_err(|f| ("USER_NAME".to_string(), f.to_string()))?;
            if p.is_none() {
                return bad(
                    "USER_NAME",
                    format!("profile {name} is not in the inventory's USER_INFO."),
                );
            }
            let value = match field(&rec, Some(usage))
                .map(str::to_ascii_uppercase)
                .as_deref()
            {
                Some("ALLOWED" | "*ALLOWED") => "*ALLOWED",
                Some("DENIED" | "*DENIED") => "*DENIED",
                _ => return bad("USAGE", "expected ALLOWED or DENIED."),
            };
            if fcnusg::usage(tx, fcnusg::RUN_UNDER_USER_NO_AUTH, name)
                .map_err(|f| ("USER_NAME".to_string(), f.to_string()))?
                .is_some()
            {
                return bad(
                    "USER_NAME",
                    format!("{name} is listed twice for this function."),
                );
            }
            Ok((name.to_string(), value))
        })();
        let (name, value) = read.map_err(|p| s.fail(row, p))?;
        fcnusg::set_usage(tx, fcnusg::RUN_UNDER_USER_NO_AUTH, &name, value)?;
        report.function_usage_entries += 1;
    }
    Ok(rows)
}

/// Gives the profiles named in the rehearsal passwords file a password: every hash of
/// unknown value gets that password's hash, slot for slot ([`password::fill_unknown`]).
fn rehearsal_passwords(
    tx: &mut Tx,
    options: &Options,
    kdf: &KdfSettings,
    report: &mut Report,
) -> QResult<()> {
    let file = &options.rehearsal_file;
    for (line, name, pw) in &options.rehearsal {
        let fail = |why: String| -> Failure { msg::qsy0847(file, line, why).into() };
        let Some(mut p) = profile::get(tx, name)? else {
            return Err(fail(format!("profile {name} is not in the inventory.")));
        };
        if password::unknown_levels(&p.passwords).is_empty() {
            return Err(fail(format!(
                "profile {name} holds no password of unknown value (password *NONE on the real system, or an IBM-supplied profile added as shipped)."
            )));
        }
        if !password::fill_unknown(&mut p.passwords, pw, kdf) {
            return Err(fail(format!(
                "the password for {name} does not fit the syntax of QPWDLVL {} (when it was last changed).",
                p.passwords.changed_at_level
            )));
        }
        profile::put(tx, &p)?;
        report.rehearsal_passwords_set += 1;
    }
    Ok(())
}

/// The largest rehearsal passwords file read (it maps some profiles to passwords).
pub const MAX_REHEARSAL_FILE: u64 = 1 << 20;

/// Reads a rehearsal passwords file: one `NAME:password` per line (the password is
/// everything after the first colon; blank lines and lines starting with `#` are skipped).
/// The file holds secrets, so it is read the way an attacker cannot steer: a regular file,
/// not a symlink (not followed), a FIFO or a device; owned by the user running qsy; no
/// permission for group or others (0600 or 0400); at most 1 MiB. Names must be valid and
/// given once. No password is ever part of a message.
pub fn read_rehearsal_passwords(path: &Path) -> QResult<Vec<(u64, String, String)>> {
    let shown = path.display().to_string();
    let fail = |why: String| -> Failure { msg::qsy0846(&shown, why).into() };
    let file = crate::store::files::open_regular(path).map_err(|e| fail(format!("{e}.")))?;
    let meta = file.metadata().map_err(|e| fail(format!("{e}.")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.mode() & 0o077 != 0 {
            return Err(fail(format!(
                "its mode is {:04o}: group or others may read or change it; make it 0600 (chmod 600).",
                meta.mode() & 0o7777
            )));
        }
        if let Ok(me) = std::fs::metadata("/proc/self") {
            if meta.uid() != me.uid() {
                return Err(fail(format!(
                    "it belongs to user ID {}, not to the user running qsy ({}).",
                    meta.uid(),
                    me.uid()
                )));
            }
        }
    }
    if meta.len() > MAX_REHEARSAL_FILE {
        return Err(fail("it is larger than 1 MiB.".into()));
    }
    let mut bytes = Vec::new();
    file.take(MAX_REHEARSAL_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("{e}.")))?;
    let text = String::from_utf8(bytes).map_err(|_| fail("it is not UTF-8.".into()))?;
    let mut out: Vec<(u64, String, String)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i as u64 + 1;
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            continue;
        }
        let at = |why: &str| -> Failure { msg::qsy0847(&shown, line, why).into() };
        let Some((name, pw)) = l.split_once(':') else {
            return Err(at("expected NAME:password."));
        };
        let name = name.trim();
        if !is_object_name(name, 10) {
            return Err(at("the name is not a valid user profile name."));
        }
        if out.iter().any(|(_, n, _)| n == name) {
            return Err(at("the profile is named on an earlier line too."));
        }
        if pw.is_empty() {
            return Err(at("the password is empty."));
        }
        out.push((line, name.to_string(), pw.to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_as_acs_writes_them() {
        let t = 1_759_305_600; // 2025-10-01T08:00:00Z
        assert_eq!(parse_timestamp("2025-10-01 08:00:00.000000"), Some(t));
        assert_eq!(parse_timestamp("2025-10-01T08:00:00"), Some(t));
        assert_eq!(parse_timestamp("2025-10-01T08:00:00Z"), Some(t));
        assert_eq!(parse_timestamp("2025-10-01T10:00:00+02:00"), Some(t));
        assert_eq!(parse_timestamp("2025-10-01-08.00.00.000000"), Some(t));
        assert_eq!(parse_timestamp("2025-10-01"), Some(t - 8 * 3600));
        assert_eq!(parse_timestamp("01/10/2025"), None);
        assert_eq!(parse_timestamp("2025-13-01 08:00:00"), None);
    }

    #[test]
    fn level_4_inference() {
        let held = |l, o1, t3, c, since| infer_level_4(l, true, o1, t3, c, since).0;
        // At level 2 with the date: changed after it → held; before → not.
        assert!(held(2, true, true, Some(200), Some(100)));
        assert!(!held(2, true, true, Some(50), Some(100)));
        // No date: a 2/3 password without a 0/1 one was set at level 2.
        assert!(held(2, false, true, None, None));
        assert!(!held(2, true, true, None, None));
        assert!(held(4, false, false, None, None));
        assert!(!held(0, true, true, Some(200), Some(100)));
        assert!(!infer_level_4(4, false, false, false, None, None).0);
    }
}
