//! The local key store of `pbctl jwt`: JWTs by name, keys by public key.
//!
//! ```text
//! <store>/<OPERATOR>/operator.jwt
//! <store>/<OPERATOR>/accounts/<ACCOUNT>/account.jwt
//! <store>/<OPERATOR>/accounts/<ACCOUNT>/users/<USER>.jwt
//! <store>/<OPERATOR>/store.lock             (exclusive lock taken by every write)
//! <store>/keys/<PUBLIC KEY>.nk               (the seed, mode 0600; directory 0700)
//! ```
//!
//! Every directory is created 0700 and every file 0600. Single writes are atomic
//! (temporary file, fsync, rename) and taken under the operator's lock, so concurrent
//! pbctl processes never lose an update. The bulk path ([`BulkWriter`]) writes user JWTs
//! with temp+rename and new seed/creds files directly, without one fsync per file, and
//! makes each batch durable with one `syncfs`: thousands of users per second instead of
//! a few hundred.
//! Nothing here prints or logs a seed.

use crate::error::{Error, Result};
use crate::fsutil::{FileLock, create_private_dir, read_optional, write_atomic};
use crate::nats::claims::{AccountClaims, OperatorClaims, UserClaims};
use crate::nats::jwt::{VerifyOptions, decode};
use crate::nats::keys::KeyPair;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Environment variable that overrides the store directory.
pub const STORE_ENV: &str = "PBCTL_JWT_STORE";
/// Environment variable that picks the operator when the store has several.
pub const OPERATOR_ENV: &str = "PBCTL_JWT_OPERATOR";

/// Names of operators, accounts and users: one safe path component.
pub fn validate_name(what: &str, name: &str) -> Result<()> {
    let bad = |why: &str| {
        Err(Error::usage(format!("invalid {what} name {name:?}: {why}"))
            .hint("use letters, digits, '.', '_', '-' and spaces; no '/', no leading '.'"))
    };
    if name.is_empty() {
        return bad("empty");
    }
    if name.len() > 128 {
        return bad("longer than 128 bytes");
    }
    if name.starts_with('.') || name.starts_with(' ') || name.ends_with(' ') {
        return bad("leading '.' or surrounding spaces");
    }
    if name
        .chars()
        .any(|c| c == '/' || c == '\\' || c.is_control() || c == ':')
    {
        return bad("contains '/', '\\', ':' or a control character");
    }
    Ok(())
}

/// Decode options for JWTs read from the store: everything but time (an expired
/// account is still an entry of the store; `jwt validate` reports it).
pub fn store_verify() -> VerifyOptions {
    VerifyOptions::ignore_time()
}

/// The whole store: operators and the shared key directory.
#[derive(Debug, Clone)]
pub struct Store {
    pub root: PathBuf,
}

impl Store {
    /// `--store DIR`, else `$PBCTL_JWT_STORE`, else `<data dir>/jwt`.
    pub fn open(flag: Option<&Path>) -> Store {
        let root = flag
            .map(Path::to_path_buf)
            .or_else(|| {
                std::env::var_os(STORE_ENV)
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            })
            .unwrap_or_else(|| crate::config::paths::data_dir().join("jwt"));
        Store { root }
    }

    pub fn keys_dir(&self) -> PathBuf {
        self.root.join("keys")
    }

    pub fn key_path(&self, public_key: &str) -> PathBuf {
        self.keys_dir().join(format!("{public_key}.nk"))
    }

