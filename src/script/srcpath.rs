//! The CL source search path: where INCLUDE (and CALL, DESIGN §5) find a member given by
//! name. First the directory of the file that refers to it, then each directory of
//! `QSY_CLPATH` (a `:`-separated list). A member NAME is a file NAME.clp, NAME.clle,
//! NAME.cl, NAME.clp38 or NAME, matched in any case; with a source file LIB/FILE the
//! subdirectories FILE and LIB/FILE of each directory are searched too.
//!
//! Command-definition source (a site's own commands, [`super::sitecmd`]) is looked for along
//! the same directories, then in those given with `qsy run --commands DIR`
//! ([`add_command_dirs`]): a file NAME.cmd in any case, in the directory or its QCMDSRC
//! subdirectory; or any `.cmd` file there whose opening comment records the CRTCMD that
//! created the command (`/* CRTCMD CMD(PAUSE) … SRCMBR(PAUSECMD) */`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// The environment variable holding the extra directories.
pub const ENV: &str = "QSY_CLPATH";

/// Extensions a member may have, in the order they are tried (empty: none).
pub const EXTENSIONS: &[&str] = &["clp", "clle", "cl", "clp38", ""];

/// The directories searched for a member referred to from `from` (a source file, or None
/// for standard input: then the current directory).
pub fn search_dirs(from: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    match from.and_then(Path::parent) {
        Some(p) if !p.as_os_str().is_empty() => dirs.push(p.to_path_buf()),
        _ => dirs.push(PathBuf::from(".")),
    }
    if let Some(list) = std::env::var_os(ENV) {
        for d in std::env::split_paths(&list) {
            if !d.as_os_str().is_empty() && !dirs.contains(&d) {
                dirs.push(d);
            }
        }
    }
    dirs
}

/// The entry of `dir` named `name` in any case (an exact match first).
fn entry_in_any_case(dir: &Path, name: &str) -> Option<PathBuf> {
    let exact = dir.join(name);
    if exact.exists() {
        return Some(exact);
    }
    let wanted = name.to_lowercase();
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().to_lowercase() == wanted)
        .map(|e| e.path())
        .collect();
    found.sort();
    found.into_iter().next()
}

/// Finds member `member` (in source file `file`, LIB/FILE or FILE, when given) along
/// `dirs`: the first match in search order.
pub fn find_member(member: &str, file: Option<(&str, &str)>, dirs: &[PathBuf]) -> Option<PathBuf> {
    for base in dirs {
        let mut places = vec![base.clone()];
        if let Some((lib, f)) = file {
            if let Some(d) = entry_in_any_case(base, f) {
                places.push(d);
            }
            if let Some(d) = entry_in_any_case(base, lib).and_then(|l| entry_in_any_case(&l, f)) {
                places.push(d);
            }
        }
        for dir in places {
            for ext in EXTENSIONS {
                let name = if ext.is_empty() {
                    member.to_string()
                } else {
                    format!("{member}.{ext}")
                };
                if let Some(p) = entry_in_any_case(&dir, &name) {
                    if p.is_file() {
                        return Some(p);
                    }
                }
            }
        }
    }
    None
}

/// The directories given with `qsy run --commands DIR`, searched after the source search
/// path for command-definition source.
static COMMAND_DIRS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Adds directories searched for command-definition source (`qsy run --commands DIR`).
pub fn add_command_dirs(dirs: impl IntoIterator<Item = PathBuf>) {
    let mut list = COMMAND_DIRS.lock().unwrap_or_else(|e| e.into_inner());
    for d in dirs {
        if !list.contains(&d) {
            list.push(d);
        }
    }
}

/// The directories searched for the command-definition source of a command used in `from`:
/// the source search path, then the `--commands` directories.
pub fn command_dirs(from: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = search_dirs(from);
    let extra = COMMAND_DIRS.lock().unwrap_or_else(|e| e.into_inner());
    for d in extra.iter() {
        if !dirs.contains(d) {
            dirs.push(d.clone());
        }
    }
    dirs
}

