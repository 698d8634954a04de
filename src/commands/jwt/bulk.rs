//! `jwt user add --from FILE`: many users in one process, signed on every core, written
//! without one fsync per file (one syncfs at the end), under one store lock.

use super::JwtCommandContext;
use super::sign::{account_signer, sign_user};
use super::user::{UserAddArgs, UserPermArgs, apply_perms, resolve_account};
use crate::commands::nats_flags::{ExpiryFlag, SubjectPermissionFlags, UserLimitFlags};
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, check_destination};
use crate::jwt_store::{BulkWriter, validate_name};
use crate::nats::claims::{AccountClaims, UserClaims};
use crate::nats::creds::format_user_creds_unchecked;
use crate::nats::keys::KeyPair;
use crate::output::{Column, Output};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// One user of a bulk file. snake_case keys; kebab-case aliases are accepted too.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub name: String,
    #[serde(default)]
    pub account: Option<String>,
    #[serde(default, alias = "allow-pub")]
    pub allow_pub: StrList,
    #[serde(default, alias = "allow-sub")]
    pub allow_sub: StrList,
    #[serde(default, alias = "deny-pub")]
    pub deny_pub: StrList,
    #[serde(default, alias = "deny-sub")]
    pub deny_sub: StrList,
    #[serde(default, alias = "allow-pubsub")]
    pub allow_pubsub: StrList,
    #[serde(default, alias = "allow-pub-response")]
    pub allow_pub_response: Option<i64>,
    #[serde(default, alias = "response-ttl")]
    pub response_ttl: Option<String>,
    #[serde(default)]
    pub expiry: Option<String>,
    #[serde(default)]
    pub bearer: Option<bool>,
    #[serde(default, alias = "tag")]
    pub tags: StrList,
    #[serde(default, alias = "source-network", alias = "src")]
    pub source_network: StrList,
    #[serde(default, alias = "conn-type", alias = "conn_types")]
    pub conn_type: StrList,
    #[serde(default)]
    pub subs: Option<i64>,
    #[serde(default)]
    pub data: Option<i64>,
    #[serde(default)]
    pub payload: Option<i64>,
}

/// A list of strings, or one string.
#[derive(Debug, Default, Clone)]
pub struct StrList(pub Vec<String>);

impl<'de> Deserialize<'de> for StrList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum One {
            S(String),
            L(Vec<String>),
        }
        Ok(match One::deserialize(d)? {
            One::S(s) => StrList(vec![s]),
            One::L(l) => StrList(l),
        })
    }
}

/// Parse JSON lines, a JSON array, or a YAML list.
pub fn parse_entries(text: &str) -> Result<Vec<Entry>> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        return serde_json::from_str(trimmed)
            .map_err(|e| Error::usage(format!("invalid JSON list of users: {e}")));
    }
    let first = trimmed.lines().next().unwrap_or("").trim_start();
    if first.starts_with('-') || first.starts_with("---") {
        return crate::yaml::from_str::<Vec<Entry>>(text)
            .map_err(|e| e.context("invalid YAML list of users"));
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let e: Entry = serde_json::from_str(line)
            .map_err(|e| Error::usage(format!("line {}: invalid user JSON: {e}", i + 1)))?;
        out.push(e);
    }
    Ok(out)
}

impl Entry {
    /// The entry's permissions merged with the command-line ones.
    fn perms(&self, cli: &UserPermArgs) -> UserPermArgs {
        let cat = |a: &StrList, b: &Vec<String>| {
            let mut v = b.clone();
            v.extend(a.0.iter().cloned());
            v
        };
        UserPermArgs {
            subjects: SubjectPermissionFlags {
                allow_pub: cat(&self.allow_pub, &cli.subjects.allow_pub),
                allow_sub: cat(&self.allow_sub, &cli.subjects.allow_sub),
                deny_pub: cat(&self.deny_pub, &cli.subjects.deny_pub),
                deny_sub: cat(&self.deny_sub, &cli.subjects.deny_sub),
            },
            allow_pubsub: cat(&self.allow_pubsub, &cli.allow_pubsub),
            allow_pub_response: self.allow_pub_response.or(cli.allow_pub_response),
            response_ttl: self.response_ttl.clone().or(cli.response_ttl.clone()),
            expiry: ExpiryFlag {
                expiry: self.expiry.clone().or(cli.expiry.expiry.clone()),
            },
            bearer: self.bearer.or(cli.bearer),
            tag: cat(&self.tags, &cli.tag),
            source_network: cat(&self.source_network, &cli.source_network),
            conn_type: cat(&self.conn_type, &cli.conn_type),
            limits: UserLimitFlags {
                subs: self.subs.or(cli.limits.subs),
                data: self.data.or(cli.limits.data),
                payload: self.payload.or(cli.limits.payload),
            },
            window: cli.window.clone(),
        }
    }
}

struct Prepared {
    account: String,
    name: String,
    claims: UserClaims,
}

struct AccountCtx {
    claims: AccountClaims,
    signer: KeyPair,
    issuer_account: bool,
}

