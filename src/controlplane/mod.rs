//! The NATS control plane kept in PocketBase in the collections of pb-nats (the Go library
//! that runs NATS auth from PocketBase records): the record model, mode detection, bootstrap schema,
//! minting from records exactly as pb-nats does, seed encryption and sync.
//!
//! Two modes: **server-managed** (pb-nats runs inside PocketBase, detected by its
//! `nats_publish_queue` collection): pbctl writes records and trigger fields and waits
//! for the server to mint. **pbctl-managed** (plain PocketBase): pbctl mints every key,
//! JWT and creds file itself and writes them back.

pub mod crypto;
pub mod mint;
pub mod ops;
pub mod schema;
pub mod sync;
pub mod tenancy;

use crate::error::{Error, ErrorKind, Result};
use crate::pb::{Client, Request, filter_quote, records_path as rec_path, seg};
use crypto::EncryptionKey;
use reqwest::Method;
use serde_json::{Map, Value, json};
use std::time::Duration;

/// Collection and field names (pb-nats' defaults).
pub mod names {
    pub const OPERATOR: &str = "nats_system_operator";
    pub const ACCOUNTS: &str = "nats_accounts";
    pub const ROLES: &str = "nats_roles";
    pub const USERS: &str = "nats_users";
    pub const EXPORTS: &str = "nats_account_exports";
    pub const IMPORTS: &str = "nats_account_imports";
    pub const PUBLISH_QUEUE: &str = "nats_publish_queue";
    pub const ACCOUNT_LIMITS: [&str; 6] = [
        "max_connections",
        "max_subscriptions",
        "max_data",
        "max_payload",
        "max_jetstream_disk_storage",
        "max_jetstream_memory_storage",
    ];
    pub const ROLE_LIMITS: [&str; 3] = ["max_subscriptions", "max_data", "max_payload"];
    pub const PERMISSION_FIELDS: [&str; 4] = [
        "publish_permissions",
        "subscribe_permissions",
        "publish_deny_permissions",
        "subscribe_deny_permissions",
    ];
    /// Record fields that hold secrets (never shown without `--show-seeds`).
    pub const SECRET_FIELDS: [&str; 6] = [
        "private_key",
        "seed",
        "signing_keys_private",
        "creds_file",
        "signing_private_key",
        "signing_seed",
    ];
    pub const SYSTEM_ACCOUNT_NAME: &str = "System Account";
    pub const SYSTEM_ROLE: &str = "system_admin";
    pub const SYS_USER: &str = "sys";
    pub const SYS_EMAIL: &str = "system@localhost.com";
    pub const DEFAULT_OPERATOR: &str = "stone-age.io";
}
use names::*;

/// Who mints: pb-nats inside PocketBase, or pbctl.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `nats_publish_queue` exists: pb-nats runs in the server.
    ServerManaged,
    /// Plain PocketBase with pb-nats' collections: pbctl mints.
    PbctlManaged,
    /// No `nats_system_operator` collection yet.
    NotBootstrapped,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::ServerManaged => "server-managed",
            Mode::PbctlManaged => "pbctl-managed",
            Mode::NotBootstrapped => "not bootstrapped",
        }
    }
}

/// `NormalizeName`: lowercase, spaces and `-` → `_`, drop everything not `[a-z0-9_]`,
/// empty → `unnamed_account`.
pub fn normalize_name(name: &str) -> String {
    let out: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
        .collect();
    if out.is_empty() {
        "unnamed_account".into()
    } else {
        out
    }
}

