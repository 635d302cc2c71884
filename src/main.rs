//! The `qsy` binary: multi-call dispatch on argv[0] (DESIGN §2).

use std::sync::{Arc, Mutex};

fn main() {
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // redb may panic on a store damaged in ways its checks do not catch: report that as a
    // store that cannot be opened (exit 3) instead of a Rust backtrace.
    let origin: Arc<Mutex<Option<(String, bool)>>> = Arc::default();
    let seen = Arc::clone(&origin);
    std::panic::set_hook(Box::new(move |info| {
        let in_store = info.location().is_some_and(|l| l.file().contains("redb"));
        let text = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if let Ok(mut slot) = seen.lock() {
            *slot = Some((text, in_store));
        }
    }));
    let code = match std::panic::catch_unwind(|| qsy::cli::main(argv)) {
        Ok(code) => code,
        Err(_) => {
            let (text, in_store) = origin
                .lock()
                .ok()
                .and_then(|s| s.clone())
                .unwrap_or_default();
            // A closed standard output is not an error (`qsy … | head`), wherever the
            // write that met it was: exit quietly with success, as ripgrep does.
            if text.starts_with("failed printing to stdout") && text.contains("Broken pipe") {
                0
            } else if in_store {
                eprintln!("{}", qsy::messages::msg::qsy0026(&text));
                3
            } else {
                eprintln!("{}", qsy::messages::msg::qsy0025(&text));
                70
            }
        }
    };
    // The end of the job: its QTEMP library goes.
    qsy::savf::library::end_qtemp();
    std::process::exit(code);
}
