//! `jwt creds`: a user's creds file (JWT and seed), printed or written 0600.

use super::JwtCommandContext;
use super::user::resolve_account;
use crate::error::Result;
use crate::fsutil::{Overwrite, write_file};
use crate::nats::creds::Creds;
use crate::nats::jwt::{VerifyOptions, decode};
use crate::output::Output;
use clap::Args;
use clap_complete::engine::ArgValueCandidates;
use serde_json::json;
use std::path::PathBuf;

/// Print a user's creds file (JWT + seed), or write it with -O (mode 0600)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The creds file contains the user's secret seed; it is printed because you asked for it.\n\nExamples:\n  pbctl jwt creds alice --account app -O alice.creds\n  pbctl jwt creds alice --account app > alice.creds"
)]
pub struct CredsArgs {
    /// The user's name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_users))]
    pub name: String,
    /// The account [default: the only account besides SYS]
    #[arg(long, short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
    /// Write to FILE (mode 0600) instead of stdout; - for stdout
    #[arg(short = 'O', long = "out", value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "out")]
    pub force: bool,
}

pub fn creds(cx: &JwtCommandContext, a: CredsArgs) -> Result<Output> {
    let op = cx.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let (token, uc) = op.user_claims(&account, &a.name)?;
    let kp = cx.store.require_key(&uc.sub, "user key")?;
    let creds = Creds::new(&token, kp.seed()?.expose_secret())?;
    if let Ok((_, ac)) = op.account_claims(&account)
        && ac.nats.is_revoked(&uc.sub, uc.iat)
    {
        cx.app.ui.warn(format!(
            "user \"{}\" is revoked; reissue it with `pbctl jwt user edit {} --account {account}`",
            a.name, a.name
        ));
    }
    if decode::<crate::nats::claims::User>(&token, &VerifyOptions::default()).is_err() {
        cx.app.ui.warn(format!(
            "the JWT of user \"{}\" is expired or not yet valid",
            a.name
        ));
    }
    match &a.out {
        None => Ok(Output::Text(creds.to_creds_string())),
        Some(p) if p.as_os_str() == "-" => Ok(Output::Text(creds.to_creds_string())),
        Some(path) => {
            write_file(
                path,
                creds.to_creds_string().as_bytes(),
                Overwrite::from_force(a.force),
            )?;
            Ok(Output::done(
                format!(
                    "Creds of user \"{}\" written to {} (mode 0600).",
                    a.name,
                    path.display()
                ),
                json!({"name": a.name, "account": account, "publicKey": uc.sub, "file": path.to_string_lossy()}),
                "file",
            ))
        }
    }
}
