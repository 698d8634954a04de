//! `record export`: every matching record, streamed page by page to stdout or to a file
//! (written as `FILE.part`, renamed when complete), in constant memory.

use super::schema::Schema;
use super::{DataFormat, FilterArgs, ListQuery};
use crate::app::App;
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, PartFile, check_destination};
use crate::human::{count, rate};
use crate::output::{Format, ListWriter, Output, StreamFormat};
use crate::ui::ItemsProgress;
use clap::Args;
use clap_complete::engine::ArgValueCandidates;
use serde_json::json;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

/// Export records as JSON lines, JSON or CSV (streamed; constant memory)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Without --sort, records come in insertion order (@rowid). CSV has a header row of\nthe collection's fields (or --fields); lists and objects are written as JSON.\nTo stdout, -o json writes a JSON array and -o jsonl JSON lines (the default) when\n--format is not given; with -O FILE, -o is the format of the summary. Files are 0600.\n\nExamples:\n  pbctl record export posts > posts.jsonl\n  pbctl record export posts -o json > posts.json\n  pbctl record export posts -O posts.csv --filter 'created >= {:d}' --param d=2024-01-01\n  pbctl --context prod record export posts -O posts.jsonl && \\\n    pbctl --context staging record import posts -f posts.jsonl --upsert"
)]
pub struct RecordExportArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub collection: String,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Sort: comma-separated fields, `-` for descending
    #[arg(long, value_name = "S", allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// Only these fields, in this order (e.g. id,title,views)
    #[arg(long, value_name = "F")]
    pub fields: Option<String>,
    /// Relations to expand
    #[arg(long, value_name = "E")]
    pub expand: Option<String>,
    /// Write to FILE (via FILE.part, renamed when complete) instead of stdout
    #[arg(short = 'O', long = "out", alias = "output-file", value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output_file")]
    pub force: bool,
    /// Export the seeds, private keys and creds of pb-nats records (left out by default)
    #[arg(long)]
    pub show_seeds: bool,
    /// jsonl, json or csv [default: from the file extension, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<DataFormat>,
}

/// Page requests in flight at once (each 1000 records of a disjoint range of the sort
/// order; written in order). See docs/decisions.md for the measurements behind it.
const EXPORT_INFLIGHT: usize = 3;

pub async fn run(app: &App, a: RecordExportArgs) -> Result<Output> {
    let overwrite = Overwrite::from_force(a.force);
    if let Some(path) = &a.output_file {
        check_destination(path, overwrite)?;
    }
    let (_, client) = app.authed().await?;
    let filter = a.filter.resolve()?;
    let format = match (a.format, &a.output_file) {
        (Some(f), _) => f,
        (None, Some(path)) => DataFormat::guess(path.to_str()),
        // To stdout, `-o json|jsonl` chooses the format as kubectl/gh users expect; a
        // PBCTL_OUTPUT preference for tables or YAML does not make export refuse.
        (None, None) => match app.global.output.filter(|o| {
            app.global.output_on_command_line || matches!(o, Format::Json | Format::Jsonl)
        }) {
            None | Some(Format::Table) | Some(Format::Jsonl) => DataFormat::Jsonl,
            Some(Format::Json) => DataFormat::Json,
            Some(other) => {
                return Err(Error::usage(format!(
                    "record export writes data files: -o {} is not one of its formats",
                    other.name()
                ))
                .hint("use -o json or -o jsonl, or --format jsonl|json|csv"));
            }
        },
    };
    let stream_format = match format {
        DataFormat::Jsonl => StreamFormat::Jsonl,
        DataFormat::Json => StreamFormat::Json,
        DataFormat::Csv => StreamFormat::Csv(csv_columns(&client, &a).await?),
    };
    let query = ListQuery::new(&a.collection)
        .param("filter", filter.as_deref())
        .param("sort", Some(a.sort.as_deref().unwrap_or("@rowid")))
        .param("expand", a.expand.as_deref())
        .param("fields", a.fields.as_deref());
    let started = Instant::now();
    // The total comes with the first page: a bar with percentage and ETA from then on.
    let bar = app.ui.items_progress(Some(0), false, "records");
    match &a.output_file {
        None => {
            let n = write_all(
                &client,
                &query,
                app.out.stream(),
                stream_format,
                &bar,
                a.show_seeds,
            )
            .await?;
            bar.finish_and_clear();
            let secs = started.elapsed().as_secs_f64();
            app.ui.status(format!(
                "Exported {} record(s) in {secs:.1}s ({}).",
                count(n),
                rate(n, secs, "records")
            ));
            Ok(Output::Empty)
        }
        Some(path) => {
            // Records may hold personal data: a new 0600 file, like every file pbctl
            // writes; FILE.part is removed if the export fails or is interrupted.
            let (part, file) = PartFile::create(path, overwrite)?;
            let mut out = BufWriter::with_capacity(1 << 16, file);
            let n = write_all(&client, &query, &mut out, stream_format, &bar, a.show_seeds).await?;
            let file = out.into_inner().map_err(|e| {
                Error::failed(format!(
                    "cannot write {}: {}",
                    part.part().display(),
                    e.error()
                ))
            })?;
            part.commit(file)?;
            bar.finish_and_clear();
            let secs = started.elapsed().as_secs_f64();
            Ok(Output::done(
                format!(
                    "Exported {} record(s) to {} in {secs:.1}s ({}).",
                    count(n),
                    path.display(),
                    rate(n, secs, "records")
                ),
                json!({"file": path.display().to_string(), "records": n, "seconds": secs}),
                "file",
            ))
        }
    }
}

async fn write_all<W: Write>(
    client: &crate::pb::Client,
    query: &ListQuery,
    out: W,
    format: StreamFormat,
    bar: &ItemsProgress,
    show_seeds: bool,
) -> Result<u64> {
    let mut writer = ListWriter::new(out, format)?;
    let order = super::FieldOrder::parse(query.param_value("fields"));
    query
        .for_each_raw_counted(
            client,
            EXPORT_INFLIGHT,
            |total| bar.set_total(total),
            |item| {
                // Records pass through as the server's JSON text; one that may be a pb-nats
                // record (or expand one) is parsed to leave its secrets out, and with
                // --fields to put its keys in that order.
                let redact = !show_seeds
                    && crate::controlplane::may_hold_secrets(&query.collection, item.get());
                if redact || order.is_some() {
                    let mut value: serde_json::Value = serde_json::from_str(item.get())?;
                    if redact {
                        crate::controlplane::redact_record(&mut value, &query.collection);
                    }
                    if let Some(order) = &order {
                        order.apply(&mut value);
                    }
                    writer.item(&value)?;
                } else {
                    writer.raw_item(item)?;
                }
                bar.add(1);
                Ok(())
            },
        )
        .await?;
    let n = writer.count();
    writer.finish()?;
    Ok(n)
}

/// CSV columns: --fields, else every field of the schema but passwords.
async fn csv_columns(client: &crate::pb::Client, a: &RecordExportArgs) -> Result<Vec<String>> {
    if let Some(f) = &a.fields {
        return Ok(f
            .split(',')
            .map(|x| x.trim().split(':').next().unwrap_or("").to_string())
            .filter(|x| !x.is_empty() && x != "*")
            .collect());
    }
    let schema = Schema::require(client, &a.collection).await?;
    Ok(schema
        .fields
        .iter()
        .filter(|f| f.kind != "password")
        .map(|f| f.name.clone())
        .collect())
}
