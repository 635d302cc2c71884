//! "Did you mean": the closest valid name to a mistyped command name, keyword or special
//! value, for the hint a front end shows after the refusal.

use super::cl::{RawCommand, RawValue};
use super::defs::{CommandDef, ParamDef, ParamKind};
use super::validate::ArgError;

/// Edits between `a` and `b` (Levenshtein, with the swap of two neighbouring characters
/// counted as one edit: `CHGUSRPFR` is one edit from `CHGUSRPRF`).
pub fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// A name as compared: upper case, without a leading `*` (so `totp` is `*TOTP` without its
/// star, the commonest slip with special values).
fn folded(s: &str) -> String {
    s.trim_start_matches('*').to_ascii_uppercase()
}

/// The candidate closest to `word`, if it is close enough to be what was meant: at most one
/// edit for every three characters (at least one edit), compared in upper case and
/// without a leading `*`. The first of equally close candidates wins; `word` itself (in any
/// case) is never suggested.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let w = folded(word);
    let mut best: Option<(usize, &'a str)> = None;
    for c in candidates {
        if c.eq_ignore_ascii_case(word) {
            continue;
        }
        let f = folded(c);
        let limit = (w.chars().count().max(f.chars().count()) / 3).max(1);
        let d = distance(&w, &f);
        if d <= limit && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// A parameter as the hint shows it: its keyword and its value as CL text (without the
/// keyword's parentheses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamHint {
    /// The keyword meant.
    pub keyword: &'static str,
    /// The value meant, as CL text (`*TOTP`, `*TOTP *REGFAC`).
    pub value: String,
}

/// A value as the inside of `KEYWORD(…)`: a list without its own parentheses.
fn inside(value: &RawValue) -> String {
    match value {
        RawValue::List(items) => items
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

/// Whether `value` (a blank-separated list as CL text) holds only special values of `p`.
fn is_special_of(p: &ParamDef, value: &str) -> bool {
    let known = |v: &str| {
        p.special()
            .iter()
            .chain(p.single())
            .chain(p.values())
            .any(|s| s.eq_ignore_ascii_case(v))
    };
    !value.is_empty() && value.split_whitespace().all(known)
}

/// What was probably meant when `raw` failed with `e` against `def`: a mistyped keyword
/// (`AUTHMETH(*TOTP)` → `AUTHMTH(*TOTP)`) or a mistyped or star-less special value
/// (`STATUS(disabled)` → `STATUS(*DISABLED)`). None when nothing is close, and never for a
/// secret's value.
pub fn param_hint(def: &CommandDef, raw: &RawCommand, e: &ArgError) -> Option<ParamHint> {
    match e {
        ArgError::UnknownKeyword(_) => {
            // The error may not name the keyword (on a command that takes a secret it is
            // "(not shown)"): find the first keyword the definition does not know.
            let given = raw
                .params
                .iter()
                .find(|p| p.keyword.as_deref().is_some_and(|k| def.param(k).is_none()))?;
            let typed = given.keyword.as_deref()?;
            let keyword = closest(typed, def.params().iter().map(|p| p.keyword()))?;
            let p = def.param(keyword)?.1;
            let value = inside(&given.value);
            let takes_secret = def.params().iter().any(|p| p.kind == ParamKind::Password);
            if p.kind == ParamKind::Password {
                return Some(ParamHint {
                    keyword,
                    value: "…".to_string(),
                });
            }
            // On a command that takes a secret the "keyword" may be a password typed without
            // its own keyword: echo the value only when it is one of the parameter's special
            // values, which no secret is taken for.
            if takes_secret && !is_special_of(p, &value) {
                return None;
            }
            Some(ParamHint { keyword, value })
        }
        ArgError::NotOneOf { value, keyword, .. } => {
            let p = def.param(keyword)?.1;
            if p.kind == ParamKind::Password {
                return None;
            }
            let candidates = p.special().iter().chain(p.single()).chain(p.values());
            let meant = closest(value, candidates)?;
            Some(ParamHint {
                keyword: p.keyword(),
                value: meant.to_string(),
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits_and_swaps() {
        assert_eq!(distance("CHGUSRPFR", "CHGUSRPRF"), 1);
        assert_eq!(distance("AUTHMETH", "AUTHMTH"), 1);
        assert_eq!(distance("", "ABC"), 3);
        assert_eq!(distance("SAME", "SAME"), 0);
    }

    #[test]
    fn closest_finds_what_was_meant_and_nothing_far() {
        let specials = ["*SAME", "*NONE", "*TOTP", "*REGFAC"];
        assert_eq!(closest("totp", specials), Some("*TOTP"));
        assert_eq!(closest("*TOPT", specials), Some("*TOTP"));
        assert_eq!(
            closest("disabled", ["*SAME", "*ENABLED", "*DISABLED"]),
            Some("*DISABLED")
        );
        assert_eq!(
            closest("*TOTP", specials),
            None,
            "the word itself is no hint"
        );
        assert_eq!(closest("XYZZY", specials), None);
        assert_eq!(
            closest("chgusrpfr", ["CHGUSRPRF", "CRTUSRPRF"]),
            Some("CHGUSRPRF")
        );
    }

    #[test]
    fn param_hints_name_the_keyword_and_value_meant() {
        let def = super::super::defs::find("CHGUSRPRF").unwrap();
        let raw = super::super::cl::parse_command("CHGUSRPRF JSMITH AUTHMETH(*TOTP)").unwrap();
        let e = ArgError::UnknownKeyword("AUTHMETH".into());
        assert_eq!(
            param_hint(def, &raw, &e),
            Some(ParamHint {
                keyword: "AUTHMTH",
                value: "*TOTP".into()
            })
        );
        let e = ArgError::NotOneOf {
            value: "disabled".into(),
            keyword: "STATUS",
            choices: String::new(),
        };
        assert_eq!(param_hint(def, &raw, &e).unwrap().value, "*DISABLED");
    }
}
