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
pub mod error;
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
        Err(e) => {
            if !e.quiet && (e.kind != error::ErrorKind::Interrupted || !app.ui.quiet) {
                app.ui.error(&e);
            }
            e.exit_code()
        }
    }
}
