//! Checks a parsed command against its definition and produces typed parameters (DESIGN §3):
//! command functions receive [`Args`], never raw strings.

use super::cl::{ParseError, RawCommand, RawValue};
use super::defs::{CommandDef, Keyword, ParamDef, ParamKind};
use super::names::is_object_name;

/// Why a command's parameters do not fit its definition. Each variant becomes one usage
/// message (exit 2); secrets are never part of one (see [`shown`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArgError {
    /// A value that is not valid for its parameter, with the reason.
    #[error("value '{value}' for parameter {keyword} not valid: {why}")]
    NotValid {
        /// The value as written (or "(not shown)" for a secret).
        value: String,
        /// The parameter's keyword.
        keyword: &'static str,
        /// Why it is refused.
        why: String,
    },
    /// A value that is not one of the parameter's allowed values.
    #[error("value {value} for parameter {keyword} is not one of: {choices}")]
    NotOneOf {
        /// The value as written (or "(not shown)").
        value: String,
        /// The parameter's keyword.
        keyword: &'static str,
        /// What the parameter accepts.
        choices: String,
    },
    /// A value that is not a valid IBM i name.
    #[error("value '{value}' for parameter {keyword} is not a valid name")]
    NotAName {
        /// The value as written.
        value: String,
        /// The parameter's keyword.
        keyword: &'static str,
    },
    /// A number outside the parameter's range.
    #[error("value {value} for parameter {keyword} is not within {min} to {max}")]
    OutOfRange {
        /// The value as written.
        value: String,
        /// The parameter's keyword.
        keyword: &'static str,
        /// Smallest value allowed.
        min: i64,
        /// Largest value allowed.
        max: i64,
    },
    /// A value longer than the parameter allows.
    #[error("value for parameter {keyword} exceeds {max} characters")]
    TooLong {
        /// The parameter's keyword.
        keyword: &'static str,
        /// Largest length allowed.
        max: u32,
    },
    /// More list elements than the parameter allows.
    #[error("parameter {keyword} accepts at most {max} values")]
    TooManyValues {
        /// The parameter's keyword.
        keyword: &'static str,
        /// Largest number of elements.
        max: u32,
    },
    /// A special value that must stand alone was given in a list.
    #[error("value {value} for parameter {keyword} must be specified alone")]
    MustBeAlone {
        /// The special value.
        value: String,
        /// The parameter's keyword.
        keyword: &'static str,
    },
    /// A keyword the command does not have.
    #[error("keyword {0} not valid for this command")]
    UnknownKeyword(String),
    /// More positional values than the command takes.
    #[error("too many positional parameters for command {command}: it takes at most {max}")]
    TooManyPositional {
        /// The command.
        command: &'static str,
        /// How many it takes.
        max: usize,
    },
    /// The same parameter given twice.
    #[error("parameter {0} was given more than once")]
    Duplicate(&'static str),
    /// A required parameter that is missing.
    #[error("parameter {keyword} is required for command {command}")]
    Required {
        /// The parameter's keyword.
        keyword: &'static str,
        /// The command.
        command: &'static str,
    },
    /// A definition's default value that does not parse (a broken definition).
    #[error("default value not valid: {0}")]
    BadDefault(ParseError),
}

type QResult<T> = Result<T, ArgError>;

fn fail<T>(e: ArgError) -> QResult<T> {
    Err(e)
}

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
    /// The values given, with their parameter's index in the definition, in index order.
    /// Only these are made per command: a command of 49 parameters written with two keeps
    /// two values, and reads the others from [`defaults`] (a script of 10,000 statements
    /// holds one [`Args`] per statement, DESIGN §9).
    given: Vec<(usize, Value)>,
    /// The definition's default values, made once per command definition.
    defaults: &'static [Result<Option<Value>, ArgError>],
}

