//! Carrying out a plan: settings in one PATCH, collections in one import request (the
//! engine's payload), and each NATS step through the same control-plane functions as
//! the `pbctl nats` commands (minting, revocation and reissue in pbctl-managed mode;
//! records and trigger fields in server-managed mode).

use super::plan::{Action, Plan, Step};
use super::state::Server;
use crate::commands::collection::plan as engine;
use crate::controlplane::names::*;
use crate::controlplane::tenancy::{new_export_fields, new_import_fields, new_user_fields};
use crate::controlplane::{ControlPlane, RecordFields, merge};
use crate::error::{Error, Result};
use crate::manifest::Kind;
use crate::manifest::kinds::expires_to_record;
use crate::pb::Request;
use crate::ui::Ui;
use reqwest::Method;
use serde_json::{Value, json};
use std::collections::HashMap;

pub async fn run(ui: &Ui, server: &Server, plan: &Plan) -> Result<()> {
    if let Some(settings) = &plan.settings {
        let changed = plan.steps.iter().any(|s| s.kind == Kind::Settings);
        if changed || !plan.write_only.is_empty() {
            server
                .client
                .json(Request::new(Method::PATCH, "/api/settings").json(settings.clone()))
                .await
                .map_err(|e| e.context("applying the settings"))?;
        }
    }
    if let Some(cp) = &plan.collections
        && !cp.changes.is_empty()
    {
        let body = json!({
            "collections": engine::payload(&cp.desired, &server.collections, cp.prune),
            "deleteMissing": true,
        });
        server
            .client
            .send(Request::new(Method::PUT, "/api/collections/import").json(body))
            .await
            .map_err(|e| e.context("applying the collections"))?;
    }
    let nats: Vec<&Step> = plan.steps.iter().filter(|s| s.kind.is_nats()).collect();
    if nats.is_empty() {
        return Ok(());
    }
    let Some(t) = &server.nats else {
        return Ok(());
    };
    let mut run = Runner {
        ui,
        cp: &t.cp,
        accounts: t
            .accounts
            .iter()
            .map(|r| (r.str_field("name").to_string(), r.clone()))
            .collect(),
        roles: t
            .roles
            .iter()
            .map(|r| (r.str_field("name").to_string(), r.clone()))
            .collect(),
    };
    let bar = ui.items_progress(Some(nats.len() as u64), false, "objects");
    for step in nats {
        run.step(step)
            .await
            .map_err(|e| e.context(format!("{} {}", step.kind.as_str(), step.name)))?;
        bar.add(1);
    }
    bar.finish_and_clear();
    Ok(())
}

struct Runner<'a> {
    ui: &'a Ui,
    cp: &'a ControlPlane,
    /// Accounts and roles by name, updated as steps create or change them.
    accounts: HashMap<String, Value>,
    roles: HashMap<String, Value>,
}

