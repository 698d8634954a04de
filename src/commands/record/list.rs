//! `record list` and `record count`: each command's arguments, then its code.

use super::schema::Schema;
use super::{FilterArgs, ListQuery, PAGE_SIZE, record_columns};
use crate::app::App;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::pb::Client;
use clap::Args;
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

/// List records (30 by default; --all streams every record)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl record list posts\n  pbctl record list posts --filter 'title ~ {:q} && views >= {:n}' --param q=\"it's\" --param n:=10\n  pbctl record list posts --sort -views --fields id,title,views -o wide\n  pbctl record list posts --page 2 --limit 5\n  pbctl record list posts --all -o jsonl > posts.jsonl"
)]
pub struct RecordListArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub collection: String,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Sort: comma-separated fields, `-` for descending (e.g. -created,title)
    #[arg(long, value_name = "S", allow_hyphen_values = true)]
    pub sort: Option<String>,
    /// Relations to expand (e.g. author,comments_via_post)
    #[arg(long, value_name = "E")]
    pub expand: Option<String>,
    /// Only these fields, in this order (e.g. id,title,expand.author.name)
    #[arg(long, value_name = "F")]
    pub fields: Option<String>,
    /// At most this many records [default: 30]; with --page, the records per page
    #[arg(long, value_name = "N", conflicts_with_all = ["all", "per_page"])]
    pub limit: Option<u64>,
    /// Every matching record, streamed in pages of 1000 (constant memory with -o json, jsonl, name)
    #[arg(long, conflicts_with_all = ["page", "per_page"])]
    pub all: bool,
    /// Page number (1-based), of --limit (or --per-page) records
    #[arg(long, value_name = "P")]
    pub page: Option<u64>,
    /// Records per page (max 1000)
    #[arg(long, value_name = "N")]
    pub per_page: Option<u64>,
    /// Show the seeds, private keys and creds of pb-nats records (hidden by default)
    #[arg(long)]
    pub show_seeds: bool,
}

/// Count the records matching a filter
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl record count posts\n  pbctl record count posts --filter 'author = {:a}' --param a=3kf9x0a1b2c3d4e"
)]
pub struct CountArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub collection: String,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub async fn list(app: &App, a: RecordListArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let filter = a.filter.resolve()?;
    let needs_schema = app.out.is_human();
    let schema = if needs_schema {
        Schema::fetch(&client, &a.collection).await?
    } else {
        None
    };
    let default_sort = if a.all && a.sort.is_none() {
        Some("@rowid")
    } else {
        None
    };
    // pb-nats' seeds and private keys stay hidden, as in the `nats` commands; with
    // --fields, the keys come in its order.
    let order = super::FieldOrder::parse(a.fields.as_deref());
    let redact = |item: &mut Value| {
        if !a.show_seeds {
            crate::controlplane::redact_record(item, &a.collection);
        }
        if let Some(order) = &order {
            order.apply(item);
        }
    };
    let query = ListQuery::new(&a.collection)
        .param("filter", filter.as_deref())
        .param("sort", a.sort.as_deref().or(default_sort))
        .param("expand", a.expand.as_deref())
        .param("fields", a.fields.as_deref());

    if a.all {
        // A fleet run collects each context's list for its report: no streaming there.
        let stream = if app.fleet_context.is_none() {
            app.out.stream_list("id")?
        } else {
            None
        };
        if let Some(mut writer) = stream {
            query
                .for_each(&client, |mut item| {
                    redact(&mut item);
                    writer.item(&item)?;
                    Ok(())
                })
                .await?;
            drop(writer.finish()?);
            return Ok(Output::Empty);
        }
        let mut items = Vec::new();
        query
            .for_each(&client, |mut item| {
                redact(&mut item);
                items.push(item);
                Ok(())
            })
            .await?;
        let columns = record_columns(schema.as_ref(), a.fields.as_deref(), &items);
        return Ok(Output::list(Value::Array(items), columns, "id"));
    }

    let (mut items, total) = match (a.page, a.per_page) {
        (None, None) => {
            let limit = a.limit.unwrap_or(30);
            let mut items = Vec::new();
            let mut page = 1;
            let mut total = None;
            while (items.len() as u64) < limit {
                let per_page = (limit - items.len() as u64).min(PAGE_SIZE);
                let per_page = if page == 1 { per_page } else { PAGE_SIZE };
                let v = query.page(&client, page, per_page, page > 1).await?;
                total = total.or_else(|| v.get("totalItems").and_then(Value::as_i64));
                let batch = take_items(v);
                let n = batch.len() as u64;
                items.extend(batch);
                if n < per_page {
                    break;
                }
                page += 1;
            }
            items.truncate(limit as usize);
            (items, total)
        }
        (page, per_page) => {
            let v = query
                .page(
                    &client,
                    page.unwrap_or(1),
                    per_page.or(a.limit).unwrap_or(30),
                    false,
                )
                .await?;
            let total = v.get("totalItems").and_then(Value::as_i64);
            (take_items(v), total)
        }
    };
    items.iter_mut().for_each(redact);
    if let Some(total) = total
        && total > items.len() as i64
        && needs_schema
        && a.page.is_none()
    {
        app.ui.status(format!(
            "Showing {} of {total} records; use --limit N, --all, or --page P (pages of --limit records).",
            items.len()
        ));
    }
    let columns = record_columns(schema.as_ref(), a.fields.as_deref(), &items);
    Ok(Output::list(Value::Array(items), columns, "id"))
}

pub(super) fn take_items(v: Value) -> Vec<Value> {
    match v {
        Value::Object(mut m) => match m.remove("items") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

pub async fn count(app: &App, a: CountArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let filter = a.filter.resolve()?;
    let n = count_matching(&client, &a.collection, filter.as_deref()).await?;
    Ok(Output::Document(json!(n)))
}

pub(super) async fn count_matching(
    client: &Client,
    collection: &str,
    filter: Option<&str>,
) -> Result<i64> {
    let v = ListQuery::new(collection)
        .param("filter", filter)
        .param("fields", Some("id"))
        .page(client, 1, 1, false)
        .await?;
    v.get("totalItems")
        .and_then(Value::as_i64)
        .ok_or_else(|| Error::failed("the server's list answer has no totalItems"))
}
