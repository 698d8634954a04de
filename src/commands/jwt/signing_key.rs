//! `jwt account signing-key add|list|remove`: an account's signing keys, plain or scoped.
//!
//! A scoped signing key (`--role`) carries a template of permissions and limits; users
//! it signs carry none of their own and nats-server applies the template (like
//! `nsc edit signing-key --role`).

use super::JwtCommandContext;
use super::account::edit_account;
use super::sign::signing_keys_json;
use super::target::{AccountTarget, account_and_rest};
use super::user::{UserPermArgs, apply_perms};
use crate::error::{Error, Result};
use crate::nats::claims::{
    AccountClaims, ScopedSigningKey, SigningKey, UserClaims, UserPermissionLimits,
};
use crate::nats::keys::KeyPair;
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

#[derive(Debug, Clone, Args)]
#[command(
    about = "Signing keys of an account: plain, or scoped to a role with a permission template",
    after_help = "Examples:\n  pbctl jwt account signing-key add app --role orders --allow-pubsub 'orders.>'\n  pbctl jwt user add bob --account app --signing-key orders\n  pbctl jwt account signing-key list app\n  pbctl jwt account signing-key remove app --role orders"
)]
pub struct SigningKeyArgs {
    #[command(subcommand)]
    pub command: SigningKeyCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum SigningKeyCommand {
    Add(Box<SigningKeyAddArgs>),
    #[command(visible_alias = "ls")]
    List(SigningKeyListArgs),
    #[command(visible_alias = "rm")]
    Remove(SigningKeyRemoveArgs),
}

/// Add a signing key (scoped with --role) and re-sign the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "With --role the key is scoped: the permission and limit flags (those of `jwt user add`,\nplus --time and --locale) make its template, and every user issued with\n`jwt user add NAME --signing-key ROLE` gets exactly those permissions. Without --role\nit is a plain signing key.\n\nExamples:\n  pbctl jwt account signing-key add app --role orders --allow-pubsub 'orders.>' \\\n      --allow-sub '_INBOX.>'\n  pbctl jwt account signing-key add app --role readonly --allow-sub '>' --deny-pub '>'\n  pbctl jwt account signing-key add app"
)]
pub struct SigningKeyAddArgs {
    #[command(flatten)]
    pub target: AccountTarget,
    /// Role name: makes the key scoped, with a template from the permission flags
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// Description of the scope
    #[arg(long, value_name = "TEXT", requires = "role")]
    pub description: Option<String>,
    #[command(flatten)]
    pub perms: UserPermArgs,
}

/// List an account's signing keys and their scopes
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account signing-key list app\n  pbctl jwt account signing-key list --account app -o json"
)]
pub struct SigningKeyListArgs {
    #[command(flatten)]
    pub target: AccountTarget,
}

/// Remove a signing key (by public key or --role) and re-sign the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Users issued by the removed key stop working once the account is pushed; `jwt validate`\nlists them, and `jwt user edit NAME --account A` reissues one with another key.\n\nExamples:\n  pbctl jwt account signing-key remove app --role orders && pbctl jwt push app\n  pbctl jwt account signing-key remove app ABCD..."
)]
pub struct SigningKeyRemoveArgs {
    /// ACCOUNT KEY (or, with --account, just KEY)
    #[arg(value_name = "ACCOUNT KEY", num_args = 0..=2)]
    pub args: Vec<String>,
    /// Account name (then the argument is the key)
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    pub account: Option<String>,
    /// Remove the scoped key of this role
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
}

/// The template of a scoped key from the user permission flags. Flags that are not
/// permissions or limits (--expiry, --tag, --start) make no sense in a template.
pub fn template_from(perms: &UserPermArgs) -> Result<UserPermissionLimits> {
    let mut probe = UserClaims::new("", "");
    apply_perms(&mut probe, perms)?;
    if probe.exp != 0 || probe.nbf != 0 || !probe.nats.common.tags.is_empty() {
        return Err(Error::usage(
            "--expiry, --start and --tag belong to users, not to a signing key's template",
        ));
    }
    Ok(probe.nats.limits)
}

