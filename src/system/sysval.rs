//! The system values qsy models and the rules for changing them (DESIGN §7.2).

use super::policy::max_password_len;
use super::Staged;
use crate::messages::{msg, QResult};
use crate::store::{Table, Tx};

/// One system value qsy knows.
#[derive(Debug)]
pub struct SysvalDef {
    /// Name (`QPWDLVL`).
    pub name: &'static str,
    /// IBM's description.
    pub description: &'static str,
    /// Shipped value (DESIGN §7.1).
    pub shipped: &'static str,
    /// Takes effect at the next IPL (QSECURITY, QPWDLVL) rather than at once.
    pub at_ipl: bool,
}

/// Every system value qsy models, all security-related.
pub static SYSVALS: &[SysvalDef] = &[
    SysvalDef {
        name: "QSECURITY",
        description: "System security level",
        shipped: "40",
        at_ipl: true,
    },
    SysvalDef {
        name: "QPWDLVL",
        description: "Password level",
        shipped: "0",
        at_ipl: true,
    },
    SysvalDef {
        name: "QPWDMINLEN",
        description: "Minimum password length",
        shipped: "6",
        at_ipl: false,
    },
    SysvalDef {
        name: "QPWDMAXLEN",
        description: "Maximum password length",
        shipped: "8",
        at_ipl: false,
    },
    SysvalDef {
        name: "QPWDEXPITV",
        description: "Password expiration interval",
        shipped: "*NOMAX",
        at_ipl: false,
    },
    SysvalDef {
        name: "QMAXSIGN",
        description: "Maximum sign-on attempts allowed",
        shipped: "3",
        at_ipl: false,
    },
    SysvalDef {
        name: "QMAXSGNACN",
        description: "Action to take for failed signon attempts",
        shipped: "3",
        at_ipl: false,
    },
    SysvalDef {
        name: "QPWDCHGBLK",
        description: "Block password change",
        shipped: "*NONE",
        at_ipl: false,
    },
    SysvalDef {
        name: "QPWDRULES",
        description: "Password rules",
        shipped: "*PWDSYSVAL",
        at_ipl: false,
    },
];

/// The definition of a system value.
pub fn def(name: &str) -> Option<&'static SysvalDef> {
    SYSVALS.iter().find(|d| d.name == name)
}

/// Reads a system value (current and pending).
pub fn get(tx: &Tx, name: &str) -> QResult<Staged> {
    if let Some(v) = tx.get::<Staged>(Table::Sysval, name)? {
        return Ok(v);
    }
    match def(name) {
        Some(d) => Ok(Staged {
            current: d.shipped.to_string(),
            pending: None,
        }),
        None => msg::cpf1028(name).fail(),
    }
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

/// The rule names QPWDRULES accepts; `n` marks a trailing digit count.
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

/// Splits a rule like `*MINLEN8` into its name and number.
pub fn split_rule(rule: &str) -> Option<(&'static str, Option<u32>)> {
    let digits = rule.bytes().rev().take_while(u8::is_ascii_digit).count();
    let (name, num) = rule.split_at(rule.len() - digits);
    let &(known, max_digits) = RULES.iter().find(|(n, _)| *n == name)?;
    match (max_digits, num.len()) {
        (0, 0) => Some((known, None)),
        (m, d) if m > 0 && d >= 1 && d <= m => Some((known, num.parse().ok())),
        _ => None,
    }
}

/// Checks a new value for a system value against its rules and returns it in canonical
/// form. `level` is the current QPWDLVL (it fixes the password length ranges).
pub fn validate(tx: &Tx, name: &str, value: &str) -> QResult<String> {
    let level = password_level(tx)?;
    let value = value.trim().to_ascii_uppercase();
    let max_len = max_password_len(level) as i64;
    let checked = match name {
        "QSECURITY" => number(
            &value,
            &[20, 30, 40, 50],
            "20, 30, 40 or 50 (10 cannot be set)",
        ),
        "QPWDLVL" => number(&value, &[0, 1, 2, 3, 4], "0, 1, 2, 3 or 4"),
        "QPWDMINLEN" | "QPWDMAXLEN" => match value.parse::<i64>() {
            Ok(n) if (1..=max_len).contains(&n) => {
                let (min, max) = if name == "QPWDMINLEN" {
                    (n, current_num(tx, "QPWDMAXLEN")?)
                } else {
                    (current_num(tx, "QPWDMINLEN")?, n)
                };
                if min > max {
                    Err(format!("QPWDMINLEN {min} would exceed QPWDMAXLEN {max}"))
                } else {
                    Ok(n.to_string())
                }
            }
            _ => Err(format!(
                "must be 1 through {max_len} at password level {level}"
            )),
        },
        "QPWDEXPITV" => number_or(&value, "*NOMAX", 1, 366),
        "QMAXSIGN" => number_or(&value, "*NOMAX", 1, 25),
        "QMAXSGNACN" => number(
            &value,
            &[1, 2, 3],
            "1 (disable device), 2 (disable profile) or 3 (both)",
        ),
        "QPWDCHGBLK" => number_or(&value, "*NONE", 1, 99),
        "QPWDRULES" => validate_rules(&value, level),
        _ => return msg::cpf1028(name).fail(),
    };
    checked.or_else(|why| msg::qsy0035(&value, name, &why).fail())
}

fn validate_rules(value: &str, level: u8) -> Result<String, String> {
    let rules: Vec<&str> = value.split_whitespace().collect();
    if rules.is_empty() {
        return Err("give *PWDSYSVAL or a list of rules".into());
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
    let num = |n: &str| {
        rules
            .iter()
            .find_map(|r| split_rule(r).filter(|(k, _)| *k == n).and_then(|(_, v)| v))
    };
    if let (Some(min), Some(max)) = (num("*MINLEN"), num("*MAXLEN")) {
        if min > max {
            return Err("*MINLEN is greater than *MAXLEN".into());
        }
    }
    Ok(rules.join(" "))
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
