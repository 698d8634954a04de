//! Desired-state documents for `pbctl apply`/`diff` (and what `pbctl export` writes):
//! reading `-f` paths (files, directories, stdin; YAML multi-document streams; a document
//! that is a list is a list of documents), checking every document against its kind's
//! fields, resolving `${env:NAME}`, and refusing duplicates — all before any request,
//! with errors that name the file and line (exit 2).

pub mod kinds;

use crate::error::{Error, Result};
pub use kinds::Kind;
use serde::Deserialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// One document, checked and with its `${env:...}` references resolved.
#[derive(Debug, Clone)]
pub struct Doc {
    pub kind: Kind,
    /// The document as written (the `kind` key removed).
    pub value: Value,
    pub at: Source,
}

/// Where a document starts: for messages.
#[derive(Debug, Clone)]
pub struct Source {
    pub file: String,
    pub line: usize,
    /// The document's text lines, to find the line of a field in messages.
    text: std::sync::Arc<Vec<String>>,
    /// The document's last line (exclusive), within `text`.
    end: usize,
}

impl Source {
    /// `file:line` of the document, or of `field` when it can be found in the document.
    pub fn of(&self, field: Option<&str>) -> String {
        let line = field.and_then(|f| self.field_line(f)).unwrap_or(self.line);
        format!("{}:{line}", self.file)
    }

    fn field_line(&self, field: &str) -> Option<usize> {
        let last = field.rsplit('.').next().unwrap_or(field);
        let quoted = format!("\"{last}\"");
        let start = self.line.saturating_sub(1);
        let end = self.end.min(self.text.len());
        (start..end).find_map(|i| {
            let l = self.text[i].trim_start().trim_start_matches("- ");
            let hit = l.starts_with(&format!("{last}:"))
                || l.starts_with(&format!("{quoted}:"))
                || l.contains(&format!("{quoted}:"))
                || l.contains(&format!(" {last}:"))
                || l.contains(&format!("{{{last}:"));
            hit.then_some(i + 1)
        })
    }

    /// A usage error (exit 2) about this document.
    pub fn error(&self, field: Option<&str>, message: impl AsRef<str>) -> Error {
        Error::usage(format!("{}: {}", self.of(field), message.as_ref()))
    }
}

/// Read every document from `paths` (`-` is stdin; a directory is read recursively,
/// `*.yaml`, `*.yml` and `*.json` in name order), check them and resolve `${env:NAME}`
/// with `env`.
pub fn read(paths: &[String], env: &dyn Fn(&str) -> Option<String>) -> Result<Vec<Doc>> {
    let mut files = Vec::new();
    for p in paths {
        if p == "-" {
            files.push(None);
            continue;
        }
        let path = PathBuf::from(p);
        if path.is_dir() {
            let mut found = Vec::new();
            walk(&path, &mut found)?;
            found.sort();
            if found.is_empty() {
                return Err(Error::usage(format!(
                    "{p}: no *.yaml, *.yml or *.json files in this directory"
                )));
            }
            files.extend(found.into_iter().map(Some));
        } else {
            files.push(Some(path));
        }
    }
    let mut docs = Vec::new();
    for f in files {
        let (name, text) = match f {
            None => {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut crate::ui::data_stdin()?, &mut s)?;
                ("stdin".to_string(), s)
            }
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
                (path.display().to_string(), text)
            }
        };
        for (value, at) in parse_file(&name, &text)? {
            docs.push(check(value, at, env)?);
        }
    }
    refuse_duplicates(&docs)?;
    Ok(docs)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::usage(format!("cannot read {}: {e}", dir.display())))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

/// A YAML node read with the line it starts on.
struct Located {
    line: usize,
    value: Value,
}

impl<'de> Deserialize<'de> for Located {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = serde_saphyr::Spanned::<Value>::deserialize(d)?;
        Ok(Located {
            line: s.referenced.line() as usize,
            value: s.value,
        })
    }
}

/// A top-level document: one object, or a list of them (each with its own line).
enum TopLevel {
    One(Value),
    Many(Vec<Located>),
}