fn scope_json(sk: &SigningKey) -> Value {
    match sk.scope() {
        None => Value::Null,
        Some(s) => json!({
            "role": s.role,
            "description": s.description,
            "pub": {"allow": s.template.publish.allow, "deny": s.template.publish.deny},
            "sub": {"allow": s.template.subscribe.allow, "deny": s.template.subscribe.deny},
            "times": s.template.times,
            "timesLocation": s.template.times_location,
            "subs": s.template.subs, "data": s.template.data, "payload": s.template.payload,
            "bearer": s.template.bearer_token,
            "sourceNetworks": s.template.src,
            "connTypes": s.template.allowed_connection_types,
        }),
    }
}

fn keys_value(cx: &JwtCommandContext, account: &str, ac: &AccountClaims) -> Value {
    let mut rows = signing_keys_json(ac, &cx.store);
    if let Value::Array(list) = &mut rows {
        for (row, sk) in list.iter_mut().zip(ac.nats.signing_keys.iter()) {
            row["account"] = json!(account);
            row["scope"] = scope_json(sk);
        }
    }
    rows
}

pub fn signing_key_add(cx: &JwtCommandContext, a: Box<SigningKeyAddArgs>) -> Result<Output> {
    let account = a.target.name()?;
    let template = match &a.role {
        Some(role) => {
            if role.trim().is_empty() {
                return Err(Error::usage("--role cannot be empty"));
            }
            Some(template_from(&a.perms)?)
        }
        None => {
            if template_from(&a.perms)? != UserPermissionLimits::unlimited() {
                return Err(Error::usage(
                    "permission and limit flags need --role (they make a scoped key's template)",
                ));
            }
            None
        }
    };
    let sk = KeyPair::new_account();
    let store = cx.store.clone();
    let (ac, _) = edit_account(cx, &account, None, |ac, _| {
        if let Some(role) = &a.role {
            if ac.nats.scope_by_role(role).is_some() {
                return Err(Error::failed(format!(
                    "account \"{account}\" already has a signing key for role \"{role}\""
                ))
                .hint("remove it first with `pbctl jwt account signing-key remove`"));
            }
            let mut scope = ScopedSigningKey::new(
                sk.public_key(),
                role.clone(),
                template.clone().unwrap_or_default(),
            );
            scope.description = Some(a.description.clone().unwrap_or_default());
            ac.nats.add_scoped_signing_key(scope);
        } else {
            ac.nats.add_signing_key(sk.public_key());
        }
        store.save_key(&sk)
    })?;
    let key = sk.public_key().to_string();
    let row = keys_value(cx, &account, &ac)
        .as_array()
        .and_then(|l| l.iter().find(|r| r["key"] == key.as_str()).cloned())
        .unwrap_or_else(|| json!({"key": key}));
    let what = match &a.role {
        Some(r) => format!("Scoped signing key {key} (role \"{r}\")"),
        None => format!("Signing key {key}"),
    };
    Ok(Output::done(
        format!(
            "{what} added to account \"{account}\"; push the account to make servers trust it."
        ),
        row,
        "key",
    ))
}

pub fn signing_key_list(cx: &JwtCommandContext, a: SigningKeyListArgs) -> Result<Output> {
    let account = a.target.name()?;
    let op = cx.op()?;
    let (_, ac) = op.account_claims(&account)?;
    Ok(Output::list(
        keys_value(cx, &account, &ac),
        vec![
            Column::new("KEY", "key"),
            Column::new("ROLE", "role"),
            Column::new("SCOPED", "scoped"),
            Column::new("SEED IN STORE", "seedInStore"),
            Column::wide("PUB ALLOW", "scope.pub.allow"),
            Column::wide("SUB ALLOW", "scope.sub.allow"),
        ],
        "key",
    ))
}

