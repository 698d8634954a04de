//! What the server holds, read once per command, and each object in document form (the
//! form `export` writes and `diff` compares): collections, settings, and the NATS
//! tenancy of the control plane (accounts, roles, users, exports, imports).

use crate::commands::collection::{self, plan as engine};
use crate::controlplane::names::*;
use crate::controlplane::{ControlPlane, Mode, b, i, s};
use crate::error::Result;
use crate::manifest::Kind;
use crate::manifest::kinds::{expires_from_record, normalize};
use crate::pb::{Client, Request};
use serde_json::{Map, Value, json};

/// The server as `apply`, `diff` and `export` see it.
pub struct Server {
    pub client: Client,
    /// Every collection, system ones included (when a Collection kind is involved).
    pub collections: Vec<Value>,
    pub settings: Value,
    /// The control plane, when it exists and a NATS kind is involved.
    pub nats: Option<Tenancy>,
}

/// The NATS records of the control plane.
pub struct Tenancy {
    pub cp: ControlPlane,
    pub system_account_id: String,
    pub accounts: Vec<Value>,
    pub roles: Vec<Value>,
    pub users: Vec<Value>,
    pub exports: Vec<Value>,
    pub imports: Vec<Value>,
}

/// Collections that belong to `pbctl nats bootstrap` (or pb-nats), never to a document.
pub fn is_control_plane_collection(name: &str) -> bool {
    name.starts_with("nats_")
}

impl Server {
    /// Read what the `kinds` need. A control plane that does not exist is `nats: None`.
    pub async fn load(client: Client, cp: ControlPlane, kinds: &[Kind]) -> Result<Server> {
        let has = |k: Kind| kinds.contains(&k);
        let collections = if has(Kind::Collection) {
            collection::fetch_all(&client).await?
        } else {
            Vec::new()
        };
        let settings = if has(Kind::Settings) {
            client.json(Request::get("/api/settings")).await?
        } else {
            json!({})
        };
        let nats = if kinds.iter().any(|k| k.is_nats()) && cp.mode != Mode::NotBootstrapped {
            let system_account_id = cp.system_account_id().await?;
            let (accounts, roles, users, exports, imports) = tokio::try_join!(
                cp.list(ACCOUNTS, None),
                cp.list(ROLES, None),
                cp.list(USERS, None),
                cp.list(EXPORTS, None),
                cp.list(IMPORTS, None),
            )?;
            Some(Tenancy {
                cp,
                system_account_id,
                accounts,
                roles,
                users,
                exports,
                imports,
            })
        } else {
            None
        };
        Ok(Server {
            client,
            collections,
            settings,
            nats,
        })
    }

    /// The collections a document may describe: not system ones, not the control plane's.
    pub fn user_collections(&self) -> impl Iterator<Item = &Value> {
        self.collections
            .iter()
            .filter(|c| !engine::is_system(c) && !is_control_plane_collection(engine::name_of(c)))
    }
}

impl Tenancy {
    fn name_by_id<'a>(list: &'a [Value], id: &'a str) -> &'a str {
        list.iter()
            .find(|r| s(r, "id") == id)
            .map_or(id, |r| s(r, "name"))
    }

    /// The name of the account with this public key, else the key itself.
    pub fn account_name_by_key<'a>(&'a self, key: &'a str) -> &'a str {
        self.accounts
            .iter()
            .find(|r| !key.is_empty() && s(r, "public_key") == key)
            .map_or(key, |r| s(r, "name"))
    }

    /// What `bootstrap` made and documents never name, export never writes and
    /// `--prune` never touches: the system account (and what belongs to it), the
    /// `system_admin` role and the `sys` user.
    pub fn is_protected(&self, kind: Kind, rec: &Value) -> bool {
        let sys = self.system_account_id.as_str();
        match kind {
            Kind::NatsAccount => s(rec, "id") == sys,
            Kind::NatsRole => s(rec, "name") == SYSTEM_ROLE,
            Kind::NatsUser => s(rec, "account_id") == sys && s(rec, "nats_username") == SYS_USER,
            Kind::NatsExport | Kind::NatsImport => s(rec, "account_id") == sys,
            _ => false,
        }
    }

    /// The records of one kind.
    pub fn records(&self, kind: Kind) -> &[Value] {
        match kind {
            Kind::NatsAccount => &self.accounts,
            Kind::NatsRole => &self.roles,
            Kind::NatsUser => &self.users,
            Kind::NatsExport => &self.exports,
            Kind::NatsImport => &self.imports,
            _ => &[],
        }
    }

