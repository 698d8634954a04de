//! `jwt user add --from FILE`: many users in one process, under one store lock. The file
//! is read twice (every user checked, then minted in batches), signed on every core and
//! written without one fsync per file: one `syncfs` a batch. Memory does not grow with
//! the number of users (but for 16 bytes a user for the duplicate check).

use super::JwtCommandContext;
use super::sign::{account_signer, sign_user};
use super::user::{UserAddArgs, UserPermArgs, apply_perms, resolve_account};
use crate::commands::nats_flags::{ExpiryFlag, SubjectPermissionFlags, UserLimitFlags};
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, check_destination};
use crate::jwt_store::{BulkWriter, OperatorStore, Store, validate_name};
use crate::nats::claims::{AccountClaims, UserClaims};
use crate::nats::creds::format_user_creds_unchecked;
use crate::nats::keys::KeyPair;
use crate::output::{Column, Output};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::hash::{BuildHasher, RandomState};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, SyncSender};

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
    match trimmed.as_bytes().first() {
        Some(b'[') => serde_json::from_str(trimmed)
            .map_err(|e| Error::usage(format!("invalid JSON list of users: {e}"))),
        Some(b'-') => crate::yaml::from_str::<Vec<Entry>>(text)
            .map_err(|e| e.context("invalid YAML list of users")),
        _ => text
            .lines()
            .enumerate()
            .filter_map(|(i, line)| parse_line(i, line).transpose())
            .collect(),
    }
}

/// One line of a JSON-lines file (`i` counts from 0): `None` for a blank line or a
/// `#` comment.
fn parse_line(i: usize, line: &str) -> Result<Option<Entry>> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    serde_json::from_str(line)
        .map(Some)
        .map_err(|e| Error::usage(format!("line {}: invalid user JSON: {e}", i + 1)))
}

/// The users of `--from`, read as they are needed. A JSON-lines file is read twice from
/// disk (checked, then minted) and never held whole; JSON lines from stdin are kept as
/// text (tens of bytes a user); a JSON or YAML list is parsed whole.
enum Source {
    Lines(PathBuf),
    Text(String),
    List(Vec<Entry>),
}

type Entries<'a> = Box<dyn Iterator<Item = Result<Entry>> + 'a>;

impl Source {
    fn open(from: &str) -> Result<Source> {
        let unreadable = |e: std::io::Error| Error::usage(format!("cannot read {from}: {e}"));
        if from == "-" {
            let mut text = String::new();
            crate::ui::data_stdin()?.read_to_string(&mut text)?;
            return Ok(match text.trim_start().as_bytes().first() {
                Some(b'[' | b'-') => Source::List(parse_entries(&text)?),
                _ => Source::Text(text),
            });
        }
        // The first character that is not white space tells the form.
        let mut reader = BufReader::new(File::open(from).map_err(unreadable)?);
        let first = loop {
            let buf = reader.fill_buf().map_err(unreadable)?;
            let Some(pos) = buf.iter().position(|b| !b.is_ascii_whitespace()) else {
                if buf.is_empty() {
                    break None;
                }
                let n = buf.len();
                reader.consume(n);
                continue;
            };
            break Some(buf[pos]);
        };
        Ok(match first {
            Some(b'[' | b'-') => {
                let text = std::fs::read_to_string(from).map_err(unreadable)?;
                Source::List(parse_entries(&text)?)
            }
            _ => Source::Lines(PathBuf::from(from)),
        })
    }

    /// Every entry, in order, from the start.
    fn entries(&self) -> Result<Entries<'_>> {
        Ok(match self {
            Source::Lines(path) => {
                let file = File::open(path)
                    .map_err(|e| Error::usage(format!("cannot read {}: {e}", path.display())))?;
                Box::new(
                    BufReader::with_capacity(1 << 16, file)
                        .lines()
                        .enumerate()
                        .filter_map(|(i, line)| match line {
                            Ok(line) => parse_line(i, &line).transpose(),
                            Err(e) => Some(Err(Error::usage(format!(
                                "line {}: cannot read: {e}",
                                i + 1
                            )))),
                        }),
                )
            }
            Source::Text(text) => Box::new(
                text.lines()
                    .enumerate()
                    .filter_map(|(i, line)| parse_line(i, line).transpose()),
            ),
            Source::List(list) => Box::new(list.iter().cloned().map(Ok)),
        })
    }
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

