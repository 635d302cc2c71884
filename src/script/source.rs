//! CL source (a whole script file) split into statements, the way the CL compiler reads
//! source members: comments removed, continuation lines joined, one command per statement.
//!
//! Each statement's text is then parsed on its own by `parse_command`; keeping the two steps
//! apart lets `qsy run --check` report a statement's line even when its syntax is broken.

use crate::lang::cl::{comment_starts_at, Syntax};
use crate::messages::Msg;

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

/// Splits CL source into statements.
///
/// A line whose last non-blank character outside comments is `+` continues on the next line
/// with that line's leading blanks dropped; `-` continues with them kept; both work inside
/// quoted strings. `/* … */` comments count as a blank, may span lines, and are not seen
/// inside quoted strings. A label alone on its line joins the statement that follows.
///
/// # Errors
/// QSY0102 for a string still open when its statement ends, QSY0106 for a statement longer
/// than [`MAX_STATEMENT_CHARS`], QSY0107 for a comment still open at the end of the source.
pub fn split_statements(src: &str) -> Result<Vec<Statement>, SourceError> {
    let mut s = Splitter::default();
    let mut in_quote = false;
    let mut quote_line = 0;
    let mut in_comment = false;
    let mut comment_line = 0;
    let mut drop_leading = false;
    for (index, raw) in src.split('\n').enumerate() {
        let line_no = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw).as_bytes();
        let mut i = 0;
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
                    in_comment = false;
                    s.blank();
                    i += 2;
                } else {
                    i += 1;
                }
                continue;
            }
            if in_quote {
                // Inside a string everything is data, tabs and `/*` included.
                in_quote = c != b'\'';
                s.push(c, line_no)?;
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
        // A comment running on to the next line is a blank inside the statement: the line
        // where it ends decides about continuation.
        if in_comment {
            continue;
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
        // A label with nothing after it: kept, so that parsing reports the missing command.
        s.out.push(Statement { line, text: label });
    }
    Ok(s.out)
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
        let bytes = std::mem::take(&mut self.cur);
        self.chars = 0;
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
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
        self.out.push(Statement { line, text });
        Ok(())
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
        // Spanning lines, between parameters.
        assert_eq!(
            split("CHGSECA /* turn on\n   the additional factor */ ADLSGNF(*TOTP)\nDSPSECA"),
            vec![st(1, "CHGSECA   ADLSGNF(*TOTP)"), st(3, "DSPSECA")]
        );
        assert_eq!(split("/*\n * header\n */\nPGM"), vec![st(4, "PGM")]);
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
        let e = fail("PGM\nDSPSECA /* never\nclosed");
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
        // A comment running over lines after the `+`.
        assert_eq!(
            split("CHGVAR &A + /* one\n two */\n 'x'"),
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
        // A label with no command after it is kept so parsing can complain.
        assert_eq!(
            split("DSPSECA\nEND:"),
            vec![st(1, "DSPSECA"), st(2, "END:")]
        );
        assert_eq!(split("A:\nB:\nDSPSECA"), vec![st(1, "A: B: DSPSECA")]);
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
