//! `pbctl nats account export ...` and `pbctl nats account import ...`: the
//! `nats_account_exports` and `nats_account_imports` records of an account.

use super::account::AccountNameArg;
use crate::controlplane::names::*;
use crate::controlplane::{ControlPlane, RecordFields};
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use crate::pb::filter_quote;
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

async fn find_sub(cp: &ControlPlane, coll: &str, acct: &Value, key: &str) -> Result<Value> {
    let what = if coll == EXPORTS { "export" } else { "import" };
    cp.find(
        coll,
        what,
        "name",
        key,
        Some(format!(
            "account_id = {}",
            filter_quote(acct.str_field("id"))
        )),
    )
    .await
}

pub(super) async fn exports(cp: &ControlPlane, args: NatsExportArgs) -> Result<Output> {
    match args.command {
        NatsExportCommand::List(a) => {
            let acct = cp.account(&a.name).await?;
            let items = cp
                .list(
                    EXPORTS,
                    Some(&format!(
                        "account_id = {}",
                        filter_quote(acct.str_field("id"))
                    )),
                )
                .await?;
            Ok(Output::list(Value::Array(items), sub_columns(), "name"))
        }
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
            let rec = cp.add_account_item(EXPORTS, &acct, body).await?;
            Ok(Output::done(
                format!(
                    "Added export {} to {}.",
                    rec.str_field("name"),
                    acct.str_field("name")
                ),
                rec,
                "name",
            ))
        }
        NatsExportCommand::Delete(a) => {
            let acct = cp.account(&a.account).await?;
            let rec = find_sub(cp, EXPORTS, &acct, &a.name).await?;
            cp.remove_account_item(EXPORTS, &acct, &rec).await?;
            Ok(Output::done(
                format!(
                    "Deleted export {} of {}.",
                    rec.str_field("name"),
                    acct.str_field("name")
                ),
                rec,
                "name",
            ))
        }
    }
}

pub(super) async fn imports(cp: &ControlPlane, args: NatsImportArgs) -> Result<Output> {
    match args.command {
        NatsImportCommand::List(a) => {
            let acct = cp.account(&a.name).await?;
            let items = cp
                .list(
                    IMPORTS,
                    Some(&format!(
                        "account_id = {}",
                        filter_quote(acct.str_field("id"))
                    )),
                )
                .await?;
            Ok(Output::list(Value::Array(items), sub_columns(), "name"))
        }
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
            let rec = cp.add_account_item(IMPORTS, &acct, body).await?;
            Ok(Output::done(
                format!(
                    "Added import {} to {}.",
                    rec.str_field("name"),
                    acct.str_field("name")
                ),
                rec,
                "name",
            ))
        }
        NatsImportCommand::Delete(a) => {
            let acct = cp.account(&a.account).await?;
            let rec = find_sub(cp, IMPORTS, &acct, &a.name).await?;
            cp.remove_account_item(IMPORTS, &acct, &rec).await?;
            Ok(Output::done(
                format!(
                    "Deleted import {} of {}.",
                    rec.str_field("name"),
                    acct.str_field("name")
                ),
                rec,
                "name",
            ))
        }
    }
}
