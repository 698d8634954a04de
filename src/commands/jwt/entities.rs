//! Operators, accounts, users and creds in the local store.

use super::sign::{
    account_json, account_signer, next_iat, operator_json, operator_signer, parse_at, parse_expiry,
    sign_account, sign_user, user_json,
};
use super::{
    AccountAddArgs, AccountDeleteArgs, AccountEditArgs, AccountShowArgs, CredsArgs, ExportAddArgs,
    ExportDeleteArgs, ImportAddArgs, ImportDeleteArgs, InitArgs, Jwt, LimitArgs, OperatorEditArgs,
    OperatorShowArgs, UserAddArgs, UserDeleteArgs, UserEditArgs, UserListArgs, UserPermArgs,
    UserRevokeArgs, UserShowArgs, UserUnrevokeArgs,
};
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, check_destination, write_file};
use crate::jwt_store::{OperatorStore, validate_name};
use crate::nats::claims::{
    AccountClaims, Export, ExportType, Import, OperatorClaims, ResponsePermission, ResponseType,
    UserClaims, add_tag, remove_tag,
};
use crate::nats::creds::Creds;
use crate::nats::jwt::{VerifyOptions, decode, encode_at};
use crate::nats::keys::{KeyPair, is_account_key};
use crate::output::{Column, Output};
use serde_json::{Value, json};

const CONN_TYPES: &[&str] = &[
    "STANDARD",
    "WEBSOCKET",
    "LEAFNODE",
    "LEAFNODE_WS",
    "MQTT",
    "MQTT_WS",
    "IN_PROCESS",
];

fn raw_requested(jwt: &Jwt) -> bool {
    jwt.app.global.raw && jwt.app.global.jq.is_none()
}

// ---------------------------------------------------------------------------------
// init and operator
// ---------------------------------------------------------------------------------

/// The SYS account as `nsc init` builds it: two monitoring exports and a signing key.
fn system_account_claims(sys: &KeyPair, sys_sk: &KeyPair) -> AccountClaims {
    let mut ac = AccountClaims::new(sys.public_key(), "SYS");
    let info = "https://docs.nats.io/nats-server/configuration/sys_accounts";
    let mut streams = Export::stream("account-monitoring-streams", "$SYS.ACCOUNT.*.>");
    streams.account_token_position = 3;
    streams.description = "Account specific monitoring stream".into();
    streams.info_url = info.into();
    let mut services = Export::service("account-monitoring-services", "$SYS.REQ.ACCOUNT.*.*");
    services.response_type = Some(ResponseType::Stream);
    services.account_token_position = 4;
    services.description =
        "Request account specific monitoring services for: SUBSZ, CONNZ, LEAFZ, JSZ and INFO"
            .into();
    services.info_url = info.into();
    ac.nats.exports = vec![streams, services];
    ac.nats.add_signing_key(sys_sk.public_key());
    ac
}

pub fn init(jwt: &Jwt, a: InitArgs) -> Result<Output> {
    let op = jwt.store.create_operator(&a.name)?;
    let _lock = op.lock()?;
    if op.operator_path().exists() {
        return Err(Error::failed(format!(
            "operator \"{}\" already exists",
            a.name
        )));
    }
    let store = &jwt.store;
    let okp = KeyPair::new_operator();
    let osk = KeyPair::new_operator();
    store.save_key(&okp)?;
    store.save_key(&osk)?;
    let mut oc = OperatorClaims::new(okp.public_key(), &a.name);
    oc.nats.signing_keys.push(osk.public_key().to_string());
    oc.nats.operator_service_urls = a.service_url.clone();
    if let Some(u) = &a.account_server_url {
        oc.nats.account_server_url = u.clone();
    }
    let mut created =
        vec![json!({"kind": "operator", "name": a.name, "publicKey": okp.public_key()})];
    if !a.no_system_account {
        let sys = KeyPair::new_account();
        let sys_sk = KeyPair::new_account();
        store.save_key(&sys)?;
        store.save_key(&sys_sk)?;
        oc.nats.system_account = sys.public_key().to_string();
        let mut ac = system_account_claims(&sys, &sys_sk);
        let ajwt = sign_account(&mut ac, &osk, 0)?;
        let user = KeyPair::new_user();
        store.save_key(&user)?;
        let mut uc = UserClaims::new(user.public_key(), "sys");
        uc.nats.issuer_account = sys.public_key().to_string();
        let ujwt = sign_user(&mut uc, &sys_sk, &ac, 0)?;
        op.write_account("SYS", &ajwt)?;
        op.write_user("SYS", "sys", &ujwt)?;
        created.push(json!({"kind": "account", "name": "SYS", "publicKey": sys.public_key()}));
        created.push(json!({"kind": "user", "name": "sys", "account": "SYS", "publicKey": user.public_key()}));
    }
    let ojwt = encode_at(&mut oc, &okp, next_iat(0))?;
    op.write_operator(&ojwt)?;
    let mut value = operator_json(&op, &oc);
    value["created"] = Value::Array(created);
    Ok(Output::done(
        format!(
            "Operator \"{}\" created ({}){} in {}.",
            a.name,
            okp.public_key(),
            if a.no_system_account {
                ""
            } else {
                " with the SYS account and the sys user"
            },
            op.dir.display()
        ),
        value,
        "publicKey",
    ))
}

