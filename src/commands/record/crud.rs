//! `record get|create|update|delete`: each command's arguments, then its code.

use super::list::{count_matching, take_items};
use super::schema::{self, Schema};
use super::{FilterArgs, ListQuery};
use crate::app::App;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::pb::client::{BodyError, transport_error};
use crate::pb::{Client, Request, record_path, records_path, seg};
use clap::Args;
use clap_complete::engine::ArgValueCandidates;
use futures_util::stream::{self, StreamExt};
use reqwest::{Method, header};
use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};

/// Show one record, or download its files with --download
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl record get posts 3kf9x0a1b2c3d4e --expand author\n  pbctl record get posts 3kf9x0a1b2c3d4e --fields id,title -o json\n  pbctl record get posts 3kf9x0a1b2c3d4e --download cover -O ./files"
)]
pub struct GetArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub collection: String,
    /// Record id
    pub id: String,
    /// Relations to expand
    #[arg(long, value_name = "E")]
    pub expand: Option<String>,
    /// Only these fields, in this order (e.g. id,title)
    #[arg(long, value_name = "F")]
    pub fields: Option<String>,
    /// Download the files of this file field
    #[arg(long, value_name = "FIELD")]
    pub download: Option<String>,
    /// Directory for --download [default: .]
    #[arg(
        short = 'O',
        long = "out",
        alias = "output-dir",
        value_name = "DIR",
        requires = "download"
    )]
    pub output_dir: Option<PathBuf>,
    /// Replace files that already exist in DIR
    #[arg(long, requires = "download")]
    pub force: bool,
    /// Show the seeds, private keys and creds of pb-nats records (hidden by default)
    #[arg(long)]
    pub show_seeds: bool,
}

/// Create a record from KEY=VALUE / KEY:=JSON pairs, a JSON or YAML file, and files
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "KEY=VALUE is typed by the collection's schema (numbers, true/false, lists as\na,b,c); KEY:=JSON takes JSON as is. Unknown fields and wrong types are refused\nbefore anything is sent.\n\nExamples:\n  pbctl record create posts title='Hello' views:=3 tags:='[\"go\",\"rust\"]'\n  pbctl record create posts -f post.yaml --file cover=./cover.png\n  echo '{\"title\":\"x\"}' | pbctl record create posts -f -"
)]
pub struct CreateArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub collection: String,
    /// KEY=VALUE or KEY:=JSON
    #[arg(value_name = "KEY=VALUE")]
    pub pairs: Vec<String>,
    /// A JSON or YAML object with the fields, or - for stdin
    #[arg(short = 'f', long = "from-file", value_name = "FILE|-")]
    pub from_file: Option<String>,
    /// Upload a file to a file field (repeat for several files)
    #[arg(long = "file", value_name = "FIELD=PATH")]
    pub files: Vec<String>,
}

/// Change a record (PATCH): KEY=VALUE, KEY:=JSON, KEY+=VALUE (append/add), KEY-=VALUE (remove)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "`KEY+=V` and `KEY-=V` map to PocketBase's `KEY+`/`KEY-` modifiers: add to a number,\nappend to or remove from a list; `+KEY=V` prepends. `--file FIELD+=PATH` appends a file.\n\nExamples:\n  pbctl record update posts 3kf9x0a1b2c3d4e title='New title' views+=1\n  pbctl record update posts 3kf9x0a1b2c3d4e tags-=go tags+=rust\n  pbctl record update posts 3kf9x0a1b2c3d4e --file 'attachments+=./b.pdf'"
)]
pub struct UpdateArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub collection: String,
    /// Record id
    pub id: String,
    /// KEY=VALUE, KEY:=JSON, KEY+=VALUE or KEY-=VALUE
    #[arg(value_name = "KEY=VALUE")]
    pub pairs: Vec<String>,
    /// A JSON or YAML object with the fields, or - for stdin
    #[arg(short = 'f', long = "from-file", value_name = "FILE|-")]
    pub from_file: Option<String>,
    /// Upload a file to a file field; FIELD+=PATH appends
    #[arg(long = "file", value_name = "FIELD=PATH")]
    pub files: Vec<String>,
}

