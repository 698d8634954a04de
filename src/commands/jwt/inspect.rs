//! `jwt describe`, `jwt validate`, `jwt server-config`.

use super::JwtCommandContext;
use super::sign::time_json;
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, write_file};
use crate::nats::claims::AccountClaims;
use crate::nats::creds::Creds;
use crate::nats::jwt::{
    AnyClaims, SigningKeyPolicy, VerifyOptions, check_time_bounds, decode, decode_any, now_unix,
    verify_account_issuer, verify_operator_self_signed, verify_user_issuer,
};
use crate::nats::server_config::{CacheResolver, FullResolver, Resolver, ServerConfig};
use crate::output::{Column, Output};
use clap::Args;
use serde_json::{Value, json};
use std::io::Read;
use std::path::PathBuf;

/// Decode and verify any NATS JWT or creds file and show its claims
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Signature, jti, claim type and version are verified; an expired or not-yet-valid token\nis shown with its status (exit code 0). A creds file's seed is checked against the JWT and\nnever printed.\n\nExamples:\n  pbctl jwt describe alice.creds\n  pbctl jwt describe eyJ0eXAiOiJKV1Qi...\n  pbctl jwt account show app --raw | pbctl jwt describe - -o json"
)]
pub struct DescribeArgs {
    /// A JWT, a file (JWT, decorated JWT or creds), or - for stdin
    pub input: String,
    /// Do not require the jti to be the hash of the claims (nats-jwt for JavaScript uses
    /// random ids; servers do not check it)
    #[arg(long)]
    pub no_jti_check: bool,
}

/// Check the whole store: signatures, trusted issuers, signing keys present, expiries, strict mode
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Exit code 1 when an error is found; warnings alone exit 0.\n\nExamples:\n  pbctl jwt validate\n  pbctl jwt validate -o json"
)]
pub struct ValidateArgs {}

/// Generate a nats-server operator-mode configuration
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "full: a nats-based resolver storing account JWTs in --dir, with allow_delete, the SYS\naccount preloaded (push the others with `jwt push`). cache: the same as a cache. memory:\nevery account preloaded, no push needed (nor possible).\n\nExamples:\n  pbctl jwt server-config --resolver full --dir /var/lib/nats/jwt -O nats.conf\n  pbctl jwt server-config --resolver memory --listen 127.0.0.1:4222"
)]
pub struct ServerConfigArgs {
    /// Resolver type
    #[arg(long, value_name = "TYPE", default_value = "full", value_parser = ["full", "cache", "memory"])]
    pub resolver: String,
    /// Resolver directory (full and cache) [default: ./jwt]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<String>,
    /// Write the config to FILE instead of stdout
    #[arg(short = 'O', long = "out", value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "out")]
    pub force: bool,
    /// Add `listen: HOST:PORT`
    #[arg(long, value_name = "HOST:PORT")]
    pub listen: Option<String>,
    /// Add `server_name: NAME`
    #[arg(long, value_name = "NAME")]
    pub server_name: Option<String>,
    /// Full resolver: remove deleted JWTs instead of renaming them (server 2.9.16+)
    #[arg(long)]
    pub hard_delete: bool,
}

const MAX_INPUT: u64 = 4 * 1024 * 1024;

fn read_input(input: &str) -> Result<(String, String)> {
    if input == "-" {
        let mut s = String::new();
        crate::ui::data_stdin()?
            .take(MAX_INPUT)
            .read_to_string(&mut s)
            .map_err(|e| Error::usage(format!("cannot read stdin: {e}")))?;
        return Ok((s, "stdin".into()));
    }
    let path = std::path::Path::new(input);
    if !input.starts_with("eyJ") && path.is_file() {
        let f = std::fs::File::open(path)
            .map_err(|e| Error::usage(format!("cannot read {input}: {e}")))?;
        let mut s = String::new();
        f.take(MAX_INPUT)
            .read_to_string(&mut s)
            .map_err(|e| Error::usage(format!("cannot read {input}: {e}")))?;
        return Ok((s, input.to_string()));
    }
    if !input.contains('.') {
        return Err(Error::usage(format!(
            "{input:?} is neither a file nor a JWT"
        )));
    }
    Ok((input.to_string(), "argument".into()))
}

