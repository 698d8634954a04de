//! JWT v2 claim structures, hand-written to match the nats-io/jwt v2 wire
//! format.
//!
//! * Fields are declared in Go struct order so that serialization reproduces
//!   the key order of the Go library; empty values are omitted like Go's
//!   `omitempty`, except struct-valued fields, which are always present
//!   (`limits`, `default_permissions`, `pub`, `sub`, …).
//! * **Limits:** in this Rust API, `Default` and the constructors give
//!   *unlimited* (`-1`) core limits, so a 0 limit is never emitted by
//!   accident. When *decoding*, an absent limit is `0`, exactly like Go and
//!   nats-server read it (0 means "none allowed"). A limit of 0 is omitted on
//!   the wire, as in Go.
//! * Unknown JSON fields are kept in the `extra` maps and written back at the
//!   end of their object, so nothing is lost when describing or re-signing a
//!   token minted by a newer library.

use std::collections::BTreeMap;

use serde::de::{DeserializeOwned, Deserializer, Error as _};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::error::{Error, Result};
use super::keys::{KeyKind, parse_public_key};

/// JWT claims library version written in `nats.version`.
pub const LIB_VERSION: i64 = 2;
/// Claim type of operator JWTs.
pub const OPERATOR_CLAIM: &str = "operator";
/// Claim type of account JWTs.
pub const ACCOUNT_CLAIM: &str = "account";
/// Claim type of user JWTs.
pub const USER_CLAIM: &str = "user";
/// Claim type of activation JWTs.
pub const ACTIVATION_CLAIM: &str = "activation";
/// `kind` of a scoped (user template) signing key.
pub const USER_SCOPE_KIND: &str = "user_scope";
/// Revocation key that revokes every user.
pub const REVOKE_ALL: &str = "*";
/// Unlimited value for limits.
pub const NO_LIMIT: i64 = -1;

fn is_zero_i64(v: &i64) -> bool {
    *v == 0
}
fn is_zero_u8(v: &u8) -> bool {
    *v == 0
}
fn is_zero_u32(v: &u32) -> bool {
    *v == 0
}
fn is_false(v: &bool) -> bool {
    !*v
}

/// Standard JWT claims plus the NATS-specific `nats` object `N`.
///
/// Field order is `aud, exp, jti, iat, iss, name, nbf, sub, nats` (Go
/// `ClaimsData`). Times are Unix seconds; `0` means unset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claims<N> {
    /// Audience.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub aud: String,
    /// Expiry (Unix seconds), 0 = never.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub exp: i64,
    /// JWT id: base32 of SHA-512/256 of the standard claims (set by encode).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub jti: String,
    /// Issued at (Unix seconds; set by encode).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub iat: i64,
    /// Issuer public key (set by encode).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub iss: String,
    /// Friendly name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Not before (Unix seconds), 0 = unset.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub nbf: i64,
    /// Subject public key.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sub: String,
    /// NATS-specific claims.
    pub nats: N,
    /// Unknown top-level fields, preserved.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl<N: ClaimBody> Claims<N> {
    /// New claims for `subject` with the given `name` and body.
    pub fn with_body(subject: impl Into<String>, name: impl Into<String>, nats: N) -> Self {
        Claims {
            aud: String::new(),
            exp: 0,
            jti: String::new(),
            iat: 0,
            iss: String::new(),
            name: name.into(),
            nbf: 0,
            sub: subject.into(),
            nats,
            extra: Map::new(),
        }
    }
}

/// The kind of a claim, from `nats.type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimType {
    /// `operator`
    Operator,
    /// `account`
    Account,
    /// `user`
    User,
    /// `activation`
    Activation,
    /// No `nats.type` (e.g. a delete request) or an unknown type.
    Generic(String),
}

impl ClaimType {
    /// Classify a `nats.type` string.
    pub fn from_type_str(s: &str) -> ClaimType {
        match s {
            OPERATOR_CLAIM => ClaimType::Operator,
            ACCOUNT_CLAIM => ClaimType::Account,
            USER_CLAIM => ClaimType::User,
            ACTIVATION_CLAIM => ClaimType::Activation,
            other => ClaimType::Generic(other.to_string()),
        }
    }
    /// Who may sign this claim type: the key kinds, and the same said for people. The one
    /// place that says it, for encoding and decoding alike. An operator signs itself; an
    /// account is signed by an operator key (or by itself, when an account signs its own
    /// updates); users and activations are signed by an account key; generic claims (such
    /// as a resolver delete request) by any operator, account or user key.
    pub fn issuers(&self) -> (&'static [KeyKind], &'static str) {
        match self {
            ClaimType::Operator => (&[KeyKind::Operator], "operator keys (O...)"),
            ClaimType::Account => (
                &[KeyKind::Operator, KeyKind::Account],
                "operator keys (O...) or the account itself (A...)",
            ),
            ClaimType::User | ClaimType::Activation => (&[KeyKind::Account], "account keys (A...)"),
            ClaimType::Generic(_) => (
                &[KeyKind::Operator, KeyKind::Account, KeyKind::User],
                "operator, account or user keys",
            ),
        }
    }
    /// Issuer kinds the decoder accepts for this claim type (see [`ClaimType::issuers`]).
    pub fn allowed_issuers(&self) -> &'static [KeyKind] {
        self.issuers().0
    }
}

/// Implemented by the `nats` bodies ([`Operator`], [`Account`], [`User`], [`Activation`],
/// [`Generic`]); drives encoding and decoding in [`super::jwt`].
pub trait ClaimBody: Serialize + DeserializeOwned + Clone {
    /// Value of `nats.type` (None for generic claims, which have no type).
    const CLAIM_TYPE: Option<&'static str>;
    /// Human name ("operator", "account", "user", "generic").
    const NAME: &'static str;
    /// Issuer key kinds allowed to sign this claim type (see [`ClaimType::issuers`]).
    fn allowed_issuers() -> &'static [KeyKind] {
        ClaimType::from_type_str(Self::CLAIM_TYPE.unwrap_or(""))
            .issuers()
            .0
    }
    /// Human description of allowed issuers.
    fn allowed_issuers_text() -> &'static str {
        ClaimType::from_type_str(Self::CLAIM_TYPE.unwrap_or(""))
            .issuers()
            .1
    }
    /// Kind required for `sub` (None: any operator/account/user key).
    fn subject_kind() -> Option<KeyKind>;
    /// `nats.type` as found.
    fn claim_type_str(&self) -> &str;
    /// `nats.version` as found.
    fn version(&self) -> i64;
    /// Set type/version and canonicalize (sorting) before encoding.
    fn prepare_for_encode(&mut self);
    /// Structural validation before encoding.
    fn validate(&self) -> Result<()> {
        Ok(())
    }
}

