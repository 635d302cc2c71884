//! The system values qsy models and the rules for changing them (DESIGN §7.2).

use super::policy::max_password_len;
use super::Staged;
use crate::messages::{msg, QResult};
use crate::store::{Table, Tx};

pub use super::sysval_table::{Allowed, SvType, SysvalDef, IBM_NAMES, SYSVALS};

/// The definition of a system value qsy knows in full.
pub fn def(name: &str) -> Option<&'static SysvalDef> {
    SYSVALS.iter().find(|d| d.name == name)
}

/// The definition of a system value, or why there is none: a real IBM i system value that
/// qsy does not know (QSY0061, not simulated), or a name that is not a system value at all
/// (CPF1028).
pub fn lookup(name: &str) -> QResult<&'static SysvalDef> {
    match def(name) {
        Some(d) => Ok(d),
        None if IBM_NAMES.contains(&name) => msg::qsy0061(name).fail(),
        None => msg::cpf1028(name).fail(),
    }
}

/// The date and time values, read from the job clock: QDATE as MMDDYY (QDATFMT *MDY, the
/// shipped US format) and QTIME as hhmmssxxx (milliseconds 000).
fn clock_value(name: &str) -> QResult<String> {
    let now = crate::clock::now()?;
    let days = now.div_euclid(86_400);
    let secs = now.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Ok(if name == "QDATE" {
        format!("{month:02}{day:02}{:02}", year.rem_euclid(100))
    } else {
        format!(
            "{:02}{:02}{:02}000",
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )
    })
}

/// Reads a system value (current and pending).
pub fn get(tx: &Tx, name: &str) -> QResult<Staged> {
    let d = lookup(name)?;
    if d.allowed == Allowed::Clock {
        return Ok(Staged {
            current: clock_value(name)?,
            pending: None,
        });
    }
    if let Some(v) = tx.get::<Staged>(Table::Sysval, name)? {
        return Ok(v);
    }
    Ok(Staged {
        current: d.shipped.to_string(),
        pending: None,
    })
}

/// The current value.
pub fn current(tx: &Tx, name: &str) -> QResult<String> {
    Ok(get(tx, name)?.current)
}

/// A stored value that does not read as its type: the store was damaged or edited.
fn damaged(name: &str, value: &str) -> crate::messages::Failure {
    msg::qsy0024("(store)", format!("system value {name} holds {value:?}")).into()
}

/// The current value as a number (for numeric system values).
pub fn current_num(tx: &Tx, name: &str) -> QResult<i64> {
    let v = current(tx, name)?;
    v.parse().map_err(|_| damaged(name, &v))
}

/// A system value read as `T`, current and pending.
fn get_as<T: std::str::FromStr>(tx: &Tx, name: &str) -> QResult<Staged<T>> {
    let v = get(tx, name)?;
    let read = |text: &str| text.parse::<T>().map_err(|_| damaged(name, text));
    Ok(Staged {
        current: read(&v.current)?,
        pending: v.pending.as_deref().map(read).transpose()?,
    })
}

/// QSECURITY and QPWDLVL, each current and pending: the levels every MFA and password rule
/// judges (DESIGN §7.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Levels {
    /// QSECURITY.
    pub security: Staged<u8>,
    /// QPWDLVL.
    pub password: Staged<u8>,
}

/// Reads QSECURITY and QPWDLVL.
pub fn levels(tx: &Tx) -> QResult<Levels> {
    Ok(Levels {
        security: get_as(tx, "QSECURITY")?,
        password: get_as(tx, "QPWDLVL")?,
    })
}

/// The current QPWDLVL.
pub fn password_level(tx: &Tx) -> QResult<u8> {
    Ok(get_as::<u8>(tx, "QPWDLVL")?.current)
}

/// The current QSECURITY.
pub fn security_level(tx: &Tx) -> QResult<u8> {
    Ok(get_as::<u8>(tx, "QSECURITY")?.current)
}

