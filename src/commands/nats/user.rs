//! `pbctl nats user ...`: NATS users (the nats_users auth collection).

use super::{NatsCommonFlags, connect, show};
use crate::app::App;
use crate::commands::nats_flags::{ExpiryFlag, SubjectPermissionFlags, control_plane_spelling};
use crate::controlplane::names::*;
use crate::controlplane::{ControlPlane, RecordFields, of_account};
use crate::error::{Error, Result};
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};
use std::path::PathBuf;

#[derive(Debug, Clone, Args)]
#[command(
    about = "NATS users (nats_users)",
    after_help = "Examples:\n  pbctl nats user create alice --account acme --role reader\n  pbctl nats user creds alice -O alice.creds\n  pbctl nats user revoke alice"
)]
pub struct NatsUserArgs {
    #[command(subcommand)]
    pub command: NatsUserCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum NatsUserCommand {
    #[command(visible_alias = "ls")]
    List(NatsUserListArgs),
    /// Show a user (--show-seeds reveals its seed)
    #[command(
        after_help = "Examples:\n  pbctl nats user get alice\n  pbctl nats user get alice --account acme -o json"
    )]
    Get(NatsUserNameArg),
    Create(NatsUserCreateArgs),
    Update(NatsUserUpdateArgs),
    /// Delete a user (its creds stop working after `pbctl nats sync`)
    #[command(
        visible_alias = "rm",
        after_help = "Examples:\n  pbctl nats user delete alice\n  pbctl nats user rm alice --account acme"
    )]
    Delete(NatsUserNameArg),
    Creds(NatsUserCredsArgs),
    /// Revoke a user's key: it gets a new key and creds, the old creds stop working
    #[command(
        after_help = "Examples:\n  pbctl nats user revoke alice\n  pbctl nats user revoke alice && pbctl nats user creds alice -O alice.creds"
    )]
    Revoke(NatsUserNameArg),
    /// Re-issue a user's JWT and creds with the same key (after a role change, say)
    #[command(
        after_help = "Examples:\n  pbctl nats user regenerate alice\n  pbctl nats user regenerate alice --account acme"
    )]
    Regenerate(NatsUserNameArg),
    /// Suspend a user: it can no longer connect until resumed
    #[command(
        after_help = "Examples:\n  pbctl nats user suspend alice\n  pbctl nats user suspend alice --account acme"
    )]
    Suspend(NatsUserNameArg),
    /// Resume a suspended user
    #[command(
        after_help = "Examples:\n  pbctl nats user resume alice\n  pbctl nats user resume alice --account acme"
    )]
    Resume(NatsUserNameArg),
}

/// List users
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats user list\n  pbctl nats user list --account acme -o wide"
)]
pub struct NatsUserListArgs {
    /// Only users of this account (record id or name)
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub account: Option<String>,
}

/// A user by record id or unique name (each subcommand sets its own about and examples)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats user get alice\n  pbctl nats user suspend alice --account acme\n  pbctl nats user revoke alice"
)]
pub struct NatsUserNameArg {
    /// User record id or nats_username
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_users))]
    pub name: String,
    /// The user's account, when the name is not unique
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub account: Option<String>,
}

/// Per-user permissions, added to the role's
#[derive(Debug, Args, Default, Clone)]
pub struct NatsUserPerms {
    #[command(flatten)]
    pub subjects: SubjectPermissionFlags,
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    #[command(flatten)]
    pub expiry: ExpiryFlag,
}

/// Create a user: key pair, JWT and creds (email and password generated if not given)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "--pub, --sub, --deny-pub and --deny-sub add to the permissions of the role.\n\nExamples:\n  pbctl nats user create alice --account acme --role reader\n  pbctl nats user create bob --account acme --role reader --pub 'acme.bob.>' \\\n      --email bob@example.com"
)]
#[command(mut_args(control_plane_spelling))]
pub struct NatsUserCreateArgs {
    /// nats_username
    pub name: String,
    /// Account (record id or name)
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub account: String,
    /// Role (record id or name)
    #[arg(long, value_name = "R", add = ArgValueCandidates::new(crate::commands::candidates::nats_roles))]
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
    pub perms: NatsUserPerms,
}

