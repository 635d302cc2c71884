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
}
