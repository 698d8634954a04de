//! A hostile server: what a PocketBase URL can answer when the server (or whoever
//! controls it) wants to hurt the person running pbctl. Oversized bodies, endless pages,
//! escape sequences in values and errors, tokens with absurd `exp`, redirects to other
//! hosts, slowloris, SSE without separators, JSON that is not PocketBase's. Each case
//! checks the exit code and bounds the child's peak memory (its `ru_maxrss`, measured by
//! GNU time: [`TestEnv::run_measured`]).

use crate::common::*;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const MIB: u64 = 1024;

/// One request as the hostile server saw it.
struct Req {
    method: String,
    /// Path without the query.
    path: String,
    query: String,
}

impl Req {
    fn param(&self, key: &str) -> Option<String> {
        self.query.split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k == key).then(|| v.to_string())
        })
    }
}

/// What the hostile server does with a request.
enum Reply {
    Json(u16, String),
    /// A 200 whose body never ends (chunked, no length) until the client gives up.
    EndlessBody(&'static str),
    /// A 200 that announces `len` bytes and starts sending them.
    Announced(u64),
    /// An event stream that never sends an event separator.
    SseWithoutSeparators,
    /// The status line and headers, one byte every 300 ms.
    Slowloris,
    Redirect(u16, String),
    /// Close the connection without answering.
    Hangup,
}

struct Hostile {
    url: String,
    hits: Arc<AtomicUsize>,
}

/// Start a hostile server on 127.0.0.1; it lives until the test process ends (its
/// threads only block on sockets).
fn hostile(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> Hostile {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let handler = Arc::new(handler);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            counter.fetch_add(1, Ordering::SeqCst);
            let handler = handler.clone();
            std::thread::spawn(move || serve(stream, &*handler));
        }
    });
    Hostile { url, hits }
}

fn serve(stream: TcpStream, handler: &dyn Fn(&Req) -> Reply) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut out = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let target = parts.next().unwrap_or("/").to_string();
        let mut length = 0usize;
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            if h == "\r\n" || h == "\n" {
                break;
            }
            if let Some((k, v)) = h.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse().unwrap_or(0);
            }
        }
        let mut body = vec![0; length];
        if std::io::Read::read_exact(&mut reader, &mut body).is_err() {
            return;
        }
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        let req = Req {
            method,
            path: path.to_string(),
            query: query.to_string(),
        };
        let keep_open = match handler(&req) {
            Reply::Json(status, body) => {
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                );
                out.write_all(head.as_bytes())
                    .and_then(|_| out.write_all(body.as_bytes()))
                    .is_ok()
            }
            Reply::EndlessBody(start) => {
                let _ = endless(&mut out, "application/json", start.as_bytes(), b"x");
                false
            }
            Reply::SseWithoutSeparators => {
                let _ = endless(&mut out, "text/event-stream", b"data: ", b"y");
                false
            }
            Reply::Announced(len) => {
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len}\r\n\r\n{{\"a\":\""
                );
                let _ = out.write_all(head.as_bytes());
                let chunk = vec![b'z'; 1 << 16];
                while out.write_all(&chunk).is_ok() {}
                false
            }
            Reply::Slowloris => {
                for b in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: ".iter() {
                    if out.write_all(&[*b]).is_err() {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(300));
                }
                loop {
                    if out.write_all(b"z").is_err() {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(300));
                }
            }
            Reply::Redirect(status, location) => {
                let head = format!(
                    "HTTP/1.1 {status} X\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
                );
                out.write_all(head.as_bytes()).is_ok()
            }
            Reply::Hangup => false,
        };
        if !keep_open {
            let _ = out.shutdown(std::net::Shutdown::Both);
            return;
        }
    }
}

/// Chunked body: `start`, then `filler` without end, until the client closes.
fn endless(
    out: &mut TcpStream,
    content_type: &str,
    start: &[u8],
    filler: &[u8],
) -> std::io::Result<()> {
    out.write_all(
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        .as_bytes(),
    )?;
    let chunk = |data: &[u8], out: &mut TcpStream| -> std::io::Result<()> {
        out.write_all(format!("{:x}\r\n", data.len()).as_bytes())?;
        out.write_all(data)?;
        out.write_all(b"\r\n")
    };
    chunk(start, out)?;
    let block: Vec<u8> = filler.iter().copied().cycle().take(1 << 16).collect();
    loop {
        chunk(&block, out)?;
    }
}

