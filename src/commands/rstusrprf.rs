//! RSTUSRPRF DEV(*SAVF): restore user profiles from a save file written by SAVSECDTA, on this
//! system or another one (DESIGN §7.10, IBM's "Restoring user profiles").
//!
//! The restore is one command, so all or nothing: every change goes into the job's
//! transaction while the file is read, and the trailer's count and checksum are verified
//! before the command can succeed; a file that turns out damaged part way drops everything.
//! (As its own job a restore makes the checks that need none of the save's records on a
//! read-only open first ([`precheck`]: authority, the save file, its preamble and header), so
//! such a refusal leaves the store file byte-for-byte as it was; then it reads, verifies,
//! decodes and applies the save in one pass on a read-write open in write-through mode:
//! redb's uncommitted write transaction holds the changes, within a bounded cache, not qsy's
//! memory, and anything found wrong on the way or at the trailer drops that whole
//! transaction. Inside a script it is one more command of the script's transaction.)

use crate::audit;
use crate::engine::Job;
use crate::lang::defs::rstusrprf::{OMITUSRPRF, SAVF, SECDTA, USRPRF};
use crate::lang::validate::Args;
use crate::messages::{msg, Message, MsgType, QResult};
use crate::savf::format::SaveHeader;
use crate::savf::{Origin, Reader, Record, SaveFile, SavedProfile, SavfError};
use crate::security::password::{self, KdfSettings, PasswordHashes};
use crate::security::profile::{self, Profile, SpecialAuthority};
use crate::security::{authority, fcnusg, policy};
use crate::store::{Bulk, Table};
use crate::system::sysval;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::BufReader;

/// Read buffer for save files: large enough that reading costs little next to decoding.
const READ_BUFFER: usize = 256 * 1024;

/// Which profiles on the save USRPRF asks for.
pub enum Selection {
    /// `*ALL`: every profile, with passwords and TOTP keys.
    All,
    /// `*NEW`: the profiles this system does not have.
    New,
    /// The profiles named.
    Named(BTreeSet<String>),
}

/// What SECDTA asks for besides the profiles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecurityData {
    /// `*USRPRF`: the profiles only.
    Profiles,
    /// `*PWDGRP`: their passwords and TOTP keys too.
    Passwords,
    /// A value qsy does not implement (`*DCM`, `*PVTAUT`), upper case.
    Other(String),
}

/// The parameters of RSTUSRPRF (DEV can only be *SAVF; ALWOBJDIF changes nothing in qsy).
pub struct Params {
    /// USRPRF.
    pub selection: Selection,
    /// OMITUSRPRF: profiles left out.
    pub omit: BTreeSet<String>,
    /// SAVF: the save file.
    pub savf: super::SaveFileParam,
    /// SECDTA.
    pub secdta: SecurityData,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        let users = args.strings(USRPRF);
        Ok(Params {
            selection: match users.first().map(String::as_str) {
                None | Some("*ALL") => Selection::All,
                Some("*NEW") => Selection::New,
                Some(_) => Selection::Named(users.into_iter().collect()),
            },
            omit: args
                .strings(OMITUSRPRF)
                .into_iter()
                .filter(|n| n != "*NONE")
                .collect(),
            savf: super::SaveFileParam::from_args(args, SAVF),
            secdta: match args.text(SECDTA)?.to_ascii_uppercase().as_str() {
                "*USRPRF" => SecurityData::Profiles,
                "*PWDGRP" => SecurityData::Passwords,
                other => SecurityData::Other(other.to_string()),
            },
        })
    }
}

/// What the restore needs to know about the save and this system.
struct Context<'a> {
    selection: &'a Selection,
    omit: &'a BTreeSet<String>,
    /// Passwords and TOTP keys come from the save: USRPRF(*ALL) or SECDTA(*PWDGRP).
    passwords_from_save: bool,
    save_level: u8,
    save_kdf: KdfSettings,
    level: u8,
    security: u8,
    kdf: KdfSettings,
    /// The save cannot be verified as this system's own (another system's, or written
    /// before saves were authenticated): IBM's rules for a save from another system apply,
    /// and a profile already here keeps its sign-on data unless SECDTA(*PWDGRP).
    foreign: bool,
    /// SECDTA(*PWDGRP).
    pwdgrp: bool,
}

