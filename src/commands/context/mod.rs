//! `pbctl context`: named servers. `import-pb-cli` lives in [`pb_cli`].

mod pb_cli;

use crate::app::context_candidates;
use crate::app::{App, DEFAULT_AUTH_COLLECTION};
use crate::config::labels::LabelChange;
use crate::config::{self, AuthInfo, Config, Context, normalize_url, validate_context_name};
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use crate::pb::token::{format_time, now};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};
use std::path::PathBuf;

#[derive(Debug, Clone, Args)]
#[command(
    about = "Manage contexts: named PocketBase servers such as dev, staging and prod",
    after_help = "Examples:\n  pbctl context add prod --url https://pb.example.com --identity admin@example.com\n  pbctl context use prod\n  pbctl context use -\n  pbctl --context staging health"
)]
pub struct ContextArgs {
    #[command(subcommand)]
    pub command: ContextCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum ContextCommand {
    Add(AddArgs),
    #[command(visible_alias = "ls")]
    List(ContextListArgs),
    Use(UseArgs),
    Current(CurrentArgs),
    Show(ShowArgs),
    Set(SetArgs),
    Rename(RenameArgs),
    Label(LabelArgs),
    #[command(visible_alias = "rm")]
    Delete(DeleteArgs),
    #[command(name = "import-pb-cli")]
    ImportPbCli(pb_cli::ImportPbCliArgs),
}

/// Add a context
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl context add dev --url http://127.0.0.1:8090 --use\n  pbctl context add prod --url https://pb.example.com --identity admin@example.com \\\n      --ca-file /etc/ssl/my-ca.pem --nats-url nats://nats.example.com:4222"
)]
pub struct AddArgs {
    /// Context name: a letter or digit, then letters, digits, '.', '_' or '-'
    pub name: String,
    /// Server base URL (http or https)
    #[arg(long)]
    pub url: String,
    /// Auth collection to log in to [default: _superusers]
    #[arg(long, value_name = "C")]
    pub auth_collection: Option<String>,
    /// Default identity (email or username) for `auth login`
    #[arg(long, value_name = "I")]
    pub identity: Option<String>,
    /// CA certificate (PEM) to trust for this server
    #[arg(long, value_name = "F")]
    pub ca_file: Option<PathBuf>,
    /// Skip TLS certificate verification (warns on every use)
    #[arg(long)]
    pub insecure_skip_verify: bool,
    /// NATS server URL for this environment
    #[arg(long, value_name = "U")]
    pub nats_url: Option<String>,
    /// NATS creds file (system account user) for this environment
    #[arg(long, value_name = "F")]
    pub nats_creds: Option<PathBuf>,
    /// Free text shown by `context list -o wide`
    #[arg(long, value_name = "T")]
    pub description: Option<String>,
    /// Make it the current context
    #[arg(long = "use")]
    pub use_it: bool,
    /// A label for fleet selectors (-l), e.g. env=prod; repeat for several
    #[arg(long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
}

/// List contexts (the current one is marked *); -l, a glob or a list filters them
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl context list\n  pbctl context list -o wide\n  pbctl context list -l env=prod -o name\n  pbctl context list --context 'prod-*'"
)]
pub struct ContextListArgs {}

/// Set or remove labels of a context: KEY=VALUE sets, KEY- removes
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Labels select contexts for fleet commands: `pbctl -l env=prod health` runs on\nevery context labelled env=prod.\n\nExamples:\n  pbctl context label prod-eu env=prod region=eu\n  pbctl context label prod-eu canary-\n  pbctl -l 'env=prod,region in (eu)' backup create"
)]
pub struct LabelArgs {
    #[arg(add = ArgValueCandidates::new(context_candidates))]
    pub name: String,
    /// KEY=VALUE to set, KEY- to remove
    #[arg(required = true, value_name = "KEY=VALUE|KEY-")]
    pub changes: Vec<String>,
}

/// Switch the current context; `-` returns to the previous one
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl context use prod\n  pbctl context use -")]
pub struct UseArgs {
    #[arg(add = ArgValueCandidates::new(context_candidates))]
    pub name: String,
}

