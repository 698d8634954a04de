//! `pbctl nats user ...`: NATS users (the nats_users auth collection).

use super::{Common, connect, show};
use crate::app::App;
use crate::controlplane::names::*;
use crate::controlplane::{ControlPlane, b, quote, s};
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use serde_json::{Value, json};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    about = "NATS users (nats_users)",
    after_help = "Examples:\n  pbctl nats user create alice --account acme --role reader\n  pbctl nats user creds alice -O alice.creds\n  pbctl nats user revoke alice"
)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show a user (--show-seeds reveals its seed)
    #[command(
        after_help = "Examples:\n  pbctl nats user get alice\n  pbctl nats user get alice --account acme -o json"
    )]
    Get(NameArg),
    Create(CreateArgs),
    Update(UpdateArgs),
    /// Delete a user (its creds stop working after `pbctl nats sync`)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:\n  pbctl nats user delete alice\n  pbctl nats user rm alice --account acme"
    )]
    Delete(NameArg),
    Creds(CredsArgs),
    /// Revoke a user's key: it gets a new key and creds, the old creds stop working
    #[command(
        after_help = "Examples:\n  pbctl nats user revoke alice\n  pbctl nats user revoke alice && pbctl nats user creds alice -O alice.creds"
    )]
    Revoke(NameArg),
    /// Re-issue a user's JWT and creds with the same key (after a role change, say)
    #[command(
        after_help = "Examples:\n  pbctl nats user regenerate alice\n  pbctl nats user regenerate alice --account acme"
    )]
    Regenerate(NameArg),
    /// Suspend a user: it can no longer connect until resumed
    #[command(
        after_help = "Examples:\n  pbctl nats user suspend alice\n  pbctl nats user suspend alice --account acme"
    )]
    Suspend(NameArg),
    /// Resume a suspended user
    #[command(
        after_help = "Examples:\n  pbctl nats user resume alice\n  pbctl nats user resume alice --account acme"
    )]
    Resume(NameArg),
}

/// List users
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats user list\n  pbctl nats user list --account acme -o wide"
)]
pub struct ListArgs {
    /// Only users of this account (record id or name)
    #[arg(long, value_name = "A")]
    pub account: Option<String>,
}

/// A user by record id or unique name (each subcommand sets its own about and examples)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats user get alice\n  pbctl nats user suspend alice --account acme\n  pbctl nats user revoke alice"
)]
pub struct NameArg {
    /// User record id or nats_username
    pub name: String,
    /// The user's account, when the name is not unique
    #[arg(long, value_name = "A")]
    pub account: Option<String>,
}

/// Per-user permissions, added to the role's
#[derive(Debug, Args, Default, Clone)]
pub struct UserPerms {
    /// Extra allowed publish subject (repeatable)
    #[arg(long = "pub", value_name = "S")]
    pub publish: Vec<String>,
    /// Extra allowed subscribe subject (repeatable)
    #[arg(long = "sub", value_name = "S")]
    pub subscribe: Vec<String>,
    /// Extra denied publish subject (repeatable)
    #[arg(long = "deny-pub", value_name = "S")]
    pub deny_publish: Vec<String>,
    /// Extra denied subscribe subject (repeatable)
    #[arg(long = "deny-sub", value_name = "S")]
    pub deny_subscribe: Vec<String>,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// JWT expiry (RFC 3339 date, e.g. 2027-01-01T00:00:00Z)
    #[arg(long, value_name = "DATE")]
    pub expires: Option<String>,
}

/// Create a user: key pair, JWT and creds (email and password generated if not given)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats user create alice --account acme --role reader\n  pbctl nats user create bob --account acme --role reader --pub 'acme.bob.>' --email bob@example.com"
)]
pub struct CreateArgs {
    /// nats_username
    pub name: String,
    /// Account (record id or name)
    #[arg(long, value_name = "A")]
    pub account: String,
    /// Role (record id or name)
    #[arg(long, value_name = "R")]
    pub role: String,
    /// Login email of the PocketBase auth record [default: generated]
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
    /// Bearer token user (the server skips the nonce signature)
    #[arg(long)]
    pub bearer: bool,
    /// Create it suspended (pb-nats' `active: false`)
    #[arg(long)]
    pub inactive: bool,
    #[command(flatten)]
    pub perms: UserPerms,
}

/// Change a user's role, account or permissions (its JWT and creds are reissued)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats user update alice --role writer\n  pbctl nats user update alice --pub 'acme.alice.>'"
)]
pub struct UpdateArgs {
    /// User record id or nats_username
    pub name: String,
    /// The user's current account, when the name is not unique
    #[arg(long, value_name = "A")]
    pub account: Option<String>,
    /// New role
    #[arg(long, value_name = "R")]
    pub role: Option<String>,
    /// Move to another account
    #[arg(long, value_name = "A")]
    pub move_to: Option<String>,
    /// Bearer token user
    #[arg(long, value_name = "BOOL")]
    pub bearer: Option<bool>,
    #[command(flatten)]
    pub perms: UserPerms,
}

