//! Checks a parsed command against its definition and produces typed parameters (DESIGN §3):
//! command functions receive [`Args`], never raw strings.

use super::cl::{RawCommand, RawValue};
use super::defs::{CommandDef, ParamDef, ParamKind};
use crate::messages::{fail, Failure, QResult};

/// A checked parameter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A special value (`*NONE`), upper case.
    Special(String),
    /// An IBM i name, upper case.
    Name(String),
    /// Character data or a password, case as it must be kept.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A list of values.
    List(Vec<Value>),
    /// A qualified object name.
    Qualified {
        /// Library (`*LIBL` when not given).
        lib: String,
        /// Object.
        obj: String,
    },
    /// A CL command given as a parameter (SBMJOB CMD, IF THEN).
    Command(String),
    /// A CL variable name (without `&`).
    Var(String),
}

impl Value {
    /// The value as text: names, text, special values, commands and variables.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Special(s)
            | Value::Name(s)
            | Value::Text(s)
            | Value::Command(s)
            | Value::Var(s) => Some(s),
            _ => None,
        }
    }
    /// Whether this is the special value `s`.
    pub fn is(&self, s: &str) -> bool {
        matches!(self, Value::Special(v) if v == s)
    }
    /// The elements of a list (a single value is a list of one).
    pub fn items(&self) -> Vec<&Value> {
        match self {
            Value::List(v) => v.iter().collect(),
            other => vec![other],
        }
    }
}

/// The typed parameters of one command.
#[derive(Debug, Clone)]
pub struct Args {
    /// The command's definition.
    pub def: &'static CommandDef,
    values: Vec<Option<Value>>,
    given: Vec<bool>,
}

impl Args {
    fn index(&self, keyword: &str) -> usize {
        self.def
            .param(keyword)
            .unwrap_or_else(|| panic!("{} has no parameter {keyword}", self.def.name))
            .0
    }
    /// The value of a parameter (given or default).
    pub fn value(&self, keyword: &str) -> Option<&Value> {
        self.values[self.index(keyword)].as_ref()
    }
    /// Whether the parameter was given (not defaulted).
    pub fn given(&self, keyword: &str) -> bool {
        self.given[self.index(keyword)]
    }
    /// The value as text (see [`Value::as_str`]).
    pub fn str(&self, keyword: &str) -> Option<&str> {
        self.value(keyword).and_then(Value::as_str)
    }
    /// The value as a number, or None for a special value.
    pub fn int(&self, keyword: &str) -> Option<i64> {
        match self.value(keyword) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        }
    }
    /// The list elements as text.
    pub fn strings(&self, keyword: &str) -> Vec<String> {
        self.value(keyword)
            .map(|v| {
                v.items()
                    .into_iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
    /// Whether the value is the special value `s`.
    pub fn is(&self, keyword: &str, s: &str) -> bool {
        self.value(keyword)
            .is_some_and(|v| v.is(s) || v.items().first().is_some_and(|i| i.is(s)))
    }
}

/// Whether `s` is a valid IBM i name of at most `max` characters.
pub fn is_name(s: &str, max: usize) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= max
        && matches!(b[0], b'A'..=b'Z' | b'$' | b'#' | b'@')
        && b[1..]
            .iter()
            .all(|c| matches!(c, b'A'..=b'Z' | b'0'..=b'9' | b'$' | b'#' | b'@' | b'_' | b'.'))
}

fn raw_text(v: &RawValue) -> String {
    match v {
        RawValue::Word(s) | RawValue::Command(s) => s.clone(),
        RawValue::Quoted(s) => format!("'{s}'"),
        RawValue::Hex(s) => format!("X'{s}'"),
        RawValue::Var(s) => format!("&{s}"),
        RawValue::Qualified(p) => p.iter().map(raw_text).collect::<Vec<_>>().join("/"),
        RawValue::List(p) => format!("({})", p.iter().map(raw_text).collect::<Vec<_>>().join(" ")),
        RawValue::Func(n, a) => format!(
            "{n}({})",
            a.iter().map(raw_text).collect::<Vec<_>>().join(" ")
        ),
    }
}

/// Describes the values a parameter accepts, for messages and help.
pub fn choices(p: &ParamDef) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(p.single.iter().chain(p.special).map(|s| s.to_string()));
    parts.extend(p.values.iter().map(|s| s.to_string()));
    let typed = match p.kind {
        ParamKind::Name | ParamKind::Qualified if !p.values.is_empty() => None,
        ParamKind::Name => Some(format!("a name of up to {} characters", p.length)),
        ParamKind::Char if p.values.is_empty() => {
            Some(format!("text of up to {} characters", p.length))
        }
        ParamKind::Password => Some(format!("a secret of up to {} characters", p.length)),
        ParamKind::Int => Some(format!("{} through {}", p.range.0, p.range.1)),
        ParamKind::Qualified => Some("LIBRARY/OBJECT".into()),
        ParamKind::Command => Some("a CL command".into()),
        ParamKind::Variable => Some("a CL variable &NAME".into()),
        ParamKind::Char => None,
    };
    parts.extend(typed);
    let mut seen = std::collections::HashSet::new();
    parts.retain(|p| seen.insert(p.clone()));
    parts.join(", ")
}