impl Args {
    /// The position of `keyword`'s parameter. A keyword of another command is a programming
    /// error: every command reads its own definition's constants.
    fn index(&self, keyword: Keyword) -> usize {
        assert_eq!(
            keyword.command(),
            self.def.name(),
            "{} read with a keyword of {}",
            self.def.name(),
            keyword.command()
        );
        keyword.index()
    }
    /// The value of a parameter (given or default).
    pub fn value(&self, keyword: Keyword) -> Option<&Value> {
        self.value_at(self.index(keyword))
    }
    /// The value of the parameter at `index` in the definition, for code that walks the
    /// definition's parameters (the script interpreter's return variables).
    pub fn value_at(&self, index: usize) -> Option<&Value> {
        match self.given.iter().find(|(i, _)| *i == index) {
            Some((_, v)) => Some(v),
            // A default that is not valid never gets here: validate refused the command.
            None => self
                .defaults
                .get(index)
                .and_then(|d| d.as_ref().ok())
                .and_then(Option::as_ref),
        }
    }
    /// Whether the parameter at `index` in the definition was given (not defaulted).
    pub fn given_at(&self, index: usize) -> bool {
        self.given.iter().any(|(i, _)| *i == index)
    }
    /// The positions in the definition of the parameters given (not defaulted), in order.
    pub fn given_indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.given.iter().map(|(i, _)| *i)
    }
    /// Whether the parameter was given (not defaulted).
    pub fn given(&self, keyword: Keyword) -> bool {
        self.given_at(self.index(keyword))
    }
    /// The value as text (see [`Value::as_str`]).
    pub fn str(&self, keyword: Keyword) -> Option<&str> {
        self.value(keyword).and_then(Value::as_str)
    }
    /// The value as text, for a parameter that always has one (it is required, or its
    /// definition gives a default).
    pub fn text(&self, keyword: Keyword) -> QResult<&str> {
        self.str(keyword).ok_or(ArgError::Required {
            keyword: keyword.name(),
            command: self.def.name(),
        })
    }
    /// The value as a number, for a parameter that always has one (it is required, or its
    /// definition gives a default) and takes no special value.
    pub fn number(&self, keyword: Keyword) -> QResult<i64> {
        self.int(keyword).ok_or(ArgError::Required {
            keyword: keyword.name(),
            command: self.def.name(),
        })
    }
    /// The value as a number, or None for a special value.
    pub fn int(&self, keyword: Keyword) -> Option<i64> {
        match self.value(keyword) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        }
    }
    /// The list elements as text, borrowed (see [`Args::strings`]).
    pub fn strs(&self, keyword: Keyword) -> impl Iterator<Item = &str> + '_ {
        let items: &[Value] = match self.value(keyword) {
            Some(Value::List(items)) => items,
            Some(other) => std::slice::from_ref(other),
            None => &[],
        };
        items.iter().filter_map(Value::as_str)
    }
    /// The list elements as text.
    pub fn strings(&self, keyword: Keyword) -> Vec<String> {
        self.value(keyword)
            .map(|v| {
                v.items()
                    .into_iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Describes the values a parameter accepts, for messages and help.
pub fn choices(p: &ParamDef) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(p.single().iter().chain(p.special()).map(|s| s.to_string()));
    parts.extend(p.values().iter().map(|s| s.to_string()));
    let typed = match p.kind {
        ParamKind::Name | ParamKind::Qualified if !p.values().is_empty() => None,
        ParamKind::Name => Some(format!("a name of up to {} characters", p.length)),
        ParamKind::Generic => Some(format!(
            "a name or a generic name (NAME*) of up to {} characters",
            p.length
        )),
        ParamKind::Char if p.values().is_empty() => {
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
    let bad = |why: &str| ArgError::NotValid {
        value: shown(p, &raw.to_string()),
        keyword: p.keyword(),
        why: why.to_string(),
    };
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
            if p.is_special(&upper) || p.values().contains(upper.as_str()) {
                return Ok(Value::Special(upper));
            }
            // Free-form character data may start with * (CHGSYSVAL QPWDRULES VALUE(*MINLEN8)).
            if p.kind == ParamKind::Char && p.values().is_empty() && p.list == 0 {
                return Ok(Value::Text(upper));
            }
            return fail(ArgError::NotOneOf {
                value: shown(p, &upper),
                keyword: p.keyword(),
                choices: choices(p),
            });
        }
    }
    let text = match raw {
        RawValue::Word(w) => match p.kind {
            ParamKind::Password => w.clone(),
            ParamKind::Qualified => super::names::stored_name(w),
            _ => w.to_ascii_uppercase(),
        },
        RawValue::Quoted(q) => q.clone(),
        RawValue::Command(c) if p.kind == ParamKind::Command => {
            return Ok(Value::Command(c.trim().to_string()))
        }
        RawValue::Qualified(parts) if p.kind == ParamKind::Qualified => {
            let names: Vec<String> = parts
                .iter()
                .map(|v| super::names::stored_name(&v.to_string()))
                .collect();
            if names.len() != 2 {
                return Err(bad("a qualified name is LIBRARY/OBJECT"));
            }
            for (i, n) in names.iter().enumerate() {
                if !(is_object_name(n, p.length as usize)
                    || super::names::is_quoted_name(n, p.length as usize)
                    || (n.starts_with('*') && ["*LIBL", "*CURLIB"].contains(&n.as_str()))
                    || (i == 1 && n.starts_with('*') && p.special().contains(n.as_str())))
                {
                    return fail(ArgError::NotAName {
                        value: n.clone(),
                        keyword: p.keyword(),
                    });
                }
            }
            if !p.values().is_empty() && !p.values().contains(names[1].as_str()) {
                return fail(ArgError::NotOneOf {
                    value: names[1].clone(),
                    keyword: p.keyword(),
                    choices: choices(p),
                });
            }
            return Ok(Value::Qualified {
                lib: names[0].clone(),
                obj: names[1].clone(),
            });
        }
        _ if p.kind == ParamKind::Command => raw.to_string(),
        _ => return Err(bad("this kind of value is not allowed here")),
    };
    match p.kind {
        ParamKind::Int => {
            let n: i64 = text
                .parse()
                .map_err(|_| bad(&format!("expected {}", choices(p))))?;
            if n < p.range.0 || n > p.range.1 {
                return fail(ArgError::OutOfRange {
                    value: text,
                    keyword: p.keyword(),
                    min: p.range.0,
                    max: p.range.1,
                });
            }
            Ok(Value::Int(n))
        }
        ParamKind::Generic => {
            let stem = text.strip_suffix('*').unwrap_or(&text);
            if text.chars().count() > p.length as usize || !is_object_name(stem, p.length as usize)
            {
                return fail(ArgError::NotAName {
                    value: text,
                    keyword: p.keyword(),
                });
            }
            Ok(Value::Name(text))
        }
        ParamKind::Name | ParamKind::Qualified => {
            // IBM's quoted form ("SavF") names objects (qualified names: files and their
            // libraries); profile and other simple names take the unquoted form only.
            let quoted_ok = p.kind == ParamKind::Qualified
                && super::names::is_quoted_name(&text, p.length as usize);
            if !is_object_name(&text, p.length as usize) && !quoted_ok {
                return fail(ArgError::NotAName {
                    value: text,
                    keyword: p.keyword(),
                });
            }
            if !p.values().is_empty() && !p.values().contains(text.as_str()) {
                return fail(ArgError::NotOneOf {
                    value: text,
                    keyword: p.keyword(),
                    choices: choices(p),
                });
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
                return fail(ArgError::TooLong {
                    keyword: p.keyword(),
                    max: p.length,
                });
            }
            if len < p.min_length as usize {
                return Err(bad("a value is required"));
            }
            // Free text never holds control characters (a secret is never displayed, and
            // may hold any character its password level allows).
            if p.kind == ParamKind::Char {
                if let Err(c) = super::text::check_free_text(&text) {
                    return fail(ArgError::NotValid {
                        value: super::text::escaped(&text),
                        keyword: p.keyword(),
                        why: c.to_string(),
                    });
                }
            }
            if !p.values().is_empty() && !p.values().contains(text.to_ascii_uppercase().as_str()) {
                return fail(ArgError::NotOneOf {
                    value: shown(p, &text),
                    keyword: p.keyword(),
                    choices: choices(p),
                });
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
                    items
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" "),
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
            return fail(ArgError::TooManyValues {
                keyword: p.keyword(),
                max: 1,
            });
        }
        return element(p, raw);
    }
    let items: Vec<&RawValue> = match raw {
        RawValue::List(items) => items.iter().collect(),
        other => vec![other],
    };
    if items.len() > p.list as usize {
        return fail(ArgError::TooManyValues {
            keyword: p.keyword(),
            max: p.list,
        });
    }
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let v = element(p, item)?;
        if let Value::Special(s) = &v {
            if p.single().contains(s.as_str()) && items.len() > 1 {
                return fail(ArgError::MustBeAlone {
                    value: s.clone(),
                    keyword: p.keyword(),
                });
            }
        }
        if out.contains(&v) {
            return fail(ArgError::NotValid {
                value: item.to_string(),
                keyword: p.keyword(),
                why: "specified more than once in the list".into(),
            });
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
                def.params().get(positional - 1)
            }
        })
        .collect()
}

