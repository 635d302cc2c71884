//! What a command says: messages plus the command's data, rendered as text panels or as one
//! JSON / YAML document (DESIGN §4).

use crate::messages::{Message, MsgType};
use serde_json::{Map, Value};
use std::io::Write;

pub mod panel;
pub mod table;

pub use panel::{row, Panel, Row, Shown};

/// A value a command returns for a CL variable (RTVSYSVAL RTNVAR): the script interpreter
/// puts it into the variable the parameter names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Returned {
    /// Character data.
    Text(String),
    /// A number.
    Number(i64),
}

impl From<Returned> for Value {
    fn from(r: Returned) -> Value {
        match r {
            Returned::Text(s) => Value::String(s),
            Returned::Number(n) => Value::from(n),
        }
    }
}

/// The output format chosen with `--output` / `QSY_OUTPUT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Panels and messages for people.
    Text,
    /// One JSON object.
    Json,
    /// The same document as YAML.
    Yaml,
}

impl Format {
    /// Parses `text`, `json` or `yaml`.
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().as_str() {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            "yaml" => Some(Format::Yaml),
            _ => None,
        }
    }
}

/// Everything a command produced.
#[derive(Debug, Default, Clone)]
pub struct Output {
    /// Messages in the order sent.
    pub messages: Vec<Message>,
    /// The command's data (JSON fields, snake_case).
    pub data: Map<String, Value>,
    /// The text panel for people.
    pub text: String,
    /// The values the command returns for CL variables, by the keyword of the variable's
    /// parameter (`RTNVAR`), in the order returned. The JSON / YAML document shows them after
    /// the data, each under its keyword in lower case.
    pub returned: Vec<(&'static str, Returned)>,
    /// The log of a job this command submitted (SBMJOB): its panels and messages, shown
    /// after this command's own messages in text. The JSON / YAML document carries it as
    /// data (`job_log`) instead.
    pub job_log: Option<Box<Output>>,
}

impl Output {
    /// Sends a message.
    pub fn send(&mut self, message: Message) {
        self.messages.push(message);
    }
    /// Sets a data field.
    pub fn set(&mut self, key: &str, value: impl Into<Value>) {
        self.data.insert(key.to_string(), value.into());
    }
    /// Returns a value for the CL variable of parameter `keyword`.
    pub fn returns(&mut self, keyword: &'static str, value: Returned) {
        self.returned.retain(|(k, _)| *k != keyword);
        self.returned.push((keyword, value));
    }
    /// The value returned for the CL variable of parameter `keyword`.
    pub fn returned(&self, keyword: &str) -> Option<&Returned> {
        self.returned
            .iter()
            .find(|(k, _)| *k == keyword)
            .map(|(_, v)| v)
    }
    /// Appends a line to the text panel.
    pub fn line(&mut self, line: impl AsRef<str>) {
        self.text.push_str(line.as_ref());
        self.text.push('\n');
    }
    /// Appends a 5250-style panel line: label padded with dots, then the value.
    pub fn field(&mut self, label: &str, value: impl std::fmt::Display) {
        let mut padded = format!("  {label} ");
        while padded.chars().count() < 40 {
            padded.push_str(if padded.chars().count() % 2 == 0 {
                ". "
            } else {
                " ."
            });
        }
        padded.truncate(40);
        self.text.push_str(&format!("{padded}: {value}\n"));
    }

    /// The JSON document: `{"messages": [...], ...data, ...returned}`.
    pub fn document(&self) -> Value {
        let mut doc = Map::new();
        doc.insert(
            "messages".into(),
            serde_json::to_value(&self.messages).unwrap_or(Value::Null),
        );
        for (k, v) in &self.data {
            doc.insert(k.clone(), v.clone());
        }
        for (k, v) in &self.returned {
            doc.insert(k.to_ascii_lowercase(), v.clone().into());
        }
        Value::Object(doc)
    }

    /// The value returned for the key `key` of the document, if one is (a returned CL
    /// variable's value stands where the data has the same key, as in [`Output::document`]).
    fn returned_for(&self, key: &str) -> Option<&Returned> {
        self.returned
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    }

    /// Writes the output: text panels and completion messages to stdout, diagnostics and
    /// escape messages to stderr; or one document on stdout for JSON/YAML.
    pub fn render(&self, format: Format, quiet: bool) {
        self.render_own(format, quiet);
        if let (Format::Text, Some(log)) = (format, &self.job_log) {
            log.render(format, quiet);
        }
    }

