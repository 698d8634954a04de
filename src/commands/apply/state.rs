//! What the server holds, read once per command, and each object in document form (the
//! form `export` writes and `diff` compares): collections, settings, and the NATS
//! tenancy of the control plane (accounts, roles, users, exports, imports).

use crate::commands::collection::{self, plan as engine};
use crate::controlplane::names::*;
use crate::controlplane::{ControlPlane, Mode, RecordFields};
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
            .find(|r| r.str_field("id") == id)
            .map_or(id, |r| r.str_field("name"))
    }

    /// The name of the account with this public key, else the key itself.
    pub fn account_name_by_key<'a>(&'a self, key: &'a str) -> &'a str {
        self.accounts
            .iter()
            .find(|r| !key.is_empty() && r.str_field("public_key") == key)
            .map_or(key, |r| r.str_field("name"))
    }

    /// What `bootstrap` made and documents never name, export never writes and
    /// `--prune` never touches: the system account (and what belongs to it), the
    /// `system_admin` role and the `sys` user.
    pub fn is_protected(&self, kind: Kind, rec: &Value) -> bool {
        let sys = self.system_account_id.as_str();
        match kind {
            Kind::NatsAccount => rec.str_field("id") == sys,
            Kind::NatsRole => rec.str_field("name") == SYSTEM_ROLE,
            Kind::NatsUser => {
                rec.str_field("account_id") == sys && rec.str_field("nats_username") == SYS_USER
            }
            Kind::NatsExport | Kind::NatsImport => rec.str_field("account_id") == sys,
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
                "name": r.str_field("name"),
                "description": r.str_field("description"),
                "active": r.bool_field("active"),
                "limits": {
                    "connections": r.int_field("max_connections"),
                    "subscriptions": r.int_field("max_subscriptions"),
                    "data": r.int_field("max_data"),
                    "payload": r.int_field("max_payload"),
                    "jetstreamDisk": r.int_field("max_jetstream_disk_storage"),
                    "jetstreamMemory": r.int_field("max_jetstream_memory_storage"),
                },
            }),
            Kind::NatsRole => {
                let mut m = Map::new();
                m.insert("name".into(), json!(r.str_field("name")));
                m.insert("description".into(), json!(r.str_field("description")));
                m.insert(
                    "publish".into(),
                    json!({"allow": strs("publish_permissions"), "deny": strs("publish_deny_permissions")}),
                );
                m.insert(
                    "subscribe".into(),
                    json!({"allow": strs("subscribe_permissions"), "deny": strs("subscribe_deny_permissions")}),
                );
                if r.bool_field("allow_response") {
                    m.insert(
                        "allowResponse".into(),
                        json!({"max": r.int_field("allow_response_max"), "ttl": format!("{}s", r.int_field("allow_response_ttl"))}),
                    );
                }
                m.insert(
                    "limits".into(),
                    json!({"subscriptions": r.int_field("max_subscriptions"), "data": r.int_field("max_data"), "payload": r.int_field("max_payload")}),
                );
                Value::Object(m)
            }
            Kind::NatsUser => {
                let mut m = Map::new();
                m.insert("name".into(), json!(r.str_field("nats_username")));
                m.insert(
                    "account".into(),
                    json!(Self::name_by_id(&self.accounts, r.str_field("account_id"))),
                );
                m.insert(
                    "role".into(),
                    json!(Self::name_by_id(&self.roles, r.str_field("role_id"))),
                );
                m.insert("email".into(), json!(r.str_field("email")));
                m.insert("description".into(), json!(r.str_field("description")));
                m.insert("active".into(), json!(r.bool_field("active")));
                if let Some(e) = expires_from_record(r.str_field("jwt_expires_at")) {
                    m.insert("expires".into(), json!(e));
                }
                Value::Object(m)
            }
            Kind::NatsExport => json!({
                "account": Self::name_by_id(&self.accounts, r.str_field("account_id")),
                "name": r.str_field("name"),
                "subject": r.str_field("subject"),
                "type": r.str_field("type"),
                "description": r.str_field("description"),
            }),
            Kind::NatsImport => json!({
                "account": Self::name_by_id(&self.accounts, r.str_field("account_id")),
                "name": r.str_field("name"),
                "fromAccount": self.account_name_by_key(r.str_field("account")),
                "subject": r.str_field("subject"),
                "localSubject": r.str_field("local_subject"),
                "type": r.str_field("type"),
                "description": r.str_field("description"),
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
