//! JWT v2 encoding, decoding and verification, as the nats-io/jwt v2 Go library does.
//!
//! * Token = `B64(header) "." B64(payload) "." B64(signature)`, base64url
//!   without padding; header is always [`HEADER_JSON`].
//! * The signature is Ed25519 by the issuer nkey over `B64(header).B64(payload)`.
//! * `jti` = base32 (no padding) of SHA-512/256 over the compact JSON of the
//!   standard claims `{aud?,exp?,iat,iss,name?,nbf?,sub}` with `jti` empty.
//! * JSON is written exactly like Go's `encoding/json`: compact, struct field
//!   order, and `<`, `>`, `&`, U+2028, U+2029 escaped as `\u003c` etc.

use std::io;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha512_256};

use super::claims::{
    AccountClaims, ActivationClaims, ClaimBody, ClaimType, Claims, ExportType, GenericClaims,
    LIB_VERSION, OperatorClaims, SigningKey, UserClaims, check_subject,
};
use super::error::{Error, Result};
use super::keys::{KeyKind, KeyPair, parse_public_key};

/// The JWT header, exactly as the Go library writes it.
pub const HEADER_JSON: &str = r#"{"typ":"JWT","alg":"ed25519-nkey"}"#;
/// Base64url encoding of [`HEADER_JSON`].
pub const HEADER_B64: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ";
/// The `alg` of JWT v2 tokens.
pub const ALGORITHM: &str = "ed25519-nkey";
/// Largest accepted token (jwt v2.8.1 `MaxTokenSize`, 1 MiB).
pub const MAX_TOKEN_SIZE: usize = 1024 * 1024;

/// Current time in Unix seconds (0 if the clock is before 1970).
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------
// Go-compatible JSON
// ---------------------------------------------------------------------------

/// serde_json formatter that escapes like Go's `encoding/json` (HTML-safe).
struct GoFormatter;

impl serde_json::ser::Formatter for GoFormatter {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut rest = fragment;
        while let Some(pos) = rest.find(['<', '>', '&', '\u{2028}', '\u{2029}']) {
            let (before, after) = rest.split_at(pos);
            writer.write_all(before.as_bytes())?;
            let mut chars = after.chars();
            let esc: &[u8] = match chars.next() {
                Some('<') => b"\\u003c",
                Some('>') => b"\\u003e",
                Some('&') => b"\\u0026",
                Some('\u{2028}') => b"\\u2028",
                _ => b"\\u2029",
            };
            writer.write_all(esc)?;
            rest = chars.as_str();
        }
        writer.write_all(rest.as_bytes())
    }
}

/// Serialize `value` as compact JSON exactly like Go's `json.Marshal`
/// (including HTML escaping of `<`, `>` and `&`).
pub fn to_go_json<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut ser = serde_json::Serializer::with_formatter(Vec::new(), GoFormatter);
    value
        .serialize(&mut ser)
        .map_err(|e| Error::invalid_claims(format!("cannot serialize claims: {e}")))?;
    Ok(ser.into_inner())
}

fn is_zero(v: &i64) -> bool {
    *v == 0
}

/// Go `ClaimsData` without `nats`: the input of the jti hash.
#[derive(Serialize)]
struct StandardClaims<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    aud: &'a str,
    #[serde(skip_serializing_if = "is_zero")]
    exp: i64,
    #[serde(skip_serializing_if = "str::is_empty")]
    jti: &'a str,
    #[serde(skip_serializing_if = "is_zero")]
    iat: i64,
    #[serde(skip_serializing_if = "str::is_empty")]
    iss: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "is_zero")]
    nbf: i64,
    #[serde(skip_serializing_if = "str::is_empty")]
    sub: &'a str,
}