/// The command a `.cmd` source's opening comment says CRTCMD created from it: the name in
/// `CRTCMD CMD([LIB/]NAME)`, upper case.
pub fn crtcmd_name(text: &str) -> Option<String> {
    // Only the comments before the first statement.
    let mut head = String::new();
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if !t.starts_with("/*") {
            break;
        }
        head.push_str(t);
        head.push(' ');
    }
    let upper = head.to_ascii_uppercase();
    let at = upper.find("CRTCMD")?;
    let rest = &upper[at + 6..];
    let open = rest.find("CMD(")?;
    let inner = &rest[open + 4..];
    let close = inner.find(')')?;
    let name = inner[..close].trim().rsplit('/').next()?.trim().to_string();
    let ok = !name.is_empty()
        && name.len() <= 10
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '#' | '@' | '$'));
    ok.then_some(name)
}

/// The `.cmd` files of `dir` whose opening comment names the command CRTCMD created, by
/// command name (read once per directory and process).
fn crtcmd_index(dir: &Path) -> Vec<(String, PathBuf)> {
    type Index = HashMap<PathBuf, Vec<(String, PathBuf)>>;
    static CACHE: OnceLock<Mutex<Index>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .entry(dir.to_path_buf())
        .or_insert_with(|| {
            let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|e| e.eq_ignore_ascii_case("cmd")) && p.is_file()
                })
                .filter_map(|p| {
                    let bytes = std::fs::read(&p).ok()?;
                    let (text, _) = super::source::decode(&bytes);
                    crtcmd_name(&text).map(|n| (n, p))
                })
                .collect();
            found.sort();
            found
        })
        .clone()
}

/// Finds the command-definition source of command `name` along `dirs` (see the module
/// documentation): the first match in search order.
pub fn find_command(name: &str, dirs: &[PathBuf]) -> Option<PathBuf> {
    let file = format!("{name}.cmd");
    for base in dirs {
        let mut places = vec![base.clone()];
        if let Some(d) = entry_in_any_case(base, "QCMDSRC").filter(|d| d.is_dir()) {
            places.push(d);
        }
        for dir in &places {
            if let Some(p) = entry_in_any_case(dir, &file).filter(|p| p.is_file()) {
                return Some(p);
            }
        }
        for dir in &places {
            let upper = name.to_ascii_uppercase();
            if let Some((_, p)) = crtcmd_index(dir).into_iter().find(|(n, _)| *n == upper) {
                return Some(p);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_found_in_any_case_with_any_cl_extension() {
        let dir = std::env::temp_dir().join(format!("qsy-srcpath-{}", std::process::id()));
        let sub = dir.join("mylib").join("QCLSRC");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(dir.join("Common.CLLE"), "x").unwrap();
        std::fs::write(sub.join("inner.clp38"), "x").unwrap();
        std::fs::write(dir.join("plain"), "x").unwrap();
        let dirs = vec![dir.clone()];
        assert_eq!(
            find_member("COMMON", None, &dirs),
            Some(dir.join("Common.CLLE"))
        );
        assert_eq!(find_member("PLAIN", None, &dirs), Some(dir.join("plain")));
        assert_eq!(
            find_member("INNER", Some(("MYLIB", "QCLSRC")), &dirs),
            Some(sub.join("inner.clp38"))
        );
        assert_eq!(find_member("INNER", None, &dirs), None);
        assert_eq!(find_member("NOPE", None, &dirs), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn command_sources_by_member_name_and_by_crtcmd_comment() {
        let dir = std::env::temp_dir().join(format!("qsy-cmdpath-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("qcmdsrc")).unwrap();
        std::fs::write(dir.join("Logit.CMD"), "CMD PROMPT('x')").unwrap();
        std::fs::write(
            dir.join("qcmdsrc").join("waitcmd.cmd"),
            "/* CRTCMD CMD(MYLIB/WAITA) PGM(WAITCL) SRCMBR(WAITCMD) */\n CMD PROMPT('w')\n",
        )
        .unwrap();
        let dirs = vec![dir.clone()];
        assert_eq!(find_command("LOGIT", &dirs), Some(dir.join("Logit.CMD")));
        assert_eq!(
            find_command("WAITA", &dirs),
            Some(dir.join("qcmdsrc").join("waitcmd.cmd"))
        );
        assert_eq!(find_command("NOPE", &dirs), None);
        assert_eq!(crtcmd_name("CMD PROMPT('x') /* CRTCMD CMD(X) */"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
