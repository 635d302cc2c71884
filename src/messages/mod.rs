//! Every message qsy sends, in one table: IBM's IDs and texts where IBM documents them
//! (DESIGN §7.13), `QSY0xxx` otherwise. The table also fixes each message's class, which
//! decides the exit code of a failure (DESIGN §4): escape 1, usage 2, store 3.

pub mod msg;

pub use msg::TABLE;

use serde::Serialize;
use std::fmt;

mod lang;

pub use lang::syntax;

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

/// A message identifier: seven characters, a three-character prefix (a letter, then letters
/// or digits) and four hexadecimal digits, as IBM i's message files have them (`CPF22E2`,
/// `QSY0031`, a shop's `USR0001`). qsy's own messages take theirs from the table; a program
/// can send any valid one (SNDPGMMSG MSGID), which [`MsgId::parse`] checks.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct MsgId([u8; 7]);

impl MsgId {
    /// The ID `text` stands for, upper-cased, when it has the form of a message identifier.
    pub fn parse(text: &str) -> Option<MsgId> {
        let b = text.as_bytes();
        if b.len() != 7 {
            return None;
        }
        let mut id = [0u8; 7];
        for (i, c) in b.iter().enumerate() {
            let c = c.to_ascii_uppercase();
            let ok = match i {
                0 => c.is_ascii_uppercase(),
                1 | 2 => c.is_ascii_uppercase() || c.is_ascii_digit(),
                _ => c.is_ascii_digit() || (b'A'..=b'F').contains(&c),
            };
            if !ok {
                return None;
            }
            id[i] = c;
        }
        Some(MsgId(id))
    }

    /// An ID of the message table (checked when the table is built and by its tests).
    fn of_table(id: &'static str) -> MsgId {
        let mut b = [b'?'; 7];
        for (d, s) in b.iter_mut().zip(id.bytes()) {
            *d = s;
        }
        MsgId(b)
    }

    /// The ID as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???????")
    }
}

impl fmt::Display for MsgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for MsgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl Serialize for MsgId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A message a program sends with SNDPGMMSG MSGID(…) MSGDTA(…), of class `class`: for a
/// message of qsy's table its text with the data substituted (one variable takes the whole
/// data; with several, each takes a 10-character field in order and the last the rest:
/// qsy's decision, it has no message descriptions with field formats), and for any other
/// ID the data as it is. None when `id` is not a valid message identifier.
pub fn program_message(id: &str, data: &str, class: Class) -> Option<Msg> {
    let id = MsgId::parse(id)?;
    let data = data.trim_end();
    let (text, data) = match TABLE.iter().find(|(t, _, _)| *t == id.as_str()) {
        Some((_, _, template)) => {
            let n = variables(template);
            let mut fields: Vec<String> = Vec::with_capacity(n);
            let chars: Vec<char> = data.chars().collect();
            let mut at = 0;
            for i in 0..n {
                let end = if i + 1 == n {
                    chars.len()
                } else {
                    (at + 10).min(chars.len())
                };
                fields.push(chars[at..end].iter().collect::<String>().trim().to_string());
                at = end;
            }
            let args: Vec<&str> = fields.iter().map(String::as_str).collect();
            (fill(template, &args), fields)
        }
        None if data.is_empty() => ("(no message data)".to_string(), Vec::new()),
        None => (fill("&1", &[data]), vec![data.to_string()]),
    };
    Some(Msg {
        id,
        class,
        text,
        data,
    })
}

/// A message built by its typed constructor in [`msg`] (`msg::cpf2204(user)`): ID, class and
/// text with its variables substituted. It becomes an escape [`Failure`] (`.fail()`,
/// `Err(m.into())`) or a [`Message`] of the type the sender chooses (`.completion()`,
/// `.diagnostic()`, `.info()`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    id: MsgId,
    class: Class,
    text: String,
    /// The substitution values, in order (RCVMSG MSGDTA).
    data: Vec<String>,
}

