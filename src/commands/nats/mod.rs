//! `pbctl nats`: the NATS control plane kept in PocketBase in pb-nats'
//! collections. The work is done by [`crate::controlplane`]; this module has the clap
//! definitions and turns results into output.

mod account;
mod exports;
mod role;
pub mod user;

use crate::app::{App, Target, parse_duration};
use crate::controlplane::crypto::EncryptionKey;
use crate::controlplane::names::*;
use crate::controlplane::sync::{self, Line};
use crate::controlplane::{ControlPlane, Mode, Options, RecordFields};
use crate::error::{Error, Result};
use crate::nats::creds::Creds;
use crate::nats::server_config::{FullResolver, OperatorSource, Resolver, ServerConfig};
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Args)]
#[command(
    about = "Manage NATS operators, accounts, roles and users kept in PocketBase (pb-nats)",
    after_help = "Examples:\n  pbctl nats bootstrap\n  pbctl nats server-config -O ./nats --listen 127.0.0.1:4222\n  pbctl nats account create acme\n  pbctl nats role create reader --sub 'acme.>' --pub '_INBOX.>'\n  pbctl nats user create alice --account acme --role reader\n  pbctl nats sync --nats-url nats://127.0.0.1:4222\n  pbctl nats user creds alice -O alice.creds"
)]
pub struct NatsArgs {
    #[command(flatten)]
    pub common: NatsCommonFlags,
    #[command(subcommand)]
    pub command: NatsCommand,
}

/// Flags of every `nats` command (under their own help heading, after the command's own
/// flags and before the global ones).
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Control plane options")]
pub struct NatsCommonFlags {
    /// Environment variable holding pb-nats' 32-byte seed encryption key (`enc::` seeds)
    #[arg(long, global = true, value_name = "VAR")]
    pub encryption_key_env: Option<String>,
    /// Server-managed mode: how long to wait for pb-nats to fill keys and JWTs in
    #[arg(long, global = true, value_name = "DUR", default_value = "10s")]
    pub wait: String,
    /// Include seeds, private keys and creds in the output
    #[arg(long, global = true)]
    pub show_seeds: bool,
}

#[derive(Debug, Clone, Subcommand)]
pub enum NatsCommand {
    Bootstrap(BootstrapArgs),
    Status(StatusArgs),
    ServerConfig(NatsServerConfigArgs),
    Account(account::NatsAccountArgs),
    Role(role::RoleArgs),
    User(user::NatsUserArgs),
    Sync(SyncArgs),
}

/// Create pb-nats' collections, the operator, SYS, system_admin and sys (idempotent)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "On a plain PocketBase this creates pb-nats' collections (superuser-only rules),\nthe operator (identity and signing key), the system account SYS, the system_admin role\nand the sys user, exactly as pb-nats does. Safe to run again. Refused when pb-nats runs\ninside the server (it bootstraps itself).\n\nExamples:\n  pbctl nats bootstrap\n  pbctl nats bootstrap --operator-name acme-operator"
)]
pub struct BootstrapArgs {
    /// Operator name (pb-nats' default: stone-age.io)
    #[arg(long, value_name = "N", default_value = DEFAULT_OPERATOR)]
    pub operator_name: String,
}

/// Mode, operator, system account, counts; drift against NATS when it is reachable
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats status\n  pbctl nats status --nats-url nats://127.0.0.1:4222 -o json"
)]
pub struct StatusArgs {
    #[command(flatten)]
    pub nats: NatsConn,
}

/// NATS connection flags (default: the context's nats.url / nats.creds, else the
/// control plane's sys user)
#[derive(Debug, Args, Clone)]
pub struct NatsConn {
    /// NATS server URL [default: the context's nats.url]
    #[arg(long, value_name = "U")]
    pub nats_url: Option<String>,
    /// System-account creds file [default: the context's nats.creds, else the sys user's]
    #[arg(long, value_name = "F")]
    pub creds: Option<PathBuf>,
}

