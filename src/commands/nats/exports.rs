//! `pbctl nats account export ...` and `pbctl nats account import ...`: the
//! `nats_account_exports` and `nats_account_imports` records of an account.

use super::account::AccountNameArg;
use crate::controlplane::names::*;
use crate::controlplane::{ControlPlane, RecordFields, of_account};
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

#[derive(Debug, Clone, Args)]
#[command(
    about = "Stream and service exports of an account",
    after_help = "Examples:\n  pbctl nats account export add acme --name events --subject 'acme.events.>'\n  pbctl nats account export list acme"
)]
pub struct NatsExportArgs {
    #[command(subcommand)]
    pub command: NatsExportCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum NatsExportCommand {
    Add(NatsExportAddArgs),
    /// List the exports of an account
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  pbctl nats account export list acme\n  pbctl nats account export ls acme -o json"
    )]
    List(AccountNameArg),
    #[command(visible_alias = "rm")]
    Delete(ExportOrImportArgs),
}

/// Add an export to an account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account export add acme --name events --subject 'acme.events.>'\n  pbctl nats account export add acme --name api --subject 'acme.api.>' --service \\\n      --response-type Stream"
)]
pub struct NatsExportAddArgs {
    /// Account record id or name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub account: String,
    #[arg(long, value_name = "N")]
    pub name: String,
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// A service export (default: stream)
    #[arg(long)]
    pub service: bool,
    /// Private: importers need an activation token
    #[arg(long)]
    pub token_req: bool,
    /// Services: Singleton, Stream or Chunked
    #[arg(long, value_name = "T", value_parser = ["Singleton", "Stream", "Chunked"])]
    pub response_type: Option<String>,
    /// Services: response threshold in milliseconds
    #[arg(long, value_name = "MS")]
    pub response_threshold: Option<i64>,
    #[arg(long, value_name = "N")]
    pub account_token_position: Option<i64>,
    #[arg(long)]
    pub advertise: bool,
    #[arg(long)]
    pub allow_trace: bool,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

/// Delete an export or import of an account (by record id or name)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account export delete acme events\n  pbctl nats account import delete acme events"
)]
pub struct ExportOrImportArgs {
    /// Account record id or name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub account: String,
    /// Export/import record id or name
    pub name: String,
}

#[derive(Debug, Clone, Args)]
#[command(
    about = "Stream and service imports of an account",
    after_help = "Examples:\n  pbctl nats account import add globex --name acme-events --subject 'acme.events.>' --from acme\n  pbctl nats account import list globex"
)]
pub struct NatsImportArgs {
    #[command(subcommand)]
    pub command: NatsImportCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum NatsImportCommand {
    Add(NatsImportAddArgs),
    /// List the imports of an account
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  pbctl nats account import list globex\n  pbctl nats account import ls globex -o json"
    )]
    List(AccountNameArg),
    #[command(visible_alias = "rm")]
    Delete(ExportOrImportArgs),
}

/// Add an import to an account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account import add globex --name acme-events --subject 'acme.events.>' --from acme\n  pbctl nats account import add globex --name api --subject 'acme.api.>' --from ADMX... --service \\\n      --local-subject 'api.>'"
)]
pub struct NatsImportAddArgs {
    /// The importing account (record id or name)
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub account: String,
    #[arg(long, value_name = "N")]
    pub name: String,
    /// Subject in the exporting account
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// The exporting account: record id, name, or public key (A...)
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub from: String,
    #[arg(long)]
    pub service: bool,
    #[arg(long, value_name = "S")]
    pub local_subject: Option<String>,
    /// Activation token (private exports)
    #[arg(long, value_name = "JWT")]
    pub token: Option<String>,
    #[arg(long)]
    pub share: bool,
    #[arg(long)]
    pub allow_trace: bool,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

fn sub_columns() -> Vec<Column> {
    vec![
        Column::new("NAME", "name"),
        Column::new("SUBJECT", "subject"),
        Column::new("TYPE", "type"),
        Column::new("ID", "id"),
        Column::wide("ACCOUNT", "account"),
        Column::wide("LOCAL SUBJECT", "local_subject"),
    ]
}

/// "export" or "import", for messages.
fn sub_kind(coll: &str) -> &'static str {
    if coll == EXPORTS { "export" } else { "import" }
}

