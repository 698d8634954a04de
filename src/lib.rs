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
    clap_complete::CompleteEnv::with_factory(commands::completion::dynamic_command).complete();
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
                name_context_in_hints(&mut e, &name);
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

/// A hint that suggests a `pbctl` command must name the context the command used, or
/// the user runs it on the current context instead: `pbctl auth login --context C`,
/// `pbctl context show C`, `pbctl --context C collection list`. Commands that talk to no
/// server (`context`, `jwt`, `help`, `completion`) and commands that already name a
/// context are left alone.
pub(crate) fn name_context_in_hints(err: &mut Error, context: &str) {
    for hint in err.hints.iter_mut() {
        *hint = name_context_in_hint(hint, context);
    }
}

fn name_context_in_hint(hint: &str, context: &str) -> String {
    let mut out = String::with_capacity(hint.len() + context.len() + 12);
    let mut rest = hint;
    while let Some(start) = rest.find("`pbctl ") {
        out.push_str(&rest[..start + 1]);
        let after = &rest[start + 1..];
        let Some(len) = after.find('`') else {
            rest = after;
            break;
        };
        out.push_str(&command_with_context(&after[..len], context));
        rest = &after[len..];
        out.push('`');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

/// `pbctl ARGS` run on `context`.
fn command_with_context(command: &str, context: &str) -> String {
    let args = command.trim_start_matches("pbctl ");
    let first = args.split_whitespace().next().unwrap_or("");
    if command.contains("--context") || command.contains(" -A") || command.contains(" -l ") {
        command.to_string()
    } else if args == "context show" {
        format!("pbctl context show {context}")
    } else if matches!(first, "context" | "jwt" | "help" | "completion") {
        command.to_string()
    } else if let Some(more) = args.strip_prefix("auth login") {
        format!("pbctl auth login --context {context}{more}")
    } else {
        format!("pbctl --context {context} {args}")
    }
}

#[cfg(test)]
mod tests {
    use super::name_context_in_hint;

    #[test]
    fn hints_name_the_context_the_command_used() {
        let named = |h: &str| name_context_in_hint(h, "prod-eu-1");
        assert_eq!(
            named("log in again with `pbctl auth login`"),
            "log in again with `pbctl auth login --context prod-eu-1`"
        );
        assert_eq!(
            named("check the URL (`pbctl context show`)"),
            "check the URL (`pbctl context show prod-eu-1`)"
        );
        assert_eq!(
            named("list the collections with `pbctl collection list`; then `pbctl backup list`"),
            "list the collections with `pbctl --context prod-eu-1 collection list`; then `pbctl --context prod-eu-1 backup list`"
        );
        for same in [
            "see `pbctl context list -o wide`",
            "run `pbctl jwt init NAME`",
            "`pbctl auth login --context staging`",
            "see `pbctl help filters`",
            "no command here",
            "an unclosed `pbctl health",
        ] {
            assert_eq!(named(same), same);
        }
    }
}