    /// A record in document form, defaults filled in (see [`normalize`]).
    pub fn to_doc(&self, kind: Kind, r: &Value) -> Value {
        let strs = |k: &str| -> Value {
            match r.get(k) {
                Some(Value::Array(a)) => Value::Array(a.clone()),
                _ => json!([]),
            }
        };
        let doc = match kind {
            Kind::NatsAccount => json!({
                "name": s(r, "name"),
                "description": s(r, "description"),
                "active": b(r, "active"),
                "limits": {
                    "connections": i(r, "max_connections"),
                    "subscriptions": i(r, "max_subscriptions"),
                    "data": i(r, "max_data"),
                    "payload": i(r, "max_payload"),
                    "jetstreamDisk": i(r, "max_jetstream_disk_storage"),
                    "jetstreamMemory": i(r, "max_jetstream_memory_storage"),
                },
            }),
            Kind::NatsRole => {
                let mut m = Map::new();
                m.insert("name".into(), json!(s(r, "name")));
                m.insert("description".into(), json!(s(r, "description")));
                m.insert(
                    "publish".into(),
                    json!({"allow": strs("publish_permissions"), "deny": strs("publish_deny_permissions")}),
                );
                m.insert(
                    "subscribe".into(),
                    json!({"allow": strs("subscribe_permissions"), "deny": strs("subscribe_deny_permissions")}),
                );
                if b(r, "allow_response") {
                    m.insert(
                        "allowResponse".into(),
                        json!({"max": i(r, "allow_response_max"), "ttl": format!("{}s", i(r, "allow_response_ttl"))}),
                    );
                }
                m.insert(
                    "limits".into(),
                    json!({"subscriptions": i(r, "max_subscriptions"), "data": i(r, "max_data"), "payload": i(r, "max_payload")}),
                );
                Value::Object(m)
            }
            Kind::NatsUser => {
                let mut m = Map::new();
                m.insert("name".into(), json!(s(r, "nats_username")));
                m.insert(
                    "account".into(),
                    json!(Self::name_by_id(&self.accounts, s(r, "account_id"))),
                );
                m.insert(
                    "role".into(),
                    json!(Self::name_by_id(&self.roles, s(r, "role_id"))),
                );
                m.insert("email".into(), json!(s(r, "email")));
                m.insert("description".into(), json!(s(r, "description")));
                m.insert("active".into(), json!(b(r, "active")));
                if let Some(e) = expires_from_record(s(r, "jwt_expires_at")) {
                    m.insert("expires".into(), json!(e));
                }
                Value::Object(m)
            }
            Kind::NatsExport => json!({
                "account": Self::name_by_id(&self.accounts, s(r, "account_id")),
                "name": s(r, "name"),
                "subject": s(r, "subject"),
                "type": s(r, "type"),
                "description": s(r, "description"),
            }),
            Kind::NatsImport => json!({
                "account": Self::name_by_id(&self.accounts, s(r, "account_id")),
                "name": s(r, "name"),
                "fromAccount": self.account_name_by_key(s(r, "account")),
                "subject": s(r, "subject"),
                "localSubject": s(r, "local_subject"),
                "type": s(r, "type"),
                "description": s(r, "description"),
            }),
            Kind::Settings | Kind::Collection => r.clone(),
        };
        normalize(kind, &doc)
    }

    /// Every unprotected object of `kind` in document form with its record, sorted by key.
    pub fn docs(&self, kind: Kind) -> Vec<(Value, &Value)> {
        let mut out: Vec<(Value, &Value)> = self
            .records(kind)
            .iter()
            .filter(|r| !self.is_protected(kind, r))
            .map(|r| (self.to_doc(kind, r), r))
            .collect();
        out.sort_by_key(|(d, _)| crate::manifest::key_of(kind, d));
        out
    }
}

/// Settings keys PocketBase never returns (write-only secrets), as `export` writes them:
/// an `${env:...}` placeholder, when the section that uses the secret is enabled.
pub const SECRET_SETTINGS: [(&str, &str, &str); 3] = [
    ("smtp", "password", "SMTP_PASSWORD"),
    ("s3", "secret", "S3_SECRET"),
    ("backups.s3", "secret", "BACKUPS_S3_SECRET"),
];
