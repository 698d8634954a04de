//! `jwt user add|edit|list|show|delete|revoke|unrevoke`: users signed by their account.

use super::JwtCommandContext;
use super::account::edit_account;
use super::sign::{operator_signer, parse_at, sign_account, sign_user, time_json, user_json};
use super::signing_key::{refuse_scoped_perms, user_signer};
use crate::commands::nats_flags::{
    ExpiryFlag, SubjectPermissionFlags, UserLimitFlags, parse_expiry,
};
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, check_destination, write_file};
use crate::jwt_store::{OperatorStore, validate_name};
use crate::nats::claims::{
    AccountClaims, ResponsePermission, TimeRange, UserClaims, UserPermissionLimits, add_tag,
    remove_tag,
};
use crate::nats::creds::Creds;
use crate::nats::keys::KeyPair;
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;
use serde_json::{Value, json};
use std::path::PathBuf;

const CONN_TYPES: &[&str] = &[
    "STANDARD",
    "WEBSOCKET",
    "LEAFNODE",
    "LEAFNODE_WS",
    "MQTT",
    "MQTT_WS",
    "IN_PROCESS",
];

#[derive(Debug, Clone, Args)]
#[command(
    about = "Manage users",
    after_help = "Examples:\n  pbctl jwt user add alice --account app --allow-pub 'app.>'\n  pbctl jwt user add --from users.yaml --account app --creds-dir ./creds\n  pbctl jwt user revoke alice --account app"
)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum UserCommand {
    Add(UserAddArgs),
    Edit(UserEditArgs),
    #[command(visible_alias = "ls")]
    List(UserListArgs),
    Show(UserShowArgs),
    #[command(visible_alias = "rm")]
    Delete(UserDeleteArgs),
    Revoke(UserRevokeArgs),
    Unrevoke(UserUnrevokeArgs),
}

/// Permissions and limits of a user.
#[derive(Debug, Args, Default, Clone)]
pub struct UserPermArgs {
    #[command(flatten)]
    pub subjects: SubjectPermissionFlags,
    /// Allow publishing and subscribing to S (repeatable)
    #[arg(long, value_name = "S")]
    pub allow_pubsub: Vec<String>,
    /// Allow publishing to reply subjects of received requests (N responses, default 1)
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "1")]
    pub allow_pub_response: Option<i64>,
    /// Time allowed for responses, e.g. 5s (with --allow-pub-response)
    #[arg(long, value_name = "D")]
    pub response_ttl: Option<String>,
    #[command(flatten)]
    pub expiry: ExpiryFlag,
    /// Bearer token: no nonce signature needed to connect [true|false]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub bearer: Option<bool>,
    /// Add a tag (repeatable)
    #[arg(long, value_name = "T")]
    pub tag: Vec<String>,
    /// Allowed source network, CIDR (repeatable)
    #[arg(long, value_name = "CIDR")]
    pub source_network: Vec<String>,
    /// Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS
    #[arg(long, value_name = "T")]
    pub conn_type: Vec<String>,
    #[command(flatten)]
    pub limits: UserLimitFlags,
    #[command(flatten)]
    pub window: ConnectWindowArgs,
}

/// When a user may connect: daily windows, their time zone, and a start (`nbf`).
#[derive(Debug, Args, Default, Clone)]
pub struct ConnectWindowArgs {
    /// Daily connect window HH:MM:SS-HH:MM:SS (repeatable; 24-hour clock)
    #[arg(long = "time", value_name = "HH:MM:SS-HH:MM:SS")]
    pub time: Vec<String>,
    /// Time zone of the --time windows, an IANA name such as Europe/Berlin [default: the server's]
    #[arg(long, value_name = "TZ")]
    pub locale: Option<String>,
    /// Not valid before (nbf): a duration from now (1h), a date, or RFC 3339
    #[arg(long, value_name = "DATE|D")]
    pub start: Option<String>,
}

