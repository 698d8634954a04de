//! `pbctl api`: a raw authenticated request, like `gh api`.

use crate::app::App;
use crate::error::{Error, Result};
use crate::output::Output;
use crate::pb::{Body, Request};
use clap::Args;
use reqwest::Method;
use serde_json::{Map, Value};
use std::io::Read;

/// Send a raw request to the server with the context's token and print the body
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "PATH may start with /api/, api/, or neither (then /api/ is added). With -f or -F\nthe method defaults to POST and the fields form a JSON body (dotted keys nest);\nfor GET and DELETE they become query parameters.\n\nExamples:\n  pbctl api /api/collections --jq '.items[].name'\n  pbctl api collections/posts/records -X POST -f title=Hello -F views=3\n  pbctl api /api/settings -X PATCH -F batch.enabled=true\n  pbctl api /api/collections/posts/records --paginate -o jsonl\n  pbctl api /api/collections/import -X PUT --input schema.json"
)]
pub struct ApiArgs {
    /// Path below the server URL
    pub path: String,
    /// HTTP method [default: GET, or POST with fields or --input]
    #[arg(short = 'X', long, value_name = "METHOD")]
    pub method: Option<String>,
    /// A string field KEY=VALUE
    #[arg(short = 'f', long = "raw-field", value_name = "KEY=VALUE")]
    pub raw_fields: Vec<String>,
    /// A typed field KEY=JSON (true, 3, null, "s", [..], {..}; anything else is a string)
    #[arg(short = 'F', long = "field", value_name = "KEY=JSON")]
    pub fields: Vec<String>,
    /// Request body from a file, or - for stdin
    #[arg(long, value_name = "FILE|-", conflicts_with_all = ["raw_fields", "fields"])]
    pub input: Option<String>,
    /// Follow `page` through every page of a list and print all items as one array
    #[arg(long)]
    pub paginate: bool,
}

fn normalize_path(path: &str) -> String {
    let trimmed = path.trim();
    if trimmed.starts_with("/api/") || trimmed == "/api" {
        trimmed.to_string()
    } else if trimmed.starts_with("api/") {
        format!("/{trimmed}")
    } else if let Some(rest) = trimmed.strip_prefix('/') {
        if rest.starts_with("_/") {
            trimmed.to_string()
        } else {
            format!("/api/{rest}")
        }
    } else {
        format!("/api/{trimmed}")
    }
}

fn parse_fields(raw: &[String], typed: &[String]) -> Result<Vec<(String, Value)>> {
    let mut out = Vec::new();
    for f in raw {
        let (k, v) = f
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("expected KEY=VALUE, got {f:?}")))?;
        out.push((k.to_string(), Value::String(v.to_string())));
    }
    for f in typed {
        let (k, v) = f
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("expected KEY=JSON, got {f:?}")))?;
        let value = serde_json::from_str(v).unwrap_or_else(|_| Value::String(v.to_string()));
        out.push((k.to_string(), value));
    }
    Ok(out)
}

