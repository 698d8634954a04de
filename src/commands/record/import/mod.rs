//! `record import`: bulk load JSON lines, a JSON array or CSV as fast as the server
//! allows: the batch API when it is enabled (batches within `batch.maxRequests` and the
//! body limit, a few in flight), else concurrent single requests. Rows are validated
//! against the schema first; failures are reported with their input line.
//!
//! [`run`] drives the parts: [`reading`] (input, format, a row checked against the
//! schema), [`send`] (the server's limits, batches and single requests), [`report`]
//! (failed rows, the final error) and [`resume`] (the command that goes on at a line,
//! and what Ctrl-C prints).

mod reading;
mod report;
mod resume;
mod send;

use super::DataFormat;
use super::schema::Schema;
use crate::app::App;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::ui::ItemsProgress;
use clap::{Args, ValueEnum};
use clap_complete::engine::ArgValueCandidates;
use futures_util::stream::{FuturesUnordered, StreamExt};
use report::{End, Reporter};
use resume::{Interrupted, tracked};
use send::{Ctx, Limits, send_chunk};
use serde_json::{Map, Value};
use std::cell::Cell;
use std::path::PathBuf;
use std::time::Instant;

/// Bulk-load records from JSON lines, a JSON array or CSV
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Uses the batch API when the server enables it (`pbctl settings set batch.enabled=true`),\notherwise concurrent single requests. With --upsert, rows that carry an `id` update\nthe existing record or create it, so an interrupted import can simply be run again.\nFailed rows are reported with their input line; --errors writes them as JSON lines.\nExits 1 when any row failed, 2 when the input is malformed and --on-error is stop.\n\nExamples:\n  pbctl record import posts -f posts.jsonl\n  pbctl record import posts -f posts.csv --on-error skip --errors failed.jsonl\n  pbctl record import posts -f export.jsonl --upsert\n  pbctl record import posts -f posts.jsonl --from-line 1201\n  cat posts.json | pbctl record import posts -f - --format json --dry-run"
)]
pub struct RecordImportArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
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
    /// On a failed row: stop reading (default; the rows sent with it in one batch are
    /// still imported) or skip it and go on
    #[arg(long, value_enum, default_value = "stop")]
    pub on_error: OnError,
    /// Write the failed rows (line, error, record) to FILE as JSON lines
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Replace the --errors FILE if it exists
    #[arg(long, requires = "errors")]
    pub force: bool,
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

pub async fn run(app: &App, a: RecordImportArgs) -> Result<Output> {
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
    // A file's size is known: the bar follows the bytes read (percentage, ETA).
    let (mut rows, input_size) = reading::open(&a, schema.clone())?;
    let limits = Limits::read(&client, &a, &app.ui).await;
    let ctx = Ctx {
        client: &client,
        collection: &a.collection,
        upsert: a.upsert,
        use_batch: Cell::new(limits.batch_enabled),
    };
    let concurrency = limits.concurrency;
    if !limits.batch_enabled && !a.dry_run {
        app.ui.status(format!(
            "The batch API is off on this server: sending single requests ({concurrency} at a time). Turn it on with `pbctl settings set batch.enabled=true` for faster imports."
        ));
    }
    let mut progress = app
        .ui
        .items_progress(input_size.as_ref().map(|s| s.0), true, "records");
    if let Some((_, bytes_read)) = input_size {
        progress = progress.follow_bytes(bytes_read);
    }
    let mut reporter = Reporter::new(
        &app.ui,
        &progress,
        a.errors.as_deref(),
        crate::fsutil::Overwrite::from_force(a.force),
    )?;
    let started = Instant::now();
    // On Ctrl-C the command is dropped: the guard says what was done and how to resume.
    let guard = Interrupted::new(&app.ui, &a);
    let mut total = Outcome::default();
    let mut valid = 0u64;
    let mut stop = false;

    let mut inflight = FuturesUnordered::new();
    let mut chunk: Vec<Item> = Vec::new();
    let mut chunk_bytes = 0usize;
    let chunk_len = if ctx.use_batch.get() {
        limits.batch_size
    } else {
        1
    };
    let mut fatal: Option<Error> = None;

    // A local failure with --on-error stop still sends the rows read before it.
    let mut flush_pending = true;
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
        rows_have_ids |= reading::has_id(&row);
        let line = row.line;
        let body = match reading::check(row, schema.as_ref()) {
            Ok(body) => body,
            Err(failure) => {
                reporter.report(*failure, &mut total)?;
                // A dry run checks every row: it sends nothing that stopping would spare.
                if a.on_error == OnError::Stop && !a.dry_run {
                    stop = true;
                }
                continue;
            }
        };
        valid += 1;
        if a.dry_run {
            continue;
        }
        let size = Value::Object(body.clone()).to_string().len() + 128;
        if !chunk.is_empty() && chunk_bytes + size > limits.body_budget {
            inflight.push(tracked(
                &guard,
                chunk.first().map(|i| i.line),
                send_chunk(&ctx, std::mem::take(&mut chunk)),
            ));
            chunk_bytes = 0;
        }
        chunk_bytes += size;
        if chunk.is_empty() {
            guard.pending.borrow_mut().insert(line);
        }
        chunk.push(Item { line, body });
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
            match absorb(
                result,
                &mut total,
                &progress,
                &mut reporter,
                a.on_error,
                &guard,
            ) {
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
        match absorb(
            result,
            &mut total,
            &progress,
            &mut reporter,
            a.on_error,
            &guard,
        ) {
            Ok(_) => {}
            Err(e) => {
                fatal.get_or_insert(e);
            }
        }
    }
    progress.finish_and_clear();
    guard.finished.set(true);
    reporter.flush()?;

    let (summary, status) = report::summary(&a, &total, valid, started.elapsed());
    app.ui.status(status);
    // Machine formats get the summary as data, also when the import then fails.
    let output = if app.out.is_machine() {
        Output::object(summary, "created")
    } else {
        Output::Empty
    };
    if let Some(e) = fatal {
        return Ok(output.then_fail(e));
    }
    let end = End {
        stopped: stop,
        resume_line,
        rows_have_ids,
    };
    Ok(match report::final_error(&a, &total, &end) {
        Some(e) => output.then_fail(e),
        None => output,
    })
}

/// Fold a chunk's outcome into the totals. `Ok(false)`: stop reading (a failure with
/// --on-error stop).
fn absorb(
    result: Result<Outcome>,
    total: &mut Outcome,
    progress: &ItemsProgress,
    reporter: &mut Reporter<'_>,
    on_error: OnError,
    guard: &Interrupted<'_>,
) -> Result<bool> {
    let outcome = result?;
    guard
        .done
        .set(guard.done.get() + outcome.created + outcome.updated);
    total.created += outcome.created;
    total.updated += outcome.updated;
    progress.add(outcome.created + outcome.updated);
    let had_failures = !outcome.failures.is_empty();
    for f in outcome.failures {
        reporter.report(f, total)?;
    }
    Ok(!(had_failures && on_error == OnError::Stop))
}