pub fn operator_list(jwt: &Jwt) -> Result<Output> {
    let mut rows = Vec::new();
    for name in jwt.store.operators()? {
        let op = jwt.store.operator(Some(&name))?;
        match op.operator_claims() {
            Ok((_, oc)) => rows.push(operator_json(&op, &oc)),
            Err(e) => rows.push(json!({"storeName": name, "status": e.to_string()})),
        }
    }
    Ok(Output::list(
        Value::Array(rows),
        vec![
            Column::new("NAME", "storeName"),
            Column::new("PUBLIC KEY", "publicKey"),
            Column::new("SYSTEM ACCOUNT", "systemAccount"),
            Column::new("STRICT", "strictSigningKeys"),
            Column::wide("STORE", "store"),
        ],
        "storeName",
    ))
}

pub fn operator_show(jwt: &Jwt, _a: OperatorShowArgs) -> Result<Output> {
    let op = jwt.op()?;
    let (token, oc) = op.operator_claims()?;
    if raw_requested(jwt) {
        return Ok(Output::Text(format!("{token}\n")));
    }
    Ok(Output::object(operator_json(&op, &oc), "publicKey"))
}

pub fn operator_edit(jwt: &Jwt, a: OperatorEditArgs) -> Result<Output> {
    let op = jwt.op()?;
    let store = &jwt.store;
    let _lock = op.lock()?;
    let (_, mut oc) = op.operator_claims()?;
    let identity = store.require_key(&oc.sub, "operator identity key")?;
    if !a.service_url.is_empty() {
        oc.nats.operator_service_urls = a.service_url.clone();
    }
    if let Some(u) = &a.account_server_url {
        oc.nats.account_server_url = u.clone();
    }
    if let Some(v) = &a.assert_server_version {
        oc.nats.assert_server_version = v.clone();
    }
    for t in &a.tag {
        add_tag(&mut oc.nats.tags, t);
    }
    let mut added = None;
    if a.add_signing_key {
        let sk = KeyPair::new_operator();
        store.save_key(&sk)?;
        oc.nats.signing_keys.push(sk.public_key().to_string());
        added = Some(sk.public_key().to_string());
    }
    for k in &a.remove_signing_key {
        let before = oc.nats.signing_keys.len();
        oc.nats.signing_keys.retain(|x| x != k);
        if oc.nats.signing_keys.len() == before {
            return Err(Error::not_found(format!(
                "{k} is not a signing key of operator \"{}\"",
                oc.name
            )));
        }
    }
    if let Some(strict) = a.require_signing_keys {
        oc.nats.strict_signing_key_usage = strict;
    }
    let prev = oc.iat;
    let token = encode_at(&mut oc, &identity, next_iat(prev))?;
    op.write_operator(&token)?;

    // Accounts signed by a removed key would be untrusted: re-sign them.
    let mut resigned = Vec::new();
    let mut identity_signed = Vec::new();
    if !a.remove_signing_key.is_empty() || a.require_signing_keys == Some(true) {
        for name in op.accounts()? {
            let (_, mut ac) = op.account_claims(&name)?;
            if a.remove_signing_key.contains(&ac.iss) {
                let signer = operator_signer(store, &oc, None)?;
                let prev = ac.iat;
                let t = sign_account(&mut ac, &signer, prev)?;
                op.write_account(&name, &t)?;
                resigned.push(name);
            } else if ac.iss == oc.sub && oc.nats.strict_signing_key_usage {
                identity_signed.push(name);
            }
        }
    }
    if !identity_signed.is_empty() {
        jwt.app.ui.warn(format!(
            "these accounts are signed by the operator identity key, which strict mode does not trust: {}; re-sign them with `pbctl jwt account edit NAME`",
            identity_signed.join(", ")
        ));
    }
    let mut value = operator_json(&op, &oc);
    value["addedSigningKey"] = json!(added);
    value["resignedAccounts"] = json!(resigned);
    let mut msg = format!("Operator \"{}\" updated.", oc.name);
    if let Some(k) = &added {
        msg.push_str(&format!(" New signing key {k}."));
    }
    if !resigned.is_empty() {
        msg.push_str(&format!(" Re-signed accounts: {}.", resigned.join(", ")));
    }
    Ok(Output::done(msg, value, "publicKey"))
}

