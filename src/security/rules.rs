//! Password composition rules (QPWDRULES, QPWDMINLEN, QPWDMAXLEN) and setting a profile's
//! password, shared by CRTUSRPRF, CHGUSRPRF, CHGPWD and DST (DESIGN §7.2, §7.3).

use crate::messages::{msg, Failure, QResult};
use crate::security::password;
use crate::security::profile::{self, Profile};
use crate::store::Tx;
use crate::system::sysval;

/// Checks a normalized password against the password rules in force.
pub fn check(tx: &Tx, password: &str, profile_name: &str, previous: Option<&str>) -> QResult<()> {
    let rules = sysval::current(tx, "QPWDRULES")?;
    let level = sysval::password_level(tx)?;
    let len = password.chars().count() as u32;
    let broken = |why: String| -> QResult<()> { msg::qsy0090(&why).fail() };
    if rules == "*PWDSYSVAL" {
        let min = sysval::current_num(tx, "QPWDMINLEN")? as u32;
        let max = sysval::current_num(tx, "QPWDMAXLEN")? as u32;
        if len < min {
            return broken(format!(
                "it must be at least {min} characters long (QPWDMINLEN)"
            ));
        }
        if len > max {
            return broken(format!(
                "it must be at most {max} characters long (QPWDMAXLEN)"
            ));
        }
        return Ok(());
    }
    let count = |f: fn(&char) -> bool| password.chars().filter(f).count() as u32;
    let digits = count(char::is_ascii_digit);
    let letters = count(|c| c.is_alphabetic());
    let upper = count(|c| c.is_uppercase());
    let lower = count(|c| c.is_lowercase());
    let special = count(|c| !c.is_alphanumeric());
    let chars: Vec<char> = password.chars().collect();
    let adjacent = |f: fn(&char) -> bool| chars.windows(2).any(|w| f(&w[0]) && f(&w[1]));
    for rule in rules.split_whitespace() {
        let Some((name, n)) = sysval::split_rule(rule) else {
            continue;
        };
        let n = n.unwrap_or(0);
        let violated = match name {
            "*MINLEN" => (len < n).then(|| format!("it must be at least {n} characters long")),
            "*MAXLEN" => (len > n).then(|| format!("it must be at most {n} characters long")),
            "*DGTMIN" => (digits < n).then(|| format!("it must contain at least {n} digit(s)")),
            "*DGTMAX" => (digits > n).then(|| format!("it may contain at most {n} digit(s)")),
            "*LTRMIN" => (letters < n).then(|| format!("it must contain at least {n} letter(s)")),
            "*LTRMAX" => (letters > n).then(|| format!("it may contain at most {n} letter(s)")),
            "*MIXCASE" if level >= 2 => (upper < n || lower < n).then(|| {
                format!("it must contain at least {n} upper-case and {n} lower-case letter(s)")
            }),
            "*SPCCHRMIN" => {
                (special < n).then(|| format!("it must contain at least {n} special character(s)"))
            }
            "*SPCCHRMAX" => {
                (special > n).then(|| format!("it may contain at most {n} special character(s)"))
            }
            "*DGTLMTFST" => chars
                .first()
                .is_some_and(char::is_ascii_digit)
                .then(|| "the first character must not be a digit".into()),
            "*DGTLMTLST" => chars
                .last()
                .is_some_and(char::is_ascii_digit)
                .then(|| "the last character must not be a digit".into()),
            "*SPCCHRLMTFST" => chars
                .first()
                .is_some_and(|c| !c.is_alphanumeric())
                .then(|| "the first character must not be a special character".into()),
            "*SPCCHRLMTLST" => chars
                .last()
                .is_some_and(|c| !c.is_alphanumeric())
                .then(|| "the last character must not be a special character".into()),
            "*CHRLMTAJC" => chars
                .windows(2)
                .any(|w| w[0] == w[1])
                .then(|| "the same character must not appear twice in a row".into()),
            "*DGTLMTAJC" => {
                adjacent(char::is_ascii_digit).then(|| "two digits must not be adjacent".into())
            }
            "*LTRLMTAJC" => {
                adjacent(|c| c.is_alphabetic()).then(|| "two letters must not be adjacent".into())
            }
            "*SPCCHRLMTAJC" => adjacent(|c| !c.is_alphanumeric())
                .then(|| "two special characters must not be adjacent".into()),
            "*CHRLMTREP" => {
                let mut seen = std::collections::HashSet::new();
                chars
                    .iter()
                    .any(|c| !seen.insert(c.to_ascii_uppercase()))
                    .then(|| "a character must not be used more than once".into())
            }
            "*LMTPRFNAME" => password
                .to_uppercase()
                .contains(profile_name)
                .then(|| "it must not contain the user profile name".into()),
            "*LMTSAMPOS" => previous
                .filter(|p| p.chars().zip(password.chars()).any(|(a, b)| a == b))
                .map(|_| {
                    "no character may be in the same position as in the previous password".into()
                }),
            "*REQANY3" => {
                let kinds = [upper > 0, lower > 0, digits > 0, special > 0]
                    .iter()
                    .filter(|b| **b)
                    .count();
                (kinds < 3).then(|| "it must contain characters of at least three of: upper case, lower case, digits, special characters".into())
            }
            _ => None,
        };
        if let Some(why) = violated {
            return broken(why);
        }
    }
    Ok(())
}

/// Whether QPWDRULES includes *ALLCRTCHG (rules apply to CRTUSRPRF/CHGUSRPRF too).
pub fn applies_to_admin_changes(tx: &Tx) -> QResult<bool> {
    Ok(sysval::current(tx, "QPWDRULES")?
        .split_whitespace()
        .any(|r| r == "*ALLCRTCHG"))
}

/// Checks a typed password's syntax for the current level; returns it as the system keeps it.
pub fn normalize(tx: &Tx, typed: &str) -> QResult<String> {
    let level = sysval::password_level(tx)?;
    password::normalize(typed, level).map_err(|e| Failure::from(msg::qsy0091(level, &e)))
}

/// Sets `profile`'s password to `typed` at the current password level, building the hashes
/// that level keeps (DESIGN §7.3). `rules` applies the composition rules.
pub fn set_password(
    tx: &Tx,
    p: &mut Profile,
    typed: &str,
    now: i64,
    rules: bool,
    previous: Option<&str>,
) -> QResult<()> {
    let normalized = normalize(tx, typed)?;
    if rules {
        check(tx, &normalized, &p.name, previous)?;
    }
    let level = sysval::password_level(tx)?;
    p.passwords = password::set_password(&normalized, level, &profile::kdf(tx)?);
    p.password_changed = Some(now);
    p.password_lost_at = None;
    Ok(())
}