/// Delete records by id, or every record matching --filter or --all (those ask first)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "An empty --filter is refused: deleting every record takes --all.\n\nExamples:\n  pbctl record delete posts 3kf9x0a1b2c3d4e 8dj2k1l0m9n8b7v\n  pbctl record delete posts --filter 'created < {:d}' --param d=2024-01-01 --dry-run\n  pbctl record delete posts --filter 'created < {:d}' --param d=2024-01-01 --yes\n  pbctl record delete posts --all --yes"
)]
pub struct DeleteArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub collection: String,
    #[arg(
        value_name = "ID",
        required_unless_present_any = ["filter", "all"],
        conflicts_with_all = ["filter", "all"]
    )]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Delete every record of the collection
    #[arg(long, conflicts_with = "filter")]
    pub all: bool,
    /// List what would be deleted and delete nothing (asks nothing)
    #[arg(long)]
    pub dry_run: bool,
}

/// `record delete --dry-run`: the records the same command would delete (by id: each must
/// exist, as a delete would fail on a missing one), and nothing deleted.
async fn delete_dry_run(client: &crate::pb::Client, a: &DeleteArgs) -> Result<Output> {
    let mut ids = Vec::new();
    if a.filter.filter.is_none() && !a.all {
        for id in &a.ids {
            client
                .json(Request::get(record_path(&a.collection, id)).query("fields", "id"))
                .await
                .map_err(|e| record_not_found(e, &a.collection, id))?;
            ids.push(json!({"id": id}));
        }
    } else {
        let filter = a.filter.resolve()?;
        ListQuery::new(&a.collection)
            .param("filter", filter.as_deref())
            .param("fields", Some("id"))
            .for_each(client, |item| {
                ids.push(json!({"id": item.get("id").cloned().unwrap_or(Value::Null)}));
                Ok(())
            })
            .await?;
    }
    Ok(Output::done(
        format!(
            "Would delete {} record(s) from {} (dry run: nothing was deleted).",
            ids.len(),
            a.collection
        ),
        Value::Array(ids),
        "id",
    ))
}

/// PocketBase's 404 message for an unknown collection on the record routes.
const MISSING_COLLECTION: &str = "Missing collection context.";

fn record_not_found(e: Error, collection: &str, id: &str) -> Error {
    if e.status == Some(404) && e.message == MISSING_COLLECTION {
        schema::not_found(collection)
    } else if e.status == Some(404) {
        let mut err = Error::not_found(format!(
            "record {id:?} not found in collection {collection:?}"
        ));
        err.status = Some(404);
        err.hint(format!(
            "list the records with `pbctl record list {collection}`"
        ))
    } else {
        e
    }
}

pub async fn get(app: &App, a: GetArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let mut req = Request::get(record_path(&a.collection, &a.id));
    if let Some(e) = &a.expand {
        req = req.query("expand", e.clone());
    }
    if let Some(f) = &a.fields {
        req = req.query("fields", f.clone());
    }
    let record = match client.json(req).await {
        Ok(r) => r,
        Err(e) => {
            // Tell an unknown collection from an unknown record.
            if e.status == Some(404) {
                Schema::fetch(&client, &a.collection).await?;
            }
            return Err(record_not_found(e, &a.collection, &a.id));
        }
    };
    match &a.download {
        None => {
            let mut record = record;
            if !a.show_seeds {
                crate::controlplane::redact_record(&mut record, &a.collection);
            }
            if let Some(order) = super::FieldOrder::parse(a.fields.as_deref()) {
                order.apply(&mut record);
            }
            Ok(Output::object(record, "id"))
        }
        Some(field) => {
            let dir = a.output_dir.clone().unwrap_or_else(|| PathBuf::from("."));
            let overwrite = crate::fsutil::Overwrite::from_force(a.force);
            download(&client, &a.collection, &record, field, &dir, overwrite).await
        }
    }
}