/// The JWT inside a decorated file (`-----BEGIN NATS ... JWT-----`), or the text itself.
fn first_block(text: &str) -> String {
    let mut inside = false;
    for line in text.lines() {
        let l = line.trim();
        if l.starts_with("---") && l.contains("BEGIN") {
            inside = true;
            continue;
        }
        if inside && !l.is_empty() {
            return l.to_string();
        }
    }
    text.trim().to_string()
}

pub fn describe(_cx: &JwtCommandContext, a: DescribeArgs) -> Result<Output> {
    let (text, source) = read_input(&a.input)?;
    let mut creds_info = Value::Null;
    let token = if text.contains("USER NKEY SEED") {
        let creds = Creds::parse(&text).map_err(|e| Error::failed(format!("{source}: {e}")))?;
        creds_info = json!({"seedMatchesJwt": true, "seedKind": "user"});
        creds.jwt().to_string()
    } else if text.contains("-----BEGIN") {
        first_block(&text)
    } else {
        text.trim().to_string()
    };
    let opts = VerifyOptions {
        check_jti: !a.no_jti_check,
        ..VerifyOptions::ignore_time()
    };
    let claims = decode_any(&token, &opts).map_err(|e| Error::failed(format!("{source}: {e}")))?;
    let (sub, iss, exp, nbf) = claims.standard();
    let status = match check_time_bounds(exp, nbf, now_unix(), 0) {
        Ok(()) => "valid".to_string(),
        Err(crate::nats::Error::Expired { exp, .. }) => {
            format!("EXPIRED at {}", crate::pb::token::format_time(exp))
        }
        Err(crate::nats::Error::NotYetValid { nbf, .. }) => {
            format!(
                "NOT YET VALID, until {}",
                crate::pb::token::format_time(nbf)
            )
        }
        Err(e) => e.to_string(),
    };
    let valid = status == "valid";
    let payload = claims.to_json()?;
    let (name, iat, jti) = match &claims {
        AnyClaims::Operator(c) => (c.name.clone(), c.iat, c.jti.clone()),
        AnyClaims::Account(c) => (c.name.clone(), c.iat, c.jti.clone()),
        AnyClaims::User(c) => (c.name.clone(), c.iat, c.jti.clone()),
        AnyClaims::Generic(c) => (c.name.clone(), c.iat, c.jti.clone()),
    };
    let type_str = payload
        .get("nats")
        .and_then(|n| n.get("type"))
        .and_then(Value::as_str)
        .unwrap_or("generic")
        .to_string();
    let value = json!({
        "type": type_str,
        "name": name,
        "subject": sub,
        "issuer": iss,
        "issuedAt": time_json(iat),
        "expires": time_json(exp),
        "notBefore": time_json(nbf),
        "status": status,
        "valid": valid,
        "signature": "verified",
        "jti": jti,
        "jtiVerified": !a.no_jti_check,
        "creds": creds_info,
        "claims": payload,
    });
    Ok(Output::object(value, "subject"))
}

// ---------------------------------------------------------------------------------
// validate
// ---------------------------------------------------------------------------------

struct Report {
    issues: Vec<Value>,
    errors: usize,
    warnings: usize,
}

impl Report {
    fn add(&mut self, level: &str, entity: &str, name: &str, message: impl Into<String>) {
        if level == "error" {
            self.errors += 1;
        } else {
            self.warnings += 1;
        }
        self.issues.push(json!({
            "level": level, "entity": entity, "name": name, "message": message.into(),
        }));
    }
}

