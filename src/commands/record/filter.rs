//! `--param` binding of `{:name}` placeholders in PocketBase filters, escaped as the
//! JS SDK's `pb.filter()` does (reference 2.2): strings are wrapped in `"` with `\` and
//! `"` escaped and every other character kept raw (PocketBase understands no `\uXXXX`);
//! numbers and booleans are inserted as they are; null as `null`; arrays and objects as
//! a quoted JSON string.

use crate::error::{Error, Result};
use serde_json::Value;

/// One `--param`: `K=V` binds the string V, `K:=JSON` a typed value.
pub fn parse_param(raw: &str) -> Result<(String, Value)> {
    let bad = || {
        Error::usage(format!("invalid --param {raw:?}"))
            .hint("use --param NAME=TEXT for a string or --param NAME:=JSON for a number, true/false or null")
    };
    let (key, value) = raw.split_once('=').ok_or_else(bad)?;
    let (name, value) = match key.strip_suffix(':') {
        Some(name) => {
            let v: Value = serde_json::from_str(value).map_err(|e| {
                Error::usage(format!("--param {name}: invalid JSON {value:?}: {e}"))
                    .hint("quote strings as JSON (\"text\") or use NAME=TEXT")
            })?;
            (name, v)
        }
        None => (key, Value::String(value.to_string())),
    };
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    {
        return Err(bad());
    }
    Ok((name.to_string(), value))
}

pub use crate::pb::filter_quote as quote;

/// A value as a filter literal.
pub fn literal(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => quote(s),
        other => quote(&other.to_string()),
    }
}

/// Replace every `{:name}` in `filter` with its bound literal. A placeholder without a
/// parameter, or a parameter that no placeholder uses, is a usage error (a typo would
/// otherwise silently change the query).
pub fn bind(filter: &str, params: &[(String, Value)]) -> Result<String> {
    let mut out = String::with_capacity(filter.len());
    let mut used = vec![false; params.len()];
    let mut rest = filter;
    while let Some(start) = rest.find("{:") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let name = &after[..end];
        match params.iter().position(|(k, _)| k == name) {
            Some(i) => {
                used[i] = true;
                out.push_str(&literal(&params[i].1));
            }
            None => {
                return Err(Error::usage(format!(
                    "the filter uses {{:{name}}} but no --param {name}=... is given"
                )));
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    if let Some(i) = used.iter().position(|u| !u) {
        return Err(
            Error::usage(format!("--param {} is not used by the filter", params[i].0))
                .hint("reference it in --filter as {:NAME}"),
        );
    }
    Ok(out)
}

/// `--filter` with its `--param`s bound; `None` when there is no filter.
pub fn resolve(filter: Option<&str>, params: &[String]) -> Result<Option<String>> {
    let parsed = params
        .iter()
        .map(|p| parse_param(p))
        .collect::<Result<Vec<_>>>()?;
    match filter {
        Some(f) => bind(f, &parsed).map(Some),
        None if parsed.is_empty() => Ok(None),
        None => Err(Error::usage("--param needs a --filter that uses it")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(k: &str, v: Value) -> (String, Value) {
        (k.to_string(), v)
    }

    #[test]
    fn strings_are_quoted_and_escaped() {
        assert_eq!(quote("plain"), "\"plain\"");
        assert_eq!(quote("it's \"x\""), "\"it's \\\"x\\\"\"");
        assert_eq!(quote("a\\b"), "\"a\\\\b\"");
        assert_eq!(quote("a\nb\tü"), "\"a\nb\tü\"");
        assert_eq!(quote("\" || id != \""), "\"\\\" || id != \\\"\"");
    }

    #[test]
    fn bind_substitutes_typed_values() {
        let params = vec![
            p("t", json!("x\" && 1=1 //")),
            p("v", json!(3)),
            p("b", json!(true)),
            p("n", Value::Null),
            p("a", json!(["go"])),
        ];
        assert_eq!(
            bind(
                "title = {:t} && views > {:v} && ok = {:b} && x = {:n} && j = {:a}",
                &params
            )
            .unwrap(),
            "title = \"x\\\" && 1=1 //\" && views > 3 && ok = true && x = null && j = \"[\\\"go\\\"]\""
        );
    }

    #[test]
    fn repeated_placeholders_and_text_without_placeholders() {
        let params = vec![p("q", json!("a"))];
        assert_eq!(
            bind("x = {:q} || y = {:q}", &params).unwrap(),
            "x = \"a\" || y = \"a\""
        );
        assert_eq!(bind("views > 1", &[]).unwrap(), "views > 1");
        assert_eq!(bind("a = '{:'", &[]).unwrap(), "a = '{:'");
    }

    #[test]
    fn missing_and_unused_params_are_errors() {
        assert!(bind("x = {:q}", &[]).is_err());
        assert!(bind("x = 1", &[p("q", json!(1))]).is_err());
    }

    #[test]
    fn parse_param_forms() {
        assert_eq!(parse_param("t=a=b").unwrap(), p("t", json!("a=b")));
        assert_eq!(parse_param("v:=3").unwrap(), p("v", json!(3)));
        assert_eq!(parse_param("v:=null").unwrap(), p("v", Value::Null));
        assert_eq!(parse_param("s=").unwrap(), p("s", json!("")));
        assert!(parse_param("v:=nope").is_err());
        assert!(parse_param("novalue").is_err());
        assert!(parse_param("bad name=1").is_err());
        assert_eq!(
            resolve(Some("a = {:x}"), &["x:=1.5".into()]).unwrap(),
            Some("a = 1.5".into())
        );
        assert!(resolve(None, &["x=1".into()]).is_err());
    }
}
