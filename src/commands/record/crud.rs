//! `record list|get|create|update|delete|count`.

use super::schema::{self, Mode, Schema};
use super::{
    CountArgs, CreateArgs, DeleteArgs, GetArgs, ListArgs, ListQuery, PAGE_SIZE, UpdateArgs,
    record_columns, records_path,
};
use crate::app::App;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::pb::client::{BodyError, transport_error};
use crate::pb::{Client, Request, seg};
use futures_util::stream::{self, StreamExt};
use reqwest::{Method, header};
use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};

pub async fn list(app: &App, a: ListArgs) -> Result<Output> {
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
                .for_each(&client, |item| {
                    writer.item(&item)?;
                    Ok(())
                })
                .await?;
            drop(writer.finish()?);
            return Ok(Output::Empty);
        }
        let mut items = Vec::new();
        query
            .for_each(&client, |item| {
                items.push(item);
                Ok(())
            })
            .await?;
        let columns = record_columns(schema.as_ref(), a.fields.as_deref(), &items);
        return Ok(Output::list(Value::Array(items), columns, "id"));
    }

    let (items, total) = match (a.page, a.per_page) {
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

fn take_items(v: Value) -> Vec<Value> {
    match v {
        Value::Object(mut m) => match m.remove("items") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// PocketBase's 404 message for an unknown collection on the record routes.
const MISSING_COLLECTION: &str = "Missing collection context.";

fn record_path(collection: &str, id: &str) -> String {
    format!("{}/{}", records_path(collection), seg(id))
}

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
        None => Ok(Output::object(record, "id")),
        Some(field) => {
            let dir = a.output_dir.clone().unwrap_or_else(|| PathBuf::from("."));
            download(&client, &a.collection, &record, field, &dir).await
        }
    }
}

async fn download(
    client: &Client,
    collection: &str,
    record: &Value,
    field: &str,
    dir: &Path,
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
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::failed(format!("cannot create {}: {e}", dir.display())))?;
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
        if name.contains('/') || name.contains('\\') || name.starts_with('.') {
            return Err(Error::failed(format!("refusing unsafe file name {name:?}")));
        }
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
        let part = dir.join(format!("{name}.part"));
        let mut file = tokio::fs::File::create(&part)
            .await
            .map_err(|e| Error::failed(format!("cannot write {}: {e}", part.display())))?;
        let mut body = resp.bytes_stream();
        let mut size = 0u64;
        while let Some(chunk) = body.next().await {
            let chunk = match chunk {
                Ok(c) => c,
                Err(e) => {
                    let _ = tokio::fs::remove_file(&part).await;
                    return Err(Error::unavailable(format!(
                        "downloading {name}: {}",
                        transport_error(e)
                    )));
                }
            };
            size += chunk.len() as u64;
            tokio::io::AsyncWriteExt::write_all(&mut file, &chunk).await?;
        }
        tokio::io::AsyncWriteExt::flush(&mut file).await?;
        drop(file);
        tokio::fs::rename(&part, &target).await?;
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

fn check(
    schema: Option<&Schema>,
    body: &Map<String, Value>,
    mode: Mode,
    files: &[(String, PathBuf)],
) -> Result<()> {
    let Some(schema) = schema else { return Ok(()) };
    let uploads: Vec<&str> = files.iter().map(|(f, _)| f.trim_matches('+')).collect();
    let problems = schema.validate(body, mode, &uploads);
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
    check(schema.as_ref(), &body, Mode::Create, &files)?;
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
    check(schema.as_ref(), &body, Mode::Update, &files)?;
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

pub async fn count(app: &App, a: CountArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let filter = a.filter.resolve()?;
    let n = count_matching(&client, &a.collection, filter.as_deref()).await?;
    Ok(Output::Document(json!(n)))
}

pub async fn count_matching(
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

pub async fn delete(app: &App, a: DeleteArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    if a.filter.filter.is_none() {
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
    app.ui
        .confirm(&format!("delete {total} record(s) from {}", a.collection))?;
    let query = ListQuery::new(&a.collection)
        .param("filter", filter.as_deref())
        .param("fields", Some("id"));
    let bar = app.ui.progress(Some(total as u64), true);
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
                    bar.inc(1);
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
