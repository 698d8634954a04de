//! Dynamic shell-completion candidates for what the server or the local key store holds:
//! collection names, backup keys, `nats` account/role/user names, `jwt` account/user
//! names. The shell asks pbctl (`COMPLETE=bash pbctl -- pbctl record list …`); the
//! candidate functions below answer.
//!
//! Rules, so that pressing TAB never hurts:
//! - the server is the one the command line names (`--context`, `--config`, else
//!   `PBCTL_CONTEXT`/`PBCTL_URL`, else the current context), with the token already
//!   stored (or `PBCTL_TOKEN`): never a prompt, a login or a token refresh;
//! - everything is bounded by [`LIMIT`]: a slow or dead server yields no candidates,
//!   in time, and nothing is ever written to stderr (errors are dropped);
//! - answers are cached for [`CACHE_TTL`] in `$XDG_CACHE_HOME/pbctl/completion`
//!   (else `~/.cache/pbctl/completion`), so that repeated TABs stay instant.

use crate::app::{App, GlobalArgs};
use crate::controlplane::names::{ACCOUNTS, ROLES, USERS};
use crate::error::{Error, Result};
use crate::jwt_store::Store;
use crate::pb::{Client, Request};
use crate::session::check_token;
use clap_complete::engine::CompletionCandidate;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

/// The most a completion may take, however slow the server.
pub const LIMIT: Duration = Duration::from_secs(1);
/// How long a server's answer is reused.
pub const CACHE_TTL: Duration = Duration::from_secs(20);

/// Collection names (every `record` and `collection` command).
pub fn collections() -> Vec<CompletionCandidate> {
    from_server("collections", |client| async move {
        let items = client
            .list_all(Request::get("/api/collections").query("fields", "name"))
            .await?;
        Ok(names(&items, "name"))
    })
}

/// Backup keys.
pub fn backups() -> Vec<CompletionCandidate> {
    from_server("backups", |client| async move {
        let v = client.json(Request::get("/api/backups")).await?;
        Ok(names(v.as_array().map(Vec::as_slice).unwrap_or(&[]), "key"))
    })
}

/// `nats` account names (pb-nats `nats_accounts`).
pub fn nats_accounts() -> Vec<CompletionCandidate> {
    from_server("nats-accounts", |client| records(client, ACCOUNTS, "name"))
}

/// `nats` role names (pb-nats `nats_roles`).
pub fn nats_roles() -> Vec<CompletionCandidate> {
    from_server("nats-roles", |client| records(client, ROLES, "name"))
}

/// `nats` user names (pb-nats `nats_users`).
pub fn nats_users() -> Vec<CompletionCandidate> {
    from_server("nats-users", |client| {
        records(client, USERS, "nats_username")
    })
}

/// `jwt` account names of the operator in the local store.
pub fn jwt_accounts() -> Vec<CompletionCandidate> {
    let line = CommandLine::current();
    jwt_store_names(&line, |op| op.accounts())
}

/// `jwt` user names of the local store: of `--account` when the command line names one,
/// else of every account.
pub fn jwt_users() -> Vec<CompletionCandidate> {
    let line = CommandLine::current();
    let account = line.value("--account").or_else(|| line.value("-a"));
    jwt_store_names(&line, |op| match &account {
        Some(a) => op.users(a),
        None => {
            let mut all = Vec::new();
            for a in op.accounts()? {
                all.extend(op.users(&a)?);
            }
            all.sort();
            all.dedup();
            Ok(all)
        }
    })
}

