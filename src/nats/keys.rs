//! NKeys helpers: thin, typed wrappers over the [`nkeys`] crate.
//!
//! Only the three identity kinds used by decentralized auth are handled:
//! operator (`O…`, seed `SO…`), account (`A…`, seed `SA…`) and user (`U…`,
//! seed `SU…`). Public keys are 56 characters, seeds 58.
//!
//! Seeds are secrets: [`KeyPair`] and [`Seed`] never print a seed through
//! `Debug`, and neither implements `Display`.

use std::fmt;

use super::error::{Error, Result};

/// Length of an encoded public nkey.
pub const PUBLIC_KEY_LEN: usize = 56;
/// Length of an encoded seed.
pub const SEED_LEN: usize = 58;

const PREFIX_BYTE_OPERATOR: u8 = 14 << 3;
const PREFIX_BYTE_ACCOUNT: u8 = 0;
const PREFIX_BYTE_USER: u8 = 20 << 3;

/// The kind of an identity nkey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyKind {
    /// Operator key: public `O…`, seed `SO…`.
    Operator,
    /// Account key: public `A…`, seed `SA…`.
    Account,
    /// User key: public `U…`, seed `SU…`.
    User,
}

impl KeyKind {
    /// First character of a public key of this kind (`O`, `A`, `U`).
    pub fn public_prefix(self) -> char {
        match self {
            KeyKind::Operator => 'O',
            KeyKind::Account => 'A',
            KeyKind::User => 'U',
        }
    }

    /// First two characters of a seed of this kind (`SO`, `SA`, `SU`).
    pub fn seed_prefix(self) -> &'static str {
        match self {
            KeyKind::Operator => "SO",
            KeyKind::Account => "SA",
            KeyKind::User => "SU",
        }
    }

    /// Lower-case name: "operator", "account" or "user".
    pub fn name(self) -> &'static str {
        match self {
            KeyKind::Operator => "operator",
            KeyKind::Account => "account",
            KeyKind::User => "user",
        }
    }

    /// Human description used in error messages, e.g. `an account key (A...)`.
    pub fn describe(self) -> String {
        let article = if self == KeyKind::User { "a" } else { "an" };
        format!(
            "{article} {} key ({}...)",
            self.name(),
            self.public_prefix()
        )
    }

    fn from_prefix_byte(b: u8) -> Option<KeyKind> {
        match b {
            PREFIX_BYTE_OPERATOR => Some(KeyKind::Operator),
            PREFIX_BYTE_ACCOUNT => Some(KeyKind::Account),
            PREFIX_BYTE_USER => Some(KeyKind::User),
            _ => None,
        }
    }

    fn nkeys_type(self) -> nkeys::KeyPairType {
        match self {
            KeyKind::Operator => nkeys::KeyPairType::Operator,
            KeyKind::Account => nkeys::KeyPairType::Account,
            KeyKind::User => nkeys::KeyPairType::User,
        }
    }
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

fn describe_prefix(s: &str) -> String {
    match s.chars().next() {
        Some('O') => "an operator key (O...)".into(),
        Some('A') => "an account key (A...)".into(),
        Some('U') => "a user key (U...)".into(),
        Some('N') => "a server key (N...)".into(),
        Some('C') => "a cluster key (C...)".into(),
        Some('X') => "a curve key (X...)".into(),
        Some('S') => "a seed (S...), not a public key".into(),
        Some(c) => format!("a key starting with {c:?}"),
        None => "an empty string".into(),
    }
}

fn expected_list(kinds: &[KeyKind]) -> String {
    let v: Vec<String> = kinds.iter().map(|k| k.describe()).collect();
    v.join(" or ")
}

/// An encoded nkey seed (`SO…`/`SA…`/`SU…`). Secret: `Debug` is redacted and
/// there is no `Display`; use [`Seed::expose_secret`] to get the text.
#[derive(Clone, PartialEq, Eq)]
pub struct Seed(String);

impl Seed {
    /// Parse and validate a seed (checksum, prefix, kind). Surrounding
    /// whitespace is ignored.
    pub fn parse(seed: &str) -> Result<Seed> {
        let kp = KeyPair::from_seed(seed)?;
        kp.seed()
    }

