//! `pbctl health`: reachability, latency, version, token, canBackup.

use crate::app::App;
use crate::error::{ErrorKind, Result};
use crate::output::Output;
use crate::pb::{Client, Request};
use clap::Args;
use serde_json::{Value, json};
use std::time::Instant;

/// Check the server: reachable, latency, version, whether the token works, canBackup
#[derive(Debug, Args)]
#[command(
    after_help = "Exit code 5 when the server cannot be reached; a rejected token is reported,\nnot an error.\n\nExamples:\n  pbctl health\n  pbctl --context prod health -o json"
)]
pub struct HealthArgs {}

pub async fn run(app: &App, _args: HealthArgs) -> Result<Output> {
    let target = app.target()?;
    let client = app.client(&target)?;
    let started = Instant::now();
    let health = client.json(Request::get("/api/health").no_auth()).await?;
    let latency = started.elapsed().as_millis() as u64;
    let version = server_version(&client).await;

    let mut out = serde_json::Map::new();
    out.insert("context".into(), json!(target.context));
    out.insert("url".into(), json!(target.url));
    out.insert("reachable".into(), json!(true));
    out.insert("latencyMs".into(), json!(latency));
    out.insert(
        "message".into(),
        health.get("message").cloned().unwrap_or(Value::Null),
    );
    out.insert("version".into(), json!(version));

    // The token: valid (refreshed if needed), rejected, or absent.
    let (token_state, can_backup) = if !target.has_credentials() {
        ("none".to_string(), Value::Null)
    } else {
        match app.authed().await {
            Ok((target, authed)) => {
                let checked = crate::session::refresh(&authed, &target.auth_collection).await;
                match checked {
                    Ok(_) => {
                        let h = authed
                            .json(Request::get("/api/health"))
                            .await
                            .unwrap_or(Value::Null);
                        (
                            "valid".to_string(),
                            h.pointer("/data/canBackup").cloned().unwrap_or(Value::Null),
                        )
                    }
                    Err(e) if e.kind == ErrorKind::Auth => {
                        (format!("rejected: {}", e.message), Value::Null)
                    }
                    Err(e) => return Err(e),
                }
            }
            Err(e) if e.kind == ErrorKind::Auth => {
                (format!("unusable: {}", e.message), Value::Null)
            }
            Err(e) => return Err(e),
        }
    };
    out.insert("token".into(), json!(token_state));
    out.insert("canBackup".into(), can_backup);
    Ok(Output::object(Value::Object(out), "url"))
}

/// PocketBase has no version endpoint: the admin UI bundle names it
/// (`PocketBase vX.Y.Z`). `None` when the UI is hidden or unreachable.
pub async fn server_version(client: &Client) -> Option<String> {
    let html = client.send(Request::get("/_/").no_auth()).await.ok()?;
    let html = String::from_utf8_lossy(&html.body);
    let start = html.find("assets/index-")?;
    let rest = &html[start..];
    let end = rest.find(".js")? + 3;
    let asset = &rest[..end];
    let js = client
        .send(Request::get(format!("/_/{asset}")).no_auth())
        .await
        .ok()?;
    find_version(&String::from_utf8_lossy(&js.body))
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
