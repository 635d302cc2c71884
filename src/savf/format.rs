//! The save file format of SAVSECDTA (documented for people in `docs/savf-format.md`).
//!
//! A save file is a stream: a fixed preamble, then records, each a kind byte, a length and a
//! MessagePack payload, then a trailer with the record count, a SHA-256 of every byte before
//! it and (format version 2) an HMAC-SHA256 of that digest keyed with the saving system's
//! secret. Writer and reader both work one record at a time, so saving or verifying 100,000
//! profiles takes as little memory as saving ten (DESIGN §9).
//!
//! The reader trusts nothing: every length is bounded before anything is allocated, every
//! payload is decoded and checked against what a store may hold, and no input makes it panic
//! (a cargo-fuzz target and a mutation test hold it to that). The checksum catches damage;
//! the HMAC ([`SaveKey`]) tells a save written by this system from one edited outside qsy,
//! which a recomputed checksum cannot. A save that names another system, or a version 1
//! save (no HMAC), cannot be verified here: [`Origin`] says so, and RSTUSRPRF restores it
//! under the rules for a save from another system.

use crate::security::password::{KdfSettings, PasswordHashes, SaltedHash};
use crate::security::profile::{
    AuthMethod, ExpirationInterval, SpecialAuthority, Status, TotpKey, UserClass,
};
use crate::security::totp::RecoveryHash;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};
use std::fmt;
use std::io::{self, Read, Write};

/// The first eight bytes of every qsy save file. The 0x1A byte (ASCII SUB) marks the file
/// as binary for tools that sniff text.
pub const MAGIC: [u8; 8] = *b"QSYSAVF\x1a";

/// The format version this qsy writes, and the newest it reads. Version 1 (no HMAC) is
/// still read, as a save that cannot be verified.
pub const VERSION: u16 = 3;

/// The first version that may hold password hashes and TOTP keys whose value is unknown
/// (imported profiles, DESIGN §12): an empty hash with an all-zero salt, an empty key with
/// no recovery key. Older readers refuse such a file by its version, never by its content.
pub const FIRST_UNKNOWN_VALUES_VERSION: u16 = 3;

/// The first version whose trailer carries an HMAC.
pub const FIRST_AUTHENTICATED_VERSION: u16 = 2;

/// Bytes before the first record: magic, version, flags.
pub const PREAMBLE_LEN: usize = 12;

/// The longest payload a record may declare. A profile record is well under 2 KiB, so this
/// only keeps a damaged length field from making the reader allocate gigabytes.
pub const MAX_PAYLOAD: u32 = 1 << 20;

/// Record kind: the save header (always the first record).
pub const KIND_HEADER: u8 = b'H';
/// Record kind: one user profile.
pub const KIND_PROFILE: u8 = b'P';
/// Record kind: the default usage of a function (`*DEFAULT` in the FcnUsg table).
pub const KIND_FUNCTION_DEFAULT: u8 = b'F';
/// Record kind: the trailer (always the last record).
pub const KIND_TRAILER: u8 = b'T';

/// Payload length of a version 1 trailer: record count (u64) and SHA-256 (32 bytes).
const TRAILER_LEN_V1: u32 = 40;

/// Payload length of a version 2 trailer: record count, SHA-256 and HMAC-SHA256 (32 bytes).
const TRAILER_LEN: u32 = 72;

/// Length of the per-system secret, in bytes.
pub const KEY_LEN: usize = 32;

type HmacSha256 = Hmac<Sha256>;

/// The per-system secret that authenticates save files (DESIGN §7.10): 32 bytes from the
/// operating system's random number generator, made when the store is created (or at the
/// first save of a store made before there was one) and kept in the store. It never leaves
/// the store: no command shows it, no save file holds it, and Debug prints no byte of it.
#[derive(Clone, PartialEq, Eq)]
pub struct SaveKey([u8; KEY_LEN]);

impl fmt::Debug for SaveKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SaveKey(<secret>)")
    }
}

impl SaveKey {
    /// A new secret from the operating system's random number generator.
    pub fn generate() -> Result<SaveKey, getrandom::Error> {
        let mut key = [0u8; KEY_LEN];
        getrandom::getrandom(&mut key)?;
        Ok(SaveKey(key))
    }

    /// The secret as the store keeps it; None unless `bytes` has the right length.
    pub fn from_bytes(bytes: &[u8]) -> Option<SaveKey> {
        Some(SaveKey(bytes.try_into().ok()?))
    }

    /// The bytes to keep in the store (and nowhere else).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.to_vec()
    }

    /// The authentication code of a save whose SHA-256 is `digest`: HMAC-SHA256 of the
    /// digest under this secret (the digest already binds every byte, so the file is read
    /// and hashed once).
    fn mac(&self, digest: &[u8]) -> HmacSha256 {
        let mut mac =
            <HmacSha256 as Mac>::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        mac.update(digest);
        mac
    }

    fn tag(&self, digest: &[u8]) -> [u8; 32] {
        self.mac(digest).finalize().into_bytes().into()
    }
}

/// What the restoring system knows about itself: its identity (store metadata
/// `system_id`) and its save-file secret, if it has one yet.
#[derive(Debug, Clone)]
pub struct ThisSystem {
    /// This system's identity.
    pub system_id: String,
    /// This system's secret; None on a store that has never had one (so it never wrote an
    /// authenticated save).
    pub key: Option<SaveKey>,
}

/// Where a save comes from, as far as this system can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The save names this system and is authenticated: its HMAC is checked at the trailer,
    /// and a mismatch refuses the whole file ([`SavfError::Tampered`]).
    ThisSystem,
    /// The save names another system: its HMAC cannot be checked here.
    OtherSystem,
    /// A version 1 save, written before saves were authenticated.
    Unauthenticated,
}

impl Origin {
    /// Whether the save cannot be verified on this system, so the rules for a save from
    /// another system apply.
    pub fn is_foreign(self) -> bool {
        self != Origin::ThisSystem
    }
}

