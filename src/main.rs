//! The `qsy` binary: multi-call dispatch on argv[0] (DESIGN §2).

fn main() {
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    std::process::exit(qsy::cli::main(argv));
}