/// Compute the `jti` of `claims`: base32 (no padding) of SHA-512/256 over
/// the compact JSON of `{aud?,exp?,iat,iss,name?,nbf?,sub}` (jti ignored).
pub fn compute_jti<N>(claims: &Claims<N>) -> Result<String> {
    let std_claims = StandardClaims {
        aud: &claims.aud,
        exp: claims.exp,
        jti: "",
        iat: claims.iat,
        iss: &claims.iss,
        name: &claims.name,
        nbf: claims.nbf,
        sub: &claims.sub,
    };
    let json = to_go_json(&std_claims)?;
    let hash = Sha512_256::digest(&json);
    Ok(data_encoding::BASE32_NOPAD.encode(&hash))
}

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

/// Sign `claims` with `signer`, setting `iss`, `iat` (now), `jti`,
/// `nats.type` and `nats.version` in `claims`. Returns the token.
///
/// Fails if the subject is not a key of the right kind, if `signer` may not
/// issue this claim type, if the claims are structurally invalid, or if
/// `signer` has no seed.
pub fn encode<N: ClaimBody>(claims: &mut Claims<N>, signer: &KeyPair) -> Result<String> {
    encode_at(claims, signer, now_unix())
}

/// Like [`encode`] with an explicit `iat` (Unix seconds), for reproducible tokens.
pub fn encode_at<N: ClaimBody>(
    claims: &mut Claims<N>,
    signer: &KeyPair,
    iat: i64,
) -> Result<String> {
    check_subject::<N>(&claims.sub)?;
    if !N::allowed_issuers().contains(&signer.kind()) {
        return Err(Error::IssuerNotAllowed {
            claim: N::NAME,
            issuer: format!("{} {}", signer.kind(), signer.public_key()),
            allowed: N::allowed_issuers_text(),
        });
    }
    if !signer.has_seed() {
        return Err(Error::Sign(format!(
            "key {} has no seed and cannot sign",
            signer.public_key()
        )));
    }
    claims.nats.validate()?;
    claims.nats.prepare_for_encode();
    claims.iss = signer.public_key().to_string();
    claims.iat = iat;
    claims.jti = String::new();
    claims.jti = compute_jti(claims)?;
    let payload = to_go_json(claims)?;
    let signing_input = format!("{HEADER_B64}.{}", URL_SAFE_NO_PAD.encode(payload));
    let sig = signer.sign(signing_input.as_bytes())?;
    Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
}

// ---------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------

/// What [`decode`] checks besides structure, signature, type, version and
/// issuer/subject prefixes (which are always checked).
#[derive(Debug, Clone)]
pub struct VerifyOptions {
    /// Check that `jti` is the hash of the standard claims (default true).
    /// Disable to accept tokens from tools that compute jti differently.
    pub check_jti: bool,
    /// Check `exp` and `nbf` (default true).
    pub check_time: bool,
    /// Time used for the check (default: now).
    pub now: Option<i64>,
    /// Tolerated clock skew in seconds (default 0).
    pub clock_skew: i64,
    /// Largest accepted token in bytes (default [`MAX_TOKEN_SIZE`]).
    pub max_size: usize,
}

impl Default for VerifyOptions {
    fn default() -> Self {
        VerifyOptions {
            check_jti: true,
            check_time: true,
            now: None,
            clock_skew: 0,
            max_size: MAX_TOKEN_SIZE,
        }
    }
}

impl VerifyOptions {
    /// Everything but time bounds (for describing expired tokens).
    pub fn ignore_time() -> Self {
        VerifyOptions {
            check_time: false,
            ..Default::default()
        }
    }
}

#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    typ: String,
    #[serde(default)]
    alg: String,
}

