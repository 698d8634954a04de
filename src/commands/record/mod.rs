//! `pbctl record` (alias `rec`, `r`): generic CRUD on any collection, bulk import and
//! export, and realtime watch.

mod crud;
mod export;
pub mod filter;
mod import;
mod input;
mod list;
pub mod schema;
mod watch;

use crate::app::App;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::pb::paging::{PageGuard, RawPage};
use crate::pb::{Client, Request, records_path};
use clap::{Args, Subcommand, ValueEnum};
use futures_util::stream::{FuturesUnordered, StreamExt};
use schema::Schema;
use serde_json::Value;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// Records fetched per page by `--all`, `export` and `delete --filter` (PocketBase's max).
pub const PAGE_SIZE: u64 = 1000;
/// Pages requested at once by `--all` while the current one is handled.
const PREFETCH: usize = 2;
/// Bytes of pages that arrived before their turn above which no new page is requested
/// (a server's pages are ~0.2-0.3 MB for 1000 records; a hostile one's can be 128 MiB).
const HELD_BYTES: usize = 32 << 20;

#[derive(Debug, Clone, Args)]
#[command(
    about = "Read and change the records of any collection",
    after_help = "Examples:\n  pbctl record list posts --filter 'views > {:min}' --param min:=10 --sort -created\n  pbctl record create posts title='Hello' views:=3 --file cover=./cover.png\n  pbctl record update posts ID views+=1 tags+=rust\n  pbctl record import posts -f posts.jsonl --upsert\n  pbctl record export posts -O posts.jsonl\n  pbctl record watch posts"
)]
pub struct RecordArgs {
    #[command(subcommand)]
    pub command: RecordCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum RecordCommand {
    #[command(visible_alias = "ls")]
    List(list::RecordListArgs),
    Get(crud::GetArgs),
    Create(crud::CreateArgs),
    Update(crud::UpdateArgs),
    #[command(visible_alias = "rm")]
    Delete(crud::DeleteArgs),
    Count(list::CountArgs),
    Import(import::RecordImportArgs),
    Export(export::RecordExportArgs),
    Watch(watch::WatchArgs),
}

/// `--filter` with its `--param` bindings.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// PocketBase filter, e.g. 'views > 5 && title ~ {:q}' (see `pbctl help filters`)
    #[arg(long, value_name = "F")]
    pub filter: Option<String>,
    /// Bind a {:NAME} placeholder of --filter: NAME=TEXT (a string, quoted and escaped
    /// for you) or NAME:=JSON (a number, true/false or null)
    #[arg(long = "param", value_name = "K=V")]
    pub params: Vec<String>,
}

impl FilterArgs {
    pub fn resolve(&self) -> Result<Option<String>> {
        filter::resolve(self.filter.as_deref(), &self.params)
    }
}

/// File formats of `import` and `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    Jsonl,
    Json,
    Csv,
}

impl DataFormat {
    /// From a file name's extension; JSON lines otherwise.
    pub fn guess(path: Option<&str>) -> DataFormat {
        let ext = path
            .and_then(|p| p.rsplit_once('.'))
            .map(|(_, e)| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("json") => DataFormat::Json,
            Some("csv") => DataFormat::Csv,
            _ => DataFormat::Jsonl,
        }
    }
}

pub async fn run(app: &App, args: RecordArgs) -> Result<crate::output::Output> {
    match args.command {
        RecordCommand::List(a) => list::list(app, a).await,
        RecordCommand::Get(a) => crud::get(app, a).await,
        RecordCommand::Create(a) => crud::create(app, a).await,
        RecordCommand::Update(a) => crud::update(app, a).await,
        RecordCommand::Delete(a) => crud::delete(app, a).await,
        RecordCommand::Count(a) => list::count(app, a).await,
        RecordCommand::Import(a) => import::run(app, a).await,
        RecordCommand::Export(a) => export::run(app, a).await,
        RecordCommand::Watch(a) => watch::run(app, a).await,
    }
}

/// A records list query without paging.
#[derive(Debug, Clone)]
pub struct ListQuery {
    pub collection: String,
    pub path: String,
    pub params: Vec<(String, String)>,
}

impl ListQuery {
    pub fn new(collection: &str) -> ListQuery {
        ListQuery {
            collection: collection.to_string(),
            path: records_path(collection),
            params: Vec::new(),
        }
    }

    /// The value of a parameter given with [`ListQuery::param`].
    pub fn param_value(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn param(mut self, key: &str, value: Option<&str>) -> ListQuery {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            self.params.push((key.into(), v.into()));
        }
        self
    }

