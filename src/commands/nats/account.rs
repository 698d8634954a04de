//! `pbctl nats account ...`: accounts, their signing keys, exports and imports.

use super::exports::{self, NatsExportArgs, NatsImportArgs};
use super::{NatsCommonFlags, connect, show};
use crate::app::App;
use crate::commands::nats_flags::{AccountLimitFlags, control_plane_spelling};
use crate::controlplane::names::*;
use crate::controlplane::ops::SigningKeyChange;
use crate::controlplane::{ControlPlane, RecordFields, merge};
use crate::error::Result;
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

#[derive(Debug, Clone, Args)]
#[command(
    about = "NATS accounts (nats_accounts)",
    after_help = "Examples:\n  pbctl nats account create acme --max-connections 100\n  pbctl nats account list\n  pbctl nats account suspend acme"
)]
pub struct NatsAccountArgs {
    #[command(subcommand)]
    pub command: NatsAccountCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum NatsAccountCommand {
    #[command(visible_alias = "ls")]
    List(NatsAccountListArgs),
    /// Show an account (--show-seeds reveals its seeds)
    #[command(
        after_help = "Examples:\n  pbctl nats account get acme\n  pbctl nats account get acme -o json"
    )]
    Get(AccountNameArg),
    Create(NatsAccountCreateArgs),
    Update(NatsAccountUpdateArgs),
    /// Delete an account (refused for SYS)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:\n  pbctl nats account delete acme\n  pbctl nats account rm acme"
    )]
    Delete(AccountNameArg),
    /// Replace an account's signing keys with one new key and re-issue its active users
    #[command(after_help = "Examples:\n  pbctl nats account rotate-keys acme")]
    RotateKeys(AccountNameArg),
    /// Add a signing key to an account (the existing ones keep working)
    #[command(
        after_help = "Examples:\n  pbctl nats account add-signing-key acme\n  pbctl nats account add-signing-key acme -o json"
    )]
    AddSigningKey(AccountNameArg),
    RemoveSigningKey(AccountRemoveKeyArgs),
    /// Suspend an account: its users can no longer connect (refused for SYS)
    #[command(after_help = "Examples:\n  pbctl nats account suspend acme")]
    Suspend(AccountNameArg),
    /// Resume a suspended account
    #[command(after_help = "Examples:\n  pbctl nats account resume acme")]
    Resume(AccountNameArg),
    Export(NatsExportArgs),
    Import(NatsImportArgs),
}

/// List accounts
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl nats account list\n  pbctl nats account list -o wide")]
pub struct NatsAccountListArgs {}

/// An account by record id or unique name (each subcommand sets its own about and examples)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account get acme\n  pbctl nats account suspend acme\n  pbctl nats account rotate-keys acme"
)]
pub struct AccountNameArg {
    /// Account record id or name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub name: String,
}

/// The pb-nats account limit fields, with the values of `limits` (or `default` for those
/// not given).
fn limits_patch(limits: &AccountLimitFlags, default: Option<i64>) -> Value {
    let values = [
        limits.conns,
        limits.subs,
        limits.data,
        limits.payload,
        limits.js_disk_storage,
        limits.js_mem_storage,
    ];
    let mut v = json!({});
    for (field, x) in ACCOUNT_LIMITS.iter().zip(values) {
        if let Some(n) = x.or(default) {
            v[*field] = json!(n);
        }
    }
    v
}

/// Create an account (limits default to -1, unlimited)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account create acme\n  pbctl nats account create 'Acme Corp' --description 'Acme tenant' --max-connections 100"
)]
#[command(mut_args(control_plane_spelling))]
pub struct NatsAccountCreateArgs {
    /// Account name (the JWT name is normalised: acme_corp)
    pub name: String,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    #[command(flatten)]
    pub limits: AccountLimitFlags,
}

/// Change an account's description, name or limits
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats account update acme --max-connections 500\n  pbctl nats account update acme --description 'Acme tenant'"
)]
#[command(mut_args(control_plane_spelling))]
pub struct NatsAccountUpdateArgs {
    /// Account record id or name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub name: String,
    /// New name
    #[arg(long, value_name = "N")]
    pub rename: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    #[command(flatten)]
    pub limits: AccountLimitFlags,
}

/// Remove one account signing key
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl nats account remove-signing-key acme ABCD...")]
pub struct AccountRemoveKeyArgs {
    /// Account record id or name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub name: String,
    /// The signing public key to remove (A...)
    pub key: String,
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("NAME", "name"),
        Column::new("ACTIVE", "active"),
        Column::new("PUBLIC KEY", "public_key"),
        Column::new("ID", "id"),
        Column::wide("DESCRIPTION", "description"),
        Column::wide("MAX CONN", "max_connections").count(),
    ]
}