/// Write operator.jwt and a nats-server config that trusts this control plane
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Writes operator.jwt and nats.conf (full resolver in DIR/jwt, allow_delete, the\nsystem account preloaded). Without -O the config is printed with the operator JWT inline.\n\nExamples:\n  pbctl nats server-config -O ./nats --listen 127.0.0.1:4222 && nats-server -c ./nats/nats.conf\n  pbctl nats server-config --listen 127.0.0.1:4222 > nats.conf"
)]
pub struct NatsServerConfigArgs {
    /// Directory to write operator.jwt and nats.conf into
    #[arg(short = 'O', long = "out", alias = "output-dir", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// `listen` address (host:port)
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
    /// Resolver directory [default: DIR/jwt, or ./jwt]
    #[arg(long, value_name = "DIR")]
    pub resolver_dir: Option<String>,
    /// `server_name`
    #[arg(long, value_name = "N")]
    pub server_name: Option<String>,
    /// Most accounts the resolver stores (pb-nats' config uses 1000)
    #[arg(long, value_name = "N", default_value_t = 1000)]
    pub resolver_limit: u64,
    /// Replace operator.jwt and nats.conf in DIR if they exist
    #[arg(long, requires = "dir")]
    pub force: bool,
}

/// Push every active account JWT to NATS; --prune deletes inactive or vanished ones
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Connects as the sys user (its creds from the control plane, the context's nats.creds,\nor --creds) and pushes every active account JWT through $SYS.REQ.CLAIMS.UPDATE, one line\nper account and server. --prune deletes, with an operator-signed $SYS.REQ.CLAIMS.DELETE,\nthe accounts NATS holds that are inactive or gone in PocketBase. Safe to run again.\n\nExamples:\n  pbctl nats sync --nats-url nats://127.0.0.1:4222\n  pbctl nats sync --prune --dry-run\n  pbctl nats sync --prune -o json"
)]
pub struct SyncArgs {
    /// Show what would be pushed and deleted; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Also delete accounts that are inactive or no longer in PocketBase
    #[arg(long)]
    pub prune: bool,
    #[command(flatten)]
    pub nats: NatsConn,
}

pub async fn run(app: &App, args: NatsArgs) -> Result<Output> {
    let common = args.common;
    match args.command {
        NatsCommand::Bootstrap(a) => bootstrap(app, &common, a).await,
        NatsCommand::Status(a) => status(app, &common, a).await,
        NatsCommand::ServerConfig(a) => server_config(app, &common, a).await,
        NatsCommand::Account(a) => account::run(app, &common, a).await,
        NatsCommand::Role(a) => role::run(app, &common, a).await,
        NatsCommand::User(a) => user::run(app, &common, a).await,
        NatsCommand::Sync(a) => sync_cmd(app, &common, a).await,
    }
}

/// The control plane of the current target.
pub(crate) async fn connect(app: &App, common: &NatsCommonFlags) -> Result<(Target, ControlPlane)> {
    let enc = match &common.encryption_key_env {
        None => None,
        Some(var) => {
            let text = std::env::var(var)
                .map_err(|_| Error::usage(format!("--encryption-key-env: ${var} is not set")))?;
            Some(EncryptionKey::from_text(var, &text)?)
        }
    };
    let wait = parse_duration(&common.wait)?;
    let (target, client) = app.authed().await?;
    let cp = ControlPlane::connect(client, Options { enc, wait }).await?;
    Ok((target, cp))
}

pub(crate) fn show(rec: &Value, common: &NatsCommonFlags, cp: &ControlPlane) -> Value {
    if common.show_seeds {
        crate::controlplane::ops::reveal_record(rec, cp.enc())
    } else {
        crate::controlplane::sanitize(rec, false)
    }
}