async fn download(
    client: &Client,
    collection: &str,
    record: &Value,
    field: &str,
    dir: &Path,
    overwrite: crate::fsutil::Overwrite,
) -> Result<Output> {
    let names: Vec<String> = match record.get(field) {
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        Some(Value::String(_)) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => {
            return Err(Error::usage(format!("record has no file field {field:?}")));
        }
    };
    if names.is_empty() {
        return Err(Error::not_found(format!("field {field:?} holds no file")));
    }
    // Every target is checked before anything is downloaded.
    for name in &names {
        if name.contains('/') || name.contains('\\') || name.starts_with('.') {
            return Err(Error::failed(format!("refusing unsafe file name {name:?}")));
        }
        crate::fsutil::check_destination(&dir.join(name), overwrite)?;
    }
    crate::fsutil::create_private_dir(dir)?;
    let token = client
        .json(Request::post("/api/files/token", json!({})))
        .await?
        .get("token")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let id = record.get("id").and_then(Value::as_str).unwrap_or("");
    let mut written = Vec::new();
    for name in names {
        let path = format!("/api/files/{}/{}/{}", seg(collection), seg(id), seg(&name));
        let mut url = client.url(&path)?;
        url.query_pairs_mut().append_pair("token", &token);
        let resp = client.http().get(url).send().await.map_err(|e| {
            Error::unavailable(format!("downloading {name}: {}", transport_error(e)))
        })?;
        let status = resp.status();
        if !status.is_success() {
            let body = crate::pb::client::error_body(resp).await;
            return Err(
                crate::pb::error::from_response(status.as_u16(), &body, true)
                    .context(format!("downloading {name}")),
            );
        }
        let target = dir.join(&name);
        // A new 0600 NAME.part, removed on error or interrupt, moved to NAME when complete.
        let (part, file) = crate::fsutil::PartFile::create(&target, overwrite)?;
        let write_err = |e: std::io::Error| {
            Error::failed(format!("cannot write {}: {e}", part.part().display()))
        };
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        let mut body = resp.bytes_stream();
        let mut size = 0u64;
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| {
                Error::unavailable(format!("downloading {name}: {}", transport_error(e)))
            })?;
            size += chunk.len() as u64;
            std::io::Write::write_all(&mut out, &chunk).map_err(write_err)?;
        }
        let file = out.into_inner().map_err(|e| write_err(e.into_error()))?;
        part.commit(file)?;
        written.push(json!({"file": name, "path": target.display().to_string(), "size": size}));
    }
    Ok(Output::done(
        format!("Downloaded {} file(s) to {}.", written.len(), dir.display()),
        Value::Array(written),
        "path",
    ))
}

/// Read `-f FILE|-` as a JSON or YAML object.
fn read_object(source: &str) -> Result<Map<String, Value>> {
    let (value, name) = crate::document::read(source)?;
    match value {
        Value::Object(m) => Ok(m),
        _ => Err(Error::usage(format!(
            "{name}: expected one object with the record's fields"
        ))),
    }
}

/// Build a record body from `-f` and KEY=VALUE pairs, typed by the schema when known.
fn build_body(
    schema: Option<&Schema>,
    from_file: Option<&str>,
    pairs: &[String],
    update: bool,
) -> Result<Map<String, Value>> {
    let mut body = match from_file {
        Some(src) => read_object(src)?,
        None => Map::new(),
    };
    for pair in pairs {
        let (left, raw) = pair.split_once('=').ok_or_else(|| {
            Error::usage(format!("expected KEY=VALUE or KEY:=JSON, got {pair:?}"))
        })?;
        let (key, json) = match left.strip_suffix(':') {
            Some(k) => (k.to_string(), true),
            None => (left.to_string(), false),
        };
        let modifier = key.ends_with('+') || key.ends_with('-') || key.starts_with('+');
        if key.trim_matches(['+', '-']).is_empty() {
            return Err(Error::usage(format!("missing field name in {pair:?}")));
        }
        if modifier && !update {
            return Err(Error::usage(format!(
                "{pair:?}: += and -= work with `record update` only"
            )));
        }
        let value = if json {
            serde_json::from_str(raw)
                .map_err(|e| Error::usage(format!("{key}: invalid JSON {raw:?}: {e}")))?
        } else {
            match schema {
                Some(s) => match s.coerce(&key, raw, false) {
                    Ok(v) => v.unwrap_or(Value::Null),
                    Err(problem) => {
                        return Err(schema::problems_error(
                            &format!("invalid value for field {key:?}"),
                            &[(key.clone(), problem)],
                        ));
                    }
                },
                None => Value::String(raw.to_string()),
            }
        };
        body.insert(key, value);
    }
    for k in schema::META_KEYS {
        body.remove(*k);
    }
    Ok(body)
}

