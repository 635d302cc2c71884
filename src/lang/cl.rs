//! The CL lexer and parser: one command string in, an untyped syntax tree out.
//!
//! Only syntax is checked here. Which keywords a command has, how many positional values it
//! takes and what a value means are decided later against the command's definition, so this
//! parser accepts any well-formed command, known or not.
//!
//! The parser works on bytes: every character CL gives a meaning to is ASCII, so slicing at
//! those bytes always lands on UTF-8 boundaries, and anything else (`¬`, accented letters) is
//! simply part of a word. It is linear in the length of the text and never panics; nesting
//! deeper than [`MAX_NESTING`] is refused rather than risking the stack.

use std::fmt;

/// What kind of syntax error a [`ParseError`] is; each kind has its own message ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// Parentheses that do not pair up.
    Parentheses,
    /// A quoted string without its closing apostrophe.
    Quote,
    /// A command name that is missing or is not a valid CL name.
    CommandName,
    /// A hexadecimal literal `X'…'` that is empty, odd in length or not hexadecimal.
    Hex,
    /// A character where CL syntax does not allow it.
    Unexpected,
    /// A statement longer than CL allows (found when splitting source into statements).
    TooLong,
    /// A `/*` comment without its closing `*/`.
    Comment,
}

/// How deeply lists and function calls may nest; real CL never comes close, and the limit
/// keeps hostile input from exhausting the stack of this recursive parser.
pub const MAX_NESTING: usize = 64;

/// A value as written in CL, before it is checked against a parameter definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawValue {
    /// An unquoted token exactly as typed (case kept; the validator folds): JSMITH, *TOTP,
    /// 123, *EQ, =, +.
    Word(String),
    /// A quoted string with `''` already turned into `'` (case kept).
    Quoted(String),
    /// A hex literal X'C1C2': the hex digits, upper-cased, known to be valid and even in
    /// number.
    Hex(String),
    /// A CL variable &NAME: the name upper-cased, without the `&`.
    Var(String),
    /// A qualified name LIB/OBJ: two or more parts, each a Word or a Var.
    Qualified(Vec<RawValue>),
    /// A parenthesised list of elements, such as (*TOTP *REGFAC); lists may nest.
    List(Vec<RawValue>),
    /// A built-in function call such as %SST(&X 1 3): the name upper-cased with its `%`, and
    /// the arguments.
    Func(String, Vec<RawValue>),
    /// Parameter content that is itself a CL command (CMD(), THEN(), EXEC()), kept as text to
    /// be parsed on its own; offsets from that parse count from the start of this text.
    /// Only content holding a nested KEYWORD( form becomes a Command: THEN(GOTO END) is a
    /// List and CMD(DSPSECA) a Word, which Display turns back into command text.
    Command(String),
}

/// One parameter as written: KEYWORD(value…) or a positional value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawParam {
    /// The keyword, upper-cased; None for a positional value.
    pub keyword: Option<String>,
    /// KW(a) gives a; KW(a b c) gives List([a, b, c]); KW() gives List([]). A positional
    /// (…) is read the same way, as its parentheses play the keyword's part.
    pub value: RawValue,
    /// Byte offset of the keyword (or of a positional value) in the command text, for
    /// messages.
    pub offset: usize,
}

/// A command as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCommand {
    /// The label before the command (`LOOP: CHGVAR …` gives LOOP), upper-cased.
    pub label: Option<String>,
    /// The command name, upper-cased; a library qualifier (QSYS/CHGUSRPRF) is dropped because
    /// qsy has one command of each name.
    pub name: String,
    /// The parameters in the order written.
    pub params: Vec<RawParam>,
}

/// Why a command or value text is not well-formed CL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// What kind of syntax error it is.
    pub kind: Syntax,
    /// The message text; positions in it count characters from 1, as a user reads them.
    pub message: String,
    /// Byte offset in the text where the problem was found.
    pub offset: usize,
}

/// Renders the value back as CL text (Command as its bare text), for messages and for
/// handing embedded commands to [`parse_command`] again.
impl fmt::Display for RawValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn join(f: &mut fmt::Formatter<'_>, items: &[RawValue], sep: &str) -> fmt::Result {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    f.write_str(sep)?;
                }
                write!(f, "{item}")?;
            }
            Ok(())
        }
        match self {
            RawValue::Word(w) | RawValue::Command(w) => f.write_str(w),
            RawValue::Quoted(s) => write!(f, "'{}'", s.replace('\'', "''")),
            RawValue::Hex(h) => write!(f, "X'{h}'"),
            RawValue::Var(v) => write!(f, "&{v}"),
            RawValue::Qualified(parts) => join(f, parts, "/"),
            RawValue::List(items) => {
                f.write_str("(")?;
                join(f, items, " ")?;
                f.write_str(")")
            }
            RawValue::Func(name, args) => {
                write!(f, "{name}(")?;
                join(f, args, " ")?;
                f.write_str(")")
            }
        }
    }
}

/// Parses one CL command: an optional label, the command name and its parameters.
///
/// # Errors
/// A [`ParseError`] (its [`Syntax`] kind says which) for text that is not well-formed CL.
pub fn parse_command(text: &str) -> Result<RawCommand, ParseError> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        pos: 0,
    };
    p.skip_blanks()?;
    let (label, name) = p.head()?;
    let mut params = Vec::new();
    loop {
        p.skip_blanks()?;
        if p.pos >= p.b.len() {
            break;
        }
        params.push(p.param()?);
    }
    Ok(RawCommand {
        label,
        name,
        params,
    })
}

/// Parses a parameter value on its own, as if it stood inside KW(…): used for shell-form
/// values (`--authmth '*TOTP *REGFAC'`, `QGPL/SECBKP`) and defaults. One element gives that
/// element, several a List, none an empty List; a nested KEYWORD(…) form makes it a Command.
///
/// # Errors
/// As [`parse_command`], apart from the command name.
pub fn parse_value(text: &str) -> Result<RawValue, ParseError> {
    let mut p = Parser {
        text,
        b: text.as_bytes(),
        pos: 0,
    };
    if p.scan(0, Scope::Whole)?.1 {
        return Ok(RawValue::Command(trim_blanks(text).to_string()));
    }
    let items = p.items(0, None)?;
    Ok(pack(items))
}