fn jwt_store_names(
    line: &CommandLine,
    list: impl FnOnce(&crate::jwt_store::OperatorStore) -> Result<Vec<String>>,
) -> Vec<CompletionCandidate> {
    let store = Store::open(line.value("--store").map(PathBuf::from).as_deref());
    store
        .operator(line.value("--operator").as_deref())
        .and_then(|op| list(&op))
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

async fn records(client: Client, collection: &str, field: &str) -> Result<Vec<String>> {
    let path = format!("/api/collections/{collection}/records");
    let items = client
        .list_all(Request::get(path).query("fields", field))
        .await?;
    Ok(names(&items, field))
}

fn names(items: &[serde_json::Value], field: &str) -> Vec<String> {
    let mut out: Vec<String> = items
        .iter()
        .filter_map(|v| v.get(field).and_then(|s| s.as_str()))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The words of the command line being completed (after the `--` that separates the
/// completer's own arguments), so that `--context` and friends can be read from it.
struct CommandLine {
    words: Vec<String>,
}

impl CommandLine {
    fn current() -> CommandLine {
        let all: Vec<String> = std::env::args_os()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let words = match all.iter().position(|a| a == "--") {
            Some(i) => all[i + 1..].to_vec(),
            None => all,
        };
        CommandLine { words }
    }

    /// The last value of `flag` (`--flag VALUE` or `--flag=VALUE`), ignoring the word
    /// being completed when it is the flag's own value.
    fn value(&self, flag: &str) -> Option<String> {
        let with_eq = format!("{flag}=");
        let mut found = None;
        let mut it = self.words.iter().peekable();
        while let Some(w) = it.next() {
            if w == flag {
                if let Some(v) = it.peek() {
                    found = Some((*v).clone());
                }
            } else if let Some(v) = w.strip_prefix(&with_eq) {
                found = Some(v.to_string());
            }
        }
        found.filter(|v| !v.is_empty())
    }
}

/// Run `fetch` against the command line's server within [`LIMIT`], through the cache.
fn from_server<F, Fut>(kind: &'static str, fetch: F) -> Vec<CompletionCandidate>
where
    F: FnOnce(Client) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<Vec<String>>>,
{
    let line = CommandLine::current();
    let global = GlobalArgs {
        context: line.value("--context"),
        config: line.value("--config").map(PathBuf::from),
        quiet: true,
        no_input: true,
        timeout: Some("1s".into()),
        ..GlobalArgs::default()
    };
    let (tx, rx) = mpsc::channel();
    // A thread, so that a keyring or a server that hangs cannot hold the shell: the
    // answer is waited for until LIMIT, and the process exits without it otherwise.
    let spawned = std::thread::Builder::new()
        .name("completion".into())
        .spawn(move || {
            let _ = tx.send(fetch_cached(global, kind, fetch));
        });
    if spawned.is_err() {
        return Vec::new();
    }
    rx.recv_timeout(LIMIT)
        .ok()
        .and_then(|r| r.ok())
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

fn fetch_cached<F, Fut>(global: GlobalArgs, kind: &str, fetch: F) -> Result<Vec<String>>
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = Result<Vec<String>>>,
{
    let mut app = App::new(global);
    // Whatever the client would say (warnings, debug lines) goes nowhere.
    let _ = app.capture();
    let target = app.target()?;
    let cache = cache_file(&app.config_path, &target.url, kind);
    if let Some(hit) = cache.as_deref().and_then(read_cache) {
        return Ok(hit);
    }
    let token = match std::env::var("PBCTL_TOKEN").ok().filter(|t| !t.is_empty()) {
        Some(t) => Some(t),
        None => match (&target.context, &target.auth) {
            (Some(ctx), Some(auth)) => app.stored_token(ctx, auth)?,
            _ => None,
        },
    };
    let token = token.filter(|t| check_token(t, "").is_ok());
    if token.is_none() {
        return Err(Error::auth("no usable token"));
    }
    let client = app.client(&target)?.with_token(token);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failed(e.to_string()))?;
    let names = runtime.block_on(fetch(client))?;
    if let Some(cache) = &cache {
        write_cache(cache, &names);
    }
    Ok(names)
}

/// One file per (config, server, kind): names only, never a token.
fn cache_file(config: &Path, url: &str, kind: &str) -> Option<PathBuf> {
    crate::cache::file("completion", (config, url, kind))
}

fn read_cache(path: &Path) -> Option<Vec<String>> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    let age = SystemTime::now().duration_since(modified).ok()?;
    if age > CACHE_TTL {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

fn write_cache(path: &Path, names: &[String]) {
    let mut text = names.join("\n");
    text.push('\n');
    crate::cache::write(path, text.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(words: &[&str]) -> CommandLine {
        CommandLine {
            words: words.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn flag_values_are_read_from_the_command_line() {
        let l = line(&[
            "pbctl",
            "--context",
            "a",
            "record",
            "list",
            "--context=b",
            "",
        ]);
        assert_eq!(l.value("--context").as_deref(), Some("b"));
        assert_eq!(line(&["pbctl", "--context", ""]).value("--context"), None);
        assert_eq!(line(&["pbctl", "record"]).value("--store"), None);
    }

    #[test]
    fn names_are_sorted_and_unique() {
        let items = vec![
            serde_json::json!({"name": "b"}),
            serde_json::json!({"name": "a"}),
            serde_json::json!({"name": "b"}),
            serde_json::json!({"other": 1}),
        ];
        assert_eq!(names(&items, "name"), ["a", "b"]);
    }
}
