//! The planning engine of `pbctl collection apply`/`diff` (and `pbctl apply`): pure
//! functions from the desired collections and the server's current ones to a plan
//! (`plan`, `compare`), the body of PocketBase's import request (`payload`), and the id
//! reconciliation that lets a schema exported from one server apply to another
//! (`reconcile_ids`). Nothing here talks to a server or writes output.

use serde_json::{Map, Value, json};

pub fn name_of(c: &Value) -> &str {
    c.get("name").and_then(Value::as_str).unwrap_or("")
}

pub fn id_of(c: &Value) -> &str {
    c.get("id").and_then(Value::as_str).unwrap_or("")
}

pub fn is_system(c: &Value) -> bool {
    c.get("system").and_then(Value::as_bool).unwrap_or(false)
}

/// The exported form: no server timestamps, and no fields for views (PocketBase infers
/// them from the query and gives them new ids on every save).
pub fn clean(c: &Value) -> Value {
    let view = is_view(c);
    let mut c = c.clone();
    if let Some(m) = c.as_object_mut() {
        m.remove("created");
        m.remove("updated");
        if view {
            m.remove("fields");
        }
    }
    c
}

pub fn is_view(c: &Value) -> bool {
    c.get("type").and_then(Value::as_str) == Some("view")
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Create,
    Update,
    Delete,
}

#[derive(Debug, Clone)]
pub struct Change {
    pub collection: String,
    pub action: Action,
    /// One line per difference (`~ listRule: null → ""`, `+ field title (text)`).
    pub details: Vec<String>,
    /// Fields (or `*` for the whole collection) whose data this change drops.
    pub dropped: Vec<Value>,
}

impl Change {
    pub fn to_json(&self) -> Value {
        json!({
            "collection": self.collection,
            "action": match self.action { Action::Create => "create", Action::Update => "update", Action::Delete => "delete" },
            "changes": self.details,
        })
    }
}

pub fn short(v: Option<&Value>) -> String {
    match v {
        None => "(unset)".into(),
        Some(v) => {
            let s = v.to_string();
            if s.chars().count() > 80 {
                format!("{}…", s.chars().take(79).collect::<String>())
            } else {
                s
            }
        }
    }
}

pub fn field_label(f: &Value) -> String {
    format!(
        "{} ({})",
        f.get("name").and_then(Value::as_str).unwrap_or("?"),
        f.get("type").and_then(Value::as_str).unwrap_or("?")
    )
}

/// The current field a desired field refers to: same id, else same name.
pub fn match_field<'a>(desired: &Value, current: &'a [Value]) -> Option<&'a Value> {
    if let Some(id) = desired.get("id").and_then(Value::as_str)
        && let Some(f) = current
            .iter()
            .find(|f| f.get("id").and_then(Value::as_str) == Some(id))
    {
        return Some(f);
    }
    let name = desired.get("name").and_then(Value::as_str)?;
    current
        .iter()
        .find(|f| f.get("name").and_then(Value::as_str) == Some(name))
}

