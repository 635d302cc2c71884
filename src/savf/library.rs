//! Libraries (issue 17): a library LIB of a simulated system is the directory
//! `<system>.ifs/QSYS.LIB/LIB.LIB`, where its save files (and database files) live. The
//! system libraries QSYS, QGPL, QUSRSYS and QTEMP always exist. QTEMP is each job's own:
//! a directory private to the process (`<system>.ifs/QTEMP/<job>`), removed when the
//! process ends ([`end_qtemp`]), so a shell command's QTEMP ends with the command and a
//! script's lives for the script and every program it calls.
//!
//! Nothing here follows a symbolic link: a library directory that is a link, or anything
//! else that is not a directory, is refused (QSY0784), and clearing a library removes the
//! links in it, never what they point to.

use crate::messages::{msg, QResult};
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The libraries every system has.
pub const SYSTEM_LIBRARIES: &[&str] = &["QSYS", "QGPL", "QUSRSYS", "QTEMP"];

/// The QTEMP directory of each system this process has used, by store path.
static QTEMP: Mutex<Option<HashMap<PathBuf, PathBuf>>> = Mutex::new(None);

/// This process's QTEMP directory for the system whose store is `system` (not created).
pub fn qtemp_dir(system: &Path) -> PathBuf {
    let mut guard = QTEMP.lock().unwrap_or_else(|e| e.into_inner());
    let map = guard.get_or_insert_with(HashMap::new);
    map.entry(system.to_path_buf())
        .or_insert_with(|| {
            let mut nonce = [0u8; 8];
            // Without randomness the process id alone still separates live jobs.
            let _ = getrandom::getrandom(&mut nonce);
            let tag: String = nonce.iter().map(|b| format!("{b:02x}")).collect();
            let mut root = system.as_os_str().to_owned();
            root.push(".ifs");
            PathBuf::from(root)
                .join("QTEMP")
                .join(format!("J{}-{tag}", std::process::id()))
        })
        .clone()
}

/// Removes this process's QTEMP directories (the end of the job). Called once by the front
/// end when the process ends; a process killed leaves its directory behind, holding only
/// what its job put there.
pub fn end_qtemp() {
    let mut guard = QTEMP.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(map) = guard.take() {
        for dir in map.values() {
            let _ = fs::remove_dir_all(dir);
        }
    }
}

/// What is at a library's name.
#[derive(Debug, PartialEq, Eq)]
pub enum State {
    /// Nothing: the library does not exist.
    Missing,
    /// A real directory (or a system library).
    Exists,
}

/// Whether library `lib` exists on the system `system`. QSY0784 for anything at its name
/// that is not a real directory (a symlink planted there, a file).
pub fn state(system: &Path, lib: &str) -> QResult<State> {
    let dir = super::library_dir(system, lib);
    match fs::symlink_metadata(&dir) {
        Ok(m) if m.is_dir() => Ok(State::Exists),
        Ok(m) => msg::qsy0784(
            lib,
            format!(
                "{} is {}, not a library directory",
                dir.display(),
                crate::store::files::describe(&m.file_type())
            ),
        )
        .fail(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if SYSTEM_LIBRARIES.contains(&lib) {
                Ok(State::Exists)
            } else {
                Ok(State::Missing)
            }
        }
        Err(e) => msg::qsy0784(lib, e).fail(),
    }
}

/// Whether `lib` is a name IBM's CRTLIB refuses: QSYSnnnnn, QSYS2nnnnn, SYSIBnnnnn.
fn reserved(lib: &str) -> bool {
    ["QSYS2", "QSYS", "SYSIB"].iter().any(|prefix| {
        lib.strip_prefix(prefix)
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Creates library `lib`: CPF2111 when it (or anything at its name) exists, QSY0783 for a
/// name IBM reserves.
pub fn create(system: &Path, lib: &str) -> QResult<()> {
    if SYSTEM_LIBRARIES.contains(&lib) {
        return msg::cpf2111(lib).fail();
    }
    if reserved(lib) {
        return msg::qsy0783(
            lib,
            "IBM i's CRTLIB does not create QSYSnnnnn, QSYS2nnnnn or SYSIBnnnnn",
        )
        .fail();
    }
    let dir = super::library_dir(system, lib);
    if fs::symlink_metadata(&dir).is_ok() {
        return msg::cpf2111(lib).fail();
    }
    let parent = dir.parent().expect("a library directory has a parent");
    crate::store::files::create_private_dir(parent).map_err(|e| msg::qsy0784(lib, e))?;
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.create(&dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => msg::cpf2111(lib).fail(),
        Err(e) => msg::qsy0784(lib, e).fail(),
    }
}

/// One object in a library directory: its name and whether it is a save file (a regular
/// file `NAME.FILE`). Database files (`NAME.FILE` directories) and anything else a user put
/// there are listed too, so that clearing the library removes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The directory entry's name.
    pub file_name: String,
    /// The object name, when the entry is `NAME.FILE`.
    pub object: Option<String>,
}

/// The entries of existing library `lib` (an empty list for a system library that has no
/// directory yet; QSY0784 when the library is not a real directory).
pub fn entries(system: &Path, lib: &str) -> QResult<Vec<Entry>> {
    if state(system, lib)? == State::Missing {
        return msg::cpf2110(lib).fail();
    }
    let dir = super::library_dir(system, lib);
    let read = match fs::read_dir(&dir) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return msg::qsy0784(lib, e).fail(),
    };
    let mut out = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| msg::qsy0784(lib, e))?;
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let object = file_name
            .strip_suffix(".FILE")
            .filter(|n| crate::lang::names::is_object_name(n, 10))
            .map(str::to_string);
        out.push(Entry { file_name, object });
    }
    out.sort_by(|a, b| a.file_name.cmp(&b.file_name));
    Ok(out)
}

/// Removes one entry of library `lib` without following links: a file or a link is
/// unlinked, a directory removed with its contents (whose links are removed, not followed).
pub fn remove_entry(system: &Path, lib: &str, entry: &Entry) -> QResult<()> {
    let path = super::library_dir(system, lib).join(&entry.file_name);
    let result = match fs::symlink_metadata(&path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(&path),
        Ok(_) => fs::remove_file(&path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    };
    result.map_err(|e| msg::qsy0784(lib, e).into())
}

/// Removes the (empty) directory of library `lib`.
pub fn remove(system: &Path, lib: &str) -> QResult<()> {
    let dir = super::library_dir(system, lib);
    match fs::remove_dir(&dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => msg::qsy0784(lib, e).fail(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibm_reserved_names() {
        assert!(reserved("QSYS00033"));
        assert!(reserved("QSYS200001"));
        assert!(reserved("SYSIB00001"));
        assert!(!reserved("QSYSX"));
        assert!(!reserved("QSYS"));
        assert!(!reserved("MYLIB"));
    }

    #[test]
    fn each_process_has_one_qtemp_per_system_and_ends_it() {
        let dir = tempfile::tempdir().unwrap();
        let system = dir.path().join("sys.redb");
        let q = qtemp_dir(&system);
        assert_eq!(q, qtemp_dir(&system));
        fs::create_dir_all(&q).unwrap();
        fs::write(q.join("X.FILE"), b"x").unwrap();
        end_qtemp();
        assert!(!q.exists());
    }
}