/// The fields every typed claim body ends with (Go's `GenericFields`, embedded in
/// `Operator`, `Account`, `User` and `Activation`), flattened into the `nats` object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommonFields {
    /// Tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The claim type: `"operator"`, `"account"`, `"user"` or `"activation"`.
    #[serde(rename = "type", default, skip_serializing_if = "String::is_empty")]
    pub claim_type: String,
    /// The claims library version, `2`.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub version: i64,
}

impl CommonFields {
    /// No tags, `claim_type` and the library version: a new claim's.
    fn new(claim_type: &str) -> Self {
        CommonFields {
            tags: Vec::new(),
            claim_type: claim_type.into(),
            version: LIB_VERSION,
        }
    }

    /// Set the type and version before encoding, whatever was decoded.
    fn stamp(&mut self, claim_type: &str) {
        self.claim_type = claim_type.into();
        self.version = LIB_VERSION;
    }
}

/// The [`ClaimBody`] items every typed body (operator, account, user, activation) has alike:
/// its `nats.type` (also its name in messages), the key kind of its `sub`, and reading back
/// the `type` and `version` of its [`CommonFields`]. Used inside each `impl ClaimBody`, which adds the rest.
macro_rules! typed_claim_body {
    ($claim_type:expr, $subject_kind:expr) => {
        const CLAIM_TYPE: Option<&'static str> = Some($claim_type);
        const NAME: &'static str = $claim_type;
        fn subject_kind() -> Option<KeyKind> {
            Some($subject_kind)
        }
        fn claim_type_str(&self) -> &str {
            &self.common.claim_type
        }
        fn version(&self) -> i64 {
            self.common.version
        }
    };
}

/// `issuer_account` when a signing key signed the claim, else the issuer itself: the account
/// a user belongs to, or the account that exported what an activation grants.
fn issuing_account<'a>(issuer_account: &'a str, iss: &'a str) -> &'a str {
    if issuer_account.is_empty() {
        iss
    } else {
        issuer_account
    }
}

// ---------------------------------------------------------------------------
// Shared building blocks
// ---------------------------------------------------------------------------

/// Allow/deny subject lists (`{"allow":[…],"deny":[…]}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permission {
    /// Allowed subjects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<String>,
    /// Denied subjects.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deny: Vec<String>,
}

impl Permission {
    /// True when both lists are empty.
    pub fn is_empty(&self) -> bool {
        self.allow.is_empty() && self.deny.is_empty()
    }
}

/// Response permission (`allow_resp`): `max` messages within `ttl` nanoseconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponsePermission {
    /// Maximum number of responses (Go `MaxMsgs`).
    #[serde(default)]
    pub max: i64,
    /// Time to live, in **nanoseconds** (Go `time.Duration`).
    #[serde(default)]
    pub ttl: i64,
}

/// Publish/subscribe permissions (`default_permissions`, scoped templates).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permissions {
    /// Publish permissions (`pub`, always emitted).
    #[serde(rename = "pub", default)]
    pub publish: Permission,
    /// Subscribe permissions (`sub`, always emitted; entries may be `"subject queue"`).
    #[serde(rename = "sub", default)]
    pub subscribe: Permission,
    /// Response permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resp: Option<ResponsePermission>,
}

/// A daily time window `HH:MM:SS`–`HH:MM:SS`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    /// Start, `HH:MM:SS`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub start: String,
    /// End, `HH:MM:SS`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub end: String,
}

impl TimeRange {
    /// Parse a connect-time window `HH:MM:SS-HH:MM:SS` (24-hour clock). A
    /// window whose end is before its start spans midnight, as in nats-server.
    pub fn parse(s: &str) -> Result<TimeRange> {
        let bad = || {
            Error::invalid_claims(format!(
                "invalid time window {s:?} (expected HH:MM:SS-HH:MM:SS, e.g. 08:00:00-17:00:00)"
            ))
        };
        let (a, b) = s.trim().split_once('-').ok_or_else(bad)?;
        let (a, b) = (a.trim(), b.trim());
        if !is_clock_time(a) || !is_clock_time(b) {
            return Err(bad());
        }
        Ok(TimeRange {
            start: a.to_string(),
            end: b.to_string(),
        })
    }
}

/// `HH:MM:SS` with hours 00–23 and minutes/seconds 00–59.
fn is_clock_time(v: &str) -> bool {
    let parts: Vec<&str> = v.split(':').collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let n = |p: &str| p.parse::<u32>().unwrap_or(99);
    n(parts[0]) < 24 && n(parts[1]) < 60 && n(parts[2]) < 60
}

/// Accepts `src` as an array of CIDRs or as the legacy comma-separated string.
fn de_cidr_list<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        List(Vec<String>),
        Text(String),
        Null(()),
    }
    Ok(match Either::deserialize(d)? {
        Either::List(v) => v,
        Either::Text(s) => s
            .split(',')
            .map(|p| p.trim().to_lowercase())
            .filter(|p| !p.is_empty())
            .collect(),
        Either::Null(()) => Vec::new(),
    })
}

/// Permissions and limits of a user (flattened into the user `nats` object
/// and used as the template of scoped signing keys). Go `UserPermissionLimits`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserPermissionLimits {
    /// Publish permissions (`pub`).
    #[serde(rename = "pub", default)]
    pub publish: Permission,
    /// Subscribe permissions (`sub`).
    #[serde(rename = "sub", default)]
    pub subscribe: Permission,
    /// Response permission (`resp`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resp: Option<ResponsePermission>,
    /// Allowed source networks (CIDR, lower-case).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "de_cidr_list"
    )]
    pub src: Vec<String>,
    /// Allowed connect times.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub times: Vec<TimeRange>,
    /// IANA time zone for `times`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub times_location: String,
    /// Max subscriptions (-1 unlimited, 0 none).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub subs: i64,
    /// Max data bytes (-1 unlimited; not enforced by the server).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub data: i64,
    /// Max payload bytes (-1 unlimited, 0 = only empty messages).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub payload: i64,
    /// Bearer token: the server skips the nonce signature check.
    #[serde(default, skip_serializing_if = "is_false")]
    pub bearer_token: bool,
    /// Connections must come through a trusted proxy (jwt 2.8+, server 2.12+).
    #[serde(default, skip_serializing_if = "is_false")]
    pub proxy_required: bool,
    /// Allowed connection types (`STANDARD`, `WEBSOCKET`, `LEAFNODE`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_connection_types: Vec<String>,
}

