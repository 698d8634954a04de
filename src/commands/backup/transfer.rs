//! Streaming transfers: download to `PATH.part` (renamed when complete and size-checked),
//! upload as multipart, and server-to-server copy through a pipe. Memory stays constant:
//! chunks go from the socket to the file (or the other socket) one at a time.
//!
//! Transfers have no total timeout; `--timeout` is an idle limit instead.
//!
//! One file of about 600 lines on purpose: download, upload and copy are built from the
//! same streaming parts (the pump, progress, idle limit, size checks and error mapping),
//! and reading them side by side is how a change to one stays right for the others.

use super::{CopyArgs, DownloadArgs, UploadArgs, confirm_word, ensure_idle, find, human_size};
use super::{delete_one, list_backups, normalize_name, restore};
use crate::app::App;
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, PartFile, check_destination};
use crate::output::Output;
use crate::pb::{Client, Request, error as pb_error, redact, seg};
use futures_util::{Stream, StreamExt};
use reqwest::header;
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Upload chunk size: big enough for few syscalls, small enough for constant memory.
const CHUNK: usize = 256 * 1024;

/// Bytes moved and when they last moved, shared by the body stream and the watchdog.
#[derive(Clone)]
struct Progress {
    bar: indicatif::ProgressBar,
    start: Instant,
    /// Milliseconds since `start` of the last activity.
    last: Arc<AtomicU64>,
    bytes: Arc<AtomicU64>,
}

impl Progress {
    fn new(bar: indicatif::ProgressBar) -> Progress {
        Progress {
            bar,
            start: Instant::now(),
            last: Arc::new(AtomicU64::new(0)),
            bytes: Arc::new(AtomicU64::new(0)),
        }
    }
    fn add(&self, n: usize) {
        self.bar.inc(n as u64);
        self.bytes.fetch_add(n as u64, Ordering::Relaxed);
        self.touch();
    }
    fn touch(&self) {
        self.last
            .store(self.start.elapsed().as_millis() as u64, Ordering::Relaxed);
    }
    fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }
    fn idle_for(&self) -> Duration {
        let last = Duration::from_millis(self.last.load(Ordering::Relaxed));
        self.start.elapsed().saturating_sub(last)
    }
}

/// A transport failure in the middle of a transfer: the server went away (exit 5).
fn transfer_error(e: reqwest::Error, what: &str, host: &str) -> Error {
    let cause = crate::pb::client::transport_error(e);
    Error::unavailable(format!("{what} {host} failed: {cause}"))
        .hint("check that the server is running and try again")
}

fn stalled(what: &str, idle: Duration) -> Error {
    Error::unavailable(format!(
        "the {what} stalled: nothing moved for {}s",
        idle.as_secs()
    ))
    .hint("raise the idle limit with --timeout, or check the network and the server")
}

fn host(client: &Client) -> String {
    client.base_url().as_str().trim_end_matches('/').to_string()
}

/// File token, then `GET /api/backups/{key}?token=…` with the body left unread.
async fn open_download(
    app: &App,
    client: &Client,
    key: &str,
    idle: Duration,
) -> Result<reqwest::Response> {
    let v = client
        .json(Request::post("/api/files/token", json!({})))
        .await?;
    let token = v
        .get("token")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::failed("the server's file-token answer has no token"))?;
    let mut url = client.url(&format!("/api/backups/{}", seg(key)))?;
    url.query_pairs_mut().append_pair("token", token);
    let started = Instant::now();
    let sent = tokio::time::timeout(idle, client.http().get(url.clone()).send()).await;
    let resp = match sent {
        Err(_) => return Err(stalled("download", idle)),
        Ok(Err(e)) => return Err(transfer_error(e, "downloading from", &host(client))),
        Ok(Ok(resp)) => resp,
    };
    checked_stream(app, "GET", &url, started, resp, "streaming", false).await
}

