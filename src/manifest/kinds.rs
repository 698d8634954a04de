//! The document kinds and their fields (camelCase, like kubectl manifests), the checks
//! every document passes before anything is sent, and the defaults a document gets
//! for what it leaves out (the same defaults as the `pbctl nats` commands).

use super::Source;
use crate::error::Result;
use serde_json::{Map, Value, json};

/// The kinds, in the order `apply` makes them (deletions go in reverse).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Settings,
    Collection,
    NatsAccount,
    NatsRole,
    NatsExport,
    NatsImport,
    NatsUser,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Settings,
        Kind::Collection,
        Kind::NatsAccount,
        Kind::NatsRole,
        Kind::NatsExport,
        Kind::NatsImport,
        Kind::NatsUser,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Settings => "Settings",
            Kind::Collection => "Collection",
            Kind::NatsAccount => "NatsAccount",
            Kind::NatsRole => "NatsRole",
            Kind::NatsExport => "NatsExport",
            Kind::NatsImport => "NatsImport",
            Kind::NatsUser => "NatsUser",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn is_nats(self) -> bool {
        !matches!(self, Kind::Settings | Kind::Collection)
    }
}

/// The type of a field.
#[derive(Debug, Clone, Copy)]
enum Ty {
    Str,
    Bool,
    Int,
    StrList,
    /// A mapping with exactly these fields.
    Obj(&'static [Field]),
    /// Any mapping (settings).
    AnyObj,
}

#[derive(Debug, Clone, Copy)]
struct Field {
    name: &'static str,
    ty: Ty,
    required: bool,
}

const fn req(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        ty,
        required: true,
    }
}

const fn opt(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        ty,
        required: false,
    }
}

const PERMS: &[Field] = &[opt("allow", Ty::StrList), opt("deny", Ty::StrList)];

const ACCOUNT: &[Field] = &[
    req("name", Ty::Str),
    opt("description", Ty::Str),
    opt("active", Ty::Bool),
    opt(
        "limits",
        Ty::Obj(&[
            opt("connections", Ty::Int),
            opt("subscriptions", Ty::Int),
            opt("data", Ty::Int),
            opt("payload", Ty::Int),
            opt("jetstreamDisk", Ty::Int),
            opt("jetstreamMemory", Ty::Int),
        ]),
    ),
];

const ROLE: &[Field] = &[
    req("name", Ty::Str),
    opt("description", Ty::Str),
    opt("publish", Ty::Obj(PERMS)),
    opt("subscribe", Ty::Obj(PERMS)),
    opt(
        "allowResponse",
        Ty::Obj(&[opt("max", Ty::Int), opt("ttl", Ty::Str)]),
    ),
    opt(
        "limits",
        Ty::Obj(&[
            opt("subscriptions", Ty::Int),
            opt("data", Ty::Int),
            opt("payload", Ty::Int),
        ]),
    ),
];

const USER: &[Field] = &[
    req("name", Ty::Str),
    req("account", Ty::Str),
    req("role", Ty::Str),
    opt("email", Ty::Str),
    opt("description", Ty::Str),
    opt("active", Ty::Bool),
    opt("expires", Ty::Str),
];

const EXPORT: &[Field] = &[
    req("account", Ty::Str),
    req("name", Ty::Str),
    req("subject", Ty::Str),
    opt("type", Ty::Str),
    opt("description", Ty::Str),
];

const IMPORT: &[Field] = &[
    req("account", Ty::Str),
    req("name", Ty::Str),
    req("fromAccount", Ty::Str),
    req("subject", Ty::Str),
    opt("localSubject", Ty::Str),
    opt("type", Ty::Str),
    opt("description", Ty::Str),
];

const SETTINGS: &[Field] = &[req("settings", Ty::AnyObj)];