// ---------------------------------------------------------------------------------
// accounts
// ---------------------------------------------------------------------------------

fn apply_limits(ac: &mut AccountClaims, l: &LimitArgs) {
    let lim = &mut ac.nats.limits;
    let set = |dst: &mut i64, v: Option<i64>| {
        if let Some(v) = v {
            *dst = v;
        }
    };
    set(&mut lim.conn, l.conns);
    set(&mut lim.leaf, l.leaf_conns);
    set(&mut lim.subs, l.subs);
    set(&mut lim.data, l.data);
    set(&mut lim.payload, l.payload);
    set(&mut lim.imports, l.imports);
    set(&mut lim.exports, l.exports);
    if let Some(b) = l.wildcard_exports {
        lim.wildcards = b;
    }
    if let Some(b) = l.disallow_bearer {
        lim.disallow_bearer = b;
    }
    set(&mut lim.jetstream.mem_storage, l.js_mem_storage);
    set(&mut lim.jetstream.disk_storage, l.js_disk_storage);
    set(&mut lim.jetstream.streams, l.js_streams);
    set(&mut lim.jetstream.consumer, l.js_consumer);
    set(&mut lim.jetstream.max_ack_pending, l.js_max_ack_pending);
}

pub fn account_add(jwt: &Jwt, a: AccountAddArgs) -> Result<Output> {
    validate_name("account", &a.name)?;
    let op = jwt.op()?;
    let store = &jwt.store;
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
    apply_limits(&mut ac, &a.limits);
    if let Some(d) = &a.description {
        ac.nats.description = d.clone();
    }
    for t in &a.tag {
        add_tag(&mut ac.nats.tags, t);
    }
    if let Some(e) = &a.expiry {
        ac.exp = parse_expiry(e)?;
        warn_if_expired(jwt, &format!("account \"{}\"", a.name), ac.exp);
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
fn edit_account(
    jwt: &Jwt,
    name: &str,
    sign_with: Option<&str>,
    change: impl FnOnce(&mut AccountClaims, &OperatorStore) -> Result<()>,
) -> Result<(AccountClaims, OperatorClaims)> {
    let op = jwt.op()?;
    let _lock = op.lock()?;
    let (_, oc) = op.operator_claims()?;
    let (_, mut ac) = op.account_claims(name)?;
    change(&mut ac, &op)?;
    let signer = operator_signer(&jwt.store, &oc, sign_with)?;
    let prev = ac.iat;
    let token = sign_account(&mut ac, &signer, prev)?;
    op.write_account(name, &token)?;
    Ok((ac, oc))
}

pub fn account_edit(jwt: &Jwt, a: AccountEditArgs) -> Result<Output> {
    let store = jwt.store.clone();
    let mut added = None;
    let (ac, oc) = edit_account(jwt, &a.name, a.sign_with.as_deref(), |ac, _| {
        apply_limits(ac, &a.limits);
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
            add_tag(&mut ac.nats.tags, t);
        }
        if let Some(e) = &a.expiry {
            ac.exp = parse_expiry(e)?;
        }
        Ok(())
    })?;
    if !a.remove_signing_key.is_empty() {
        jwt.app.ui.warn(
            "users signed by a removed signing key are no longer valid; reissue them with `pbctl jwt user edit NAME --account ACCOUNT`",
        );
    }
    let mut value = account_json(&a.name, &ac, &oc, &jwt.store, None);
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

pub fn account_list(jwt: &Jwt) -> Result<Output> {
    let op = jwt.op()?;
    let (_, oc) = op.operator_claims()?;
    let mut rows = Vec::new();
    for name in op.accounts()? {
        let users = op.users(&name)?.len();
        match op.account_claims(&name) {
            Ok((_, ac)) => rows.push(account_json(&name, &ac, &oc, &jwt.store, Some(users))),
            Err(e) => rows.push(json!({"name": name, "status": e.message})),
        }
    }
    Ok(Output::list(
        Value::Array(rows),
        vec![
            Column::new("NAME", "name"),
            Column::new("PUBLIC KEY", "publicKey"),
            Column::new("USERS", "users"),
            Column::new("CONNS", "limits.conns"),
            Column::new("STATUS", "status"),
            Column::wide("SIGNED BY", "signedBy"),
            Column::wide("ISSUED", "issuedAt"),
            Column::wide("EXPIRES", "expires"),
        ],
        "name",
    ))
}

pub fn account_show(jwt: &Jwt, a: AccountShowArgs) -> Result<Output> {
    let op = jwt.op()?;
    let (token, ac) = op.account_claims(&a.name)?;
    if raw_requested(jwt) {
        return Ok(Output::Text(format!("{token}\n")));
    }
    let (_, oc) = op.operator_claims()?;
    let users = op.users(&a.name)?.len();
    Ok(Output::object(
        account_json(&a.name, &ac, &oc, &jwt.store, Some(users)),
        "name",
    ))
}

pub fn account_delete(jwt: &Jwt, a: AccountDeleteArgs) -> Result<Output> {
    let op = jwt.op()?;
    let (_, oc) = op.operator_claims()?;
    let (_, ac) = op.account_claims(&a.name)?;
    if ac.sub == oc.nats.system_account {
        return Err(Error::failed("the system account cannot be deleted"));
    }
    jwt.app
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
        let _ = std::fs::remove_file(jwt.store.key_path(k));
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

pub fn export_add(jwt: &Jwt, a: ExportAddArgs) -> Result<Output> {
    let (ac, oc) = edit_account(jwt, &a.account, None, |ac, _| {
        if ac.nats.exports.iter().any(|e| e.subject == a.subject) {
            return Err(Error::failed(format!(
                "account \"{}\" already exports {}",
                a.account, a.subject
            )));
        }
        let name = a.name.clone().unwrap_or_else(|| a.subject.clone());
        let mut e = if a.service {
            Export::service(name, &a.subject)
        } else {
            Export::stream(name, &a.subject)
        };
        e.token_req = a.private;
        if let Some(rt) = &a.response_type {
            if !a.service {
                return Err(Error::usage(
                    "--response-type is only for service exports (--service)",
                ));
            }
            e.response_type = Some(match rt.as_str() {
                "Stream" => ResponseType::Stream,
                "Chunked" => ResponseType::Chunked,
                _ => ResponseType::Singleton,
            });
        }
        ac.nats.exports.push(e);
        Ok(())
    })?;
    Ok(Output::done(
        format!("Export {} added to account \"{}\".", a.subject, a.account),
        account_json(&a.account, &ac, &oc, &jwt.store, None),
        "name",
    ))
}

pub fn export_delete(jwt: &Jwt, a: ExportDeleteArgs) -> Result<Output> {
    let (ac, oc) = edit_account(jwt, &a.account, None, |ac, _| {
        let before = ac.nats.exports.len();
        ac.nats.exports.retain(|e| e.subject != a.subject);
        if ac.nats.exports.len() == before {
            return Err(Error::not_found(format!(
                "account \"{}\" has no export {}",
                a.account, a.subject
            )));
        }
        Ok(())
    })?;
    Ok(Output::done(
        format!(
            "Export {} deleted from account \"{}\".",
            a.subject, a.account
        ),
        account_json(&a.account, &ac, &oc, &jwt.store, None),
        "name",
    ))
}

pub fn import_add(jwt: &Jwt, a: ImportAddArgs) -> Result<Output> {
    let (ac, oc) = edit_account(jwt, &a.account, None, |ac, op| {
        let from = if is_account_key(&a.from_account) {
            a.from_account.clone()
        } else {
            op.account_claims(&a.from_account)?.1.sub
        };
        if from == ac.sub {
            return Err(Error::usage("an account cannot import from itself"));
        }
        let name = a.name.clone().unwrap_or_else(|| a.subject.clone());
        let t = if a.service {
            ExportType::Service
        } else {
            ExportType::Stream
        };
        let mut imp = Import::new(name, from, &a.subject, t);
        if let Some(l) = &a.local_subject {
            imp.local_subject = l.clone();
        }
        if let Some(tok) = &a.token {
            let p = std::path::Path::new(tok);
            imp.token = if p.is_file() {
                std::fs::read_to_string(p)?.trim().to_string()
            } else {
                tok.trim().to_string()
            };
        }
        ac.nats.imports.push(imp);
        Ok(())
    })?;
    Ok(Output::done(
        format!("Import {} added to account \"{}\".", a.subject, a.account),
        account_json(&a.account, &ac, &oc, &jwt.store, None),
        "name",
    ))
}

pub fn import_delete(jwt: &Jwt, a: ImportDeleteArgs) -> Result<Output> {
    let (ac, oc) = edit_account(jwt, &a.account, None, |ac, _| {
        let before = ac.nats.imports.len();
        ac.nats
            .imports
            .retain(|i| i.subject != a.subject && i.local_subject != a.subject);
        if ac.nats.imports.len() == before {
            return Err(Error::not_found(format!(
                "account \"{}\" has no import {}",
                a.account, a.subject
            )));
        }
        Ok(())
    })?;
    Ok(Output::done(
        format!(
            "Import {} deleted from account \"{}\".",
            a.subject, a.account
        ),
        account_json(&a.account, &ac, &oc, &jwt.store, None),
        "name",
    ))
}

// ---------------------------------------------------------------------------------
// users
// ---------------------------------------------------------------------------------

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
    push_unique(&mut l.publish.allow, &p.allow_pub);
    push_unique(&mut l.publish.allow, &p.allow_pubsub);
    push_unique(&mut l.subscribe.allow, &p.allow_sub);
    push_unique(&mut l.subscribe.allow, &p.allow_pubsub);
    push_unique(&mut l.publish.deny, &p.deny_pub);
    push_unique(&mut l.subscribe.deny, &p.deny_sub);
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
    if let Some(e) = &p.expiry {
        uc.exp = parse_expiry(e)?;
    }
    if let Some(b) = p.bearer {
        l.bearer_token = b;
    }
    for t in &p.tag {
        add_tag(&mut uc.nats.tags, t);
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
    if let Some(v) = p.subs {
        l.subs = v;
    }
    if let Some(v) = p.data {
        l.data = v;
    }
    if let Some(v) = p.payload {
        l.payload = v;
    }
    Ok(())
}

/// `--expiry` in the past (e.g. `1970-01-01`) makes a JWT no server accepts: say so.
pub fn warn_if_expired(jwt: &Jwt, what: &str, exp: i64) {
    if is_past(exp) {
        jwt.app.ui.warn(format!(
            "{what} expires at {}, which is already past: servers will refuse it",
            crate::pb::token::format_time(exp)
        ));
    }
}

/// An `exp` claim that is set and not in the future.
pub fn is_past(exp: i64) -> bool {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    exp > 0 && exp <= now
}

pub fn user_add(jwt: &Jwt, a: UserAddArgs) -> Result<Output> {
    let name = a.name.clone().unwrap_or_default();
    validate_name("user", &name)?;
    let op = jwt.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let store = &jwt.store;
    let user = KeyPair::new_user();
    let mut uc = UserClaims::new(user.public_key(), &name);
    apply_perms(&mut uc, &a.perms)?;
    warn_if_expired(jwt, &format!("user \"{name}\""), uc.exp);
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
    let (signer, with_ia) = account_signer(store, &oc, &ac)?;
    if with_ia {
        uc.nats.issuer_account = ac.sub.clone();
    }
    let token = sign_user(&mut uc, &signer, &ac, 0)?;
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

pub fn user_edit(jwt: &Jwt, a: UserEditArgs) -> Result<Output> {
    let op = jwt.op()?;
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
        remove_tag(&mut uc.nats.tags, t);
    }
    apply_perms(&mut uc, &a.perms)?;
    if a.perms.expiry.is_some() {
        warn_if_expired(jwt, &format!("user \"{}\"", a.name), uc.exp);
    }
    let (signer, with_ia) = account_signer(&jwt.store, &oc, &ac)?;
    uc.nats.issuer_account = if with_ia {
        ac.sub.clone()
    } else {
        String::new()
    };
    let prev = uc.iat;
    let token = sign_user(&mut uc, &signer, &ac, prev)?;
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

pub fn user_list(jwt: &Jwt, a: UserListArgs) -> Result<Output> {
    let op = jwt.op()?;
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

pub fn user_show(jwt: &Jwt, a: UserShowArgs) -> Result<Output> {
    let op = jwt.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let (token, uc) = op.user_claims(&account, &a.name)?;
    if raw_requested(jwt) {
        return Ok(Output::Text(format!("{token}\n")));
    }
    let ac = op.account_claims(&account).ok().map(|x| x.1);
    let mut v = user_json(&account, &a.name, &uc, ac.as_ref());
    v["seedInStore"] = json!(jwt.store.has_key(&uc.sub));
    Ok(Output::object(v, "name"))
}

pub fn user_delete(jwt: &Jwt, a: UserDeleteArgs) -> Result<Output> {
    let op = jwt.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let (_, uc) = op.user_claims(&account, &a.name)?;
    jwt.app.ui.confirm(&format!(
        "delete user \"{}\" of account \"{account}\"",
        a.name
    ))?;
    if a.revoke {
        revoke(jwt, &op, &account, &uc.sub, crate::nats::jwt::now_unix())?;
    }
    let _lock = op.lock()?;
    op.remove_user(&account, &a.name)?;
    if a.rm_keys {
        let _ = std::fs::remove_file(jwt.store.key_path(&uc.sub));
    }
    if !a.revoke {
        jwt.app.ui.warn(format!(
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
    jwt: &Jwt,
    op: &OperatorStore,
    account: &str,
    user_key: &str,
    at: i64,
) -> Result<AccountClaims> {
    let _lock = op.lock()?;
    let (_, oc) = op.operator_claims()?;
    let (_, mut ac) = op.account_claims(account)?;
    ac.nats.revoke_at(user_key, at);
    let signer = operator_signer(&jwt.store, &oc, None)?;
    let prev = ac.iat;
    let token = sign_account(&mut ac, &signer, prev)?;
    op.write_account(account, &token)?;
    Ok(ac)
}

pub fn user_revoke(jwt: &Jwt, a: UserRevokeArgs) -> Result<Output> {
    let op = jwt.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let user_key = user_key_of(&op, &account, &a.name)?;
    let at = parse_at(a.at.as_deref())?;
    revoke(jwt, &op, &account, &user_key, at)?;
    Ok(Output::done(
        format!(
            "User \"{}\" ({}) revoked in account \"{account}\" for JWTs issued up to {}; push the account (`pbctl jwt push {account}`) to apply it.",
            a.name,
            user_key,
            crate::pb::token::format_time(at)
        ),
        json!({"name": a.name, "account": account, "publicKey": user_key, "revokedBefore": super::sign::time_json(at)}),
        "name",
    ))
}

pub fn user_unrevoke(jwt: &Jwt, a: UserUnrevokeArgs) -> Result<Output> {
    let op = jwt.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let user_key = user_key_of(&op, &account, &a.name)?;
    edit_account(jwt, &account, None, |ac, _| {
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

pub fn creds(jwt: &Jwt, a: CredsArgs) -> Result<Output> {
    let op = jwt.op()?;
    let account = resolve_account(&op, a.account.as_deref())?;
    let (token, uc) = op.user_claims(&account, &a.name)?;
    let kp = jwt.store.require_key(&uc.sub, "user key")?;
    let creds = Creds::new(&token, kp.seed()?.expose_secret())?;
    if let Ok((_, ac)) = op.account_claims(&account)
        && ac.nats.is_revoked(&uc.sub, uc.iat)
    {
        jwt.app.ui.warn(format!(
            "user \"{}\" is revoked; reissue it with `pbctl jwt user edit {} --account {account}`",
            a.name, a.name
        ));
    }
    if decode::<crate::nats::claims::User>(&token, &VerifyOptions::default()).is_err() {
        jwt.app.ui.warn(format!(
            "the JWT of user \"{}\" is expired or not yet valid",
            a.name
        ));
    }
    match &a.out {
        None => Ok(Output::Text(creds.to_creds_string())),
        Some(p) if p.as_os_str() == "-" => Ok(Output::Text(creds.to_creds_string())),
        Some(path) => {
            write_file(
                path,
                creds.to_creds_string().as_bytes(),
                Overwrite::from_force(a.force),
            )?;
            Ok(Output::done(
                format!(
                    "Creds of user \"{}\" written to {} (mode 0600).",
                    a.name,
                    path.display()
                ),
                json!({"name": a.name, "account": account, "publicKey": uc.sub, "file": path.to_string_lossy()}),
                "file",
            ))
        }
    }
}
