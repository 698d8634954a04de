//! pbctl: a kubectl-style CLI for PocketBase control planes and NATS decentralized auth.
//!
//! The binary is a thin wrapper around [`run`]. The layers: [`cli`] (clap definitions),
//! [`commands`] (one function per command, returning data), [`output`] (the only code
//! that writes to stdout), [`ui`] (stderr, colors, prompts), [`error`] (one error type,
//! exit codes), [`config`] (contexts, credential store), [`pb`] (PocketBase client).

pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod controlplane;
pub mod docs;
pub mod document;
pub mod error;
pub mod fleet;
pub mod fsutil;
pub mod jwt_store;
pub mod nats;
pub mod output;
pub mod pb;
pub mod session;
pub mod ui;
pub mod yaml;

use clap::Parser;
use error::Error;

/// Parse the command line, run the command, print its output, and return the exit code.
pub fn run() -> u8 {
    clap_complete::CompleteEnv::with_factory(cli::command).complete();
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            if code == 2 && machine_output_requested() {
                let rendered = e.render().to_string();
                let first = rendered.lines().next().unwrap_or_default();
                let message = first.trim_start_matches("error: ").to_string();
                let err = Error::usage(message).hint("see the command's --help");
                eprintln!("{}", err.to_json());
            }
            return code;
        }
    };
    let app = app::App::new(cli.global.clone());
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            app.ui.error(&Error::failed(format!(
                "cannot start the async runtime: {e}"
            )));
            return 1;
        }
    };
    if fleet::request(&app).is_fleet() && !fleet::filters_itself(&cli.command) {
        return fleet::run(&app, &cli.command, &runtime);
    }
    let result = runtime.block_on(async {
        tokio::select! {
            r = commands::run(&app, cli.command) => r,
            _ = tokio::signal::ctrl_c() => Err(Error::interrupted()),
        }
    });
    let result = result.and_then(|output| app.print(&output));
    match result {
        Ok(()) => 0,
        Err(e) if e.kind == error::ErrorKind::BrokenPipe => 0,
        Err(mut e) => {
            if let Some(name) = app.explicit_context() {
                name_context_in_login_hints(&mut e, &name);
            }
            if !e.quiet && (e.kind != error::ErrorKind::Interrupted || !app.ui.quiet) {
                app.ui.error(&e);
            }
            e.exit_code()
        }
    }
}

/// `-o json|yaml|jsonl` (or `PBCTL_OUTPUT`) on a command line clap refused: the usage error
/// is then also printed as one JSON object, like every other error.
fn machine_output_requested() -> bool {
    let format = cli::output_flag_in_args().or_else(|| std::env::var("PBCTL_OUTPUT").ok());
    matches!(format.as_deref(), Some("json" | "yaml" | "jsonl"))
}

/// A hint to run `pbctl auth login` must name the context the command used, or the user
/// logs in to the current context instead.
pub(crate) fn name_context_in_login_hints(err: &mut Error, context: &str) {
    for hint in err.hints.iter_mut() {
        if hint.contains("pbctl auth login`") && !hint.contains("--context") {
            *hint = hint.replace(
                "pbctl auth login`",
                &format!("pbctl auth login --context {context}`"),
            );
        }
    }
}
