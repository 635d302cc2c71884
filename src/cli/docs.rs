//! Generated documentation: man pages (clap_mangen) and shell completions (clap_complete),
//! both from the command definitions. `qsy generate-docs DIR` writes them; a test fails when
//! the checked-in `man/` and `completions/` are stale.

use super::shell;
use crate::lang::defs::COMMANDS;
use clap_complete::Shell;
use std::path::Path;

/// Every generated file: (relative path, contents).
pub fn files() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let top = shell::top_command();
    let mut page = Vec::new();
    clap_mangen::Man::new(top.clone())
        .render(&mut page)
        .expect("render man page");
    out.push(("man/qsy.1".to_string(), page));
    for def in COMMANDS.iter() {
        let cmd = shell::command(def).name(format!("qsy-{}", def.name().to_lowercase()));
        let mut page = Vec::new();
        clap_mangen::Man::new(cmd)
            .render(&mut page)
            .expect("render man page");
        out.push((format!("man/qsy-{}.1", def.name().to_lowercase()), page));
    }
    for t in shell::tool_commands() {
        let name = t.get_name().to_string();
        // A tool's own subcommands (qsy dst reset-qsecofr) get their pages too: the tool's
        // page names them.
        for sub in t.get_subcommands() {
            let full = format!("qsy-{name}-{}", sub.get_name());
            let mut page = Vec::new();
            clap_mangen::Man::new(sub.clone().name(full.clone()))
                .render(&mut page)
                .expect("render man page");
            out.push((format!("man/{full}.1"), page));
        }
        let mut page = Vec::new();
        clap_mangen::Man::new(t.name(format!("qsy-{name}")))
            .render(&mut page)
            .expect("render man page");
        out.push((format!("man/qsy-{name}.1"), page));
    }
    for (shell, file) in [
        (Shell::Bash, "qsy.bash"),
        (Shell::Zsh, "_qsy"),
        (Shell::Fish, "qsy.fish"),
        (Shell::Elvish, "qsy.elv"),
        (Shell::PowerShell, "_qsy.ps1"),
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut shell::completion_command(), "qsy", &mut buf);
        out.push((format!("completions/{file}"), buf));
    }
    out
}

/// Writes every generated file under `dir`.
pub fn generate(dir: &Path) -> std::io::Result<usize> {
    let files = files();
    for (rel, bytes) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(files.len())
}