impl Runner<'_> {
    fn account(&self, name: &str) -> Result<Value> {
        self.accounts
            .get(name)
            .cloned()
            .ok_or_else(|| Error::not_found(format!("account {name:?} not found")))
    }

    fn account_by_id(&self, id: &str) -> Result<Value> {
        self.accounts
            .values()
            .find(|r| r.str_field("id") == id)
            .cloned()
            .ok_or_else(|| Error::not_found(format!("account {id:?} not found")))
    }

    fn role(&self, name: &str) -> Result<Value> {
        self.roles
            .get(name)
            .cloned()
            .ok_or_else(|| Error::not_found(format!("role {name:?} not found")))
    }

    async fn step(&mut self, step: &Step) -> Result<()> {
        let empty = json!({});
        let d = step.desired.as_ref().unwrap_or(&empty);
        let st = |k: &str| d.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let record = step.record.as_ref().unwrap_or(&empty);
        let cp = self.cp;
        match (step.kind, step.action) {
            (Kind::NatsAccount, Action::Create) => {
                let rec = cp.add_account(self.ui, account_fields(d)).await?;
                self.accounts.insert(st("name"), rec);
            }
            (Kind::NatsAccount, Action::Update) => {
                let rec = cp.change_account(record, account_fields(d)).await?;
                self.accounts.insert(st("name"), rec);
            }
            (Kind::NatsAccount, Action::Delete) => cp.remove_account(record).await?,
            (Kind::NatsRole, Action::Create) => {
                let mut body = role_fields(d);
                body["is_default"] = json!(false);
                let rec = cp.create(ROLES, body).await?;
                self.roles.insert(st("name"), rec);
            }
            (Kind::NatsRole, Action::Update) => {
                let (rec, _) = cp.change_role(record, role_fields(d)).await?;
                self.roles.insert(st("name"), rec);
            }
            (Kind::NatsRole, Action::Delete) => cp.remove_role(record).await?,
            (Kind::NatsExport, Action::Create | Action::Update) => {
                let acct = self.account(&st("account"))?;
                let mut body =
                    new_export_fields(acct.str_field("id"), &st("name"), &st("subject"), false);
                body["type"] = json!(st("type"));
                body["description"] = json!(st("description"));
                if step.action == Action::Create {
                    cp.add_account_item(EXPORTS, &acct, body).await?;
                } else {
                    let patch = pick(&body, &["subject", "type", "description"]);
                    cp.change_account_item(EXPORTS, &acct, record, patch)
                        .await?;
                }
            }
            (Kind::NatsImport, Action::Create | Action::Update) => {
                let acct = self.account(&st("account"))?;
                let from = st("fromAccount");
                let from = if crate::nats::keys::is_account_key(&from) {
                    from
                } else {
                    self.account(&from)?.str_field("public_key").to_string()
                };
                if from.is_empty() {
                    return Err(Error::failed(format!(
                        "account {:?} has no public key yet",
                        st("fromAccount")
                    )));
                }
                let mut body = new_import_fields(
                    acct.str_field("id"),
                    &st("name"),
                    &st("subject"),
                    &from,
                    false,
                );
                body["type"] = json!(st("type"));
                body["local_subject"] = json!(st("localSubject"));
                body["description"] = json!(st("description"));
                if step.action == Action::Create {
                    cp.add_account_item(IMPORTS, &acct, body).await?;
                } else {
                    let patch = pick(
                        &body,
                        &["subject", "account", "type", "local_subject", "description"],
                    );
                    cp.change_account_item(IMPORTS, &acct, record, patch)
                        .await?;
                }
            }
            (Kind::NatsExport | Kind::NatsImport, Action::Delete) => {
                let coll = if step.kind == Kind::NatsExport {
                    EXPORTS
                } else {
                    IMPORTS
                };
                let acct = self.account_by_id(record.str_field("account_id"))?;
                cp.remove_account_item(coll, &acct, record).await?;
            }
            (Kind::NatsUser, Action::Create) => {
                let acct = self.account(&st("account"))?;
                let role = self.role(&st("role"))?;
                let email = d.get("email").and_then(Value::as_str);
                let active = d.get("active").and_then(Value::as_bool).unwrap_or(true);
                let mut fields = new_user_fields(
                    &st("name"),
                    email,
                    acct.str_field("id"),
                    role.str_field("id"),
                    active,
                );
                fields = merge(fields, user_patch(d, &acct, &role)?);
                cp.add_user(self.ui, &acct, &role, fields).await?;
            }
            (Kind::NatsUser, Action::Update) => {
                let acct = self.account(&st("account"))?;
                let role = self.role(&st("role"))?;
                let patch = user_patch(d, &acct, &role)?;
                let changed = patch
                    .as_object()
                    .is_some_and(|m| m.iter().any(|(k, v)| record.get(k) != Some(v)));
                let mut rec = record.clone();
                if changed {
                    rec = cp.change_user(&rec, patch).await?;
                }
                let active = d.get("active").and_then(Value::as_bool).unwrap_or(true);
                if rec.bool_field("active") != active {
                    cp.set_user_active(&rec, active).await?;
                }
            }
            (Kind::NatsUser, Action::Delete) => cp.remove_user(record).await?,
            (Kind::Settings | Kind::Collection, _) => {}
        }
        Ok(())
    }
}

fn pick(body: &Value, keys: &[&str]) -> Value {
    let mut out = json!({});
    for k in keys {
        if let Some(v) = body.get(*k) {
            out[*k] = v.clone();
        }
    }
    out
}

/// An account document's record fields.
fn account_fields(d: &Value) -> Value {
    let l = |k: &str| d["limits"].get(k).cloned().unwrap_or(json!(-1));
    json!({
        "name": d["name"],
        "description": d["description"],
        "active": d["active"],
        "max_connections": l("connections"),
        "max_subscriptions": l("subscriptions"),
        "max_data": l("data"),
        "max_payload": l("payload"),
        "max_jetstream_disk_storage": l("jetstreamDisk"),
        "max_jetstream_memory_storage": l("jetstreamMemory"),
    })
}

/// A role document's record fields.
fn role_fields(d: &Value) -> Value {
    let ar = d.get("allowResponse");
    let ttl = ar
        .and_then(|a| a.get("ttl"))
        .and_then(Value::as_str)
        .and_then(|t| crate::manifest::kinds::duration_secs(t).ok())
        .unwrap_or(0);
    json!({
        "name": d["name"],
        "description": d["description"],
        "publish_permissions": d["publish"]["allow"],
        "publish_deny_permissions": d["publish"]["deny"],
        "subscribe_permissions": d["subscribe"]["allow"],
        "subscribe_deny_permissions": d["subscribe"]["deny"],
        "allow_response": ar.is_some(),
        "allow_response_max": ar.and_then(|a| a.get("max")).cloned().unwrap_or(json!(0)),
        "allow_response_ttl": ttl,
        "max_subscriptions": d["limits"]["subscriptions"],
        "max_data": d["limits"]["data"],
        "max_payload": d["limits"]["payload"],
    })
}

/// A user document's record fields, but `active` (which has its own function).
fn user_patch(d: &Value, acct: &Value, role: &Value) -> Result<Value> {
    let mut p = json!({
        "nats_username": d["name"],
        "account_id": acct.str_field("id"),
        "role_id": role.str_field("id"),
        "description": d["description"],
        "jwt_expires_at": match d.get("expires").and_then(Value::as_str) {
            Some(e) => expires_to_record(e).map_err(Error::usage)?,
            None => String::new(),
        },
    });
    if let Some(e) = d.get("email") {
        p["email"] = e.clone();
    }
    Ok(p)
}
