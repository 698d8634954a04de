//! `pbctl nats account ...`: accounts, their signing keys, exports and imports.

use super::{Common, connect, show};
use crate::app::App;
use crate::controlplane::names::*;
use crate::controlplane::ops::SigningKeyChange;
use crate::controlplane::tenancy::{new_export_fields, new_import_fields};
use crate::controlplane::{ControlPlane, merge, quote, s};
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

#[derive(Debug, Args)]
#[command(
    about = "NATS accounts (nats_accounts)",
    after_help = "Examples:\n  pbctl nats account create acme --max-connections 100\n  pbctl nats account list\n  pbctl nats account suspend acme"
)]
pub struct AccountArgs {
    #[command(subcommand)]
    pub command: AccountCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show an account (--show-seeds reveals its seeds)
    #[command(
        after_help = "Examples:\n  pbctl nats account get acme\n  pbctl nats account get acme -o json"
    )]
    Get(NameArg),
    Create(CreateArgs),
    Update(UpdateArgs),
    /// Delete an account (refused for SYS)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:\n  pbctl nats account delete acme\n  pbctl nats account rm acme"
    )]
    Delete(NameArg),
    /// Replace an account's signing keys with one new key and re-issue its active users
    #[command(after_help = "Examples:\n  pbctl nats account rotate-keys acme")]
    RotateKeys(NameArg),
    /// Add a signing key to an account (the existing ones keep working)
    #[command(
        after_help = "Examples:\n  pbctl nats account add-signing-key acme\n  pbctl nats account add-signing-key acme -o json"
    )]
    AddSigningKey(NameArg),
    RemoveSigningKey(RemoveKeyArgs),
    /// Suspend an account: its users can no longer connect (refused for SYS)
    #[command(after_help = "Examples:\n  pbctl nats account suspend acme")]
    Suspend(NameArg),
    /// Resume a suspended account
    #[command(after_help = "Examples:\n  pbctl nats account resume acme")]
    Resume(NameArg),
    Export(ExportArgs),
    Import(ImportArgs),
}

/// List accounts
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  pbctl nats account list\n  pbctl nats account list -o wide")]
pub struct ListArgs {}

/// An account by record id or unique name (each subcommand sets its own about and examples)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account get acme\n  pbctl nats account suspend acme\n  pbctl nats account rotate-keys acme"
)]
pub struct NameArg {
    /// Account record id or name
    pub name: String,
}

/// Account limits (-1 = unlimited, 0 = blocked)
#[derive(Debug, Args, Default, Clone)]
pub struct Limits {
    /// Max client connections
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_connections: Option<i64>,
    /// Max subscriptions
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_subscriptions: Option<i64>,
    /// Max data (bytes)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_data: Option<i64>,
    /// Max message payload (bytes)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_payload: Option<i64>,
    /// JetStream disk storage (bytes; 0 with memory 0 disables JetStream)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_jetstream_disk: Option<i64>,
    /// JetStream memory storage (bytes)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_jetstream_memory: Option<i64>,
}

impl Limits {
    fn values(&self) -> [Option<i64>; 6] {
        [
            self.max_connections,
            self.max_subscriptions,
            self.max_data,
            self.max_payload,
            self.max_jetstream_disk,
            self.max_jetstream_memory,
        ]
    }
    fn patch(&self, default: Option<i64>) -> Result<Value> {
        let mut v = json!({});
        for (f, x) in ACCOUNT_LIMITS.iter().zip(self.values()) {
            if let Some(n) = x.or(default) {
                if n < -1 {
                    return Err(Error::usage(format!("{f} must be -1 or more, not {n}")));
                }
                v[*f] = json!(n);
            }
        }
        Ok(v)
    }
}

/// Create an account (limits default to -1, unlimited)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account create acme\n  pbctl nats account create 'Acme Corp' --description 'Acme tenant' --max-connections 100"
)]
pub struct CreateArgs {
    /// Account name (the JWT name is normalised: acme_corp)
    pub name: String,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    #[command(flatten)]
    pub limits: Limits,
}

/// Change an account's description, name or limits
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account update acme --max-connections 500\n  pbctl nats account update acme --description 'Acme tenant'"
)]
pub struct UpdateArgs {
    /// Account record id or name
    pub name: String,
    /// New name
    #[arg(long, value_name = "N")]
    pub rename: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    #[command(flatten)]
    pub limits: Limits,
}