/// Stores a system value record.
pub fn put(tx: &mut Tx, name: &str, value: &Staged) -> QResult<()> {
    tx.put(Table::Sysval, name, value)
}

/// A parsed `*NOMAX` / number style value.
fn number_or(value: &str, special: &str, lo: i64, hi: i64) -> Result<String, String> {
    if value == special {
        return Ok(value.to_string());
    }
    match value.parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(n.to_string()),
        Ok(_) => Err(format!("must be {special} or {lo} through {hi}")),
        Err(_) => Err(format!("must be {special} or a number {lo} through {hi}")),
    }
}

fn number(value: &str, allowed: &[i64], what: &str) -> Result<String, String> {
    match value.parse::<i64>() {
        Ok(n) if allowed.contains(&n) => Ok(n.to_string()),
        _ => Err(format!("must be {what}")),
    }
}

/// The rule names QPWDRULES accepts (IBM's "Password Rules (QPWDRULES)" list) and how many
/// digits of count follow each (0: none). `*REQANY3` ends in a digit that is part of its name.
const RULES: &[(&str, usize)] = &[
    ("*ALLCRTCHG", 0),
    ("*CHRLMTAJC", 0),
    ("*CHRLMTREP", 0),
    ("*DGTLMTAJC", 0),
    ("*DGTLMTFST", 0),
    ("*DGTLMTLST", 0),
    ("*DGTMAX", 1),
    ("*DGTMIN", 1),
    ("*LMTPRFNAME", 0),
    ("*LMTSAMPOS", 0),
    ("*LTRLMTAJC", 0),
    ("*LTRLMTFST", 0),
    ("*LTRLMTLST", 0),
    ("*LTRMAX", 1),
    ("*LTRMIN", 1),
    ("*MAXLEN", 3),
    ("*MINLEN", 3),
    ("*MIXCASE", 1),
    ("*REQANY3", 0),
    ("*SPCCHRLMTAJC", 0),
    ("*SPCCHRLMTFST", 0),
    ("*SPCCHRLMTLST", 0),
    ("*SPCCHRMAX", 1),
    ("*SPCCHRMIN", 1),
];

/// Rules IBM does not allow together: each group may not be given in full.
const CONFLICTS: &[&[&str]] = &[
    &["*CHRLMTAJC", "*CHRLMTREP"],
    &["*DGTLMTFST", "*LTRLMTFST", "*SPCCHRLMTFST"],
    &["*DGTLMTLST", "*LTRLMTLST", "*SPCCHRLMTLST"],
];

/// Splits a rule like `*MINLEN8` into its name and number. A rule name that itself ends in
/// a digit (`*REQANY3`) is matched whole first.
pub fn split_rule(rule: &str) -> Option<(&'static str, Option<u32>)> {
    if let Some(&(known, 0)) = RULES.iter().find(|(n, _)| *n == rule) {
        return Some((known, None));
    }
    let digits = rule.bytes().rev().take_while(u8::is_ascii_digit).count();
    let (name, num) = rule.split_at(rule.len() - digits);
    let &(known, max_digits) = RULES.iter().find(|(n, _)| *n == name)?;
    match (max_digits, num.len()) {
        (m, d) if m > 0 && d >= 1 && d <= m => Some((known, num.parse().ok())),
        _ => None,
    }
}

