//! Every message qsy sends, in one table: IBM's IDs and texts where IBM documents them
//! (DESIGN §7.13), `QSY0xxx` otherwise. The table also fixes each message's class, which
//! decides the exit code of a failure (DESIGN §4): escape 1, usage 2, store 3.

pub mod msg;

pub use msg::TABLE;

use serde::Serialize;
use std::fmt;

mod lang;

/// How a message is delivered, as IBM i message types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MsgType {
    /// The command did what was asked.
    Completion,
    /// Something worth knowing that did not stop the command.
    Diagnostic,
    /// Informational.
    Informational,
    /// The command failed (stderr, exit code from the class).
    Escape,
}

/// What kind of failure an escape message stands for, which fixes the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A completion, diagnostic or informational message: not a failure.
    Info,
    /// The command ran and was refused (exit 1).
    Escape,
    /// Syntax or usage error: unknown command or keyword, value out of range (exit 2).
    Usage,
    /// The store cannot be opened (exit 3).
    Store,
}

impl Class {
    /// The process exit code of a failure of this class.
    pub fn exit_code(self) -> i32 {
        match self {
            Class::Info => 0,
            Class::Escape => 1,
            Class::Usage => 2,
            Class::Store => 3,
        }
    }
}

/// A message built by its typed constructor in [`msg`] (`msg::cpf2204(user)`): ID, class and
/// text with its variables substituted. It becomes an escape [`Failure`] (`.fail()`,
/// `Err(m.into())`) or a [`Message`] of the type the sender chooses (`.completion()`,
/// `.diagnostic()`, `.info()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    id: &'static str,
    class: Class,
    text: String,
}

impl Msg {
    /// The message `id` of class `class`, its `template`'s variables filled in ascending order
    /// of number by `args` (the constructors in [`msg`] check their count at compile time).
    fn build(id: &'static str, class: Class, template: &str, args: &[&dyn fmt::Display]) -> Msg {
        Msg {
            id,
            class,
            text: fill(template, args),
        }
    }
    /// The message ID.
    pub fn id(&self) -> &'static str {
        self.id
    }
    /// The message's class, which fixes the exit code of a failure.
    pub fn class(&self) -> Class {
        self.class
    }
    /// The first-level text, variables substituted.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The message sent as type `kind`.
    pub fn typed(self, kind: MsgType) -> Message {
        Message {
            id: self.id.to_string(),
            kind,
            text: self.text,
        }
    }
    /// A completion message.
    pub fn completion(self) -> Message {
        self.typed(MsgType::Completion)
    }
    /// A diagnostic message.
    pub fn diagnostic(self) -> Message {
        self.typed(MsgType::Diagnostic)
    }
    /// An informational message.
    pub fn info(self) -> Message {
        self.typed(MsgType::Informational)
    }
    /// `Err` of the escape message: the command fails with it.
    pub fn fail<T>(self) -> QResult<T> {
        Err(self.into())
    }
}

impl From<Msg> for Failure {
    fn from(m: Msg) -> Failure {
        let exit_code = match m.class {
            Class::Info => 1,
            c => c.exit_code(),
        };
        Failure {
            message: m.typed(MsgType::Escape),
            exit_code,
        }
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id, self.text)
    }
}

/// The set of `&1`…`&9` variables in `text`, as bits 1 to 9.
const fn variable_set(text: &str) -> u16 {
    let b = text.as_bytes();
    let mut set = 0u16;
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'&' && b[i + 1] >= b'1' && b[i + 1] <= b'9' {
            set |= 1 << (b[i + 1] - b'0');
            i += 2;
        } else {
            i += 1;
        }
    }
    set
}

/// How many distinct `&N` variables `text` has (checked against each constructor's
/// parameters when the crate compiles).
const fn variables(text: &str) -> usize {
    variable_set(text).count_ones() as usize
}