/// Does `s` look like a PocketBase record id?
pub fn looks_like_id(s: &str) -> bool {
    s.len() == 15
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The filter selecting the records that belong to an account (its users, exports, imports).
pub fn of_account(account: &Value) -> String {
    format!("account_id = {}", filter_quote(account.str_field("id")))
}

/// Typed reads of a PocketBase record's fields: the zero value (`""`, `false`, `0`) when a
/// field is missing or of another type, as pb-nats treats them.
pub trait RecordFields {
    fn str_field(&self, key: &str) -> &str;
    fn bool_field(&self, key: &str) -> bool;
    /// An integer field (PocketBase returns numbers as floats when they have a fraction).
    fn int_field(&self, key: &str) -> i64;
}

impl RecordFields for Value {
    fn str_field(&self, key: &str) -> &str {
        self.get(key).and_then(Value::as_str).unwrap_or("")
    }
    fn bool_field(&self, key: &str) -> bool {
        self.get(key).and_then(Value::as_bool).unwrap_or(false)
    }
    fn int_field(&self, key: &str) -> i64 {
        self.get(key)
            .and_then(|v| v.as_i64().or_else(|| v.as_f64().map(|f| f as i64)))
            .unwrap_or(0)
    }
}

/// A JSON field holding a list of subjects (an array, or a JSON string of one).
pub fn list(rec: &Value, key: &str) -> Result<Vec<String>> {
    let v = match rec.get(key) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::String(t)) if t.trim().is_empty() => return Ok(Vec::new()),
        Some(Value::String(t)) => serde_json::from_str::<Value>(t).unwrap_or(Value::Null),
        Some(v) => v.clone(),
    };
    match v {
        Value::Array(items) => Ok(items
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect()),
        Value::Null => Ok(Vec::new()),
        _ => Err(Error::failed(format!(
            "{key} of record {} is not a JSON array of subjects",
            rec.str_field("id")
        ))),
    }
}

/// Remove pb-nats' secret fields ([`names::SECRET_FIELDS`]) from a record of one of its
/// collections, and from the records expanded into it: the generic `record` commands
/// show records as the server has them, and must not print what the `nats` commands
/// hide. `collection` is the name the user gave, used when the record carries no
/// `collectionName` (e.g. with `--fields`).
pub fn redact_record(rec: &mut Value, collection: &str) {
    let Some(m) = rec.as_object_mut() else {
        return;
    };
    let name = m
        .get("collectionName")
        .and_then(Value::as_str)
        .unwrap_or(collection);
    if [OPERATOR, ACCOUNTS, USERS].contains(&name) {
        for f in SECRET_FIELDS {
            m.remove(f);
        }
    }
    if let Some(Value::Object(expand)) = m.get_mut("expand") {
        for v in expand.values_mut() {
            match v {
                Value::Array(items) => items.iter_mut().for_each(|i| redact_record(i, "")),
                other => redact_record(other, ""),
            }
        }
    }
}

/// Whether a record, given as its JSON text, may need [`redact_record`]: it is from one of
/// pb-nats' collections (named `collection`, or saying so in its text, expanded records
/// included). A cheap test, so that other records can be passed through unparsed.
pub fn may_hold_secrets(collection: &str, text: &str) -> bool {
    [OPERATOR, ACCOUNTS, USERS].contains(&collection) || text.contains("\"nats_")
}

/// A copy of a record without secrets (unless `show`).
pub fn sanitize(rec: &Value, show: bool) -> Value {
    let mut v = rec.clone();
    if !show && let Some(m) = v.as_object_mut() {
        for f in SECRET_FIELDS {
            m.remove(f);
        }
        m.remove("password");
        m.remove("tokenKey");
    }
    v
}

/// Options that apply to every `nats` command.
#[derive(Debug, Clone)]
pub struct Options {
    pub enc: Option<EncryptionKey>,
    /// How long to wait for pb-nats to fill keys and JWTs in (server-managed mode).
    pub wait: Duration,
}

/// A connection to the control plane: the PocketBase client and the detected mode.
pub struct ControlPlane {
    pub client: Client,
    pub mode: Mode,
    pub opts: Options,
}

impl ControlPlane {
    pub async fn connect(client: Client, opts: Options) -> Result<ControlPlane> {
        let mode = detect_mode(&client).await?;
        Ok(ControlPlane { client, mode, opts })
    }

    pub fn enc(&self) -> Option<&EncryptionKey> {
        self.opts.enc.as_ref()
    }

    /// pbctl-managed mode: pbctl mints every key, JWT and creds file itself and writes them
    /// back to the records.
    pub fn pbctl_mints(&self) -> bool {
        self.mode == Mode::PbctlManaged
    }