/// Log a streaming transfer's answer (through the redactor: download URLs carry the file
/// token) and turn a failure status into the PocketBase error.
async fn checked_stream(
    app: &App,
    method: &str,
    url: &url::Url,
    started: Instant,
    resp: reqwest::Response,
    note: &str,
    had_token: bool,
) -> Result<reqwest::Response> {
    app.ui.debug(
        1,
        format!(
            "{method} {} {} {}ms ({note})",
            redact::path_and_query(url),
            resp.status().as_u16(),
            started.elapsed().as_millis()
        ),
    );
    if !resp.status().is_success() {
        let status = resp.status().as_u16();
        let body = crate::pb::client::error_body(resp).await;
        return Err(pb_error::from_response(status, &body, had_token));
    }
    Ok(resp)
}

/// Copy a response body into `sink` chunk by chunk, with an idle limit per chunk.
async fn pump<S, B>(
    mut stream: S,
    idle: Duration,
    progress: &Progress,
    client: &Client,
    mut sink: impl FnMut(&[u8]) -> Result<()>,
) -> Result<u64>
where
    S: Stream<Item = reqwest::Result<B>> + Unpin,
    B: AsRef<[u8]>,
{
    loop {
        match tokio::time::timeout(idle, stream.next()).await {
            Err(_) => return Err(stalled("download", idle)),
            Ok(None) => return Ok(progress.bytes()),
            Ok(Some(Err(e))) => {
                return Err(transfer_error(e, "downloading from", &host(client)));
            }
            Ok(Some(Ok(chunk))) => {
                let chunk = chunk.as_ref();
                sink(chunk)?;
                progress.add(chunk.len());
            }
        }
    }
}

fn size_mismatch(what: &str, got: u64, expected: u64) -> Error {
    Error::failed(format!(
        "{what}: got {got} bytes, the server lists {expected}"
    ))
    .hint("the backup may have changed during the transfer; try again")
}

enum Dest {
    Stdout,
    File(PathBuf),
}

/// `-O`: nothing → `./KEY`, a directory → `DIR/KEY`, `-` → stdout, else the path.
fn destination(out: Option<&Path>, key: &str) -> Result<Dest> {
    let safe_key = || {
        let ok = Path::new(key).file_name().and_then(|n| n.to_str()) == Some(key);
        if ok {
            Ok(PathBuf::from(key))
        } else {
            Err(
                Error::usage(format!("backup key {key:?} is not usable as a file name"))
                    .hint("choose the file with -O PATH"),
            )
        }
    };
    match out {
        None => Ok(Dest::File(safe_key()?)),
        Some(p) if p.as_os_str() == "-" => Ok(Dest::Stdout),
        Some(p) if p.is_dir() || p.as_os_str().to_string_lossy().ends_with('/') => {
            Ok(Dest::File(p.join(safe_key()?)))
        }
        Some(p) => Ok(Dest::File(p.to_path_buf())),
    }
}

pub async fn download(app: &App, args: DownloadArgs) -> Result<Output> {
    let (target, client) = app.authed().await?;
    let backup = find(&list_backups(&client).await?, &args.name, &target)?;
    let dest = destination(args.out.as_deref(), &backup.key)?;
    match &dest {
        Dest::Stdout if app.ui.stdout_tty => {
            return Err(Error::usage("refusing to write a zip file to the terminal")
                .hint("redirect stdout, or give a file with -O PATH"));
        }
        Dest::File(path) => check_destination(path, Overwrite::from_force(args.force))?,
        _ => {}
    }
    let idle = client.timeout();
    let resp = open_download(app, &client, &backup.key, idle).await?;
    let expected = backup.size;
    if let Some(len) = resp.content_length()
        && len != expected
    {
        return Err(size_mismatch(
            "the download's Content-Length",
            len,
            expected,
        ));
    }
    let progress = Progress::new(app.ui.progress(Some(expected), false));
    progress
        .bar
        .set_message(crate::ui::sanitize(&backup.key).into_owned());
    let stream = resp.bytes_stream();
    let path = match dest {
        Dest::Stdout => {
            let mut out = app.out.stream();
            let got = pump(stream, idle, &progress, &client, |chunk| {
                out.write_all(chunk).map_err(Error::from)
            })
            .await?;
            out.flush()?;
            progress.bar.finish_and_clear();
            if got != expected {
                return Err(size_mismatch("download incomplete", got, expected));
            }
            return Ok(Output::Empty);
        }
        Dest::File(path) => path,
    };
    // A new 0600 PATH.part (a stale one, or a symlink planted there, is removed, never
    // followed), removed if the download fails or is interrupted, renamed when complete.
    let (part, file) = PartFile::create(&path, Overwrite::from_force(args.force))?;
    let part_name = part.part().to_path_buf();
    let write_err =
        |e: std::io::Error| Error::failed(format!("cannot write {}: {e}", part_name.display()));
    let mut writer = std::io::BufWriter::with_capacity(CHUNK, file);
    let got = pump(stream, idle, &progress, &client, |chunk| {
        writer.write_all(chunk).map_err(write_err)
    })
    .await?;
    progress.bar.finish_and_clear();
    if got != expected {
        return Err(size_mismatch("download incomplete", got, expected));
    }
    let file = writer.into_inner().map_err(|e| write_err(e.into_error()))?;
    part.commit(file)?;
    Ok(Output::done(
        format!(
            "Downloaded {} to {} ({}).",
            backup.key,
            path.display(),
            human_size(got)
        ),
        json!({"key": backup.key, "size": got, "path": path.display().to_string()}),
        "path",
    ))
}