fn fields_of(kind: Kind) -> Option<&'static [Field]> {
    Some(match kind {
        Kind::Settings => SETTINGS,
        Kind::Collection => return None,
        Kind::NatsAccount => ACCOUNT,
        Kind::NatsRole => ROLE,
        Kind::NatsUser => USER,
        Kind::NatsExport => EXPORT,
        Kind::NatsImport => IMPORT,
    })
}

/// Unknown fields, missing required ones and wrong types.
pub fn check_fields(kind: Kind, v: &Value, at: &Source) -> Result<()> {
    match fields_of(kind) {
        Some(fields) => check_obj(kind.as_str(), fields, v, at, ""),
        None => {
            // A collection is PocketBase's own shape: PocketBase checks its fields.
            if !v.get("name").is_some_and(Value::is_string) {
                return Err(at.error(Some("name"), "Collection: `name` (a string) is required"));
            }
            if let Some(fields) = v.get("fields")
                && !fields.as_array().is_some_and(|f| {
                    f.iter()
                        .all(|x| x.get("name").and_then(Value::as_str).is_some())
                })
            {
                return Err(at.error(
                    Some("fields"),
                    "Collection: `fields` must be a list of fields, each with a name",
                ));
            }
            Ok(())
        }
    }
}

fn check_obj(kind: &str, fields: &[Field], v: &Value, at: &Source, path: &str) -> Result<()> {
    let Some(obj) = v.as_object() else {
        return Err(at.error(Some(path), format!("{kind}: {path} must be a mapping")));
    };
    let full = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    for k in obj.keys() {
        if !fields.iter().any(|f| f.name == k) {
            let known: Vec<&str> = fields.iter().map(|f| f.name).collect();
            return Err(at.error(
                Some(&full(k)),
                format!(
                    "{kind}: unknown field `{}` (known: {})",
                    full(k),
                    known.join(", ")
                ),
            ));
        }
    }
    for f in fields {
        let p = full(f.name);
        let Some(x) = obj.get(f.name) else {
            if f.required {
                return Err(at.error(None, format!("{kind}: `{p}` is required")));
            }
            continue;
        };
        let ok = match f.ty {
            Ty::Str => x.is_string(),
            Ty::Bool => x.is_boolean(),
            Ty::Int => x.is_i64(),
            Ty::StrList => x.as_array().is_some_and(|a| a.iter().all(Value::is_string)),
            Ty::AnyObj => x.is_object(),
            Ty::Obj(inner) => {
                check_obj(kind, inner, x, at, &p)?;
                true
            }
        };
        if !ok {
            let want = match f.ty {
                Ty::Str => "a string",
                Ty::Bool => "true or false",
                Ty::Int => "a whole number",
                Ty::StrList => "a list of strings",
                Ty::AnyObj | Ty::Obj(_) => "a mapping",
            };
            return Err(at.error(Some(&p), format!("{kind}: `{p}` must be {want}, not {x}")));
        }
        if f.required && x.as_str() == Some("") {
            return Err(at.error(Some(&p), format!("{kind}: `{p}` must not be empty")));
        }
    }
    Ok(())
}

