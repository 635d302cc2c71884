//! The store: one redb file per simulated system (DESIGN §8).
//!
//! Commands never touch redb directly. They work on a [`Tx`], which stages every change of the
//! current command in memory on top of the open redb transaction; [`Tx::end_command`] applies
//! the staged changes when the command succeeded and drops them when it failed. That makes
//! each command atomic even when a script groups thousands of commands into one redb write
//! transaction (a redb commit per command caps throughput, DESIGN §5).
//!
//! A command that runs alone and writes much (RSTUSRPRF of 100,000 profiles) may instead work
//! through [`Tx::bulk`], which reads and writes straight in redb's write transaction: still
//! all or nothing, because the caller then drops the whole transaction when the command fails.

pub mod files;

use crate::messages::{msg, Failure, QResult};
use redb::{
    Database, Durability, ReadOnlyDatabase, ReadTransaction, ReadableDatabase, ReadableTable,
    TableDefinition, WriteTransaction,
};
use serde::{de::DeserializeOwned, Serialize};
use std::any::Any;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Schema version of the store; a store with a newer one is refused (exit 3).
pub const SCHEMA_VERSION: u32 = 1;

/// Metadata key of the system's save-file secret (`savf::SaveKey`): 32 random bytes that
/// authenticate the save files this system writes. Made with the store; a store made
/// before there was one gets it at its first write. Nothing reads it but the save-file code.
pub const SAVE_KEY: &str = "savf_key";

/// Length of the save-file secret, in bytes.
pub const SAVE_KEY_LEN: usize = 32;

/// A new save-file secret from the operating system's random number generator.
pub fn new_save_key() -> QResult<Vec<u8>> {
    let mut key = vec![0u8; SAVE_KEY_LEN];
    getrandom::getrandom(&mut key)
        .map_err(|e| Failure::from(msg::qsy0024("(store)", format!("no random numbers: {e}"))))?;
    Ok(key)
}

/// The key in [`Table::Meta`] of the latest time the system has seen (Unix seconds, an
/// encoded `i64`): every change the store records moves it on (DESIGN §6).
pub const LATEST_TIME: &str = "latest_time";

const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
const SYSVAL: TableDefinition<&str, &[u8]> = TableDefinition::new("sysval");
const SECATTR: TableDefinition<&str, &[u8]> = TableDefinition::new("secattr");
const PROFILE: TableDefinition<&str, &[u8]> = TableDefinition::new("profile");
const FCNUSG: TableDefinition<&str, &[u8]> = TableDefinition::new("fcnusg");
const OBJAUT: TableDefinition<&str, &[u8]> = TableDefinition::new("objaut");
const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit");

/// The keyed tables of the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Table {
    /// Metadata: schema version, system identity, IPL count, KDF settings, SST options, the
    /// latest time the system has seen ([`LATEST_TIME`]).
    Meta,
    /// System values, current and pending, by name.
    Sysval,
    /// Security attributes (ADLSGNFAC), current and pending.
    SecAttr,
    /// User profiles by name.
    Profile,
    /// Function usage, keyed `FCNID/USER`.
    FcnUsg,
    /// Object authority records, keyed `*USRPRF/NAME` or `*FILE/LIB/NAME`. A store made
    /// before this table existed has none: every object then has its default authority
    /// (`security::objaut::default_for`), and the table is created by the first write.
    ObjAut,
}

impl Table {
    /// Every table, in order.
    pub const ALL: [Table; TABLES] = [
        Table::Meta,
        Table::Sysval,
        Table::SecAttr,
        Table::Profile,
        Table::FcnUsg,
        Table::ObjAut,
    ];

    fn def(self) -> TableDefinition<'static, &'static str, &'static [u8]> {
        match self {
            Table::Meta => META,
            Table::Sysval => SYSVAL,
            Table::SecAttr => SECATTR,
            Table::Profile => PROFILE,
            Table::FcnUsg => FCNUSG,
            Table::ObjAut => OBJAUT,
        }
    }
}

/// Encodes a record: compact MessagePack (fields by position). Records stay growable: a
/// field added at the end with `#[serde(default)]` decodes from older records (tested).
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Encoded into a buffer kept per thread, then copied out at its exact size: one
    // allocation per record instead of one per doubling of a growing vector.
    thread_local! {
        static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    BUFFER.with(|buffer| {
        let mut buffer = buffer.borrow_mut();
        buffer.clear();
        rmp_serde::encode::write(&mut *buffer, value).expect("records always encode");
        buffer.to_vec()
    })
}

/// Decodes a record; a record that does not decode means a damaged store.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> QResult<T> {
    rmp_serde::from_slice(bytes)
        .map_err(|e| Failure::from(msg::qsy0024("(store)", format!("damaged record: {e}"))))
}

fn store_err(path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure::from(msg::qsy0024(path.display(), &e))
}

enum Handle {
    Write(Database),
    Read(ReadOnlyDatabase),
}

/// An open store.
pub struct Store {
    handle: Handle,
    path: PathBuf,
    created: bool,
}

/// redb's page cache for read-only opens. redb's default (1 GiB) keeps every page a command
/// reads, so a command that scans a table (SAVSECDTA) would grow with the store; point
/// lookups need only the few upper pages of each tree, and scans gain nothing from a cache.
/// Bounded, memory stays flat in the number of profiles (DESIGN §9).
const READ_CACHE_BYTES: usize = 8 * 1024 * 1024;

/// redb's cache for read-write opens. redb keeps a write transaction's changed pages in
/// memory until the commit, up to half its cache, and writes the rest out to free space in
/// the file (still uncommitted: a transaction that is dropped leaves the store as it was).
/// Its default cache (1 GiB) so holds a whole restore of 100,000 profiles in memory; bounded,
/// a command that writes much (RSTUSRPRF) stays flat in memory (DESIGN §9).
const WRITE_CACHE_BYTES: usize = 8 * 1024 * 1024;

/// How many staged changes a transaction in write-through mode ([`Tx::write_through`])
/// holds before it applies them to redb's write transaction.
const SPILL_AT: usize = 4096;

/// The longest QSY_LOCK_WAIT, in seconds: one day.
pub const MAX_LOCK_WAIT: f64 = 86_400.0;

/// How long a second process waits for the store, or for a library's save files, before
/// giving up (DESIGN §8): QSY_LOCK_WAIT seconds (fractions allowed), 30 when it is unset or
/// empty. A value that is not a number from 0 to [`MAX_LOCK_WAIT`] (text, a negative number,
/// NaN, infinity, a huge number) is a usage error (QSY0049, exit 2).
pub fn lock_wait() -> QResult<Duration> {
    let value = match std::env::var("QSY_LOCK_WAIT") {
        Err(std::env::VarError::NotPresent) => return Ok(Duration::from_secs(30)),
        Err(std::env::VarError::NotUnicode(v)) => return msg::qsy0049(v.to_string_lossy()).fail(),
        Ok(v) if v.is_empty() => return Ok(Duration::from_secs(30)),
        Ok(v) => v,
    };
    match value.trim().parse::<f64>() {
        Ok(secs) if secs.is_finite() && (0.0..=MAX_LOCK_WAIT).contains(&secs) => {
            Ok(Duration::from_secs_f64(secs))
        }
        _ => msg::qsy0049(value).fail(),
    }
}