/// Whether `value` is a whole number as CL writes one unquoted (digits, maybe a sign).
fn is_number(value: &str) -> bool {
    let digits = value.strip_prefix(['+', '-']).unwrap_or(value);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Checks a value as written in CL against a system value's type and the values it accepts,
/// without the store: what `qsy run --check` can tell from the literal, and what CHGSYSVAL
/// refuses before it looks at the system. `quoted` says whether the CL value was in
/// apostrophes (the shell form always counts as quoted): IBM's CHGSYSVAL needs apostrophes
/// around a number given for a character system value (QSY0062).
pub fn check_literal(name: &str, value: &str, quoted: bool) -> QResult<()> {
    let d = lookup(name)?;
    let value = value.trim();
    match d.allowed {
        Allowed::ReadOnly => return msg::qsy0063(name).fail(),
        Allowed::Clock => return msg::qsy0061(name).fail(),
        _ => {}
    }
    if !quoted && is_number(value) && !matches!(d.ty, SvType::Dec(_)) {
        return msg::qsy0062(value, name).fail();
    }
    // The widest ranges (password level 4); CHGSYSVAL checks the current level.
    check_value(d, &value.to_ascii_uppercase(), 4).map(|_| ())
}

/// Checks a new value for a system value against its rules and returns it in canonical
/// form. The current QPWDLVL fixes the password length ranges.
pub fn validate(tx: &Tx, name: &str, value: &str) -> QResult<String> {
    let d = lookup(name)?;
    let level = password_level(tx)?;
    let value = value.trim().to_ascii_uppercase();
    let checked = check_value(d, &value, level)?;
    if let "QPWDMINLEN" | "QPWDMAXLEN" = name {
        let n: i64 = checked.parse().map_err(|_| damaged(name, &checked))?;
        let (min, max) = if name == "QPWDMINLEN" {
            (n, current_num(tx, "QPWDMAXLEN")?)
        } else {
            (current_num(tx, "QPWDMINLEN")?, n)
        };
        if min > max {
            return msg::qsy0035(
                &value,
                name,
                format!("QPWDMINLEN {min} would exceed QPWDMAXLEN {max}"),
            )
            .fail();
        }
    }
    Ok(checked)
}

/// The rules of one value that need nothing from the store but the password level.
fn check_value(d: &SysvalDef, value: &str, level: u8) -> QResult<String> {
    let name = d.name;
    let max_len = max_password_len(level) as i64;
    let checked = match (d.allowed, name) {
        (Allowed::ReadOnly, _) => return msg::qsy0063(name).fail(),
        (Allowed::Clock, _) => return msg::qsy0061(name).fail(),
        (Allowed::Simulated, "QSECURITY") => number(
            value,
            &[20, 30, 40, 50],
            "20, 30, 40 or 50 (10 cannot be set)",
        ),
        (Allowed::Simulated, "QPWDLVL") => number(value, &[0, 1, 2, 3, 4], "0, 1, 2, 3 or 4"),
        (Allowed::Simulated, "QPWDMINLEN" | "QPWDMAXLEN") => match value.parse::<i64>() {
            Ok(n) if (1..=max_len).contains(&n) => Ok(n.to_string()),
            _ => Err(format!(
                "must be 1 through {max_len} at password level {level}"
            )),
        },
        (Allowed::Simulated, "QPWDEXPITV") => number_or(value, "*NOMAX", 1, 366),
        (Allowed::Simulated, "QMAXSIGN") => number_or(value, "*NOMAX", 1, 25),
        (Allowed::Simulated, "QMAXSGNACN") => number(
            value,
            &[1, 2, 3],
            "1 (disable device), 2 (disable profile) or 3 (both)",
        ),
        (Allowed::Simulated, "QPWDCHGBLK") => number_or(value, "*NONE", 1, 99),
        (Allowed::Simulated, "QPWDRULES") => validate_rules(value, level),
        (Allowed::Simulated, _) => Ok(value.to_string()),
        (Allowed::Choices(choices), _) => {
            if choices.contains(&value) {
                Ok(value.to_string())
            } else {
                Err(format!("must be one of {}", choices.join(", ")))
            }
        }
        (Allowed::Range(special, lo, hi), _) => {
            if special.contains(&value) {
                Ok(value.to_string())
            } else {
                match value.parse::<i64>() {
                    Ok(n) if (lo..=hi).contains(&n) => Ok(n.to_string()),
                    _ => Err(if special.is_empty() {
                        format!("must be {lo} through {hi}")
                    } else {
                        format!("must be {} or {lo} through {hi}", special.join(", "))
                    }),
                }
            }
        }
        (Allowed::Elements(choices), _) => {
            let SvType::List { len, count } = d.ty else {
                unreachable!("a list of elements is a list")
            };
            let items: Vec<&str> = value.split_whitespace().collect();
            if items.is_empty() || items.len() > count {
                Err(format!("give 1 to {count} values"))
            } else if let Some(bad) = items
                .iter()
                .find(|i| i.chars().count() > len || (!choices.is_empty() && !choices.contains(i)))
            {
                Err(format!("{bad} is not a valid element"))
            } else {
                Ok(items.join(" "))
            }
        }
        (Allowed::Text, _) => {
            if value.chars().count() <= d.ty.length() {
                Ok(value.to_string())
            } else {
                Err(format!("longer than {} characters", d.ty.length()))
            }
        }
    };
    checked.or_else(|why| msg::qsy0035(value, name, &why).fail())
}

fn validate_rules(value: &str, level: u8) -> Result<String, String> {
    let rules: Vec<&str> = value.split_whitespace().collect();
    if rules.is_empty() {
        return Err("give *PWDSYSVAL or a list of rules".into());
    }
    if rules.len() > 50 {
        return Err("at most 50 rules".into());
    }
    if rules.contains(&"*PWDSYSVAL") {
        return if rules.len() == 1 {
            Ok("*PWDSYSVAL".into())
        } else {
            Err("*PWDSYSVAL must be specified alone".into())
        };
    }
    let max_len = max_password_len(level) as i64;
    let mut seen = Vec::new();
    for rule in &rules {
        let Some((name, num)) = split_rule(rule) else {
            return Err(format!("{rule} is not a password rule"));
        };
        if seen.contains(&name) {
            return Err(format!("{name} specified more than once"));
        }
        seen.push(name);
        match (name, num) {
            ("*MINLEN" | "*MAXLEN", Some(n)) if !(1..=max_len).contains(&(n as i64)) => {
                return Err(format!(
                    "{rule}: length must be 1 through {max_len} at password level {level}"
                ));
            }
            ("*MIXCASE", _) if level < 2 => return Err("*MIXCASE needs QPWDLVL 2 or higher".into()),
            _ => {}
        }
    }
    for group in CONFLICTS {
        if group.iter().all(|g| seen.contains(g)) {
            return Err(format!(
                "{} cannot be specified together",
                group.join(" and ")
            ));
        }
    }
    let num = |n: &str| {
        rules
            .iter()
            .find_map(|r| split_rule(r).filter(|(k, _)| *k == n).and_then(|(_, v)| v))
    };
    for (min, max) in [
        ("*MINLEN", "*MAXLEN"),
        ("*DGTMIN", "*DGTMAX"),
        ("*LTRMIN", "*LTRMAX"),
        ("*SPCCHRMIN", "*SPCCHRMAX"),
    ] {
        if let (Some(lo), Some(hi)) = (num(min), num(max)) {
            if lo > hi {
                return Err(format!("{min}{lo} is greater than {max}{hi}"));
            }
        }
    }
    Ok(rules.join(" "))
}

/// The shape of a CL variable, as RTVSYSVAL judges it (DCL TYPE and LEN).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarShape {
    /// *CHAR of this length.
    Char(usize),
    /// *DEC with total digits and decimal positions.
    Dec(u8, u8),
    /// *LGL.
    Lgl,
    /// *INT or *UINT.
    Int,
}