/// Check the header, signature and issuer; return the payload as JSON.
fn parse_verified(token: &str, opts: &VerifyOptions) -> Result<Value> {
    let token = token.trim();
    if token.len() > opts.max_size {
        return Err(Error::TokenTooLarge {
            size: token.len(),
            max: opts.max_size,
        });
    }
    if token.is_empty() {
        return Err(Error::MalformedToken("empty token".into()));
    }
    let parts: Vec<&str> = token.split('.').collect();
    let (h, p, s) = match parts.as_slice() {
        [h, p, s] => (*h, *p, *s),
        _ => {
            return Err(Error::MalformedToken(format!(
                "expected 3 dot-separated parts (header.payload.signature), found {}",
                parts.len()
            )));
        }
    };
    for (name, part) in [("header", h), ("payload", p), ("signature", s)] {
        if part.is_empty() {
            return Err(Error::MalformedToken(format!("{name} part is empty")));
        }
    }
    let header_bytes = URL_SAFE_NO_PAD.decode(h).map_err(|e| Error::Base64 {
        part: "header",
        reason: e.to_string(),
    })?;
    let header: Header = serde_json::from_slice(&header_bytes).map_err(|e| Error::Json {
        part: "header",
        reason: e.to_string(),
    })?;
    if !header.typ.eq_ignore_ascii_case("jwt") {
        return Err(Error::UnsupportedHeaderType(header.typ));
    }
    match header.alg.as_str() {
        ALGORITHM => {}
        "ed25519" => {
            return Err(Error::UnsupportedVersion {
                found: 1,
                hint: " (legacy JWT v1, alg \"ed25519\"; re-issue it with a v2 tool)",
            });
        }
        _ => return Err(Error::UnsupportedAlgorithm(header.alg)),
    }
    let payload_bytes = URL_SAFE_NO_PAD.decode(p).map_err(|e| Error::Base64 {
        part: "payload",
        reason: e.to_string(),
    })?;
    let payload: Value = serde_json::from_slice(&payload_bytes).map_err(|e| Error::Json {
        part: "payload",
        reason: e.to_string(),
    })?;
    let obj = payload.as_object().ok_or_else(|| Error::Json {
        part: "payload",
        reason: "not a JSON object".into(),
    })?;
    if obj.contains_key("type") {
        return Err(Error::UnsupportedVersion {
            found: 1,
            hint: " (legacy JWT v1: top-level \"type\")",
        });
    }
    let iss = obj.get("iss").and_then(Value::as_str).unwrap_or("");
    if iss.is_empty() {
        return Err(Error::MissingClaim("iss"));
    }
    parse_public_key(iss).map_err(|e| match e {
        Error::InvalidKey { reason, .. } => Error::InvalidKey {
            what: "JWT issuer (iss)".into(),
            reason,
        },
        other => other,
    })?;
    let sig = URL_SAFE_NO_PAD.decode(s).map_err(|e| Error::Base64 {
        part: "signature",
        reason: e.to_string(),
    })?;
    let signing_input = format!("{h}.{p}");
    super::keys::verify(iss, signing_input.as_bytes(), &sig).map_err(|_| Error::BadSignature {
        issuer: iss.to_string(),
    })?;
    Ok(payload)
}

