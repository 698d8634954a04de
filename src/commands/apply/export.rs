//! `pbctl export`: the server as documents that `pbctl apply` takes back unchanged —
//! `collections.yaml`, `settings.yaml` and `nats.yaml` (or one multi-document YAML on
//! stdout). No secret values: settings PocketBase hides are `${env:...}` placeholders,
//! and no keys, seeds, JWTs, creds or passwords are written.

use super::state::{SECRET_SETTINGS, Server};
use crate::app::App;
use crate::commands::collection::plan as engine;
use crate::commands::nats::{self, NatsCommonFlags};
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, check_destination, check_output_dir};
use crate::manifest::Kind;
use crate::output::Output;
use clap::Args;
use serde_json::{Map, Value, json};
use std::path::{Path, PathBuf};

/// Write the server's settings, collections and NATS tenancy as documents for `apply`
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "With -O DIR: writes DIR/collections.yaml, DIR/settings.yaml and DIR/nats.yaml (DIR\nis created if needed; files already there are replaced only with --force). Without\n-O: one multi-document YAML on stdout (`pbctl export > env.yaml` for one file).\nSystem collections, the nats_* collections and what `pbctl nats bootstrap` creates\n(the operator, the system account, the system_admin role, the sys user) are left out.\nSecrets are written as ${env:NAME} placeholders (SMTP_PASSWORD, S3_SECRET,\nBACKUPS_S3_SECRET, for the sections that are enabled); keys, seeds, JWTs, creds and\npasswords never.\n\nExamples:\n  pbctl export -O env/prod/\n  pbctl export -O env/prod/ --force\n  pbctl export > env.yaml\n  pbctl export --kind NatsRole --kind NatsUser\n  pbctl --context prod export -O env/prod/ && git diff env/prod/"
)]
pub struct ExportArgs {
    /// Directory to write collections.yaml, settings.yaml and nats.yaml into
    #[arg(short = 'O', long = "output-dir", value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Replace files that already exist in the -O directory
    #[arg(long)]
    pub force: bool,
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
    // The directory, and the files the kinds surely give, are checked before any request;
    // nats.yaml (written only when the server has a NATS tenancy) with the others again
    // before the first file is written.
    let overwrite = Overwrite::from_force(a.force);
    if let Some(dir) = &a.dir {
        check_dir(dir)?;
        for (kind, name) in [
            (Kind::Collection, "collections.yaml"),
            (Kind::Settings, "settings.yaml"),
        ] {
            if kinds.contains(&kind) {
                check_destination(&dir.join(name), overwrite)?;
            }
        }
    }
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
    let mut contents = Vec::new();
    let mut total = 0;
    for (name, docs) in &files {
        contents.push((dir.join(name), render(docs)?.into_bytes()));
        total += docs.len();
    }
    crate::fsutil::write_files(&contents, overwrite)?;
    let written: Vec<String> = contents
        .iter()
        .map(|(path, _)| path.display().to_string())
        .collect();
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

/// `-O` names a directory (the files are several, and `apply -f DIR` reads it back).
/// Refused: an existing file or dangling symlink there (exit 1, like an existing
/// `-O FILE` of the other commands), and a new path that reads as a file name
/// (`-O env.yaml`: exit 2); a trailing `/` says it is meant as a directory.
fn check_dir(dir: &Path) -> Result<()> {
    let one_file = format!(
        "for one file, redirect stdout: `pbctl export > {}`",
        dir.display()
    );
    check_output_dir(dir).map_err(|e| {
        e.hint("-O names a directory to write collections.yaml, settings.yaml and nats.yaml into")
            .hint(one_file.clone())
    })?;
    let looks_like_a_file = dir
        .extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| ["yaml", "yml", "json"].contains(&x.to_ascii_lowercase().as_str()));
    if looks_like_a_file
        && std::fs::symlink_metadata(dir).is_err()
        && !dir.to_string_lossy().ends_with('/')
    {
        return Err(Error::usage(format!(
            "-O names a directory, and {} looks like a file name",
            dir.display()
        ))
        .hint(one_file)
        .hint(format!(
            "to use a directory of that name, end it with a slash: -O {}/",
            dir.display()
        )));
    }
    Ok(())
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