/// A PocketBase-style token with the given `exp`.
fn token_with_exp(exp: i64) -> String {
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    format!(
        "{}.{}.{}",
        b64(r#"{"alg":"HS256","typ":"JWT"}"#),
        b64(&format!(
            r#"{{"collectionId":"pbc_3142635823","exp":{exp},"id":"hostile1234567","refreshable":true,"type":"auth"}}"#
        )),
        b64("sig")
    )
}

/// A pbctl environment pointed at `url` without a config (PBCTL_URL + PBCTL_TOKEN).
fn env_for(server: &Hostile) -> TestEnv {
    TestEnv::new()
        .env("PBCTL_URL", &server.url)
        .env("PBCTL_TOKEN", &fake_token())
}

const POSTS: &str = r#"{"id":"pbc_1","name":"posts","type":"base","system":false,"fields":[{"name":"id","type":"text","system":true,"primaryKey":true,"hidden":false},{"name":"title","type":"text","system":false,"hidden":false,"presentable":false}]}"#;

fn page(page: u64, per_page: u64, ids: impl Iterator<Item = String>, total: i64) -> String {
    let items: Vec<Value> = ids.map(|id| json!({"id": id, "title": "t"})).collect();
    json!({"items": items, "page": page, "perPage": per_page, "totalItems": total, "totalPages": -1})
        .to_string()
}

#[track_caller]
fn bounded(out: &Out, code: i32, mib: u64) {
    eprintln!("exit {}, peak RSS {} KiB", out.code, out.peak_rss_kib);
    out.code(code);
    assert!(
        out.peak_rss_kib > 0 && out.peak_rss_kib < mib * MIB,
        "peak RSS {} KiB, bound {mib} MiB: {out:?}",
        out.peak_rss_kib
    );
}

#[test]
fn oversized_bodies_are_cut_off_not_buffered() {
    // No length: read up to the limit (128 MiB), then refused.
    let server = hostile(|_| Reply::EndlessBody(r#"{"meta":{"appName":""#));
    let env = env_for(&server);
    let out = env.run_measured(&["settings", "get", "-o", "json"]);
    bounded(&out, 1, 256);
    assert!(out.stderr.contains("larger than 128 MiB"), "{out:?}");

    // An announced 500 MB: refused before reading.
    let server = hostile(|_| Reply::Announced(500 << 20));
    let env = env_for(&server);
    let out = env.run_measured(&["settings", "get"]);
    bounded(&out, 1, 64);
    assert!(out.stderr.contains("larger than 128 MiB"), "{out:?}");
}

#[test]
fn endless_pages_stop() {
    // Every page is the same full page.
    let server = hostile(|r| match r.path.as_str() {
        "/api/collections/posts" => Reply::Json(200, POSTS.into()),
        _ => {
            let p = r.param("page").and_then(|p| p.parse().ok()).unwrap_or(1);
            Reply::Json(
                200,
                page(p, 1000, (0..1000).map(|i| format!("id{i:012}")), -1),
            )
        }
    });
    let env = env_for(&server);
    let out = env.run_measured(&["record", "list", "posts", "--all", "-o", "jsonl"]);
    bounded(&out, 1, 96);
    assert!(out.stderr.contains("same items as page"), "{out:?}");
    let target = env.home.path().join("posts.jsonl");
    let out = env.run_measured(&["record", "export", "posts", "-O", target.to_str().unwrap()]);
    bounded(&out, 1, 96);
    assert!(!target.exists(), "a partial export was left: {out:?}");
    assert!(out.stderr.contains("same items as page"), "{out:?}");

    // Fresh ids forever, after announcing 1500 records: stopped at twice the count.
    let server = hostile(|r| match r.path.as_str() {
        "/api/collections/posts" => Reply::Json(200, POSTS.into()),
        _ => {
            let p: u64 = r.param("page").and_then(|p| p.parse().ok()).unwrap_or(1);
            let total = if r.param("skipTotal").is_some() {
                -1
            } else {
                1500
            };
            let ids = (0..1000).map(move |i| format!("p{p:06}i{i:06}"));
            Reply::Json(200, page(p, 1000, ids, total))
        }
    });
    let env = env_for(&server);
    let out = env.run_measured(&["record", "list", "posts", "--all", "-o", "jsonl"]);
    bounded(&out, 1, 96);
    assert!(out.stderr.contains("after announcing 1500"), "{out:?}");
    assert!(out.stdout.lines().count() <= 4000, "{}", out.stdout.len());

    // `api --paginate`: totalPages grows on every page; the first answer's count holds.
    let server = hostile(|r| {
        let p: u64 = r.param("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        let body = json!({"items": [{"id": format!("r{p}")}], "page": p, "perPage": 1,
            "totalItems": p + 1, "totalPages": p + 1});
        Reply::Json(200, body.to_string())
    });
    let env = env_for(&server);
    let out = env.run_measured(&[
        "api",
        "/api/collections/posts/records",
        "--paginate",
        "-o",
        "json",
    ]);
    bounded(&out, 0, 64);
    assert_eq!(out.json(), json!([{"id": "r1"}, {"id": "r2"}]));
}

/// Not hostile, only slow: while the first page takes its time, the export keeps the other
/// connections busy with the pages after it (a new request as soon as any page arrives,
/// not only the earliest), holds no more than 2 x 3 pages, and still writes the records
/// in page order.
#[test]
fn export_keeps_requesting_while_an_early_page_is_slow() {
    use std::collections::BTreeMap;
    use std::sync::Mutex;
    use std::time::Instant;
    let asked: Arc<Mutex<BTreeMap<u64, Instant>>> = Arc::default();
    let first_answered: Arc<Mutex<Option<Instant>>> = Arc::default();
    let (log, answered) = (asked.clone(), first_answered.clone());
    let server = hostile(move |r| match r.path.as_str() {
        "/api/collections/posts" => Reply::Json(200, POSTS.into()),
        _ => {
            let p: u64 = r.param("page").and_then(|p| p.parse().ok()).unwrap_or(1);
            log.lock().unwrap().insert(p, Instant::now());
            // Pages 1-5 are full, page 6 holds the last 10 records.
            let n = match p {
                1..=5 => 1000,
                6 => 10,
                _ => 0,
            };
            let total = if p == 1 { 5010 } else { -1 };
            let body = page(p, 1000, (0..n).map(move |i| format!("p{p}i{i:04}")), total);
            if p == 1 {
                std::thread::sleep(Duration::from_secs(2));
                *answered.lock().unwrap() = Some(Instant::now());
            }
            Reply::Json(200, body)
        }
    });
    let env = env_for(&server);
    let target = env.home.path().join("posts.jsonl");
    env.run(&["record", "export", "posts", "-O", target.to_str().unwrap()])
        .ok();
    let ids = jsonl_ids(&target);
    let want: Vec<String> = (1..=6u64)
        .flat_map(|p| (0..if p < 6 { 1000 } else { 10 }).map(move |i| format!("p{p}i{i:04}")))
        .collect();
    assert!(ids == want, "{} records, not in page order", ids.len());
    let asked = asked.lock().unwrap();
    assert_eq!(
        asked.keys().copied().collect::<Vec<_>>(),
        (1..=6).collect::<Vec<_>>()
    );
    let first = first_answered.lock().unwrap().expect("page 1 answered");
    for p in 4..=6 {
        assert!(
            asked[&p] < first,
            "page {p} was asked for only after page 1 came back"
        );
    }
}

/// A scripted list server for the paging tests: `pages(p)` says how many records page
/// `p` holds (None: answer 500) and how long it waits first; `asked` logs the pages asked
/// for.
fn scripted_pages(
    pages: impl Fn(u64) -> (Option<usize>, u64) + Send + Sync + 'static,
) -> (Hostile, Arc<std::sync::Mutex<Vec<u64>>>) {
    let asked: Arc<std::sync::Mutex<Vec<u64>>> = Arc::default();
    let log = asked.clone();
    let server = hostile(move |r| match r.path.as_str() {
        "/api/collections/posts" => Reply::Json(200, POSTS.into()),
        _ => {
            let p: u64 = r.param("page").and_then(|p| p.parse().ok()).unwrap_or(1);
            log.lock().unwrap().push(p);
            let (n, wait_ms) = pages(p);
            std::thread::sleep(Duration::from_millis(wait_ms));
            match n {
                Some(n) => {
                    let total = if p == 1 { 100_000 } else { -1 };
                    let ids = (0..n).map(move |i| format!("p{p}i{i:04}"));
                    Reply::Json(200, page(p, 1000, ids, total))
                }
                None => Reply::Json(500, r#"{"status":500,"message":"boom","data":{}}"#.into()),
            }
        }
    });
    (server, asked)
}

#[test]
fn export_stops_requesting_at_an_early_empty_page_and_ignores_errors_past_the_end() {
    // Pages 1 and 2 are slow; page 3 comes back empty at once: nothing after it is asked
    // for (without the early stop, pages 4-6 would be).
    let (server, asked) = scripted_pages(|p| match p {
        1 => (Some(1000), 1000),
        2 => (Some(10), 500),
        _ => (Some(0), 0),
    });
    let env = env_for(&server);
    let target = env.home.path().join("posts.jsonl");
    env.run(&["record", "export", "posts", "-O", target.to_str().unwrap()])
        .ok();
    assert_eq!(jsonl_ids(&target).len(), 1010);
    let mut pages = asked.lock().unwrap().clone();
    pages.sort();
    assert_eq!(pages, [1, 2, 3]);

    // Pages past the short one fail at once; the export needs none of them.
    let (server, _) = scripted_pages(|p| match p {
        1 => (Some(1000), 0),
        2 => (Some(10), 500),
        _ => (None, 0),
    });
    let env = env_for(&server);
    let target = env.home.path().join("posts.jsonl");
    env.run(&["record", "export", "posts", "-O", target.to_str().unwrap()])
        .ok();
    let ids = jsonl_ids(&target);
    assert_eq!(ids.len(), 1010);
    assert_eq!(ids.last().map(String::as_str), Some("p2i0009"));
}

#[test]
fn export_fails_on_an_error_in_a_page_it_needs_and_leaves_no_file() {
    // Page 2 fails while pages 1 and 3 are full and fine.
    let (server, _) = scripted_pages(|p| match p {
        2 => (None, 200),
        _ => (Some(1000), 0),
    });
    let env = env_for(&server);
    let target = env.home.path().join("posts.jsonl");
    let out = env.run(&["record", "export", "posts", "-O", target.to_str().unwrap()]);
    // A server error is exit 5 (unavailable), as for any request.
    out.code(5);
    assert!(out.stderr.contains("boom"), "{out:?}");
    assert!(!target.exists(), "{out:?}");
    assert!(!env.home.path().join("posts.jsonl.part").exists());
}

#[test]
fn escape_sequences_never_reach_the_terminal() {
    const EVIL: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mRED";
    let server = hostile(|r| match r.path.as_str() {
        "/api/collections/posts" => Reply::Json(200, POSTS.into()),
        "/api/collections/posts/records" if r.method == "GET" => Reply::Json(
            200,
            json!({"items": [{"id": "abc", "title": EVIL}], "page": 1, "perPage": 30,
                "totalItems": 1, "totalPages": 1})
            .to_string(),
        ),
        _ => Reply::Json(
            400,
            json!({"status": 400, "message": format!("bad {EVIL}"),
                "data": {"title": {"code": "x", "message": EVIL}}})
            .to_string(),
        ),
    });
    let env = env_for(&server);
    for format in ["table", "wide", "name"] {
        let out = env.run_measured(&["record", "list", "posts", "-o", format]);
        out.ok();
        assert!(!out.stdout.contains('\u{1b}'), "{format}: {out:?}");
        assert!(!out.stdout.contains('\u{7}'), "{format}: {out:?}");
    }
    let table = env.run_measured(&["record", "list", "posts"]);
    assert!(table.stdout.contains("\\u{1b}[2J"), "{table:?}");
    // Machine formats stay exact.
    let json = env.run_measured(&["record", "list", "posts", "-o", "json"]);
    assert_eq!(json.json()[0]["title"], EVIL);
    // Server error messages and field errors.
    let out = env.run_measured(&["record", "create", "posts", "title=x"]);
    out.code(1);
    assert!(!out.stderr.contains('\u{1b}'), "{out:?}");
    assert!(out.stderr.contains("bad \\u{1b}]0;pwned"), "{out:?}");
}

#[test]
fn absurd_token_expiry_does_not_panic() {
    let token = token_with_exp(99_999_999_999_999);
    let t = token.clone();
    let server = hostile(move |r| match r.path.as_str() {
        p if p.ends_with("/auth-with-password") => Reply::Json(
            200,
            json!({"token": t, "record": {"id": "hostile1234567", "email": "a@b.c",
                "collectionName": "_superusers"}})
            .to_string(),
        ),
        _ => Reply::Json(200, "{}".into()),
    });
    let env = TestEnv::new();
    env.secret(&token);
    env.run(&["context", "add", "evil", "--url", &server.url])
        .ok();
    let login = env.run_stdin(
        &["auth", "login", "--identity", "a@b.c", "--password-stdin"],
        "pw-hostile-1\n",
    );
    login.ok();
    for args in [
        vec!["context", "list"],
        vec!["context", "show"],
        vec!["auth", "status"],
    ] {
        let out = env.run_measured(&args);
        bounded(&out, 0, 64);
        assert!(out.stdout.contains("after 9999-12-31"), "{args:?}: {out:?}");
    }
}

#[test]
fn redirects_to_other_hosts_are_not_followed() {
    let elsewhere = hostile(|_| Reply::Json(200, r#"{"token":"x"}"#.into()));
    let target = format!(
        "{}/api/collections/_superusers/auth-with-password",
        elsewhere.url
    );
    let server = hostile(move |_| Reply::Redirect(307, target.clone()));
    // A context-less login (PBCTL_IDENTITY + PBCTL_PASSWORD) on the first request.
    let env = TestEnv::new()
        .env("PBCTL_URL", &server.url)
        .env("PBCTL_IDENTITY", "a@b.c")
        .env("PBCTL_PASSWORD", "pw-redirected-1");
    let out = env.run_measured(&["settings", "get"]);
    bounded(&out, 1, 64);
    assert!(out.stderr.contains("redirected to"), "{out:?}");
    assert_eq!(
        elsewhere.hits.load(Ordering::SeqCst),
        0,
        "the password went to another host"
    );
}

#[test]
fn slowloris_ends_at_the_timeout_and_says_what_happened() {
    let server = hostile(|_| Reply::Slowloris);
    let env = env_for(&server);
    let out = env.run_measured(&["--timeout", "1s", "settings", "get"]);
    bounded(&out, 5, 64);
    assert!(out.stderr.contains("within 1s"), "{out:?}");
    assert!(out.stderr.contains("after 4 attempts in"), "{out:?}");
    assert!(out.stderr.contains("limits each attempt"), "{out:?}");
}

#[test]
fn sse_without_separators_is_bounded() {
    let server = hostile(|r| match r.path.as_str() {
        "/api/collections/posts" => Reply::Json(200, POSTS.into()),
        "/api/realtime" => Reply::SseWithoutSeparators,
        _ => Reply::Json(404, "{}".into()),
    });
    let env = env_for(&server);
    let out = env.run_measured(&["record", "watch", "posts"]);
    bounded(&out, 1, 128);
    assert!(out.stderr.contains("without an event separator"), "{out:?}");
    // --count 0 asks for nothing: it exits at once.
    let out = env.run_measured(&["record", "watch", "posts", "--count", "0"]);
    bounded(&out, 0, 64);
}

#[test]
fn json_that_is_not_pocketbase_is_an_error() {
    let server = hostile(|r| match r.path.as_str() {
        "/api/collections/posts" => Reply::Json(200, POSTS.into()),
        _ => Reply::Json(200, r#"{"hello":"world"}"#.into()),
    });
    let env = env_for(&server);
    for args in [
        vec!["record", "list", "posts"],
        vec!["record", "list", "posts", "--all", "-o", "jsonl"],
        vec!["collection", "list"],
    ] {
        let out = env.run_measured(&args);
        bounded(&out, 1, 64);
        assert!(
            out.stderr.contains("not a PocketBase list"),
            "{args:?}: {out:?}"
        );
    }
}

#[test]
fn file_tokens_stay_out_of_errors() {
    let file_token = token_with_exp(4_102_444_800).replace("auth", "file");
    let t = file_token.clone();
    let server = hostile(move |r| match (r.method.as_str(), r.path.as_str()) {
        (_, "/api/files/token") => Reply::Json(200, json!({"token": t}).to_string()),
        (_, p) if p.starts_with("/api/files/") => Reply::Hangup,
        _ => Reply::Json(
            200,
            json!({"id": "abc", "collectionId": "pbc_1", "doc": "ok2.txt"}).to_string(),
        ),
    });
    let env = env_for(&server);
    env.secret(&file_token);
    let out = env.run_measured(&["record", "get", "posts", "abc", "--download", "doc"]);
    bounded(&out, 5, 64);
    assert!(out.stderr.contains("downloading ok2.txt"), "{out:?}");
    assert!(!out.stderr.contains("token="), "{out:?}");
}

#[test]
fn nats_urls_with_credentials_are_refused() {
    let env = TestEnv::new();
    env.secret("natspass-123");
    let out = env.run_measured(&[
        "context",
        "add",
        "n",
        "--url",
        "http://127.0.0.1:1",
        "--nats-url",
        "nats://u:natspass-123@127.0.0.1:4222",
    ]);
    out.code(2);
    env.run_measured(&["context", "add", "n", "--url", "http://127.0.0.1:1"])
        .ok();
    env.run_measured(&[
        "context",
        "set",
        "n",
        "nats.url=nats://u:natspass-123@h:4222",
    ])
    .code(2);
    let shown = env.run_measured(&["context", "show", "n", "-o", "json"]);
    assert!(shown.ok().json()["nats"]["url"].is_null(), "{shown:?}");
    // The flag of the commands that connect is refused before connecting.
    env.run(&["jwt", "init", "acme"]).ok();
    let out = env.run(&[
        "jwt",
        "push",
        "--nats-url",
        "nats://u:natspass-123@127.0.0.1:1",
    ]);
    out.code(2);
    assert!(out.stderr.contains("holds credentials"), "{out:?}");
}

#[test]
fn claims_past_year_9999_are_listed_and_described() {
    let env = TestEnv::new();
    env.run(&["jwt", "init", "acme"]).ok();
    env.run(&["jwt", "account", "add", "app"]).ok();
    env.run(&[
        "jwt",
        "user",
        "add",
        "bob",
        "--account",
        "app",
        "--expiry",
        "@99999999999999",
    ])
    .ok();
    for args in [
        vec!["jwt", "user", "list", "--account", "app"],
        vec![
            "jwt",
            "user",
            "show",
            "bob",
            "--account",
            "app",
            "-o",
            "json",
        ],
    ] {
        let out = env.run_measured(&args);
        bounded(&out, 0, 64);
        assert!(
            out.stdout.contains("after 9999-12-31T23:59:59Z"),
            "{args:?}: {out:?}"
        );
    }
}

/// The harness's secret scan finds what it must and only that (a scan that cannot fail
/// would protect nothing).
#[test]
fn the_secret_scan_finds_seeds_tokens_and_known_secrets() {
    let seed = "SUAMHPSIRDLXQ3JZ4BKZ2YQ5VX3L7EJUJ2WQKZGM4AF4XKHC5GMUDY3OEA";
    assert_eq!(seed.len(), 58);
    assert!(secret_scan(&[], &format!("seed: {seed}\n")).is_some());
    assert!(secret_scan(&[], &format!("x {}\n", fake_token())).is_some());
    assert!(secret_scan(&["hunter2-pw".into()], "password hunter2-pw").is_some());
    // A NATS JWT, a public key and ordinary text are not secrets.
    let nats_jwt =
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJzdWIiOiJVQUJDIiwibmF0cyI6e319.c2ln";
    let public = "UDBJ6XDQ6QG6END45THJFXPC5T7PHI4EUGFQO6X5UCN7VZXCQ5XBHMYX";
    assert_eq!(
        secret_scan(&["hunter2-pw".into()], &format!("{nats_jwt} {public} ok")),
        None
    );
    // Random base32 values that merely start like a seed: a public key, a JWT id, a
    // 58-character word whose third letter is not the seed's `A`.
    let public_so = "SOBJ6XDQ6QG6END45THJFXPC5T7PHI4EUGFQO6X5UCN7VZXCQ5XBHMYX";
    let jti = "SUAM4N2Q7KXW3ZL5H6RJ2YFDBVCTEGP3O4I5Q7WXZKLMN2345ABC";
    assert_eq!(jti.len(), 52);
    let not_seed = format!("SUB{}", &seed[3..]);
    let text = format!(r#"{{"sub":"{public_so}","jti":"{jti}","x":"{not_seed}"}}"#);
    assert_eq!(secret_scan(&[], &text), None);
    assert!(secret_scan(&[], &format!(r#"{{"seed":"{seed}"}}"#)).is_some());
}

#[test]
fn watch_gives_up_on_a_realtime_answer_without_headers() {
    let server = hostile(|r| match r.path.as_str() {
        "/api/collections/posts" => Reply::Json(200, POSTS.into()),
        _ => Reply::Slowloris,
    });
    let env = env_for(&server);
    let mut child = env
        .command(&["--timeout", "1s", "record", "watch", "posts"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run pbctl");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(|l| l.ok()) {
            let _ = tx.send(line);
        }
    });
    // Without a header timeout the GET hangs silently; with it, pbctl reports and retries.
    let line = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("no report within 20 s");
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        line.contains("no answer from the realtime API within 1s"),
        "{line}"
    );
    env.scan(&["record", "watch"], "", &line);
}
