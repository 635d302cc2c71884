//! Display records: a command that shows something builds one `#[derive(Serialize)]` record;
//! its JSON fields are the command's data, and its text panel is drawn from those same
//! fields, row by row ([`Panel::ROWS`]), so the two forms cannot drift apart.

use super::Output;
use serde::Serialize;
use serde_json::{Map, Value};

/// How a field of a display record is written on its text panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// As it is: text without quotes, numbers in digits, nothing for null, a list's
    /// elements separated by blanks.
    AsIs,
    /// As it is, and `*NONE` for null or an empty list.
    OrNone,
    /// `*YES` or `*NO` for a boolean.
    YesNo,
    /// `*SET` or `*NONE` for a boolean (a secret is shown only as set or not set).
    SetOrNone,
    /// Left off the panel when null; otherwise as it is.
    IfSet,
    /// Left off the panel when null; otherwise the value followed by this note.
    WithNote(&'static str),
}

/// One line of a text panel: its label and the record field it shows.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    /// The label, padded with dots on the panel.
    pub label: &'static str,
    /// The name of the field in the record's JSON form.
    pub field: &'static str,
    /// How the field's value is written.
    pub shown: Shown,
}

/// A row of a panel (for `const` tables).
pub const fn row(label: &'static str, field: &'static str, shown: Shown) -> Row {
    Row {
        label,
        field,
        shown,
    }
}

/// A display record with its text panel.
pub trait Panel: Serialize {
    /// The panel's title line; none when empty.
    const TITLE: &'static str;
    /// The panel's lines in order; each names a field of the record.
    const ROWS: &'static [Row];
}

/// The record's fields, in declaration order.
fn fields<R: Serialize>(record: &R) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// A value as it is written on a panel.
fn plain(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(" "),
        other => other.to_string(),
    }
}

/// The text a row shows, or None when the row is left off.
fn shown(value: &Value, how: Shown) -> Option<String> {
    let none = |v: &Value| match v {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        _ => false,
    };
    Some(match how {
        Shown::AsIs => plain(value),
        Shown::OrNone if none(value) => "*NONE".into(),
        Shown::OrNone => plain(value),
        Shown::YesNo => (if value == &Value::Bool(true) {
            "*YES"
        } else {
            "*NO"
        })
        .into(),
        Shown::SetOrNone => (if value == &Value::Bool(true) {
            "*SET"
        } else {
            "*NONE"
        })
        .into(),
        Shown::IfSet | Shown::WithNote(_) if value.is_null() => return None,
        Shown::IfSet => plain(value),
        Shown::WithNote(note) => format!("{}{note}", plain(value)),
    })
}

impl Output {
    /// Adds a record's fields to the command's data, in the record's order.
    pub fn record<R: Serialize>(&mut self, record: &R) {
        for (key, value) in fields(record) {
            self.data.insert(key, value);
        }
    }

    /// Shows a display record: its text panel (title, then [`Panel::ROWS`]) and its fields
    /// in the command's data.
    pub fn panel<P: Panel>(&mut self, record: &P) {
        let data = fields(record);
        if !P::TITLE.is_empty() {
            self.line(P::TITLE);
        }
        for r in P::ROWS {
            let value = data
                .get(r.field)
                .unwrap_or_else(|| panic!("panel row {:?}: no field {}", r.label, r.field));
            if let Some(text) = shown(value, r.shown) {
                self.field(r.label, text);
            }
        }
        for (key, value) in data {
            self.data.insert(key, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Sample {
        name: &'static str,
        count: u32,
        flag: bool,
        list: Vec<&'static str>,
        pending: Option<&'static str>,
    }

    impl Panel for Sample {
        const TITLE: &'static str = "  Sample";
        const ROWS: &'static [Row] = &[
            row("Count", "count", Shown::AsIs),
            row("Name", "name", Shown::AsIs),
            row("Flag", "flag", Shown::YesNo),
            row("Set", "flag", Shown::SetOrNone),
            row("List", "list", Shown::OrNone),
            row("Pending", "pending", Shown::WithNote(" (later)")),
            row("Pending if set", "pending", Shown::IfSet),
            row("Pending or none", "pending", Shown::OrNone),
        ];
    }

    #[test]
    fn panel_rows_show_the_record_fields() {
        let mut out = Output::default();
        out.panel(&Sample {
            name: "A",
            count: 3,
            flag: true,
            list: vec![],
            pending: None,
        });
        let lines: Vec<&str> = out.text.lines().collect();
        assert_eq!(lines[0], "  Sample");
        assert!(lines[1].starts_with("  Count . ") && lines[1].ends_with(": 3"));
        assert!(lines[3].ends_with(": *YES") && lines[4].ends_with(": *SET"));
        assert!(lines[5].ends_with(": *NONE"));
        // The null pending value with a note is left off.
        assert_eq!(lines.len(), 7);
        assert!(lines[6].starts_with("  Pending or none") && lines[6].ends_with(": *NONE"));
        let keys: Vec<&String> = out.data.keys().collect();
        assert_eq!(keys, ["name", "count", "flag", "list", "pending"]);
    }
}