impl Default for UserPermissionLimits {
    /// No permissions restrictions and **unlimited** (`-1`) subs/data/payload.
    fn default() -> Self {
        Self::unlimited()
    }
}

impl UserPermissionLimits {
    /// No restrictions, `subs/data/payload = -1` (Go `NewUserClaims`).
    pub fn unlimited() -> Self {
        UserPermissionLimits {
            subs: NO_LIMIT,
            data: NO_LIMIT,
            payload: NO_LIMIT,
            ..Self::empty()
        }
    }

    /// Completely empty (all zero): what a user signed by a *scoped* key must
    /// carry (emits only `"pub":{},"sub":{}`).
    pub fn empty() -> Self {
        UserPermissionLimits {
            publish: Permission::default(),
            subscribe: Permission::default(),
            resp: None,
            src: Vec::new(),
            times: Vec::new(),
            times_location: String::new(),
            subs: 0,
            data: 0,
            payload: 0,
            bearer_token: false,
            proxy_required: false,
            allowed_connection_types: Vec::new(),
        }
    }

    /// True when nothing is set (required for users of scoped signing keys).
    pub fn is_empty(&self) -> bool {
        *self == Self::empty()
    }
}

/// Core NATS limits of an account, plus account and JetStream limits
/// (Go `OperatorLimits`: NatsLimits + AccountLimits + JetStreamLimits + tiers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperatorLimits {
    /// Max subscriptions (-1 unlimited).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub subs: i64,
    /// Max data (-1 unlimited; not enforced).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub data: i64,
    /// Max payload (-1 unlimited).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub payload: i64,
    /// Max imports (-1 unlimited).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub imports: i64,
    /// Max exports (-1 unlimited).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub exports: i64,
    /// Wildcard exports allowed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub wildcards: bool,
    /// Users of this account may not be bearer tokens.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disallow_bearer: bool,
    /// Max client connections (-1 unlimited, 0 = nobody can connect).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub conn: i64,
    /// Max leaf node connections (-1 unlimited).
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub leaf: i64,
    /// Global JetStream limits (all 0 = JetStream disabled).
    #[serde(flatten)]
    pub jetstream: JetStreamLimits,
    /// Per-tier JetStream limits (e.g. `R1`, `R3`); exclusive with `jetstream`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tiered_limits: BTreeMap<String, JetStreamLimits>,
}

impl Default for OperatorLimits {
    /// Same as [`OperatorLimits::unlimited`].
    fn default() -> Self {
        Self::unlimited()
    }
}

impl OperatorLimits {
    /// Go `NewAccountClaims` defaults: every core/account limit `-1`,
    /// `wildcards: true`, JetStream disabled.
    pub fn unlimited() -> Self {
        OperatorLimits {
            subs: NO_LIMIT,
            data: NO_LIMIT,
            payload: NO_LIMIT,
            imports: NO_LIMIT,
            exports: NO_LIMIT,
            wildcards: true,
            disallow_bearer: false,
            conn: NO_LIMIT,
            leaf: NO_LIMIT,
            jetstream: JetStreamLimits::default(),
            tiered_limits: BTreeMap::new(),
        }
    }

    /// All zero (what an absent `limits` object means to Go and the server).
    pub fn zero() -> Self {
        OperatorLimits {
            subs: 0,
            data: 0,
            payload: 0,
            imports: 0,
            exports: 0,
            wildcards: false,
            disallow_bearer: false,
            conn: 0,
            leaf: 0,
            jetstream: JetStreamLimits::default(),
            tiered_limits: BTreeMap::new(),
        }
    }

    /// True if JetStream is enabled globally or in any tier.
    pub fn jetstream_enabled(&self) -> bool {
        if !self.tiered_limits.is_empty() {
            self.tiered_limits.values().any(|l| l.is_enabled())
        } else {
            self.jetstream.is_enabled()
        }
    }
}

/// JetStream limits. `mem_storage`/`disk_storage`: 0 = disabled, -1 =
/// unlimited. Others: 0 or -1 = unlimited.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JetStreamLimits {
    /// Max memory storage bytes.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub mem_storage: i64,
    /// Max disk storage bytes.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub disk_storage: i64,
    /// Max streams.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub streams: i64,
    /// Max consumers.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub consumer: i64,
    /// Max ack pending.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub max_ack_pending: i64,
    /// Max bytes of one memory stream.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub mem_max_stream_bytes: i64,
    /// Max bytes of one disk stream.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub disk_max_stream_bytes: i64,
    /// Streams must declare max bytes.
    #[serde(default, skip_serializing_if = "is_false")]
    pub max_bytes_required: bool,
}

impl JetStreamLimits {
    /// JetStream enabled without limits (`nsc edit account --js-enable 0`):
    /// `mem_storage = disk_storage = -1`, the rest 0.
    pub fn unlimited() -> Self {
        JetStreamLimits {
            mem_storage: NO_LIMIT,
            disk_storage: NO_LIMIT,
            ..Default::default()
        }
    }
    /// True unless both storages are 0.
    pub fn is_enabled(&self) -> bool {
        self.mem_storage != 0 || self.disk_storage != 0
    }
}

/// Import/export type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportType {
    /// `"stream"`
    Stream,
    /// `"service"`
    Service,
}

/// Response type of a service export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResponseType {
    /// `"Singleton"`
    Singleton,
    /// `"Stream"`
    Stream,
    /// `"Chunked"`
    Chunked,
}

/// Service latency sampling: a percentage (1–100) or `"headers"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LatencySampling {
    /// Sample this percentage of requests.
    Percent(i64),
    /// `"headers"`: sample when the request carries tracing headers.
    Text(String),
}

/// Latency tracking of a service export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceLatency {
    /// Sampling rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampling: Option<LatencySampling>,
    /// Subject where latency metrics are published.
    #[serde(default)]
    pub results: String,
}

