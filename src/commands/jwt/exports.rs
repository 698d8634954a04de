//! `jwt account export add|delete` and `jwt account import add|delete`: the stream and
//! service exports of an account and the imports of other accounts' exports.

use super::JwtCommandContext;
use super::account::edit_account;
use super::sign::account_json;
use crate::error::{Error, Result};
use crate::nats::claims::{Export, ExportType, Import, ResponseType};
use crate::nats::keys::is_account_key;
use crate::output::Output;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(
    about = "Stream and service exports of an account",
    after_help = "Examples:\n  pbctl jwt account export add --account app --subject 'events.>'\n  pbctl jwt account export add --account app --subject 'help.>' --service"
)]
pub struct AccountExportArgs {
    #[command(subcommand)]
    pub command: AccountExportCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountExportCommand {
    Add(ExportAddArgs),
    #[command(visible_alias = "rm")]
    Delete(ExportDeleteArgs),
}

/// Add an export and re-sign the account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account export add --account app --subject 'events.>'\n  pbctl jwt account export add --account app --subject 'help.>' --service --response-type Singleton"
)]
pub struct ExportAddArgs {
    /// Exporting account
    #[arg(long, value_name = "A")]
    pub account: String,
    /// Exported subject
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// Export name [default: the subject]
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// A service export (default: stream)
    #[arg(long)]
    pub service: bool,
    /// Private export (importers need an activation token)
    #[arg(long)]
    pub private: bool,
    /// Service response type: Singleton, Stream or Chunked
    #[arg(long, value_name = "T", value_parser = ["Singleton", "Stream", "Chunked"])]
    pub response_type: Option<String>,
}

/// Delete an export and re-sign the account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account export delete --account app --subject 'events.>'"
)]
pub struct ExportDeleteArgs {
    #[arg(long, value_name = "A")]
    pub account: String,
    #[arg(long, value_name = "S")]
    pub subject: String,
}

#[derive(Debug, Args)]
#[command(
    about = "Stream and service imports of an account",
    after_help = "Examples:\n  pbctl jwt account import add --account web --from-account app --subject 'events.>'"
)]
pub struct AccountImportArgs {
    #[command(subcommand)]
    pub command: AccountImportCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountImportCommand {
    Add(ImportAddArgs),
    #[command(visible_alias = "rm")]
    Delete(ImportDeleteArgs),
}

/// Add an import and re-sign the account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account import add --account web --from-account app --subject 'events.>'\n  pbctl jwt account import add --account web --from-account app --subject 'help.>' --service --local-subject 'app.help.>'"
)]
pub struct ImportAddArgs {
    /// Importing account
    #[arg(long, value_name = "A")]
    pub account: String,
    /// Exporting account: a name in this store or a public key
    #[arg(long, value_name = "A")]
    pub from_account: String,
    /// Subject in the exporting account
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// Local subject [default: the same]
    #[arg(long, value_name = "S")]
    pub local_subject: Option<String>,
    /// Import name [default: the subject]
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// A service import (default: stream)
    #[arg(long)]
    pub service: bool,
    /// Activation token (JWT or file) for a private export
    #[arg(long, value_name = "JWT|FILE")]
    pub token: Option<String>,
}

/// Delete an import and re-sign the account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account import delete --account web --subject 'events.>'"
)]
pub struct ImportDeleteArgs {
    #[arg(long, value_name = "A")]
    pub account: String,
    #[arg(long, value_name = "S")]
    pub subject: String,
}

pub fn export_add(cx: &JwtCommandContext, a: ExportAddArgs) -> Result<Output> {
    let (ac, oc) = edit_account(cx, &a.account, None, |ac, _| {
        if ac.nats.exports.iter().any(|e| e.subject == a.subject) {
            return Err(Error::failed(format!(
                "account \"{}\" already exports {}",
                a.account, a.subject
            )));
        }
        let name = a.name.clone().unwrap_or_else(|| a.subject.clone());
        let mut e = if a.service {
            Export::service(name, &a.subject)
        } else {
            Export::stream(name, &a.subject)
        };
        e.token_req = a.private;
        if let Some(rt) = &a.response_type {
            if !a.service {
                return Err(Error::usage(
                    "--response-type is only for service exports (--service)",
                ));
            }
            e.response_type = Some(match rt.as_str() {
                "Stream" => ResponseType::Stream,
                "Chunked" => ResponseType::Chunked,
                _ => ResponseType::Singleton,
            });
        }
        ac.nats.exports.push(e);
        Ok(())
    })?;
    Ok(Output::done(
        format!("Export {} added to account \"{}\".", a.subject, a.account),
        account_json(&a.account, &ac, &oc, &cx.store, None),
        "name",
    ))
}

pub fn export_delete(cx: &JwtCommandContext, a: ExportDeleteArgs) -> Result<Output> {
    let (ac, oc) = edit_account(cx, &a.account, None, |ac, _| {
        let before = ac.nats.exports.len();
        ac.nats.exports.retain(|e| e.subject != a.subject);
        if ac.nats.exports.len() == before {
            return Err(Error::not_found(format!(
                "account \"{}\" has no export {}",
                a.account, a.subject
            )));
        }
        Ok(())
    })?;
    Ok(Output::done(
        format!(
            "Export {} deleted from account \"{}\".",
            a.subject, a.account
        ),
        account_json(&a.account, &ac, &oc, &cx.store, None),
        "name",
    ))
}

pub fn import_add(cx: &JwtCommandContext, a: ImportAddArgs) -> Result<Output> {
    let (ac, oc) = edit_account(cx, &a.account, None, |ac, op| {
        let from = if is_account_key(&a.from_account) {
            a.from_account.clone()
        } else {
            op.account_claims(&a.from_account)?.1.sub
        };
        if from == ac.sub {
            return Err(Error::usage("an account cannot import from itself"));
        }
        let name = a.name.clone().unwrap_or_else(|| a.subject.clone());
        let t = if a.service {
            ExportType::Service
        } else {
            ExportType::Stream
        };
        let mut imp = Import::new(name, from, &a.subject, t);
        if let Some(l) = &a.local_subject {
            imp.local_subject = l.clone();
        }
        if let Some(tok) = &a.token {
            let p = std::path::Path::new(tok);
            imp.token = if p.is_file() {
                std::fs::read_to_string(p)?.trim().to_string()
            } else {
                tok.trim().to_string()
            };
        }
        ac.nats.imports.push(imp);
        Ok(())
    })?;
    Ok(Output::done(
        format!("Import {} added to account \"{}\".", a.subject, a.account),
        account_json(&a.account, &ac, &oc, &cx.store, None),
        "name",
    ))
}

pub fn import_delete(cx: &JwtCommandContext, a: ImportDeleteArgs) -> Result<Output> {
    let (ac, oc) = edit_account(cx, &a.account, None, |ac, _| {
        let before = ac.nats.imports.len();
        ac.nats
            .imports
            .retain(|i| i.subject != a.subject && i.local_subject != a.subject);
        if ac.nats.imports.len() == before {
            return Err(Error::not_found(format!(
                "account \"{}\" has no import {}",
                a.account, a.subject
            )));
        }
        Ok(())
    })?;
    Ok(Output::done(
        format!(
            "Import {} deleted from account \"{}\".",
            a.subject, a.account
        ),
        account_json(&a.account, &ac, &oc, &cx.store, None),
        "name",
    ))
}
