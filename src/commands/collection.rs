//! `pbctl collection` (alias `col`): collection schemas as code (SPEC 2.4). `export`
//! writes a document that `apply` takes back unchanged; `apply` makes the server match
//! it through PocketBase's import API, after printing its plan and refusing changes that
//! would drop data; `diff` shows the same plan and exits 1 when there is one.

use crate::app::App;
use crate::commands::record::schema;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{Column, Format, Output};
use crate::pb::{Client, Request, seg};
use clap::{Args, Subcommand, ValueEnum};
use reqwest::Method;
use serde_json::{Map, Value, json};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    about = "Collection schemas: list, export, apply, diff, delete, truncate",
    after_help = "Examples:\n  pbctl collection list -o wide\n  pbctl collection export -O schema.yaml\n  pbctl collection diff -f schema.yaml\n  pbctl collection apply -f schema.yaml --dry-run"
)]
pub struct CollectionArgs {
    #[command(subcommand)]
    pub command: CollectionCommand,
}

#[derive(Debug, Subcommand)]
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
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl collection list\n  pbctl collection list -o wide --system\n  pbctl collection list -o name"
)]
pub struct ListArgs {
    /// Include system collections (_superusers, _mfas, ...)
    #[arg(long)]
    pub system: bool,
}

/// Show a collection's full definition (fields, rules, indexes)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl collection get posts\n  pbctl collection get posts -o yaml\n  pbctl collection get posts --jq '.fields[].name'"
)]
pub struct GetArgs {
    /// Collection name or id
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    Yaml,
    Json,
}

/// Write collection definitions as a YAML (default) or JSON document for `apply`
#[derive(Debug, Args)]
#[command(
    after_help = "The document is a list of collections as PocketBase returns them, without the\n`created` and `updated` timestamps, sorted by name; PocketBase's own import accepts\nthe JSON form too. Without NAMEs: every non-system collection.\n\nExamples:\n  pbctl collection export -O schema.yaml\n  pbctl collection export posts comments --format json > schema.json\n  pbctl --context prod collection export | pbctl --context staging collection apply -f -"
)]
pub struct ExportArgs {
    /// Collections to export [default: every non-system collection]
    pub names: Vec<String>,
    /// Write to FILE instead of stdout
    #[arg(short = 'O', long = "output-file", value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output_file")]
    pub force: bool,
    /// yaml or json [default: from the file extension, else yaml]
    #[arg(long, value_enum)]
    pub format: Option<DocFormat>,
}

/// Make the server's collections match a file (prints the plan first)
#[derive(Debug, Args)]
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
#[derive(Debug, Args)]
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
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl collection delete old_posts\n  pbctl collection delete old_posts --yes"
)]
pub struct DeleteArgs {
    /// Collection name or id
    pub name: String,
}

/// Delete every record of a collection, keeping the collection (asks first)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl collection truncate sessions\n  pbctl collection truncate sessions --yes"
)]
pub struct TruncateArgs {
    /// Collection name or id
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

fn name_of(c: &Value) -> &str {
    c.get("name").and_then(Value::as_str).unwrap_or("")
}

fn id_of(c: &Value) -> &str {
    c.get("id").and_then(Value::as_str).unwrap_or("")
}

fn is_system(c: &Value) -> bool {
    c.get("system").and_then(Value::as_bool).unwrap_or(false)
}

/// The exported form: no server timestamps, and no fields for views (PocketBase infers
/// them from the query and gives them new ids on every save).
pub fn clean(c: &Value) -> Value {
    let view = is_view(c);
    let mut c = c.clone();
    if let Some(m) = c.as_object_mut() {
        m.remove("created");
        m.remove("updated");
        if view {
            m.remove("fields");
        }
    }
    c
}

fn is_view(c: &Value) -> bool {
    c.get("type").and_then(Value::as_str) == Some("view")
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
    let mut req = Request::get(format!("/api/collections/{}/records", seg(name)))
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
    let format = app.format();
    if app.global.jq.is_some() || !matches!(format, Format::Table | Format::Wide | Format::Name) {
        return Ok(Output::list(Value::Array(all), vec![], "name"));
    }
    let mut rows = Vec::new();
    for c in &all {
        let fields = c
            .get("fields")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let mut row = json!({"name": name_of(c), "type": c.get("type"), "fields": fields, "id": id_of(c), "system": is_system(c)});
        if format == Format::Wide {
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
            Column::wide("RECORDS", "records"),
            Column::wide("ID", "id"),
            Column::wide("SYSTEM", "system"),
        ],
        "name",
    ))
}