/// What SAVSECDTA records about the save as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveHeader {
    /// The command that wrote the file (`SAVSECDTA`).
    pub command: String,
    /// The saving system's identity (Meta `system_id`): RSTUSRPRF keeps *ALLOBJ only when
    /// the save comes from the system it is restored on.
    pub system_id: String,
    /// QPWDLVL current when saved: which hashes the profiles could hold.
    pub password_level: u8,
    /// QSECURITY current when saved.
    pub security_level: u8,
    /// Job clock at the save (Unix seconds).
    pub saved_at: i64,
    /// The job user that saved.
    pub saved_by: String,
    /// The program that wrote the file (`qsy 0.1.0`), for diagnosis only.
    pub producer: String,
    /// The saving store's key-derivation settings: a hash is usable only on a system that
    /// derives keys the same way.
    pub kdf: KdfSettings,
}

/// A byte string, written as MessagePack `bin` (a list of small integers would double the
/// size of every hash and cost a decode call per byte). Debug never shows the bytes: they
/// are hashes and keys.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Bytes(pub Vec<u8>);

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} bytes>", self.0.len())
    }
}

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.0)
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Bytes;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a byte string")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(v.to_vec()))
            }
            fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(v))
            }
        }
        d.deserialize_byte_buf(Visitor)
    }
}

/// One salted hash as saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedHash {
    /// The salt (16 bytes).
    pub salt: Bytes,
    /// The derived key.
    pub hash: Bytes,
}

impl SavedHash {
    fn from_salted(h: SaltedHash) -> Self {
        SavedHash {
            salt: Bytes(h.salt.to_vec()),
            hash: Bytes(h.hash),
        }
    }

    /// The store's form; None unless the salt has the 16 bytes the store's hashes use
    /// (the reader has checked that already).
    fn into_salted(self) -> Option<SaltedHash> {
        Some(SaltedHash {
            salt: self.salt.0.try_into().ok()?,
            hash: self.hash.0,
        })
    }

    fn valid(&self) -> bool {
        self.salt.0.len() == 16 && !self.hash.0.is_empty() && self.hash.0.len() <= 64
    }

    /// A hash of unknown value as the store has it ([`SaltedHash::unknown`]).
    fn unknown(&self) -> bool {
        self.hash.0.is_empty() && self.salt.0 == [0u8; 16]
    }

    /// Valid in a save of format `version`: a real hash, or from version 3 one whose value
    /// is unknown.
    fn valid_in(&self, version: u16) -> bool {
        self.valid() || (version >= FIRST_UNKNOWN_VALUES_VERSION && self.unknown())
    }
}

/// Every password hash a profile held, one slot per level group (DESIGN §7.3). The save
/// file's own structure, so that the format changes only when this module says so.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPasswords {
    /// The level 0/1 hash.
    pub level_01: Option<SavedHash>,
    /// The level 2/3 hashes (after a level-0/1 password, of its upper- and lower-case forms).
    pub level_23: Vec<SavedHash>,
    /// The level 4 hash.
    pub level_4: Option<SavedHash>,
    /// The QPWDLVL at which the password was last changed.
    pub changed_at_level: u8,
}

impl From<PasswordHashes> for SavedPasswords {
    fn from(h: PasswordHashes) -> Self {
        SavedPasswords {
            level_01: h.level_01.map(SavedHash::from_salted),
            level_23: h.level_23.into_iter().map(SavedHash::from_salted).collect(),
            level_4: h.level_4.map(SavedHash::from_salted),
            changed_at_level: h.changed_at_level,
        }
    }
}

impl SavedPasswords {
    /// The store's form (the reader has checked every hash).
    pub fn into_hashes(self) -> PasswordHashes {
        PasswordHashes {
            level_01: self.level_01.and_then(SavedHash::into_salted),
            level_23: self
                .level_23
                .into_iter()
                .filter_map(SavedHash::into_salted)
                .collect(),
            level_4: self.level_4.and_then(SavedHash::into_salted),
            changed_at_level: self.changed_at_level,
        }
    }
}

/// A TOTP key as saved: the key, when it was set, and the hash of its one-time recovery key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedTotp {
    /// The shared secret.
    pub key: Bytes,
    /// When it was set (Unix seconds).
    pub changed: i64,
    /// Hash of the recovery key, None once used.
    pub recovery: Option<SavedHash>,
}

impl From<TotpKey> for SavedTotp {
    fn from(k: TotpKey) -> Self {
        SavedTotp {
            key: Bytes(k.key),
            changed: k.changed,
            recovery: k.recovery.map(|r| SavedHash {
                salt: Bytes(r.salt.to_vec()),
                hash: Bytes(r.hash),
            }),
        }
    }
}

impl SavedTotp {
    /// The store's form (the reader has checked the sizes).
    pub fn into_key(self) -> TotpKey {
        let recovery = self.recovery.and_then(|r| {
            Some(RecoveryHash {
                salt: r.salt.0.try_into().ok()?,
                hash: r.hash.0,
            })
        });
        TotpKey {
            key: self.key.0,
            changed: self.changed,
            recovery,
        }
    }
}

/// A function usage entry: the usage of one function ID, for a profile or as the default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunctionUsage {
    /// Function ID, e.g. `QIBM_RUN_UNDER_USER_NO_AUTH`.
    pub function_id: String,
    /// `*ALLOWED` or `*DENIED`.
    pub usage: String,
}

/// One user profile as saved: what RSTUSRPRF can put back. Its own structure (not the store
/// record) so the file format changes only when this module says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedProfile {
    /// Profile name.
    pub name: String,
    /// `*ENABLED` or `*DISABLED`.
    pub status: Status,
    /// User class.
    pub user_class: UserClass,
    /// Special authorities held.
    pub special_authorities: Vec<SpecialAuthority>,
    /// Every password hash the profile held (DESIGN §7.10: all levels).
    pub passwords: SavedPasswords,
    /// The password was expired.
    pub password_expired: bool,
    /// When the password was last changed.
    pub password_changed: Option<i64>,
    /// `*SYSVAL`, `*NOMAX` or days.
    pub password_expiration_interval: ExpirationInterval,
    /// Text description.
    pub text: String,
    /// AUTHMTH.
    pub authentication_methods: Vec<AuthMethod>,
    /// TOTPOPTITV in minutes (None = *NONE).
    pub totp_optional_interval: Option<u32>,
    /// The TOTP key (decision: it travels with the password).
    pub totp: Option<SavedTotp>,
    /// IBM-supplied profile.
    pub ibm_supplied: bool,
    /// IBM-supplied `_NC` profile (never restored).
    pub not_changeable: bool,
    /// Creation time.
    pub created: i64,
    /// Function usage recorded for this profile.
    pub function_usage: Vec<FunctionUsage>,
}

