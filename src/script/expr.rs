//! CL expressions (IBM's "Expressions in CL commands"): the operands and operators of
//! arithmetic, character string, relational and logical expressions, with or without blanks
//! around the symbolic operators, IBM's priority table, exact decimal arithmetic
//! ([`crate::lang::decimal`]), the built-in functions, and the conversions CHGVAR makes
//! between *CHAR, *DEC, *INT, *UINT and *LGL.
//!
//! An expression is read from the parser's [`RawValue`] (which splits only at blanks and
//! parentheses): words such as `&A=&B` or `||&U` are split again here into operands and
//! operators. [`check`] types an expression against the declarations for `qsy run --check`;
//! [`eval`] computes it when the script runs. Both read the same tree, so the check and the
//! run agree on what is an expression and what is not.

pub use super::storage::{Ptr, Var, Vars};
use crate::lang::ccsid;
use crate::lang::cl::RawValue;
use crate::lang::decimal::{DecError, Decimal};
use crate::lang::names::{is_name_char, is_name_start};
use crate::messages::{msg, Msg};
use std::collections::HashMap;

/// How deeply expressions may nest (parentheses and function arguments); the parser already
/// refuses deeper lists, this bound keeps the evaluator's recursion safe on its own.
pub const MAX_DEPTH: usize = 64;

/// Why an expression cannot be evaluated or assigned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExprError {
    /// An operand that must be a number is not one.
    #[error("'{0}' is not a number")]
    NotANumber(String),
    /// Character data converted to a number is not numeric (CPF0818).
    #[error("'{0}' is not numeric")]
    NotNumeric(String),
    /// An operand that must be logical is not '0' or '1'.
    #[error("'{0}' is not a logical value")]
    NotLogical(String),
    /// A variable not declared.
    #[error("variable &{0} is not declared")]
    NotDeclared(String),
    /// The result does not fit the receiver (MCH1210).
    #[error("receiver value too small to hold result")]
    TooLarge,
    /// Two operands in a row.
    #[error("operator expected in expression")]
    OperatorExpected,
    /// The expression ends after an operator.
    #[error("value expected at the end of the expression")]
    ValueExpectedAtEnd,
    /// An operator where a value must be.
    #[error("value expected before {0}")]
    ValueExpectedBefore(String),
    /// A built-in function without enough arguments, or with too many.
    #[error("{0} has the wrong number of arguments")]
    MissingArguments(String),
    /// %SST outside its string.
    #[error("{function}: start {start} and length {len} are outside the value")]
    OutsideValue {
        /// The function as written (%SST or %SUBSTRING).
        function: String,
        /// Start position, from 1.
        start: i128,
        /// Length.
        len: i128,
    },
    /// A built-in function qsy does not have.
    #[error("built-in function {0} is not supported")]
    UnsupportedFunction(String),
    /// Division by zero (MCH1211).
    #[error("division by zero")]
    DivisionByZero,
    /// An operand of the wrong type for its operator or function, as the compiler sees it.
    #[error("{what} needs {wanted} operands; {operand} is {found}")]
    Type {
        /// The operator or function.
        what: String,
        /// The type it needs.
        wanted: &'static str,
        /// The operand as written.
        operand: String,
        /// The type it has.
        found: &'static str,
    },
    /// A pointer where another value must be, or another value where a pointer must be.
    #[error("'{0}' cannot be used as a pointer here")]
    NotAPointer(String),
    /// Nesting deeper than [`MAX_DEPTH`].
    #[error("expression nested more than {MAX_DEPTH} deep")]
    TooDeep,
    /// A based variable used while its pointer is null or not a pointer (MCH3601).
    #[error("pointer not set for location referenced")]
    PointerNotSet,
    /// A reference outside the storage it is in (MCH0601).
    #[error("space offset {0} is outside current limit")]
    OutsideSpace(u64),
    /// A *DEC variable whose bytes are not packed decimal (MCH1202).
    #[error("decimal data error")]
    DecimalData,
}

impl From<DecError> for ExprError {
    fn from(e: DecError) -> Self {
        match e {
            DecError::Overflow => ExprError::TooLarge,
            DecError::DivideByZero => ExprError::DivisionByZero,
        }
    }
}

impl From<ExprError> for Msg {
    fn from(e: ExprError) -> Msg {
        match e {
            ExprError::NotANumber(v) => msg::qsy0230(v),
            ExprError::NotNumeric(v) => msg::cpf0818(v),
            ExprError::NotLogical(v) => msg::qsy0231(v),
            ExprError::NotDeclared(name) => msg::qsy0232(name),
            ExprError::TooLarge => msg::mch1210(),
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
            ExprError::DivisionByZero => msg::mch1211(),
            ExprError::Type {
                what,
                wanted,
                operand,
                found,
            } => msg::qsy0250(what, wanted, operand, found),
            ExprError::TooDeep => msg::qsy0251(MAX_DEPTH),
            ExprError::PointerNotSet => msg::mch3601(),
            ExprError::NotAPointer(v) => msg::qsy0700(v),
            ExprError::OutsideSpace(offset) => msg::mch0601("*AUTO storage", offset),
            ExprError::DecimalData => msg::mch1202(),
        }
    }
}

/// A value during evaluation.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    /// Character data.
    Str(String),
    /// A number (*DEC, *INT and *UINT values, numeric constants, arithmetic results).
    Num(Decimal),
    /// A logical value.
    Lgl(bool),
    /// A pointer (None: *NULL).
    Ptr(Option<Ptr>),
}

impl Val {
    /// A whole number.
    pub fn int(n: i128) -> Val {
        Val::Num(Decimal::from_int(n))
    }

    /// The value as character data: numbers as digits with their decimal positions and a
    /// leading minus sign (as %CHAR gives them), logical values as '1' or '0'.
    pub fn text(&self) -> String {
        match self {
            Val::Str(s) => s.clone(),
            Val::Num(n) => n.plain(),
            Val::Lgl(b) => if *b { "1" } else { "0" }.to_string(),
            Val::Ptr(None) => "*NULL".to_string(),
            Val::Ptr(Some(p)) => format!("*PTR({}:{})", p.space, p.offset),
        }
    }

