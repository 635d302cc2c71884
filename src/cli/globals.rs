//! Global options (DESIGN §2): one table, read by the one parser [`take_global`] wherever
//! the options may stand (before the command, after it, after `-c TEXT`, after a tool's
//! name) and by the help and completions ([`super::shell::global_args`]).

use crate::engine::Session;
use crate::messages::{msg, QResult};
use crate::output::Format;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Options that apply to every command.
#[derive(Debug, Clone)]
pub struct Globals {
    /// The store file.
    pub system: PathBuf,
    /// The job user.
    pub user: String,
    /// Output format.
    pub format: Format,
    /// No completion messages.
    pub quiet: bool,
    /// Read the job user's password from standard input.
    pub password_stdin: bool,
}

/// One global option.
pub struct GlobalOption {
    /// clap's id.
    pub id: &'static str,
    /// The long name, without `--`.
    pub long: &'static str,
    /// The short name, if any.
    pub short: Option<char>,
    /// The value's name in help; None for a flag.
    pub value_name: Option<&'static str>,
    /// The only values allowed (empty: any).
    pub values: &'static [&'static str],
    /// Help text.
    pub help: &'static str,
}

/// Every global option.
pub static OPTIONS: &[GlobalOption] = &[
    GlobalOption {
        id: "system",
        long: "system",
        short: None,
        value_name: Some("PATH"),
        values: &[],
        help: "The simulated system's store [env QSY_SYSTEM; default $XDG_DATA_HOME/qsy/system.redb]. A symlink to a store is followed, as a database path may be one; a FIFO, a device, a directory or a symlink to nothing is refused at once (exit 3). A new store is created 0600, new directories 0700",
    },
    GlobalOption {
        id: "user",
        long: "user",
        short: None,
        value_name: Some("NAME"),
        values: &[],
        help: "The user profile the job runs under [env QSY_USER; default QSECOFR]",
    },
    GlobalOption {
        id: "output",
        long: "output",
        short: None,
        value_name: Some("FORMAT"),
        values: &["text", "yaml", "json"],
        help: "Output format [env QSY_OUTPUT; default text]",
    },
    GlobalOption {
        id: "quiet",
        long: "quiet",
        short: Some('q'),
        value_name: None,
        values: &[],
        help: "Do not print completion messages",
    },
    GlobalOption {
        id: "password-stdin",
        long: "password-stdin",
        short: None,
        value_name: None,
        values: &[],
        help: "Read the job user's password (password:code allowed) from one line of standard input and sign on before the command runs",
    },
];

impl Globals {
    /// Defaults from the environment (QSY_SYSTEM, QSY_USER, QSY_OUTPUT).
    pub fn from_env() -> Self {
        let system = std::env::var_os("QSY_SYSTEM")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(default_store);
        let user = std::env::var("QSY_USER")
            .ok()
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "QSECOFR".into());
        let format = std::env::var("QSY_OUTPUT")
            .ok()
            .and_then(|f| Format::parse(&f))
            .unwrap_or(Format::Text);
        Globals {
            system,
            user: user.to_ascii_uppercase(),
            format,
            quiet: false,
            password_stdin: false,
        }
    }

    /// The engine session these options describe.
    pub fn session(&self) -> Session {
        Session::new(
            self.system.clone(),
            std::io::stdin().is_terminal() && std::io::stdout().is_terminal(),
        )
    }
}

/// `$XDG_DATA_HOME/qsy/system.redb`, falling back to `~/.local/share`.
pub fn default_store() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("qsy").join("system.redb")
}

/// Takes a global option at `args[i]` into `g`; returns how many arguments it used (0 if
/// `args[i]` is not a global option). `allow_user` is false after a command that has a USER
/// parameter of its own.
fn take_global(g: &mut Globals, args: &[String], i: usize, allow_user: bool) -> QResult<usize> {
    let a = args[i].as_str();
    let (name, inline) = match a.split_once('=') {
        Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
        _ => (a, None),
    };
    let option = OPTIONS.iter().find(|o| {
        name.strip_prefix("--") == Some(o.long) || o.short.is_some_and(|s| name == format!("-{s}"))
    });
    let Some(option) = option.filter(|o| allow_user || o.id != "user") else {
        return Ok(0);
    };
    if option.value_name.is_none() {
        match option.id {
            "quiet" => g.quiet = true,
            _ => g.password_stdin = true,
        }
        return Ok(1);
    }
    let (value, used) = match inline {
        Some(v) => (v, 1),
        None => match args.get(i + 1) {
            Some(v) => (v.clone(), 2),
            None => return msg::qsy0014(name).fail(),
        },
    };
    match option.id {
        "system" => g.system = PathBuf::from(value),
        "user" => g.user = value.to_ascii_uppercase(),
        _ => g.format = Format::parse(&value).map_or_else(|| msg::qsy0015(&value).fail(), Ok)?,
    }
    Ok(used)
}

/// Takes the global options at the start of `args`; returns the index of the first other
/// argument.
pub fn take_leading(g: &mut Globals, args: &[String]) -> QResult<usize> {
    let mut i = 0;
    while i < args.len() {
        match take_global(g, args, i, true)? {
            0 => break,
            n => i += n,
        }
    }
    Ok(i)
}

/// Takes the global options from anywhere in `args`; returns the other arguments in order.
pub fn take_globals(g: &mut Globals, args: &[String], allow_user: bool) -> QResult<Vec<String>> {
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match take_global(g, args, i, allow_user)? {
            0 => {
                rest.push(args[i].clone());
                i += 1;
            }
            n => i += n,
        }
    }
    Ok(rest)
}
