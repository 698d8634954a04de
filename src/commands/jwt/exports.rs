//! `jwt account export add|delete` and `jwt account import add|delete`: the stream and
//! service exports of an account and the imports of other accounts' exports.

use super::JwtCommandContext;
use super::account::edit_account;
use super::sign::account_json;
use super::target::AccountTarget;
use crate::error::{Error, Result};
use crate::jwt_store::OperatorStore;
use crate::nats::claims::{
    AccountClaims, ActivationClaims, Export, ExportType, Import, ResponseType,
};
use crate::nats::jwt::{VerifyOptions, decode, subject_covers, verify_activation};
use crate::nats::keys::is_account_key;
use crate::output::Output;
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;

#[derive(Debug, Clone, Args)]
#[command(
    about = "Stream and service exports of an account",
    after_help = "Examples:\n  pbctl jwt account export add --account app --subject 'events.>'\n  pbctl jwt account export add --account app --subject 'help.>' --service"
)]
pub struct AccountExportArgs {
    #[command(subcommand)]
    pub command: AccountExportCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum AccountExportCommand {
    Add(ExportAddArgs),
    #[command(visible_alias = "rm")]
    Delete(ExportDeleteArgs),
}

/// Add an export and re-sign the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account export add --account app --subject 'events.>'\n  pbctl jwt account export add --account app --subject 'help.>' --service --response-type Singleton"
)]
pub struct ExportAddArgs {
    #[command(flatten)]
    pub target: AccountTarget,
    /// Exported subject
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// Export name [default: the subject]
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// A service export (default: stream)
    #[arg(long)]
    pub service: bool,
    /// A stream export (the default)
    #[arg(long, conflicts_with = "service")]
    pub stream: bool,
    /// Private export (importers need an activation token)
    #[arg(long)]
    pub private: bool,
    /// Service response type: singleton, stream or chunked
    #[arg(long, value_name = "T", value_parser = parse_response_type)]
    pub response_type: Option<ResponseType>,
    /// Advertise the export (shown to importers by tooling)
    #[arg(long)]
    pub advertise: bool,
}

fn parse_response_type(s: &str) -> std::result::Result<ResponseType, String> {
    match s.to_ascii_lowercase().as_str() {
        "singleton" => Ok(ResponseType::Singleton),
        "stream" => Ok(ResponseType::Stream),
        "chunked" => Ok(ResponseType::Chunked),
        _ => Err(format!("{s:?}: use singleton, stream or chunked")),
    }
}

/// Delete an export and re-sign the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account export delete --account app --subject 'events.>'"
)]
pub struct ExportDeleteArgs {
    /// The account [default: the only account besides SYS]
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: String,
    #[arg(long, value_name = "S")]
    pub subject: String,
}

#[derive(Debug, Clone, Args)]
#[command(
    about = "Stream and service imports of an account",
    after_help = "Examples:\n  pbctl jwt account import add --account web --from-account app --subject 'events.>'"
)]
pub struct AccountImportArgs {
    #[command(subcommand)]
    pub command: AccountImportCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum AccountImportCommand {
    Add(ImportAddArgs),
    #[command(visible_alias = "rm")]
    Delete(ImportDeleteArgs),
}

/// Add an import and re-sign the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account import add --account web --from-account app --subject 'events.>'\n  pbctl jwt account import add --account web --from-account app --subject 'help.>' --service \\\n      --local-subject 'app.help.>'"
)]
pub struct ImportAddArgs {
    #[command(flatten)]
    pub target: AccountTarget,
    /// Exporting account: a name in this store or a public key
    #[arg(long, value_name = "ACCOUNT")]
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
    /// A stream import (the default)
    #[arg(long, conflicts_with = "service")]
    pub stream: bool,
    /// Activation token (JWT or file) for a private export
    #[arg(long, value_name = "JWT|FILE")]
    pub token: Option<String>,
}

/// Delete an import and re-sign the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account import delete --account web --subject 'events.>'"
)]
pub struct ImportDeleteArgs {
    /// The account [default: the only account besides SYS]
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: String,
    #[arg(long, value_name = "S")]
    pub subject: String,
}