/// `--file FIELD=PATH`: (multipart part name, path). Checked against the schema.
fn parse_files(
    schema: Option<&Schema>,
    files: &[String],
    update: bool,
) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for f in files {
        let (field, path) = f
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("expected --file FIELD=PATH, got {f:?}")))?;
        let base = field.trim_end_matches('+').trim_start_matches('+');
        if field != base && !update {
            return Err(Error::usage(
                "--file FIELD+=PATH works with `record update` only",
            ));
        }
        if let Some(s) = schema {
            match s.field(base) {
                Some(fd) if fd.kind == "file" => {}
                Some(fd) => {
                    return Err(Error::usage(format!(
                        "--file {base}: field {base:?} is a {} field, not a file field",
                        fd.kind
                    )));
                }
                None => {
                    return Err(schema::problems_error(
                        &format!("unknown field {base:?}"),
                        &[(base.to_string(), "not a field of this collection".into())],
                    ));
                }
            }
        }
        let path = PathBuf::from(path);
        if !path.is_file() {
            return Err(Error::usage(format!(
                "--file {field}: no such file {}",
                path.display()
            )));
        }
        out.push((field.to_string(), path));
    }
    Ok(out)
}

async fn write_record(
    client: &Client,
    method: Method,
    path: String,
    body: Map<String, Value>,
    files: Vec<(String, PathBuf)>,
) -> Result<Value> {
    if files.is_empty() {
        return client
            .json(Request::new(method, path).json(Value::Object(body)))
            .await;
    }
    // Multipart: the non-file fields as one @jsonPayload part (types kept exactly, as
    // the JS SDK does), the files under their field names.
    let mut form =
        reqwest::multipart::Form::new().text("@jsonPayload", Value::Object(body).to_string());
    for (field, path) in files {
        let bytes = tokio::fs::read(&path)
            .await
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "file".into());
        form = form.part(
            field,
            reqwest::multipart::Part::bytes(bytes).file_name(name),
        );
    }
    let url = client.url(&path)?;
    let mut req = client
        .http()
        .request(method.clone(), url)
        .timeout(client.timeout().max(std::time::Duration::from_secs(300)))
        .header(header::ACCEPT, "application/json")
        .multipart(form);
    if let Some(token) = client.token() {
        req = req.header(header::AUTHORIZATION, token);
    }
    let resp = req.send().await.map_err(|e| {
        Error::unavailable(format!("{method} {path} failed: {}", transport_error(e)))
    })?;
    let status = resp.status();
    let bytes = crate::pb::client::read_body(resp, crate::pb::client::MAX_BODY)
        .await
        .map_err(|e| match e {
            BodyError::Http(e) => {
                Error::unavailable(format!("{method} {path} failed: {}", transport_error(e)))
            }
            BodyError::TooLarge => Error::failed("the server's answer is too large"),
        })?;
    if !status.is_success() {
        return Err(crate::pb::error::from_response(
            status.as_u16(),
            &bytes,
            client.token().is_some(),
        ));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::failed(format!("the server sent invalid JSON: {e}")))
}

fn check(schema: Option<&Schema>, body: &Map<String, Value>) -> Result<()> {
    let Some(schema) = schema else { return Ok(()) };
    let problems = schema.validate(body);
    if problems.is_empty() {
        Ok(())
    } else {
        let fields: Vec<&str> = problems.iter().map(|p| p.0.as_str()).collect();
        Err(schema::problems_error(
            &format!(
                "invalid record: {} (nothing was written)",
                fields.join(", ")
            ),
            &problems,
        ))
    }
}

pub async fn create(app: &App, a: CreateArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let schema = Schema::fetch(&client, &a.collection).await?;
    let body = build_body(schema.as_ref(), a.from_file.as_deref(), &a.pairs, false)?;
    let files = parse_files(schema.as_ref(), &a.files, false)?;
    check(schema.as_ref(), &body)?;
    let record = write_record(
        &client,
        Method::POST,
        records_path(&a.collection),
        body,
        files,
    )
    .await
    .map_err(|e| {
        if e.status == Some(404) {
            schema::not_found(&a.collection)
        } else {
            e
        }
    })?;
    let id = record.get("id").and_then(Value::as_str).unwrap_or("");
    Ok(Output::done(
        format!("Created record {id} in {}.", a.collection),
        record.clone(),
        "id",
    ))
}