fn nats_type(payload: &Value) -> &str {
    payload
        .get("nats")
        .and_then(|n| n.get("type"))
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// Check `exp`/`nbf` against `now` (Unix seconds) with `skew` seconds of tolerance.
pub fn check_time_bounds(exp: i64, nbf: i64, now: i64, skew: i64) -> Result<()> {
    if exp > 0 && now > exp.saturating_add(skew) {
        return Err(Error::Expired { exp, now });
    }
    if nbf > 0 && now.saturating_add(skew) < nbf {
        return Err(Error::NotYetValid { nbf, now });
    }
    Ok(())
}

/// Remove `null` members (Go decodes `null` as the zero value, i.e. as if absent).
fn strip_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, x| !x.is_null());
            m.values_mut().for_each(strip_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

fn finish<N: ClaimBody>(
    mut payload: Value,
    allowed_issuers: &[KeyKind],
    opts: &VerifyOptions,
) -> Result<Claims<N>> {
    strip_nulls(&mut payload);
    let claims: Claims<N> = serde_json::from_value(payload).map_err(|e| Error::Json {
        part: "payload",
        reason: e.to_string(),
    })?;
    let version = claims.nats.version();
    if version > LIB_VERSION {
        return Err(Error::UnsupportedVersion {
            found: version,
            hint: " (JWT was generated by a newer version of the library)",
        });
    }
    if N::CLAIM_TYPE.is_some() && version != LIB_VERSION {
        return Err(Error::UnsupportedVersion {
            found: version,
            hint: "",
        });
    }
    let iss_kind = parse_public_key(&claims.iss)?;
    if !allowed_issuers.contains(&iss_kind) {
        return Err(Error::IssuerNotAllowed {
            claim: N::NAME,
            issuer: format!("{iss_kind} {}", claims.iss),
            allowed: N::allowed_issuers_text(),
        });
    }
    check_subject::<N>(&claims.sub)?;
    if opts.check_jti {
        let expected = compute_jti(&claims)?;
        if expected != claims.jti {
            return Err(Error::JtiMismatch {
                expected,
                found: claims.jti.clone(),
            });
        }
    }
    if opts.check_time {
        check_time_bounds(
            claims.exp,
            claims.nbf,
            opts.now.unwrap_or_else(now_unix),
            opts.clock_skew,
        )?;
    }
    Ok(claims)
}

/// Decode and verify a token whose `nats` body is `N`.
///
/// Always checked: size, structure, base64url, header, signature by `iss`,
/// claim type (`nats.type`), version 2, issuer and subject key prefixes.
/// Optionally (see [`VerifyOptions`]): jti and time bounds.
pub fn decode<N: ClaimBody>(token: &str, opts: &VerifyOptions) -> Result<Claims<N>> {
    let payload = parse_verified(token, opts)?;
    let found = nats_type(&payload);
    if let Some(expected) = N::CLAIM_TYPE
        && found != expected
    {
        return Err(Error::WrongClaimType {
            expected,
            found: found.to_string(),
        });
    }
    let allowed = match N::CLAIM_TYPE {
        Some(_) => N::allowed_issuers(),
        None => ClaimType::from_type_str(found).allowed_issuers(),
    };
    finish::<N>(payload, allowed, opts)
}

/// Decode and fully verify an operator JWT (default [`VerifyOptions`]).
pub fn decode_operator(token: &str) -> Result<OperatorClaims> {
    decode(token, &VerifyOptions::default())
}
/// Decode and fully verify an account JWT (default [`VerifyOptions`]).
pub fn decode_account(token: &str) -> Result<AccountClaims> {
    decode(token, &VerifyOptions::default())
}
/// Decode and fully verify a user JWT (default [`VerifyOptions`]).
pub fn decode_user(token: &str) -> Result<UserClaims> {
    decode(token, &VerifyOptions::default())
}
/// Decode and fully verify any JWT as generic claims (default [`VerifyOptions`]).
pub fn decode_generic(token: &str) -> Result<GenericClaims> {
    decode(token, &VerifyOptions::default())
}

/// Any decoded claim, typed by `nats.type`.
#[allow(clippy::large_enum_variant)] // a one-off decode result
#[derive(Debug, Clone, PartialEq)]
pub enum AnyClaims {
    /// An operator JWT.
    Operator(OperatorClaims),
    /// An account JWT.
    Account(AccountClaims),
    /// A user JWT.
    User(UserClaims),
    /// Anything else (activation, delete request, unknown types).
    Generic(GenericClaims),
}

impl AnyClaims {
    /// The claim type.
    pub fn claim_type(&self) -> ClaimType {
        match self {
            AnyClaims::Operator(_) => ClaimType::Operator,
            AnyClaims::Account(_) => ClaimType::Account,
            AnyClaims::User(_) => ClaimType::User,
            AnyClaims::Generic(g) => ClaimType::from_type_str(g.nats.claim_type_str()),
        }
    }
    /// The claims as JSON, in wire order (for `describe`).
    pub fn to_json(&self) -> Result<Value> {
        let r = match self {
            AnyClaims::Operator(c) => serde_json::to_value(c),
            AnyClaims::Account(c) => serde_json::to_value(c),
            AnyClaims::User(c) => serde_json::to_value(c),
            AnyClaims::Generic(c) => serde_json::to_value(c),
        };
        r.map_err(|e| Error::invalid_claims(e.to_string()))
    }
    /// `(sub, iss, exp, nbf)`.
    pub fn standard(&self) -> (&str, &str, i64, i64) {
        match self {
            AnyClaims::Operator(c) => (&c.sub, &c.iss, c.exp, c.nbf),
            AnyClaims::Account(c) => (&c.sub, &c.iss, c.exp, c.nbf),
            AnyClaims::User(c) => (&c.sub, &c.iss, c.exp, c.nbf),
            AnyClaims::Generic(c) => (&c.sub, &c.iss, c.exp, c.nbf),
        }
    }
}

/// Decode and verify any JWT, dispatching on `nats.type`.
pub fn decode_any(token: &str, opts: &VerifyOptions) -> Result<AnyClaims> {
    let payload = parse_verified(token, opts)?;
    let t = ClaimType::from_type_str(nats_type(&payload));
    let allowed = t.allowed_issuers();
    Ok(match t {
        ClaimType::Operator => AnyClaims::Operator(finish(payload, allowed, opts)?),
        ClaimType::Account => AnyClaims::Account(finish(payload, allowed, opts)?),
        ClaimType::User => AnyClaims::User(finish(payload, allowed, opts)?),
        _ => AnyClaims::Generic(finish(payload, allowed, opts)?),
    })
}

/// Decode the header and payload **without any verification** (for showing
/// a broken token). Still refuses oversized or structurally broken input.
pub fn decode_unverified(token: &str) -> Result<(Value, Value)> {
    let token = token.trim();
    if token.len() > MAX_TOKEN_SIZE {
        return Err(Error::TokenTooLarge {
            size: token.len(),
            max: MAX_TOKEN_SIZE,
        });
    }
    let mut it = token.split('.');
    let (Some(h), Some(p)) = (it.next(), it.next()) else {
        return Err(Error::MalformedToken(
            "expected header.payload.signature".into(),
        ));
    };
    let dec = |part: &'static str, s: &str| -> Result<Value> {
        let b = URL_SAFE_NO_PAD.decode(s).map_err(|e| Error::Base64 {
            part,
            reason: e.to_string(),
        })?;
        serde_json::from_slice(&b).map_err(|e| Error::Json {
            part,
            reason: e.to_string(),
        })
    };
    Ok((dec("header", h)?, dec("payload", p)?))
}