async fn bootstrap(app: &App, common: &NatsCommonFlags, a: BootstrapArgs) -> Result<Output> {
    let (_, mut cp) = connect(app, common).await?;
    let created = cp.bootstrap(&a.operator_name).await?;
    let op = cp.operator().await?;
    let value = json!({
        "created": created,
        "operator": op.str_field("name"),
        "operatorPublicKey": op.str_field("public_key"),
        "systemAccountId": op.str_field("system_account_id"),
    });
    let msg = if created.is_empty() {
        "The NATS control plane is already bootstrapped; nothing changed.".to_string()
    } else {
        format!("Bootstrapped: created {}.", created.join(", "))
    };
    Ok(Output::done(msg, value, "operatorPublicKey"))
}

fn read_creds(path: &Path) -> Result<Creds> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::usage(format!("cannot read creds file {}: {e}", path.display())))?;
    Creds::parse(&text).map_err(|e| Error::usage(format!("{}: {e}", path.display())))
}

/// URL and creds for NATS: flags, else the context, else the control plane's sys user.
async fn nats_target(
    target: &Target,
    cp: &ControlPlane,
    conn: &NatsConn,
) -> Result<Option<(String, Creds)>> {
    let Some(url) = conn.nats_url.clone().or_else(|| target.nats.url.clone()) else {
        return Ok(None);
    };
    crate::config::check_nats_url(&url)?;
    let creds = match conn
        .creds
        .clone()
        .or_else(|| target.nats.creds.clone().map(PathBuf::from))
    {
        Some(p) => read_creds(&p)?,
        None => sync::sys_creds(cp).await?,
    };
    Ok(Some((url, creds)))
}

/// `nats status`'s `operator` when the collections exist but hold no operator record.
const NO_OPERATOR_YET: &str = "none yet";

async fn status(app: &App, common: &NatsCommonFlags, a: StatusArgs) -> Result<Output> {
    let (target, cp) = connect(app, common).await?;
    let mut v = json!({"mode": cp.mode.as_str(), "context": target.context.clone().unwrap_or_else(|| target.url.clone())});
    if cp.mode == Mode::NotBootstrapped {
        return Ok(Output::object(v, "mode"));
    }
    // The pb-nats collections without an operator record (pb-nats not started yet, or a
    // copy of its schema) is a state to describe, not a failure.
    let Some(op) = cp.list(OPERATOR, None).await?.into_iter().next() else {
        v["operator"] = json!(NO_OPERATOR_YET);
        v["accounts"] = json!(cp.list(ACCOUNTS, None).await?.len());
        v["roles"] = json!(cp.list(ROLES, None).await?.len());
        v["users"] = json!(cp.list(USERS, None).await?.len());
        return Ok(Output::object(v, "mode"));
    };
    let accounts = cp.list(ACCOUNTS, None).await?;
    let sys = accounts
        .iter()
        .find(|x| x.str_field("id") == op.str_field("system_account_id"));
    v["operator"] = json!(op.str_field("name"));
    v["operatorPublicKey"] = json!(op.str_field("public_key"));
    v["systemAccount"] = json!(sys.map(|x| x.str_field("public_key")).unwrap_or(""));
    v["accounts"] = json!(accounts.len());
    v["activeAccounts"] = json!(accounts.iter().filter(|x| x.bool_field("active")).count());
    v["roles"] = json!(cp.list(ROLES, None).await?.len());
    v["users"] = json!(cp.list(USERS, None).await?.len());
    if cp.mode == Mode::ServerManaged {
        let q = cp.publish_queue().await?;
        let failed = q
            .iter()
            .filter(|r| !r.str_field("failed_at").is_empty())
            .count();
        v["publishQueue"] = json!({
            "pending": q.len() - failed,
            "failed": failed,
            "messages": q.iter().filter(|r| !r.str_field("message").is_empty())
                .map(|r| format!("{} {}: {}", r.str_field("action"), r.str_field("account_name"), r.str_field("message")))
                .collect::<Vec<_>>(),
        });
    }
    match nats_target(&target, &cp, &a.nats).await {
        Ok(Some((url, creds))) => {
            v["natsUrl"] = json!(url);
            match drift(&cp, &url, &creds).await {
                Ok(d) => v["drift"] = d,
                Err(e) => v["drift"] = json!({"error": e.message}),
            }
        }
        Ok(None) => {}
        Err(e) => v["drift"] = json!({"error": e.message}),
    }
    Ok(Output::object(v, "mode"))
}

