//! The plan: what `apply` would change to make the server match the documents, one
//! step per object, in dependency order (creations and updates: Settings, Collection,
//! NatsAccount, NatsRole, NatsExport, NatsImport, NatsUser; deletions after them, in
//! reverse). Collections are planned by `collection apply`'s engine.

use super::state::{Server, is_control_plane_collection};
use crate::commands::collection::plan as engine;
use crate::controlplane::RecordFields;
use crate::error::{Error, Result};
use crate::manifest::kinds::normalize;
use crate::manifest::{Doc, Kind, key_of};
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Create,
    Update,
    Delete,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Step {
    pub kind: Kind,
    /// `name`, or `account/name` for users, exports and imports.
    pub name: String,
    pub action: Action,
    /// One entry per difference: `subscribe.allow +"acme.x.>"`, `limits.data: -1 → 10`.
    pub changes: Vec<String>,
    /// The desired document, defaults filled in (creates and updates).
    pub desired: Option<Value>,
    /// The server's record (updates and deletes of NATS kinds).
    pub record: Option<Value>,
}

impl Step {
    pub fn to_json(&self) -> Value {
        json!({
            "kind": self.kind.as_str(),
            "name": self.name,
            "action": self.action.as_str(),
            "changes": self.changes,
        })
    }

    /// `+ NatsUser acme/alice`, `~ NatsRole reader: subscribe.allow +"acme.x.>"`,
    /// `- NatsUser acme/bob (revokes its creds)`.
    pub fn line(&self) -> String {
        let name = if self.kind == Kind::Settings {
            String::new()
        } else {
            format!(" {}", self.name)
        };
        match self.action {
            Action::Create => format!("+ {}{name}", self.kind.as_str()),
            Action::Update => format!(
                "~ {}{name}: {}",
                self.kind.as_str(),
                self.changes.join(", ")
            ),
            Action::Delete => {
                let note = match self.kind {
                    Kind::NatsUser => " (revokes its creds)",
                    Kind::Collection => " (and its records)",
                    _ => "",
                };
                format!("- {}{name}{note}", self.kind.as_str())
            }
        }
    }
}

/// The plan, and what `apply` needs besides the steps.
pub struct Plan {
    pub steps: Vec<Step>,
    /// Settings keys sent on every apply, never compared (PocketBase does not return them).
    pub write_only: Vec<String>,
    /// The settings to send (every key the documents give), when there are any.
    pub settings: Option<Value>,
    /// The collections as the engine plans them, for the import request.
    pub collections: Option<CollectionPlan>,
}

pub struct CollectionPlan {
    pub desired: Vec<Value>,
    pub changes: Vec<engine::Change>,
    pub prune: bool,
}

impl Plan {
    pub fn to_json(&self) -> Value {
        Value::Array(self.steps.iter().map(Step::to_json).collect())
    }

    pub fn text(&self) -> String {
        let mut out = String::new();
        for s in &self.steps {
            out.push_str(&s.line());
            out.push('\n');
        }
        out
    }

    pub fn count(&self, a: Action) -> usize {
        self.steps.iter().filter(|s| s.action == a).count()
    }

    pub fn summary(&self) -> String {
        format!(
            "{} to create, {} to update, {} to delete",
            self.count(Action::Create),
            self.count(Action::Update),
            self.count(Action::Delete)
        )
    }
}

/// Check that every reference (a user's account and role, an export's or import's
/// account, an import's source account) names an object in the documents or on the
/// server: exit 2 naming the file and line otherwise.
pub fn check_references(docs: &[Doc], server: &Server) -> Result<()> {
    let named = |kind: Kind| -> BTreeSet<String> {
        let mut set: BTreeSet<String> = docs
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| d.str("name").to_string())
            .collect();
        if let Some(t) = &server.nats {
            set.extend(
                t.records(kind)
                    .iter()
                    .map(|r| r.str_field("name").to_string()),
            );
        }
        set
    };
    let accounts = named(Kind::NatsAccount);
    let roles = named(Kind::NatsRole);
    for d in docs {
        let mut refs = Vec::new();
        match d.kind {
            Kind::NatsUser => {
                refs.push(("account", &accounts, "NatsAccount"));
                refs.push(("role", &roles, "NatsRole"));
            }
            Kind::NatsExport => refs.push(("account", &accounts, "NatsAccount")),
            Kind::NatsImport => {
                refs.push(("account", &accounts, "NatsAccount"));
                if !crate::nats::keys::is_account_key(d.str("fromAccount")) {
                    refs.push(("fromAccount", &accounts, "NatsAccount"));
                }
            }
            _ => {}
        }
        for (field, set, kind) in refs {
            let name = d.str(field);
            if !set.contains(name) {
                return Err(d
                    .at
                    .error(
                        Some(field),
                        format!(
                            "{} {}: {field} {name:?} is neither in the files nor on the server",
                            d.kind.as_str(),
                            d.key()
                        ),
                    )
                    .hint(format!("add a {kind} document named {name:?}")));
            }
        }
    }
    Ok(())
}