/// Remove one account signing key
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  pbctl nats account remove-signing-key acme ABCD...")]
pub struct RemoveKeyArgs {
    /// Account record id or name
    pub name: String,
    /// The signing public key to remove (A...)
    pub key: String,
}

#[derive(Debug, Args)]
#[command(
    about = "Stream and service exports of an account",
    after_help = "Examples:\n  pbctl nats account export add acme --name events --subject 'acme.events.>'\n  pbctl nats account export list acme"
)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub command: ExportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    Add(ExportAddArgs),
    /// List the exports of an account
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  pbctl nats account export list acme\n  pbctl nats account export ls acme -o json"
    )]
    List(NameArg),
    #[command(visible_alias = "rm")]
    Delete(SubItemArgs),
}

/// Add an export to an account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account export add acme --name events --subject 'acme.events.>'\n  pbctl nats account export add acme --name api --subject 'acme.api.>' --service --response-type Stream"
)]
pub struct ExportAddArgs {
    /// Account record id or name
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
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account export delete acme events\n  pbctl nats account import delete acme events"
)]
pub struct SubItemArgs {
    /// Account record id or name
    pub account: String,
    /// Export/import record id or name
    pub name: String,
}

#[derive(Debug, Args)]
#[command(
    about = "Stream and service imports of an account",
    after_help = "Examples:\n  pbctl nats account import add globex --name acme-events --subject 'acme.events.>' --from acme\n  pbctl nats account import list globex"
)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub command: ImportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    Add(ImportAddArgs),
    /// List the imports of an account
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  pbctl nats account import list globex\n  pbctl nats account import ls globex -o json"
    )]
    List(NameArg),
    #[command(visible_alias = "rm")]
    Delete(SubItemArgs),
}

