//! `jwt import-nsc`: read an nsc store (`<stores>/<operator>/<operator>.jwt`,
//! `accounts/<name>/<name>.jwt`, `accounts/<name>/users/<user>.jwt`, and seeds in nsc's key
//! directory as `keys/<kind>/<2 chars>/<public key>.nk`) into the pbctl store.

use super::JwtCommandContext;
use crate::error::{Error, Result};
use crate::jwt_store::{OperatorStore, validate_name};
use crate::nats::claims::{Account, Operator, User};
use crate::nats::jwt::{VerifyOptions, decode};
use crate::nats::keys::KeyPair;
use crate::output::{Column, Output};
use clap::Args;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Import an nsc store: operators, accounts, users and their keys
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "DIR is nsc's stores directory [default: $XDG_DATA_HOME/nats/nsc/stores, or ~/.nsc/nats];\nkeys come from --keys [default: $NKEYS_PATH, else $XDG_DATA_HOME/nats/nsc/keys, or ~/.nkeys].\nJWTs are imported as they are (not re-signed); existing entries are skipped unless --overwrite.\n\nExamples:\n  pbctl jwt import-nsc\n  pbctl jwt import-nsc ~/.local/share/nats/nsc/stores --keys ~/.local/share/nats/nsc/keys"
)]
pub struct ImportNscArgs {
    /// nsc stores directory (or one operator's directory)
    pub dir: Option<PathBuf>,
    /// nsc key store directory
    #[arg(long, value_name = "DIR")]
    pub keys: Option<PathBuf>,
    /// Replace entries that already exist in the store
    #[arg(long)]
    pub overwrite: bool,
}

