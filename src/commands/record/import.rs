//! `record import`: bulk load JSON lines, a JSON array or CSV as fast as the server
//! allows: the batch API when it is enabled (batches within `batch.maxRequests` and the
//! body limit, a few in flight), else concurrent single requests. Rows are validated
//! against the schema first; failures are reported with their input line.

use super::filter::quote;
use super::input::{Csv, JsonArray, JsonLines, Row, RowError};
use super::schema::{self, Mode, Schema};
use super::{DataFormat, records_path};
use crate::app::App;
use crate::error::{Error, ErrorKind, Result};
use crate::output::Output;
use crate::pb::{Client, Request, seg};
use clap::{Args, ValueEnum};
use futures_util::stream::{FuturesUnordered, StreamExt};
use reqwest::Method;
use serde_json::{Map, Value, json};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::time::Instant;

/// Bulk-load records from JSON lines, a JSON array or CSV
#[derive(Debug, Args)]
#[command(
    after_help = "Uses the batch API when the server enables it (`pbctl settings set batch.enabled=true`),\notherwise concurrent single requests. With --upsert, rows that carry an `id` update\nthe existing record or create it, so an interrupted import can simply be run again.\nFailed rows are reported with their input line; --errors writes them as JSON lines.\nExits 1 when any row failed, 2 when the input is malformed and --on-error is stop.\n\nExamples:\n  pbctl record import posts -f posts.jsonl\n  pbctl record import posts -f posts.csv --on-error skip --errors failed.jsonl\n  pbctl record import posts -f export.jsonl --upsert\n  pbctl record import posts -f posts.jsonl --from-line 1201\n  cat posts.json | pbctl record import posts -f - --format json --dry-run"
)]
pub struct ImportArgs {
    /// Collection name or id
    pub collection: String,
    /// Input file, or - for stdin
    #[arg(
        short = 'f',
        long = "from-file",
        value_name = "FILE|-",
        required = true
    )]
    pub from_file: String,
    /// jsonl, json or csv [default: from the file extension, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<DataFormat>,
    /// Rows with an `id` update the existing record (or create it)
    #[arg(long)]
    pub upsert: bool,
    /// Records per batch request [default: the server's batch.maxRequests, at most 1000]
    #[arg(long, value_name = "N")]
    pub batch_size: Option<usize>,
    /// Requests in flight [default: 4 batches, or 16 single requests]
    #[arg(long, value_name = "N")]
    pub concurrency: Option<usize>,
    /// On a failed row: stop (default) or skip it and go on
    #[arg(long, value_enum, default_value = "stop")]
    pub on_error: OnError,
    /// Write the failed rows (line, error, record) to FILE as JSON lines
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Validate every row against the schema and send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Start at this input line: rows on earlier lines are skipped (resume an import
    /// that stopped; the error names the line)
    #[arg(long, value_name = "N")]
    pub from_line: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnError {
    Stop,
    Skip,
}

/// A failed row.
struct Failure {
    line: usize,
    message: String,
    data: Option<Value>,
    record: Option<Value>,
    /// Malformed input (rather than a refused record).
    input: bool,
    /// The input text of a malformed row.
    raw: Option<String>,
}

struct Item {
    line: usize,
    body: Map<String, Value>,
}

#[derive(Default)]
struct Outcome {
    created: u64,
    updated: u64,
    failures: Vec<Failure>,
}

struct Ctx<'a> {
    client: &'a Client,
    collection: &'a str,
    upsert: bool,
    use_batch: Cell<bool>,
}

const BATCH_DISABLED: &str = "Batch requests are not allowed.";

