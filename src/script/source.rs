//! CL source (a whole script file) split into statements, the way the CL compiler reads
//! source members: comments removed, continuation lines joined, one command per statement.
//!
//! Each statement's text is then parsed on its own by `parse_command`; keeping the two steps
//! apart lets `qsy run --check` report a statement's line even when its syntax is broken.

use crate::lang::cl::{comment_starts_at, Syntax};
use crate::messages::{msg, Msg};

/// A statement longer than this is refused, as the IBM i CL compiler refuses it.
pub const MAX_STATEMENT_CHARS: usize = 32_702;

/// One statement of CL source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The 1-based line where the statement starts (its label, when the label stands alone
    /// on the line before the command).
    pub line: usize,
    /// The statement with comments removed and continuation lines joined.
    pub text: String,
}

/// Why CL source cannot be split into statements.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SourceError {
    /// A quote or comment not ended, or a statement too long.
    pub kind: Syntax,
    /// The 1-based line the problem is reported on.
    pub line: usize,
    /// The message text, naming the line.
    pub message: String,
}

impl From<SourceError> for Msg {
    fn from(e: SourceError) -> Msg {
        crate::messages::syntax(e.kind, e.message)
    }
}

/// Something in the source that runs, but not quite as written or not as on IBM i: shown by
/// `qsy run --check` with its line (an error with `--strict`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The 1-based line it is about.
    pub line: usize,
    /// The message (a QSY informational ID).
    pub msg: Msg,
}

/// CL source split into statements, with the notes found on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Split {
    /// The statements, in order.
    pub statements: Vec<Statement>,
    /// Notes: prompting characters, comments that hold commands.
    pub notes: Vec<Note>,
}

/// Turns the bytes of a source file into text the way shops store CL: UTF-8 with or without
/// a byte-order mark, otherwise Windows-1252 (a superset of Latin-1 for printable text);
/// CRLF and lone CR line ends become LF; sequence numbers and dates in columns 1–12 (a
/// member copied with them: every non-blank line starts with 12 digits) are removed.
pub fn decode(bytes: &[u8]) -> (String, Vec<Note>) {
    let mut notes = Vec::new();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => {
            notes.push(Note {
                line: 1,
                msg: msg::qsy0270(),
            });
            bytes.iter().map(|&b| windows_1252(b)).collect()
        }
    };
    // CRLF becomes LF; CR alone ends lines only in a file without any LF (old Mac line
    // ends): elsewhere a stray CR is data, which a command may refuse (QSY0003).
    let text = if !text.contains('\r') {
        text
    } else if text.contains('\n') {
        text.replace("\r\n", "\n")
    } else {
        text.replace('\r', "\n")
    };
    match strip_sequence_numbers(&text) {
        Some(stripped) => {
            notes.push(Note {
                line: 1,
                msg: msg::qsy0271(),
            });
            (stripped, notes)
        }
        None => (text, notes),
    }
}

/// One Windows-1252 byte as a character (0x80–0x9F hold the typographic characters; the five
/// bytes Windows-1252 leaves undefined keep their C1 control code points, as WHATWG does).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}',
        '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}',
        '\u{178}',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// Columns 1–12 removed from every line when every non-blank line starts with 12 digits
/// (SEU's sequence number and change date); None when the source does not look like that.
fn strip_sequence_numbers(text: &str) -> Option<String> {
    let numbered = |l: &str| l.len() >= 12 && l.as_bytes()[..12].iter().all(u8::is_ascii_digit);
    let mut any = false;
    for l in text.split('\n') {
        if l.trim().is_empty() {
            continue;
        }
        if !numbered(l) {
            return None;
        }
        any = true;
    }
    if !any {
        return None;
    }
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| if numbered(l) { &l[12..] } else { l })
        .collect();
    Some(lines.join("\n"))
}

/// Splits CL source into statements (see [`split_source`]), without the notes.
///
/// # Errors
/// As [`split_source`].
pub fn split_statements(src: &str) -> Result<Vec<Statement>, SourceError> {
    split_source(src).map(|s| s.statements)
}