pub fn export_add(cx: &JwtCommandContext, a: ExportAddArgs) -> Result<Output> {
    let account = a.target.name()?;
    let (ac, oc) = edit_account(cx, &account, None, |ac, _| {
        if ac.nats.exports.iter().any(|e| e.subject == a.subject) {
            return Err(Error::failed(format!(
                "account \"{account}\" already exports {}",
                a.subject
            )));
        }
        let name = a.name.clone().unwrap_or_else(|| a.subject.clone());
        let mut e = if a.service {
            Export::service(name, &a.subject)
        } else {
            Export::stream(name, &a.subject)
        };
        e.token_req = a.private;
        e.advertise = a.advertise;
        if let Some(rt) = a.response_type {
            if !a.service {
                return Err(Error::usage(
                    "--response-type is only for service exports (--service)",
                ));
            }
            e.response_type = Some(rt);
        }
        ac.nats.exports.push(e);
        Ok(())
    })?;
    Ok(Output::done(
        format!(
            "Export {} added to account \"{account}\"{}.",
            a.subject,
            if a.private {
                "; importers need an activation (`pbctl jwt activation create`)"
            } else {
                ""
            }
        ),
        account_json(&account, &ac, &oc, &cx.store, None),
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
    let account = a.target.name()?;
    let mut warning = None;
    let (ac, oc) = edit_account(cx, &account, None, |ac, op| {
        let exporter = find_exporter(op, &a.from_account)?;
        let from = match &exporter {
            Some(e) => e.sub.clone(),
            None => a.from_account.clone(),
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
        let mut imp = Import::new(name, from.clone(), &a.subject, t);
        if let Some(l) = &a.local_subject {
            imp.local_subject = l.clone();
        }
        if let Some(tok) = &a.token {
            imp.token = read_token(tok)?;
            check_token(&imp.token, exporter.as_ref(), &ac.sub, &from, &a.subject, t)?;
        } else if let Some(e) = &exporter
            && e.nats
                .exports
                .iter()
                .any(|x| x.token_req && subject_covers(&x.subject, &a.subject))
        {
            warning = Some(format!(
                "{} is a private export of account \"{}\": the server ignores this import until it has an activation token (--token)",
                a.subject, e.name
            ));
        }
        ac.nats.imports.push(imp);
        Ok(())
    })?;
    if let Some(w) = warning {
        cx.app.ui.warn(w);
    }
    Ok(Output::done(
        format!("Import {} added to account \"{account}\".", a.subject),
        account_json(&account, &ac, &oc, &cx.store, None),
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

/// The exporting account when it is in the store (by name, or by public key); `None` for
/// a foreign account given by public key.
fn find_exporter(op: &OperatorStore, from: &str) -> Result<Option<AccountClaims>> {
    if !is_account_key(from) {
        return Ok(Some(op.account_claims(from)?.1));
    }
    for name in op.accounts()? {
        if let Ok((_, ac)) = op.account_claims(&name)
            && ac.sub == from
        {
            return Ok(Some(ac));
        }
    }
    Ok(None)
}

/// `--token`: a JWT, or a file holding one.
fn read_token(arg: &str) -> Result<String> {
    let t = arg.trim();
    if t.starts_with("eyJ") && t.matches('.').count() == 2 {
        return Ok(t.to_string());
    }
    let text = std::fs::read_to_string(t).map_err(|e| {
        Error::usage(format!(
            "--token {t:?} is neither a JWT nor a readable file: {e}"
        ))
    })?;
    Ok(text.trim().to_string())
}

/// Check an activation token before storing it: the server silently ignores an import
/// whose token does not match.
fn check_token(
    token: &str,
    exporter: Option<&AccountClaims>,
    importer: &str,
    exporter_key: &str,
    subject: &str,
    kind: ExportType,
) -> Result<()> {
    let bad = |e: crate::nats::Error| {
        Error::usage(format!("--token is not a usable activation: {e}"))
            .hint("create one with `pbctl jwt activation create --account EXPORTER --subject S --target-account IMPORTER`")
    };
    let opts = VerifyOptions::default();
    match exporter {
        Some(e) => verify_activation(token, &opts, e, importer, subject, kind)
            .map(|_| ())
            .map_err(bad),
        None => {
            let act: ActivationClaims = decode(token, &opts).map_err(bad)?;
            if act.sub != importer || act.exporter() != exporter_key {
                return Err(Error::usage(format!(
                    "--token was issued by {} for {}, not by {exporter_key} for this account ({importer})",
                    act.exporter(),
                    act.sub
                )));
            }
            if act.nats.kind != Some(kind) || !subject_covers(&act.nats.subject, subject) {
                return Err(Error::usage(format!(
                    "--token grants {:?}, not this import of {subject}",
                    act.nats.subject
                )));
            }
            Ok(())
        }
    }
}