/// Compare the documents with the server. `prune`: also delete, for the kinds the
/// documents contain, what they do not name (never the protected objects).
pub fn build(docs: &[Doc], server: &Server, prune: bool) -> Result<Plan> {
    let kinds: BTreeSet<Kind> = docs.iter().map(|d| d.kind).collect();
    let mut steps = Vec::new();
    let mut write_only = Vec::new();
    let mut settings = None;
    let mut collections = None;

    // Settings: only the keys given are compared; secrets PocketBase never returns are
    // write-only.
    if let Some(d) = docs.iter().find(|d| d.kind == Kind::Settings) {
        let desired = d
            .value
            .get("settings")
            .cloned()
            .unwrap_or_else(|| json!({}));
        let mut changes = Vec::new();
        settings_diff(
            "",
            &desired,
            &server.settings,
            &mut changes,
            &mut write_only,
        );
        if !changes.is_empty() {
            let mut all = changes;
            all.extend(write_only.iter().map(|k| format!("{k} (write-only)")));
            steps.push(Step {
                kind: Kind::Settings,
                name: "settings".into(),
                action: Action::Update,
                changes: all,
                desired: Some(desired.clone()),
                record: None,
            });
        }
        settings = Some(desired);
    }

    // Collections: the engine of `collection apply`, with the control plane's
    // collections always kept.
    if kinds.contains(&Kind::Collection) {
        let mut desired: Vec<Value> = docs
            .iter()
            .filter(|d| d.kind == Kind::Collection)
            .map(|d| d.value.clone())
            .collect();
        let listed: BTreeSet<String> = desired
            .iter()
            .map(|c| engine::name_of(c).to_string())
            .collect();
        let current = &server.collections;
        desired = engine::reconcile_ids(desired, current);
        // Keep the control plane's collections as they are (prune never drops them).
        for c in current.iter().filter(|c| {
            !engine::is_system(c)
                && is_control_plane_collection(engine::name_of(c))
                && !listed.contains(engine::name_of(c))
        }) {
            desired.push(engine::clean(c));
        }
        let changes = engine::plan(&desired, current, prune);
        for c in &changes {
            let mut details = c.details.clone();
            if c.action == engine::Action::Create {
                details.clear();
            }
            steps.push(Step {
                kind: Kind::Collection,
                name: c.collection.clone(),
                action: match c.action {
                    engine::Action::Create => Action::Create,
                    engine::Action::Update => Action::Update,
                    engine::Action::Delete => Action::Delete,
                },
                changes: details,
                desired: None,
                record: None,
            });
        }
        collections = Some(CollectionPlan {
            desired,
            changes,
            prune,
        });
    }

    // NATS kinds, compared in document form.
    let nats_kinds: Vec<Kind> = kinds.iter().copied().filter(|k| k.is_nats()).collect();
    if !nats_kinds.is_empty() {
        let Some(t) = &server.nats else {
            return Err(Error::failed(
                "the documents describe NATS objects, but this PocketBase has no NATS control plane",
            )
            .hint("create one with `pbctl nats bootstrap`"));
        };
        for kind in nats_kinds {
            let current: HashMap<String, (Value, &Value)> = t
                .docs(kind)
                .into_iter()
                .map(|(d, r)| (key_of(kind, &d), (d, r)))
                .collect();
            let protected: BTreeSet<String> = t
                .records(kind)
                .iter()
                .filter(|r| t.is_protected(kind, r))
                .map(|r| key_of(kind, &t.to_doc(kind, r)))
                .collect();
            let mut named = BTreeSet::new();
            for d in docs.iter().filter(|d| d.kind == kind) {
                let key = d.key();
                if protected.contains(&key) {
                    return Err(d.at.error(
                        Some("name"),
                        format!(
                            "{} {key} belongs to `pbctl nats bootstrap` and cannot be managed by documents",
                            kind.as_str()
                        ),
                    ));
                }
                named.insert(key.clone());
                let desired = normalize(kind, &d.value);
                match current.get(&key) {
                    None => steps.push(Step {
                        kind,
                        name: key,
                        action: Action::Create,
                        changes: Vec::new(),
                        desired: Some(desired),
                        record: None,
                    }),
                    Some((cur, rec)) => {
                        let mut cur = cur.clone();
                        // An email the document leaves out is not managed.
                        if kind == Kind::NatsUser
                            && desired.get("email").is_none()
                            && let Some(m) = cur.as_object_mut()
                        {
                            m.remove("email");
                        }
                        let mut changes = Vec::new();
                        diff_values("", Some(&cur), Some(&desired), &mut changes);
                        if !changes.is_empty() {
                            steps.push(Step {
                                kind,
                                name: key,
                                action: Action::Update,
                                changes,
                                desired: Some(desired),
                                record: Some((*rec).clone()),
                            });
                        }
                    }
                }
            }
            if prune {
                let mut gone: Vec<(&String, &Value)> = current
                    .iter()
                    .filter(|(k, _)| !named.contains(*k))
                    .map(|(k, (_, r))| (k, *r))
                    .collect();
                gone.sort_by_key(|(k, _)| (*k).clone());
                for (k, r) in gone {
                    steps.push(Step {
                        kind,
                        name: k.clone(),
                        action: Action::Delete,
                        changes: Vec::new(),
                        desired: None,
                        record: Some(r.clone()),
                    });
                }
            }
        }
    }

    // Creations and updates in dependency order, deletions after them in reverse.
    steps.sort_by_key(|s| match s.action {
        Action::Delete => (1u8, -(s.kind as i8)),
        _ => (0u8, s.kind as i8),
    });
    Ok(Plan {
        steps,
        write_only,
        settings,
        collections,
    })
}