/// Splits CL source into statements.
///
/// A line whose last non-blank character outside comments is `+` continues on the next line
/// with that line's leading blanks dropped; `-` continues with them kept; both work inside
/// quoted strings. `/* … */` comments count as a blank and are not seen inside quoted
/// strings; a comment not closed on its line ends with the line, unless the line (inside the
/// comment) ends with `+` or `-`: then the comment goes on over the next line, as the CL
/// compiler reads shops' header blocks of unclosed `/*` lines and comments continued with `+`.
/// A command on such a continued comment line is noted (it is not run). A label alone on
/// its line joins the statement that follows; a label alone at the end of the source labels
/// the end of the program. Prompting characters (`?CMD`, `??KW()`, `?*KW()` …) are removed
/// and noted: a batch job cannot show a prompt.
///
/// # Errors
/// QSY0102 for a string still open when its statement ends, QSY0106 for a statement longer
/// than [`MAX_STATEMENT_CHARS`], QSY0107 for a comment still open at the end of the source.
pub fn split_source(src: &str) -> Result<Split, SourceError> {
    let mut s = Splitter::default();
    let mut notes = Vec::new();
    let mut in_quote = false;
    let mut quote_line = 0;
    let mut in_comment = false;
    let mut comment_line = 0;
    let mut drop_leading = false;
    let body = src.strip_suffix('\n').unwrap_or(src);
    for (index, raw) in body.split('\n').enumerate() {
        let line_no = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw).as_bytes();
        let mut i = 0;
        let continued_comment = in_comment;
        let mut comment_text_end = None;
        if drop_leading {
            while i < line.len() && is_blank(line[i]) {
                i += 1;
            }
            drop_leading = false;
        }
        while i < line.len() {
            let c = line[i];
            if in_comment {
                if c == b'*' && line.get(i + 1) == Some(&b'/') {
                    comment_text_end.get_or_insert(i);
                    in_comment = false;
                    s.blank();
                    i += 2;
                } else {
                    i += 1;
                }
                continue;
            }
            if in_quote {
                // Inside a string everything is data, tabs and `/*` included: up to the
                // next apostrophe, taken at once.
                let run = line[i..]
                    .iter()
                    .position(|&b| b == b'\'')
                    .unwrap_or(line.len() - i);
                if run > 0 {
                    s.push_run(&line[i..i + run], line_no)?;
                    i += run;
                    continue;
                }
                in_quote = false;
                s.push(c, line_no)?;
            } else if is_plain(c) {
                // A run of bytes with no meaning of their own, taken at once.
                let run = line[i..]
                    .iter()
                    .position(|&b| !is_plain(b))
                    .unwrap_or(line.len() - i);
                s.push_run(&line[i..i + run], line_no)?;
                i += run;
                continue;
            } else if c == b'\'' {
                in_quote = true;
                quote_line = line_no;
                s.push(c, line_no)?;
            } else if comment_starts_at(line, i) {
                in_comment = true;
                comment_line = line_no;
                i += 2;
                continue;
            } else if is_blank(c) {
                s.blank();
            } else {
                s.push(c, line_no)?;
            }
            i += 1;
        }
        if continued_comment {
            let end = comment_text_end.unwrap_or(line.len());
            let text = String::from_utf8_lossy(&line[..end]);
            if let Some(cmd) = looks_like_command(&text) {
                notes.push(Note {
                    line: line_no,
                    msg: msg::qsy0273(comment_line, cmd),
                });
            }
        }
        if in_comment {
            // A comment not closed on its line ends there, unless the line ends with a
            // continuation character: then it goes on, and so does the statement.
            match line.iter().rposition(|&c| !is_blank(c)).map(|at| line[at]) {
                Some(b'+' | b'-') => continue,
                _ => {
                    in_comment = false;
                    s.blank();
                }
            }
        }
        match s.last_non_blank() {
            Some((at, b'+')) => {
                s.cut(at);
                drop_leading = true;
            }
            Some((at, b'-')) => s.cut(at),
            _ if in_quote => return Err(unclosed_quote(quote_line)),
            _ => s.finish()?,
        }
    }
    if in_comment {
        return Err(SourceError {
            kind: Syntax::Comment,
            line: comment_line,
            message: format!("Comment starting on line {comment_line} has no closing */."),
        });
    }
    if in_quote {
        return Err(unclosed_quote(quote_line));
    }
    s.finish()?;
    if let Some((line, label)) = s.label.take() {
        // A label with nothing after it labels the end of the program.
        s.push_labelled(line, format!("{label} ENDPGM"));
    }
    for st in &mut s.out {
        if let Some((text, prompts)) = strip_prompting(&st.text) {
            let name = crate::lang::cl::parse_command(&text)
                .map(|c| c.name)
                .unwrap_or_default();
            notes.push(Note {
                line: st.line,
                msg: msg::qsy0272(name, prompts),
            });
            st.text = text;
        }
    }
    notes.sort_by_key(|n| n.line);
    Ok(Split {
        statements: s.out,
        notes,
    })
}