    /// The seed text. Handle with care.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    /// The kind of key this seed belongs to.
    pub fn kind(&self) -> KeyKind {
        match self.0.as_bytes().get(1) {
            Some(b'O') => KeyKind::Operator,
            Some(b'A') => KeyKind::Account,
            _ => KeyKind::User,
        }
    }
}

impl fmt::Debug for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Seed({}…<redacted>)", self.0.get(..2).unwrap_or("S?"))
    }
}

/// An operator, account or user key pair (seed-backed or public-only).
#[derive(Clone)]
pub struct KeyPair {
    kind: KeyKind,
    public: String,
    inner: nkeys::KeyPair,
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyPair")
            .field("kind", &self.kind)
            .field("public_key", &self.public)
            .field("has_seed", &self.has_seed())
            .finish()
    }
}

impl KeyPair {
    /// Generate a fresh random key pair of the given kind.
    pub fn generate(kind: KeyKind) -> KeyPair {
        Self::wrap(kind, nkeys::KeyPair::new(kind.nkeys_type()))
    }

    /// Create a new operator key pair.
    pub fn new_operator() -> KeyPair {
        Self::generate(KeyKind::Operator)
    }
    /// Create a new account key pair.
    pub fn new_account() -> KeyPair {
        Self::generate(KeyKind::Account)
    }
    /// Create a new user key pair.
    pub fn new_user() -> KeyPair {
        Self::generate(KeyKind::User)
    }

    /// Deterministically build a key pair from 32 raw Ed25519 seed bytes
    /// (useful for tests and for importing raw keys).
    pub fn from_raw_seed(kind: KeyKind, raw: [u8; 32]) -> Result<KeyPair> {
        let inner = nkeys::KeyPair::new_from_raw(kind.nkeys_type(), raw).map_err(|e| {
            Error::InvalidKey {
                what: "raw seed".into(),
                reason: e.to_string(),
            }
        })?;
        Ok(Self::wrap(kind, inner))
    }

    fn wrap(kind: KeyKind, inner: nkeys::KeyPair) -> KeyPair {
        KeyPair {
            kind,
            public: inner.public_key(),
            inner,
        }
    }

    /// Parse an operator, account or user seed. Surrounding whitespace is ignored.
    pub fn from_seed(seed: &str) -> Result<KeyPair> {
        let seed = seed.trim();
        let invalid = |reason: String| Error::InvalidKey {
            what: "seed".into(),
            reason,
        };
        if seed.len() != SEED_LEN {
            return Err(invalid(format!(
                "expected {SEED_LEN} characters, got {}",
                seed.len()
            )));
        }
        if !seed.starts_with('S') {
            return Err(invalid(format!(
                "a seed starts with 'S' (SO/SA/SU), this is {}",
                describe_prefix(seed)
            )));
        }
        let (type_byte, raw) = nkeys::decode_seed(seed).map_err(|e| invalid(e.to_string()))?;
        let kind = KeyKind::from_prefix_byte(type_byte).ok_or_else(|| {
            invalid(format!(
                "unsupported seed type {:?} (only SO, SA and SU seeds are supported)",
                seed.get(..2).unwrap_or("")
            ))
        })?;
        Self::from_raw_seed(kind, raw)
    }

    /// Parse a seed and require it to be of `kind`.
    pub fn from_seed_of(kind: KeyKind, seed: &str) -> Result<KeyPair> {
        let kp = Self::from_seed(seed)?;
        if kp.kind != kind {
            return Err(Error::WrongKeyKind {
                what: "seed".into(),
                expected: format!("{} seed ({}...)", kind.name(), kind.seed_prefix()),
                found: format!("{} seed ({}...)", kp.kind.name(), kp.kind.seed_prefix()),
            });
        }
        Ok(kp)
    }

