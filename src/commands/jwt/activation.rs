//! `jwt activation create`: the token an exporting account gives another account so that
//! it can import a private export (like `nsc generate activation`).

use super::JwtCommandContext;
use super::sign::{account_signer, next_iat, time_json};
use crate::commands::nats_flags::parse_expiry;
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, write_file};
use crate::nats::claims::{ActivationClaims, ExportType};
use crate::nats::jwt::{encode_at, subject_covers};
use crate::nats::keys::is_account_key;
use crate::output::Output;
use clap::{Args, Subcommand};
use serde_json::json;
use std::path::PathBuf;

#[derive(Debug, Clone, Args)]
#[command(
    about = "Activation tokens for private exports",
    after_help = "Examples:\n  pbctl jwt activation create --account svc --subject 'help.>' --target-account web -O web.tok\n  pbctl jwt account import add web --from-account svc --subject 'help.>' --service --token web.tok"
)]
pub struct ActivationArgs {
    #[command(subcommand)]
    pub command: ActivationCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum ActivationCommand {
    Create(ActivationCreateArgs),
}

/// Sign an activation letting another account import a private export; prints the JWT
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The export is found by --subject in the exporting account (its stream or service kind\nis taken from there). The token is signed by the exporting account's newest signing key\n(or its identity key); give it to the importing account's owner, who adds it with\n`jwt account import add ... --token FILE`. Without --expiry it never expires.\n\nExamples:\n  pbctl jwt activation create --account svc --subject 'help.>' --target-account web\n  pbctl jwt activation create --account svc --subject 'help.>' --target-account ADFJ... \\\n      --expiry 30d -O partner.tok"
)]
pub struct ActivationCreateArgs {
    /// Exporting account
    #[arg(long, short = 'a', value_name = "EXPORTER")]
    pub account: String,
    /// The exported subject (or a narrower subject of it)
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// Importing account: a name in this store or a public key (A...)
    #[arg(long, value_name = "ACCOUNT|PUBKEY")]
    pub target_account: String,
    /// Expiry: a duration from now (30d) or a date (2027-01-31, RFC 3339)
    #[arg(long, value_name = "D|DATE")]
    pub expiry: Option<String>,
    /// Write the token to FILE instead of stdout
    #[arg(short = 'O', long = "out", value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "out")]
    pub force: bool,
}

pub fn activation_create(cx: &JwtCommandContext, a: ActivationCreateArgs) -> Result<Output> {
    let op = cx.op()?;
    let (_, oc) = op.operator_claims()?;
    let (_, exporter) = op.account_claims(&a.account)?;
    let export = exporter
        .nats
        .exports
        .iter()
        .find(|e| subject_covers(&e.subject, &a.subject))
        .ok_or_else(|| {
            Error::not_found(format!(
                "account \"{}\" has no export covering {}",
                a.account, a.subject
            ))
            .hint(format!(
                "add one with `pbctl jwt account export add {} --subject {} --private`",
                a.account, a.subject
            ))
        })?;
    if !export.token_req {
        cx.app.ui.warn(format!(
            "export {} of account \"{}\" is public: importers need no activation",
            export.subject, a.account
        ));
    }
    let target = if is_account_key(&a.target_account) {
        a.target_account.clone()
    } else {
        op.account_claims(&a.target_account)
            .map_err(|e| e.hint("give a store account name or an account public key (A...)"))?
            .1
            .sub
    };
    if target == exporter.sub {
        return Err(Error::usage(
            "an account cannot activate an import from itself",
        ));
    }
    let kind = export.export_type;
    let mut act = ActivationClaims::new(target.clone(), a.subject.clone(), kind);
    if let Some(e) = &a.expiry {
        act.exp = parse_expiry(e)?;
    }
    let (signer, with_ia) = account_signer(&cx.store, &oc, &exporter)?;
    if with_ia {
        act.nats.issuer_account = exporter.sub.clone();
    }
    let token = encode_at(&mut act, &signer, next_iat(0))?;
    let value = json!({
        "account": a.account,
        "subject": a.subject,
        "kind": match kind { ExportType::Stream => "stream", ExportType::Service => "service" },
        "targetAccount": target,
        "issuer": act.iss,
        "expires": time_json(act.exp),
        "token": token,
    });
    match &a.out {
        Some(path) if path.as_os_str() != "-" => {
            write_file(
                path,
                format!("{token}\n").as_bytes(),
                Overwrite::from_force(a.force),
            )?;
            let mut v = value;
            v["file"] = json!(path.to_string_lossy());
            Ok(Output::done(
                format!("Activation for {target} written to {}.", path.display()),
                v,
                "file",
            ))
        }
        _ if !cx.app.human_output() => Ok(Output::object(value, "token")),
        _ => Ok(Output::Text(format!("{token}\n"))),
    }
}
