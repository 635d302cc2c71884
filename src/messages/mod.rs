//! Every message qsy sends, in one table: IBM's IDs and texts where IBM documents them
//! (DESIGN §7.13), `QSY0xxx` otherwise. The table also fixes each message's class, which
//! decides the exit code of a failure (DESIGN §4): escape 1, usage 2, store 3.

use serde::Serialize;
use std::fmt;

mod lang;

/// How a message is delivered, as IBM i message types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MsgType {
    /// The command did what was asked.
    Completion,
    /// Something worth knowing that did not stop the command.
    Diagnostic,
    /// Informational.
    Informational,
    /// The command failed (stderr, exit code from the class).
    Escape,
}

/// What kind of failure an escape message stands for, which fixes the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A completion, diagnostic or informational message: not a failure.
    Info,
    /// The command ran and was refused (exit 1).
    Escape,
    /// Syntax or usage error: unknown command or keyword, value out of range (exit 2).
    Usage,
    /// The store cannot be opened (exit 3).
    Store,
}

impl Class {
    /// The process exit code of a failure of this class.
    pub fn exit_code(self) -> i32 {
        match self {
            Class::Info => 0,
            Class::Escape => 1,
            Class::Usage => 2,
            Class::Store => 3,
        }
    }
}

/// The message table: ID, class, first-level text with `&1`… substitution variables.
pub static TABLE: &[(&str, Class, &str)] = &[
    // IBM i messages (DESIGN §7.13 and IBM documentation).
    ("CPF0001", Class::Escape, "Error found on &1 command."),
    ("CPD0030", Class::Usage, "Command &1 in library *LIBL not found."),
    ("CPD0043", Class::Usage, "Keyword &1 not valid for this command."),
    ("CPF1028", Class::Usage, "&1 not valid for parameter SYSVAL."),
    ("CPF1393", Class::Escape, "User profile &1 has been disabled."),
    ("CPF2204", Class::Escape, "User profile &1 not found."),
    ("CPF22E2", Class::Escape, "Password not correct for user profile &1."),
    ("CPF22E3", Class::Escape, "User profile &1 is disabled."),
    ("CPF22E4", Class::Escape, "Password for user profile &1 has expired."),
    ("CPF22E5", Class::Escape, "No password associated with user profile &1."),
    ("CPF2362", Class::Escape, "Password not correct."),
    ("CPF9898", Class::Escape, "&1."),
    ("CPC2205", Class::Info, "User profile &1 changed."),
    ("CPC3713", Class::Info, "&2 &1 restored without password or group linkage."),
    ("CPF9801", Class::Escape, "Object &2 in library &3 not found."),
    // qsy's own messages.
    ("QSY0001", Class::Usage, "&1"),
    ("QSY0002", Class::Usage, "Parameter &1 is required for command &2."),
    ("QSY0003", Class::Usage, "Value '&1' for parameter &2 not valid: &3"),
    ("QSY0004", Class::Usage, "Too many positional parameters for command &1: it takes at most &2."),
    ("QSY0005", Class::Usage, "Parameter &1 was given more than once."),
    ("QSY0006", Class::Usage, "Value for parameter &1 exceeds &2 characters."),
    ("QSY0007", Class::Usage, "Value &1 for parameter &2 is not within the range &3 to &4."),
    ("QSY0008", Class::Usage, "Value '&1' for parameter &2 is not a valid name."),
    ("QSY0009", Class::Usage, "Parameter &1 accepts at most &2 values."),
    ("QSY0010", Class::Usage, "Value &1 for parameter &2 must be specified alone."),
    ("QSY0011", Class::Usage, "Value &1 for parameter &2 is not one of: &3."),
    ("QSY0012", Class::Usage, "Command &1 cannot run here: &2"),
    ("QSY0020", Class::Store, "Store &1 cannot be opened: &2"),
    ("QSY0021", Class::Store, "Store &1 is in use by another qsy process; gave up after &2 seconds."),
    ("QSY0022", Class::Store, "&1 is not a qsy store: &2"),
    ("QSY0023", Class::Store, "Store &1 has schema version &2; this qsy understands up to &3."),
    ("QSY0024", Class::Store, "Store &1 failed: &2"),
    ("QSY0025", Class::Escape, "qsy stopped on an internal error: &1. Please report it."),
    ("QSY0026", Class::Store, "The store is damaged (&1); restore it from a copy or from a SAVSECDTA save file."),
    ("QSY0030", Class::Escape, "System is powered down: run 'qsy ipl' (or PWRDWNSYS RESTART(*YES)) first."),
    ("QSY0031", Class::Info, "System value &1 changed."),
    ("QSY0032", Class::Info, "System value &1 changed to &2; takes effect at the next IPL."),
    ("QSY0033", Class::Escape, "Change of QPWDLVL from &1 to &2 not supported directly: &3"),
    ("QSY0034", Class::Escape, "System value &1 cannot be changed: security-related system values are locked (SST)."),
    ("QSY0035", Class::Escape, "Value '&1' not valid for system value &2: &3"),
    ("QSY0036", Class::Escape, "System value &1 cannot be changed while QPWDRULES is not *PWDSYSVAL."),
    ("QSY0037", Class::Info, "Security attributes changed; ADLSGNFAC &1 takes effect at the next IPL."),
    ("QSY0038", Class::Escape, "Additional sign-on factor cannot be enabled: &1"),
    ("QSY0039", Class::Escape, "Additional sign-on factor change is not allowed by the SST option."),
    ("QSY0040", Class::Info, "IPL &1 complete: QSECURITY &2, QPWDLVL &3, additional sign-on factor &4."),
    ("QSY0041", Class::Info, "System powered down. Run 'qsy ipl' to start it."),
    ("QSY0042", Class::Info, "&1"),
    ("QSY0043", Class::Info, "SST: &1"),
    ("QSY0044", Class::Info, "Additional sign-on factor stays *DISABLED: &1"),
    ("QSY0050", Class::Escape, "User &1 needs special authority &2 to run &3."),
    ("QSY0051", Class::Escape, "User &1 cannot be the user of a job started without its credentials: QIBM_RUN_UNDER_USER_NO_AUTH is *DENIED."),
    ("QSY0052", Class::Escape, "User profile &1 cannot run jobs: it is disabled."),
    ("QSY0060", Class::Info, "&1 journal entries shown."),
    ("QSY0070", Class::Info, "&1"),
    ("QSY0080", Class::Escape, "User profile &1 cannot be changed or deleted: it is an IBM-supplied _NC profile."),
    ("QSY0081", Class::Escape, "User profile &1 already exists."),
    ("QSY0082", Class::Info, "User profile &1 created."),
    ("QSY0083", Class::Info, "User profile &1 deleted."),
    ("QSY0084", Class::Escape, "User profile &1 cannot be deleted: &2"),
    ("QSY0085", Class::Info, "User &1 signed on."),
    ("QSY0086", Class::Info, "A secret given on the command line can be seen by other processes; prefer the prompt or --password-stdin."),
    ("QSY0087", Class::Info, "Password changed."),
    ("QSY0088", Class::Escape, "&1 requires the current QSECURITY to be 40 or higher and the current QPWDLVL to be 4 (they are &2 and &3)."),
    ("QSY0089", Class::Info, "User profile &1 has AUTHMTH(*TOTP) but no TOTP key: it cannot sign on while the additional sign-on factor is enabled, until the user runs CHGTOTPKEY."),
    ("QSY0090", Class::Escape, "Password not valid: &1."),
    ("QSY0091", Class::Escape, "Password not valid at password level &1: &2."),
    ("QSY0092", Class::Escape, "Password cannot be changed yet: QPWDCHGBLK blocks changes for &1 hour(s) after a change."),
    ("QSY0093", Class::Escape, "New password must be different from the current password."),
    ("QSY0094", Class::Escape, "User &1 is not allowed to display user profile &2: *SECADM or *ALLOBJ is needed."),
    ("QSY0095", Class::Info, "&1 profile(s) have no password for level 4 and would have password *NONE after an IPL to QPWDLVL 4: &2"),
    ("QSY0097", Class::Escape, "TOTP key not valid: &1"),
    ("QSY0098", Class::Info, "TOTP key for user profile &1 &2."),
    ("QSY0099", Class::Info, "Password and TOTP value verified for user profile &1."),
    ("QSY0100", Class::Info, "Function usage information for &1 changed."),
    ("QSY0101", Class::Usage, "Parentheses do not balance."),
    ("QSY0102", Class::Usage, "Quoted string not ended."),
    ("QSY0103", Class::Usage, "Command name missing or not valid."),
    ("QSY0104", Class::Usage, "Hexadecimal literal not valid."),
    ("QSY0105", Class::Usage, "Unexpected character."),
    ("QSY0106", Class::Usage, "Statement longer than 32,702 characters."),
    ("QSY0107", Class::Usage, "Comment not ended."),
    ("QSY0200", Class::Escape, "Script ended at line &1: escape message &2 was not monitored."),
    ("QSY0201", Class::Usage, "DO and ENDDO do not match."),
    ("QSY0202", Class::Usage, "ELSE does not follow an IF."),
    ("QSY0203", Class::Usage, "GOTO label not defined."),
    ("QSY0204", Class::Usage, "DCL not valid."),
    ("QSY0205", Class::Usage, "Variable not declared."),
    ("QSY0206", Class::Usage, "MONMSG not valid here."),
    ("QSY0207", Class::Usage, "MONMSG message ID not valid."),
    ("QSY0208", Class::Usage, "Command expected."),
    ("QSY0209", Class::Usage, "PGM must be the first statement."),
    ("QSY0210", Class::Usage, "Statement not valid."),
    ("QSY0211", Class::Usage, "&1 problem(s) found in &2."),
    ("QSY0212", Class::Escape, "Error evaluating a CL expression."),
    ("QSY0213", Class::Info, "Script &1 ended normally: &2 command(s) run."),
    ("QSY0214", Class::Info, "&1: no problems found; &2 statement(s) checked."),
    ("QSY0215", Class::Info, "Line &1: &2 is a simulator-only command; remove it before running the script on IBM i."),
    ("QSY0096", Class::Escape, "User profile &1 is not an individual user: &2"),
    // Save files, SAVSECDTA and RSTUSRPRF (DESIGN §7.10).
    ("QSY0110", Class::Info, "Save file &1 created in library &2."),
    ("QSY0111", Class::Escape, "Save file &1 in library &2 already exists."),
    ("QSY0112", Class::Info, "File &1 in library &2 deleted."),
    ("QSY0113", Class::Info, "Save file &1 in library &2 cleared."),
    ("QSY0114", Class::Escape, "Save file &1 in library &2 holds data from an earlier save: specify CLEAR(*ALL) or CLEAR(*REPLACE), or clear it with CLRSAVF."),
    ("QSY0115", Class::Info, "&3 user profiles saved to save file &1 in library &2."),
    ("QSY0116", Class::Escape, "Save file &1 in library &2 cannot be used: &3"),
    ("QSY0117", Class::Escape, "Save file &1 in library &2 holds no data: nothing restored."),
    ("QSY0118", Class::Escape, "Save file &1 in library &2 is not a qsy save file: nothing restored."),
    ("QSY0119", Class::Escape, "Save file &1 in library &2 has format version &3; this qsy reads up to version &4: nothing restored."),
    ("QSY0120", Class::Escape, "Save file &1 in library &2 is damaged: nothing restored: &3"),
    ("QSY0121", Class::Info, "&1 user profiles restored, &2 not restored."),
    ("QSY0122", Class::Escape, "&2 user profiles not restored, &1 restored."),
    ("QSY0123", Class::Info, "User profile &1 restored with password *NONE: &2."),
    ("QSY0124", Class::Info, "*ALLOBJ special authority removed from restored user profile &1: the save came from another system and QSECURITY is &2."),
    ("QSY0125", Class::Info, "User profile &1 not restored: &2."),
    ("QSY0126", Class::Escape, "SECDTA(&1) is not supported by qsy: use *USRPRF or *PWDGRP."),
];

