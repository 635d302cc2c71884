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

/// A text of the definitions: its place in the generated `BLOB`. The tables hold no
/// pointers, so the static-pie binary relocates none of them at start-up and their pages stay
/// read-only and shared (README, Issue 19).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Text {
    start: u32,
    len: u32,
}

impl Text {
    const fn new(start: u32, len: u32) -> Self {
        Text { start, len }
    }

    fn get(self) -> &'static str {
        let start = self.start as usize;
        &BLOB[start..start + self.len as usize]
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// A list of words (a parameter's special or allowed values) in the definitions, separated
/// by spaces.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Words(Text);

impl Words {
    /// The words, in the definition's order.
    pub fn iter(self) -> impl DoubleEndedIterator<Item = &'static str> + Clone {
        self.0.get().split(' ').filter(|w| !w.is_empty())
    }

    /// Whether there are none.
    pub fn is_empty(self) -> bool {
        self.0.len == 0
    }

    /// How many there are.
    pub fn len(self) -> usize {
        self.iter().count()
    }

    /// The first word.
    pub fn first(self) -> Option<&'static str> {
        self.iter().next()
    }

    /// Whether `word` is one of them (exactly, case included).
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }

    /// The words as a vector.
    pub fn to_vec(self) -> Vec<&'static str> {
        self.iter().collect()
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = std::iter::Filter<std::str::Split<'static, char>, fn(&&'static str) -> bool>;
    fn into_iter(self) -> Self::IntoIter {
        self.0
            .get()
            .split(' ')
            .filter((|w: &&str| !w.is_empty()) as fn(&&'static str) -> bool)
    }
}

/// One parameter of a command.
#[derive(Debug)]
pub struct ParamDef {
    keyword: Text,
    prompt: Text,
    /// Value type.
    pub kind: ParamKind,
    /// Maximum length of one value (characters).
    pub length: u32,
    /// Minimum length of one value (0 allows `''`).
    pub min_length: u32,
    /// Inclusive range for `Int`.
    pub range: (i64, i64),
    special: Words,
    single: Words,
    values: Words,
    /// Maximum number of list elements; 0 for a single value.
    pub list: u32,
    default: Option<Text>,
    /// Whether the parameter must be given.
    pub required: bool,
    help: Text,
    /// Accepted when valid and kept on the object (DSPUSRPRF shows it), but qsy does not
    /// act on it: a keyword of IBM's that qsy does not model.
    pub not_acted_on: bool,
}

impl ParamDef {
    /// Keyword, upper case (`USRPRF`).
    pub fn keyword(&self) -> &'static str {
        self.keyword.get()
    }

    /// IBM's prompt text.
    pub fn prompt(&self) -> &'static str {
        self.prompt.get()
    }

    /// Special values accepted in place of a value.
    pub fn special(&self) -> Words {
        self.special
    }

    /// Special values that must stand alone in a list.
    pub fn single(&self) -> Words {
        self.single
    }

    /// When not empty, the only values allowed (besides special values).
    pub fn values(&self) -> Words {
        self.values
    }

    /// Value used when the parameter is not given.
    pub fn default(&self) -> Option<&'static str> {
        self.default.map(Text::get)
    }

    /// Help text.
    pub fn help(&self) -> &'static str {
        self.help.get()
    }

    /// Whether `value` (upper case) is one of the special or single values.
    pub fn is_special(&self, value: &str) -> bool {
        self.special.contains(value) || self.single.contains(value)
    }
}

/// One CL command.
#[derive(Debug)]
pub struct CommandDef {
    name: Text,
    title: Text,
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
    password_from_stdin: Option<Text>,
    /// How many parameters may be given without a keyword.
    pub max_positional: usize,
    help: Text,
    /// CL text and description of each example, separated by `\u{1f}`.
    examples: Text,
    /// Where its parameters are in `PARAMS`: first and count.
    params: (u16, u16),
}

impl CommandDef {
    /// Command name, upper case.
    pub fn name(&self) -> &'static str {
        self.name.get()
    }

    /// IBM's title (`Change User Profile`).
    pub fn title(&self) -> &'static str {
        self.title.get()
    }

    /// The password parameter `--password-stdin` fills, instead of authenticating the job
    /// user (SIGNON, CHKTOTP).
    pub fn password_from_stdin(&self) -> Option<&'static str> {
        self.password_from_stdin.map(Text::get)
    }

    /// Description.
    pub fn help(&self) -> &'static str {
        self.help.get()
    }

    /// Examples: (CL text, what it does).
    pub fn examples(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        let text = self.examples.get();
        // No examples is an empty text; an example's description may be empty.
        let mut parts = (!text.is_empty())
            .then(|| text.split('\u{1f}'))
            .into_iter()
            .flatten();
        std::iter::from_fn(move || Some((parts.next()?, parts.next()?)))
    }

    /// Parameters in positional order.
    pub fn params(&self) -> &'static [ParamDef] {
        let (first, count) = (usize::from(self.params.0), usize::from(self.params.1));
        &PARAMS[first..first + count]
    }

    /// The parameter with this keyword (upper case).
    pub fn param(&self, keyword: &str) -> Option<(usize, &'static ParamDef)> {
        self.params()
            .iter()
            .enumerate()
            .find(|(_, p)| p.keyword() == keyword)
    }
}

include!(concat!(env!("OUT_DIR"), "/defs.rs"));

/// Finds a command definition by name (case-insensitive).
pub fn find(name: &str) -> Option<&'static CommandDef> {
    let upper = name.to_ascii_uppercase();
    COMMANDS
        .binary_search_by(|d| d.name().cmp(upper.as_str()))
        .ok()
        .map(|i| &COMMANDS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pointer-free tables read back as the definitions say: every command found by its
    /// name, its parameters its own (keywords as the generated constants name them), and its
    /// examples in pairs.
    #[test]
    fn tables_read_back() {
        let mut last = "";
        for def in COMMANDS.iter() {
            assert!(def.name() > last, "{} after {last}", def.name());
            assert!(std::ptr::eq(find(def.name()).unwrap(), def));
            for (i, p) in def.params().iter().enumerate() {
                assert_eq!(def.param(p.keyword()).map(|(j, _)| j), Some(i));
                assert!(!p.prompt().is_empty(), "{} {}", def.name(), p.keyword());
                for w in p.special().iter().chain(p.single()) {
                    assert!(w.starts_with('*'), "{} {}: {w}", def.name(), p.keyword());
                    assert!(p.is_special(w));
                }
            }
            for (cl, _) in def.examples() {
                assert!(!cl.is_empty(), "{}", def.name());
            }
            last = def.name();
        }
        let chg = find("chgusrprf").unwrap();
        assert_eq!(chg.title(), "Change User Profile");
        assert_eq!(chg.params()[chgusrprf::USRPRF.index()].keyword(), "USRPRF");
        let authmth = chg.param("AUTHMTH").unwrap().1;
        assert_eq!(
            authmth.special().to_vec(),
            ["*SAME", "*NONE", "*TOTP", "*REGFAC"]
        );
        assert!(!authmth.special().contains("*TOT"));
        assert_eq!(
            find("SIGNON").unwrap().password_from_stdin(),
            Some("PASSWORD")
        );
        assert!(chg.examples().count() > 0);
    }
}