/// The outcome, profile by profile.
#[derive(Default)]
struct Outcome {
    restored: Vec<Value>,
    not_restored: Vec<Value>,
    password_none: Vec<Value>,
    allobj_removed: Vec<Value>,
    found: BTreeSet<String>,
    /// Per-profile messages, sent only when the whole file has been verified.
    messages: Vec<Message>,
}

/// The job user's authority to restore what `params` asks for.
fn check_authority(job: &mut Job, params: &Params) -> QResult<()> {
    let me = job.user_profile()?;
    authority::require_save_system(&me, "RSTUSRPRF")?;
    match &params.secdta {
        SecurityData::Profiles => Ok(()),
        SecurityData::Passwords => {
            authority::require_security_officer(&me, "RSTUSRPRF SECDTA(*PWDGRP)")
        }
        SecurityData::Other(other) => msg::qsy0126(other).fail(),
    }
}

/// What can refuse a restore without reading the save's records: the authority, the save
/// file (missing, not a regular file), and its preamble and header (empty, not a save file,
/// a newer format, a damaged header). The engine runs this on a read-only open first, so
/// such a refusal leaves the store file byte-for-byte as it was, and then runs [`run`] on a
/// read-write open: a restore always writes, so the records are read, verified and applied
/// in that one pass (issue 19), and a problem found there (a damaged or edited record, a
/// wrong count, checksum or authentication code, a file cut short) drops the whole write
/// transaction — nothing is committed.
pub fn precheck(job: &mut Job, params: &Params) -> QResult<()> {
    check_authority(job, params)?;
    let savf = params.savf.resolve(job)?;
    savf.require()?;
    let file = savf.open()?;
    let this = crate::savf::this_system(job.tx)?;
    Reader::open(BufReader::with_capacity(PREAMBLE_READ, file), Some(&this))
        .map_err(|e| savf.read_error(e))?;
    Ok(())
}

/// Read buffer for [`precheck`], which reads only the preamble and the header.
const PREAMBLE_READ: usize = 4096;