/// A file as a stream of chunks, read one at a time as the upload asks for them.
fn file_stream(
    file: std::fs::File,
    progress: Progress,
) -> impl Stream<Item = std::io::Result<Vec<u8>>> + Send + 'static {
    futures_util::stream::unfold(Some(file), move |state| {
        let progress = progress.clone();
        async move {
            let mut file = state?;
            let mut buf = vec![0u8; CHUNK];
            let mut filled = 0;
            while filled < CHUNK {
                match file.read(&mut buf[filled..]) {
                    Ok(0) => break,
                    Ok(n) => filled += n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => return Some((Err(e), None)),
                }
            }
            if filled == 0 {
                return None;
            }
            buf.truncate(filled);
            progress.add(filled);
            Some((Ok(buf), Some(file)))
        }
    })
}

/// `POST /api/backups/upload` with `body` as the multipart field `file` named `key`,
/// failing when nothing moves for the idle limit.
async fn send_upload<S, B, E>(
    app: &App,
    client: &Client,
    key: &str,
    len: u64,
    body: S,
    progress: &Progress,
) -> Result<()>
where
    S: Stream<Item = std::result::Result<B, E>> + Send + 'static,
    B: Into<Vec<u8>> + Send + 'static,
    E: Into<Box<dyn std::error::Error + Send + Sync>> + Send + 'static,
{
    let body = body.map(|r| r.map(Into::<Vec<u8>>::into));
    let part = reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(body), len)
        .file_name(key.to_string())
        .mime_str("application/zip")
        .map_err(|e| Error::failed(format!("cannot build the upload: {e}")))?;
    let form = reqwest::multipart::Form::new().part("file", part);
    let url = client.url("/api/backups/upload")?;
    let mut req = client.http().post(url.clone()).multipart(form);
    if let Some(token) = client.token() {
        req = req.header(header::AUTHORIZATION, token);
    }
    let idle = client.timeout();
    let started = Instant::now();
    progress.touch();
    let send = req.send();
    tokio::pin!(send);
    let resp = loop {
        tokio::select! {
            r = &mut send => break r.map_err(|e| transfer_error(e, "uploading to", &host(client)))?,
            _ = tokio::time::sleep(Duration::from_millis(250)) => {
                if progress.idle_for() > idle {
                    return Err(stalled("upload", idle));
                }
            }
        }
    };
    let note = format!("streaming {len} bytes");
    checked_stream(app, "POST", &url, started, resp, &note, true).await?;
    Ok(())
}

/// After an upload: the server lists `key` with exactly `len` bytes.
async fn check_arrival(client: &Client, key: &str, len: u64) -> Result<super::Backup> {
    let arrived = list_backups(client)
        .await?
        .into_iter()
        .find(|b| b.key == key)
        .ok_or_else(|| Error::failed(format!("the server accepted {key} but does not list it")))?;
    if arrived.size != len {
        return Err(Error::failed(format!(
            "size check failed for {key}: sent {len} bytes, the server has {}",
            arrived.size
        ))
        .hint(format!(
            "delete the broken copy with `pbctl backup delete {key}` and try again"
        )));
    }
    Ok(arrived)
}

