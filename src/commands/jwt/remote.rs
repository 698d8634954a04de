//! `jwt push` and `jwt pull`: the resolver protocol against real servers.

use super::JwtCommandContext;
use super::sign::{operator_signer, time_json};
use crate::error::{Error, ErrorKind, Result};
use crate::jwt_store::OperatorStore;
use crate::nats::claims::{AccountClaims, OperatorClaims, SigningKey};
use crate::nats::creds::Creds;
use crate::nats::jwt::{
    SigningKeyPolicy, VerifyOptions, decode, decode_account, verify_account_issuer,
};
use crate::nats::resolver::{
    CollectOptions, LookupReply, PushRoute, ResolverClient, ServerIdentity, ServerReply,
    mint_push_user,
};
use crate::output::{Column, Output};
use clap::Args;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::Duration;

/// Push account JWTs to NATS resolvers ($SYS.REQ.CLAIMS.UPDATE), reporting every server's reply
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The URL comes from --nats-url, else the context's nats.url, else the operator's\naccount_server_url. The system user comes from --system-creds, else the context's\nnats.creds, else a 2-minute user minted from the store's SYS account. Accounts whose\nissuer the operator does not trust, or that are expired, are refused (--force skips the\nchecks). pbctl asks the system how many servers it has ($SYS.REQ.SERVER.PING) and stops\nas soon as every account has that many replies (or --servers N); when the count cannot be\nlearnt, 500 ms after the last reply. --timeout (default 5s) bounds the wait. Exit code 1\nif any server refused an account or did not answer.\n\nExamples:\n  pbctl jwt push\n  pbctl jwt push app tenant-42 --nats-url nats://10.0.0.5:4222\n  pbctl jwt push --all --prune --servers 3 -o json"
)]
pub struct PushArgs {
    /// Accounts to push [default: all]
    pub accounts: Vec<String>,
    /// Push every account
    #[arg(long, conflicts_with = "accounts")]
    pub all: bool,
    /// NATS URL(s), comma-separated
    #[arg(long, value_name = "U")]
    pub nats_url: Option<String>,
    /// Creds of a system account user
    #[arg(long, value_name = "F")]
    pub system_creds: Option<PathBuf>,
    /// Delete from the resolvers the accounts that are not in the store ($SYS.REQ.CLAIMS.DELETE)
    #[arg(long)]
    pub prune: bool,
    /// Stop waiting once every account has N replies [default: the servers the system reports]
    #[arg(long, value_name = "N")]
    pub servers: Option<usize>,
    /// Push even untrusted, expired or invalid account JWTs
    #[arg(long)]
    pub force: bool,
    /// Show what would be pushed and pruned, without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

/// Compare the resolver's accounts with the store (--write: take the newer ones)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "With --write, account JWTs the resolver has in a newer version (larger iat) replace the\nstore's, and accounts only the resolver has are added under their JWT name; only JWTs\nsigned by a key the operator trusts are written.\n\nExamples:\n  pbctl jwt pull --nats-url nats://127.0.0.1:4222\n  pbctl jwt pull -o json\n  pbctl jwt pull --write\n  pbctl jwt pull --write --overwrite-newer"
)]
pub struct PullArgs {
    /// NATS URL(s), comma-separated
    #[arg(long, value_name = "U")]
    pub nats_url: Option<String>,
    /// Creds of a system account user
    #[arg(long, value_name = "F")]
    pub system_creds: Option<PathBuf>,
    /// Stop waiting once N servers replied
    #[arg(long, value_name = "N")]
    pub servers: Option<usize>,
    /// Store the resolver's account JWTs that are newer (by iat) than the store's, and
    /// the accounts only the resolver has
    #[arg(long)]
    pub write: bool,
    /// With --write, also replace store JWTs that are newer than the resolver's
    #[arg(long, requires = "write")]
    pub overwrite_newer: bool,
}

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
const SETTLE: Duration = Duration::from_millis(500);
/// The longest wait for `$SYS.REQ.SERVER.PING` answers (they take milliseconds).
const DISCOVERY_WAIT: Duration = Duration::from_secs(1);

fn context_nats(cx: &JwtCommandContext) -> (Option<String>, Option<String>) {
    let Ok(Some(name)) = cx.app.context_name() else {
        return (None, None);
    };
    let Ok(cfg) = cx.app.config() else {
        return (None, None);
    };
    match cfg.context(&name) {
        Some(c) => (c.nats.url.clone(), c.nats.creds.clone()),
        None => (None, None),
    }
}

