//! Exact decimal numbers for CL's *DEC, *INT and *UINT values: an integer count of units
//! and a scale (the number of decimal positions), never floating point. Arithmetic is exact
//! up to [`MAX_DIGITS`] digits; assignment to a declared precision truncates extra decimal
//! positions and refuses values too large to hold, as CL's packed decimal does. The storage
//! model of packed and zoned decimal builds on this type.

use std::cmp::Ordering;
use std::fmt;

/// The most digits an intermediate result may carry (CL's largest *DEC is 15 digits; the
/// products of two of them fit easily).
pub const MAX_DIGITS: u32 = 34;

/// Decimal positions kept in a quotient before the receiver truncates it (qsy's decision:
/// IBM does not document the intermediate precision of a CL division).
pub const DIVISION_SCALE: u8 = 15;

/// A decimal number: `units / 10^scale`.
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    /// The value in units of the last decimal position.
    pub units: i128,
    /// Decimal positions.
    pub scale: u8,
}

/// Why decimal arithmetic failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecError {
    /// The result has more digits than the receiver holds (MCH1210).
    Overflow,
    /// Division by zero (MCH1211).
    DivideByZero,
}

fn pow10(n: u32) -> i128 {
    10i128.pow(n)
}

fn digits(mut u: i128) -> u32 {
    let mut n = 0;
    u = u.abs();
    while u > 0 {
        n += 1;
        u /= 10;
    }
    n
}

impl Decimal {
    /// Zero with no decimal positions.
    pub const ZERO: Decimal = Decimal { units: 0, scale: 0 };

    /// A whole number.
    pub fn from_int(n: i128) -> Decimal {
        Decimal { units: n, scale: 0 }
    }

    /// Parses CL numeric text: an optional sign right before the digits, digits with an
    /// optional decimal point (period or comma), surrounding blanks allowed. None when it
    /// is not a number.
    pub fn parse(text: &str) -> Option<Decimal> {
        let t = text.trim_matches(' ');
        let (neg, body) = match t.as_bytes().first()? {
            b'-' => (true, &t[1..]),
            b'+' => (false, &t[1..]),
            _ => (false, t),
        };
        let (int, frac) = match body.find(['.', ',']) {
            Some(i) => (&body[..i], &body[i + 1..]),
            None => (body, ""),
        };
        if int.is_empty() && frac.is_empty()
            || !int.bytes().all(|c| c.is_ascii_digit())
            || !frac.bytes().all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let int = int.trim_start_matches('0');
        if int.len() + frac.len() > MAX_DIGITS as usize || frac.len() > 63 {
            return None;
        }
        let mut units: i128 = 0;
        for c in int.bytes().chain(frac.bytes()) {
            units = units * 10 + i128::from(c - b'0');
        }
        Some(Decimal {
            units: if neg { -units } else { units },
            scale: frac.len() as u8,
        })
    }

    /// The value with `scale` decimal positions: extra positions truncated (toward zero),
    /// missing ones added as zeros.
    pub fn rescale(self, scale: u8) -> Result<Decimal, DecError> {
        let units = match scale.cmp(&self.scale) {
            Ordering::Equal => self.units,
            Ordering::Greater => self
                .units
                .checked_mul(pow10(u32::from(scale - self.scale)))
                .ok_or(DecError::Overflow)?,
            Ordering::Less => self.units / pow10(u32::from(self.scale - scale)),
        };
        Ok(Decimal { units, scale })
    }

    /// Fits the value to a declared *DEC(digits decimals): decimals truncated, too many
    /// integer digits refused.
    pub fn fit(self, total: u8, scale: u8) -> Result<Decimal, DecError> {
        let d = self.rescale(scale)?;
        if digits(d.units) > u32::from(total) {
            return Err(DecError::Overflow);
        }
        Ok(d)
    }

    /// The whole part (truncated toward zero).
    pub fn trunc(self) -> i128 {
        self.units / pow10(u32::from(self.scale))
    }

    /// Whether the value is zero.
    pub fn is_zero(self) -> bool {
        self.units == 0
    }

    /// Whether the value is below zero.
    pub fn is_negative(self) -> bool {
        self.units < 0
    }

    fn aligned(self, other: Decimal) -> Result<(i128, i128, u8), DecError> {
        let s = self.scale.max(other.scale);
        Ok((self.rescale(s)?.units, other.rescale(s)?.units, s))
    }