pub fn signing_key_remove(cx: &JwtCommandContext, a: SigningKeyRemoveArgs) -> Result<Output> {
    let (account, rest) = account_and_rest(a.account.as_deref(), &a.args)?;
    let key_arg = match (rest.as_slice(), &a.role) {
        ([k], None) => Some(k.clone()),
        ([], Some(_)) => None,
        ([], None) => {
            return Err(Error::usage(
                "which key? pass the public key or --role ROLE",
            ));
        }
        (_, _) => {
            return Err(Error::usage(
                "give either the public key or --role, and one account",
            ));
        }
    };
    let mut removed = String::new();
    let mut role = None;
    let (ac, _) = edit_account(cx, &account, None, |ac, _| {
        let key = match (&key_arg, &a.role) {
            (Some(k), _) => k.clone(),
            (None, Some(r)) => {
                ac.nats
                    .scope_by_role(r)
                    .map(|s| s.key.clone())
                    .ok_or_else(|| {
                        Error::not_found(format!(
                            "account \"{account}\" has no signing key for role \"{r}\""
                        ))
                    })?
            }
            (None, None) => {
                return Err(Error::usage(
                    "which key? pass the public key or --role ROLE",
                ));
            }
        };
        role = ac
            .nats
            .signing_key(&key)
            .and_then(SigningKey::scope)
            .map(|s| s.role.clone());
        if !ac.nats.remove_signing_key(&key) {
            return Err(Error::not_found(format!(
                "{key} is not a signing key of account \"{account}\""
            )));
        }
        removed = key;
        Ok(())
    })?;
    // Users issued by the removed key are no longer valid.
    let op = cx.op()?;
    let mut orphans = Vec::new();
    for u in op.users(&account)? {
        if let Ok((_, uc)) = op.user_claims(&account, &u)
            && uc.iss == removed
        {
            orphans.push(u);
        }
    }
    if !orphans.is_empty() {
        cx.app.ui.warn(format!(
            "users issued by the removed key stop working after the next push: {}; reissue them with `pbctl jwt user edit NAME --account {account}`",
            orphans.join(", ")
        ));
    }
    Ok(Output::done(
        format!(
            "Signing key {removed}{} removed from account \"{account}\"; push the account to apply it.",
            role.as_ref()
                .map(|r| format!(" (role \"{r}\")"))
                .unwrap_or_default()
        ),
        json!({"account": account, "key": removed, "role": role, "orphanedUsers": orphans, "signingKeys": keys_value(cx, &account, &ac)}),
        "key",
    ))
}

/// The key that signs a user.
pub struct UserSigner {
    pub key: KeyPair,
    /// Set `issuer_account` (a signing key signs).
    pub issuer_account: bool,
    /// A scoped key: the user carries no permissions or limits of its own.
    pub scoped: bool,
}

/// Choose the key that signs a user: `choice` (`--signing-key`: a role of a scoped key, or
/// the public key of a signing key), else the key that signed it before when that is a
/// scoped key of the account (`user edit` keeps a scoped user scoped), else the
/// account's default signer.
pub fn user_signer(
    store: &crate::jwt_store::Store,
    oc: &crate::nats::claims::OperatorClaims,
    ac: &AccountClaims,
    choice: Option<&str>,
    previous_issuer: Option<&str>,
) -> Result<UserSigner> {
    let found = match choice {
        Some(c) => Some(
            ac.nats
                .signing_keys
                .iter()
                .find(|k| k.scope().is_some_and(|s| s.role == c) || k.key() == c)
                .ok_or_else(|| {
                    let roles: Vec<&str> = ac
                        .nats
                        .signing_keys
                        .iter()
                        .filter_map(|k| k.scope().map(|s| s.role.as_str()))
                        .collect();
                    Error::not_found(format!(
                        "account \"{}\" has no signing key {c:?} (neither a role nor a public key)",
                        ac.name
                    ))
                    .hint(if roles.is_empty() {
                        format!(
                            "add one with `pbctl jwt account signing-key add {} --role {c} ...`",
                            ac.name
                        )
                    } else {
                        format!("its roles: {}", roles.join(", "))
                    })
                })?,
        ),
        None => previous_issuer.and_then(|k| {
            ac.nats
                .signing_key(k)
                .filter(|sk| sk.scope().is_some() && store.has_key(k))
        }),
    };
    match found {
        Some(sk) => Ok(UserSigner {
            key: store.require_key(sk.key(), "account signing key")?,
            issuer_account: true,
            scoped: sk.scope().is_some(),
        }),
        None => {
            let (key, issuer_account) = super::sign::account_signer(store, oc, ac)?;
            Ok(UserSigner {
                key,
                issuer_account,
                scoped: false,
            })
        }
    }
}

/// For a user issued by a scoped key: permission or limit flags are a usage error.
pub fn refuse_scoped_perms(perms: &UserPermArgs) -> Result<()> {
    let mut probe = UserClaims::new("", "");
    apply_perms(&mut probe, perms)?;
    if probe.nats.limits != UserPermissionLimits::unlimited() {
        return Err(Error::usage(
            "a user issued by a scoped signing key has no permissions or limits of its own: the key's template applies",
        )
        .hint("drop the permission flags, or change the template with `pbctl jwt account signing-key`"));
    }
    Ok(())
}