fn nats_url(cx: &JwtCommandContext<'_>, flag: Option<&str>, oc: &OperatorClaims) -> Result<String> {
    if let Some(u) = flag {
        crate::config::check_nats_url(u)?;
        return Ok(u.to_string());
    }
    if let (Some(u), _) = context_nats(cx) {
        crate::config::check_nats_url(&u)?;
        return Ok(u);
    }
    let asu = &oc.nats.account_server_url;
    if ["nats://", "tls://", "ws://", "wss://"]
        .iter()
        .any(|p| asu.starts_with(p))
    {
        crate::config::check_nats_url(asu)?;
        return Ok(asu.clone());
    }
    Err(Error::usage("no NATS URL").hint(
        "pass --nats-url, set the context's nats.url (`pbctl context set NAME nats.url=nats://...`), or the operator's account server (`pbctl jwt operator edit --account-server-url nats://...`)",
    ))
}

/// The system account of the store: its name and claims.
fn system_account(op: &OperatorStore, oc: &OperatorClaims) -> Result<(String, AccountClaims)> {
    if oc.nats.system_account.is_empty() {
        return Err(Error::failed(format!(
            "operator \"{}\" has no system account",
            oc.name
        )));
    }
    for name in op.accounts()? {
        if let Ok((_, ac)) = op.account_claims(&name)
            && ac.sub == oc.nats.system_account
        {
            return Ok((name, ac));
        }
    }
    Err(Error::failed(format!(
        "the system account {} is not in the store",
        oc.nats.system_account
    ))
    .hint("pass --system-creds FILE with a system account user's creds"))
}

/// `--system-creds`, else the context's nats.creds, else a 2-minute user minted with a
/// SYS signing key (or the SYS identity key).
fn system_creds(
    cx: &JwtCommandContext<'_>,
    op: &OperatorStore,
    oc: &OperatorClaims,
    flag: Option<&PathBuf>,
) -> Result<(Creds, String)> {
    let from_file = |p: &str| -> Result<(Creds, String)> {
        let text = std::fs::read_to_string(p)
            .map_err(|e| Error::usage(format!("cannot read creds {p}: {e}")))?;
        let c = Creds::parse(&text).map_err(|e| Error::usage(format!("{p}: {e}")))?;
        Ok((c, format!("creds {p}")))
    };
    if let Some(p) = flag {
        return from_file(&p.to_string_lossy());
    }
    if let (_, Some(p)) = context_nats(cx) {
        return from_file(&p);
    }
    let (_, sys) = system_account(op, oc)?;
    let ttl = Duration::from_secs(120);
    let store = &cx.store;
    let mut scoped_choice = None;
    for sk in sys.nats.signing_keys.iter().rev() {
        if let Some(kp) = store.load_key(sk.key())? {
            match sk {
                SigningKey::Plain(_) => {
                    let c = mint_push_user(&kp, &sys.sub, ttl, false)?;
                    return Ok((c, "a 2-minute system user minted from the store".into()));
                }
                SigningKey::Scoped(_) => {
                    scoped_choice.get_or_insert(kp);
                }
            }
        }
    }
    if let Some(kp) = scoped_choice {
        let c = mint_push_user(&kp, &sys.sub, ttl, true)?;
        return Ok((
            c,
            "a 2-minute system user (scoped key) minted from the store".into(),
        ));
    }
    if oc.nats.strict_signing_key_usage {
        return Err(Error::failed(
            "strict signing keys: the store has no SYS signing key to mint a push user",
        )
        .hint("pass --system-creds FILE"));
    }
    let kp = store.require_key(&sys.sub, "system account key")?;
    let c = mint_push_user(&kp, &sys.sub, ttl, false)?;
    Ok((c, "a 2-minute system user minted from the store".into()))
}

async fn connect(
    cx: &JwtCommandContext<'_>,
    url: &str,
    creds: &Creds,
    who: &str,
    servers: Option<usize>,
) -> Result<ResolverClient> {
    let timeout = cx.app.timeout()?.unwrap_or(DEFAULT_TIMEOUT);
    let collect = CollectOptions {
        timeout,
        expected_servers: servers,
        settle: Some(SETTLE),
    };
    cx.app.ui.debug(1, format!("connecting to {url} as {who}"));
    let mut client = ResolverClient::connect(url, creds, collect)
        .await
        .map_err(|e| {
            let err = Error::from(e);
            if err.kind == ErrorKind::Auth {
                err.hint(format!(
                    "the server refused {who}: is the operator of this store the one in the server config, and is the SYS account preloaded?"
                ))
            } else {
                err
            }
        })?;
    if servers.is_none() {
        learn_servers(cx.app, &mut client, timeout).await;
    }
    Ok(client)
}

