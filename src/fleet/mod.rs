//! Fleet mode: one command across many contexts. Selection by list, glob, label
//! selector or `-A` ([`crate::config::select`]); bounded concurrency with `--parallel` and
//! `--fail-fast`; one confirmation for the whole set; per-context file paths
//! ([`files`]); one report with a summary and one exit code ([`report`]).
//!
//! Every context runs the very command a single run would (`pbctl --context NAME ...`),
//! with its own URL, TLS settings and token, and its result is rendered by the same
//! output code.

pub mod files;
pub mod report;

use crate::app::App;
use crate::commands::{self, Command};
use crate::error::{Error, Result};
use crate::output::{Format, Output};
use crate::ui::ConfirmGate;
use crate::ui::Ui;
use futures_util::stream::{self, StreamExt};
use report::Outcome;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// Contexts run at once unless `--parallel` says otherwise.
pub const DEFAULT_PARALLEL: usize = 8;

/// Whether `command` may run in fleet mode: everything that talks to a server.
/// `context list` uses the selection as a filter instead.
fn talks_to_a_server(command: &Command) -> bool {
    !matches!(
        command,
        Command::Context(_) | Command::Jwt(_) | Command::Completion(_) | Command::Help(_)
    )
}

/// Commands whose target is one fixed place, not the context they run on: with more
/// than one context selected, every context would write the same thing there.
fn single_target(command: &Command) -> Option<&'static str> {
    use crate::commands::backup::BackupCommand as B;
    use crate::commands::nats::NatsCommand as N;
    match command {
        Command::Backup(b) if matches!(b.command, B::Copy(_)) => Some(
            "backup copy sends to the one context --to names: every selected context would upload to it (and restore it, with --restore)",
        ),
        Command::Nats(n) => match &n.command {
            N::Sync(a) if a.prune && (a.nats.nats_url.is_some() || a.nats.creds.is_some()) => Some(
                "nats sync --prune with --nats-url/--creds names one NATS server: each context would delete the accounts of the others",
            ),
            _ => None,
        },
        _ => None,
    }
}

/// `context list -l ...` filters instead of running in fleet mode.
pub fn filters_itself(command: &Command) -> bool {
    use crate::commands::context::ContextCommand;
    matches!(command, Command::Context(c) if matches!(c.command, ContextCommand::List(_)))
}

/// `record watch` prints its merged stream as it comes: no report after it.
fn streams(command: &Command) -> bool {
    use crate::commands::record::RecordCommand;
    matches!(command, Command::Record(r) if matches!(r.command, RecordCommand::Watch(_)))
}

/// Commands that always ask before they change anything: in fleet mode they ask once,
/// before any request. `true`: type the number of contexts.
fn asks_first(command: &Command) -> Option<(String, bool)> {
    use crate::commands::backup::BackupCommand as B;
    use crate::commands::collection::CollectionCommand as C;
    use crate::commands::record::RecordCommand as R;
    match command {
        Command::Backup(b) => match &b.command {
            B::Restore(a) => Some((format!("restore {} over ALL data", a.name), true)),
            B::Copy(a) if a.restore => Some((
                format!("copy {} to \"{}\" and restore it there", a.name, a.to),
                true,
            )),
            B::Delete(a) => Some((
                format!(
                    "delete {} {}",
                    if a.names.len() == 1 {
                        "backup"
                    } else {
                        "backups"
                    },
                    a.names.join(", ")
                ),
                false,
            )),
            B::Prune(a) if !a.dry_run => Some((
                format!(
                    "delete all but the newest {}",
                    crate::human::plural(a.keep as u64, "backup")
                ),
                false,
            )),
            _ => None,
        },
        Command::Collection(c) => match &c.command {
            C::Delete(a) => Some((format!("delete collection {}", a.name), false)),
            C::Truncate(a) => Some((format!("delete all records of {}", a.name), false)),
            _ => None,
        },
        Command::Record(r) => match &r.command {
            R::Delete(a) if a.filter.filter.is_some() => Some((
                format!("delete the records of {} matching the filter", a.collection),
                false,
            )),
            _ => None,
        },
        _ => None,
    }
}

/// The `-o` a context's own run uses: JSON whenever the report is a machine format or
/// `--jq` (its `result` is then what `-o json` prints), else the report's format.
fn member_format(format: Format, jq: bool) -> Format {
    if jq || format.is_machine() {
        Format::Json
    } else {
        format
    }
}

/// Run `command` in fleet mode and print the report; returns the exit code.
pub fn run(app: &App, command: &Command, runtime: &tokio::runtime::Runtime) -> u8 {
    match prepare(app, command) {
        Ok(plan) => runtime.block_on(execute(app, command, plan)),
        Err(e) => {
            app.ui.error(&e);
            e.exit_code()
        }
    }
}

struct Plan {
    contexts: Vec<String>,
    streams: bool,
    gate: Arc<ConfirmGate>,
    parallel: usize,
    fail_fast: bool,
}