/// How a value is named in a message: never the value of a secret (DESIGN §6).
fn shown(p: &ParamDef, text: &str) -> String {
    if p.kind == ParamKind::Password {
        "(not shown)".to_string()
    } else {
        text.to_string()
    }
}

fn element(p: &ParamDef, raw: &RawValue) -> QResult<Value> {
    let bad = |why: &str| Failure::new("QSY0003", &[&shown(p, &raw_text(raw)), p.keyword, why]);
    if let RawValue::Var(name) = raw {
        return if p.kind == ParamKind::Variable {
            Ok(Value::Var(name.clone()))
        } else {
            Err(bad(
                "CL variables can be used only in CL programs (qsy run)",
            ))
        };
    }
    // A word starting with * is a special value in every type.
    if let RawValue::Word(w) = raw {
        if w.starts_with('*') && !matches!(p.kind, ParamKind::Command) {
            let upper = w.to_ascii_uppercase();
            if p.is_special(&upper) || p.values.contains(&upper.as_str()) {
                return Ok(Value::Special(upper));
            }
            // Free-form character data may start with * (CHGSYSVAL QPWDRULES VALUE(*MINLEN8)).
            if p.kind == ParamKind::Char && p.values.is_empty() && p.list == 0 {
                return Ok(Value::Text(upper));
            }
            return fail("QSY0011", &[&shown(p, &upper), p.keyword, &choices(p)]);
        }
    }
    let text = match raw {
        RawValue::Word(w) => match p.kind {
            ParamKind::Password => w.clone(),
            _ => w.to_ascii_uppercase(),
        },
        RawValue::Quoted(q) => q.clone(),
        RawValue::Command(c) if p.kind == ParamKind::Command => {
            return Ok(Value::Command(c.trim().to_string()))
        }
        RawValue::Qualified(parts) if p.kind == ParamKind::Qualified => {
            let names: Vec<String> = parts
                .iter()
                .map(|v| raw_text(v).to_ascii_uppercase())
                .collect();
            if names.len() != 2 {
                return Err(bad("a qualified name is LIBRARY/OBJECT"));
            }
            for n in &names {
                if !(is_name(n, p.length as usize)
                    || (n.starts_with('*') && ["*LIBL", "*CURLIB"].contains(&n.as_str())))
                {
                    return fail("QSY0008", &[n, p.keyword]);
                }
            }
            if !p.values.is_empty() && !p.values.contains(&names[1].as_str()) {
                return fail("QSY0011", &[&names[1], p.keyword, &choices(p)]);
            }
            return Ok(Value::Qualified {
                lib: names[0].clone(),
                obj: names[1].clone(),
            });
        }
        _ if p.kind == ParamKind::Command => raw_text(raw),
        _ => return Err(bad("this kind of value is not allowed here")),
    };
    match p.kind {
        ParamKind::Int => {
            let n: i64 = text
                .parse()
                .map_err(|_| bad(&format!("expected {}", choices(p))))?;
            if n < p.range.0 || n > p.range.1 {
                return fail(
                    "QSY0007",
                    &[
                        &text,
                        p.keyword,
                        &p.range.0.to_string(),
                        &p.range.1.to_string(),
                    ],
                );
            }
            Ok(Value::Int(n))
        }
        ParamKind::Name | ParamKind::Qualified => {
            if !is_name(&text, p.length as usize) {
                return fail("QSY0008", &[&text, p.keyword]);
            }
            if !p.values.is_empty() && !p.values.contains(&text.as_str()) {
                return fail("QSY0011", &[&text, p.keyword, &choices(p)]);
            }
            if p.kind == ParamKind::Qualified {
                return Ok(Value::Qualified {
                    lib: "*LIBL".into(),
                    obj: text,
                });
            }
            Ok(Value::Name(text))
        }
        ParamKind::Char | ParamKind::Password => {
            let len = text.chars().count();
            if len > p.length as usize {
                return fail("QSY0006", &[p.keyword, &p.length.to_string()]);
            }
            if len < p.min_length as usize {
                return Err(bad("a value is required"));
            }
            if !p.values.is_empty() && !p.values.contains(&text.to_ascii_uppercase().as_str()) {
                return fail("QSY0011", &[&shown(p, &text), p.keyword, &choices(p)]);
            }
            Ok(Value::Text(text))
        }
        ParamKind::Command => Ok(Value::Command(text)),
        ParamKind::Variable => Err(bad("expected a CL variable &NAME")),
    }
}

