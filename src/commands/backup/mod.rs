//! `pbctl backup`: list, create, download, upload, restore, delete, copy and
//! prune the backups of a PocketBase server.
//!
//! Transfers (download, upload, copy) stream in constant memory and live in
//! [`transfer`]; waiting for a restore's restart lives in [`restore`]; backup names and
//! sizes as people write and read them in [`names`].

mod names;
mod restore;
mod transfer;

use names::{MAX_NUMBER, default_name, numbered};
pub use names::{human_size, normalize_name};

use crate::app::context_candidates;
use crate::app::{App, Target, parse_duration};
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Column, Output};
use crate::pb::{Client, Request, seg};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;
use reqwest::Method;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Args)]
#[command(
    about = "Create, list, download, upload, restore, copy and prune backups",
    after_help = "Backup names match ^[a-z0-9_-]+\\.zip$: `.zip` is added and the name lowercased.\nAll backup commands need a superuser token.\n\nExamples:\n  pbctl backup create pre-migration\n  pbctl backup list\n  pbctl backup download pre-migration.zip -O ./backups/\n  pbctl --context prod backup copy nightly.zip --to staging --restore\n  pbctl backup prune --keep 7 --prefix pbctl_prod_"
)]
pub struct BackupArgs {
    #[command(subcommand)]
    pub command: BackupCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum BackupCommand {
    #[command(visible_alias = "ls")]
    List(BackupListArgs),
    Create(CreateArgs),
    Download(DownloadArgs),
    Upload(UploadArgs),
    Restore(RestoreArgs),
    #[command(visible_alias = "rm")]
    Delete(DeleteArgs),
    Copy(CopyArgs),
    Prune(PruneArgs),
}

/// List backups, newest first
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl backup list\n  pbctl backup list --prefix pbctl_prod_ -o name\n  pbctl backup list -o json --jq '.[0].key' --raw"
)]
pub struct BackupListArgs {
    /// Only backups whose key starts with P
    #[arg(long, value_name = "P")]
    pub prefix: Option<String>,
}

/// Create a backup and print its key (waits until the server has written it)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "NAME is normalised: `.zip` is added and it is lowercased; characters other than\na-z, 0-9, '_' and '-' are refused; an existing NAME is refused. The default is\npbctl_<context>_<UTC yyyymmddhhmmss>.zip, numbered _02, _03, … when that second's\nname is taken (they still sort by time).\nWhile another backup or restore runs, the server answers \"try again later\": pbctl\nretries with backoff until --wait-timeout.\n\nExamples:\n  pbctl backup create\n  pbctl backup create pre-migration\n  KEY=$(pbctl backup create -o name)"
)]
pub struct CreateArgs {
    /// Backup name [default: pbctl_<context>_<UTC yyyymmddhhmmss>.zip]
    pub name: Option<String>,
    /// How long to wait for a busy server and for the backup to be written
    #[arg(long, value_name = "DUR", default_value = "10m")]
    pub wait_timeout: String,
}

/// Download a backup (streamed to PATH.part, size checked, renamed, mode 0600)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The default destination is ./NAME; a directory gets NAME inside it; `-O -` writes\nto stdout. An existing file is kept unless --force.\n\nExamples:\n  pbctl backup download nightly.zip\n  pbctl backup download nightly.zip -O /srv/backups/\n  pbctl backup download nightly.zip -O - | gpg -c > nightly.zip.gpg"
)]
pub struct DownloadArgs {
    /// Backup key (`.zip` may be left out)
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::backups))]
    pub name: String,
    /// Destination file or directory, or `-` for stdout [default: ./NAME]
    #[arg(short = 'O', long = "out", value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace an existing file
    #[arg(long)]
    pub force: bool,
}

