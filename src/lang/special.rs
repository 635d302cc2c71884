//! CL special values (`*ENABLED`, `*SECADM`, `*TOTP`…) as Rust enums.
//!
//! [`special_values!`] defines an enum whose every variant serialises as its special value, so
//! a MessagePack record (store or save file) that held the string decodes into the enum
//! unchanged, and JSON output shows the same text it showed when the field was a string. The
//! domain defines its enums with it (`security::profile`, `system`).

use super::defs::Keyword;
use super::validate::ArgError;
use std::fmt;
use std::str::FromStr;

/// What every enum defined with [`special_values!`] offers.
pub trait SpecialValue: Copy {
    /// The special value as IBM writes it.
    fn text(self) -> &'static str;
}

/// The special values of a list, for JSON output.
pub fn texts<T: SpecialValue>(values: &[T]) -> Vec<&'static str> {
    values.iter().map(|v| v.text()).collect()
}

/// The special values of a list, blank-separated as a CL list is written.
pub fn join<T: SpecialValue>(values: &[T]) -> String {
    texts(values).join(" ")
}

/// A command parameter's special value as an enum. The command definitions allow only values
/// the enum knows, so a failure means the two disagree; it is reported as the definition
/// check reports a value that is not allowed ([`ArgError::NotOneOf`]).
pub fn parse_param<T: FromStr<Err = UnknownValue>>(
    keyword: Keyword,
    text: &str,
) -> Result<T, ArgError> {
    text.parse().map_err(|e: UnknownValue| ArgError::NotOneOf {
        value: text.to_string(),
        keyword: keyword.name(),
        choices: e.expected,
    })
}

/// A text that is not one of the special values of its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// What was expected (`user class`).
    pub kind: &'static str,
    /// The text given.
    pub value: String,
    /// The accepted values, blank-separated.
    pub expected: String,
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a {}: expected one of {}",
            self.value, self.kind, self.expected
        )
    }
}

impl std::error::Error for UnknownValue {}

/// Defines an enum of special values: `enum Name("kind") { Variant = "*VALUE", … }`.
///
/// The enum gets serde renames (each variant is its special value), `ALL` in declaration
/// order, `as_str`, `Display` and `FromStr` (failing with [`UnknownValue`]).
macro_rules! special_values {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident($kind:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            serde::Serialize, serde::Deserialize,
        )]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $text)] $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The special value as IBM writes it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl $crate::lang::special::SpecialValue for $name {
            fn text(self) -> &'static str {
                self.as_str()
            }
        }

        impl std::fmt::Display for $name {
            /// The special value; honours width and alignment (`{:<9}`) as a string does.
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::lang::special::UnknownValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| $crate::lang::special::UnknownValue {
                        kind: $kind,
                        value: s.to_string(),
                        expected: Self::ALL
                            .iter()
                            .map(|v| v.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                    })
            }
        }
    };
}

pub(crate) use special_values;