/// Add an import to an account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account import add globex --name acme-events --subject 'acme.events.>' --from acme\n  pbctl nats account import add globex --name api --subject 'acme.api.>' --from ADMX... --service --local-subject 'api.>'"
)]
pub struct ImportAddArgs {
    /// The importing account (record id or name)
    pub account: String,
    #[arg(long, value_name = "N")]
    pub name: String,
    /// Subject in the exporting account
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// The exporting account: record id, name, or public key (A...)
    #[arg(long, value_name = "ACCOUNT")]
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

fn columns() -> Vec<Column> {
    vec![
        Column::new("NAME", "name"),
        Column::new("ACTIVE", "active"),
        Column::new("PUBLIC KEY", "public_key"),
        Column::new("ID", "id"),
        Column::wide("DESCRIPTION", "description"),
        Column::wide("MAX CONN", "max_connections"),
    ]
}

pub async fn run(app: &App, common: &Common, args: AccountArgs) -> Result<Output> {
    let (_, cp) = connect(app, common).await?;
    cp.require_bootstrapped()?;
    let sm = !cp.managed();
    match args.command {
        AccountCommand::List(_) => {
            let items: Vec<Value> = cp
                .list(ACCOUNTS, None)
                .await?
                .iter()
                .map(|r| show(r, common, &cp))
                .collect();
            Ok(Output::list(Value::Array(items), columns(), "name"))
        }
        AccountCommand::Get(a) => {
            let rec = cp.account(&a.name).await?;
            Ok(Output::object(show(&rec, common, &cp), "name"))
        }
        AccountCommand::Create(a) => {
            let mut fields = json!({
                "name": a.name,
                "description": a.description.unwrap_or_default(),
                "active": true,
            });
            fields = merge(fields, a.limits.patch(Some(-1))?);
            let rec = cp.add_account(&app.ui, fields).await?;
            Ok(Output::done(
                format!(
                    "Created account {} ({}).",
                    s(&rec, "name"),
                    s(&rec, "public_key")
                ),
                show(&rec, common, &cp),
                "name",
            ))
        }
        AccountCommand::Update(a) => {
            let rec = cp.account(&a.name).await?;
            let mut patch = a.limits.patch(None)?;
            if let Some(n) = a.rename {
                patch["name"] = json!(n);
            }
            if let Some(d) = a.description {
                patch["description"] = json!(d);
            }
            let rec = cp.change_account(&rec, patch).await?;
            Ok(Output::done(
                format!("Updated account {}.", s(&rec, "name")),
                show(&rec, common, &cp),
                "name",
            ))
        }
        AccountCommand::Delete(a) => {
            let rec = cp.account(&a.name).await?;
            cp.remove_account(&rec).await?;
            let hint = if sm {
                "pb-nats removes it from NATS"
            } else {
                "run `pbctl nats sync --prune` to remove it from NATS"
            };
            Ok(Output::done(
                format!("Deleted account {} ({hint}).", s(&rec, "name")),
                json!({"id": s(&rec, "id"), "name": s(&rec, "name"), "public_key": s(&rec, "public_key")}),
                "name",
            ))
        }
        AccountCommand::RotateKeys(a) => keys(app, common, &cp, &a.name, KeyOp::Rotate).await,
        AccountCommand::AddSigningKey(a) => keys(app, common, &cp, &a.name, KeyOp::Add).await,
        AccountCommand::RemoveSigningKey(a) => {
            keys(app, common, &cp, &a.name, KeyOp::Remove(a.key)).await
        }
        AccountCommand::Suspend(a) => set_active(app, common, &cp, &a.name, false).await,
        AccountCommand::Resume(a) => set_active(app, common, &cp, &a.name, true).await,
        AccountCommand::Export(e) => exports(app, common, &cp, e).await,
        AccountCommand::Import(i) => imports(app, common, &cp, i).await,
    }
}

enum KeyOp {
    Rotate,
    Add,
    Remove(String),
}

async fn keys(
    app: &App,
    common: &Common,
    cp: &ControlPlane,
    name: &str,
    op: KeyOp,
) -> Result<Output> {
    let rec = cp.account(name).await?;
    if !cp.managed() {
        let patch = match &op {
            KeyOp::Rotate => json!({"rotate_keys": true}),
            KeyOp::Add => json!({"add_signing_key": true}),
            KeyOp::Remove(k) => json!({"remove_signing_key": k}),
        };
        let before = s(&rec, "jwt").to_string();
        let updated = cp.update(ACCOUNTS, s(&rec, "id"), patch).await?;
        let updated = cp
            .wait_for(
                ACCOUNTS,
                s(&updated, "id"),
                &app.ui,
                "re-minted the account",
                |r| s(r, "jwt") != before,
            )
            .await?;
        return Ok(Output::done(
            format!(
                "Asked pb-nats to change the signing keys of {}.",
                s(&rec, "name")
            ),
            show(&updated, common, cp),
            "name",
        ));
    }
    let change = match &op {
        KeyOp::Rotate => SigningKeyChange::Rotate,
        KeyOp::Add => SigningKeyChange::Add,
        KeyOp::Remove(k) => SigningKeyChange::Remove(k),
    };
    let (updated, n) = cp.change_signing_keys(&rec, change).await?;
    Ok(Output::done(
        format!(
            "Changed the signing keys of {}; reissued {n} active user(s). Run `pbctl nats sync` to publish.",
            s(&rec, "name")
        ),
        show(&updated, common, cp),
        "name",
    ))
}

async fn set_active(
    app: &App,
    common: &Common,
    cp: &ControlPlane,
    name: &str,
    active: bool,
) -> Result<Output> {
    let rec = cp.account(name).await?;
    if !active {
        cp.refuse_system_account(&rec, "suspend").await?;
    }
    let rec = cp.change_account(&rec, json!({ "active": active })).await?;
    let _ = app;
    let verb = if active { "Resumed" } else { "Suspended" };
    let next = if !cp.managed() {
        "pb-nats publishes the change"
    } else if active {
        "run `pbctl nats sync` to publish it"
    } else {
        "run `pbctl nats sync --prune` to remove it from NATS"
    };
    Ok(Output::done(
        format!("{verb} account {} ({next}).", s(&rec, "name")),
        show(&rec, common, cp),
        "name",
    ))
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
        Some(format!("account_id = {}", quote(s(acct, "id")))),
    )
    .await
}