pub fn validate(cx: &JwtCommandContext) -> Result<Output> {
    let op = cx.op()?;
    let store = &cx.store;
    let mut r = Report {
        issues: Vec::new(),
        errors: 0,
        warnings: 0,
    };
    let opname = op.name.clone();
    let (_, oc) = match op.operator_claims() {
        Ok(x) => x,
        Err(e) => {
            r.add("error", "operator", &opname, e.message.clone());
            return finish(cx, r, 0, 0, 0);
        }
    };
    if let Err(e) = verify_operator_self_signed(&oc) {
        r.add("error", "operator", &opname, e.to_string());
    }
    if let Err(e) = check_time_bounds(oc.exp, oc.nbf, now_unix(), 0) {
        r.add("error", "operator", &opname, e.to_string());
    }
    if !store.has_key(&oc.sub) {
        r.add(
            "warning",
            "operator",
            &opname,
            format!(
                "the seed of the operator identity key {} is not in the key store",
                oc.sub
            ),
        );
    }
    for k in &oc.nats.signing_keys {
        if !store.has_key(k) {
            r.add(
                "warning",
                "operator",
                &opname,
                format!("the seed of operator signing key {k} is not in the key store"),
            );
        }
    }
    if oc.nats.strict_signing_key_usage && oc.nats.signing_keys.is_empty() {
        r.add(
            "error",
            "operator",
            &opname,
            "strict signing key usage is on but the operator has no signing key",
        );
    }
    let mut sys_found = oc.nats.system_account.is_empty();
    let accounts = op.accounts()?;
    let mut nusers = 0;
    let mut seen_keys = std::collections::HashMap::new();
    for name in &accounts {
        let ac: AccountClaims = match op
            .account_jwt(name)
            .and_then(|t| decode(&t, &VerifyOptions::ignore_time()).map_err(Error::from))
        {
            Ok(c) => c,
            Err(e) => {
                r.add("error", "account", name, e.message.clone());
                continue;
            }
        };
        if let Some(other) = seen_keys.insert(ac.sub.clone(), name.clone()) {
            r.add(
                "error",
                "account",
                name,
                format!("same public key as account \"{other}\""),
            );
        }
        if ac.sub == oc.nats.system_account {
            sys_found = true;
        }
        if ac.name != *name {
            r.add(
                "warning",
                "account",
                name,
                format!("the JWT name is {:?}", ac.name),
            );
        }
        if let Err(e) = verify_account_issuer(&oc, &ac, SigningKeyPolicy::Strict) {
            r.add("error", "account", name, e.to_string());
        }
        if let Err(e) = check_time_bounds(ac.exp, ac.nbf, now_unix(), 0) {
            r.add("error", "account", name, e.to_string());
        }
        if !store.has_key(&ac.sub) {
            r.add(
                "warning",
                "account",
                name,
                format!("the seed of account key {} is not in the key store", ac.sub),
            );
        }
        for sk in &ac.nats.signing_keys {
            if !store.has_key(sk.key()) {
                r.add(
                    "warning",
                    "account",
                    name,
                    format!(
                        "the seed of account signing key {} is not in the key store",
                        sk.key()
                    ),
                );
            }
        }
        let users = op.users(name)?;
        nusers += users.len();
        for u in &users {
            let label = format!("{name}/{u}");
            let uc = match op.user_jwt(name, u).and_then(|t| {
                decode::<crate::nats::claims::User>(&t, &VerifyOptions::ignore_time())
                    .map_err(Error::from)
            }) {
                Ok(c) => c,
                Err(e) => {
                    r.add("error", "user", &label, e.message.clone());
                    continue;
                }
            };
            if let Err(e) = verify_user_issuer(&ac, &uc, oc.nats.strict_signing_key_usage) {
                r.add("error", "user", &label, e.to_string());
            }
            if let Err(e) = check_time_bounds(uc.exp, uc.nbf, now_unix(), 0) {
                r.add("warning", "user", &label, e.to_string());
            }
            if ac.nats.is_revoked(&uc.sub, uc.iat) {
                r.add("warning", "user", &label, "revoked");
            }
            if !store.has_key(&uc.sub) {
                r.add(
                    "warning",
                    "user",
                    &label,
                    format!(
                        "the seed of user key {} is not in the key store (no creds can be made)",
                        uc.sub
                    ),
                );
            }
        }
    }
    if !sys_found {
        r.add(
            "error",
            "operator",
            &opname,
            format!(
                "the system account {} is not in the store",
                oc.nats.system_account
            ),
        );
    }
    finish(cx, r, 1, accounts.len(), nusers)
}