    /// Operator names (directories holding an `operator.jwt`), sorted.
    pub fn operators(&self) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let entries = match fs::read_dir(&self.root) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => {
                return Err(Error::failed(format!(
                    "cannot read store {}: {e}",
                    self.root.display()
                )));
            }
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == "keys" || name.starts_with('.') {
                continue;
            }
            if entry.path().join("operator.jwt").is_file() {
                out.push(name);
            }
        }
        out.sort();
        Ok(out)
    }

    /// The operator to work on: `name` (flag or `$PBCTL_JWT_OPERATOR`), else the only
    /// one in the store.
    pub fn operator(&self, name: Option<&str>) -> Result<OperatorStore> {
        let env = crate::config::env_var(OPERATOR_ENV);
        let name = name.map(str::to_string).or(env);
        let ops = self.operators()?;
        let name = match name {
            Some(n) => {
                if !ops.contains(&n) {
                    return Err(Error::not_found(format!(
                        "operator \"{n}\" not found in store {}",
                        self.root.display()
                    ))
                    .hint(if ops.is_empty() {
                        "create one with `pbctl jwt init NAME`".to_string()
                    } else {
                        format!("operators in this store: {}", ops.join(", "))
                    }));
                }
                n
            }
            None => match ops.as_slice() {
                [] => {
                    return Err(Error::not_found(format!(
                        "no operator in store {}",
                        self.root.display()
                    ))
                    .hint("create one with `pbctl jwt init NAME`, or point --store / PBCTL_JWT_STORE at an existing store"));
                }
                [one] => one.clone(),
                many => {
                    return Err(Error::usage(format!(
                        "the store has several operators ({}); pick one",
                        many.join(", ")
                    ))
                    .hint("pass --operator NAME or set PBCTL_JWT_OPERATOR"));
                }
            },
        };
        Ok(OperatorStore {
            store: self.clone(),
            dir: self.root.join(&name),
            name,
        })
    }

    /// A new operator directory (fails if it exists).
    pub fn create_operator(&self, name: &str) -> Result<OperatorStore> {
        validate_name("operator", name)?;
        let dir = self.root.join(name);
        create_private_dir(&self.root)?;
        if dir.join("operator.jwt").exists() {
            return Err(Error::failed(format!(
                "operator \"{name}\" already exists in store {}",
                self.root.display()
            ))
            .hint("pick another name, or use --store for a separate store"));
        }
        create_private_dir(&dir)?;
        Ok(OperatorStore {
            store: self.clone(),
            dir,
            name: name.to_string(),
        })
    }

    /// Save a key's seed as `keys/<PUB>.nk` (0600), atomically. Existing keys are kept.
    pub fn save_key(&self, kp: &KeyPair) -> Result<()> {
        let path = self.key_path(kp.public_key());
        if path.exists() {
            return Ok(());
        }
        let seed = kp.seed()?;
        write_atomic(&path, format!("{}\n", seed.expose_secret()).as_bytes())
    }

    /// Load a key pair by public key; `None` when the store does not have its seed.
    pub fn load_key(&self, public_key: &str) -> Result<Option<KeyPair>> {
        if public_key.contains('/') || public_key.contains('.') {
            return Ok(None);
        }
        let Some(text) = read_optional(&self.key_path(public_key))? else {
            return Ok(None);
        };
        let kp = KeyPair::from_seed(text.trim())
            .map_err(|e| Error::failed(format!("key file for {public_key} is invalid: {e}")))?;
        if kp.public_key() != public_key {
            return Err(Error::failed(format!(
                "key file {} holds the seed of {}, not of {public_key}",
                self.key_path(public_key).display(),
                kp.public_key()
            )));
        }
        Ok(Some(kp))
    }

    pub fn has_key(&self, public_key: &str) -> bool {
        self.key_path(public_key).is_file()
    }

    /// A key that must be present (to sign with it).
    pub fn require_key(&self, public_key: &str, what: &str) -> Result<KeyPair> {
        self.load_key(public_key)?.ok_or_else(|| {
            Error::failed(format!(
                "the seed of {what} {public_key} is not in the key store {}",
                self.keys_dir().display()
            ))
            .hint("import it with `pbctl jwt import-nsc`, or copy its .nk file into the key directory")
        })
    }
}

/// One operator's directory.
#[derive(Debug, Clone)]
pub struct OperatorStore {
    pub store: Store,
    pub dir: PathBuf,
    pub name: String,
}

fn read_jwt(path: &Path, what: impl FnOnce() -> Error) -> Result<String> {
    match read_optional(path)? {
        Some(s) => Ok(s.trim().to_string()),
        None => Err(what()),
    }
}