pub fn user_add_bulk(cx: &JwtCommandContext, a: UserAddArgs) -> Result<Output> {
    if a.signing_key.is_some() {
        return Err(Error::usage(
            "--signing-key is for one user; with --from every user is signed by the account's signing key",
        ));
    }
    let started = std::time::Instant::now();
    let from = a.from.clone().unwrap_or_default();
    let text = if from == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        s
    } else {
        std::fs::read_to_string(&from)
            .map_err(|e| Error::usage(format!("cannot read {from}: {e}")))?
    };
    let entries = parse_entries(&text)?;
    if entries.is_empty() {
        return Err(Error::usage(format!("{from}: no users")));
    }
    let op = cx.op()?;
    let default_account = match &a.account {
        Some(acc) => Some(resolve_account(&op, Some(acc))?),
        None if entries.iter().any(|e| e.account.is_none()) => Some(resolve_account(&op, None)?),
        None => None,
    };

    // Validate everything before writing anything.
    let mut prepared = Vec::with_capacity(entries.len());
    let mut seen = HashSet::new();
    for (i, e) in entries.iter().enumerate() {
        let account = e
            .account
            .clone()
            .or_else(|| default_account.clone())
            .unwrap_or_default();
        let at = |err: Error| err.context(format!("{from}: user #{} ({:?})", i + 1, e.name));
        validate_name("user", &e.name).map_err(at)?;
        if !seen.insert((account.clone(), e.name.clone())) {
            return Err(at(Error::usage("listed twice")));
        }
        // Placeholder subject: the key is generated on the signing threads.
        let mut claims = UserClaims::new("", &e.name);
        apply_perms(&mut claims, &e.perms(&a.perms)).map_err(at)?;
        prepared.push(Prepared {
            account,
            name: e.name.clone(),
            claims,
        });
    }

    let expired = prepared
        .iter()
        .filter(|p| super::sign::is_past(p.claims.exp))
        .count();
    if expired > 0 {
        cx.app.ui.warn(format!(
            "{expired} user(s) have an expiry that is already past: servers will refuse them"
        ));
    }

    let _lock = op.lock()?;
    let (_, oc) = op.operator_claims()?;
    let mut accounts: BTreeMap<String, AccountCtx> = BTreeMap::new();
    for p in &prepared {
        if !accounts.contains_key(&p.account) {
            validate_name("account", &p.account)?;
            let (_, ac) = op.account_claims(&p.account)?;
            let (signer, issuer_account) = account_signer(&cx.store, &oc, &ac)?;
            accounts.insert(
                p.account.clone(),
                AccountCtx {
                    claims: ac,
                    signer,
                    issuer_account,
                },
            );
        }
        if op.has_user(&p.account, &p.name) {
            return Err(Error::failed(format!(
                "user \"{}\" already exists in account \"{}\"; nothing was written",
                p.name, p.account
            )));
        }
    }

    // Existing creds files are refused (all of them checked before anything is written)
    // unless --force, which replaces them with new 0600 files.
    let overwrite = Overwrite::from_force(a.force);
    if let Some(dir) = &a.creds_dir {
        for p in &prepared {
            check_destination(&creds_path(dir, &p.account, &p.name), overwrite)
                .map_err(|e| e.context("nothing was written"))?;
        }
    }

    let writer = BulkWriter::new();
    writer.prepare_dir(&cx.store.keys_dir())?;
    for acc in accounts.keys() {
        writer.prepare_dir(&op.users_dir(acc))?;
        if let Some(dir) = &a.creds_dir {
            writer.prepare_dir(&dir.join(acc))?;
        }
    }

    let threads = a
        .threads
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
        .clamp(1, 64);
    let chunk = prepared.len().div_ceil(threads).max(1);
    let creds_dir: Option<PathBuf> = a.creds_dir.clone();
    // Signing threads feed one writer thread: file creation is the bottleneck, and
    // several threads creating files at once only contend in the kernel (measured).
    // Each job: path, bytes, and how to write it (temp+rename, new file, replace).
    // Both ways create a new 0600 file: nothing is written through an existing path.
    #[derive(Clone, Copy)]
    enum How {
        Rename,
        New,
        Replace,
    }
    type Job = (PathBuf, Vec<u8>, How);
    // Jobs travel in batches: one channel message (and wake-up) per BATCH users.
    const BATCH: usize = 256;
    let (tx, rx) = mpsc::channel::<Vec<Job>>();
    let writer_gone = || Error::failed("the writer thread stopped");
    // A user is done when its JWT is written (the last of its files).
    let progress = cx
        .app
        .ui
        .items_progress(Some(prepared.len() as u64), false, "users");
    let (results, writes): (Vec<Result<Vec<Value>>>, Vec<Result<()>>) = std::thread::scope(|s| {
        let writer = &writer;
        let progress = &progress;
        let writers = vec![s.spawn(move || -> Result<()> {
            for (p, b, how) in rx.into_iter().flatten() {
                match how {
                    How::Rename => {
                        writer.write(&p, &b)?;
                        progress.add(1);
                    }
                    How::New => writer.write_new(&p, &b)?,
                    How::Replace => writer.write(&p, &b)?,
                }
            }
            Ok(())
        })];
        let handles: Vec<_> = prepared
            .chunks_mut(chunk)
            .map(|part| {
                let accounts = &accounts;
                let op = &op;
                let store = &cx.store;
                let creds_dir = creds_dir.as_ref();
                let tx = tx.clone();
                s.spawn(move || -> Result<Vec<Value>> {
                    let mut rows = Vec::with_capacity(part.len());
                    let mut jobs: Vec<Job> = Vec::with_capacity(3 * BATCH);
                    for p in part.iter_mut() {
                        let ctx = accounts
                            .get(&p.account)
                            .ok_or_else(|| Error::failed("internal: account not loaded"))?;
                        let kp = KeyPair::new_user();
                        let seed = kp.seed()?;
                        p.claims.sub = kp.public_key().to_string();
                        if ctx.issuer_account {
                            p.claims.nats.issuer_account = ctx.claims.sub.clone();
                        }
                        let token = sign_user(&mut p.claims, &ctx.signer, &ctx.claims, 0)?;
                        let mut row = json!({
                            "name": p.name,
                            "account": p.account,
                            "publicKey": kp.public_key(),
                        });
                        if let Some(dir) = creds_dir {
                            let path = creds_path(dir, &p.account, &p.name);
                            row["creds"] = json!(path.to_string_lossy());
                            jobs.push((
                                path,
                                format_user_creds_unchecked(&token, &seed).into_bytes(),
                                match overwrite {
                                    Overwrite::Refuse => How::New,
                                    Overwrite::Replace => How::Replace,
                                },
                            ));
                        }
                        jobs.push((
                            store.key_path(kp.public_key()),
                            format!("{}\n", seed.expose_secret()).into_bytes(),
                            How::New,
                        ));
                        jobs.push((
                            op.user_path(&p.account, &p.name),
                            format!("{token}\n").into_bytes(),
                            How::Rename,
                        ));
                        rows.push(row);
                        if jobs.len() >= 3 * BATCH {
                            tx.send(std::mem::take(&mut jobs))
                                .map_err(|_| writer_gone())?;
                        }
                    }
                    if !jobs.is_empty() {
                        tx.send(jobs).map_err(|_| writer_gone())?;
                    }
                    Ok(rows)
                })
            })
            .collect();
        drop(tx);
        let results = handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(Error::failed("a signing thread failed")))
            })
            .collect();
        let writes = writers
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err(writer_gone())))
            .collect();
        (results, writes)
    });
    progress.finish_and_clear();
    cx.app.ui.debug(
        1,
        format!(
            "signed and wrote {} users in {} ms",
            prepared.len(),
            started.elapsed().as_millis()
        ),
    );
    let sync_started = std::time::Instant::now();
    let sync = writer.finish();
    cx.app.ui.debug(
        1,
        format!("syncfs took {} ms", sync_started.elapsed().as_millis()),
    );
    for w in writes {
        w?;
    }
    let mut rows = Vec::with_capacity(prepared.len());
    for r in results {
        rows.extend(r?);
    }
    sync?;
    let secs = started.elapsed().as_secs_f64();
    let n = rows.len();
    cx.app.ui.status(format!(
        "{} users created in {:.1}s ({}){}.",
        crate::human::count(n as u64),
        secs,
        crate::human::rate(n as u64, secs, "users"),
        match &a.creds_dir {
            Some(d) => format!(", creds in {}", d.display()),
            None => String::new(),
        }
    ));
    Ok(Output::list(
        Value::Array(rows),
        vec![
            Column::new("NAME", "name"),
            Column::new("ACCOUNT", "account"),
            Column::new("PUBLIC KEY", "publicKey"),
            Column::wide("CREDS", "creds"),
        ],
        "name",
    ))
}

