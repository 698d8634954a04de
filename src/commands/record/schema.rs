//! A collection's schema as the record commands need it: field types for typing
//! `KEY=VALUE` and CSV cells, and local validation so that a bad value is reported with
//! its field name before anything is sent (PocketBase silently ignores unknown keys).

use crate::error::{Error, ErrorKind, Result};
use crate::pb::{Client, Request, seg};
use serde_json::{Map, Value, json};

#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub kind: String,
    pub required: bool,
    pub system: bool,
    pub hidden: bool,
    pub presentable: bool,
    pub max_select: u64,
    pub values: Vec<String>,
    pub only_int: bool,
    /// The value is generated when missing (the `id` field, autodate, autogenerate patterns).
    pub generated: bool,
}

impl Field {
    fn from_json(v: &Value) -> Field {
        let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let b = |k: &str| v.get(k).and_then(Value::as_bool).unwrap_or(false);
        let kind = s("type");
        Field {
            name: s("name"),
            required: b("required"),
            system: b("system"),
            hidden: b("hidden"),
            presentable: b("presentable"),
            max_select: v.get("maxSelect").and_then(Value::as_u64).unwrap_or(1),
            values: v
                .get("values")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            only_int: b("onlyInt"),
            generated: kind == "autodate"
                || b("primaryKey")
                || !s("autogeneratePattern").is_empty(),
            kind,
        }
    }

    /// Holds a list (multi-select, relations and files with maxSelect > 1).
    pub fn is_multi(&self) -> bool {
        matches!(self.kind.as_str(), "select" | "relation" | "file") && self.max_select > 1
    }
}

#[derive(Debug, Clone)]
pub struct Schema {
    pub name: String,
    pub kind: String,
    pub fields: Vec<Field>,
}

/// Keys a record carries that are not fields and are dropped before sending.
pub const META_KEYS: &[&str] = &["collectionId", "collectionName", "expand"];

