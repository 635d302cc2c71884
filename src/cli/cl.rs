//! Placeholder CL parser until the real one lands (being written in parallel).
/// Raw value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawValue { Word(String), Quoted(String), Hex(String), Var(String), Qualified(Vec<RawValue>), List(Vec<RawValue>), Func(String, Vec<RawValue>), Command(String) }
/// Raw param.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawParam { pub keyword: Option<String>, pub value: RawValue, pub offset: usize }
/// Raw command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCommand { pub label: Option<String>, pub name: String, pub params: Vec<RawParam> }
/// Error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError { pub id: &'static str, pub message: String, pub offset: usize }
fn elem(t: &str) -> RawValue {
    if let Some(q) = t.strip_prefix('\'') { return RawValue::Quoted(q.trim_end_matches('\'').replace("''", "'")); }
    if t.contains('/') && t.len() > 1 { return RawValue::Qualified(t.split('/').map(|p| RawValue::Word(p.into())).collect()); }
    RawValue::Word(t.to_string())
}
/// Parse one value text.
pub fn parse_value(text: &str) -> Result<RawValue, ParseError> {
    let t = text.trim().trim_start_matches('(').trim_end_matches(')');
    let parts: Vec<RawValue> = if t.starts_with('\'') { vec![elem(t)] } else { t.split_whitespace().map(elem).collect() };
    Ok(if parts.len() == 1 { parts.into_iter().next().unwrap() } else { RawValue::List(parts) })
}
/// Parse a command.
pub fn parse_command(text: &str) -> Result<RawCommand, ParseError> {
    let text = text.trim();
    let (name, rest) = text.split_once(' ').unwrap_or((text, ""));
    let mut params = Vec::new();
    let mut rest = rest.trim();
    while !rest.is_empty() {
        if let Some(open) = rest.find('(').filter(|&o| !rest[..o].contains(' ') && !rest.starts_with('\'')) {
            let mut depth = 0; let mut end = rest.len();
            for (i, c) in rest.char_indices().skip(open) { if c == '(' { depth += 1 } else if c == ')' { depth -= 1; if depth == 0 { end = i; break } } }
            params.push(RawParam { keyword: Some(rest[..open].to_uppercase()), value: parse_value(&rest[open + 1..end])?, offset: 0 });
            rest = rest.get(end + 1..).unwrap_or("").trim();
        } else {
            let (tok, r) = rest.split_once(' ').unwrap_or((rest, ""));
            params.push(RawParam { keyword: None, value: elem(tok), offset: 0 });
            rest = r.trim();
        }
    }
    Ok(RawCommand { label: None, name: name.to_uppercase(), params })
}