/// Whether `/*` at byte `i` of `b` opens a comment. Between a name and a special value, as in
/// QGPL/*ALL, it does not: qualified names with special values are everyday CL, while a
/// comment glued to a name (`ENDDO/* x */`) is still seen as long as `/*` is not followed by
/// a letter.
pub fn comment_starts_at(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&b'/')
        && b.get(i + 1) == Some(&b'*')
        && (i == 0 || !is_name_byte(b[i - 1]) || !b.get(i + 2).is_some_and(|&c| is_name_start(c)))
}

/// Characters that separate tokens; newlines count so that text joined from several lines
/// (or typed across lines in a shell) still parses.
fn is_blank(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

use super::names::{is_name_char as is_name_byte, is_name_start};

/// A CL name: A–Z $ # @ first, then also 0–9 and _, at most 10 characters, either case.
fn is_valid_name(s: &str) -> bool {
    s.len() <= 10 && is_name_like(s)
}

/// Name characters of any length: what a keyword looks like before the validator checks it.
fn is_name_like(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty() && is_name_start(b[0]) && b[1..].iter().all(|&c| is_name_byte(c))
}

fn trim_blanks(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_ascii() && is_blank(c as u8))
}

/// Symbolic expression operators that may touch a quoted string (`'a'||&B`, `&A='x'`):
/// IBM lets them stand without blanks.
const OPERATOR_BYTES: &[u8] = b"|!=<>&*+-/^";

/// Whether a word ends with an expression operator, so a quoted string may follow it.
fn ends_with_operator(word: &str) -> bool {
    word.as_bytes()
        .last()
        .is_some_and(|c| OPERATOR_BYTES.contains(c))
        || word.ends_with('¬')
}

/// Whether the text starts with an expression operator, so it may follow a quoted string.
fn starts_operator(b: &[u8]) -> bool {
    b.first().is_some_and(|c| OPERATOR_BYTES.contains(c)) || b.starts_with("¬".as_bytes())
}

/// KW(a) is a, not a one-element list; the validator expands single values where lists are
/// allowed.
fn pack(mut items: Vec<RawValue>) -> RawValue {
    if items.len() == 1 {
        if let Some(v) = items.pop() {
            return v;
        }
    }
    RawValue::List(items)
}

/// Classifies an unquoted word that is not followed by `(` or `'`.
fn classify(word: &str) -> RawValue {
    if word.len() > 1 && word.contains('/') && word.split('/').all(|p| !p.is_empty()) {
        return RawValue::Qualified(word.split('/').map(simple).collect());
    }
    simple(word)
}

fn simple(word: &str) -> RawValue {
    let b = word.as_bytes();
    if b.len() > 1 && b[0] == b'&' && is_name_byte(b[1]) {
        RawValue::Var(word[1..].to_ascii_uppercase())
    } else {
        RawValue::Word(word.to_string())
    }
}

/// What a parenthesis scan belongs to, so a missing `)` can be reported in the user's terms.
#[derive(Clone, Copy)]
enum Scope {
    /// A KEYWORD(…) parameter; the byte offset of the keyword.
    Keyword(usize),
    Positional,
    Whole,
}

struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn err(&self, kind: Syntax, offset: usize, message: String) -> ParseError {
        ParseError {
            kind,
            message,
            offset,
        }
    }

    /// Column for messages: characters before `offset`, counted from 1.
    fn col(&self, offset: usize) -> usize {
        let end = offset.min(self.b.len());
        self.b[..end]
            .iter()
            .filter(|&&c| (c & 0xC0) != 0x80)
            .count()
            + 1
    }

    fn skip_blanks(&mut self) -> Result<(), ParseError> {
        loop {
            while self.pos < self.b.len() && is_blank(self.b[self.pos]) {
                self.pos += 1;
            }
            if comment_starts_at(self.b, self.pos) {
                self.pos = self.comment_end(self.pos)?;
            } else {
                return Ok(());
            }
        }
    }

    /// Index just past the `*/` closing the comment that opens at `start`.
    fn comment_end(&self, start: usize) -> Result<usize, ParseError> {
        match self.text[start + 2..].find("*/") {
            Some(k) => Ok(start + 2 + k + 2),
            None => Err(self.err(
                Syntax::Comment,
                start,
                format!(
                    "Comment starting at position {} has no closing */.",
                    self.col(start)
                ),
            )),
        }
    }

    /// End of the word starting at `start`: words stop at blanks, parentheses, apostrophes
    /// and comments. Callers ensure `start` itself is none of those, so words are never empty.
    /// A quoted name (`"my lib"`, IBM's quoted form of *NAME) is one word, blanks and all,
    /// when its closing `"` is on the statement.
    fn word_end(&self, start: usize) -> usize {
        let mut i = start;
        while i < self.b.len() {
            let c = self.b[i];
            if c == b'"' {
                if let Some(k) = self.b[i + 1..].iter().position(|&q| q == b'"') {
                    i += k + 2;
                    continue;
                }
            }
            if i > start
                && (is_blank(c) || matches!(c, b'(' | b')' | b'\'') || comment_starts_at(self.b, i))
            {
                break;
            }
            i += 1;
        }
        i
    }

    /// Index just past the quoted string opening at `start`, honouring `''`.
    fn quoted_end(&self, start: usize) -> Result<usize, ParseError> {
        let mut i = start + 1;
        loop {
            match self.b[i.min(self.b.len())..]
                .iter()
                .position(|&c| c == b'\'')
            {
                None => return Err(self.unterminated(start)),
                Some(k) => {
                    let q = i + k;
                    if self.b.get(q + 1) == Some(&b'\'') {
                        i = q + 2;
                    } else {
                        return Ok(q + 1);
                    }
                }
            }
        }
    }

    fn unterminated(&self, start: usize) -> ParseError {
        self.err(
            Syntax::Quote,
            start,
            format!(
                "Closing apostrophe missing for the quoted string starting at position {}.",
                self.col(start)
            ),
        )
    }

    /// Finds the `)` that closes the group opening at `from` (or, for the whole text, checks
    /// that everything pairs up) and whether a nested KEYWORD( form makes it a command.
    /// A separate linear pass, so the element parser never has to backtrack.
    fn scan(&self, from: usize, scope: Scope) -> Result<(usize, bool), ParseError> {
        let b = self.b;
        let mut depth = 0usize;
        let mut outer_open = from;
        let mut nested = false;
        let mut i = from;
        while i < b.len() {
            let c = b[i];
            if is_blank(c) {
                i += 1;
            } else if comment_starts_at(b, i) {
                i = self.comment_end(i)?;
            } else if c == b'(' {
                if depth == 0 {
                    outer_open = i;
                }
                depth += 1;
                i += 1;
            } else if c == b')' {
                if depth == 0 {
                    return Err(self.unmatched_close(i));
                }
                depth -= 1;
                if depth == 0 && !matches!(scope, Scope::Whole) {
                    return Ok((i, nested));
                }
                i += 1;
            } else if c == b'\'' {
                let end = self.quoted_end(i)?;
                self.after_quote(i, end)?;
                i = end;
            } else {
                let e = self.word_end(i);
                match b.get(e) {
                    Some(b'(') if is_name_like(&self.text[i..e]) => nested = true,
                    Some(b'\'')
                        if !self.text[i..e].eq_ignore_ascii_case("X")
                            && !ends_with_operator(&self.text[i..e]) =>
                    {
                        return Err(self.quote_after_word(e));
                    }
                    _ => {}
                }
                i = e;
            }
        }
        if depth == 0 && matches!(scope, Scope::Whole) {
            return Ok((b.len(), nested));
        }
        let message = match scope {
            // Not the keyword's text: it may be the start of a secret typed without its own
            // keyword (`CHGPWD Summer(2026x`). Syntax errors name positions, never words
            // after the command name.
            Scope::Keyword(start) => format!(
                "Closing parenthesis missing for the parameter starting at position {}.",
                self.col(start)
            ),
            Scope::Positional => {
                format!(
                    "Closing parenthesis missing for the value starting at position {}.",
                    self.col(from)
                )
            }
            Scope::Whole => {
                format!(
                    "Closing parenthesis missing for the list starting at position {}.",
                    self.col(outer_open)
                )
            }
        };
        Err(self.err(Syntax::Parentheses, outer_open, message))
    }

    fn unmatched_close(&self, at: usize) -> ParseError {
        self.err(
            Syntax::Parentheses,
            at,
            format!(
                "Closing parenthesis at position {} has no matching opening parenthesis.",
                self.col(at)
            ),
        )
    }

    /// Reads an optional label and the command name.
    fn head(&mut self) -> Result<(Option<String>, String), ParseError> {
        let (mut start, mut word) = self.head_word(None)?;
        let mut label = None;
        if let Some(k) = word.find(':') {
            let lab = &word[..k];
            if !is_valid_name(lab) {
                return Err(self.err(
                    Syntax::Unexpected,
                    start,
                    format!(
                        "Label {lab} at position {} is not a valid name.",
                        self.col(start)
                    ),
                ));
            }
            let lab = lab.to_ascii_uppercase();
            if k + 1 < word.len() {
                start += k + 1;
                word = &word[k + 1..];
            } else {
                self.skip_blanks()?;
                (start, word) = self.head_word(Some(&lab))?;
            }
            label = Some(lab);
        }
        match self.b.get(self.pos) {
            Some(b'(') => {
                return Err(self.err(
                    Syntax::Unexpected,
                    self.pos,
                    format!(
                        "Parenthesis at position {} directly after the command name; a blank must come first.",
                        self.col(self.pos)
                    ),
                ))
            }
            Some(b'\'') => {
                return Err(self.err(
                    Syntax::Unexpected,
                    self.pos,
                    format!("Apostrophe at position {} directly after the command name.", self.col(self.pos)),
                ))
            }
            _ => {}
        }
        let (lib, name) = match word.rsplit_once('/') {
            Some((lib, name)) => (Some(lib), name),
            None => (None, word),
        };
        // The library may have any name IBM allows: periods (UTI.LIBR/SNDMAIL), the quoted
        // form, or a special value (*LIBL, *CURLIB, *NLVLIBL).
        let lib_ok = lib.is_none_or(|l| {
            is_valid_name(l.strip_prefix('*').unwrap_or(l))
                || super::names::is_object_name(&l.to_ascii_uppercase(), 10)
                || super::names::is_quoted_name(l, 10)
        });
        if !lib_ok || !is_valid_name(name) {
            return Err(self.err(
                Syntax::CommandName,
                start,
                format!(
                    "Command name {word} at position {} is not valid.",
                    self.col(start)
                ),
            ));
        }
        Ok((label, name.to_ascii_uppercase()))
    }

    /// The word where a command name (or its label) must stand.
    fn head_word(&mut self, after_label: Option<&str>) -> Result<(usize, &'a str), ParseError> {
        let start = self.pos;
        let missing = |p: &Self| {
            let message = match after_label {
                Some(l) => format!("Command name missing after label {l}."),
                None => "Command name missing.".to_string(),
            };
            p.err(Syntax::CommandName, start, message)
        };
        match self.b.get(start) {
            None => Err(missing(self)),
            Some(b'(' | b')' | b'\'') => Err(self.err(
                Syntax::CommandName,
                start,
                format!(
                    "Command name missing: the text at position {} does not start with a name.",
                    self.col(start)
                ),
            )),
            Some(_) => {
                let end = self.word_end(start);
                self.pos = end;
                Ok((start, &self.text[start..end]))
            }
        }
    }

    /// One parameter: KEYWORD(…), a positional (…), a function call, or a single value.
    fn param(&mut self) -> Result<RawParam, ParseError> {
        let start = self.pos;
        let value = match self.b[start] {
            b'(' => self.group(start, Scope::Positional)?,
            b')' => return Err(self.unmatched_close(start)),
            b'\'' => RawValue::Quoted(self.quoted()?),
            _ => {
                let end = self.word_end(start);
                let word = &self.text[start..end];
                if self.b.get(end) == Some(&b'(') && !word.starts_with('%') {
                    if !is_name_like(word) {
                        return Err(self.err(
                            Syntax::Unexpected,
                            end,
                            format!(
                                "Parenthesis at position {} must follow a keyword; the word at position {} is not one.",
                                self.col(end),
                                self.col(start)
                            ),
                        ));
                    }
                    let keyword = word.to_ascii_uppercase();
                    let value = self.group(end, Scope::Keyword(start))?;
                    return Ok(RawParam {
                        keyword: Some(keyword),
                        value,
                        offset: start,
                    });
                }
                self.word_value(0, end)?
            }
        };
        Ok(RawParam {
            keyword: None,
            value,
            offset: start,
        })
    }

    /// The content of the parenthesised group opening at `open`, as a value.
    fn group(&mut self, open: usize, scope: Scope) -> Result<RawValue, ParseError> {
        let (close, nested) = self.scan(open, scope)?;
        if nested {
            self.pos = close + 1;
            return Ok(RawValue::Command(
                trim_blanks(&self.text[open + 1..close]).to_string(),
            ));
        }
        self.pos = open + 1;
        let items = self.items(1, Some(open))?;
        Ok(pack(items))
    }

    /// Elements up to the `)` closing the list opened at `open` (or to the end of the text
    /// when `open` is None).
    fn items(&mut self, depth: usize, open: Option<usize>) -> Result<Vec<RawValue>, ParseError> {
        if depth > MAX_NESTING {
            let at = open.unwrap_or(self.pos);
            return Err(self.err(
                Syntax::Unexpected,
                at,
                format!(
                    "Parentheses nested more than {MAX_NESTING} deep at position {}.",
                    self.col(at)
                ),
            ));
        }
        let mut items = Vec::new();
        loop {
            self.skip_blanks()?;
            let Some(&c) = self.b.get(self.pos) else {
                return match open {
                    None => Ok(items),
                    Some(o) => Err(self.err(
                        Syntax::Parentheses,
                        o,
                        format!(
                            "Closing parenthesis missing for the list starting at position {}.",
                            self.col(o)
                        ),
                    )),
                };
            };
            match c {
                b')' => {
                    if open.is_none() {
                        return Err(self.unmatched_close(self.pos));
                    }
                    self.pos += 1;
                    return Ok(items);
                }
                b'(' => {
                    let o = self.pos;
                    self.pos += 1;
                    items.push(RawValue::List(self.items(depth + 1, Some(o))?));
                }
                b'\'' => items.push(RawValue::Quoted(self.quoted()?)),
                _ => {
                    let end = self.word_end(self.pos);
                    items.push(self.word_value(depth, end)?);
                }
            }
        }
    }

    /// The word from `self.pos` to `end`, with what follows it: a function call, a hex
    /// literal, or a plain word, variable or qualified name.
    fn word_value(&mut self, depth: usize, end: usize) -> Result<RawValue, ParseError> {
        let start = self.pos;
        let word = &self.text[start..end];
        self.pos = end;
        match self.b.get(end) {
            Some(b'(') if word.starts_with('%') => {
                self.pos = end + 1;
                let args = self.items(depth + 1, Some(end))?;
                Ok(RawValue::Func(word.to_ascii_uppercase(), args))
            }
            Some(b'(') if is_name_like(word) => Err(self.err(
                Syntax::Unexpected,
                end,
                format!(
                    "A keyword at position {} is allowed only in a parameter that holds a command.",
                    self.col(start)
                ),
            )),
            Some(b'\'') if word.eq_ignore_ascii_case("X") => self.hex(start),
            Some(b'\'') if !ends_with_operator(word) => Err(self.quote_after_word(end)),
            // `*NOT(…)`, `&A(…)`: the word stands alone and the list that follows is the
            // next element.
            _ => Ok(classify(word)),
        }
    }

    /// A quoted string at `self.pos`, with `''` turned into `'`.
    fn quoted(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        let end = self.quoted_end(start)?;
        let inner = &self.text[start + 1..end - 1];
        self.after_quote(start, end)?;
        self.pos = end;
        Ok(inner.replace("''", "'"))
    }

    fn quote_after_word(&self, at: usize) -> ParseError {
        self.err(
            Syntax::Unexpected,
            at,
            format!(
                "Apostrophe at position {} must follow a blank or a parenthesis.",
                self.col(at)
            ),
        )
    }

    /// A quoted string (from `start` to `end`) must end where a token may end; `'It's'` is
    /// caught here.
    fn after_quote(&self, start: usize, end: usize) -> Result<(), ParseError> {
        match self.b.get(end) {
            None => Ok(()),
            Some(&c)
                if is_blank(c)
                    || c == b')'
                    || comment_starts_at(self.b, end)
                    || starts_operator(&self.b[end..]) =>
            {
                Ok(())
            }
            Some(_) => Err(self.err(
                Syntax::Unexpected,
                end,
                format!(
                    "Quoted string starting at position {} must be followed by a blank or ')'; write '' for an apostrophe inside a string.",
                    self.col(start)
                ),
            )),
        }
    }

    /// X'…' starting at `start` (the X); `self.pos` is at the apostrophe.
    fn hex(&mut self, start: usize) -> Result<RawValue, ParseError> {
        let digits = self.quoted()?;
        if digits.is_empty()
            || digits.len() % 2 != 0
            || !digits.bytes().all(|c| c.is_ascii_hexdigit())
        {
            return Err(self.err(
                Syntax::Hex,
                start,
                format!(
                    "Hexadecimal literal at position {} must hold an even number of digits 0-9 and A-F.",
                    self.col(start)
                ),
            ));
        }
        Ok(RawValue::Hex(digits.to_ascii_uppercase()))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn w(s: &str) -> RawValue {
        RawValue::Word(s.into())
    }
    fn q(s: &str) -> RawValue {
        RawValue::Quoted(s.into())
    }
    fn v(s: &str) -> RawValue {
        RawValue::Var(s.into())
    }
    fn list(items: Vec<RawValue>) -> RawValue {
        RawValue::List(items)
    }
    fn cmd(s: &str) -> RawCommand {
        match parse_command(s) {
            Ok(c) => c,
            Err(e) => panic!("{s:?}: {e}"),
        }
    }
    fn err(s: &str) -> ParseError {
        match parse_command(s) {
            Ok(c) => panic!("{s:?} parsed as {c:?}"),
            Err(e) => e,
        }
    }
    /// The values of a command, keyword or not, for compact assertions.
    fn kv(c: &RawCommand) -> Vec<(Option<&str>, &RawValue)> {
        c.params
            .iter()
            .map(|p| (p.keyword.as_deref(), &p.value))
            .collect()
    }

    #[test]
    fn keywords_and_names_fold_values_keep_case() {
        let c = cmd("chgusrprf usrprf(jsmith) authmth(*totp) TEXT('Ab c')");
        assert_eq!(c.name, "CHGUSRPRF");
        assert_eq!(c.label, None);
        assert_eq!(
            kv(&c),
            vec![
                (Some("USRPRF"), &w("jsmith")),
                (Some("AUTHMTH"), &w("*totp")),
                (Some("TEXT"), &q("Ab c"))
            ]
        );
        assert_eq!(c.params[0].offset, 10);
        assert_eq!(c.params[1].offset, 25);
    }

    #[test]
    fn positional_values() {
        let c = cmd("CHGUSRPRF JSMITH AUTHMTH(*TOTP)");
        assert_eq!(
            kv(&c),
            vec![(None, &w("JSMITH")), (Some("AUTHMTH"), &w("*TOTP"))]
        );
        assert_eq!(c.params[0].offset, 10);
        let c = cmd("dcl &x *char 10");
        assert_eq!(c.name, "DCL");
        assert_eq!(
            kv(&c),
            vec![(None, &v("X")), (None, &w("*char")), (None, &w("10"))]
        );
    }

    #[test]
    fn keyword_value_shapes() {
        let c = cmd("X A(a) B(a b c) C() D( ) E((a b)) F((a b) (c d)) G(((x)))");
        let abc = list(vec![w("a"), w("b"), w("c")]);
        let ab = list(vec![w("a"), w("b")]);
        let cd = list(vec![w("c"), w("d")]);
        assert_eq!(
            kv(&c),
            vec![
                (Some("A"), &w("a")),
                (Some("B"), &abc),
                (Some("C"), &list(vec![])),
                (Some("D"), &list(vec![])),
                (Some("E"), &ab),
                (Some("F"), &list(vec![ab.clone(), cd])),
                (Some("G"), &list(vec![list(vec![w("x")])])),
            ]
        );
    }

    #[test]
    fn positional_list_reads_like_keyword_content() {
        let c = cmd("IF (&A *EQ 'Y') DO");
        assert_eq!(
            kv(&c),
            vec![
                (None, &list(vec![v("A"), w("*EQ"), q("Y")])),
                (None, &w("DO"))
            ]
        );
        let c = cmd("CHGVAR &A (&B)");
        assert_eq!(kv(&c), vec![(None, &v("A")), (None, &v("B"))]);
    }

    #[test]
    fn quoted_strings() {
        let c = cmd("SNDPGMMSG MSG('It''s done') X('') Y('''') Z('a  (b) /* c */')");
        assert_eq!(
            kv(&c),
            vec![
                (Some("MSG"), &q("It's done")),
                (Some("X"), &q("")),
                (Some("Y"), &q("'")),
                (Some("Z"), &q("a  (b) /* c */")),
            ]
        );
        let e = err("SNDPGMMSG MSG('oops)");
        assert_eq!(e.kind, Syntax::Quote);
        assert_eq!(e.offset, 14);
        assert!(e.message.contains("position 15"), "{}", e.message);
        let e = err("SNDPGMMSG MSG('It's')");
        assert_eq!(e.kind, Syntax::Unexpected);
        assert!(e.message.contains("''"), "{}", e.message);
        assert_eq!(err("SNDPGMMSG 'abc'def").kind, Syntax::Unexpected);
        assert_eq!(err("SNDPGMMSG abc'def'").kind, Syntax::Unexpected);
    }

    #[test]
    fn hex_literals() {
        let c = cmd("CHGVAR &A X'c1C2' B(x'00ff')");
        assert_eq!(
            kv(&c),
            vec![
                (None, &v("A")),
                (None, &RawValue::Hex("C1C2".into())),
                (Some("B"), &RawValue::Hex("00FF".into()))
            ]
        );
        for bad in [
            "CHGVAR &A X'C'",
            "CHGVAR &A X'GG'",
            "CHGVAR &A X''",
            "CHGVAR &A (X'C1 C2')",
        ] {
            let e = err(bad);
            assert_eq!(e.kind, Syntax::Hex, "{bad}");
        }
        assert_eq!(err("CHGVAR &A X'C1").kind, Syntax::Quote);
    }

    #[test]
    fn variables_and_ampersand() {
        let c = cmd("CHGVAR &count (&count + 1) B(& &&)");
        assert_eq!(
            kv(&c),
            vec![
                (None, &v("COUNT")),
                (None, &list(vec![v("COUNT"), w("+"), w("1")])),
                (Some("B"), &list(vec![w("&"), w("&&")])),
            ]
        );
    }

    #[test]
    fn qualified_names() {
        let c = cmd(
            "SAVSECDTA DEV(*SAVF) SAVF(qgpl/secbkp) A(&LIB/&OBJ) B(*LIBL/X) C(a/b/c) D(/) E(A/) F(*/)",
        );
        let qual = |parts: Vec<RawValue>| RawValue::Qualified(parts);
        assert_eq!(
            kv(&c),
            vec![
                (Some("DEV"), &w("*SAVF")),
                (Some("SAVF"), &qual(vec![w("qgpl"), w("secbkp")])),
                (Some("A"), &qual(vec![v("LIB"), v("OBJ")])),
                (Some("B"), &qual(vec![w("*LIBL"), w("X")])),
                (Some("C"), &qual(vec![w("a"), w("b"), w("c")])),
                (Some("D"), &w("/")),
                (Some("E"), &w("A/")),
                (Some("F"), &w("*/")),
            ]
        );
    }

    #[test]
    fn generic_names_are_not_comments() {
        assert!(!comment_starts_at(b"QGPL/*ALL", 4));
        assert!(comment_starts_at(b"ENDDO/* x */", 5));
        assert!(comment_starts_at(b"ENDDO/*-*/", 5));
        assert!(comment_starts_at(b"/*X*/", 0));
        assert!(comment_starts_at(b"+/*X*/", 1));
        assert!(!comment_starts_at(b"A/", 1));
        let c = cmd("DSPOBJD OBJ(QGPL/*ALL) OBJTYPE(*ALL)");
        assert_eq!(
            c.params[0].value,
            RawValue::Qualified(vec![w("QGPL"), w("*ALL")])
        );
        let c = cmd("DSPOBJD OBJ(*LIBL/*ALL)");
        assert_eq!(
            c.params[0].value,
            RawValue::Qualified(vec![w("*LIBL"), w("*ALL")])
        );
    }

    #[test]
    fn comments_are_blanks() {
        let c = cmd("/* first */ DSPSECA /* c ( ' */ X(/* in */ A /**/ B)/* end */");
        assert_eq!(c.name, "DSPSECA");
        assert_eq!(kv(&c), vec![(Some("X"), &list(vec![w("A"), w("B")]))]);
        let c = cmd("CHGVAR &A 'x'/* after a string */");
        assert_eq!(kv(&c), vec![(None, &v("A")), (None, &q("x"))]);
        let e = err("DSPSECA /* open");
        assert_eq!(e.kind, Syntax::Comment);
        assert_eq!(e.offset, 8);
        assert_eq!(err("DSPSECA X(A /* open)").kind, Syntax::Comment);
    }

    #[test]
    fn operators_and_expressions() {
        let c = cmd("IF COND((&A *EQ 'Y') *AND (&B *GT 5)) THEN(DO)");
        assert_eq!(
            kv(&c),
            vec![
                (
                    Some("COND"),
                    &list(vec![
                        list(vec![v("A"), w("*EQ"), q("Y")]),
                        w("*AND"),
                        list(vec![v("B"), w("*GT"), w("5")]),
                    ])
                ),
                (Some("THEN"), &w("DO")),
            ]
        );
        let c = cmd("CHGVAR VAR(&A) VALUE(&A *CAT 'x' *BCAT &B *TCAT 'y')");
        assert_eq!(
            c.params[1].value,
            list(vec![
                v("A"),
                w("*CAT"),
                q("x"),
                w("*BCAT"),
                v("B"),
                w("*TCAT"),
                q("y")
            ])
        );
        let ops = "*CAT *BCAT *TCAT *EQ = *NE ¬= *GT > *LT < *GE >= *LE <= *AND & *OR | *NOT ¬ || |> |< + - * /";
        let c = cmd(&format!("IF COND({ops})"));
        let expected: Vec<RawValue> = ops.split(' ').map(w).collect();
        assert_eq!(c.params[0].value, list(expected));
        // *NOT( is an operator and a list, not a nested keyword.
        let c = cmd("IF COND(*NOT(&A *EQ 1) *OR &B)");
        assert_eq!(
            c.params[0].value,
            list(vec![
                w("*NOT"),
                list(vec![v("A"), w("*EQ"), w("1")]),
                w("*OR"),
                v("B")
            ])
        );
    }

    #[test]
    fn functions() {
        let c = cmd("CHGVAR VAR(&A) VALUE(%sst(&X 1 3))");
        assert_eq!(
            c.params[1].value,
            RawValue::Func("%SST".into(), vec![v("X"), w("1"), w("3")])
        );
        let c = cmd("CHGVAR &A (%SST(&X (&N + 1) 2) *CAT %char(&N) *CAT %TRIM(' a '))");
        assert_eq!(
            c.params[1].value,
            list(vec![
                RawValue::Func(
                    "%SST".into(),
                    vec![v("X"), list(vec![v("N"), w("+"), w("1")]), w("2")]
                ),
                w("*CAT"),
                RawValue::Func("%CHAR".into(), vec![v("N")]),
                w("*CAT"),
                RawValue::Func("%TRIM".into(), vec![q(" a ")]),
            ])
        );
        // A function as a positional value (CHGVAR %SST(&A 1 2) 'XY').
        let c = cmd("CHGVAR %SST(&A 1 2) 'XY'");
        assert_eq!(
            kv(&c),
            vec![
                (
                    None,
                    &RawValue::Func("%SST".into(), vec![v("A"), w("1"), w("2")])
                ),
                (None, &q("XY"))
            ]
        );
        assert_eq!(err("CHGVAR &A %SST(&X 1 2").kind, Syntax::Parentheses);
    }

    #[test]
    fn embedded_commands() {
        let c = cmd("SBMJOB CMD(CHGTOTPKEY TOTPKEY(*GEN)) USER(JSMITH)");
        assert_eq!(
            kv(&c),
            vec![
                (
                    Some("CMD"),
                    &RawValue::Command("CHGTOTPKEY TOTPKEY(*GEN)".into())
                ),
                (Some("USER"), &w("JSMITH"))
            ]
        );
        let c = cmd("IF COND(&A *EQ 1) THEN(CHGVAR VAR(&B) VALUE(2))");
        assert_eq!(
            c.params[1].value,
            RawValue::Command("CHGVAR VAR(&B) VALUE(2)".into())
        );
        let c = cmd("MONMSG MSGID(CPF0000 CPF2204) EXEC(GOTO CMDLBL(ERR))");
        assert_eq!(
            kv(&c),
            vec![
                (Some("MSGID"), &list(vec![w("CPF0000"), w("CPF2204")])),
                (Some("EXEC"), &RawValue::Command("GOTO CMDLBL(ERR)".into())),
            ]
        );
        // Kept exactly, quotes and spacing included, and parsed again on its own.
        let c = cmd("IF (&A *EQ 'x') THEN(  SNDPGMMSG MSG('It''s  (odd)') /* c */  )");
        let RawValue::Command(text) = &c.params[1].value else {
            panic!("{c:?}")
        };
        assert_eq!(text, "SNDPGMMSG MSG('It''s  (odd)') /* c */");
        assert_eq!(cmd(text).params[0].value, q("It's  (odd)"));
        // Deep nesting of commands: each level is kept as text for its own parse.
        let c = cmd("IF (&A) THEN(IF COND(&B) THEN(CHGVAR VAR(&C) VALUE(1)))");
        let RawValue::Command(inner) = &c.params[1].value else {
            panic!("{c:?}")
        };
        let c2 = cmd(inner);
        assert_eq!(
            c2.params[1].value,
            RawValue::Command("CHGVAR VAR(&C) VALUE(1)".into())
        );
        // Without a nested keyword the content is an ordinary value; Display rebuilds the text.
        let c = cmd("IF (&A *EQ 1) THEN(GOTO END)");
        assert_eq!(c.params[1].value, list(vec![w("GOTO"), w("END")]));
        let c = cmd("ELSE CMD(DO)");
        assert_eq!(c.params[0].value, w("DO"));
        // A positional list can hold a command too.
        let c = cmd("IF (&A *EQ 1) (CHGVAR VAR(&B) VALUE(2))");
        assert_eq!(
            c.params[1].value,
            RawValue::Command("CHGVAR VAR(&B) VALUE(2)".into())
        );
        // Still checked for balance.
        let e = err("SBMJOB CMD(CHGTOTPKEY TOTPKEY(*GEN)");
        assert_eq!(e.kind, Syntax::Parentheses);
        assert_eq!(
            e.message,
            "Closing parenthesis missing for the parameter starting at position 8."
        );
        assert_eq!(err("SBMJOB CMD(SNDPGMMSG MSG('x)) ").kind, Syntax::Quote);
    }

    #[test]
    fn nested_keyword_outside_a_command_parameter_is_an_error() {
        assert_eq!(err("CHGVAR %SST(X(1) 1 2) 'a'").kind, Syntax::Unexpected);
        assert_eq!(err("CHGVAR &A(1)").kind, Syntax::Unexpected);
        assert_eq!(err("CHGVAR *X(1)").kind, Syntax::Unexpected);
    }

    #[test]
    fn labels_and_library_qualified_names() {
        let c = cmd("loop: chgvar &i (&i + 1)");
        assert_eq!(c.label.as_deref(), Some("LOOP"));
        assert_eq!(c.name, "CHGVAR");
        let c = cmd("ERR:SNDPGMMSG 'x'");
        assert_eq!(
            (c.label.as_deref(), c.name.as_str()),
            (Some("ERR"), "SNDPGMMSG")
        );
        let c = cmd("  QSYS/chgusrprf JSMITH");
        assert_eq!(c.name, "CHGUSRPRF");
        assert_eq!(cmd("*LIBL/DSPSECA").name, "DSPSECA");
        assert_eq!(cmd("$X#@_12345").name, "$X#@_12345");
        let e = err("LOOP:");
        assert_eq!(e.kind, Syntax::CommandName);
        assert_eq!(e.message, "Command name missing after label LOOP.");
        assert_eq!(err("LOOP:   ").kind, Syntax::CommandName);
        assert_eq!(err("1LOOP: DSPSECA").kind, Syntax::Unexpected);
    }

    #[test]
    fn bad_command_names() {
        for bad in [
            "",
            "   ",
            "/* only a comment */",
            "(A)",
            "'X'",
            ")",
            "1ABC",
            "ABCDEFGHIJK",
            "A.B",
            "A/B/C",
            "/X",
            "*X",
        ] {
            assert_eq!(err(bad).kind, Syntax::CommandName, "{bad:?}");
        }
        assert_eq!(err("").message, "Command name missing.");
        assert_eq!(err("CHGVAR(&A)").kind, Syntax::Unexpected);
    }

    /// After the command name a syntax error names positions, never the words: a "keyword"
    /// may be the start of a secret typed without its own (DESIGN §6).
    #[test]
    fn syntax_errors_never_echo_words_after_the_command_name() {
        for text in [
            "CHGPWD Summer(2026x",
            "CHGPWD Sum-mer2026(1)",
            "CHGPWD CURPWD(Spring Summer(2026))",
            "SIGNON JSMITH PASSWORD(a Summer(1))",
            "CHGPWD CURPWD(Summer(2026)",
        ] {
            let shown = match parse_command(text) {
                Err(e) => e.message,
                Ok(_) => continue,
            };
            assert!(!shown.to_uppercase().contains("SUM"), "{text}: {shown}");
        }
    }

    #[test]
    fn unbalanced_parentheses() {
        let e = err("CHGUSRPRF JSMITH AUTHMTH(*TOTP");
        assert_eq!(e.kind, Syntax::Parentheses);
        assert_eq!(
            e.message,
            "Closing parenthesis missing for the parameter starting at position 18."
        );
        assert_eq!(e.offset, 24);
        let e = err("CHGUSRPRF JSMITH)");
        assert_eq!(e.kind, Syntax::Parentheses);
        assert_eq!(e.offset, 16);
        assert_eq!(err("IF ((&A *EQ 1)").kind, Syntax::Parentheses);
        assert_eq!(err("X A((B) C").kind, Syntax::Parentheses);
        // A closing parenthesis inside a string does not count.
        assert_eq!(err("X A(')'").kind, Syntax::Parentheses);
        assert_eq!(err("X A(B))").kind, Syntax::Parentheses);
    }

    #[test]
    fn nesting_limit() {
        let deep = format!(
            "X A({}{})",
            "(".repeat(MAX_NESTING + 5),
            ")".repeat(MAX_NESTING + 5)
        );
        assert_eq!(err(&deep).kind, Syntax::Unexpected);
        let ok = format!(
            "X A({}{})",
            "(".repeat(MAX_NESTING - 2),
            ")".repeat(MAX_NESTING - 2)
        );
        assert!(parse_command(&ok).is_ok());
        // Far deeper than any stack: refused, no overflow.
        let huge = format!("X {}", "(".repeat(200_000));
        assert_eq!(err(&huge).kind, Syntax::Parentheses);
        let huge = format!("X {}{}", "(".repeat(200_000), ")".repeat(200_000));
        assert_eq!(err(&huge).kind, Syntax::Unexpected);
        assert!(parse_value(&"(".repeat(100_000)).is_err());
    }

    #[test]
    fn whitespace_of_all_kinds() {
        let c = cmd("\tCHGUSRPRF\tJSMITH\r\n  AUTHMTH(\t*TOTP\n*REGFAC )  ");
        assert_eq!(
            kv(&c),
            vec![
                (None, &w("JSMITH")),
                (Some("AUTHMTH"), &list(vec![w("*TOTP"), w("*REGFAC")]))
            ]
        );
        // Adjacent parameters without a blank after ')'.
        let c = cmd("CHGUSRPRF USRPRF(A)AUTHMTH(*TOTP)");
        assert_eq!(c.params.len(), 2);
    }

    #[test]
    fn non_ascii_is_part_of_words() {
        let c = cmd("IF COND(¬&A) X(é/ü)");
        assert_eq!(c.params[0].value, w("¬&A"));
        assert_eq!(c.params[1].value, RawValue::Qualified(vec![w("é"), w("ü")]));
        let e = err("CHGVAR ééé(1)");
        assert!(e.message.contains("position 11"), "{}", e.message);
    }

    #[test]
    fn parse_value_forms() {
        assert_eq!(
            parse_value("*TOTP *REGFAC"),
            Ok(list(vec![w("*TOTP"), w("*REGFAC")]))
        );
        assert_eq!(parse_value("  *totp "), Ok(w("*totp")));
        assert_eq!(
            parse_value("QGPL/SECBKP"),
            Ok(RawValue::Qualified(vec![w("QGPL"), w("SECBKP")]))
        );
        assert_eq!(
            parse_value("(*TOTP *REGFAC)"),
            Ok(list(vec![w("*TOTP"), w("*REGFAC")]))
        );
        assert_eq!(
            parse_value("(a b) (c d)"),
            Ok(list(vec![
                list(vec![w("a"), w("b")]),
                list(vec![w("c"), w("d")])
            ]))
        );
        assert_eq!(parse_value(""), Ok(list(vec![])));
        assert_eq!(parse_value("'It''s'"), Ok(q("It's")));
        assert_eq!(parse_value("x'c1'"), Ok(RawValue::Hex("C1".into())));
        assert_eq!(
            parse_value("&a *cat 'b'"),
            Ok(list(vec![v("A"), w("*cat"), q("b")]))
        );
        assert_eq!(
            parse_value(" CHGTOTPKEY TOTPKEY(*GEN) "),
            Ok(RawValue::Command("CHGTOTPKEY TOTPKEY(*GEN)".into()))
        );
        assert_eq!(
            parse_value("a)").map_err(|e| e.kind),
            Err(Syntax::Parentheses)
        );
        let e = parse_value("x (a (b)").unwrap_err();
        assert_eq!((e.kind, e.offset), (Syntax::Parentheses, 2));
        assert_eq!(parse_value("'a").map_err(|e| e.kind), Err(Syntax::Quote));
    }

    #[test]
    fn display_round_trips() {
        let text = "X A('It''s' X'C1' &V QGPL/OBJ (a (b)) %SST(&X 1 2) *EQ)";
        let c = cmd(text);
        let shown = c.params[0].value.to_string();
        assert_eq!(
            shown,
            "('It''s' X'C1' &V QGPL/OBJ (a (b)) %SST(&X 1 2) *EQ)"
        );
        assert_eq!(parse_value(&shown), Ok(c.params[0].value.clone()));
        let e = ParseError {
            kind: Syntax::Quote,
            message: "m".into(),
            offset: 0,
        };
        assert_eq!(e.to_string(), "m");
    }

    #[test]
    fn real_shop_statements() {
        for s in [
            "PGM",
            "PGM PARM(&USER &MODE)",
            "DCL VAR(&MSGID) TYPE(*CHAR) LEN(7)",
            "dcl &count *dec (5 0) value(0)",
            "DCL &OK *LGL VALUE('1')",
            "MONMSG MSGID(CPF0000) EXEC(GOTO CMDLBL(ERROR))",
            "MONMSG CPF2204 EXEC(DO)",
            "CHGSYSVAL SYSVAL(QPWDLVL) VALUE('2')",
            "CHGSECA ADLSGNF(*TOTP)",
            "SAVSECDTA DEV(*SAVF) SAVF(QGPL/SECBKP)",
            "SBMJOB CMD(CHGTOTPKEY TOTPKEY(*GEN)) USER(JSMITH)",
            "SIGNON USER(JSMITH) PASSWORD('Secret1:123456')",
            "QSYGENTOTP KEY(&KEY) RTNVAL(&CODE)",
            "ERROR: SNDPGMMSG MSG('Failed with ' *CAT &MSGID) MSGTYPE(*ESCAPE)",
            "IF COND(%SST(&NAME 1 1) *EQ 'Q') THEN(RETURN)",
            "ENDDO",
            "ENDPGM",
        ] {
            assert!(parse_command(s).is_ok(), "{s}");
        }
    }

    /// A tiny xorshift generator: fixed seed, no dependency, reproducible failures.
    pub(crate) struct Rng(pub(crate) u64);
    impl Rng {
        pub(crate) fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        pub(crate) fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// Fragments that stress every branch of the lexer, glued at random.
    pub(crate) const PIECES: &[&str] = &[
        "(",
        ")",
        "'",
        "''",
        " ",
        "\t",
        "\n",
        "\r\n",
        "+",
        "-",
        "/*",
        "*/",
        "/",
        "*",
        "&",
        "&A",
        "%SST(",
        "%",
        "X'",
        "x'C1'",
        "KW(",
        "A",
        "b",
        "1",
        ":",
        "LOOP:",
        "CHGVAR",
        "*CAT",
        "*EQ",
        "¬",
        "é",
        "QGPL/*ALL",
        "=",
        "CMD(",
        "THEN(",
        "GOTO",
        "\u{0}",
        "\u{7f}",
        "日本",
        "_",
        "$",
        "#",
        "@",
    ];

    pub(crate) fn garble(rng: &mut Rng) -> String {
        let n = rng.below(40);
        let mut s = String::new();
        for _ in 0..n {
            if rng.below(8) == 0 {
                // Any character at all, multi-byte ones included.
                let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
                s.push(c);
            } else {
                s.push_str(PIECES[rng.below(PIECES.len())]);
            }
        }
        s
    }

    #[test]
    fn never_panics_on_garbled_input() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut parsed = 0;
        for _ in 0..40_000 {
            let s = garble(&mut rng);
            for text in [s.clone(), format!("CHGVAR {s}"), format!("X A({s})")] {
                if let Ok(c) = parse_command(&text) {
                    parsed += 1;
                    for p in &c.params {
                        // Re-parsing what Display gives must not panic either.
                        let _ = parse_value(&p.value.to_string());
                        if let RawValue::Command(inner) = &p.value {
                            let _ = parse_command(inner);
                        }
                    }
                }
                let _ = parse_value(&text);
            }
        }
        assert!(
            parsed > 1_000,
            "the generator should also produce valid commands ({parsed})"
        );
    }

    #[test]
    fn linear_on_large_input() {
        // 200,000 list elements and a 1 MB string parse at once; a quadratic parser would not.
        let big = format!("X A({})", "*TOTP ".repeat(200_000));
        let c = cmd(&big);
        assert!(matches!(&c.params[0].value, RawValue::List(items) if items.len() == 200_000));
        let big = format!("X A('{}')", "ab''".repeat(250_000));
        assert!(parse_command(&big).is_ok());
        let big = format!("X CMD(Y {})", "B(1) ".repeat(100_000));
        assert!(matches!(cmd(&big).params[0].value, RawValue::Command(_)));
    }
}
