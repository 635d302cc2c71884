//! CL variables and expressions: `DCL` types, `CHGVAR` values, `IF COND()` conditions and
//! expressions in parameters (`MSG('Step ' *CAT &N)`), with CL's operators and precedence.

use crate::lang::cl::RawValue;
use crate::messages::{msg, Msg};
use std::collections::HashMap;

/// Why a CL expression cannot be evaluated or a value cannot be assigned to a variable.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExprError {
    /// A value used as a number is not one.
    #[error("'{0}' is not a number")]
    NotANumber(String),
    /// A value used as a logical value is not '0' or '1'.
    #[error("'{0}' is not a logical value")]
    NotLogical(String),
    /// A variable that no DCL declares.
    #[error("variable &{0} is not declared")]
    NotDeclared(String),
    /// A number that does not fit the variable's *DEC digits.
    #[error("value {value} too large for &{name}")]
    TooLarge {
        /// The value, rounded to the variable's decimal positions.
        value: f64,
        /// The variable.
        name: String,
    },
    /// Two values without an operator between them.
    #[error("operator expected in expression")]
    OperatorExpected,
    /// An operator at the end of the expression.
    #[error("value expected at the end of the expression")]
    ValueExpectedAtEnd,
    /// An operator where a value must come.
    #[error("value expected before {0}")]
    ValueExpectedBefore(String),
    /// A built-in function given too few arguments.
    #[error("{0} needs more arguments")]
    MissingArguments(String),
    /// A %SST start and length outside the value.
    #[error("{function}: start {start} and length {len} are outside the value")]
    OutsideValue {
        /// The function as written (%SST or %SUBSTRING).
        function: String,
        /// Start position, from 1.
        start: usize,
        /// Length.
        len: usize,
    },
    /// A built-in function qsy does not have.
    #[error("built-in function {0} is not supported")]
    UnsupportedFunction(String),
    /// Division by zero.
    #[error("division by zero")]
    DivisionByZero,
}

impl From<ExprError> for Msg {
    fn from(e: ExprError) -> Msg {
        match e {
            ExprError::NotANumber(v) => msg::qsy0230(v),
            ExprError::NotLogical(v) => msg::qsy0231(v),
            ExprError::NotDeclared(name) => msg::qsy0232(name),
            ExprError::TooLarge { value, name } => msg::qsy0233(value, name),
            ExprError::OperatorExpected => msg::qsy0234(),
            ExprError::ValueExpectedAtEnd => msg::qsy0235(),
            ExprError::ValueExpectedBefore(op) => msg::qsy0236(op),
            ExprError::MissingArguments(f) => msg::qsy0237(f),
            ExprError::OutsideValue {
                function,
                start,
                len,
            } => msg::qsy0238(function, start, len),
            ExprError::UnsupportedFunction(f) => msg::qsy0239(f),
            ExprError::DivisionByZero => msg::qsy0240(),
        }
    }
}

/// A value during evaluation.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    /// Character data.
    Str(String),
    /// A number with its count of decimal positions (for %CHAR).
    Num(f64, u8),
    /// A logical value.
    Lgl(bool),
}

impl Val {
    /// The value as character data (numbers formatted as %CHAR does).
    pub fn text(&self) -> String {
        match self {
            Val::Str(s) => s.clone(),
            Val::Num(n, d) => format!("{:.*}", *d as usize, n),
            Val::Lgl(b) => if *b { "1" } else { "0" }.to_string(),
        }
    }
    fn number(&self) -> Result<f64, ExprError> {
        match self {
            Val::Num(n, _) => Ok(*n),
            Val::Str(s) => s
                .trim()
                .parse()
                .map_err(|_| ExprError::NotANumber(s.trim_end().to_string())),
            Val::Lgl(b) => Ok(f64::from(u8::from(*b))),
        }
    }
    fn logical(&self) -> Result<bool, ExprError> {
        match self {
            Val::Lgl(b) => Ok(*b),
            Val::Str(s) if s.trim_end() == "1" => Ok(true),
            Val::Str(s) if s.trim_end() == "0" => Ok(false),
            other => Err(ExprError::NotLogical(other.text())),
        }
    }
}

/// A declared variable's type (DCL TYPE and LEN).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarType {
    /// *CHAR of a fixed length.
    Char(usize),
    /// *DEC with total digits and decimal positions.
    Dec(u8, u8),
    /// *LGL.
    Lgl,
    /// *INT.
    Int,
}

