//! nats-server operator-mode configuration text (`operator`, `system_account` and a
//! `resolver` block: `MEMORY` with `resolver_preload`, or a nats-based `full`/`cache` resolver).
//!
//! The caller passes every value (operator JWT or a path to it, system
//! account, resolver directory, preloaded account JWTs); nothing here
//! touches the filesystem. Inputs are validated so that the generated text
//! cannot be broken by quotes or newlines and so that nats-server will not
//! refuse it for an obvious reason (missing system account, preload value
//! that is not an account JWT, mismatching system account, …).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::claims::{AccountClaims, OperatorClaims};
use super::error::{Error, Result};
use super::jwt::{VerifyOptions, decode};
use super::keys::{KeyKind, require_public_key};

/// Where the server finds the operator JWT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperatorSource {
    /// The operator JWT itself, written inline.
    Jwt(String),
    /// A path to an operator JWT file (plain or decorated), as the server
    /// should see it.
    Path(String),
}

/// A `full` (nats-based, persistent) resolver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FullResolver {
    /// Directory where the server stores `<account>.jwt` files.
    pub dir: String,
    /// Allow `$SYS.REQ.CLAIMS.DELETE` (deleted files are renamed `.jwt.deleted`).
    pub allow_delete: bool,
    /// Remove deleted files instead of renaming them (needs `allow_delete`, server 2.9.16+).
    pub hard_delete: bool,
    /// Sync interval between servers, a Go duration such as `"2m"`.
    pub interval: Option<String>,
    /// Lookup timeout, e.g. `"1.9s"`.
    pub timeout: Option<String>,
    /// Maximum number of accounts.
    pub limit: Option<u64>,
}

impl FullResolver {
    /// A full resolver in `dir` with `allow_delete: true` and `interval: "2m"`
    /// (what `nsc generate config --nats-resolver` writes, with delete enabled).
    pub fn new(dir: impl Into<String>) -> Self {
        FullResolver {
            dir: dir.into(),
            allow_delete: true,
            hard_delete: false,
            interval: Some("2m".into()),
            timeout: None,
            limit: None,
        }
    }
}

/// A `cache` resolver (fetches from full resolvers, keeps an LRU cache).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheResolver {
    /// Directory of the cache.
    pub dir: String,
    /// Time to live of cached JWTs, e.g. `"1h"`.
    pub ttl: Option<String>,
    /// Maximum number of cached accounts (server default 1000).
    pub limit: Option<u64>,
    /// Lookup timeout.
    pub timeout: Option<String>,
}

impl CacheResolver {
    /// A cache resolver in `dir` with server defaults.
    pub fn new(dir: impl Into<String>) -> Self {
        CacheResolver {
            dir: dir.into(),
            ttl: None,
            limit: None,
            timeout: None,
        }
    }
}

/// The account resolver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolver {
    /// `resolver { type: full … }`
    Full(FullResolver),
    /// `resolver { type: cache … }`
    Cache(CacheResolver),
    /// `resolver: MEMORY` — only `resolver_preload` accounts exist.
    Memory,
}

/// Input of [`ServerConfig::render`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    /// The operator JWT or a path to it.
    pub operator: OperatorSource,
    /// System account public key. Optional for an inline operator JWT that
    /// names one; required for full/cache resolvers otherwise.
    pub system_account: Option<String>,
    /// The resolver.
    pub resolver: Resolver,
    /// Account JWTs written into `resolver_preload` (sorted by key). With a
    /// full resolver, usually only the system account (as nsc does); with a
    /// memory resolver, every account.
    pub preload: Vec<String>,
    /// Optional `listen` address (`host:port`).
    pub listen: Option<String>,
    /// Optional `server_name`.
    pub server_name: Option<String>,
}

impl ServerConfig {
    /// New config with an inline operator JWT and the given resolver.
    pub fn new(operator_jwt: impl Into<String>, resolver: Resolver) -> Self {
        ServerConfig {
            operator: OperatorSource::Jwt(operator_jwt.into()),
            system_account: None,
            resolver,
            preload: Vec::new(),
            listen: None,
            server_name: None,
        }
    }