    /// Server-managed mode: pb-nats inside PocketBase mints; pbctl only writes records and
    /// trigger fields, then waits for the server.
    pub fn server_mints(&self) -> bool {
        !self.pbctl_mints()
    }

    /// Fail unless pb-nats' collections exist.
    pub fn require_bootstrapped(&self) -> Result<()> {
        if self.mode == Mode::NotBootstrapped {
            return Err(Error::failed(format!(
                "this PocketBase has no NATS control plane (no {OPERATOR} collection)"
            ))
            .hint("create one with `pbctl nats bootstrap`"));
        }
        Ok(())
    }

    pub async fn get(&self, coll: &str, id: &str) -> Result<Value> {
        self.client
            .json(Request::get(format!("{}/{}", rec_path(coll), seg(id))))
            .await
    }

    /// Every record matching `filter` (pages of 1000).
    pub async fn list(&self, coll: &str, filter: Option<&str>) -> Result<Vec<Value>> {
        let mut req = Request::get(rec_path(coll));
        if let Some(f) = filter {
            req = req.query("filter", f);
        }
        self.client.list_all(req).await
    }

    pub async fn create(&self, coll: &str, body: Value) -> Result<Value> {
        self.client.json(Request::post(rec_path(coll), body)).await
    }

    pub async fn update(&self, coll: &str, id: &str, body: Value) -> Result<Value> {
        self.client
            .json(Request::new(Method::PATCH, format!("{}/{}", rec_path(coll), seg(id))).json(body))
            .await
    }

    pub async fn delete(&self, coll: &str, id: &str) -> Result<()> {
        self.client
            .send(Request::new(
                Method::DELETE,
                format!("{}/{}", rec_path(coll), seg(id)),
            ))
            .await
            .map(|_| ())
    }