/// A command's parameters as written, matched to its definition but not checked: what the
/// script compiler reads of program statements (DCL, IF, MONMSG…) whose values are CL
/// expressions and variables.
#[derive(Debug, Clone)]
pub struct Bound<'a> {
    def: &'static CommandDef,
    values: Vec<Option<&'a RawValue>>,
}

impl<'a> Bound<'a> {
    /// The value written for a parameter, if any. A keyword of another command is a
    /// programming error.
    pub fn get(&self, keyword: Keyword) -> Option<&'a RawValue> {
        assert_eq!(
            keyword.command(),
            self.def.name(),
            "{} read with a keyword of {}",
            self.def.name(),
            keyword.command()
        );
        self.values[keyword.index()]
    }
    /// The value written for the parameter at `index` of the definition, if any.
    pub fn at(&self, index: usize) -> Option<&'a RawValue> {
        self.values.get(index).copied().flatten()
    }
    /// The values written, in the definition's order.
    pub fn written(&self) -> impl Iterator<Item = &'a RawValue> + '_ {
        self.values.iter().flatten().copied()
    }
}

/// How an unknown keyword is named in a message. On a command that takes a secret the
/// "keyword" may be the start of a password typed without its own keyword
/// (`CHGPWD Summer(2026)x` reads as keyword SUMMER): it is not shown (DESIGN §6). Nothing
/// can tell a mistyped keyword from such a secret, so on these commands none is shown.
fn unknown_keyword(def: &CommandDef, keyword: &str) -> String {
    if def.params().iter().any(|p| p.kind == ParamKind::Password) {
        "(not shown)".to_string()
    } else {
        keyword.to_string()
    }
}