    /// Render the configuration text.
    pub fn render(&self) -> Result<String> {
        let opts = VerifyOptions {
            check_time: false,
            check_jti: false,
            ..Default::default()
        };
        let mut out = String::new();
        out.push_str("# nats-server configuration (operator mode / decentralized auth)\n");
        if let Some(listen) = &self.listen {
            let _ = writeln!(out, "listen: {}", quote("listen", listen)?);
        }
        if let Some(name) = &self.server_name {
            let _ = writeln!(out, "server_name: {}", quote("server_name", name)?);
        }
        out.push('\n');

        // Operator.
        let mut jwt_system_account = None;
        match &self.operator {
            OperatorSource::Jwt(jwt) => {
                let jwt = jwt.trim();
                let op: OperatorClaims =
                    decode(jwt, &opts).map_err(|e| Error::config(format!("operator JWT: {e}")))?;
                let _ = writeln!(out, "# Operator {}", comment_text(&op.name));
                let _ = writeln!(out, "operator: {}", quote("operator JWT", jwt)?);
                if !op.nats.system_account.is_empty() {
                    jwt_system_account = Some(op.nats.system_account.clone());
                }
            }
            OperatorSource::Path(path) => {
                let _ = writeln!(out, "operator: {}", quote("operator path", path)?);
            }
        }

        // System account.
        let system_account = match (&self.system_account, &jwt_system_account) {
            (Some(given), Some(in_jwt)) if given != in_jwt => {
                return Err(Error::config(format!(
                    "system_account {given} differs from the operator JWT's system_account {in_jwt} \
                     (nats-server refuses to start)"
                )));
            }
            (Some(given), _) => Some(given.clone()),
            (None, from_jwt) => from_jwt.clone(),
        };
        if let Some(sys) = &system_account {
            require_public_key("system account", sys, &[KeyKind::Account])
                .map_err(|e| Error::config(e.to_string()))?;
            let _ = writeln!(out, "system_account: {sys}");
        } else if !matches!(self.resolver, Resolver::Memory) {
            return Err(Error::config(
                "a full or cache resolver requires a system account (set system_account)",
            ));
        }
        out.push('\n');

        // Resolver.
        match &self.resolver {
            Resolver::Full(r) => {
                if r.hard_delete && !r.allow_delete {
                    return Err(Error::config("hard_delete requires allow_delete"));
                }
                out.push_str("resolver {\n    type: full\n");
                let _ = writeln!(out, "    dir: {}", quote("resolver dir", &r.dir)?);
                let _ = writeln!(out, "    allow_delete: {}", r.allow_delete);
                if r.hard_delete {
                    out.push_str("    hard_delete: true\n");
                }
                if let Some(i) = &r.interval {
                    let _ = writeln!(out, "    interval: {}", duration("interval", i)?);
                }
                if let Some(t) = &r.timeout {
                    let _ = writeln!(out, "    timeout: {}", duration("timeout", t)?);
                }
                if let Some(l) = r.limit {
                    let _ = writeln!(out, "    limit: {l}");
                }
                out.push_str("}\n");
            }
            Resolver::Cache(r) => {
                out.push_str("resolver {\n    type: cache\n");
                let _ = writeln!(out, "    dir: {}", quote("resolver dir", &r.dir)?);
                if let Some(t) = &r.ttl {
                    let _ = writeln!(out, "    ttl: {}", duration("ttl", t)?);
                }
                if let Some(l) = r.limit {
                    let _ = writeln!(out, "    limit: {l}");
                }
                if let Some(t) = &r.timeout {
                    let _ = writeln!(out, "    timeout: {}", duration("timeout", t)?);
                }
                out.push_str("}\n");
            }
            Resolver::Memory => out.push_str("resolver: MEMORY\n"),
        }

        // Preload.
        let mut tokens: Vec<(String, String, String)> = Vec::new();
        let mut seen = BTreeSet::new();
        for jwt in &self.preload {
            let jwt = jwt.trim();
            let acct: AccountClaims = decode(jwt, &opts)
                .map_err(|e| Error::config(format!("resolver_preload entry: {e}")))?;
            if !seen.insert(acct.sub.clone()) {
                return Err(Error::config(format!(
                    "account {} appears twice in resolver_preload",
                    acct.sub
                )));
            }
            tokens.push((acct.sub.clone(), acct.name.clone(), jwt.to_string()));
        }
        if let Resolver::Memory = self.resolver
            && let Some(sys) = &system_account
            && !seen.contains(sys)
        {
            return Err(Error::config(format!(
                "memory resolver: the system account {sys} must be in resolver_preload"
            )));
        }
        if !tokens.is_empty() {
            tokens.sort();
            out.push_str("\nresolver_preload: {\n");
            for (key, name, jwt) in &tokens {
                let _ = writeln!(out, "    # Account {}", comment_text(name));
                let _ = writeln!(out, "    {key}: {}", quote("account JWT", jwt)?);
            }
            out.push_str("}\n");
        }
        Ok(out)
    }
}