// ---------------------------------------------------------------------------
// Issuer chains
// ---------------------------------------------------------------------------

/// How an account JWT was issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountIssuer {
    /// By the operator identity key.
    OperatorIdentity,
    /// By this operator signing key.
    OperatorSigningKey(String),
}

/// Whether identity keys may sign when the operator demands signing keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigningKeyPolicy {
    /// Accept the identity key or a signing key, whatever the operator says.
    Lenient,
    /// Like nats-server: if the operator has `strict_signing_key_usage`,
    /// only signing keys are accepted.
    Strict,
}

/// Check that `account` was issued by `operator` (identity key or one of its
/// signing keys), like `OperatorClaims.DidSign` plus the server's strict rule.
/// Signatures are assumed verified by [`decode`].
pub fn verify_account_issuer(
    operator: &OperatorClaims,
    account: &AccountClaims,
    policy: SigningKeyPolicy,
) -> Result<AccountIssuer> {
    let iss = account.iss.as_str();
    let untrusted = |reason: String| Error::UntrustedIssuer {
        subject: format!("account {}", account.sub),
        reason,
    };
    if iss == operator.sub {
        if policy == SigningKeyPolicy::Strict && operator.nats.strict_signing_key_usage {
            return Err(untrusted(format!(
                "operator {} requires accounts to be signed by one of its signing keys ({}), \
                 but this account is signed by the operator identity key",
                operator.sub,
                list_or_none(&operator.nats.signing_keys)
            )));
        }
        return Ok(AccountIssuer::OperatorIdentity);
    }
    if operator.nats.signing_keys.iter().any(|k| k == iss) {
        return Ok(AccountIssuer::OperatorSigningKey(iss.to_string()));
    }
    if iss == account.sub {
        return Err(untrusted(
            "the account is self-signed; servers only trust accounts signed by the operator".into(),
        ));
    }
    Err(untrusted(format!(
        "issuer {iss} is neither operator {} nor one of its signing keys ({})",
        operator.sub,
        list_or_none(&operator.nats.signing_keys)
    )))
}