/// Differences between two documents, by dotted path; lists of strings by item.
pub fn diff_values(path: &str, cur: Option<&Value>, new: Option<&Value>, out: &mut Vec<String>) {
    let join = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    match (cur, new) {
        (Some(Value::Object(c)), Some(Value::Object(n))) => {
            for (k, v) in n {
                diff_values(&join(k), c.get(k), Some(v), out);
            }
            for (k, v) in c {
                if !n.contains_key(k) {
                    diff_values(&join(k), Some(v), None, out);
                }
            }
        }
        (Some(Value::Array(c)), Some(Value::Array(n)))
            if c.iter().chain(n.iter()).all(Value::is_string) =>
        {
            for x in n.iter().filter(|x| !c.contains(x)) {
                out.push(format!("{path} +{x}"));
            }
            for x in c.iter().filter(|x| !n.contains(x)) {
                out.push(format!("{path} -{x}"));
            }
        }
        (c, n) if !same(c, n) => out.push(format!("{path}: {} → {}", short(c), short(n))),
        _ => {}
    }
}

fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

fn short(v: Option<&Value>) -> String {
    match v {
        None => "(unset)".into(),
        Some(v) => {
            let s = v.to_string();
            if s.chars().count() > 60 {
                format!("{}…", s.chars().take(59).collect::<String>())
            } else {
                s
            }
        }
    }
}

/// Settings differences for the keys `desired` gives; keys the server does not return
/// are write-only.
fn settings_diff(
    path: &str,
    desired: &Value,
    current: &Value,
    changes: &mut Vec<String>,
    write_only: &mut Vec<String>,
) {
    let Some(d) = desired.as_object() else {
        return;
    };
    for (k, v) in d {
        let p = if path.is_empty() {
            k.clone()
        } else {
            format!("{path}.{k}")
        };
        match current.get(k) {
            None => write_only.push(p),
            Some(c) if v.is_object() && c.is_object() => {
                settings_diff(&p, v, c, changes, write_only)
            }
            Some(c) if !same(Some(c), Some(v)) => {
                changes.push(format!("{p}: {} → {}", short(Some(c)), short(Some(v))))
            }
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_differ_by_item_and_scalars_by_value() {
        let mut out = Vec::new();
        diff_values(
            "",
            Some(&json!({"subscribe": {"allow": ["a.>"]}, "limits": {"data": -1}})),
            Some(&json!({"subscribe": {"allow": ["a.>", "acme.x.>"]}, "limits": {"data": 10}})),
            &mut out,
        );
        assert_eq!(
            out,
            vec!["subscribe.allow +\"acme.x.>\"", "limits.data: -1 → 10"]
        );
    }

    #[test]
    fn write_only_settings_are_not_differences() {
        let (mut c, mut w) = (Vec::new(), Vec::new());
        settings_diff(
            "",
            &json!({"smtp": {"host": "h", "password": "p"}, "meta": {"appName": "A"}}),
            &json!({"smtp": {"host": "h"}, "meta": {"appName": "B"}}),
            &mut c,
            &mut w,
        );
        assert_eq!(c, vec!["meta.appName: \"B\" → \"A\""]);
        assert_eq!(w, vec!["smtp.password"]);
    }
}
