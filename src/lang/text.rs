//! Free text (TEXT and every other character parameter that is not a name, a special value
//! or a secret): the one rule of which characters it may hold, so a value shown on a panel,
//! in a table or in a message can never rewrite the display around it (DESIGN §6).
//!
//! Refused: every control character — C0 (U+0000–U+001F: NUL, BEL, BS, LF, CR, ESC…), DEL
//! (U+007F) and C1 (U+0080–U+009F, including the 8-bit CSI) — and the Unicode bidirectional
//! embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which reorder how
//! the text after them is drawn (decision: IBM i's EBCDIC text has no way to hold any of
//! them). The same function checks values typed in CL or the shell form, values a script
//! builds in variables, and texts read back from a save file.

/// A character free text may not hold: where it is (counted in characters from 1) and which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ControlChar {
    /// Position of the character, counted from 1.
    pub position: usize,
    /// The character.
    pub ch: char,
}

impl std::fmt::Display for ControlChar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "it holds the control character U+{:04X} at position {}; text may not hold control characters",
            u32::from(self.ch),
            self.position
        )
    }
}

/// Whether `c` may not appear in free text.
pub fn is_refused(c: char) -> bool {
    c.is_control()
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Checks free text: the first character it may not hold, if any.
pub fn check_free_text(text: &str) -> Result<(), ControlChar> {
    match text.chars().enumerate().find(|(_, c)| is_refused(*c)) {
        Some((i, ch)) => Err(ControlChar {
            position: i + 1,
            ch,
        }),
        None => Ok(()),
    }
}

/// `text` made safe to print in a message: each refused character written as `<U+XXXX>`.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_refused(c) {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_and_ordinary_text_is_not() {
        for ok in [
            "Ann Jones, operations",
            "Jöns Ærø 日本",
            "*MINLEN8 *DGTMIN1",
            "",
            "a'b\"c",
        ] {
            assert_eq!(check_free_text(ok), Ok(()), "{ok:?}");
        }
        for (bad, ch, at) in [
            ("a\x1b[2J", '\x1b', 2),
            ("\x07", '\x07', 1),
            ("ab\r", '\r', 3),
            ("a\nb", '\n', 2),
            ("a\tb", '\t', 2),
            ("\x00", '\x00', 1),
            ("x\x7f", '\x7f', 2),
            ("x\u{9b}", '\u{9b}', 2),
            ("x\u{85}", '\u{85}', 2),
            ("x\u{202e}y", '\u{202e}', 2),
            ("x\u{2067}y", '\u{2067}', 2),
        ] {
            assert_eq!(
                check_free_text(bad),
                Err(ControlChar { position: at, ch }),
                "{bad:?}"
            );
            assert!(!escaped(bad).chars().any(is_refused), "{bad:?}");
        }
        assert_eq!(escaped("a\x1bb"), "a<U+001B>b");
        let why = check_free_text("a\x1b").unwrap_err().to_string();
        assert!(
            why.contains("U+001B") && why.contains("position 2"),
            "{why}"
        );
    }
}