/// Runs RSTUSRPRF.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    check_authority(job, params)?;
    let (selection, omit) = (&params.selection, &params.omit);
    let savf = params.savf.resolve(job)?;
    let size = savf.require()?;
    let file = savf.open()?;
    let this = crate::savf::this_system(job.tx)?;
    let (reader, header) = Reader::open(BufReader::with_capacity(READ_BUFFER, file), Some(&this))
        .map_err(|e| savf.read_error(e))?;
    let origin = reader.origin();
    let ctx = Context {
        passwords_from_save: matches!(selection, Selection::All)
            || params.secdta == SecurityData::Passwords,
        selection,
        omit,
        save_level: header.password_level,
        save_kdf: header.kdf,
        level: sysval::password_level(job.tx)?,
        security: sysval::security_level(job.tx)?,
        kdf: profile::kdf(job.tx)?,
        foreign: origin.is_foreign(),
        pwdgrp: params.secdta == SecurityData::Passwords,
    };
    let progress = job.interactive.then(|| {
        let bar = indicatif::ProgressBar::new(size);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} Restoring user profiles",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut outcome = Outcome::default();
    let by = JobInfo {
        now: job.now,
        user: job.user.clone(),
        submitter: job.submitter.clone(),
    };
    let version = reader.version();
    // The save is read, verified and decoded on a second thread while this one restores
    // what it has decoded, a batch at a time (a few hundred records in flight: memory stays
    // flat). In its own job the restore writes straight into redb's write transaction (see
    // Tx::bulk); in a script's transaction it stages as every command does.
    // Onto a new system most profiles are proven absent from the store (Absent), and the
    // reading thread also makes them ready to be written.
    let (send, batches) = std::sync::mpsc::sync_channel::<Batch>(BATCHES_IN_FLIGHT);
    let result = std::thread::scope(|scope| {
        job.tx.bulk(|b| {
            let absent = Absent::new(b)?;
            let (ctx, by) = (&ctx, &by);
            scope.spawn(move || read_batches(reader, absent, ctx, by, send));
            let mut verified = false;
            for batch in batches {
                let (records, position, end) = batch.map_err(|e| savf.read_error(e))?;
                verified = end;
                for record in records {
                    match record {
                        Item::FunctionDefault(u) => {
                            // Function registration is system-wide: only a restore of all
                            // profiles brings the defaults back (IBM restores usage
                            // information with *ALL).
                            if matches!(ctx.selection, Selection::All) {
                                set_usage(b, &u.function_id, "*DEFAULT", &u.usage)?;
                            }
                        }
                        Item::Profile(p) => restore_one(b, ctx, by, *p, &mut outcome)?,
                        Item::Fresh(f) => restore_fresh(b, ctx, *f, &mut outcome)?,
                    }
                }
                if let Some(bar) = &progress {
                    bar.set_position(position);
                }
            }
            if !verified {
                // The reading thread stopped without an error and before the trailer.
                return Err(savf
                    .read_error(SavfError::Io("the reading thread stopped".into()))
                    .into());
            }
            Ok(())
        })
    });
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    // A failure here drops every staged change: nothing of a damaged file is restored.
    result?;
    if let Selection::Named(names) = &ctx.selection {
        let missing: Vec<String> = names
            .difference(&outcome.found)
            .filter(|n| !ctx.omit.iter().any(|o| super::dspusrprf::matches(o, n)))
            .cloned()
            .collect();
        for name in missing {
            not_restored(&mut outcome, &name, "it is not on the save");
        }
    }
    if ctx.foreign {
        let reason = match origin {
            Origin::Unauthenticated => format!(
                "format version {} from before saves were authenticated",
                version
            ),
            _ => format!("saved on system {}", header.system_id),
        };
        outcome.messages.insert(
            0,
            msg::qsy0129(&savf.name, &savf.library, reason).diagnostic(),
        );
    }
    report(job, &savf, &header, origin, outcome)
}

/// Records of the save, decoded and checked, with the position reached in the file and
/// whether the trailer (count, checksum, authentication code) has been verified: only the
/// last batch says so. Or why the file cannot be read.
type Batch = Result<(Vec<Item>, u64, bool), SavfError>;

/// A record of the save as the restoring thread gets it.
enum Item {
    /// A function's default usage.
    FunctionDefault(crate::savf::format::FunctionUsage),
    /// A profile, to be restored against what the store holds.
    Profile(Box<SavedProfile>),
    /// A profile proven absent from the store, made ready to be written.
    Fresh(Box<Fresh>),
}

/// Records in one [`Batch`].
const BATCH_RECORDS: usize = 256;

/// Batches the reading thread may be ahead by.
const BATCHES_IN_FLIGHT: usize = 4;

/// Reads the save to its verified end, sending its records in batches, the profiles
/// [`Absent`] proves new made ready; stops early when the restore stops taking them (it
/// failed).
fn read_batches<R: std::io::Read>(
    mut reader: Reader<R>,
    mut absent: Absent,
    ctx: &Context,
    by: &JobInfo,
    send: std::sync::mpsc::SyncSender<Batch>,
) {
    let mut records = Vec::with_capacity(BATCH_RECORDS);
    loop {
        match reader.next_record() {
            Ok(Some(record)) => {
                records.push(match record {
                    Record::FunctionDefault(u) => Item::FunctionDefault(u),
                    // Every profile is checked, in the order the restoring thread takes
                    // them: the proof rests on that order.
                    Record::Profile(p) if absent.check(&p.name) => {
                        Item::Fresh(Box::new(Fresh::new(ctx, by, *p)))
                    }
                    Record::Profile(p) => Item::Profile(p),
                });
                if records.len() < BATCH_RECORDS {
                    continue;
                }
                let full = std::mem::replace(&mut records, Vec::with_capacity(BATCH_RECORDS));
                if send.send(Ok((full, reader.position(), false))).is_err() {
                    return;
                }
            }
            Ok(None) => {
                // The trailer is verified: the last batch may be applied.
                let _ = send.send(Ok((records, reader.position(), true)));
                return;
            }
            Err(e) => {
                let _ = send.send(Err(e));
                return;
            }
        }
    }
}