/// Upload a backup file (streamed; the backup key is --name or the file's name)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The key is normalised like `backup create` names. The upload is checked by size\nonce the server has it.\n\nExamples:\n  pbctl backup upload ./nightly.zip\n  pbctl --context staging backup upload ./prod-2026-11-29.zip --name from-prod"
)]
pub struct UploadArgs {
    /// The zip file to upload
    pub file: PathBuf,
    /// Backup key on the server [default: the file's name]
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

/// Restore a backup: replaces ALL data of the server, which then restarts
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "On a terminal you type the context name to confirm; elsewhere pass --yes. pbctl\nthen waits until the server has restarted on the restored data and answers\n/api/health with canBackup: true (unless --no-wait). If connections stay refused for\n--dead-after, the server is taken to have died on start (exit 5): see its log.\n\nExamples:\n  pbctl backup restore pre-migration.zip\n  pbctl --context staging backup restore nightly.zip --yes --wait-timeout 30m"
)]
pub struct RestoreArgs {
    /// Backup key (`.zip` may be left out)
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::backups))]
    pub name: String,
    #[command(flatten)]
    pub wait: RestoreWaitArgs,
}

/// How `restore` and `copy --restore` wait for the restored server.
#[derive(Debug, Clone, Args)]
pub struct RestoreWaitArgs {
    /// Return once the server has accepted the restore
    #[arg(long)]
    pub no_wait: bool,
    /// How long to wait for the restored server to come back
    #[arg(long, value_name = "DUR", default_value = "10m")]
    pub wait_timeout: String,
    /// Give up when connections stay refused this long (the server died on start)
    #[arg(long, value_name = "DUR", default_value = "60s")]
    pub dead_after: String,
}

impl RestoreWaitArgs {
    pub fn limits(&self) -> Result<restore::Wait> {
        Ok(restore::Wait {
            timeout: parse_duration(&self.wait_timeout)?,
            dead_after: parse_duration(&self.dead_after)?,
        })
    }
}

/// Delete backups (asks first; --yes without a terminal)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl backup delete old.zip\n  pbctl backup rm a.zip b.zip --yes"
)]
pub struct DeleteArgs {
    /// Backup keys (`.zip` may be left out)
    #[arg(required = true, add = ArgValueCandidates::new(crate::commands::candidates::backups))]
    pub names: Vec<String>,
}

/// Copy a backup to another context's server (streamed), optionally restoring it there
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The backup streams from this context's server to the other one without being held\nin memory or written to disk, and its size is checked on arrival. With --restore the\ntarget is restored from it: type the TARGET context's name to confirm (or --yes).\n\nThe copy keeps the backup's key unless --name (normalised like `backup create`\nnames). A backup of that key on the target is refused; --force deletes it first\n(if the copy then fails, the target has neither).\n\nExamples:\n  pbctl --context prod backup copy nightly.zip --to staging\n  pbctl --context prod backup copy nightly.zip --to staging --restore --yes\n  pbctl --context prod backup copy nightly --to staging --name from-prod\n  pbctl --context prod backup copy nightly --to staging --force --restore --yes"
)]
pub struct CopyArgs {
    /// Backup key on this context's server
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::backups))]
    pub name: String,
    /// The context to copy to
    #[arg(long, value_name = "CONTEXT", add = ArgValueCandidates::new(context_candidates))]
    pub to: String,
    /// Backup key on the target [default: the source's key]
    #[arg(long = "name", value_name = "NAME")]
    pub new_name: Option<String>,
    /// Replace the target's backup of that key (deleted before the copy)
    #[arg(long)]
    pub force: bool,
    /// Restore the target server from the copy
    #[arg(long)]
    pub restore: bool,
    #[command(flatten)]
    pub wait: RestoreWaitArgs,
}

