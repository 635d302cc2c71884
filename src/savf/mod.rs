//! Save files (DESIGN §7.10): objects of type *FILE that SAVSECDTA writes and RSTUSRPRF
//! reads. Each is a real file beside the store, `<system>.ifs/QSYS.LIB/<LIB>.LIB/<NAME>.FILE`,
//! so that copying it into another simulated system's tree moves the saved security data
//! there, as carrying a save file to another partition does. The bytes inside are described
//! in [`format`] and in `docs/savf-format.md`.

pub mod format;
pub mod library;
mod quick;

pub use format::{
    read_all, verify, Origin, Reader, Record, SaveContents, SaveHeader, SaveKey, SavedProfile,
    SavfError, ThisSystem, Writer,
};

use crate::lang::validate::Value;
use crate::messages::{msg, Failure, Msg, QResult};
use crate::store::{files, Table, Tx};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The library that `*CURLIB`, `*LIBL` and an unqualified name mean: qsy has no library
/// list, and QGPL is the current library IBM i gives a job whose profile names none.
pub const DEFAULT_LIBRARY: &str = "QGPL";

/// This system's identity (store metadata `system_id`).
pub fn system_id(tx: &Tx) -> QResult<String> {
    Ok(tx
        .get::<String>(Table::Meta, "system_id")?
        .unwrap_or_else(|| "(unknown)".into()))
}

/// What RSTUSRPRF needs to tell this system's saves from others: the identity and the
/// save-file secret (None on a store that has never had one).
pub fn this_system(tx: &Tx) -> QResult<ThisSystem> {
    Ok(ThisSystem {
        system_id: system_id(tx)?,
        key: tx
            .get_raw(Table::Meta, crate::store::SAVE_KEY)?
            .and_then(|b| SaveKey::from_bytes(&b)),
    })
}

/// The secret SAVSECDTA authenticates a save with. A store that has none yet (made before
/// saves were authenticated, and not written since) gets one now, staged with the command,
/// so the save and the secret that verifies it are committed together.
pub fn saving_key(tx: &mut Tx) -> QResult<SaveKey> {
    if let Some(key) = tx
        .get_raw(Table::Meta, crate::store::SAVE_KEY)?
        .and_then(|b| SaveKey::from_bytes(&b))
    {
        return Ok(key);
    }
    let bytes = crate::store::new_save_key()?;
    let key = SaveKey::from_bytes(&bytes).expect("a new key has the key's length");
    tx.put_raw(Table::Meta, crate::store::SAVE_KEY, bytes)?;
    Ok(key)
}

/// A save file named by a command: library, name and where it lives on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveFile {
    /// Library (never a special value).
    pub library: String,
    /// Object name.
    pub name: String,
    /// The file on disk.
    pub path: PathBuf,
}

/// The directory that stands for library `library` of the system whose store is `system`
/// (QTEMP: this job's own, [`library::qtemp_dir`]).
pub fn library_dir(system: &Path, library: &str) -> PathBuf {
    if library == "QTEMP" {
        return library::qtemp_dir(system);
    }
    let mut root = system.as_os_str().to_owned();
    root.push(".ifs");
    PathBuf::from(root)
        .join("QSYS.LIB")
        .join(format!("{library}.LIB"))
}

impl SaveFile {
    /// The save file as an object whose authority is checked (`*FILE LIB/NAME`).
    pub fn object(&self) -> crate::security::objaut::Object {
        crate::security::objaut::Object::SaveFile {
            library: self.library.clone(),
            name: self.name.clone(),
        }
    }

    /// The save file a qualified parameter names, on the system whose store is `system`.
    /// Validation has already made both parts IBM i names (so no path can escape the tree).
    pub fn resolve(
        system: &Path,
        value: Option<&Value>,
        keyword: &str,
        command: &str,
    ) -> QResult<SaveFile> {
        let (library, name) = match value {
            Some(Value::Qualified { lib, obj }) => (lib.as_str(), obj.as_str()),
            Some(Value::Name(obj)) => ("*LIBL", obj.as_str()),
            Some(other) => {
                let shown = other.as_str().unwrap_or("?");
                return msg::qsy0003(
                    shown,
                    keyword,
                    "a save file name, LIBRARY/NAME or NAME, is required",
                )
                .fail();
            }
            None => return msg::qsy0002(keyword, command).fail(),
        };
        let library = if library.starts_with('*') {
            DEFAULT_LIBRARY
        } else {
            library
        };
        let path = library_dir(system, library).join(format!("{name}.FILE"));
        Ok(SaveFile {
            library: library.to_string(),
            name: name.to_string(),
            path,
        })
    }