/// Whether a CL variable can receive a system value, as IBM's RTVSYSVAL judges it: the type
/// must match (CPF1094), character values need a variable of exactly their length, decimal
/// values one of at least their length (CPF1095), and a one-character value may go into a
/// *LGL variable. QTIME may be retrieved as hhmmss up to hhmmssxxx (6 to 9 characters).
pub fn check_variable(d: &SysvalDef, var: VarShape) -> QResult<()> {
    match (d.ty, var) {
        (SvType::Char(1), VarShape::Lgl) => Ok(()),
        (SvType::Char(_) | SvType::List { .. }, VarShape::Char(n)) => {
            let fits = if d.name == "QTIME" {
                (6..=9).contains(&n)
            } else {
                n == d.ty.length()
            };
            if fits {
                Ok(())
            } else {
                msg::cpf1095(d.name).fail()
            }
        }
        (SvType::Dec(digits), VarShape::Dec(n, _)) => {
            if n >= digits {
                Ok(())
            } else {
                msg::cpf1095(d.name).fail()
            }
        }
        _ => msg::cpf1094(d.name).fail(),
    }
}

/// A system value's current value as RTVSYSVAL returns it: character values padded to
/// their length (each list element to its own length), numbers as numbers (a special value
/// such as QAUDFRCLVL's *SYS as 0).
pub fn retrieved(d: &SysvalDef, value: &str) -> crate::output::Returned {
    use crate::output::Returned;
    match d.ty {
        SvType::Dec(_) => Returned::Number(value.trim().parse().unwrap_or(0)),
        SvType::Char(n) => Returned::Text(format!("{value:<n$}")),
        SvType::List { len, .. } => Returned::Text(
            value
                .split_whitespace()
                .map(|e| format!("{e:<len$}"))
                .collect::<String>(),
        ),
    }
}