/// Matches a command's parameters to the definition's positions (keywords and positional
/// values), without checking the values. Fails on unknown keywords, too many positional
/// values and duplicates.
pub fn bind<'a>(def: &'static CommandDef, cmd: &'a RawCommand) -> QResult<Bound<'a>> {
    let mut raw: Vec<Option<&RawValue>> = vec![None; def.params().len()];
    let mut position = 0;
    for param in &cmd.params {
        let index = match &param.keyword {
            Some(k) => match def.param(k) {
                Some((i, _)) => i,
                None => return fail(ArgError::UnknownKeyword(unknown_keyword(def, k))),
            },
            None => {
                if position >= def.max_positional {
                    return fail(ArgError::TooManyPositional {
                        command: def.name(),
                        max: def.max_positional,
                    });
                }
                position += 1;
                position - 1
            }
        };
        if raw[index].is_some() {
            return fail(ArgError::Duplicate(def.params()[index].keyword()));
        }
        raw[index] = Some(&param.value);
    }
    Ok(Bound { def, values: raw })
}

/// Checks `cmd` against `def`: keywords, positions, required parameters, types, lengths,
/// ranges and special values. Fails with a usage message (exit 2).
pub fn validate(def: &'static CommandDef, cmd: &RawCommand) -> QResult<Args> {
    let raw = bind(def, cmd)?.values;
    let defaults = defaults(def);
    let mut given = Vec::with_capacity(cmd.params.len());
    for (i, (p, r)) in def.params().iter().zip(&raw).enumerate() {
        match r {
            Some(r) => given.push((i, param_value(p, r)?)),
            None if p.required => {
                return fail(ArgError::Required {
                    keyword: p.keyword(),
                    command: def.name(),
                })
            }
            None => {
                if let Err(e) = &defaults[i] {
                    return Err(e.clone());
                }
            }
        }
    }
    Ok(Args {
        def,
        given,
        defaults,
    })
}

/// The default value of each of `def`'s parameters (None where it has none), made the first
/// time the command is validated and kept for the life of the process: a script that runs a
/// command thousands of times does not make its defaults again each time.
fn defaults(def: &'static CommandDef) -> &'static [Result<Option<Value>, ArgError>] {
    type Made = &'static [Result<Option<Value>, ArgError>];
    static MADE: std::sync::RwLock<Vec<(usize, Made)>> = std::sync::RwLock::new(Vec::new());
    // Definitions are statics: their address names them.
    let key = std::ptr::from_ref(def) as usize;
    let find = |list: &[(usize, Made)]| list.iter().find(|(k, _)| *k == key).map(|(_, m)| *m);
    if let Some(m) = find(&MADE.read().unwrap_or_else(|e| e.into_inner())) {
        return m;
    }
    let mut list = MADE.write().unwrap_or_else(|e| e.into_inner());
    if let Some(m) = find(&list) {
        return m;
    }
    let made: Vec<Result<Option<Value>, ArgError>> = def
        .params()
        .iter()
        .map(|p| p.default().map(|d| default_value(p, d)).transpose())
        .collect();
    let made: Made = Box::leak(made.into_boxed_slice());
    list.push((key, made));
    made
}

fn default_value(p: &ParamDef, d: &str) -> QResult<Value> {
    // Most defaults are one special value: no need to parse them as CL every time.
    if d.starts_with('*') && d.len() > 1 && !d.contains([' ', '(', '/']) && p.list == 0 {
        return Ok(Value::Special(d.to_string()));
    }
    let raw = super::cl::parse_value(d).map_err(ArgError::BadDefault)?;
    param_value(p, &raw)
}