/// Print the current context name
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl context current")]
pub struct CurrentArgs {}

/// Show a context's settings and auth status (never the token)
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl context show\n  pbctl context show prod -o yaml")]
pub struct ShowArgs {
    /// Context name [default: the current context]
    #[arg(add = ArgValueCandidates::new(context_candidates))]
    pub name: Option<String>,
}

/// Change settings of a context
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Keys: url, auth-collection, identity, description, output, tls.ca-file,\ntls.insecure-skip-verify, nats.url, nats.creds. An empty value unsets a key.\n\nExamples:\n  pbctl context set prod identity=ops@example.com nats.url=nats://10.0.0.5:4222\n  pbctl context set dev tls.ca-file="
)]
pub struct SetArgs {
    #[arg(add = ArgValueCandidates::new(context_candidates))]
    pub name: String,
    /// KEY=VALUE pairs
    #[arg(required = true, value_name = "KEY=VALUE")]
    pub pairs: Vec<String>,
}

/// Rename a context (its stored token moves with it)
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl context rename staging stage")]
pub struct RenameArgs {
    #[arg(add = ArgValueCandidates::new(context_candidates))]
    pub old: String,
    pub new: String,
}

/// Delete contexts and their stored tokens
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl context delete old-staging\n  pbctl context rm a b c")]
pub struct DeleteArgs {
    #[arg(required = true, add = ArgValueCandidates::new(context_candidates))]
    pub names: Vec<String>,
}

pub async fn run(app: &App, args: ContextArgs) -> Result<Output> {
    match args.command {
        ContextCommand::Add(a) => add(app, a),
        ContextCommand::List(_) => list(app),
        ContextCommand::Use(a) => use_context(app, &a.name),
        ContextCommand::Current(_) => current(app),
        ContextCommand::Show(a) => show(app, a.name),
        ContextCommand::Set(a) => set(app, &a.name, &a.pairs),
        ContextCommand::Rename(a) => rename(app, &a.old, &a.new),
        ContextCommand::Label(a) => label(app, &a.name, &a.changes),
        ContextCommand::Delete(a) => delete(app, &a.names),
        ContextCommand::ImportPbCli(a) => pb_cli::import(app, a),
    }
}

