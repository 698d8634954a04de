//! `jwt account add|edit|list|show|delete`: accounts signed by the operator.

use super::JwtCommandContext;
use super::exports::{AccountExportArgs, AccountImportArgs};
use super::mapping::MappingArgs;
use super::sign::{account_json, operator_signer, sign_account};
use super::signing_key::SigningKeyArgs;
use crate::commands::nats_flags::{AccountLimitFlags, ExpiryFlag, parse_limit};
use crate::error::{Error, Result};
use crate::jwt_store::{OperatorStore, validate_name};
use crate::nats::claims::{AccountClaims, JetStreamLimits, OperatorClaims, add_tag};
use crate::nats::keys::KeyPair;
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};

#[derive(Debug, Clone, Args)]
#[command(
    about = "Manage accounts",
    after_help = "Examples:\n  pbctl jwt account add app --conns 100 --js-disk-storage 1G\n  pbctl jwt account list\n  pbctl jwt account show app -o json"
)]
pub struct AccountArgs {
    #[command(subcommand)]
    pub command: AccountCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum AccountCommand {
    Add(AccountAddArgs),
    Edit(AccountEditArgs),
    #[command(visible_alias = "ls")]
    List(AccountListArgs),
    Show(AccountShowArgs),
    #[command(visible_alias = "rm")]
    Delete(AccountDeleteArgs),
    Export(AccountExportArgs),
    Import(AccountImportArgs),
    SigningKey(SigningKeyArgs),
    Mapping(MappingArgs),
}

/// Account limits; -1 means unlimited and is the default. Sizes accept k, m, g, t
/// (powers of 1000) and kib, mib, gib, tib (powers of 1024).
#[derive(Debug, Args, Default, Clone)]
pub struct AccountLimitArgs {
    #[command(flatten)]
    pub common: AccountLimitFlags,
    /// Max leaf node connections
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub leaf_conns: Option<i64>,
    /// Max imports
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub imports: Option<i64>,
    /// Max exports
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub exports: Option<i64>,
    /// Allow wildcard exports
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub wildcard_exports: Option<bool>,
    /// Refuse bearer-token users
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub disallow_bearer: Option<bool>,
    /// JetStream max streams
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_streams: Option<i64>,
    /// JetStream max consumers
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_consumer: Option<i64>,
    /// JetStream max ack pending
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_max_ack_pending: Option<i64>,
}

/// Create an account signed by the operator
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account add app\n  pbctl jwt account add tenant-42 --conns 10 --subs 1000 --payload 1MiB\n  pbctl jwt account add legacy --sign-with identity"
)]
pub struct AccountAddArgs {
    /// Account name
    pub name: String,
    #[command(flatten)]
    pub limits: AccountLimitArgs,
    /// Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)
    #[arg(long, value_name = "R1|R3", value_parser = parse_js_tier)]
    pub js_tier: Option<String>,
    /// Give the account a signing key for its users (the default)
    #[arg(long)]
    pub add_signing_key: bool,
    /// Do not give the account a signing key (users are then signed by its identity key)
    #[arg(long, conflicts_with = "add_signing_key")]
    pub no_signing_key: bool,
    /// Operator key that signs: `identity` or an operator signing key [default: newest signing key]
    #[arg(long, value_name = "KEY")]
    pub sign_with: Option<String>,
    /// Description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Add a tag
    #[arg(long, value_name = "T")]
    pub tag: Vec<String>,
    #[command(flatten)]
    pub expiry: ExpiryFlag,
}

/// Change an account and re-sign it
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Without flags, the account is just re-signed (with the newest operator signing key).\n\nExamples:\n  pbctl jwt account edit app --conns 1\n  pbctl jwt account edit app --add-signing-key\n  pbctl jwt account edit app --remove-signing-key ABCD...\n  pbctl jwt account edit app --sign-with OB6C..."
)]
pub struct AccountEditArgs {
    /// Account name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub name: String,
    #[command(flatten)]
    pub limits: AccountLimitArgs,
    /// Apply the --js-* flags to this JetStream tier (R1, R3: tiered limits)
    #[arg(long, value_name = "R1|R3", value_parser = parse_js_tier)]
    pub js_tier: Option<String>,
    /// Generate and add a new account signing key
    #[arg(long)]
    pub add_signing_key: bool,
    /// Remove this account signing key
    #[arg(long, value_name = "K")]
    pub remove_signing_key: Vec<String>,
    /// Operator key that signs: `identity` or an operator signing key [default: newest signing key]
    #[arg(long, value_name = "KEY")]
    pub sign_with: Option<String>,
    /// Description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Add a tag
    #[arg(long, value_name = "T")]
    pub tag: Vec<String>,
    #[command(flatten)]
    pub expiry: ExpiryFlag,
}

/// List accounts
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl jwt account list\n  pbctl jwt account list -o wide")]
pub struct AccountListArgs {}

/// Show an account's claims
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account show app\n  pbctl jwt account show app --raw"
)]
pub struct AccountShowArgs {
    /// The account's name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub name: String,
}

/// Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account delete old-tenant --yes\n  pbctl jwt push --prune"
)]
pub struct AccountDeleteArgs {
    /// The account's name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub name: String,
    /// Also delete the seeds of the account and its users from the key directory
    #[arg(long)]
    pub rm_keys: bool,
}

fn apply_limits(ac: &mut AccountClaims, l: &AccountLimitArgs, tier: Option<&str>) -> Result<()> {
    let lim = &mut ac.nats.limits;
    let set = |dst: &mut i64, v: Option<i64>| {
        if let Some(v) = v {
            *dst = v;
        }
    };
    set(&mut lim.conn, l.common.conns);
    set(&mut lim.leaf, l.leaf_conns);
    set(&mut lim.subs, l.common.subs);
    set(&mut lim.data, l.common.data);
    set(&mut lim.payload, l.common.payload);
    set(&mut lim.imports, l.imports);
    set(&mut lim.exports, l.exports);
    if let Some(b) = l.wildcard_exports {
        lim.wildcards = b;
    }
    if let Some(b) = l.disallow_bearer {
        lim.disallow_bearer = b;
    }
    let js_flags = [
        l.common.js_mem_storage,
        l.common.js_disk_storage,
        l.js_streams,
        l.js_consumer,
        l.js_max_ack_pending,
    ];
    if js_flags.iter().all(Option::is_none) {
        return Ok(());
    }
    // Global and tiered JetStream limits exclude each other (the server refuses both).
    let js = match tier {
        Some(t) => {
            if lim.jetstream != JetStreamLimits::default() {
                return Err(Error::usage(
                    "the account has global JetStream limits; tiered limits (--js-tier) cannot be added to it",
                )
                .hint("set the global limits to 0 first (--js-mem-storage 0 --js-disk-storage 0 ...)"));
            }
            lim.tiered_limits.entry(t.to_string()).or_default()
        }
        None => {
            if !lim.tiered_limits.is_empty() {
                return Err(Error::usage(format!(
                    "the account has tiered JetStream limits ({}); say which tier with --js-tier",
                    lim.tiered_limits
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            &mut lim.jetstream
        }
    };
    set(&mut js.mem_storage, l.common.js_mem_storage);
    set(&mut js.disk_storage, l.common.js_disk_storage);
    set(&mut js.streams, l.js_streams);
    set(&mut js.consumer, l.js_consumer);
    set(&mut js.max_ack_pending, l.js_max_ack_pending);
    Ok(())
}

/// `--js-tier`: `R1`, `r1` or `1` (replicas) → `R1`.
pub fn parse_js_tier(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    let n = t.strip_prefix(['R', 'r']).unwrap_or(t);
    match n.parse::<u8>() {
        Ok(r) if r >= 1 => Ok(format!("R{r}")),
        _ => Err(format!("{s:?} is not a JetStream tier (R1, R3, ...)")),
    }
}

pub fn account_add(cx: &JwtCommandContext, a: AccountAddArgs) -> Result<Output> {
    validate_name("account", &a.name)?;
    let op = cx.op()?;
    let store = &cx.store;
    let _lock = op.lock()?;
    if op.has_account(&a.name) {
        return Err(
            Error::failed(format!("account \"{}\" already exists", a.name)).hint(format!(
                "change it with `pbctl jwt account edit {}`",
                a.name
            )),
        );
    }
    let (_, oc) = op.operator_claims()?;
    let signer = operator_signer(store, &oc, a.sign_with.as_deref())?;
    let akp = KeyPair::new_account();
    store.save_key(&akp)?;
    let mut ac = AccountClaims::new(akp.public_key(), &a.name);
    if !a.no_signing_key {
        let sk = KeyPair::new_account();
        store.save_key(&sk)?;
        ac.nats.add_signing_key(sk.public_key());
    }
    apply_limits(&mut ac, &a.limits, a.js_tier.as_deref())?;
    if let Some(d) = &a.description {
        ac.nats.description = d.clone();
    }
    for t in &a.tag {
        add_tag(&mut ac.nats.common.tags, t);
    }
    if let Some(exp) = a.expiry.unix()? {
        ac.exp = exp;
    }
    let token = sign_account(&mut ac, &signer, 0)?;
    op.write_account(&a.name, &token)?;
    Ok(Output::done(
        format!(
            "Account \"{}\" created ({}), signed by {}.",
            a.name,
            akp.public_key(),
            signer.public_key()
        ),
        account_json(&a.name, &ac, &oc, store, Some(0)),
        "name",
    ))
}

/// Load, change and re-sign an account under the store lock.
pub(super) fn edit_account(
    cx: &JwtCommandContext,
    name: &str,
    sign_with: Option<&str>,
    change: impl FnOnce(&mut AccountClaims, &OperatorStore) -> Result<()>,
) -> Result<(AccountClaims, OperatorClaims)> {
    let op = cx.op()?;
    let _lock = op.lock()?;
    let (_, oc) = op.operator_claims()?;
    let (_, mut ac) = op.account_claims(name)?;
    change(&mut ac, &op)?;
    let signer = operator_signer(&cx.store, &oc, sign_with)?;
    let prev = ac.iat;
    let token = sign_account(&mut ac, &signer, prev)?;
    op.write_account(name, &token)?;
    Ok((ac, oc))
}

pub fn account_edit(cx: &JwtCommandContext, a: AccountEditArgs) -> Result<Output> {
    let store = cx.store.clone();
    let mut added = None;
    let (ac, oc) = edit_account(cx, &a.name, a.sign_with.as_deref(), |ac, _| {
        apply_limits(ac, &a.limits, a.js_tier.as_deref())?;
        if a.add_signing_key {
            let sk = KeyPair::new_account();
            store.save_key(&sk)?;
            ac.nats.add_signing_key(sk.public_key());
            added = Some(sk.public_key().to_string());
        }
        for k in &a.remove_signing_key {
            if !ac.nats.remove_signing_key(k) {
                return Err(Error::not_found(format!(
                    "{k} is not a signing key of account \"{}\"",
                    a.name
                )));
            }
        }
        if let Some(d) = &a.description {
            ac.nats.description = d.clone();
        }
        for t in &a.tag {
            add_tag(&mut ac.nats.common.tags, t);
        }
        if let Some(exp) = a.expiry.unix()? {
            ac.exp = exp;
        }
        Ok(())
    })?;
    if !a.remove_signing_key.is_empty() {
        cx.app.ui.warn(
            "users signed by a removed signing key are no longer valid; reissue them with `pbctl jwt user edit NAME --account ACCOUNT`",
        );
    }
    let mut value = account_json(&a.name, &ac, &oc, &cx.store, None);
    value["addedSigningKey"] = json!(added);
    Ok(Output::done(
        format!(
            "Account \"{}\" updated and re-signed by {}.",
            a.name, ac.iss
        ),
        value,
        "name",
    ))
}

pub fn account_list(cx: &JwtCommandContext) -> Result<Output> {
    let op = cx.op()?;
    let (_, oc) = op.operator_claims()?;
    let mut rows = Vec::new();
    for name in op.accounts()? {
        let users = op.users(&name)?.len();
        match op.account_claims(&name) {
            Ok((_, ac)) => rows.push(account_json(&name, &ac, &oc, &cx.store, Some(users))),
            Err(e) => rows.push(json!({"name": name, "status": e.message})),
        }
    }
    Ok(Output::list(
        Value::Array(rows),
        vec![
            Column::new("NAME", "name"),
            Column::new("PUBLIC KEY", "publicKey"),
            Column::new("USERS", "users").count(),
            Column::new("CONNS", "limits.conns").count(),
            Column::new("STATUS", "status"),
            Column::wide("SIGNED BY", "signedBy"),
            Column::wide("ISSUED", "issuedAt"),
            Column::wide("EXPIRES", "expires"),
        ],
        "name",
    ))
}

pub fn account_show(cx: &JwtCommandContext, a: AccountShowArgs) -> Result<Output> {
    let op = cx.op()?;
    let (token, ac) = op.account_claims(&a.name)?;
    if cx.raw_requested() {
        return Ok(Output::Text(format!("{token}\n")));
    }
    let (_, oc) = op.operator_claims()?;
    let users = op.users(&a.name)?.len();
    Ok(Output::object(
        account_json(&a.name, &ac, &oc, &cx.store, Some(users)),
        "name",
    ))
}

pub fn account_delete(cx: &JwtCommandContext, a: AccountDeleteArgs) -> Result<Output> {
    let op = cx.op()?;
    let (_, oc) = op.operator_claims()?;
    let (_, ac) = op.account_claims(&a.name)?;
    if ac.sub == oc.nats.system_account {
        return Err(Error::failed("the system account cannot be deleted"));
    }
    cx.app
        .ui
        .confirm(&format!("delete account \"{}\" and its users", a.name))?;
    let _lock = op.lock()?;
    let users = op.users(&a.name)?;
    let mut removed_keys = Vec::new();
    if a.rm_keys {
        removed_keys.push(ac.sub.clone());
        removed_keys.extend(ac.nats.signing_keys.iter().map(|k| k.key().to_string()));
        for u in &users {
            if let Ok((_, uc)) = op.user_claims(&a.name, u) {
                removed_keys.push(uc.sub);
            }
        }
    }
    op.remove_account(&a.name)?;
    for k in &removed_keys {
        let _ = std::fs::remove_file(cx.store.key_path(k));
    }
    Ok(Output::done(
        format!(
            "Account \"{}\" ({}) and its {} users deleted from the store; `pbctl jwt push --prune` removes it from NATS.",
            a.name,
            ac.sub,
            users.len()
        ),
        json!({"name": a.name, "publicKey": ac.sub, "deletedUsers": users.len(), "removedKeys": removed_keys.len()}),
        "name",
    ))
}