/// Delete all but the newest N backups (by modification time)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl backup prune --keep 7 --dry-run\n  pbctl backup prune --keep 7 --prefix pbctl_prod_ --yes"
)]
pub struct PruneArgs {
    /// How many of the newest matching backups to keep
    #[arg(long, value_name = "N")]
    pub keep: usize,
    /// Only consider backups whose key starts with P
    #[arg(long, value_name = "P")]
    pub prefix: Option<String>,
    /// Show what would be deleted, delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(app: &App, args: BackupArgs) -> Result<Output> {
    match args.command {
        BackupCommand::List(a) => list(app, a).await,
        BackupCommand::Create(a) => create(app, a).await,
        BackupCommand::Download(a) => transfer::download(app, a).await,
        BackupCommand::Upload(a) => transfer::upload(app, a).await,
        BackupCommand::Restore(a) => restore_cmd(app, a).await,
        BackupCommand::Delete(a) => delete(app, a).await,
        BackupCommand::Copy(a) => transfer::copy(app, a).await,
        BackupCommand::Prune(a) => prune(app, a).await,
    }
}

/// One backup as the server lists it.
#[derive(Debug, Clone)]
pub(crate) struct Backup {
    pub key: String,
    pub size: u64,
    /// `2026-11-29 06:51:59.023Z`: sorts as text.
    pub modified: String,
}

impl Backup {
    fn to_json(&self) -> Value {
        json!({"key": self.key, "size": self.size, "modified": self.modified})
    }
}

/// `GET /api/backups`, newest first (the server sorts by key).
pub(crate) async fn list_backups(client: &Client) -> Result<Vec<Backup>> {
    let v = client.json(Request::get("/api/backups")).await?;
    let items = v
        .as_array()
        .ok_or_else(|| Error::failed("the server's backup list is not a JSON array"))?;
    let mut out: Vec<Backup> = items
        .iter()
        .filter_map(|item| {
            Some(Backup {
                key: item.get("key")?.as_str()?.to_string(),
                size: item.get("size").and_then(Value::as_u64).unwrap_or(0),
                modified: item
                    .get("modified")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            })
        })
        .collect();
    out.sort_by(|a, b| b.modified.cmp(&a.modified).then(b.key.cmp(&a.key)));
    Ok(out)
}

/// Find a backup by key; `.zip` may be left out.
pub(crate) fn find(list: &[Backup], name: &str, target: &Target) -> Result<Backup> {
    let lower = name.to_lowercase();
    let candidates = [
        name.to_string(),
        format!("{name}.zip"),
        lower.clone(),
        format!("{lower}.zip"),
    ];
    candidates
        .iter()
        .find_map(|c| list.iter().find(|b| &b.key == c))
        .cloned()
        .ok_or_else(|| {
            Error::not_found(format!("backup {name:?} not found on {}", target.label()))
                .hint("list the backups with `pbctl backup list`")
        })
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("KEY", "key"),
        Column::new("SIZE", "size").size(),
        Column::new("MODIFIED", "modified"),
        Column::wide("BYTES", "size").count(),
    ]
}

/// Backups as output rows (tables show the sizes for people, see [`columns`]).
fn rows(items: &[Backup]) -> Value {
    Value::Array(items.iter().map(Backup::to_json).collect())
}

async fn list(app: &App, args: BackupListArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let mut items = list_backups(&client).await?;
    if let Some(p) = &args.prefix {
        items.retain(|b| b.key.starts_with(p.as_str()));
    }
    Ok(Output::list(rows(&items), columns(), "key"))
}

/// Is this PocketBase's "another backup/restore process has already been started"?
fn is_busy(e: &Error) -> bool {
    e.status == Some(400) && e.message.to_ascii_lowercase().contains("try again later")
}

