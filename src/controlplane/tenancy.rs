//! The tenancy changes that `pbctl nats account|role|user ...` and `pbctl apply` both
//! make, in both modes: pbctl-managed (mint keys and JWTs, revoke, reissue, as pb-nats'
//! hooks would) and server-managed (write the records and trigger fields, wait for
//! pb-nats to mint). One function per change, so the two commands can never disagree.

use super::names::*;
use super::{ControlPlane, RecordFields, normalize_name, of_account, random_token};
use crate::error::{Error, Result};
use crate::pb::filter_quote;
use crate::ui::Ui;
use serde_json::{Value, json};

impl ControlPlane {
    /// A new account from `fields` (name, description, active, limits).
    pub async fn add_account(&self, ui: &Ui, fields: Value) -> Result<Value> {
        if self.pbctl_mints() {
            return self.create_account(fields).await;
        }
        let rec = self.create(ACCOUNTS, fields).await?;
        self.wait_for(
            ACCOUNTS,
            rec.str_field("id"),
            ui,
            "minted the account",
            |r| !r.str_field("jwt").is_empty(),
        )
        .await
    }

    /// Change an account's fields (`active` included); pbctl-managed re-mints it.
    pub async fn change_account(&self, rec: &Value, patch: Value) -> Result<Value> {
        if self.pbctl_mints() {
            self.patch_account(rec, patch).await
        } else {
            self.update(ACCOUNTS, rec.str_field("id"), patch).await
        }
    }

    /// Refuse a change that NATS' own system account must never get.
    pub async fn refuse_system_account(&self, rec: &Value, what: &str) -> Result<()> {
        if rec.str_field("id") == self.system_account_id().await? {
            return Err(Error::failed(format!(
                "refusing to {what} the system account; nothing was changed"
            ))
            .hint("NATS needs it for its own management traffic"));
        }
        Ok(())
    }

    /// Delete an account: never the system account, never one that still has users.
    pub async fn remove_account(&self, rec: &Value) -> Result<()> {
        self.refuse_system_account(rec, "delete").await?;
        let users = self.list(USERS, Some(&of_account(rec))).await?;
        if !users.is_empty() {
            return Err(Error::failed(format!(
                "account {:?} still has {} user(s); nothing was deleted",
                rec.str_field("name"),
                users.len()
            ))
            .hint("delete or move its users first (`pbctl nats user list`)"));
        }
        self.delete(ACCOUNTS, rec.str_field("id")).await
    }

    /// Change a role; pbctl-managed reissues its active users (returns how many).
    pub async fn change_role(&self, rec: &Value, patch: Value) -> Result<(Value, Option<usize>)> {
        let rec = self.update(ROLES, rec.str_field("id"), patch).await?;
        if !self.pbctl_mints() {
            return Ok((rec, None));
        }
        let n = self
            .reissue_active_users(&format!("role_id = {}", filter_quote(rec.str_field("id"))))
            .await?;
        Ok((rec, Some(n)))
    }

    /// Delete a role that no user has.
    pub async fn remove_role(&self, rec: &Value) -> Result<()> {
        let users = self
            .list(
                USERS,
                Some(&format!("role_id = {}", filter_quote(rec.str_field("id")))),
            )
            .await?;
        if !users.is_empty() {
            return Err(Error::failed(format!(
                "role {:?} is still used by {} user(s); nothing was deleted",
                rec.str_field("name"),
                users.len()
            ))
            .hint("give those users another role first (`pbctl nats user update NAME --role R`)"));
        }
        self.delete(ROLES, rec.str_field("id")).await
    }

    /// A new user of `account` with `role`; pbctl-managed mints its key, JWT and creds,
    /// server-managed waits for pb-nats to issue them.
    pub async fn add_user(
        &self,
        ui: &Ui,
        account: &Value,
        role: &Value,
        fields: Value,
    ) -> Result<Value> {
        if self.pbctl_mints() {
            return self.create_user(account, role, fields).await;
        }
        let rec = self.create(USERS, fields).await?;
        self.wait_for(
            USERS,
            rec.str_field("id"),
            ui,
            "issued the user's creds",
            |r| !r.str_field("creds_file").is_empty(),
        )
        .await
    }

    /// Whether `user` is the `sys` user of the system account.
    pub async fn is_sys_user(&self, user: &Value) -> Result<bool> {
        Ok(user.str_field("nats_username") == SYS_USER
            && user.str_field("account_id") == self.system_account_id().await?)
    }

