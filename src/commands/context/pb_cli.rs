//! `pbctl context import-pb-cli`: pb-cli's contexts (`~/.config/pb/<name>/context.yaml`)
//! as pbctl contexts, with their tokens.

use super::switch;
use crate::app::App;
use crate::config::{self, Context, normalize_url, validate_context_name};
use crate::error::{Error, Result};
use crate::output::Output;
use clap::Args;
use serde_json::{Value, json};
use std::path::PathBuf;

/// Import pb-cli's contexts (~/.config/pb) with their tokens
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl context import-pb-cli\n  pbctl context import-pb-cli /backup/pb-config --overwrite"
)]
pub struct ImportPbCliArgs {
    /// pb-cli's config directory [default: $XDG_CONFIG_HOME/pb or ~/.config/pb]
    pub dir: Option<PathBuf>,
    /// Replace contexts that already exist
    #[arg(long)]
    pub overwrite: bool,
}

/// pb-cli's `<dir>/<name>/context.yaml` (no `Debug`: it holds an auth token).
#[derive(serde::Deserialize)]
struct PbCliContext {
    name: Option<String>,
    pocketbase: PbCliServer,
}

/// No `Debug`: it holds pb-cli's auth token.
#[derive(serde::Deserialize)]
struct PbCliServer {
    url: String,
    #[serde(default)]
    auth_collection: Option<String>,
    #[serde(default)]
    auth_token: Option<String>,
    #[serde(default)]
    auth_record: Option<Value>,
}

#[derive(Debug, Default, serde::Deserialize)]
struct PbCliConfig {
    #[serde(default)]
    active_context: Option<String>,
}

pub(super) fn import(app: &App, a: ImportPbCliArgs) -> Result<Output> {
    let dir = a.dir.unwrap_or_else(config::paths::pb_cli_dir);
    let entries = std::fs::read_dir(&dir).map_err(|e| {
        Error::not_found(format!(
            "cannot read pb-cli's config directory {}: {e}",
            dir.display()
        ))
        .hint("pass the directory: `pbctl context import-pb-cli DIR`")
    })?;
    let mut found: Vec<(String, PbCliContext)> = Vec::new();
    let mut dirs: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for path in dirs {
        let file = path.join("context.yaml");
        let Some(text) = crate::fsutil::read_optional(&file)? else {
            continue;
        };
        let parsed: PbCliContext = crate::yaml::from_str(&text)
            .map_err(|e| e.context(format!("invalid pb-cli context {}", file.display())))?;
        let dir_name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let name = parsed
            .name
            .clone()
            .filter(|n| !n.is_empty())
            .unwrap_or(dir_name);
        found.push((name, parsed));
    }
    if found.is_empty() {
        return Err(Error::not_found(format!(
            "no pb-cli contexts in {}",
            dir.display()
        )));
    }
    let active = crate::fsutil::read_optional(&dir.join("config.yaml"))?
        .and_then(|t| crate::yaml::from_str::<PbCliConfig>(&t).ok())
        .and_then(|c| c.active_context)
        .filter(|s| !s.is_empty());

    let existing: Vec<String> = app
        .config()?
        .contexts
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let creds = app.credentials()?;
    let mut imported = Vec::new();
    for (name, pb) in found {
        if let Err(e) = validate_context_name(&name) {
            app.ui
                .warn(format!("skipping pb-cli context {name:?}: {}", e.message));
            continue;
        }
        if existing.contains(&name) && !a.overwrite {
            app.ui.warn(format!(
                "skipping \"{name}\": a context of that name exists (use --overwrite)"
            ));
            continue;
        }
        let url = match normalize_url(&pb.pocketbase.url) {
            Ok(u) => u,
            Err(e) => {
                app.ui.warn(format!("skipping \"{name}\": {}", e.message));
                continue;
            }
        };
        // pb-cli's default auth collection is `users`.
        let collection = pb
            .pocketbase
            .auth_collection
            .clone()
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "users".into());
        let ctx = Context {
            name: name.clone(),
            url: url.clone(),
            auth_collection: Some(collection.clone()),
            description: Some("imported from pb-cli".into()),
            ..Context::default()
        };
        app.update_config(|cfg| {
            cfg.contexts.retain(|c| c.name != name);
            cfg.contexts.push(ctx);
            Ok(())
        })?;
        let mut logged_in = false;
        if let Some(token) = pb.pocketbase.auth_token.filter(|t| !t.is_empty()) {
            let record = pb.pocketbase.auth_record.clone().unwrap_or(Value::Null);
            let auth = crate::session::Authenticated { token, record };
            crate::session::save_token(app, &name, &collection, &auth, None)?;
            logged_in = true;
        } else {
            creds.delete(&name)?;
        }
        imported.push(
            json!({"name": name, "url": url, "authCollection": collection, "loggedIn": logged_in}),
        );
    }
    if let Some(active) = active {
        app.update_config(|cfg| {
            if cfg.current_context.is_none() && cfg.context(&active).is_some() {
                switch(cfg, &active);
            }
            Ok(())
        })?;
    }
    Ok(Output::done(
        format!(
            "Imported {} context(s) from {}.",
            imported.len(),
            dir.display()
        ),
        Value::Array(imported),
        "name",
    ))
}
