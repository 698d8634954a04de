//! `pbctl apply`, `pbctl diff`, `pbctl export`: a whole environment as code (settings,
//! collections, the NATS tenancy). The documents are read and checked by
//! [`crate::manifest`] before any request; [`state`] reads the server, [`plan`]
//! compares, [`execute`] changes the server, [`export`] writes the documents back.

mod execute;
mod export;
mod plan;
mod state;

use crate::app::App;
use crate::commands::collection;
use crate::commands::nats::{self, NatsCommonFlags};
use crate::error::{Error, Result};
use crate::manifest::{self, Doc, Kind};
use crate::output::{Column, Output};
use clap::Args;
use plan::{Action, Plan};
use serde_json::{Value, json};
use state::Server;

pub use export::{ExportArgs, export};

/// Where the documents come from (`-f`, repeatable).
#[derive(Debug, Args, Clone)]
pub struct Files {
    /// A file, a directory (*.yaml, *.yml, *.json, recursively, in name order) or - for stdin
    #[arg(
        short = 'f',
        long = "filename",
        visible_alias = "from-file",
        value_name = "PATH",
        required = true
    )]
    pub files: Vec<String>,
}

/// The control-plane flags `apply` and `diff` share with `pbctl nats`.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Control plane options")]
pub struct ControlPlaneFlags {
    /// Environment variable holding pb-nats' 32-byte seed encryption key (`enc::` seeds)
    #[arg(long, value_name = "VAR")]
    pub encryption_key_env: Option<String>,
    /// Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in
    #[arg(long, value_name = "DUR", default_value = "10s")]
    pub wait: String,
}

/// Show what `apply` would change; exit 0 when nothing, 1 when something
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The plan, one line per object: `+` create, `~` update (with each change), `-` delete.\nSettings PocketBase never returns (passwords, secrets) are not compared. Exits 0 when\nthe server matches the files, 1 when it does not: a CI job that fails on drift.\n\nExamples:\n  pbctl diff -f env/prod/\n  pbctl diff -f env/prod/ --prune -o json\n  pbctl --context staging diff -f schema.yaml -f nats.yaml"
)]
pub struct DiffArgs {
    #[command(flatten)]
    pub files: Files,
    /// Also show what --prune would delete
    #[arg(long)]
    pub prune: bool,
    #[command(flatten)]
    pub cp: ControlPlaneFlags,
}

/// Make the server match the files: settings, collections, NATS accounts, roles, users
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Prints the plan, then applies it in dependency order (Settings, Collection,\nNatsAccount, NatsRole, NatsExport, NatsImport, NatsUser; deletions in reverse). A plan\nthat deletes something asks first (--yes; without a terminal it exits 2 before any\nchange). Dropping a field or collection that holds records needs --allow-data-loss.\n--prune deletes what the files do not name, for the kinds they contain; never the\noperator, the system account, the sys user, the system_admin role, the nats_*\ncollections or settings. Any string may be ${env:NAME}.\n\nExamples:\n  pbctl apply -f env/staging/ --dry-run\n  SMTP_PASSWORD=... pbctl apply -f env/prod/\n  pbctl apply -f env/prod/ --prune --yes\n  pbctl export -O env/prod/ && pbctl --context staging apply -f env/prod/"
)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub files: Files,
    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also delete what the files do not name (for the kinds they contain)
    #[arg(long)]
    pub prune: bool,
    /// Allow dropping fields or collections that hold records
    #[arg(long)]
    pub allow_data_loss: bool,
    #[command(flatten)]
    pub cp: ControlPlaneFlags,
}

/// Read and check the documents (no request yet), then read the server and plan.
async fn prepare(
    app: &App,
    files: &Files,
    flags: &ControlPlaneFlags,
    prune: bool,
) -> Result<(Vec<Doc>, Server, Plan)> {
    let env = |name: &str| std::env::var(name).ok();
    let docs = manifest::read(&files.files, &env)?;
    let kinds: Vec<Kind> = {
        let mut k: Vec<Kind> = docs.iter().map(|d| d.kind).collect();
        k.sort();
        k.dedup();
        k
    };
    let common = NatsCommonFlags {
        encryption_key_env: flags.encryption_key_env.clone(),
        wait: flags.wait.clone(),
        show_seeds: false,
    };
    let (_, cp) = nats::connect(app, &common).await?;
    let server = Server::load(cp.client.clone(), cp, &kinds).await?;
    plan::check_references(&docs, &server)?;
    let plan = plan::build(&docs, &server, prune)?;
    Ok((docs, server, plan))
}