impl Msg {
    /// The message `id` of class `class`, its `template`'s variables filled in ascending order
    /// of number by `args` (the constructors in [`msg`] check their count at compile time).
    fn build(id: &'static str, class: Class, template: &str, args: &[&dyn fmt::Display]) -> Msg {
        // Each value is formatted once, for the data and the text alike.
        let data: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let values: Vec<&str> = data.iter().map(String::as_str).collect();
        Msg {
            id: MsgId::of_table(id),
            class,
            text: fill(template, &values),
            data,
        }
    }
    /// The message ID.
    pub fn id(&self) -> &str {
        self.id.as_str()
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
            id: self.id,
            kind,
            text: self.text,
            data: self.data,
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
fn fill(template: &str, args: &[&str]) -> String {
    let set = variable_set(template);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest.as_bytes()[at + 1..];
        match after.first() {
            Some(d @ b'1'..=b'9') => {
                let rank = (set & ((1u16 << (d - b'0')) - 1)).count_ones() as usize;
                if let Some(&value) = args.get(rank) {
                    // A value from the user (or a file) is shown, never obeyed: control
                    // characters other than line breaks and tabs are written as <U+XXXX>.
                    if value
                        .chars()
                        .any(|c| crate::lang::text::is_refused(c) && c != '\n' && c != '\t')
                    {
                        for c in value.chars() {
                            if c == '\n' || c == '\t' {
                                out.push(c);
                            } else {
                                out.push_str(&crate::lang::text::escaped(
                                    c.encode_utf8(&mut [0; 4]),
                                ));
                            }
                        }
                    } else {
                        out.push_str(value);
                    }
                }
                rest = &rest[at + 2..];
                // A value that ends its own sentence ("…reset.", "Did you mean X?") takes
                // the place of the text's period after it: never a doubled period.
                if rest.starts_with('.')
                    && !rest.starts_with("..")
                    && out.ends_with(['.', '?', '!'])
                {
                    rest = &rest[1..];
                }
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

/// One message as sent: ID, type and text. Only [`Msg`] makes one, so every message sent
/// comes from the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    id: MsgId,
    #[serde(rename = "type")]
    kind: MsgType,
    text: String,
    /// The substitution values (never shown: a CL program receives them with RCVMSG MSGDTA).
    #[serde(skip)]
    data: Vec<String>,
}

impl Message {
    /// IBM-style ID (`CPF2204`, `QSY0031`).
    pub fn id(&self) -> &str {
        self.id.as_str()
    }
    /// Message type.
    pub fn kind(&self) -> MsgType {
        self.kind
    }
    /// First-level text, variables substituted.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// The message data as RCVMSG MSGDTA returns it: the substitution values one after the
    /// other, each value of up to 10 characters (a name) padded to 10 (qsy's layout: qsy
    /// has no message descriptions to give each field its IBM length).
    pub fn data(&self) -> String {
        self.data
            .iter()
            .map(|v| {
                if v.chars().count() <= 10 {
                    format!("{v:<10}")
                } else {
                    v.clone()
                }
            })
            .collect()
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id, self.text)
    }
}

/// A command that failed: the escape message and its exit code. Only [`Msg`] makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    message: Message,
    exit_code: i32,
}

impl Failure {
    /// The message ID.
    pub fn id(&self) -> &str {
        self.message.id.as_str()
    }
    /// The escape message.
    pub fn message(&self) -> &Message {
        &self.message
    }
    /// The escape message, taken out.
    pub fn into_message(self) -> Message {
        self.message
    }
    /// Exit code (DESIGN §4): 1 for an escape, 2 for a usage error, 3 for the store.
    pub fn exit_code(&self) -> i32 {
        self.exit_code
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A value shown in a message cannot drive the terminal: ESC, BEL, CR and the like are
    /// written out; line breaks stay.
    #[test]
    fn substituted_values_never_carry_control_characters() {
        let m = msg::cpf2204("A\x1b[2J\x07\r\u{9b}B");
        assert_eq!(
            m.text(),
            "User profile A<U+001B>[2J<U+0007><U+000D><U+009B>B not found."
        );
        assert_eq!(msg::qsy0216("a\nb\tc").text(), "a\nb\tc");
    }

    #[test]
    fn message_ids_have_ibms_form_and_every_table_id_has_it() {
        for good in ["CPF9898", "usr0001", "QSY0600", "CPF22E2", "A1B0FFF"] {
            let id = MsgId::parse(good).expect(good);
            assert_eq!(id.as_str(), good.to_ascii_uppercase());
        }
        for bad in [
            "", "CPF989", "CPF98988", "1PF9898", "CPF98G8", "CP 9898", "CPF-898", "ÄPF9898",
        ] {
            assert!(MsgId::parse(bad).is_none(), "{bad}");
        }
        for (id, _, _) in TABLE {
            assert!(MsgId::parse(id).is_some(), "{id}");
        }
    }

    #[test]
    fn program_messages_fill_known_texts_and_keep_raw_data_otherwise() {
        let m = program_message("cpf2204", "JSMITH", Class::Escape).unwrap();
        assert_eq!(
            (m.id(), m.text()),
            ("CPF2204", "User profile JSMITH not found.")
        );
        assert_eq!(Failure::from(m).exit_code(), 1);
        // Several variables: 10-character fields in order, the last takes the rest.
        let m = program_message("CPF9801", "SECBKP    QGPL", Class::Info).unwrap();
        assert_eq!(m.text(), "Object SECBKP in library QGPL not found.");
        let m = program_message("USR0001", "raw  data  ", Class::Info).unwrap();
        assert_eq!((m.id(), m.text()), ("USR0001", "raw  data"));
        assert_eq!(
            program_message("USR0001", "", Class::Info).unwrap().text(),
            "(no message data)"
        );
        assert!(program_message("NOTANID", "x", Class::Info).is_none());
        // Data is shown, never obeyed.
        let m = program_message("USR0001", "a\x1bb", Class::Info).unwrap();
        assert_eq!(m.text(), "a<U+001B>b");
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

    /// Issue 18 item 13: no doubled periods. Every message of the table, filled with values
    /// that end their own sentence, has no ".." (an ellipsis "..." written in a text is
    /// its own), nor ". ." or "?.".
    #[test]
    fn no_message_of_the_table_doubles_a_period() {
        let values: [&str; 9] = ["a.", "b.", "c?", "d.", "e.", "f.", "g.", "h.", "i."];
        for (id, _, template) in msg::TABLE {
            let text = fill(template, &values);
            let without_ellipses = text.replace("...", "");
            assert!(
                !without_ellipses.contains("..") && !text.contains("?.") && !text.contains(". ."),
                "{id}: {text}"
            );
        }
        assert_eq!(
            msg::qsy0123("JSMITH", "reason.").text(),
            "User profile JSMITH restored with password *NONE: reason."
        );
        assert_eq!(msg::cpf9898("Done...").text(), "Done...");
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
        assert_eq!((f.id(), f.exit_code()), ("CPD0043", 2));
        assert_eq!(f.message().kind(), MsgType::Escape);
        assert_eq!(
            f.to_string(),
            "CPD0043: Keyword X not valid for this command."
        );
        assert_eq!(Failure::from(msg::qsy0024("s", "e")).exit_code(), 3);
        assert_eq!(Failure::from(msg::cpf2362()).exit_code(), 1);
        // An informational message sent as an escape still fails with exit 1.
        assert_eq!(Failure::from(msg::qsy0087()).exit_code(), 1);
        let m = msg::qsy0082("U").diagnostic();
        assert_eq!((m.id(), m.kind()), ("QSY0082", MsgType::Diagnostic));
        assert_eq!(m.text(), "User profile U created.");
        assert_eq!(msg::qsy0082("U").completion().kind(), MsgType::Completion);
        assert_eq!(msg::qsy0082("U").info().kind(), MsgType::Informational);
        assert!(msg::cpf2362().fail::<()>().is_err());
    }

    /// The generated part of `docs/message-ids.md`: one row per table entry.
    fn docs_table() -> String {
        let mut out = String::from("| ID | Class | Text |\n|---|---|---|\n");
        for (id, class, text) in TABLE {
            let class = match class {
                Class::Info => "info",
                Class::Escape => "escape",
                Class::Usage => "usage",
                Class::Store => "store",
            };
            out.push_str(&format!("| {id} | {class} | `{text}` |\n"));
        }
        out
    }

    #[test]
    fn docs_list_exactly_the_table() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/message-ids.md");
        let doc = std::fs::read_to_string(&path).expect("docs/message-ids.md");
        let (start, end) = (
            "<!-- message table: generated -->\n",
            "<!-- end of message table -->",
        );
        let a = doc.find(start).expect("start marker") + start.len();
        let b = doc.find(end).expect("end marker");
        let want = docs_table();
        if doc[a..b] != want {
            if std::env::var_os("QSY_BLESS").is_some() {
                let new = format!("{}{want}{}", &doc[..a], &doc[b..]);
                std::fs::write(&path, new).expect("write docs/message-ids.md");
            } else {
                panic!("docs/message-ids.md lists other IDs than the table: run QSY_BLESS=1 cargo test --lib messages");
            }
        }
        // Every ID the old → new table names as new is in the table; removed IDs are not.
        let ids: Vec<&str> = TABLE.iter().map(|(i, _, _)| *i).collect();
        let old_new = &doc[doc.find("## Old → new IDs").expect("old → new section")..];
        for row in old_new.lines().filter(|l| l.starts_with("| QSY")) {
            let new = row.split('|').nth(2).expect("new ID column").trim();
            for id in new.split('–') {
                assert!(
                    ids.contains(&id),
                    "{id} in the old → new table is not in TABLE"
                );
            }
        }
        for gone in [
            "CPF0001", "QSY0001", "QSY0042", "QSY0043", "QSY0070", "QSY0096", "QSY0121", "QSY0122",
            "QSY0208", "QSY0111",
        ] {
            assert!(!ids.contains(&gone), "{gone} was removed");
        }
    }

    #[test]
    fn ids_are_unique_and_exit_codes_follow_class() {
        let mut ids: Vec<_> = TABLE.iter().map(|(i, _, _)| *i).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate message ID in TABLE");
        for (id, class, _) in TABLE {
            assert!(
                id.len() == 7
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()),
                "{id}"
            );
            assert!(
                id.starts_with("QSY0") || id.starts_with("CP") || id.starts_with("MCH"),
                "{id}: qsy's own IDs are QSY0xxx"
            );
            let _ = class.exit_code();
        }
        assert_eq!(Failure::from(msg::cpf2204("X")).exit_code(), 1);
        assert_eq!(Failure::from(msg::cpd0043("X")).exit_code(), 2);
        assert_eq!(Failure::from(msg::qsy0020("X", "y")).exit_code(), 3);
    }
}