/// Most profiles restored onto a new system are not there yet: this proves it without a
/// read of the store per profile and per function (issue 19). A profile `N` and its function
/// usage (keys `FUNCTION/N`) are written during a restore only when `N` itself is restored
/// (function defaults are keys `FUNCTION/*DEFAULT`), so when every profile restored so far
/// came in strictly increasing name order (SAVSECDTA writes them so, and the reader refuses
/// a save that does not; checked again here) `N` has not been written yet, and the store
/// holds for it what it held when the restore began: nothing, if `N` was not among the
/// profiles then and no function usage then was `N`'s. The names present then are held only
/// when there are few (a new system's); over a full system every profile is read, as before.
struct Absent {
    /// The profile names and the users of function usage in the store when the restore
    /// began; None when there were too many to hold (no proof: every profile is read).
    before: Option<std::collections::HashSet<String>>,
    /// The last profile name [`Absent::check`] was asked about ("" before the first).
    last: String,
    /// Every name asked about so far came in strictly increasing order.
    ascending: bool,
}

/// The most profile names and function usage entries [`Absent`] holds.
const ABSENT_AT_MOST: usize = 4096;

impl Absent {
    fn new(b: &mut Bulk) -> QResult<Absent> {
        let mut before = None;
        if let Some(profiles) = b.keys_at_most(Table::Profile, ABSENT_AT_MOST)? {
            if let Some(usage) = b.keys_at_most(Table::FcnUsg, ABSENT_AT_MOST)? {
                let mut names: std::collections::HashSet<String> = profiles.into_iter().collect();
                // The user is what follows the last '/'; a user named with a '/' is never
                // proven absent (see check), so this over-approximates safely.
                names.extend(
                    usage
                        .into_iter()
                        .map(|k| k.rsplit('/').next().unwrap_or_default().to_string()),
                );
                before = Some(names);
            }
        }
        Ok(Absent {
            before,
            last: String::new(),
            ascending: true,
        })
    }

    /// Called for each profile before anything of it is read or written, in the order
    /// restored: whether the store is proven to hold no profile `name` and no function usage
    /// of `name` now.
    fn check(&mut self, name: &str) -> bool {
        let Some(before) = &self.before else {
            return false;
        };
        // The empty name comes first: a profile named "" is never proven absent.
        self.ascending &= self.last.as_str() < name;
        self.last.clear();
        self.last.push_str(name);
        self.ascending && !name.contains('/') && !name.starts_with('*') && !before.contains(name)
    }
}

/// The job a restore runs in, for its journal entries and clock.
struct JobInfo {
    now: i64,
    user: String,
    submitter: Option<String>,
}

/// Sets `user`'s usage of `function_id`, unless it is already that.
fn set_usage(b: &mut Bulk, function_id: &str, user: &str, usage: &str) -> QResult<()> {
    let key = fcnusg::key(function_id, user);
    let value = crate::store::encode(&usage);
    if b.get_raw(Table::FcnUsg, &key)?.as_deref() != Some(value.as_slice()) {
        b.put_raw(Table::FcnUsg, &key, &value)?;
    }
    Ok(())
}

