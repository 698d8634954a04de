//! `jwt context NAME --account A --user U`: a nats CLI context for a store user (like
//! `nsc generate context`), so that `nats --context NAME` connects as that user.

use super::JwtCommandContext;
use super::user::resolve_account;
use crate::error::{Error, Result};
use crate::nats::creds::Creds;
use crate::nats_context;
use crate::output::Output;
use clap::Args;
use serde_json::json;

/// Write a nats CLI context (and a 0600 creds file) for a user of the store
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Writes $XDG_CONFIG_HOME/nats/context/NAME.json (what `nats --context NAME` reads) with\nthe server URL and the path of the user's creds file, which goes to\n$PBCTL_DATA_DIR/nats-creds/NAME.creds (mode 0600). The URL is --nats-url, else the\noperator's service URLs. An existing context keeps its other settings.\n\nExamples:\n  pbctl jwt context demo --account app --user alice\n  pbctl jwt context prod-alice --account app --user alice --nats-url nats://nats.example.com:4222\n  nats --context demo pub app.hello hi"
)]
pub struct ContextArgs {
    /// Context name
    pub name: String,
    /// Account of the user
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    pub account: Option<String>,
    /// User name
    #[arg(long, short = 'u', value_name = "U")]
    pub user: String,
    /// NATS URL(s), comma-separated [default: the operator's service URLs]
    #[arg(long, value_name = "U")]
    pub nats_url: Option<String>,
}

pub fn context(cx: &JwtCommandContext, a: ContextArgs) -> Result<Output> {
    nats_context::validate_context_name(&a.name)?;
    let op = cx.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let (token, uc) = op.user_claims(&account, &a.user)?;
    let url = match &a.nats_url {
        Some(u) => {
            crate::config::check_nats_url(u)?;
            u.clone()
        }
        None => {
            let (_, oc) = op.operator_claims()?;
            if oc.nats.operator_service_urls.is_empty() {
                return Err(Error::usage(
                    "no NATS URL: pass --nats-url, or set the operator's service URLs (`pbctl jwt operator edit --service-url U`)",
                ));
            }
            oc.nats.operator_service_urls.join(",")
        }
    };
    let kp = cx.store.require_key(&uc.sub, "user key")?;
    let creds = Creds::new(&token, kp.seed()?.expose_secret())?;
    let written = nats_context::write(
        &a.name,
        &url,
        &creds.to_creds_string(),
        &format!("pbctl jwt: user {} of account {account}", a.user),
    )?;
    Ok(Output::done(
        format!(
            "nats context \"{}\" {} ({}); creds in {} (mode 0600). Use it with `nats --context {}`.",
            a.name,
            if written.updated {
                "updated"
            } else {
                "created"
            },
            written.context_file.display(),
            written.creds_file.display(),
            a.name
        ),
        json!({
            "name": a.name,
            "account": account,
            "user": a.user,
            "url": url,
            "contextFile": written.context_file.to_string_lossy(),
            "credsFile": written.creds_file.to_string_lossy(),
        }),
        "name",
    ))
}
