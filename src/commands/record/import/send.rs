//! Sending rows: the server's batch limits, and chunks of rows sent through the batch
//! API (a refused row is taken out and the rest sent again) or, when the batch API is
//! off, as single requests.

use super::{Failure, Item, Outcome, RecordImportArgs};
use crate::commands::record::filter::quote;
use crate::commands::record::schema;
use crate::error::{Error, ErrorKind, Result};
use crate::pb::{Client, Request, record_path, records_path};
use crate::ui::Ui;
use reqwest::Method;
use serde_json::{Value, json};
use std::cell::Cell;
use std::collections::HashSet;

const BATCH_DISABLED: &str = "Batch requests are not allowed.";

/// How rows are grouped and sent, from the server's batch settings and the flags.
pub(super) struct Limits {
    pub batch_enabled: bool,
    /// Rows per batch request.
    pub batch_size: usize,
    /// Bytes of JSON per batch request (a margin under the server's body limit).
    pub body_budget: usize,
    /// Requests in flight.
    pub concurrency: usize,
}

impl Limits {
    /// Read the server's batch settings (`batch.enabled`, `maxRequests`, `maxBodySize`)
    /// and apply `--batch-size` and `--concurrency`; warns when a flag is above a limit.
    pub async fn read(client: &Client, a: &RecordImportArgs, ui: &Ui) -> Limits {
        // The server's batch limits.
        let settings = client.json(Request::get("/api/settings")).await.ok();
        let batch = settings.as_ref().and_then(|s| s.get("batch"));
        let batch_enabled = batch
            .and_then(|b| b.get("enabled"))
            .and_then(Value::as_bool)
            // Settings unreadable (not a superuser): try the batch API, fall back on 403.
            .unwrap_or(true);
        let max_requests = batch
            .and_then(|b| b.get("maxRequests"))
            .and_then(Value::as_u64)
            .unwrap_or(50)
            .max(1) as usize;
        let max_body = match batch
            .and_then(|b| b.get("maxBodySize"))
            .and_then(Value::as_u64)
        {
            Some(0) | None => 128 << 20,
            Some(n) => n as usize,
        };
        let mut batch_size = a.batch_size.unwrap_or(max_requests).clamp(1, 1000);
        if batch_size > max_requests {
            ui.warn(format!(
                "--batch-size {batch_size} is above the server's batch.maxRequests ({max_requests}); using {max_requests}"
            ));
            batch_size = max_requests;
        }
        let body_budget = (max_body / 10 * 9).min(32 << 20);
        let concurrency = a
            .concurrency
            .unwrap_or(if batch_enabled { 4 } else { 16 })
            .max(1);
        Limits {
            batch_enabled,
            batch_size,
            body_budget,
            concurrency,
        }
    }
}

/// Where and how chunks are sent.
pub(super) struct Ctx<'a> {
    pub client: &'a Client,
    pub collection: &'a str,
    pub upsert: bool,
    /// Turned off when the server answers that batch requests are not allowed.
    pub use_batch: Cell<bool>,
}

pub(super) fn is_fatal(e: &Error) -> bool {
    matches!(
        e.kind,
        ErrorKind::Auth | ErrorKind::Unavailable | ErrorKind::NotFound | ErrorKind::Interrupted
    )
}

pub(super) async fn send_chunk(ctx: &Ctx<'_>, items: Vec<Item>) -> Result<Outcome> {
    if ctx.use_batch.get() {
        match send_batch(ctx, items).await {
            Ok(o) => Ok(o),
            Err((e, Some(items))) if e.status == Some(403) && e.message == BATCH_DISABLED => {
                ctx.use_batch.set(false);
                send_singles(ctx, items).await
            }
            Err((e, _)) => Err(e),
        }
    } else {
        send_singles(ctx, items).await
    }
}

/// Ids among `ids` that exist already (for counting upserts as updates).
async fn existing_ids(ctx: &Ctx<'_>, ids: &[&str]) -> Result<HashSet<String>> {
    let mut found = HashSet::new();
    for group in ids.chunks(80) {
        let filter = group
            .iter()
            .map(|id| format!("id={}", quote(id)))
            .collect::<Vec<_>>()
            .join("||");
        let req = Request::get(records_path(ctx.collection))
            .query("filter", filter)
            .query("fields", "id")
            .query("perPage", "1000")
            .query("skipTotal", "1");
        let v = ctx.client.json(req).await?;
        if let Some(items) = v.get("items").and_then(Value::as_array) {
            for it in items {
                if let Some(id) = it.get("id").and_then(Value::as_str) {
                    found.insert(id.to_string());
                }
            }
        }
    }
    Ok(found)
}