/// Which of the save's profiles USRPRF selects, given whether the profile is here already:
/// None to pass it over, else whether it was named (a named _NC profile is reported).
fn selected(ctx: &Context, name: &str, exists: bool, outcome: &mut Outcome) -> Option<bool> {
    match &ctx.selection {
        Selection::All => Some(false),
        Selection::New if exists => None,
        Selection::New => Some(false),
        Selection::Named(names) if names.contains(name) => {
            outcome.found.insert(name.to_string());
            Some(true)
        }
        Selection::Named(names) if names.iter().any(|n| super::dspusrprf::matches(n, name)) => {
            // A generic name (J*): every profile it matches; the pattern is found.
            for n in names.iter().filter(|n| super::dspusrprf::matches(n, name)) {
                outcome.found.insert(n.clone());
            }
            Some(true)
        }
        Selection::Named(_) => None,
    }
}

/// A profile restored: what the store gets and what the restore reports of it.
struct Made {
    profile: Profile,
    /// The journal entry's flags.
    flags: Vec<&'static str>,
    /// *ALLOBJ was removed (a save from another system, QSECURITY 30 or more).
    allobj_removed: bool,
    /// Why the saved password cannot be used here, when it cannot.
    lost: Option<String>,
    /// A new profile restored individually: password *NONE (CPC3713).
    individually_none: bool,
}

/// The profile `saved` restores over `existing` (None: a new one). Its function usage is
/// the caller's.
fn make(ctx: &Context, by: &JobInfo, saved: SavedProfile, existing: Option<Profile>) -> Made {
    let name = saved.name;
    let is_new = existing.is_none();
    let mut p = existing.unwrap_or_else(|| Profile::new(&name, saved.user_class, saved.created));
    let mut flags: Vec<&'static str> = vec![if is_new { "created" } else { "replaced" }];
    let mut made_allobj_removed = false;
    let mut lost = None;
    let mut individually_none = false;
    // A save this system cannot verify never decides how a profile already here signs on
    // (decision, DESIGN §7.10): its password, TOTP key, status and authentication method
    // stay, unless SECDTA(*PWDGRP) — which needs *ALLOBJ and *SECADM — asks for the saved ones.
    let keeps_signon = ctx.foreign && !is_new && !ctx.pwdgrp;
    if !keeps_signon {
        p.status = saved.status;
        p.authentication_methods = saved.authentication_methods;
        p.totp_optional_interval = saved.totp_optional_interval;
    }
    p.user_class = saved.user_class;
    p.password_expiration_interval = saved.password_expiration_interval;
    p.text = saved.text;
    if is_new {
        p.ibm_supplied = saved.ibm_supplied;
        p.created = saved.created;
    }
    // Special authorities come from the save, in IBM's order. QSECOFR never loses one.
    let keep_all = name == "QSECOFR";
    let held =
        |a: &SpecialAuthority| saved.special_authorities.contains(a) || (keep_all && p.has(*a));
    let mut authorities: Vec<SpecialAuthority> =
        SpecialAuthority::ALL.iter().copied().filter(held).collect();
    if !keep_all
        && ctx.foreign
        && ctx.security >= 30
        && authorities.contains(&SpecialAuthority::AllObj)
    {
        authorities.retain(|a| *a != SpecialAuthority::AllObj);
        made_allobj_removed = true;
        flags.push("*ALLOBJ removed");
    }
    p.special_authorities = authorities;
    if keeps_signon {
        flags.push("password, TOTP key and sign-on settings kept (save from another system)");
    } else if ctx.passwords_from_save {
        let (hashes, why) = usable_hashes(ctx, saved.passwords.into_hashes());
        p.passwords = hashes;
        p.password_expired = saved.password_expired;
        p.password_changed = saved.password_changed;
        p.password_lost_at = None;
        p.totp = saved.totp.map(|k| k.into_key());
        p.last_totp_signon = None;
        flags.push("password and TOTP key restored");
        if why.is_some() {
            flags.push("password *NONE at this QPWDLVL");
        }
        lost = why;
    } else if is_new {
        // IBM: a new profile restored individually gets password *NONE (CPC3713).
        p.passwords = PasswordHashes::default();
        p.password_expired = false;
        p.password_changed = Some(by.now);
        p.password_lost_at = None;
        p.totp = None;
        individually_none = true;
        flags.push("password *NONE");
    } else {
        flags.push("password and TOTP key kept");
    }
    Made {
        profile: p,
        flags,
        allobj_removed: made_allobj_removed,
        lost,
        individually_none,
    }
}