fn param_value(p: &ParamDef, raw: &RawValue) -> QResult<Value> {
    if p.list == 0 {
        if let RawValue::List(items) = raw {
            if p.kind == ParamKind::Command {
                return Ok(Value::Command(
                    items.iter().map(raw_text).collect::<Vec<_>>().join(" "),
                ));
            }
            if items.len() == 1 {
                return element(p, &items[0]);
            }
            if matches!(p.kind, ParamKind::Char) {
                // Unquoted words in a character parameter: CHGSYSVAL VALUE(*MINLEN8 *DGTMIN1).
                let words: Option<Vec<String>> = items
                    .iter()
                    .map(|i| {
                        if let RawValue::Word(w) = i {
                            Some(w.to_ascii_uppercase())
                        } else {
                            None
                        }
                    })
                    .collect();
                if let Some(words) = words {
                    return element(p, &RawValue::Quoted(words.join(" ")));
                }
            }
            return fail("QSY0009", &[p.keyword, "1"]);
        }
        return element(p, raw);
    }
    let items: Vec<&RawValue> = match raw {
        RawValue::List(items) => items.iter().collect(),
        other => vec![other],
    };
    if items.len() > p.list as usize {
        return fail("QSY0009", &[p.keyword, &p.list.to_string()]);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let v = element(p, item)?;
        if let Value::Special(s) = &v {
            if p.single.contains(&s.as_str()) && items.len() > 1 {
                return fail("QSY0010", &[s, p.keyword]);
            }
        }
        if out.contains(&v) {
            return Err(Failure::new(
                "QSY0003",
                &[
                    &raw_text(item),
                    p.keyword,
                    "specified more than once in the list",
                ],
            ));
        }
        out.push(v);
    }
    Ok(Value::List(out))
}

/// The definition of each parameter as written, in order: by keyword, or by position for a
/// positional value (None for an unknown keyword or a position past the last parameter).
pub fn param_defs(def: &'static CommandDef, cmd: &RawCommand) -> Vec<Option<&'static ParamDef>> {
    let mut positional = 0;
    cmd.params
        .iter()
        .map(|param| match &param.keyword {
            Some(k) => def.param(k).map(|(_, p)| p),
            None => {
                positional += 1;
                def.params.get(positional - 1)
            }
        })
        .collect()
}

/// Matches a command's parameters to the definition's positions (keywords and positional
/// values), without checking the values. Fails on unknown keywords, too many positional
/// values and duplicates.
pub fn bind<'a>(
    def: &'static CommandDef,
    cmd: &'a RawCommand,
) -> QResult<Vec<Option<&'a RawValue>>> {
    let mut raw: Vec<Option<&RawValue>> = vec![None; def.params.len()];
    let mut position = 0;
    for param in &cmd.params {
        let index = match &param.keyword {
            Some(k) => match def.param(k) {
                Some((i, _)) => i,
                None => return fail("CPD0043", &[k]),
            },
            None => {
                if position >= def.max_positional {
                    return fail("QSY0004", &[def.name, &def.max_positional.to_string()]);
                }
                position += 1;
                position - 1
            }
        };
        if raw[index].is_some() {
            return fail("QSY0005", &[def.params[index].keyword]);
        }
        raw[index] = Some(&param.value);
    }
    Ok(raw)
}

/// Checks `cmd` against `def`: keywords, positions, required parameters, types, lengths,
/// ranges and special values. Fails with a usage message (exit 2).
pub fn validate(def: &'static CommandDef, cmd: &RawCommand) -> QResult<Args> {
    let raw = bind(def, cmd)?;
    let n = def.params.len();
    let mut values = Vec::with_capacity(n);
    let mut given = Vec::with_capacity(n);
    for (p, r) in def.params.iter().zip(&raw) {
        match r {
            Some(r) => {
                values.push(Some(param_value(p, r)?));
                given.push(true);
            }
            None if p.required => return fail("QSY0002", &[p.keyword, def.name]),
            None => {
                let v = match p.default {
                    Some(d) => Some(default_value(p, d)?),
                    None => None,
                };
                values.push(v);
                given.push(false);
            }
        }
    }
    let args = Args { def, values, given };
    known_names(&args)?;
    Ok(args)
}

/// Checks names against qsy's own tables wherever a command is validated, so `qsy run
/// --check` reports them too: a SYSVAL parameter must name a system value qsy models.
fn known_names(args: &Args) -> QResult<()> {
    if args.def.param("SYSVAL").is_some() {
        if let Some(name) = args.str("SYSVAL") {
            if crate::system::sysval::def(name).is_none() {
                return fail("CPF1028", &[name]);
            }
        }
    }
    Ok(())
}

fn default_value(p: &ParamDef, d: &str) -> QResult<Value> {
    // Most defaults are one special value: no need to parse them as CL every time.
    if d.starts_with('*') && d.len() > 1 && !d.contains([' ', '(', '/']) && p.list == 0 {
        return Ok(Value::Special(d.to_string()));
    }
    let raw = super::cl::parse_value(d).map_err(|e| Failure::new("QSY0001", &[&e.message]))?;
    param_value(p, &raw)
}
