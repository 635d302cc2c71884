//! Messages for the language layer's errors: `lang` has its own error types and imports
//! nothing of the crate, so the mapping to message IDs lives here.

use super::Failure;
use crate::lang::cl::ParseError;
use crate::lang::validate::ArgError;

impl From<ParseError> for Failure {
    /// A CL syntax error: a usage failure (exit 2) with the parser's ID and text.
    fn from(e: ParseError) -> Self {
        Failure::new(e.id, &[]).with_text(e.message)
    }
}

impl From<ArgError> for Failure {
    fn from(e: ArgError) -> Self {
        match e {
            ArgError::NotValid {
                value,
                keyword,
                why,
            } => Failure::new("QSY0003", &[&value, keyword, &why]),
            ArgError::NotOneOf {
                value,
                keyword,
                choices,
            } => Failure::new("QSY0011", &[&value, keyword, &choices]),
            ArgError::NotAName { value, keyword } => Failure::new("QSY0008", &[&value, keyword]),
            ArgError::OutOfRange {
                value,
                keyword,
                min,
                max,
            } => Failure::new(
                "QSY0007",
                &[&value, keyword, &min.to_string(), &max.to_string()],
            ),
            ArgError::TooLong { keyword, max } => {
                Failure::new("QSY0006", &[keyword, &max.to_string()])
            }
            ArgError::TooManyValues { keyword, max } => {
                Failure::new("QSY0009", &[keyword, &max.to_string()])
            }
            ArgError::MustBeAlone { value, keyword } => Failure::new("QSY0010", &[&value, keyword]),
            ArgError::UnknownKeyword(keyword) => Failure::new("CPD0043", &[&keyword]),
            ArgError::TooManyPositional { command, max } => {
                Failure::new("QSY0004", &[command, &max.to_string()])
            }
            ArgError::Duplicate(keyword) => Failure::new("QSY0005", &[keyword]),
            ArgError::Required { keyword, command } => Failure::new("QSY0002", &[keyword, command]),
            ArgError::BadDefault(e) => Failure::new("QSY0001", &[&e.message]),
        }
    }
}