async fn exports(
    _app: &App,
    _common: &Common,
    cp: &ControlPlane,
    args: ExportArgs,
) -> Result<Output> {
    match args.command {
        ExportCommand::List(a) => {
            let acct = cp.account(&a.name).await?;
            let items = cp
                .list(
                    EXPORTS,
                    Some(&format!("account_id = {}", quote(s(&acct, "id")))),
                )
                .await?;
            Ok(Output::list(Value::Array(items), sub_columns(), "name"))
        }
        ExportCommand::Add(a) => {
            let acct = cp.account(&a.account).await?;
            cp.refuse_system_account(&acct, "add exports to").await?;
            crate::nats::claims::validate_subject(&a.subject)
                .map_err(|e| Error::usage(format!("--subject: {e}")))?;
            if !a.service && (a.response_type.is_some() || a.response_threshold.is_some()) {
                return Err(Error::usage(
                    "--response-type and --response-threshold need --service",
                ));
            }
            let body = merge(
                new_export_fields(s(&acct, "id"), &a.name, &a.subject, a.service),
                json!({
                    "token_req": a.token_req,
                    "response_type": a.response_type.unwrap_or_default(),
                    "response_threshold": a.response_threshold.unwrap_or(0),
                    "account_token_position": a.account_token_position.unwrap_or(0),
                    "advertise": a.advertise,
                    "allow_trace": a.allow_trace,
                    "description": a.description.unwrap_or_default(),
                }),
            );
            let rec = cp.add_account_item(EXPORTS, &acct, body).await?;
            Ok(Output::done(
                format!("Added export {} to {}.", s(&rec, "name"), s(&acct, "name")),
                rec,
                "name",
            ))
        }
        ExportCommand::Delete(a) => {
            let acct = cp.account(&a.account).await?;
            let rec = find_sub(cp, EXPORTS, &acct, &a.name).await?;
            cp.remove_account_item(EXPORTS, &acct, &rec).await?;
            Ok(Output::done(
                format!(
                    "Deleted export {} of {}.",
                    s(&rec, "name"),
                    s(&acct, "name")
                ),
                rec,
                "name",
            ))
        }
    }
}

async fn imports(
    _app: &App,
    _common: &Common,
    cp: &ControlPlane,
    args: ImportArgs,
) -> Result<Output> {
    match args.command {
        ImportCommand::List(a) => {
            let acct = cp.account(&a.name).await?;
            let items = cp
                .list(
                    IMPORTS,
                    Some(&format!("account_id = {}", quote(s(&acct, "id")))),
                )
                .await?;
            Ok(Output::list(Value::Array(items), sub_columns(), "name"))
        }
        ImportCommand::Add(a) => {
            let acct = cp.account(&a.account).await?;
            cp.refuse_system_account(&acct, "add imports to").await?;
            crate::nats::claims::validate_subject(&a.subject)
                .map_err(|e| Error::usage(format!("--subject: {e}")))?;
            let from = if crate::nats::keys::is_account_key(&a.from) {
                a.from.clone()
            } else {
                let src = cp.account(&a.from).await?;
                s(&src, "public_key").to_string()
            };
            if from.is_empty() {
                return Err(Error::failed(format!(
                    "account {:?} has no public key yet",
                    a.from
                )));
            }
            let body = merge(
                new_import_fields(s(&acct, "id"), &a.name, &a.subject, &from, a.service),
                json!({
                    "token": a.token.unwrap_or_default(),
                    "local_subject": a.local_subject.unwrap_or_default(),
                    "share": a.share,
                    "allow_trace": a.allow_trace,
                    "description": a.description.unwrap_or_default(),
                }),
            );
            let rec = cp.add_account_item(IMPORTS, &acct, body).await?;
            Ok(Output::done(
                format!("Added import {} to {}.", s(&rec, "name"), s(&acct, "name")),
                rec,
                "name",
            ))
        }
        ImportCommand::Delete(a) => {
            let acct = cp.account(&a.account).await?;
            let rec = find_sub(cp, IMPORTS, &acct, &a.name).await?;
            cp.remove_account_item(IMPORTS, &acct, &rec).await?;
            Ok(Output::done(
                format!(
                    "Deleted import {} of {}.",
                    s(&rec, "name"),
                    s(&acct, "name")
                ),
                rec,
                "name",
            ))
        }
    }
}
