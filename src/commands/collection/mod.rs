//! `pbctl collection` (alias `col`): collection schemas as code. `export` writes a
//! document that `apply` takes back unchanged; `apply` makes the server match it through
//! PocketBase's import API, after printing its plan and refusing changes that would drop
//! data; `diff` shows the same plan and exits 1 when there is one. The plan itself is
//! computed by [`plan`] (pure, shared with `pbctl apply`); this module reads the
//! document, asks the server, guards against data loss and returns the output.

pub mod plan;

use crate::app::App;
use crate::commands::record::schema;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Column, Format, Output};
use crate::pb::{Client, Request, records_path, seg};
use clap::{Args, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCandidates;
use plan::{
    Action, Change, clean, holds_data_filter, id_of, is_system, name_of, payload, reconcile_ids,
    render_plan, summary,
};
use reqwest::Method;
use serde_json::{Value, json};
use std::path::PathBuf;

#[derive(Debug, Clone, Args)]
#[command(
    about = "Collection schemas: list, export, apply, diff, delete, truncate",
    after_help = "Examples:\n  pbctl collection list -o wide\n  pbctl collection export -O schema.yaml\n  pbctl collection diff -f schema.yaml\n  pbctl collection apply -f schema.yaml --dry-run"
)]
pub struct CollectionArgs {
    #[command(subcommand)]
    pub command: CollectionCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum CollectionCommand {
    #[command(visible_alias = "ls")]
    List(ListArgs),
    Get(GetArgs),
    Export(ExportArgs),
    Apply(ApplyArgs),
    Diff(DiffArgs),
    #[command(visible_alias = "rm")]
    Delete(DeleteArgs),
    Truncate(TruncateArgs),
}

/// List collections: name, type, field count (record count with -o wide)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl collection list\n  pbctl collection list -o wide --system\n  pbctl collection list -o name"
)]
pub struct ListArgs {
    /// Include system collections (_superusers, _mfas, ...)
    #[arg(long)]
    pub system: bool,
}

/// Show a collection's full definition (fields, rules, indexes)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl collection get posts\n  pbctl collection get posts -o yaml\n  pbctl collection get posts --jq '.fields[].name'"
)]
pub struct GetArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    Yaml,
    Json,
}

/// Write collection definitions as a YAML (default) or JSON document for `apply`
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The document is a list of collections as PocketBase returns them, without the\n`created` and `updated` timestamps, sorted by name; PocketBase's own import accepts\nthe JSON form too. Without NAMEs: every non-system collection.\n\nExamples:\n  pbctl collection export -O schema.yaml\n  pbctl collection export posts comments --format json > schema.json\n  pbctl --context prod collection export | pbctl --context staging collection apply -f -"
)]
pub struct ExportArgs {
    /// Collections to export [default: every non-system collection]
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub names: Vec<String>,
    /// Write to FILE instead of stdout
    #[arg(short = 'O', long = "out", alias = "output-file", value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output_file")]
    pub force: bool,
    /// yaml or json [default: from the file extension, else yaml]
    #[arg(long, value_enum)]
    pub format: Option<DocFormat>,
}

/// Make the server's collections match a file (prints the plan first)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "A collection in the file is its whole definition: a field missing from it is\ndropped. Fields are matched by id, else by name (a new name with the same id is a\nrename). Collections missing from the file are kept unless --prune. A change that\nwould drop a field or a collection holding data is refused (exit 1) unless\n--allow-data-loss.\n\nExamples:\n  pbctl collection apply -f schema.yaml --dry-run\n  pbctl collection apply -f schema.yaml\n  pbctl collection apply -f schema.yaml --prune --allow-data-loss --yes"
)]
pub struct ApplyArgs {
    /// The document (YAML or JSON), or - for stdin
    #[arg(
        short = 'f',
        long = "from-file",
        value_name = "FILE|-",
        required = true
    )]
    pub from_file: String,
    /// Also delete the non-system collections that the file does not list
    #[arg(long)]
    pub prune: bool,
    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Allow changes that drop fields or collections holding data
    #[arg(long)]
    pub allow_data_loss: bool,
}

/// Show the differences between the server and a file; exit 0 none, 1 differences
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Exits 0 when `apply` would change nothing, 1 when it would.\n\nExamples:\n  pbctl collection diff -f schema.yaml\n  pbctl collection diff -f schema.yaml --prune -o json"
)]
pub struct DiffArgs {
    /// The document (YAML or JSON), or - for stdin
    #[arg(
        short = 'f',
        long = "from-file",
        value_name = "FILE|-",
        required = true
    )]
    pub from_file: String,
    /// Also report the non-system collections that the file does not list
    #[arg(long)]
    pub prune: bool,
}