    fn render_own(&self, format: Format, quiet: bool) {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        match format {
            Format::Json => {
                // Written from the output as it is, not from a copy of it (`document`): a
                // report of 100,000 profiles would otherwise be held three times over.
                let mut w = std::io::BufWriter::new(&mut out);
                let _ = serde_json::to_writer_pretty(&mut w, &DocumentView(self));
                let _ = writeln!(w);
                let _ = w.flush();
            }
            Format::Yaml => {
                let _ = write!(out, "{}", to_yaml(&self.document()));
            }
            Format::Text => {
                let _ = write!(out, "{}", self.text);
                let stderr = std::io::stderr();
                let mut err = stderr.lock();
                for m in &self.messages {
                    match m.kind() {
                        MsgType::Escape | MsgType::Diagnostic => {
                            let _ = writeln!(err, "{m}");
                        }
                        _ if !quiet => {
                            let _ = writeln!(out, "{m}");
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}

/// Renders a JSON value as block YAML (the run-time YAML writer: serde_yaml is for build.rs
/// only, DESIGN §3).
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::from("---\n");
    write_yaml(value, 0, &mut out, false);
    out
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => serde_json::to_string(s).unwrap_or_default(),
        Value::Array(a) if a.is_empty() => "[]".into(),
        Value::Object(o) if o.is_empty() => "{}".into(),
        _ => String::new(),
    }
}

fn is_block(v: &Value) -> bool {
    matches!(v, Value::Array(a) if !a.is_empty()) || matches!(v, Value::Object(o) if !o.is_empty())
}

fn write_yaml(value: &Value, indent: usize, out: &mut String, first_inline: bool) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (i, (k, v)) in map.iter().enumerate() {
                if !(first_inline && i == 0) {
                    out.push_str(&pad);
                }
                out.push_str(k);
                out.push(':');
                if is_block(v) {
                    out.push('\n');
                    write_yaml(v, indent + 2, out, false);
                } else {
                    out.push(' ');
                    out.push_str(&scalar(v));
                    out.push('\n');
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for item in items {
                out.push_str(&pad);
                out.push_str("- ");
                if item.is_object() && is_block(item) {
                    write_yaml(item, indent + 2, out, true);
                } else if is_block(item) {
                    out.push('\n');
                    write_yaml(item, indent + 2, out, false);
                } else {
                    out.push_str(&scalar(item));
                    out.push('\n');
                }
            }
        }
        other => {
            out.push_str(&pad);
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

/// [`Output::document`] as a serializable view of the output itself: the same keys in the
/// same order, without copying the data.
struct DocumentView<'a>(&'a Output);

impl serde::Serialize for DocumentView<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let o = self.0;
        let mut map = s.serialize_map(None)?;
        if !o.data.contains_key("messages") {
            map.serialize_entry("messages", &o.messages)?;
        }
        for (k, v) in &o.data {
            match o.returned_for(k) {
                Some(r) if *k == k.to_ascii_lowercase() => {
                    map.serialize_entry(k, &Value::from(r.clone()))?
                }
                _ => map.serialize_entry(k, v)?,
            }
        }
        for (k, v) in &o.returned {
            let key = k.to_ascii_lowercase();
            if !o.data.contains_key(&key) {
                map.serialize_entry(&key, &Value::from(v.clone()))?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_written_is_the_document() {
        let mut out = Output::default();
        out.set("level", 4);
        out.set("usrprf", "OLD");
        out.send(crate::messages::msg::cpc2205("A").completion());
        out.returns("USRPRF", Returned::Text("NEW".into()));
        out.returns("NOPWDCNT", Returned::Number(3));
        out.set("list", serde_json::json!(["a", "b"]));
        let written = serde_json::to_string_pretty(&DocumentView(&out)).unwrap();
        assert_eq!(
            written,
            serde_json::to_string_pretty(&out.document()).unwrap()
        );
        assert!(written.contains("\"usrprf\": \"NEW\""), "{written}");
    }

    #[test]
    fn returned_values_are_kept_apart_and_shown_after_the_data() {
        let mut out = Output::default();
        out.set("level", 4);
        out.returns("NOPWDCNT", Returned::Number(2));
        out.returns("USRPRF", Returned::Text("A B".into()));
        out.returns("NOPWDCNT", Returned::Number(3));
        assert!(!out.data.contains_key("nopwdcnt"));
        assert_eq!(out.returned("NOPWDCNT"), Some(&Returned::Number(3)));
        let doc = out.document();
        let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["messages", "level", "usrprf", "nopwdcnt"]);
        assert_eq!(doc["usrprf"], "A B");
    }

    #[test]
    fn yaml_renders_nested_documents() {
        let doc = serde_json::json!({"messages": [{"id": "CPC2205", "type": "completion"}], "pending": null, "list": ["a", "b"], "empty": []});
        let y = to_yaml(&doc);
        assert_eq!(y, "---\nmessages:\n  - id: \"CPC2205\"\n    type: \"completion\"\npending: null\nlist:\n  - \"a\"\n  - \"b\"\nempty: []\n");
    }
}
