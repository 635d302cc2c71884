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
    let detail = detail.into();
    let timestamp = timestamp(now);
    let entry = EntryRef {
        sequence: 0,
        timestamp: &timestamp,
        entry_type,
        user_profile: job_user,
        object,
        violation_type,
        detail: &detail,
        submitter,
    };
    encode(&entry)
}

/// The RFC 3339 text of `now`, made once per second of job time: a script's commands
/// mostly run in the same second, and each writes an entry.
fn timestamp(now: i64) -> std::rc::Rc<str> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(i64, std::rc::Rc<str>)>> =
            const { std::cell::RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| match last {
        Some((secs, text)) if *secs == now => text.clone(),
        _ => {
            let text: std::rc::Rc<str> = crate::clock::rfc3339(now).into();
            *last = Some((now, text.clone()));
            text
        }
    })
}

/// An [`Entry`] to be written, borrowing its text: the same fields in the same order, so
/// it encodes to the same record without copying each field first (a script writes one
/// entry per command, DESIGN §9).
#[derive(Serialize)]
struct EntryRef<'a> {
    sequence: u64,
    timestamp: &'a str,
    entry_type: &'a str,
    user_profile: &'a str,
    object: &'a str,
    violation_type: Option<&'a str>,
    detail: &'a str,
    submitter: Option<&'a str>,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The borrowed form written encodes to exactly the record [`Entry`] reads back.
    #[test]
    fn entry_ref_encodes_as_entry() {
        for (violation, submitter) in [(None, None), (Some("P"), Some("QSECOFR"))] {
            let entry = Entry {
                sequence: 0,
                timestamp: "2026-11-28T22:00:00Z".into(),
                entry_type: "CP".into(),
                user_profile: "QSECOFR".into(),
                object: "JSMITH".into(),
                violation_type: violation.map(str::to_string),
                detail: "CHG; TEXT".into(),
                submitter: submitter.map(str::to_string),
            };
            let borrowed = EntryRef {
                sequence: 0,
                timestamp: &entry.timestamp,
                entry_type: &entry.entry_type,
                user_profile: &entry.user_profile,
                object: &entry.object,
                violation_type: violation,
                detail: &entry.detail,
                submitter,
            };
            assert_eq!(encode(&borrowed), encode(&entry));
        }
    }
}