/// Directory entries that are directories, sorted by name.
fn sorted_dirs(dir: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    match fs::read_dir(dir) {
        Ok(entries) => {
            for e in entries.flatten() {
                if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                    let n = e.file_name().to_string_lossy().into_owned();
                    if !n.starts_with('.') {
                        out.push(n);
                    }
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(Error::failed(format!("cannot read {}: {e}", dir.display())));
        }
    }
    out.sort();
    Ok(out)
}

impl OperatorStore {
    /// Exclusive lock for read-modify-write of this operator's files.
    pub fn lock(&self) -> Result<FileLock> {
        FileLock::acquire(&self.dir.join("store"))
    }

    pub fn operator_path(&self) -> PathBuf {
        self.dir.join("operator.jwt")
    }
    pub fn account_dir(&self, account: &str) -> PathBuf {
        self.dir.join("accounts").join(account)
    }
    pub fn account_path(&self, account: &str) -> PathBuf {
        self.account_dir(account).join("account.jwt")
    }
    pub fn users_dir(&self, account: &str) -> PathBuf {
        self.account_dir(account).join("users")
    }
    pub fn user_path(&self, account: &str, user: &str) -> PathBuf {
        self.users_dir(account).join(format!("{user}.jwt"))
    }

    pub fn operator_jwt(&self) -> Result<String> {
        read_jwt(&self.operator_path(), || {
            Error::not_found(format!("operator \"{}\" has no operator.jwt", self.name))
        })
    }

    pub fn operator_claims(&self) -> Result<(String, OperatorClaims)> {
        let jwt = self.operator_jwt()?;
        let claims = decode(&jwt, &store_verify())
            .map_err(|e| Error::failed(format!("operator \"{}\": {e}", self.name)))?;
        Ok((jwt, claims))
    }

    pub fn write_operator(&self, jwt: &str) -> Result<()> {
        write_atomic(&self.operator_path(), format!("{jwt}\n").as_bytes())
    }

    pub fn accounts(&self) -> Result<Vec<String>> {
        let mut names = sorted_dirs(&self.dir.join("accounts"))?;
        names.retain(|n| self.account_path(n).is_file());
        Ok(names)
    }

    pub fn has_account(&self, account: &str) -> bool {
        self.account_path(account).is_file()
    }

    pub fn account_jwt(&self, account: &str) -> Result<String> {
        validate_name("account", account)?;
        read_jwt(&self.account_path(account), || {
            Error::not_found(format!(
                "account \"{account}\" not found (operator \"{}\")",
                self.name
            ))
            .hint("list accounts with `pbctl jwt account list`")
        })
    }

    pub fn account_claims(&self, account: &str) -> Result<(String, AccountClaims)> {
        let jwt = self.account_jwt(account)?;
        let claims = decode(&jwt, &store_verify())
            .map_err(|e| Error::failed(format!("account \"{account}\": {e}")))?;
        Ok((jwt, claims))
    }

    pub fn write_account(&self, account: &str, jwt: &str) -> Result<()> {
        validate_name("account", account)?;
        write_atomic(&self.account_path(account), format!("{jwt}\n").as_bytes())
    }

    pub fn remove_account(&self, account: &str) -> Result<()> {
        let dir = self.account_dir(account);
        fs::remove_dir_all(&dir)
            .map_err(|e| Error::failed(format!("cannot remove {}: {e}", dir.display())))
    }

    pub fn users(&self, account: &str) -> Result<Vec<String>> {
        let dir = self.users_dir(account);
        let mut out = Vec::new();
        match fs::read_dir(&dir) {
            Ok(entries) => {
                for e in entries.flatten() {
                    let n = e.file_name().to_string_lossy().into_owned();
                    if n.starts_with('.') {
                        continue;
                    }
                    if let Some(stem) = n.strip_suffix(".jwt") {
                        out.push(stem.to_string());
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::failed(format!("cannot read {}: {e}", dir.display())));
            }
        }
        out.sort();
        Ok(out)
    }

    pub fn has_user(&self, account: &str, user: &str) -> bool {
        self.user_path(account, user).is_file()
    }

    pub fn user_jwt(&self, account: &str, user: &str) -> Result<String> {
        validate_name("user", user)?;
        read_jwt(&self.user_path(account, user), || {
            Error::not_found(format!(
                "user \"{user}\" not found in account \"{account}\""
            ))
            .hint(format!(
                "list users with `pbctl jwt user list --account {account}`"
            ))
        })
    }

    pub fn user_claims(&self, account: &str, user: &str) -> Result<(String, UserClaims)> {
        let jwt = self.user_jwt(account, user)?;
        let claims = decode(&jwt, &store_verify())
            .map_err(|e| Error::failed(format!("user \"{user}\": {e}")))?;
        Ok((jwt, claims))
    }

    pub fn write_user(&self, account: &str, user: &str, jwt: &str) -> Result<()> {
        validate_name("user", user)?;
        write_atomic(
            &self.user_path(account, user),
            format!("{jwt}\n").as_bytes(),
        )
    }

    pub fn remove_user(&self, account: &str, user: &str) -> Result<()> {
        let p = self.user_path(account, user);
        fs::remove_file(&p)
            .map_err(|e| Error::failed(format!("cannot remove {}: {e}", p.display())))
    }
}

/// Fast writes for many new files: temp file + rename (readers never see a partial
/// file), no fsync per file; [`BulkWriter::sync`] makes everything written so far durable
/// at once.
pub struct BulkWriter {
    dirs: std::sync::Mutex<std::collections::BTreeSet<PathBuf>>,
}

impl Default for BulkWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl BulkWriter {
    pub fn new() -> BulkWriter {
        BulkWriter {
            dirs: std::sync::Mutex::new(Default::default()),
        }
    }

    /// Make sure `dir` exists (0700). Call once per directory before [`BulkWriter::write`].
    pub fn prepare_dir(&self, dir: &Path) -> Result<()> {
        create_private_dir(dir)?;
        crate::fsutil::remove_stale_temps(dir);
        if let Ok(mut d) = self.dirs.lock() {
            d.insert(dir.to_path_buf());
        }
        Ok(())
    }

    /// Write `bytes` to `path` (0600) via a temporary file in the same directory, renamed
    /// over `path` (an existing symlink is replaced, never followed).
    pub fn write(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        let fail =
            |e: std::io::Error| Error::failed(format!("cannot write {}: {e}", path.display()));
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut tmp = crate::fsutil::temp_file_in(dir).map_err(fail)?;
        tmp.write_all(bytes).map_err(fail)?;
        tmp.persist(path).map_err(|e| fail(e.error))?;
        Ok(())
    }

    /// Create a **new** file `path` (0600, `O_EXCL|O_NOFOLLOW`) and write `bytes`, without
    /// a temporary file: for files nobody reads before the batch is finished (seeds
    /// addressed by a fresh public key, creds files in an output directory). Fails if
    /// anything exists at `path`, a symlink included.
    pub fn write_new(&self, path: &Path, bytes: &[u8]) -> Result<()> {
        let fail =
            |e: std::io::Error| Error::failed(format!("cannot write {}: {e}", path.display()));
        let mut f = crate::fsutil::create_new_private(path).map_err(fail)?;
        f.write_all(bytes).map_err(|e| {
            let _ = fs::remove_file(path);
            fail(e)
        })
    }

    /// Flush everything written so far to disk: one `syncfs` of the file system (Linux),
    /// then an fsync of every directory touched. Call it once a batch.
    pub fn sync(&self) -> Result<()> {
        let dirs: Vec<PathBuf> = self
            .dirs
            .lock()
            .map(|d| d.iter().cloned().collect())
            .unwrap_or_default();
        #[cfg(target_os = "linux")]
        if let Some(first) = dirs.first()
            && let Ok(f) = fs::File::open(first)
        {
            use std::os::fd::AsRawFd;
            // SAFETY: syncfs only reads the file descriptor, which stays open meanwhile.
            let rc = unsafe { libc::syncfs(f.as_raw_fd()) };
            if rc != 0 {
                return Err(Error::failed(format!(
                    "syncfs failed: {}",
                    std::io::Error::last_os_error()
                )));
            }
        }
        for d in &dirs {
            if let Ok(f) = fs::File::open(d) {
                let _ = f.sync_all();
            }
        }
        Ok(())
    }
}