fn list_or_none(v: &[String]) -> String {
    if v.is_empty() {
        "none configured".into()
    } else {
        v.join(", ")
    }
}

/// How a user JWT was issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserIssuer {
    /// By the account identity key.
    AccountIdentity,
    /// By a plain account signing key.
    SigningKey(String),
    /// By a scoped account signing key (the template applies).
    ScopedSigningKey {
        /// The signing key.
        key: String,
        /// Its role.
        role: String,
    },
}

/// Check that `user` was issued by `account` (identity key, or a signing key
/// with `issuer_account` = the account). With `require_signing_key` (the
/// operator has `strict_signing_key_usage`), the identity key is refused.
/// Users of scoped keys must carry no permissions or limits.
pub fn verify_user_issuer(
    account: &AccountClaims,
    user: &UserClaims,
    require_signing_key: bool,
) -> Result<UserIssuer> {
    let untrusted = |reason: String| Error::UntrustedIssuer {
        subject: format!("user {}", user.sub),
        reason,
    };
    let iss = user.iss.as_str();
    let ia = user.nats.issuer_account.as_str();
    if !ia.is_empty() && ia != account.sub {
        return Err(untrusted(format!(
            "issuer_account {ia} is not account {}",
            account.sub
        )));
    }
    if iss == account.sub {
        if require_signing_key {
            return Err(untrusted(format!(
                "the operator requires users to be signed by an account signing key, \
                 but this user is signed by the identity key of account {}",
                account.sub
            )));
        }
        return Ok(UserIssuer::AccountIdentity);
    }
    match account.nats.signing_key(iss) {
        None => Err(untrusted(format!(
            "issuer {iss} is neither account {} nor one of its signing keys",
            account.sub
        ))),
        Some(_) if ia.is_empty() => Err(untrusted(format!(
            "signed by account signing key {iss} but issuer_account is not set \
             (it must be {})",
            account.sub
        ))),
        Some(SigningKey::Plain(k)) => Ok(UserIssuer::SigningKey(k.clone())),
        Some(SigningKey::Scoped(scope)) => {
            if !user.nats.limits.is_empty() {
                return Err(untrusted(format!(
                    "signed by scoped signing key {iss} (role {:?}), so the user JWT must \
                     not carry permissions or limits",
                    scope.role
                )));
            }
            Ok(UserIssuer::ScopedSigningKey {
                key: scope.key.clone(),
                role: scope.role.clone(),
            })
        }
    }
}