/// Users are minted in batches of this many: signed on every core, written, made durable
/// together (one `syncfs`), then printed. Memory holds about two batches, whatever the
/// number of users.
const BATCH: usize = 4096;
/// Files travel from the signing threads to the writer in messages of this many users.
const CHUNK: usize = 256;

/// A user ready to be signed (its key is generated on a signing thread).
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

/// A user as printed: kept small, turned into JSON when written out.
struct Minted {
    name: String,
    account: String,
    public_key: String,
    creds: Option<String>,
}

impl Minted {
    fn to_json(&self) -> Value {
        let mut row = json!({
            "name": self.name,
            "account": self.account,
            "publicKey": self.public_key,
        });
        if let Some(path) = &self.creds {
            row["creds"] = json!(path);
        }
        row
    }
}

/// The (account, user) pairs of the file, for the duplicate check: 128 bits of two
/// independently keyed hashes a user (16 bytes, not the names; a false "listed twice"
/// would need a 128-bit collision).
struct Seen {
    keys: (RandomState, RandomState),
    set: HashSet<u128>,
}

impl Seen {
    fn new() -> Seen {
        Seen {
            keys: (RandomState::new(), RandomState::new()),
            set: HashSet::new(),
        }
    }

    fn key(&self, account: &str, user: &str) -> u128 {
        let pair = (account, user);
        (u128::from(self.keys.0.hash_one(pair)) << 64) | u128::from(self.keys.1.hash_one(pair))
    }
}

/// How a file is put in place by the writer thread. Every way creates a new 0600 file:
/// nothing is written through an existing path.
#[derive(Clone, Copy)]
enum How {
    /// Temporary file renamed over the path (a user's JWT: readers never see half of
    /// it); the user is complete when it is written.
    Jwt,
    /// A new file (`O_EXCL`): seeds under a fresh public key, creds files.
    New,
    /// Temporary file renamed over an existing creds file (`--force`).
    Replace,
}

enum Msg {
    Files(Vec<(PathBuf, Vec<u8>, How)>),
    /// Every file of these users has been sent: make them durable, then hand them back.
    Batch(Vec<Minted>),
}

/// What the signing threads share.
struct Minter<'a> {
    accounts: &'a BTreeMap<String, AccountCtx>,
    op: &'a OperatorStore,
    store: &'a Store,
    creds_dir: Option<&'a Path>,
    overwrite: Overwrite,
}