/// One record after the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// A user profile.
    Profile(Box<SavedProfile>),
    /// A function's default usage.
    FunctionDefault(FunctionUsage),
}

/// Why a save file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SavfError {
    /// The file holds no data (created or cleared, never saved to).
    #[error("the save file holds no data")]
    Empty,
    /// Not a qsy save file: the magic is missing.
    #[error("not a qsy save file")]
    Foreign,
    /// Written by a newer qsy: a format version this one does not know.
    #[error("format version {0}; this qsy reads up to version {VERSION}")]
    NewerVersion(u16),
    /// The save names this system but its HMAC does not match: it was changed outside qsy
    /// (its checksum may well have been recomputed).
    #[error("it names this system but its authentication code does not match")]
    Tampered,
    /// Truncated, tampered with or otherwise damaged; the text says where.
    #[error("damaged: {0}")]
    Damaged(String),
    /// The file could not be read.
    #[error("cannot be read: {0}")]
    Io(String),
}

fn damaged(why: impl Into<String>) -> SavfError {
    SavfError::Damaged(why.into())
}

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    rmp_serde::to_vec_named(value).expect("save records always encode")
}

/// Writes a save file record by record, hashing and authenticating as it goes.
pub struct Writer<W: Write> {
    out: W,
    hasher: Sha256,
    key: SaveKey,
    records: u64,
}

impl<W: Write> Writer<W> {
    /// Starts a save file: preamble and header. `key` is the saving system's secret, which
    /// authenticates the file for the system `header.system_id` names.
    pub fn new(out: W, header: &SaveHeader, key: &SaveKey) -> io::Result<Self> {
        let mut w = Writer {
            out,
            hasher: Sha256::new(),
            key: key.clone(),
            records: 0,
        };
        let mut preamble = [0u8; PREAMBLE_LEN];
        preamble[..8].copy_from_slice(&MAGIC);
        preamble[8..10].copy_from_slice(&VERSION.to_le_bytes());
        // Bytes 10..12: flags, none defined; a reader refuses flags it does not know.
        w.put(&preamble)?;
        w.frame(KIND_HEADER, &encode(header))?;
        Ok(w)
    }

    fn put(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.hasher.update(bytes);
        self.out.write_all(bytes)
    }

    fn frame(&mut self, kind: u8, payload: &[u8]) -> io::Result<()> {
        let len = u32::try_from(payload.len())
            .ok()
            .filter(|l| *l <= MAX_PAYLOAD)
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "record of {} bytes exceeds the format's limit",
                        payload.len()
                    ),
                )
            })?;
        let mut head = [0u8; 5];
        head[0] = kind;
        head[1..].copy_from_slice(&len.to_le_bytes());
        self.put(&head)?;
        self.put(payload)
    }

    /// Writes one profile. Profiles must come in strictly increasing name order (the order
    /// of the store's table), which lets the reader reject duplicates without remembering
    /// every name.
    pub fn profile(&mut self, profile: &SavedProfile) -> io::Result<()> {
        self.frame(KIND_PROFILE, &encode(profile))?;
        self.records += 1;
        Ok(())
    }

    /// Writes a function's default usage.
    pub fn function_default(&mut self, usage: &FunctionUsage) -> io::Result<()> {
        self.frame(KIND_FUNCTION_DEFAULT, &encode(usage))?;
        self.records += 1;
        Ok(())
    }

    /// Writes the trailer and returns the output (still to be flushed and synced).
    pub fn finish(mut self) -> io::Result<W> {
        let mut head = [0u8; 5];
        head[0] = KIND_TRAILER;
        head[1..].copy_from_slice(&TRAILER_LEN.to_le_bytes());
        self.put(&head)?;
        let count = self.records.to_le_bytes();
        self.put(&count)?;
        let digest = std::mem::take(&mut self.hasher).finalize();
        self.out.write_all(&digest)?;
        self.out.write_all(&self.key.tag(&digest))?;
        Ok(self.out)
    }

    /// Records written so far (profiles and function defaults).
    pub fn records(&self) -> u64 {
        self.records
    }
}

/// Reads a save file record by record, verifying the framing and, at the end, the count and
/// the checksum.
pub struct Reader<R: Read> {
    inner: R,
    hasher: Sha256,
    /// This system's secret, to check the HMAC of a save that names this system.
    key: Option<SaveKey>,
    version: u16,
    origin: Origin,
    /// Bytes consumed so far (for progress and for messages).
    position: u64,
    records: u64,
    finished: bool,
    checker: Checker,
    /// The buffer records are read into, reused from one record to the next.
    payload: Vec<u8>,
}

/// A raw record: kind and payload, framing checked but payload not yet decoded.
type RawRecord = (u8, Vec<u8>);

impl<R: Read> Reader<R> {
    /// Reads the preamble and the header record. `this` is the restoring system: a save
    /// that names it must carry a matching HMAC, checked at the trailer ([`Reader::origin`]);
    /// without it (a tool reading any save) every save counts as from another system.
    pub fn open(inner: R, this: Option<&ThisSystem>) -> Result<(Self, SaveHeader), SavfError> {
        let (mut r, payload) = Self::open_raw(inner, this.and_then(|t| t.key.as_ref()))?;
        let header = decode_header(&payload)?;
        r.origin = if r.version < FIRST_AUTHENTICATED_VERSION {
            Origin::Unauthenticated
        } else if this.is_some_and(|t| t.system_id == header.system_id) {
            Origin::ThisSystem
        } else {
            Origin::OtherSystem
        };
        Ok((r, header))
    }

