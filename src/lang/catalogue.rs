//! The catalogue of IBM i's CL commands (`catalogue/commands.txt`, `catalogue/parameters.tsv`,
//! generated into static tables by `build.rs`; sources in `docs/command-catalogue.md`): every
//! command name IBM i 7.6 ships, and for the commands real programs use most, their keywords
//! in IBM's positional order and which of them return a value into a CL variable.
//!
//! It tells the three cases of a command name apart ([`resolve`]): a command qsy simulates
//! (it has a definition in `commands/`), an IBM i command qsy does not simulate, and a name
//! that is no IBM i command at all (a typo).

use super::cl::{RawCommand, RawValue};
use super::defs::{self, CommandDef};

/// What the catalogue knows of the parameters of one IBM i command qsy does not simulate:
/// one row of the generated catalogue, read on use (the rows are one text, so that the
/// static-pie binary relocates no table of pointers at start-up: README, Issue 19).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueEntry {
    /// `NAME\tKEYWORDS\tRETURNS`, without the line end.
    row: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// A catalogue name without its padding.
fn unpadded(padded: &'static [u8; 10]) -> &'static str {
    let len = padded.iter().position(|&b| b == 0).unwrap_or(padded.len());
    // build.rs writes only upper-case letters and digits.
    std::str::from_utf8(&padded[..len]).expect("catalogue names are ASCII")
}

/// Every IBM i command name in the catalogue, sorted.
pub fn names() -> impl ExactSizeIterator<Item = &'static str> {
    NAMES.iter().map(unpadded)
}

/// How a command name resolves.
#[derive(Debug, Clone, Copy)]
pub enum Resolved {
    /// A command qsy simulates (or a CL program statement it runs).
    Simulated(&'static CommandDef),
    /// An IBM i command qsy does not simulate, with its parameters when the catalogue has them.
    NotSimulated(&'static str, Option<CatalogueEntry>),
    /// Not an IBM i command: a typo, or a command of the shop's own.
    Unknown,
}

/// Resolves a command name (any case): simulated, IBM i but not simulated, or unknown.
pub fn resolve(name: &str) -> Resolved {
    if let Some(def) = defs::find(name) {
        return Resolved::Simulated(def);
    }
    let upper = name.to_ascii_uppercase();
    match NAMES.binary_search_by(|padded| unpadded(padded).cmp(upper.as_str())) {
        Ok(i) => {
            let name = unpadded(&NAMES[i]);
            Resolved::NotSimulated(name, entry(name))
        }
        Err(_) => Resolved::Unknown,
    }
}

/// Whether `name` is an IBM i command qsy does not simulate.
pub fn not_simulated(name: &str) -> bool {
    matches!(resolve(name), Resolved::NotSimulated(..))
}

/// How many commands the catalogue has parameters for.
fn entries() -> usize {
    ROW_STARTS.len() - 1
}

/// The `i`th entry of the catalogue's parameter rows.
fn entry_at(i: usize) -> CatalogueEntry {
    let (start, end) = (ROW_STARTS[i] as usize, ROW_STARTS[i + 1] as usize);
    CatalogueEntry {
        row: &ROWS[start..end - 1],
    }
}

/// The catalogue's parameters of a command (upper case name).
pub fn entry(name: &str) -> Option<CatalogueEntry> {
    let (mut lo, mut hi) = (0, entries());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let e = entry_at(mid);
        match e.name().cmp(name) {
            std::cmp::Ordering::Equal => return Some(e),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

/// Every command name a "did you mean" may offer: qsy's definitions and the catalogue's
/// names (a mistyped `RTVDTAARB` is meant to be IBM's RTVDTAARA even though qsy skips it).
pub fn all_names() -> impl Iterator<Item = &'static str> {
    defs::COMMANDS.iter().map(|d| d.name()).chain(names())
}

/// The closest command name to a name that resolved to [`Resolved::Unknown`].
pub fn did_you_mean(name: &str) -> Option<&'static str> {
    super::suggest::closest(name, all_names())
}

impl CatalogueEntry {
    /// The row's three tab-separated fields.
    fn field(&self, i: usize) -> &'static str {
        self.row.split('\t').nth(i).unwrap_or("")
    }

    /// Command name, upper case.
    pub fn name(&self) -> &'static str {
        self.field(0)
    }

