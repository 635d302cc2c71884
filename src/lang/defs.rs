//! Command definitions: the static tables `build.rs` generates from `commands/*.yaml`.

/// The type of a parameter, as in IBM's command definition source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// An IBM i name (10 characters, first A–Z $ # @); folded to upper case.
    Name,
    /// A name or a generic name: the first characters of names followed by `*` (`J*`),
    /// as IBM's "Generic name, name" parameters take them.
    Generic,
    /// Character data; unquoted input is folded to upper case.
    Char,
    /// A secret: keeps its case, never echoed.
    Password,
    /// A whole number within `range`.
    Int,
    /// `LIB/OBJ` or `OBJ`.
    Qualified,
    /// A CL command, as in `SBMJOB CMD(...)`.
    Command,
    /// A CL variable `&NAME` that receives a value.
    Variable,
}

/// A parameter of one command, as a constant `build.rs` generates from the definition
/// (`defs::chgusrprf::USRPRF`): commands read their parameters only through these, so a
/// keyword the definition does not have is a compile error, not a failure at run time.
/// Nothing outside this module can make one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keyword {
    command: &'static str,
    name: &'static str,
    index: usize,
}

impl Keyword {
    /// The command whose definition has the parameter.
    pub fn command(self) -> &'static str {
        self.command
    }
    /// The keyword, upper case (`USRPRF`).
    pub fn name(self) -> &'static str {
        self.name
    }
    /// The parameter's position in its command's definition.
    pub fn index(self) -> usize {
        self.index
    }
}

/// One parameter of a command.
#[derive(Debug)]
pub struct ParamDef {
    /// Keyword, upper case (`USRPRF`).
    pub keyword: &'static str,
    /// IBM's prompt text.
    pub prompt: &'static str,
    /// Value type.
    pub kind: ParamKind,
    /// Maximum length of one value (characters).
    pub length: u32,
    /// Minimum length of one value (0 allows `''`).
    pub min_length: u32,
    /// Inclusive range for `Int`.
    pub range: (i64, i64),
    /// Special values accepted in place of a value.
    pub special: &'static [&'static str],
    /// Special values that must stand alone in a list.
    pub single: &'static [&'static str],
    /// When not empty, the only values allowed (besides special values).
    pub values: &'static [&'static str],
    /// Maximum number of list elements; 0 for a single value.
    pub list: u32,
    /// Value used when the parameter is not given.
    pub default: Option<&'static str>,
    /// Whether the parameter must be given.
    pub required: bool,
    /// Help text.
    pub help: &'static str,
    /// Accepted when valid and kept on the object (DSPUSRPRF shows it), but qsy does not
    /// act on it: a keyword of IBM's that qsy does not model.
    pub not_acted_on: bool,
}

impl ParamDef {
    /// Whether `value` (upper case) is one of the special or single values.
    pub fn is_special(&self, value: &str) -> bool {
        self.special.contains(&value) || self.single.contains(&value)
    }
}

/// One CL command.
#[derive(Debug)]
pub struct CommandDef {
    /// Command name, upper case.
    pub name: &'static str,
    /// IBM's title (`Change User Profile`).
    pub title: &'static str,
    /// Simulator-only: does not exist on IBM i.
    pub simulator_only: bool,
    /// A CL program statement (DCL, IF, CHGVAR…) or a command that needs a CL variable:
    /// it runs only inside `qsy run`.
    pub script_only: bool,
    /// Stands for the sign-on screen: it runs before any user's job exists, so the job user
    /// is not checked (SIGNON).
    pub before_signon: bool,
    /// A job signing on for this command may use an expired password, as the sign-on
    /// screen leads to the Change Password display (CHGPWD).
    pub allow_expired_password: bool,
    /// The password parameter `--password-stdin` fills, instead of authenticating the job
    /// user (SIGNON, CHKTOTP).
    pub password_from_stdin: Option<&'static str>,
    /// How many parameters may be given without a keyword.
    pub max_positional: usize,
    /// Description.
    pub help: &'static str,
    /// Examples: (CL text, what it does).
    pub examples: &'static [(&'static str, &'static str)],
    /// Parameters in positional order.
    pub params: &'static [ParamDef],
}

impl CommandDef {
    /// The parameter with this keyword (upper case).
    pub fn param(&self, keyword: &str) -> Option<(usize, &'static ParamDef)> {
        self.params
            .iter()
            .enumerate()
            .find(|(_, p)| p.keyword == keyword)
    }
}

include!(concat!(env!("OUT_DIR"), "/defs.rs"));

/// Finds a command definition by name (case-insensitive).
pub fn find(name: &str) -> Option<&'static CommandDef> {
    let upper = name.to_ascii_uppercase();
    COMMANDS
        .binary_search_by(|d| d.name.cmp(upper.as_str()))
        .ok()
        .map(|i| &COMMANDS[i])
}