    /// Where the save comes from (see [`Origin`]); for [`Origin::ThisSystem`] the HMAC has
    /// been verified once the trailer has been read.
    pub fn origin(&self) -> Origin {
        self.origin
    }

    /// The save file's format version.
    pub fn version(&self) -> u16 {
        self.version
    }

    /// Reads the preamble and the header record without decoding the header; `key`, when
    /// given, authenticates as the file is read.
    fn open_raw(inner: R, key: Option<&SaveKey>) -> Result<(Self, Vec<u8>), SavfError> {
        let mut r = Reader {
            inner,
            hasher: Sha256::new(),
            key: key.cloned(),
            version: VERSION,
            origin: Origin::OtherSystem,
            position: 0,
            records: 0,
            finished: false,
            checker: Checker {
                version: VERSION,
                last_profile: None,
            },
            payload: Vec::new(),
        };
        let mut preamble = [0u8; PREAMBLE_LEN];
        let got = r.fill(&mut preamble)?;
        if got == 0 {
            return Err(SavfError::Empty);
        }
        if got < MAGIC.len() || preamble[..8] != MAGIC {
            return Err(SavfError::Foreign);
        }
        if got < PREAMBLE_LEN {
            return Err(damaged(format!(
                "truncated: the file ends at byte {got}, inside the preamble"
            )));
        }
        let version = u16::from_le_bytes([preamble[8], preamble[9]]);
        if version > VERSION {
            return Err(SavfError::NewerVersion(version));
        }
        if version == 0 {
            return Err(damaged("format version 0 does not exist"));
        }
        r.version = version;
        r.checker.version = version;
        let flags = u16::from_le_bytes([preamble[10], preamble[11]]);
        if flags != 0 {
            return Err(damaged(format!(
                "unknown flags {flags:#06x} in the preamble"
            )));
        }
        let (kind, payload) = r.frame()?;
        if kind != KIND_HEADER {
            return Err(damaged("the first record is not the save header"));
        }
        Ok((r, payload))
    }

    /// Bytes consumed so far.
    pub fn position(&self) -> u64 {
        self.position
    }

    /// Reads into `buf` until it is full or the input ends; returns the bytes read.
    fn fill(&mut self, buf: &mut [u8]) -> Result<usize, SavfError> {
        let mut got = 0;
        while got < buf.len() {
            match self.inner.read(&mut buf[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(SavfError::Io(e.to_string())),
            }
        }
        self.hasher.update(&buf[..got]);
        self.position += got as u64;
        Ok(got)
    }

    fn exact(&mut self, buf: &mut [u8], what: &str) -> Result<(), SavfError> {
        let start = self.position;
        if self.fill(buf)? < buf.len() {
            return Err(damaged(format!(
                "truncated: the file ends at byte {} inside {what} that starts at byte {start}",
                self.position
            )));
        }
        Ok(())
    }

    /// Reads one framed record (not the trailer's hash).
    fn frame(&mut self) -> Result<RawRecord, SavfError> {
        let mut payload = Vec::new();
        let kind = self.frame_into(&mut payload)?;
        Ok((kind, payload))
    }

    /// Reads one framed record into `payload` (its buffer reused); returns its kind.
    fn frame_into(&mut self, payload: &mut Vec<u8>) -> Result<u8, SavfError> {
        let mut head = [0u8; 5];
        let start = self.position;
        self.exact(&mut head, "a record header")?;
        let kind = head[0];
        let len = u32::from_le_bytes([head[1], head[2], head[3], head[4]]);
        if !matches!(
            kind,
            KIND_HEADER | KIND_PROFILE | KIND_FUNCTION_DEFAULT | KIND_TRAILER
        ) {
            return Err(damaged(format!(
                "unknown record kind {kind:#04x} at byte {start}"
            )));
        }
        if kind == KIND_TRAILER {
            let expected = if self.version < FIRST_AUTHENTICATED_VERSION {
                TRAILER_LEN_V1
            } else {
                TRAILER_LEN
            };
            if len != expected {
                return Err(damaged(format!(
                    "trailer at byte {start} has length {len}, not {expected}"
                )));
            }
            payload.clear();
            return Ok(kind);
        }
        if len > MAX_PAYLOAD {
            return Err(damaged(format!(
                "record at byte {start} declares {len} bytes, more than the format allows"
            )));
        }
        payload.clear();
        payload.resize(len as usize, 0);
        self.exact(payload, "a record")?;
        Ok(kind)
    }

    /// The next record with its framing checked but not decoded; None once the trailer has
    /// been read and the count and checksum verified.
    pub fn next_raw(&mut self) -> Result<Option<RawRecord>, SavfError> {
        let mut payload = Vec::new();
        Ok(self.next_into(&mut payload)?.map(|kind| (kind, payload)))
    }

    /// [`Reader::next_raw`] into `payload` (its buffer reused); returns the record's kind.
    fn next_into(&mut self, payload: &mut Vec<u8>) -> Result<Option<u8>, SavfError> {
        if self.finished {
            return Ok(None);
        }
        let kind = self.frame_into(payload)?;
        match kind {
            KIND_TRAILER => {
                self.finish()?;
                Ok(None)
            }
            KIND_HEADER => Err(damaged(format!(
                "a second save header at byte {}",
                self.position
            ))),
            _ => {
                self.records += 1;
                Ok(Some(kind))
            }
        }
    }

    fn finish(&mut self) -> Result<(), SavfError> {
        let mut count = [0u8; 8];
        self.exact(&mut count, "the trailer")?;
        let expected = std::mem::take(&mut self.hasher).finalize();
        let mut stored = [0u8; 32];
        let start = self.position;
        let got = read_up_to(&mut self.inner, &mut stored)?;
        self.position += got as u64;
        if got < stored.len() {
            return Err(damaged(format!("truncated: the file ends at byte {} inside the checksum that starts at byte {start}", self.position)));
        }
        if expected.as_slice() != stored {
            return Err(damaged("the SHA-256 checksum does not match the contents (the file was changed or corrupted)"));
        }
        let count = u64::from_le_bytes(count);
        if count != self.records {
            return Err(damaged(format!(
                "the trailer counts {count} records but the file holds {}",
                self.records
            )));
        }
        if self.version >= FIRST_AUTHENTICATED_VERSION {
            let mut tag = [0u8; 32];
            let start = self.position;
            let got = read_up_to(&mut self.inner, &mut tag)?;
            self.position += got as u64;
            if got < tag.len() {
                return Err(damaged(format!("truncated: the file ends at byte {} inside the authentication code that starts at byte {start}", self.position)));
            }
            if self.origin == Origin::ThisSystem {
                // A store with no secret never wrote an authenticated save: one that names
                // it was made elsewhere.
                let authentic = self
                    .key
                    .as_ref()
                    .is_some_and(|key| key.mac(&expected).verify_slice(&tag).is_ok());
                if !authentic {
                    return Err(SavfError::Tampered);
                }
            }
        }
        let mut extra = [0u8; 1];
        if read_up_to(&mut self.inner, &mut extra)? != 0 {
            return Err(damaged(format!(
                "data after the trailer at byte {}",
                self.position
            )));
        }
        self.finished = true;
        Ok(())
    }

    /// The next record, decoded and checked; None after the verified trailer.
    pub fn next_record(&mut self) -> Result<Option<Record>, SavfError> {
        let mut payload = std::mem::take(&mut self.payload);
        let kind = match self.next_into(&mut payload) {
            Ok(Some(kind)) => kind,
            end_or_error => {
                self.payload = payload;
                return end_or_error.map(|_| None);
            }
        };
        let decoded = self.decode_record(kind, &payload);
        self.payload = payload;
        match decoded {
            Ok(record) => Ok(Some(record)),
            // A record that does not decode is most often a damaged file: read on to the
            // trailer so that damage is reported as such (checksum) rather than by its
            // symptom in one record.
            Err(e) => loop {
                match self.next_raw() {
                    Ok(Some(_)) => {}
                    Ok(None) => return Err(e),
                    Err(framing) => return Err(framing),
                }
            },
        }
    }

    fn decode_record(&mut self, kind: u8, payload: &[u8]) -> Result<Record, SavfError> {
        self.checker.record(self.records, kind, payload)
    }
}

/// Decodes and checks records in file order: the record number, for messages, and the
/// profiles' order, which must be strictly by name.
struct Checker {
    version: u16,
    last_profile: Option<String>,
}

impl Checker {
    /// Record `n`, of `kind`, decoded and checked.
    fn record(&mut self, n: u64, kind: u8, payload: &[u8]) -> Result<Record, SavfError> {
        match kind {
            KIND_PROFILE => {
                // Field names matched as bytes; anything unexpected goes to serde.
                let p: SavedProfile = match super::quick::profile(payload) {
                    Some(p) => p,
                    None => decode_nth(payload, n)?,
                };
                check_profile(&p, self.version).map_err(|why| {
                    damaged(format!("record {n}: profile {:?}: {why}", short(&p.name)))
                })?;
                if let Some(last) = &mut self.last_profile {
                    if p.name.as_str() <= last.as_str() {
                        return Err(damaged(format!(
                            "record {n}: profile {} is out of order or repeated",
                            p.name
                        )));
                    }
                    last.clear();
                    last.push_str(&p.name);
                } else {
                    self.last_profile = Some(p.name.clone());
                }
                Ok(Record::Profile(Box::new(p)))
            }
            _ => {
                let u: FunctionUsage = decode_nth(payload, n)?;
                check_usage(&u).map_err(|why| damaged(format!("record {n}: {why}")))?;
                Ok(Record::FunctionDefault(u))
            }
        }
    }
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> Result<usize, SavfError> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(SavfError::Io(e.to_string())),
        }
    }
    Ok(got)
}

