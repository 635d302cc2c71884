//! The engine: the one place where a command runs as a job (DESIGN §6, §8).
//!
//! Every front end — the command line, CL scripts, SBMJOB, and later the 5250 and web
//! servers — reaches commands only through [`Session::run_command`] (a command as its own
//! job, against the store file) or [`run_command`] (inside a transaction a script or a
//! submitting job already holds). Both go through the same steps in the same order: the
//! power state, authentication when credentials were given, the job-user checks, then the
//! command; and [`job`] is the only function that builds a [`Job`].
//!
//! Store creation (the shipped state of §7.1) lives here too, so every front end creates a
//! new system the same way.

pub mod ipl;
pub mod job;
pub mod signon;

pub use job::Job;

use crate::lang::defs::CommandDef;
use crate::lang::validate::Args;
use crate::messages::{msg, Failure, QResult};
use crate::output::Output;
use crate::store::{Changes, Store, Tx};
use std::path::PathBuf;

/// A command qsy implements: its definition and its behaviour.
#[derive(Clone, Copy)]
pub struct Command {
    /// The definition from `commands/<NAME>.yaml`.
    pub def: &'static CommandDef,
    /// What it does, on typed parameters, inside a job.
    pub run: fn(&mut Job, &Args) -> QResult<()>,
    /// For a command that always writes, and may write much: its validation, which reads
    /// and checks everything the command would (authority, parameters, its input file) and
    /// writes nothing. As its own job without credentials, such a command is validated on a
    /// read-only open, then run on a read-write open in write-through mode
    /// ([`Session::run_command`]).
    pub write_first: Option<fn(&mut Job, &Args) -> QResult<()>>,
}

