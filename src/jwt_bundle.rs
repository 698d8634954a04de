//! Encrypted key bundles of the `pbctl jwt` store (`jwt keys export|import`): one
//! operator's JWTs and seeds in a single file, to back a store up or move it (or some of
//! its accounts) to another machine.
//!
//! The file is an [age](https://age-encryption.org) file encrypted with a passphrase
//! (scrypt recipient), so `age -d` can open it too. Inside is one JSON document:
//!
//! ```text
//! {"format":"pbctl-jwt-bundle","version":1,
//!  "operator":{"name":"acme","jwt":"eyJ…"},
//!  "accounts":[{"name":"app","jwt":"eyJ…","users":[{"name":"alice","jwt":"eyJ…"}]}],
//!  "keys":[{"publicKey":"A…","seed":"SA…"}]}
//! ```
//!
//! Only the ciphertext is ever written: no seed reaches the disk or the output in the
//! clear. Importing decrypts and checks everything (every JWT decodes and is signed, every
//! seed matches its public key, nothing conflicts with the store) before the first file
//! is written, so a wrong passphrase or a damaged file leaves the store untouched.

use crate::error::{Error, Result};
use crate::jwt_store::{OperatorStore, Store, store_verify, validate_name};
use crate::nats::claims::{Account, Operator, User};
use crate::nats::jwt::decode;
use crate::nats::keys::KeyPair;
use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use zeroize::Zeroizing;

/// `format` of the JSON inside the age file.
pub const FORMAT: &str = "pbctl-jwt-bundle";
/// `version` of the JSON inside the age file.
pub const VERSION: u32 = 1;

/// The decrypted content of a bundle.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    pub format: String,
    pub version: u32,
    pub operator: Entry,
    #[serde(default)]
    pub accounts: Vec<AccountEntry>,
    #[serde(default)]
    pub keys: Vec<KeyEntry>,
}

/// A named JWT.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub name: String,
    pub jwt: String,
}

/// An account and its users.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccountEntry {
    pub name: String,
    pub jwt: String,
    #[serde(default)]
    pub users: Vec<Entry>,
}

/// A seed and its public key.
#[derive(Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyEntry {
    pub public_key: String,
    pub seed: String,
}

impl std::fmt::Debug for KeyEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyEntry({}, seed redacted)", self.public_key)
    }
}

impl Drop for KeyEntry {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.seed);
    }
}

/// What an export or import covered.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub operator: String,
    pub accounts: Vec<String>,
    pub users: usize,
    pub keys: usize,
    /// Entries already in the store with the same content (import).
    pub unchanged: usize,
}

/// Collect one operator's JWTs and the seeds the store has for them. With `accounts`
/// non-empty, only those accounts (and their users) are taken, and the operator's own
/// seeds are left out (the bundle hands accounts over without the power to sign new
/// accounts).
pub fn collect(op: &OperatorStore, accounts: &[String]) -> Result<Bundle> {
    let store = &op.store;
    let (op_jwt, oc) = op.operator_claims()?;
    let mut keys: BTreeMap<String, KeyEntry> = BTreeMap::new();
    let mut add_key = |public: &str| -> Result<()> {
        if keys.contains_key(public) {
            return Ok(());
        }
        if let Some(kp) = store.load_key(public)? {
            let seed = kp.seed()?;
            keys.insert(
                public.to_string(),
                KeyEntry {
                    public_key: public.to_string(),
                    seed: seed.expose_secret().to_string(),
                },
            );
        }
        Ok(())
    };
    let names = if accounts.is_empty() {
        add_key(&oc.sub)?;
        for k in &oc.nats.signing_keys {
            add_key(k)?;
        }
        op.accounts()?
    } else {
        for a in accounts {
            if !op.has_account(a) {
                return Err(Error::not_found(format!("account \"{a}\" not found"))
                    .hint("list accounts with `pbctl jwt account list`"));
            }
        }
        accounts.to_vec()
    };
    let mut out = Vec::new();
    for name in names {
        let (jwt, ac) = op.account_claims(&name)?;
        add_key(&ac.sub)?;
        for sk in &ac.nats.signing_keys {
            add_key(sk.key())?;
        }
        let mut users = Vec::new();
        for u in op.users(&name)? {
            let (ujwt, uc) = op.user_claims(&name, &u)?;
            add_key(&uc.sub)?;
            users.push(Entry { name: u, jwt: ujwt });
        }
        out.push(AccountEntry { name, jwt, users });
    }
    Ok(Bundle {
        format: FORMAT.into(),
        version: VERSION,
        operator: Entry {
            name: op.name.clone(),
            jwt: op_jwt,
        },
        accounts: out,
        keys: keys.into_values().collect(),
    })
}