pub async fn run(app: &App, a: ImportArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let schema = Schema::fetch(&client, &a.collection).await?;
    if schema.is_none() {
        app.ui.warn(format!(
            "cannot read the schema of {}: rows are checked by the server only",
            a.collection
        ));
    }
    if let Some(s) = &schema
        && s.kind == "view"
    {
        return Err(Error::usage(format!(
            "{} is a view collection: it has no records to import into",
            a.collection
        )));
    }
    let mut input: Box<dyn BufRead> = if a.from_file == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        let file = std::fs::File::open(&a.from_file)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", a.from_file)))?;
        Box::new(BufReader::with_capacity(1 << 16, file))
    };
    // Without --format: the extension, but input that starts with `[` is a JSON array.
    let format = match a.format {
        Some(f) => f,
        None => {
            let starts_array = input
                .fill_buf()
                .map(|b| b.iter().find(|c| !c.is_ascii_whitespace()) == Some(&b'['))
                .unwrap_or(false);
            match DataFormat::guess(Some(&a.from_file)) {
                DataFormat::Jsonl if starts_array => DataFormat::Json,
                other => other,
            }
        }
    };
    let name = if a.from_file == "-" {
        "stdin".to_string()
    } else {
        a.from_file.clone()
    };
    let input_error =
        |line: usize, e: RowError| Error::usage(format!("{name}: line {line}: {}", e.message));
    let rows: Box<dyn Iterator<Item = Row>> = match format {
        DataFormat::Jsonl => Box::new(JsonLines::new(input)),
        DataFormat::Json => {
            let mut text = String::new();
            input
                .read_to_string(&mut text)
                .map_err(|e| Error::usage(format!("cannot read {name}: {e}")))?;
            Box::new(JsonArray::new(text).map_err(|(line, m)| input_error(line, RowError::new(m)))?)
        }
        DataFormat::Csv => {
            Box::new(Csv::new(input, schema.clone()).map_err(|(l, e)| input_error(l, e))?)
        }
    };

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
        app.ui.warn(format!(
            "--batch-size {batch_size} is above the server's batch.maxRequests ({max_requests}); using {max_requests}"
        ));
        batch_size = max_requests;
    }
    let body_budget = (max_body / 10 * 9).min(32 << 20);
    let ctx = Ctx {
        client: &client,
        collection: &a.collection,
        upsert: a.upsert,
        use_batch: Cell::new(batch_enabled),
    };
    let concurrency = a
        .concurrency
        .unwrap_or(if batch_enabled { 4 } else { 16 })
        .max(1);
    if !batch_enabled && !a.dry_run {
        app.ui.status(format!(
            "The batch API is off on this server: sending single requests ({concurrency} at a time). Turn it on with `pbctl settings set batch.enabled=true` for faster imports."
        ));
    }

    // The failed rows may hold secrets (passwords of auth records): the file is 0600.
    let mut errors_file = match &a.errors {
        Some(p) => {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let file = options
                .open(p)
                .map_err(|e| Error::usage(format!("cannot write {}: {e}", p.display())))?;
            Some(std::io::BufWriter::new(file))
        }
        None => None,
    };
    let started = Instant::now();
    // On Ctrl-C the command is dropped: the guard says what was done and how to resume.
    let guard = Interrupted {
        ui: &app.ui,
        args: &a,
        done: Cell::new(0),
        next_line: Cell::new(a.from_line.unwrap_or(1).max(1)),
        pending: RefCell::new(BTreeSet::new()),
        finished: Cell::new(a.dry_run),
    };
    let bar = app.ui.progress(None, true);
    let mut total = Outcome::default();
    let mut valid = 0u64;
    let mut shown = 0usize;
    let mut stop = false;
    let mut report = |f: Failure, total: &mut Outcome| -> Result<()> {
        if shown < 20 {
            let mut text = format!("line {}: {}", f.line, f.message);
            if let Some(Value::Object(data)) = &f.data {
                let mut e = Error::failed("");
                e.data = Some(Value::Object(data.clone()));
                for l in e.field_errors() {
                    text.push_str(&format!("\n  {l}"));
                }
            }
            bar.suspend(|| app.ui.warn(text));
        } else if shown == 20 {
            bar.suspend(|| {
                app.ui
                    .warn("more failed rows are not shown (see --errors FILE)")
            });
        }
        shown += 1;
        if let Some(w) = errors_file.as_mut() {
            let mut line = json!({"line": f.line, "error": f.message, "data": f.data.clone().unwrap_or(json!({})), "record": f.record.clone().unwrap_or(Value::Null)});
            if let (Some(raw), Some(m)) = (&f.raw, line.as_object_mut()) {
                m.insert("raw".into(), Value::String(raw.clone()));
            }
            writeln!(w, "{line}")?;
        }
        bar.inc(1);
        total.failures.push(Failure {
            record: None,
            data: None,
            raw: None,
            ..f
        });
        Ok(())
    };

    let mut inflight = FuturesUnordered::new();
    let mut chunk: Vec<Item> = Vec::new();
    let mut chunk_bytes = 0usize;
    let chunk_len = if ctx.use_batch.get() { batch_size } else { 1 };
    let mut fatal: Option<Error> = None;

    // A local failure with --on-error stop still sends the rows read before it.
    let mut flush_pending = true;
    let mut rows = rows;
    let from_line = a.from_line.unwrap_or(0);
    let mut last_line = from_line.saturating_sub(1);
    let mut rows_have_ids = false;
    'read: while !stop {
        let Some(row) = rows.next() else { break };
        if row.line < from_line {
            continue;
        }
        last_line = row.line;
        guard.next_line.set(row.line + 1);
        if let Ok(b) = &row.record
            && b.get("id")
                .and_then(Value::as_str)
                .is_some_and(|s| !s.is_empty())
        {
            rows_have_ids = true;
        }
        let mut body = match row.record {
            Ok(b) => b,
            Err(e) => {
                // A cell of the wrong type is a refused row; anything else is malformed input.
                let raw = e.raw;
                let (message, data, input) = match e.field {
                    Some(f) => {
                        let detail = e
                            .message
                            .strip_prefix(&format!("{f}: "))
                            .unwrap_or(&e.message)
                            .to_string();
                        (
                            format!("invalid value for {f}"),
                            Some(json!({f: {"code": "invalid_value", "message": detail}})),
                            false,
                        )
                    }
                    None => (e.message, None, true),
                };
                report(
                    Failure {
                        line: row.line,
                        message,
                        data,
                        record: None,
                        input,
                        raw,
                    },
                    &mut total,
                )?;
                if a.on_error == OnError::Stop {
                    stop = true;
                }
                continue;
            }
        };
        for k in schema::META_KEYS {
            body.remove(*k);
        }
        if let Some(s) = &schema {
            let mode = if a.upsert && body.contains_key("id") {
                Mode::Upsert
            } else {
                Mode::Create
            };
            let problems = s.validate(&body, mode, &[]);
            if !problems.is_empty() {
                let fields: Vec<&str> = problems.iter().map(|p| p.0.as_str()).collect();
                let mut data = Map::new();
                for (f, m) in &problems {
                    data.insert(f.clone(), json!({"code": "invalid_value", "message": m}));
                }
                report(
                    Failure {
                        line: row.line,
                        message: format!("invalid value for {}", fields.join(", ")),
                        data: Some(Value::Object(data)),
                        record: Some(Value::Object(body)),
                        input: false,
                        raw: None,
                    },
                    &mut total,
                )?;
                if a.on_error == OnError::Stop {
                    stop = true;
                }
                continue;
            }
        }
        valid += 1;
        if a.dry_run {
            continue;
        }
        let size = Value::Object(body.clone()).to_string().len() + 128;
        if !chunk.is_empty() && chunk_bytes + size > body_budget {
            inflight.push(tracked(
                &guard,
                chunk.first().map(|i| i.line),
                send_chunk(&ctx, std::mem::take(&mut chunk)),
            ));
            chunk_bytes = 0;
        }
        chunk_bytes += size;
        if chunk.is_empty() {
            guard.pending.borrow_mut().insert(row.line);
        }
        chunk.push(Item {
            line: row.line,
            body,
        });
        if chunk.len() >= chunk_len {
            inflight.push(tracked(
                &guard,
                chunk.first().map(|i| i.line),
                send_chunk(&ctx, std::mem::take(&mut chunk)),
            ));
            chunk_bytes = 0;
        }
        while inflight.len() >= concurrency {
            let Some(result) = inflight.next().await else {
                break;
            };
            match absorb(result, &mut total, &bar, &mut report, a.on_error, &guard) {
                Ok(true) => {}
                Ok(false) => {
                    stop = true;
                    flush_pending = false;
                    break 'read;
                }
                Err(e) => {
                    fatal = Some(e);
                    break 'read;
                }
            }
        }
    }
    // The first input line not sent: resume there.
    let resume_line = match chunk.first() {
        Some(it) if !flush_pending => it.line,
        _ => last_line + 1,
    };
    if fatal.is_none() && flush_pending && !chunk.is_empty() {
        inflight.push(tracked(
            &guard,
            chunk.first().map(|i| i.line),
            send_chunk(&ctx, std::mem::take(&mut chunk)),
        ));
    }
    while let Some(result) = inflight.next().await {
        match absorb(result, &mut total, &bar, &mut report, a.on_error, &guard) {
            Ok(_) => {}
            Err(e) => {
                fatal.get_or_insert(e);
            }
        }
    }
    bar.finish_and_clear();
    guard.finished.set(true);
    if let Some(w) = errors_file.as_mut() {
        w.flush()?;
    }

    let secs = started.elapsed().as_secs_f64();
    let done = total.created + total.updated;
    let rate = if secs > 0.0 { done as f64 / secs } else { 0.0 };
    let failed = total.failures.len() as u64;
    let input_failed = total.failures.iter().any(|f| f.input);
    let summary = if a.dry_run {
        json!({"dryRun": true, "valid": valid, "invalid": failed})
    } else {
        json!({"created": total.created, "updated": total.updated, "failed": failed,
               "seconds": (secs * 1000.0).round() / 1000.0, "recordsPerSecond": rate.round()})
    };
    if a.dry_run {
        app.ui.status(format!(
            "Dry run: {valid} valid row(s), {failed} invalid; nothing was sent."
        ));
    } else {
        app.ui.status(format!(
            "Imported into {}: {} created, {} updated, {failed} failed in {secs:.1}s ({rate:.0} records/s).",
            a.collection, total.created, total.updated
        ));
    }
    // Machine formats get the summary as data, also when the import then fails.
    let output = if app.out.is_machine() {
        Output::object(summary, "created")
    } else {
        Output::Empty
    };
    if let Some(e) = fatal {
        return Ok(output.then_fail(e));
    }
    if stop && failed > 0 {
        let first = total.failures.first().map(|f| f.line).unwrap_or(0);
        let what = if input_failed {
            "malformed input"
        } else {
            "a row was refused"
        };
        let e = if input_failed {
            Error::usage(format!("import stopped at line {first}: {what}"))
        } else {
            Error::failed(format!("import stopped at line {first}: {what}"))
        };
        let resume = resume_command(&a, resume_line);
        let only_last = failed == 1 && first + 1 == resume_line;
        let mut hint = if only_last {
            format!(
                "the rows before line {first} were imported and nothing after it was read; fix line {first} and resume with `{}`",
                resume_command(&a, first)
            )
        } else {
            let whereto = match &a.errors {
                Some(p) => format!("listed above and in {}", p.display()),
                None => "listed above (--errors FILE keeps them)".to_string(),
            };
            format!(
                "the other rows before line {resume_line} were imported; the {failed} failed row(s) are {whereto}: fix and import them, then go on with `{resume}`"
            )
        };
        if rows_have_ids && !a.upsert {
            hint.push_str("\n(the rows carry ids: adding --upsert makes a re-run update rather than duplicate)");
        }
        hint.push_str(
            "\nor use --on-error skip to import the valid rows and collect the failed ones",
        );
        let e = hint.split('\n').fold(e, |e, h| e.hint(h));
        return Ok(output.then_fail(e));
    }
    if failed > 0 {
        let mut e = Error::failed(format!("{failed} row(s) failed"));
        if let Some(p) = &a.errors {
            e = e.hint(format!("the failed rows are in {}", p.display()));
        }
        return Ok(output.then_fail(e));
    }
    Ok(output)
}