/// What is at a store path (a symlink the user made is followed: a database path may be one).
enum AtPath {
    /// Nothing: a new store is created there.
    Nothing,
    /// A regular file: a store, or something redb will refuse.
    File,
}

/// Looks at `path` before anything opens it: a FIFO would block the open, a device would be
/// read or written as a store, and a symlink whose target does not exist would have a new
/// store created through it. Each is refused at once (QSY0048, exit 3).
fn look_at(path: &Path) -> QResult<AtPath> {
    let shown = path.display().to_string();
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(AtPath::File),
        Ok(meta) => msg::qsy0048(&shown, files::describe(&meta.file_type())).fail(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            match std::fs::symlink_metadata(path) {
                Ok(_) => msg::qsy0048(&shown, "a symbolic link whose target does not exist").fail(),
                Err(_) => Ok(AtPath::Nothing),
            }
        }
        Err(e) => msg::qsy0020(&shown, &e).fail(),
    }
}

impl Store {
    /// Opens the store at `path`, creating it in the shipped state when it does not exist.
    /// `write` chooses a read-write open; display commands open read-only (DESIGN §9).
    pub fn open(
        path: &Path,
        write: bool,
        init: impl FnOnce(&mut Tx) -> QResult<()>,
    ) -> QResult<Store> {
        let wait = lock_wait()?;
        let created = match look_at(path)? {
            AtPath::Nothing => create(path, init)?,
            AtPath::File => false,
        };
        let started = Instant::now();
        let shown = path.display().to_string();
        let mut repaired = false;
        loop {
            let attempt = if write {
                Database::builder()
                    .set_cache_size(WRITE_CACHE_BYTES)
                    .open(path)
                    .map(Handle::Write)
            } else {
                redb::Builder::new()
                    .set_cache_size(READ_CACHE_BYTES)
                    .open_read_only(path)
                    .map(Handle::Read)
            };
            match attempt {
                Ok(handle) => {
                    let store = Store {
                        handle,
                        path: path.to_path_buf(),
                        created,
                    };
                    store.check_schema()?;
                    return Ok(store);
                }
                Err(redb::DatabaseError::DatabaseAlreadyOpen) => {
                    let waited = started.elapsed();
                    if waited >= wait {
                        return msg::qsy0021(&shown, format!("{:.0}", waited.as_secs_f64())).fail();
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                // A store left by a process that was killed needs redb's repair, which only a
                // read-write open can do: do it once, then open as asked.
                Err(redb::DatabaseError::RepairAborted) if !write && !repaired => {
                    repaired = true;
                    match Database::builder().open(path) {
                        Ok(db) => drop(db),
                        Err(redb::DatabaseError::DatabaseAlreadyOpen) => {}
                        Err(e) => return msg::qsy0020(&shown, &e).fail(),
                    }
                }
                Err(redb::DatabaseError::Storage(e)) => {
                    return msg::qsy0022(&shown, &e).fail();
                }
                Err(e) => return msg::qsy0020(&shown, &e).fail(),
            }
        }
    }

    /// Closes the store and returns what closing met. Closing a read-write open is a durable
    /// commit of its own (redb records its allocator state, so the next open needs no repair,
    /// and makes every commit before it durable), so a change committed with
    /// `Tx::commit(false)` just before is durable once this returns `Ok`: the same guarantee as
    /// `Tx::commit(true)` and dropping the store, with one flush of the file fewer. Dropping a
    /// store closes it too, but ignores what closing met.
    pub fn close(self) -> QResult<()> {
        let path = self.path;
        match self.handle {
            Handle::Write(db) => db.close().map_err(|e| store_err(&path, e)),
            Handle::Read(db) => db.close().map_err(|e| store_err(&path, e)),
        }
    }

    /// The store's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this open created the store (in the shipped state): false when it existed,
    /// or when another process created it first.
    pub fn created(&self) -> bool {
        self.created
    }

    fn check_schema(&self) -> QResult<()> {
        let tx = self.begin()?;
        let shown = self.path.display().to_string();
        match tx.get_raw(Table::Meta, "schema") {
            Ok(Some(v)) if v.len() == 4 => {
                let version = u32::from_le_bytes(v[..4].try_into().unwrap());
                if version > SCHEMA_VERSION {
                    return msg::qsy0023(&shown, version, SCHEMA_VERSION).fail();
                }
                Ok(())
            }
            _ => msg::qsy0022(&shown, "no qsy metadata").fail(),
        }
    }

    /// Begins a transaction: a write transaction on a read-write store, else a read one.
    pub fn begin(&self) -> QResult<Tx> {
        let inner = match &self.handle {
            Handle::Write(db) => {
                Inner::Write(db.begin_write().map_err(|e| store_err(&self.path, e))?)
            }
            Handle::Read(db) => Inner::Read(db.begin_read().map_err(|e| store_err(&self.path, e))?),
        };
        Ok(Tx {
            inner,
            staged: BTreeMap::new(),
            audit: Vec::new(),
            path: self.path.clone(),
            dirty: false,
            cache: RefCell::default(),
            next_audit: None,
            kept: None,
            security_event: false,
            time: None,
            applied: Default::default(),
            applied_count: 0,
            journal: Vec::new(),
            spill: false,
            spilled: false,
        })
    }
}

/// Creation of stores within one process, one at a time: they share the temporary name.
static CREATING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Creates a new store atomically: built in a temporary file, then linked into place, so a
/// second process never sees a half-initialised store.
///
/// The temporary file is `<path without its extension>.new<PID>` beside the store, created
/// exclusively with mode 0600 ([`files::create_private`]). Only this process can be using
/// that name, so whatever is found there is a leftover of a killed process with the same
/// PID, or was planted: it is unlinked (a symlink is never followed) before the creation.
/// Missing parent directories are created 0700. Returns whether this process's store is the
/// one in place (false when another process created it first).
fn create(path: &Path, init: impl FnOnce(&mut Tx) -> QResult<()>) -> QResult<bool> {
    let shown = path.display().to_string();
    let _one_at_a_time = CREATING.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        files::create_private_dir(dir).map_err(|e| Failure::from(msg::qsy0020(&shown, &e)))?;
    }
    let tmp = path.with_extension(format!("new{}", std::process::id()));
    let file = files::remove_stale(&tmp)
        .and_then(|()| files::create_private(&tmp))
        .map_err(|e| {
            Failure::from(msg::qsy0020(
                &shown,
                format!("temporary file {}: {e}", tmp.display()),
            ))
        })?;
    let result = (|| {
        let db = Database::builder()
            .create_with_backend(
                redb::backends::FileBackend::new(file).map_err(|e| store_err(path, e))?,
            )
            .map_err(|e| store_err(path, e))?;
        let store = Store {
            handle: Handle::Write(db),
            path: path.to_path_buf(),
            created: true,
        };
        let mut tx = store.begin()?;
        tx.put_raw(Table::Meta, "schema", SCHEMA_VERSION.to_le_bytes().to_vec())?;
        init(&mut tx)?;
        tx.end_command(true)?;
        tx.commit(true)?;
        drop(store);
        match std::fs::hard_link(&tmp, path) {
            Ok(()) => Ok(true),
            // Another process created it first: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(msg::qsy0020(&shown, &e).into()),
        }
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

// One transaction per job or script: the size difference does not matter.
#[allow(clippy::large_enum_variant)]
enum Inner {
    Write(WriteTransaction),
    Read(ReadTransaction),
}

/// Changes a command made on a read-only open, to be applied on a read-write one.
#[derive(Debug, Default, Clone)]
pub struct Changes {
    records: BTreeMap<(Table, String), Option<Vec<u8>>>,
    audit: Vec<Vec<u8>>,
}

impl Changes {
    /// Whether there is nothing to write.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.audit.is_empty()
    }
}

fn generation_of(raw: Option<Vec<u8>>) -> u64 {
    raw.and_then(|v| {
        v.get(..8)
            .map(|b| u64::from_le_bytes(b.try_into().unwrap_or([0; 8])))
    })
    .unwrap_or(0)
}

/// Decoded records kept for the life of a transaction, so a script of thousands of commands
/// does not decode the job user's profile again for every authority check.
/// A key found missing is kept too (as None): the power state and the system values still at
/// their shipped values have no record, and every command of a script asks for them.
/// One map per table, so a lookup by `&str` makes no key.
type Cache = RefCell<Decoded>;

/// How many [`Table`]s there are.
const TABLES: usize = 6;
const _: () = assert!(Table::ObjAut as usize + 1 == TABLES);
// [`Table::ALL`] lists the tables in the order of their numbers.
const _: () = {
    let mut i = 0;
    while i < TABLES {
        assert!(Table::ALL[i] as usize == i);
        i += 1;
    }
};

/// The decoded records of [`Cache`], by table.
#[derive(Default)]
struct Decoded([HashMap<String, Option<Rc<dyn Any>>>; TABLES]);

impl Decoded {
    fn get(&self, table: Table, key: &str) -> Option<&Option<Rc<dyn Any>>> {
        self.0[table as usize].get(key)
    }

    fn insert(&mut self, table: Table, key: &str, value: Option<Rc<dyn Any>>) {
        self.0[table as usize].insert(key.to_string(), value);
    }

    fn remove(&mut self, table: Table, key: &str) {
        self.0[table as usize].remove(key);
    }

    fn clear(&mut self) {
        self.0.iter_mut().for_each(HashMap::clear);
    }
}

/// A transaction with a per-command staging area (see the module documentation).
pub struct Tx {
    inner: Inner,
    staged: BTreeMap<(Table, String), Option<Vec<u8>>>,
    audit: Vec<Vec<u8>>,
    path: PathBuf,
    /// Some command's changes were applied: only then is there anything to commit. A write
    /// transaction that applied nothing is aborted, so a failed command leaves the store file
    /// byte-identical (an empty redb commit would still rewrite its header).
    dirty: bool,
    cache: Cache,
    next_audit: Option<u64>,
    /// On a read transaction: the staged changes [`Tx::keep_staged`] made permanent, which a
    /// failing command's [`Tx::end_command`] goes back to instead of dropping everything.
    kept: Option<Changes>,
    /// [`Tx::keep_security_event`] kept something that must be durable before the job goes
    /// on (DESIGN §5's exception): the caller commits at once.
    security_event: bool,
    /// The latest time a job in this transaction ran at ([`Tx::note_time`]).
    time: Option<i64>,
    /// Changes of commands that ended and kept them, not yet written into redb's transaction
    /// ([`Tx::flush`]): read before redb, after the current command's own.
    /// By table, so a read looks a key up without making one (a script of 10,000 commands).
    applied: [BTreeMap<String, Option<Vec<u8>>>; TABLES],
    /// How many records [`Tx::applied`] holds.
    applied_count: usize,
    /// Journal entries of commands that kept them, not yet appended to redb's journal table.
    journal: Vec<Vec<u8>>,
    /// Write-through mode ([`Tx::write_through`]).
    spill: bool,
    /// In write-through mode: changes were applied to redb's transaction since the last
    /// [`Tx::keep_staged`], so a failing command can no longer drop them alone.
    spilled: bool,
}

/// The test-only fault (`QSY_FAULT=commit`): every commit that changes the store fails, as
/// it would on a full disk or after the store's lock was lost. It can only make a command
/// fail, never let one through; the tests of fail-closed behaviour use it.
fn commit_fault() -> bool {
    std::env::var_os("QSY_FAULT").is_some_and(|v| v == "commit")
}

impl Tx {
    /// The latest time the system has seen (0 for a store that has never recorded one),
    /// staged changes included.
    pub fn latest_time(&self) -> QResult<i64> {
        Ok(self.get::<i64>(Table::Meta, LATEST_TIME)?.unwrap_or(0))
    }

    /// Notes that a job in this transaction runs at `now`: the changes it keeps move the
    /// store's latest time on to it ([`Tx::latest_time`]). A command that changes nothing
    /// writes nothing, so displays keep their read-only open.
    pub fn note_time(&mut self, now: i64) {
        self.time = Some(self.time.map_or(now, |t| t.max(now)));
    }

    /// Stages the noted time as the store's latest time when the current command is keeping
    /// changes and the time is later than the one recorded.
    fn stage_time(&mut self) -> QResult<()> {
        if self.staged.is_empty() && self.audit.is_empty() {
            return Ok(());
        }
        self.stage_latest_time()
    }

    /// Stages the noted time as the store's latest time when it is later than the one
    /// recorded.
    fn stage_latest_time(&mut self) -> QResult<()> {
        if let Some(now) = self.time {
            if now > self.latest_time()? {
                self.put(Table::Meta, LATEST_TIME, &now)?;
            }
        }
        Ok(())
    }

    fn err(&self, e: impl std::fmt::Display) -> Failure {
        store_err(&self.path, e)
    }

    /// Whether changes can be made.
    pub fn writable(&self) -> bool {
        matches!(self.inner, Inner::Write(_))
    }

    /// Reads a raw record, staged changes first.
    pub fn get_raw(&self, table: Table, key: &str) -> QResult<Option<Vec<u8>>> {
        // The current command's changes are few, and none yet when it first reads.
        let staged = if self.staged.is_empty() {
            None
        } else {
            self.staged.get(&(table, key.to_string()))
        };
        if let Some(v) = staged.or_else(|| self.applied[table as usize].get(key)) {
            return Ok(v.clone());
        }
        let def = table.def();
        match &self.inner {
            Inner::Write(w) => match w.open_table(def) {
                Ok(t) => Ok(t
                    .get(key)
                    .map_err(|e| self.err(e))?
                    .map(|g| g.value().to_vec())),
                Err(e) => Err(self.err(e)),
            },
            Inner::Read(r) => match r.open_table(def) {
                Ok(t) => Ok(t
                    .get(key)
                    .map_err(|e| self.err(e))?
                    .map(|g| g.value().to_vec())),
                Err(redb::TableError::TableDoesNotExist(_)) => Ok(None),
                Err(e) => Err(self.err(e)),
            },
        }
    }

    /// Reads and decodes a record (decoded records are cached until changed).
    pub fn get<T: DeserializeOwned + Clone + 'static>(
        &self,
        table: Table,
        key: &str,
    ) -> QResult<Option<T>> {
        Ok(self.get_shared::<T>(table, key)?.map(|v| T::clone(&v)))
    }

    /// Reads and decodes a record as [`Tx::get`] does, shared with the transaction's cache
    /// instead of copied out of it: a command that only looks at a record (the job user's
    /// profile, read by every command of a script) makes no copy of it.
    pub fn get_shared<T: DeserializeOwned + 'static>(
        &self,
        table: Table,
        key: &str,
    ) -> QResult<Option<Rc<T>>> {
        if let Some(hit) = self.cache.borrow().get(table, key) {
            match hit {
                None => return Ok(None),
                Some(any) => {
                    if let Ok(value) = Rc::clone(any).downcast::<T>() {
                        return Ok(Some(value));
                    }
                }
            }
        }
        match self.get_raw(table, key)? {
            Some(bytes) => {
                let value: Rc<T> = Rc::new(decode(&bytes)?);
                let any: Rc<dyn Any> = value.clone();
                self.cache.borrow_mut().insert(table, key, Some(any));
                Ok(Some(value))
            }
            None => {
                self.cache.borrow_mut().insert(table, key, None);
                Ok(None)
            }
        }
    }

    /// Reads and decodes a record the command is about to change and put back (CHGUSRPRF's
    /// profile): as [`Tx::get`], but a record decoded here is not cached, since the put
    /// would drop the cached copy at once (a script of 10,000 CHGUSRPRF, DESIGN §9).
    pub fn get_for_change<T: DeserializeOwned + Clone + 'static>(
        &self,
        table: Table,
        key: &str,
    ) -> QResult<Option<T>> {
        if let Some(hit) = self.cached(table, key) {
            return Ok(hit);
        }
        self.get_raw(table, key)?.map(|b| decode(&b)).transpose()
    }

