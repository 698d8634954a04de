//! Choosing signing keys, issuing times, and JSON views of claims.

use crate::commands::nats_flags::parse_date;
use crate::error::{Error, Result};
use crate::jwt_store::{OperatorStore, Store};
use crate::nats::claims::{AccountClaims, OperatorClaims, SigningKey, UserClaims};
use crate::nats::jwt::{check_time_bounds, encode_at, now_unix};
use crate::nats::keys::KeyPair;
use crate::pb::token::format_time;
use serde_json::{Value, json};

/// An issuing time after `prev` (so that a re-signed JWT always gets a new jti and is
/// "newer" for the server's saveIfNewer), and not before `now`.
pub fn next_iat(prev: i64) -> i64 {
    let now = now_unix();
    if prev >= now {
        prev.saturating_add(1)
    } else {
        now
    }
}

/// Unix seconds as RFC 3339, or null for 0.
pub fn time_json(t: i64) -> Value {
    if t <= 0 {
        return Value::Null;
    }
    Value::String(format_time(t))
}

/// `valid`, `expired` or `not yet valid`.
pub fn time_status(exp: i64, nbf: i64) -> &'static str {
    match check_time_bounds(exp, nbf, now_unix(), 0) {
        Ok(()) => "valid",
        Err(crate::nats::Error::Expired { .. }) => "expired",
        Err(_) => "not yet valid",
    }
}

/// `--at`: RFC 3339, a date, Unix seconds, or `now`.
pub fn parse_at(s: Option<&str>) -> Result<i64> {
    let Some(t) = s.map(str::trim) else {
        return Ok(now_unix());
    };
    if t.is_empty() || t == "0" || t.eq_ignore_ascii_case("now") {
        return Ok(now_unix());
    }
    if let Ok(n) = t.parse::<i64>() {
        return Ok(n);
    }
    parse_date(t).ok_or_else(|| {
        Error::usage(format!("invalid time {t:?}"))
            .hint("use RFC 3339 (2026-12-01T00:00:00Z), a date, or Unix seconds")
    })
}

/// The operator key that signs accounts: `sign_with` (`identity` or a signing key), else
/// the newest operator signing key whose seed is in the store, else the identity key
/// (refused under strict signing key usage).
pub fn operator_signer(
    store: &Store,
    oc: &OperatorClaims,
    sign_with: Option<&str>,
) -> Result<KeyPair> {
    match sign_with {
        Some("identity") => return store.require_key(&oc.sub, "operator identity key"),
        Some(k) => {
            if k != oc.sub && !oc.nats.signing_keys.iter().any(|s| s == k) {
                return Err(Error::usage(format!(
                    "{k} is neither the operator identity key nor one of its signing keys"
                ))
                .hint("see them with `pbctl jwt operator show`"));
            }
            return store.require_key(k, "operator key");
        }
        None => {}
    }
    for k in oc.nats.signing_keys.iter().rev() {
        if let Some(kp) = store.load_key(k)? {
            return Ok(kp);
        }
    }
    if oc.nats.strict_signing_key_usage {
        return Err(Error::failed(format!(
            "operator \"{}\" requires accounts to be signed by a signing key, and the store has the seed of none of its signing keys ({})",
            oc.name,
            if oc.nats.signing_keys.is_empty() {
                "none configured".to_string()
            } else {
                oc.nats.signing_keys.join(", ")
            }
        ))
        .hint("add one with `pbctl jwt operator edit --add-signing-key`"));
    }
    store.require_key(&oc.sub, "operator identity key")
}

/// The key that signs an account's users: the newest plain account signing key with a
/// seed in the store (with `issuer_account`), else the identity key (refused when the
/// operator is strict). Returns the key and whether `issuer_account` must be set.
pub fn account_signer(
    store: &Store,
    oc: &OperatorClaims,
    ac: &AccountClaims,
) -> Result<(KeyPair, bool)> {
    for sk in ac.nats.signing_keys.iter().rev() {
        if let SigningKey::Plain(k) = sk
            && let Some(kp) = store.load_key(k)?
        {
            return Ok((kp, true));
        }
    }
    if oc.nats.strict_signing_key_usage {
        return Err(Error::failed(format!(
            "operator \"{}\" requires users to be signed by an account signing key, and the store has none for account \"{}\"",
            oc.name, ac.name
        ))
        .hint(format!(
            "add one with `pbctl jwt account edit {} --add-signing-key`",
            ac.name
        )));
    }
    Ok((store.require_key(&ac.sub, "account identity key")?, false))
}

