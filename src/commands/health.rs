//! `pbctl health`: reachability, latency, version, token, canBackup.

use crate::app::{App, Target};
use crate::error::{Error, ErrorKind, Result};
use crate::output::Output;
use crate::pb::{Client, Request};
use clap::Args;
use serde_json::{Value, json};
use std::time::Instant;

/// Check the server: reachable, latency, version, whether the token works, canBackup
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "A server that cannot be reached is reported too (reachable: false, the reason in\nmessage), and the exit code is 5; a rejected token is reported, not an error. In fleet\nmode every selected context gets its row, and one unreachable server makes it exit 5.\n\nExamples:\n  pbctl health\n  pbctl --context prod health -o json\n  pbctl -l env=prod health"
)]
pub struct HealthArgs {}

/// What the probe found: one row, the same keys whether the server answered or not.
struct Row<'a> {
    target: &'a Target,
    reachable: bool,
    latency_ms: Option<u64>,
    message: Value,
    version: Option<String>,
    token: String,
    can_backup: Value,
}

impl Row<'_> {
    fn into_value(self) -> Value {
        let mut out = serde_json::Map::new();
        out.insert("context".into(), json!(self.target.context));
        out.insert("url".into(), json!(self.target.url));
        out.insert("reachable".into(), json!(self.reachable));
        out.insert("latencyMs".into(), json!(self.latency_ms));
        out.insert("message".into(), self.message);
        out.insert("version".into(), json!(self.version));
        out.insert("token".into(), json!(self.token));
        out.insert("canBackup".into(), self.can_backup);
        Value::Object(out)
    }
}

/// An unreachable server is the probe's answer: its row (`reachable: false`, the reason
/// as the message), then the error, which makes the exit code 5 and says it on stderr
/// with its hint.
fn unreachable(target: &Target, error: Error) -> Output {
    let row = Row {
        target,
        reachable: false,
        latency_ms: None,
        message: json!(error.message),
        version: None,
        // Not checked: the server that would say is not there.
        token: if target.has_credentials() {
            "unknown"
        } else {
            "none"
        }
        .into(),
        can_backup: Value::Null,
    };
    Output::object(row.into_value(), "url").then_fail(error)
}

pub async fn run(app: &App, _args: HealthArgs) -> Result<Output> {
    let target = app.target()?;
    // The stored token, if any (refreshed first when it is close to expiry). A token that
    // cannot be used is reported, not an error; a server that cannot be reached is both.
    let authed = if target.has_credentials() {
        match app.authed().await {
            Ok(authed) => Some(Ok(authed)),
            Err(e) if e.kind == ErrorKind::Auth => Some(Err(e)),
            Err(e) if e.kind == ErrorKind::Unavailable => return Ok(unreachable(&target, e)),
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    let client = match &authed {
        Some(Ok((_, authed))) => authed.clone(),
        _ => app.client(&target)?,
    };
    // Three independent probes, at once. PocketBase ignores a token it does not accept,
    // so the health request (with the token: `canBackup` is only told to a superuser)
    // is also the reachability probe; the auth refresh says whether the token is valid.
    let reach = async {
        let started = Instant::now();
        let health = client.json(Request::get("/api/health")).await?;
        Ok::<_, Error>((health, started.elapsed().as_millis() as u64))
    };
    let check = async {
        match &authed {
            None => Ok(("none".to_string(), false)),
            Some(Err(e)) => Ok((format!("unusable: {}", e.message), false)),
            Some(Ok((target, authed))) => {
                match crate::session::refresh(authed, &target.auth_collection).await {
                    Ok(_) => Ok(("valid".to_string(), true)),
                    Err(e) if e.kind == ErrorKind::Auth => {
                        Ok((format!("rejected: {}", e.message), false))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    };
    let (reached, version, token) =
        tokio::join!(reach, server_version(&client, &target.url), check);
    let (health, latency) = match reached {
        Ok(reached) => reached,
        Err(e) if e.kind == ErrorKind::Unavailable => return Ok(unreachable(&target, e)),
        Err(e) => return Err(e),
    };
    let (token, valid) = token?;
    // A token PocketBase refused was ignored by the health request: no canBackup.
    let can_backup = if valid {
        health
            .pointer("/data/canBackup")
            .cloned()
            .unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    let row = Row {
        target: &target,
        reachable: true,
        latency_ms: Some(latency),
        message: health.get("message").cloned().unwrap_or(Value::Null),
        version,
        token,
        can_backup,
    };
    Ok(Output::object(row.into_value(), "url"))
}

/// PocketBase has no version endpoint: the admin UI bundle names it
/// (`PocketBase vX.Y.Z`). `None` when the UI is hidden or unreachable.
///
/// The bundle's file name carries a hash of its content (`assets/index-B7vkkFa_.js`),
/// so the version found in it is kept per server and bundle name in the cache directory:
/// the next health check reads the small HTML page only, not the 600 KB bundle.
pub async fn server_version(client: &Client, url: &str) -> Option<String> {
    let html = client.send(Request::get("/_/").no_auth()).await.ok()?;
    let html = String::from_utf8_lossy(&html.body);
    let start = html.find("assets/index-")?;
    let rest = &html[start..];
    let end = rest.find(".js")? + 3;
    let asset = &rest[..end];
    // One small file per (server, bundle): the server's own answer, never another's.
    let cache = crate::cache::file("versions", (url, asset));
    if let Some(version) = cache.as_deref().and_then(crate::cache::read).and_then(|v| {
        find_version(&format!(
            "PocketBase v{}",
            String::from_utf8_lossy(&v).trim()
        ))
    }) {
        return Some(version);
    }
    let js = client
        .send(Request::get(format!("/_/{asset}")).no_auth())
        .await
        .ok()?;
    let version = find_version(&String::from_utf8_lossy(&js.body))?;
    if let Some(cache) = &cache {
        crate::cache::write(cache, version.as_bytes());
    }
    Some(version)
}

fn find_version(text: &str) -> Option<String> {
    const MARK: &str = "PocketBase v";
    let mut search = text;
    while let Some(i) = search.find(MARK) {
        let after = &search[i + MARK.len()..];
        let version: String = after
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let version = version.trim_end_matches('.');
        if version.split('.').count() == 3 && version.split('.').all(|p| !p.is_empty()) {
            return Some(version.to_string());
        }
        search = after;
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn version_is_found_in_the_bundle() {
        assert_eq!(
            super::find_version("x=\"PocketBase v0.40.6\";"),
            Some("0.40.6".into())
        );
        assert_eq!(
            super::find_version("PocketBase v PocketBase v1.2.3."),
            Some("1.2.3".into())
        );
        assert_eq!(super::find_version("nothing"), None);
    }
}