    /// An error answer to this query, explained: a 400 on a list is almost always a bad
    /// filter, sort, expand or fields value, so the hint shows the ones sent (not the
    /// `@rowid` sort pbctl adds itself); a 404 is a missing collection.
    fn refused(&self, e: Error) -> Error {
        match e.status {
            Some(400) => {
                let sent: Vec<String> = self
                    .params
                    .iter()
                    .filter(|(k, v)| {
                        matches!(k.as_str(), "filter" | "sort" | "expand" | "fields")
                            && !(k == "sort" && v == "@rowid")
                    })
                    .map(|(k, v)| format!("--{k} {}", crate::human::shell_quote(v)))
                    .collect();
                let what = if sent.is_empty() {
                    "this query".to_string()
                } else {
                    crate::ui::sanitize(&sent.join(" ")).into_owned()
                };
                e.hint(format!("the server could not use {what}: unknown fields and syntax errors give this answer (see `pbctl help filters`)"))
            }
            Some(404) => schema::not_found(&self.collection),
            _ => e,
        }
    }

    fn page_request(&self, page: u64, per_page: u64, skip_total: bool) -> Request {
        let mut req = Request::get(self.path.clone());
        req.query = self.params.clone();
        req = req
            .query("page", page.to_string())
            .query("perPage", per_page.to_string());
        if skip_total {
            req = req.query("skipTotal", "1");
        }
        req
    }

    pub async fn page(
        &self,
        client: &Client,
        page: u64,
        per_page: u64,
        skip_total: bool,
    ) -> Result<Value> {
        let answer = client
            .json(self.page_request(page, per_page, skip_total))
            .await
            .map_err(|e| self.refused(e))?;
        crate::pb::paging::check_list(&answer)?;
        Ok(answer)
    }

    /// Every matching record, page by page (1000; the first page counts, the others
    /// skipTotal), with the next pages already requested while `each` handles the
    /// current one; pages that do not move forward stop it ([`PageGuard`]). Returns the
    /// number of records.
    pub async fn for_each(
        &self,
        client: &Client,
        mut each: impl FnMut(Value) -> Result<()>,
    ) -> Result<u64> {
        self.for_each_raw(client, PREFETCH, |raw| {
            each(
                serde_json::from_str(raw.get()).map_err(|e| {
                    Error::failed(format!("the server sent an invalid record: {e}"))
                })?,
            )
        })
        .await
    }

    /// Every matching record as the server wrote it (raw JSON, not parsed into values:
    /// the cheapest form to pass on), page by page (1000; the first page counts, the
    /// others skipTotal). Page k holds rows (k-1)*1000 .. k*1000 of the sort order, so
    /// the requests cover disjoint ranges and the server can work on several at once:
    /// `inflight` requests are kept running, a new one starting as soon as any finishes
    /// (not only the earliest: pages finish out of order, and waiting for the earliest
    /// would leave the server's other cores idle), while `each` is handed the records
    /// strictly in page order. At most `2 * inflight` pages are requested and not yet
    /// handed over, and none is requested while early pages hold more than 32 MiB, which
    /// bounds the memory. A short page ends the loop; an empty one that comes back early
    /// stops the requests after it. Pages that do not move
    /// forward stop it ([`PageGuard`]). Returns the number of records.
    pub async fn for_each_raw(
        &self,
        client: &Client,
        inflight: usize,
        each: impl FnMut(&RawValue) -> Result<()>,
    ) -> Result<u64> {
        self.for_each_raw_counted(client, inflight, |_| {}, each)
            .await
    }

    /// [`ListQuery::for_each_raw`], telling `on_total` the number of records the first
    /// page announces (for a progress bar).
    pub async fn for_each_raw_counted(
        &self,
        client: &Client,
        inflight: usize,
        mut on_total: impl FnMut(u64),
        mut each: impl FnMut(&RawValue) -> Result<()>,
    ) -> Result<u64> {
        let start = |page: u64| {
            let req = self.page_request(page, PAGE_SIZE, page > 1);
            async move {
                let result = client.send(req).await.map_err(|e| self.refused(e));
                (page, result)
            }
        };
        let inflight = inflight.max(1);
        // Pages requested and not yet handed over: at most this many, and no new request
        // while the bodies that arrived early hold more than HELD_BYTES.
        let window = 2 * inflight as u64;
        let mut running = FuturesUnordered::new();
        let mut arrived = BTreeMap::new();
        let mut held_bytes = 0usize;
        let mut guard = PageGuard::new();
        let (mut next_request, mut next_write) = (1u64, 1u64);
        // An empty page came back: the list ends there, no page after it is requested.
        let mut seen_empty = false;
        let mut total = 0u64;
        loop {
            while running.len() < inflight
                && next_request < next_write + window
                && held_bytes < HELD_BYTES
                && !seen_empty
            {
                running.push(start(next_request));
                next_request += 1;
            }
            // Every page before `next_request` was requested and page `next_write` has
            // not arrived (it would have been handed over), so it is still running:
            // `running` is never empty here.
            let Some((number, result)) = running.next().await else {
                return Err(Error::failed("internal error: the page requests ran out"));
            };
            // An empty list answer is ~70 bytes: only small bodies are read twice.
            if let Ok(response) = &result
                && response.body.len() < 512
                && RawPage::parse(&response.body).is_ok_and(|p| p.items.is_empty())
            {
                seen_empty = true;
            }
            held_bytes += result.as_ref().map_or(0, |r| r.body.len());
            arrived.insert(number, result);
            while let Some(result) = arrived.remove(&next_write) {
                held_bytes -= result.as_ref().map_or(0, |r| r.body.len());
                let response = result?;
                let answer = RawPage::parse(&response.body)?;
                if next_write == 1
                    && let Some(n) = answer.total_items()
                {
                    on_total(n);
                }
                let items = guard.raw_page(next_write, PAGE_SIZE, answer)?;
                let n = items.len() as u64;
                for item in items {
                    each(item)?;
                }
                total += n;
                if n < PAGE_SIZE {
                    return Ok(total);
                }
                next_write += 1;
            }
        }
    }
}