/// Change a user's role, account or permissions (its JWT and creds are reissued)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "--pub, --sub, --deny-pub and --deny-sub add to the permissions of the role.\n\nExamples:\n  pbctl nats user update alice --role writer\n  pbctl nats user update alice --pub 'acme.alice.>'"
)]
#[command(mut_args(control_plane_spelling))]
pub struct NatsUserUpdateArgs {
    /// User record id or nats_username
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_users))]
    pub name: String,
    /// The user's current account, when the name is not unique
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub account: Option<String>,
    /// New role
    #[arg(long, value_name = "R", add = ArgValueCandidates::new(crate::commands::candidates::nats_roles))]
    pub role: Option<String>,
    /// Move to another account
    #[arg(long, value_name = "ACCOUNT")]
    pub move_to: Option<String>,
    /// Bearer token user
    #[arg(long, value_name = "BOOL")]
    pub bearer: Option<bool>,
    #[command(flatten)]
    pub perms: NatsUserPerms,
}

/// Write the user's creds file (mode 0600), or print it
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl nats user creds alice -O alice.creds\n  pbctl nats user creds alice -O - | nats --creds /dev/stdin pub acme.x hi\n  pbctl nats user creds alice --nats-context alice-prod && nats --context alice-prod pub acme.x hi"
)]
pub struct NatsUserCredsArgs {
    /// User record id or nats_username
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::nats_users))]
    pub name: String,
    /// The account [default: the only account besides SYS]
    #[arg(long, value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::nats_accounts))]
    pub account: Option<String>,
    /// File to write (mode 0600); `-` for stdout [default: stdout]
    #[arg(short = 'O', long = "out", alias = "output-file", value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "file")]
    pub force: bool,
    /// Write a nats CLI context of this name instead (`nats --context CTX` then connects as
    /// the user); its creds file goes to $PBCTL_DATA_DIR/nats-creds/CTX.creds (0600)
    #[arg(long, value_name = "CTX", conflicts_with = "file")]
    pub nats_context: Option<String>,
    /// NATS URL(s) for --nats-context, comma-separated [default: the context's nats.url]
    #[arg(long, value_name = "U", requires = "nats_context")]
    pub nats_url: Option<String>,
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

fn perms_patch(p: &NatsUserPerms, create: bool) -> Result<Value> {
    let mut v = p.subjects.control_plane_patch(create)?;
    if let Some(d) = &p.description {
        v["description"] = json!(d);
    }
    if let Some(exp) = p.expiry.unix()? {
        v["jwt_expires_at"] = json!(crate::controlplane::mint::pb_date(exp));
    }
    Ok(v)
}