    /// The cached decoded record: Some(None) for a key known missing, None when not cached
    /// (or cached as another type).
    fn cached<T: Clone + 'static>(&self, table: Table, key: &str) -> Option<Option<T>> {
        match self.cache.borrow().get(table, key)? {
            None => Some(None),
            Some(hit) => hit.downcast_ref::<T>().map(|v| Some(v.clone())),
        }
    }

    /// Stages a raw record. Staging works in both kinds of transaction: a read transaction
    /// keeps its changes for [`Tx::into_changes`], so a single command runs on a read-only
    /// open and only opens the store for writing when it has something to write.
    pub fn put_raw(&mut self, table: Table, key: &str, bytes: Vec<u8>) -> QResult<()> {
        self.cache.get_mut().remove(table, key);
        self.staged.insert((table, key.to_string()), Some(bytes));
        self.maybe_spill()
    }

    /// Stages an encoded record.
    pub fn put<T: Serialize>(&mut self, table: Table, key: &str, value: &T) -> QResult<()> {
        self.put_raw(table, key, encode(value))
    }

    /// Stages a deletion.
    pub fn delete(&mut self, table: Table, key: &str) -> QResult<()> {
        self.cache.get_mut().remove(table, key);
        self.staged.insert((table, key.to_string()), None);
        self.maybe_spill()
    }

    /// Every record of a table in key order, staged changes included.
    pub fn scan(&self, table: Table) -> QResult<Vec<(String, Vec<u8>)>> {
        let mut all: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        let def = table.def();
        macro_rules! read_all {
            ($t:expr) => {
                for item in $t.iter().map_err(|e| self.err(e))? {
                    let (k, v) = item.map_err(|e| self.err(e))?;
                    all.insert(k.value().to_string(), v.value().to_vec());
                }
            };
        }
        match &self.inner {
            Inner::Write(w) => {
                let t = w.open_table(def).map_err(|e| self.err(e))?;
                read_all!(t);
            }
            Inner::Read(r) => match r.open_table(def) {
                Ok(t) => read_all!(t),
                Err(redb::TableError::TableDoesNotExist(_)) => {}
                Err(e) => return Err(self.err(e)),
            },
        }
        let applied = self.applied[table as usize].iter();
        for ((t, k), v) in applied
            .map(|(k, v)| ((table, k), v))
            .chain(self.staged.iter().map(|((t, k), v)| ((*t, k), v)))
        {
            if t == table {
                match v {
                    Some(v) => {
                        all.insert(k.clone(), v.clone());
                    }
                    None => {
                        all.remove(k);
                    }
                }
            }
        }
        Ok(all.into_iter().collect())
    }

    /// Calls `f` with every record of a table in key order, staged changes included, without
    /// collecting the table: memory stays flat however many records it holds (SAVSECDTA of
    /// 100,000 profiles, DESIGN §9). Stops at the first error `f` returns.
    pub fn for_each(
        &self,
        table: Table,
        mut f: impl FnMut(&str, &[u8]) -> QResult<()>,
    ) -> QResult<()> {
        // Applied changes, then the current command's over them, in key order.
        let mut overlay: BTreeMap<&str, Option<&[u8]>> = BTreeMap::new();
        for (k, v) in &self.applied[table as usize] {
            overlay.insert(k.as_str(), v.as_deref());
        }
        for ((_, k), v) in self
            .staged
            .range((table, String::new())..)
            .take_while(|((t, _), _)| *t == table)
        {
            overlay.insert(k.as_str(), v.as_deref());
        }
        let mut staged = overlay.into_iter().peekable();
        let def = table.def();
        macro_rules! merge {
            ($t:expr) => {
                for item in $t.iter().map_err(|e| self.err(e))? {
                    let (k, v) = item.map_err(|e| self.err(e))?;
                    let key = k.value();
                    // Staged keys before this one are new records; one equal to it replaces it.
                    while let Some((sk, sv)) = staged.next_if(|(sk, _)| *sk < key) {
                        if let Some(sv) = sv {
                            f(sk, sv)?;
                        }
                    }
                    match staged.next_if(|(sk, _)| *sk == key) {
                        Some((_, Some(sv))) => f(key, sv)?,
                        Some((_, None)) => {}
                        None => f(key, v.value())?,
                    }
                }
            };
        }
        match &self.inner {
            Inner::Write(w) => {
                let t = w.open_table(def).map_err(|e| self.err(e))?;
                merge!(t);
            }
            Inner::Read(r) => match r.open_table(def) {
                Ok(t) => merge!(t),
                Err(redb::TableError::TableDoesNotExist(_)) => {}
                Err(e) => return Err(self.err(e)),
            },
        }
        for (sk, sv) in staged {
            if let Some(sv) = sv {
                f(sk, sv)?;
            }
        }
        Ok(())
    }

    /// Stages an audit journal entry (already encoded); sequence numbers are given when the
    /// command's changes are applied.
    pub fn stage_audit(&mut self, entry: Vec<u8>) -> QResult<()> {
        self.audit.push(entry);
        self.maybe_spill()
    }

    /// Write-through mode, for a command that runs alone in a write transaction and writes
    /// much (RSTUSRPRF of 100,000 profiles): its changes are applied to redb's transaction
    /// every [`SPILL_AT`] changes instead of all being held here until the command ends, and
    /// redb holds them, uncommitted, within its bounded cache ([`WRITE_CACHE_BYTES`]). The
    /// command stays all or nothing only through its caller: once [`Tx::spilled`] says so,
    /// a failing command cannot be dropped alone, and the caller must drop the whole
    /// transaction instead of committing it. A read transaction ignores the mode.
    pub fn write_through(&mut self) {
        self.spill = self.writable();
    }

    /// In write-through mode: whether changes the current command made since its last
    /// [`Tx::keep_staged`] are already in redb's transaction (a failing command must then
    /// drop the transaction, not commit it).
    pub fn spilled(&self) -> bool {
        self.spilled
    }

    /// Runs `f` with record access for a command that reads and writes many records in one
    /// pass (RSTUSRPRF of 100,000 profiles). In write-through mode ([`Tx::write_through`])
    /// the [`Bulk`] goes straight to redb's write transaction: what is staged and applied so
    /// far is written first, each table is opened once, journal entries are appended as
    /// they come, and nothing is held here; the current command then counts as
    /// [`Tx::spilled`] (a failing command drops the whole transaction). Otherwise (a script's
    /// transaction, a read-only open) it stages through this transaction as any command does.
    pub fn bulk<T>(&mut self, f: impl FnOnce(&mut Bulk) -> QResult<T>) -> QResult<T> {
        if !self.spill {
            return f(&mut Bulk {
                mode: BulkMode::Staged(self),
            });
        }
        self.apply_staged()?;
        self.flush()?;
        self.spilled = true;
        let Inner::Write(w) = &self.inner else {
            return Err(self.err("internal error: write-through on a read-only transaction"));
        };
        let mut bulk = Bulk {
            mode: BulkMode::Direct {
                w,
                path: &self.path,
                open: Vec::new(),
                audit: None,
                next_audit: self.next_audit,
                wrote: false,
            },
        };
        let result = f(&mut bulk);
        let (next_audit, wrote) = bulk.finish();
        self.next_audit = next_audit;
        if wrote {
            self.dirty = true;
            // Decoded copies may be of records the bulk replaced.
            self.cache.get_mut().clear();
            self.stage_latest_time()?;
        }
        result
    }

    fn maybe_spill(&mut self) -> QResult<()> {
        if self.spill && self.staged.len() + self.audit.len() >= SPILL_AT {
            self.apply_staged()?;
            self.spilled = true;
        }
        Ok(())
    }

    /// Reads the audit journal: (sequence, encoded entry), in order.
    pub fn audit_entries(&self) -> QResult<Vec<(u64, Vec<u8>)>> {
        let mut out = Vec::new();
        macro_rules! read_all {
            ($t:expr) => {
                for item in $t.iter().map_err(|e| self.err(e))? {
                    let (k, v) = item.map_err(|e| self.err(e))?;
                    out.push((k.value(), v.value().to_vec()));
                }
            };
        }
        match &self.inner {
            Inner::Write(w) => {
                let t = w.open_table(AUDIT).map_err(|e| self.err(e))?;
                read_all!(t);
            }
            Inner::Read(r) => match r.open_table(AUDIT) {
                Ok(t) => read_all!(t),
                Err(redb::TableError::TableDoesNotExist(_)) => {}
                Err(e) => return Err(self.err(e)),
            },
        }
        // Entries applied but not yet appended follow, with the numbers they will get.
        let next = out.last().map_or(1, |(k, _)| k + 1);
        for (seq, entry) in (next..).zip(&self.journal) {
            out.push((seq, entry.clone()));
        }
        Ok(out)
    }

    /// Makes the changes the current command staged so far permanent, whatever the command
    /// does next: a failed sign-on's count and PW entry, a partial restore. The command's
    /// later changes stay staged, kept or dropped by [`Tx::end_command`] as usual.
    pub fn keep_staged(&mut self) -> QResult<()> {
        self.stage_time()?;
        if self.writable() {
            self.spilled = false;
            return self.end_command(true);
        }
        // A read transaction cannot apply anything: remember what to go back to.
        self.kept = Some(Changes {
            records: self.staged.clone(),
            audit: self.audit.clone(),
        });
        Ok(())
    }

    /// Like [`Tx::keep_staged`], for a security event (a not-valid attempt's count and PW
    /// entry, a disable at QMAXSIGN, a consumed recovery key, a sign-on that resets the
    /// count): besides, the event is committed on its own, apart from the command's change
    /// set, and before the job goes on ([`Tx::security_event_pending`], [`Tx::into_split`]).
    pub fn keep_security_event(&mut self) -> QResult<()> {
        self.keep_staged()?;
        self.security_event = true;
        Ok(())
    }

    /// Whether a security event was kept since this transaction began: a script commits
    /// durably before its next statement runs.
    pub fn security_event_pending(&self) -> bool {
        self.security_event
    }

    /// Ends one command: applies its staged changes to the transaction when `keep`, drops
    /// them otherwise (back to what [`Tx::keep_staged`] kept).
    pub fn end_command(&mut self, keep: bool) -> QResult<()> {
        if keep {
            self.stage_time()?;
        }
        if !self.writable() {
            // Kept for into_changes: a read transaction cannot apply anything.
            match (keep, &self.kept) {
                (true, _) => {}
                (false, Some(kept)) => {
                    self.staged = kept.records.clone();
                    self.audit = kept.audit.clone();
                    self.cache.get_mut().clear();
                }
                (false, None) => {
                    let staged = std::mem::take(&mut self.staged);
                    self.audit.clear();
                    let cache = self.cache.get_mut();
                    for (table, key) in staged.keys() {
                        cache.remove(*table, key);
                    }
                }
            }
            return Ok(());
        }
        if !keep {
            let staged = std::mem::take(&mut self.staged);
            self.audit.clear();
            // Decoded copies of dropped changes must not outlive them.
            let cache = self.cache.get_mut();
            for (table, key) in staged.keys() {
                cache.remove(*table, key);
            }
            return Ok(());
        }
        self.spilled = false;
        self.apply_staged()
    }

    /// Applies the staged changes to redb's write transaction.
    fn apply_staged(&mut self) -> QResult<()> {
        let staged = std::mem::take(&mut self.staged);
        let audit = std::mem::take(&mut self.audit);
        if staged.is_empty() && audit.is_empty() {
            return Ok(());
        }
        if !self.writable() {
            return Err(self.err("internal error: changes staged in a read-only transaction"));
        }
        self.dirty = true;
        for ((table, key), value) in staged {
            if self.applied[table as usize].insert(key, value).is_none() {
                self.applied_count += 1;
            }
        }
        self.journal.extend(audit);
        if self.applied_count + self.journal.len() >= SPILL_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// Writes the applied changes ([`Tx::apply_staged`]) into redb's write transaction: one
    /// table opened per table touched and the journal entries appended in one batch, instead
    /// of per command (a script of 10,000 commands, DESIGN §9).
    fn flush(&mut self) -> QResult<()> {
        let staged = std::mem::take(&mut self.applied);
        self.applied_count = 0;
        let audit = std::mem::take(&mut self.journal);
        if staged.iter().all(BTreeMap::is_empty) && audit.is_empty() {
            return Ok(());
        }
        let Inner::Write(w) = &self.inner else {
            return Err(self.err("internal error: changes applied in a read-only transaction"));
        };
        for (table, records) in Table::ALL.into_iter().zip(staged) {
            if records.is_empty() {
                continue;
            }
            let mut t = w
                .open_table(table.def())
                .map_err(|e| store_err(&self.path, e))?;
            for (key, value) in records {
                match value {
                    Some(v) => t.insert(key.as_str(), v.as_slice()).map(|_| ()),
                    None => t.remove(key.as_str()).map(|_| ()),
                }
                .map_err(|e| store_err(&self.path, e))?;
            }
        }
        if !audit.is_empty() {
            let mut t = w.open_table(AUDIT).map_err(|e| store_err(&self.path, e))?;
            let mut next = match self.next_audit {
                Some(n) => n,
                None => t
                    .last()
                    .map_err(|e| store_err(&self.path, e))?
                    .map(|(k, _)| k.value() + 1)
                    .unwrap_or(1),
            };
            for entry in audit {
                t.insert(next, entry.as_slice())
                    .map_err(|e| store_err(&self.path, e))?;
                next += 1;
            }
            self.next_audit = Some(next);
        }
        Ok(())
    }

    /// The store's generation: how many changing commits it has seen.
    pub fn generation(&self) -> QResult<u64> {
        Ok(generation_of(self.get_raw(Table::Meta, "generation")?))
    }

    /// Takes the changes a read transaction kept (see [`Tx::end_command`]).
    pub fn into_changes(self) -> Changes {
        Changes {
            records: self.staged,
            audit: self.audit,
        }
    }

    /// Takes the changes a read transaction kept, in two parts to be committed one after
    /// the other: what [`Tx::keep_staged`] kept last (the sign-on's security events), then
    /// the rest (the command's own change set: records that differ from the first part,
    /// and the audit entries after it).
    pub fn into_split(self) -> (Changes, Changes) {
        let Some(kept) = self.kept else {
            return (
                Changes::default(),
                Changes {
                    records: self.staged,
                    audit: self.audit,
                },
            );
        };
        let records = self
            .staged
            .into_iter()
            .filter(|(k, v)| kept.records.get(k) != Some(v))
            .collect();
        let audit = self
            .audit
            .get(kept.audit.len()..)
            .unwrap_or_default()
            .to_vec();
        (kept, Changes { records, audit })
    }

    /// Applies changes kept by a read transaction, as one command.
    pub fn apply(&mut self, changes: Changes) -> QResult<()> {
        self.staged = changes.records;
        self.audit = changes.audit;
        self.end_command(true)
    }

    /// Commits the transaction (durably when `durable`); a read transaction just ends.
    pub fn commit(mut self, durable: bool) -> QResult<()> {
        if self.dirty {
            self.flush()?;
        }
        let path = self.path.clone();
        match self.inner {
            Inner::Write(w) if !self.dirty => w.abort().map_err(|e| store_err(&path, e)),
            Inner::Write(w) if commit_fault() => {
                let _ = w.abort();
                Err(store_err(&path, "injected fault (QSY_FAULT=commit)"))
            }
            Inner::Write(mut w) => {
                // Every commit that changes something moves the generation on, so a command
                // that ran on a read-only open can tell whether the store changed since.
                {
                    let mut meta = w.open_table(META).map_err(|e| store_err(&path, e))?;
                    // A store made before save files were authenticated gets its secret
                    // at its first write.
                    let has_key = meta
                        .get(SAVE_KEY)
                        .map_err(|e| store_err(&path, e))?
                        .is_some();
                    if !has_key {
                        meta.insert(SAVE_KEY, new_save_key()?.as_slice())
                            .map_err(|e| store_err(&path, e))?;
                    }
                    let next = generation_of(
                        meta.get("generation")
                            .map_err(|e| store_err(&path, e))?
                            .map(|g| g.value().to_vec()),
                    ) + 1;
                    meta.insert("generation", next.to_le_bytes().as_slice())
                        .map_err(|e| store_err(&path, e))?;
                }
                if !durable {
                    w.set_durability(Durability::None)
                        .map_err(|e| store_err(&path, e))?;
                }
                w.commit().map_err(|e| store_err(&path, e))
            }
            Inner::Read(_) => Ok(()),
        }
    }
}

