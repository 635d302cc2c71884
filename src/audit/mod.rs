//! The audit journal QAUDJRN (DESIGN §7.11): entries with IBM's entry types, stored in the
//! store in sequence. No password, key, code or recovery key is ever passed in here: entries
//! carry names, flags and violation types only.

use crate::messages::QResult;
use crate::store::{decode, encode, Tx};
use serde::{Deserialize, Serialize};

/// One journal entry (the JSON of DSPJRN, DESIGN §4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Sequence number (given when read back).
    #[serde(default)]
    pub sequence: u64,
    /// RFC 3339 time of the job clock.
    pub timestamp: String,
    /// IBM entry type: CP, DO, SV, PW, DS, and the simulator's IP (IPL).
    pub entry_type: String,
    /// The job user.
    pub user_profile: String,
    /// The profile or system value concerned.
    pub object: String,
    /// PW only: P, U, Q, R or T.
    #[serde(default)]
    pub violation_type: Option<String>,
    /// What happened, without secrets (command, changed fields).
    pub detail: String,
    /// The user of the job that submitted the job that wrote the entry (SBMJOB); None for
    /// any other job. (Last, so that older records decode.)
    #[serde(default)]
    pub submitter: Option<String>,
}

/// Writes an entry as part of the current command.
pub fn write(
    tx: &mut Tx,
    now: i64,
    entry_type: &str,
    job_user: &str,
    object: &str,
    violation_type: Option<&str>,
    detail: impl Into<String>,
) -> QResult<()> {
    write_submitted(
        tx,
        now,
        entry_type,
        (job_user, None),
        object,
        violation_type,
        detail,
    )
}

/// Writes an entry as part of the current command, for a job whose user is `job.0` and
/// that was submitted by `job.1` (None: not a submitted job).
pub fn write_submitted(
    tx: &mut Tx,
    now: i64,
    entry_type: &str,
    job: (&str, Option<&str>),
    object: &str,
    violation_type: Option<&str>,
    detail: impl Into<String>,
) -> QResult<()> {
    tx.stage_audit(encode_entry(
        now,
        entry_type,
        job,
        object,
        violation_type,
        detail,
    ))
}

/// An entry encoded as the journal stores it, for [`write_submitted`] or a command that
/// appends its entries itself ([`crate::store::Bulk::audit`]).
pub fn encode_entry(
    now: i64,
    entry_type: &str,
    job: (&str, Option<&str>),
    object: &str,
    violation_type: Option<&str>,
    detail: impl Into<String>,
) -> Vec<u8> {
    let (job_user, submitter) = job;
    encode(&Entry {
        sequence: 0,
        timestamp: crate::clock::rfc3339(now),
        entry_type: entry_type.to_string(),
        user_profile: job_user.to_string(),
        object: object.to_string(),
        violation_type: violation_type.map(str::to_string),
        detail: detail.into(),
        submitter: submitter.map(str::to_string),
    })
}

/// Every entry in sequence order.
pub fn read_all(tx: &Tx) -> QResult<Vec<Entry>> {
    tx.audit_entries()?
        .into_iter()
        .map(|(seq, bytes)| {
            let mut e: Entry = decode(&bytes)?;
            e.sequence = seq;
            Ok(e)
        })
        .collect()
}
