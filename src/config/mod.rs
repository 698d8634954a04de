//! `config.yaml`: contexts and preferences, never a secret.
//!
//! Reads take no lock (the file is always replaced atomically); every change goes through
//! [`update`], which holds an exclusive lock across read, modify and write, so concurrent
//! pbctl processes never lose an update.

pub mod credentials;
pub mod labels;
pub mod paths;
pub mod select;

use crate::error::{Error, Result};
use crate::fsutil::{self, FileLock};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_context: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_context: Option<String>,
    #[serde(default)]
    pub contexts: Vec<Context>,
    #[serde(default)]
    pub preferences: Preferences,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Context {
    pub name: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_collection: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    #[serde(default, skip_serializing_if = "Tls::is_empty")]
    pub tls: Tls,
    #[serde(default, skip_serializing_if = "Nats::is_empty")]
    pub nats: Nats,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// Labels (`env: prod`, `region: eu`) that fleet selectors (`-l`) match.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    /// What is known about the stored token (never the token itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<AuthInfo>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Tls {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure_skip_verify: bool,
}

impl Tls {
    fn is_empty(&self) -> bool {
        self.ca_file.is_none() && !self.insecure_skip_verify
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Nats {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creds: Option<String>,
}

impl Nats {
    fn is_empty(&self) -> bool {
        self.url.is_none() && self.creds.is_none()
    }
}

/// Non-secret facts about the token stored for a context.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct AuthInfo {
    /// Email or username of the authenticated record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub collection: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_id: Option<String>,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<i64>,
    /// Unix seconds when pbctl obtained the token (gives its lifetime: PocketBase tokens
    /// carry no `iat`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obtained: Option<i64>,
    #[serde(default)]
    pub refreshable: bool,
    /// `keyring` or `file`.
    pub store: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Preferences {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_store: Option<String>,
}

impl Config {
    pub fn context(&self, name: &str) -> Option<&Context> {
        self.contexts.iter().find(|c| c.name == name)
    }

    pub fn context_mut(&mut self, name: &str) -> Option<&mut Context> {
        self.contexts.iter_mut().find(|c| c.name == name)
    }

    /// The named context or a not-found error that lists the known ones.
    pub fn require(&self, name: &str) -> Result<&Context> {
        self.context(name).ok_or_else(|| self.unknown(name))
    }

    pub fn require_mut(&mut self, name: &str) -> Result<&mut Context> {
        let err = self.unknown(name);
        self.context_mut(name).ok_or(err)
    }

    fn unknown(&self, name: &str) -> Error {
        let known: Vec<&str> = self.contexts.iter().map(|c| c.name.as_str()).collect();
        let err = Error::not_found(format!("context \"{name}\" not found"));
        if known.is_empty() {
            err.hint("add one with `pbctl context add NAME --url URL`")
        } else {
            err.hint(format!("known contexts: {}", known.join(", ")))
        }
    }
}

/// An environment variable's value; a variable set to the empty string counts as unset.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Where the config file is: `--config`/`PBCTL_CONFIG`, else `<config dir>/config.yaml`.
pub fn config_path(flag: Option<&Path>) -> PathBuf {
    match flag {
        Some(p) => p.to_path_buf(),
        None => paths::config_dir().join("config.yaml"),
    }
}

/// Load the config; a missing file is an empty config.
pub fn load(path: &Path) -> Result<Config> {
    // A write killed half-way (kill -9) leaves a temporary file that may hold a token:
    // every run that reads the config removes those of dead processes.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fsutil::remove_stale_temps(dir);
    }
    match fsutil::read_optional(path)? {
        None => Ok(Config::default()),
        Some(text) if text.trim().is_empty() => Ok(Config::default()),
        Some(text) if text.len() >= PARSED_CACHE_FROM => parsed_cache::load(path, &text),
        Some(text) => parse(path, &text),
    }
}

/// Configs of this size and more (a fleet of a few hundred contexts) are also kept
/// parsed, as JSON, in the cache directory: YAML costs ~15 µs a context to parse, so
/// 1,000 contexts would add ~15 ms to every command; JSON is ten times faster.
const PARSED_CACHE_FROM: usize = 64 * 1024;

fn parse(path: &Path, text: &str) -> Result<Config> {
    crate::yaml::from_str(text).map_err(|e| {
        Error::usage(format!(
            "invalid config file {}: {}",
            path.display(),
            first_line(&e.message)
        ))
        .hint("fix the YAML by hand, or move the file away to start afresh")
    })
}

/// The parsed form of a large config: `<cache dir>/config/<hash of the path>`, a first
/// line with pbctl's version and a 128-bit hash of the YAML it was made from, then the
/// config as JSON. Used only when that line matches the file as read now and this
/// pbctl (an older pbctl's cache could lack fields this one knows, and a save would then
/// drop them), so an edit by any means (an editor, another pbctl, a restore) is seen at
/// once. Written after a YAML parse and after every save, best effort. It holds what the
/// config holds (no token: those live in the credential store).
mod parsed_cache {
    use super::{Config, parse};
    use crate::error::Result;
    use std::hash::{Hash, Hasher};
    use std::path::{Path, PathBuf};