/// Delete a collection and all its records (asks first)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl collection delete old_posts\n  pbctl collection delete old_posts --yes"
)]
pub struct DeleteArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub name: String,
}

/// Delete every record of a collection, keeping the collection (asks first)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl collection truncate sessions\n  pbctl collection truncate sessions --yes"
)]
pub struct TruncateArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub name: String,
}

pub async fn run(app: &App, args: CollectionArgs) -> Result<Output> {
    match args.command {
        CollectionCommand::List(a) => list(app, a).await,
        CollectionCommand::Get(a) => get(app, a).await,
        CollectionCommand::Export(a) => export(app, a).await,
        CollectionCommand::Apply(a) => apply(app, a).await,
        CollectionCommand::Diff(a) => diff(app, a).await,
        CollectionCommand::Delete(a) => delete(app, a).await,
        CollectionCommand::Truncate(a) => truncate(app, a).await,
    }
}

/// Every collection on the server, system ones included, in the server's order.
pub async fn fetch_all(client: &Client) -> Result<Vec<Value>> {
    client.list_all(Request::get("/api/collections")).await
}

async fn get_one(client: &Client, name: &str) -> Result<Value> {
    client
        .json(Request::get(format!("/api/collections/{}", seg(name))))
        .await
        .map_err(|e| {
            if e.kind == ErrorKind::NotFound {
                schema::not_found(name)
            } else {
                e
            }
        })
}

async fn record_count(client: &Client, name: &str, filter: Option<&str>) -> Result<i64> {
    let mut req = Request::get(records_path(name))
        .query("perPage", "1")
        .query("fields", "id");
    if let Some(f) = filter {
        req = req.query("filter", f);
    }
    let v = client.json(req).await?;
    Ok(v.get("totalItems").and_then(Value::as_i64).unwrap_or(0))
}

async fn list(app: &App, a: ListArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let all: Vec<Value> = fetch_all(&client)
        .await?
        .into_iter()
        .filter(|c| a.system || !is_system(c))
        .collect();
    if !app.human_output() {
        return Ok(Output::list(Value::Array(all), vec![], "name"));
    }
    let mut rows = Vec::new();
    for c in &all {
        let fields = c
            .get("fields")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let mut row = json!({"name": name_of(c), "type": c.get("type"), "fields": fields, "id": id_of(c), "system": is_system(c)});
        if app.format() == Format::Wide {
            let n = record_count(&client, name_of(c), None).await.ok();
            row["records"] = json!(n);
        }
        rows.push(row);
    }
    Ok(Output::list(
        Value::Array(rows),
        vec![
            Column::new("NAME", "name"),
            Column::new("TYPE", "type"),
            Column::new("FIELDS", "fields"),
            Column::wide("RECORDS", "records").count(),
            Column::wide("ID", "id"),
            Column::wide("SYSTEM", "system"),
        ],
        "name",
    ))
}

async fn get(app: &App, a: GetArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let c = get_one(&client, &a.name).await?;
    if app.human_output() {
        return Ok(Output::Text(crate::yaml::to_string(&c)?));
    }
    Ok(Output::object(c, "name"))
}

async fn export(app: &App, a: ExportArgs) -> Result<Output> {
    if let Some(path) = &a.output_file {
        crate::fsutil::check_destination(path, crate::fsutil::Overwrite::from_force(a.force))?;
    }
    let (_, client) = app.authed().await?;
    let all = fetch_all(&client).await?;
    let mut chosen: Vec<Value> = if a.names.is_empty() {
        all.iter().filter(|c| !is_system(c)).map(clean).collect()
    } else {
        let mut out = Vec::new();
        for n in &a.names {
            let c = all
                .iter()
                .find(|c| name_of(c) == n || id_of(c) == n)
                .ok_or_else(|| schema::not_found(n))?;
            out.push(clean(c));
        }
        out
    };
    chosen.sort_by(|x, y| name_of(x).cmp(name_of(y)));
    let format = a.format.unwrap_or_else(|| {
        let ext = a
            .output_file
            .as_ref()
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str());
        match ext {
            Some("json") => DocFormat::Json,
            Some(_) => DocFormat::Yaml,
            None if app.format() == Format::Json => DocFormat::Json,
            None => DocFormat::Yaml,
        }
    });
    let doc = Value::Array(chosen);
    let text = match format {
        DocFormat::Json => format!("{}\n", serde_json::to_string_pretty(&doc)?),
        DocFormat::Yaml => crate::yaml::to_string(&doc)?,
    };
    let n = doc.as_array().map_or(0, Vec::len);
    match &a.output_file {
        Some(path) => {
            crate::fsutil::write_file(
                path,
                text.as_bytes(),
                crate::fsutil::Overwrite::from_force(a.force),
            )?;
            Ok(Output::done(
                format!("Exported {n} collection(s) to {}.", path.display()),
                json!({"file": path.display().to_string(), "collections": n}),
                "file",
            ))
        }
        None => Ok(Output::Raw(text)),
    }
}