/// What a restored profile adds to the report: its messages, in the order they arise.
fn note(
    outcome: &mut Outcome,
    ctx: &Context,
    name: &str,
    allobj_removed: bool,
    lost: Option<String>,
    individually_none: bool,
) {
    if allobj_removed {
        outcome.allobj_removed.push(Value::from(name));
        outcome
            .messages
            .push(msg::qsy0124(name, ctx.security).diagnostic());
    }
    if let Some(why) = lost {
        outcome.messages.push(msg::qsy0123(name, &why).diagnostic());
        outcome
            .password_none
            .push(json!({ "user_profile": name, "reason": why }));
    }
    if individually_none {
        outcome
            .messages
            .push(msg::cpc3713(name, "*USRPRF").typed(MsgType::Informational));
        outcome.password_none.push(json!({
            "user_profile": name,
            "reason": "restored individually without SECDTA(*PWDGRP)",
        }));
    }
}

/// The journal entry of a restored profile.
fn entry(by: &JobInfo, name: &str, flags: &[&str]) -> Vec<u8> {
    let mut detail = String::with_capacity(64);
    detail.push_str("RST; ");
    for (i, flag) in flags.iter().enumerate() {
        if i > 0 {
            detail.push_str(", ");
        }
        detail.push_str(flag);
    }
    audit::encode_entry(
        by.now,
        "CP",
        (&by.user, by.submitter.as_deref()),
        name,
        None,
        detail,
    )
}

/// A profile proven absent from the store ([`Absent`]), made ready to be written on the
/// reading thread: the restoring thread only selects it and writes these bytes.
struct Fresh {
    name: String,
    not_changeable: bool,
    /// The encoded profile.
    record: Vec<u8>,
    /// Its function usage: (key, encoded usage), as saved.
    usage: Vec<(String, Vec<u8>)>,
    /// Its encoded journal entry.
    audit: Vec<u8>,
    allobj_removed: bool,
    lost: Option<String>,
    individually_none: bool,
}

impl Fresh {
    /// Makes ready what [`restore_one`] would write for `saved` on a store without it.
    fn new(ctx: &Context, by: &JobInfo, mut saved: SavedProfile) -> Fresh {
        let name = saved.name.clone();
        let not_changeable = saved.not_changeable;
        let saved_usage = std::mem::take(&mut saved.function_usage);
        // A function saved twice is set to its first usage, as restore_one does.
        let usage = saved_usage
            .iter()
            .enumerate()
            .filter(|(i, u)| {
                !saved_usage[..*i]
                    .iter()
                    .any(|e| e.function_id == u.function_id)
            })
            .map(|(_, u)| {
                (
                    fcnusg::key(&u.function_id, &name),
                    crate::store::encode(&u.usage),
                )
            })
            .collect();
        let made = make(ctx, by, saved, None);
        Fresh {
            record: crate::store::encode(&made.profile),
            audit: entry(by, &name, &made.flags),
            name,
            not_changeable,
            usage,
            allobj_removed: made.allobj_removed,
            lost: made.lost,
            individually_none: made.individually_none,
        }
    }
}