impl Bundle {
    pub fn summary(&self) -> Summary {
        Summary {
            operator: self.operator.name.clone(),
            accounts: self.accounts.iter().map(|a| a.name.clone()).collect(),
            users: self.accounts.iter().map(|a| a.users.len()).sum(),
            keys: self.keys.len(),
            unchanged: 0,
        }
    }
}

/// Encrypt a bundle with `passphrase` (age, scrypt).
pub fn seal(bundle: &Bundle, passphrase: &str) -> Result<Vec<u8>> {
    if passphrase.is_empty() {
        return Err(Error::usage("the passphrase is empty"));
    }
    let plain = Zeroizing::new(
        serde_json::to_vec(bundle)
            .map_err(|e| Error::failed(format!("cannot serialize the bundle: {e}")))?,
    );
    let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
    age::encrypt(&recipient, &plain).map_err(|e| Error::failed(format!("encryption failed: {e}")))
}

/// Decrypt and parse a bundle. A wrong passphrase is an auth error (exit 4).
pub fn open(ciphertext: &[u8], passphrase: &str) -> Result<Bundle> {
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
    let plain = Zeroizing::new(age::decrypt(&identity, ciphertext).map_err(|e| {
        use age::DecryptError as D;
        match e {
            D::DecryptionFailed | D::KeyDecryptionFailed | D::NoMatchingKeys => {
                Error::auth("cannot decrypt the key bundle: wrong passphrase")
            }
            D::ExcessiveWork { .. } => Error::failed(format!(
                "cannot decrypt the key bundle: {e} (it was encrypted on a much faster machine)"
            )),
            other => Error::failed(format!("not a pbctl key bundle, or a damaged one: {other}"))
                .hint("bundles are written by `pbctl jwt keys export`"),
        }
    })?);
    let bundle: Bundle = serde_json::from_slice(&plain).map_err(|e| {
        Error::failed(format!(
            "the key bundle decrypted, but its content is not a pbctl key bundle: {e}"
        ))
    })?;
    if bundle.format != FORMAT || bundle.version > VERSION {
        return Err(Error::failed(format!(
            "unsupported key bundle (format {:?}, version {}); this pbctl reads {FORMAT} version {VERSION}",
            bundle.format, bundle.version
        )));
    }
    Ok(bundle)
}

/// One file the import will write.
enum Write {
    Operator(String),
    Account(String, String),
    User(String, String, String),
    Key(Box<KeyPair>),
}