/// Create a user (or many with --from) signed by the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "--from FILE (or - for stdin) takes JSON lines or a YAML/JSON list of users, each with\n`name` and optionally `account`, `allow_pub`, `allow_sub`, `deny_pub`, `deny_sub`,\n`allow_pubsub`, `allow_pub_response`, `response_ttl`, `expiry`, `bearer`, `tags`,\n`source_network`, `conn_type`, `subs`, `data`, `payload`. Command-line permission flags\napply to every user of the file. Creds go to <creds-dir>/<account>/<user>.creds (0600).\n\nExamples:\n  pbctl jwt user add alice --account app --allow-pub 'a.>' --deny-pub 'b.>'\n  pbctl jwt user add svc --account app --allow-pubsub 'svc.>' --expiry 90d --bearer\n  pbctl jwt user add --from users.jsonl --account app --creds-dir ./creds -o json"
)]
pub struct UserAddArgs {
    /// User name (omit with --from)
    #[arg(required_unless_present = "from")]
    pub name: Option<String>,
    /// Account [default: the only account besides SYS]
    #[arg(long, short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
    #[command(flatten)]
    pub perms: UserPermArgs,
    /// Issue the user with this signing key: a scoped key's role, or a signing key's public key
    #[arg(long, value_name = "ROLE|KEY")]
    pub signing_key: Option<String>,
    /// Bulk: read users from FILE (JSON lines or a YAML/JSON list; - for stdin)
    #[arg(long, value_name = "FILE", conflicts_with = "name")]
    pub from: Option<String>,
    /// Write each user's creds file into DIR/<account>/<user>.creds
    #[arg(long, value_name = "DIR")]
    pub creds_dir: Option<PathBuf>,
    /// Replace creds files that already exist in --creds-dir
    #[arg(long, requires = "creds_dir")]
    pub force: bool,
    /// Signing threads for --from [default: number of CPUs]
    #[arg(long, value_name = "N", hide = true)]
    pub threads: Option<usize>,
}

/// Change a user and re-sign (reissue) it
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Flags add to the user's permissions; --rm removes a subject from all of them. The new JWT\nis issued after any revocation of the user, so a revoked user can be reissued.\n\nExamples:\n  pbctl jwt user edit alice --account app --allow-sub 'a.>'\n  pbctl jwt user edit alice --account app --rm 'b.>'\n  pbctl jwt user edit alice --account app    # reissue"
)]
pub struct UserEditArgs {
    /// The user's name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_users))]
    pub name: String,
    /// The account [default: the only account besides SYS]
    #[arg(long, short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
    #[command(flatten)]
    pub perms: UserPermArgs,
    /// Reissue with this signing key: a scoped key's role, or a signing key's public key
    #[arg(long, value_name = "ROLE|KEY")]
    pub signing_key: Option<String>,
    /// Remove every connect-time window
    #[arg(long)]
    pub rm_time: bool,
    /// Remove subject S from every allow and deny list (repeatable)
    #[arg(long, value_name = "S")]
    pub rm: Vec<String>,
    /// Remove a tag
    #[arg(long, value_name = "T")]
    pub rm_tag: Vec<String>,
}

/// List users
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt user list --account app\n  pbctl jwt user list -o name"
)]
pub struct UserListArgs {
    /// Only this account [default: all accounts]
    #[arg(long, short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
}

/// Show a user's claims
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt user show alice --account app\n  pbctl jwt user show alice --account app --raw"
)]
pub struct UserShowArgs {
    /// The user's name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_users))]
    pub name: String,
    /// The account [default: the only account besides SYS]
    #[arg(long, short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
}

/// Delete a user from the store
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The user's JWT stays valid until it expires: revoke it first (`jwt user revoke`) and push.\n\nExamples:\n  pbctl jwt user delete alice --account app --revoke --yes"
)]
pub struct UserDeleteArgs {
    /// The user's name
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_users))]
    pub name: String,
    /// The account [default: the only account besides SYS]
    #[arg(long, short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
    /// Also revoke the user in the account JWT
    #[arg(long)]
    pub revoke: bool,
    /// Also delete the user's seed from the key directory
    #[arg(long)]
    pub rm_keys: bool,
}