/// Check a `$SYS.REQ.CLAIMS.DELETE` request the way the server does: self
/// signed (`iss == sub`), by the operator identity key (unless strict) or an
/// operator signing key, with `nats.accounts` a list of account keys that
/// does not include the system account.
pub fn verify_delete_request(
    operator: &OperatorClaims,
    request: &GenericClaims,
    policy: SigningKeyPolicy,
) -> Result<Vec<String>> {
    let untrusted = |reason: String| Error::UntrustedIssuer {
        subject: "delete request".into(),
        reason,
    };
    if request.iss != request.sub {
        return Err(untrusted("not self signed (iss must equal sub)".into()));
    }
    let identity_allowed = request.iss == operator.sub
        && !(policy == SigningKeyPolicy::Strict && operator.nats.strict_signing_key_usage);
    let signing_key = operator.nats.signing_keys.contains(&request.iss);
    if !(identity_allowed || signing_key) {
        return Err(untrusted(format!(
            "{} is not trusted by operator {}",
            request.iss, operator.sub
        )));
    }
    let accounts = request
        .accounts()
        .ok_or_else(|| Error::invalid_claims("delete request: nats.accounts must be an array"))?;
    for a in &accounts {
        super::keys::require_public_key("account to delete", a, &[KeyKind::Account])?;
        if *a == operator.nats.system_account {
            return Err(Error::invalid_claims(
                "delete request: the system account cannot be deleted",
            ));
        }
    }
    Ok(accounts)
}

/// Check an activation token the way nats-server does before it honours an
/// import of a private export: issued for `importer`, of kind `kind`, by
/// `exporter` (its identity key, or one of its signing keys with
/// `issuer_account`), for a subject that covers `subject`. Signature, jti and
/// (per `opts`) time bounds are checked by the decode.
pub fn verify_activation(
    token: &str,
    opts: &VerifyOptions,
    exporter: &AccountClaims,
    importer: &str,
    subject: &str,
    kind: ExportType,
) -> Result<ActivationClaims> {
    let act: ActivationClaims = decode(token, opts)?;
    let bad = |reason: String| Error::UntrustedIssuer {
        subject: "activation".into(),
        reason,
    };
    if act.sub != importer {
        return Err(bad(format!(
            "it was issued for account {}, not for the importing account {importer}",
            act.sub
        )));
    }
    if act.nats.kind != Some(kind) {
        return Err(bad(format!(
            "it is for a {} import, not a {}",
            act.nats.kind.map(kind_name).unwrap_or("(no kind)"),
            kind_name(kind)
        )));
    }
    let by_identity = act.iss == exporter.sub && act.nats.issuer_account.is_empty();
    let by_sk =
        act.nats.issuer_account == exporter.sub && exporter.nats.signing_key(&act.iss).is_some();
    if !(by_identity || by_sk) {
        return Err(bad(format!(
            "it is signed by {}, which is neither account {} nor one of its signing keys",
            act.iss, exporter.sub
        )));
    }
    if !subject_covers(&act.nats.subject, subject) {
        return Err(bad(format!(
            "it grants {:?}, which does not cover {subject:?}",
            act.nats.subject
        )));
    }
    Ok(act)
}

fn kind_name(k: ExportType) -> &'static str {
    match k {
        ExportType::Stream => "stream",
        ExportType::Service => "service",
    }
}

/// Whether the subject pattern `pattern` matches every subject of `subject`
/// (`*` one token, `>` the rest).
pub fn subject_covers(pattern: &str, subject: &str) -> bool {
    let p: Vec<&str> = pattern.split('.').collect();
    let s: Vec<&str> = subject.split('.').collect();
    for (i, pt) in p.iter().enumerate() {
        if *pt == ">" {
            return s.len() > i;
        }
        match s.get(i) {
            None => return false,
            Some(st) if *pt == "*" => {
                if *st == ">" {
                    return false;
                }
            }
            Some(st) => {
                if pt != st {
                    return false;
                }
            }
        }
    }
    p.len() == s.len()
}

/// Check that an operator JWT is self-signed (`iss == sub`), as nsc makes them.
pub fn verify_operator_self_signed(operator: &OperatorClaims) -> Result<()> {
    if operator.iss != operator.sub {
        return Err(Error::UntrustedIssuer {
            subject: format!("operator {}", operator.sub),
            reason: format!("operator JWT is signed by {}, not by itself", operator.iss),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests;