    /// QSY0116: this save file cannot be used because of `e`.
    pub fn io_failure(&self, e: impl std::fmt::Display) -> Failure {
        msg::qsy0116(&self.name, &self.library, e).into()
    }

    /// The size of the save file's data; CPF9801 when the object does not exist. A save
    /// file is a regular file qsy created: a symlink, a FIFO, a device or a directory at its
    /// name is refused (QSY0116), never followed, read or written.
    pub fn require(&self) -> QResult<u64> {
        match fs::symlink_metadata(&self.path) {
            Ok(m) if m.is_file() => Ok(m.len()),
            Ok(m) => Err(self.io_failure(format!(
                "{} is {}, not a save file",
                self.path.display(),
                files::describe(&m.file_type())
            ))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(msg::cpf9801(&self.name, &self.library).into())
            }
            Err(e) => Err(self.io_failure(e)),
        }
    }

    /// The library directory the save file is in.
    fn dir(&self) -> &Path {
        self.path
            .parent()
            .expect("a save file path has a library directory")
    }

    /// The one temporary name of this save file, `.<NAME>.FILE.tmp` in its library
    /// directory (docs/savf-format.md). It is used only under the library's lock, so
    /// anything found there by a lock holder was left by a process that was killed (or
    /// planted): it is removed, never followed.
    fn temp_path(&self) -> PathBuf {
        self.dir().join(format!(".{}.FILE.tmp", self.name))
    }

    /// Locks the save file's library against the other commands that change its save
    /// files, in this process or another, waiting up to QSY_LOCK_WAIT (QSY0127 after it).
    /// CPF9801 when the library does not exist (so neither does the save file). The lock
    /// ends with the returned guard, or with the process.
    fn lock(&self) -> QResult<LibraryLock> {
        let dir = match files::open_dir(self.dir()) {
            Ok(dir) => dir,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return msg::cpf9801(&self.name, &self.library).fail()
            }
            Err(e) => return Err(self.io_failure(e)),
        };
        let wait = crate::store::lock_wait()?;
        let started = std::time::Instant::now();
        loop {
            match dir.try_lock() {
                Ok(()) => return Ok(LibraryLock { _dir: dir }),
                Err(fs::TryLockError::WouldBlock) => {
                    let waited = started.elapsed();
                    if waited >= wait {
                        return msg::qsy0127(
                            &self.name,
                            &self.library,
                            format!("{:.0}", waited.as_secs_f64()),
                        )
                        .fail();
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(fs::TryLockError::Error(e)) => return Err(self.io_failure(e)),
            }
        }
    }

    /// Creates the empty save file, mode 0600, and its library directory (mode 0700) when
    /// needed. Fails when anything already exists at its name.
    pub fn create(&self) -> QResult<()> {
        files::create_private_dir(self.dir()).map_err(|e| self.io_failure(e))?;
        let _lock = self.lock()?;
        files::remove_stale(&self.temp_path()).map_err(|e| self.io_failure(e))?;
        match files::create_private(&self.path) {
            Ok(_) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                msg::cpf5813(&self.name, &self.library).fail()
            }
            Err(e) => Err(self.io_failure(e)),
        }
    }

    /// Deletes the save file and the data in it (and a temporary file a killed SAVSECDTA
    /// left).
    pub fn delete(&self) -> QResult<()> {
        let _lock = self.lock()?;
        self.require()?;
        files::remove_stale(&self.temp_path()).map_err(|e| self.io_failure(e))?;
        fs::remove_file(&self.path).map_err(|e| self.io_failure(e))?;
        sync_dir(self.dir());
        Ok(())
    }

    /// Empties the save file: an empty file replaces it (a zero-length file is an empty
    /// save file), so the old file is never opened for writing.
    pub fn clear(&self) -> QResult<()> {
        let _lock = self.lock()?;
        self.require()?;
        self.replace_locked(|_| Ok(()))
    }