    fn key(text: &str) -> String {
        let half = |salt: u8| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (salt, text).hash(&mut h);
            h.finish()
        };
        format!(
            "pbctl {} {:016x}{:016x}\n",
            env!("CARGO_PKG_VERSION"),
            half(1),
            half(2)
        )
    }

    fn file_for(config: &Path) -> Option<PathBuf> {
        let absolute = std::path::absolute(config).unwrap_or_else(|_| config.to_path_buf());
        crate::cache::file("config", absolute)
    }

    pub fn load(path: &Path, text: &str) -> Result<Config> {
        let cache = file_for(path);
        if let Some(bytes) = cache.as_deref().and_then(crate::cache::read)
            && let Some(json) = bytes.strip_prefix(key(text).as_bytes())
            && let Ok(config) = serde_json::from_slice::<Config>(json)
        {
            return Ok(config);
        }
        let config = parse(path, text)?;
        store(path, text, &config);
        Ok(config)
    }

    /// Keep `config`, parsed from (or saved as) `text`, for the next load.
    pub fn store(path: &Path, text: &str, config: &Config) {
        if let (Some(cache), Ok(json)) = (file_for(path), serde_json::to_vec(config)) {
            let mut bytes = key(text).into_bytes();
            bytes.extend_from_slice(&json);
            crate::cache::write(&cache, &bytes);
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

/// Read-modify-write under an exclusive lock. The closure's result is returned.
pub fn update<T>(path: &Path, change: impl FnOnce(&mut Config) -> Result<T>) -> Result<T> {
    let _lock = FileLock::acquire(path)?;
    let mut config = load(path)?;
    let out = change(&mut config)?;
    save_locked(path, &config)?;
    Ok(out)
}

fn save_locked(path: &Path, config: &Config) -> Result<()> {
    let text = crate::yaml::to_string(config)?;
    fsutil::write_atomic(path, text.as_bytes())?;
    if text.len() >= PARSED_CACHE_FROM {
        parsed_cache::store(path, &text, config);
    }
    Ok(())
}

/// Context names: `[A-Za-z0-9][A-Za-z0-9._-]{0,62}`.
pub fn validate_context_name(name: &str) -> Result<()> {
    let mut chars = name.chars();
    let ok = match chars.next() {
        Some(first) => {
            first.is_ascii_alphanumeric()
                && name.len() <= 63
                && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("invalid context name {name:?}")).hint(
            "a name starts with a letter or digit, then up to 62 letters, digits, '.', '_' or '-'",
        ))
    }
}

/// Check and normalise a server URL: http or https, a host, no query, fragment or
/// credentials, no trailing slash, and not the admin UI or API path.
pub fn normalize_url(input: &str) -> Result<String> {
    let bad = |why: &str| {
        Error::usage(format!("invalid URL {input:?}: {why}"))
            .hint("give the server's base URL, for example https://pb.example.com")
    };
    let url = url::Url::parse(input.trim()).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("the scheme must be http or https"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("no host"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("no query string or fragment allowed"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("no credentials in the URL; use `pbctl auth login`"));
    }
    let path = url.path().trim_end_matches('/');
    for junk in ["/_", "/api"] {
        if path == junk || path.ends_with(junk) || path.contains(&format!("{junk}/")) {
            return Err(bad(&format!("remove the {junk}/ path")));
        }
    }
    let mut out = format!("{}://{}", url.scheme(), url.host_str().unwrap_or_default());
    if let Some(port) = url.port() {
        out.push_str(&format!(":{port}"));
    }
    out.push_str(path);
    Ok(out)
}

/// A NATS URL (or comma-separated list) without credentials in it: `user:pass@` or a
/// token before `@` would be shown by `context show`, stored in config.yaml and printed
/// in `-v` lines and errors. pbctl authenticates to NATS with creds files (`nats.creds`,
/// `--creds`) instead.
pub fn check_nats_url(input: &str) -> Result<()> {
    for part in input.split(',') {
        let rest = part
            .trim()
            .split_once("://")
            .map_or(part.trim(), |(_, r)| r);
        let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        if authority.contains('@') {
            return Err(Error::usage(
                "the NATS URL holds credentials (user:password@ or token@), which pbctl does not keep or show",
            )
            .hint("remove them from the URL and give a creds file: nats.creds in the context, or --creds"));
        }
    }
    Ok(())
}

/// A NATS URL for display: any credentials before `@` replaced (URLs stored before
/// pbctl refused them).
pub fn shown_nats_url(input: &str) -> String {
    input
        .split(',')
        .map(|part| {
            let (scheme, rest) = match part.split_once("://") {
                Some((s, r)) => (format!("{s}://"), r),
                None => (String::new(), part),
            };
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            match rest[..end].rfind('@') {
                Some(at) => format!("{scheme}<redacted>{}", &rest[at..]),
                None => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nats_urls_carry_no_credentials() {
        assert!(check_nats_url("nats://127.0.0.1:4222").is_ok());
        assert!(check_nats_url("nats://a:4222, tls://b:4222/x@y").is_ok());
        assert!(check_nats_url("127.0.0.1:4222").is_ok());
        for bad in [
            "nats://user:pass@127.0.0.1:4222",
            "nats://a:4222,nats://tok@b:4222",
            "u:p@host:4222",
        ] {
            assert!(check_nats_url(bad).is_err(), "{bad}");
        }
        assert_eq!(
            shown_nats_url("nats://user:s3cret@h:4222,nats://b:1"),
            "nats://<redacted>@h:4222,nats://b:1"
        );
    }

    #[test]
    fn context_names() {
        for ok in ["prod", "a", "dev-1", "x.y_z", &"a".repeat(63)] {
            assert!(validate_context_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-a", ".a", "a b", "a/b", "ä", &"a".repeat(64)] {
            assert!(validate_context_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls() {
        assert_eq!(
            normalize_url("http://127.0.0.1:8090/").unwrap(),
            "http://127.0.0.1:8090"
        );
        assert_eq!(
            normalize_url("https://pb.example.com").unwrap(),
            "https://pb.example.com"
        );
        assert_eq!(
            normalize_url("https://x.io/pb/").unwrap(),
            "https://x.io/pb"
        );
        for bad in [
            "pb.example.com",
            "ftp://x",
            "https://x/_/",
            "https://x/api",
            "https://x/api/health",
            "https://x?a=1",
            "https://u:p@x",
            "http://",
        ] {
            assert!(normalize_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn config_round_trips_through_yaml() {
        let text = r#"
current-context: prod
previous-context: dev
contexts:
  - name: prod
    url: https://pb.example.com
    auth-collection: _superusers
    identity: admin@example.com
    tls: { ca-file: /etc/ssl/my-ca.pem, insecure-skip-verify: false }
    nats: { url: "nats://nats.example.com:4222", creds: /secure/sys.creds }
    output: table
preferences: { output: table, color: auto, credential-store: auto }
"#;
        let cfg: Config = crate::yaml::from_str(text).unwrap();
        assert_eq!(
            cfg.contexts[0].tls.ca_file.as_deref(),
            Some("/etc/ssl/my-ca.pem")
        );
        assert_eq!(cfg.preferences.credential_store.as_deref(), Some("auto"));
        let again: Config = crate::yaml::from_str(&crate::yaml::to_string(&cfg).unwrap()).unwrap();
        assert_eq!(cfg, again);
    }
}