/// What changes between `current` and `desired` (keys the file gives are compared;
/// keys it leaves out keep their server value), and which fields would be dropped.
pub fn compare(desired: &Value, current: &Value) -> (Vec<String>, Vec<Value>) {
    let mut details = Vec::new();
    let mut dropped = Vec::new();
    let empty = Map::new();
    let d = desired.as_object().unwrap_or(&empty);
    for (k, v) in d {
        if matches!(
            k.as_str(),
            "fields" | "created" | "updated" | "id" | "system"
        ) {
            continue;
        }
        let cur = current.get(k);
        if cur != Some(v) {
            details.push(format!("~ {k}: {} → {}", short(cur), short(Some(v))));
        }
    }
    if let Some(dfields) = d
        .get("fields")
        .and_then(Value::as_array)
        .filter(|_| !is_view(current))
    {
        let cfields = current
            .get("fields")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut matched = Vec::new();
        for df in dfields {
            match match_field(df, &cfields) {
                None => details.push(format!("+ field {}", field_label(df))),
                Some(cf) => {
                    matched.push(cf.get("id").cloned().unwrap_or(Value::Null));
                    let name = df.get("name").and_then(Value::as_str).unwrap_or("?");
                    if let Some(obj) = df.as_object() {
                        for (k, v) in obj {
                            let cur = cf.get(k);
                            if cur != Some(v) {
                                if k == "name" {
                                    details
                                        .push(format!("~ field {} renamed to {name}", short(cur)));
                                } else {
                                    details.push(format!(
                                        "~ field {name}.{k}: {} → {}",
                                        short(cur),
                                        short(Some(v))
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
        for cf in &cfields {
            let system = cf.get("system").and_then(Value::as_bool).unwrap_or(false);
            if !system && !matched.contains(cf.get("id").unwrap_or(&Value::Null)) {
                details.push(format!("- field {}", field_label(cf)));
                dropped.push(cf.clone());
            }
        }
    }
    (details, dropped)
}

pub fn plan(desired: &[Value], current: &[Value], prune: bool) -> Vec<Change> {
    let mut changes = Vec::new();
    let find = |c: &Value| -> Option<&Value> {
        let id = id_of(c);
        current
            .iter()
            .find(|x| !id.is_empty() && id_of(x) == id)
            .or_else(|| current.iter().find(|x| name_of(x) == name_of(c)))
    };
    for d in desired {
        match find(d) {
            None => {
                let fields = d.get("fields").and_then(Value::as_array).map(|f| {
                    f.iter()
                        .map(|x| format!("+ field {}", field_label(x)))
                        .collect::<Vec<_>>()
                });
                changes.push(Change {
                    collection: name_of(d).to_string(),
                    action: Action::Create,
                    details: fields.unwrap_or_default(),
                    dropped: Vec::new(),
                });
            }
            Some(c) => {
                let (details, dropped) = compare(d, c);
                if !details.is_empty() {
                    changes.push(Change {
                        collection: name_of(c).to_string(),
                        action: Action::Update,
                        details,
                        dropped,
                    });
                }
            }
        }
    }
    if prune {
        for c in current.iter().filter(|c| !is_system(c)) {
            let listed = desired.iter().any(|d| {
                (!id_of(d).is_empty() && id_of(d) == id_of(c)) || name_of(d) == name_of(c)
            });
            if !listed {
                changes.push(Change {
                    collection: name_of(c).to_string(),
                    action: Action::Delete,
                    details: vec![format!(
                        "- collection {} ({})",
                        name_of(c),
                        c.get("type").and_then(Value::as_str).unwrap_or("?")
                    )],
                    dropped: vec![json!({"name": "*"})],
                });
            }
        }
    }
    changes
}

pub fn render_plan(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in changes {
        let mark = match c.action {
            Action::Create => "+",
            Action::Update => "~",
            Action::Delete => "-",
        };
        let verb = match c.action {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
        };
        out.push_str(&format!("{mark} {} ({verb})\n", c.collection));
        if c.action != Action::Delete {
            for d in &c.details {
                out.push_str(&format!("    {d}\n"));
            }
        }
    }
    out
}

pub fn summary(changes: &[Change]) -> String {
    let n = |a: Action| changes.iter().filter(|c| c.action == a).count();
    format!(
        "{} to create, {} to update, {} to delete",
        n(Action::Create),
        n(Action::Update),
        n(Action::Delete)
    )
}

/// A filter matching records where `field` holds a value (checked against 0.40.6:
/// `!= ''` is true for every row of a multi-valued field, `:length > 0` is right there).
pub fn holds_data_filter(field: &Value) -> Option<String> {
    let name = field.get("name").and_then(Value::as_str)?;
    let multi = field.get("maxSelect").and_then(Value::as_u64).unwrap_or(1) > 1;
    Some(match field.get("type").and_then(Value::as_str)? {
        "bool" => format!("{name} = true"),
        "number" => format!("{name} != 0"),
        "json" => format!("{name} != null"),
        "select" | "relation" | "file" if multi => format!("{name}:length > 0"),
        "geoPoint" => return None,
        _ => format!("{name} != ''"),
    })
}

/// The import payload: the desired collections completed with what the server needs to
/// keep data (field ids by name, system fields), plus, unless pruning, the other
/// non-system collections as they are.
pub fn payload(desired: &[Value], current: &[Value], prune: bool) -> Vec<Value> {
    let mut out = Vec::new();
    for d in desired {
        let mut d = d.clone();
        let cur = current
            .iter()
            .find(|x| !id_of(&d).is_empty() && id_of(x) == id_of(&d))
            .or_else(|| current.iter().find(|x| name_of(x) == name_of(&d)));
        if let (Some(cur), Some(obj)) = (cur, d.as_object_mut()) {
            let cfields = cur
                .get("fields")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if !obj.contains_key("id") {
                obj.insert("id".into(), json!(id_of(cur)));
            }
            if let Some(Value::Array(fields)) = obj.get_mut("fields") {
                for f in fields.iter_mut() {
                    if f.get("id").is_none()
                        && let Some(cf) = match_field(f, &cfields)
                        && let (Some(m), Some(id)) = (f.as_object_mut(), cf.get("id"))
                    {
                        m.insert("id".into(), id.clone());
                    }
                }
                // System fields the file leaves out go first, in the server's order.
                let missing: Vec<Value> = cfields
                    .iter()
                    .filter(|cf| cf.get("system").and_then(Value::as_bool).unwrap_or(false))
                    .filter(|cf| {
                        !fields
                            .iter()
                            .any(|f| match_field(f, std::slice::from_ref(*cf)).is_some())
                    })
                    .cloned()
                    .collect();
                fields.splice(0..0, missing);
            }
        }
        out.push(d);
    }
    if !prune {
        for c in current.iter().filter(|c| !is_system(c)) {
            let listed = desired.iter().any(|d| {
                (!id_of(d).is_empty() && id_of(d) == id_of(c)) || name_of(d) == name_of(c)
            });
            if !listed {
                out.push(clean(c));
            }
        }
    }
    out
}

/// Ids in the file that the server knows under another id: a collection or field with
/// the same name (created elsewhere, or renamed) is the same one. Its id, and relation
/// fields pointing at it, are rewritten to the server's, so that applying a schema
/// exported from another server updates instead of failing on a name clash or dropping
/// and re-creating fields.
pub fn reconcile_ids(desired: Vec<Value>, current: &[Value]) -> Vec<Value> {
    let mut map: Vec<(String, String)> = Vec::new();
    let mut out = desired;
    for d in out.iter_mut() {
        let id = id_of(d).to_string();
        let by_id = !id.is_empty() && current.iter().any(|c| id_of(c) == id);
        if by_id {
            continue;
        }
        if let Some(c) = current.iter().find(|c| name_of(c) == name_of(d)) {
            let server_id = id_of(c).to_string();
            if let Some(m) = d.as_object_mut() {
                if !id.is_empty() && id != server_id {
                    map.push((id.clone(), server_id.clone()));
                    m.insert("id".into(), json!(server_id));
                }
                // Fields: an unknown field id whose name the server has is that field.
                let cfields = c
                    .get("fields")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                if let Some(Value::Array(fields)) = m.get_mut("fields") {
                    for f in fields.iter_mut() {
                        let fid = f
                            .get("id")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string();
                        if fid.is_empty()
                            || cfields
                                .iter()
                                .any(|cf| cf.get("id").and_then(Value::as_str) == Some(&fid))
                        {
                            continue;
                        }
                        let fname = f.get("name").and_then(Value::as_str).unwrap_or("");
                        if let Some(cid) = cfields
                            .iter()
                            .find(|cf| cf.get("name").and_then(Value::as_str) == Some(fname))
                            .and_then(|cf| cf.get("id"))
                            .cloned()
                            && let Some(fm) = f.as_object_mut()
                        {
                            fm.insert("id".into(), cid);
                        }
                    }
                }
            }
        }
    }
    if map.is_empty() {
        return out;
    }
    for d in out.iter_mut() {
        if let Some(Value::Array(fields)) = d.get_mut("fields") {
            for f in fields.iter_mut() {
                let target = f
                    .get("collectionId")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                if let Some(t) = target
                    && let Some((_, to)) = map.iter().find(|(from, _)| *from == t)
                    && let Some(fm) = f.as_object_mut()
                {
                    fm.insert("collectionId".into(), json!(to));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posts() -> Value {
        json!({"id": "pbc_1", "name": "posts", "type": "base", "system": false, "listRule": null,
               "fields": [
                 {"id": "text1", "name": "id", "type": "text", "system": true},
                 {"id": "text2", "name": "title", "type": "text", "system": false, "max": 0},
                 {"id": "number3", "name": "views", "type": "number", "system": false}]})
    }

    #[test]
    fn identical_documents_plan_nothing() {
        assert!(plan(&[posts()], &[posts()], false).is_empty());
        // A partial file compares only what it gives.
        let partial = json!({"name": "posts", "fields": [{"name": "title"}, {"name": "views"}]});
        assert!(plan(&[partial], &[posts()], false).is_empty());
    }

    #[test]
    fn dropped_fields_renames_and_rules_are_planned() {
        let mut d = posts();
        d["fields"].as_array_mut().unwrap().remove(2);
        d["fields"][1]["name"] = json!("headline");
        d["listRule"] = json!("");
        let changes = plan(&[d], &[posts()], false);
        assert_eq!(changes.len(), 1);
        let c = &changes[0];
        assert_eq!(c.action, Action::Update);
        assert_eq!(c.dropped.len(), 1);
        assert_eq!(c.dropped[0]["name"], "views");
        let text = c.details.join("\n");
        assert!(text.contains("listRule: null → \"\""), "{text}");
        assert!(text.contains("renamed to headline"), "{text}");
        assert!(text.contains("- field views (number)"), "{text}");
    }

    #[test]
    fn create_and_prune() {
        let other =
            json!({"id": "pbc_2", "name": "other", "type": "base", "system": false, "fields": []});
        let changes = plan(std::slice::from_ref(&other), &[posts()], true);
        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].action, Action::Create);
        assert_eq!(changes[1].action, Action::Delete);
        assert_eq!(plan(&[other], &[posts()], false).len(), 1);
    }

    #[test]
    fn payload_keeps_ids_system_fields_and_other_collections() {
        let partial = json!({"name": "posts", "fields": [{"name": "title", "type": "text"}]});
        let other = json!({"id": "pbc_2", "name": "other", "type": "base", "system": false, "fields": [], "created": "x"});
        let p = payload(&[partial], &[posts(), other], false);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0]["id"], "pbc_1");
        assert_eq!(p[0]["fields"][0]["name"], "id");
        assert_eq!(p[0]["fields"][1]["id"], "text2");
        assert!(p[1].get("created").is_none());
    }

    #[test]
    fn data_filters_follow_the_field_type() {
        let f = |v: Value| holds_data_filter(&v);
        assert_eq!(f(json!({"name": "t", "type": "text"})).unwrap(), "t != ''");
        assert_eq!(f(json!({"name": "n", "type": "number"})).unwrap(), "n != 0");
        assert_eq!(f(json!({"name": "b", "type": "bool"})).unwrap(), "b = true");
        assert_eq!(
            f(json!({"name": "j", "type": "json"})).unwrap(),
            "j != null"
        );
        assert_eq!(
            f(json!({"name": "s", "type": "select", "maxSelect": 3})).unwrap(),
            "s:length > 0"
        );
        assert_eq!(
            f(json!({"name": "s", "type": "select", "maxSelect": 1})).unwrap(),
            "s != ''"
        );
        assert!(f(json!({"name": "g", "type": "geoPoint"})).is_none());
    }

    #[test]
    fn ids_known_under_another_id_are_reconciled() {
        let authors_here = json!({"id": "pbc_9", "name": "authors", "type": "base", "fields": [
            {"id": "text1", "name": "id", "type": "text", "system": true},
            {"id": "text77", "name": "name", "type": "text"}]});
        let authors_file = json!({"id": "pbc_5", "name": "authors", "type": "base", "fields": [
            {"id": "text1", "name": "id", "type": "text", "system": true},
            {"id": "text42", "name": "name", "type": "text"}]});
        let posts_file = json!({"id": "pbc_6", "name": "posts", "type": "base", "fields": [
            {"id": "relation1", "name": "author", "type": "relation", "collectionId": "pbc_5"}]});
        let out = reconcile_ids(
            vec![authors_file, posts_file],
            std::slice::from_ref(&authors_here),
        );
        assert_eq!(out[0]["id"], "pbc_9");
        assert_eq!(out[0]["fields"][1]["id"], "text77");
        assert_eq!(out[1]["fields"][0]["collectionId"], "pbc_9");
        assert!(plan(&out[..1], &[authors_here], false).is_empty());
    }
}