fn item_id(item: &Item) -> Option<&str> {
    item.body
        .get("id")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// One batch request per chunk; a refused item is taken out and the rest sent again.
/// `Err((e, Some(items)))` gives the items back when the batch API is unavailable.
async fn send_batch(
    ctx: &Ctx<'_>,
    items: Vec<Item>,
) -> std::result::Result<Outcome, (Error, Option<Vec<Item>>)> {
    let mut outcome = Outcome::default();
    let existing = if ctx.upsert {
        let ids: Vec<&str> = items.iter().filter_map(item_id).collect();
        if ids.is_empty() {
            HashSet::new()
        } else {
            existing_ids(ctx, &ids).await.map_err(|e| (e, None))?
        }
    } else {
        HashSet::new()
    };
    // No `?fields=id` on the sub-requests: the fields modifier makes PocketBase slower.
    let base = records_path(ctx.collection);
    let mut pending = items;
    while !pending.is_empty() {
        let requests: Vec<Value> = pending
            .iter()
            .map(|it| {
                let method = if ctx.upsert && item_id(it).is_some() {
                    "PUT"
                } else {
                    "POST"
                };
                json!({"method": method, "url": base, "body": Value::Object(it.body.clone())})
            })
            .collect();
        match ctx
            .client
            .json(Request::post("/api/batch", json!({"requests": requests})))
            .await
        {
            Ok(_) => {
                for it in &pending {
                    match item_id(it) {
                        Some(id) if existing.contains(id) => outcome.updated += 1,
                        _ => outcome.created += 1,
                    }
                }
                break;
            }
            Err(e) if e.status == Some(403) && e.message == BATCH_DISABLED => {
                return Err((e, Some(pending)));
            }
            Err(e) if is_fatal(&e) => return Err((e, None)),
            Err(e) => {
                let failed = e
                    .data
                    .as_ref()
                    .and_then(|d| d.get("requests"))
                    .and_then(Value::as_object)
                    .map(|m| {
                        m.iter()
                            .filter_map(|(k, v)| k.parse::<usize>().ok().map(|i| (i, v.clone())))
                            .filter(|(i, _)| *i < pending.len())
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default();
                if failed.is_empty() {
                    // The whole batch was refused (size, timeout...): every item fails.
                    for it in pending.drain(..) {
                        outcome.failures.push(Failure {
                            line: it.line,
                            message: format!("batch refused: {}", e.message),
                            data: e.data.clone(),
                            record: Some(Value::Object(it.body)),
                            input: false,
                            raw: None,
                        });
                    }
                    break;
                }
                let mut drop_idx: Vec<usize> = failed.iter().map(|(i, _)| *i).collect();
                drop_idx.sort_unstable();
                for (i, detail) in failed {
                    let response = detail.get("response");
                    let message = response
                        .and_then(|r| r.get("message"))
                        .and_then(Value::as_str)
                        .unwrap_or("the server refused the record")
                        .to_string();
                    let data = response
                        .and_then(|r| r.get("data"))
                        .filter(|d| d.as_object().is_some_and(|m| !m.is_empty()))
                        .cloned();
                    outcome.failures.push(Failure {
                        line: pending[i].line,
                        message,
                        data,
                        record: Some(Value::Object(pending[i].body.clone())),
                        input: false,
                        raw: None,
                    });
                }
                for i in drop_idx.into_iter().rev() {
                    pending.remove(i);
                }
            }
        }
    }
    Ok(outcome)
}

/// Single requests: PATCH then POST for upserts, POST otherwise.
async fn send_singles(ctx: &Ctx<'_>, items: Vec<Item>) -> Result<Outcome> {
    let mut outcome = Outcome::default();
    for it in items {
        let body = Value::Object(it.body.clone());
        let mut updated = false;
        let mut result = Ok(());
        if ctx.upsert
            && let Some(id) = item_id(&it)
        {
            let path = record_path(ctx.collection, id);
            let req = Request::new(Method::PATCH, path).json(body.clone());
            match ctx.client.json(req).await {
                Ok(_) => updated = true,
                Err(e) if e.status == Some(404) => {}
                Err(e) => result = Err(e),
            }
        }
        if updated {
            outcome.updated += 1;
        } else if result.is_ok() {
            let req = Request::new(Method::POST, records_path(ctx.collection)).json(body);
            result = ctx.client.json(req).await.map(|_| {
                outcome.created += 1;
            });
        }
        if let Err(e) = result {
            if is_fatal(&e) {
                return Err(if e.status == Some(404) {
                    schema::not_found(ctx.collection)
                } else {
                    e
                });
            }
            outcome.failures.push(Failure {
                line: it.line,
                message: e.message.clone(),
                data: e.data.clone(),
                record: Some(Value::Object(it.body)),
                input: false,
                raw: None,
            });
        }
    }
    Ok(outcome)
}