/// What a job was given to prove who it runs as.
#[derive(Clone, Copy, Debug)]
pub enum Credentials<'a> {
    /// Nothing: the job runs under its user without authentication (a job the system
    /// starts), subject to QIBM_RUN_UNDER_USER_NO_AUTH (§7.9).
    None,
    /// A password as typed (maybe `password:code`): the job signs on first, as SIGNON does.
    Password(&'a str),
    /// QSECOFR's password as typed at the console (`qsy console`): the job signs on as
    /// SIGNON does — password, and the additional factor when it applies — except that
    /// QSECOFR may sign on, and run, while it is *DISABLED (IBM's QMAXSGNACN page). Only
    /// QSECOFR signs on this way.
    Console(&'a str),
}

/// A job that has started: its user, and whether it proved who it is. Only
/// [`start_job`] makes one, so a command never runs in a job whose start was not checked.
#[derive(Clone, Debug)]
pub struct JobUser {
    name: String,
    authenticated: bool,
    at_console: bool,
    /// The job's CCSID (CHGJOB CCSID), 37 unless changed.
    ccsid: u32,
}

impl JobUser {
    /// The job's CCSID.
    pub fn ccsid(&self) -> u32 {
        self.ccsid
    }

    /// Changes the job's CCSID (CHGJOB CCSID): what the commands the job runs after it see.
    pub fn set_ccsid(&mut self, ccsid: u32) {
        self.ccsid = ccsid;
    }
}

/// One simulated system as a front end sees it: the store file and the terminal.
#[derive(Clone, Debug)]
pub struct Session {
    /// The store file (save files live beside it).
    pub system: PathBuf,
    /// Standard input and output are a terminal (prompts, QR codes, progress bars).
    pub interactive: bool,
    /// The user of the job that submitted the jobs of this session (SBMJOB); None for jobs
    /// a front end starts.
    pub submitter: Option<String>,
    /// Set when an open through this session created the store (see
    /// [`Session::created_store`]); shared by the session's clones.
    created: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// How often a command is run again when another process changed the store between its
/// read-only run and the write.
const MAX_ATTEMPTS: usize = 50;

impl Session {
    /// A session on the store at `system`.
    pub fn new(system: PathBuf, interactive: bool) -> Self {
        Session {
            system,
            interactive,
            submitter: None,
            created: Default::default(),
        }
    }

    /// The same session for jobs that `user` submits (SBMJOB): their journal entries
    /// record it.
    pub fn submitted_by(mut self, user: &str) -> Self {
        self.submitter = Some(user.to_string());
        self
    }

    /// Opens the store, creating it in the shipped state when it does not exist.
    pub fn open_store(&self, write: bool) -> QResult<Store> {
        let store = Store::open(&self.system, write, init_store)?;
        if store.created() {
            self.created
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(store)
    }

    /// Whether this session created its store (a new system in the shipped state), so a
    /// front end can say so: creating a system is never silent (DESIGN §2).
    pub fn created_store(&self) -> bool {
        self.created.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Runs `command` as its own job against the store and keeps its changes when it
    /// succeeded (or when its failure is a security event that must be recorded).
    ///
    /// The command first runs on a read-only open; only if it changed something is the
    /// store opened for writing and the changes applied there, if nobody wrote in between
    /// (else it runs again). A refused command so leaves the store file byte-identical, and
    /// display commands never take the write lock.
    ///
    /// The sign-on's security events (a not-valid attempt's count and PW entry, a consumed
    /// recovery key, the reset of the count) are committed on their own, before and apart
    /// from the command's change set, so a failing command cannot take them back.
    ///
    /// Fail closed (DESIGN §6): when the changes cannot be committed (a full disk, a lost
    /// lock), `out` goes back to what it held before — no success message, no data from the
    /// read-only run, no refusal either (a wrong password and a right one look the same) —
    /// and the store failure is returned.
    pub fn run_command(
        &self,
        user: &str,
        credentials: Credentials,
        command: Command,
        args: &Args,
        out: &mut Output,
    ) -> QResult<()> {
        if let (Some(precheck), Credentials::None) = (command.write_first, credentials) {
            return self.run_write_first(user, precheck, command, args, out);
        }
        let before = std::mem::take(out);
        for _ in 0..MAX_ATTEMPTS {
            *out = before.clone();
            let store = self.open_store(false)?;
            let mut tx = store.begin()?;
            let generation = tx.generation()?;
            let result = run_command(&mut tx, self, user, credentials, command, args, out);
            tx.end_command(result.is_ok())?;
            let (security, changes) = tx.into_split();
            drop(store);
            if security.is_empty() && changes.is_empty() {
                return result;
            }
            match self.write(generation, security, changes) {
                Ok(true) => return result,
                Ok(false) => continue,
                Err(failure) => {
                    *out = before;
                    return Err(failure);
                }
            }
        }
        *out = before;
        msg::qsy0024(
            self.system.display(),
            "other processes kept changing the store; try again",
        )
        .fail()
    }

    /// [`Session::run_command`] for a command that always writes ([`Command::write_first`]),
    /// in a job that does not sign on. First `precheck` runs on a read-only open: what it
    /// refuses (no authority, no save file, a foreign or empty one) leaves the store file
    /// byte-for-byte as it was, as on the general path. Then the command runs on a
    /// read-write open, with its changes held by redb's write transaction
    /// ([`Tx::write_through`]) instead of in qsy's memory. Still all or nothing: a command
    /// that fails there (a save file found damaged part way or at its end, a store error)
    /// has its transaction dropped, except what it kept with [`Tx::keep_staged`] (a partial
    /// restore), so the store's records and journal stay as they were (redb's read-write
    /// open may still have marked the file); and when the commit fails, `out` goes back to
    /// what it held before (fail closed).
    fn run_write_first(
        &self,
        user: &str,
        precheck: fn(&mut Job, &Args) -> QResult<()>,
        command: Command,
        args: &Args,
        out: &mut Output,
    ) -> QResult<()> {
        let before = out.clone();
        {
            let store = self.open_store(false)?;
            let mut tx = store.begin()?;
            let mut scratch = before.clone();
            let checked = start_job(
                &mut tx,
                self,
                user,
                Credentials::None,
                false,
                false,
                &mut scratch,
            )
            .and_then(|job_user| {
                let now = system_now(&mut tx, None)?;
                let mut job = job(&mut tx, self, &job_user, now, &mut scratch);
                job.require_powered_up()?;
                precheck(&mut job, args)
            });
            if let Err(f) = checked {
                *out = scratch;
                return Err(f);
            }
        }
        let store = self.open_store(true)?;
        let mut tx = store.begin()?;
        let job_user = start_job(
            &mut tx,
            self,
            user,
            Credentials::None,
            command.def.before_signon,
            command.def.allow_expired_password,
            out,
        )?;
        tx.write_through();
        let result = run_in_job(&mut tx, self, &job_user, command, args, out);
        if result.is_err() && tx.spilled() {
            // Part of the failed command is in redb's transaction: drop all of it.
            drop(tx);
            return result;
        }
        tx.end_command(result.is_ok())?;
        if let Err(f) = tx.commit(true) {
            *out = before;
            return Err(f);
        }
        result
    }

    /// Writes what a command's read-only run kept: the security events first, committed
    /// durably on their own, then the command's change set. False when another process
    /// wrote since `generation` (nothing is written then; the command runs again).
    fn write(&self, generation: u64, security: Changes, changes: Changes) -> QResult<bool> {
        let store = self.open_store(true)?;
        let mut w = store.begin()?;
        if w.generation()? != generation {
            return Ok(false);
        }
        if !security.is_empty() {
            w.apply(security)?;
            w.commit(true)?;
            if changes.is_empty() {
                return Ok(true);
            }
            w = store.begin()?;
        }
        w.apply(changes)?;
        // Durable when the close returns: redb's close commits durably (its allocator state)
        // and so makes this commit durable with it. A durable commit here would flush the
        // file once more for the same guarantee (issue 19: a password change as a process).
        w.commit(false)?;
        store.close()?;
        Ok(true)
    }

    /// Runs `f` on a write transaction and commits it durably when it succeeds: for the
    /// simulator's own tools (`qsy ipl`, `qsy dst`, `qsy sst`), which stand for the
    /// console and need no job.
    pub fn with_console<T>(
        &self,
        f: impl FnOnce(&mut Tx, i64, &mut Output) -> QResult<T>,
        out: &mut Output,
    ) -> QResult<T> {
        let store = self.open_store(true)?;
        let mut tx = store.begin()?;
        let now = system_now(&mut tx, Some(out))?;
        let value = f(&mut tx, now, out)?;
        tx.end_command(true)?;
        tx.commit(true)?;
        Ok(value)
    }
}

impl Session {
    /// Runs `f` on a read-only transaction of the store (created in the shipped state when
    /// missing): for the simulator's reports (`qsy readiness`), which need no job.
    pub fn with_read<T>(&self, f: impl FnOnce(&Tx) -> QResult<T>) -> QResult<T> {
        let store = self.open_store(false)?;
        let tx = store.begin()?;
        f(&tx)
    }
}

/// Builds a new store at `path` (which must not exist) for `qsy import`: the shipped system
/// values and identity but no profiles, then `f` fills it in one write transaction, committed
/// durably only when `f` succeeds. The caller moves the file into place; on failure it
/// deletes it, so nothing half-built is ever seen as a store.
pub fn build_store<T>(
    path: &std::path::Path,
    f: impl FnOnce(&mut Tx, i64) -> QResult<T>,
) -> QResult<T> {
    let store = Store::open(path, true, init_system)?;
    let mut tx = store.begin()?;
    let now = system_now(&mut tx, None)?;
    let value = f(&mut tx, now)?;
    tx.end_command(true)?;
    tx.commit(true)?;
    Ok(value)
}

/// The simulated system's time for a job in `tx` (DESIGN §6), the one place it is worked
/// out: the job clock (`QSY_CLOCK` or the real time), or the latest time the store has seen
/// when the job clock is behind it — the system's time never goes backwards. The time is
/// noted in `tx`, so the changes the job keeps move the store's latest time on.
///
/// With `out`, a `QSY_CLOCK` behind the system's time is reported (QSY0053, a diagnostic):
/// it does not turn the clock back.
pub fn system_now(tx: &mut Tx, out: Option<&mut Output>) -> QResult<i64> {
    let clock = crate::clock::job_clock()?;
    let latest = tx.latest_time()?;
    if let Some(out) = out.filter(|_| clock.from_env && clock.secs < latest) {
        out.send(
            msg::qsy0053(
                crate::clock::rfc3339(clock.secs),
                crate::clock::rfc3339(latest),
            )
            .diagnostic(),
        );
    }
    let now = crate::clock::system_time(clock.secs, latest);
    tx.note_time(now);
    Ok(now)
}

/// Builds the job a command sees. The only place a [`Job`] is made.
fn job<'a>(
    tx: &'a mut Tx,
    session: &Session,
    user: &JobUser,
    now: i64,
    out: &'a mut Output,
) -> Job<'a> {
    Job {
        tx,
        now,
        user: user.name.clone(),
        authenticated: user.authenticated,
        at_console: user.at_console,
        ccsid: user.ccsid,
        out,
        submitter: session.submitter.clone(),
        system: session.system.clone(),
        interactive: session.interactive,
    }
}

/// Starts a job under `user` inside `tx`: the system must be up; with credentials the job
/// signs on first (exactly as SIGNON, `allow_expired` for the change-password display);
/// then the job user must be able to run jobs, unless the command stands for the sign-on
/// screen (`before_signon`), which runs before any user's job exists.
///
/// The sign-on's security events are recorded by [`signon`] whatever happens next
/// ([`Tx::keep_security_event`]); the caller ends the command with
/// `end_command(result.is_ok())` and, in a script, commits them before going on.
pub fn start_job(
    tx: &mut Tx,
    session: &Session,
    user: &str,
    credentials: Credentials,
    before_signon: bool,
    allow_expired: bool,
    out: &mut Output,
) -> QResult<JobUser> {
    let now = system_now(tx, Some(out))?;
    let at_console = matches!(credentials, Credentials::Console(_));
    if at_console && user != signon::CONSOLE_USER {
        return msg::qsy0054(user).fail();
    }
    let mut started = JobUser {
        name: user.to_string(),
        authenticated: false,
        at_console,
        ccsid: crate::lang::ccsid::DEFAULT,
    };
    let mut job = job(tx, session, &started, now, out);
    let result = (|| {
        job.require_powered_up()?;
        match credentials {
            Credentials::Password(password) | Credentials::Console(password) => {
                let disabled = at_console
                    && crate::security::profile::get(job.tx, user)?.is_some_and(|p| p.disabled());
                signon::authenticate_job(&mut job, password, allow_expired)?;
                if at_console && disabled {
                    job.send(msg::qsy0056(user).info());
                }
            }
            Credentials::None => {}
        }
        // At the console QSECOFR runs even while *DISABLED (it signed on above).
        if !before_signon && !at_console {
            job.check_job_user()?;
        }
        Ok(())
    })();
    started.authenticated = job.authenticated;
    result.map(|()| started)
}

/// Runs `command` in a job that has started: the system must still be up (a script may
/// have powered it down).
pub fn run_in_job(
    tx: &mut Tx,
    session: &Session,
    user: &JobUser,
    command: Command,
    args: &Args,
    out: &mut Output,
) -> QResult<()> {
    let now = system_now(tx, None)?;
    let mut job = job(tx, session, user, now, out);
    job.require_powered_up()?;
    (command.run)(&mut job, args)
}

/// Runs `f` in a job that has started, as [`run_in_job`] runs a command: for a program a
/// script calls (an IBM API qsy simulates), whose parameters are values passed, not a
/// command's checked arguments.
pub fn run_in_job_with<T>(
    tx: &mut Tx,
    session: &Session,
    user: &JobUser,
    out: &mut Output,
    f: impl FnOnce(&mut Job) -> QResult<T>,
) -> QResult<T> {
    let now = system_now(tx, None)?;
    let mut job = job(tx, session, user, now, out);
    job.require_powered_up()?;
    f(&mut job)
}

/// Runs `command` as a new job under `user` inside `tx` (a single command, or SBMJOB's
/// submitted job): [`start_job`], then [`run_in_job`].
pub fn run_command(
    tx: &mut Tx,
    session: &Session,
    user: &str,
    credentials: Credentials,
    command: Command,
    args: &Args,
    out: &mut Output,
) -> QResult<()> {
    let job_user = start_job(
        tx,
        session,
        user,
        credentials,
        command.def.before_signon,
        command.def.allow_expired_password,
        out,
    )?;
    run_in_job(tx, session, &job_user, command, args, out)
}

/// Creates a new store's shipped state (DESIGN §7.1).
pub fn init_store(tx: &mut Tx) -> QResult<()> {
    init_system(tx)?;
    let now = tx.latest_time()?;
    let kdf = crate::security::profile::kdf(tx)?;
    for p in crate::security::profile::shipped(now, &kdf) {
        crate::security::profile::put(tx, &p)?;
    }
    Ok(())
}

/// A new store's identity, clock and key-derivation settings, without profiles.
fn init_system(tx: &mut Tx) -> QResult<()> {
    let now = crate::clock::now()?;
    tx.put(crate::store::Table::Meta, crate::store::LATEST_TIME, &now)?;
    let kdf = crate::security::password::KdfSettings::default();
    tx.put(crate::store::Table::Meta, "kdf", &kdf)?;
    let mut id = [0u8; 16];
    getrandom::getrandom(&mut id).map_err(|e| Failure::from(msg::qsy0024("(new store)", e)))?;
    let hex: String = id.iter().map(|b| format!("{b:02x}")).collect();
    tx.put(crate::store::Table::Meta, "system_id", &hex)?;
    Ok(())
}
