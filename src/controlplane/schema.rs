//! pb-nats' collections (the names, fields and rules its migrations create), as PocketBase collection JSON. Used by
//! `nats bootstrap` to create what is missing and to add missing fields to existing
//! collections (pb-nats' `ensure*` migrations). Nothing is ever dropped.

use super::names::*;
use serde_json::{Value, json};

/// Collection id PocketBase itself derives for a new collection: `pbc_<crc32(type+name)>`.
pub fn collection_id(kind: &str, name: &str) -> String {
    format!("pbc_{}", crc32(format!("{kind}{name}").as_bytes()))
}

/// IEEE CRC-32 (the one Go's `crc32.ChecksumIEEE` computes).
fn crc32(data: &[u8]) -> u32 {
    let mut crc: u32 = 0xFFFF_FFFF;
    for b in data {
        crc ^= *b as u32;
        for _ in 0..8 {
            let mask = (!(crc & 1)).wrapping_add(1);
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn text(name: &str, required: bool, max: u32) -> Value {
    json!({"name": name, "type": "text", "required": required, "max": max})
}
fn hidden_text(name: &str, required: bool, max: u32) -> Value {
    json!({"name": name, "type": "text", "required": required, "max": max, "hidden": true})
}
fn json_field(name: &str, max_size: u32, hidden: bool) -> Value {
    json!({"name": name, "type": "json", "maxSize": max_size, "hidden": hidden})
}
fn bool_field(name: &str) -> Value {
    json!({"name": name, "type": "bool"})
}
fn int(name: &str, min: i64) -> Value {
    json!({"name": name, "type": "number", "onlyInt": true, "min": min})
}
fn int_max(name: &str, min: i64, max: i64) -> Value {
    json!({"name": name, "type": "number", "onlyInt": true, "min": min, "max": max})
}
fn select(name: &str, required: bool, values: &[&str]) -> Value {
    json!({"name": name, "type": "select", "required": required, "maxSelect": 1, "values": values})
}
fn relation(name: &str, collection_id: &str, cascade: bool) -> Value {
    json!({"name": name, "type": "relation", "required": true, "maxSelect": 1,
           "collectionId": collection_id, "cascadeDelete": cascade})
}
fn autodates() -> [Value; 2] {
    [
        json!({"name": "created", "type": "autodate", "onCreate": true, "onUpdate": false}),
        json!({"name": "updated", "type": "autodate", "onCreate": true, "onUpdate": true}),
    ]
}

fn base(id: &str, name: &str, fields: Vec<Value>) -> Value {
    json!({
        "id": id, "name": name, "type": "base",
        "listRule": null, "viewRule": null, "createRule": null, "updateRule": null, "deleteRule": null,
        "fields": fields, "indexes": []
    })
}

/// The ids of the collections relations point at (existing ones or the ones to create).
pub struct Ids {
    pub accounts: String,
    pub roles: String,
}

/// The six collections `nats bootstrap` creates, in creation order (pb-nats'
/// `nats_publish_queue` is deliberately absent: its presence means server-managed).
pub fn collections(ids: &Ids) -> Vec<Value> {
    let mut operator = vec![
        text("name", true, 100),
        text("public_key", true, 200),
        // pb-nats leaves these two visible; pbctl hides them (they hold the operator seed).
        hidden_text("private_key", true, 200),
        hidden_text("seed", true, 200),
        json_field("signing_keys", 10000, false),
        json_field("signing_keys_private", 10000, true),
        text("jwt", false, 5000),
        text("system_account_id", false, 200),
    ];
    operator.extend(autodates());

    let mut accounts = vec![
        text("name", true, 100),
        text("description", false, 500),
        text("public_key", false, 200),
        hidden_text("private_key", false, 200),
        hidden_text("seed", false, 200),
        json_field("signing_keys", 10000, false),
        json_field("signing_keys_private", 10000, true),
        text("jwt", false, 50000),
        json_field("revocations", 50000, false),
        bool_field("active"),
        bool_field("rotate_keys"),
        bool_field("add_signing_key"),
        text("remove_signing_key", false, 200),
    ];
    for f in ACCOUNT_LIMITS {
        accounts.push(int(f, -1));
    }
    accounts.extend(autodates());

    let mut roles = vec![
        text("name", true, 100),
        text("description", false, 500),
        bool_field("is_default"),
    ];
    for f in PERMISSION_FIELDS {
        roles.push(json_field(f, 5000, false));
    }
    roles.push(bool_field("allow_response"));
    roles.push(int("allow_response_max", -1));
    roles.push(int("allow_response_ttl", 0));
    for f in ROLE_LIMITS {
        roles.push(int(f, -1));
    }
    roles.extend(autodates());

    let mut user_fields = vec![
        text("nats_username", true, 100),
        text("description", false, 500),
        text("public_key", false, 200),
        hidden_text("private_key", false, 200),
        hidden_text("seed", false, 200),
        relation("account_id", &ids.accounts, false),
        relation("role_id", &ids.roles, false),
        text("jwt", false, 5000),
        text("creds_file", false, 10000),
        bool_field("bearer_token"),
        json!({"name": "jwt_expires_at", "type": "date"}),
        bool_field("regenerate"),
        bool_field("revoke"),
        bool_field("active"),
    ];
    for f in PERMISSION_FIELDS {
        user_fields.push(json_field(f, 5000, false));
    }
    let users = json!({
        "id": collection_id("auth", USERS), "name": USERS, "type": "auth",
        "listRule": null, "viewRule": null, "createRule": null, "updateRule": null, "deleteRule": null,
        "authRule": "", "manageRule": null,
        "passwordAuth": {"enabled": true, "identityFields": ["email"]},
        "fields": user_fields, "indexes": []
    });

    let mut exports = vec![
        relation("account_id", &ids.accounts, true),
        text("name", true, 100),
        text("subject", true, 500),
        select("type", true, &["stream", "service"]),
        bool_field("token_req"),
        select("response_type", false, &["Singleton", "Stream", "Chunked"]),
        int("response_threshold", 0),
        int("account_token_position", 0),
        bool_field("advertise"),
        bool_field("allow_trace"),
        text("description", false, 500),
    ];
    exports.extend(autodates());

    let mut imports = vec![
        relation("account_id", &ids.accounts, true),
        text("name", true, 100),
        text("subject", true, 500),
        text("account", true, 200),
        text("token", false, 10000),
        text("local_subject", false, 500),
        select("type", true, &["stream", "service"]),
        bool_field("share"),
        bool_field("allow_trace"),
        text("description", false, 500),
    ];
    imports.extend(autodates());

    vec![
        base(&collection_id("base", OPERATOR), OPERATOR, operator),
        base(&ids.accounts, ACCOUNTS, accounts),
        base(&ids.roles, ROLES, roles),
        users,
        base(&collection_id("base", EXPORTS), EXPORTS, exports),
        base(&collection_id("base", IMPORTS), IMPORTS, imports),
    ]
}

/// pb-nats' publish queue (only created by tests that simulate a server-managed
/// deployment; pbctl's bootstrap never creates it).
pub fn publish_queue() -> Value {
    let mut fields = vec![
        text("account_id", true, 200),
        text("account_public_key", false, 200),
        text("account_name", false, 200),
        select("action", true, &["upsert", "delete"]),
        text("message", false, 1000),
        int_max("attempts", 0, 10),
        json!({"name": "failed_at", "type": "date"}),
    ];
    fields.extend(autodates());
    base(&collection_id("base", PUBLISH_QUEUE), PUBLISH_QUEUE, fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_match_pocketbase() {
        assert_eq!(collection_id("base", "nats_accounts"), "pbc_4029046258");
        assert_eq!(collection_id("auth", "nats_users"), "pbc_4097575383");
        assert_eq!(
            collection_id("base", "nats_publish_queue"),
            "pbc_2168816934"
        );
    }
}