async fn find_sub(cp: &ControlPlane, coll: &str, acct: &Value, key: &str) -> Result<Value> {
    cp.find(coll, sub_kind(coll), "name", key, Some(of_account(acct)))
        .await
}

/// `export list` / `import list`: every record of `coll` that belongs to the account.
async fn list_subs(cp: &ControlPlane, coll: &str, account: &str) -> Result<Output> {
    let acct = cp.account(account).await?;
    let items = cp.list(coll, Some(&of_account(&acct))).await?;
    Ok(Output::list(Value::Array(items), sub_columns(), "name"))
}

/// `export add` / `import add` once the record body is built: create it, then say so.
async fn add_sub(cp: &ControlPlane, coll: &str, acct: &Value, body: Value) -> Result<Output> {
    let rec = cp.add_account_item(coll, acct, body).await?;
    let message = format!(
        "Added {} {} to {}.",
        sub_kind(coll),
        rec.str_field("name"),
        acct.str_field("name")
    );
    Ok(Output::done(message, rec, "name"))
}

/// `export delete` / `import delete`: find the record by id or name within the account, remove it.
async fn delete_sub(cp: &ControlPlane, coll: &str, a: ExportOrImportArgs) -> Result<Output> {
    let acct = cp.account(&a.account).await?;
    let rec = find_sub(cp, coll, &acct, &a.name).await?;
    cp.remove_account_item(coll, &acct, &rec).await?;
    let message = format!(
        "Deleted {} {} of {}.",
        sub_kind(coll),
        rec.str_field("name"),
        acct.str_field("name")
    );
    Ok(Output::done(message, rec, "name"))
}

pub(super) async fn exports(cp: &ControlPlane, args: NatsExportArgs) -> Result<Output> {
    match args.command {
        NatsExportCommand::List(a) => list_subs(cp, EXPORTS, &a.name).await,
        NatsExportCommand::Add(a) => {
            let acct = cp.account(&a.account).await?;
            cp.refuse_system_account(&acct, "add exports to").await?;
            crate::nats::claims::validate_subject(&a.subject)
                .map_err(|e| Error::usage(format!("--subject: {e}")))?;
            if !a.service && (a.response_type.is_some() || a.response_threshold.is_some()) {
                return Err(Error::usage(
                    "--response-type and --response-threshold need --service",
                ));
            }
            let body = json!({
                "account_id": acct.str_field("id"),
                "name": a.name,
                "subject": a.subject,
                "type": if a.service { "service" } else { "stream" },
                "token_req": a.token_req,
                "response_type": a.response_type.unwrap_or_default(),
                "response_threshold": a.response_threshold.unwrap_or(0),
                "account_token_position": a.account_token_position.unwrap_or(0),
                "advertise": a.advertise,
                "allow_trace": a.allow_trace,
                "description": a.description.unwrap_or_default(),
            });
            add_sub(cp, EXPORTS, &acct, body).await
        }
        NatsExportCommand::Delete(a) => delete_sub(cp, EXPORTS, a).await,
    }
}

pub(super) async fn imports(cp: &ControlPlane, args: NatsImportArgs) -> Result<Output> {
    match args.command {
        NatsImportCommand::List(a) => list_subs(cp, IMPORTS, &a.name).await,
        NatsImportCommand::Add(a) => {
            let acct = cp.account(&a.account).await?;
            cp.refuse_system_account(&acct, "add imports to").await?;
            crate::nats::claims::validate_subject(&a.subject)
                .map_err(|e| Error::usage(format!("--subject: {e}")))?;
            let from = if crate::nats::keys::is_account_key(&a.from) {
                a.from.clone()
            } else {
                let src = cp.account(&a.from).await?;
                src.str_field("public_key").to_string()
            };
            if from.is_empty() {
                return Err(Error::failed(format!(
                    "account {:?} has no public key yet",
                    a.from
                )));
            }
            let body = json!({
                "account_id": acct.str_field("id"),
                "name": a.name,
                "subject": a.subject,
                "account": from,
                "token": a.token.unwrap_or_default(),
                "local_subject": a.local_subject.unwrap_or_default(),
                "type": if a.service { "service" } else { "stream" },
                "share": a.share,
                "allow_trace": a.allow_trace,
                "description": a.description.unwrap_or_default(),
            });
            add_sub(cp, IMPORTS, &acct, body).await
        }
        NatsImportCommand::Delete(a) => delete_sub(cp, IMPORTS, a).await,
    }
}
