//! The type and length IBM's command definitions give the return variables of the retrieve
//! commands qsy simulates (RTVUSRPRF, RTVJOBA, RCVMSG): a CL variable named for one of them must be
//! of that type and at least that long. The script interpreter checks it before a run
//! (`qsy run --check`) and before it assigns a returned value. RTVSYSVAL, whose variable
//! depends on the system value, has its own check (`system::sysval::check_variable`).

use crate::messages::{msg, QResult};
use crate::system::sysval::VarShape;

/// The type of one return variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReturnType {
    /// *CHAR of at least this length.
    Char(usize),
    /// *DEC of at least these digits (and these decimal positions).
    Dec(u8, u8),
}

impl ReturnType {
    /// How a message names it: `*CHAR 10 or longer`, `*DEC (11 0) or longer`.
    fn shown(self) -> String {
        match self {
            ReturnType::Char(n) => format!("*CHAR of at least {n}"),
            ReturnType::Dec(d, p) => format!("*DEC ({d} {p}) or longer"),
        }
    }
}

/// Each command's return variables: keyword and IBM's type and length.
const TABLE: &[(&str, &[(&str, ReturnType)])] = &[
    (
        "RTVUSRPRF",
        &[
            ("RTNUSRPRF", ReturnType::Char(10)),
            ("SPCAUT", ReturnType::Char(100)),
            ("TEXT", ReturnType::Char(50)),
            ("PWDCHGDAT", ReturnType::Char(6)),
            ("USRCLS", ReturnType::Char(10)),
            ("PWDEXPITV", ReturnType::Dec(5, 0)),
            ("PRVSIGN", ReturnType::Char(13)),
            ("NOTVLDSIGN", ReturnType::Dec(11, 0)),
            ("STATUS", ReturnType::Char(10)),
            ("PWDEXP", ReturnType::Char(4)),
            ("AUTHMTH", ReturnType::Char(20)),
            ("TOTPOPTITV", ReturnType::Dec(5, 0)),
        ],
    ),
    (
        "RCVMSG",
        &[
            ("MSG", ReturnType::Char(1)),
            ("MSGLEN", ReturnType::Dec(5, 0)),
            ("MSGDTA", ReturnType::Char(1)),
            ("MSGDTALEN", ReturnType::Dec(5, 0)),
            ("MSGID", ReturnType::Char(7)),
            ("RTNTYPE", ReturnType::Char(2)),
        ],
    ),
    (
        "RTVJOBA",
        &[
            ("JOB", ReturnType::Char(10)),
            ("USER", ReturnType::Char(10)),
            ("NBR", ReturnType::Char(6)),
            ("CURUSER", ReturnType::Char(10)),
            ("TYPE", ReturnType::Char(1)),
            ("DATE", ReturnType::Char(6)),
            ("CCSID", ReturnType::Dec(5, 0)),
            ("DFTCCSID", ReturnType::Dec(5, 0)),
            ("DATFMT", ReturnType::Char(4)),
        ],
    ),
];

/// The type IBM gives the return variable of `command`'s parameter `keyword`, if it is one
/// qsy knows.
pub fn of(command: &str, keyword: &str) -> Option<ReturnType> {
    TABLE
        .iter()
        .find(|(c, _)| *c == command)?
        .1
        .iter()
        .find(|(k, _)| *k == keyword)
        .map(|(_, t)| *t)
}

/// Whether variable `var` of shape `shape` can receive `command`'s `keyword`: QSY0780 for a
/// variable of another type, QSY0781 for one too short. A character variable longer than
/// IBM's length is accepted and padded with blanks (IBM's prompts give the minimum length).
pub fn check(command: &str, keyword: &str, var: &str, shape: VarShape) -> QResult<()> {
    let Some(ty) = of(command, keyword) else {
        return Ok(());
    };
    let shown_var = format!("&{}", var.trim_start_matches('&'));
    match (ty, shape) {
        (ReturnType::Char(n), VarShape::Char(m)) if m < n => {
            msg::qsy0781(shown_var, command, keyword, ty.shown()).fail()
        }
        (ReturnType::Char(_), VarShape::Char(_)) => Ok(()),
        (ReturnType::Dec(d, p), VarShape::Dec(m, q)) if m < d || q < p || m - q < d - p => {
            msg::qsy0781(shown_var, command, keyword, ty.shown()).fail()
        }
        (ReturnType::Dec(..), VarShape::Dec(..)) => Ok(()),
        _ => msg::qsy0780(shown_var, command, keyword, ty.shown()).fail(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_variable_must_have_ibms_type_and_at_least_its_length() {
        assert!(check("RTVUSRPRF", "USRCLS", "C", VarShape::Char(10)).is_ok());
        assert!(check("RTVUSRPRF", "USRCLS", "C", VarShape::Char(12)).is_ok());
        let short = check("RTVUSRPRF", "USRCLS", "C", VarShape::Char(9)).unwrap_err();
        assert_eq!(short.id(), "QSY0781");
        let wrong = check("RTVUSRPRF", "USRCLS", "C", VarShape::Dec(10, 0)).unwrap_err();
        assert_eq!(wrong.id(), "QSY0780");
        assert!(check("RTVUSRPRF", "NOTVLDSIGN", "N", VarShape::Dec(11, 0)).is_ok());
        assert_eq!(
            check("RTVUSRPRF", "NOTVLDSIGN", "N", VarShape::Dec(11, 2))
                .unwrap_err()
                .id(),
            "QSY0781"
        );
        assert_eq!(
            check("RTVUSRPRF", "NOTVLDSIGN", "N", VarShape::Int)
                .unwrap_err()
                .id(),
            "QSY0780"
        );
        assert!(check("QSYRTVPWDL", "NOPWDCNT", "N", VarShape::Int).is_ok());
    }
}