/// Everything that can be refused is refused here, before any request.
fn prepare(app: &App, command: &Command) -> Result<Plan> {
    let request = app.selection();
    if std::env::var("PBCTL_URL").is_ok_and(|v| !v.is_empty()) {
        return Err(Error::usage(format!(
            "{} selects contexts, but PBCTL_URL names one server",
            request.describe()
        ))
        .hint("unset PBCTL_URL to run on contexts from the config, or drop the selection"));
    }
    if std::env::var("PBCTL_TOKEN").is_ok_and(|v| !v.is_empty()) {
        // A token belongs to one server: it must not be sent to every selected one.
        return Err(Error::usage(format!(
            "{} selects contexts, but PBCTL_TOKEN is one server's token",
            request.describe()
        ))
        .hint("unset PBCTL_TOKEN: each context uses its own stored token"));
    }
    if !talks_to_a_server(command) {
        return Err(Error::usage(format!(
            "{} runs a command on several contexts, and this command talks to no server",
            request.describe()
        ))
        .hint("select contexts only for commands that talk to a server (context list filters with -l)"));
    }
    let parallel = app.global.parallel.unwrap_or(DEFAULT_PARALLEL);
    if parallel == 0 {
        return Err(Error::usage("--parallel must be at least 1"));
    }
    let contexts = request.resolve(app.config()?)?;
    if let Some(why) = single_target(command)
        && contexts.len() > 1
    {
        return Err(Error::usage(format!(
            "{} selects {} contexts: {why}",
            request.describe(),
            contexts.len()
        ))
        .hint("select one source context, or run it with --context NAME once per source"));
    }
    // The file options and stdin inputs are checked once, with the first context.
    let mut probe = command.clone();
    files::localize(&mut probe, &contexts[0], false)?;
    crate::ui::close_data_stdin();
    let gate = Arc::new(ConfirmGate::new(&app.ui, &contexts));
    if let Some((what, typed)) = asks_first(command)
        && !app.ui.yes
    {
        if !app.ui.can_prompt() {
            return Err(Error::usage(format!(
                "refusing to {what} on {} without confirmation",
                gate.list()
            ))
            .hint("pass --yes to confirm when there is no terminal"));
        }
        gate.confirm_upfront(&what, typed)?;
    }
    Ok(Plan {
        contexts,
        streams: streams(command),
        gate,
        parallel,
        fail_fast: app.global.fail_fast,
    })
}

async fn execute(app: &App, command: &Command, plan: Plan) -> u8 {
    let format = app.format();
    let jq = app.global.jq.as_deref();
    let outcomes: RefCell<Vec<Option<Outcome>>> =
        RefCell::new((0..plan.contexts.len()).map(|_| None).collect());
    let started: RefCell<Vec<bool>> = RefCell::new(vec![false; plan.contexts.len()]);
    let failed = Cell::new(false);
    let bar = app
        .ui
        .items_progress(Some(plan.contexts.len() as u64), false, "contexts");

    let one = |i: usize| {
        let (outcomes, started, failed, bar, plan) = (&outcomes, &started, &failed, &bar, &plan);
        async move {
            if plan.fail_fast && failed.get() {
                outcomes.borrow_mut()[i] = Some(Outcome::Skipped);
                return;
            }
            started.borrow_mut()[i] = true;
            let name = &plan.contexts[i];
            let member = app.fleet_member(
                name,
                member_format(format, jq.is_some()),
                member_ui(app, name, &plan.gate),
                plan.streams,
            );
            let result = async {
                // Each context gets its own copy: file paths are made its own.
                let mut command = command.clone();
                files::localize(&mut command, name, true)?;
                commands::run(&member, command, crate::cli::command).await
            }
            .await;
            let outcome = match result {
                Ok(Output::Failed { output, mut error }) => {
                    crate::name_context_in_hints(&mut error, name);
                    if !error.quiet {
                        member.ui.error(&error);
                    }
                    failed.set(true);
                    Outcome::Failed(error, Some(*output))
                }
                Ok(output) => {
                    if let Output::Done { message, .. } = &output
                        && jq.is_none()
                        && matches!(format, Format::Table | Format::Wide)
                    {
                        member.ui.status(message);
                    }
                    Outcome::Ok(output)
                }
                Err(mut e) => {
                    crate::name_context_in_hints(&mut e, name);
                    if !e.quiet {
                        member.ui.error(&e);
                    }
                    failed.set(true);
                    Outcome::Failed(e, None)
                }
            };
            bar.add(1);
            outcomes.borrow_mut()[i] = Some(outcome);
        }
    };
    let all = stream::iter(0..plan.contexts.len())
        .map(one)
        .buffer_unordered(plan.parallel)
        .for_each(|()| async {});
    let interrupted = tokio::select! {
        () = all => false,
        () = crate::stop_signal() => true,
    };
    bar.finish_and_clear();
    let started = started.into_inner();
    let outcomes: Vec<(String, Outcome)> = plan
        .contexts
        .iter()
        .zip(outcomes.into_inner())
        .zip(started)
        .map(|((name, outcome), started)| {
            let outcome = outcome.unwrap_or(if started || !interrupted {
                Outcome::Interrupted
            } else {
                Outcome::Skipped
            });
            (name.clone(), outcome)
        })
        .collect();
    if interrupted {
        for (name, outcome) in &outcomes {
            if matches!(outcome, Outcome::Interrupted) {
                app.ui.status(format!("[{name}] interrupted"));
            }
        }
    }
    let code = report::exit_code(&outcomes);
    let report = if plan.streams {
        Ok(String::new())
    } else {
        report::render(&outcomes, format, jq, app.global.raw, &app.ui)
    };
    match report {
        Ok(text) => {
            if let Err(e) = app.out.print(&Output::Raw(text))
                && e.kind != crate::error::ErrorKind::BrokenPipe
            {
                app.ui.error(&e);
                return 1;
            }
        }
        Err(e) => {
            app.ui.error(&e);
            return 1;
        }
    }
    app.ui.status(report::summary(&outcomes));
    code
}

/// A context's terminal: its stderr lines start with `[NAME] `; no progress bars of its
/// own (the fleet shows one line for all); no prompts but the fleet's one question.
fn member_ui(app: &App, name: &str, gate: &Arc<ConfirmGate>) -> Ui {
    let mut ui = app.ui.clone();
    ui.prefix = format!("[{name}] ");
    ui.stderr_tty = false;
    ui.no_input = true;
    ui.json_errors = false;
    ui.gate = Some(gate.clone());
    ui
}