/// Sign account claims with a fresh iat after the previous one.
pub fn sign_account(ac: &mut AccountClaims, signer: &KeyPair, prev_iat: i64) -> Result<String> {
    Ok(encode_at(ac, signer, next_iat(prev_iat))?)
}

/// Sign user claims: iat after the previous JWT of this user and after a recent
/// revocation of this user key (a revocation covers JWTs with `iat <= revoked_at`).
pub fn sign_user(
    uc: &mut UserClaims,
    signer: &KeyPair,
    account: &AccountClaims,
    prev_iat: i64,
) -> Result<String> {
    let mut iat = next_iat(prev_iat);
    let now = now_unix();
    for key in [uc.sub.as_str(), crate::nats::claims::REVOKE_ALL] {
        if let Some(&at) = account.nats.revocations.get(key)
            && at >= iat
            && at <= now + 60
        {
            iat = at.saturating_add(1);
        }
    }
    Ok(encode_at(uc, signer, iat)?)
}

/// Load the operator claims, signer for accounts, and write helpers in one place.
pub fn signing_keys_json(ac: &AccountClaims, store: &Store) -> Value {
    Value::Array(
        ac.nats
            .signing_keys
            .iter()
            .map(|sk| {
                json!({
                    "key": sk.key(),
                    "scoped": sk.scope().is_some(),
                    "role": sk.scope().map(|s| s.role.clone()),
                    "seedInStore": store.has_key(sk.key()),
                })
            })
            .collect(),
    )
}

pub fn operator_json(op: &OperatorStore, oc: &OperatorClaims) -> Value {
    json!({
        "name": oc.name,
        "storeName": op.name,
        "publicKey": oc.sub,
        "signingKeys": oc.nats.signing_keys.iter().map(|k| json!({"key": k, "seedInStore": op.store.has_key(k)})).collect::<Vec<_>>(),
        "systemAccount": oc.nats.system_account,
        "strictSigningKeys": oc.nats.strict_signing_key_usage,
        "serviceUrls": oc.nats.operator_service_urls,
        "accountServerUrl": oc.nats.account_server_url,
        "assertServerVersion": oc.nats.assert_server_version,
        "tags": oc.nats.common.tags,
        "issuedAt": time_json(oc.iat),
        "expires": time_json(oc.exp),
        "status": time_status(oc.exp, oc.nbf),
        "identitySeedInStore": op.store.has_key(&oc.sub),
        "jti": oc.jti,
        "store": op.dir.to_string_lossy(),
    })
}

pub fn issuer_label(oc: &OperatorClaims, iss: &str) -> &'static str {
    if iss == oc.sub {
        "operator identity key"
    } else if oc.nats.signing_keys.iter().any(|k| k == iss) {
        "operator signing key"
    } else {
        "untrusted key"
    }
}