fn decode<T: serde::de::DeserializeOwned>(payload: &[u8], what: &str) -> Result<T, SavfError> {
    rmp_serde::from_slice(payload).map_err(|e| damaged(format!("{what} does not decode: {e}")))
}

/// [`decode`] for record `n` (the context is only written out for an error).
fn decode_nth<T: serde::de::DeserializeOwned>(payload: &[u8], n: u64) -> Result<T, SavfError> {
    rmp_serde::from_slice(payload).map_err(|e| damaged(format!("record {n} does not decode: {e}")))
}

/// A name cut short for a message (a damaged file may hold anything).
fn short(s: &str) -> String {
    s.chars().take(16).collect()
}

fn decode_header(payload: &[u8]) -> Result<SaveHeader, SavfError> {
    let header: SaveHeader = decode(payload, "the save header")?;
    check_header(&header)?;
    Ok(header)
}

fn check_header(h: &SaveHeader) -> Result<(), SavfError> {
    if h.command != "SAVSECDTA" {
        return Err(damaged(format!(
            "the header names command {:?}, not SAVSECDTA",
            short(&h.command)
        )));
    }
    if h.password_level > 4 || !matches!(h.security_level, 20 | 30 | 40 | 50) {
        return Err(damaged("the header's QPWDLVL or QSECURITY is out of range"));
    }
    if h.system_id.is_empty()
        || h.system_id.len() > 64
        || crate::lang::text::check_free_text(&h.system_id).is_err()
    {
        return Err(damaged("the header's system identity is not valid"));
    }
    Ok(())
}