/// Read an apply/diff document: a list of collections, `{collections: [...]}`, or one
/// collection.
fn read_doc(source: &str) -> Result<Vec<Value>> {
    let (doc, name) = crate::document::read(source)?;
    let list = match doc {
        Value::Array(a) => a,
        Value::Object(mut m) if m.contains_key("collections") => match m.remove("collections") {
            Some(Value::Array(a)) => a,
            _ => {
                return Err(Error::usage(format!(
                    "{name}: `collections` must be a list"
                )));
            }
        },
        Value::Object(m) if m.contains_key("name") => vec![Value::Object(m)],
        _ => {
            return Err(Error::usage(format!(
                "{name}: expected a list of collections (as `pbctl collection export` writes)"
            )));
        }
    };
    let mut seen = std::collections::HashSet::new();
    for (i, c) in list.iter().enumerate() {
        let n = c.get("name").and_then(Value::as_str).unwrap_or("");
        if !c.is_object() || n.is_empty() {
            return Err(Error::usage(format!(
                "{name}: collection #{} has no name",
                i + 1
            )));
        }
        if !seen.insert(n.to_string()) {
            return Err(Error::usage(format!(
                "{name}: collection {n:?} appears twice"
            )));
        }
        if let Some(fields) = c.get("fields")
            && !fields.as_array().is_some_and(|f| {
                f.iter()
                    .all(|x| x.get("name").and_then(Value::as_str).is_some())
            })
        {
            return Err(Error::usage(format!(
                "{name}: collection {n:?}: every field needs a name"
            )));
        }
    }
    Ok(list)
}

/// The data this plan would destroy: `collection.field (N records)` lines.
pub(crate) async fn data_loss(
    client: &Client,
    changes: &[Change],
    current: &[Value],
) -> Result<Vec<String>> {
    let mut losses = Vec::new();
    for c in changes {
        if c.dropped.is_empty() {
            continue;
        }
        let cur = current.iter().find(|x| name_of(x) == c.collection);
        if cur.and_then(|x| x.get("type")).and_then(Value::as_str) == Some("view") {
            continue;
        }
        let total = record_count(client, &c.collection, None).await?;
        if total == 0 {
            continue;
        }
        for f in &c.dropped {
            let name = f.get("name").and_then(Value::as_str).unwrap_or("?");
            if name == "*" {
                losses.push(format!("collection {} ({total} records)", c.collection));
                continue;
            }
            let n = match holds_data_filter(f) {
                Some(filter) => record_count(client, &c.collection, Some(&filter))
                    .await
                    .unwrap_or(total),
                None => total,
            };
            if n > 0 {
                losses.push(format!(
                    "field {}.{name} ({n} records hold a value)",
                    c.collection
                ));
            }
        }
    }
    Ok(losses)
}

/// A document read and compared with the server: what `apply` and `diff` share.
struct Planned {
    client: Client,
    /// The document's collections, their ids reconciled with the server's.
    desired: Vec<Value>,
    current: Vec<Value>,
    changes: Vec<Change>,
}

async fn plan_from_file(app: &App, source: &str, prune: bool) -> Result<Planned> {
    let desired = read_doc(source)?;
    let (_, client) = app.authed().await?;
    let current = fetch_all(&client).await?;
    let desired = reconcile_ids(desired, &current);
    let changes = plan::plan(&desired, &current, prune);
    Ok(Planned {
        client,
        desired,
        current,
        changes,
    })
}