    fn checked(units: Option<i128>, scale: u8) -> Result<Decimal, DecError> {
        let units = units.ok_or(DecError::Overflow)?;
        if digits(units) > MAX_DIGITS {
            return Err(DecError::Overflow);
        }
        Ok(Decimal { units, scale })
    }

    /// Sum.
    pub fn plus(self, other: Decimal) -> Result<Decimal, DecError> {
        let (a, b, s) = self.aligned(other)?;
        Self::checked(a.checked_add(b), s)
    }

    /// Difference.
    pub fn minus(self, other: Decimal) -> Result<Decimal, DecError> {
        let (a, b, s) = self.aligned(other)?;
        Self::checked(a.checked_sub(b), s)
    }

    /// Product (exact: the scales add up).
    pub fn times(self, other: Decimal) -> Result<Decimal, DecError> {
        let s = self.scale + other.scale;
        let p = Self::checked(self.units.checked_mul(other.units), s)?;
        // Keep intermediate results within reach of i128 while staying exact enough.
        if p.scale > DIVISION_SCALE * 2 {
            return p.rescale(DIVISION_SCALE * 2);
        }
        Ok(p)
    }

    /// Quotient, truncated to [`DIVISION_SCALE`] decimal positions (or the operands' own,
    /// when larger).
    pub fn divided_by(self, other: Decimal) -> Result<Decimal, DecError> {
        if other.units == 0 {
            return Err(DecError::DivideByZero);
        }
        let s = DIVISION_SCALE.max(self.scale).max(other.scale);
        // self.units/10^a ÷ other.units/10^b = self.units * 10^(s + b - a) / other.units / 10^s
        let shift = i32::from(s) + i32::from(other.scale) - i32::from(self.scale);
        let num = if shift >= 0 {
            self.units
                .checked_mul(pow10(shift as u32))
                .ok_or(DecError::Overflow)?
        } else {
            self.units / pow10((-shift) as u32)
        };
        Self::checked(Some(num / other.units), s)
    }

    /// Negation.
    pub fn negated(self) -> Decimal {
        Decimal {
            units: -self.units,
            scale: self.scale,
        }
    }

    /// The digits with a decimal point when the scale is above zero and a leading minus
    /// sign: `-12.50`, `0.05`, `7`.
    pub fn plain(self) -> String {
        let s = self.scale as usize;
        let mut body = self.units.unsigned_abs().to_string();
        if s > 0 {
            if body.len() <= s {
                body = format!("{}{body}", "0".repeat(s + 1 - body.len()));
            }
            body.insert(body.len() - s, '.');
        }
        if self.units < 0 {
            body.insert(0, '-');
        }
        body
    }

    /// The value as CHGVAR puts a number into a *CHAR variable of `len` characters:
    /// right-justified, padded with leading zeros, the decimal point kept and a minus sign
    /// in the leftmost position. None when it does not fit.
    pub fn to_char(self, len: usize) -> Option<String> {
        let s = self.scale as usize;
        let mut digits = self.units.unsigned_abs().to_string();
        if digits.len() <= s {
            digits = format!("{}{digits}", "0".repeat(s + 1 - digits.len()));
        }
        let (int, frac) = digits.split_at(digits.len() - s);
        let int = int.trim_start_matches('0');
        let mut body = int.to_string();
        if s > 0 {
            body.push('.');
            body.push_str(frac);
        }
        let sign = usize::from(self.units < 0);
        if body.len() + sign > len {
            return None;
        }
        let zeros = "0".repeat(len - body.len() - sign);
        Some(format!(
            "{}{zeros}{body}",
            if self.units < 0 { "-" } else { "" }
        ))
    }
}

/// The bytes of packed decimal data: two digits a byte, the last half-byte the sign.
pub fn packed_len(digits: u8) -> usize {
    usize::from(digits) / 2 + 1
}

impl Decimal {
    /// The value as packed decimal of `digits` digits and `scale` decimal positions (IBM's
    /// preferred signs: X'F' positive, X'D' negative), after [`Decimal::fit`]: extra decimal
    /// positions truncated, too many integer digits refused (MCH1210).
    pub fn to_packed(self, digits: u8, scale: u8) -> Result<Vec<u8>, DecError> {
        let d = self.fit(digits, scale)?;
        let len = packed_len(digits);
        let mut nibbles = vec![0u8; len * 2];
        nibbles[len * 2 - 1] = if d.units < 0 { 0xD } else { 0xF };
        let mut u = d.units.unsigned_abs();
        let mut i = len * 2 - 1;
        while u > 0 && i > 0 {
            i -= 1;
            nibbles[i] = (u % 10) as u8;
            u /= 10;
        }
        Ok(nibbles.chunks(2).map(|p| (p[0] << 4) | p[1]).collect())
    }

