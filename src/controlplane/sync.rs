//! `nats sync`: push every active account JWT of the control plane to NATS through
//! `$SYS.REQ.CLAIMS.UPDATE` (pipelined, every server's reply collected), and with
//! prune delete inactive or vanished accounts with an operator-signed
//! `$SYS.REQ.CLAIMS.DELETE`.

use super::names::*;
use super::{ControlPlane, RecordFields};
use crate::error::{Error, Result};
use crate::nats::claims::OperatorClaims;
use crate::nats::creds::Creds;
use crate::nats::jwt::{
    SigningKeyPolicy, VerifyOptions, decode, decode_account, verify_account_issuer,
};
use crate::nats::keys::KeyKind;
use crate::nats::resolver::{CollectOptions, PushRoute, ResolverClient};
use crate::pb::filter_quote;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

/// One result line: an account on one server.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub account: String,
    pub public_key: String,
    pub action: String,
    pub server: String,
    pub ok: bool,
    pub result: String,
}

/// What the control plane says NATS should hold.
pub struct Plan {
    /// (name, public key, JWT) of every active account with a JWT (SYS included).
    pub push: Vec<(String, String, String)>,
    /// (name, public key) of inactive accounts.
    pub inactive: Vec<(String, String)>,
    /// Accounts skipped, with the reason.
    pub skipped: Vec<Line>,
    pub system_account: String,
    pub operator: Value,
}

pub async fn plan(cp: &ControlPlane) -> Result<Plan> {
    let operator = cp.operator().await?;
    let op_claims: OperatorClaims =
        decode(operator.str_field("jwt"), &VerifyOptions::ignore_time()).map_err(|e| {
            Error::failed(format!("the operator JWT in PocketBase is invalid: {e}"))
        })?;
    let sys_id = operator.str_field("system_account_id").to_string();
    let mut plan = Plan {
        push: Vec::new(),
        inactive: Vec::new(),
        skipped: Vec::new(),
        system_account: String::new(),
        operator: operator.clone(),
    };
    for acct in cp.list(ACCOUNTS, None).await? {
        let name = acct.str_field("name").to_string();
        let key = acct.str_field("public_key").to_string();
        let is_sys = acct.str_field("id") == sys_id;
        if is_sys {
            plan.system_account = key.clone();
        }
        if !acct.bool_field("active") && !is_sys {
            if !key.is_empty() {
                plan.inactive.push((name, key));
            }
            continue;
        }
        let jwt = acct.str_field("jwt").trim().to_string();
        let skip = |why: String| Line {
            account: name.clone(),
            public_key: key.clone(),
            action: "skip".into(),
            server: String::new(),
            ok: false,
            result: why,
        };
        if jwt.is_empty() || key.is_empty() {
            plan.skipped.push(skip("no account JWT yet".into()));
            continue;
        }
        match decode_account(&jwt) {
            Ok(c) => {
                if let Err(e) = verify_account_issuer(&op_claims, &c, SigningKeyPolicy::Lenient) {
                    plan.skipped
                        .push(skip(format!("not trusted by the operator: {e}")));
                    continue;
                }
            }
            Err(e) => {
                plan.skipped.push(skip(format!("invalid JWT: {e}")));
                continue;
            }
        }
        plan.push.push((name, key, jwt));
    }
    Ok(plan)
}

/// The `sys` user's creds from the control plane.
pub async fn sys_creds(cp: &ControlPlane) -> Result<Creds> {
    let sys_id = cp.system_account_id().await?;
    let users = cp
        .list(
            USERS,
            Some(&format!(
                "nats_username = {} && account_id = {}",
                filter_quote(SYS_USER),
                filter_quote(&sys_id)
            )),
        )
        .await?;
    let user = users.into_iter().next().ok_or_else(|| {
        Error::failed("the control plane has no sys user to connect to NATS with")
            .hint("run `pbctl nats bootstrap`, or pass --creds FILE")
    })?;
    Creds::parse(user.str_field("creds_file"))
        .map_err(|e| Error::failed(format!("the sys user's creds_file is unusable: {e}")))
}

pub fn collect_options() -> CollectOptions {
    CollectOptions {
        timeout: Duration::from_secs(3),
        expected_servers: None,
        settle: Some(Duration::from_millis(300)),
    }
}

/// Connect as the system user and learn how many servers will answer (so that
/// collecting replies ends when all of them did; the settle window is the fallback).
pub async fn connect(url: &str, creds: &Creds) -> Result<ResolverClient> {
    let mut client = ResolverClient::connect(url, creds, collect_options())
        .await
        .map_err(|e| {
            Error::from(e).hint("check --nats-url (or the context's nats.url) and that the creds belong to the system account")
        })?;
    client.discover_servers(DISCOVERY_WAIT).await;
    Ok(client)
}

