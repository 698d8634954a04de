//! `pbctl export`: the server as documents that `pbctl apply` takes back unchanged —
//! `collections.yaml`, `settings.yaml` and `nats.yaml` (or one multi-document YAML on
//! stdout). No secret values: settings PocketBase hides are `${env:...}` placeholders,
//! and no keys, seeds, JWTs, creds or passwords are written.

use super::state::{SECRET_SETTINGS, Server};
use crate::app::App;
use crate::commands::collection::plan as engine;
use crate::commands::nats::{self, NatsCommonFlags};
use crate::error::{Error, Result};
use crate::manifest::Kind;
use crate::output::Output;
use clap::Args;
use serde_json::{Map, Value, json};
use std::path::PathBuf;

/// Write the server's settings, collections and NATS tenancy as documents for `apply`
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "With -O DIR: writes DIR/collections.yaml, DIR/settings.yaml and DIR/nats.yaml;\nwithout it, one multi-document YAML on stdout. System collections, the nats_*\ncollections and what `pbctl nats bootstrap` creates (the operator, the system account,\nthe system_admin role, the sys user) are left out. Secrets are written as\n${env:NAME} placeholders (SMTP_PASSWORD, S3_SECRET, BACKUPS_S3_SECRET, for the\nsections that are enabled); keys, seeds, JWTs, creds and passwords never.\n\nExamples:\n  pbctl export -O env/prod/\n  pbctl export --kind NatsRole --kind NatsUser\n  pbctl --context prod export -O env/prod/ && git diff env/prod/"
)]
pub struct ExportArgs {
    /// Directory to write collections.yaml, settings.yaml and nats.yaml into
    #[arg(short = 'O', long = "output-dir", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Only these kinds (repeatable) [default: all]
    #[arg(long = "kind", value_name = "K", value_parser = [
        "Settings", "Collection", "NatsAccount", "NatsRole", "NatsExport", "NatsImport", "NatsUser",
    ])]
    pub kinds: Vec<String>,
}

pub async fn export(app: &App, a: ExportArgs) -> Result<Output> {
    let kinds: Vec<Kind> = if a.kinds.is_empty() {
        Kind::ALL.to_vec()
    } else {
        a.kinds.iter().filter_map(|k| Kind::parse(k)).collect()
    };
    let common = NatsCommonFlags {
        encryption_key_env: None,
        wait: "0s".into(),
        show_seeds: false,
    };
    let (_, cp) = nats::connect(app, &common).await?;
    let server = Server::load(cp.client.clone(), cp, &kinds).await?;
    let mut files: Vec<(&str, Vec<Value>)> = Vec::new();
    if kinds.contains(&Kind::Collection) {
        let mut docs: Vec<Value> = server
            .user_collections()
            .map(|c| with_kind(Kind::Collection, &engine::clean(c)))
            .collect();
        docs.sort_by(|x, y| engine::name_of(x).cmp(engine::name_of(y)));
        files.push(("collections.yaml", docs));
    }
    if kinds.contains(&Kind::Settings) {
        let settings = with_placeholders(&server.settings);
        files.push((
            "settings.yaml",
            vec![with_kind(Kind::Settings, &json!({ "settings": settings }))],
        ));
    }
    if let Some(t) = &server.nats {
        let mut docs = Vec::new();
        for kind in kinds.iter().filter(|k| k.is_nats()) {
            for (doc, _) in t.docs(*kind) {
                docs.push(with_kind(*kind, &tidy(doc)));
            }
        }
        files.push(("nats.yaml", docs));
    } else if kinds.iter().any(|k| k.is_nats()) && !a.kinds.is_empty() {
        return Err(
            Error::failed("this PocketBase has no NATS control plane to export")
                .hint("create one with `pbctl nats bootstrap`"),
        );
    }
    let render = |docs: &[Value]| -> Result<String> {
        let mut out = String::new();
        for (i, d) in docs.iter().enumerate() {
            if i > 0 {
                out.push_str("---\n");
            }
            out.push_str(&crate::yaml::to_string(d)?);
        }
        Ok(out)
    };
    let Some(dir) = &a.dir else {
        let all: Vec<Value> = files.into_iter().flat_map(|(_, d)| d).collect();
        return Ok(Output::Raw(render(&all)?));
    };
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::failed(format!("cannot create {}: {e}", dir.display())))?;
    let mut written = Vec::new();
    let mut total = 0;
    for (name, docs) in &files {
        let path = dir.join(name);
        crate::fsutil::write_atomic(&path, render(docs)?.as_bytes())?;
        total += docs.len();
        written.push(path.display().to_string());
    }
    Ok(Output::done(
        format!(
            "Exported {} to {}.",
            crate::human::plural(total as u64, "document"),
            written
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        json!({"files": written, "documents": total}),
        "files",
    ))
}

/// `kind` first, then the document's fields.
fn with_kind(kind: Kind, doc: &Value) -> Value {
    let mut m = Map::new();
    m.insert("kind".into(), json!(kind.as_str()));
    if let Some(o) = doc.as_object() {
        for (k, v) in o {
            m.insert(k.clone(), v.clone());
        }
    }
    Value::Object(m)
}

/// Leave out empty descriptions (the default), for shorter files.
fn tidy(mut doc: Value) -> Value {
    if let Some(m) = doc.as_object_mut()
        && m.get("description").and_then(Value::as_str) == Some("")
    {
        m.shift_remove("description");
    }
    doc
}

/// The settings with an `${env:...}` placeholder for each secret of an enabled section.
fn with_placeholders(settings: &Value) -> Value {
    let mut out = settings.clone();
    for (section, key, var) in SECRET_SETTINGS {
        let pointer = format!("/{}", section.replace('.', "/"));
        if let Some(node) = out.pointer_mut(&pointer)
            && node.get("enabled").and_then(Value::as_bool) == Some(true)
            && let Some(m) = node.as_object_mut()
        {
            m.insert(key.to_string(), json!(format!("${{env:{var}}}")));
        }
    }
    out
}
