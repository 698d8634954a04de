//! pbctl-managed mode: the record changes pb-nats' hooks would make, done from the
//! outside (what pb-nats' record hooks do on create, update and delete): re-minting accounts, reissuing users, revocations,
//! and `nats bootstrap`.

use super::mint::{self, StoredKey};
use super::names::*;
use super::{ControlPlane, Mode, RecordFields, merge, of_account, schema};
use crate::error::{Error, Result};
use crate::nats::jwt::now_unix;
use crate::nats::keys::{KeyKind, KeyPair};
use crate::pb::Request;
use crate::pb::filter_quote;
use serde_json::{Value, json};

impl ControlPlane {
    /// The operator record and its newest signing key.
    pub async fn operator_signer(&self) -> Result<(Value, KeyPair)> {
        let op = self.operator().await?;
        let key = mint::newest_signing_key(&op, KeyKind::Operator, self.enc(), "the operator")?;
        Ok((op, key))
    }

    /// Mint `acct`'s JWT from its record, exports and imports, and write it back.
    pub async fn remint_account(&self, acct: &Value) -> Result<Value> {
        let (op, signer) = self.operator_signer().await?;
        let id = acct.str_field("id");
        let is_system = op.str_field("system_account_id") == id;
        let (exports, imports) = if is_system {
            (Vec::new(), Vec::new())
        } else {
            let f = of_account(acct);
            (
                self.list(EXPORTS, Some(&f)).await?,
                self.list(IMPORTS, Some(&f)).await?,
            )
        };
        let jwt = mint::account_jwt(&signer, acct, is_system, &exports, &imports)?;
        self.update(ACCOUNTS, id, json!({"jwt": jwt})).await
    }

    /// Write `patch` to the account, then re-mint it from the updated record.
    pub async fn patch_account(&self, acct: &Value, patch: Value) -> Result<Value> {
        let updated = self.update(ACCOUNTS, acct.str_field("id"), patch).await?;
        self.remint_account(&updated).await
    }

    /// Reissue a user's JWT and creds (same key, or `new_key` after a revoke).
    pub async fn reissue_user(
        &self,
        user: &Value,
        new_key: Option<KeyPair>,
        extra: Value,
    ) -> Result<Value> {
        let account = self.get(ACCOUNTS, user.str_field("account_id")).await?;
        let role = self.get(ROLES, user.str_field("role_id")).await?;
        let key = match new_key {
            Some(k) => k,
            None => mint::identity(user, KeyKind::User, self.enc(), "the user")?,
        };
        let merged = merge(user.clone(), extra.clone());
        let signer =
            mint::newest_signing_key(&account, KeyKind::Account, self.enc(), "the account")?;
        let sys_id = self.system_account_id().await?;
        let is_sys =
            merged.str_field("nats_username") == SYS_USER && account.str_field("id") == sys_id;
        let mut patch = mint::user_jwt_and_creds(&signer, &account, &role, &merged, &key, is_sys)?;
        patch = merge(patch, extra);
        if user.str_field("public_key") != key.public_key() {
            patch = merge(patch, mint::identity_fields(&key, self.enc())?);
        }
        self.update(USERS, user.str_field("id"), patch).await
    }

    /// Reissue every **active** user matching `filter`; returns how many.
    pub async fn reissue_active_users(&self, filter: &str) -> Result<usize> {
        let users = self
            .list(USERS, Some(&format!("({filter}) && active = true")))
            .await?;
        for u in &users {
            self.reissue_user(u, None, json!({})).await?;
        }
        Ok(users.len())
    }

    /// Revoke `user_key` on its account at now (cutoffs only advance) and re-mint.
    pub async fn revoke_key(&self, account_id: &str, user_key: &str) -> Result<Value> {
        let acct = self.get(ACCOUNTS, account_id).await?;
        let rev = super::add_revocation(&acct, user_key, now_unix());
        self.patch_account(&acct, json!({ "revocations": rev }))
            .await
    }

    /// A new account record's `fields` plus a fresh identity key and one signing key (seeds
    /// encrypted), no revocations and the pb-nats action flags cleared.
    fn with_new_account_keys(&self, fields: Value) -> Result<Value> {
        let identity = KeyPair::new_account();
        let sk = StoredKey::generate(KeyKind::Account);
        let mut body = merge(fields, mint::identity_fields(&identity, self.enc())?);
        body = merge(body, mint::signing_key_fields(&[sk], self.enc())?);
        Ok(merge(
            body,
            json!({"revocations": {}, "rotate_keys": false, "add_signing_key": false, "remove_signing_key": ""}),
        ))
    }