async fn get(app: &App, a: GetArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let c = get_one(&client, &a.name).await?;
    if app.global.jq.is_none() && matches!(app.format(), Format::Table | Format::Wide) {
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
        None => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(Output::Empty)
        }
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

#[derive(Debug, Clone, PartialEq)]
enum Action {
    Create,
    Update,
    Delete,
}

#[derive(Debug, Clone)]
struct Change {
    collection: String,
    action: Action,
    details: Vec<String>,
    /// Fields (or `*` for the whole collection) whose data this change drops.
    dropped: Vec<Value>,
}

impl Change {
    fn to_json(&self) -> Value {
        json!({
            "collection": self.collection,
            "action": match self.action { Action::Create => "create", Action::Update => "update", Action::Delete => "delete" },
            "changes": self.details,
        })
    }
}

fn short(v: Option<&Value>) -> String {
    match v {
        None => "(unset)".into(),
        Some(v) => {
            let s = v.to_string();
            if s.chars().count() > 80 {
                format!("{}…", s.chars().take(79).collect::<String>())
            } else {
                s
            }
        }
    }
}

fn field_label(f: &Value) -> String {
    format!(
        "{} ({})",
        f.get("name").and_then(Value::as_str).unwrap_or("?"),
        f.get("type").and_then(Value::as_str).unwrap_or("?")
    )
}

/// The current field a desired field refers to: same id, else same name.
fn match_field<'a>(desired: &Value, current: &'a [Value]) -> Option<&'a Value> {
    if let Some(id) = desired.get("id").and_then(Value::as_str)
        && let Some(f) = current
            .iter()
            .find(|f| f.get("id").and_then(Value::as_str) == Some(id))
    {
        return Some(f);
    }
    let name = desired.get("name").and_then(Value::as_str)?;
    current
        .iter()
        .find(|f| f.get("name").and_then(Value::as_str) == Some(name))
}