/// Write the user's creds file (mode 0600), or print it
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats user creds alice -O alice.creds\n  pbctl nats user creds alice -O - | nats --creds /dev/stdin pub acme.x hi"
)]
pub struct CredsArgs {
    /// User record id or nats_username
    pub name: String,
    #[arg(long, value_name = "A")]
    pub account: Option<String>,
    /// File to write (mode 0600); `-` for stdout [default: stdout]
    #[arg(short = 'O', long = "output-file", value_name = "FILE")]
    pub file: Option<PathBuf>,
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("NAME", "nats_username"),
        Column::new("ACCOUNT", "account"),
        Column::new("ROLE", "role"),
        Column::new("ACTIVE", "active"),
        Column::new("ID", "id"),
        Column::wide("PUBLIC KEY", "public_key"),
        Column::wide("EMAIL", "email"),
    ]
}

async fn find(cp: &ControlPlane, name: &str, account: Option<&str>) -> Result<Value> {
    let acct = match account {
        Some(a) => Some(cp.account(a).await?),
        None => None,
    };
    cp.user(name, acct.as_ref()).await
}

fn perms_patch(p: &UserPerms, create: bool) -> Result<Value> {
    let mut v = json!({});
    for (key, list, flag) in [
        ("publish_permissions", &p.publish, "--pub"),
        ("subscribe_permissions", &p.subscribe, "--sub"),
        ("publish_deny_permissions", &p.deny_publish, "--deny-pub"),
        (
            "subscribe_deny_permissions",
            &p.deny_subscribe,
            "--deny-sub",
        ),
    ] {
        for x in list.iter() {
            crate::nats::claims::validate_subject(x.split(' ').next().unwrap_or(x))
                .map_err(|e| Error::usage(format!("{flag} {x:?}: {e}")))?;
        }
        if create || !list.is_empty() {
            v[key] = json!(list);
        }
    }
    if let Some(d) = &p.description {
        v["description"] = json!(d);
    }
    if let Some(e) = &p.expires {
        let t = humantime::parse_rfc3339_weak(e.trim_end_matches('Z')).map_err(|x| {
            Error::usage(format!("--expires {e:?}: {x}")).hint("use e.g. 2027-01-01T00:00:00Z")
        })?;
        let pb = humantime::format_rfc3339_millis(t)
            .to_string()
            .replacen('T', " ", 1);
        v["jwt_expires_at"] = json!(pb);
    }
    Ok(v)
}