    /// Keywords in IBM's positional order.
    pub fn keywords(&self) -> impl Iterator<Item = &'static str> {
        self.field(1).split_whitespace()
    }

    /// Return-variable parameters: keyword, CL type (`*CHAR`, `*DEC`, `*INT`) and the minimum
    /// length IBM's prompt shows (`10`, `5.0`).
    pub fn returns(&self) -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
        self.field(2).split_whitespace().map(|r| {
            let mut parts = r.splitn(3, ':');
            let mut next = || parts.next().unwrap_or("");
            (next(), next(), next())
        })
    }

    /// The variables a skipped command would have set: for each return-variable parameter
    /// given a `&VARIABLE` (by keyword, or by position along [`CatalogueEntry::keywords`]),
    /// the keyword and the variable name (upper case, without `&`).
    pub fn return_variables(&self, raw: &RawCommand) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut position = 0usize;
        for p in &raw.params {
            let keyword = match &p.keyword {
                Some(k) => self.keywords().find(|c| c == k),
                None => {
                    position += 1;
                    self.keywords().nth(position - 1)
                }
            };
            let Some(keyword) = keyword else { continue };
            if !self.returns().any(|(k, _, _)| k == keyword) {
                continue;
            }
            if let RawValue::Var(v) = &p.value {
                out.push((keyword, v.to_ascii_uppercase()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_cases() {
        assert!(matches!(resolve("chgusrprf"), Resolved::Simulated(_)));
        assert!(matches!(
            resolve("CPYF"),
            Resolved::NotSimulated("CPYF", Some(_))
        ));
        assert!(matches!(
            resolve("WRKSPLF"),
            Resolved::NotSimulated(_, Some(_))
        ));
        assert!(matches!(resolve("RTVDTAARB"), Resolved::Unknown));
        assert_eq!(did_you_mean("RTVDTAARB"), Some("RTVDTAARA"));
        assert_eq!(did_you_mean("CHGUSRPFR"), Some("CHGUSRPRF"));
    }

    #[test]
    fn return_variables_by_keyword_and_position() {
        let raw = crate::lang::cl::parse_command("RTVDTAARA DTAARA(X) RTNVAR(&V)").unwrap();
        let e = entry("RTVDTAARA").unwrap();
        assert_eq!(e.return_variables(&raw), vec![("RTNVAR", "V".to_string())]);
        let raw = crate::lang::cl::parse_command("RTVDTAARA X &W").unwrap();
        assert_eq!(e.return_variables(&raw), vec![("RTNVAR", "W".to_string())]);
        let raw = crate::lang::cl::parse_command("RTVNETA SYSNAME(&U) LCLNETID('X')").unwrap();
        let e = entry("RTVNETA").unwrap();
        assert_eq!(e.return_variables(&raw), vec![("SYSNAME", "U".to_string())]);
    }

    #[test]
    fn every_row_reads_back() {
        let mut last = "";
        for i in 0..entries() {
            let e = entry_at(i);
            assert!(e.name() > last, "{} after {last}", e.name());
            assert!(!e.name().is_empty() && !e.name().contains(char::is_whitespace));
            for (k, t, len) in e.returns() {
                assert!(e.keywords().any(|c| c == k), "{}: {k}", e.name());
                assert!(matches!(t, "*CHAR" | "*DEC" | "*INT"), "{}: {t}", e.name());
                assert!(!len.is_empty(), "{}: {k}", e.name());
            }
            assert_eq!(entry(e.name()), Some(e));
            last = e.name();
        }
        assert_eq!(entry("ZZZZZZ"), None);
        assert_eq!(entry("AAAAAA"), None);
        let e = entry("RTVDTAARA").unwrap();
        assert_eq!(e.returns().next().map(|r| r.0), Some("RTNVAR"));
    }

    #[test]
    fn at_least_300_commands_have_parameters() {
        assert!(entries() >= 300, "{}", entries());
        assert!(names().len() >= 2000, "{}", names().len());
    }
}
