//! pbctl: a kubectl-style CLI for PocketBase control planes and NATS decentralized auth.
//!
//! The binary is a thin wrapper around [`run`]. The layers: [`cli`] (the clap root,
//! parsing), [`commands`] (one function per command, returning data), [`app`] (the global
//! flags and what every command gets), [`session`] (tokens), [`output`] (the only code
//! that writes to stdout), [`ui`] (every line on stderr, colors, prompts), [`error`] (one
//! error type, exit codes), [`config`] (contexts, credential store), [`pb`] (PocketBase
//! client). `docs/decisions.md` ("Architecture") says what may import what.

pub mod app;
pub mod cache;
pub mod cli;
pub mod commands;
pub mod config;
pub mod controlplane;
pub mod docs;
pub mod document;
pub mod error;
pub mod fleet;
pub mod fsutil;
#[cfg(test)]
mod fuzz;
pub mod human;
pub mod jwt_bundle;
pub mod jwt_store;
pub mod manifest;
pub mod nats;
pub mod nats_context;
pub mod output;
pub mod pb;
pub mod session;
pub mod ui;
pub mod yaml;

use error::Error;

/// Parse the command line, run the command, print its output, and return the exit code.
pub fn run() -> u8 {
    clap_complete::CompleteEnv::with_factory(cli::command).complete();
    let cli = match cli::parse_from(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            // clap's own message (or --help/--version text) in clap's colors.
            let _ = e.print();
            let early = cli::early_global_args(std::env::args_os());
            if code == 2 && early.output.is_some_and(output::Format::is_machine) {
                let rendered = e.render().to_string();
                let first = rendered.lines().next().unwrap_or_default();
                let message = first.trim_start_matches("error: ").to_string();
                let err = Error::usage(message).hint("see the command's --help");
                ui::Ui::default().error_json(&err);
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
    if app.selection().is_fleet() && !fleet::filters_itself(&cli.command) {
        return fleet::run(&app, &cli.command, &runtime);
    }
    // Ctrl-C, SIGTERM and SIGHUP drop the command: its guards remove `.part` and
    // temporary files, and the exit code is 130.
    let result = runtime.block_on(async {
        tokio::select! {
            r = commands::run(&app, cli.command, cli::command) => r,
            _ = stop_signal() => Err(Error::interrupted()),
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

/// Resolves on the first SIGINT, SIGTERM or SIGHUP (on other systems: Ctrl-C).
pub(crate) async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            let _ = tokio::signal::ctrl_c().await;
            return;
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
            _ = hup.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
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