/// Fold a chunk's outcome into the totals. `Ok(false)`: stop reading (a failure with
/// --on-error stop).
fn absorb(
    result: Result<Outcome>,
    total: &mut Outcome,
    bar: &indicatif::ProgressBar,
    report: &mut impl FnMut(Failure, &mut Outcome) -> Result<()>,
    on_error: OnError,
    guard: &Interrupted<'_>,
) -> Result<bool> {
    let outcome = result?;
    guard
        .done
        .set(guard.done.get() + outcome.created + outcome.updated);
    total.created += outcome.created;
    total.updated += outcome.updated;
    bar.inc(outcome.created + outcome.updated);
    let had_failures = !outcome.failures.is_empty();
    for f in outcome.failures {
        report(f, total)?;
    }
    Ok(!(had_failures && on_error == OnError::Stop))
}

fn is_fatal(e: &Error) -> bool {
    matches!(
        e.kind,
        ErrorKind::Auth | ErrorKind::Unavailable | ErrorKind::NotFound | ErrorKind::Interrupted
    )
}

async fn send_chunk(ctx: &Ctx<'_>, items: Vec<Item>) -> Result<Outcome> {
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
            let path = format!("{}/{}", records_path(ctx.collection), seg(id));
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

/// The command that resumes this import at `line`.
fn resume_command(a: &ImportArgs, line: usize) -> String {
    let mut cmd = format!(
        "pbctl record import {} -f {}",
        shell_quote(&a.collection),
        shell_quote(&a.from_file)
    );
    if let Some(v) = a.format.and_then(|f| f.to_possible_value()) {
        cmd.push_str(&format!(" --format {}", v.get_name()));
    }
    if a.upsert {
        cmd.push_str(" --upsert");
    }
    cmd.push_str(&format!(" --from-line {line}"));
    cmd
}

fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Reports, when the import is dropped before it finished (Ctrl-C), how many rows were
/// imported and the command that resumes it.
struct Interrupted<'a> {
    ui: &'a crate::ui::Ui,
    args: &'a ImportArgs,
    done: Cell<u64>,
    /// The line after the last row read.
    next_line: Cell<usize>,
    /// First lines of the chunks read but not yet answered by the server.
    pending: RefCell<BTreeSet<usize>>,
    finished: Cell<bool>,
}

impl Drop for Interrupted<'_> {
    fn drop(&mut self) {
        if self.finished.get() {
            return;
        }
        let first_open = self.pending.borrow().first().copied();
        let resume = first_open.unwrap_or(self.next_line.get());
        let mut text = format!(
            "import interrupted: {} row(s) imported; the rows before line {resume} were all handled.",
            self.done.get()
        );
        if first_open.is_some() {
            text.push_str(" Rows from that line on that were in flight may be in the collection too (--upsert avoids duplicates when rows carry ids).");
        }
        self.ui.notice(format!(
            "{text}\nResume with:\n  {}",
            resume_command(self.args, resume)
        ));
    }
}

/// `fut`, then the chunk is no longer pending.
async fn tracked<F: std::future::Future<Output = Result<Outcome>>>(
    guard: &Interrupted<'_>,
    first_line: Option<usize>,
    fut: F,
) -> Result<Outcome> {
    let r = fut.await;
    if let Some(l) = first_line {
        guard.pending.borrow_mut().remove(&l);
    }
    r
}
