//! CL names: the one definition of which characters a name may hold, used by the parser,
//! the validator and the script source reader alike.

/// Whether `c` may start a CL name: a letter or one of `$ # @`.
pub fn is_name_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || matches!(c, b'$' | b'#' | b'@')
}

/// Whether `c` may follow the first character of a CL name (letters, digits, `$ # @ _`).
pub fn is_name_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'$' | b'#' | b'@' | b'_')
}

/// Whether `s` is a valid IBM i object name of at most `max` characters, as the validator
/// stores it: upper case, first A–Z `$ # @`, then also 0–9, `_` and `.`.
pub fn is_object_name(s: &str, max: usize) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= max
        && is_name_start(b[0])
        && !b[0].is_ascii_lowercase()
        && b[1..]
            .iter()
            .all(|&c| (is_name_char(c) || c == b'.') && !c.is_ascii_lowercase())
}

/// Whether `s` is IBM's quoted form of a name (`"my lib"`) fitting `max` characters with
/// its quotation marks: IBM ("Names (*NAME)") allows any character between them except a
/// blank, `*`, `?`, `'`, `"` and control characters, at most 8 for a 10-character name.
pub fn is_quoted_name(s: &str, max: usize) -> bool {
    let Some(inner) = s.strip_prefix('"').and_then(|r| r.strip_suffix('"')) else {
        return false;
    };
    let n = inner.chars().count();
    n >= 1
        && n + 2 <= max
        && inner
            .chars()
            .all(|c| !c.is_control() && !c.is_whitespace() && !matches!(c, '*' | '?' | '\'' | '"'))
}

/// A name as the system keeps it: upper case, except a quoted name, kept as written.
pub fn stored_name(s: &str) -> String {
    if s.len() >= 2 && s.starts_with('"') && s.ends_with('"') {
        s.to_string()
    } else {
        s.to_ascii_uppercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn object_names_follow_ibm_rules() {
        assert!(is_object_name("QSECOFR", 10));
        assert!(is_object_name("$A#B@C_1.X", 10));
        assert!(!is_object_name("1ABC", 10));
        assert!(!is_object_name("abc", 10));
        assert!(!is_object_name("ABCDEFGHIJK", 10));
        assert!(!is_object_name("", 10));
        assert!(!is_object_name("_ABC", 10));
    }

    #[test]
    fn quoted_names_follow_ibm_rules() {
        assert!(!is_quoted_name("\"my lib\"", 10), "a blank is not allowed");
        assert!(is_quoted_name("\"myLib.1\"", 10));
        assert!(is_quoted_name("\"a\"", 10));
        assert!(!is_quoted_name("\"\"", 10));
        assert!(!is_quoted_name("\"abcdefghi\"", 10), "9 characters");
        assert!(!is_quoted_name("\"a*b\"", 10));
        assert!(!is_quoted_name("\"a?b\"", 10));
        assert!(!is_quoted_name("\"a'b\"", 10));
        assert!(!is_quoted_name("ABC", 10));
        assert_eq!(stored_name("\"SavF\""), "\"SavF\"");
        assert_eq!(stored_name("savf"), "SAVF");
    }
}