fn finish(
    cx: &JwtCommandContext,
    r: Report,
    operators: usize,
    accounts: usize,
    users: usize,
) -> Result<Output> {
    let valid = r.errors == 0;
    let value = json!({
        "valid": valid,
        "operator": cx.op().map(|o| o.name).unwrap_or_default(),
        "accounts": accounts,
        "users": users,
        "errors": r.errors,
        "warnings": r.warnings,
        "issues": r.issues,
    });
    let summary = format!(
        "{} operator, {}, {}: {}, {}",
        operators,
        crate::human::plural(accounts as u64, "account"),
        crate::human::plural(users as u64, "user"),
        crate::human::plural(r.errors as u64, "error"),
        crate::human::plural(r.warnings as u64, "warning")
    );
    // JSON, YAML and --jq get the whole report; table, wide and name the list of issues.
    let whole_report = cx.app.format().is_machine() || cx.app.global.jq.is_some();
    let output = if whole_report {
        Output::object(value.clone(), "valid")
    } else {
        Output::list(
            value["issues"].clone(),
            vec![
                Column::new("LEVEL", "level"),
                Column::new("ENTITY", "entity"),
                Column::new("NAME", "name"),
                Column::new("MESSAGE", "message"),
            ],
            "name",
        )
    };
    if valid {
        if !matches!(output, Output::Data(ref d) if d.value.as_array().is_some_and(|a| !a.is_empty()))
            && !whole_report
        {
            return Ok(Output::done(
                format!("Store is valid ({summary})."),
                value,
                "valid",
            ));
        }
        cx.app.ui.status(format!("Store is valid ({summary})."));
        return Ok(output);
    }
    Ok(output.then_fail(Error::failed(format!("store is invalid ({summary})"))))
}

// ---------------------------------------------------------------------------------
// server-config
// ---------------------------------------------------------------------------------

pub fn server_config(cx: &JwtCommandContext, a: ServerConfigArgs) -> Result<Output> {
    let op = cx.op()?;
    let (ojwt, oc) = op.operator_claims()?;
    let dir = a.dir.clone().unwrap_or_else(|| "./jwt".to_string());
    let resolver = match a.resolver.as_str() {
        "memory" => Resolver::Memory,
        "cache" => Resolver::Cache(CacheResolver::new(&dir)),
        _ => {
            let mut f = FullResolver::new(&dir);
            f.hard_delete = a.hard_delete;
            Resolver::Full(f)
        }
    };
    let mut cfg = ServerConfig::new(&ojwt, resolver.clone());
    if !oc.nats.system_account.is_empty() {
        cfg.system_account = Some(oc.nats.system_account.clone());
    }
    cfg.listen = a.listen.clone();
    cfg.server_name = a.server_name.clone();
    let mut preloaded = Vec::new();
    for name in op.accounts()? {
        let (token, ac) = op.account_claims(&name)?;
        let is_sys = ac.sub == oc.nats.system_account;
        if matches!(resolver, Resolver::Memory) || is_sys {
            if verify_account_issuer(&oc, &ac, SigningKeyPolicy::Strict).is_err() {
                cx.app.ui.warn(format!(
                    "account \"{name}\" is not signed by a key the operator trusts; the server will refuse it (see `pbctl jwt validate`)"
                ));
            }
            cfg.preload.push(token);
            preloaded.push(name);
        }
    }
    if oc.nats.system_account.is_empty() && !matches!(resolver, Resolver::Memory) {
        return Err(Error::failed(
            "a full or cache resolver needs a system account, and this operator has none",
        )
        .hint("use --resolver memory, or create the operator with a system account (`jwt init` without --no-system-account)"));
    }
    let text = cfg.render()?;
    match &a.out {
        None => Ok(Output::Text(text)),
        Some(p) if p.as_os_str() == "-" => Ok(Output::Text(text)),
        Some(path) => {
            write_file(path, text.as_bytes(), Overwrite::from_force(a.force))?;
            Ok(Output::done(
                format!(
                    "nats-server config ({} resolver, preloading {}) written to {}; start it with `nats-server -c {}`.",
                    a.resolver,
                    if preloaded.is_empty() {
                        "nothing".to_string()
                    } else {
                        preloaded.join(", ")
                    },
                    path.display(),
                    path.display()
                ),
                json!({"file": path.to_string_lossy(), "resolver": a.resolver, "dir": dir, "preloaded": preloaded, "operator": oc.name}),
                "file",
            ))
        }
    }
}