/// Where `--creds-dir DIR` puts a user's creds: `DIR/<account>/<user>.creds`.
pub fn creds_path(dir: &Path, account: &str, user: &str) -> PathBuf {
    dir.join(account).join(format!("{user}.creds"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_from_json_lines_json_list_and_yaml() {
        let jl = "{\"name\":\"a\",\"allow_pub\":[\"x.>\"]}\n\n# comment\n{\"name\":\"b\",\"deny-pub\":\"y\"}\n";
        let e = parse_entries(jl).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].allow_pub.0, vec!["x.>"]);
        assert_eq!(e[1].deny_pub.0, vec!["y"]);
        let list = parse_entries("[{\"name\":\"a\"},{\"name\":\"b\",\"account\":\"x\"}]").unwrap();
        assert_eq!(list[1].account.as_deref(), Some("x"));
        let yaml =
            parse_entries("- name: a\n  allow-sub: ['q.*']\n  subs: 10\n- name: b\n").unwrap();
        assert_eq!(yaml[0].allow_sub.0, vec!["q.*"]);
        assert_eq!(yaml[0].subs, Some(10));
        let err = parse_entries("{\"name\":\"a\"}\n{\"nam\":\"b\"}\n").unwrap_err();
        assert!(err.message.contains("line 2"), "{}", err.message);
        assert!(parse_entries("- nope: 1\n").is_err());
    }
}
