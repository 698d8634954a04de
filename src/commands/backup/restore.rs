//! Starting a restore and waiting for the server to come back on the restored data.
//!
//! PocketBase answers the restore request with 204 at once, sleeps 1 s, extracts the zip
//! while still serving the old data (`canBackup: false`), then restarts itself in place
//! (execve, same PID) with a window of refused connections of a few milliseconds. A
//! health poll can miss both the busy phase and that window for a small backup, so pbctl
//! also holds a realtime (SSE) connection open: the restart drops it. Done means: the
//! restart was seen (SSE dropped or connections refused) and `/api/health` answers with
//! `canBackup: true` again.

use crate::app::{App, Target};
use crate::error::{Error, Result};
use crate::pb::{Client, Request, seg};
use futures_util::{Stream, StreamExt};
use reqwest::{Method, header};
use serde_json::Value;
use std::time::{Duration, Instant};

const POLL: Duration = Duration::from_millis(200);

/// How long `start_and_wait` waits.
#[derive(Debug, Clone, Copy)]
pub struct Wait {
    /// For the whole restore.
    pub timeout: Duration,
    /// For connections to be accepted again once they are refused: a server that died
    /// on start (a failing migration, say) never comes back by itself.
    pub dead_after: Duration,
}

/// What `/api/health` says right now.
enum Probe {
    /// Refused, reset, timed out or 5xx: the server is restarting (or gone).
    Down,
    /// It answers; `canBackup` when the token still works.
    Up(Option<bool>),
}

async fn probe(client: &Client) -> Probe {
    let Ok(url) = client.url("/api/health") else {
        return Probe::Down;
    };
    let mut req = client
        .http()
        .get(url)
        .timeout(Duration::from_secs(5))
        .header(header::ACCEPT, "application/json");
    if let Some(token) = client.token() {
        req = req.header(header::AUTHORIZATION, token);
    }
    match req.send().await {
        Err(_) => Probe::Down,
        Ok(resp) if resp.status().is_server_error() => Probe::Down,
        Ok(resp) if !resp.status().is_success() => Probe::Up(None),
        Ok(resp) => {
            let body = crate::pb::client::error_body(resp).await;
            let v: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            Probe::Up(v.pointer("/data/canBackup").and_then(Value::as_bool))
        }
    }
}

/// Open `/api/realtime` and read its first event (PB_CONNECT), so that the stream is
/// known to be live. `None` when that does not work (a buffering proxy, say).
async fn open_sse(
    client: &Client,
) -> Option<std::pin::Pin<Box<impl Stream<Item = reqwest::Result<impl AsRef<[u8]>>>>>> {
    let url = client.url("/api/realtime").ok()?;
    let req = client
        .http()
        .get(url)
        .header(header::ACCEPT, "text/event-stream");
    let resp = tokio::time::timeout(Duration::from_secs(10), req.send())
        .await
        .ok()?
        .ok()?;
    if !resp.status().is_success() {
        return None;
    }
    let mut stream = Box::pin(resp.bytes_stream());
    match tokio::time::timeout(Duration::from_secs(10), stream.next()).await {
        Ok(Some(Ok(_))) => Some(stream),
        _ => None,
    }
}

/// Read a stream until it ends or fails.
async fn drained<S: Stream + Unpin>(stream: &mut S) {
    while stream.next().await.is_some() {}
}

/// POST the restore (once: it is never retried), then, with `wait`, wait until the
/// server serves the restored data. Returns whether it waited.
pub async fn start_and_wait(
    app: &App,
    target: &Target,
    client: &Client,
    key: &str,
    wait: bool,
    limits: Wait,
) -> Result<bool> {
    let timeout = limits.timeout;
    let mut sse = if wait { open_sse(client).await } else { None };
    if wait && sse.is_none() {
        app.ui.debug(
            1,
            "the realtime stream is not available; watching /api/health only",
        );
    }
    let req = Request::new(Method::POST, format!("/api/backups/{}/restore", seg(key)));
    client.send(req).await.map_err(|e| {
        if e.message.to_ascii_lowercase().contains("try again later") {
            e.hint("another backup or restore is running: wait until `pbctl health` shows canBackup: true")
        } else {
            e
        }
    })?;
    if !wait {
        return Ok(false);
    }
    app.ui.status(format!(
        "Restoring {key}: waiting for {} to restart on the restored data…",
        target.label()
    ));
    let started = Instant::now();
    let had_sse = sse.is_some();
    // Evidence of the restart: the realtime stream dropped, or connections refused.
    let mut sse_dropped = false;
    let mut saw_down = false;
    let mut saw_busy = false;
    let mut idle_again_since: Option<Instant> = None;
    let mut down_since: Option<Instant> = None;
    loop {
        let ended = match sse.as_mut() {
            Some(stream) => tokio::select! {
                _ = drained(stream) => true,
                _ = tokio::time::sleep(POLL) => false,
            },
            None => {
                tokio::time::sleep(POLL).await;
                false
            }
        };
        if ended {
            sse = None;
            sse_dropped = true;
            app.ui
                .debug(1, "the realtime stream closed: the server is restarting");
        }
        if started.elapsed() > timeout {
            return Err(Error::unavailable(format!(
                "{} did not come back from the restore of {key} within {}",
                target.label(),
                humantime::format_duration(timeout)
            ))
            .hint("it may still be restoring: watch `pbctl health`, or wait longer with --wait-timeout"));
        }
        match probe(client).await {
            Probe::Down => {
                if !saw_down {
                    app.ui.debug(1, "the server is down: restarting");
                }
                saw_down = true;
                let since = *down_since.get_or_insert_with(Instant::now);
                if since.elapsed() > limits.dead_after {
                    return Err(Error::unavailable(format!(
                        "{} went down to restore {key} and has not come back for {}: it probably failed to start",
                        target.label(),
                        humantime::format_duration(limits.dead_after)
                    ))
                    .hint("check the server's log (a failing migration in pb_migrations, say); wait longer with --dead-after"));
                }
            }
            Probe::Up(Some(false)) => {
                down_since = None;
                saw_busy = true;
                idle_again_since = None;
                if sse_dropped && !saw_down {
                    // Still restoring: the stream closed for another reason (an idle
                    // timeout). Watch a new one.
                    sse_dropped = false;
                    sse = open_sse(client).await;
                }
            }
            Probe::Up(state) => {
                down_since = None;
                if sse_dropped || saw_down {
                    if state.is_none() {
                        app.ui.warn(format!(
                            "the token no longer works on {}: the restored data has other credentials",
                            target.label()
                        ));
                        app.ui.status(match &target.context {
                            Some(name) => {
                                format!("Log in again with `pbctl auth login --context {name}`.")
                            }
                            None => "Log in again with the restored data's credentials.".into(),
                        });
                    }
                    return Ok(true);
                }
                if saw_busy {
                    // Busy, then idle again without a restart: the restore failed and
                    // the server rolled back. Allow a moment for the stream to close.
                    let since = *idle_again_since.get_or_insert_with(Instant::now);
                    if since.elapsed() > Duration::from_secs(2) {
                        return Err(Error::failed(format!(
                            "the server could not restore {key}; it kept its current data"
                        ))
                        .hint("the reason is in the server's log (\"Failed to restore backup\")"));
                    }
                } else if !had_sse && started.elapsed() > Duration::from_secs(5) {
                    // Without the realtime stream a fast restore can pass unseen
                    // between two polls.
                    app.ui.warn(
                        "could not observe the restart; the restore probably finished quickly",
                    );
                    return Ok(true);
                }
            }
        }
    }
}