/// Compare active accounts with what the resolvers hold (`CLAIMS.LIST`, `LOOKUP`).
async fn drift(cp: &ControlPlane, url: &str, creds: &Creds) -> Result<Value> {
    let plan = sync::plan(cp).await?;
    let client = sync::connect(url, creds).await?;
    let lists = client.list().await?;
    let held: std::collections::BTreeSet<String> = lists
        .iter()
        .flat_map(|l| l.accounts.iter().cloned())
        .collect();
    let mut missing = Vec::new();
    let mut stale = Vec::new();
    for (name, key, jwt) in &plan.push {
        if !held.contains(key) {
            missing.push(name.clone());
        } else if plan.push.len() <= 200
            && let Ok(found) = client.lookup(key).await
            && found
                .iter()
                .any(|f| !matches!(f, crate::nats::resolver::LookupReply::Found(j) if j == jwt))
        {
            stale.push(name.clone());
        }
    }
    let known: std::collections::BTreeSet<&str> =
        plan.push.iter().map(|(_, k, _)| k.as_str()).collect();
    let extra: Vec<&String> = held
        .iter()
        .filter(|k| !known.contains(k.as_str()))
        .collect();
    let _ = client.close().await;
    Ok(json!({
        "servers": lists.len(),
        "inSync": missing.is_empty() && stale.is_empty() && extra.is_empty(),
        "missingInNats": missing,
        "staleInNats": stale,
        "extraInNats": extra,
    }))
}

async fn server_config(
    app: &App,
    common: &NatsCommonFlags,
    a: NatsServerConfigArgs,
) -> Result<Output> {
    let (_, cp) = connect(app, common).await?;
    let op = cp.operator().await?;
    let sys_id = op.str_field("system_account_id");
    let sys = cp.get(ACCOUNTS, sys_id).await.map_err(|e| {
        e.context("reading the system account")
            .hint("run `pbctl nats bootstrap`")
    })?;
    let op_jwt = op.str_field("jwt").trim().to_string();
    if op_jwt.is_empty() || sys.str_field("jwt").is_empty() {
        return Err(
            Error::failed("the operator or system account has no JWT yet")
                .hint("run `pbctl nats bootstrap` (or wait for pb-nats to finish its bootstrap)"),
        );
    }
    // Absolute, without `.` components (`/tmp/x/./nats` reads badly in messages).
    let abs = |p: &Path| -> PathBuf {
        let full = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir()
                .map(|d| d.join(p))
                .unwrap_or_else(|_| p.to_path_buf())
        };
        full.components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect()
    };
    let dir = a.dir.as_deref().map(abs);
    let resolver_dir = a.resolver_dir.clone().unwrap_or_else(|| match &dir {
        Some(d) => d.join("jwt").to_string_lossy().into_owned(),
        None => "jwt".into(),
    });
    let mut resolver = FullResolver::new(resolver_dir);
    resolver.allow_delete = true;
    resolver.interval = Some("2m".into());
    resolver.limit = Some(a.resolver_limit);
    let mut cfg = ServerConfig::new(op_jwt.clone(), Resolver::Full(resolver));
    cfg.system_account = Some(sys.str_field("public_key").to_string());
    cfg.preload = vec![sys.str_field("jwt").to_string()];
    cfg.listen = a.listen.clone();
    cfg.server_name = a.server_name.clone();
    if let Some(d) = &dir {
        crate::fsutil::create_private_dir(d)?;
        let op_path = d.join("operator.jwt");
        let conf = d.join("nats.conf");
        // Both files are checked before either is written.
        let overwrite = crate::fsutil::Overwrite::from_force(a.force);
        crate::fsutil::check_destination(&op_path, overwrite)?;
        crate::fsutil::check_destination(&conf, overwrite)?;
        cfg.operator = OperatorSource::Path(op_path.to_string_lossy().into_owned());
        let text = cfg.render()?;
        crate::fsutil::write_files(
            &[
                (op_path.clone(), op_jwt.clone().into_bytes()),
                (conf.clone(), text.into_bytes()),
            ],
            overwrite,
        )?;
        return Ok(Output::done(
            format!(
                "Wrote {} and {}; start with: nats-server -c {}",
                op_path.display(),
                conf.display(),
                conf.display()
            ),
            json!({"operatorJwt": op_path, "config": conf, "systemAccount": sys.str_field("public_key")}),
            "config",
        ));
    }
    let text = cfg.render()?;
    Ok(Output::Text(text))
}