/// How RTVSYSVAL sees a variable's declared type.
pub fn shape(ty: VarType) -> crate::system::sysval::VarShape {
    use crate::system::sysval::VarShape;
    match ty {
        VarType::Char(n) => VarShape::Char(n),
        VarType::Dec(digits, decimals) => VarShape::Dec(digits, decimals),
        VarType::Lgl => VarShape::Lgl,
        VarType::Int => VarShape::Int,
    }
}

/// One declared variable.
#[derive(Debug, Clone)]
pub struct Var {
    /// Its type.
    pub ty: VarType,
    /// Its value (character values are padded to the declared length, as in CL).
    pub val: Val,
}

/// The program's variables.
#[derive(Debug, Default, Clone)]
pub struct Vars {
    map: HashMap<String, Var>,
}

impl Vars {
    /// Declares a variable with its initial value.
    pub fn declare(&mut self, name: &str, ty: VarType, init: Option<Val>) -> Result<(), ExprError> {
        let zero = match ty {
            VarType::Char(n) => Val::Str(" ".repeat(n)),
            VarType::Dec(_, d) => Val::Num(0.0, d),
            VarType::Lgl => Val::Lgl(false),
            VarType::Int => Val::Num(0.0, 0),
        };
        self.map.insert(name.to_string(), Var { ty, val: zero });
        if let Some(v) = init {
            self.assign(name, v)?;
        }
        Ok(())
    }
    /// A variable.
    pub fn get(&self, name: &str) -> Option<&Var> {
        self.map.get(name)
    }
    /// Assigns with CL's conversions: character values padded or truncated to the length,
    /// numbers rounded to the declared decimal positions.
    pub fn assign(&mut self, name: &str, v: Val) -> Result<(), ExprError> {
        let var = self
            .map
            .get_mut(name)
            .ok_or_else(|| ExprError::NotDeclared(name.to_string()))?;
        var.val = match var.ty {
            VarType::Char(n) => {
                let mut s: String = v.text().chars().take(n).collect();
                let len = s.chars().count();
                s.extend(std::iter::repeat_n(' ', n - len));
                Val::Str(s)
            }
            VarType::Dec(digits, d) => {
                let x = v.number()?;
                let scale = 10f64.powi(i32::from(d));
                let r = (x * scale).round() / scale;
                if r.abs() >= 10f64.powi(i32::from(digits) - i32::from(d)) {
                    return Err(ExprError::TooLarge {
                        value: r,
                        name: name.to_string(),
                    });
                }
                Val::Num(r, d)
            }
            VarType::Int => Val::Num(v.number()?.trunc(), 0),
            VarType::Lgl => Val::Lgl(v.logical()?),
        };
        Ok(())
    }
}

/// Operator precedence (higher binds tighter), CL's order.
fn binary(op: &str) -> Option<(u8, &'static str)> {
    Some(match op.to_ascii_uppercase().as_str() {
        "*" => (6, "*"),
        "/" => (6, "/"),
        "+" => (5, "+"),
        "-" => (5, "-"),
        "*CAT" | "||" => (4, "*CAT"),
        "*BCAT" | "|>" => (4, "*BCAT"),
        "*TCAT" | "|<" => (4, "*TCAT"),
        "*EQ" | "=" => (3, "*EQ"),
        "*NE" | "¬=" | "!=" => (3, "*NE"),
        "*GT" | ">" => (3, "*GT"),
        "*LT" | "<" => (3, "*LT"),
        "*GE" | ">=" => (3, "*GE"),
        "*LE" | "<=" => (3, "*LE"),
        "*NG" | "¬>" => (3, "*LE"),
        "*NL" | "¬<" => (3, "*GE"),
        "*AND" | "&" => (2, "*AND"),
        "*OR" | "|" => (1, "*OR"),
        _ => return None,
    })
}

fn is_not(op: &str) -> bool {
    op.eq_ignore_ascii_case("*NOT") || op == "¬" || op == "!"
}

/// Whether a parameter value is an expression (has operators or built-in functions), so
/// it must be evaluated before the command sees it.
pub fn is_expression(v: &RawValue) -> bool {
    match v {
        RawValue::Func(..) => true,
        RawValue::List(items) => items.iter().any(|i| {
            matches!(i, RawValue::Word(w) if binary(w).is_some() || is_not(w))
                || matches!(i, RawValue::Func(..))
        }),
        _ => false,
    }
}