    /// Create an account record with fresh keys and its JWT (pbctl-managed).
    pub async fn create_account(&self, fields: Value) -> Result<Value> {
        let rec = self
            .create(ACCOUNTS, self.with_new_account_keys(fields)?)
            .await?;
        match self.remint_account(&rec).await {
            Ok(r) => Ok(r),
            Err(e) => {
                let _ = self.delete(ACCOUNTS, rec.str_field("id")).await;
                Err(e)
            }
        }
    }

    /// Create a user with a fresh key, JWT and creds (pbctl-managed).
    pub async fn create_user(&self, account: &Value, role: &Value, fields: Value) -> Result<Value> {
        let key = KeyPair::new_user();
        let signer =
            mint::newest_signing_key(account, KeyKind::Account, self.enc(), "the account")?;
        let sys_id = self.system_account_id().await?;
        let is_sys =
            fields.str_field("nats_username") == SYS_USER && account.str_field("id") == sys_id;
        let mut body = merge(fields, mint::identity_fields(&key, self.enc())?);
        let minted = mint::user_jwt_and_creds(&signer, account, role, &body, &key, is_sys)?;
        body = merge(body, minted);
        self.create(USERS, body).await
    }

    /// Delete a user (pbctl-managed: its key is revoked on the account first).
    pub async fn delete_user(&self, user: &Value) -> Result<()> {
        if self.pbctl_mints() && !user.str_field("public_key").is_empty() {
            self.revoke_key(user.str_field("account_id"), user.str_field("public_key"))
                .await?;
        }
        self.delete(USERS, user.str_field("id")).await
    }