impl<'de> Deserialize<'de> for TopLevel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = TopLevel;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a document (a mapping) or a list of documents")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<TopLevel, A::Error> {
                let mut items = Vec::new();
                while let Some(x) = seq.next_element::<Located>()? {
                    items.push(x);
                }
                Ok(TopLevel::Many(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<TopLevel, A::Error> {
                let v = Value::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(TopLevel::One(v))
            }
            fn visit_unit<E: serde::de::Error>(self) -> std::result::Result<TopLevel, E> {
                Ok(TopLevel::One(Value::Null))
            }
            fn visit_none<E: serde::de::Error>(self) -> std::result::Result<TopLevel, E> {
                Ok(TopLevel::One(Value::Null))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<TopLevel, E> {
                Ok(TopLevel::One(Value::String(v.to_string())))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<TopLevel, E> {
                Ok(TopLevel::One(Value::from(v)))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<TopLevel, E> {
                Ok(TopLevel::One(Value::from(v)))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<TopLevel, E> {
                Ok(TopLevel::One(Value::from(v)))
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> std::result::Result<TopLevel, E> {
                Ok(TopLevel::One(Value::Bool(v)))
            }
        }
        d.deserialize_any(V)
    }
}

/// The documents of one file, each with the line it starts on.
fn parse_file(name: &str, text: &str) -> Result<Vec<(Value, Source)>> {
    let lines: std::sync::Arc<Vec<String>> =
        std::sync::Arc::new(text.lines().map(str::to_string).collect());
    let total = lines.len() + 1;
    let src = |line: usize| Source {
        file: name.to_string(),
        line,
        text: lines.clone(),
        end: total,
    };
    let trimmed = text.trim_start();
    let mut out: Vec<(Value, Source)> = Vec::new();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        // JSON: no positions from the parser; a document's line is found by its name.
        let value: Value = serde_json::from_str(text).map_err(|e| {
            Error::usage(format!(
                "{name}:{}: invalid JSON (column {}): {e}",
                e.line(),
                e.column()
            ))
        })?;
        let items = match value {
            Value::Array(a) => a,
            v => vec![v],
        };
        for v in items {
            let mut at = src(1);
            if let Some(n) = v.get("name").and_then(Value::as_str) {
                let needle = format!("\"{n}\"");
                if let Some(i) = lines.iter().position(|l| l.contains(&needle)) {
                    at.line = i + 1;
                }
            }
            out.push((v, at));
        }
        return Ok(out);
    }
    // A tenant file can hold thousands of documents (one per user); the parser's default
    // of 1,024 documents per file is a guard against separator storms, not a real limit.
    let options = serde_saphyr::options! {
        strict_booleans: true,
        budget: serde_saphyr::budget! { max_documents: 100_000 },
    };
    let tops: Vec<serde_saphyr::Spanned<TopLevel>> =
        serde_saphyr::from_multiple_with_options(text, options).map_err(|e| {
            Error::usage(format!("{name}: invalid YAML: {e}"))
                .hint("check the indentation and quoting around that line")
        })?;
    for top in tops {
        match top.value {
            TopLevel::One(Value::Null) => {}
            TopLevel::One(v) => out.push((v, src(top.referenced.line() as usize))),
            // A document that is a list is one document per item.
            TopLevel::Many(items) => {
                for it in items {
                    out.push((it.value, src(it.line)));
                }
            }
        }
    }
    // Each document ends where the next one starts.
    for i in 0..out.len() {
        let next = out.get(i + 1).map_or(total, |(_, s)| s.line);
        out[i].1.end = next.max(out[i].1.line);
    }
    Ok(out)
}

/// The kind, the fields, the types, and `${env:...}`.
fn check(mut value: Value, at: Source, env: &dyn Fn(&str) -> Option<String>) -> Result<Doc> {
    let Some(obj) = value.as_object_mut() else {
        return Err(at.error(None, "a document must be a mapping with a `kind`"));
    };
    let kind = match obj.remove("kind") {
        Some(Value::String(k)) => Kind::parse(&k).ok_or_else(|| {
            at.error(
                Some("kind"),
                format!(
                    "unknown kind {k:?}; the kinds are {}",
                    Kind::ALL.map(Kind::as_str).join(", ")
                ),
            )
        })?,
        Some(other) => {
            return Err(at.error(
                Some("kind"),
                format!("`kind` must be a string, not {other}"),
            ));
        }
        // Files written by `pbctl collection export` have no kind.
        None if obj.contains_key("type") && obj.contains_key("fields") => Kind::Collection,
        None if obj.contains_key("type") && obj.get("type") == Some(&Value::from("view")) => {
            Kind::Collection
        }
        None => return Err(at.error(None, "the document has no `kind`")),
    };
    kinds::check_fields(kind, &value, &at)?;
    resolve_env(&mut value, &at, "", env)?;
    kinds::check_values(kind, &value, &at)?;
    Ok(Doc { kind, value, at })
}

/// Replace every `${env:NAME}` in the document's strings with the variable's value.
fn resolve_env(
    v: &mut Value,
    at: &Source,
    path: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<()> {
    match v {
        Value::String(s) if s.contains("${env:") => {
            let mut out = String::new();
            let mut rest = s.as_str();
            while let Some(i) = rest.find("${env:") {
                out.push_str(&rest[..i]);
                let after = &rest[i + 6..];
                let Some(end) = after.find('}') else {
                    return Err(at.error(Some(path), format!("unclosed `${{env:` in {path}")));
                };
                let name = &after[..end];
                if name.is_empty() {
                    return Err(at.error(Some(path), format!("empty `${{env:}}` in {path}")));
                }
                let value = env(name).ok_or_else(|| {
                    at.error(
                        Some(path),
                        format!("{path}: environment variable {name} is not set"),
                    )
                    .hint(format!("export {name}=... before running pbctl"))
                })?;
                out.push_str(&value);
                rest = &after[end + 1..];
            }
            out.push_str(rest);
            *s = out;
        }
        Value::Array(items) => {
            for x in items {
                resolve_env(x, at, path, env)?;
            }
        }
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                resolve_env(x, at, &p, env)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn refuse_duplicates(docs: &[Doc]) -> Result<()> {
    let mut seen: std::collections::HashMap<(Kind, String), &Source> = Default::default();
    for d in docs {
        let key = (d.kind, d.key());
        if let Some(first) = seen.get(&key) {
            return Err(d.at.error(
                Some(if d.kind == Kind::Settings {
                    "kind"
                } else {
                    "name"
                }),
                format!(
                    "{} {} is defined twice (first at {})",
                    d.kind.as_str(),
                    d.key(),
                    first.of(Some("name"))
                ),
            ));
        }
        seen.insert(key, &d.at);
    }
    Ok(())
}

impl Doc {
    /// The document's identity within its kind: `name`, or `account/name` for users,
    /// exports and imports (`settings` for the one Settings document).
    pub fn key(&self) -> String {
        key_of(self.kind, &self.value)
    }

    pub fn str(&self, field: &str) -> &str {
        self.value.get(field).and_then(Value::as_str).unwrap_or("")
    }
}

/// The identity of a document (or of a server object in document form).
pub fn key_of(kind: Kind, v: &Value) -> String {
    let f = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    match kind {
        Kind::Settings => "settings".into(),
        Kind::NatsUser | Kind::NatsExport | Kind::NatsImport => {
            format!("{}/{}", f("account"), f("name"))
        }
        _ => f("name"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn docs(text: &str) -> Result<Vec<Doc>> {
        let mut out = Vec::new();
        for (v, at) in parse_file("t.yaml", text)? {
            out.push(check(v, at, &no_env)?);
        }
        refuse_duplicates(&out)?;
        Ok(out)
    }

    #[test]
    fn a_file_may_hold_thousands_of_documents() {
        let text: String = (0..2_120)
            .map(|i| format!("kind: NatsAccount\nname: a{i}\n---\n"))
            .collect();
        assert_eq!(docs(&text).unwrap().len(), 2_120);
    }

    #[test]
    fn multi_document_streams_and_lists_keep_their_lines() {
        let d = docs(
            "kind: NatsAccount\nname: a\n---\n- kind: NatsRole\n  name: r\n- kind: NatsAccount\n  name: b\n",
        )
        .unwrap();
        assert_eq!(d.len(), 3);
        assert_eq!(d[0].at.line, 1);
        assert_eq!(d[1].at.line, 4);
        assert_eq!(d[2].at.line, 6);
        assert_eq!(d[2].key(), "b");
    }

    #[test]
    fn errors_name_the_line_of_the_field() {
        let e = docs("kind: NatsAccount\nname: a\n---\nkind: NatsRole\nname: r\nbogus: 1\n")
            .unwrap_err();
        assert!(e.message.starts_with("t.yaml:6:"), "{}", e.message);
        assert!(e.message.contains("bogus"), "{}", e.message);
        let e = docs("kind: NatsAccount\nname: a\nlimits:\n  connections: many\n").unwrap_err();
        assert!(e.message.starts_with("t.yaml:4:"), "{}", e.message);
        let e = docs("kind: Nope\nname: a\n").unwrap_err();
        assert!(e.message.starts_with("t.yaml:1:"), "{}", e.message);
        let e = docs("kind: NatsAccount\nname: a\n---\nkind: NatsAccount\nname: a\n").unwrap_err();
        assert!(e.message.starts_with("t.yaml:5:"), "{}", e.message);
        assert!(e.message.contains("twice"), "{}", e.message);
        let e = docs("kind: NatsAccount\nname: [a\n").unwrap_err();
        assert!(e.message.contains("t.yaml"), "{}", e.message);
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn env_references_are_resolved_or_refused() {
        let env = |n: &str| (n == "PW").then(|| "s3cret".to_string());
        let (v, at) = parse_file(
            "t.yaml",
            "kind: Settings\nsettings:\n  smtp: {password: \"${env:PW}\", host: \"x-${env:PW}-y\"}\n",
        )
        .unwrap()
        .remove(0);
        let d = check(v.clone(), at.clone(), &env).unwrap();
        assert_eq!(d.value["settings"]["smtp"]["password"], "s3cret");
        assert_eq!(d.value["settings"]["smtp"]["host"], "x-s3cret-y");
        let e = check(v, at, &no_env).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message.contains("PW is not set"), "{}", e.message);
        assert!(e.message.starts_with("t.yaml:3:"), "{}", e.message);
    }

    #[test]
    fn collection_export_files_need_no_kind() {
        let d = docs("- name: posts\n  type: base\n  fields: []\n").unwrap();
        assert_eq!(d[0].kind, Kind::Collection);
    }
}
