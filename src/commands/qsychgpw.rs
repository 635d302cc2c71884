//! The Change User Password (QSYCHGPW) API, called with `CALL PGM(QSYCHGPW) PARM(…)`: IBM's
//! parameter list (user ID or *CURRENT, current password or *NOPWD, new password, error
//! code; optionally the length and CCSID of each password) and IBM's error code structure
//! (format ERRC0100).

use super::call::Passed;
use crate::engine::Job;
use crate::messages::{msg, Failure, QResult};
use crate::security::{authority, profile};

/// The program name.
pub const NAME: &str = "QSYCHGPW";

/// The longest password value a length parameter may give (IBM's level-4 limit is 128
/// characters; qsy accepts a longer value and lets the password syntax refuse it).
const MAX_LENGTH: i64 = 512;

/// The parameters of a QSYCHGPW call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    /// User ID; None for *CURRENT.
    pub user: Option<String>,
    /// Current password; None for *NOPWD.
    pub current: Option<String>,
    /// New password.
    pub new: String,
}

/// A password parameter: `value` cut to `length` when the length parameter was given, else
/// without its trailing blanks (qsy's decision for IBM's CHAR(*) without a length).
fn password_value(value: &Passed, length: Option<&Passed>, which: &str) -> QResult<String> {
    let text = value.text();
    match length {
        None => Ok(text.trim_end_matches([' ', '\0']).to_string()),
        Some(l) => {
            let n = l.number().unwrap_or(-1);
            let available = text.chars().count() as i64;
            if !(1..=MAX_LENGTH).contains(&n) || n > available {
                return msg::qsy0638(which, l.text().trim()).fail();
            }
            Ok(text.chars().take(n as usize).collect())
        }
    }
}

impl Params {
    /// Reads the parameters passed (4, or 8 with the optional group).
    ///
    /// # Errors
    /// QSY0635 for another count; QSY0638 for a length that is not valid.
    pub fn from_passed(parms: &[Passed]) -> QResult<Params> {
        if parms.len() != 4 && parms.len() != 8 {
            return msg::qsy0635(NAME, parms.len(), "4 or 8").fail();
        }
        let user = parms[0].text().trim().to_ascii_uppercase();
        let current_len = parms.get(4);
        let new_len = parms.get(6);
        let current = password_value(&parms[1], current_len, "current")?;
        Ok(Params {
            user: (user != "*CURRENT").then_some(user),
            current: (current.trim_end() != "*NOPWD").then_some(current),
            new: password_value(&parms[2], new_len, "new")?,
        })
    }
}

/// Runs QSYCHGPW: the user's own password with its current password needs no special
/// authority; another user's, or *NOPWD, needs *SECADM and *OBJMGT and *USE to the profile
/// (IBM's "Authorities and Locks"). No completion message: an API sends none.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    let name = params.user.clone().unwrap_or_else(|| job.user.clone());
    let target = profile::require(job.tx, &name)?;
    if name != job.user || params.current.is_none() {
        if target.not_changeable {
            return msg::qsy0080(&name).fail();
        }
        let me = job.user_profile()?;
        authority::require_change_profile(job.tx, job.out, &me, &name, NAME)?;
    }
    super::chgpwd::change_password(job, target, params.current.as_deref(), &params.new, NAME)
}

/// Bytes provided, the first field of an ERRC0100 error code structure: a BINARY(4) held
/// in the first four characters of a character value (each character one byte). None when
/// the value cannot hold it (shorter than 4, or not byte characters).
pub fn bytes_provided(code: &Passed) -> Option<u32> {
    let text = code.text();
    let bytes: Vec<u32> = text.chars().take(4).map(u32::from).collect();
    if bytes.len() < 4 || bytes.iter().any(|b| *b > 0xFF) {
        return None;
    }
    Some(bytes.iter().fold(0, |acc, b| (acc << 8) | b))
}

/// A BINARY(4) as four byte characters.
fn binary4(n: u32) -> String {
    n.to_be_bytes().iter().map(|b| char::from(*b)).collect()
}