    /// Packed decimal data read back with `scale` decimal positions. None when it is not
    /// valid packed data: a digit half-byte above 9 or a sign half-byte below X'A' (IBM
    /// sends MCH1202, decimal data error). Signs X'B' and X'D' are negative, the others
    /// positive.
    pub fn from_packed(bytes: &[u8], scale: u8) -> Option<Decimal> {
        let (last, body) = bytes.split_last()?;
        let sign = last & 0x0F;
        if sign < 0xA {
            return None;
        }
        let mut units: i128 = 0;
        for n in body
            .iter()
            .flat_map(|b| [b >> 4, b & 0x0F])
            .chain(std::iter::once(last >> 4))
        {
            if n > 9 {
                return None;
            }
            units = units.checked_mul(10)?.checked_add(i128::from(n))?;
        }
        Some(Decimal {
            units: if sign == 0xB || sign == 0xD {
                -units
            } else {
                units
            },
            scale,
        })
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Decimal {}
impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        match self.aligned(*other) {
            Ok((a, b, _)) => a.cmp(&b),
            // Only a value with an enormous scale can fail to align; compare whole parts.
            Err(_) => self.trunc().cmp(&other.trunc()),
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn exact_arithmetic() {
        assert_eq!(d("0.1").plus(d("0.2")).unwrap(), d("0.3"));
        assert_eq!(d("1.5").times(d("4")).unwrap().plain(), "6.0");
        assert_eq!(d("10").divided_by(d("4")).unwrap(), d("2.5"));
        assert_eq!(
            d("1")
                .divided_by(d("3"))
                .unwrap()
                .fit(5, 2)
                .unwrap()
                .plain(),
            "0.33"
        );
        assert_eq!(
            d("-7")
                .divided_by(d("2"))
                .unwrap()
                .fit(5, 0)
                .unwrap()
                .plain(),
            "-3"
        );
        assert_eq!(d("1").divided_by(d("0")), Err(DecError::DivideByZero));
        assert_eq!(d("123456").fit(5, 0), Err(DecError::Overflow));
        assert_eq!(d("99999.999").fit(5, 0).unwrap().plain(), "99999");
    }

    #[test]
    fn parse_rules() {
        assert_eq!(d(" -12.50 ").plain(), "-12.50");
        assert_eq!(d("+3").plain(), "3");
        assert_eq!(d(".5").plain(), "0.5");
        assert!(Decimal::parse("1 2").is_none());
        assert!(Decimal::parse("- 1").is_none());
        assert!(Decimal::parse("abc").is_none());
        assert!(Decimal::parse("").is_none());
        assert!(Decimal::parse(".").is_none());
    }

    #[test]
    fn packed_decimal_is_ibm_s() {
        // IBM's example: 25.5 in a *DEC(5 2) is X'02550F'.
        assert_eq!(d("25.5").to_packed(5, 2).unwrap(), [0x02, 0x55, 0x0F]);
        assert_eq!(d("-1").to_packed(3, 0).unwrap(), [0x00, 0x1D]);
        assert_eq!(
            Decimal::from_packed(&[0x02, 0x55, 0x0F], 2).unwrap(),
            d("25.50")
        );
        assert_eq!(Decimal::from_packed(&[0x00, 0x1B], 0).unwrap(), d("-1"));
        assert_eq!(Decimal::from_packed(&[0x40, 0x40], 0), None);
        assert_eq!(Decimal::from_packed(&[0x1A, 0x0F], 0), None);
        assert_eq!(d("1000").to_packed(3, 0), Err(DecError::Overflow));
        // 0.1 added ten times stays exact.
        let mut sum = Decimal::ZERO.fit(5, 2).unwrap();
        for _ in 0..10 {
            let bytes = sum.plus(d("0.1")).unwrap().to_packed(5, 2).unwrap();
            sum = Decimal::from_packed(&bytes, 2).unwrap();
        }
        assert_eq!(sum.plain(), "1.00");
    }

    #[test]
    fn char_conversion_as_chgvar_does_it() {
        assert_eq!(d("1").to_char(3).unwrap(), "001");
        assert_eq!(d("123.00").to_char(6).unwrap(), "123.00");
        assert_eq!(d("-5").to_char(4).unwrap(), "-005");
        assert_eq!(d("0.50").to_char(5).unwrap(), "00.50");
        assert_eq!(d("1234").to_char(3), None);
    }
}
