//! Minting from records, exactly as pb-nats does: operator JWT
//! self-signed by the identity seed, account JWTs signed by the newest operator signing
//! key, user JWTs signed by the newest account signing key with `issuer_account`, creds
//! in `FormatUserConfig` layout, keys stored as `public_key`/`private_key`/`seed` with
//! signing keys in JSON arrays (the last one is the newest).

use super::crypto::{EncryptionKey, conceal, private_key_of, reveal};
use super::{RecordFields, list, normalize_name, revocations};
use crate::error::{Error, Result};
use crate::nats::claims::{
    AccountClaims, Export, ExportType, Import, OperatorClaims, ResponsePermission, ResponseType,
    SigningKey, UserClaims,
};
use crate::nats::creds::format_user_creds;
use crate::nats::jwt::{decode_unverified, encode, encode_at, now_unix};
use crate::nats::keys::{KeyKind, KeyPair};
use serde_json::{Value, json};

/// RFC 3339 with nanoseconds, UTC (Go's `time.RFC3339Nano`).
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_nanos(std::time::SystemTime::now()).to_string()
}

/// A key with its seed, as stored in a record.
#[derive(Clone)]
pub struct StoredKey {
    pub pair: KeyPair,
    pub created_at: String,
}

impl StoredKey {
    pub fn generate(kind: KeyKind) -> StoredKey {
        StoredKey {
            pair: KeyPair::generate(kind),
            created_at: now_rfc3339(),
        }
    }
    pub fn public_key(&self) -> &str {
        self.pair.public_key()
    }
    fn seed(&self) -> Result<String> {
        Ok(self.pair.seed()?.expose_secret().to_string())
    }
}

/// `public_key`, `private_key`, `seed` of an identity key (seeds encrypted if `enc`).
pub fn identity_fields(key: &KeyPair, enc: Option<&EncryptionKey>) -> Result<Value> {
    let seed = key.seed()?;
    Ok(json!({
        "public_key": key.public_key(),
        "private_key": conceal(&private_key_of(seed.expose_secret())?, enc)?,
        "seed": conceal(seed.expose_secret(), enc)?,
    }))
}

/// `signing_keys` and `signing_keys_private` for `keys` (oldest first). With a key,
/// `signing_keys_private` is one `enc::` string, as pb-nats writes it.
pub fn signing_key_fields(keys: &[StoredKey], enc: Option<&EncryptionKey>) -> Result<Value> {
    let public: Vec<Value> = keys
        .iter()
        .map(|k| json!({"public_key": k.public_key(), "created_at": k.created_at}))
        .collect();
    let mut private = Vec::new();
    for k in keys {
        let seed = k.seed()?;
        private.push(json!({
            "public_key": k.public_key(),
            "private_key": private_key_of(&seed)?,
            "seed": seed,
            "created_at": k.created_at,
        }));
    }
    let private = match enc {
        Some(e) => Value::String(e.encrypt(&Value::Array(private).to_string())?),
        None => Value::Array(private),
    };
    Ok(json!({"signing_keys": public, "signing_keys_private": private}))
}

/// The identity key of a record (needs its seed).
pub fn identity(
    rec: &Value,
    kind: KeyKind,
    enc: Option<&EncryptionKey>,
    what: &str,
) -> Result<KeyPair> {
    let seed = reveal(rec.str_field("seed"), enc, &format!("the seed of {what}"))?;
    if seed.is_empty() {
        return Err(Error::failed(format!("{what} has no seed")).hint(
            "the record's hidden fields are readable by superusers only: log in as a superuser",
        ));
    }
    KeyPair::from_seed_of(kind, &seed).map_err(|e| Error::failed(format!("{what}: {e}")))
}