/// Double-quote `value` for the nats-server config parser, refusing control
/// characters (no newline can sneak in).
fn quote(what: &str, value: &str) -> Result<String> {
    if value.is_empty() {
        return Err(Error::config(format!("{what} is empty")));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::config(format!("{what} contains control characters")));
    }
    let mut s = String::with_capacity(value.len() + 2);
    s.push('"');
    for c in value.chars() {
        if c == '"' || c == '\\' {
            s.push('\\');
        }
        s.push(c);
    }
    s.push('"');
    Ok(s)
}

/// Validate a Go duration such as `2m`, `1.9s`, `1h30m` and quote it.
fn duration(what: &str, value: &str) -> Result<String> {
    let ok = !value.is_empty()
        && value.starts_with(|c: char| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || "nsuµmh".contains(c))
        && value.ends_with(|c: char| c.is_ascii_alphabetic() || c == 'µ');
    if !ok {
        return Err(Error::config(format!(
            "{what} {value:?} is not a duration like \"2m\" or \"1.9s\""
        )));
    }
    quote(what, value)
}

/// A name for a `#` comment: quoted, control characters replaced.
fn comment_text(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("{clean:?}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nats::claims::{AccountClaims, OperatorClaims};
    use crate::nats::jwt::encode;
    use crate::nats::keys::KeyPair;

    struct Setup {
        op_jwt: String,
        sys_key: String,
        sys_jwt: String,
        a_jwt: String,
    }

    fn setup(with_sys_in_jwt: bool) -> Setup {
        let op = KeyPair::new_operator();
        let sys = KeyPair::new_account();
        let a = KeyPair::new_account();
        let mut oc = OperatorClaims::new(op.public_key(), "OP");
        if with_sys_in_jwt {
            oc.nats.system_account = sys.public_key().into();
        }
        let op_jwt = encode(&mut oc, &op).unwrap();
        let sys_jwt = encode(&mut AccountClaims::new(sys.public_key(), "SYS"), &op).unwrap();
        let a_jwt = encode(&mut AccountClaims::new(a.public_key(), "A\n\"x"), &op).unwrap();
        Setup {
            op_jwt,
            sys_key: sys.public_key().into(),
            sys_jwt,
            a_jwt,
        }
    }

    #[test]
    fn full_resolver_config() {
        let s = setup(true);
        let mut cfg =
            ServerConfig::new(&s.op_jwt, Resolver::Full(FullResolver::new("/tmp/jwt dir")));
        cfg.preload.push(s.sys_jwt.clone());
        cfg.listen = Some("127.0.0.1:4222".into());
        let text = cfg.render().unwrap();
        assert!(text.contains(&format!("operator: \"{}\"\n", s.op_jwt)));
        assert!(text.contains(&format!("system_account: {}\n", s.sys_key)));
        assert!(text.contains("type: full\n"));
        assert!(text.contains("dir: \"/tmp/jwt dir\"\n"));
        assert!(text.contains("allow_delete: true\n"));
        assert!(text.contains("interval: \"2m\"\n"));
        assert!(text.contains(&format!("{}: \"{}\"", s.sys_key, s.sys_jwt)));
        assert!(text.contains("# Account \"SYS\""));
        assert!(text.contains("listen: \"127.0.0.1:4222\""));
    }

    #[test]
    fn memory_resolver_config_sorted_and_safe_comments() {
        let s = setup(false);
        let mut cfg = ServerConfig::new(&s.op_jwt, Resolver::Memory);
        cfg.system_account = Some(s.sys_key.clone());
        cfg.preload = vec![s.a_jwt.clone(), s.sys_jwt.clone()];
        let text = cfg.render().unwrap();
        assert!(text.contains("resolver: MEMORY\n"));
        assert!(text.contains("# Account \"A \\\"x\""), "{text}");
        let keys: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("    A"))
            .map(|l| l.trim().split(':').next().unwrap())
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys.len(), 2);
        assert_eq!(keys, sorted);
    }

    #[test]
    fn validation_errors() {
        let s = setup(true);
        // mismatching system account
        let mut cfg = ServerConfig::new(&s.op_jwt, Resolver::Full(FullResolver::new("jwt")));
        cfg.system_account = Some(KeyPair::new_account().public_key().into());
        assert!(cfg.render().unwrap_err().to_string().contains("differs"));
        // full without system account
        let s2 = setup(false);
        let cfg = ServerConfig::new(&s2.op_jwt, Resolver::Full(FullResolver::new("jwt")));
        assert!(
            cfg.render()
                .unwrap_err()
                .to_string()
                .contains("requires a system account")
        );
        // path operator needs explicit sys for full
        let mut cfg = ServerConfig::new("", Resolver::Full(FullResolver::new("jwt")));
        cfg.operator = OperatorSource::Path("op.jwt".into());
        assert!(cfg.render().is_err());
        cfg.system_account = Some(s.sys_key.clone());
        assert!(cfg.render().unwrap().contains("operator: \"op.jwt\""));
        // preload of a non-account JWT
        let mut cfg = ServerConfig::new(&s.op_jwt, Resolver::Memory);
        cfg.preload = vec![s.op_jwt.clone()];
        assert!(
            cfg.render()
                .unwrap_err()
                .to_string()
                .contains("resolver_preload")
        );
        // memory without sys in preload
        let mut cfg = ServerConfig::new(&s.op_jwt, Resolver::Memory);
        cfg.preload = vec![s.a_jwt.clone()];
        assert!(
            cfg.render()
                .unwrap_err()
                .to_string()
                .contains("must be in resolver_preload")
        );
        // duplicate preload
        let mut cfg = ServerConfig::new(&s.op_jwt, Resolver::Memory);
        cfg.preload = vec![s.sys_jwt.clone(), s.sys_jwt.clone()];
        assert!(cfg.render().unwrap_err().to_string().contains("twice"));
        // injection attempts
        let mut cfg = ServerConfig::new(&s.op_jwt, Resolver::Full(FullResolver::new("a\"\n}")));
        assert!(cfg.render().unwrap_err().to_string().contains("control"));
        cfg.resolver = Resolver::Full(FullResolver {
            interval: Some("2m\"; x".into()),
            ..FullResolver::new("jwt")
        });
        assert!(cfg.render().unwrap_err().to_string().contains("duration"));
        cfg.resolver = Resolver::Full(FullResolver {
            allow_delete: false,
            hard_delete: true,
            ..FullResolver::new("jwt")
        });
        assert!(cfg.render().is_err());
        // not an operator JWT
        let cfg = ServerConfig::new(&s.sys_jwt, Resolver::Memory);
        assert!(
            cfg.render()
                .unwrap_err()
                .to_string()
                .contains("operator JWT")
        );
        // quoting of backslashes
        assert_eq!(quote("x", r#"a\b"c"#).unwrap(), r#""a\\b\"c""#);
    }

    #[test]
    fn cache_resolver() {
        let s = setup(true);
        let cfg = ServerConfig::new(
            &s.op_jwt,
            Resolver::Cache(CacheResolver {
                ttl: Some("1h".into()),
                limit: Some(10),
                ..CacheResolver::new("cache")
            }),
        );
        let t = cfg.render().unwrap();
        assert!(t.contains("type: cache\n    dir: \"cache\"\n    ttl: \"1h\"\n    limit: 10\n"));
        assert!(!t.contains("allow_delete"));
    }
}