    /// The value as a number; character data must be numeric (CPF0818).
    pub fn number(&self) -> Result<Decimal, ExprError> {
        match self {
            Val::Num(n) => Ok(*n),
            Val::Str(s) => {
                Decimal::parse(s).ok_or_else(|| ExprError::NotNumeric(s.trim_end().to_string()))
            }
            Val::Lgl(b) => Err(ExprError::NotANumber(if *b { "1" } else { "0" }.into())),
            Val::Ptr(_) => Err(ExprError::NotANumber(self.text())),
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
    /// *INT of 2, 4 or 8 bytes.
    Int(u8),
    /// *UINT of 2, 4 or 8 bytes.
    UInt(u8),
    /// *PTR: 16 bytes.
    Ptr,
}

impl VarType {
    fn kind(self) -> Kind {
        match self {
            VarType::Char(_) => Kind::Char,
            VarType::Lgl => Kind::Lgl,
            VarType::Ptr => Kind::Ptr,
            _ => Kind::Num,
        }
    }
}

/// How RTVSYSVAL sees a variable's declared type.
pub fn shape(ty: VarType) -> crate::system::sysval::VarShape {
    use crate::system::sysval::VarShape;
    match ty {
        VarType::Char(n) => VarShape::Char(n),
        VarType::Dec(digits, decimals) => VarShape::Dec(digits, decimals),
        VarType::Lgl => VarShape::Lgl,
        VarType::Int(_) | VarType::UInt(_) => VarShape::Int,
        // No system value fits a pointer: RTVSYSVAL refuses it for its length.
        VarType::Ptr => VarShape::Char(0),
    }
}

/// The value `v` converted for a variable of type `ty`, as CHGVAR converts it: character
/// values padded or cut to the length, numbers put into *CHAR right-justified with leading
/// zeros, extra decimal positions truncated, numbers too large refused (MCH1210),
/// character data that is not numeric refused (CPF0818).
pub fn convert(ty: VarType, v: Val) -> Result<Val, ExprError> {
    Ok(match ty {
        VarType::Ptr => match v {
            Val::Ptr(p) => Val::Ptr(p),
            other => return Err(ExprError::NotAPointer(other.text())),
        },
        VarType::Char(_) if matches!(v, Val::Ptr(_)) => {
            return Err(ExprError::NotAPointer(v.text()))
        }
        VarType::Char(n) => {
            let text = match &v {
                Val::Num(d) => d.to_char(n).ok_or(ExprError::TooLarge)?,
                other => other.text(),
            };
            let mut s: String = text.chars().take(n).collect();
            let len = s.chars().count();
            s.extend(std::iter::repeat_n(' ', n - len));
            Val::Str(s)
        }
        VarType::Dec(digits, d) => Val::Num(v.number()?.fit(digits, d)?),
        VarType::Int(bytes) | VarType::UInt(bytes) => {
            let whole = v.number()?.trunc();
            let bits = u32::from(bytes) * 8;
            let (lo, hi) = if matches!(ty, VarType::Int(_)) {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if whole < lo || whole > hi {
                return Err(ExprError::TooLarge);
            }
            Val::int(whole)
        }
        VarType::Lgl => Val::Lgl(v.logical()?),
    })
}

// ---------------------------------------------------------------------------------------
// Tokens and the expression tree
// ---------------------------------------------------------------------------------------

/// A binary operator, by IBM's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bin {
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// *CAT, `||`
    Cat,
    /// *BCAT, `|>`
    BCat,
    /// *TCAT, `|<`
    TCat,
    /// *EQ, `=`
    Eq,
    /// *NE, `¬=`
    Ne,
    /// *GT, `>`
    Gt,
    /// *LT, `<`
    Lt,
    /// *GE, `>=`, *NL, `¬<`
    Ge,
    /// *LE, `<=`, *NG, `¬>`
    Le,
    /// *AND, `&`
    And,
    /// *OR, `|`
    Or,
}

impl Bin {
    /// IBM's priority table, turned around: a higher number binds tighter (7 is *OR's
    /// priority, the lowest; signed values and *NOT are 1, the highest).
    fn binds(self) -> u8 {
        match self {
            Bin::Mul | Bin::Div => 6,
            Bin::Add | Bin::Sub => 5,
            Bin::Cat | Bin::BCat | Bin::TCat => 4,
            Bin::Eq | Bin::Ne | Bin::Gt | Bin::Lt | Bin::Ge | Bin::Le => 3,
            Bin::And => 2,
            Bin::Or => 1,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Bin::Mul => "*",
            Bin::Div => "/",
            Bin::Add => "+",
            Bin::Sub => "-",
            Bin::Cat => "*CAT",
            Bin::BCat => "*BCAT",
            Bin::TCat => "*TCAT",
            Bin::Eq => "*EQ",
            Bin::Ne => "*NE",
            Bin::Gt => "*GT",
            Bin::Lt => "*LT",
            Bin::Ge => "*GE",
            Bin::Le => "*LE",
            Bin::And => "*AND",
            Bin::Or => "*OR",
        }
    }
}

fn reserved(word: &str) -> Option<Tok> {
    Some(Tok::Op(match word.to_ascii_uppercase().as_str() {
        "*CAT" => Bin::Cat,
        "*BCAT" => Bin::BCat,
        "*TCAT" => Bin::TCat,
        "*EQ" => Bin::Eq,
        "*NE" => Bin::Ne,
        "*GT" => Bin::Gt,
        "*LT" => Bin::Lt,
        "*GE" | "*NL" => Bin::Ge,
        "*LE" | "*NG" => Bin::Le,
        "*AND" => Bin::And,
        "*OR" => Bin::Or,
        "*NOT" => return Some(Tok::Not),
        _ => return None,
    }))
}

#[derive(Debug, Clone)]
enum Tok {
    Var(String),
    /// A quoted (true) or unquoted (false) character constant.
    Str(String, bool),
    Hex(Vec<u8>),
    Num(Decimal),
    Func(String, Vec<RawValue>),
    Group(Vec<RawValue>),
    Op(Bin),
    Not,
    Sign(bool),
}

impl Tok {
    fn is_operand(&self) -> bool {
        matches!(
            self,
            Tok::Var(_) | Tok::Str(..) | Tok::Hex(_) | Tok::Num(_) | Tok::Func(..) | Tok::Group(_)
        )
    }
}

/// An expression.
#[derive(Debug, Clone)]
pub enum Expr {
    /// A variable.
    Var(String),
    /// A character constant, and whether it was quoted.
    Str(String, bool),
    /// A hexadecimal constant: its bytes, read in the job's CCSID.
    Hex(Vec<u8>),
    /// A numeric constant.
    Num(Decimal),
    /// A built-in function and its arguments.
    Func(String, Vec<Expr>),
    /// *NOT.
    Not(Box<Expr>),
    /// A minus sign.
    Neg(Box<Expr>),
    /// A binary operation.
    Bin(Bin, Box<Expr>, Box<Expr>),
}

fn is_op_char(c: char) -> bool {
    matches!(
        c,
        '&' | '|' | '!' | '¬' | '^' | '>' | '<' | '=' | '*' | '/' | '+' | '-'
    )
}

/// Splits a word the parser kept whole (`&A=&B`, `||&U`, `A=B&`, `-15`, `*EQ`) into tokens.
fn lex_word(s: &str, out: &mut Vec<Tok>) {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let at = |k: usize| chars.get(k).copied();
    while i < chars.len() {
        let c = chars[i];
        let next = at(i + 1);
        let prev_operand = out.last().is_some_and(Tok::is_operand);
        let ascii_name_start =
            |ch: Option<char>| ch.is_some_and(|x| x.is_ascii() && is_name_start(x as u8));
        let ascii_name =
            |ch: Option<char>| ch.is_some_and(|x| x.is_ascii() && is_name_char(x as u8));
        match c {
            '&' if ascii_name_start(next) => {
                let mut j = i + 1;
                while ascii_name(at(j)) {
                    j += 1;
                }
                out.push(Tok::Var(
                    chars[i + 1..j]
                        .iter()
                        .collect::<String>()
                        .to_ascii_uppercase(),
                ));
                i = j;
                continue;
            }
            '&' => out.push(Tok::Op(Bin::And)),
            '|' | '!' => {
                let (tok, step) = match next {
                    Some('|') | Some('!') => (Tok::Op(Bin::Cat), 2),
                    Some('>') => (Tok::Op(Bin::BCat), 2),
                    Some('<') => (Tok::Op(Bin::TCat), 2),
                    Some('=') if c == '!' => (Tok::Op(Bin::Ne), 2),
                    _ if c == '!' => (Tok::Not, 1),
                    _ => (Tok::Op(Bin::Or), 1),
                };
                out.push(tok);
                i += step;
                continue;
            }
            '¬' | '^' => {
                let (tok, step) = match next {
                    Some('=') => (Tok::Op(Bin::Ne), 2),
                    Some('>') => (Tok::Op(Bin::Le), 2),
                    Some('<') => (Tok::Op(Bin::Ge), 2),
                    _ => (Tok::Not, 1),
                };
                out.push(tok);
                i += step;
                continue;
            }
            '>' | '<' if next == Some('=') => {
                out.push(Tok::Op(if c == '>' { Bin::Ge } else { Bin::Le }));
                i += 2;
                continue;
            }
            '>' => out.push(Tok::Op(Bin::Gt)),
            '<' => out.push(Tok::Op(Bin::Lt)),
            '=' => out.push(Tok::Op(Bin::Eq)),
            '*' if next.is_some_and(|x| x.is_ascii_alphabetic()) => {
                let mut j = i + 1;
                while ascii_name(at(j)) {
                    j += 1;
                }
                let word: String = chars[i..j].iter().collect();
                out.push(reserved(&word).unwrap_or(Tok::Str(word.to_ascii_uppercase(), false)));
                i = j;
                continue;
            }
            '*' => out.push(Tok::Op(Bin::Mul)),
            '/' => out.push(Tok::Op(Bin::Div)),
            '+' | '-' if prev_operand => {
                out.push(Tok::Op(if c == '+' { Bin::Add } else { Bin::Sub }))
            }
            '+' | '-' => out.push(Tok::Sign(c == '-')),
            _ => {
                // A number, or an unquoted word running to the next operator character.
                let mut j = i;
                while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                    j += 1;
                }
                let numeric = j > i && !ascii_name(at(j)) && (j > i + 1 || c != '.');
                if numeric {
                    let text: String = chars[i..j].iter().collect();
                    match Decimal::parse(&text) {
                        Some(d) => out.push(Tok::Num(d)),
                        None => out.push(Tok::Str(text, false)),
                    }
                } else {
                    j = i + 1;
                    while j < chars.len() && !is_op_char(chars[j]) {
                        j += 1;
                    }
                    let word: String = chars[i..j].iter().collect();
                    if word.starts_with('%') {
                        out.push(Tok::Func(word.to_ascii_uppercase(), Vec::new()));
                    } else {
                        out.push(Tok::Str(word.to_ascii_uppercase(), false));
                    }
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
}

fn tokens(v: &RawValue) -> Vec<Tok> {
    let mut out = Vec::new();
    let items: &[RawValue] = match v {
        RawValue::List(items) => items,
        other => std::slice::from_ref(other),
    };
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        i += 1;
        match item {
            RawValue::Quoted(s) => out.push(Tok::Str(s.clone(), true)),
            RawValue::Hex(h) => out.push(Tok::Hex(hex_bytes(h))),
            RawValue::List(inner) => out.push(Tok::Group(inner.clone())),
            RawValue::Func(name, args) => out.push(Tok::Func(name.clone(), args.clone())),
            RawValue::Var(_) | RawValue::Word(_) => {
                lex_word(&item.to_string(), &mut out);
                // `||%TRIM(&U)`: the parser kept `||%TRIM` as a word and the arguments as
                // the list after it.
                if let (Some(Tok::Func(_, args)), Some(RawValue::List(next))) =
                    (out.last_mut(), items.get(i))
                {
                    if args.is_empty() {
                        *args = next.clone();
                        i += 1;
                    }
                }
            }
            // LIB/OBJ and embedded command text stand as character constants.
            RawValue::Qualified(_) | RawValue::Command(_) => {
                out.push(Tok::Str(item.to_string().to_ascii_uppercase(), false))
            }
        }
    }
    out
}

/// Parses an expression (a parameter value such as CHGVAR's VALUE or IF's COND).
///
/// # Errors
/// Syntax errors: operands without an operator between them, an operator without its
/// operands, nesting deeper than [`MAX_DEPTH`].
pub fn parse(v: &RawValue) -> Result<Expr, ExprError> {
    parse_at(v, 0)
}

fn parse_at(v: &RawValue, depth: usize) -> Result<Expr, ExprError> {
    if depth > MAX_DEPTH {
        return Err(ExprError::TooDeep);
    }
    let toks = tokens(v);
    if toks.is_empty() {
        return Ok(Expr::Str(String::new(), true));
    }
    let mut p = TokParser {
        t: &toks,
        pos: 0,
        depth,
    };
    let e = p.expr(0)?;
    if p.pos != toks.len() {
        return Err(ExprError::OperatorExpected);
    }
    Ok(e)
}

struct TokParser<'a> {
    t: &'a [Tok],
    pos: usize,
    depth: usize,
}

impl TokParser<'_> {
    fn expr(&mut self, min: u8) -> Result<Expr, ExprError> {
        let mut left = self.unary()?;
        while let Some(tok) = self.t.get(self.pos) {
            let Tok::Op(op) = tok else {
                return Err(ExprError::OperatorExpected);
            };
            if op.binds() < min {
                break;
            }
            self.pos += 1;
            let right = self.expr(op.binds() + 1)?;
            left = Expr::Bin(*op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, ExprError> {
        let tok = self.t.get(self.pos).ok_or(ExprError::ValueExpectedAtEnd)?;
        self.pos += 1;
        Ok(match tok {
            Tok::Not => Expr::Not(Box::new(self.unary()?)),
            Tok::Sign(neg) => {
                let v = self.unary()?;
                if *neg {
                    Expr::Neg(Box::new(v))
                } else {
                    v
                }
            }
            Tok::Op(op) => return Err(ExprError::ValueExpectedBefore(op.name().to_string())),
            Tok::Var(n) => Expr::Var(n.clone()),
            Tok::Str(s, q) => Expr::Str(s.clone(), *q),
            Tok::Hex(b) => Expr::Hex(b.clone()),
            Tok::Num(d) => Expr::Num(*d),
            Tok::Group(items) => parse_at(&RawValue::List(items.clone()), self.depth + 1)?,
            Tok::Func(name, args) => Expr::Func(
                name.clone(),
                args.iter()
                    .map(|a| parse_at(a, self.depth + 1))
                    .collect::<Result<_, _>>()?,
            ),
        })
    }
}

/// A hexadecimal constant's bytes (X'C1' is the byte 0xC1, which CCSID 37 reads as 'A').
fn hex_bytes(h: &str) -> Vec<u8> {
    (0..h.len() / 2)
        .filter_map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).ok())
        .collect()
}

/// The variables an expression (or any parameter value) mentions, glued operators split off.
pub fn var_names(v: &RawValue, out: &mut Vec<String>) {
    match v {
        // Only `&` starts a variable: a plain word (a name, a special value) has none.
        RawValue::Word(w) if !w.contains('&') => {}
        RawValue::Var(_) | RawValue::Word(_) => {
            let mut toks = Vec::new();
            lex_word(&v.to_string(), &mut toks);
            for t in toks {
                if let Tok::Var(n) = t {
                    out.push(n);
                }
            }
        }
        RawValue::List(items) | RawValue::Qualified(items) | RawValue::Func(_, items) => {
            items.iter().for_each(|i| var_names(i, out))
        }
        RawValue::Command(text) => {
            if let Ok(raw) = crate::lang::cl::parse_command(text) {
                raw.params.iter().for_each(|p| var_names(&p.value, out));
            }
        }
        _ => {}
    }
}

/// Whether a command parameter's value is an expression (operators or built-in functions)
/// that must be evaluated before the command sees it. Words with a `-`, `+` or `/` inside
/// stay words (a TEXT(Step-1) is text), unless blanks set the operator apart.
pub fn is_expression(v: &RawValue) -> bool {
    let glued = |w: &str| {
        w.contains("||")
            || w.contains("|>")
            || w.contains("|<")
            || w.contains('=')
            || w.contains('¬')
            || (w.starts_with('&') && w[1..].contains(['&', '|', '<', '>', '*', '+', '-', '/']))
    };
    match v {
        RawValue::Func(..) => true,
        RawValue::Var(n) => !n.bytes().all(is_name_char),
        RawValue::Word(w) => glued(w),
        RawValue::List(items) => items.iter().any(|i| match i {
            RawValue::Word(w) => {
                glued(w)
                    || reserved(w).is_some()
                    || matches!(w.as_str(), "+" | "-" | "*" | "/" | "|" | "&" | "<" | ">")
            }
            RawValue::Func(..) => true,
            RawValue::Var(n) => !n.bytes().all(is_name_char),
            _ => false,
        }),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------
// Types, as `--check` sees them
// ---------------------------------------------------------------------------------------

/// The type of an expression as the compiler sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Character data.
    Char,
    /// A number.
    Num,
    /// A logical value.
    Lgl,
    /// A quoted '0' or '1': character data that is also a logical constant.
    Bit,
    /// A pointer (*PTR, %ADDRESS, *NULL).
    Ptr,
    /// Not known before the run: a field of a file whose record format the check cannot
    /// know. It passes every type rule.
    Any,
}

impl Kind {
    /// The type's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Char | Kind::Bit => "character",
            Kind::Num => "numeric",
            Kind::Lgl => "logical",
            Kind::Ptr => "pointer",
            Kind::Any => "of a type known only at run time",
        }
    }
    fn char_like(self) -> bool {
        matches!(self, Kind::Char | Kind::Bit | Kind::Any)
    }
    fn logical_like(self) -> bool {
        matches!(self, Kind::Lgl | Kind::Bit | Kind::Any)
    }
    /// Whether the kind is (or may be) numeric.
    pub fn numeric(self) -> bool {
        matches!(self, Kind::Num | Kind::Any)
    }
}

/// The declared types the checker reads.
pub type Types = HashMap<String, VarType>;

fn show(e: &Expr) -> String {
    match e {
        Expr::Var(n) => format!("&{n}"),
        Expr::Str(s, true) => format!("'{s}'"),
        Expr::Str(s, false) => s.clone(),
        Expr::Hex(b) => format!(
            "X'{}'",
            b.iter().map(|x| format!("{x:02X}")).collect::<String>()
        ),
        Expr::Num(d) => d.plain(),
        Expr::Func(n, _) => format!("{n}(…)"),
        Expr::Not(_) => "*NOT …".into(),
        Expr::Neg(_) => "-…".into(),
        Expr::Bin(op, ..) => format!("(… {} …)", op.name()),
    }
}

fn want(what: &str, wanted: &'static str, e: &Expr, k: Kind, ok: bool) -> Result<(), ExprError> {
    if ok {
        return Ok(());
    }
    Err(ExprError::Type {
        what: what.to_string(),
        wanted,
        operand: show(e),
        found: k.name(),
    })
}

/// Types an expression against the declarations, as the compiler does: undeclared
/// variables, operands of the wrong type, unknown functions and wrong argument counts.
///
/// # Errors
/// The first problem found.
pub fn check(e: &Expr, types: &Types) -> Result<Kind, ExprError> {
    check_with(e, types, &|_| false)
}

/// [`check`], with undeclared variables for which `field` is true taken as fields of a file
/// whose record format is not known before the run ([`Kind::Any`]).
///
/// # Errors
/// The first problem found.
pub fn check_with(
    e: &Expr,
    types: &Types,
    field: &dyn Fn(&str) -> bool,
) -> Result<Kind, ExprError> {
    let check = |e: &Expr, t: &Types| check_with(e, t, field);
    Ok(match e {
        Expr::Var(n) => match types.get(n) {
            Some(ty) => ty.kind(),
            None if field(n) => Kind::Any,
            None => return Err(ExprError::NotDeclared(n.clone())),
        },
        Expr::Str(s, true) if s == "0" || s == "1" => Kind::Bit,
        Expr::Str(s, false) if s == "*NULL" => Kind::Ptr,
        Expr::Str(..) | Expr::Hex(_) => Kind::Char,
        Expr::Num(_) => Kind::Num,
        Expr::Not(x) => {
            let k = check(x, types)?;
            want("*NOT", "logical", x, k, k.logical_like())?;
            Kind::Lgl
        }
        Expr::Neg(x) => {
            let k = check(x, types)?;
            want("-", "numeric", x, k, k.numeric())?;
            Kind::Num
        }
        Expr::Bin(op, a, b) => {
            let (ka, kb) = (check(a, types)?, check(b, types)?);
            let what = op.name();
            match op {
                Bin::Mul | Bin::Div | Bin::Add | Bin::Sub => {
                    want(what, "numeric", a, ka, ka.numeric())?;
                    want(what, "numeric", b, kb, kb.numeric())?;
                    Kind::Num
                }
                Bin::Cat | Bin::BCat | Bin::TCat => {
                    want(what, "character", a, ka, ka != Kind::Num)?;
                    want(what, "character", b, kb, kb != Kind::Num)?;
                    Kind::Char
                }
                Bin::And | Bin::Or => {
                    want(what, "logical", a, ka, ka.logical_like())?;
                    want(what, "logical", b, kb, kb.logical_like())?;
                    Kind::Lgl
                }
                _ => {
                    let same = ka == kb
                        || ka == Kind::Any
                        || kb == Kind::Any
                        || ka.char_like() && kb.char_like()
                        || ka.logical_like() && kb.logical_like();
                    want(what, ka.name(), b, kb, same)?;
                    Kind::Lgl
                }
            }
        }
        Expr::Func(name, args) => check_function(name, args, types, field)?,
    })
}

fn check_function(
    name: &str,
    args: &[Expr],
    types: &Types,
    field: &dyn Fn(&str) -> bool,
) -> Result<Kind, ExprError> {
    let (min, max, result) = match name {
        "%SST" | "%SUBSTRING" => (3, 3, Kind::Char),
        "%SWITCH" => (1, 1, Kind::Lgl),
        "%CHECK" | "%CHECKR" | "%SCAN" => (2, 3, Kind::Num),
        "%TRIM" | "%TRIML" | "%TRIMR" => (1, 2, Kind::Char),
        "%LEN" | "%SIZE" => (1, 1, Kind::Num),
        "%UPPER" | "%LOWER" => (1, 2, Kind::Char),
        "%CHAR" => (1, 1, Kind::Char),
        "%DEC" => (1, 3, Kind::Num),
        "%INT" | "%UINT" => (1, 1, Kind::Num),
        "%PARMS" => (0, 0, Kind::Num),
        "%ADDRESS" | "%ADDR" => (1, 1, Kind::Ptr),
        "%OFFSET" | "%OFS" => (1, 1, Kind::Num),
        "%BINARY" | "%BIN" => (1, 3, Kind::Num),
        _ => return Err(ExprError::UnsupportedFunction(name.to_string())),
    };
    if args.len() < min || args.len() > max {
        return Err(ExprError::MissingArguments(name.to_string()));
    }
    let kinds: Vec<Kind> = args
        .iter()
        .map(|a| check_with(a, types, field))
        .collect::<Result<_, _>>()?;
    let char_arg = |i: usize| want(name, "character", &args[i], kinds[i], kinds[i].char_like());
    let num_arg = |i: usize| want(name, "numeric", &args[i], kinds[i], kinds[i].numeric());
    match name {
        "%SST" | "%SUBSTRING" => {
            char_arg(0)?;
            num_arg(1)?;
            num_arg(2)?;
        }
        "%SWITCH" => {
            let ok = matches!(&args[0], Expr::Str(s, _) | Expr::Var(s) if s.len() == 8 && s.chars().all(|c| matches!(c, '0' | '1' | 'X')))
                || matches!(&args[0], Expr::Num(_));
            if !ok {
                return Err(ExprError::Type {
                    what: name.into(),
                    wanted: "an 8-character mask of 0, 1 and X",
                    operand: show(&args[0]),
                    found: kinds[0].name(),
                });
            }
        }
        "%CHECK" | "%CHECKR" | "%SCAN" => {
            char_arg(0)?;
            char_arg(1)?;
            if args.len() == 3 {
                num_arg(2)?;
            }
        }
        "%TRIM" | "%TRIML" | "%TRIMR" => {
            char_arg(0)?;
            if args.len() == 2 {
                char_arg(1)?;
            }
        }
        "%UPPER" | "%LOWER" => {
            char_arg(0)?;
            if args.len() == 2 {
                num_arg(1)?;
            }
        }
        "%SIZE" if !matches!(args[0], Expr::Var(_)) => {
            return Err(ExprError::Type {
                what: name.into(),
                wanted: "a variable as its",
                operand: show(&args[0]),
                found: kinds[0].name(),
            })
        }
        "%CHAR" => want(name, "numeric", &args[0], kinds[0], kinds[0] != Kind::Lgl)?,
        "%ADDRESS" | "%ADDR" | "%BINARY" | "%BIN" if !matches!(args[0], Expr::Var(_)) => {
            return Err(ExprError::Type {
                what: name.into(),
                wanted: "a variable as its",
                operand: show(&args[0]),
                found: kinds[0].name(),
            })
        }
        "%BINARY" | "%BIN" => {
            char_arg(0)?;
            for i in 1..args.len() {
                num_arg(i)?;
            }
        }
        "%OFFSET" | "%OFS" => want(name, "pointer", &args[0], kinds[0], kinds[0] == Kind::Ptr)?,
        "%DEC" | "%INT" | "%UINT" => {
            want(
                name,
                "numeric or character",
                &args[0],
                kinds[0],
                kinds[0] != Kind::Lgl,
            )?;
            for i in 1..args.len() {
                if !matches!(args[i], Expr::Num(_)) {
                    return Err(ExprError::Type {
                        what: name.into(),
                        wanted: "numeric constant",
                        operand: show(&args[i]),
                        found: kinds[i].name(),
                    });
                }
            }
        }
        _ => {}
    }
    Ok(result)
}

/// Whether a value of kind `k` may be assigned to a variable of type `ty` (IBM's table of
/// valid assignments: a logical variable takes only logical values; a numeric variable takes
/// character, decimal and integer values; a character variable takes anything).
pub fn assignable(ty: VarType, k: Kind) -> bool {
    if k == Kind::Any {
        return true;
    }
    if (ty == VarType::Ptr) != (k == Kind::Ptr) {
        return false;
    }
    match ty {
        VarType::Lgl => k.logical_like(),
        VarType::Char(_) => true,
        _ => k != Kind::Lgl,
    }
}

// ---------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------

/// Evaluates an expression given as a parameter value.
///
/// # Errors
/// What CL would send: a syntax error, an undeclared variable, data that is not numeric,
/// a result too large or a division by zero.
pub fn eval(v: &RawValue, vars: &Vars) -> Result<Val, ExprError> {
    eval_expr(&parse(v)?, vars)
}

/// Evaluates a parsed expression.
///
/// # Errors
/// As [`eval`].
pub fn eval_expr(e: &Expr, vars: &Vars) -> Result<Val, ExprError> {
    Ok(match e {
        Expr::Var(n) => vars.read(n)?,
        Expr::Str(s, quoted) => {
            if !quoted && (s == "*BLANKS" || s == "*BLANK") {
                Val::Str(String::new())
            } else if !quoted && s == "*NULL" {
                Val::Ptr(None)
            } else {
                Val::Str(s.clone())
            }
        }
        Expr::Hex(b) => Val::Str(ccsid::decode(vars.ccsid(), b)),
        Expr::Num(d) => Val::Num(*d),
        Expr::Not(x) => Val::Lgl(!eval_expr(x, vars)?.logical()?),
        Expr::Neg(x) => Val::Num(eval_expr(x, vars)?.number()?.negated()),
        Expr::Bin(op, a, b) => {
            let a = eval_expr(a, vars)?;
            // *AND and *OR look at their second operand only when they must.
            match (op, &a) {
                (Bin::And, _) if !a.logical()? => return Ok(Val::Lgl(false)),
                (Bin::Or, _) if a.logical()? => return Ok(Val::Lgl(true)),
                _ => {}
            }
            let b = eval_expr(b, vars)?;
            apply(*op, a, b, vars.ccsid())?
        }
        Expr::Func(name, args) => function(name, args, vars)?,
    })
}

fn whole(v: &Val) -> Result<i128, ExprError> {
    Ok(v.number()?.trunc())
}

/// %BINARY's bytes of variable `var`: 0-based start and length (2 or 4), from its start
/// and length arguments or, without them, the whole variable.
pub fn bin_range(
    name: &str,
    args: &[Expr],
    vars: &Vars,
    var: &str,
) -> Result<(usize, usize), ExprError> {
    let size = vars
        .ty(var)
        .map(super::storage::size_of)
        .ok_or_else(|| ExprError::NotDeclared(var.to_string()))?;
    let (start, len) = match (args.get(1), args.get(2)) {
        (Some(s), Some(l)) => (whole(&eval_expr(s, vars)?)?, whole(&eval_expr(l, vars)?)?),
        (Some(s), None) => (whole(&eval_expr(s, vars)?)?, 2),
        _ => (1, size as i128),
    };
    if start < 1 || !matches!(len, 2 | 4) || start + len - 1 > size as i128 {
        return Err(ExprError::OutsideValue {
            function: name.to_string(),
            start,
            len,
        });
    }
    Ok((start as usize - 1, len as usize))
}

fn function(name: &str, args: &[Expr], vars: &Vars) -> Result<Val, ExprError> {
    let arg = |i: usize| -> Result<Val, ExprError> {
        eval_expr(
            args.get(i)
                .ok_or_else(|| ExprError::MissingArguments(name.to_string()))?,
            vars,
        )
    };
    let chars = |i: usize| -> Result<Vec<char>, ExprError> { Ok(arg(i)?.text().chars().collect()) };
    Ok(match name {
        // Byte-exact: the bytes of the string in the job's CCSID.
        "%SST" | "%SUBSTRING" => {
            let s = match &args[0] {
                Expr::Var(n) if matches!(vars.ty(n), Some(VarType::Char(_))) => vars.bytes(n)?,
                Expr::Str(w, false) if w == "*LDA" => vars.lda().to_vec(),
                _ => ccsid::encode(vars.ccsid(), &arg(0)?.text()),
            };
            let (start, len) = (whole(&arg(1)?)?, whole(&arg(2)?)?);
            if start < 1 || len < 1 || start + len - 1 > s.len() as i128 {
                return Err(ExprError::OutsideValue {
                    function: name.to_string(),
                    start,
                    len,
                });
            }
            let start = start as usize;
            Val::Str(ccsid::decode(
                vars.ccsid(),
                &s[start - 1..start - 1 + len as usize],
            ))
        }
        "%ADDRESS" | "%ADDR" => match &args[0] {
            Expr::Var(n) => Val::Ptr(Some(vars.address(n)?)),
            other => return Err(ExprError::NotAPointer(show(other))),
        },
        // The offset of a null pointer is not defined by IBM ("probably zero"): 0.
        "%OFFSET" | "%OFS" => match arg(0)? {
            Val::Ptr(p) => Val::int(p.map_or(0, |p| i128::from(p.offset))),
            other => return Err(ExprError::NotAPointer(other.text())),
        },
        "%BINARY" | "%BIN" => {
            let Some(Expr::Var(n)) = args.first() else {
                return Err(ExprError::MissingArguments(name.to_string()));
            };
            let (start, len) = bin_range(name, args, vars, n)?;
            let b = vars.bytes(n)?;
            let piece = &b[start..start + len];
            let mut full = if piece[0] & 0x80 != 0 {
                [0xFF; 16]
            } else {
                [0; 16]
            };
            full[16 - len..].copy_from_slice(piece);
            Val::int(i128::from_be_bytes(full))
        }
        // Batch jobs start with all eight job switches off (SBMJOB SWS default 00000000).
        "%SWITCH" => {
            let mask = match &args[0] {
                Expr::Num(d) => format!("{:08}", d.trunc()),
                other => eval_expr(other, vars)?.text(),
            };
            Val::Lgl(!mask.contains('1'))
        }
        "%CHECK" | "%CHECKR" | "%SCAN" => {
            let (a, base) = (chars(0)?, chars(1)?);
            let n = base.len() as i128;
            let start = match args.get(2) {
                Some(_) => whole(&arg(2)?)?,
                None if name == "%CHECKR" => n,
                None => 1,
            };
            if start < 1 || start > n.max(1) {
                return Err(ExprError::OutsideValue {
                    function: name.to_string(),
                    start,
                    len: n,
                });
            }
            let s = start as usize;
            let found = match name {
                "%CHECK" => base
                    .iter()
                    .enumerate()
                    .skip(s - 1)
                    .find(|(_, c)| !a.contains(c))
                    .map(|(i, _)| i + 1),
                "%CHECKR" => base
                    .iter()
                    .enumerate()
                    .take(s)
                    .rev()
                    .find(|(_, c)| !a.contains(c))
                    .map(|(i, _)| i + 1),
                _ => (s - 1..base.len())
                    .find(|&i| !a.is_empty() && base[i..].starts_with(&a))
                    .map(|i| i + 1),
            };
            Val::int(found.unwrap_or(0) as i128)
        }
        "%TRIM" | "%TRIML" | "%TRIMR" => {
            let text = arg(0)?.text();
            let set: Vec<char> = match args.get(1) {
                Some(_) => chars(1)?,
                None => vec![' '],
            };
            let t = |c: char| set.contains(&c);
            Val::Str(
                match name {
                    "%TRIM" => text.trim_matches(t),
                    "%TRIML" => text.trim_start_matches(t),
                    _ => text.trim_end_matches(t),
                }
                .to_string(),
            )
        }
        "%LEN" => Val::int(match (&args[0], args[0].var_type(vars)) {
            (_, Some(VarType::Char(n))) => n as i128,
            (_, Some(VarType::Dec(p, _))) => i128::from(p),
            (_, Some(VarType::Int(b) | VarType::UInt(b))) => match b {
                2 => 5,
                8 => 19,
                _ => 10,
            },
            (_, Some(VarType::Lgl)) => 1,
            (_, Some(VarType::Ptr)) => 16,
            (e, None) => match eval_expr(e, vars)? {
                Val::Num(d) => {
                    i128::from(d.plain().bytes().filter(u8::is_ascii_digit).count() as u8)
                }
                v => v.text().chars().count() as i128,
            },
        }),
        "%SIZE" => Val::int(match args[0].var_type(vars) {
            Some(VarType::Char(n)) => n as i128,
            Some(VarType::Dec(p, _)) => i128::from(p / 2 + 1),
            Some(VarType::Int(b) | VarType::UInt(b)) => i128::from(b),
            Some(VarType::Lgl) => 1,
            Some(VarType::Ptr) => 16,
            None => return Err(ExprError::MissingArguments(name.to_string())),
        }),
        "%UPPER" => Val::Str(arg(0)?.text().to_uppercase()),
        "%LOWER" => Val::Str(arg(0)?.text().to_lowercase()),
        "%CHAR" => Val::Str(match arg(0)? {
            Val::Num(d) => d.plain(),
            v => v.text(),
        }),
        "%DEC" => {
            let v = arg(0)?;
            let (p, s) = match (args.get(1), args.get(2)) {
                (Some(Expr::Num(p)), Some(Expr::Num(s))) => (p.trunc() as u8, s.trunc() as u8),
                (Some(Expr::Num(p)), None) => (p.trunc() as u8, 0),
                _ => match &v {
                    Val::Num(d) => (31, d.scale),
                    _ => (15, 5),
                },
            };
            Val::Num(v.number()?.fit(p, s)?)
        }
        "%INT" => convert(VarType::Int(8), arg(0)?)?,
        "%UINT" => convert(VarType::UInt(8), arg(0)?)?,
        "%PARMS" => Val::int(vars.parms as i128),
        _ => return Err(ExprError::UnsupportedFunction(name.to_string())),
    })
}

impl Expr {
    /// The variables the expression reads, in order.
    pub fn var_refs(&self, out: &mut Vec<String>) {
        match self {
            Expr::Var(n) => out.push(n.clone()),
            Expr::Func(_, args) => args.iter().for_each(|a| a.var_refs(out)),
            Expr::Not(x) | Expr::Neg(x) => x.var_refs(out),
            Expr::Bin(_, a, b) => {
                a.var_refs(out);
                b.var_refs(out);
            }
            Expr::Str(..) | Expr::Hex(_) | Expr::Num(_) => {}
        }
    }

    fn var_type(&self, vars: &Vars) -> Option<VarType> {
        match self {
            Expr::Var(n) => vars.ty(n),
            _ => None,
        }
    }
}

fn apply(op: Bin, a: Val, b: Val, ccsid_: u32) -> Result<Val, ExprError> {
    Ok(match op {
        Bin::Add => Val::Num(a.number()?.plus(b.number()?)?),
        Bin::Sub => Val::Num(a.number()?.minus(b.number()?)?),
        Bin::Mul => Val::Num(a.number()?.times(b.number()?)?),
        Bin::Div => Val::Num(a.number()?.divided_by(b.number()?)?),
        Bin::Cat => Val::Str(a.text() + &b.text()),
        Bin::TCat => Val::Str(a.text().trim_end().to_string() + &b.text()),
        Bin::BCat => {
            let left = a.text().trim_end().to_string();
            Val::Str(if left.is_empty() {
                b.text()
            } else {
                left + " " + &b.text()
            })
        }
        Bin::And => Val::Lgl(a.logical()? && b.logical()?),
        Bin::Or => Val::Lgl(a.logical()? || b.logical()?),
        _ => {
            use std::cmp::Ordering::*;
            let ord = match (&a, &b) {
                (Val::Ptr(x), Val::Ptr(y)) if matches!(op, Bin::Eq | Bin::Ne) => {
                    if x == y {
                        Equal
                    } else {
                        Less
                    }
                }
                (Val::Ptr(_), _) | (_, Val::Ptr(_)) => {
                    return Err(ExprError::NotAPointer(format!(
                        "{} {}",
                        a.text(),
                        op.name()
                    )))
                }
                (Val::Num(x), Val::Num(y)) => x.cmp(y),
                (Val::Num(x), other) | (other, Val::Num(x)) => {
                    let y = other.number()?;
                    if matches!(a, Val::Num(_)) {
                        x.cmp(&y)
                    } else {
                        y.cmp(x)
                    }
                }
                (Val::Lgl(_), _) | (_, Val::Lgl(_)) => a.logical()?.cmp(&b.logical()?),
                // Character comparison is of the bytes in the job's CCSID (EBCDIC order:
                // lower case before upper case before digits), the shorter operand padded
                // with blanks.
                _ => {
                    let (mut x, mut y) = (
                        ccsid::encode(ccsid_, &a.text()),
                        ccsid::encode(ccsid_, &b.text()),
                    );
                    let n = x.len().max(y.len());
                    x.resize(n, ccsid::blank(ccsid_));
                    y.resize(n, ccsid::blank(ccsid_));
                    x.cmp(&y)
                }
            };
            Val::Lgl(match op {
                Bin::Eq => ord == Equal,
                Bin::Ne => ord != Equal,
                Bin::Gt => ord == Greater,
                Bin::Lt => ord == Less,
                Bin::Ge => ord != Less,
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
        v.declare("N", VarType::Dec(5, 0), Some(Val::int(3)))
            .unwrap();
        v.declare("F", VarType::Lgl, Some(Val::Str("1".into())))
            .unwrap();
        v.declare("I", VarType::Int(4), Some(Val::int(7))).unwrap();
        v
    }

    fn ev(text: &str) -> Val {
        eval(&parse_value(text).unwrap(), &vars()).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn num(s: &str) -> Val {
        Val::Num(Decimal::parse(s).unwrap())
    }

    #[test]
    fn concatenation_follows_cl() {
        assert_eq!(ev("&A *CAT 'x'"), Val::Str("abc       x".into()));
        assert_eq!(ev("&A *TCAT 'x'"), Val::Str("abcx".into()));
        assert_eq!(ev("&A *BCAT 'x'"), Val::Str("abc x".into()));
        assert_eq!(ev("&A || 'x'"), Val::Str("abc       x".into()));
        assert_eq!(ev("&A|<'x'"), Val::Str("abcx".into()));
    }

    #[test]
    fn arithmetic_and_precedence() {
        assert_eq!(ev("&N + 2 * 3"), num("9"));
        assert_eq!(ev("(&N + 2) * 3"), num("15"));
        assert_eq!(ev("&I+1"), num("8"));
        assert_eq!(ev("&N -1"), num("2"));
        assert_eq!(ev("&N + (-&I)"), num("-4"));
        assert_eq!(ev("0.1 + 0.2 = 0.3"), Val::Lgl(true));
    }

    #[test]
    fn conditions_with_and_without_blanks() {
        assert_eq!(ev("&A *EQ 'abc'"), Val::Lgl(true));
        assert_eq!(ev("&A='abc'"), Val::Lgl(true));
        assert_eq!(ev("(&N *GT 2) *AND (&A = 'abc')"), Val::Lgl(true));
        assert_eq!(ev("*NOT &F"), Val::Lgl(false));
        assert_eq!(ev("¬&F"), Val::Lgl(false));
        assert_eq!(ev("&N *LT 2 *OR &F"), Val::Lgl(true));
        assert_eq!(ev("A=B&(1+2)=3"), Val::Lgl(false));
        assert_eq!(ev("A=A&(1+2)=3"), Val::Lgl(true));
        assert_eq!(ev("&N>=3|&N<0"), Val::Lgl(true));
        assert_eq!(ev("&N¬=3"), Val::Lgl(false));
    }

    #[test]
    fn chgvar_conversions() {
        let mut v = vars();
        v.declare("C3", VarType::Char(3), None).unwrap();
        v.assign("C3", Val::int(1)).unwrap();
        assert_eq!(v.get("C3").unwrap().val, Val::Str("001".into()));
        v.declare("C6", VarType::Char(6), None).unwrap();
        v.declare("D", VarType::Dec(5, 2), Some(Val::int(123)))
            .unwrap();
        let d = v.get("D").unwrap().val.clone();
        v.assign("C6", d).unwrap();
        assert_eq!(v.get("C6").unwrap().val, Val::Str("123.00".into()));
        assert_eq!(
            v.assign("N", Val::Str("x1".into())),
            Err(ExprError::NotNumeric("x1".into()))
        );
        assert_eq!(v.assign("N", Val::int(123456)), Err(ExprError::TooLarge));
        v.assign("D", num("1.239")).unwrap();
        assert_eq!(v.get("D").unwrap().val, num("1.23"));
        v.assign("A", Val::Str("abcdefghijklmn".into())).unwrap();
        assert_eq!(v.get("A").unwrap().val, Val::Str("abcdefghij".into()));
    }

    #[test]
    fn built_ins() {
        assert_eq!(ev("%SCAN('c' &A)"), num("3"));
        assert_eq!(ev("%CHECK('abc' &A)"), num("4"));
        assert_eq!(ev("%CHECKR(' ' &A)"), num("3"));
        assert_eq!(ev("%TRIM('  x  ')"), Val::Str("x".into()));
        assert_eq!(ev("%TRIML('xxay' 'x')"), Val::Str("ay".into()));
        assert_eq!(ev("%LEN(&A)"), num("10"));
        assert_eq!(ev("%LEN(%TRIM(&A))"), num("3"));
        assert_eq!(ev("%SIZE(&N)"), num("3"));
        assert_eq!(ev("%UPPER(&A)"), Val::Str("ABC       ".into()));
        assert_eq!(ev("%DEC('12.345' 5 2)"), num("12.34"));
        assert_eq!(ev("%INT('-7.9')"), num("-7"));
        assert_eq!(ev("%SWITCH(0XXXXXX0)"), Val::Lgl(true));
        assert_eq!(ev("%SWITCH(1XXXXXXX)"), Val::Lgl(false));
        assert_eq!(ev("%CHAR(&N)"), Val::Str("3".into()));
    }

    #[test]
    fn syntax_errors() {
        let bad = |t: &str| parse(&parse_value(t).unwrap()).unwrap_err();
        assert_eq!(bad("&N *"), ExprError::ValueExpectedAtEnd);
        assert_eq!(bad("&N &N"), ExprError::OperatorExpected);
        assert!(matches!(bad("* 2"), ExprError::ValueExpectedBefore(_)));
    }
}