    /// Suspend (`active` false: revoke the current key at now) or resume (reissue, with
    /// `iat` after the cutoff).
    pub async fn set_user_active(&self, user: &Value, active: bool) -> Result<Value> {
        if self.server_mints() {
            return self
                .update(USERS, user.str_field("id"), json!({ "active": active }))
                .await;
        }
        if user.bool_field("active") == active {
            return Ok(user.clone());
        }
        let key = user.str_field("public_key");
        if active {
            // A JWT issued in the same second as the cutoff would still be revoked.
            let acct = self.get(ACCOUNTS, user.str_field("account_id")).await?;
            let cutoff = super::revocations(&acct)
                .get(key)
                .and_then(Value::as_i64)
                .unwrap_or(0);
            while now_unix() <= cutoff {
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            self.reissue_user(user, None, json!({"active": true})).await
        } else {
            if !key.is_empty() {
                self.revoke_key(user.str_field("account_id"), key).await?;
            }
            self.update(USERS, user.str_field("id"), json!({"active": false}))
                .await
        }
    }

    /// `revoke`: new key pair, the old key revoked at now, new JWT and creds.
    pub async fn revoke_user(&self, user: &Value) -> Result<Value> {
        let old = user.str_field("public_key").to_string();
        if !old.is_empty() {
            self.revoke_key(user.str_field("account_id"), &old).await?;
        }
        self.reissue_user(user, Some(KeyPair::new_user()), json!({"revoke": false}))
            .await
    }

    /// Replace, add or remove account signing keys; re-mint; reissue active users.
    pub async fn change_signing_keys(
        &self,
        acct: &Value,
        change: SigningKeyChange<'_>,
    ) -> Result<(Value, usize)> {
        let mut keys = mint::signing_keys(acct, KeyKind::Account, self.enc(), "the account")?;
        let mut patch = json!({});
        match change {
            SigningKeyChange::Rotate => {
                keys = vec![StoredKey::generate(KeyKind::Account)];
                patch = json!({"revocations": {}});
            }
            SigningKeyChange::Add => keys.push(StoredKey::generate(KeyKind::Account)),
            SigningKeyChange::Remove(k) => {
                if !keys.iter().any(|x| x.public_key() == k) {
                    return Err(Error::failed(format!(
                        "{k} is not a signing key of account {:?}",
                        acct.str_field("name")
                    )));
                }
                if keys.len() == 1 {
                    return Err(Error::failed(
                        "cannot remove the only signing key of an account",
                    )
                    .hint("add one first with `pbctl nats account add-signing-key`, or use rotate-keys"));
                }
                keys.retain(|x| x.public_key() != k);
            }
        }
        patch = merge(patch, mint::signing_key_fields(&keys, self.enc())?);
        let updated = self.patch_account(acct, patch).await?;
        let n = self.reissue_active_users(&of_account(acct)).await?;
        Ok((updated, n))
    }

    /// `nats bootstrap`: pb-nats' collections, the operator, `SYS`, `system_admin` and
    /// `sys`, each created only if missing. Returns what was created.
    pub async fn bootstrap(&mut self, operator_name: &str) -> Result<Vec<String>> {
        if self.mode == Mode::ServerManaged {
            return Err(Error::failed(
                "this PocketBase runs pb-nats (it has nats_publish_queue): pb-nats bootstraps itself",
            )
            .hint("nothing to do; use `pbctl nats status` to see its state"));
        }
        let mut created = Vec::new();
        self.ensure_collections(&mut created).await?;
        self.mode = Mode::PbctlManaged;

        // Operator and system account.
        let ops = self.list(OPERATOR, None).await?;
        let mut op = match ops.into_iter().next() {
            Some(op) => op,
            None => {
                let identity = KeyPair::new_operator();
                let sk = StoredKey::generate(KeyKind::Operator);
                let mut body = json!({"name": operator_name, "system_account_id": ""});
                body = merge(body, mint::identity_fields(&identity, self.enc())?);
                body = merge(
                    body,
                    mint::signing_key_fields(std::slice::from_ref(&sk), self.enc())?,
                );
                body["jwt"] = json!(mint::operator_jwt(
                    operator_name,
                    &identity,
                    &[sk.public_key().to_string()],
                    "",
                )?);
                created.push(format!("operator {operator_name}"));
                self.create(OPERATOR, body).await?
            }
        };
        let sys_id = op.str_field("system_account_id").to_string();
        let sys = match if sys_id.is_empty() {
            None
        } else {
            self.get(ACCOUNTS, &sys_id).await.ok()
        } {
            Some(a) => a,
            None => {
                let mut limits = json!({});
                for f in ACCOUNT_LIMITS {
                    limits[f] = json!(-1);
                }
                let fields = merge(
                    json!({
                        "name": SYSTEM_ACCOUNT_NAME,
                        "description": "Automatically created system account for NATS management",
                        "active": true,
                    }),
                    limits,
                );
                // Created with keys; minted once the operator points at it.
                let body = self.with_new_account_keys(fields)?;
                created.push("system account SYS".into());
                self.create(ACCOUNTS, body).await?
            }
        };
        if op.str_field("system_account_id") != sys.str_field("id")
            || op.str_field("jwt").is_empty()
        {
            let identity = mint::identity(&op, KeyKind::Operator, self.enc(), "the operator")?;
            let jwt = mint::operator_jwt(
                op.str_field("name"),
                &identity,
                &mint::signing_public_keys(&op),
                sys.str_field("public_key"),
            )?;
            op = self
                .update(
                    OPERATOR,
                    op.str_field("id"),
                    json!({"system_account_id": sys.str_field("id"), "jwt": jwt}),
                )
                .await?;
        }
        let _ = op;
        let sys = if sys.str_field("jwt").is_empty() {
            self.remint_account(&sys).await?
        } else {
            sys
        };

        // system_admin role and the sys user.
        let roles = self
            .list(
                ROLES,
                Some(&format!("name = {}", filter_quote(SYSTEM_ROLE))),
            )
            .await?;
        let role = match roles.into_iter().next() {
            Some(r) => r,
            None => {
                created.push(format!("role {SYSTEM_ROLE}"));
                self.create(
                    ROLES,
                    json!({
                        "name": SYSTEM_ROLE,
                        "description": "System administrator role",
                        "is_default": false,
                        "publish_permissions": ["$SYS.>", ">"],
                        "subscribe_permissions": ["$SYS.>", ">"],
                        "publish_deny_permissions": [],
                        "subscribe_deny_permissions": [],
                        "allow_response": true,
                        "allow_response_max": -1,
                        "allow_response_ttl": 0,
                        "max_subscriptions": -1,
                        "max_data": -1,
                        "max_payload": -1,
                    }),
                )
                .await?
            }
        };
        let users = self
            .list(
                USERS,
                Some(&format!(
                    "nats_username = {} && account_id = {}",
                    filter_quote(SYS_USER),
                    filter_quote(sys.str_field("id"))
                )),
            )
            .await?;
        if users.is_empty() {
            let password = super::random_token(64);
            created.push("user sys".into());
            self.create_user(
                &sys,
                &role,
                json!({
                    "email": SYS_EMAIL,
                    "emailVisibility": false,
                    "verified": true,
                    "password": password,
                    "passwordConfirm": password,
                    "nats_username": SYS_USER,
                    "description": "System user for NATS management",
                    "account_id": sys.str_field("id"),
                    "role_id": role.str_field("id"),
                    "active": true,
                    "bearer_token": false,
                    "regenerate": false,
                    "revoke": false,
                    "publish_permissions": [],
                    "subscribe_permissions": [],
                    "publish_deny_permissions": [],
                    "subscribe_deny_permissions": [],
                }),
            )
            .await?;
        }
        Ok(created)
    }

    async fn ensure_collections(&self, created: &mut Vec<String>) -> Result<()> {
        let accounts = super::collection(&self.client, ACCOUNTS).await?;
        let roles = super::collection(&self.client, ROLES).await?;
        if let Some(a) = &accounts
            && a.get("fields").and_then(Value::as_array).is_some_and(|f| {
                f.iter()
                    .any(|x| x.str_field("name").starts_with("synadia_"))
            })
        {
            return Err(Error::failed(
                "nats_accounts belongs to pb-synadia (it has synadia_* fields): not a pb-nats control plane",
            )
            .hint("pbctl manages pb-nats' collections only; nothing was changed"));
        }
        let ids = schema::Ids {
            accounts: accounts
                .as_ref()
                .map(|c| c.str_field("id").to_string())
                .unwrap_or_else(|| schema::collection_id("base", ACCOUNTS)),
            roles: roles
                .as_ref()
                .map(|c| c.str_field("id").to_string())
                .unwrap_or_else(|| schema::collection_id("base", ROLES)),
        };
        // Two passes so the migration files PocketBase's automigrate writes apply in
        // the order they sort in (docs/decisions.md): first every missing collection
        // without its relation fields (`<ts>_created_*.js`), then the relation fields
        // and any other missing field (`<ts>_updated_*.js`, sorting after every
        // `_created_` file of the same or an earlier second).
        let defs = schema::collections(&ids);
        let mut just_created = Vec::new();
        for def in &defs {
            let name = def.str_field("name").to_string();
            if super::collection(&self.client, &name).await?.is_none() {
                let mut bare = def.clone();
                if let Some(fields) = bare.get_mut("fields").and_then(Value::as_array_mut) {
                    fields.retain(|f| f.str_field("type") != "relation");
                }
                self.client
                    .json(Request::post("/api/collections", bare))
                    .await
                    .map_err(|e| e.context(format!("creating collection {name}")))?;
                created.push(format!("collection {name}"));
                just_created.push(name);
            }
        }
        for def in &defs {
            let name = def.str_field("name").to_string();
            let Some(existing) = super::collection(&self.client, &name).await? else {
                return Err(Error::failed(format!(
                    "collection {name} disappeared during bootstrap"
                )));
            };
            // pb-nats' ensure* migrations: add missing fields, keep everything else.
            let mut fields = existing
                .get("fields")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let mut added = Vec::new();
            for (i, f) in def
                .get("fields")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                if !fields
                    .iter()
                    .any(|h| h.str_field("name") == f.str_field("name"))
                {
                    added.push(f.str_field("name").to_string());
                    fields.insert(i.min(fields.len()), f.clone());
                }
            }
            if !added.is_empty() {
                self.client
                    .json(
                        Request::new(
                            reqwest::Method::PATCH,
                            format!("/api/collections/{}", crate::pb::seg(&name)),
                        )
                        .json(json!({ "fields": fields })),
                    )
                    .await
                    .map_err(|e| e.context(format!("adding fields to {name}")))?;
                if !just_created.contains(&name) {
                    created.push(format!("fields {} of {name}", added.join(", ")));
                }
            }
        }
        Ok(())
    }
}

/// What `change_signing_keys` does.
pub enum SigningKeyChange<'a> {
    Rotate,
    Add,
    Remove(&'a str),
}

/// Fill pbctl-managed seeds into plaintext (used when a record is shown with
/// `--show-seeds` and the seeds are encrypted).
pub fn reveal_record(rec: &Value, enc: Option<&super::crypto::EncryptionKey>) -> Value {
    let mut v = rec.clone();
    if let (Some(k), Some(m)) = (enc, v.as_object_mut()) {
        for f in ["seed", "private_key"] {
            if let Some(Value::String(t)) = m.get(f)
                && let Ok(p) = k.decrypt(t)
            {
                m.insert(f.into(), Value::String(p));
            }
        }
        if let Some(Value::String(t)) = m.get("signing_keys_private")
            && let Ok(p) = k.decrypt(t)
            && let Ok(j) = serde_json::from_str::<Value>(&p)
        {
            m.insert("signing_keys_private".into(), j);
        }
    }
    v
}