    /// A public-only key pair (can verify, cannot sign).
    pub fn from_public_key(public_key: &str) -> Result<KeyPair> {
        let kind = parse_public_key(public_key)?;
        let inner =
            nkeys::KeyPair::from_public_key(public_key.trim()).map_err(|e| Error::InvalidKey {
                what: "public key".into(),
                reason: e.to_string(),
            })?;
        Ok(Self::wrap(kind, inner))
    }

    /// Kind of this key.
    pub fn kind(&self) -> KeyKind {
        self.kind
    }

    /// Encoded public key (`O…`/`A…`/`U…`).
    pub fn public_key(&self) -> &str {
        &self.public
    }

    /// Whether this key pair holds a seed (can sign).
    pub fn has_seed(&self) -> bool {
        self.inner.seed().is_ok()
    }

    /// The encoded seed. Fails for public-only key pairs.
    pub fn seed(&self) -> Result<Seed> {
        self.inner
            .seed()
            .map(Seed)
            .map_err(|_| Error::Sign(format!("key {} has no seed", self.public)))
    }

    /// Sign `data` with Ed25519. Fails for public-only key pairs.
    pub fn sign(&self, data: &[u8]) -> Result<Vec<u8>> {
        self.inner
            .sign(data)
            .map_err(|e| Error::Sign(format!("{} ({})", e, self.public)))
    }

    /// Verify an Ed25519 signature made by this key.
    pub fn verify(&self, data: &[u8], signature: &[u8]) -> Result<()> {
        self.inner
            .verify(data, signature)
            .map_err(|_| Error::BadSignature {
                issuer: self.public.clone(),
            })
    }

    /// The underlying [`nkeys::KeyPair`] (e.g. to sign a connect nonce).
    pub fn as_nkeys(&self) -> &nkeys::KeyPair {
        &self.inner
    }
}

/// Validate an encoded public key (length, base32, checksum) and return its kind.
/// Only operator, account and user keys are accepted.
pub fn parse_public_key(public_key: &str) -> Result<KeyKind> {
    let invalid = |reason: String| Error::InvalidKey {
        what: "public key".into(),
        reason,
    };
    if public_key.len() != PUBLIC_KEY_LEN {
        return Err(invalid(format!(
            "expected {PUBLIC_KEY_LEN} characters, got {}{}",
            public_key.len(),
            if public_key.starts_with('S') {
                " (this looks like a seed)"
            } else {
                ""
            }
        )));
    }
    let (prefix, _) = nkeys::from_public_key(public_key).map_err(|e| invalid(e.to_string()))?;
    KeyKind::from_prefix_byte(prefix).ok_or_else(|| {
        invalid(format!(
            "{} is not an operator, account or user key",
            describe_prefix(public_key)
        ))
    })
}

/// Validate a public key and require one of `allowed` kinds. `what` names the
/// value in the error message (e.g. "system account").
pub fn require_public_key(what: &str, public_key: &str, allowed: &[KeyKind]) -> Result<KeyKind> {
    let kind = parse_public_key(public_key).map_err(|e| match e {
        Error::InvalidKey { reason, .. } => Error::InvalidKey {
            what: what.to_string(),
            reason,
        },
        other => other,
    })?;
    if allowed.contains(&kind) {
        Ok(kind)
    } else {
        Err(Error::WrongKeyKind {
            what: what.to_string(),
            expected: expected_list(allowed),
            found: kind.describe(),
        })
    }
}

/// True if `s` is a valid public key of `kind`.
pub fn is_public_key_of(s: &str, kind: KeyKind) -> bool {
    matches!(parse_public_key(s), Ok(k) if k == kind)
}

/// True if `s` is a valid operator public key (`O…`).
pub fn is_operator_key(s: &str) -> bool {
    is_public_key_of(s, KeyKind::Operator)
}
/// True if `s` is a valid account public key (`A…`).
pub fn is_account_key(s: &str) -> bool {
    is_public_key_of(s, KeyKind::Account)
}
/// True if `s` is a valid user public key (`U…`).
pub fn is_user_key(s: &str) -> bool {
    is_public_key_of(s, KeyKind::User)
}