/// Revoke a user's JWTs issued up to now (or --at) in the account JWT
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The account JWT is re-signed; push it to make servers refuse the user.\n\nExamples:\n  pbctl jwt user revoke alice --account app && pbctl jwt push app\n  pbctl jwt user revoke alice --account app --at 2026-12-01T00:00:00Z\n  pbctl jwt user revoke UBPL6MOU... --account app    # a deleted user, by key"
)]
pub struct UserRevokeArgs {
    /// User name, user public key (U...), or `*` for every user of the account
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_users))]
    pub name: String,
    /// The account [default: the only account besides SYS]
    #[arg(long, short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
    /// Revoke JWTs issued at or before TIME (RFC 3339 or Unix seconds) [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// Remove a user's revocation from the account JWT
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl jwt user unrevoke alice --account app")]
pub struct UserUnrevokeArgs {
    /// User name, user public key (U...), or `*`
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::jwt_users))]
    pub name: String,
    /// The account [default: the only account besides SYS]
    #[arg(long, short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
}

/// `--account`, else the only account besides the system account.
pub fn resolve_account(op: &OperatorStore, account: Option<&str>) -> Result<String> {
    if let Some(a) = account {
        validate_name("account", a)?;
        if !op.has_account(a) {
            return Err(Error::not_found(format!("account \"{a}\" not found"))
                .hint("list accounts with `pbctl jwt account list`"));
        }
        return Ok(a.to_string());
    }
    let (_, oc) = op.operator_claims()?;
    let mut candidates = Vec::new();
    for name in op.accounts()? {
        let is_sys = op
            .account_claims(&name)
            .map(|(_, ac)| ac.sub == oc.nats.system_account)
            .unwrap_or(false);
        if !is_sys {
            candidates.push(name);
        }
    }
    match candidates.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(Error::usage("no account to use; pass --account")
            .hint("create one with `pbctl jwt account add NAME`")),
        many => Err(Error::usage(format!(
            "several accounts ({}); pass --account",
            many.join(", ")
        ))),
    }
}

fn push_unique(list: &mut Vec<String>, items: &[String]) {
    for s in items {
        if !list.contains(s) {
            list.push(s.clone());
        }
    }
}