/// Whether `func` is `id` in lower case (checked for each constructor when the crate compiles).
const fn same_name(id: &str, func: &str) -> bool {
    let (a, b) = (id.as_bytes(), func.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i].to_ascii_lowercase() != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `template` with its variables replaced by `args`, in ascending order of variable number.
fn fill(template: &str, args: &[&dyn fmt::Display]) -> String {
    use fmt::Write;
    let set = variable_set(template);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest.as_bytes()[at + 1..];
        match after.first() {
            Some(d @ b'1'..=b'9') => {
                let rank = (set & ((1u16 << (d - b'0')) - 1)).count_ones() as usize;
                if let Some(a) = args.get(rank) {
                    let _ = write!(out, "{a}");
                }
                rest = &rest[at + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of message `id` with `&1`, `&2`, … replaced by `args`.
pub fn text(id: &str, args: &[&str]) -> String {
    let template = lookup(id).map(|(_, _, t)| *t).unwrap_or("&1");
    substitute(template, args)
}

fn lookup(id: &str) -> Option<&'static (&'static str, Class, &'static str)> {
    TABLE.iter().find(|(i, _, _)| *i == id)
}

fn substitute(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut chars = template.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c == '&' {
            if let Some(&(_, d)) = chars.peek() {
                if let Some(n) = d.to_digit(10) {
                    chars.next();
                    if let Some(a) = args.get(n as usize - 1) {
                        out.push_str(a);
                    }
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// The class of message `id` (unknown IDs are escapes).
pub fn class(id: &str) -> Class {
    lookup(id).map(|(_, c, _)| *c).unwrap_or(Class::Escape)
}

/// One message as sent: ID, type and text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// IBM-style ID (`CPF2204`, `QSY0031`).
    pub id: String,
    /// Message type.
    #[serde(rename = "type")]
    pub kind: MsgType,
    /// First-level text, variables substituted.
    pub text: String,
}

impl Message {
    /// A message of type `kind` from the table.
    pub fn new(id: &str, kind: MsgType, args: &[&str]) -> Self {
        Message {
            id: id.to_string(),
            kind,
            text: text(id, args),
        }
    }
    /// A completion message.
    pub fn completion(id: &str, args: &[&str]) -> Self {
        Self::new(id, MsgType::Completion, args)
    }
    /// A diagnostic message.
    pub fn diagnostic(id: &str, args: &[&str]) -> Self {
        Self::new(id, MsgType::Diagnostic, args)
    }
    /// An informational message.
    pub fn info(id: &str, args: &[&str]) -> Self {
        Self::new(id, MsgType::Informational, args)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id, self.text)
    }
}

/// A command that failed: the escape message and its exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The escape message.
    pub message: Message,
    /// Exit code (DESIGN §4).
    pub exit_code: i32,
}

impl Failure {
    /// A failure with message `id` from the table; the exit code comes from its class.
    pub fn new(id: &str, args: &[&str]) -> Self {
        let exit_code = match class(id) {
            Class::Info => 1,
            c => c.exit_code(),
        };
        Failure {
            message: Message::new(id, MsgType::Escape, args),
            exit_code,
        }
    }
    /// The message ID.
    pub fn id(&self) -> &str {
        &self.message.id
    }
}

impl Failure {
    /// The same failure with its text replaced (for messages whose text is built at run time).
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.message.text = text.into();
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

impl std::error::Error for Failure {}

/// Result of anything that can fail with an escape message.
pub type QResult<T> = Result<T, Failure>;

/// Shorthand: `Err(Failure::new(id, args))`.
pub fn fail<T>(id: &str, args: &[&str]) -> QResult<T> {
    Err(Failure::new(id, args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutes_variables() {
        assert_eq!(
            text("CPF2204", &["JSMITH"]),
            "User profile JSMITH not found."
        );
        assert_eq!(
            text("CPC3713", &["JSMITH", "USRPRF"]),
            "USRPRF JSMITH restored without password or group linkage."
        );
    }

    #[test]
    fn constructors_fill_variables_in_order_of_number() {
        assert_eq!(
            msg::cpf2204("JSMITH").text(),
            "User profile JSMITH not found."
        );
        assert_eq!(
            msg::cpc3713("JSMITH", "*USRPRF").text(),
            "*USRPRF JSMITH restored without password or group linkage."
        );
        // IBM's CPF9801 shows only &2 and &3.
        assert_eq!(
            msg::cpf9801("SECBKP", "QGPL").text(),
            "Object SECBKP in library QGPL not found."
        );
        assert_eq!(
            msg::qsy0115("F", "L", 3).text(),
            "3 user profiles saved to save file F in library L."
        );
        // Data is not substituted again, and an ampersand that is no variable stays.
        assert_eq!(msg::cpf9898("&1 & &X").text(), "&1 & &X.");
        assert_eq!(fill("A & B &0", &[]), "A & B &0");
    }

    #[test]
    fn qsy_texts_number_their_variables_from_one() {
        for (id, _, text) in TABLE.iter().filter(|(id, _, _)| id.starts_with("QSY")) {
            let n = variables(text) as u32;
            assert_eq!(variable_set(text), ((1u16 << n) - 1) << 1, "{id}: {text}");
        }
    }

    #[test]
    fn a_msg_becomes_a_failure_or_a_message_of_the_chosen_type() {
        let f: Failure = msg::cpd0043("X").into();
        assert_eq!((f.id(), f.exit_code), ("CPD0043", 2));
        assert_eq!(f.message.kind, MsgType::Escape);
        assert_eq!(
            f.to_string(),
            "CPD0043: Keyword X not valid for this command."
        );
        assert_eq!(Failure::from(msg::qsy0024("s", "e")).exit_code, 3);
        assert_eq!(Failure::from(msg::cpf2362()).exit_code, 1);
        // An informational message sent as an escape still fails with exit 1.
        assert_eq!(Failure::from(msg::qsy0087()).exit_code, 1);
        let m = msg::qsy0082("U").diagnostic();
        assert_eq!((m.id.as_str(), m.kind), ("QSY0082", MsgType::Diagnostic));
        assert_eq!(msg::qsy0082("U").completion().kind, MsgType::Completion);
        assert_eq!(msg::qsy0082("U").info().kind, MsgType::Informational);
        assert!(msg::cpf2362().fail::<()>().is_err());
    }

    #[test]
    fn ids_are_unique_and_exit_codes_follow_class() {
        let mut ids: Vec<_> = TABLE.iter().map(|(i, _, _)| *i).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate message ID in TABLE");
        assert_eq!(Failure::new("CPF2204", &["X"]).exit_code, 1);
        assert_eq!(Failure::new("CPD0043", &["X"]).exit_code, 2);
        assert_eq!(Failure::new("QSY0020", &["X", "y"]).exit_code, 3);
    }
}