/// The order `--fields` gives the keys of a record. PocketBase picks the fields into a Go
/// map, so with `fields` each record comes with its keys in another order: reordered, an
/// export or a list with `--fields` is the same bytes every time (diffs, git). The named
/// top-level keys come first, in the order given (`expand.author` names `expand`,
/// `title:excerpt(200)` names `title`), then any other key in the server's order.
#[derive(Debug, Clone)]
pub struct FieldOrder(Vec<String>);

impl FieldOrder {
    /// `None` without `--fields`, or with a `*` (every field, in the server's order).
    pub fn parse(fields: Option<&str>) -> Option<FieldOrder> {
        let mut names: Vec<String> = Vec::new();
        for f in fields?.split(',') {
            let name = f.trim().split([':', '.']).next().unwrap_or("").trim();
            if name == "*" {
                return None;
            }
            if !name.is_empty() && !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        (!names.is_empty()).then_some(FieldOrder(names))
    }

    pub fn apply(&self, record: &mut Value) {
        let Value::Object(map) = record else { return };
        let mut ordered = serde_json::Map::with_capacity(map.len());
        for name in &self.0 {
            if let Some(v) = map.shift_remove(name) {
                ordered.insert(name.clone(), v);
            }
        }
        ordered.append(map);
        *map = ordered;
    }
}

/// Table columns for records: the id, then up to five short fields of the schema
/// (presentable first); `-o wide` shows every field.
pub fn record_columns(
    schema: Option<&Schema>,
    fields: Option<&str>,
    sample: &[Value],
) -> Vec<Column> {
    let upper = |s: &str| s.to_ascii_uppercase();
    if let Some(list) = fields.filter(|f| !f.split(',').any(|x| x.trim() == "*")) {
        return list
            .split(',')
            .map(|f| f.trim().split(':').next().unwrap_or("").to_string())
            .filter(|f| !f.is_empty())
            .map(|f| Column::new(&upper(&f), &f))
            .collect();
    }
    let mut columns = vec![Column::new("ID", "id")];
    match schema {
        Some(schema) => {
            let short = |kind: &str| {
                matches!(
                    kind,
                    "text" | "email" | "url" | "number" | "bool" | "select" | "date" | "relation"
                )
            };
            let mut chosen: Vec<&schema::Field> = schema
                .fields
                .iter()
                .filter(|f| f.name != "id" && !f.hidden && f.presentable)
                .collect();
            for f in &schema.fields {
                if f.name != "id"
                    && !f.hidden
                    && short(&f.kind)
                    && !f.presentable
                    && f.name != "tokenKey"
                {
                    chosen.push(f);
                }
            }
            chosen.truncate(5);
            for f in &schema.fields {
                if f.name == "id" || f.hidden {
                    continue;
                }
                let col = if chosen.iter().any(|c| c.name == f.name) {
                    Column::new(&upper(&f.name), &f.name)
                } else {
                    Column::wide(&upper(&f.name), &f.name)
                };
                columns.push(col);
            }
        }
        None => {
            if let Some(Value::Object(first)) = sample.first() {
                for (i, key) in first
                    .keys()
                    .filter(|k| *k != "id" && !schema::META_KEYS.contains(&k.as_str()))
                    .enumerate()
                {
                    columns.push(if i < 5 {
                        Column::new(&upper(key), key)
                    } else {
                        Column::wide(&upper(key), key)
                    });
                }
            }
        }
    }
    columns
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn field_order_names_top_level_keys_and_keeps_the_rest() {
        assert!(FieldOrder::parse(None).is_none());
        assert!(FieldOrder::parse(Some("id,*")).is_none());
        let order = FieldOrder::parse(Some(" title:excerpt(20), expand.author.name ,id,title"))
            .expect("an order");
        let mut record = json!({"id": "a", "extra": 1, "expand": {}, "title": "t"});
        order.apply(&mut record);
        let keys: Vec<&String> = record.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["title", "expand", "id", "extra"]);
        let mut not_an_object = json!([1]);
        order.apply(&mut not_an_object);
        assert_eq!(not_an_object, json!([1]));
    }
}
