//! How qsy creates and opens the files that hold secrets: the store and save files
//! (DESIGN §6, issue 13 "Files and secrets").
//!
//! - Every file qsy creates is created exclusively (`O_CREAT|O_EXCL`), mode 0600 from its
//!   first byte: a symlink or a file planted at the name makes the creation fail instead of
//!   being followed, truncated or given secrets, and a file someone else created with a
//!   looser mode never becomes one of qsy's.
//! - An existing file qsy writes or reads is opened with `O_NOFOLLOW` and `O_NONBLOCK` and
//!   must be a regular file: a symlink, a FIFO (whose open would block) or a device is
//!   refused at once.
//! - Directories qsy creates are 0700.
//! - A temporary file lives under a name only one live process can be using (the store's
//!   carries the process ID; a save file's is used only under the library's lock), so
//!   whatever is found at that name is a leftover of a process that was killed, or planted:
//!   it is unlinked (never followed) before the exclusive creation.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, OpenOptionsExt};

/// Creates `path` exclusively, readable and writable by its owner only (mode 0600 from the
/// first byte). Fails with [`io::ErrorKind::AlreadyExists`] when anything is at `path`,
/// a symlink included (it is not followed).
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    options.open(path)
}

/// Opens the existing regular file at `path` for reading, without following a symlink and
/// without blocking on a FIFO; anything but a regular file is refused
/// ([`io::ErrorKind::InvalidInput`], the text saying what it is).
pub fn open_regular(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    // O_NOFOLLOW on a symlink fails (ELOOP): say what is there rather than the errno.
    let file = options.open(path).map_err(|e| match not_regular(path) {
        Some(what) => io::Error::new(io::ErrorKind::InvalidInput, what),
        None => e,
    })?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "{} is {}, not a regular file",
                path.display(),
                describe(&meta.file_type())
            ),
        ));
    }
    Ok(file)
}

/// When something other than a regular file is at `path` (not following a symlink):
/// "`path` is a FIFO, not a regular file" and the like. None for a regular file or nothing.
pub fn not_regular(path: &Path) -> Option<String> {
    let meta = fs::symlink_metadata(path).ok()?;
    (!meta.is_file()).then(|| {
        format!(
            "{} is {}, not a regular file",
            path.display(),
            describe(&meta.file_type())
        )
    })
}

/// What kind of file `t` is, for messages: "a directory", "a FIFO", "a device"…
pub fn describe(t: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_symlink() {
        "a symbolic link"
    } else if t.is_dir() {
        "a directory"
    } else if t.is_file() {
        "a regular file"
    } else {
        "a special file"
    }
}

/// Removes whatever is at `path` (a leftover temporary file, or a symlink planted there:
/// the link itself is removed, never its target). Nothing there is not an error.
pub fn remove_stale(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// Creates a directory and its missing parents, each new one owner-only (mode 0700): the
/// tree holds files with secrets. Directories that already exist are left as they are.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder.create(dir)
}

/// Opens directory `dir` itself (not through a symlink), to lock it or to sync it.
pub fn open_dir(dir: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    options.custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW);
    options.open(dir)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{symlink, PermissionsExt};

    #[test]
    fn create_private_refuses_a_symlink_and_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, b"keep").unwrap();
        let link = dir.path().join("link");
        symlink(&victim, &link).unwrap();
        let dangling = dir.path().join("dangling");
        symlink(dir.path().join("nothing"), &dangling).unwrap();
        for path in [&link, &victim, &dangling] {
            let e = create_private(path).unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::AlreadyExists, "{}", path.display());
        }
        assert_eq!(fs::read(&victim).unwrap(), b"keep");
        assert!(!dir.path().join("nothing").exists());
        let new = dir.path().join("new");
        create_private(&new).unwrap();
        assert_eq!(
            fs::metadata(&new).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    #[test]
    fn open_regular_refuses_links_and_special_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        fs::write(&file, b"x").unwrap();
        let link = dir.path().join("link");
        symlink(&file, &link).unwrap();
        assert!(open_regular(&file).is_ok());
        for path in [link.as_path(), dir.path(), Path::new("/dev/null")] {
            let e = open_regular(path).unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::InvalidInput, "{}", path.display());
        }
        assert!(not_regular(&link).unwrap().contains("symbolic link"));
        assert_eq!(not_regular(&file), None);
        assert_eq!(not_regular(&dir.path().join("none")), None);
    }

    #[test]
    fn remove_stale_removes_the_link_not_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, b"keep").unwrap();
        let link = dir.path().join("link");
        symlink(&victim, &link).unwrap();
        remove_stale(&link).unwrap();
        remove_stale(&link).unwrap();
        assert!(fs::symlink_metadata(&link).is_err());
        assert_eq!(fs::read(&victim).unwrap(), b"keep");
    }
}
