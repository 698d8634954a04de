//! `pbctl nats role ...`: permission templates (nats_roles).

use super::{NatsCommonFlags, connect};
use crate::app::{App, parse_duration};
use crate::commands::nats_flags::{SubjectPermissionFlags, UserLimitFlags, control_plane_spelling};
use crate::controlplane::RecordFields;
use crate::controlplane::names::*;
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

#[derive(Debug, Clone, Args)]
#[command(
    about = "NATS roles: permission templates for users (nats_roles)",
    after_help = "Examples:\n  pbctl nats role create reader --sub 'acme.>' --pub '_INBOX.>'\n  pbctl nats role list\n  pbctl nats role update reader --allow-response"
)]
pub struct RoleArgs {
    #[command(subcommand)]
    pub command: RoleCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum RoleCommand {
    #[command(visible_alias = "ls")]
    List(RoleListArgs),
    /// Show a role's permissions and limits
    #[command(
        after_help = "Examples:\n  pbctl nats role get reader\n  pbctl nats role get reader -o json"
    )]
    Get(RoleNameArg),
    Create(RoleCreateArgs),
    Update(RoleUpdateArgs),
    /// Delete a role (refused while users have it)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:\n  pbctl nats role delete reader\n  pbctl nats role rm reader"
    )]
    Delete(RoleNameArg),
}

/// List roles
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl nats role list\n  pbctl nats role list -o json")]
pub struct RoleListArgs {}

/// A role by record id or unique name (each subcommand sets its own about and examples)
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl nats role get reader\n  pbctl nats role delete reader")]
pub struct RoleNameArg {
    /// Role record id or name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_roles))]
    pub name: String,
}

/// Permissions and limits of a role
#[derive(Debug, Args, Default, Clone)]
pub struct RoleFields {
    #[command(flatten)]
    pub subjects: SubjectPermissionFlags,
    /// Allow publishing responses to requests: at most MAX per request (-1 unlimited, default)
    #[arg(long, value_name = "MAX", num_args = 0..=1, default_missing_value = "-1", require_equals = true, allow_hyphen_values = true)]
    pub allow_response: Option<i64>,
    /// Time limit for responses, e.g. 5s (0 = none)
    #[arg(long, value_name = "DUR")]
    pub response_ttl: Option<String>,
    #[command(flatten)]
    pub limits: UserLimitFlags,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

/// Create a role (limits default to -1, unlimited)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats role create reader --sub 'acme.>' --pub '_INBOX.>'\n  pbctl nats role create service --pub 'svc.>' --sub 'svc.>' --allow-response=1 --response-ttl 5s"
)]
#[command(mut_args(control_plane_spelling))]
pub struct RoleCreateArgs {
    /// Role name
    pub name: String,
    #[command(flatten)]
    pub fields: RoleFields,
}

/// Change a role (lists given replace the stored ones); its active users are reissued
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats role update reader --sub 'acme.>' --sub 'shared.>'\n  pbctl nats role update reader --no-response"
)]
#[command(mut_args(control_plane_spelling))]
pub struct RoleUpdateArgs {
    /// Role record id or name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_roles))]
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

fn patch(f: &RoleFields, create: bool) -> Result<Value> {
    let mut v = f.subjects.control_plane_patch(create)?;
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
    let limits = [f.limits.subs, f.limits.data, f.limits.payload];
    for (key, x) in ROLE_LIMITS.iter().zip(limits) {
        match x {
            Some(n) => v[*key] = json!(n),
            None if create => v[*key] = json!(-1),
            None => {}
        }
    }
    if let Some(d) = &f.description {
        v["description"] = json!(d);
    }
    Ok(v)
}

pub async fn run(app: &App, common: &NatsCommonFlags, args: RoleArgs) -> Result<Output> {
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
                format!("Created role {}.", rec.str_field("name")),
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
                    rec.str_field("name")
                ),
                None => format!(
                    "Updated role {} (pb-nats reissues its users).",
                    rec.str_field("name")
                ),
            };
            Ok(Output::done(msg, rec, "name"))
        }
        RoleCommand::Delete(a) => {
            let rec = cp.role(&a.name).await?;
            cp.remove_role(&rec).await?;
            Ok(Output::done(
                format!("Deleted role {}.", rec.str_field("name")),
                rec,
                "name",
            ))
        }
    }
}