pub async fn update(app: &App, a: UpdateArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let schema = Schema::fetch(&client, &a.collection).await?;
    let body = build_body(schema.as_ref(), a.from_file.as_deref(), &a.pairs, true)?;
    let files = parse_files(schema.as_ref(), &a.files, true)?;
    if body.is_empty() && files.is_empty() {
        return Err(Error::usage(
            "nothing to change: give KEY=VALUE pairs, -f FILE or --file",
        ));
    }
    check(schema.as_ref(), &body)?;
    let record = write_record(
        &client,
        Method::PATCH,
        record_path(&a.collection, &a.id),
        body,
        files,
    )
    .await
    .map_err(|e| record_not_found(e, &a.collection, &a.id))?;
    Ok(Output::done(
        format!("Updated record {} in {}.", a.id, a.collection),
        record,
        "id",
    ))
}

pub async fn delete(app: &App, a: DeleteArgs) -> Result<Output> {
    if a.filter
        .filter
        .as_deref()
        .is_some_and(|f| f.trim().is_empty())
    {
        return Err(
            Error::usage("an empty --filter matches every record; refusing").hint(format!(
                "to delete every record of {}, say so with --all",
                a.collection
            )),
        );
    }
    let (_, client) = app.authed().await?;
    if a.dry_run {
        return delete_dry_run(&client, &a).await;
    }
    if a.filter.filter.is_none() && !a.all {
        let mut deleted = Vec::new();
        for id in &a.ids {
            client
                .send(Request::new(Method::DELETE, record_path(&a.collection, id)))
                .await
                .map_err(|e| record_not_found(e, &a.collection, id))?;
            deleted.push(json!({"id": id}));
        }
        return Ok(Output::done(
            format!("Deleted {} record(s) from {}.", deleted.len(), a.collection),
            Value::Array(deleted),
            "id",
        ));
    }
    let filter = a.filter.resolve()?;
    let total = count_matching(&client, &a.collection, filter.as_deref()).await?;
    if total == 0 {
        return Ok(Output::done(
            format!("No record of {} matches the filter.", a.collection),
            json!([]),
            "id",
        ));
    }
    let what = if a.all {
        format!("delete every record of {} ({total})", a.collection)
    } else {
        format!("delete {total} record(s) from {}", a.collection)
    };
    app.ui.confirm(&what)?;
    let query = ListQuery::new(&a.collection)
        .param("filter", filter.as_deref())
        .param("fields", Some("id"));
    let bar = app.ui.items_progress(Some(total as u64), false, "records");
    let mut deleted = Vec::new();
    let mut seen = std::collections::HashSet::new();
    loop {
        let ids: Vec<String> = take_items(query.page(&client, 1, 500, true).await?)
            .iter()
            .filter_map(|r| r.get("id").and_then(Value::as_str).map(str::to_string))
            .filter(|id| !seen.contains(id))
            .collect();
        if ids.is_empty() {
            break;
        }
        let results: Vec<(String, Result<crate::pb::Response>)> = stream::iter(ids)
            .map(|id| {
                let client = &client;
                let path = record_path(&a.collection, &id);
                async move { (id, client.send(Request::new(Method::DELETE, path)).await) }
            })
            .buffer_unordered(8)
            .collect()
            .await;
        let mut progress = false;
        for (id, r) in results {
            match r {
                Ok(_) => {
                    progress = true;
                    bar.add(1);
                    seen.insert(id.clone());
                    deleted.push(json!({"id": id}));
                }
                Err(e) if e.status == Some(404) => {}
                Err(e) => {
                    bar.finish_and_clear();
                    return Err(e.context(format!(
                        "deleting record {id} (after {} deleted)",
                        deleted.len()
                    )));
                }
            }
        }
        if !progress {
            break;
        }
    }
    bar.finish_and_clear();
    Ok(Output::done(
        format!("Deleted {} record(s) from {}.", deleted.len(), a.collection),
        Value::Array(deleted),
        "id",
    ))
}
