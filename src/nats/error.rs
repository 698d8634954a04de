//! The single error type of the [`crate::nats`] module.

use std::time::Duration;

/// Result alias used throughout [`crate::nats`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong while handling NATS keys, JWTs, creds files,
/// server configs and resolver requests.
///
/// Messages are written for humans (a CLI can print them as they are). No
/// variant ever carries a seed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    // ----- keys -----
    /// A string is not a valid nkey (bad length, bad base32, bad checksum, ...).
    #[error("invalid {what}: {reason}")]
    InvalidKey {
        /// What was being parsed ("seed", "public key", "issuer", ...).
        what: String,
        /// Why it was rejected.
        reason: String,
    },
    /// A valid nkey of the wrong kind (e.g. a user key where an account key is required).
    #[error("{what}: expected {expected}, got {found}")]
    WrongKeyKind {
        /// What was being checked.
        what: String,
        /// The accepted kinds, e.g. "an account key (A...)".
        expected: String,
        /// What was found, e.g. "a user key (U...)".
        found: String,
    },
    /// Signing failed (for example, the key pair has no seed).
    #[error("signing failed: {0}")]
    Sign(String),

    // ----- JWT -----
    /// The token is larger than the accepted maximum.
    #[error("JWT is too large: {size} bytes (maximum {max} bytes)")]
    TokenTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// Maximum accepted size in bytes.
        max: usize,
    },
    /// The token is not of the form `header.payload.signature`, or a part is empty/garbled.
    #[error("malformed JWT: {0}")]
    MalformedToken(String),
    /// A part of the token is not valid unpadded base64url.
    #[error("malformed JWT: {part} is not valid base64url: {reason}")]
    Base64 {
        /// "header", "payload" or "signature".
        part: &'static str,
        /// Decoder message.
        reason: String,
    },
    /// A part of the token is not the JSON we expect.
    #[error("malformed JWT: {part} is not valid JSON claims: {reason}")]
    Json {
        /// "header" or "payload".
        part: &'static str,
        /// Parser message.
        reason: String,
    },
    /// The header `alg` is not `ed25519-nkey` (or it is the legacy v1 `ed25519`).
    #[error("unsupported JWT algorithm {0:?} (expected \"ed25519-nkey\")")]
    UnsupportedAlgorithm(String),
    /// The header `typ` is not `JWT`.
    #[error("unsupported JWT header type {0:?} (expected \"JWT\")")]
    UnsupportedHeaderType(String),
    /// The token is a JWT v1 (or newer than v2), which this library does not handle.
    #[error("unsupported JWT claims version {found}: only version 2 is supported{hint}")]
    UnsupportedVersion {
        /// The version found in the token.
        found: i64,
        /// Extra explanation (may be empty).
        hint: &'static str,
    },
    /// The Ed25519 signature does not verify against the issuer key.
    #[error(
        "JWT signature verification failed (issuer {issuer}): the token was altered or not signed by its issuer"
    )]
    BadSignature {
        /// The `iss` claim.
        issuer: String,
    },
    /// The `jti` claim is not the hash of the standard claims.
    #[error(
        "JWT id (jti) mismatch: token has {found:?}, computed {expected:?} (token was altered or minted by a non-conforming tool)"
    )]
    JtiMismatch {
        /// Recomputed value.
        expected: String,
        /// Value in the token.
        found: String,
    },
    /// The claim type (`nats.type`) is not the one required.
    #[error("wrong JWT claim type: expected {expected}, found {found:?}")]
    WrongClaimType {
        /// Required type.
        expected: &'static str,
        /// Type found (empty if absent).
        found: String,
    },
    /// The token has expired (`exp` is in the past).
    #[error("JWT expired at {} (now {})", unix_time(*exp), unix_time(*now))]
    Expired {
        /// The `exp` claim.
        exp: i64,
        /// The time used for the check.
        now: i64,
    },
    /// The token is not valid yet (`nbf` is in the future).
    #[error("JWT not valid before {} (now {})", unix_time(*nbf), unix_time(*now))]
    NotYetValid {
        /// The `nbf` claim.
        nbf: i64,
        /// The time used for the check.
        now: i64,
    },
    /// A required claim (e.g. `sub`, `iss`) is missing or empty.
    #[error("JWT claim {0:?} is missing")]
    MissingClaim(&'static str),
    /// The issuer key kind is not allowed for this claim type.
    #[error("{claim} JWT may not be issued by {issuer} (allowed issuers: {allowed})")]
    IssuerNotAllowed {
        /// Claim type.
        claim: &'static str,
        /// The offending issuer.
        issuer: String,
        /// Human description of allowed issuers.
        allowed: &'static str,
    },
    /// The issuer is well-formed but not trusted by the parent entity.
    #[error("untrusted issuer for {subject}: {reason}")]
    UntrustedIssuer {
        /// Subject of the checked JWT.
        subject: String,
        /// Explanation.
        reason: String,
    },
    /// The claims are not valid for encoding (bad subject, invalid field, ...).
    #[error("invalid claims: {0}")]
    InvalidClaims(String),

    // ----- creds -----
    /// A creds file could not be parsed.
    #[error("invalid creds file: {0}")]
    Creds(String),
    /// The creds seed does not belong to the JWT subject.
    #[error(
        "creds seed does not match the JWT: seed is for {seed_public_key}, JWT subject is {jwt_subject}"
    )]
    CredsSeedMismatch {
        /// Public key derived from the seed.
        seed_public_key: String,
        /// `sub` of the JWT.
        jwt_subject: String,
    },

    // ----- server config -----
    /// The server config input is invalid.
    #[error("invalid server config input: {0}")]
    Config(String),

    // ----- resolver / NATS -----
    /// Connecting to NATS failed.
    #[error("cannot connect to NATS at {url}: {reason}")]
    Connect {
        /// Server URL(s).
        url: String,
        /// Client error message.
        reason: String,
    },
    /// A NATS operation (subscribe, publish, flush) failed.
    #[error("NATS {op} failed: {reason}")]
    Nats {
        /// Which operation.
        op: &'static str,
        /// Client error message.
        reason: String,
    },
    /// The server reported that nobody listens on the subject.
    #[error("no responders for {subject}: {hint}")]
    NoResponders {
        /// Request subject.
        subject: String,
        /// What usually causes this.
        hint: &'static str,
    },
    /// No server replied before the timeout.
    #[error("no reply on {subject} within {timeout:?}{}", fmt_server_errors(.server_errors))]
    NoReplies {
        /// Request subject.
        subject: String,
        /// How long we waited.
        timeout: Duration,
        /// Asynchronous errors (e.g. permission violations) the server sent meanwhile.
        server_errors: Vec<String>,
    },
    /// A reply could not be understood.
    #[error("unexpected reply on {subject}: {reason}")]
    InvalidReply {
        /// Request subject.
        subject: String,
        /// Explanation.
        reason: String,
    },
}

fn fmt_server_errors(errs: &[String]) -> String {
    if errs.is_empty() {
        String::new()
    } else {
        format!(" (server errors: {})", errs.join("; "))
    }
}

impl Error {
    pub(crate) fn invalid_claims(msg: impl Into<String>) -> Self {
        Error::InvalidClaims(msg.into())
    }
    pub(crate) fn creds(msg: impl Into<String>) -> Self {
        Error::Creds(msg.into())
    }
    pub(crate) fn config(msg: impl Into<String>) -> Self {
        Error::Config(msg.into())
    }
}

/// A claim time for messages: RFC 3339 in UTC, whatever `i64` a token carries (before
/// 1970 shows as the epoch, past year 9999 as "after 9999-12-31T23:59:59Z").
fn unix_time(unix: i64) -> String {
    const MAX_RFC3339: i64 = 253_402_300_799;
    if unix > MAX_RFC3339 {
        return "after 9999-12-31T23:59:59Z".to_string();
    }
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix.max(0) as u64);
    humantime::format_rfc3339_seconds(t).to_string()
}