/// The command a comment line holds, when it reads like one: `CHGUSRPRF USRPRF(X)`, or a
/// command qsy knows on its own.
fn looks_like_command(text: &str) -> Option<String> {
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '+' || c == '-');
    let mut words = text.split_whitespace();
    let first = words.next()?;
    let name = first.rsplit('/').next().unwrap_or(first);
    let b = name.as_bytes();
    if b.is_empty()
        || b.len() > 10
        || !crate::lang::names::is_name_start(b[0])
        || !b.iter().all(|&c| crate::lang::names::is_name_char(c))
    {
        return None;
    }
    let keyword_follows = words.next().is_some_and(|w| {
        w.split_once('(').is_some_and(|(k, _)| {
            !k.is_empty() && k.len() <= 10 && k.bytes().all(crate::lang::names::is_name_char)
        })
    });
    let known = crate::lang::defs::find(&name.to_ascii_uppercase()).is_some();
    (keyword_follows || known).then(|| name.to_ascii_uppercase())
}

/// Selective prompting characters a statement holds (`?` before the command name or label,
/// `??`, `?*`, `?<`, `?/`, `?-`, `?&` or `?%` before a keyword), removed: the text without
/// them and the characters found. Quoted strings are left alone.
fn strip_prompting(text: &str) -> Option<(String, String)> {
    // Every prompting character starts with `?`: most statements have none.
    if !text.contains('?') {
        return None;
    }
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut found: Vec<&str> = Vec::new();
    let mut in_quote = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if in_quote {
            in_quote = c != b'\'';
        } else if c == b'\'' {
            in_quote = true;
        } else if c == b'?' && (i == 0 || is_blank(b[i - 1])) {
            let next = b.get(i + 1).copied();
            let after = b.get(i + 2).copied();
            let starts_name = |x: Option<u8>| x.is_some_and(crate::lang::names::is_name_start);
            if matches!(next, Some(b'?' | b'*' | b'<' | b'/' | b'-' | b'&' | b'%'))
                && starts_name(after)
            {
                found.push(&text[i..i + 2]);
                i += 2;
                continue;
            }
            if starts_name(next) {
                found.push("?");
                i += 1;
                continue;
            }
            // `?` standing alone before the command name (`?   RUNSQL ??SQL(…)`, as the
            // prompter leaves it): only labels may come before it.
            let before_is_labels = text[..i]
                .split_ascii_whitespace()
                .all(|w| w.len() > 1 && w.ends_with(':'));
            let rest = &b[i + 1..];
            let name_at = rest.iter().position(|&x| !is_blank(x));
            if next.is_some_and(is_blank)
                && before_is_labels
                && name_at.is_some_and(|at| crate::lang::names::is_name_start(rest[at]))
            {
                found.push("?");
                i += 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    if found.is_empty() {
        return None;
    }
    found.dedup();
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Some((text, found.join(" ")))
}

fn unclosed_quote(line: usize) -> SourceError {
    SourceError {
        kind: Syntax::Quote,
        line,
        message: format!(
            "Closing apostrophe missing for the quoted string starting on line {line}."
        ),
    }
}

/// Blanks in source: tabs count, and a stray carriage return is treated like one.
fn is_blank(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r')
}

/// `LOOP:` alone (or `A: B:`): held back to join the command that follows.
fn is_labels_only(text: &str) -> bool {
    let mut words = text.split_ascii_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| match w.strip_suffix(':') {
            Some(name) => !name.is_empty() && name.bytes().all(crate::lang::names::is_name_char),
            None => false,
        })
}

/// A byte the splitter copies as it is outside strings and comments: not an apostrophe, not
/// a slash (a comment may start there), not a blank, and ASCII.
fn is_plain(c: u8) -> bool {
    c.is_ascii() && c != b'\'' && c != b'/' && !is_blank(c)
}

/// The statement being built and the finished ones.
#[derive(Default)]
struct Splitter {
    out: Vec<Statement>,
    /// Bytes of the current statement; only ASCII is ever removed or replaced, so it stays
    /// valid UTF-8.
    cur: Vec<u8>,
    /// Characters (not bytes) in `cur`, for the length limit.
    chars: usize,
    /// Line of the first character of `cur`.
    line: usize,
    /// A label that stood alone, waiting for its command.
    label: Option<(usize, String)>,
}

impl Splitter {
    /// Pushes several bytes, as [`Splitter::push`] each would.
    fn push_run(&mut self, bytes: &[u8], line_no: usize) -> Result<(), SourceError> {
        if self.cur.is_empty() {
            self.line = line_no;
        }
        self.cur.extend_from_slice(bytes);
        self.chars += bytes.iter().filter(|&&c| (c & 0xC0) != 0x80).count();
        if self.chars > MAX_STATEMENT_CHARS {
            return Err(self.too_long(self.line));
        }
        Ok(())
    }

    fn push(&mut self, c: u8, line_no: usize) -> Result<(), SourceError> {
        if self.cur.is_empty() {
            self.line = line_no;
        }
        self.cur.push(c);
        if (c & 0xC0) != 0x80 {
            self.chars += 1;
            if self.chars > MAX_STATEMENT_CHARS {
                return Err(self.too_long(self.line));
            }
        }
        Ok(())
    }

    /// Blanks and comments outside strings become one space; none before the statement.
    fn blank(&mut self) {
        if !self.cur.is_empty() {
            self.cur.push(b' ');
            self.chars += 1;
        }
    }

    fn last_non_blank(&self) -> Option<(usize, u8)> {
        self.cur
            .iter()
            .rposition(|&c| !is_blank(c))
            .map(|at| (at, self.cur[at]))
    }

    /// Drops the continuation character and whatever blanks followed it (all ASCII).
    fn cut(&mut self, at: usize) {
        self.chars -= self.cur.len() - at;
        self.cur.truncate(at);
    }

    fn too_long(&self, line: usize) -> SourceError {
        SourceError {
            kind: Syntax::TooLong,
            line,
            message: format!(
                "Statement starting on line {line} is longer than {MAX_STATEMENT_CHARS} characters."
            ),
        }
    }

    /// Ends the current statement: kept unless empty, held back if it is a lone label.
    fn finish(&mut self) -> Result<(), SourceError> {
        if let Some((at, _)) = self.last_non_blank() {
            self.cut(at + 1);
        }
        if self.cur.is_empty() {
            return Ok(());
        }
        // Copied out at its size; the buffer keeps its room for the next statement.
        let text = String::from_utf8_lossy(&self.cur).into_owned();
        self.cur.clear();
        self.chars = 0;
        let (line, text) = match self.label.take() {
            Some((line, label)) => {
                let text = format!("{label} {text}");
                // The statement itself was checked as it grew; only the label can tip it over.
                if text.chars().count() > MAX_STATEMENT_CHARS {
                    return Err(self.too_long(line));
                }
                (line, text)
            }
            None => (self.line, text),
        };
        if is_labels_only(&text) {
            self.label = Some((line, text));
            return Ok(());
        }
        self.push_labelled(line, text);
        Ok(())
    }

    /// Pushes a statement; several labels before it (`A: B: CMD`, labels on consecutive
    /// lines) become `A: GOTO B` and `B: CMD`, so each label names the same place.
    fn push_labelled(&mut self, line: usize, text: String) {
        let mut rest = text.as_str();
        let mut labels = Vec::new();
        loop {
            let word = rest.split_ascii_whitespace().next().unwrap_or_default();
            match word.strip_suffix(':') {
                Some(name)
                    if !name.is_empty() && name.bytes().all(crate::lang::names::is_name_char) =>
                {
                    labels.push(name.to_string());
                    rest = rest.trim_start()[word.len()..].trim_start();
                }
                _ => break,
            }
        }
        if labels.len() < 2 {
            self.out.push(Statement { line, text });
            return;
        }
        for pair in labels.windows(2) {
            self.out.push(Statement {
                line,
                text: format!("{}: GOTO {}", pair[0], pair[1]),
            });
        }
        let last = &labels[labels.len() - 1];
        self.out.push(Statement {
            line,
            text: format!("{last}: {rest}"),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::cl::parse_command;

    fn split(src: &str) -> Vec<(usize, String)> {
        match split_statements(src) {
            Ok(v) => v.into_iter().map(|s| (s.line, s.text)).collect(),
            Err(e) => panic!("{src:?}: {e}"),
        }
    }
    fn st(line: usize, text: &str) -> (usize, String) {
        (line, text.to_string())
    }
    fn fail(src: &str) -> SourceError {
        match split_statements(src) {
            Ok(v) => panic!("{src:?} split as {v:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn one_statement_per_line() {
        assert_eq!(
            split("PGM\nDSPSECA\nENDPGM\n"),
            vec![st(1, "PGM"), st(2, "DSPSECA"), st(3, "ENDPGM")]
        );
        assert_eq!(split(""), vec![]);
        assert_eq!(split("\n\n   \n\t\n"), vec![]);
        assert_eq!(split("  DSPSECA  "), vec![st(1, "DSPSECA")]);
    }

    #[test]
    fn crlf_and_tabs() {
        assert_eq!(
            split("PGM\r\n\tDCL\tVAR(&A)\tTYPE(*CHAR)\r\nSNDPGMMSG MSG('a\tb')\r\n"),
            vec![
                st(1, "PGM"),
                st(2, "DCL VAR(&A) TYPE(*CHAR)"),
                st(3, "SNDPGMMSG MSG('a\tb')")
            ]
        );
        // A tab before the continuation's trailing blanks still leaves `+` last.
        assert_eq!(
            split("CHGVAR &A +\t\r\n\t\t'x'\r\n"),
            vec![st(1, "CHGVAR &A 'x'")]
        );
    }

    #[test]
    fn plus_drops_leading_blanks_minus_keeps_them() {
        assert_eq!(
            split("CHGUSRPRF USRPRF(JSMITH) +\n          AUTHMTH(*TOTP)\n"),
            vec![st(1, "CHGUSRPRF USRPRF(JSMITH) AUTHMTH(*TOTP)")]
        );
        assert_eq!(
            split("CHGVAR &A -\n   'x'\n"),
            vec![st(1, "CHGVAR &A    'x'")]
        );
        // Mid-word, mid-string, several lines deep.
        assert_eq!(
            split(
                "CHGUSR+\n   PRF USRPRF(JSM+\n     ITH) TEXT('Security +\n          officer +\n   of the -\n  day')\nDSPSECA"
            ),
            vec![
                st(
                    1,
                    "CHGUSRPRF USRPRF(JSMITH) TEXT('Security officer of the   day')"
                ),
                st(7, "DSPSECA")
            ]
        );
        // Blanks after the `+` are not part of the statement.
        assert_eq!(
            split("SNDPGMMSG MSG('a +    \n  b')"),
            vec![st(1, "SNDPGMMSG MSG('a b')")]
        );
        // A continuation at end of file just ends the statement.
        assert_eq!(split("DSPSECA +"), vec![st(1, "DSPSECA")]);
        assert_eq!(split("DSPSECA +\n"), vec![st(1, "DSPSECA")]);
        // `+` or `-` that is not last is an ordinary character.
        assert_eq!(
            split("CHGVAR &N (&N + 1)\nCHGVAR &N (&N - 1)"),
            vec![st(1, "CHGVAR &N (&N + 1)"), st(2, "CHGVAR &N (&N - 1)")]
        );
    }

    #[test]
    fn continuation_lines_start_the_statement_where_its_first_text_is() {
        assert_eq!(split("\n  +\n  DSPSECA"), vec![st(3, "DSPSECA")]);
        assert_eq!(split("/* c */ +\nDSPSECA"), vec![st(2, "DSPSECA")]);
    }

    #[test]
    fn comments() {
        assert_eq!(
            split(
                "/* Rollout */\nPGM /* start */\n  /* comment only */\nDSPSECA/* tight */\nENDPGM"
            ),
            vec![st(2, "PGM"), st(4, "DSPSECA"), st(5, "ENDPGM")]
        );
        // Spanning lines only when the comment line ends with a continuation character.
        assert_eq!(
            split("CHGSECA /* turn on +\n   the additional factor */ ADLSGNF(*TOTP)\nDSPSECA"),
            vec![st(1, "CHGSECA   ADLSGNF(*TOTP)"), st(3, "DSPSECA")]
        );
        // A comment not closed on its line ends there: shops' header blocks of `/*` lines
        // never closed, and a command on the next line runs.
        assert_eq!(
            split("/*****************\n/* Program: X\n/*****************\nPGM\n/* show it\nDSPSECA\nENDPGM"),
            vec![st(4, "PGM"), st(6, "DSPSECA"), st(7, "ENDPGM")]
        );
        assert_eq!(
            split("DSPSECA /* why\nENDPGM"),
            vec![st(1, "DSPSECA"), st(2, "ENDPGM")]
        );
        // Not inside strings, and strings are not seen inside comments.
        assert_eq!(
            split("SNDPGMMSG MSG('/* not a comment */ it''s') /* don't */"),
            vec![st(1, "SNDPGMMSG MSG('/* not a comment */ it''s')")]
        );
        // QGPL/*ALL is a generic name, not a comment.
        assert_eq!(
            split("DSPOBJD OBJ(QGPL/*ALL) OBJTYPE(*ALL)"),
            vec![st(1, "DSPOBJD OBJ(QGPL/*ALL) OBJTYPE(*ALL)")]
        );
        let e = fail("PGM\nDSPSECA /* never +\nclosed +");
        assert_eq!((e.kind, e.line), (Syntax::Comment, 2));
        assert_eq!(e.message, "Comment starting on line 2 has no closing */.");
    }

    #[test]
    fn continuation_and_comments() {
        // `+` before a comment at the end of the line continues.
        assert_eq!(
            split("CHGVAR &A + /* why */\n   'x'"),
            vec![st(1, "CHGVAR &A 'x'")]
        );
        assert_eq!(
            split("CHGVAR &A +/* why */\n   'x'"),
            vec![st(1, "CHGVAR &A 'x'")]
        );
        // `+` inside a comment does not.
        assert_eq!(
            split("DSPSECA /* more + */\nENDPGM"),
            vec![st(1, "DSPSECA"), st(2, "ENDPGM")]
        );
        assert_eq!(
            split("DSPSECA /* - */\nENDPGM"),
            vec![st(1, "DSPSECA"), st(2, "ENDPGM")]
        );
        // A comment running over lines after the `+`, continued inside itself.
        assert_eq!(
            split("CHGVAR &A + /* one -\n two */\n 'x'"),
            vec![st(1, "CHGVAR &A 'x'")]
        );
        // Not continued inside: it ends with its line; the `+` before it continues.
        assert_eq!(
            split("CHGVAR &A + /* one\n 'x'"),
            vec![st(1, "CHGVAR &A 'x'")]
        );
        // Comment lines inside a continued command.
        assert_eq!(
            split("CHGUSRPRF USRPRF(JSMITH) +\n  /* the new method */ +\n  AUTHMTH(*TOTP)"),
            vec![st(1, "CHGUSRPRF USRPRF(JSMITH)   AUTHMTH(*TOTP)")]
        );
    }

    #[test]
    fn quotes() {
        let e = fail("PGM\nSNDPGMMSG MSG('oops)\nENDPGM");
        assert_eq!((e.kind, e.line), (Syntax::Quote, 2));
        let e = fail("SNDPGMMSG MSG('a +\nb");
        assert_eq!((e.kind, e.line), (Syntax::Quote, 1));
        // A continued string ending at end of file.
        let e = fail("SNDPGMMSG MSG('a +");
        assert_eq!(e.kind, Syntax::Quote);
        assert_eq!(
            split("CHGVAR &A X'C1' /* hex */"),
            vec![st(1, "CHGVAR &A X'C1'")]
        );
    }

    #[test]
    fn labels() {
        assert_eq!(
            split("LOOP: CHGVAR &I (&I + 1)"),
            vec![st(1, "LOOP: CHGVAR &I (&I + 1)")]
        );
        assert_eq!(
            split(
                "PGM\nLOOP:\n   CHGVAR &I (&I + 1)\nERR: /* handler */\n\n/* x */\n   SNDPGMMSG 'x'"
            ),
            vec![
                st(1, "PGM"),
                st(2, "LOOP: CHGVAR &I (&I + 1)"),
                st(4, "ERR: SNDPGMMSG 'x'")
            ]
        );
        let parsed = parse_command(&split("loop:\nchgvar &i 1")[0].1).unwrap();
        assert_eq!(
            (parsed.label.as_deref(), parsed.name.as_str()),
            (Some("LOOP"), "CHGVAR")
        );
        // A label with no command after it labels the end of the program.
        assert_eq!(
            split("DSPSECA\nEND:"),
            vec![st(1, "DSPSECA"), st(2, "END: ENDPGM")]
        );
        assert_eq!(
            split("DSPSECA\nA:\nB:\n"),
            vec![st(1, "DSPSECA"), st(2, "A: GOTO B"), st(2, "B: ENDPGM")]
        );
        assert_eq!(split("A:\nENDPGM"), vec![st(1, "A: ENDPGM")]);
        // Several labels on consecutive lines all name the command that follows.
        assert_eq!(
            split("A:\nB:\nDSPSECA"),
            vec![st(1, "A: GOTO B"), st(1, "B: DSPSECA")]
        );
    }

    #[test]
    fn length_limit() {
        let ok = format!("SNDPGMMSG MSG('{}')", "a".repeat(MAX_STATEMENT_CHARS - 17));
        assert_eq!(ok.len(), MAX_STATEMENT_CHARS);
        assert_eq!(split(&ok).len(), 1);
        let long = format!("PGM\nSNDPGMMSG MSG('{}')", "a".repeat(MAX_STATEMENT_CHARS));
        let e = fail(&long);
        assert_eq!((e.kind, e.line), (Syntax::TooLong, 2));
        // Built from many continuation lines, counted after joining.
        let lines: String = (0..4_000).map(|_| "AAAAAAAAA+\n").collect();
        assert_eq!(fail(&format!("X {lines}")).kind, Syntax::TooLong);
        let lines: String = (0..3_000).map(|_| "AAAAAAAAA+\n").collect();
        assert_eq!(split(&format!("X {lines}"))[0].1.len(), 2 + 27_000);
        // Characters, not bytes: é is two bytes.
        let accents = format!("SNDPGMMSG MSG('{}')", "é".repeat(MAX_STATEMENT_CHARS - 17));
        assert_eq!(split(&accents).len(), 1);
        // Only the label tips it over.
        let e = fail(&format!("LOOP:\n{ok}"));
        assert_eq!((e.kind, e.line), (Syntax::TooLong, 1));
    }

    #[test]
    fn a_real_shop_script() {
        let src = "\
/*-------------------------------------------------------------*/
/* mfa rollout, phase 1                                        */
/*-------------------------------------------------------------*/
             pgm
             dcl        var(&msgid) type(*char) len(7)
             dcl        &count *dec (5 0)
             dcl &user  *char 10 value('JSMITH')

             monmsg     msgid(cpf0000 cpf2204) exec(goto cmdlbl(err))

             if         cond(%sst(&user 1 1) *eq 'J' *and +
                             &count *lt 10) then(do)
                chgusrprf  usrprf(&user) authmth(*totp *regfac) +
                             text('Rolled out by ' *cat -
   'the security team')
             enddo
             else       cmd(chgvar &count (&count + 1))
             sbmjob     cmd(chgtotpkey totpkey(*gen)) user(&user)
 err:        sndpgmmsg  msg('Failed: ' *bcat &msgid) /* tell ops */
             endpgm
";
        let got = split(src);
        let lines: Vec<usize> = got.iter().map(|s| s.0).collect();
        assert_eq!(lines, vec![4, 5, 6, 7, 9, 11, 13, 16, 17, 18, 19, 20]);
        assert_eq!(
            got[5].1,
            "if         cond(%sst(&user 1 1) *eq 'J' *and &count *lt 10) then(do)"
        );
        assert_eq!(
            got[6].1,
            "chgusrprf  usrprf(&user) authmth(*totp *regfac) text('Rolled out by ' *cat    'the security team')"
        );
        for (_, text) in &got {
            parse_command(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        }
        let monmsg = parse_command(&got[4].1).unwrap();
        assert_eq!(
            monmsg.params[1].value,
            crate::lang::cl::RawValue::Command("goto cmdlbl(err)".into())
        );
    }

    fn notes(src: &str) -> Vec<(usize, &'static str)> {
        let table_id = |id: &str| {
            crate::messages::TABLE
                .iter()
                .find(|(t, _, _)| *t == id)
                .map(|(t, _, _)| *t)
                .expect("an ID of the table")
        };
        split_source(src)
            .unwrap()
            .notes
            .iter()
            .map(|n| (n.line, table_id(n.msg.id())))
            .collect()
    }

    #[test]
    fn a_comment_continued_over_a_command_is_noted() {
        let src = "PGM\nDSPSECA /* old way: +\n CHGUSRPRF USRPRF(JSMITH) AUTHMTH(*TOTP) */\nENDPGM";
        assert_eq!(
            split(src),
            vec![st(1, "PGM"), st(2, "DSPSECA"), st(4, "ENDPGM")]
        );
        assert_eq!(notes(src), vec![(3, "QSY0273")]);
        // Prose continued over lines is not a command.
        let prose = "DCL &I *DEC 3 /* index +\n   for the loop */\nDCL &J *DEC 3 /* QSH0006 - ENDED BY A +\n   SIGNAL. */";
        assert_eq!(notes(prose), vec![]);
        // A known command alone on the continued line.
        assert_eq!(notes("/* then +\n DSPSECA */"), vec![(2, "QSY0273")]);
    }

    #[test]
    fn selective_prompting_characters_are_removed_and_noted() {
        let src = "?DSPSECA\nCHGUSRPRF ??USRPRF(JSMITH) ?*AUTHMTH(*TOTP) ?-TEXT('a ?? b')\nL: ?DSPSECA\n?M: DSPSECA\nSNDPGMMSG MSG('Why?') ?<MSGTYPE(*INFO)";
        assert_eq!(
            split(src),
            vec![
                st(1, "DSPSECA"),
                st(2, "CHGUSRPRF USRPRF(JSMITH) AUTHMTH(*TOTP) TEXT('a ?? b')"),
                st(3, "L: DSPSECA"),
                st(4, "M: DSPSECA"),
                st(5, "SNDPGMMSG MSG('Why?') MSGTYPE(*INFO)"),
            ]
        );
        assert_eq!(
            notes(src),
            vec![
                (1, "QSY0272"),
                (2, "QSY0272"),
                (3, "QSY0272"),
                (4, "QSY0272"),
                (5, "QSY0272")
            ]
        );
        // A question mark that is data stays.
        assert_eq!(notes("SNDPGMMSG MSG(WHY?)"), vec![]);
        assert_eq!(
            split("SNDPGMMSG MSG(WHY?)"),
            vec![st(1, "SNDPGMMSG MSG(WHY?)")]
        );
    }

    #[test]
    fn source_as_shops_store_it() {
        // UTF-8 with a byte-order mark.
        let (t, n) = decode(b"\xEF\xBB\xBFPGM\nENDPGM\n");
        assert_eq!((t.as_str(), n.len()), ("PGM\nENDPGM\n", 0));
        // Windows-1252 / Latin-1: decoded, noted.
        let (t, n) = decode(b"SNDPGMMSG MSG('\xe9t\xe9 \x80')\n");
        assert_eq!(t, "SNDPGMMSG MSG('été €')\n");
        assert_eq!(
            n.iter().map(|n| n.msg.id()).collect::<Vec<_>>(),
            vec!["QSY0270"]
        );
        // CR alone and CRLF.
        let (t, _) = decode(b"PGM\rDSPSECA\rENDPGM");
        assert_eq!(t, "PGM\nDSPSECA\nENDPGM");
        let (t, _) = decode(b"PGM\r\nSNDPGMMSG MSG('a\rb')\r\nENDPGM");
        assert_eq!(t, "PGM\nSNDPGMMSG MSG('a\rb')\nENDPGM");
        // Sequence numbers and dates in columns 1-12, on every non-blank line.
        let (t, n) = decode(b"000100260101PGM\n\n000200260101  DSPSECA\n000300000000ENDPGM");
        assert_eq!(t, "PGM\n\n  DSPSECA\nENDPGM");
        assert_eq!(
            n.iter().map(|n| n.msg.id()).collect::<Vec<_>>(),
            vec!["QSY0271"]
        );
        // Not on every line: left alone (a number that starts a line is data).
        let (t, n) = decode(b"000100260101PGM\nDSPSECA");
        assert_eq!((t.as_str(), n.len()), ("000100260101PGM\nDSPSECA", 0));
    }

    #[test]
    fn never_panics_on_garbled_source() {
        use crate::lang::cl::tests::{garble, Rng};
        let mut rng = Rng(0x0123_4567_89AB_CDEF);
        let mut statements = 0;
        for _ in 0..30_000 {
            let mut src = String::new();
            for _ in 0..rng.below(6) {
                src.push_str(&garble(&mut rng));
                src.push('\n');
            }
            if let Ok(v) = split_statements(&src) {
                for s in v {
                    statements += 1;
                    let _ = parse_command(&s.text);
                }
            }
        }
        assert!(statements > 1_000, "{statements}");
    }

    #[test]
    fn ten_thousand_statements_quickly() {
        let mut src = String::from("PGM\n");
        for i in 0..10_000 {
            src.push_str(&format!(
                "  CHGUSRPRF USRPRF(U{i:05}) /* user {i} */ +\n     AUTHMTH(*TOTP *REGFAC) TEXT('User +\n     number {i}')\n"
            ));
        }
        src.push_str("ENDPGM\n");
        let started = std::time::Instant::now();
        let got = split_statements(&src).unwrap();
        assert_eq!(got.len(), 10_002);
        for s in &got {
            parse_command(&s.text).unwrap();
        }
        assert_eq!(got[10].line, 2 + 9 * 3);
        // Generous even for a debug build; a quadratic split would take far longer.
        assert!(started.elapsed().as_secs() < 5);
    }
}