/// An account export (Go `Export`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Export {
    /// Name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Exported subject.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// Stream or service.
    #[serde(rename = "type")]
    pub export_type: ExportType,
    /// Private export: importers need an activation token.
    #[serde(default, skip_serializing_if = "is_false")]
    pub token_req: bool,
    /// Revoked importer accounts: public key → Unix seconds.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub revocations: BTreeMap<String, i64>,
    /// Services only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_type: Option<ResponseType>,
    /// Services only, nanoseconds.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub response_threshold: i64,
    /// Services only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_latency: Option<ServiceLatency>,
    /// 1-based subject token that must be `*` and equal the importer's key.
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    pub account_token_position: u32,
    /// Advertise this export.
    #[serde(default, skip_serializing_if = "is_false")]
    pub advertise: bool,
    /// Allow message tracing across (services, jwt 2.5.4+).
    #[serde(default, skip_serializing_if = "is_false")]
    pub allow_trace: bool,
    /// Description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Info URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub info_url: String,
    /// Unknown fields, preserved.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Export {
    /// A public stream export of `subject`.
    pub fn stream(name: impl Into<String>, subject: impl Into<String>) -> Export {
        Self::new(name, subject, ExportType::Stream)
    }
    /// A public service export of `subject`.
    pub fn service(name: impl Into<String>, subject: impl Into<String>) -> Export {
        Self::new(name, subject, ExportType::Service)
    }
    fn new(name: impl Into<String>, subject: impl Into<String>, t: ExportType) -> Export {
        Export {
            name: name.into(),
            subject: subject.into(),
            export_type: t,
            token_req: false,
            revocations: BTreeMap::new(),
            response_type: None,
            response_threshold: 0,
            service_latency: None,
            account_token_position: 0,
            advertise: false,
            allow_trace: false,
            description: String::new(),
            info_url: String::new(),
            extra: Map::new(),
        }
    }
}

/// An account import (Go `Import`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Import {
    /// Name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Subject in the exporting account.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// Exporting account public key.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// Activation JWT (private exports).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token: String,
    /// Deprecated `to`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub to: String,
    /// Local subject (may use `$1` references).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub local_subject: String,
    /// Stream or service.
    #[serde(rename = "type")]
    pub import_type: ExportType,
    /// Share requester info (services).
    #[serde(default, skip_serializing_if = "is_false")]
    pub share: bool,
    /// Allow message tracing (streams, jwt 2.5.4+).
    #[serde(default, skip_serializing_if = "is_false")]
    pub allow_trace: bool,
    /// Unknown fields, preserved.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Import {
    /// Import `subject` of type `t` from `account`.
    pub fn new(
        name: impl Into<String>,
        account: impl Into<String>,
        subject: impl Into<String>,
        t: ExportType,
    ) -> Import {
        Import {
            name: name.into(),
            subject: subject.into(),
            account: account.into(),
            token: String::new(),
            to: String::new(),
            local_subject: String::new(),
            import_type: t,
            share: false,
            allow_trace: false,
            extra: Map::new(),
        }
    }
}

/// Weighted subject mapping destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeightedMapping {
    /// Destination subject.
    #[serde(default)]
    pub subject: String,
    /// Weight 1–100 (0 = 100).
    #[serde(default, skip_serializing_if = "is_zero_u8")]
    pub weight: u8,
    /// Restrict to a cluster.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cluster: String,
}

impl WeightedMapping {
    /// A destination with a weight (0 means 100, as in Go) and an optional cluster.
    pub fn new(subject: impl Into<String>, weight: u8, cluster: impl Into<String>) -> Self {
        WeightedMapping {
            subject: subject.into(),
            weight,
            cluster: cluster.into(),
        }
    }
    /// The weight the server uses: `weight`, or 100 when it is 0.
    pub fn effective_weight(&self) -> u8 {
        if self.weight == 0 { 100 } else { self.weight }
    }
}

/// Auth callout configuration (jwt 2.4+, server 2.10+).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExternalAuthorization {
    /// Users that bypass the callout (the auth service itself).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub auth_users: Vec<String>,
    /// Accounts the service may bind users to (`A…` or `"*"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_accounts: Vec<String>,
    /// Curve public key (`X…`) for encrypted requests.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub xkey: String,
}

/// Message tracing destination (jwt 2.5.4+, server 2.11+).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MsgTrace {
    /// Destination subject.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dest: String,
    /// Sampling percentage 1–100.
    #[serde(default, skip_serializing_if = "is_zero_i64")]
    pub sampling: i64,
}

/// A scoped (user template) account signing key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopedSigningKey {
    /// Scope kind, `"user_scope"`.
    #[serde(default)]
    pub kind: String,
    /// The signing key (`A…`).
    #[serde(default)]
    pub key: String,
    /// Role name.
    #[serde(default)]
    pub role: String,
    /// Permissions and limits applied to every user signed with this key.
    #[serde(
        default = "UserPermissionLimits::unlimited",
        deserialize_with = "de_template"
    )]
    pub template: UserPermissionLimits,
    /// Description (jwt 2.5.6+ always emits it; `None` keeps older tokens byte-identical).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Unknown fields, preserved.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Go decodes scope templates over `NewUserScope()`, whose limits are -1:
/// absent `subs`/`data`/`payload` in a template therefore mean unlimited.
fn de_template<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<UserPermissionLimits, D::Error> {
    let mut v = Value::deserialize(d)?;
    if let Value::Object(m) = &mut v {
        for k in ["subs", "data", "payload"] {
            m.entry(k).or_insert(Value::from(NO_LIMIT));
        }
    }
    serde_json::from_value(v).map_err(D::Error::custom)
}

impl ScopedSigningKey {
    /// A new user scope for `key` with `role` and `template`.
    pub fn new(
        key: impl Into<String>,
        role: impl Into<String>,
        template: UserPermissionLimits,
    ) -> Self {
        ScopedSigningKey {
            kind: USER_SCOPE_KIND.to_string(),
            key: key.into(),
            role: role.into(),
            template,
            description: Some(String::new()),
            extra: Map::new(),
        }
    }
}

/// An account signing key: a plain key or a scoped one. On the wire, an array
/// mixing strings and scope objects, sorted by key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum SigningKey {
    /// Plain signing key (`"A…"`).
    Plain(String),
    /// Scoped signing key object.
    Scoped(Box<ScopedSigningKey>),
}