pub async fn upload(app: &App, args: UploadArgs) -> Result<Output> {
    let shown = args.file.display().to_string();
    let meta = std::fs::metadata(&args.file)
        .map_err(|e| Error::usage(format!("cannot read {shown}: {e}")))?;
    if !meta.is_file() {
        return Err(Error::usage(format!("{shown} is not a file")));
    }
    let key = match &args.name {
        Some(name) => normalize_name(name)?,
        None => {
            let base = args
                .file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            normalize_name(&base).map_err(|e| e.hint("or choose the key with --name NAME"))?
        }
    };
    let file = std::fs::File::open(&args.file)
        .map_err(|e| Error::usage(format!("cannot read {shown}: {e}")))?;
    let (target, client) = app.authed().await?;
    if list_backups(&client).await?.iter().any(|b| b.key == key) {
        return Err(
            Error::failed(format!("backup {key} already exists on {}", target.label())).hint(
                format!(
                    "delete it first with `pbctl backup delete {key}`, or choose another --name"
                ),
            ),
        );
    }
    let len = meta.len();
    let progress = Progress::new(app.ui.progress(Some(len), false));
    progress
        .bar
        .set_message(crate::ui::sanitize(&key).into_owned());
    send_upload(
        app,
        &client,
        &key,
        len,
        file_stream(file, progress.clone()),
        &progress,
    )
    .await?;
    progress.bar.finish_and_clear();
    let arrived = check_arrival(&client, &key, len).await?;
    Ok(Output::done(
        format!("Uploaded {shown} as {key} ({}).", human_size(len)),
        arrived.to_json(),
        "key",
    ))
}

/// The download body as an upload body: counts bytes, and turns a short or broken
/// download into an error so that the upload is aborted instead of completed.
fn relay<S, B>(
    stream: S,
    expected: u64,
    progress: Progress,
) -> impl Stream<Item = std::io::Result<Vec<u8>>> + Send + 'static
where
    S: Stream<Item = reqwest::Result<B>> + Send + Unpin + 'static,
    B: AsRef<[u8]> + Send + 'static,
{
    futures_util::stream::unfold(Some(stream), move |state| {
        let progress = progress.clone();
        async move {
            let mut stream = state?;
            match stream.next().await {
                Some(Ok(chunk)) => {
                    let chunk = chunk.as_ref().to_vec();
                    progress.add(chunk.len());
                    Some((Ok(chunk), Some(stream)))
                }
                Some(Err(e)) => Some((
                    Err(std::io::Error::other(format!("the download broke: {e}"))),
                    None,
                )),
                None if progress.bytes() == expected => None,
                None => Some((
                    Err(std::io::Error::other(format!(
                        "the download ended after {} of {expected} bytes",
                        progress.bytes()
                    ))),
                    None,
                )),
            }
        }
    })
}