/// Evaluates an expression.
pub fn eval(v: &RawValue, vars: &Vars) -> Result<Val, ExprError> {
    let tokens: Vec<&RawValue> = match v {
        RawValue::List(items) => items.iter().collect(),
        other => vec![other],
    };
    let mut pos = 0;
    let val = parse_expr(&tokens, &mut pos, 0, vars)?;
    if pos != tokens.len() {
        return Err(ExprError::OperatorExpected);
    }
    Ok(val)
}

fn parse_expr(t: &[&RawValue], pos: &mut usize, min: u8, vars: &Vars) -> Result<Val, ExprError> {
    let mut left = parse_unary(t, pos, vars)?;
    while let Some(RawValue::Word(w)) = t.get(*pos) {
        let Some((prec, op)) = binary(w) else { break };
        if prec < min {
            break;
        }
        *pos += 1;
        let right = parse_expr(t, pos, prec + 1, vars)?;
        left = apply(op, left, right)?;
    }
    Ok(left)
}

fn parse_unary(t: &[&RawValue], pos: &mut usize, vars: &Vars) -> Result<Val, ExprError> {
    match t.get(*pos) {
        Some(RawValue::Word(w)) if is_not(w) => {
            *pos += 1;
            let v = parse_unary(t, pos, vars)?;
            Ok(Val::Lgl(!v.logical()?))
        }
        Some(v) => {
            *pos += 1;
            operand(v, vars)
        }
        None => Err(ExprError::ValueExpectedAtEnd),
    }
}

fn operand(v: &RawValue, vars: &Vars) -> Result<Val, ExprError> {
    match v {
        RawValue::Var(name) => vars
            .get(name)
            .map(|v| v.val.clone())
            .ok_or_else(|| ExprError::NotDeclared(name.to_string())),
        RawValue::Quoted(s) => Ok(Val::Str(s.clone())),
        RawValue::Hex(h) => Ok(Val::Str(hex_text(h))),
        RawValue::Word(w) => match w.parse::<f64>() {
            Ok(n) => Ok(Val::Num(
                n,
                w.split_once('.').map_or(0, |(_, d)| d.len() as u8),
            )),
            Err(_) if w.eq_ignore_ascii_case("*BLANKS") || w.eq_ignore_ascii_case("*BLANK") => {
                Ok(Val::Str(String::new()))
            }
            Err(_) if binary(w).is_some() => Err(ExprError::ValueExpectedBefore(w.to_string())),
            Err(_) => Ok(Val::Str(w.to_ascii_uppercase())),
        },
        RawValue::List(_) => eval(v, vars),
        RawValue::Func(name, args) => function(name, args, vars),
        RawValue::Qualified(parts) => Ok(Val::Str(
            parts
                .iter()
                .map(|p| operand(p, vars).map(|v| v.text()))
                .collect::<Result<Vec<_>, _>>()?
                .join("/"),
        )),
        RawValue::Command(c) => Ok(Val::Str(c.clone())),
    }
}

/// Hex literals stand for EBCDIC bytes on IBM i; qsy reads them as ASCII/UTF-8 bytes.
fn hex_text(h: &str) -> String {
    let bytes: Vec<u8> = (0..h.len() / 2)
        .filter_map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).ok())
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn function(name: &str, args: &[RawValue], vars: &Vars) -> Result<Val, ExprError> {
    let arg = |i: usize| -> Result<Val, ExprError> {
        operand(
            args.get(i)
                .ok_or_else(|| ExprError::MissingArguments(name.to_string()))?,
            vars,
        )
    };
    match name {
        "%SST" | "%SUBSTRING" => {
            let s: Vec<char> = arg(0)?.text().chars().collect();
            let start = arg(1)?.number()? as usize;
            let len = arg(2)?.number()? as usize;
            if start < 1 || start + len - 1 > s.len() {
                return Err(ExprError::OutsideValue {
                    function: name.to_string(),
                    start,
                    len,
                });
            }
            Ok(Val::Str(s[start - 1..start - 1 + len].iter().collect()))
        }
        "%CHAR" => Ok(Val::Str(arg(0)?.text().trim_start().to_string())),
        "%TRIM" => Ok(Val::Str(arg(0)?.text().trim_matches(' ').to_string())),
        "%TRIML" => Ok(Val::Str(arg(0)?.text().trim_start_matches(' ').to_string())),
        "%TRIMR" => Ok(Val::Str(arg(0)?.text().trim_end_matches(' ').to_string())),
        "%UPPER" => Ok(Val::Str(arg(0)?.text().to_uppercase())),
        "%LOWER" => Ok(Val::Str(arg(0)?.text().to_lowercase())),
        "%LEN" => Ok(Val::Num(arg(0)?.text().chars().count() as f64, 0)),
        "%DEC" | "%INT" => Ok(Val::Num(arg(0)?.number()?.trunc(), 0)),
        _ => Err(ExprError::UnsupportedFunction(name.to_string())),
    }
}