pub async fn run(app: &App, common: &NatsCommonFlags, args: NatsAccountArgs) -> Result<Output> {
    let (_, cp) = connect(app, common).await?;
    cp.require_bootstrapped()?;
    let server_mints = cp.server_mints();
    match args.command {
        NatsAccountCommand::List(_) => {
            let items: Vec<Value> = cp
                .list(ACCOUNTS, None)
                .await?
                .iter()
                .map(|r| show(r, common, &cp))
                .collect();
            Ok(Output::list(Value::Array(items), columns(), "name"))
        }
        NatsAccountCommand::Get(a) => {
            let rec = cp.account(&a.name).await?;
            Ok(Output::object(show(&rec, common, &cp), "name"))
        }
        NatsAccountCommand::Create(a) => {
            let mut fields = json!({
                "name": a.name,
                "description": a.description.unwrap_or_default(),
                "active": true,
            });
            fields = merge(fields, limits_patch(&a.limits, Some(-1)));
            let rec = cp.add_account(&app.ui, fields).await?;
            Ok(Output::done(
                format!(
                    "Created account {} ({}).",
                    rec.str_field("name"),
                    rec.str_field("public_key")
                ),
                show(&rec, common, &cp),
                "name",
            ))
        }
        NatsAccountCommand::Update(a) => {
            let rec = cp.account(&a.name).await?;
            let mut patch = limits_patch(&a.limits, None);
            if let Some(n) = a.rename {
                patch["name"] = json!(n);
            }
            if let Some(d) = a.description {
                patch["description"] = json!(d);
            }
            let rec = cp.change_account(&rec, patch).await?;
            Ok(Output::done(
                format!("Updated account {}.", rec.str_field("name")),
                show(&rec, common, &cp),
                "name",
            ))
        }
        NatsAccountCommand::Delete(a) => {
            let rec = cp.account(&a.name).await?;
            cp.remove_account(&rec).await?;
            let hint = if server_mints {
                "pb-nats removes it from NATS"
            } else {
                "run `pbctl nats sync --prune` to remove it from NATS"
            };
            Ok(Output::done(
                format!("Deleted account {} ({hint}).", rec.str_field("name")),
                json!({"id": rec.str_field("id"), "name": rec.str_field("name"), "public_key": rec.str_field("public_key")}),
                "name",
            ))
        }
        NatsAccountCommand::RotateKeys(a) => keys(app, common, &cp, &a.name, KeyOp::Rotate).await,
        NatsAccountCommand::AddSigningKey(a) => keys(app, common, &cp, &a.name, KeyOp::Add).await,
        NatsAccountCommand::RemoveSigningKey(a) => {
            keys(app, common, &cp, &a.name, KeyOp::Remove(a.key)).await
        }
        NatsAccountCommand::Suspend(a) => set_active(app, common, &cp, &a.name, false).await,
        NatsAccountCommand::Resume(a) => set_active(app, common, &cp, &a.name, true).await,
        NatsAccountCommand::Export(e) => exports::exports(&cp, e).await,
        NatsAccountCommand::Import(i) => exports::imports(&cp, i).await,
    }
}

enum KeyOp {
    Rotate,
    Add,
    Remove(String),
}

async fn keys(
    app: &App,
    common: &NatsCommonFlags,
    cp: &ControlPlane,
    name: &str,
    op: KeyOp,
) -> Result<Output> {
    let rec = cp.account(name).await?;
    if cp.server_mints() {
        let patch = match &op {
            KeyOp::Rotate => json!({"rotate_keys": true}),
            KeyOp::Add => json!({"add_signing_key": true}),
            KeyOp::Remove(k) => json!({"remove_signing_key": k}),
        };
        let before = rec.str_field("jwt").to_string();
        let updated = cp.update(ACCOUNTS, rec.str_field("id"), patch).await?;
        let updated = cp
            .wait_for(
                ACCOUNTS,
                updated.str_field("id"),
                &app.ui,
                "re-minted the account",
                |r| r.str_field("jwt") != before,
            )
            .await?;
        return Ok(Output::done(
            format!(
                "Asked pb-nats to change the signing keys of {}.",
                rec.str_field("name")
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
            rec.str_field("name")
        ),
        show(&updated, common, cp),
        "name",
    ))
}

async fn set_active(
    app: &App,
    common: &NatsCommonFlags,
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
    let next = if cp.server_mints() {
        "pb-nats publishes the change"
    } else if active {
        "run `pbctl nats sync` to publish it"
    } else {
        "run `pbctl nats sync --prune` to remove it from NATS"
    };
    Ok(Output::done(
        format!("{verb} account {} ({next}).", rec.str_field("name")),
        show(&rec, common, cp),
        "name",
    ))
}