/// Value checks after `${env:...}` is resolved: subjects, types, limits, durations, dates.
pub fn check_values(kind: Kind, v: &Value, at: &Source) -> Result<()> {
    let subject = |field: &str, x: &str| -> Result<()> {
        crate::nats::claims::validate_subject(x).map_err(|e| {
            at.error(
                Some(field),
                format!("{}: {field} {x:?}: {e}", kind.as_str()),
            )
        })
    };
    let strs = |x: Option<&Value>| -> Vec<String> {
        x.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    if let Some(limits) = v.get("limits").and_then(Value::as_object) {
        for (k, x) in limits {
            if x.as_i64().is_some_and(|n| n < -1) {
                return Err(at.error(
                    Some(&format!("limits.{k}")),
                    format!(
                        "{}: limits.{k} must be -1 (unlimited) or more",
                        kind.as_str()
                    ),
                ));
            }
        }
    }
    match kind {
        Kind::NatsRole => {
            for dir in ["publish", "subscribe"] {
                for side in ["allow", "deny"] {
                    for x in strs(v.get(dir).and_then(|d| d.get(side))) {
                        subject(&format!("{dir}.{side}"), &x)?;
                    }
                }
            }
            if let Some(ar) = v.get("allowResponse") {
                if ar
                    .get("max")
                    .and_then(Value::as_i64)
                    .is_some_and(|n| n < -1)
                {
                    return Err(at.error(
                        Some("allowResponse.max"),
                        "NatsRole: allowResponse.max must be -1 or more",
                    ));
                }
                if let Some(t) = ar.get("ttl").and_then(Value::as_str) {
                    duration_secs(t).map_err(|e| at.error(Some("allowResponse.ttl"), e))?;
                }
            }
        }
        Kind::NatsUser => {
            if let Some(e) = v.get("expires").and_then(Value::as_str) {
                expires_to_record(e).map_err(|m| at.error(Some("expires"), m))?;
            }
        }
        Kind::NatsExport | Kind::NatsImport => {
            subject(
                "subject",
                v.get("subject").and_then(Value::as_str).unwrap_or(""),
            )?;
            if let Some(l) = v.get("localSubject").and_then(Value::as_str)
                && !l.is_empty()
            {
                subject("localSubject", l)?;
            }
            if let Some(t) = v.get("type").and_then(Value::as_str)
                && t != "stream"
                && t != "service"
            {
                return Err(at.error(
                    Some("type"),
                    format!(
                        "{}: type must be stream or service, not {t:?}",
                        kind.as_str()
                    ),
                ));
            }
        }
        _ => {}
    }
    Ok(())
}

/// A duration such as `0s`, `5m` or plain seconds, in whole seconds.
pub fn duration_secs(t: &str) -> std::result::Result<u64, String> {
    let t = t.trim();
    if let Ok(n) = t.parse::<u64>() {
        return Ok(n);
    }
    humantime::parse_duration(t)
        .map(|d| d.as_secs())
        .map_err(|e| format!("invalid duration {t:?}: {e} (use e.g. 0s, 30s, 5m)"))
}

/// `expires` (`2027-01-31` or `2027-01-31T12:00:00Z`) as PocketBase stores dates.
pub fn expires_to_record(e: &str) -> std::result::Result<String, String> {
    let full = if e.len() == 10 {
        format!("{e}T00:00:00")
    } else {
        e.trim_end_matches('Z').to_string()
    };
    let t = humantime::parse_rfc3339_weak(&full)
        .map_err(|x| format!("expires {e:?}: {x} (use e.g. 2027-01-31 or 2027-01-31T12:00:00Z)"))?;
    Ok(humantime::format_rfc3339_millis(t)
        .to_string()
        .replacen('T', " ", 1))
}

/// A stored `jwt_expires_at` as a document writes it: the date alone at midnight.
pub fn expires_from_record(r: &str) -> Option<String> {
    if r.is_empty() {
        return None;
    }
    let date = r.get(..10)?;
    let time = r.get(11..19).unwrap_or("00:00:00");
    Some(if time == "00:00:00" {
        date.to_string()
    } else {
        format!("{date}T{time}Z")
    })
}

/// A document with every default filled in, keys in the order `export` writes them:
/// the form two documents are compared in.
pub fn normalize(kind: Kind, v: &Value) -> Value {
    let g = |k: &str| v.get(k).cloned();
    let st = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let int = |o: Option<&Value>, k: &str, d: i64| {
        o.and_then(|x| x.get(k))
            .and_then(Value::as_i64)
            .unwrap_or(d)
    };
    match kind {
        Kind::NatsAccount => {
            let l = v.get("limits");
            json!({
                "name": st("name"),
                "description": st("description"),
                "active": g("active").and_then(|x| x.as_bool()).unwrap_or(true),
                "limits": {
                    "connections": int(l, "connections", -1),
                    "subscriptions": int(l, "subscriptions", -1),
                    "data": int(l, "data", -1),
                    "payload": int(l, "payload", -1),
                    "jetstreamDisk": int(l, "jetstreamDisk", -1),
                    "jetstreamMemory": int(l, "jetstreamMemory", -1),
                },
            })
        }
        Kind::NatsRole => {
            let perms = |d: &str| {
                let p = v.get(d);
                let list = |s: &str| {
                    p.and_then(|x| x.get(s))
                        .cloned()
                        .unwrap_or_else(|| json!([]))
                };
                json!({"allow": list("allow"), "deny": list("deny")})
            };
            let mut m = Map::new();
            m.insert("name".into(), json!(st("name")));
            m.insert("description".into(), json!(st("description")));
            m.insert("publish".into(), perms("publish"));
            m.insert("subscribe".into(), perms("subscribe"));
            if let Some(ar) = v.get("allowResponse") {
                let ttl = ar
                    .get("ttl")
                    .and_then(Value::as_str)
                    .and_then(|t| duration_secs(t).ok())
                    .unwrap_or(0);
                m.insert(
                    "allowResponse".into(),
                    json!({"max": int(Some(ar), "max", -1), "ttl": format!("{ttl}s")}),
                );
            }
            let l = v.get("limits");
            m.insert(
                "limits".into(),
                json!({
                    "subscriptions": int(l, "subscriptions", -1),
                    "data": int(l, "data", -1),
                    "payload": int(l, "payload", -1),
                }),
            );
            Value::Object(m)
        }
        Kind::NatsUser => {
            let mut m = Map::new();
            for k in ["name", "account", "role"] {
                m.insert(k.into(), json!(st(k)));
            }
            if let Some(e) = g("email") {
                m.insert("email".into(), e);
            }
            m.insert("description".into(), json!(st("description")));
            m.insert(
                "active".into(),
                json!(g("active").and_then(|x| x.as_bool()).unwrap_or(true)),
            );
            if let Some(e) = v.get("expires").and_then(Value::as_str)
                && let Ok(r) = expires_to_record(e)
                && let Some(d) = expires_from_record(&r)
            {
                m.insert("expires".into(), json!(d));
            }
            Value::Object(m)
        }
        Kind::NatsExport => json!({
            "account": st("account"),
            "name": st("name"),
            "subject": st("subject"),
            "type": v.get("type").and_then(Value::as_str).unwrap_or("stream"),
            "description": st("description"),
        }),
        Kind::NatsImport => {
            let mut m = Map::new();
            for k in ["account", "name", "fromAccount", "subject"] {
                m.insert(k.into(), json!(st(k)));
            }
            let local = st("localSubject");
            if !local.is_empty() {
                m.insert("localSubject".into(), json!(local));
            }
            m.insert(
                "type".into(),
                json!(v.get("type").and_then(Value::as_str).unwrap_or("stream")),
            );
            m.insert("description".into(), json!(st("description")));
            Value::Object(m)
        }
        Kind::Settings | Kind::Collection => v.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expires_round_trips_through_the_record_form() {
        let r = expires_to_record("2027-01-31").unwrap();
        assert_eq!(r, "2027-01-31 00:00:00.000Z");
        assert_eq!(expires_from_record(&r).unwrap(), "2027-01-31");
        let r = expires_to_record("2027-01-31T12:30:00Z").unwrap();
        assert_eq!(expires_from_record(&r).unwrap(), "2027-01-31T12:30:00Z");
        assert!(expires_to_record("tomorrow").is_err());
    }

    #[test]
    fn defaults_are_the_nats_commands_defaults() {
        let a = normalize(Kind::NatsAccount, &json!({"name": "acme"}));
        assert_eq!(a["active"], true);
        assert_eq!(a["limits"]["jetstreamDisk"], -1);
        let r = normalize(Kind::NatsRole, &json!({"name": "r", "allowResponse": {}}));
        assert_eq!(r["allowResponse"], json!({"max": -1, "ttl": "0s"}));
        assert_eq!(r["publish"], json!({"allow": [], "deny": []}));
    }
}