/// Apply permission and limit flags (adding to what the user has).
pub fn apply_perms(uc: &mut UserClaims, p: &UserPermArgs) -> Result<()> {
    let l = &mut uc.nats.limits;
    push_unique(&mut l.publish.allow, &p.subjects.allow_pub);
    push_unique(&mut l.publish.allow, &p.allow_pubsub);
    push_unique(&mut l.subscribe.allow, &p.subjects.allow_sub);
    push_unique(&mut l.subscribe.allow, &p.allow_pubsub);
    push_unique(&mut l.publish.deny, &p.subjects.deny_pub);
    push_unique(&mut l.subscribe.deny, &p.subjects.deny_sub);
    let ttl = match &p.response_ttl {
        Some(t) => {
            let d = crate::app::parse_duration(t)?;
            Some(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        }
        None => None,
    };
    if p.allow_pub_response.is_some() || ttl.is_some() {
        let cur = l
            .resp
            .clone()
            .unwrap_or(ResponsePermission { max: 1, ttl: 0 });
        l.resp = Some(ResponsePermission {
            max: p.allow_pub_response.unwrap_or(cur.max),
            ttl: ttl.unwrap_or(cur.ttl),
        });
    }
    if let Some(exp) = p.expiry.unix()? {
        uc.exp = exp;
    }
    if let Some(b) = p.bearer {
        l.bearer_token = b;
    }
    for t in &p.tag {
        add_tag(&mut uc.nats.common.tags, t);
    }
    for c in &p.source_network {
        let c = c.trim().to_lowercase();
        let valid = c.split_once('/').is_some_and(|(ip, bits)| {
            ip.parse::<std::net::IpAddr>().is_ok() && bits.parse::<u8>().is_ok()
        });
        if !valid {
            return Err(Error::usage(format!(
                "invalid --source-network {c:?}: expected a CIDR such as 10.0.0.0/8"
            )));
        }
        if !l.src.contains(&c) {
            l.src.push(c);
        }
    }
    for t in &p.conn_type {
        let t = t.trim().to_uppercase();
        if !CONN_TYPES.contains(&t.as_str()) {
            return Err(Error::usage(format!(
                "invalid --conn-type {t:?}: use one of {}",
                CONN_TYPES.join(", ")
            )));
        }
        if !l.allowed_connection_types.contains(&t) {
            l.allowed_connection_types.push(t);
        }
    }
    if let Some(v) = p.limits.subs {
        l.subs = v;
    }
    if let Some(v) = p.limits.data {
        l.data = v;
    }
    if let Some(v) = p.limits.payload {
        l.payload = v;
    }
    apply_window(uc, &p.window)
}

/// Apply `--time`, `--locale` and `--start`.
pub fn apply_window(uc: &mut UserClaims, w: &ConnectWindowArgs) -> Result<()> {
    let l = &mut uc.nats.limits;
    for t in &w.time {
        let range = TimeRange::parse(t).map_err(|e| Error::usage(format!("--time: {e}")))?;
        if !l.times.contains(&range) {
            l.times.push(range);
        }
    }
    if let Some(tz) = &w.locale {
        validate_locale(tz)?;
        l.times_location = tz.clone();
    }
    if let Some(s) = &w.start {
        uc.nbf = parse_expiry(s).map_err(|e| {
            Error::usage(format!("invalid --start {s:?}"))
                .hint("use a duration from now (1h, 7d), a date (2027-01-31) or RFC 3339")
                .context(e.message.clone())
        })?;
    }
    Ok(())
}

/// A time zone the server can load: an IANA name present in the system's zone database
/// (when the machine has one), `UTC` or `Local`.
fn validate_locale(tz: &str) -> Result<()> {
    let bad = || {
        Error::usage(format!("unknown time zone {tz:?} for --locale"))
            .hint("use an IANA name such as UTC, Europe/Berlin or America/New_York")
    };
    if tz.is_empty() || tz.contains("..") || tz.starts_with('/') || tz.contains(' ') {
        return Err(bad());
    }
    if tz == "UTC" || tz == "Local" {
        return Ok(());
    }
    let db = std::path::Path::new("/usr/share/zoneinfo");
    if db.is_dir() && !db.join(tz).is_file() {
        return Err(bad());
    }
    Ok(())
}

pub fn user_add(cx: &JwtCommandContext, a: UserAddArgs) -> Result<Output> {
    let name = a.name.clone().unwrap_or_default();
    validate_name("user", &name)?;
    let op = cx.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let store = &cx.store;
    let user = KeyPair::new_user();
    let mut uc = UserClaims::new(user.public_key(), &name);
    apply_perms(&mut uc, &a.perms)?;
    super::sign::warn_if_expired(cx, &format!("user \"{name}\""), uc.exp);
    // An existing creds file is refused before anything is written (unless --force).
    let overwrite = Overwrite::from_force(a.force);
    let creds_path = a
        .creds_dir
        .as_ref()
        .map(|dir| super::bulk::creds_path(dir, &account, &name));
    if let Some(path) = &creds_path {
        check_destination(path, overwrite)?;
    }
    let _lock = op.lock()?;
    if op.has_user(&account, &name) {
        return Err(Error::failed(format!(
            "user \"{name}\" already exists in account \"{account}\""
        ))
        .hint(format!(
            "change it with `pbctl jwt user edit {name} --account {account}`"
        )));
    }
    let (_, oc) = op.operator_claims()?;
    let (_, ac) = op.account_claims(&account)?;
    let signer = user_signer(store, &oc, &ac, a.signing_key.as_deref(), None)?;
    if signer.scoped {
        refuse_scoped_perms(&a.perms)?;
        uc.nats.limits = UserPermissionLimits::empty();
    }
    if signer.issuer_account {
        uc.nats.issuer_account = ac.sub.clone();
    }
    let token = sign_user(&mut uc, &signer.key, &ac, 0)?;
    store.save_key(&user)?;
    op.write_user(&account, &name, &token)?;
    let mut value = user_json(&account, &name, &uc, Some(&ac));
    if let Some(path) = &creds_path {
        let creds = Creds::new(&token, user.seed()?.expose_secret())?;
        write_file(path, creds.to_creds_string().as_bytes(), overwrite)?;
        value["creds"] = json!(path.to_string_lossy());
    }
    Ok(Output::done(
        format!(
            "User \"{name}\" created in account \"{account}\" ({}). Get its creds with `pbctl jwt creds {name} --account {account}`.",
            user.public_key()
        ),
        value,
        "name",
    ))
}

pub fn user_edit(cx: &JwtCommandContext, a: UserEditArgs) -> Result<Output> {
    let op = cx.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let _lock = op.lock()?;
    let (_, oc) = op.operator_claims()?;
    let (_, ac) = op.account_claims(&account)?;
    let (_, mut uc) = op.user_claims(&account, &a.name)?;
    {
        let l = &mut uc.nats.limits;
        for s in &a.rm {
            for list in [
                &mut l.publish.allow,
                &mut l.publish.deny,
                &mut l.subscribe.allow,
                &mut l.subscribe.deny,
            ] {
                list.retain(|x| x != s);
            }
        }
    }
    for t in &a.rm_tag {
        remove_tag(&mut uc.nats.common.tags, t);
    }
    if a.rm_time {
        uc.nats.limits.times.clear();
        uc.nats.limits.times_location.clear();
    }
    let signer = user_signer(
        &cx.store,
        &oc,
        &ac,
        a.signing_key.as_deref(),
        Some(uc.iss.as_str()),
    )?;
    if signer.scoped {
        // Only --expiry, --start and --tag remain (the rest was refused).
        refuse_scoped_perms(&a.perms)?;
        apply_perms(&mut uc, &a.perms)?;
        uc.nats.limits = UserPermissionLimits::empty();
    } else {
        if uc.nats.limits.is_empty() {
            // Leaving a scoped key: the user gets limits of its own again.
            uc.nats.limits = UserPermissionLimits::unlimited();
        }
        apply_perms(&mut uc, &a.perms)?;
    }
    uc.nats.issuer_account = if signer.issuer_account {
        ac.sub.clone()
    } else {
        String::new()
    };
    let prev = uc.iat;
    let token = sign_user(&mut uc, &signer.key, &ac, prev)?;
    op.write_user(&account, &a.name, &token)?;
    Ok(Output::done(
        format!(
            "User \"{}\" reissued in account \"{account}\"; get the new creds with `pbctl jwt creds {} --account {account}`.",
            a.name, a.name
        ),
        user_json(&account, &a.name, &uc, Some(&ac)),
        "name",
    ))
}

pub fn user_list(cx: &JwtCommandContext, a: UserListArgs) -> Result<Output> {
    let op = cx.op()?;
    let accounts = match &a.account {
        Some(acc) => vec![resolve_account(&op, Some(acc))?],
        None => op.accounts()?,
    };
    let mut rows = Vec::new();
    for account in accounts {
        let ac = op.account_claims(&account).ok().map(|x| x.1);
        for name in op.users(&account)? {
            match op.user_claims(&account, &name) {
                Ok((_, uc)) => rows.push(user_json(&account, &name, &uc, ac.as_ref())),
                Err(e) => rows.push(json!({"name": name, "account": account, "status": e.message})),
            }
        }
    }
    Ok(Output::list(
        Value::Array(rows),
        vec![
            Column::new("NAME", "name"),
            Column::new("ACCOUNT", "account"),
            Column::new("PUBLIC KEY", "publicKey"),
            Column::new("STATUS", "status"),
            Column::new("EXPIRES", "expires"),
            Column::wide("PUB ALLOW", "pub.allow"),
            Column::wide("PUB DENY", "pub.deny"),
            Column::wide("SUB ALLOW", "sub.allow"),
            Column::wide("ISSUED", "issuedAt"),
        ],
        "name",
    ))
}

pub fn user_show(cx: &JwtCommandContext, a: UserShowArgs) -> Result<Output> {
    let op = cx.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let (token, uc) = op.user_claims(&account, &a.name)?;
    if cx.raw_requested() {
        return Ok(Output::Text(format!("{token}\n")));
    }
    let ac = op.account_claims(&account).ok().map(|x| x.1);
    let mut v = user_json(&account, &a.name, &uc, ac.as_ref());
    v["seedInStore"] = json!(cx.store.has_key(&uc.sub));
    Ok(Output::object(v, "name"))
}

pub fn user_delete(cx: &JwtCommandContext, a: UserDeleteArgs) -> Result<Output> {
    let op = cx.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let (_, uc) = op.user_claims(&account, &a.name)?;
    cx.app.ui.confirm(&format!(
        "delete user \"{}\" of account \"{account}\"",
        a.name
    ))?;
    if a.revoke {
        revoke(cx, &op, &account, &uc.sub, crate::nats::jwt::now_unix())?;
    }
    let _lock = op.lock()?;
    op.remove_user(&account, &a.name)?;
    if a.rm_keys {
        let _ = std::fs::remove_file(cx.store.key_path(&uc.sub));
    }
    if !a.revoke {
        cx.app.ui.warn(format!(
            "user \"{}\" is deleted from the store, but its JWT stays valid until it expires; `--revoke` (then `jwt push`) makes servers refuse it",
            a.name
        ));
    }
    Ok(Output::done(
        format!("User \"{}\" deleted from account \"{account}\".", a.name),
        json!({"name": a.name, "account": account, "publicKey": uc.sub, "revoked": a.revoke}),
        "name",
    ))
}

fn revoke(
    cx: &JwtCommandContext,
    op: &OperatorStore,
    account: &str,
    user_key: &str,
    at: i64,
) -> Result<AccountClaims> {
    let _lock = op.lock()?;
    let (_, oc) = op.operator_claims()?;
    let (_, mut ac) = op.account_claims(account)?;
    ac.nats.revoke_at(user_key, at);
    let signer = operator_signer(&cx.store, &oc, None)?;
    let prev = ac.iat;
    let token = sign_account(&mut ac, &signer, prev)?;
    op.write_account(account, &token)?;
    Ok(ac)
}

pub fn user_revoke(cx: &JwtCommandContext, a: UserRevokeArgs) -> Result<Output> {
    let op = cx.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let user_key = user_key_of(&op, &account, &a.name)?;
    let at = parse_at(a.at.as_deref())?;
    revoke(cx, &op, &account, &user_key, at)?;
    Ok(Output::done(
        format!(
            "User \"{}\" ({}) revoked in account \"{account}\" for JWTs issued up to {}; push the account (`pbctl jwt push {account}`) to apply it.",
            a.name,
            user_key,
            crate::pb::token::format_time(at)
        ),
        json!({"name": a.name, "account": account, "publicKey": user_key, "revokedBefore": time_json(at)}),
        "name",
    ))
}

pub fn user_unrevoke(cx: &JwtCommandContext, a: UserUnrevokeArgs) -> Result<Output> {
    let op = cx.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let user_key = user_key_of(&op, &account, &a.name)?;
    edit_account(cx, &account, None, |ac, _| {
        if !ac.nats.clear_revocation(&user_key) {
            return Err(Error::not_found(format!(
                "user \"{}\" is not revoked",
                a.name
            )));
        }
        Ok(())
    })?;
    Ok(Output::done(
        format!(
            "Revocation of user \"{}\" removed from account \"{account}\"; push the account to apply it.",
            a.name
        ),
        json!({"name": a.name, "account": account, "publicKey": user_key}),
        "name",
    ))
}

/// A user's public key: NAME itself when it is a user public key (or `*` for all users),
/// else the subject of the stored user JWT.
fn user_key_of(op: &OperatorStore, account: &str, name: &str) -> Result<String> {
    if name == crate::nats::claims::REVOKE_ALL || crate::nats::keys::is_user_key(name) {
        return Ok(name.to_string());
    }
    Ok(op.user_claims(account, name)?.1.sub)
}