/// Write a bundle into `store`. Everything is checked first; entries that exist with
/// the same content are skipped; an entry that exists with other content is an error
/// unless `overwrite`. Returns what was imported.
pub fn import(store: &Store, bundle: &Bundle, overwrite: bool) -> Result<Summary> {
    let name = &bundle.operator.name;
    validate_name("operator", name)?;
    let oc = decode::<Operator>(&bundle.operator.jwt, &store_verify())
        .map_err(|e| Error::failed(format!("bundle: operator \"{name}\": {e}")))?;
    let mut plan = Vec::new();
    let mut summary = bundle.summary();
    let existing = store.operators()?.contains(name);
    let op = if existing {
        let op = store.operator(Some(name))?;
        let (cur, cur_claims) = op.operator_claims()?;
        if cur_claims.sub != oc.sub {
            return Err(Error::failed(format!(
                "the store already has an operator \"{name}\" with another key ({}, the bundle has {})",
                cur_claims.sub, oc.sub
            ))
            .hint("import into another store with --store DIR"));
        }
        if cur != bundle.operator.jwt {
            if cur_claims.iat > oc.iat && !overwrite {
                summary.unchanged += 1;
            } else {
                plan.push(Write::Operator(bundle.operator.jwt.clone()));
            }
        } else {
            summary.unchanged += 1;
        }
        Some(op)
    } else {
        plan.push(Write::Operator(bundle.operator.jwt.clone()));
        None
    };
    let mut conflicts = Vec::new();
    for a in &bundle.accounts {
        validate_name("account", &a.name)?;
        let ac = decode::<Account>(&a.jwt, &store_verify())
            .map_err(|e| Error::failed(format!("bundle: account \"{}\": {e}", a.name)))?;
        let current = match &op {
            Some(op) if op.has_account(&a.name) => Some(op.account_claims(&a.name)?),
            _ => None,
        };
        match current {
            Some((jwt, _)) if jwt == a.jwt => summary.unchanged += 1,
            Some((_, cur)) if cur.sub != ac.sub || !overwrite => {
                conflicts.push(format!("account \"{}\"", a.name))
            }
            _ => plan.push(Write::Account(a.name.clone(), a.jwt.clone())),
        }
        for u in &a.users {
            validate_name("user", &u.name)?;
            decode::<User>(&u.jwt, &store_verify()).map_err(|e| {
                Error::failed(format!(
                    "bundle: user \"{}\" of \"{}\": {e}",
                    u.name, a.name
                ))
            })?;
            let current = match &op {
                Some(op) if op.has_user(&a.name, &u.name) => Some(op.user_jwt(&a.name, &u.name)?),
                _ => None,
            };
            match current {
                Some(jwt) if jwt == u.jwt => summary.unchanged += 1,
                Some(_) if !overwrite => {
                    conflicts.push(format!("user \"{}\" of account \"{}\"", u.name, a.name))
                }
                _ => plan.push(Write::User(a.name.clone(), u.name.clone(), u.jwt.clone())),
            }
        }
    }
    if !conflicts.is_empty() {
        return Err(Error::failed(format!(
            "the store already has other versions of: {}; nothing was imported",
            conflicts.join(", ")
        ))
        .hint("pass --overwrite to replace them (accounts must keep their public key)"));
    }
    for k in &bundle.keys {
        let kp = KeyPair::from_seed(&k.seed).map_err(|e| {
            Error::failed(format!(
                "bundle: the seed for {} is invalid: {e}",
                k.public_key
            ))
        })?;
        if kp.public_key() != k.public_key {
            return Err(Error::failed(format!(
                "bundle: the seed listed for {} belongs to {}",
                k.public_key,
                kp.public_key()
            )));
        }
        if store.has_key(&k.public_key) {
            summary.unchanged += 1;
        } else {
            plan.push(Write::Key(Box::new(kp)));
        }
    }

    // Everything checked: write, under the operator's lock.
    let op = match op {
        Some(op) => op,
        None => store.create_operator(name)?,
    };
    let _lock = op.lock()?;
    for w in plan {
        match w {
            Write::Operator(jwt) => op.write_operator(&jwt)?,
            Write::Account(a, jwt) => op.write_account(&a, &jwt)?,
            Write::User(a, u, jwt) => op.write_user(&a, &u, &jwt)?,
            Write::Key(kp) => store.save_key(&kp)?,
        }
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Bundle {
        let kp = KeyPair::new_user();
        let seed = kp.seed().unwrap().expose_secret().to_string();
        Bundle {
            format: FORMAT.into(),
            version: VERSION,
            operator: Entry {
                name: "acme".into(),
                jwt: "x".into(),
            },
            accounts: vec![],
            keys: vec![KeyEntry {
                public_key: kp.public_key().to_string(),
                seed,
            }],
        }
    }

    #[test]
    fn seal_and_open() {
        let b = sample();
        let sealed = seal(&b, "correct horse").unwrap();
        let seed = &b.keys[0].seed;
        assert!(
            !sealed.windows(seed.len()).any(|w| w == seed.as_bytes()),
            "no plaintext seed in the bundle"
        );
        assert!(sealed.starts_with(b"age-encryption.org/v1\n"));
        let back = open(&sealed, "correct horse").unwrap();
        assert_eq!(back.keys[0].seed, *seed);
        let e = open(&sealed, "wrong").unwrap_err();
        assert_eq!(e.exit_code(), 4, "{}", e.message);
        assert_eq!(open(b"garbage", "x").unwrap_err().exit_code(), 1);
        assert!(format!("{:?}", back.keys[0]).contains("redacted"));
    }
}