impl SigningKey {
    /// The public key.
    pub fn key(&self) -> &str {
        match self {
            SigningKey::Plain(k) => k,
            SigningKey::Scoped(s) => &s.key,
        }
    }
    /// The scope, if any.
    pub fn scope(&self) -> Option<&ScopedSigningKey> {
        match self {
            SigningKey::Plain(_) => None,
            SigningKey::Scoped(s) => Some(s),
        }
    }
}

impl<'de> Deserialize<'de> for SigningKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::String(s) => Ok(SigningKey::Plain(s)),
            v @ Value::Object(_) => serde_json::from_value::<ScopedSigningKey>(v)
                .map(|s| SigningKey::Scoped(Box::new(s)))
                .map_err(|e| D::Error::custom(format!("invalid scoped signing key: {e}"))),
            other => Err(D::Error::custom(format!(
                "signing key must be a string or a scope object, got {other}"
            ))),
        }
    }
}

/// Trim and lower-case `tag` and add it to `tags` unless present or empty
/// (as Go's `TagList.Add` does).
pub fn add_tag(tags: &mut Vec<String>, tag: &str) {
    let t = tag.trim().to_lowercase();
    if !t.is_empty() && !tags.contains(&t) {
        tags.push(t);
    }
}

/// Remove `tag` (trimmed, lower-cased) from `tags`.
pub fn remove_tag(tags: &mut Vec<String>, tag: &str) {
    let t = tag.trim().to_lowercase();
    tags.retain(|x| *x != t);
}

// ---------------------------------------------------------------------------
// Subject validation (the rules of the Go library's `IsValidSubject`)
// ---------------------------------------------------------------------------

/// Check a subject like the Go library does: non-empty, no spaces, no
/// leading/trailing `.`, no `..`.
pub fn validate_subject(subject: &str) -> Result<()> {
    if subject.is_empty() {
        return Err(Error::invalid_claims("subject cannot be empty"));
    }
    if subject.contains(' ') {
        return Err(Error::invalid_claims(format!(
            "subject {subject:?} cannot have spaces"
        )));
    }
    if subject.starts_with('.') || subject.ends_with('.') {
        return Err(Error::invalid_claims(format!(
            "subject {subject:?} cannot start or end with '.'"
        )));
    }
    if subject.contains("..") {
        return Err(Error::invalid_claims(format!(
            "subject {subject:?} cannot contain consecutive '.'"
        )));
    }
    Ok(())
}

fn validate_permission(p: &Permission, allow_queue: bool) -> Result<()> {
    for s in p.allow.iter().chain(p.deny.iter()) {
        let parts: Vec<&str> = s.split(' ').collect();
        match parts.as_slice() {
            [subj] => validate_subject(subj)?,
            [subj, queue] if allow_queue => {
                validate_subject(subj)?;
                validate_subject(queue)?;
            }
            [_, _] => {
                return Err(Error::invalid_claims(format!(
                    "publish permission {s:?} cannot contain a queue"
                )));
            }
            _ => {
                return Err(Error::invalid_claims(format!(
                    "permission subject {s:?} contains too many spaces"
                )));
            }
        }
    }
    Ok(())
}

fn validate_key(what: &str, key: &str, kind: KeyKind) -> Result<()> {
    super::keys::require_public_key(what, key, &[kind]).map(|_| ())
}

