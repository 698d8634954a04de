//! The credential store: auth tokens live in the OS keyring (service `pbctl`,
//! one entry per context) or, as a fallback, in `credentials.yaml` (0600) beside the
//! config file. Every keyring call is limited to 3 seconds, because a locked Secret
//! Service can hang on an unlock prompt.

use crate::error::{Error, Result};
use crate::fsutil::{self, FileLock};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

const SERVICE: &str = "pbctl";
const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// Which store the user asked for (`preferences.credential-store`, `PBCTL_CREDENTIAL_STORE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorePref {
    Auto,
    Keyring,
    File,
}

impl StorePref {
    pub fn parse(s: &str) -> Result<StorePref> {
        match s {
            "auto" => Ok(StorePref::Auto),
            "keyring" => Ok(StorePref::Keyring),
            "file" => Ok(StorePref::File),
            other => Err(Error::usage(format!("invalid credential store {other:?}"))
                .hint("use one of: auto, keyring, file")),
        }
    }
}

/// Where a token actually is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    Keyring,
    File,
}

impl StoreKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StoreKind::Keyring => "keyring",
            StoreKind::File => "file",
        }
    }
    pub fn parse(s: &str) -> StoreKind {
        if s == "keyring" {
            StoreKind::Keyring
        } else {
            StoreKind::File
        }
    }
}

pub struct Credentials {
    file: PathBuf,
    pref: StorePref,
}

/// The outcome of [`Credentials::save`]: where the token went, and the warning to show
/// once when `auto` fell back to the file.
pub struct Saved {
    pub kind: StoreKind,
    pub warning: Option<String>,
}

/// No `Debug`: it holds tokens.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
struct CredentialsFile {
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

/// A fleet run reads the file once per context, and with a token per context its size
/// grows with the fleet: parse it once while its text is unchanged (a write by a token
/// refresh changes the text, so the next read parses again). Shared, not copied: each
/// context takes its one token from it.
fn parse_file(text: String) -> Result<Arc<CredentialsFile>> {
    static LAST: Mutex<Option<(String, Arc<CredentialsFile>)>> = Mutex::new(None);
    let mut last = LAST
        .lock()
        .map_err(|_| Error::failed("the credentials file's last reading was poisoned"))?;
    if let Some((seen, parsed)) = last.as_ref()
        && *seen == text
    {
        return Ok(parsed.clone());
    }
    let parsed = Arc::new(crate::yaml::from_str::<CredentialsFile>(&text)?);
    *last = Some((text, parsed.clone()));
    Ok(parsed)
}

impl Credentials {
    /// `config_file` is the config path; credentials.yaml lives beside it.
    pub fn new(config_file: &Path, pref: StorePref) -> Credentials {
        let dir = config_file.parent().unwrap_or(Path::new("."));
        Credentials {
            file: dir.join("credentials.yaml"),
            pref,
        }
    }

    pub fn file_path(&self) -> &Path {
        &self.file
    }

    /// Store a token. `keep`: the store that already holds this context's token (a
    /// refresh); with `auto` it is used again without probing, so the fallback warning is
    /// shown once, at login, not at every refresh.
    pub fn save(&self, context: &str, token: &str, keep: Option<StoreKind>) -> Result<Saved> {
        if self.pref == StorePref::Auto && keep == Some(StoreKind::File) {
            self.file_set(context, Some(token))?;
            return Ok(Saved {
                kind: StoreKind::File,
                warning: None,
            });
        }
        match self.pref {
            StorePref::File => {
                self.file_set(context, Some(token))?;
                Ok(Saved {
                    kind: StoreKind::File,
                    warning: None,
                })
            }
            StorePref::Keyring => {
                keyring_set(context, token).map_err(|e| {
                    Error::failed(format!("cannot store the token in the OS keyring: {e}"))
                        .hint("use `pbctl context set ...` or PBCTL_CREDENTIAL_STORE=file to store it in a file")
                })?;
                Ok(Saved {
                    kind: StoreKind::Keyring,
                    warning: None,
                })
            }
            StorePref::Auto => match keyring_set(context, token) {
                Ok(()) => {
                    // A stale file copy must not outlive a keyring update.
                    self.file_set(context, None)?;
                    Ok(Saved {
                        kind: StoreKind::Keyring,
                        warning: None,
                    })
                }
                Err(why) => {
                    // Said once: when the file starts holding tokens. Later logins
                    // find it in use (`context list -o wide` shows the store).
                    let first = self.read_file().map_or(true, |f| f.tokens.is_empty());
                    self.file_set(context, Some(token))?;
                    Ok(Saved {
                        kind: StoreKind::File,
                        warning: first.then(|| format!(
                            "the OS keyring is not available ({}); the token is stored in {} (mode 0600). \
                             Set PBCTL_CREDENTIAL_STORE=file (or preferences.credential-store: file) to skip the keyring",
                            short_reason(&why),
                            self.file.display()
                        )),
                    })
                }
            },
        }
    }