/// Refuses a change of a value that takes effect at the IPL when the current value does
/// not allow it (QSY0033): QPWDLVL follows [`password_level_transition`]. `value` has
/// passed [`validate`].
pub fn check_ipl_change(tx: &Tx, name: &str, value: &str) -> QResult<()> {
    if name != "QPWDLVL" {
        return Ok(());
    }
    let from = password_level(tx)?;
    let Ok(to) = value.parse::<u8>() else {
        return msg::qsy0035(value, name, "must be 0, 1, 2, 3 or 4").fail();
    };
    match password_level_transition(from, to) {
        Some(why) => msg::qsy0033(from, value, why).fail(),
        None => Ok(()),
    }
}

/// Why a QPWDLVL change from `from` (current) to `to` is refused, if it is (DESIGN §7.2).
pub fn password_level_transition(from: u8, to: u8) -> Option<&'static str> {
    match (from, to) {
        (a, b) if a == b => None,
        (0 | 1, 0 | 1) => None,
        (0 | 1, 2 | 3) => None,
        (0 | 1, 4) => Some("passwords must first be moved to level 2 or 3: change QPWDLVL to 2, IPL, have every password changed, then change to 4"),
        (2, _) => None,
        (3, 2 | 4) => None,
        (3, _) => Some("go through password level 2 first"),
        (4, 2 | 3) => None,
        (4, _) => Some("go through password level 2 first"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_follow_the_card() {
        assert!(password_level_transition(0, 2).is_none());
        assert!(password_level_transition(0, 4).is_some());
        assert!(password_level_transition(2, 4).is_none());
        assert!(password_level_transition(4, 0).is_some());
        assert!(password_level_transition(3, 1).is_some());
        assert!(password_level_transition(2, 0).is_none());
    }

    #[test]
    fn rules_parse() {
        assert_eq!(split_rule("*MINLEN8"), Some(("*MINLEN", Some(8))));
        assert_eq!(split_rule("*ALLCRTCHG"), Some(("*ALLCRTCHG", None)));
        assert_eq!(split_rule("*MINLEN"), None);
        assert_eq!(split_rule("*DGTMIN12"), None);
        assert!(validate_rules("*MIXCASE1", 0).is_err());
        assert!(validate_rules("*MIXCASE1 *MINLEN12", 2).is_ok());
        assert!(validate_rules("*MINLEN12", 0).is_err());
        assert!(validate_rules("*PWDSYSVAL *MINLEN8", 2).is_err());
    }
}