/// Record access from [`Tx::bulk`].
pub struct Bulk<'a> {
    mode: BulkMode<'a>,
}

// One per bulk pass: the size difference does not matter.
#[allow(clippy::large_enum_variant)]
enum BulkMode<'a> {
    /// Straight into redb's write transaction.
    Direct {
        w: &'a WriteTransaction,
        path: &'a Path,
        /// The tables opened so far, each once.
        open: Vec<(Table, redb::Table<'a, &'static str, &'static [u8]>)>,
        audit: Option<redb::Table<'a, u64, &'static [u8]>>,
        /// The next journal sequence number, once known.
        next_audit: Option<u64>,
        /// Something was written.
        wrote: bool,
    },
    /// Through the transaction's staging.
    Staged(&'a mut Tx),
}

impl<'a> BulkMode<'a> {
    /// The open table `table` (opened now if it is not yet), and the store's path for
    /// errors; None when staging.
    #[allow(clippy::type_complexity)]
    fn table(
        &mut self,
        table: Table,
    ) -> QResult<Option<(&mut redb::Table<'a, &'static str, &'static [u8]>, &'a Path)>> {
        let BulkMode::Direct { w, path, open, .. } = self else {
            return Ok(None);
        };
        let path: &'a Path = path;
        let i = match open.iter().position(|(t, _)| *t == table) {
            Some(i) => i,
            None => {
                let t = w.open_table(table.def()).map_err(|e| store_err(path, e))?;
                open.push((table, t));
                open.len() - 1
            }
        };
        Ok(Some((&mut open[i].1, path)))
    }
}

impl Bulk<'_> {
    /// Reads a raw record (what this transaction has written or staged included).
    pub fn get_raw(&mut self, table: Table, key: &str) -> QResult<Option<Vec<u8>>> {
        if let BulkMode::Staged(tx) = &self.mode {
            return tx.get_raw(table, key);
        }
        let Some((t, path)) = self.mode.table(table)? else {
            return Ok(None);
        };
        Ok(t.get(key)
            .map_err(|e| store_err(path, e))?
            .map(|g| g.value().to_vec()))
    }

    /// The keys of `table` as redb's transaction holds them now, when there are at most
    /// `limit`; None when there are more, or when this bulk stages (its reads then go
    /// through [`Bulk::get_raw`], which sees what is staged).
    pub fn keys_at_most(&mut self, table: Table, limit: usize) -> QResult<Option<Vec<String>>> {
        let Some((t, path)) = self.mode.table(table)? else {
            return Ok(None);
        };
        let mut keys = Vec::new();
        for item in t.iter().map_err(|e| store_err(path, e))? {
            if keys.len() == limit {
                return Ok(None);
            }
            let (k, _) = item.map_err(|e| store_err(path, e))?;
            keys.push(k.value().to_string());
        }
        Ok(Some(keys))
    }

    /// Writes a raw record.
    pub fn put_raw(&mut self, table: Table, key: &str, bytes: &[u8]) -> QResult<()> {
        if let BulkMode::Staged(tx) = &mut self.mode {
            return tx.put_raw(table, key, bytes.to_vec());
        }
        if let Some((t, path)) = self.mode.table(table)? {
            t.insert(key, bytes).map_err(|e| store_err(path, e))?;
        }
        self.wrote();
        Ok(())
    }

    /// Deletes a record.
    pub fn delete(&mut self, table: Table, key: &str) -> QResult<()> {
        if let BulkMode::Staged(tx) = &mut self.mode {
            return tx.delete(table, key);
        }
        if let Some((t, path)) = self.mode.table(table)? {
            t.remove(key).map_err(|e| store_err(path, e))?;
        }
        self.wrote();
        Ok(())
    }

    /// Appends an audit journal entry (already encoded), numbered in sequence.
    pub fn audit(&mut self, entry: &[u8]) -> QResult<()> {
        let (w, path, audit, next_audit) = match &mut self.mode {
            BulkMode::Staged(tx) => return tx.stage_audit(entry.to_vec()),
            BulkMode::Direct {
                w,
                path,
                audit,
                next_audit,
                ..
            } => (w, path, audit, next_audit),
        };
        if audit.is_none() {
            *audit = Some(w.open_table(AUDIT).map_err(|e| store_err(path, e))?);
        }
        let Some(t) = audit.as_mut() else {
            return Ok(());
        };
        let next = match *next_audit {
            Some(n) => n,
            None => t
                .last()
                .map_err(|e| store_err(path, e))?
                .map(|(k, _)| k.value() + 1)
                .unwrap_or(1),
        };
        t.insert(next, entry).map_err(|e| store_err(path, e))?;
        *next_audit = Some(next + 1);
        self.wrote();
        Ok(())
    }

    /// Closes the tables: the next journal sequence number, and whether anything was written.
    fn finish(self) -> (Option<u64>, bool) {
        match self.mode {
            BulkMode::Direct {
                next_audit, wrote, ..
            } => (next_audit, wrote),
            BulkMode::Staged(_) => (None, false),
        }
    }

    fn wrote(&mut self) {
        if let BulkMode::Direct { wrote, .. } = &mut self.mode {
            *wrote = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
    struct Old {
        a: String,
        b: u32,
    }

    #[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
    struct New {
        a: String,
        b: u32,
        #[serde(default)]
        c: Option<u64>,
        #[serde(default)]
        d: Vec<String>,
    }

    /// A commit that is not durable by itself (`commit(false)`) is in the store file, durably
    /// committed and the file closed clean, once `Store::close` returned `Ok`: a read-only
    /// open (which refuses a file that needs redb's repair, and reads only the last durable
    /// commit) sees it. The engine's write of a command's changes relies on this (issue 19).
    #[test]
    fn a_commit_is_durable_once_the_store_closed() {
        use super::{Store, Table};
        use redb::ReadableDatabase;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.redb");
        Store::open(&path, true, |_| Ok(())).unwrap();
        let store = Store::open(&path, true, |_| Ok(())).unwrap();
        let mut tx = store.begin().unwrap();
        tx.put_raw(Table::Meta, "changed", vec![7]).unwrap();
        tx.end_command(true).unwrap();
        tx.commit(false).unwrap();
        store.close().unwrap();
        let db = redb::ReadOnlyDatabase::open(&path).expect("closed clean, no repair needed");
        let rtx = db.begin_read().unwrap();
        let meta = rtx.open_table(super::META).unwrap();
        assert_eq!(
            meta.get("changed").unwrap().map(|v| v.value().to_vec()),
            Some(vec![7])
        );
    }

    /// A failed sign-on's records survive the failing command; what the command staged
    /// after them does not — on a read-only open (kept for the write) and a write one.
    #[test]
    fn keep_staged_survives_a_failing_command() {
        use super::{Store, Table};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.redb");
        Store::open(&path, true, |_| Ok(())).unwrap();
        for write in [false, true] {
            let store = Store::open(&path, write, |_| Ok(())).unwrap();
            let mut tx = store.begin().unwrap();
            tx.put_raw(Table::Meta, "attempt", vec![1]).unwrap();
            tx.keep_staged().unwrap();
            tx.put_raw(Table::Meta, "later", vec![2]).unwrap();
            tx.end_command(false).unwrap();
            assert_eq!(tx.get_raw(Table::Meta, "attempt").unwrap(), Some(vec![1]));
            assert_eq!(tx.get_raw(Table::Meta, "later").unwrap(), None);
            if !write {
                let changes = tx.into_changes();
                assert_eq!(changes.records.len(), 1, "only the kept record is written");
            }
        }
    }

    /// On a read-only open, a security event and the command's own changes come out as two
    /// change sets: the event as kept, then only what the command changed after it (the
    /// records that differ, the audit entries after the event's) — whether the command then
    /// succeeded or failed.
    #[test]
    fn into_split_separates_the_security_event_from_the_command() {
        use super::{Store, Table};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.redb");
        Store::open(&path, true, |_| Ok(())).unwrap();
        for command_ok in [true, false] {
            let store = Store::open(&path, false, |_| Ok(())).unwrap();
            let mut tx = store.begin().unwrap();
            tx.put_raw(Table::Profile, "JSMITH", vec![1]).unwrap();
            tx.stage_audit(vec![9]).unwrap();
            tx.keep_security_event().unwrap();
            assert!(tx.security_event_pending());
            tx.put_raw(Table::Profile, "JSMITH", vec![2]).unwrap();
            tx.put_raw(Table::Profile, "OTHER", vec![3]).unwrap();
            tx.stage_audit(vec![8]).unwrap();
            tx.end_command(command_ok).unwrap();
            let (event, command) = tx.into_split();
            assert_eq!(event.records.len(), 1);
            assert_eq!(
                event.records.get(&(Table::Profile, "JSMITH".to_string())),
                Some(&Some(vec![1]))
            );
            assert_eq!(event.audit, vec![vec![9]]);
            if command_ok {
                assert_eq!(command.records.len(), 2);
                assert_eq!(command.audit, vec![vec![8]]);
            } else {
                assert!(command.is_empty(), "a failed command adds nothing");
            }
        }
    }

    /// Write-through mode (RSTUSRPRF of many profiles): past [`super::SPILL_AT`] changes they
    /// are in redb's transaction, readable there, and the transaction dropped keeps none.
    #[test]
    fn write_through_spills_into_redb_and_a_dropped_transaction_keeps_nothing() {
        use super::{Store, Table, SPILL_AT};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.redb");
        Store::open(&path, true, |_| Ok(())).unwrap();
        {
            let store = Store::open(&path, true, |_| Ok(())).unwrap();
            let mut tx = store.begin().unwrap();
            tx.write_through();
            for i in 0..SPILL_AT + 10 {
                tx.put_raw(Table::Profile, &format!("K{i}"), vec![1])
                    .unwrap();
                tx.stage_audit(vec![2]).unwrap();
            }
            assert!(tx.spilled(), "the changes went into redb's transaction");
            assert_eq!(tx.get_raw(Table::Profile, "K0").unwrap(), Some(vec![1]));
            // The journal shows what was applied (the current command's own entries are
            // not journaled until it ends).
            assert!(tx.audit_entries().unwrap().len() >= SPILL_AT / 2);
            drop(tx);
        }
        let store = Store::open(&path, false, |_| Ok(())).unwrap();
        let tx = store.begin().unwrap();
        assert_eq!(tx.get_raw(Table::Profile, "K0").unwrap(), None);
        assert!(tx.audit_entries().unwrap().is_empty());
    }

    /// [`Tx::bulk`] in write-through mode writes into redb's transaction (read back there,
    /// the journal numbered after what it held) and the command counts as spilled, so a
    /// dropped transaction keeps none of it; outside that mode a failing command's bulk
    /// writes are dropped alone, and a succeeding one's are committed.
    #[test]
    fn bulk_writes_go_into_redb_and_a_dropped_transaction_keeps_none() {
        use super::{Store, Table};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.redb");
        Store::open(&path, true, |_| Ok(())).unwrap();
        {
            let store = Store::open(&path, true, |_| Ok(())).unwrap();
            let mut tx = store.begin().unwrap();
            tx.stage_audit(vec![6]).unwrap();
            tx.end_command(true).unwrap();
            tx.write_through();
            tx.bulk(|b| {
                b.put_raw(Table::Profile, "A", &[1])?;
                b.audit(&[7])?;
                assert_eq!(b.get_raw(Table::Profile, "A")?, Some(vec![1]));
                Ok(())
            })
            .unwrap();
            assert!(tx.spilled(), "a failing command must drop the transaction");
            assert_eq!(tx.get_raw(Table::Profile, "A").unwrap(), Some(vec![1]));
            assert_eq!(
                tx.audit_entries().unwrap(),
                vec![(1, vec![6]), (2, vec![7])]
            );
            drop(tx);
        }
        {
            let store = Store::open(&path, false, |_| Ok(())).unwrap();
            let tx = store.begin().unwrap();
            assert_eq!(tx.get_raw(Table::Profile, "A").unwrap(), None);
            assert!(tx.audit_entries().unwrap().is_empty());
        }
        {
            let store = Store::open(&path, true, |_| Ok(())).unwrap();
            let mut tx = store.begin().unwrap();
            tx.bulk(|b| b.put_raw(Table::Profile, "B", &[2])).unwrap();
            assert!(!tx.spilled());
            tx.end_command(false).unwrap();
            assert_eq!(tx.get_raw(Table::Profile, "B").unwrap(), None);
            tx.bulk(|b| b.put_raw(Table::Profile, "C", &[3])).unwrap();
            tx.end_command(true).unwrap();
            tx.commit(true).unwrap();
        }
        let store = Store::open(&path, false, |_| Ok(())).unwrap();
        let tx = store.begin().unwrap();
        assert_eq!(tx.get_raw(Table::Profile, "B").unwrap(), None);
        assert_eq!(tx.get_raw(Table::Profile, "C").unwrap(), Some(vec![3]));
    }

    /// Changes of commands that ended are held back and written in batches: they are read
    /// back, scanned and numbered in the journal as if written, a later failing command
    /// drops only its own, and the commit writes them.
    #[test]
    fn applied_changes_are_seen_before_they_are_written() {
        use super::{Store, Table};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.redb");
        Store::open(&path, true, |_| Ok(())).unwrap();
        let store = Store::open(&path, true, |_| Ok(())).unwrap();
        let mut tx = store.begin().unwrap();
        tx.put_raw(Table::Profile, "A", vec![1]).unwrap();
        tx.stage_audit(vec![7]).unwrap();
        tx.end_command(true).unwrap();
        tx.put_raw(Table::Profile, "B", vec![2]).unwrap();
        tx.stage_audit(vec![8]).unwrap();
        tx.end_command(false).unwrap();
        tx.put_raw(Table::Profile, "C", vec![3]).unwrap();
        assert_eq!(tx.get_raw(Table::Profile, "A").unwrap(), Some(vec![1]));
        assert_eq!(tx.get_raw(Table::Profile, "B").unwrap(), None);
        let keys: Vec<String> = tx
            .scan(Table::Profile)
            .unwrap()
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, ["A", "C"]);
        let mut seen = Vec::new();
        tx.for_each(Table::Profile, |k, _| {
            seen.push(k.to_string());
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, ["A", "C"]);
        assert_eq!(tx.audit_entries().unwrap(), vec![(1, vec![7])]);
        tx.end_command(true).unwrap();
        tx.commit(true).unwrap();
        let tx = store.begin().unwrap();
        assert_eq!(tx.get_raw(Table::Profile, "C").unwrap(), Some(vec![3]));
        assert_eq!(tx.audit_entries().unwrap(), vec![(1, vec![7])]);
    }

    #[test]
    fn records_are_growable() {
        let bytes = super::encode(&Old {
            a: "x".into(),
            b: 7,
        });
        let new: New = super::decode(&bytes).unwrap();
        assert_eq!(
            new,
            New {
                a: "x".into(),
                b: 7,
                c: None,
                d: vec![]
            }
        );
    }
}