/// Without `--servers`: ask the system how many servers it has, so that collecting
/// replies ends when all of them answered; when that cannot be known the settle
/// window applies (said at -v).
pub(crate) async fn learn_servers(
    app: &crate::app::App,
    client: &mut ResolverClient,
    timeout: Duration,
) {
    let t = std::time::Instant::now();
    match client.discover_servers(timeout.min(DISCOVERY_WAIT)).await {
        Some(n) => {
            let names: Vec<String> = client
                .known_servers()
                .iter()
                .map(|s| match s.cluster.as_str() {
                    "" => s.name.clone(),
                    c => format!("{}/{c}", s.name),
                })
                .collect();
            app.ui.debug(
                1,
                format!(
                    "{n} server(s) in the system ({}), found in {} ms; waiting for that many replies",
                    names.join(", "),
                    t.elapsed().as_millis()
                ),
            );
        }
        None => app.ui.debug(
            1,
            "cannot learn how many servers will answer ($SYS.REQ.SERVER.PING refused or unanswered): replies are collected until they stop coming",
        ),
    }
}

fn reply_row(name: &str, account: &str, r: &ServerReply) -> Value {
    json!({
        "account": name,
        "publicKey": account,
        "server": r.server.name,
        "cluster": r.server.cluster,
        "serverId": r.server.id,
        "version": r.server.version,
        "status": if r.is_success() { "ok" } else { "failed" },
        "message": r.text(),
    })
}

/// A server known to be in the system that sent no reply for this account.
fn missing_row(name: &str, account: &str, s: &ServerIdentity) -> Value {
    json!({
        "account": name,
        "publicKey": account,
        "server": s.name,
        "cluster": s.cluster,
        "serverId": s.id,
        "version": s.version,
        "status": "no reply",
        "message": "this server did not reply before the timeout",
    })
}

fn push_columns() -> Vec<Column> {
    vec![
        Column::new("ACCOUNT", "account"),
        Column::new("SERVER", "server"),
        Column::new("STATUS", "status"),
        Column::new("MESSAGE", "message"),
        Column::wide("CLUSTER", "cluster"),
        Column::wide("PUBLIC KEY", "publicKey"),
        Column::wide("VERSION", "version"),
    ]
}

