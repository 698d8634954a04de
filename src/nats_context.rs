//! nats CLI contexts: `pbctl jwt context` and `pbctl nats user creds --nats-context` write
//! `$XDG_CONFIG_HOME/nats/context/NAME.json` (the file `nats --context NAME` reads) and
//! the user's creds file, so that the nats CLI (and anything that reads its contexts)
//! connects as that user.
//!
//! The context file holds no secret: its `creds` field points at the creds file, which
//! pbctl keeps in its own data directory (`$PBCTL_DATA_DIR/nats-creds/NAME.creds`,
//! mode 0600 in a 0700 directory). Both files are written atomically.

use crate::config::paths;
use crate::error::{Error, Result};
use crate::fsutil::{create_private_dir, read_optional, write_atomic};
use serde_json::{Map, Value, json};
use std::path::PathBuf;

/// Where a context and its creds were written.
#[derive(Debug, Clone)]
pub struct Written {
    pub context_file: PathBuf,
    pub creds_file: PathBuf,
    /// The context existed and was updated (fields pbctl does not set are kept).
    pub updated: bool,
}

/// A context name is a file name: no path separators, no leading dot.
pub fn validate_context_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 128
        && !name.starts_with('.')
        && !name
            .chars()
            .any(|c| c == '/' || c == '\\' || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("invalid nats context name {name:?}"))
            .hint("use letters, digits, '.', '_' and '-'; no '/'"))
    }
}

/// The context file of `name`.
pub fn context_file(name: &str) -> PathBuf {
    paths::nats_context_dir().join(format!("{name}.json"))
}

/// The creds file pbctl keeps for context `name`.
pub fn creds_file(name: &str) -> PathBuf {
    paths::data_dir()
        .join("nats-creds")
        .join(format!("{name}.creds"))
}

/// The context document: the nats CLI's fields, `url` and `creds` set, the other
/// fields of an existing context kept (its description, TLS files, JetStream domain…).
pub fn render(existing: Option<&str>, url: &str, creds: &str, description: &str) -> Result<String> {
    let mut doc: Map<String, Value> = match existing {
        Some(text) if !text.trim().is_empty() => serde_json::from_str(text).map_err(|e| {
            Error::failed(format!("the existing nats context is not valid JSON: {e}"))
                .hint("fix or delete the file, then run the command again")
        })?,
        _ => Map::new(),
    };
    // The fields natscli writes for a new context, in its order.
    for key in [
        "description",
        "url",
        "socks_proxy",
        "token",
        "user",
        "password",
        "creds",
        "nkey",
        "cert",
        "key",
        "ca",
        "nsc",
        "jetstream_domain",
        "jetstream_api_prefix",
        "jetstream_event_prefix",
        "inbox_prefix",
        "user_jwt",
        "color_scheme",
    ] {
        doc.entry(key).or_insert(json!(""));
    }
    doc.entry("tls_first").or_insert(json!(false));
    doc.insert("url".into(), json!(url));
    doc.insert("creds".into(), json!(creds));
    // Credentials of other kinds would take precedence over (or clash with) the creds.
    for key in ["token", "user", "password", "nkey", "nsc", "user_jwt"] {
        doc.insert(key.into(), json!(""));
    }
    if doc.get("description").and_then(Value::as_str) == Some("") {
        doc.insert("description".into(), json!(description));
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(doc))
        .map_err(|e| Error::failed(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Write the creds file and the context `name` pointing at it (`url` = the server URLs,
/// comma-separated as the nats CLI takes them).
pub fn write(name: &str, url: &str, creds: &str, description: &str) -> Result<Written> {
    validate_context_name(name)?;
    let context_file = context_file(name);
    let creds_file = creds_file(name);
    let existing = read_optional(&context_file)?;
    let text = render(
        existing.as_deref(),
        url,
        &creds_file.to_string_lossy(),
        description,
    )?;
    if let Some(dir) = creds_file.parent() {
        create_private_dir(dir)?;
    }
    write_atomic(&creds_file, creds.as_bytes())?;
    if let Some(dir) = context_file.parent() {
        create_private_dir(dir)?;
    }
    write_atomic(&context_file, text.as_bytes())?;
    Ok(Written {
        context_file,
        creds_file,
        updated: existing.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_new_and_update() {
        let t = render(None, "nats://h:4222", "/c/x.creds", "pbctl: app/alice").unwrap();
        let v: Value = serde_json::from_str(&t).unwrap();
        assert_eq!(v["url"], "nats://h:4222");
        assert_eq!(v["creds"], "/c/x.creds");
        assert_eq!(v["description"], "pbctl: app/alice");
        assert_eq!(v["tls_first"], false);
        let old = r#"{"description":"mine","url":"x","token":"t","ca":"/ca.pem","custom":1}"#;
        let v: Value =
            serde_json::from_str(&render(Some(old), "nats://n", "/c", "d").unwrap()).unwrap();
        assert_eq!(v["description"], "mine");
        assert_eq!(v["ca"], "/ca.pem");
        assert_eq!(v["token"], "");
        assert_eq!(v["custom"], 1);
        assert!(render(Some("{"), "u", "c", "d").is_err());
        assert!(validate_context_name("../x").is_err());
        assert!(validate_context_name("demo").is_ok());
    }
}
