//! Messages for the language layer's errors: `lang` has its own error types and imports
//! nothing of the crate, so the mapping to message IDs lives here.

use super::{msg, Failure, Msg};
use crate::lang::cl::{ParseError, Syntax};
use crate::lang::validate::ArgError;

impl From<ParseError> for Msg {
    /// A CL syntax error: a usage message (exit 2) with the parser's text.
    fn from(e: ParseError) -> Msg {
        syntax(e.kind, e.message)
    }
}

/// The message of a syntax error of kind `kind` whose text is `detail` (the parser's or the
/// statement splitter's, naming the position or line).
pub fn syntax(kind: Syntax, detail: impl std::fmt::Display) -> Msg {
    match kind {
        Syntax::Parentheses => msg::qsy0101(detail),
        Syntax::Quote => msg::qsy0102(detail),
        Syntax::CommandName => msg::qsy0103(detail),
        Syntax::Hex => msg::qsy0104(detail),
        Syntax::Unexpected => msg::qsy0105(detail),
        Syntax::TooLong => msg::qsy0106(detail),
        Syntax::Comment => msg::qsy0107(detail),
    }
}

impl From<ArgError> for Msg {
    fn from(e: ArgError) -> Msg {
        match e {
            ArgError::NotValid {
                value,
                keyword,
                why,
            } => msg::qsy0003(value, keyword, why),
            ArgError::NotOneOf {
                value,
                keyword,
                choices,
            } => msg::qsy0011(value, keyword, choices),
            ArgError::NotAName { value, keyword } => msg::qsy0008(value, keyword),
            ArgError::OutOfRange {
                value,
                keyword,
                min,
                max,
            } => msg::qsy0007(value, keyword, min, max),
            ArgError::TooLong { keyword, max } => msg::qsy0006(keyword, max),
            ArgError::TooManyValues { keyword, max } => msg::qsy0009(keyword, max),
            ArgError::MustBeAlone { value, keyword } => msg::qsy0010(value, keyword),
            ArgError::UnknownKeyword(keyword) => msg::cpd0043(keyword),
            ArgError::TooManyPositional { command, max } => msg::qsy0004(command, max),
            ArgError::Duplicate(keyword) => msg::qsy0005(keyword),
            ArgError::Required { keyword, command } => msg::qsy0002(keyword, command),
            ArgError::BadDefault(e) => msg::qsy0013(e.message),
        }
    }
}

impl From<ParseError> for Failure {
    fn from(e: ParseError) -> Self {
        Msg::from(e).into()
    }
}

impl From<ArgError> for Failure {
    fn from(e: ArgError) -> Self {
        Msg::from(e).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_keep_the_parsers_text_under_their_own_id() {
        let e = crate::lang::cl::parse_command("SNDPGMMSG MSG('x").unwrap_err();
        let f = Failure::from(e.clone());
        assert_eq!((f.id(), f.exit_code), ("QSY0102", 2));
        assert_eq!(f.message.text, e.message);
        let e = ParseError {
            kind: Syntax::Quote,
            message: "m".into(),
            offset: 0,
        };
        assert_eq!(Failure::from(e).to_string(), "QSY0102: m");
        assert_eq!(syntax(Syntax::TooLong, "t").id(), "QSY0106");
    }

    #[test]
    fn argument_errors_map_to_their_messages() {
        let f = Failure::from(ArgError::UnknownKeyword("XYZ".into()));
        assert_eq!(
            (f.to_string(), f.exit_code),
            ("CPD0043: Keyword XYZ not valid for this command.".into(), 2)
        );
        let f = Failure::from(ArgError::OutOfRange {
            value: "0".into(),
            keyword: "PWDEXPITV",
            min: 1,
            max: 366,
        });
        assert_eq!(
            f.message.text,
            "Value 0 for parameter PWDEXPITV is not within the range 1 to 366."
        );
    }
}