    /// The operator record (pb-nats uses the first one).
    pub async fn operator(&self) -> Result<Value> {
        self.require_bootstrapped()?;
        self.list(OPERATOR, None)
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| {
                Error::failed("the control plane has no operator record")
                    .hint("create it with `pbctl nats bootstrap`")
            })
    }

    /// Find one record by id or by a unique value of `field`.
    pub async fn find(
        &self,
        coll: &str,
        what: &str,
        field: &str,
        key: &str,
        extra_filter: Option<String>,
    ) -> Result<Value> {
        self.require_bootstrapped()?;
        if looks_like_id(key) {
            match self.get(coll, key).await {
                Ok(rec) => return Ok(rec),
                Err(e) if e.kind == ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        let mut filter = format!("{field} = {}", filter_quote(key));
        if let Some(x) = extra_filter {
            filter = format!("({filter}) && ({x})");
        }
        let mut found = self.list(coll, Some(&filter)).await?;
        match found.len() {
            0 => Err(Error::not_found(format!("{what} {key:?} not found"))),
            1 => Ok(found.remove(0)),
            n => Err(
                Error::failed(format!("{n} {what}s are named {key:?}: use the record id"))
                    .hint(format!("list them with `pbctl nats {what} list`")),
            ),
        }
    }

    pub async fn account(&self, key: &str) -> Result<Value> {
        self.find(ACCOUNTS, "account", "name", key, None).await
    }

    pub async fn role(&self, key: &str) -> Result<Value> {
        self.find(ROLES, "role", "name", key, None).await
    }

    pub async fn user(&self, key: &str, account: Option<&Value>) -> Result<Value> {
        let extra = account.map(of_account);
        self.find(USERS, "user", "nats_username", key, extra).await
    }

    /// The system account record id (`nats_system_operator.system_account_id`).
    pub async fn system_account_id(&self) -> Result<String> {
        Ok(self
            .operator()
            .await?
            .str_field("system_account_id")
            .to_string())
    }

    /// In server-managed mode: re-read `id` until `ready` holds or the wait is over.
    pub async fn wait_for(
        &self,
        coll: &str,
        id: &str,
        ui: &crate::ui::Ui,
        what: &str,
        ready: impl Fn(&Value) -> bool,
    ) -> Result<Value> {
        let deadline = tokio::time::Instant::now() + self.opts.wait;
        loop {
            let rec = self.get(coll, id).await?;
            if ready(&rec) {
                return Ok(rec);
            }
            if tokio::time::Instant::now() >= deadline {
                ui.warn(format!(
                    "pb-nats has not {what} within {}s; it may still do so (see `pbctl nats status`)",
                    self.opts.wait.as_secs()
                ));
                return Ok(rec);
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Pending and failed rows of pb-nats' publish queue (server-managed mode).
    pub async fn publish_queue(&self) -> Result<Vec<Value>> {
        if self.mode != Mode::ServerManaged {
            return Ok(Vec::new());
        }
        self.list(PUBLISH_QUEUE, None).await
    }
}

/// Server-managed when `nats_publish_queue` exists, pbctl-managed when the operator
/// collection exists, else not bootstrapped.
pub async fn detect_mode(client: &Client) -> Result<Mode> {
    if collection_exists(client, PUBLISH_QUEUE).await? {
        return Ok(Mode::ServerManaged);
    }
    if collection_exists(client, OPERATOR).await? {
        return Ok(Mode::PbctlManaged);
    }
    Ok(Mode::NotBootstrapped)
}

pub async fn collection(client: &Client, name: &str) -> Result<Option<Value>> {
    match client
        .json(Request::get(format!("/api/collections/{}", seg(name))))
        .await
    {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.kind == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

async fn collection_exists(client: &Client, name: &str) -> Result<bool> {
    Ok(collection(client, name).await?.is_some())
}

/// Random text for generated passwords.
pub fn random_token(len: usize) -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    (0..len)
        .map(|_| CHARS[fastrand::usize(..CHARS.len())] as char)
        .collect()
}

/// `{"a": 1}` merged into `{"b": 2}`.
pub fn merge(mut base: Value, extra: Value) -> Value {
    if let (Some(m), Value::Object(e)) = (base.as_object_mut(), extra) {
        for (k, v) in e {
            m.insert(k, v);
        }
    }
    base
}

/// An empty JSON object.
pub fn obj() -> Value {
    Value::Object(Map::new())
}

/// Current revocations of an account record (`{pubkey: unix}`).
pub fn revocations(rec: &Value) -> Map<String, Value> {
    match rec.get("revocations") {
        Some(Value::Object(m)) => m.clone(),
        Some(Value::String(t)) => serde_json::from_str(t).unwrap_or_default(),
        _ => Map::new(),
    }
}

/// `{"revocations": {..., key: now}}` with cutoffs only advancing.
pub fn add_revocation(rec: &Value, key: &str, at: i64) -> Value {
    let mut m = revocations(rec);
    let cur = m.get(key).and_then(Value::as_i64).unwrap_or(0);
    m.insert(key.to_string(), json!(cur.max(at)));
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redact_record_removes_pb_nats_secrets_only() {
        let mut user = json!({
            "collectionName": "nats_users", "id": "u1", "seed": "SUAX", "creds_file": "-----",
            "public_key": "UABC",
            "expand": {"account_id": {"collectionName": "nats_accounts", "private_key": "PA", "name": "acme"}}
        });
        redact_record(&mut user, "nats_users");
        assert_eq!(
            user,
            json!({"collectionName": "nats_users", "id": "u1", "public_key": "UABC",
                   "expand": {"account_id": {"collectionName": "nats_accounts", "name": "acme"}}})
        );
        let mut by_hint = json!({"seed": "SOAX"});
        redact_record(&mut by_hint, "nats_system_operator");
        assert_eq!(by_hint, json!({}));
        assert!(may_hold_secrets(
            "posts",
            r#"{"collectionName":"nats_users"}"#
        ));
        assert!(may_hold_secrets("nats_accounts", r#"{"id":"x"}"#));
        assert!(!may_hold_secrets(
            "posts",
            r#"{"collectionName":"posts","title":"x"}"#
        ));
        let mut other = json!({"collectionName": "posts", "seed": "not a nats seed"});
        redact_record(&mut other, "posts");
        assert_eq!(other["seed"], "not a nats seed");
    }
}
