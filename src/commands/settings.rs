//! `pbctl settings get|set`.

use crate::app::App;
use crate::error::{Error, Result};
use crate::output::{Output, lookup};
use crate::pb::Request;
use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::{Map, Value};

#[derive(Debug, Clone, Args)]
#[command(
    about = "Read and change the server settings",
    after_help = "Examples:\n  pbctl settings get batch\n  pbctl settings set batch.enabled=true batch.maxRequests=200\n  pbctl settings set 'meta.appName=My App'"
)]
pub struct SettingsArgs {
    #[command(subcommand)]
    pub command: SettingsCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum SettingsCommand {
    Get(GetArgs),
    Set(SetArgs),
}

/// Print the settings, or one (dotted) key
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl settings get -o yaml\n  pbctl settings get meta.appName"
)]
pub struct GetArgs {
    /// Dotted key such as `batch` or `meta.appName`
    pub key: Option<String>,
}

/// Change settings: KEY=VALUE typed like the current value, KEY:=JSON for raw JSON, -f FILE
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "A value is read as the type of the current setting (true/false, a number, a\nstring); `KEY:=JSON` takes JSON as is. -f FILE (or - for stdin) reads a JSON or YAML\nobject of settings, as `settings get -o yaml` shows them: the way to give secrets\n(SMTP or S3 passwords) without putting them on the command line, where `ps` and the\nshell history see them. KEY=VALUE pairs apply on top of the file.\n\nExamples:\n  pbctl settings set batch.enabled=true\n  pbctl settings set 'rateLimits.rules:=[]'\n  pbctl settings set -f smtp.yaml\n  vault read -field=settings secret/pb | pbctl settings set -f -"
)]
pub struct SetArgs {
    #[arg(required_unless_present = "from_file", value_name = "KEY=VALUE")]
    pub pairs: Vec<String>,
    /// A JSON or YAML object of settings, or - for stdin
    #[arg(short = 'f', long = "from-file", value_name = "FILE|-")]
    pub from_file: Option<String>,
}

pub async fn run(app: &App, args: SettingsArgs) -> Result<Output> {
    let (_, client) = app.authed().await?;
    let current = client.json(Request::get("/api/settings")).await?;
    match args.command {
        SettingsCommand::Get(a) => match a.key {
            None => Ok(Output::object(current, "meta.appName")),
            Some(key) => {
                let value = lookup(&current, &key)
                    .cloned()
                    .ok_or_else(|| Error::not_found(format!("no setting {key:?}")))?;
                Ok(Output::object(value, &key))
            }
        },
        SettingsCommand::Set(a) => {
            let mut patch = match &a.from_file {
                None => Value::Object(Map::new()),
                Some(source) => {
                    let (doc, name) = crate::document::read(source)?;
                    if !doc.is_object() {
                        return Err(Error::usage(format!(
                            "{name}: expected an object of settings (like `pbctl settings get -o yaml`)"
                        )));
                    }
                    doc
                }
            };
            for pair in &a.pairs {
                let (key, value) = parse_pair(pair, &current)?;
                insert_dotted(&mut patch, &key, value)?;
            }
            let updated = client
                .json(Request::new(Method::PATCH, "/api/settings").json(patch.clone()))
                .await?;
            Ok(Output::done(
                format!("Updated {} setting(s).", count_leaves(&patch)),
                updated,
                "meta.appName",
            ))
        }
    }
}

/// `KEY:=JSON` or `KEY=VALUE` typed after the current value.
fn parse_pair(pair: &str, current: &Value) -> Result<(String, Value)> {
    if let Some((key, json)) = pair.split_once(":=")
        && !key.contains('=')
    {
        // The value is not quoted back: it may be a password.
        let value = serde_json::from_str(json)
            .map_err(|e| Error::usage(format!("{key}: invalid JSON ({e})")))?;
        return Ok((key.to_string(), value));
    }
    let (key, raw) = pair
        .split_once('=')
        .ok_or_else(|| Error::usage(format!("expected KEY=VALUE or KEY:=JSON, got {pair:?}")))?;
    let value = match lookup(current, key) {
        None => {
            return Err(Error::usage(format!("unknown setting {key:?}"))
                .hint("see the keys with `pbctl settings get`"));
        }
        Some(Value::Bool(_)) => match raw {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => {
                return Err(Error::usage(format!(
                    "{key} takes true or false, not {raw:?}"
                )));
            }
        },
        Some(Value::Number(_)) => serde_json::from_str::<serde_json::Number>(raw)
            .map(Value::Number)
            .map_err(|_| Error::usage(format!("{key} takes a number, not {raw:?}")))?,
        Some(Value::String(_)) | Some(Value::Null) => Value::String(raw.to_string()),
        Some(_) => serde_json::from_str(raw).map_err(|_| {
            Error::usage(format!(
                "{key} holds a list or object: give JSON with {key}:=..."
            ))
        })?,
    };
    Ok((key.to_string(), value))
}

/// The number of settings a patch changes: its non-object values.
fn count_leaves(v: &Value) -> usize {
    match v {
        Value::Object(m) => m.values().map(count_leaves).sum(),
        _ => 1,
    }
}

fn insert_dotted(target: &mut Value, key: &str, value: Value) -> Result<()> {
    let parts: Vec<&str> = key.split('.').collect();
    let mut node = target;
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() {
            return Err(Error::usage(format!("invalid key {key:?}")));
        }
        let map = node
            .as_object_mut()
            .ok_or_else(|| Error::usage(format!("{key}: conflicting keys")))?;
        if i == parts.len() - 1 {
            map.insert(part.to_string(), value);
            return Ok(());
        }
        node = map
            .entry(part.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_take_the_type_of_the_current_setting() {
        let current = json!({"batch": {"enabled": false, "maxRequests": 50}, "meta": {"appName": "x"}, "superuserIPs": []});
        assert_eq!(
            parse_pair("batch.enabled=true", &current).unwrap().1,
            json!(true)
        );
        assert_eq!(
            parse_pair("batch.maxRequests=200", &current).unwrap().1,
            json!(200)
        );
        assert_eq!(
            parse_pair("meta.appName=123", &current).unwrap().1,
            json!("123")
        );
        assert_eq!(
            parse_pair("superuserIPs:=[\"1.2.3.4\"]", &current)
                .unwrap()
                .1,
            json!(["1.2.3.4"])
        );
        assert!(parse_pair("batch.enabled=maybe", &current).is_err());
        assert!(parse_pair("nope.x=1", &current).is_err());
        let mut patch = json!({});
        insert_dotted(&mut patch, "batch.enabled", json!(true)).unwrap();
        insert_dotted(&mut patch, "batch.maxRequests", json!(9)).unwrap();
        assert_eq!(patch, json!({"batch": {"enabled": true, "maxRequests": 9}}));
    }
}