fn validate_user_limits(u: &UserPermissionLimits) -> Result<()> {
    validate_permission(&u.publish, false)?;
    validate_permission(&u.subscribe, true)?;
    for c in &u.src {
        if !c.contains('/') {
            return Err(Error::invalid_claims(format!(
                "invalid CIDR {c:?} in src (expected address/prefix)"
            )));
        }
    }
    for t in &u.times {
        for v in [&t.start, &t.end] {
            if !is_clock_time(v) {
                return Err(Error::invalid_claims(format!(
                    "invalid time {v:?} in times (expected HH:MM:SS)"
                )));
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Operator
// ---------------------------------------------------------------------------

/// `nats` object of an operator JWT (Go `Operator`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Operator {
    /// Operator signing keys (`O…`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signing_keys: Vec<String>,
    /// Account server / resolver URL used by push (`nats://…` or `http(s)://…`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub account_server_url: String,
    /// Client URLs (`nats`, `tls`, `ws`, `wss`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operator_service_urls: Vec<String>,
    /// System account public key.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub system_account: String,
    /// Minimum server version `M.m.p`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assert_server_version: String,
    /// Identity keys may only self-sign; accounts/users need signing keys.
    #[serde(default, skip_serializing_if = "is_false")]
    pub strict_signing_key_usage: bool,
    /// Tags, `type` and `version`.
    #[serde(flatten)]
    pub common: CommonFields,
    /// Unknown fields, preserved.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for Operator {
    fn default() -> Self {
        Operator {
            signing_keys: Vec::new(),
            account_server_url: String::new(),
            operator_service_urls: Vec::new(),
            system_account: String::new(),
            assert_server_version: String::new(),
            strict_signing_key_usage: false,
            common: CommonFields::new(OPERATOR_CLAIM),
            extra: Map::new(),
        }
    }
}

impl ClaimBody for Operator {
    typed_claim_body!(OPERATOR_CLAIM, KeyKind::Operator);
    fn prepare_for_encode(&mut self) {
        self.common.stamp(OPERATOR_CLAIM);
    }
    fn validate(&self) -> Result<()> {
        for k in &self.signing_keys {
            validate_key("operator signing key", k, KeyKind::Operator)?;
        }
        if !self.system_account.is_empty() {
            validate_key("system account", &self.system_account, KeyKind::Account)?;
        }
        Ok(())
    }
}

/// Operator JWT claims.
pub type OperatorClaims = Claims<Operator>;

impl Claims<Operator> {
    /// New operator claims for `operator_key` (its public key) named `name`.
    pub fn new(operator_key: impl Into<String>, name: impl Into<String>) -> Self {
        Self::with_body(operator_key, name, Operator::default())
    }

    /// True if `key` is the operator identity key or one of its signing keys.
    pub fn is_trusted_key(&self, key: &str) -> bool {
        key == self.sub || self.nats.signing_keys.iter().any(|k| k == key)
    }
}

// ---------------------------------------------------------------------------
// Account
// ---------------------------------------------------------------------------

/// `nats` object of an account JWT (Go `Account`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    /// Imports (sorted by subject on encode).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<Import>,
    /// Exports (sorted by subject on encode).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<Export>,
    /// Limits (always emitted). An absent object decodes as all-zero.
    #[serde(default = "OperatorLimits::zero")]
    pub limits: OperatorLimits,
    /// Signing keys, plain or scoped (sorted by key on encode).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signing_keys: Vec<SigningKey>,
    /// Revoked users: user public key (or `"*"`) → Unix seconds; JWTs with
    /// `iat <= value` are rejected.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub revocations: BTreeMap<String, i64>,
    /// Default permissions for users without their own (always emitted).
    #[serde(default)]
    pub default_permissions: Permissions,
    /// Subject mappings.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub mappings: BTreeMap<String, Vec<WeightedMapping>>,
    /// Auth callout (jwt 2.4+ always emits `{}`; `None` keeps pre-2.4 tokens byte-identical).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ExternalAuthorization>,
    /// Message tracing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace: Option<MsgTrace>,
    /// `"system"` or `"owner"`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cluster_traffic: String,
    /// Description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Info URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub info_url: String,
    /// Tags, `type` and `version`.
    #[serde(flatten)]
    pub common: CommonFields,
    /// Unknown fields, preserved.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for Account {
    /// Go `NewAccountClaims` defaults (unlimited limits, JetStream disabled,
    /// `authorization: {}`).
    fn default() -> Self {
        Account {
            imports: Vec::new(),
            exports: Vec::new(),
            limits: OperatorLimits::unlimited(),
            signing_keys: Vec::new(),
            revocations: BTreeMap::new(),
            default_permissions: Permissions::default(),
            mappings: BTreeMap::new(),
            authorization: Some(ExternalAuthorization::default()),
            trace: None,
            cluster_traffic: String::new(),
            description: String::new(),
            info_url: String::new(),
            common: CommonFields::new(ACCOUNT_CLAIM),
            extra: Map::new(),
        }
    }
}

impl Account {
    /// The signing key entry for `key`, if present.
    pub fn signing_key(&self, key: &str) -> Option<&SigningKey> {
        self.signing_keys.iter().find(|k| k.key() == key)
    }

    /// Add (or replace) a plain signing key.
    pub fn add_signing_key(&mut self, key: impl Into<String>) {
        let key = key.into();
        self.signing_keys.retain(|k| k.key() != key);
        self.signing_keys.push(SigningKey::Plain(key));
    }

    /// Add (or replace) a scoped signing key.
    pub fn add_scoped_signing_key(&mut self, scope: ScopedSigningKey) {
        self.signing_keys.retain(|k| k.key() != scope.key);
        self.signing_keys.push(SigningKey::Scoped(Box::new(scope)));
    }

    /// The scoped signing key with role `role`, if any.
    pub fn scope_by_role(&self, role: &str) -> Option<&ScopedSigningKey> {
        self.signing_keys
            .iter()
            .filter_map(SigningKey::scope)
            .find(|s| s.role == role)
    }

    /// Set the destinations of the subject mapping `from` (replacing any).
    pub fn set_mapping(&mut self, from: impl Into<String>, to: Vec<WeightedMapping>) {
        self.mappings.insert(from.into(), to);
    }

    /// Remove the subject mapping `from`; returns whether it was present.
    pub fn remove_mapping(&mut self, from: &str) -> bool {
        self.mappings.remove(from).is_some()
    }

    /// Remove a signing key; returns whether it was present.
    pub fn remove_signing_key(&mut self, key: &str) -> bool {
        let before = self.signing_keys.len();
        self.signing_keys.retain(|k| k.key() != key);
        before != self.signing_keys.len()
    }

    /// Revoke JWTs of `user_key` (or [`REVOKE_ALL`]) issued at or before
    /// `at` (Unix seconds). A newer existing revocation is kept.
    pub fn revoke_at(&mut self, user_key: impl Into<String>, at: i64) {
        let e = self.revocations.entry(user_key.into()).or_insert(at);
        if *e < at {
            *e = at;
        }
    }

    /// Remove a revocation; returns whether it was present.
    pub fn clear_revocation(&mut self, user_key: &str) -> bool {
        self.revocations.remove(user_key).is_some()
    }

    /// Whether a user JWT for `user_key` issued at `iat` is revoked.
    pub fn is_revoked(&self, user_key: &str, iat: i64) -> bool {
        [user_key, REVOKE_ALL]
            .iter()
            .any(|k| self.revocations.get(*k).is_some_and(|ts| iat <= *ts))
    }
}

impl ClaimBody for Account {
    typed_claim_body!(ACCOUNT_CLAIM, KeyKind::Account);
    fn prepare_for_encode(&mut self) {
        self.common.stamp(ACCOUNT_CLAIM);
        self.exports.sort_by(|a, b| a.subject.cmp(&b.subject));
        self.imports.sort_by(|a, b| a.subject.cmp(&b.subject));
        self.signing_keys.sort_by(|a, b| a.key().cmp(b.key()));
        self.signing_keys.dedup_by(|a, b| a.key() == b.key());
    }
    fn validate(&self) -> Result<()> {
        for e in &self.exports {
            validate_subject(&e.subject)
                .map_err(|err| Error::invalid_claims(format!("export {:?}: {err}", e.name)))?;
            if e.export_type == ExportType::Stream && e.response_type.is_some() {
                return Err(Error::invalid_claims(format!(
                    "export {:?}: response_type is only valid for services",
                    e.subject
                )));
            }
            if e.account_token_position > 0 {
                let tok = e
                    .subject
                    .split('.')
                    .nth(e.account_token_position as usize - 1);
                if tok != Some("*") {
                    return Err(Error::invalid_claims(format!(
                        "export {:?}: account_token_position {} must point at a '*'",
                        e.subject, e.account_token_position
                    )));
                }
            }
        }
        for i in &self.imports {
            validate_subject(&i.subject)
                .map_err(|err| Error::invalid_claims(format!("import {:?}: {err}", i.name)))?;
            validate_key("import account", &i.account, KeyKind::Account)?;
        }
        for k in &self.signing_keys {
            validate_key("account signing key", k.key(), KeyKind::Account)?;
        }
        for k in self.revocations.keys() {
            if k != REVOKE_ALL {
                super::keys::require_public_key("revocation", k, &[KeyKind::User])?;
            }
        }
        validate_permission(&self.default_permissions.publish, false)?;
        validate_permission(&self.default_permissions.subscribe, true)?;
        let l = &self.limits;
        if !l.tiered_limits.is_empty() {
            if l.jetstream != JetStreamLimits::default() {
                return Err(Error::invalid_claims(
                    "JetStream limits and tiered JetStream limits are mutually exclusive",
                ));
            }
            if l.tiered_limits.contains_key("") {
                return Err(Error::invalid_claims(
                    "tiered JetStream limits cannot contain an empty tier name",
                ));
            }
        }
        if l.imports >= 0 && self.imports.len() as i64 > l.imports {
            return Err(Error::invalid_claims(
                "the account contains more imports than its limit",
            ));
        }
        if l.exports >= 0 && self.exports.len() as i64 > l.exports {
            return Err(Error::invalid_claims(
                "the account contains more exports than its limit",
            ));
        }
        for (from, to) in &self.mappings {
            validate_subject(from)?;
            let mut per_cluster: BTreeMap<&str, u32> = BTreeMap::new();
            for m in to {
                validate_subject(&m.subject)?;
                if m.weight > 100 {
                    return Err(Error::invalid_claims(format!(
                        "mapping {from:?}: weight {} is above 100",
                        m.weight
                    )));
                }
                *per_cluster.entry(&m.cluster).or_default() += u32::from(m.effective_weight());
            }
            if per_cluster.values().any(|w| *w > 100) {
                return Err(Error::invalid_claims(format!(
                    "mapping {from:?}: the weights of its destinations add up to more than 100 (per cluster)"
                )));
            }
        }
        Ok(())
    }
}

/// Account JWT claims.
pub type AccountClaims = Claims<Account>;

impl Claims<Account> {
    /// New account claims for `account_key` with Go/nsc defaults (all limits
    /// `-1`, wildcards allowed, JetStream disabled).
    pub fn new(account_key: impl Into<String>, name: impl Into<String>) -> Self {
        Self::with_body(account_key, name, Account::default())
    }
}

// ---------------------------------------------------------------------------
// User
// ---------------------------------------------------------------------------

/// `nats` object of a user JWT (Go `User`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct User {
    /// Permissions and limits (flattened: `pub`, `sub`, `resp`, `src`, …).
    #[serde(flatten)]
    pub limits: UserPermissionLimits,
    /// Account public key when signed by an account signing key.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer_account: String,
    /// Tags, `type` and `version`.
    #[serde(flatten)]
    pub common: CommonFields,
    /// Unknown fields, preserved.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for User {
    /// Unlimited user (`subs/data/payload = -1`).
    fn default() -> Self {
        User {
            limits: UserPermissionLimits::unlimited(),
            issuer_account: String::new(),
            common: CommonFields::new(USER_CLAIM),
            extra: Map::new(),
        }
    }
}

impl ClaimBody for User {
    typed_claim_body!(USER_CLAIM, KeyKind::User);
    fn prepare_for_encode(&mut self) {
        self.common.stamp(USER_CLAIM);
    }
    fn validate(&self) -> Result<()> {
        if !self.issuer_account.is_empty() {
            validate_key("issuer_account", &self.issuer_account, KeyKind::Account)?;
        }
        validate_user_limits(&self.limits)
    }
}

/// User JWT claims.
pub type UserClaims = Claims<User>;

impl Claims<User> {
    /// New unlimited user claims for `user_key` (`subs/data/payload = -1`).
    pub fn new(user_key: impl Into<String>, name: impl Into<String>) -> Self {
        Self::with_body(user_key, name, User::default())
    }

    /// New user claims for a user signed by a *scoped* signing key: no
    /// permissions or limits at all (the scope template applies), and
    /// `issuer_account` set to `account_key`.
    pub fn new_scoped(
        user_key: impl Into<String>,
        name: impl Into<String>,
        account_key: impl Into<String>,
    ) -> Self {
        let mut c = Self::new(user_key, name);
        c.nats.limits = UserPermissionLimits::empty();
        c.nats.issuer_account = account_key.into();
        c
    }

    /// The account this user belongs to: `issuer_account`, else `iss`.
    pub fn account(&self) -> &str {
        issuing_account(&self.nats.issuer_account, &self.iss)
    }
}

// ---------------------------------------------------------------------------
// Activation
// ---------------------------------------------------------------------------

/// `nats` object of an activation JWT (Go `Activation`): the token an
/// exporting account gives an importing account for a private export. The
/// JWT's `sub` is the importing account, `iss` the exporting account (or one
/// of its signing keys, then with `issuer_account`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Activation {
    /// The exported subject this activation grants.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// `"stream"` or `"service"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ExportType>,
    /// Exporting account when signed by one of its signing keys.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub issuer_account: String,
    /// Tags, `type` and `version`.
    #[serde(flatten)]
    pub common: CommonFields,
    /// Unknown fields, preserved.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for Activation {
    fn default() -> Self {
        Activation {
            subject: String::new(),
            kind: None,
            issuer_account: String::new(),
            common: CommonFields::new(ACTIVATION_CLAIM),
            extra: Map::new(),
        }
    }
}

