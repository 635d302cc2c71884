//! The checked-in man pages and completions must match what the command definitions
//! generate now (`qsy generate-docs .` refreshes them).

#[test]
fn man_pages_and_completions_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for (rel, bytes) in qsy::cli::docs::files() {
        match std::fs::read(root.join(&rel)) {
            Ok(on_disk) if on_disk == bytes => {}
            Ok(_) => stale.push(format!("{rel} (differs)")),
            Err(_) => stale.push(format!("{rel} (missing)")),
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files; run `cargo run -- generate-docs .`: {stale:?}"
    );
}

#[test]
fn every_command_has_a_man_page() {
    for def in qsy::lang::defs::COMMANDS {
        let page = format!("man/qsy-{}.1", def.name.to_lowercase());
        let text =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&page))
                .unwrap_or_default();
        for p in def.params {
            assert!(
                text.contains(&p.keyword.to_lowercase()),
                "{page} does not document {}",
                p.keyword
            );
        }
    }
}