/// What changes between `current` and `desired` (keys the file gives are compared;
/// keys it leaves out keep their server value), and which fields would be dropped.
fn compare(desired: &Value, current: &Value) -> (Vec<String>, Vec<Value>) {
    let mut details = Vec::new();
    let mut dropped = Vec::new();
    let empty = Map::new();
    let d = desired.as_object().unwrap_or(&empty);
    for (k, v) in d {
        if matches!(
            k.as_str(),
            "fields" | "created" | "updated" | "id" | "system"
        ) {
            continue;
        }
        let cur = current.get(k);
        if cur != Some(v) {
            details.push(format!("~ {k}: {} → {}", short(cur), short(Some(v))));
        }
    }
    if let Some(dfields) = d
        .get("fields")
        .and_then(Value::as_array)
        .filter(|_| !is_view(current))
    {
        let cfields = current
            .get("fields")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut matched = Vec::new();
        for df in dfields {
            match match_field(df, &cfields) {
                None => details.push(format!("+ field {}", field_label(df))),
                Some(cf) => {
                    matched.push(cf.get("id").cloned().unwrap_or(Value::Null));
                    let name = df.get("name").and_then(Value::as_str).unwrap_or("?");
                    if let Some(obj) = df.as_object() {
                        for (k, v) in obj {
                            let cur = cf.get(k);
                            if cur != Some(v) {
                                if k == "name" {
                                    details
                                        .push(format!("~ field {} renamed to {name}", short(cur)));
                                } else {
                                    details.push(format!(
                                        "~ field {name}.{k}: {} → {}",
                                        short(cur),
                                        short(Some(v))
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
        for cf in &cfields {
            let system = cf.get("system").and_then(Value::as_bool).unwrap_or(false);
            if !system && !matched.contains(cf.get("id").unwrap_or(&Value::Null)) {
                details.push(format!("- field {}", field_label(cf)));
                dropped.push(cf.clone());
            }
        }
    }
    (details, dropped)
}

fn plan(desired: &[Value], current: &[Value], prune: bool) -> Vec<Change> {
    let mut changes = Vec::new();
    let find = |c: &Value| -> Option<&Value> {
        let id = id_of(c);
        current
            .iter()
            .find(|x| !id.is_empty() && id_of(x) == id)
            .or_else(|| current.iter().find(|x| name_of(x) == name_of(c)))
    };
    for d in desired {
        match find(d) {
            None => {
                let fields = d.get("fields").and_then(Value::as_array).map(|f| {
                    f.iter()
                        .map(|x| format!("+ field {}", field_label(x)))
                        .collect::<Vec<_>>()
                });
                changes.push(Change {
                    collection: name_of(d).to_string(),
                    action: Action::Create,
                    details: fields.unwrap_or_default(),
                    dropped: Vec::new(),
                });
            }
            Some(c) => {
                let (details, dropped) = compare(d, c);
                if !details.is_empty() {
                    changes.push(Change {
                        collection: name_of(c).to_string(),
                        action: Action::Update,
                        details,
                        dropped,
                    });
                }
            }
        }
    }
    if prune {
        for c in current.iter().filter(|c| !is_system(c)) {
            let listed = desired.iter().any(|d| {
                (!id_of(d).is_empty() && id_of(d) == id_of(c)) || name_of(d) == name_of(c)
            });
            if !listed {
                changes.push(Change {
                    collection: name_of(c).to_string(),
                    action: Action::Delete,
                    details: vec![format!(
                        "- collection {} ({})",
                        name_of(c),
                        c.get("type").and_then(Value::as_str).unwrap_or("?")
                    )],
                    dropped: vec![json!({"name": "*"})],
                });
            }
        }
    }
    changes
}

fn render_plan(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in changes {
        let mark = match c.action {
            Action::Create => "+",
            Action::Update => "~",
            Action::Delete => "-",
        };
        let verb = match c.action {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
        };
        out.push_str(&format!("{mark} {} ({verb})\n", c.collection));
        if c.action != Action::Delete {
            for d in &c.details {
                out.push_str(&format!("    {d}\n"));
            }
        }
    }
    out
}

fn summary(changes: &[Change]) -> String {
    let n = |a: Action| changes.iter().filter(|c| c.action == a).count();
    format!(
        "{} to create, {} to update, {} to delete",
        n(Action::Create),
        n(Action::Update),
        n(Action::Delete)
    )
}

/// A filter matching records where `field` holds a value (checked against 0.40.6:
/// `!= ''` is true for every row of a multi-valued field, `:length > 0` is right there).
fn holds_data_filter(field: &Value) -> Option<String> {
    let name = field.get("name").and_then(Value::as_str)?;
    let multi = field.get("maxSelect").and_then(Value::as_u64).unwrap_or(1) > 1;
    Some(match field.get("type").and_then(Value::as_str)? {
        "bool" => format!("{name} = true"),
        "number" => format!("{name} != 0"),
        "json" => format!("{name} != null"),
        "select" | "relation" | "file" if multi => format!("{name}:length > 0"),
        "geoPoint" => return None,
        _ => format!("{name} != ''"),
    })
}

/// The data this plan would destroy: `collection.field (N records)` lines.
async fn data_loss(client: &Client, changes: &[Change], current: &[Value]) -> Result<Vec<String>> {
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

/// The import payload: the desired collections completed with what the server needs to
/// keep data (field ids by name, system fields), plus, unless pruning, the other
/// non-system collections as they are.
fn payload(desired: &[Value], current: &[Value], prune: bool) -> Vec<Value> {
    let mut out = Vec::new();
    for d in desired {
        let mut d = d.clone();
        let cur = current
            .iter()
            .find(|x| !id_of(&d).is_empty() && id_of(x) == id_of(&d))
            .or_else(|| current.iter().find(|x| name_of(x) == name_of(&d)));
        if let (Some(cur), Some(obj)) = (cur, d.as_object_mut()) {
            let cfields = cur
                .get("fields")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if !obj.contains_key("id") {
                obj.insert("id".into(), json!(id_of(cur)));
            }
            if let Some(Value::Array(fields)) = obj.get_mut("fields") {
                for f in fields.iter_mut() {
                    if f.get("id").is_none()
                        && let Some(cf) = match_field(f, &cfields)
                        && let (Some(m), Some(id)) = (f.as_object_mut(), cf.get("id"))
                    {
                        m.insert("id".into(), id.clone());
                    }
                }
                // System fields the file leaves out go first, in the server's order.
                let missing: Vec<Value> = cfields
                    .iter()
                    .filter(|cf| cf.get("system").and_then(Value::as_bool).unwrap_or(false))
                    .filter(|cf| {
                        !fields
                            .iter()
                            .any(|f| match_field(f, std::slice::from_ref(*cf)).is_some())
                    })
                    .cloned()
                    .collect();
                fields.splice(0..0, missing);
            }
        }
        out.push(d);
    }
    if !prune {
        for c in current.iter().filter(|c| !is_system(c)) {
            let listed = desired.iter().any(|d| {
                (!id_of(d).is_empty() && id_of(d) == id_of(c)) || name_of(d) == name_of(c)
            });
            if !listed {
                out.push(clean(c));
            }
        }
    }
    out
}

/// Ids in the file that the server knows under another id: a collection or field with
/// the same name (created elsewhere, or renamed) is the same one. Its id, and relation
/// fields pointing at it, are rewritten to the server's, so that applying a schema
/// exported from another server updates instead of failing on a name clash or dropping
/// and re-creating fields.
fn reconcile_ids(desired: Vec<Value>, current: &[Value]) -> Vec<Value> {
    let mut map: Vec<(String, String)> = Vec::new();
    let mut out = desired;
    for d in out.iter_mut() {
        let id = id_of(d).to_string();
        let by_id = !id.is_empty() && current.iter().any(|c| id_of(c) == id);
        if by_id {
            continue;
        }
        if let Some(c) = current.iter().find(|c| name_of(c) == name_of(d)) {
            let server_id = id_of(c).to_string();
            if let Some(m) = d.as_object_mut() {
                if !id.is_empty() && id != server_id {
                    map.push((id.clone(), server_id.clone()));
                    m.insert("id".into(), json!(server_id));
                }
                // Fields: an unknown field id whose name the server has is that field.
                let cfields = c
                    .get("fields")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                if let Some(Value::Array(fields)) = m.get_mut("fields") {
                    for f in fields.iter_mut() {
                        let fid = f
                            .get("id")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string();
                        if fid.is_empty()
                            || cfields
                                .iter()
                                .any(|cf| cf.get("id").and_then(Value::as_str) == Some(&fid))
                        {
                            continue;
                        }
                        let fname = f.get("name").and_then(Value::as_str).unwrap_or("");
                        if let Some(cid) = cfields
                            .iter()
                            .find(|cf| cf.get("name").and_then(Value::as_str) == Some(fname))
                            .and_then(|cf| cf.get("id"))
                            .cloned()
                            && let Some(fm) = f.as_object_mut()
                        {
                            fm.insert("id".into(), cid);
                        }
                    }
                }
            }
        }
    }
    if map.is_empty() {
        return out;
    }
    for d in out.iter_mut() {
        if let Some(Value::Array(fields)) = d.get_mut("fields") {
            for f in fields.iter_mut() {
                let target = f
                    .get("collectionId")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                if let Some(t) = target
                    && let Some((_, to)) = map.iter().find(|(from, _)| *from == t)
                    && let Some(fm) = f.as_object_mut()
                {
                    fm.insert("collectionId".into(), json!(to));
                }
            }
        }
    }
    out
}

async fn apply(app: &App, a: ApplyArgs) -> Result<Output> {
    let desired = read_doc(&a.from_file)?;
    let (_, client) = app.authed().await?;
    let current = fetch_all(&client).await?;
    let desired = reconcile_ids(desired, &current);
    let changes = plan(&desired, &current, a.prune);
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
    let desired = read_doc(&a.from_file)?;
    let (_, client) = app.authed().await?;
    let current = fetch_all(&client).await?;
    let desired = reconcile_ids(desired, &current);
    let changes = plan(&desired, &current, a.prune);
    if changes.is_empty() {
        app.ui.status("No differences.");
        if app.format().is_machine() || app.global.jq.is_some() {
            return Ok(Output::list(json!([]), vec![], "collection"));
        }
        return Ok(Output::Empty);
    }
    let plan_json = Value::Array(changes.iter().map(Change::to_json).collect());
    let out = if app.format().is_machine() || app.global.jq.is_some() {
        Output::list(plan_json, vec![], "collection")
    } else {
        Output::Text(render_plan(&changes))
    };
    app.print(&out)?;
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
    Err(e)
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

    fn posts() -> Value {
        json!({"id": "pbc_1", "name": "posts", "type": "base", "system": false, "listRule": null,
               "fields": [
                 {"id": "text1", "name": "id", "type": "text", "system": true},
                 {"id": "text2", "name": "title", "type": "text", "system": false, "max": 0},
                 {"id": "number3", "name": "views", "type": "number", "system": false}]})
    }

    #[test]
    fn identical_documents_plan_nothing() {
        assert!(plan(&[posts()], &[posts()], false).is_empty());
        // A partial file compares only what it gives.
        let partial = json!({"name": "posts", "fields": [{"name": "title"}, {"name": "views"}]});
        assert!(plan(&[partial], &[posts()], false).is_empty());
    }

    #[test]
    fn dropped_fields_renames_and_rules_are_planned() {
        let mut d = posts();
        d["fields"].as_array_mut().unwrap().remove(2);
        d["fields"][1]["name"] = json!("headline");
        d["listRule"] = json!("");
        let changes = plan(&[d], &[posts()], false);
        assert_eq!(changes.len(), 1);
        let c = &changes[0];
        assert_eq!(c.action, Action::Update);
        assert_eq!(c.dropped.len(), 1);
        assert_eq!(c.dropped[0]["name"], "views");
        let text = c.details.join("\n");
        assert!(text.contains("listRule: null → \"\""), "{text}");
        assert!(text.contains("renamed to headline"), "{text}");
        assert!(text.contains("- field views (number)"), "{text}");
    }

    #[test]
    fn create_and_prune() {
        let other =
            json!({"id": "pbc_2", "name": "other", "type": "base", "system": false, "fields": []});
        let changes = plan(std::slice::from_ref(&other), &[posts()], true);
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].action, Action::Create);
        assert_eq!(changes[1].action, Action::Delete);
        assert_eq!(plan(&[other], &[posts()], false).len(), 1);
    }

    #[test]
    fn payload_keeps_ids_system_fields_and_other_collections() {
        let partial = json!({"name": "posts", "fields": [{"name": "title", "type": "text"}]});
        let other = json!({"id": "pbc_2", "name": "other", "type": "base", "system": false, "fields": [], "created": "x"});
        let p = payload(&[partial], &[posts(), other], false);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0]["id"], "pbc_1");
        assert_eq!(p[0]["fields"][0]["name"], "id");
        assert_eq!(p[0]["fields"][1]["id"], "text2");
        assert!(p[1].get("created").is_none());
    }

    #[test]
    fn data_filters_follow_the_field_type() {
        let f = |v: Value| holds_data_filter(&v);
        assert_eq!(f(json!({"name": "t", "type": "text"})).unwrap(), "t != ''");
        assert_eq!(f(json!({"name": "n", "type": "number"})).unwrap(), "n != 0");
        assert_eq!(f(json!({"name": "b", "type": "bool"})).unwrap(), "b = true");
        assert_eq!(
            f(json!({"name": "j", "type": "json"})).unwrap(),
            "j != null"
        );
        assert_eq!(
            f(json!({"name": "s", "type": "select", "maxSelect": 3})).unwrap(),
            "s:length > 0"
        );
        assert_eq!(
            f(json!({"name": "s", "type": "select", "maxSelect": 1})).unwrap(),
            "s != ''"
        );
        assert!(f(json!({"name": "g", "type": "geoPoint"})).is_none());
    }

    #[test]
    fn ids_known_under_another_id_are_reconciled() {
        let authors_here = json!({"id": "pbc_9", "name": "authors", "type": "base", "fields": [
            {"id": "text1", "name": "id", "type": "text", "system": true},
            {"id": "text77", "name": "name", "type": "text"}]});
        let authors_file = json!({"id": "pbc_5", "name": "authors", "type": "base", "fields": [
            {"id": "text1", "name": "id", "type": "text", "system": true},
            {"id": "text42", "name": "name", "type": "text"}]});
        let posts_file = json!({"id": "pbc_6", "name": "posts", "type": "base", "fields": [
            {"id": "relation1", "name": "author", "type": "relation", "collectionId": "pbc_5"}]});
        let out = reconcile_ids(
            vec![authors_file, posts_file],
            std::slice::from_ref(&authors_here),
        );
        assert_eq!(out[0]["id"], "pbc_9");
        assert_eq!(out[0]["fields"][1]["id"], "text77");
        assert_eq!(out[1]["fields"][0]["collectionId"], "pbc_9");
        assert!(plan(&out[..1], &[authors_here], false).is_empty());
    }

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