impl Schema {
    pub fn from_json(v: &Value) -> Schema {
        Schema {
            name: v
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            kind: v
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            fields: v
                .get("fields")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(Field::from_json).collect())
                .unwrap_or_default(),
        }
    }

    /// The collection's schema. Unknown collection: exit 3. A token that may not read
    /// collections (not a superuser): `None`, and checks happen on the server only.
    pub async fn fetch(client: &Client, collection: &str) -> Result<Option<Schema>> {
        match client
            .json(Request::get(format!(
                "/api/collections/{}",
                seg(collection)
            )))
            .await
        {
            Ok(v) => Ok(Some(Schema::from_json(&v))),
            Err(e) if e.kind == ErrorKind::NotFound => Err(not_found(collection)),
            Err(e) if e.kind == ErrorKind::Auth => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Like [`Schema::fetch`], but a token that cannot read the schema is an error.
    pub async fn require(client: &Client, collection: &str) -> Result<Schema> {
        Schema::fetch(client, collection).await?.ok_or_else(|| {
            Error::auth(format!(
                "cannot read the schema of collection {collection:?}"
            ))
            .hint("this needs a superuser token: `pbctl auth login` to _superusers")
        })
    }

    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub fn has_field(&self, name: &str) -> bool {
        self.field(name).is_some()
    }

    fn unknown(&self) -> String {
        let names: Vec<&str> = self.fields.iter().map(|f| f.name.as_str()).collect();
        format!(
            "unknown field (collection {} has: {})",
            self.name,
            names.join(", ")
        )
    }

    /// The field a body key refers to, with modifiers (`views+`, `+tags`, `tags-`) removed.
    pub fn field_for_key(&self, key: &str) -> Option<&Field> {
        let base = key
            .strip_suffix('+')
            .or_else(|| key.strip_suffix('-'))
            .or_else(|| key.strip_prefix('+'))
            .unwrap_or(key);
        self.field(base)
    }

    /// Type a text value by the field: `KEY=VALUE` arguments and CSV cells. `Ok(None)`
    /// means "leave the field out" (an empty cell of a non-text field).
    pub fn coerce(&self, key: &str, raw: &str, from_csv: bool) -> Result<Option<Value>, String> {
        let Some(field) = self.field_for_key(key) else {
            if self.kind == "auth" && key == "passwordConfirm" {
                return Ok(Some(Value::String(raw.to_string())));
            }
            return Err(self.unknown());
        };
        let modifier = key != field.name;
        let text_like = matches!(
            field.kind.as_str(),
            "text" | "editor" | "email" | "url" | "password" | "date" | "autodate"
        );
        if raw.is_empty() && from_csv && !text_like {
            return Ok(None);
        }
        Ok(Some(match field.kind.as_str() {
            "number" => serde_json::from_str::<serde_json::Number>(raw.trim())
                .map(Value::Number)
                .map_err(|_| format!("expected a number, got {raw:?}"))?,
            "bool" => match raw.trim().to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => Value::Bool(true),
                "false" | "0" | "no" => Value::Bool(false),
                _ => return Err(format!("expected true or false, got {raw:?}")),
            },
            "json" | "geoPoint" => match serde_json::from_str(raw) {
                Ok(v) => v,
                Err(_) if field.kind == "json" && !from_csv => Value::String(raw.to_string()),
                Err(e) => return Err(format!("invalid JSON {raw:?}: {e}")),
            },
            "select" | "relation" | "file" if field.is_multi() && !modifier => {
                if raw.trim_start().starts_with('[') {
                    serde_json::from_str(raw).map_err(|e| format!("invalid JSON list: {e}"))?
                } else if raw.is_empty() {
                    json!([])
                } else {
                    Value::Array(
                        raw.split(',')
                            .map(|s| Value::String(s.trim().to_string()))
                            .collect(),
                    )
                }
            }
            _ => Value::String(raw.to_string()),
        }))
    }

    /// Check a record body for mistakes that are certain whatever the server does:
    /// unknown keys, values of the wrong type, select values not allowed. Returns
    /// `(field, problem)`. Required fields are left to the server, since a PocketBase hook
    /// may fill them: a local check would be stricter than the server.
    pub fn validate(&self, body: &Map<String, Value>) -> Vec<(String, String)> {
        let mut problems = Vec::new();
        for (key, value) in body {
            if META_KEYS.contains(&key.as_str()) {
                continue;
            }
            let Some(field) = self.field_for_key(key) else {
                let auth_extra = self.kind == "auth"
                    && matches!(key.as_str(), "passwordConfirm" | "oldPassword");
                if !auth_extra {
                    problems.push((key.clone(), self.unknown()));
                }
                continue;
            };
            if let Some(problem) = check_value(field, value, key != &field.name) {
                problems.push((key.clone(), problem));
            }
        }
        problems
    }
}

fn check_value(field: &Field, value: &Value, modifier: bool) -> Option<String> {
    if value.is_null() {
        return None;
    }
    let kind = field.kind.as_str();
    let got = || match value {
        Value::String(_) => "a string",
        Value::Number(_) => "a number",
        Value::Bool(_) => "true/false",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
        Value::Null => "null",
    };
    match kind {
        "number" => match value {
            Value::Number(n) if field.only_int && n.as_i64().is_none() && n.as_u64().is_none() => {
                Some(format!("expected a whole number, got {n}"))
            }
            Value::Number(_) => None,
            _ => Some(format!("expected a number, got {}", got())),
        },
        "bool" => (!value.is_boolean()).then(|| format!("expected true or false, got {}", got())),
        "text" | "editor" | "email" | "url" | "password" | "date" | "autodate" => {
            (!value.is_string()).then(|| format!("expected a string, got {}", got()))
        }
        "select" | "relation" | "file" => {
            let items: Vec<&Value> = match value {
                Value::Array(a) if field.is_multi() || modifier || kind == "file" => {
                    a.iter().collect()
                }
                Value::Array(_) => {
                    return Some(format!("expected one value, got {}", got()));
                }
                other => vec![other],
            };
            for item in items {
                let Some(s) = item.as_str() else {
                    return Some(format!("expected strings, got {item}"));
                };
                if kind == "select" && !s.is_empty() && !field.values.contains(&s.to_string()) {
                    return Some(format!(
                        "{s:?} is not one of the allowed values ({})",
                        field.values.join(", ")
                    ));
                }
            }
            None
        }
        "geoPoint" => match value {
            Value::Object(m) if m.contains_key("lon") && m.contains_key("lat") => None,
            _ => Some("expected an object {lon, lat}".into()),
        },
        _ => None,
    }
}

