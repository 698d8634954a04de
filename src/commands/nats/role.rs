//! `pbctl nats role ...`: permission templates (nats_roles).

use super::{Common, connect};
use crate::app::{App, parse_duration};
use crate::controlplane::names::*;
use crate::controlplane::s;
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

#[derive(Debug, Args)]
#[command(
    about = "NATS roles: permission templates for users (nats_roles)",
    after_help = "Examples:\n  pbctl nats role create reader --sub 'acme.>' --pub '_INBOX.>'\n  pbctl nats role list\n  pbctl nats role update reader --allow-response"
)]
pub struct RoleArgs {
    #[command(subcommand)]
    pub command: RoleCommand,
}

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show a role's permissions and limits
    #[command(
        after_help = "Examples:\n  pbctl nats role get reader\n  pbctl nats role get reader -o json"
    )]
    Get(NameArg),
    Create(CreateArgs),
    Update(UpdateArgs),
    /// Delete a role (refused while users have it)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:\n  pbctl nats role delete reader\n  pbctl nats role rm reader"
    )]
    Delete(NameArg),
}

/// List roles
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  pbctl nats role list\n  pbctl nats role list -o json")]
pub struct ListArgs {}

/// A role by record id or unique name (each subcommand sets its own about and examples)
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  pbctl nats role get reader\n  pbctl nats role delete reader")]
pub struct NameArg {
    /// Role record id or name
    pub name: String,
}

/// Permissions and limits of a role
#[derive(Debug, Args, Default, Clone)]
pub struct RoleFields {
    /// Allowed publish subject (repeatable)
    #[arg(long = "pub", value_name = "S")]
    pub publish: Vec<String>,
    /// Allowed subscribe subject (repeatable)
    #[arg(long = "sub", value_name = "S")]
    pub subscribe: Vec<String>,
    /// Denied publish subject (repeatable)
    #[arg(long = "deny-pub", value_name = "S")]
    pub deny_publish: Vec<String>,
    /// Denied subscribe subject (repeatable)
    #[arg(long = "deny-sub", value_name = "S")]
    pub deny_subscribe: Vec<String>,
    /// Allow publishing responses to requests: at most MAX per request (-1 unlimited, default)
    #[arg(long, value_name = "MAX", num_args = 0..=1, default_missing_value = "-1", require_equals = true, allow_hyphen_values = true)]
    pub allow_response: Option<i64>,
    /// Time limit for responses, e.g. 5s (0 = none)
    #[arg(long, value_name = "DUR")]
    pub response_ttl: Option<String>,
    /// Max subscriptions per user (-1 unlimited)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_subscriptions: Option<i64>,
    /// Max data per user (-1 unlimited)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_data: Option<i64>,
    /// Max payload per user (-1 unlimited)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub max_payload: Option<i64>,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

/// Create a role (limits default to -1, unlimited)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats role create reader --sub 'acme.>' --pub '_INBOX.>'\n  pbctl nats role create service --pub 'svc.>' --sub 'svc.>' --allow-response=1 --response-ttl 5s"
)]
pub struct CreateArgs {
    /// Role name
    pub name: String,
    #[command(flatten)]
    pub fields: RoleFields,
}

/// Change a role (lists given replace the stored ones); its active users are reissued
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats role update reader --sub 'acme.>' --sub 'shared.>'\n  pbctl nats role update reader --no-response"
)]
pub struct UpdateArgs {
    /// Role record id or name
    pub name: String,
    #[arg(long, value_name = "N")]
    pub rename: Option<String>,
    /// Turn the response permission off
    #[arg(long, conflicts_with = "allow_response")]
    pub no_response: bool,
    #[command(flatten)]
    pub fields: RoleFields,
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("NAME", "name"),
        Column::new("PUB", "publish_permissions"),
        Column::new("SUB", "subscribe_permissions"),
        Column::new("ID", "id"),
        Column::wide("DENY PUB", "publish_deny_permissions"),
        Column::wide("DENY SUB", "subscribe_deny_permissions"),
        Column::wide("RESPONSE", "allow_response"),
    ]
}