impl ClaimBody for Activation {
    typed_claim_body!(ACTIVATION_CLAIM, KeyKind::Account);
    fn prepare_for_encode(&mut self) {
        self.common.stamp(ACTIVATION_CLAIM);
    }
    fn validate(&self) -> Result<()> {
        validate_subject(&self.subject)?;
        if self.kind.is_none() {
            return Err(Error::invalid_claims(
                "an activation needs a kind (stream or service)",
            ));
        }
        if !self.issuer_account.is_empty() {
            validate_key("issuer_account", &self.issuer_account, KeyKind::Account)?;
        }
        Ok(())
    }
}

/// Activation JWT claims.
pub type ActivationClaims = Claims<Activation>;

impl Claims<Activation> {
    /// An activation letting `importer` (an account public key) import
    /// `subject` of kind `kind`.
    pub fn new(importer: impl Into<String>, subject: impl Into<String>, kind: ExportType) -> Self {
        let body = Activation {
            subject: subject.into(),
            kind: Some(kind),
            ..Activation::default()
        };
        Self::with_body(importer, "", body)
    }

    /// The exporting account: `issuer_account`, else `iss`.
    pub fn exporter(&self) -> &str {
        issuing_account(&self.nats.issuer_account, &self.iss)
    }
}

// ---------------------------------------------------------------------------
// Generic
// ---------------------------------------------------------------------------