    /// Change a user's fields (not `active`: see [`ControlPlane::set_user_active`]).
    /// pbctl-managed: moving to another account revokes the key on the old one, and an
    /// active user is reissued (new role, account or permissions in its JWT).
    pub async fn change_user(&self, user: &Value, patch: Value) -> Result<Value> {
        let moved_from = patch
            .get("account_id")
            .and_then(Value::as_str)
            .filter(|to| *to != user.str_field("account_id"))
            .map(|_| user.str_field("account_id").to_string());
        if moved_from.is_some() && self.is_sys_user(user).await? {
            return Err(Error::failed(
                "refusing to move the sys user; nothing was changed",
            ));
        }
        if !self.pbctl_mints() {
            return self.update(USERS, user.str_field("id"), patch).await;
        }
        if let Some(old) = &moved_from
            && !user.str_field("public_key").is_empty()
        {
            self.revoke_key(old, user.str_field("public_key")).await?;
        }
        let rec = self.update(USERS, user.str_field("id"), patch).await?;
        if rec.bool_field("active") {
            self.reissue_user(&rec, None, json!({})).await
        } else {
            Ok(rec)
        }
    }

    /// Delete a user (never `sys`); pbctl-managed revokes its key first.
    pub async fn remove_user(&self, user: &Value) -> Result<()> {
        if self.is_sys_user(user).await? {
            return Err(
                Error::failed("refusing to delete the sys user; nothing was changed")
                    .hint("NATS synchronisation connects as this user"),
            );
        }
        self.delete_user(user).await
    }

    /// Add an export or import record (`coll`) to `acct`; pbctl-managed re-mints the
    /// account, and a failed re-mint removes the record again.
    pub async fn add_account_item(&self, coll: &str, acct: &Value, body: Value) -> Result<Value> {
        self.refuse_system_account(acct, &format!("add {} to", item_plural(coll)))
            .await?;
        let rec = self.create(coll, body).await?;
        if let Err(e) = self.remint_after_item_change(acct).await {
            let _ = self.delete(coll, rec.str_field("id")).await;
            return Err(e.context(format!("the {} was not added", item_name(coll))));
        }
        Ok(rec)
    }

    /// Change an export or import record, then re-mint its account (pbctl-managed).
    pub async fn change_account_item(
        &self,
        coll: &str,
        acct: &Value,
        rec: &Value,
        patch: Value,
    ) -> Result<Value> {
        let rec = self.update(coll, rec.str_field("id"), patch).await?;
        self.remint_after_item_change(acct).await?;
        Ok(rec)
    }

    /// Delete an export or import record, then re-mint its account (pbctl-managed).
    pub async fn remove_account_item(&self, coll: &str, acct: &Value, rec: &Value) -> Result<()> {
        self.delete(coll, rec.str_field("id")).await?;
        self.remint_after_item_change(acct).await
    }

    async fn remint_after_item_change(&self, acct: &Value) -> Result<()> {
        if self.pbctl_mints() {
            let fresh = self.get(ACCOUNTS, acct.str_field("id")).await?;
            self.remint_account(&fresh).await?;
        }
        Ok(())
    }
}

/// The fields of a new user as pb-nats expects them: `email` generated when not given
/// (`<name>.<random>@nats.local`), a random password, the trigger fields off, no
/// permissions of its own (the role's apply).
pub fn new_user_fields(
    name: &str,
    email: Option<&str>,
    account_id: &str,
    role_id: &str,
    active: bool,
) -> Value {
    let password = random_token(32);
    let email = email.map_or_else(
        || format!("{}.{}@nats.local", normalize_name(name), random_token(8)),
        str::to_string,
    );
    json!({
        "email": email,
        "emailVisibility": false,
        "password": password,
        "passwordConfirm": password,
        "nats_username": name,
        "account_id": account_id,
        "role_id": role_id,
        "active": active,
        "bearer_token": false,
        "regenerate": false,
        "revoke": false,
        "description": "",
        "publish_permissions": [],
        "subscribe_permissions": [],
        "publish_deny_permissions": [],
        "subscribe_deny_permissions": [],
    })
}

/// A new export record with pb-nats' defaults for what it leaves out.
pub fn new_export_fields(account_id: &str, name: &str, subject: &str, service: bool) -> Value {
    json!({
        "account_id": account_id,
        "name": name,
        "subject": subject,
        "type": if service { "service" } else { "stream" },
        "token_req": false,
        "response_type": "",
        "response_threshold": 0,
        "account_token_position": 0,
        "advertise": false,
        "allow_trace": false,
        "description": "",
    })
}

/// A new import record (`from`: the exporting account's public key).
pub fn new_import_fields(
    account_id: &str,
    name: &str,
    subject: &str,
    from: &str,
    service: bool,
) -> Value {
    json!({
        "account_id": account_id,
        "name": name,
        "subject": subject,
        "account": from,
        "token": "",
        "local_subject": "",
        "type": if service { "service" } else { "stream" },
        "share": false,
        "allow_trace": false,
        "description": "",
    })
}

fn item_name(coll: &str) -> &'static str {
    if coll == EXPORTS { "export" } else { "import" }
}

fn item_plural(coll: &str) -> &'static str {
    if coll == EXPORTS {
        "exports"
    } else {
        "imports"
    }
}
