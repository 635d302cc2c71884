//! The `qsy` binary: multi-call dispatch on argv[0] (DESIGN §2).

fn main() {
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // A panic ends the process from the hook itself, so the outcome is the same whether the
    // build unwinds or aborts on panic (release builds abort: smaller code, faster start-up).
    // redb may panic on a store damaged in ways its checks do not catch: that is a store that
    // cannot be opened (exit 3, DESIGN §4), not a Rust backtrace. Nothing was committed: a
    // write transaction that is not committed leaves the store as it was.
    std::panic::set_hook(Box::new(|info| {
        let in_store = info.location().is_some_and(|l| l.file().contains("redb"));
        let text = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        // A closed standard output is not an error (`qsy … | head`), wherever the write
        // that met it was: exit quietly with success, as ripgrep does.
        let code = if text.starts_with("failed printing to stdout") && text.contains("Broken pipe")
        {
            0
        } else if in_store {
            eprintln!("{}", qsy::messages::msg::qsy0026(&text));
            3
        } else {
            eprintln!("{}", qsy::messages::msg::qsy0025(&text));
            70
        };
        // The end of the job, a failed one too: its QTEMP library goes.
        qsy::savf::library::end_qtemp();
        std::process::exit(code);
    }));
    let code = qsy::cli::main(argv);
    // The end of the job: its QTEMP library goes.
    qsy::savf::library::end_qtemp();
    std::process::exit(code);
}