pub fn user_add_bulk(cx: &JwtCommandContext, a: UserAddArgs) -> Result<Output> {
    if a.signing_key.is_some() {
        return Err(Error::usage(
            "--signing-key is for one user; with --from every user is signed by the account's signing key",
        ));
    }
    let started = std::time::Instant::now();
    let from = a.from.clone().unwrap_or_default();
    let source = Source::open(&from)?;
    let op = cx.op()?;
    let mut default_account = match &a.account {
        Some(acc) => Some(resolve_account(&op, Some(acc))?),
        None => None,
    };
    let overwrite = Overwrite::from_force(a.force);
    let at = |i: u64, name: &str| {
        let from = from.clone();
        let name = name.to_string();
        move |err: Error| err.context(format!("{from}: user #{} ({name:?})", i + 1))
    };

    // First pass, under the store's lock: check every user before writing anything.
    let _lock = op.lock()?;
    let (_, oc) = op.operator_claims()?;
    let mut accounts: BTreeMap<String, AccountCtx> = BTreeMap::new();
    let mut seen = Seen::new();
    let (mut total, mut expired) = (0u64, 0u64);
    for e in source.entries()? {
        let e = e?;
        let account = match (&e.account, &default_account) {
            (Some(acc), _) | (None, Some(acc)) => acc.clone(),
            (None, None) => {
                let acc = resolve_account(&op, None)?;
                default_account = Some(acc.clone());
                acc
            }
        };
        let p = prepare(&e, account, &a.perms).map_err(at(total, &e.name))?;
        if !seen.set.insert(seen.key(&p.account, &p.name)) {
            return Err(at(total, &e.name)(Error::usage("listed twice")));
        }
        if super::sign::is_past(p.claims.exp) {
            expired += 1;
        }
        if !accounts.contains_key(&p.account) {
            validate_name("account", &p.account)?;
            let (_, ac) = op.account_claims(&p.account)?;
            let (signer, issuer_account) = account_signer(&cx.store, &oc, &ac)?;
            let ctx = AccountCtx {
                claims: ac,
                signer,
                issuer_account,
            };
            accounts.insert(p.account.clone(), ctx);
        }
        if op.has_user(&p.account, &p.name) {
            return Err(Error::failed(format!(
                "user \"{}\" already exists in account \"{}\"; nothing was written",
                p.name, p.account
            )));
        }
        // Existing creds files are refused unless --force, which replaces them with new
        // 0600 files.
        if let Some(dir) = &a.creds_dir {
            check_destination(&creds_path(dir, &p.account, &p.name), overwrite)
                .map_err(|e| e.context("nothing was written"))?;
        }
        total += 1;
    }
    if total == 0 {
        return Err(Error::usage(format!("{from}: no users")));
    }
    if expired > 0 {
        cx.app.ui.warn(format!(
            "{expired} user(s) have an expiry that is already past: servers will refuse them"
        ));
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
    let minter = Minter {
        accounts: &accounts,
        op: &op,
        store: &cx.store,
        creds_dir: a.creds_dir.as_deref(),
        overwrite,
    };

    // Second pass, in batches: the signing threads feed one writer thread (file creation
    // is the bottleneck, and several threads creating files at once only contend in the
    // kernel: measured), which makes each batch durable before its users are printed.
    // JSON, JSON lines and names are printed batch by batch; a table needs every row.
    let mut stream = cx.app.out.stream_list("name")?;
    let mut table_rows = Vec::new();
    let mut print = |rows: Vec<Minted>| -> Result<()> {
        for row in rows {
            match &mut stream {
                Some(w) => w.item(&row.to_json())?,
                None => table_rows.push(row.to_json()),
            }
        }
        Ok(())
    };
    let progress = cx.app.ui.items_progress(Some(total), false, "users");
    let (tx, rx) = mpsc::sync_channel::<Msg>(2 * BATCH / CHUNK);
    let (done_tx, done_rx) = mpsc::channel::<Vec<Minted>>();
    let writer_gone = || Error::failed("the writer thread stopped");
    std::thread::scope(|s| -> Result<()> {
        let (writer, progress) = (&writer, &progress);
        let writing = s.spawn(move || -> Result<()> {
            for msg in rx {
                match msg {
                    Msg::Files(files) => {
                        for (path, bytes, how) in files {
                            match how {
                                How::Jwt => {
                                    writer.write(&path, &bytes)?;
                                    progress.add(1);
                                }
                                How::New => writer.write_new(&path, &bytes)?,
                                How::Replace => writer.write(&path, &bytes)?,
                            }
                        }
                    }
                    Msg::Batch(rows) => {
                        writer.sync()?;
                        if done_tx.send(rows).is_err() {
                            break;
                        }
                    }
                }
            }
            // After an error elsewhere: what was written is complete; make it durable.
            writer.sync()
        });
        let signing = (|| -> Result<()> {
            let mut entries = source.entries()?;
            let mut index = 0u64;
            loop {
                let mut batch = Vec::with_capacity(BATCH);
                for e in entries.by_ref().take(BATCH) {
                    let e = e?;
                    let account = e.account.clone().or_else(|| default_account.clone());
                    let p = prepare(&e, account.unwrap_or_default(), &a.perms)
                        .map_err(at(index, &e.name))?;
                    // Only the users checked above, each once (the file may have changed
                    // since: nothing unchecked is written).
                    if !seen.set.remove(&seen.key(&p.account, &p.name)) {
                        return Err(at(index, &e.name)(Error::failed(format!(
                            "{from} changed while it was read; the users before this one were written"
                        ))));
                    }
                    batch.push(p);
                    index += 1;
                }
                if batch.is_empty() {
                    return Ok(());
                }
                let rows = minter.sign_batch(&mut batch, threads, &tx)?;
                tx.send(Msg::Batch(rows)).map_err(|_| writer_gone())?;
                while let Ok(rows) = done_rx.try_recv() {
                    print(rows)?;
                }
            }
        })();
        drop(tx);
        // The writer's own error explains a "writer stopped" one.
        writing.join().unwrap_or_else(|_| Err(writer_gone()))?;
        signing?;
        for rows in done_rx.try_iter() {
            print(rows)?;
        }
        Ok(())
    })?;
    progress.finish_and_clear();
    if let Some(w) = stream {
        drop(w.finish()?);
    }
    let secs = started.elapsed().as_secs_f64();
    cx.app.ui.status(format!(
        "{} users created in {:.1}s ({}){}.",
        crate::human::count(total),
        secs,
        crate::human::rate(total, secs, "users"),
        match &a.creds_dir {
            Some(d) => format!(", creds in {}", d.display()),
            None => String::new(),
        }
    ));
    if !seen.set.is_empty() {
        return Err(Error::failed(format!(
            "{from} changed while it was read: {} of {total} users were not found again and not written",
            seen.set.len()
        )));
    }
    if table_rows.is_empty() {
        return Ok(Output::Empty);
    }
    Ok(Output::list(
        Value::Array(table_rows),
        vec![
            Column::new("NAME", "name"),
            Column::new("ACCOUNT", "account"),
            Column::new("PUBLIC KEY", "publicKey"),
            Column::wide("CREDS", "creds"),
        ],
        "name",
    ))
}

/// An entry as a user to sign: its name checked, its permissions merged with the
/// command line's (the subject is a placeholder until its key is generated).
fn prepare(e: &Entry, account: String, cli: &UserPermArgs) -> Result<Prepared> {
    validate_name("user", &e.name)?;
    let mut claims = UserClaims::new("", &e.name);
    apply_perms(&mut claims, &e.perms(cli))?;
    Ok(Prepared {
        account,
        name: e.name.clone(),
        claims,
    })
}

impl Minter<'_> {
    /// Sign `batch` on `threads` threads, sending its files to the writer; the users in
    /// order.
    fn sign_batch(
        &self,
        batch: &mut [Prepared],
        threads: usize,
        tx: &SyncSender<Msg>,
    ) -> Result<Vec<Minted>> {
        let (n, chunk) = (batch.len(), batch.len().div_ceil(threads).max(1));
        std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .chunks_mut(chunk)
                .map(|part| {
                    let tx = tx.clone();
                    s.spawn(move || self.sign_part(part, &tx))
                })
                .collect();
            let mut rows = Vec::with_capacity(n);
            let mut failed = None;
            for h in handles {
                match h.join() {
                    Ok(Ok(part)) => rows.extend(part),
                    Ok(Err(e)) => {
                        failed.get_or_insert(e);
                    }
                    Err(_) => {
                        failed.get_or_insert(Error::failed("a signing thread failed"));
                    }
                }
            }
            failed.map_or(Ok(rows), Err)
        })
    }

    fn sign_part(&self, part: &mut [Prepared], tx: &SyncSender<Msg>) -> Result<Vec<Minted>> {
        let writer_gone = || Error::failed("the writer thread stopped");
        let mut rows = Vec::with_capacity(part.len());
        let mut files = Vec::with_capacity(3 * CHUNK);
        for p in part.iter_mut() {
            let ctx = self
                .accounts
                .get(&p.account)
                .ok_or_else(|| Error::failed("internal: account not loaded"))?;
            let kp = KeyPair::new_user();
            let seed = kp.seed()?;
            p.claims.sub = kp.public_key().to_string();
            if ctx.issuer_account {
                p.claims.nats.issuer_account = ctx.claims.sub.clone();
            }
            let token = sign_user(&mut p.claims, &ctx.signer, &ctx.claims, 0)?;
            let mut creds = None;
            if let Some(dir) = self.creds_dir {
                let path = creds_path(dir, &p.account, &p.name);
                creds = Some(path.to_string_lossy().into_owned());
                let how = match self.overwrite {
                    Overwrite::Refuse => How::New,
                    Overwrite::Replace => How::Replace,
                };
                let bytes = format_user_creds_unchecked(&token, &seed).into_bytes();
                files.push((path, bytes, how));
            }
            // The seed before the JWT: a listed user always has its key.
            let seed_line = format!("{}\n", seed.expose_secret()).into_bytes();
            files.push((self.store.key_path(kp.public_key()), seed_line, How::New));
            let jwt_line = format!("{token}\n").into_bytes();
            files.push((self.op.user_path(&p.account, &p.name), jwt_line, How::Jwt));
            rows.push(Minted {
                name: std::mem::take(&mut p.name),
                account: p.account.clone(),
                public_key: kp.public_key().to_string(),
                creds,
            });
            if files.len() >= 3 * CHUNK {
                tx.send(Msg::Files(std::mem::take(&mut files)))
                    .map_err(|_| writer_gone())?;
            }
        }
        if !files.is_empty() {
            tx.send(Msg::Files(files)).map_err(|_| writer_gone())?;
        }
        Ok(rows)
    }
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