async fn apply(app: &App, a: ApplyArgs) -> Result<Output> {
    let Planned {
        client,
        desired,
        current,
        changes,
    } = plan_from_file(app, &a.from_file, a.prune).await?;
    let plan_json = Value::Array(changes.iter().map(Change::to_json).collect());
    if changes.is_empty() {
        return Ok(Output::done(
            "No changes: the server matches the file.",
            plan_json,
            "collection",
        ));
    }
    app.ui.status(format!(
        "Plan: {}\n{}",
        summary(&changes),
        render_plan(&changes).trim_end()
    ));
    let losses = data_loss(&client, &changes, &current).await?;
    if !losses.is_empty() && !a.allow_data_loss {
        let e = Error::failed(format!(
            "refusing to apply: it would drop data: {}",
            losses.join("; ")
        ))
        .hint("keep the field in the file, or pass --allow-data-loss if the data may go");
        return Err(e);
    }
    if a.dry_run {
        return Ok(Output::done(
            "Dry run: nothing was changed.",
            plan_json,
            "collection",
        ));
    }
    if !losses.is_empty() {
        app.ui
            .confirm(&format!("apply and drop {}", losses.join(", ")))?;
    }
    let body = json!({"collections": payload(&desired, &current, a.prune), "deleteMissing": true});
    client
        .send(Request::new(Method::PUT, "/api/collections/import").json(body))
        .await
        .map_err(|e| e.context("applying the collections"))?;
    Ok(Output::done(
        {
            let n = |a: Action| changes.iter().filter(|c| c.action == a).count();
            format!(
                "Applied: {} created, {} updated, {} deleted.",
                n(Action::Create),
                n(Action::Update),
                n(Action::Delete)
            )
        },
        plan_json,
        "collection",
    ))
}

async fn diff(app: &App, a: DiffArgs) -> Result<Output> {
    let changes = plan_from_file(app, &a.from_file, a.prune).await?.changes;
    if changes.is_empty() {
        app.ui.status("No differences.");
        if app.human_output() {
            return Ok(Output::Empty);
        }
        return Ok(Output::list(json!([]), vec![], "collection"));
    }
    let out = if app.human_output() {
        Output::Text(render_plan(&changes))
    } else {
        let plan_json = Value::Array(changes.iter().map(Change::to_json).collect());
        Output::list(plan_json, vec![], "collection")
    };
    // Differences are the documented result (exit 1), not an error: no "error:" line.
    let source = if a.from_file == "-" {
        "stdin"
    } else {
        &a.from_file
    };
    let what = format!("server differs from {source}: {}", summary(&changes));
    app.ui.status(format!("The {what}."));
    let mut e = Error::failed(format!("the {what}"));
    e.quiet = true;
    Ok(out.then_fail(e))
}

async fn delete(app: &App, a: DeleteArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let c = get_one(&client, &a.name).await?;
    let n = record_count(&client, &a.name, None).await.unwrap_or(0);
    app.ui.confirm(&format!(
        "delete collection {} and its {n} record(s)",
        name_of(&c)
    ))?;
    client
        .send(Request::new(
            Method::DELETE,
            format!("/api/collections/{}", seg(&a.name)),
        ))
        .await?;
    Ok(Output::done(
        format!("Deleted collection {}.", a.name),
        json!({"name": a.name, "records": n}),
        "name",
    ))
}

async fn truncate(app: &App, a: TruncateArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    get_one(&client, &a.name).await?;
    let n = record_count(&client, &a.name, None).await.unwrap_or(0);
    app.ui
        .confirm(&format!("delete all {n} record(s) of {}", a.name))?;
    client
        .send(Request::new(
            Method::DELETE,
            format!("/api/collections/{}/truncate", seg(&a.name)),
        ))
        .await?;
    Ok(Output::done(
        format!("Deleted {n} record(s) of {}.", a.name),
        json!({"name": a.name, "deleted": n}),
        "name",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_in_three_shapes() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.yaml");
        std::fs::write(&f, "- name: posts\n  type: base\n").unwrap();
        assert_eq!(read_doc(f.to_str().unwrap()).unwrap().len(), 1);
        std::fs::write(
            &f,
            "{\"collections\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}",
        )
        .unwrap();
        assert_eq!(read_doc(f.to_str().unwrap()).unwrap().len(), 2);
        std::fs::write(&f, "name: one\n").unwrap();
        assert_eq!(read_doc(f.to_str().unwrap()).unwrap().len(), 1);
        std::fs::write(&f, "- name: a\n- name: a\n").unwrap();
        assert!(read_doc(f.to_str().unwrap()).is_err());
        std::fs::write(&f, "- type: base\n").unwrap();
        assert!(read_doc(f.to_str().unwrap()).is_err());
    }
}