fn apply(op: &str, a: Val, b: Val) -> Result<Val, ExprError> {
    Ok(match op {
        "+" | "-" | "*" | "/" => {
            let (x, y) = (a.number()?, b.number()?);
            let d = match (&a, &b) {
                (Val::Num(_, p), Val::Num(_, q)) => (*p).max(*q),
                _ => 0,
            };
            match op {
                "+" => Val::Num(x + y, d),
                "-" => Val::Num(x - y, d),
                "*" => Val::Num(x * y, d),
                _ if y == 0.0 => return Err(ExprError::DivisionByZero),
                _ => Val::Num(x / y, d.max(5)),
            }
        }
        "*CAT" => Val::Str(a.text() + &b.text()),
        "*TCAT" => Val::Str(a.text().trim_end().to_string() + &b.text()),
        "*BCAT" => {
            let left = a.text().trim_end().to_string();
            Val::Str(if left.is_empty() {
                b.text()
            } else {
                left + " " + &b.text()
            })
        }
        "*AND" => Val::Lgl(a.logical()? && b.logical()?),
        "*OR" => Val::Lgl(a.logical()? || b.logical()?),
        _ => {
            let ord = match (&a, &b) {
                (Val::Num(x, _), Val::Num(y, _)) => {
                    x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal)
                }
                (Val::Num(..), _) | (_, Val::Num(..))
                    if a.number().is_ok() && b.number().is_ok() =>
                {
                    a.number()?
                        .partial_cmp(&b.number()?)
                        .unwrap_or(std::cmp::Ordering::Equal)
                }
                // Character comparison pads the shorter operand with blanks, as CL does.
                _ => a.text().trim_end().cmp(b.text().trim_end()),
            };
            use std::cmp::Ordering::*;
            Val::Lgl(match op {
                "*EQ" => ord == Equal,
                "*NE" => ord != Equal,
                "*GT" => ord == Greater,
                "*LT" => ord == Less,
                "*GE" => ord != Less,
                _ => ord != Greater,
            })
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::cl::parse_value;

    fn vars() -> Vars {
        let mut v = Vars::default();
        v.declare("A", VarType::Char(10), Some(Val::Str("abc".into())))
            .unwrap();
        v.declare("N", VarType::Dec(5, 0), Some(Val::Num(3.0, 0)))
            .unwrap();
        v.declare("F", VarType::Lgl, Some(Val::Str("1".into())))
            .unwrap();
        v
    }

    fn ev(text: &str) -> Val {
        eval(&parse_value(text).unwrap(), &vars()).unwrap()
    }

    #[test]
    fn concatenation_follows_cl() {
        assert_eq!(ev("&A *CAT 'x'"), Val::Str("abc       x".into()));
        assert_eq!(ev("&A *TCAT 'x'"), Val::Str("abcx".into()));
        assert_eq!(ev("&A *BCAT 'x'"), Val::Str("abc x".into()));
        assert_eq!(ev("&A || 'x'"), Val::Str("abc       x".into()));
    }

    #[test]
    fn arithmetic_and_precedence() {
        assert_eq!(ev("&N + 2 * 3"), Val::Num(9.0, 0));
        assert_eq!(ev("(&N + 2) * 3"), Val::Num(15.0, 0));
    }

    #[test]
    fn conditions() {
        assert_eq!(ev("&A *EQ 'abc'"), Val::Lgl(true));
        assert_eq!(ev("(&N *GT 2) *AND (&A = 'abc')"), Val::Lgl(true));
        assert_eq!(ev("*NOT &F"), Val::Lgl(false));
        assert_eq!(ev("&N *LT 2 *OR &F"), Val::Lgl(true));
    }

    #[test]
    fn char_variables_are_fixed_length() {
        let mut v = vars();
        v.assign("A", Val::Str("abcdefghijklmn".into())).unwrap();
        assert_eq!(v.get("A").unwrap().val, Val::Str("abcdefghij".into()));
        assert!(v.assign("N", Val::Num(123456.0, 0)).is_err());
    }
}