    /// Replaces the save file's contents with what `write` produces. The data goes to the
    /// save file's temporary file, created exclusively with mode 0600, that is renamed over
    /// the save file only when complete and synced, so a failed or interrupted save never
    /// leaves a half-written save file (and a reader never sees one). The save file must
    /// exist (CPF9801) and be a regular file (QSY0116).
    pub fn replace_with<T>(
        &self,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
    ) -> QResult<T> {
        let _lock = self.lock()?;
        self.require()?;
        self.replace_locked(write)
    }

    /// [`SaveFile::replace_with`] under the library's lock.
    fn replace_locked<T>(
        &self,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
    ) -> QResult<T> {
        let tmp = self.temp_path();
        files::remove_stale(&tmp).map_err(|e| self.io_failure(e))?;
        let file = files::create_private(&tmp).map_err(|e| self.io_failure(e))?;
        let result = (|| {
            let mut out = BufWriter::with_capacity(256 * 1024, file);
            let value = write(&mut out)?;
            let file = out.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            drop(file);
            fs::rename(&tmp, &self.path)?;
            // The rename is durable only once the directory is.
            sync_dir(self.dir());
            Ok(value)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result.map_err(|e: std::io::Error| self.io_failure(e))
    }

    /// Opens the save file for reading: a regular file, not through a symlink, and never
    /// blocking on a FIFO.
    pub fn open(&self) -> QResult<fs::File> {
        self.require()?;
        files::open_regular(&self.path).map_err(|e| self.io_failure(e))
    }

    /// `error`, naming this save file (it becomes the escape message of a restore that
    /// cannot read it).
    pub fn read_error(&self, error: SavfError) -> ReadError {
        ReadError {
            name: self.name.clone(),
            library: self.library.clone(),
            error,
        }
    }
}

/// A save file that cannot be restored from: which one, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("save file {name} in library {library}: {error}")]
pub struct ReadError {
    /// The save file's name.
    pub name: String,
    /// Its library.
    pub library: String,
    /// Why it cannot be read.
    #[source]
    pub error: SavfError,
}

impl From<ReadError> for Msg {
    fn from(e: ReadError) -> Msg {
        let (name, library) = (&e.name, &e.library);
        match &e.error {
            SavfError::Empty => msg::qsy0117(name, library),
            SavfError::Foreign => msg::qsy0118(name, library),
            SavfError::NewerVersion(v) => msg::qsy0119(name, library, v, format::VERSION),
            SavfError::Tampered => msg::qsy0128(name, library),
            SavfError::Damaged(why) => msg::qsy0120(name, library, why),
            SavfError::Io(why) => msg::qsy0116(name, library, why),
        }
    }
}

impl From<ReadError> for Failure {
    fn from(e: ReadError) -> Failure {
        Msg::from(e).into()
    }
}

/// A lock on a library's save files (see [`SaveFile::lock`]); dropping it unlocks.
struct LibraryLock {
    _dir: fs::File,
}

/// Makes renames and deletions in `dir` durable (best effort: not every system can).
fn sync_dir(dir: &Path) {
    if let Ok(d) = files::open_dir(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_the_tree_beside_the_store() {
        let sys = Path::new("/x/sys.redb");
        let q = Value::Qualified {
            lib: "*CURLIB".into(),
            obj: "SECBKP".into(),
        };
        let f = SaveFile::resolve(sys, Some(&q), "FILE", "CRTSAVF").unwrap();
        assert_eq!(
            f.path,
            Path::new("/x/sys.redb.ifs/QSYS.LIB/QGPL.LIB/SECBKP.FILE")
        );
        let q = Value::Qualified {
            lib: "MYLIB".into(),
            obj: "B".into(),
        };
        let f = SaveFile::resolve(sys, Some(&q), "FILE", "CRTSAVF").unwrap();
        assert_eq!(
            f.path,
            Path::new("/x/sys.redb.ifs/QSYS.LIB/MYLIB.LIB/B.FILE")
        );
        assert_eq!(
            SaveFile::resolve(sys, None, "SAVF", "SAVSECDTA")
                .unwrap_err()
                .id(),
            "QSY0002"
        );
    }
}