/// Restores a profile proven absent from the store, if USRPRF and OMITUSRPRF select it:
/// what [`restore_one`] does, without the reads.
fn restore_fresh(b: &mut Bulk, ctx: &Context, f: Fresh, outcome: &mut Outcome) -> QResult<()> {
    if ctx
        .omit
        .iter()
        .any(|o| super::dspusrprf::matches(o, &f.name))
    {
        return Ok(());
    }
    let Some(named) = selected(ctx, &f.name, false, outcome) else {
        return Ok(());
    };
    if f.not_changeable {
        if named {
            not_restored(
                outcome,
                &f.name,
                "IBM-supplied _NC profiles cannot be restored",
            );
        }
        return Ok(());
    }
    note(
        outcome,
        ctx,
        &f.name,
        f.allobj_removed,
        f.lost,
        f.individually_none,
    );
    b.put_raw(Table::Profile, &f.name, &f.record)?;
    for (key, usage) in &f.usage {
        b.put_raw(Table::FcnUsg, key, usage)?;
    }
    b.audit(&f.audit)?;
    outcome.restored.push(Value::from(f.name));
    Ok(())
}

/// Restores one profile from the save, if USRPRF and OMITUSRPRF select it.
fn restore_one(
    b: &mut Bulk,
    ctx: &Context,
    by: &JobInfo,
    mut saved: SavedProfile,
    outcome: &mut Outcome,
) -> QResult<()> {
    let name = saved.name.clone();
    if ctx.omit.iter().any(|o| super::dspusrprf::matches(o, &name)) {
        return Ok(());
    }
    // A raw read and one decode: the store's decoded-record cache would keep a copy of every
    // profile on the save for the rest of the command.
    let before = b.get_raw(Table::Profile, &name)?;
    let existing: Option<Profile> = match &before {
        Some(bytes) => Some(crate::store::decode(bytes)?),
        None => None,
    };
    let Some(named) = selected(ctx, &name, existing.is_some(), outcome) else {
        return Ok(());
    };
    // The _NC profiles belong to the system that ships them and cannot be changed: a restore
    // of all profiles passes over them, and naming one is refused.
    if saved.not_changeable || existing.as_ref().is_some_and(|p| p.not_changeable) {
        if named {
            not_restored(
                outcome,
                &name,
                "IBM-supplied _NC profiles cannot be restored",
            );
        }
        return Ok(());
    }
    let function_usage = std::mem::take(&mut saved.function_usage);
    let made = make(ctx, by, saved, existing);
    note(
        outcome,
        ctx,
        &name,
        made.allobj_removed,
        made.lost,
        made.individually_none,
    );
    // A profile restored as it is here (a restore over the system it was saved on) is not
    // written again.
    let record = crate::store::encode(&made.profile);
    if before.as_deref() != Some(record.as_slice()) {
        b.put_raw(Table::Profile, &name, &record)?;
    }
    // The profile's function usage becomes what was saved: saved entries are set, and an
    // entry this system has that the save does not is cleared back to the default.
    let mut functions: Vec<&str> = function_usage
        .iter()
        .map(|u| u.function_id.as_str())
        .collect();
    if !functions.contains(&fcnusg::RUN_UNDER_USER_NO_AUTH) {
        functions.push(fcnusg::RUN_UNDER_USER_NO_AUTH);
    }
    for function_id in functions {
        match function_usage.iter().find(|u| u.function_id == function_id) {
            Some(u) => set_usage(b, function_id, &name, &u.usage)?,
            None => {
                let key = fcnusg::key(function_id, &name);
                if b.get_raw(Table::FcnUsg, &key)?.is_some() {
                    b.delete(Table::FcnUsg, &key)?;
                }
            }
        }
    }
    b.audit(&entry(by, &name, &made.flags))?;
    outcome.restored.push(Value::from(name));
    Ok(())
}