pub async fn copy(app: &App, args: CopyArgs) -> Result<Output> {
    let wait = args.wait.limits()?;
    // A bad --name is a usage error before any request.
    let new_name = args.new_name.as_deref().map(normalize_name).transpose()?;
    let (src_target, src) = app.authed().await?;
    let dst_target = app.target_for(&args.to)?;
    if src_target.context.as_deref() == Some(args.to.as_str())
        || src_target.url.trim_end_matches('/') == dst_target.url.trim_end_matches('/')
    {
        return Err(Error::usage(format!(
            "{} and {} are the same server",
            src_target.label(),
            dst_target.label()
        ))
        .hint("pick the source with --context and the target with --to"));
    }
    // PBCTL_TOKEN stands in for every context's token: it would be sent to the target
    // server too, which never accepts another server's token. Refuse instead of leaking.
    if std::env::var("PBCTL_TOKEN").is_ok_and(|t| !t.is_empty()) {
        return Err(Error::usage(
            "backup copy talks to two servers, but PBCTL_TOKEN would be sent to both",
        )
        .hint(format!(
            "unset PBCTL_TOKEN and log in to both contexts (`pbctl auth login --context {}`), or give the source PBCTL_IDENTITY and PBCTL_PASSWORD",
            args.to
        )));
    }
    let (dst_target, dst) = app.authed_for(dst_target).await?;
    let backup = find(&list_backups(&src).await?, &args.name, &src_target)?;
    // The key on the target: --name, else the source's key as it is (an
    // `@auto_pb_backup_…` key included; uploads accept it).
    let key = new_name.unwrap_or_else(|| backup.key.clone());
    let exists = list_backups(&dst).await?.iter().any(|b| b.key == key);
    if exists && !args.force {
        return Err(Error::failed(format!(
            "backup {key} already exists on {}",
            dst_target.label()
        ))
        .hint("copy it under another key with --name NAME, or replace the target's with --force")
        .hint(format!(
            "or delete it there first: `pbctl --context {} backup delete {key}`",
            args.to
        )));
    }
    let replacing = if exists {
        format!(" (replacing its backup {key})")
    } else {
        String::new()
    };
    if args.restore {
        ensure_idle(&dst, &dst_target).await?;
        app.ui.confirm_typed(
            &format!(
                "restore {key} over ALL data of {}{replacing}",
                dst_target.label()
            ),
            &confirm_word(&dst_target),
        )?;
    }
    let renamed = if key == backup.key {
        String::new()
    } else {
        format!(" as {key}")
    };
    app.ui.status(format!(
        "Copying {} ({}) from {} to {}{renamed}…",
        backup.key,
        human_size(backup.size),
        src_target.label(),
        dst_target.label()
    ));
    // PocketBase cannot rename a backup, so replacing means deleting first: the new bytes
    // need the key. Only after the confirmation, and only what --force allowed.
    if exists {
        app.ui.status(format!(
            "Deleting the old {key} on {} (--force)…",
            dst_target.label()
        ));
        delete_one(&dst, &key, &dst_target).await?;
    }
    let moved = stream_copy(app, (&src, &backup), (&dst, &key)).await;
    if let Err(e) = moved {
        if exists {
            return Err(e.hint(format!(
                "the old {key} on {} was deleted before the copy (--force); run the copy again",
                dst_target.label()
            )));
        }
        return Err(e);
    }
    let copied = format!(
        "Copied {}{renamed} to {} ({}, size checked{}).",
        backup.key,
        dst_target.label(),
        human_size(backup.size),
        if exists { ", replaced" } else { "" }
    );
    let mut restored = false;
    if args.restore {
        // Said once: here before the restore, else as the result below.
        app.ui.status(&copied);
        restored =
            restore::start_and_wait(app, &dst_target, &dst, &key, !args.wait.no_wait, wait).await?;
    }
    let message = match (args.restore, restored) {
        (false, _) => copied,
        (true, true) => format!("Restored {key} on {}.", dst_target.label()),
        (true, false) => format!(
            "Restore of {key} started on {}; the server restarts when it is done.",
            dst_target.label()
        ),
    };
    Ok(Output::done(
        message,
        json!({
            "key": key,
            "source_key": backup.key,
            "size": backup.size,
            "from": src_target.context,
            "to": dst_target.context,
            "replaced": exists,
            "restored": restored,
        }),
        "key",
    ))
}

/// Stream `backup` from `src` into `dst` as `key`, and check the size that arrived.
async fn stream_copy(
    app: &App,
    (src, backup): (&Client, &super::Backup),
    (dst, key): (&Client, &str),
) -> Result<()> {
    let idle = src.timeout().max(dst.timeout());
    let resp = open_download(app, src, &backup.key, idle).await?;
    if let Some(len) = resp.content_length()
        && len != backup.size
    {
        return Err(size_mismatch(
            "the download's Content-Length",
            len,
            backup.size,
        ));
    }
    let progress = Progress::new(app.ui.progress(Some(backup.size), false));
    progress
        .bar
        .set_message(crate::ui::sanitize(key).into_owned());
    let body = relay(resp.bytes_stream(), backup.size, progress.clone());
    send_upload(app, dst, key, backup.size, body, &progress).await?;
    progress.bar.finish_and_clear();
    check_arrival(dst, key, backup.size).await?;
    Ok(())
}
