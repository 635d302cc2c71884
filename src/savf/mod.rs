//! Save files (DESIGN §7.10): objects of type *FILE that SAVSECDTA writes and RSTUSRPRF
//! reads. Each is a real file beside the store, `<system>.ifs/QSYS.LIB/<LIB>.LIB/<NAME>.FILE`,
//! so that copying it into another simulated system's tree moves the saved security data
//! there, as carrying a save file to another partition does. The bytes inside are described
//! in [`format`] and in `docs/savf-format.md`.

pub mod format;

pub use format::{
    read_all, verify, Reader, Record, SaveContents, SaveHeader, SavedProfile, SavfError, Writer,
};

use crate::lang::validate::Value;
use crate::messages::{msg, Failure, Msg, QResult};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// The library that `*CURLIB`, `*LIBL` and an unqualified name mean: qsy has no library
/// list, and QGPL is the current library IBM i gives a job whose profile names none.
pub const DEFAULT_LIBRARY: &str = "QGPL";

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

/// The directory that stands for library `library` of the system whose store is `system`.
pub fn library_dir(system: &Path, library: &str) -> PathBuf {
    let mut root = system.as_os_str().to_owned();
    root.push(".ifs");
    PathBuf::from(root)
        .join("QSYS.LIB")
        .join(format!("{library}.LIB"))
}

impl SaveFile {
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

    /// The size of the save file's data; CPF9801 when the object does not exist.
    pub fn require(&self) -> QResult<u64> {
        match fs::metadata(&self.path) {
            Ok(m) if m.is_file() => Ok(m.len()),
            Ok(_) => Err(self.io_failure(format!("{} is not a file", self.path.display()))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(msg::cpf9801(&self.name, &self.library).into())
            }
            Err(e) => Err(self.io_failure(e)),
        }
    }

    /// Creates the empty save file, mode 0600, and its library directory (mode 0700) when
    /// needed. Fails when it already exists.
    pub fn create(&self) -> QResult<()> {
        let dir = self
            .path
            .parent()
            .expect("a save file path has a library directory");
        create_private_dir(dir).map_err(|e| self.io_failure(e))?;
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&self.path) {
            Ok(_) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                msg::qsy0111(&self.name, &self.library).fail()
            }
            Err(e) => Err(self.io_failure(e)),
        }
    }

    /// Deletes the save file and the data in it.
    pub fn delete(&self) -> QResult<()> {
        self.require()?;
        fs::remove_file(&self.path).map_err(|e| self.io_failure(e))
    }

    /// Empties the save file (a zero-length file is an empty save file).
    pub fn clear(&self) -> QResult<()> {
        self.require()?;
        fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(&self.path)
            .map(drop)
            .map_err(|e| self.io_failure(e))
    }

    /// Replaces the save file's contents with what `write` produces. The data goes to a
    /// private temporary file in the same directory that is renamed over the save file only
    /// when complete and synced, so a failed or interrupted save never leaves a half-written
    /// save file (and a reader never sees one).
    pub fn replace_with<T>(
        &self,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<T>,
    ) -> QResult<T> {
        let dir = self
            .path
            .parent()
            .expect("a save file path has a library directory");
        let tmp = dir.join(format!(".{}.FILE.{}.tmp", self.name, std::process::id()));
        let result = (|| {
            let file = crate::store::open_private(&tmp)?;
            let mut out = BufWriter::with_capacity(256 * 1024, file);
            let value = write(&mut out)?;
            let file = out.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            drop(file);
            fs::rename(&tmp, &self.path)?;
            // The rename is durable only once the directory is.
            if let Ok(d) = fs::File::open(dir) {
                let _ = d.sync_all();
            }
            Ok(value)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result.map_err(|e: std::io::Error| self.io_failure(e))
    }

    /// Opens the save file for reading.
    pub fn open(&self) -> QResult<fs::File> {
        self.require()?;
        fs::File::open(&self.path).map_err(|e| self.io_failure(e))
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

/// Creates a directory and its parents, owner-only: the tree holds files with secrets.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
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
