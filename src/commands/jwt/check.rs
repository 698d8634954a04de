//! `jwt check`: the operator, accounts and users of the store (and, with `--creds`, creds
//! files) that have expired or expire soon, for monitoring (like `nsc expirations`).

use super::JwtCommandContext;
use super::sign::time_json;
use crate::error::{Error, Result};
use crate::jwt_store::store_verify;
use crate::nats::claims::User;
use crate::nats::creds::Creds;
use crate::nats::jwt::{decode, now_unix};
use crate::output::{Column, Output};
use clap::Args;
use serde_json::{Value, json};
use std::path::PathBuf;

/// List what has expired or expires within --expiring (default 30d); exit 1 when anything does
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Checks the operator, every account and user of the store, and the creds files given\nwith --creds. Exit code 1 when anything is listed, 0 otherwise: run it from cron or a\nmonitoring system (-o json for a machine-readable list).\n\nExamples:\n  pbctl jwt check\n  pbctl jwt check --expiring 7d -o json\n  pbctl jwt check --creds /etc/nats/app.creds --creds ./alice.creds"
)]
pub struct CheckArgs {
    /// Also list what expires within this duration (e.g. 7d, 12h)
    #[arg(long, value_name = "D", default_value = "30d")]
    pub expiring: String,
    /// Also check these creds files (repeatable)
    #[arg(long, value_name = "FILE")]
    pub creds: Vec<PathBuf>,
}

fn row(kind: &str, name: &str, account: &str, exp: i64, now: i64) -> Value {
    let left = exp - now;
    json!({
        "kind": kind,
        "name": name,
        "account": account,
        "expires": time_json(exp),
        "status": if left <= 0 { "expired" } else { "expiring" },
        "expiresInSeconds": left.max(0),
        "expiresIn": if left <= 0 {
            "expired".to_string()
        } else {
            crate::human::duration(left as u64)
        },
    })
}

pub fn check(cx: &JwtCommandContext, a: CheckArgs) -> Result<Output> {
    let within = crate::app::parse_duration(&a.expiring)?;
    let now = now_unix();
    let horizon = now.saturating_add(i64::try_from(within.as_secs()).unwrap_or(i64::MAX / 2));
    let due = |exp: i64| exp > 0 && exp <= horizon;
    let mut rows = Vec::new();
    let op = cx.op()?;
    let (_, oc) = op.operator_claims()?;
    if due(oc.exp) {
        rows.push(row("operator", &op.name, "", oc.exp, now));
    }
    for account in op.accounts()? {
        let (_, ac) = op.account_claims(&account)?;
        if due(ac.exp) {
            rows.push(row("account", &account, &account, ac.exp, now));
        }
        for user in op.users(&account)? {
            let jwt = op.user_jwt(&account, &user)?;
            let uc = decode::<User>(&jwt, &store_verify())
                .map_err(|e| Error::failed(format!("user \"{account}/{user}\": {e}")))?;
            if due(uc.exp) {
                rows.push(row("user", &user, &account, uc.exp, now));
            }
        }
    }
    for path in &a.creds {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
        let creds = Creds::parse(&text)
            .map_err(|e| Error::usage(format!("{}: not a creds file: {e}", path.display())))?;
        let uc = creds.claims();
        if due(uc.exp) {
            let mut r = row("creds", &path.to_string_lossy(), "", uc.exp, now);
            r["user"] = json!(uc.name);
            rows.push(r);
        }
    }
    // Soonest (and already expired) first.
    rows.sort_by_key(|r| r["expiresInSeconds"].as_i64().unwrap_or(0));
    let n = rows.len();
    let output = Output::list(
        Value::Array(rows),
        vec![
            Column::new("KIND", "kind"),
            Column::new("NAME", "name"),
            Column::new("ACCOUNT", "account"),
            Column::new("STATUS", "status"),
            Column::new("EXPIRES", "expires"),
            Column::new("IN", "expiresIn"),
        ],
        "name",
    );
    if n == 0 {
        cx.app.ui.status(format!(
            "Nothing expired or expiring within {}.",
            a.expiring
        ));
        // Said on stderr already: no "No resources found." under it.
        if cx.app.out.is_human() {
            return Ok(Output::Empty);
        }
        return Ok(output);
    }
    Ok(output.then_fail(Error::failed(format!(
        "{n} expired or expiring within {}",
        a.expiring
    ))))
}