fn nest(fields: Vec<(String, Value)>) -> Result<Value> {
    let mut root = Value::Object(Map::new());
    for (key, value) in fields {
        let mut node = &mut root;
        let parts: Vec<&str> = key.split('.').collect();
        for (i, part) in parts.iter().enumerate() {
            let map = node
                .as_object_mut()
                .ok_or_else(|| Error::usage(format!("field {key:?} conflicts with another")))?;
            if i + 1 == parts.len() {
                map.insert(part.to_string(), value.clone());
                break;
            }
            node = map
                .entry(part.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
        }
    }
    Ok(root)
}

pub async fn run(app: &App, a: ApiArgs) -> Result<Output> {
    let fields = parse_fields(&a.raw_fields, &a.fields)?;
    let input = match a.input.as_deref() {
        None => None,
        Some("-") => {
            let mut buf = Vec::new();
            crate::ui::data_stdin()?.read_to_end(&mut buf)?;
            Some(buf)
        }
        Some(path) => Some(
            std::fs::read(path).map_err(|e| Error::usage(format!("cannot read {path}: {e}")))?,
        ),
    };
    let method = match &a.method {
        Some(m) => Method::from_bytes(m.to_ascii_uppercase().as_bytes())
            .map_err(|_| Error::usage(format!("invalid method {m:?}")))?,
        None if !fields.is_empty() || input.is_some() => Method::POST,
        None => Method::GET,
    };
    if a.paginate && method != Method::GET {
        return Err(Error::usage("--paginate works with GET only"));
    }
    let target = app.target()?;
    let client = if target.has_credentials() {
        app.authed().await?.1
    } else {
        app.client(&target)?
    };

    let mut req = Request::new(method.clone(), normalize_path(&a.path));
    if matches!(method, Method::GET | Method::DELETE | Method::HEAD) {
        for (k, v) in fields {
            let text = match v {
                Value::String(s) => s,
                other => other.to_string(),
            };
            req = req.query(&k, text);
        }
    } else if let Some(bytes) = input {
        let content_type = if serde_json::from_slice::<Value>(&bytes).is_ok() {
            "application/json"
        } else {
            "application/octet-stream"
        };
        req.body = Body::Bytes(bytes, content_type.into());
    } else if !fields.is_empty() {
        req = req.json(nest(fields)?);
    }

    if a.paginate {
        return paginate(&client, req).await;
    }
    let resp = client.send(req).await?;
    if resp.body.is_empty() {
        return Ok(Output::done(
            format!("HTTP {}", resp.status),
            Value::Null,
            "id",
        ));
    }
    match serde_json::from_slice::<Value>(&resp.body) {
        Ok(v) => Ok(Output::Document(v)),
        Err(_) => Ok(Output::Text(
            String::from_utf8_lossy(&resp.body).into_owned(),
        )),
    }
}

async fn paginate(client: &crate::pb::Client, req: Request) -> Result<Output> {
    let mut items = Vec::new();
    let mut page = 1u64;
    let mut guard = crate::pb::paging::PageGuard::new();
    loop {
        let mut r = Request::get(req.path.clone());
        r.query = req
            .query
            .iter()
            .filter(|(k, _)| k != "page")
            .cloned()
            .collect();
        r = r.query("page", page.to_string());
        let v = client.json(r).await?;
        if v.get("items").and_then(Value::as_array).is_none() {
            return Err(Error::usage(
                "--paginate: the answer is not a list (no items)",
            ));
        }
        let per_page = v.get("perPage").and_then(Value::as_u64).unwrap_or(0);
        // The first page's totalPages is the bound; a later page cannot raise it.
        let batch = guard.page(page, per_page, v)?;
        let got = batch.len();
        items.extend(batch);
        let done = got == 0
            || match guard.announced_pages() {
                Some(total_pages) => page >= total_pages,
                None => per_page == 0 || (got as u64) < per_page,
            };
        if done {
            break;
        }
        page += 1;
    }
    Ok(Output::Document(Value::Array(items)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_get_the_api_prefix() {
        assert_eq!(normalize_path("/api/health"), "/api/health");
        assert_eq!(normalize_path("api/health"), "/api/health");
        assert_eq!(normalize_path("health"), "/api/health");
        assert_eq!(normalize_path("/collections"), "/api/collections");
        assert_eq!(normalize_path("/_/"), "/_/");
    }

    #[test]
    fn fields_nest_and_type() {
        let f = parse_fields(
            &["title=3".into()],
            &[
                "views=3".into(),
                "batch.enabled=true".into(),
                "s=plain".into(),
            ],
        )
        .unwrap();
        assert_eq!(
            nest(f).unwrap(),
            json!({"title": "3", "views": 3, "batch": {"enabled": true}, "s": "plain"})
        );
    }
}