pub async fn run(app: &App, common: &NatsCommonFlags, args: NatsUserArgs) -> Result<Output> {
    let (target, cp) = connect(app, common).await?;
    cp.require_bootstrapped()?;
    let pbctl_mints = cp.pbctl_mints();
    match args.command {
        NatsUserCommand::List(a) => {
            let filter = match &a.account {
                Some(x) => Some(of_account(&cp.account(x).await?)),
                None => None,
            };
            let users = cp.list(USERS, filter.as_deref()).await?;
            let accounts = cp.list(ACCOUNTS, None).await?;
            let roles = cp.list(ROLES, None).await?;
            let name_of = |list: &[Value], id: &str| {
                list.iter()
                    .find(|r| r.str_field("id") == id)
                    .map(|r| r.str_field("name").to_string())
                    .unwrap_or_else(|| id.to_string())
            };
            let items: Vec<Value> = users
                .iter()
                .map(|u| {
                    let mut v = show(u, common, &cp);
                    v["account"] = json!(name_of(&accounts, u.str_field("account_id")));
                    v["role"] = json!(name_of(&roles, u.str_field("role_id")));
                    v
                })
                .collect();
            Ok(Output::list(
                Value::Array(items),
                columns(),
                "nats_username",
            ))
        }
        NatsUserCommand::Get(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            Ok(Output::object(show(&u, common, &cp), "nats_username"))
        }
        NatsUserCommand::Create(a) => {
            let account = cp.account(&a.account).await?;
            let role = cp.role(&a.role).await?;
            let zero: Vec<&str> = ROLE_LIMITS
                .iter()
                .copied()
                .filter(|f| role.int_field(f) == 0)
                .collect();
            if !zero.is_empty() {
                app.ui.warn(format!(
                    "role {:?} has {} = 0, which blocks in NATS (-1 is unlimited); fix it with `pbctl nats role update {} --max-subscriptions -1 ...`",
                    role.str_field("name"),
                    zero.join(", "),
                    role.str_field("name")
                ));
            }
            let mut fields = crate::controlplane::tenancy::new_user_fields(
                &a.name,
                a.email.as_deref(),
                account.str_field("id"),
                role.str_field("id"),
                !a.inactive,
            );
            fields["bearer_token"] = json!(a.bearer);
            fields = crate::controlplane::merge(fields, perms_patch(&a.perms, true)?);
            let rec = cp.add_user(&app.ui, &account, &role, fields).await?;
            Ok(Output::done(
                format!(
                    "Created user {} in {} ({}). Get its creds with `pbctl nats user creds {}`.",
                    rec.str_field("nats_username"),
                    account.str_field("name"),
                    rec.str_field("public_key"),
                    rec.str_field("nats_username")
                ),
                show(&rec, common, &cp),
                "nats_username",
            ))
        }
        NatsUserCommand::Update(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            let mut patch = perms_patch(&a.perms, false)?;
            if let Some(r) = &a.role {
                patch["role_id"] = json!(cp.role(r).await?.str_field("id"));
            }
            if let Some(x) = &a.move_to {
                let to = cp.account(x).await?;
                if to.str_field("id") != u.str_field("account_id") {
                    patch["account_id"] = json!(to.str_field("id"));
                }
            }
            if let Some(bearer) = a.bearer {
                patch["bearer_token"] = json!(bearer);
            }
            let rec = cp.change_user(&u, patch).await?;
            Ok(Output::done(
                format!("Updated user {}.", rec.str_field("nats_username")),
                show(&rec, common, &cp),
                "nats_username",
            ))
        }
        NatsUserCommand::Delete(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            cp.remove_user(&u).await?;
            let next = if pbctl_mints {
                " Its key is revoked; run `pbctl nats sync` to publish the revocation."
            } else {
                ""
            };
            Ok(Output::done(
                format!("Deleted user {}.{next}", u.str_field("nats_username")),
                json!({"id": u.str_field("id"), "nats_username": u.str_field("nats_username"), "public_key": u.str_field("public_key")}),
                "nats_username",
            ))
        }
        NatsUserCommand::Creds(a) => {
            let overwrite = crate::fsutil::Overwrite::from_force(a.force);
            if let Some(p) = a.file.as_deref().filter(|p| p.as_os_str() != "-") {
                crate::fsutil::check_destination(p, overwrite)?;
            }
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            let creds = u.str_field("creds_file");
            if creds.is_empty() {
                return Err(Error::failed(format!(
                    "user {:?} has no creds yet",
                    u.str_field("nats_username")
                ))
                .hint("in server-managed mode pb-nats issues them; check `pbctl nats status`"));
            }
            if let Some(ctx) = &a.nats_context {
                let url = a
                    .nats_url
                    .clone()
                    .or_else(|| target.nats.url.clone())
                    .ok_or_else(|| {
                        Error::usage("no NATS URL for the nats context: pass --nats-url").hint(
                            "or set the context's NATS URL (`pbctl context set NAME nats.url=U`)",
                        )
                    })?;
                crate::config::check_nats_url(&url)?;
                let name = u.str_field("nats_username");
                let written = crate::nats_context::write(
                    ctx,
                    &url,
                    creds,
                    &format!("pbctl nats: user {name}"),
                )?;
                return Ok(Output::done(
                    format!(
                        "nats context \"{ctx}\" {} ({}) for user {name}; creds in {} (mode 0600). Use it with `nats --context {ctx}`.",
                        if written.updated {
                            "updated"
                        } else {
                            "created"
                        },
                        written.context_file.display(),
                        written.creds_file.display()
                    ),
                    json!({"name": ctx, "nats_username": name, "url": url, "contextFile": written.context_file, "credsFile": written.creds_file}),
                    "name",
                ));
            }
            match &a.file {
                None => Ok(Output::Text(creds.to_string())),
                Some(p) if p.as_os_str() == "-" => Ok(Output::Text(creds.to_string())),
                Some(p) => {
                    crate::fsutil::write_file(p, creds.as_bytes(), overwrite)?;
                    Ok(Output::done(
                        format!(
                            "Wrote the creds of {} to {} (mode 0600).",
                            u.str_field("nats_username"),
                            p.display()
                        ),
                        json!({"nats_username": u.str_field("nats_username"), "file": p}),
                        "file",
                    ))
                }
            }
        }
        NatsUserCommand::Revoke(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            let rec = if pbctl_mints {
                cp.revoke_user(&u).await?
            } else {
                let before = u.str_field("public_key").to_string();
                cp.update(USERS, u.str_field("id"), json!({"revoke": true}))
                    .await?;
                cp.wait_for(
                    USERS,
                    u.str_field("id"),
                    &app.ui,
                    "rotated the user's key",
                    |r| r.str_field("public_key") != before,
                )
                .await?
            };
            Ok(Output::done(
                format!(
                    "Revoked the old key of {}; new key {}. Its old creds stop working after `pbctl nats sync`; get the new ones with `pbctl nats user creds`.",
                    rec.str_field("nats_username"),
                    rec.str_field("public_key")
                ),
                show(&rec, common, &cp),
                "nats_username",
            ))
        }
        NatsUserCommand::Regenerate(a) => {
            let u = find(&cp, &a.name, a.account.as_deref()).await?;
            let rec = if pbctl_mints {
                if !u.bool_field("active") {
                    return Err(Error::failed(format!(
                        "user {:?} is suspended: regenerating would undo the suspension",
                        u.str_field("nats_username")
                    ))
                    .hint("resume it with `pbctl nats user resume`"));
                }
                cp.reissue_user(&u, None, json!({"regenerate": false}))
                    .await?
            } else {
                let before = u.str_field("jwt").to_string();
                cp.update(USERS, u.str_field("id"), json!({"regenerate": true}))
                    .await?;
                cp.wait_for(
                    USERS,
                    u.str_field("id"),
                    &app.ui,
                    "reissued the user's JWT",
                    |r| r.str_field("jwt") != before,
                )
                .await?
            };
            Ok(Output::done(
                format!(
                    "Reissued the JWT and creds of {}.",
                    rec.str_field("nats_username")
                ),
                show(&rec, common, &cp),
                "nats_username",
            ))
        }
        NatsUserCommand::Suspend(a) => active(&cp, common, &a, false).await,
        NatsUserCommand::Resume(a) => active(&cp, common, &a, true).await,
    }
}

async fn active(
    cp: &ControlPlane,
    common: &NatsCommonFlags,
    a: &NatsUserNameArg,
    on: bool,
) -> Result<Output> {
    let u = find(cp, &a.name, a.account.as_deref()).await?;
    if !on && cp.is_sys_user(&u).await? {
        return Err(Error::failed(
            "refusing to suspend the sys user; nothing was changed",
        ));
    }
    let rec = cp.set_user_active(&u, on).await?;
    let verb = if on { "Resumed" } else { "Suspended" };
    let next = if cp.pbctl_mints() {
        " Run `pbctl nats sync` to publish it."
    } else {
        ""
    };
    Ok(Output::done(
        format!("{verb} user {}.{next}", rec.str_field("nats_username")),
        show(&rec, common, cp),
        "nats_username",
    ))
}