async fn create(app: &App, args: CreateArgs) -> Result<Output> {
    let wait = parse_duration(&args.wait_timeout)?;
    let (target, client) = app.authed().await?;
    // A name pbctl chose may be taken by a backup of the same second (a second create, a
    // fleet run twice): then it numbers the key. A name the user gave is theirs: refused.
    let chosen = args.name.is_none();
    let mut key = match &args.name {
        Some(name) => normalize_name(name)?,
        None => default_name(&target),
    };
    let first = key.clone();
    let mut number = 1;
    let deadline = Instant::now() + wait;
    // The create is synchronous: the zip exists when the call returns, which may take
    // minutes for a big database.
    let long = client.clone().with_timeout(wait.max(client.timeout()));
    // The key pbctl chose may still change (numbered): said once it is made.
    app.ui.status(if chosen {
        format!("Creating a backup on {}…", target.label())
    } else {
        format!("Creating backup {key} on {}…", target.label())
    });
    let mut delay = Duration::from_secs(1);
    loop {
        let req = Request::post("/api/backups", json!({ "name": key }));
        match long.send(req).await {
            Ok(_) => break,
            Err(e) if is_busy(&e) => {
                if Instant::now() + delay > deadline {
                    return Err(Error::failed(format!(
                        "{} is still busy with another backup or restore after {}",
                        target.label(),
                        humantime::format_duration(wait)
                    ))
                    .hint("try again later, or wait longer with --wait-timeout"));
                }
                app.ui.status(format!(
                    "The server is busy with another backup or restore; retrying in {}s…",
                    delay.as_secs()
                ));
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(15));
            }
            Err(e) if e.message.contains("already exists") || exists_error(&e) => {
                if chosen && number < MAX_NUMBER {
                    number += 1;
                    let next = numbered(&first, number);
                    app.ui
                        .debug(1, format!("{key} exists on the server; trying {next}"));
                    key = next;
                    continue;
                }
                if chosen {
                    return Err(e.hint("give the backup a name: `pbctl backup create NAME`"));
                }
                return Err(e.hint(format!(
                    "pick another name, or delete the old one with `pbctl backup delete {key}`"
                )));
            }
            // The request reached the server but the answer got lost (a proxy timeout,
            // our own timeout): the backup may still be written, so wait for it below.
            Err(e) if e.kind == ErrorKind::Unavailable && !e.message.contains("cannot connect") => {
                app.ui
                    .warn(format!("{}; waiting for the backup to appear", e.message));
                break;
            }
            Err(e) => return Err(e),
        }
    }
    let backup = wait_for_backup(&client, &key, deadline).await?;
    // Like `record create`: a status line for people (the size in their units), the
    // backup's object for -o json/yaml/name and --jq.
    Ok(Output::done(
        format!(
            "Created backup {} ({}).",
            backup.key,
            human_size(backup.size)
        ),
        backup.to_json(),
        "key",
    ))
}

fn exists_error(e: &Error) -> bool {
    e.field_errors()
        .iter()
        .any(|l| l.contains("validation_backup_name_exists"))
}