    pub fn load(&self, context: &str, kind: StoreKind) -> Result<Option<String>> {
        match kind {
            StoreKind::File => Ok(self.read_file()?.tokens.get(context).cloned()),
            StoreKind::Keyring => keyring_get(context).map_err(|e| {
                Error::auth(format!("cannot read the token from the OS keyring: {e}"))
                    .hint("log in again with `pbctl auth login`")
            }),
        }
    }

    /// Forget the token wherever it may be. Keyring failures are ignored: there may be
    /// no keyring at all.
    pub fn delete(&self, context: &str) -> Result<()> {
        if self.pref != StorePref::File {
            let _ = keyring_delete(context);
        }
        self.file_set(context, None)
    }

    fn read_file(&self) -> Result<Arc<CredentialsFile>> {
        if let Some(dir) = self.file.parent().filter(|d| !d.as_os_str().is_empty()) {
            fsutil::remove_stale_temps(dir);
        }
        match fsutil::read_optional(&self.file)? {
            None => Ok(Arc::default()),
            Some(text) if text.trim().is_empty() => Ok(Arc::default()),
            Some(text) => parse_file(text).map_err(|_| {
                Error::usage(format!("invalid credentials file {}", self.file.display()))
                    .hint("delete it and log in again")
            }),
        }
    }

    fn file_set(&self, context: &str, token: Option<&str>) -> Result<()> {
        let _lock = FileLock::acquire(&self.file)?;
        let mut creds = Arc::unwrap_or_clone(self.read_file()?);
        let changed = match token {
            Some(t) => creds.tokens.insert(context.into(), t.into()).as_deref() != Some(t),
            None => creds.tokens.remove(context).is_some(),
        };
        if changed {
            fsutil::write_atomic(&self.file, crate::yaml::to_string(&creds)?.as_bytes())?;
        }
        Ok(())
    }
}

/// Run a keyring call on its own thread and give up after 3 seconds.
fn with_keyring<T: Send + 'static>(
    call: impl FnOnce() -> keyring_core::Result<T> + Send + 'static,
) -> std::result::Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = (|| {
            if keyring_core::get_default_store().is_none() {
                keyring_core::set_default_store(default_store()?);
            }
            call()
        })();
        let _ = tx.send(result);
    });
    match rx.recv_timeout(KEYRING_TIMEOUT) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(short(&e.to_string())),
        Err(_) => Err("no answer within 3 s".into()),
    }
}

#[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
fn default_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(not(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd")))]
fn default_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
    Err(keyring_core::Error::NoDefaultStore)
}

/// The gist of a keyring failure, without the D-Bus internals.
fn short_reason(why: &str) -> &'static str {
    let lower = why.to_ascii_lowercase();
    if lower.contains("no answer") {
        "no answer within 3 s"
    } else if lower.contains("bus") || lower.contains("no such file") || lower.contains("platform")
    {
        "no Secret Service session"
    } else if lower.contains("denied") || lower.contains("locked") {
        "access denied or locked"
    } else {
        "unavailable"
    }
}

fn short(s: &str) -> String {
    let line = s.lines().next().unwrap_or(s);
    line.chars().take(160).collect()
}

fn keyring_set(context: &str, token: &str) -> std::result::Result<(), String> {
    let (context, token) = (context.to_string(), token.to_string());
    with_keyring(move || keyring_core::Entry::new(SERVICE, &context)?.set_password(&token))
}

fn keyring_get(context: &str) -> std::result::Result<Option<String>, String> {
    let context = context.to_string();
    with_keyring(
        move || match keyring_core::Entry::new(SERVICE, &context)?.get_password() {
            Ok(t) => Ok(Some(t)),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        },
    )
}

fn keyring_delete(context: &str) -> std::result::Result<(), String> {
    let context = context.to_string();
    with_keyring(
        move || match keyring_core::Entry::new(SERVICE, &context)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(e),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_store_round_trip_is_private() {
        let tmp = tempfile::tempdir().unwrap();
        let creds = Credentials::new(&tmp.path().join("config.yaml"), StorePref::File);
        let saved = creds.save("prod", "tok-1", None).unwrap();
        assert_eq!(saved.kind, StoreKind::File);
        assert_eq!(
            creds.load("prod", StoreKind::File).unwrap().as_deref(),
            Some("tok-1")
        );
        creds.delete("prod").unwrap();
        assert_eq!(creds.load("prod", StoreKind::File).unwrap(), None);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(creds.file_path())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