fn path_string(p: &std::path::Path) -> String {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

fn add(app: &App, a: AddArgs) -> Result<Output> {
    validate_context_name(&a.name)?;
    let url = normalize_url(&a.url)?;
    if let Some(nats_url) = &a.nats_url {
        config::check_nats_url(nats_url)?;
    }
    let mut labels = std::collections::BTreeMap::new();
    for arg in &a.labels {
        match LabelChange::parse(arg)? {
            change @ LabelChange::Set(..) => change.apply(&mut labels),
            LabelChange::Remove(_) => {
                return Err(Error::usage(format!("expected KEY=VALUE, got {arg:?}")));
            }
        }
    }
    let ctx = Context {
        name: a.name.clone(),
        url,
        description: a.description,
        auth_collection: a.auth_collection,
        identity: a.identity,
        tls: config::Tls {
            ca_file: match &a.ca_file {
                Some(p) => ca_file_setting(&p.to_string_lossy())?,
                None => None,
            },
            insecure_skip_verify: a.insecure_skip_verify,
        },
        nats: config::Nats {
            url: a.nats_url,
            creds: a.nats_creds.as_deref().map(path_string),
        },
        output: None,
        labels,
        auth: None,
    };
    let (made_current, shown) = app.update_config(|cfg| {
        if cfg.context(&a.name).is_some() {
            return Err(
                Error::failed(format!("context \"{}\" already exists", a.name))
                    .hint("change it with `pbctl context set`, or delete it first"),
            );
        }
        cfg.contexts.push(ctx.clone());
        let made_current = a.use_it || cfg.current_context.is_none();
        if made_current {
            switch(cfg, &a.name);
        }
        Ok((made_current, context_json(cfg, &ctx)))
    })?;
    let mut message = format!("Context \"{}\" added ({}).", a.name, ctx.url);
    if made_current {
        message.push_str(&format!(" Current context is now \"{}\".", a.name));
    }
    Ok(Output::done(message, shown, "name"))
}

fn switch(cfg: &mut Config, name: &str) {
    if cfg.current_context.as_deref() != Some(name) {
        cfg.previous_context = cfg.current_context.take();
        cfg.current_context = Some(name.to_string());
    }
}

fn auth_json(auth: &Option<AuthInfo>) -> Value {
    match auth {
        None => json!({"loggedIn": false}),
        Some(a) => json!({
            "loggedIn": true,
            "user": a.user,
            "collection": a.collection,
            "recordId": a.record_id,
            "expires": a.expires.map(format_time),
            "expired": a.expires.is_some_and(|e| e <= now()),
            "refreshable": a.refreshable,
            "store": a.store,
        }),
    }
}

fn context_json(cfg: &Config, ctx: &Context) -> Value {
    json!({
        "name": ctx.name,
        "current": cfg.current_context.as_deref() == Some(ctx.name.as_str()),
        "url": ctx.url,
        "authCollection": ctx.auth_collection.clone().unwrap_or_else(|| DEFAULT_AUTH_COLLECTION.into()),
        "identity": ctx.identity,
        "description": ctx.description,
        "tls": {"caFile": ctx.tls.ca_file, "insecureSkipVerify": ctx.tls.insecure_skip_verify},
        "nats": {"url": ctx.nats.url.as_deref().map(config::shown_nats_url), "creds": ctx.nats.creds},
        "output": ctx.output,
        "labels": ctx.labels,
        "auth": auth_json(&ctx.auth),
    })
}

/// `env=prod,region=eu`
fn labels_text(ctx: &Context) -> String {
    ctx.labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

fn list(app: &App) -> Result<Output> {
    let cfg = app.config()?;
    // A selection (-l, -A, a list or a glob) filters the list; no match is an empty list.
    let request = app.selection();
    let chosen = if request.is_fleet() {
        Some(request.matching(cfg)?)
    } else {
        None
    };
    // Sorted by name, as kubectl lists contexts and as fleet reports order them.
    let mut contexts: Vec<&Context> = cfg
        .contexts
        .iter()
        .filter(|ctx| chosen.as_ref().is_none_or(|c| c.contains(&ctx.name)))
        .collect();
    contexts.sort_by(|a, b| a.name.cmp(&b.name));
    let rows: Vec<Value> = contexts
        .into_iter()
        .map(|ctx| {
            let mut v = context_json(cfg, ctx);
            v["marker"] = json!(if v["current"] == json!(true) { "*" } else { "" });
            v["expiresText"] = json!(match &ctx.auth {
                None => String::new(),
                Some(a) => match a.expires {
                    Some(e) if e <= now() => "expired".into(),
                    Some(e) => format_time(e),
                    None => String::new(),
                },
            });
            v["labelsText"] = json!(labels_text(ctx));
            v
        })
        .collect();
    let columns = vec![
        Column::new("CURRENT", "marker"),
        Column::new("NAME", "name"),
        Column::new("URL", "url"),
        Column::new("AUTH-COLLECTION", "authCollection"),
        Column::new("USER", "auth.user"),
        Column::new("EXPIRES", "expiresText"),
        Column::wide("STORE", "auth.store"),
        Column::wide("LABELS", "labelsText"),
        Column::wide("DESCRIPTION", "description"),
    ];
    // Machine formats get the plain objects, without the table helpers.
    let value = if app.out.is_machine() {
        Value::Array(
            rows.into_iter()
                .map(|mut v| {
                    if let Some(m) = v.as_object_mut() {
                        m.remove("marker");
                        m.remove("expiresText");
                        m.remove("labelsText");
                    }
                    v
                })
                .collect(),
        )
    } else {
        Value::Array(rows)
    };
    Ok(Output::list(value, columns, "name"))
}

fn use_context(app: &App, name: &str) -> Result<Output> {
    let chosen = app.update_config(|cfg| {
        let target = if name == "-" {
            cfg.previous_context.clone().ok_or_else(|| {
                Error::failed("there is no previous context")
                    .hint("switch with `pbctl context use NAME` first")
            })?
        } else {
            name.to_string()
        };
        cfg.require(&target)?;
        switch(cfg, &target);
        Ok(target)
    })?;
    Ok(Output::done(
        format!("Switched to context \"{chosen}\"."),
        json!({"name": chosen}),
        "name",
    ))
}

fn current(app: &App) -> Result<Output> {
    match &app.config()?.current_context {
        Some(name) => Ok(Output::object(Value::String(name.clone()), "name")),
        None => {
            Err(Error::not_found("no current context")
                .hint("pick one with `pbctl context use NAME`"))
        }
    }
}

fn show(app: &App, name: Option<String>) -> Result<Output> {
    let cfg = app.config()?;
    let name = match name.or(app.context_name()?) {
        Some(n) => n,
        None => {
            return Err(
                Error::not_found("no current context").hint("name one: `pbctl context show NAME`")
            );
        }
    };
    let ctx = cfg.require(&name)?;
    Ok(Output::object(context_json(cfg, ctx), "name"))
}

fn parse_bool(key: &str, value: &str) -> Result<bool> {
    match value {
        "true" | "yes" | "1" => Ok(true),
        "false" | "no" | "0" | "" => Ok(false),
        _ => Err(Error::usage(format!(
            "{key} takes true or false, not {value:?}"
        ))),
    }
}

/// A CA file must exist and be readable when it is set, not at the first request.
fn ca_file_setting(value: &str) -> Result<Option<String>> {
    if value.is_empty() {
        return Ok(None);
    }
    let path = path_string(std::path::Path::new(value));
    std::fs::metadata(&path).map_err(|e| {
        Error::usage(format!("cannot read CA file {path}: {e}"))
            .hint("give the path of a PEM file with the CA certificate(s) to trust")
    })?;
    Ok(Some(path))
}

/// Keys as `context set` takes them; `context show` spells them in camelCase, which is
/// accepted too.
fn canonical_key(key: &str) -> &str {
    match key {
        "authCollection" => "auth-collection",
        "tls.caFile" | "caFile" | "ca-file" => "tls.ca-file",
        "tls.insecureSkipVerify" | "insecureSkipVerify" | "insecure-skip-verify" => {
            "tls.insecure-skip-verify"
        }
        "nats-url" | "natsUrl" => "nats.url",
        "nats-creds" | "natsCreds" => "nats.creds",
        other => other,
    }
}

fn apply_setting(ctx: &mut Context, key: &str, value: &str) -> Result<()> {
    let opt = |v: &str| (!v.is_empty()).then(|| v.to_string());
    match canonical_key(key) {
        "url" => ctx.url = normalize_url(value)?,
        "auth-collection" => ctx.auth_collection = opt(value),
        "identity" => ctx.identity = opt(value),
        "description" => ctx.description = opt(value),
        "output" => {
            if !value.is_empty() {
                crate::output::Format::parse(value)?;
            }
            ctx.output = opt(value);
        }
        "tls.ca-file" => ctx.tls.ca_file = ca_file_setting(value)?,
        "tls.insecure-skip-verify" => ctx.tls.insecure_skip_verify = parse_bool(key, value)?,
        "nats.url" => {
            config::check_nats_url(value)?;
            ctx.nats.url = opt(value)
        }
        "nats.creds" => ctx.nats.creds = opt(value).map(|v| path_string(std::path::Path::new(&v))),
        other => {
            return Err(Error::usage(format!("unknown context setting {other:?}")).hint(
                "keys: url, auth-collection, identity, description, output, tls.ca-file, tls.insecure-skip-verify, nats.url, nats.creds",
            ));
        }
    }
    Ok(())
}

fn set(app: &App, name: &str, pairs: &[String]) -> Result<Output> {
    let parsed: Vec<(&str, &str)> = pairs
        .iter()
        .map(|p| {
            p.split_once('=')
                .ok_or_else(|| Error::usage(format!("expected KEY=VALUE, got {p:?}")))
        })
        .collect::<Result<_>>()?;
    let (logged_in, shown) = app.update_config(|cfg| {
        let ctx = cfg.require_mut(name)?;
        for (k, v) in &parsed {
            apply_setting(ctx, k, v)?;
        }
        let ctx = ctx.clone();
        Ok((ctx.auth.is_some(), context_json(cfg, &ctx)))
    })?;
    if logged_in
        && parsed
            .iter()
            .any(|(k, _)| matches!(canonical_key(k), "url" | "auth-collection"))
    {
        app.ui.warn("the stored token belongs to the old server or collection; log in again with `pbctl auth login`");
    }
    Ok(Output::done(
        format!("Context \"{name}\" updated."),
        shown,
        "name",
    ))
}

fn label(app: &App, name: &str, changes: &[String]) -> Result<Output> {
    let changes: Vec<LabelChange> = changes
        .iter()
        .map(|c| LabelChange::parse(c))
        .collect::<Result<_>>()?;
    let (shown, now) = app.update_config(|cfg| {
        let ctx = cfg.require_mut(name)?;
        for change in &changes {
            change.apply(&mut ctx.labels);
        }
        let ctx = ctx.clone();
        let now: Vec<String> = ctx.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
        Ok((context_json(cfg, &ctx), now))
    })?;
    // Says what the context carries now: `tier-` removes, so "labelled" alone misleads.
    let now = if now.is_empty() {
        "no labels".to_string()
    } else {
        format!("labels {}", now.join(", "))
    };
    Ok(Output::done(
        format!("Context \"{name}\" now has {now}."),
        shown,
        "name",
    ))
}

fn rename(app: &App, old: &str, new: &str) -> Result<Output> {
    validate_context_name(new)?;
    let creds = app.credentials()?;
    let auth = app.config()?.require(old)?.auth.clone();
    let token = match &auth {
        Some(a) => app.stored_token(old, a)?,
        None => None,
    };
    app.update_config(|cfg| {
        if cfg.context(new).is_some() {
            return Err(Error::failed(format!("context \"{new}\" already exists")));
        }
        let ctx = cfg.require_mut(old)?;
        ctx.name = new.to_string();
        for slot in [&mut cfg.current_context, &mut cfg.previous_context] {
            if slot.as_deref() == Some(old) {
                *slot = Some(new.to_string());
            }
        }
        Ok(())
    })?;
    if let Some(token) = token {
        let keep = auth
            .as_ref()
            .map(|a| crate::config::credentials::StoreKind::parse(&a.store));
        let saved = creds.save(new, &token, keep)?;
        if let Some(w) = saved.warning {
            app.ui.warn(w);
        }
        app.update_config(|cfg| {
            if let Some(a) = cfg.require_mut(new)?.auth.as_mut() {
                a.store = saved.kind.as_str().into();
            }
            Ok(())
        })?;
        creds.delete(old)?;
    }
    Ok(Output::done(
        format!("Context \"{old}\" renamed to \"{new}\"."),
        json!({"name": new, "previous": old}),
        "name",
    ))
}

fn delete(app: &App, names: &[String]) -> Result<Output> {
    let creds = app.credentials()?;
    app.update_config(|cfg| {
        for name in names {
            cfg.require(name)?;
        }
        cfg.contexts.retain(|c| !names.contains(&c.name));
        for slot in [&mut cfg.current_context, &mut cfg.previous_context] {
            if slot.as_ref().is_some_and(|s| names.contains(s)) {
                *slot = None;
            }
        }
        Ok(())
    })?;
    for name in names {
        creds.delete(name)?;
    }
    let message = match names {
        [one] => format!("Context \"{one}\" deleted."),
        many => format!("{} contexts deleted.", many.len()),
    };
    Ok(Output::done(
        message,
        Value::Array(names.iter().map(|n| json!({"name": n})).collect()),
        "name",
    ))
}