/// Public keys of a record's signing keys, oldest first.
pub fn signing_public_keys(rec: &Value) -> Vec<String> {
    let mut out: Vec<String> = rec
        .get("signing_keys")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|k| {
                    k.get("public_key")
                        .and_then(Value::as_str)
                        .or_else(|| k.as_str())
                        .map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    if out.is_empty() && !rec.str_field("signing_public_key").is_empty() {
        out.push(rec.str_field("signing_public_key").to_string());
    }
    out
}

/// Signing keys with seeds, oldest first: `signing_keys_private` as an array or one
/// `enc::` string, else the legacy `signing_seed`.
pub fn signing_keys(
    rec: &Value,
    kind: KeyKind,
    enc: Option<&EncryptionKey>,
    what: &str,
) -> Result<Vec<StoredKey>> {
    let arr: Vec<Value> = match rec.get("signing_keys_private") {
        Some(Value::Array(a)) => a.clone(),
        Some(Value::String(t)) if !t.is_empty() => {
            let text = reveal(t, enc, &format!("the signing keys of {what}"))?;
            match serde_json::from_str::<Value>(&text) {
                Ok(Value::Array(a)) => a,
                _ => {
                    return Err(Error::failed(format!(
                        "the signing keys of {what} are not a JSON array"
                    )));
                }
            }
        }
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    for k in arr {
        let seed = reveal(
            k.str_field("seed"),
            enc,
            &format!("a signing seed of {what}"),
        )?;
        if seed.is_empty() {
            continue;
        }
        let pair = KeyPair::from_seed_of(kind, &seed)
            .map_err(|e| Error::failed(format!("a signing key of {what}: {e}")))?;
        out.push(StoredKey {
            pair,
            created_at: k.str_field("created_at").to_string(),
        });
    }
    if out.is_empty() {
        let legacy = reveal(
            rec.str_field("signing_seed"),
            enc,
            &format!("the signing seed of {what}"),
        )?;
        if !legacy.is_empty() {
            let pair = KeyPair::from_seed_of(kind, &legacy)
                .map_err(|e| Error::failed(format!("the signing key of {what}: {e}")))?;
            out.push(StoredKey {
                pair,
                created_at: String::new(),
            });
        }
    }
    Ok(out)
}

/// The newest (last) signing key of a record.
pub fn newest_signing_key(
    rec: &Value,
    kind: KeyKind,
    enc: Option<&EncryptionKey>,
    what: &str,
) -> Result<KeyPair> {
    signing_keys(rec, kind, enc, what)?
        .pop()
        .map(|k| k.pair)
        .ok_or_else(|| Error::failed(format!("{what} has no signing keys")))
}

/// The operator JWT: self-signed, signing keys, system account.
pub fn operator_jwt(
    name: &str,
    identity: &KeyPair,
    signing_keys: &[String],
    system_account: &str,
) -> Result<String> {
    let mut c = OperatorClaims::new(identity.public_key(), name);
    c.nats.signing_keys = signing_keys.to_vec();
    c.nats.system_account = system_account.to_string();
    Ok(encode(&mut c, identity)?)
}

fn limit_value(v: i64) -> i64 {
    if v < 0 { -1 } else { v }
}

const SYS_INFO_URL: &str = "https://docs.nats.io/nats-server/configuration/sys_accounts";

/// The account JWT of `acct` (with its exports and imports), signed by `operator_signer`.
pub fn account_jwt(
    operator_signer: &KeyPair,
    acct: &Value,
    is_system: bool,
    exports: &[Value],
    imports: &[Value],
) -> Result<String> {
    let public = acct.str_field("public_key");
    let name = if is_system {
        "SYS".to_string()
    } else {
        normalize_name(acct.str_field("name"))
    };
    let mut c = AccountClaims::new(public, name);
    for k in signing_public_keys(acct) {
        c.nats.signing_keys.push(SigningKey::Plain(k));
    }
    for (k, v) in revocations(acct) {
        if let Some(at) = v.as_i64().or_else(|| v.as_f64().map(|f| f as i64)) {
            c.nats.revoke_at(k, at);
        }
    }
    let l = &mut c.nats.limits;
    if is_system {
        l.conn = -1;
        l.subs = -1;
        l.data = -1;
        l.payload = -1;
        let mut svc = Export::service("account-monitoring-services", "$SYS.REQ.ACCOUNT.*.*");
        svc.response_type = Some(ResponseType::Stream);
        svc.account_token_position = 4;
        svc.description =
            "Request account specific monitoring services for: SUBSZ, CONNZ, LEAFZ, JSZ and INFO"
                .into();
        svc.info_url = SYS_INFO_URL.into();
        let mut st = Export::stream("account-monitoring-streams", "$SYS.ACCOUNT.*.>");
        st.account_token_position = 3;
        st.description = "Account specific monitoring stream".into();
        st.info_url = SYS_INFO_URL.into();
        c.nats.exports = vec![svc, st];
    } else {
        l.conn = limit_value(acct.int_field("max_connections"));
        l.subs = limit_value(acct.int_field("max_subscriptions"));
        l.data = limit_value(acct.int_field("max_data"));
        l.payload = limit_value(acct.int_field("max_payload"));
        l.jetstream.disk_storage = limit_value(acct.int_field("max_jetstream_disk_storage"));
        l.jetstream.mem_storage = limit_value(acct.int_field("max_jetstream_memory_storage"));
        for e in exports {
            c.nats.exports.push(export_claim(e));
        }
        for im in imports {
            c.nats.imports.push(import_claim(im));
        }
    }
    // A re-sign in the same second as the record's JWT would give the same iat, hence the
    // same jti and the very same token, and a server keeps what it has: an account
    // suspended (its JWT re-signed, then deleted by `sync --prune`) and resumed within that
    // second was pushed back unchanged and stayed deleted on the server. As the jwt store
    // does, a new JWT is issued at least one second after the previous one.
    let previous = decode_unverified(acct.str_field("jwt"))
        .ok()
        .and_then(|(_, claims)| claims.get("iat").and_then(Value::as_i64));
    let now = now_unix();
    let iat = previous.map_or(now, |p| now.max(p.saturating_add(1)));
    Ok(encode_at(&mut c, operator_signer, iat)?)
}

fn export_claim(e: &Value) -> Export {
    let service = e.str_field("type") == "service";
    let mut x = if service {
        Export::service(e.str_field("name"), e.str_field("subject"))
    } else {
        Export::stream(e.str_field("name"), e.str_field("subject"))
    };
    x.token_req = e.bool_field("token_req");
    x.account_token_position = u32::try_from(e.int_field("account_token_position")).unwrap_or(0);
    x.advertise = e.bool_field("advertise");
    x.allow_trace = e.bool_field("allow_trace");
    x.description = e.str_field("description").to_string();
    if service {
        x.response_type = Some(match e.str_field("response_type") {
            "Stream" => ResponseType::Stream,
            "Chunked" => ResponseType::Chunked,
            _ => ResponseType::Singleton,
        });
        x.response_threshold = e.int_field("response_threshold").saturating_mul(1_000_000);
    }
    x
}

fn import_claim(im: &Value) -> Import {
    let t = if im.str_field("type") == "service" {
        ExportType::Service
    } else {
        ExportType::Stream
    };
    let mut x = Import::new(
        im.str_field("name"),
        im.str_field("account"),
        im.str_field("subject"),
        t,
    );
    x.token = im.str_field("token").to_string();
    x.share = im.bool_field("share");
    x.allow_trace = im.bool_field("allow_trace");
    x.local_subject = im.str_field("local_subject").to_string();
    x
}

fn union(a: Vec<String>, b: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for x in a.into_iter().chain(b) {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

/// Parse a PocketBase date (`2026-01-02 15:04:05.000Z`) to Unix seconds.
pub fn pb_date_unix(text: &str) -> Option<i64> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let t = t.replacen(' ', "T", 1);
    let st = humantime::parse_rfc3339_weak(t.trim_end_matches('Z')).ok()?;
    st.duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_secs()).ok())
}

/// Unix seconds as a PocketBase date (`2027-01-01 00:00:00.000Z`); 0 (none) is empty. The
/// inverse of [`pb_date_unix`].
pub fn pb_date(unix: i64) -> String {
    let Ok(secs) = u64::try_from(unix) else {
        return String::new();
    };
    if secs == 0 {
        return String::new();
    }
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
    humantime::format_rfc3339_millis(t)
        .to_string()
        .replacen('T', " ", 1)
}

/// The user JWT for `user` (its public key `user_public`), signed by the newest signing
/// key of `account`, permissions = role ∪ user with pb-nats' defaults.
pub fn user_jwt(
    account_signer: &KeyPair,
    account: &Value,
    role: &Value,
    user: &Value,
    user_public: &str,
    is_sys: bool,
) -> Result<String> {
    let mut c = UserClaims::new(user_public, user.str_field("nats_username"));
    c.nats.issuer_account = account.str_field("public_key").to_string();
    let l = &mut c.nats.limits;
    l.bearer_token = user.bool_field("bearer_token");
    let field = |f: &str| -> Result<Vec<String>> { Ok(union(list(role, f)?, list(user, f)?)) };
    l.publish.allow = field("publish_permissions")?;
    l.subscribe.allow = field("subscribe_permissions")?;
    l.publish.deny = field("publish_deny_permissions")?;
    l.subscribe.deny = field("subscribe_deny_permissions")?;
    if l.publish.allow.is_empty() {
        l.publish.allow = if is_sys {
            vec!["$SYS.>".into(), ">".into()]
        } else {
            vec![">".into()]
        };
    }
    if l.subscribe.allow.is_empty() {
        l.subscribe.allow = if is_sys {
            vec!["$SYS.>".into(), ">".into()]
        } else {
            vec![">".into(), "_INBOX.>".into()]
        };
    }
    if role.bool_field("allow_response") {
        let max = role.int_field("allow_response_max");
        let max = if max == -1 {
            -1
        } else if max > 0 {
            max
        } else {
            1
        };
        l.resp = Some(ResponsePermission {
            max,
            ttl: role
                .int_field("allow_response_ttl")
                .max(0)
                .saturating_mul(1_000_000_000),
        });
    }
    l.subs = limit_value(role.int_field("max_subscriptions"));
    l.data = limit_value(role.int_field("max_data"));
    l.payload = limit_value(role.int_field("max_payload"));
    if !is_sys && let Some(exp) = pb_date_unix(user.str_field("jwt_expires_at")) {
        c.exp = exp;
    }
    Ok(encode(&mut c, account_signer)?)
}

/// JWT and creds for a user key: `{"jwt", "creds_file"}`.
pub fn user_jwt_and_creds(
    account_signer: &KeyPair,
    account: &Value,
    role: &Value,
    user: &Value,
    user_key: &KeyPair,
    is_sys: bool,
) -> Result<Value> {
    let jwt = user_jwt(
        account_signer,
        account,
        role,
        user,
        user_key.public_key(),
        is_sys,
    )?;
    let creds = format_user_creds(&jwt, &user_key.seed()?)?;
    Ok(json!({"jwt": jwt, "creds_file": creds}))
}
