//! The batch CL interpreter (`qsy run`, DESIGN §5).

/// Runs `qsy run` (not built yet in this slice).
pub fn run_cli(g: &crate::cli::Globals, _matches: &clap::ArgMatches) -> i32 {
    crate::cli::report(g, crate::output::Output::default(), crate::messages::Failure::new("QSY0012", &["RUN", "batch scripts are not built yet"]))
}
