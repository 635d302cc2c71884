//! SAVSECDTA DEV(*SAVF): save every user profile, with all its password hashes, its TOTP key
//! and its function usage, into a save file (DESIGN §7.10).
//!
//! The store is only read, and the save is streamed: one profile is decoded, converted and
//! written at a time, so memory stays flat however many profiles the system has (DESIGN §9).

use crate::engine::Job;
use crate::lang::defs::savsecdta::{CLEAR, SAVF};
use crate::lang::validate::Args;
use crate::messages::{msg, Failure, QResult};
use crate::savf::format::FunctionUsage;
use crate::savf::{SaveHeader, SavedProfile, Writer};
use crate::security::authority;
use crate::security::profile::{self, Profile};
use crate::store::{decode, Table};
use crate::system::sysval;
use std::collections::BTreeMap;

/// The parameters of SAVSECDTA.
pub struct Params {
    /// SAVF: the save file.
    pub savf: super::SaveFileParam,
    /// CLEAR: whether a save file that holds data may be cleared (anything but `*NONE`).
    pub clear: bool,
}

impl Params {
    /// Reads the parameters from the checked arguments.
    pub fn from_args(args: &Args) -> QResult<Params> {
        Ok(Params {
            savf: super::SaveFileParam::from_args(args, SAVF),
            clear: !args.text(CLEAR)?.eq_ignore_ascii_case("*NONE"),
        })
    }
}

/// Runs SAVSECDTA.
pub fn run(job: &mut Job, params: &Params) -> QResult<()> {
    authority::require_save_system(&job.user_profile()?, "SAVSECDTA")?;
    let savf = params.savf.resolve(job)?;
    let size = savf.require()?;
    if size > 0 && !params.clear {
        return msg::qsy0114(&savf.name, &savf.library).fail();
    }
    // The secret that authenticates the save for this system (made now on a store that has
    // none yet, and committed with the command).
    let key = crate::savf::saving_key(job.tx)?;
    let header = SaveHeader {
        command: "SAVSECDTA".into(),
        system_id: crate::savf::system_id(job.tx)?,
        password_level: sysval::password_level(job.tx)?,
        security_level: sysval::security_level(job.tx)?,
        saved_at: job.now,
        saved_by: job.user.clone(),
        producer: concat!("qsy ", env!("CARGO_PKG_VERSION")).into(),
        kdf: profile::kdf(job.tx)?,
    };
    // Function usage is a small table (only explicit entries are stored): gather it first so
    // each profile record can carry its own entries.
    let mut usage: BTreeMap<String, Vec<FunctionUsage>> = BTreeMap::new();
    let mut defaults = Vec::new();
    job.tx.for_each(Table::FcnUsg, |key, bytes| {
        // Keys are FCNID/USER (security::fcnusg); a user of *DEFAULT is the function's default.
        if let Some((function_id, user)) = key.split_once('/') {
            let entry = FunctionUsage {
                function_id: function_id.to_string(),
                usage: decode(bytes)?,
            };
            if user == "*DEFAULT" {
                defaults.push(entry);
            } else {
                usage.entry(user.to_string()).or_default().push(entry);
            }
        }
        Ok(())
    })?;
    let progress = job.interactive.then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} Saving user profiles: {pos} {per_sec}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });
    let tx = &*job.tx;
    let mut store_failure: Option<Failure> = None;
    let written = savf.replace_with(|out| {
        let mut w = Writer::new(out, &header, &key)?;
        for d in &defaults {
            w.function_default(d)?;
        }
        let mut write_error: Option<std::io::Error> = None;
        let result = tx.for_each(Table::Profile, |_, bytes| {
            let p: Profile = decode(bytes)?;
            let entries = usage.remove(&p.name).unwrap_or_default();
            if let Err(e) = w.profile(&saved(p, entries)) {
                // Stops the scan; the I/O error is reported below.
                let stop = savf.io_failure(&e);
                write_error = Some(e);
                return Err(stop);
            }
            if let Some(bar) = &progress {
                bar.inc(1);
            }
            Ok(())
        });
        if let Some(e) = write_error {
            return Err(e);
        }
        if let Err(f) = result {
            store_failure = Some(f);
            return Err(std::io::Error::other("the store could not be read"));
        }
        let profiles = w.records() - defaults.len() as u64;
        w.finish()?;
        Ok(profiles)
    });
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if let Some(f) = store_failure {
        return Err(f);
    }
    let count = written?;
    job.out.set("profiles_saved", count);
    job.out
        .set("save_file", format!("{}/{}", savf.library, savf.name));
    job.out.set("password_level", header.password_level);
    job.send(msg::qsy0115(&savf.name, &savf.library, count).completion());
    Ok(())
}

/// The saved form of a profile: everything RSTUSRPRF may put back. Sign-on history (previous
/// sign-on, attempts not valid, last TOTP sign-on) describes this system's use of the
/// profile, not the profile, so it is not saved.
fn saved(p: Profile, function_usage: Vec<FunctionUsage>) -> SavedProfile {
    SavedProfile {
        name: p.name,
        status: p.status,
        user_class: p.user_class,
        special_authorities: p.special_authorities,
        passwords: p.passwords.into(),
        password_expired: p.password_expired,
        password_changed: p.password_changed,
        password_expiration_interval: p.password_expiration_interval,
        text: p.text,
        authentication_methods: p.authentication_methods,
        totp_optional_interval: p.totp_optional_interval,
        totp: p.totp.map(Into::into),
        ibm_supplied: p.ibm_supplied,
        not_changeable: p.not_changeable,
        created: p.created,
        function_usage,
    }
}