/// Wait until `key` is in the list and the server is no longer busy writing it.
async fn wait_for_backup(client: &Client, key: &str, deadline: Instant) -> Result<Backup> {
    loop {
        let busy = match client.json(Request::get("/api/health")).await {
            Ok(h) => h.pointer("/data/canBackup") == Some(&Value::Bool(false)),
            Err(_) => true,
        };
        if !busy
            && let Ok(list) = list_backups(client).await
            && let Some(b) = list.into_iter().find(|b| b.key == key)
        {
            return Ok(b);
        }
        if Instant::now() > deadline {
            return Err(Error::unavailable(format!(
                "backup {key} did not appear before the wait timeout"
            ))
            .hint("check `pbctl backup list` and the server logs"));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// What a user types to confirm a restore: the context name, else the server host.
pub(crate) fn confirm_word(target: &Target) -> String {
    match &target.context {
        Some(name) => name.clone(),
        None => url::Url::parse(&target.url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| target.url.clone()),
    }
}

/// Refuse to start a restore while a backup or restore runs (`canBackup: false`).
pub(crate) async fn ensure_idle(client: &Client, target: &Target) -> Result<()> {
    let h = client.json(Request::get("/api/health")).await?;
    if h.pointer("/data/canBackup") == Some(&Value::Bool(false)) {
        return Err(Error::failed(format!(
            "{} is busy with another backup or restore",
            target.label()
        ))
        .hint("wait until `pbctl health` shows canBackup: true, then try again"));
    }
    Ok(())
}

async fn restore_cmd(app: &App, args: RestoreArgs) -> Result<Output> {
    let wait = args.wait.limits()?;
    let (target, client) = app.authed().await?;
    let backup = find(&list_backups(&client).await?, &args.name, &target)?;
    ensure_idle(&client, &target).await?;
    app.ui.confirm_typed(
        &format!("restore {} over ALL data of {}", backup.key, target.label()),
        &confirm_word(&target),
    )?;
    let waited =
        restore::start_and_wait(app, &target, &client, &backup.key, !args.wait.no_wait, wait)
            .await?;
    let message = if waited {
        format!("Restored {} on {}.", backup.key, target.label())
    } else {
        format!(
            "Restore of {} started on {}; the server restarts when it is done.",
            backup.key,
            target.label()
        )
    };
    Ok(Output::done(
        message,
        json!({"key": backup.key, "context": target.context, "url": target.url, "restored": waited}),
        "key",
    ))
}

/// `DELETE /api/backups/{key}`; PocketBase answers 400 for a missing key: exit 3.
pub(crate) async fn delete_one(client: &Client, key: &str, target: &Target) -> Result<()> {
    let req = Request::new(Method::DELETE, format!("/api/backups/{}", seg(key)));
    match client.send(req).await {
        Ok(_) => Ok(()),
        Err(mut e)
            if e.status == Some(400)
                && e.message.to_ascii_lowercase().contains("already deleted") =>
        {
            e.kind = ErrorKind::NotFound;
            e.message = format!("backup {key:?} not found on {}", target.label());
            Err(e.hint("list the backups with `pbctl backup list`"))
        }
        Err(e) => Err(e),
    }
}

async fn delete(app: &App, args: DeleteArgs) -> Result<Output> {
    let (target, client) = app.authed().await?;
    let list = list_backups(&client).await?;
    let mut doomed: Vec<Backup> = Vec::new();
    for name in &args.names {
        let b = find(&list, name, &target)?;
        if !doomed.iter().any(|d| d.key == b.key) {
            doomed.push(b);
        }
    }
    let keys: Vec<&str> = doomed.iter().map(|b| b.key.as_str()).collect();
    app.ui.confirm(&format!(
        "delete {} backup(s) on {} ({})",
        doomed.len(),
        target.label(),
        keys.join(", ")
    ))?;
    for b in &doomed {
        delete_one(&client, &b.key, &target).await?;
    }
    Ok(Output::done(
        format!("Deleted {}.", keys.join(", ")),
        Value::Array(doomed.iter().map(Backup::to_json).collect()),
        "key",
    ))
}

async fn prune(app: &App, args: PruneArgs) -> Result<Output> {
    let (target, client) = app.authed().await?;
    let mut items = list_backups(&client).await?;
    if let Some(p) = &args.prefix {
        items.retain(|b| b.key.starts_with(p.as_str()));
    }
    let matching = items.len();
    let doomed: Vec<Backup> = items.into_iter().skip(args.keep).collect();
    if doomed.is_empty() {
        app.ui.status(format!(
            "Nothing to prune: {matching} matching backup(s), keeping up to {}.",
            args.keep
        ));
        // Said on stderr already: no "No resources found." under it.
        if app.out.is_human() {
            return Ok(Output::Empty);
        }
        return Ok(Output::list(json!([]), columns(), "key"));
    }
    if args.dry_run {
        app.ui.status(format!(
            "Would delete {} of {matching} matching backup(s) (dry run):",
            doomed.len()
        ));
        return Ok(Output::list(rows(&doomed), columns(), "key"));
    }
    app.ui.confirm(&format!(
        "delete {} of {matching} matching backup(s) on {}, keeping the newest {}",
        doomed.len(),
        target.label(),
        args.keep
    ))?;
    for b in &doomed {
        delete_one(&client, &b.key, &target).await?;
    }
    let keys: Vec<&str> = doomed.iter().map(|b| b.key.as_str()).collect();
    Ok(Output::done(
        format!("Deleted {} backup(s): {}.", doomed.len(), keys.join(", ")),
        Value::Array(doomed.iter().map(Backup::to_json).collect()),
        "key",
    ))
}