/// Checks that a saved profile holds only what a store may hold, so a file that was edited
/// and given a fresh checksum still cannot put a malformed profile into the store. The types
/// already refuse an unknown status, user class, special authority, authentication method
/// or expiration interval (the record does not decode); this checks what they cannot say.
fn check_profile(p: &SavedProfile, version: u16) -> Result<(), String> {
    if !crate::lang::names::is_object_name(&p.name, 10) {
        return Err("the name is not a valid profile name".into());
    }
    let mut seen = Vec::new();
    for a in &p.special_authorities {
        if seen.contains(&a) {
            return Err("a special authority is repeated".into());
        }
        seen.push(a);
    }
    let methods_ok = p.authentication_methods == [AuthMethod::None]
        || (!p.authentication_methods.is_empty()
            && p.authentication_methods.len() <= 2
            && !p.authentication_methods.contains(&AuthMethod::None));
    if !methods_ok {
        return Err("the authentication methods are not valid".into());
    }
    if p.totp_optional_interval
        .is_some_and(|m| !(1..=720).contains(&m))
    {
        return Err("the TOTP optional interval is out of range".into());
    }
    if let Some(k) = &p.totp {
        let unknown_ok =
            version >= FIRST_UNKNOWN_VALUES_VERSION && k.key.0.is_empty() && k.recovery.is_none();
        if (k.key.0.is_empty() && !unknown_ok)
            || k.key.0.len() > 64
            || k.recovery.as_ref().is_some_and(|r| !r.valid())
        {
            return Err("the TOTP key or its recovery hash has a size no key can have".into());
        }
    }
    let hashes = &p.passwords;
    if hashes
        .level_01
        .as_ref()
        .is_some_and(|h| !h.valid_in(version))
        || hashes
            .level_4
            .as_ref()
            .is_some_and(|h| !h.valid_in(version))
        || hashes.level_23.len() > 4
        || !hashes.level_23.iter().all(|h| h.valid_in(version))
        || hashes.changed_at_level > 4
    {
        return Err("the password hashes are not valid".into());
    }
    if p.text.chars().count() > 50 {
        return Err("the text is longer than 50 characters".into());
    }
    // The rule every command's free text follows: a restored text cannot spoof a display.
    if let Err(c) = crate::lang::text::check_free_text(&p.text) {
        return Err(format!("the text: {c}"));
    }
    if p.function_usage.len() > 64 {
        return Err("too many function usage entries".into());
    }
    for u in &p.function_usage {
        check_usage(u)?;
    }
    Ok(())
}

fn check_usage(u: &FunctionUsage) -> Result<(), String> {
    let id_ok = !u.function_id.is_empty()
        && u.function_id.len() <= 30
        && u.function_id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if !id_ok {
        return Err("a function ID is not valid".into());
    }
    if !matches!(u.usage.as_str(), "*ALLOWED" | "*DENIED") {
        return Err("a function usage is not *ALLOWED or *DENIED".into());
    }
    Ok(())
}

/// What a whole save file holds (for tests, the fuzz target and small tools; commands
/// stream with [`Reader`] instead).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveContents {
    /// The save header.
    pub header: SaveHeader,
    /// Profiles in name order.
    pub profiles: Vec<SavedProfile>,
    /// Function defaults.
    pub function_defaults: Vec<FunctionUsage>,
}

/// What [`verify`] found in a sound save file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The save header.
    pub header: SaveHeader,
    /// Profiles on the save.
    pub profiles: u64,
    /// Bytes in the file.
    pub bytes: u64,
}

/// Reads a whole save file, calling `sink` with each record, and reports the first problem.
/// When a record does not decode, reading goes on to the trailer so that a damaged file is
/// reported as such (checksum mismatch) rather than by the symptom in one record.
pub fn scan<R: Read>(input: R, mut sink: impl FnMut(Record)) -> Result<Summary, SavfError> {
    let (mut reader, payload) = Reader::open_raw(input, None)?;
    let header = decode_header(&payload);
    let mut first_problem: Option<SavfError> = header.as_ref().err().cloned();
    let mut profiles = 0;
    while let Some((kind, payload)) = reader.next_raw()? {
        if first_problem.is_some() {
            continue;
        }
        match reader.decode_record(kind, &payload) {
            Ok(record) => {
                if matches!(record, Record::Profile(_)) {
                    profiles += 1;
                }
                sink(record);
            }
            Err(e) => first_problem = Some(e),
        }
    }
    match (first_problem, header) {
        (Some(e), _) | (None, Err(e)) => Err(e),
        (None, Ok(header)) => Ok(Summary {
            header,
            profiles,
            bytes: reader.position(),
        }),
    }
}

/// Verifies a whole save file without keeping its records: framing, every record, the count
/// and the checksum. Memory stays flat in the size of the file.
pub fn verify<R: Read>(input: R) -> Result<Summary, SavfError> {
    scan(input, |_| {})
}