pub async fn run(app: &App, common: &Common, args: UserArgs) -> Result<Output> {
    let (_, cp) = connect(app, common).await?;
    cp.require_bootstrapped()?;
    let managed = cp.managed();
    match args.command {
        UserCommand::List(a) => {
            let filter = match &a.account {
                Some(x) => Some(format!(
                    "account_id = {}",
                    quote(s(&cp.account(x).await?, "id"))
                )),
                None => None,
            };
            let users = cp.list(USERS, filter.as_deref()).await?;
            let accounts = cp.list(ACCOUNTS, None).await?;
            let roles = cp.list(ROLES, None).await?;
            let name_of = |list: &[Value], id: &str| {
                list.iter()
                    .find(|r| s(r, "id") == id)
                    .map(|r| s(r, "name").to_string())
                    .unwrap_or_else(|| id.to_string())
            };
            let items: Vec<Value> = users
                .iter()
                .map(|u| {
                    let mut v = show(u, common, &cp);
                    v["account"] = json!(name_of(&accounts, s(u, "account_id")));
                    v["role"] = json!(name_of(&roles, s(u, "role_id")));
                    v
                })
                .collect();
            Ok(Output::list(
                Value::Array(items),
                columns(),
                "nats_username",
            ))
        }
        UserCommand::Get(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            Ok(Output::object(show(&u, common, &cp), "nats_username"))
        }
        UserCommand::Create(a) => {
            let account = cp.account(&a.account).await?;
            let role = cp.role(&a.role).await?;
            let zero: Vec<&str> = ROLE_LIMITS
                .iter()
                .copied()
                .filter(|f| crate::controlplane::i(&role, f) == 0)
                .collect();
            if !zero.is_empty() {
                app.ui.warn(format!(
                    "role {:?} has {} = 0, which blocks in NATS (-1 is unlimited); fix it with `pbctl nats role update {} --max-subscriptions -1 ...`",
                    s(&role, "name"),
                    zero.join(", "),
                    s(&role, "name")
                ));
            }
            let mut fields = crate::controlplane::tenancy::new_user_fields(
                &a.name,
                a.email.as_deref(),
                s(&account, "id"),
                s(&role, "id"),
                !a.inactive,
            );
            fields["bearer_token"] = json!(a.bearer);
            fields = crate::controlplane::merge(fields, perms_patch(&a.perms, true)?);
            let rec = cp.add_user(&app.ui, &account, &role, fields).await?;
            Ok(Output::done(
                format!(
                    "Created user {} in {} ({}). Get its creds with `pbctl nats user creds {}`.",
                    s(&rec, "nats_username"),
                    s(&account, "name"),
                    s(&rec, "public_key"),
                    s(&rec, "nats_username")
                ),
                show(&rec, common, &cp),
                "nats_username",
            ))
        }
        UserCommand::Update(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            let mut patch = perms_patch(&a.perms, false)?;
            if let Some(r) = &a.role {
                patch["role_id"] = json!(s(&cp.role(r).await?, "id"));
            }
            if let Some(x) = &a.move_to {
                let to = cp.account(x).await?;
                if s(&to, "id") != s(&u, "account_id") {
                    patch["account_id"] = json!(s(&to, "id"));
                }
            }
            if let Some(bearer) = a.bearer {
                patch["bearer_token"] = json!(bearer);
            }
            let rec = cp.change_user(&u, patch).await?;
            Ok(Output::done(
                format!("Updated user {}.", s(&rec, "nats_username")),
                show(&rec, common, &cp),
                "nats_username",
            ))
        }
        UserCommand::Delete(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            cp.remove_user(&u).await?;
            let next = if managed {
                " Its key is revoked; run `pbctl nats sync` to publish the revocation."
            } else {
                ""
            };
            Ok(Output::done(
                format!("Deleted user {}.{next}", s(&u, "nats_username")),
                json!({"id": s(&u, "id"), "nats_username": s(&u, "nats_username"), "public_key": s(&u, "public_key")}),
                "nats_username",
            ))
        }
        UserCommand::Creds(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            let creds = s(&u, "creds_file");
            if creds.is_empty() {
                return Err(Error::failed(format!(
                    "user {:?} has no creds yet",
                    s(&u, "nats_username")
                ))
                .hint("in server-managed mode pb-nats issues them; check `pbctl nats status`"));
            }
            match &a.file {
                None => Ok(Output::Text(creds.to_string())),
                Some(p) if p.as_os_str() == "-" => Ok(Output::Text(creds.to_string())),
                Some(p) => {
                    crate::fsutil::write_atomic(p, creds.as_bytes())?;
                    Ok(Output::done(
                        format!(
                            "Wrote the creds of {} to {} (mode 0600).",
                            s(&u, "nats_username"),
                            p.display()
                        ),
                        json!({"nats_username": s(&u, "nats_username"), "file": p}),
                        "file",
                    ))
                }
            }
        }
        UserCommand::Revoke(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            let rec = if managed {
                cp.revoke_user(&u).await?
            } else {
                let before = s(&u, "public_key").to_string();
                cp.update(USERS, s(&u, "id"), json!({"revoke": true}))
                    .await?;
                cp.wait_for(USERS, s(&u, "id"), &app.ui, "rotated the user's key", |r| {
                    s(r, "public_key") != before
                })
                .await?
            };
            Ok(Output::done(
                format!(
                    "Revoked the old key of {}; new key {}. Its old creds stop working after `pbctl nats sync`; get the new ones with `pbctl nats user creds`.",
                    s(&rec, "nats_username"),
                    s(&rec, "public_key")
                ),
                show(&rec, common, &cp),
                "nats_username",
            ))
        }
        UserCommand::Regenerate(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            let rec = if managed {
                if !b(&u, "active") {
                    return Err(Error::failed(format!(
                        "user {:?} is suspended: regenerating would undo the suspension",
                        s(&u, "nats_username")
                    ))
                    .hint("resume it with `pbctl nats user resume`"));
                }
                cp.reissue_user(&u, None, json!({"regenerate": false}))
                    .await?
            } else {
                let before = s(&u, "jwt").to_string();
                cp.update(USERS, s(&u, "id"), json!({"regenerate": true}))
                    .await?;
                cp.wait_for(
                    USERS,
                    s(&u, "id"),
                    &app.ui,
                    "reissued the user's JWT",
                    |r| s(r, "jwt") != before,
                )
                .await?
            };
            Ok(Output::done(
                format!(
                    "Reissued the JWT and creds of {}.",
                    s(&rec, "nats_username")
                ),
                show(&rec, common, &cp),
                "nats_username",
            ))
        }
        UserCommand::Suspend(a) => active(&cp, common, &a, false).await,
        UserCommand::Resume(a) => active(&cp, common, &a, true).await,
    }
}

async fn active(cp: &ControlPlane, common: &Common, a: &NameArg, on: bool) -> Result<Output> {
    let u = find(cp, &a.name, a.account.as_deref()).await?;
    if !on && cp.is_sys_user(&u).await? {
        return Err(Error::failed(
            "refusing to suspend the sys user; nothing was changed",
        ));
    }
    let rec = cp.set_user_active(&u, on).await?;
    let verb = if on { "Resumed" } else { "Suspended" };
    let next = if cp.managed() {
        " Run `pbctl nats sync` to publish it."
    } else {
        ""
    };
    Ok(Output::done(
        format!("{verb} user {}.{next}", s(&rec, "nats_username")),
        show(&rec, common, cp),
        "nats_username",
    ))
}
