//! `qsy import FILE…` (simulator only, DESIGN §12): a simulated system built from the real
//! partition's exported inventory. The store is built in a temporary file beside the target
//! and moved into place only when every row was read; an existing store is replaced only
//! with `--replace`.

use super::{report, Globals};
use crate::messages::{msg, Failure, QResult};
use crate::output::Output;
use crate::security::inventory::{self, Options};
use std::path::PathBuf;

/// Runs `qsy import`.
pub fn run(g: &Globals, matches: &clap::ArgMatches) -> i32 {
    let mut out = Output::default();
    match import(g, matches, &mut out) {
        Ok(()) => {
            out.render(g.format, g.quiet);
            0
        }
        Err(f) => report(g, out, f),
    }
}

fn import(g: &Globals, matches: &clap::ArgMatches, out: &mut Output) -> QResult<()> {
    let files: Vec<PathBuf> = matches
        .get_many::<String>("file")
        .into_iter()
        .flatten()
        .map(PathBuf::from)
        .collect();
    let replace = matches.get_flag("replace");
    let target = g.system.clone();
    let shown = target.display().to_string();
    if std::fs::symlink_metadata(&target).is_ok() && !replace {
        return msg::qsy0840(&shown).fail();
    }
    let mut options = Options::default();
    if let Some(since) = matches.get_one::<String>("level23-since") {
        options.level23_since = Some(inventory::parse_timestamp(since).ok_or_else(|| {
            Failure::from(msg::qsy0018(format!(
                "--level23-since {since}: expected a date such as 2024-03-01 or a timestamp"
            )))
        })?);
    }
    if let Some(file) = matches.get_one::<String>("rehearsal-passwords") {
        options.rehearsal = inventory::read_rehearsal_passwords(std::path::Path::new(file))?;
        options.rehearsal_file = file.clone();
    }
    let tmp = target.with_extension(format!("import{}", std::process::id()));
    crate::store::files::remove_stale(&tmp)
        .map_err(|e| Failure::from(msg::qsy0020(&shown, format!("{}: {e}", tmp.display()))))?;
    let built =
        crate::engine::build_store(&tmp, |tx, now| inventory::import(tx, &files, &options, now));
    let result = built.and_then(|r| {
        std::fs::rename(&tmp, &target)
            .map_err(|e| Failure::from(msg::qsy0020(&shown, e)))
            .map(|()| r)
    });
    let r = match result {
        Ok(r) => r,
        Err(f) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(f);
        }
    };
    for m in r.messages() {
        out.send(m);
    }
    out.send(msg::qsy0843(r.profiles_imported, files.len(), &shown).completion());
    if let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(&r) {
        for (k, v) in fields {
            out.set(&k, v);
        }
    }
    Ok(())
}
