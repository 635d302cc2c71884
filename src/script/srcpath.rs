//! The CL source search path: where INCLUDE (and CALL, DESIGN §5) find a member given by
//! name. First the directory of the file that refers to it, then each directory of
//! `QSY_CLPATH` (a `:`-separated list). A member NAME is a file NAME.clp, NAME.clle,
//! NAME.cl, NAME.clp38 or NAME, matched in any case; with a source file LIB/FILE the
//! subdirectories FILE and LIB/FILE of each directory are searched too.

use std::path::{Path, PathBuf};

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
}