/// Verify an Ed25519 `signature` of `data` by the public key `public_key`.
pub fn verify(public_key: &str, data: &[u8], signature: &[u8]) -> Result<()> {
    KeyPair::from_public_key(public_key)?.verify(data, signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generate_and_roundtrip_all_kinds() {
        for kind in [KeyKind::Operator, KeyKind::Account, KeyKind::User] {
            let kp = KeyPair::generate(kind);
            assert_eq!(kp.public_key().len(), PUBLIC_KEY_LEN);
            assert!(kp.public_key().starts_with(kind.public_prefix()));
            let seed = kp.seed().unwrap();
            assert_eq!(seed.expose_secret().len(), SEED_LEN);
            assert!(seed.expose_secret().starts_with(kind.seed_prefix()));
            assert_eq!(seed.kind(), kind);
            let again = KeyPair::from_seed(seed.expose_secret()).unwrap();
            assert_eq!(again.public_key(), kp.public_key());
            assert_eq!(again.kind(), kind);
            assert_eq!(parse_public_key(kp.public_key()).unwrap(), kind);
            let sig = kp.sign(b"hello").unwrap();
            verify(kp.public_key(), b"hello", &sig).unwrap();
            assert!(matches!(
                verify(kp.public_key(), b"hellO", &sig),
                Err(Error::BadSignature { .. })
            ));
        }
    }

    #[test]
    fn debug_never_prints_seed() {
        let kp = KeyPair::new_user();
        let seed = kp.seed().unwrap();
        let d1 = format!("{kp:?}");
        let d2 = format!("{seed:?}");
        assert!(!d1.contains(seed.expose_secret()));
        assert!(!d2.contains(seed.expose_secret()));
        assert!(!d2.contains(&seed.expose_secret()[2..10]));
    }

    #[test]
    fn wrong_prefixes_are_rejected() {
        let user = KeyPair::new_user();
        let err =
            require_public_key("account", user.public_key(), &[KeyKind::Account]).unwrap_err();
        assert!(err.to_string().contains("expected an account key"), "{err}");
        let seed = user.seed().unwrap();
        let err = KeyPair::from_seed_of(KeyKind::Account, seed.expose_secret()).unwrap_err();
        assert!(err.to_string().contains("expected account seed"), "{err}");
        // A seed where a public key is expected.
        assert!(parse_public_key(seed.expose_secret()).is_err());
        // A public key where a seed is expected.
        assert!(KeyPair::from_seed(user.public_key()).is_err());
        // Server keys are not accepted.
        let server = nkeys::KeyPair::new_server();
        let err = parse_public_key(&server.public_key()).unwrap_err();
        assert!(err.to_string().contains("server key"), "{err}");
        let err = KeyPair::from_seed(&server.seed().unwrap()).unwrap_err();
        assert!(err.to_string().contains("unsupported seed type"), "{err}");
    }

    #[test]
    fn checksum_and_garbage() {
        let kp = KeyPair::new_account();
        let mut pk = kp.public_key().to_string();
        let last = pk.pop().unwrap();
        pk.push(if last == 'A' { 'B' } else { 'A' });
        assert!(parse_public_key(&pk).is_err());
        for junk in [
            "",
            "A",
            "ä".repeat(28).as_str(),
            "é".repeat(29).as_str(),
            &"!".repeat(56),
            &"S".repeat(58),
            &"A".repeat(55),
        ] {
            assert!(parse_public_key(junk).is_err());
            assert!(KeyPair::from_seed(junk).is_err());
        }
    }

    #[test]
    fn public_only_cannot_sign() {
        let kp = KeyPair::new_operator();
        let pubonly = KeyPair::from_public_key(kp.public_key()).unwrap();
        assert!(!pubonly.has_seed());
        assert!(pubonly.sign(b"x").is_err());
        assert!(pubonly.seed().is_err());
    }

    #[test]
    fn seed_whitespace_is_trimmed() {
        let kp = KeyPair::new_user();
        let s = format!("  {}\n", kp.seed().unwrap().expose_secret());
        assert_eq!(
            KeyPair::from_seed(&s).unwrap().public_key(),
            kp.public_key()
        );
    }
}