/// The longest wait for `$SYS.REQ.SERVER.PING` answers (they take milliseconds).
const DISCOVERY_WAIT: Duration = Duration::from_secs(1);

/// Push the plan; with `prune`, delete accounts the resolvers hold that are not
/// active in PocketBase. `dry_run`: report what would happen. `pushed` is called once
/// for each account as the first server confirms (or refuses) it: progress.
pub async fn run(
    cp: &ControlPlane,
    plan: &Plan,
    client: Option<&ResolverClient>,
    prune: bool,
    dry_run: bool,
    pushed: &(dyn Fn() + Sync),
) -> Result<Vec<Line>> {
    let mut lines = plan.skipped.clone();
    let names: BTreeMap<String, String> = plan
        .push
        .iter()
        .map(|(n, k, _)| (k.clone(), n.clone()))
        .chain(plan.inactive.iter().map(|(n, k)| (k.clone(), n.clone())))
        .collect();

    // Prune candidates: what the resolvers hold that is not active here.
    let mut to_delete: BTreeSet<String> = BTreeSet::new();
    if prune {
        let active: BTreeSet<&str> = plan.push.iter().map(|(_, k, _)| k.as_str()).collect();
        match client {
            Some(c) => {
                for reply in c.list().await? {
                    for a in reply.accounts {
                        if !active.contains(a.as_str()) && a != plan.system_account {
                            to_delete.insert(a);
                        }
                    }
                }
            }
            None => {
                to_delete.extend(plan.inactive.iter().map(|(_, k)| k.clone()));
            }
        }
    }

    if dry_run {
        for (name, key, _) in &plan.push {
            lines.push(Line {
                account: name.clone(),
                public_key: key.clone(),
                action: "push".into(),
                server: String::new(),
                ok: true,
                result: "would push".into(),
            });
        }
        for key in &to_delete {
            lines.push(Line {
                account: names.get(key).cloned().unwrap_or_default(),
                public_key: key.clone(),
                action: "delete".into(),
                server: String::new(),
                ok: true,
                result: "would delete".into(),
            });
        }
        return Ok(lines);
    }
    let client = client.ok_or_else(|| Error::usage("no NATS connection"))?;

    let jwts: Vec<String> = plan.push.iter().map(|(_, _, j)| j.clone()).collect();
    let results = client
        .push_many_observed(&jwts, PushRoute::Claims, pushed)
        .await
        .map_err(|e| Error::unavailable(format!("pushing account JWTs: {e}")))?;
    for ((name, key, _), res) in plan.push.iter().zip(results) {
        if res.replies.is_empty() {
            lines.push(Line {
                account: name.clone(),
                public_key: key.clone(),
                action: "push".into(),
                server: String::new(),
                ok: false,
                result: "no reply".into(),
            });
        }
        // Servers known to be there (see `connect`) that did not answer for this account.
        let silent: Vec<String> = client
            .known_servers()
            .iter()
            .filter(|s| !res.replies.is_empty() && !res.replies.iter().any(|r| r.server.id == s.id))
            .map(|s| s.name.clone())
            .collect();
        for r in res.replies {
            lines.push(Line {
                account: name.clone(),
                public_key: key.clone(),
                action: "push".into(),
                server: r.server.name.clone(),
                ok: r.is_success(),
                result: r.text().to_string(),
            });
        }
        for server in silent {
            lines.push(Line {
                account: name.clone(),
                public_key: key.clone(),
                action: "push".into(),
                server,
                ok: false,
                result: "no reply".into(),
            });
        }
    }

    if !to_delete.is_empty() {
        let identity =
            super::mint::identity(&plan.operator, KeyKind::Operator, cp.enc(), "the operator")?;
        let accounts: Vec<String> = to_delete.iter().cloned().collect();
        let replies = client
            .delete_accounts(&identity, &accounts)
            .await
            .map_err(|e| Error::unavailable(format!("deleting accounts: {e}")))?;
        for key in &accounts {
            for r in &replies {
                lines.push(Line {
                    account: names
                        .get(key)
                        .cloned()
                        .unwrap_or_else(|| "(not in PocketBase)".into()),
                    public_key: key.clone(),
                    action: "delete".into(),
                    server: r.server.name.clone(),
                    ok: r.is_success(),
                    result: r.text().to_string(),
                });
            }
        }
    }
    Ok(lines)
}