/// The saved hashes that can be used on this system, and why there is no usable password
/// when a password the save held is lost. Hashes made with other key-derivation settings
/// cannot be verified here; of the rest, the restore keeps what an IPL from the save's
/// QPWDLVL to the current one would keep (DESIGN §7.3).
fn usable_hashes(ctx: &Context, mut hashes: PasswordHashes) -> (PasswordHashes, Option<String>) {
    let had = policy::usable_at(&hashes, ctx.save_level);
    if ctx.save_kdf != ctx.kdf {
        let why = had.then(|| {
            "the save's password hashes were made with other key-derivation settings".to_string()
        });
        return (PasswordHashes::default(), why);
    }
    password::apply_ipl(&mut hashes, ctx.save_level, ctx.level);
    let why = (had && !policy::usable_at(&hashes, ctx.level)).then(|| {
        format!(
            "saved at QPWDLVL {} with no password hash usable at the current QPWDLVL {}",
            ctx.save_level, ctx.level
        )
    });
    (hashes, why)
}

fn not_restored(outcome: &mut Outcome, name: &str, why: &str) {
    outcome.messages.push(msg::qsy0125(name, why).diagnostic());
    outcome
        .not_restored
        .push(json!({ "user_profile": name, "reason": why }));
}

/// Sends the per-profile messages and the counts; a restore that left profiles out ends with
/// an escape message, keeping what was restored (as IBM's restore does).
fn report(
    job: &mut Job,
    savf: &SaveFile,
    header: &SaveHeader,
    origin: Origin,
    outcome: Outcome,
) -> QResult<()> {
    for m in outcome.messages {
        job.send(m);
    }
    let restored = outcome.restored.len().to_string();
    let not_restored = outcome.not_restored.len().to_string();
    job.out.set("profiles_restored", outcome.restored.len());
    job.out
        .set("profiles_not_restored", outcome.not_restored.len());
    job.out
        .set("save_file", format!("{}/{}", savf.library, savf.name));
    job.out.set("saved_password_level", header.password_level);
    job.out.set(
        "save_origin",
        match origin {
            Origin::ThisSystem => "*THISSYS",
            Origin::OtherSystem => "*OTHERSYS",
            Origin::Unauthenticated => "*UNVERIFIED",
        },
    );
    job.out.set("foreign", origin.is_foreign());
    job.out.set("restored_profiles", outcome.restored);
    job.out.set("not_restored_profiles", outcome.not_restored);
    // Who cannot sign on after the restore: said at the end, not only counted.
    let none: Vec<String> = outcome
        .password_none
        .iter()
        .filter_map(|v| v["user_profile"].as_str().map(str::to_string))
        .collect();
    job.out.set("password_none_profiles", outcome.password_none);
    job.out
        .set("allobj_removed_profiles", outcome.allobj_removed);
    if !none.is_empty() {
        job.send(msg::qsy0669(none.len(), none.join(" ")).diagnostic());
    }
    if not_restored != "0" {
        // What was restored stays restored (IBM: CPF3775 after the profiles it could).
        job.tx.keep_staged()?;
        return msg::cpf3775(&restored, &not_restored).fail();
    }
    job.send(msg::cpc3705(&restored).completion());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Absent;

    /// Only a name not in the store when the restore began, coming after every name before
    /// it, is proven absent; once a name comes out of order (a duplicate included) nothing
    /// more is, and a name with '/' or a leading '*' (which could share a function usage
    /// key with another) never is, nor anything when the store held too many names.
    #[test]
    fn only_new_names_in_increasing_order_are_proven_absent() {
        let here = |names: &[&str]| Absent {
            before: Some(names.iter().map(|n| n.to_string()).collect()),
            last: String::new(),
            ascending: true,
        };
        let mut a = here(&["QSECOFR", "U2"]);
        assert!(a.check("U1"));
        assert!(!a.check("U2"), "in the store before");
        assert!(a.check("U3"));
        assert!(
            !a.check("U3"),
            "a repeated name was written by its first copy"
        );
        assert!(
            !a.check("U4"),
            "after a name out of order nothing is proven"
        );
        let mut a = here(&[]);
        assert!(!a.check("*DEFAULT"));
        assert!(!a.check("A/B"));
        assert!(a.check("B"));
        let mut full = Absent {
            before: None,
            last: String::new(),
            ascending: true,
        };
        assert!(!full.check("U1"));
    }
}