/// Reads a whole save file held in memory. A pure function that never panics, whatever the
/// bytes: the entry point of the fuzz target.
pub fn read_all(bytes: &[u8]) -> Result<SaveContents, SavfError> {
    let mut profiles = Vec::new();
    let mut function_defaults = Vec::new();
    let summary = scan(bytes, |r| match r {
        Record::Profile(p) => profiles.push(*p),
        Record::FunctionDefault(u) => function_defaults.push(u),
    })?;
    Ok(SaveContents {
        header: summary.header,
        profiles,
        function_defaults,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> SaveHeader {
        SaveHeader {
            command: "SAVSECDTA".into(),
            system_id: "00112233445566778899aabbccddeeff".into(),
            password_level: 0,
            security_level: 40,
            saved_at: 1_700_000_000,
            saved_by: "QSECOFR".into(),
            producer: "qsy test".into(),
            kdf: KdfSettings::default(),
        }
    }

    fn profile(name: &str) -> SavedProfile {
        SavedProfile {
            name: name.into(),
            status: Status::Enabled,
            user_class: UserClass::User,
            special_authorities: vec![SpecialAuthority::SavSys],
            passwords: SavedPasswords::default(),
            password_expired: false,
            password_changed: Some(1),
            password_expiration_interval: ExpirationInterval::SysVal,
            text: "t".into(),
            authentication_methods: vec![AuthMethod::None],
            totp_optional_interval: None,
            totp: None,
            ibm_supplied: false,
            not_changeable: false,
            created: 0,
            function_usage: vec![FunctionUsage {
                function_id: "QIBM_RUN_UNDER_USER_NO_AUTH".into(),
                usage: "*DENIED".into(),
            }],
        }
    }

    /// The secret of the test system that [`header`] names.
    fn key() -> SaveKey {
        SaveKey::from_bytes(&[7; KEY_LEN]).unwrap()
    }

    /// The system [`header`] names, with its secret.
    fn this_system() -> ThisSystem {
        ThisSystem {
            system_id: header().system_id,
            key: Some(key()),
        }
    }

    /// Reads a whole file as the system [`header`] names: the origin, or the error.
    fn read_here(bytes: &[u8], this: &ThisSystem) -> Result<Origin, SavfError> {
        let (mut r, _) = Reader::open(bytes, Some(this))?;
        while r.next_record()?.is_some() {}
        Ok(r.origin())
    }

    /// A valid file with `n` profiles.
    pub(crate) fn sample(n: usize) -> Vec<u8> {
        let mut w = Writer::new(Vec::new(), &header(), &key()).unwrap();
        w.function_default(&FunctionUsage {
            function_id: "QIBM_RUN_UNDER_USER_NO_AUTH".into(),
            usage: "*ALLOWED".into(),
        })
        .unwrap();
        for i in 0..n {
            w.profile(&profile(&format!("U{i:05}"))).unwrap();
        }
        w.finish().unwrap()
    }

    #[test]
    fn round_trip() {
        let bytes = sample(3);
        let c = read_all(&bytes).unwrap();
        assert_eq!(c.header, header());
        assert_eq!(c.profiles.len(), 3);
        assert_eq!(c.profiles[1], profile("U00001"));
        assert_eq!(c.function_defaults.len(), 1);
        let s = verify(bytes.as_slice()).unwrap();
        assert_eq!((s.profiles, s.bytes), (3, bytes.len() as u64));
    }

    #[test]
    fn refuses_empty_foreign_newer_truncated_and_tampered_files() {
        assert_eq!(read_all(&[]), Err(SavfError::Empty));
        assert_eq!(read_all(b"PK\x03\x04 a zip file"), Err(SavfError::Foreign));
        let good = sample(2);
        let mut newer = good.clone();
        newer[8] = (VERSION + 1) as u8;
        assert_eq!(read_all(&newer), Err(SavfError::NewerVersion(VERSION + 1)));
        for cut in [
            9,
            PREAMBLE_LEN,
            20,
            good.len() / 2,
            good.len() - 65,
            good.len() - 33,
            good.len() - 1,
        ] {
            assert!(
                matches!(read_all(&good[..cut]), Err(SavfError::Damaged(_))),
                "cut at {cut}"
            );
        }
        let mut flipped = good.clone();
        let i = good.len() - 92;
        flipped[i] ^= 0x01;
        match read_all(&flipped) {
            Err(SavfError::Damaged(why)) => assert!(why.contains("checksum"), "{why}"),
            other => panic!("flipped byte accepted: {other:?}"),
        }
        let mut longer = good.clone();
        longer.push(0);
        assert!(matches!(read_all(&longer), Err(SavfError::Damaged(_))));
    }

    #[test]
    fn debug_never_shows_hashes_or_keys() {
        let mut p = profile("A");
        p.passwords.level_4 = Some(SavedHash {
            salt: Bytes(vec![7; 16]),
            hash: Bytes(vec![0xAB; 64]),
        });
        p.totp = Some(SavedTotp {
            key: Bytes(b"SECRETKEYSECRETKEY!!".to_vec()),
            changed: 1,
            recovery: None,
        });
        let shown = format!("{p:?}");
        assert!(
            shown.contains("<64 bytes>") && shown.contains("<20 bytes>"),
            "{shown}"
        );
        assert!(
            !shown.contains("171") && !shown.contains("83, 69"),
            "{shown}"
        );
    }

    #[test]
    fn hashes_and_keys_round_trip_to_the_store_form() {
        let hashes = PasswordHashes {
            level_01: Some(SaltedHash {
                salt: [1; 16],
                hash: vec![2; 32],
            }),
            level_23: vec![SaltedHash {
                salt: [3; 16],
                hash: vec![4; 20],
            }],
            level_4: None,
            changed_at_level: 2,
        };
        assert_eq!(SavedPasswords::from(hashes.clone()).into_hashes(), hashes);
        let key = TotpKey {
            key: vec![9; 20],
            changed: 5,
            recovery: Some(RecoveryHash {
                salt: [6; 16],
                hash: vec![8; 32],
            }),
        };
        assert_eq!(SavedTotp::from(key.clone()).into_key(), key);
    }

    /// A save file written before the profile fields were typed (the fuzz seed, saved by an
    /// earlier qsy) reads into the typed records, and writing them again gives the same bytes.
    #[test]
    fn a_save_file_written_with_string_fields_reads_and_rewrites_byte_for_byte() {
        let old: &[u8] = include_bytes!("../../fuzz/seeds/savf_reader/seed-1.savf");
        let c = read_all(old).expect("the old save file reads");
        let qsecofr = c
            .profiles
            .iter()
            .find(|p| p.name == "QSECOFR")
            .expect("QSECOFR is on the save");
        assert_eq!(qsecofr.user_class, UserClass::SecOfr);
        assert_eq!(qsecofr.special_authorities, SpecialAuthority::ALL);
        // A version 1 save has no authentication code: it cannot be verified anywhere.
        let here = ThisSystem {
            system_id: c.header.system_id.clone(),
            key: Some(key()),
        };
        assert_eq!(read_here(old, &here), Ok(Origin::Unauthenticated));
        // Written again (as the current version), every record is the same bytes; only the version,
        // the trailer's length and what follows the count change.
        let mut w = Writer::new(Vec::new(), &c.header, &key()).unwrap();
        for d in &c.function_defaults {
            w.function_default(d).unwrap();
        }
        for p in &c.profiles {
            w.profile(p).unwrap();
        }
        let new = w.finish().unwrap();
        let records = PREAMBLE_LEN..old.len() - 45;
        assert!(
            new[records.clone()] == old[records],
            "the rewritten records differ"
        );
        assert_eq!(new.len(), old.len() + 32);
        assert_eq!((old[8], new[8]), (1, VERSION as u8));
        assert_eq!(read_all(&new).unwrap(), c);
    }

    /// A save names the system that wrote it and carries an HMAC under that system's
    /// secret: verified there, foreign elsewhere, and refused there when it was edited and
    /// given a fresh checksum, or written with another secret.
    #[test]
    fn saves_are_authenticated_for_the_system_that_wrote_them() {
        let good = sample(2);
        assert_eq!(read_here(&good, &this_system()), Ok(Origin::ThisSystem));
        let elsewhere = ThisSystem {
            system_id: "ffeeddccbbaa99887766554433221100".into(),
            key: Some(SaveKey::from_bytes(&[9; KEY_LEN]).unwrap()),
        };
        assert_eq!(read_here(&good, &elsewhere), Ok(Origin::OtherSystem));
        assert!(Origin::OtherSystem.is_foreign() && Origin::Unauthenticated.is_foreign());
        // Written with another secret, naming this system: tampered.
        let forger = SaveKey::from_bytes(&[8; KEY_LEN]).unwrap();
        let mut w = Writer::new(Vec::new(), &header(), &forger).unwrap();
        let mut boss = profile("BOSS");
        boss.special_authorities = SpecialAuthority::ALL.to_vec();
        w.profile(&boss).unwrap();
        let forged = w.finish().unwrap();
        assert!(read_all(&forged).is_ok(), "its checksum is sound");
        assert_eq!(read_here(&forged, &this_system()), Err(SavfError::Tampered));
        // A store with no secret yet never wrote an authenticated save.
        let keyless = ThisSystem {
            system_id: header().system_id,
            key: None,
        };
        assert_eq!(read_here(&good, &keyless), Err(SavfError::Tampered));
        // Every bit of the authentication code matters.
        for i in good.len() - 32..good.len() {
            let mut m = good.clone();
            m[i] ^= 0x10;
            assert_eq!(
                read_here(&m, &this_system()),
                Err(SavfError::Tampered),
                "byte {i}"
            );
        }
    }

    #[test]
    fn debug_never_shows_the_save_key() {
        let shown = format!("{:?} {:?}", key(), this_system());
        assert!(!shown.contains("7, 7") && !shown.contains("[7"), "{shown}");
        assert!(shown.contains("SaveKey(<secret>)"), "{shown}");
    }

    #[test]
    fn refuses_a_text_with_control_characters_even_with_a_good_checksum() {
        for text in ["Ann\x1b[2J", "Ann\r", "x\u{9b}"] {
            let mut p = profile("A");
            p.text = text.into();
            let mut w = Writer::new(Vec::new(), &header(), &key()).unwrap();
            w.profile(&p).unwrap();
            let bytes = w.finish().unwrap();
            assert!(
                matches!(read_all(&bytes), Err(SavfError::Damaged(why)) if why.contains("control character")),
                "{text:?} accepted"
            );
        }
    }

    #[test]
    fn refuses_profiles_out_of_order_even_with_a_good_checksum() {
        let mut w = Writer::new(Vec::new(), &header(), &key()).unwrap();
        w.profile(&profile("B")).unwrap();
        w.profile(&profile("A")).unwrap();
        let bytes = w.finish().unwrap();
        assert!(matches!(read_all(&bytes), Err(SavfError::Damaged(why)) if why.contains("order")));
    }

    #[test]
    fn refuses_a_bad_profile_even_with_a_good_checksum() {
        let mut bad = profile("A");
        bad.name = "../../X".into();
        let mut w = Writer::new(Vec::new(), &header(), &key()).unwrap();
        w.profile(&bad).unwrap();
        let bytes = w.finish().unwrap();
        assert!(matches!(read_all(&bytes), Err(SavfError::Damaged(_))));
    }

    #[test]
    fn refuses_a_special_value_no_type_knows_even_with_a_good_checksum() {
        for (good, bad) in [
            ("*ENABLED", "*ENABLEX"),
            ("*USER", "*BOSS"),
            ("*SAVSYS", "*SAVALL"),
            ("*SYSVAL", "*SYSVAX"),
            ("*NONE", "*NOPE"),
        ] {
            // A short MessagePack string is one byte, 0xa0 | length, then the text.
            let fixstr = |t: &str| [&[0xa0 | t.len() as u8][..], t.as_bytes()].concat();
            let (good, bad) = (fixstr(good), fixstr(bad));
            let payload = encode(&profile("A"));
            let at = payload
                .windows(good.len())
                .position(|w| w == good)
                .expect("the value is in the record");
            let edited = [&payload[..at], &bad[..], &payload[at + good.len()..]].concat();
            let mut w = Writer::new(Vec::new(), &header(), &key()).unwrap();
            w.frame(KIND_PROFILE, &edited).unwrap();
            w.records += 1;
            let bytes = w.finish().unwrap();
            assert!(
                matches!(read_all(&bytes), Err(SavfError::Damaged(why)) if why.contains("does not decode")),
                "{:?} accepted",
                String::from_utf8_lossy(&bad)
            );
        }
    }

    /// Every truncation and many single-byte mutations of a valid file: the reader returns
    /// an error and never panics (the fuzz target's property, run in the ordinary test suite).
    #[test]
    fn mutated_files_never_panic_and_are_refused() {
        let good = sample(4);
        assert!(read_all(&good).is_ok());
        for cut in 0..good.len() {
            assert!(
                read_all(&good[..cut]).is_err(),
                "truncation at {cut} accepted"
            );
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for i in 0..good.len() {
            for bit in 0..8 {
                let mut m = good.clone();
                m[i] ^= 1 << bit;
                // The authentication code (the last 32 bytes) can be checked only by the
                // system that holds the secret.
                let refused = if i < good.len() - 32 {
                    read_all(&m).is_err()
                } else {
                    read_here(&m, &this_system()).is_err()
                };
                assert!(refused, "flip of bit {bit} at byte {i} accepted");
            }
        }
        for _ in 0..5_000 {
            let mut m = good.clone();
            for _ in 0..(1 + next() % 8) {
                let at = (next() as usize) % m.len();
                match next() % 4 {
                    0 => m[at] = next() as u8,
                    1 => {
                        m.insert(at, next() as u8);
                    }
                    2 => {
                        m.remove(at);
                    }
                    _ => m[at] = 0xff,
                }
            }
            let _ = read_all(&m);
        }
    }
}