async fn sync_cmd(app: &App, common: &NatsCommonFlags, a: SyncArgs) -> Result<Output> {
    let (target, cp) = connect(app, common).await?;
    cp.require_bootstrapped()?;
    let plan = sync::plan(&cp).await?;
    let conn = nats_target(&target, &cp, &a.nats).await?;
    let client = match (&conn, a.dry_run && !a.prune) {
        (_, true) => None,
        (Some((url, creds)), false) => Some(sync::connect(url, creds).await?),
        (None, false) if a.dry_run => None,
        (None, false) => {
            return Err(Error::usage("no NATS URL to sync to")
                .hint("pass --nats-url, or set it with `pbctl context set NAME nats.url=nats://HOST:4222`"));
        }
    };
    if let Some(c) = &client {
        let known = c.known_servers();
        app.ui.debug(
            1,
            if known.is_empty() {
                "cannot learn how many servers will answer ($SYS.REQ.SERVER.PING refused or unanswered): replies are collected until they stop coming".to_string()
            } else {
                format!(
                    "{} server(s) in the system ({}); waiting for that many replies",
                    known.len(),
                    known.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", ")
                )
            },
        );
    }
    // A bar by accounts on a terminal (hidden otherwise, and for a dry run).
    let bar = (!a.dry_run).then(|| {
        app.ui
            .items_progress(Some(plan.push.len() as u64), false, "accounts")
    });
    let started = std::time::Instant::now();
    let pushed = || {
        if let Some(b) = &bar {
            b.add(1);
        }
    };
    let lines = sync::run(&cp, &plan, client.as_ref(), a.prune, a.dry_run, &pushed).await;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let lines = lines?;
    if let Some(c) = client {
        let _ = c.close().await;
    }
    let failed = lines.iter().filter(|l| !l.ok).count();
    let value = serde_json::to_value(&lines)?;
    let out = Output::list(
        value,
        vec![
            Column::new("ACCOUNT", "account"),
            Column::new("ACTION", "action"),
            Column::new("SERVER", "server"),
            Column::new("RESULT", "result"),
            Column::wide("PUBLIC KEY", "public_key"),
        ],
        "public_key",
    );
    if failed > 0 {
        return Ok(out.then_fail(Error::failed(format!(
            "{failed} of {} sync steps failed",
            lines.len()
        ))));
    }
    if a.dry_run {
        app.ui.status(format!(
            "Dry run: {} would be pushed; nothing was sent.",
            crate::human::plural(plan.push.len() as u64, "account")
        ));
    } else {
        summary(app, &lines, plan.push.len(), started.elapsed());
    }
    Ok(out)
}

/// `Synced 26 accounts in 0.3s (87 accounts/s): 26 push results and 0 delete results.`
fn summary(app: &App, lines: &[Line], accounts: usize, took: std::time::Duration) {
    use crate::human;
    let pushed = lines.iter().filter(|l| l.action == "push").count();
    let deleted = lines.iter().filter(|l| l.action == "delete").count();
    let secs = took.as_secs_f64();
    app.ui.status(format!(
        "Synced {} in {secs:.1}s ({}): {} and {}.",
        human::plural(accounts as u64, "account"),
        human::rate(accounts as u64, secs, "accounts"),
        human::plural(pushed as u64, "push result"),
        human::plural(deleted as u64, "delete result"),
    ));
}