fn plan_output(app: &App, plan: &Plan) -> Output {
    if !app.human_output() {
        Output::list(plan.to_json(), vec![], "name")
    } else if in_fleet(app) {
        // One row per step: the fleet report puts every context's plan in one table
        // with a CONTEXT column.
        let rows = plan
            .steps
            .iter()
            .map(|s| json!({ "plan": s.line() }))
            .collect();
        Output::list(
            Value::Array(rows),
            vec![Column::new("PLAN", "plan")],
            "plan",
        )
    } else {
        Output::Text(plan.text())
    }
}

/// A human run that is one context of a fleet: its plan goes into the fleet's table,
/// not straight to stdout (contexts run at once and would interleave).
fn in_fleet(app: &App) -> bool {
    app.fleet_context.is_some() && app.human_output()
}

pub async fn diff(app: &App, a: DiffArgs) -> Result<Output> {
    let (_, _, plan) = prepare(app, &a.files, &a.cp, a.prune).await?;
    if plan.steps.is_empty() {
        app.ui.status("No differences.");
        return Ok(if app.human_output() {
            Output::Empty
        } else {
            Output::list(json!([]), vec![], "name")
        });
    }
    // Differences are the documented result (exit 1), not an error: no "error:" line.
    let what = format!("server differs from the files: {}", plan.summary());
    app.ui.status(format!("The {what}."));
    let mut e = Error::failed(format!("the {what}"));
    e.quiet = true;
    Ok(plan_output(app, &plan).then_fail(e))
}

pub async fn apply(app: &App, a: ApplyArgs) -> Result<Output> {
    let (_, server, plan) = prepare(app, &a.files, &a.cp, a.prune).await?;
    if plan.steps.is_empty() {
        if !a.dry_run && !plan.write_only.is_empty() {
            execute::run(&app.ui, &server, &plan).await?;
            app.ui.status(format!(
                "Sent the write-only settings {}.",
                plan.write_only.join(", ")
            ));
        }
        return Ok(if in_fleet(app) {
            app.ui.status("No changes.");
            Output::Empty
        } else if app.human_output() {
            Output::Text("No changes.\n".into())
        } else {
            Output::list(json!([]), vec![], "name")
        });
    }
    if app.human_output() && !in_fleet(app) {
        app.print(&plan_output(app, &plan))?;
    }
    // Data loss: dropped fields or collections that hold records.
    let losses = match &plan.collections {
        Some(c) => collection::data_loss(&server.client, &c.changes, &server.collections).await?,
        None => Vec::new(),
    };
    if !losses.is_empty() && !a.allow_data_loss {
        return Err(Error::failed(format!(
            "refusing to apply: it would drop data: {}",
            losses.join("; ")
        ))
        .hint("keep them in the files, or pass --allow-data-loss if the data may go"));
    }
    if a.dry_run {
        app.ui.status("Dry run: nothing was changed.");
        return Ok(if app.human_output() && !in_fleet(app) {
            Output::Empty
        } else {
            plan_output(app, &plan)
        });
    }
    let deletes = plan.count(Action::Delete);
    if deletes > 0 || !losses.is_empty() {
        let mut what = format!(
            "apply a plan that deletes {}",
            crate::human::plural(deletes as u64, "object")
        );
        if in_fleet(app) && deletes > 0 {
            // A fleet shows no plan before asking, and one answer holds for every
            // context that asks the same question: name what goes.
            let gone: Vec<String> = plan
                .steps
                .iter()
                .filter(|s| s.action == Action::Delete)
                .map(|s| format!("{} {}", s.kind.as_str(), s.name))
                .collect();
            what.push_str(&format!(" ({})", gone.join(", ")));
        }
        if !losses.is_empty() {
            what.push_str(&format!(" and drops {}", losses.join(", ")));
        }
        app.ui.confirm(&what)?;
    }
    execute::run(&app.ui, &server, &plan).await?;
    let message = format!(
        "Applied: {} created, {} updated, {} deleted.{}",
        plan.count(Action::Create),
        plan.count(Action::Update),
        plan.count(Action::Delete),
        if server.nats.as_ref().is_some_and(|t| t.cp.pbctl_mints())
            && plan.steps.iter().any(|s| s.kind.is_nats())
        {
            " Run `pbctl nats sync` to publish the NATS changes."
        } else {
            ""
        }
    );
    if in_fleet(app) {
        app.ui.status(message);
        return Ok(plan_output(app, &plan));
    }
    Ok(Output::done(message, plan.to_json(), "name"))
}