pub fn not_found(collection: &str) -> Error {
    Error::not_found(format!("collection {collection:?} not found"))
        .hint("list the collections with `pbctl collection list`")
}

/// Field problems as one usage error (exit 2) whose field errors print one per line.
pub fn problems_error(what: &str, problems: &[(String, String)]) -> Error {
    let mut data = Map::new();
    for (field, message) in problems {
        data.insert(
            field.clone(),
            json!({"code": "invalid_value", "message": message}),
        );
    }
    let mut e = Error::usage(what.to_string());
    e.data = Some(Value::Object(data));
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posts() -> Schema {
        Schema::from_json(&json!({"name": "posts", "type": "base", "fields": [
            {"name": "id", "type": "text", "primaryKey": true, "required": true, "system": true, "autogeneratePattern": "[a-z0-9]{15}"},
            {"name": "title", "type": "text", "required": true},
            {"name": "views", "type": "number", "onlyInt": true},
            {"name": "ok", "type": "bool"},
            {"name": "tags", "type": "select", "maxSelect": 3, "values": ["go", "rust"]},
            {"name": "meta", "type": "json"},
            {"name": "created", "type": "autodate"}
        ]}))
    }

    #[test]
    fn coerce_types_text_by_field() {
        let s = posts();
        assert_eq!(s.coerce("views", "3", false).unwrap(), Some(json!(3)));
        assert!(s.coerce("views", "x", false).is_err());
        assert_eq!(s.coerce("ok", "true", false).unwrap(), Some(json!(true)));
        assert_eq!(
            s.coerce("tags", "go,rust", false).unwrap(),
            Some(json!(["go", "rust"]))
        );
        assert_eq!(
            s.coerce("tags", "[\"go\"]", true).unwrap(),
            Some(json!(["go"]))
        );
        assert_eq!(s.coerce("tags+", "go", false).unwrap(), Some(json!("go")));
        assert_eq!(s.coerce("views", "", true).unwrap(), None);
        assert_eq!(s.coerce("title", "", true).unwrap(), Some(json!("")));
        assert_eq!(
            s.coerce("meta", "{\"a\":1}", true).unwrap(),
            Some(json!({"a": 1}))
        );
        assert!(s.coerce("nope", "1", false).is_err());
    }

    #[test]
    fn validate_reports_each_field() {
        let s = posts();
        let body = json!({"title": 3, "views": "x", "tags": ["go", "zig"], "nope": 1, "collectionName": "posts"});
        let problems = s.validate(body.as_object().unwrap());
        let fields: Vec<&str> = problems.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(
            fields,
            vec!["title", "views", "tags", "nope"],
            "{problems:?}"
        );
        let ok = json!({"title": "a", "views": 2, "tags": ["go"], "created": "2024-01-01 00:00:00.000Z"});
        assert!(s.validate(ok.as_object().unwrap()).is_empty());
        // A required field left out or blank is the server's to judge (a hook may fill it).
        let missing = json!({"views": 2, "tags": []});
        assert!(s.validate(missing.as_object().unwrap()).is_empty());
        let frac = json!({"views": 1.5});
        assert_eq!(s.validate(frac.as_object().unwrap()).len(), 1);
    }
}