fn env_dir(var: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

fn home() -> PathBuf {
    env_dir("HOME").unwrap_or_else(|| PathBuf::from("."))
}

fn data_home() -> PathBuf {
    env_dir("XDG_DATA_HOME").unwrap_or_else(|| home().join(".local").join("share"))
}

fn default_stores() -> PathBuf {
    let modern = data_home().join("nats").join("nsc").join("stores");
    let legacy = home().join(".nsc").join("nats");
    if !modern.is_dir() && legacy.is_dir() {
        legacy
    } else {
        modern
    }
}

fn default_keys() -> PathBuf {
    if let Some(p) = env_dir("NKEYS_PATH") {
        return p;
    }
    let modern = data_home().join("nats").join("nsc").join("keys");
    let legacy = home().join(".nkeys");
    if !modern.is_dir() && legacy.is_dir() {
        legacy
    } else {
        modern
    }
}

/// `keys/<K>/<2 chars>/<PUB>.nk` (nsc ≥ 2), or `<PUB>.nk` directly in the directory.
fn nsc_key(keys: &Path, public_key: &str) -> Option<KeyPair> {
    let first = public_key.get(0..1)?;
    let shard = public_key.get(1..3)?;
    let candidates = [
        keys.join("keys")
            .join(first)
            .join(shard)
            .join(format!("{public_key}.nk")),
        keys.join(format!("{public_key}.nk")),
    ];
    for p in candidates {
        if let Ok(text) = std::fs::read_to_string(&p) {
            let seed = text
                .lines()
                .map(str::trim)
                .find(|l| l.starts_with('S'))
                .unwrap_or("");
            if let Ok(kp) = KeyPair::from_seed(seed)
                && kp.public_key() == public_key
            {
                return Some(kp);
            }
        }
    }
    None
}

fn read_jwt(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok().map(|s| {
        let t = s.trim();
        if t.contains("-----BEGIN") {
            t.lines()
                .map(str::trim)
                .find(|l| l.starts_with("eyJ"))
                .unwrap_or("")
                .to_string()
        } else {
            t.to_string()
        }
    })
}

fn subdirs(p: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(p)
        .map(|rd| {
            rd.flatten()
                .filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

struct Importer<'a> {
    cx: &'a JwtCommandContext<'a>,
    keys: PathBuf,
    overwrite: bool,
    rows: Vec<Value>,
    keys_imported: usize,
}

impl Importer<'_> {
    fn key(&mut self, public_key: &str) -> Result<bool> {
        if self.cx.store.has_key(public_key) {
            return Ok(true);
        }
        match nsc_key(&self.keys, public_key) {
            Some(kp) => {
                self.cx.store.save_key(&kp)?;
                self.keys_imported += 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn row(&mut self, kind: &str, name: &str, key: &str, status: &str, seed: bool) {
        self.rows.push(
            json!({"kind": kind, "name": name, "publicKey": key, "status": status, "seed": seed}),
        );
    }

    fn operator(&mut self, dir: &Path, name: &str) -> Result<()> {
        let opts = VerifyOptions::ignore_time();
        let Some(token) = read_jwt(&dir.join(format!("{name}.jwt"))) else {
            return Ok(());
        };
        let oc = decode::<Operator>(&token, &opts)
            .map_err(|e| Error::failed(format!("nsc operator {name}: {e}")))?;
        validate_name("operator", name)?;
        let store = &self.cx.store;
        let op = match store.operator(Some(name)) {
            Ok(existing) => {
                let (_, cur) = existing.operator_claims()?;
                if cur.sub != oc.sub {
                    return Err(Error::failed(format!(
                        "operator \"{name}\" already exists in the store with another key ({})",
                        cur.sub
                    ))
                    .hint("import into a separate store with --store DIR"));
                }
                existing
            }
            Err(_) => store.create_operator(name)?,
        };
        let _lock = op.lock()?;
        let exists = op.operator_path().exists();
        let mut seed = self.key(&oc.sub)?;
        for k in &oc.nats.signing_keys {
            seed &= self.key(k)?;
        }
        if !exists || self.overwrite {
            op.write_operator(&token)?;
            self.row("operator", name, &oc.sub, "imported", seed);
        } else {
            self.row("operator", name, &oc.sub, "exists", seed);
        }
        for acc in subdirs(&dir.join("accounts")) {
            self.account(&op, &dir.join("accounts").join(&acc), &acc)?;
        }
        Ok(())
    }

    fn account(&mut self, op: &OperatorStore, dir: &Path, name: &str) -> Result<()> {
        let opts = VerifyOptions::ignore_time();
        let Some(token) = read_jwt(&dir.join(format!("{name}.jwt"))) else {
            return Ok(());
        };
        if validate_name("account", name).is_err() {
            self.row("account", name, "", "skipped: invalid name", false);
            return Ok(());
        }
        let ac = match decode::<Account>(&token, &opts) {
            Ok(a) => a,
            Err(e) => {
                self.row("account", name, "", &format!("skipped: {e}"), false);
                return Ok(());
            }
        };
        let mut seed = self.key(&ac.sub)?;
        for sk in &ac.nats.signing_keys {
            seed &= self.key(sk.key())?;
        }
        if !op.has_account(name) || self.overwrite {
            op.write_account(name, &token)?;
            self.row("account", name, &ac.sub, "imported", seed);
        } else {
            self.row("account", name, &ac.sub, "exists", seed);
        }
        let users_dir = dir.join("users");
        let mut users: Vec<String> = std::fs::read_dir(&users_dir)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter_map(|n| n.strip_suffix(".jwt").map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        users.sort();
        for u in users {
            let label = format!("{name}/{u}");
            let Some(ut) = read_jwt(&users_dir.join(format!("{u}.jwt"))) else {
                continue;
            };
            if validate_name("user", &u).is_err() {
                self.row("user", &label, "", "skipped: invalid name", false);
                continue;
            }
            let uc = match decode::<User>(&ut, &opts) {
                Ok(c) => c,
                Err(e) => {
                    self.row("user", &label, "", &format!("skipped: {e}"), false);
                    continue;
                }
            };
            let seed = self.key(&uc.sub)?;
            if !op.has_user(name, &u) || self.overwrite {
                op.write_user(name, &u, &ut)?;
                self.row("user", &label, &uc.sub, "imported", seed);
            } else {
                self.row("user", &label, &uc.sub, "exists", seed);
            }
        }
        Ok(())
    }
}

pub fn import(cx: &JwtCommandContext, a: ImportNscArgs) -> Result<Output> {
    let dir = a.dir.clone().unwrap_or_else(default_stores);
    if !dir.is_dir() {
        return Err(
            Error::not_found(format!("nsc store {} not found", dir.display()))
                .hint("pass nsc's stores directory (see `nsc env`, \"Stores Dir\")"),
        );
    }
    let keys = a.keys.clone().unwrap_or_else(default_keys);
    let mut imp = Importer {
        cx,
        keys,
        overwrite: a.overwrite,
        rows: Vec::new(),
        keys_imported: 0,
    };
    let own_name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if dir.join(format!("{own_name}.jwt")).is_file() {
        imp.operator(&dir, &own_name)?;
    } else {
        for name in subdirs(&dir) {
            let d = dir.join(&name);
            if d.join(format!("{name}.jwt")).is_file() {
                imp.operator(&d, &name)?;
            }
        }
    }
    if imp.rows.is_empty() {
        return Err(
            Error::not_found(format!("no nsc operator found in {}", dir.display()))
                .hint("an nsc operator directory holds <NAME>/<NAME>.jwt"),
        );
    }
    let missing = imp.rows.iter().filter(|r| r["seed"] == false).count();
    cx.app.ui.status(format!(
        "Imported {} entries and {} keys from {}{}.",
        imp.rows
            .iter()
            .filter(|r| r["status"] == "imported")
            .count(),
        imp.keys_imported,
        dir.display(),
        if missing > 0 {
            format!(
                " ({missing} entries have no seed in {})",
                imp.keys.display()
            )
        } else {
            String::new()
        }
    ));
    Ok(Output::list(
        Value::Array(imp.rows),
        vec![
            Column::new("KIND", "kind"),
            Column::new("NAME", "name"),
            Column::new("STATUS", "status"),
            Column::new("SEED", "seed"),
            Column::wide("PUBLIC KEY", "publicKey"),
        ],
        "name",
    ))
}