/// The error code structure after a failure, as IBM's ERRC0100 fills it: bytes provided
/// (kept), bytes available, the exception ID and a reserved byte; qsy returns no exception
/// data, so 16 bytes are available. Only `provided` bytes are written, within the
/// variable's own length (`code`'s).
pub fn filled_error_code(code: &Passed, provided: u32, failure: &Failure) -> Passed {
    let old: Vec<char> = code.text().chars().collect();
    let mut new: Vec<char> = old[..4].to_vec();
    new.extend(binary4(16).chars());
    new.extend(format!("{:<7}", failure.id()).chars().take(7));
    new.push('\0');
    let keep = (provided as usize).min(old.len());
    let mut out: Vec<char> = old.clone();
    for (i, c) in new.into_iter().enumerate().take(keep) {
        out[i] = c;
    }
    Passed::Text(out.into_iter().collect())
}

/// Calls QSYCHGPW with `parms`, as IBM's API handles its error code parameter: bytes
/// provided 0 sends a failure as an escape message; 8 or more writes it into the error code
/// structure (`parms[3]`) instead, and the call returns normally (a store failure is always
/// an escape); 1 to 7, or a value that holds no bytes provided, is CPF3CF1.
pub fn call(job: &mut Job, parms: &mut [Passed]) -> QResult<()> {
    let params = Params::from_passed(parms)?;
    let provided = bytes_provided(&parms[3]).ok_or_else(|| Failure::from(msg::cpf3cf1()))?;
    if (1..8).contains(&provided) {
        return msg::cpf3cf1().fail();
    }
    match run(job, &params) {
        Err(f) if provided >= 8 && f.exit_code() != 3 => {
            parms[3] = filled_error_code(&parms[3], provided, &f);
            Ok(())
        }
        Ok(()) if provided >= 8 => {
            // Success: bytes available 0.
            let mut text: Vec<char> = parms[3].text().chars().collect();
            for (i, c) in binary4(0).chars().enumerate() {
                if let Some(slot) = text.get_mut(4 + i).filter(|_| 4 + i < provided as usize) {
                    *slot = c;
                }
            }
            parms[3] = Passed::Text(text.into_iter().collect());
            Ok(())
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_provided_reads_a_binary_4() {
        assert_eq!(bytes_provided(&Passed::Text("\0\0\0\0".into())), Some(0));
        assert_eq!(
            bytes_provided(&Passed::Text("\0\0\0\u{10}............".into())),
            Some(16)
        );
        assert_eq!(bytes_provided(&Passed::Text("ab".into())), None);
        assert_eq!(bytes_provided(&Passed::Text("\0\0\0\u{100}".into())), None);
    }

    #[test]
    fn the_structure_gets_the_message_id() {
        let code = Passed::Text(format!("\0\0\0\u{10}{}", " ".repeat(12)));
        let f = Failure::from(msg::cpf2204("X"));
        let Passed::Text(t) = filled_error_code(&code, 16, &f) else {
            panic!()
        };
        assert_eq!(&t[8..15], "CPF2204");
        assert_eq!(t.chars().nth(7), Some('\u{10}'));
        let short = filled_error_code(&code, 8, &f);
        assert_eq!(&short.text()[8..15], " ".repeat(7));
    }

    #[test]
    fn parameters_are_read_with_and_without_lengths() {
        let t = |s: &str| Passed::Text(s.into());
        let p = Params::from_passed(&[t("*CURRENT"), t("OLD   "), t("New pw  "), t("\0\0\0\0")])
            .unwrap();
        assert_eq!(p.user, None);
        assert_eq!(p.current.as_deref(), Some("OLD"));
        assert_eq!(p.new, "New pw");
        let p = Params::from_passed(&[
            t("jsmith"),
            t("*NOPWD"),
            t("ab  cd  "),
            t("\0\0\0\0"),
            Passed::Number(6),
            Passed::Number(0),
            Passed::Number(6),
            Passed::Number(0),
        ])
        .unwrap();
        assert_eq!(p.user.as_deref(), Some("JSMITH"));
        assert_eq!(p.current, None);
        assert_eq!(p.new, "ab  cd");
        assert!(Params::from_passed(&[t("A")]).is_err());
    }
}