/// `nats` object of a generic claim: a map emitted with sorted keys (Go
/// `map[string]interface{}`), e.g. `{"accounts":[…],"version":2}` for a
/// `$SYS.REQ.CLAIMS.DELETE` request.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Generic(pub BTreeMap<String, Value>);

impl ClaimBody for Generic {
    const CLAIM_TYPE: Option<&'static str> = None;
    const NAME: &'static str = "generic";
    fn subject_kind() -> Option<KeyKind> {
        None
    }
    fn claim_type_str(&self) -> &str {
        self.0.get("type").and_then(Value::as_str).unwrap_or("")
    }
    fn version(&self) -> i64 {
        self.0.get("version").and_then(Value::as_i64).unwrap_or(0)
    }
    fn prepare_for_encode(&mut self) {
        self.0.insert("version".into(), Value::from(LIB_VERSION));
    }
}

/// Generic JWT claims.
pub type GenericClaims = Claims<Generic>;

impl Claims<Generic> {
    /// The body of a `$SYS.REQ.CLAIMS.DELETE` request: self-signed by an
    /// operator key (`sub` = `iss` = `operator_key`), `nats.accounts` = the
    /// accounts to delete, no `type`, no `name` (what nats-server's full resolver accepts
    /// on that subject).
    pub fn delete_accounts(operator_key: impl Into<String>, accounts: &[String]) -> Result<Self> {
        if accounts.is_empty() {
            return Err(Error::invalid_claims(
                "delete request needs at least one account",
            ));
        }
        for a in accounts {
            validate_key("account to delete", a, KeyKind::Account)?;
        }
        let mut body = BTreeMap::new();
        body.insert(
            "accounts".to_string(),
            Value::Array(accounts.iter().cloned().map(Value::String).collect()),
        );
        Ok(Self::with_body(operator_key, "", Generic(body)))
    }

    /// `nats.accounts` of a delete request, if well-formed.
    pub fn accounts(&self) -> Option<Vec<String>> {
        self.nats.0.get("accounts")?.as_array().map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
    }
}

/// Check that a subject/public key has an acceptable kind for the claim body `N`.
pub(crate) fn check_subject<N: ClaimBody>(sub: &str) -> Result<()> {
    if sub.is_empty() {
        return Err(Error::MissingClaim("sub"));
    }
    match N::subject_kind() {
        Some(kind) => validate_key(&format!("{} JWT subject", N::NAME), sub, kind),
        None => parse_public_key(sub).map(|_| ()).map_err(|e| match e {
            Error::InvalidKey { reason, .. } => Error::InvalidKey {
                what: "JWT subject".into(),
                reason,
            },
            other => other,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_unlimited() {
        let a = AccountClaims::new("A", "a");
        assert_eq!(a.nats.limits.conn, -1);
        assert_eq!(a.nats.limits.subs, -1);
        assert!(a.nats.limits.wildcards);
        assert!(!a.nats.limits.jetstream_enabled());
        let u = UserClaims::new("U", "u");
        assert_eq!(
            (
                u.nats.limits.subs,
                u.nats.limits.data,
                u.nats.limits.payload
            ),
            (-1, -1, -1)
        );
        assert_eq!(UserPermissionLimits::default().subs, -1);
        assert_eq!(OperatorLimits::default().leaf, -1);
    }

    #[test]
    fn absent_limits_decode_as_zero_like_go() {
        let u: User =
            serde_json::from_str(r#"{"pub":{},"sub":{},"type":"user","version":2}"#).unwrap();
        assert_eq!(u.limits.subs, 0);
        assert!(u.limits.is_empty());
        let a: Account = serde_json::from_str(r#"{"type":"account","version":2}"#).unwrap();
        assert_eq!(a.limits, OperatorLimits::zero());
    }

    #[test]
    fn unknown_fields_are_kept_in_order() {
        let src = r#"{"pub":{},"sub":{},"subs":-1,"data":-1,"payload":-1,"type":"user","version":2,"future_field":{"x":1}}"#;
        let u: User = serde_json::from_str(src).unwrap();
        assert_eq!(u.extra.get("future_field").unwrap()["x"], 1);
        assert_eq!(serde_json::to_string(&u).unwrap(), src);
    }

    #[test]
    fn src_accepts_comma_string() {
        let u: User =
            serde_json::from_str(r#"{"src":"127.0.0.1/32, 10.0.0.0/8","type":"user"}"#).unwrap();
        assert_eq!(u.limits.src, vec!["127.0.0.1/32", "10.0.0.0/8"]);
    }

    #[test]
    fn scope_template_defaults_to_unlimited() {
        let sk: SigningKey =
            serde_json::from_str(r#"{"kind":"user_scope","key":"AX","role":"r","template":{"pub":{"allow":["svc.>"]},"sub":{}}}"#)
                .unwrap();
        let s = sk.scope().unwrap();
        assert_eq!(s.template.subs, -1);
        assert_eq!(s.template.publish.allow, vec!["svc.>"]);
        assert!(serde_json::from_str::<SigningKey>("42").is_err());
    }

    #[test]
    fn revocations() {
        let mut a = Account::default();
        a.revoke_at("U1", 100);
        a.revoke_at("U1", 50);
        assert_eq!(a.revocations["U1"], 100);
        assert!(a.is_revoked("U1", 100));
        assert!(!a.is_revoked("U1", 101));
        a.revoke_at(REVOKE_ALL, 10);
        assert!(a.is_revoked("U2", 9));
        assert!(a.clear_revocation("U1"));
    }

    #[test]
    fn tags_are_normalized() {
        let mut t = Vec::new();
        add_tag(&mut t, " Team-A ");
        add_tag(&mut t, "team-a");
        add_tag(&mut t, "  ");
        assert_eq!(t, vec!["team-a"]);
        remove_tag(&mut t, "TEAM-A");
        assert!(t.is_empty());
    }

    #[test]
    fn subjects() {
        assert!(validate_subject("a.b.>").is_ok());
        for bad in ["", "a b", ".a", "a.", "a..b"] {
            assert!(validate_subject(bad).is_err(), "{bad}");
        }
        let p = Permission {
            allow: vec!["q.* workers".into()],
            deny: vec![],
        };
        assert!(validate_permission(&p, true).is_ok());
        assert!(validate_permission(&p, false).is_err());
    }
}