fn check_subjects(list: &[String], flag: &str) -> Result<()> {
    for x in list {
        crate::nats::claims::validate_subject(x.split(' ').next().unwrap_or(x))
            .map_err(|e| Error::usage(format!("{flag} {x:?}: {e}")))?;
    }
    Ok(())
}

fn patch(f: &RoleFields, create: bool) -> Result<Value> {
    let mut v = json!({});
    for (key, list, flag) in [
        ("publish_permissions", &f.publish, "--pub"),
        ("subscribe_permissions", &f.subscribe, "--sub"),
        ("publish_deny_permissions", &f.deny_publish, "--deny-pub"),
        (
            "subscribe_deny_permissions",
            &f.deny_subscribe,
            "--deny-sub",
        ),
    ] {
        check_subjects(list, flag)?;
        if create || !list.is_empty() {
            v[key] = json!(list);
        }
    }
    if let Some(max) = f.allow_response {
        if max < -1 {
            return Err(Error::usage("--allow-response takes -1 or more"));
        }
        v["allow_response"] = json!(true);
        v["allow_response_max"] = json!(max);
    } else if create {
        v["allow_response"] = json!(false);
        v["allow_response_max"] = json!(0);
    }
    if let Some(t) = &f.response_ttl {
        v["allow_response_ttl"] = json!(parse_duration(t)?.as_secs());
    } else if create {
        v["allow_response_ttl"] = json!(0);
    }
    for (key, x) in [
        ("max_subscriptions", f.max_subscriptions),
        ("max_data", f.max_data),
        ("max_payload", f.max_payload),
    ] {
        match x {
            Some(n) if n < -1 => return Err(Error::usage(format!("{key} must be -1 or more"))),
            Some(n) => v[key] = json!(n),
            None if create => v[key] = json!(-1),
            None => {}
        }
    }
    if let Some(d) = &f.description {
        v["description"] = json!(d);
    }
    Ok(v)
}

pub async fn run(app: &App, common: &Common, args: RoleArgs) -> Result<Output> {
    let (_, cp) = connect(app, common).await?;
    cp.require_bootstrapped()?;
    match args.command {
        RoleCommand::List(_) => {
            let items = cp.list(ROLES, None).await?;
            Ok(Output::list(Value::Array(items), columns(), "name"))
        }
        RoleCommand::Get(a) => Ok(Output::object(cp.role(&a.name).await?, "name")),
        RoleCommand::Create(a) => {
            let mut body = patch(&a.fields, true)?;
            body["name"] = json!(a.name);
            body["is_default"] = json!(false);
            let rec = cp.create(ROLES, body).await?;
            Ok(Output::done(
                format!("Created role {}.", s(&rec, "name")),
                rec,
                "name",
            ))
        }
        RoleCommand::Update(a) => {
            let rec = cp.role(&a.name).await?;
            let mut body = patch(&a.fields, false)?;
            if let Some(n) = a.rename {
                body["name"] = json!(n);
            }
            if a.no_response {
                body["allow_response"] = json!(false);
            }
            let (rec, reissued) = cp.change_role(&rec, body).await?;
            let msg = match reissued {
                Some(n) => format!(
                    "Updated role {}; reissued {n} active user(s).",
                    s(&rec, "name")
                ),
                None => format!(
                    "Updated role {} (pb-nats reissues its users).",
                    s(&rec, "name")
                ),
            };
            Ok(Output::done(msg, rec, "name"))
        }
        RoleCommand::Delete(a) => {
            let rec = cp.role(&a.name).await?;
            cp.remove_role(&rec).await?;
            Ok(Output::done(
                format!("Deleted role {}.", s(&rec, "name")),
                rec,
                "name",
            ))
        }
    }
}