pub async fn push(cx: &JwtCommandContext<'_>, a: PushArgs) -> Result<Output> {
    let op = cx.op()?;
    let (_, oc) = op.operator_claims()?;
    let names = if a.accounts.is_empty() || a.all {
        op.accounts()?
    } else {
        a.accounts.clone()
    };
    // Check every account before connecting (decoding and signature checks on all cores).
    let started = std::time::Instant::now();
    let mut loaded = Vec::with_capacity(names.len());
    for name in &names {
        loaded.push((name.clone(), op.account_jwt(name)?));
    }
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let chunk = loaded.len().div_ceil(threads).max(1);
    let checked: Vec<Result<AccountClaims>> = std::thread::scope(|s| {
        let handles: Vec<_> = loaded
            .chunks(chunk)
            .map(|part| {
                let oc = &oc;
                s.spawn(move || {
                    part.iter()
                        .map(|(_, token)| {
                            decode_account(token).map_err(Error::from).and_then(|ac| {
                                verify_account_issuer(oc, &ac, SigningKeyPolicy::Strict)
                                    .map_err(Error::from)
                                    .map(|_| ac)
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec![Err(Error::failed("a checking thread failed"))])
            })
            .collect()
    });
    let mut tokens = Vec::new();
    let mut by_key: BTreeMap<String, String> = BTreeMap::new();
    let mut refused = Vec::new();
    for ((name, token), check) in loaded.into_iter().zip(checked) {
        match check {
            Ok(ac) => {
                by_key.insert(ac.sub.clone(), name.clone());
            }
            Err(e) if a.force => {
                cx.app
                    .ui
                    .warn(format!("pushing account \"{name}\" anyway (--force): {e}"));
                if let Ok(ac) = decode::<crate::nats::claims::Account>(
                    &token,
                    &VerifyOptions {
                        check_time: false,
                        check_jti: false,
                        ..Default::default()
                    },
                ) {
                    by_key.insert(ac.sub.clone(), name.clone());
                }
            }
            Err(e) => {
                refused.push(format!("{name}: {}", e.message));
                continue;
            }
        }
        tokens.push(token);
    }
    cx.app.ui.debug(
        1,
        format!(
            "checked {} account JWTs in {} ms",
            tokens.len() + refused.len(),
            started.elapsed().as_millis()
        ),
    );
    if !refused.is_empty() {
        return Err(Error::failed(format!(
            "refusing to push: {}",
            refused.join("; ")
        ))
        .hint("the server would store these JWTs and then refuse their users; fix them (`pbctl jwt validate`, `pbctl jwt account edit NAME` re-signs) or pass --force"));
    }
    let url = nats_url(cx, a.nats_url.as_deref(), &oc)?;
    if a.dry_run {
        let rows: Vec<Value> = by_key
            .iter()
            .map(|(k, n)| json!({"account": n, "publicKey": k, "server": url, "status": "would push", "message": ""}))
            .collect();
        return Ok(Output::list(Value::Array(rows), push_columns(), "account"));
    }
    let (creds, who) = system_creds(cx, &op, &oc, a.system_creds.as_ref())?;
    let t = std::time::Instant::now();
    let client = connect(cx, &url, &creds, &who, a.servers).await?;
    cx.app
        .ui
        .debug(1, format!("connected in {} ms", t.elapsed().as_millis()));
    let t = std::time::Instant::now();
    let results = match client.push_many(&tokens, PushRoute::Claims).await {
        Err(crate::nats::Error::NoResponders { .. }) => {
            cx.app.ui.warn(
                "no full or cache resolver answered $SYS.REQ.CLAIMS.UPDATE; trying $SYS.REQ.ACCOUNT.<id>.CLAIMS.UPDATE (a MEMORY resolver only updates accounts it already has)",
            );
            client.push_many(&tokens, PushRoute::Account).await?
        }
        other => other?,
    };
    cx.app.ui.debug(
        1,
        format!(
            "pushed {} account JWTs in {} ms",
            tokens.len(),
            t.elapsed().as_millis()
        ),
    );
    let mut rows = Vec::new();
    let mut failures = 0;
    for res in &results {
        let key = res.account.clone().unwrap_or_default();
        let name = by_key.get(&key).cloned().unwrap_or_else(|| key.clone());
        if res.replies.is_empty() {
            failures += 1;
            rows.push(json!({"account": name, "publicKey": key, "server": "", "status": "no reply", "message": "no server replied before the timeout"}));
        }
        for r in &res.replies {
            if !r.is_success() {
                failures += 1;
            }
            rows.push(reply_row(&name, &key, r));
        }
        if !res.replies.is_empty() {
            for s in client.known_servers() {
                if !res.replies.iter().any(|r| r.server.id == s.id) {
                    failures += 1;
                    rows.push(missing_row(&name, &key, s));
                }
            }
        }
    }

    if a.prune {
        let list = client.list().await?;
        let remote: BTreeSet<String> = list
            .iter()
            .flat_map(|l| l.accounts.iter().cloned())
            .collect();
        let mut local = BTreeSet::new();
        for n in op.accounts()? {
            if let Ok((_, ac)) = op.account_claims(&n) {
                local.insert(ac.sub);
            }
        }
        let stale: Vec<String> = remote
            .iter()
            .filter(|k| !local.contains(*k) && **k != oc.nats.system_account)
            .cloned()
            .collect();
        if !stale.is_empty() {
            let signer = operator_signer(&cx.store, &oc, None)?;
            let replies = client.delete_accounts(&signer, &stale).await?;
            if replies.len() != list.len() {
                cx.app.ui.warn(format!(
                    "{} servers listed accounts but {} answered the delete request",
                    list.len(),
                    replies.len()
                ));
            }
            for r in &replies {
                if !r.is_success() {
                    failures += 1;
                }
                let mut row = reply_row("(pruned)", &stale.join(","), r);
                row["deleted"] = json!(stale);
                rows.push(row);
            }
        }
    }
    let _ = client.close().await;
    let output = Output::list(Value::Array(rows), push_columns(), "account");
    if failures > 0 {
        return Ok(output.then_fail(Error::failed(format!(
            "{failures} server replies reported a failure or did not come"
        ))));
    }
    Ok(output)
}

pub async fn pull(cx: &JwtCommandContext<'_>, a: PullArgs) -> Result<Output> {
    let op = cx.op()?;
    let (_, oc) = op.operator_claims()?;
    let url = nats_url(cx, a.nats_url.as_deref(), &oc)?;
    let (creds, who) = system_creds(cx, &op, &oc, a.system_creds.as_ref())?;
    let mut client = connect(cx, &url, &creds, &who, a.servers).await?;
    let list = client.list().await?;
    let mut remote: BTreeMap<String, usize> = BTreeMap::new();
    for l in &list {
        for k in &l.accounts {
            *remote.entry(k.clone()).or_default() += 1;
        }
    }
    let mut local: BTreeMap<String, (String, AccountClaims)> = BTreeMap::new();
    for n in op.accounts()? {
        if let Ok((_, ac)) = op.account_claims(&n) {
            local.insert(ac.sub.clone(), (n, ac));
        }
    }
    let mut opts = client.collect_options().clone();
    opts.expected_servers = Some(list.len().max(1));
    client.set_collect_options(opts);
    let mut rows = Vec::new();
    let mut differ = 0;
    let mut pulled = 0;
    let _lock = if a.write { Some(op.lock()?) } else { None };
    let all: BTreeSet<String> = remote.keys().chain(local.keys()).cloned().collect();
    for key in all {
        let here = local.get(&key);
        let name = here.map(|(n, _)| n.clone()).unwrap_or_default();
        let store_iat = here.map(|(_, ac)| ac.iat).unwrap_or(0);
        if !remote.contains_key(&key) {
            differ += 1;
            rows.push(json!({"account": name, "publicKey": key, "status": "only in store", "servers": 0, "storeIssuedAt": time_json(store_iat), "serverIssuedAt": null}));
            continue;
        }
        let found = client.lookup(&key).await.unwrap_or_default();
        let mut server_iat = 0;
        let mut server_jti = String::new();
        let mut newest: Option<(String, AccountClaims)> = None;
        for f in &found {
            if let LookupReply::Found(t) = f
                && let Ok(ac) =
                    decode::<crate::nats::claims::Account>(t, &VerifyOptions::ignore_time())
                && ac.iat >= server_iat
            {
                server_iat = ac.iat;
                server_jti = ac.jti.clone();
                newest = Some((t.clone(), ac));
            }
        }
        let status = match here {
            None => "only on server",
            Some((_, ac)) if ac.jti == server_jti => "in sync",
            Some((_, ac)) if ac.iat > server_iat => "store is newer",
            Some(_) => "server is newer",
        };
        if status != "in sync" {
            differ += 1;
        }
        let take = a.write
            && match status {
                "server is newer" | "only on server" => true,
                "store is newer" => a.overwrite_newer,
                _ => false,
            };
        let mut name = name;
        let mut written = false;
        let mut note = None;
        if let (true, Some((token, sac))) = (take, &newest) {
            match write_pulled(&op, &oc, here.map(|(n, _)| n.as_str()), token, sac) {
                Ok(n) => {
                    name = n;
                    written = true;
                    pulled += 1;
                }
                Err(e) => note = Some(e.message.clone()),
            }
        }
        rows.push(json!({
            "account": name, "publicKey": key, "status": status,
            "servers": remote.get(&key).copied().unwrap_or(0),
            "storeIssuedAt": time_json(store_iat), "serverIssuedAt": time_json(server_iat),
            "written": written, "note": note,
        }));
    }
    let _ = client.close().await;
    cx.app.ui.status(format!(
        "{} answered; {} between the store and the resolver{}.",
        crate::human::plural(list.len() as u64, "server"),
        if differ == 1 {
            "1 account differs".to_string()
        } else {
            format!("{differ} accounts differ")
        },
        if a.write {
            format!("; {pulled} written to the store")
        } else {
            String::new()
        }
    ));
    Ok(Output::list(
        Value::Array(rows),
        vec![
            Column::new("ACCOUNT", "account"),
            Column::new("PUBLIC KEY", "publicKey"),
            Column::new("STATUS", "status"),
            Column::new("SERVERS", "servers"),
            Column::wide("STORE ISSUED", "storeIssuedAt"),
            Column::wide("SERVER ISSUED", "serverIssuedAt"),
        ],
        "publicKey",
    ))
}

/// Store an account JWT pulled from the resolver: only if the operator trusts its issuer;
/// under the store's name for that account, or its JWT name for a new one. Returns the
/// name it was stored under.
fn write_pulled(
    op: &OperatorStore,
    oc: &OperatorClaims,
    existing: Option<&str>,
    token: &str,
    ac: &AccountClaims,
) -> Result<String> {
    verify_account_issuer(oc, ac, SigningKeyPolicy::Lenient)
        .map_err(|e| Error::failed(format!("not written: {e}")))?;
    let name = match existing {
        Some(n) => n.to_string(),
        None => {
            crate::jwt_store::validate_name("account", &ac.name)
                .map_err(|e| Error::failed(format!("not written: {}", e.message)))?;
            if op.has_account(&ac.name) {
                return Err(Error::failed(format!(
                    "not written: the store already has another account named \"{}\"",
                    ac.name
                )));
            }
            ac.name.clone()
        }
    };
    op.write_account(&name, token)?;
    Ok(name)
}