/// The text of message `id` with `&1`, `&2`, … replaced by `args`.
pub fn text(id: &str, args: &[&str]) -> String {
    let template = lookup(id).map(|(_, _, t)| *t).unwrap_or("&1");
    substitute(template, args)
}

fn lookup(id: &str) -> Option<&'static (&'static str, Class, &'static str)> {
    TABLE.iter().find(|(i, _, _)| *i == id)
}

fn substitute(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut chars = template.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c == '&' {
            if let Some(&(_, d)) = chars.peek() {
                if let Some(n) = d.to_digit(10) {
                    chars.next();
                    if let Some(a) = args.get(n as usize - 1) {
                        out.push_str(a);
                    }
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// The class of message `id` (unknown IDs are escapes).
pub fn class(id: &str) -> Class {
    lookup(id).map(|(_, c, _)| *c).unwrap_or(Class::Escape)
}

/// One message as sent: ID, type and text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// IBM-style ID (`CPF2204`, `QSY0031`).
    pub id: String,
    /// Message type.
    #[serde(rename = "type")]
    pub kind: MsgType,
    /// First-level text, variables substituted.
    pub text: String,
}

impl Message {
    /// A message of type `kind` from the table.
    pub fn new(id: &str, kind: MsgType, args: &[&str]) -> Self {
        Message {
            id: id.to_string(),
            kind,
            text: text(id, args),
        }
    }
    /// A completion message.
    pub fn completion(id: &str, args: &[&str]) -> Self {
        Self::new(id, MsgType::Completion, args)
    }
    /// A diagnostic message.
    pub fn diagnostic(id: &str, args: &[&str]) -> Self {
        Self::new(id, MsgType::Diagnostic, args)
    }
    /// An informational message.
    pub fn info(id: &str, args: &[&str]) -> Self {
        Self::new(id, MsgType::Informational, args)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id, self.text)
    }
}

/// A command that failed: the escape message and its exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The escape message.
    pub message: Message,
    /// Exit code (DESIGN §4).
    pub exit_code: i32,
}

impl Failure {
    /// A failure with message `id` from the table; the exit code comes from its class.
    pub fn new(id: &str, args: &[&str]) -> Self {
        let exit_code = match class(id) {
            Class::Info => 1,
            c => c.exit_code(),
        };
        Failure {
            message: Message::new(id, MsgType::Escape, args),
            exit_code,
        }
    }
    /// The message ID.
    pub fn id(&self) -> &str {
        &self.message.id
    }
}

impl Failure {
    /// The same failure with its text replaced (for messages whose text is built at run time).
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.message.text = text.into();
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

impl std::error::Error for Failure {}

/// Result of anything that can fail with an escape message.
pub type QResult<T> = Result<T, Failure>;

/// Shorthand: `Err(Failure::new(id, args))`.
pub fn fail<T>(id: &str, args: &[&str]) -> QResult<T> {
    Err(Failure::new(id, args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutes_variables() {
        assert_eq!(
            text("CPF2204", &["JSMITH"]),
            "User profile JSMITH not found."
        );
        assert_eq!(
            text("CPC3713", &["JSMITH", "USRPRF"]),
            "USRPRF JSMITH restored without password or group linkage."
        );
    }

    #[test]
    fn ids_are_unique_and_exit_codes_follow_class() {
        let mut ids: Vec<_> = TABLE.iter().map(|(i, _, _)| *i).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate message ID in TABLE");
        assert_eq!(Failure::new("CPF2204", &["X"]).exit_code, 1);
        assert_eq!(Failure::new("CPD0043", &["X"]).exit_code, 2);
        assert_eq!(Failure::new("QSY0020", &["X", "y"]).exit_code, 3);
    }
}