pub fn account_json(
    name: &str,
    ac: &AccountClaims,
    oc: &OperatorClaims,
    store: &Store,
    users: Option<usize>,
) -> Value {
    let l = &ac.nats.limits;
    json!({
        "name": name,
        "publicKey": ac.sub,
        "issuer": ac.iss,
        "signedBy": issuer_label(oc, &ac.iss),
        "system": ac.sub == oc.nats.system_account,
        "users": users,
        "signingKeys": signing_keys_json(ac, store),
        "limits": {
            "conns": l.conn, "leafConns": l.leaf, "subs": l.subs, "data": l.data,
            "payload": l.payload, "imports": l.imports, "exports": l.exports,
            "wildcardExports": l.wildcards, "disallowBearer": l.disallow_bearer,
            "jsMemStorage": l.jetstream.mem_storage, "jsDiskStorage": l.jetstream.disk_storage,
            "jsStreams": l.jetstream.streams, "jsConsumer": l.jetstream.consumer,
            "jsMaxAckPending": l.jetstream.max_ack_pending,
            "jsTiers": l.tiered_limits.iter().map(|(tier, t)| (tier.clone(), json!({
                "jsMemStorage": t.mem_storage, "jsDiskStorage": t.disk_storage,
                "jsStreams": t.streams, "jsConsumer": t.consumer,
                "jsMaxAckPending": t.max_ack_pending,
            }))).collect::<serde_json::Map<String, Value>>(),
        },
        "mappings": ac.nats.mappings.iter().map(|(from, to)| (from.clone(), json!(to))).collect::<serde_json::Map<String, Value>>(),
        "exports": ac.nats.exports.iter().map(|e| json!({"name": e.name, "subject": e.subject, "type": e.export_type, "private": e.token_req, "responseType": e.response_type, "advertise": e.advertise})).collect::<Vec<_>>(),
        "imports": ac.nats.imports.iter().map(|i| json!({"name": i.name, "subject": i.subject, "account": i.account, "localSubject": i.local_subject, "type": i.import_type, "token": !i.token.is_empty()})).collect::<Vec<_>>(),
        "revocations": ac.nats.revocations.iter().map(|(k, v)| json!({"user": k, "before": time_json(*v)})).collect::<Vec<_>>(),
        "description": ac.nats.description,
        "tags": ac.nats.common.tags,
        "issuedAt": time_json(ac.iat),
        "expires": time_json(ac.exp),
        "status": time_status(ac.exp, ac.nbf),
        "jti": ac.jti,
    })
}

pub fn user_json(account: &str, name: &str, uc: &UserClaims, ac: Option<&AccountClaims>) -> Value {
    let l = &uc.nats.limits;
    let revoked = ac.is_some_and(|a| a.nats.is_revoked(&uc.sub, uc.iat));
    json!({
        "name": name,
        "account": account,
        "publicKey": uc.sub,
        "issuer": uc.iss,
        "issuerAccount": uc.nats.issuer_account,
        "pub": {"allow": l.publish.allow, "deny": l.publish.deny},
        "sub": {"allow": l.subscribe.allow, "deny": l.subscribe.deny},
        "resp": l.resp.as_ref().map(|r| json!({"max": r.max, "ttl": format!("{}ms", r.ttl / 1_000_000)})),
        "subs": l.subs, "data": l.data, "payload": l.payload,
        "bearer": l.bearer_token,
        "sourceNetworks": l.src,
        "connTypes": l.allowed_connection_types,
        "times": l.times,
        "timesLocation": l.times_location,
        "start": time_json(uc.nbf),
        "signingKeyRole": ac.and_then(|a| a.nats.signing_key(&uc.iss)).and_then(|k| k.scope()).map(|s| s.role.clone()),
        "tags": uc.nats.common.tags,
        "issuedAt": time_json(uc.iat),
        "expires": time_json(uc.exp),
        "status": if revoked { "revoked" } else { time_status(uc.exp, uc.nbf) },
        "revoked": revoked,
        "jti": uc.jti,
    })
}

/// An `exp` claim that is set and not in the future.
pub fn is_past(exp: i64) -> bool {
    exp > 0 && exp <= now_unix()
}

/// `--expiry` in the past (e.g. `1970-01-01`) makes a JWT no server accepts: say so.
pub fn warn_if_expired(cx: &super::JwtCommandContext, what: &str, exp: i64) {
    if is_past(exp) {
        cx.app.ui.warn(format!(
            "{what} expires at {}, which is already past: servers will refuse it",
            crate::pb::token::format_time(exp)
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iat_always_advances() {
        let now = now_unix();
        assert_eq!(next_iat(now + 5), now + 6);
        assert!(next_iat(0) >= now);
    }

    #[test]
    fn times() {
        assert_eq!(parse_at(Some("1700000000")).unwrap(), 1_700_000_000);
        assert_eq!(
            parse_at(Some("2023-11-14T22:13:20Z")).unwrap(),
            1_700_000_000
        );
        assert_eq!(time_status(1, 0), "expired");
        assert_eq!(time_status(0, now_unix() + 100), "not yet valid");
        assert_eq!(time_status(0, 0), "valid");
    }
}
