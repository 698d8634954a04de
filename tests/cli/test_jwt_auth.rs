//! `pbctl jwt` beyond the basics, against real nats-servers (2.15.1 and Debian 2.9.10) and
//! a real async-nats client: scoped signing keys, private exports with activation tokens,
//! subject mappings, connect-time windows and `nbf`, tiered JetStream limits, pull --write,
//! encrypted key bundles, nats CLI contexts and `jwt check`.

use crate::common::{TestEnv, jwt, jwt_creds, jwt_store_dir, mode};
use crate::nats_server::{
    NatsServer, assert_refused, bin_215, check_pub_permissions, connect_creds, on_both_nats_servers,
};
use futures_util::StreamExt;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn push(env: &TestEnv, url: &str) {
    let out = jwt(env, &["push", "--all", "--nats-url", url, "-o", "json"]);
    out.ok();
    for r in out.json().as_array().expect("push rows") {
        assert_eq!(r["status"], "ok", "{r}");
    }
}

async fn client(url: &str, creds: &Path) -> async_nats::Client {
    connect_creds(url, creds)
        .await
        .unwrap_or_else(|e| panic!("{} connects: {e}", creds.display()))
        .0
}

/// A request that must be answered within 3 s; `Err` when it errors or times out.
async fn request(c: &async_nats::Client, subject: &str) -> Result<String, String> {
    match tokio::time::timeout(
        Duration::from_secs(3),
        c.request(subject.to_string(), "ping".into()),
    )
    .await
    {
        Ok(Ok(m)) => Ok(String::from_utf8_lossy(&m.payload).into_owned()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("timed out".into()),
    }
}

// ---------------------------------------------------------------------------------------
// scoped signing keys
// ---------------------------------------------------------------------------------------

async fn scoped_signing_keys(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "scoped", None, "");
    let url = server.url();
    jwt(&env, &["account", "add", "app"]).ok();
    let out = jwt(
        &env,
        &[
            "account",
            "signing-key",
            "add",
            "app",
            "--role",
            "ops",
            "--allow-pubsub",
            "a.>",
            "-o",
            "json",
        ],
    );
    out.ok();
    let role_key = out.json()["key"].as_str().unwrap().to_string();
    assert_eq!(out.json()["scope"]["role"], "ops");

    // Permission flags with a scoped key: usage error, nothing written.
    jwt(
        &env,
        &[
            "user",
            "add",
            "bad",
            "--account",
            "app",
            "--signing-key",
            "ops",
            "--allow-pub",
            "x",
        ],
    )
    .code(2);
    assert!(
        !jwt_store_dir(&env)
            .join("acme/accounts/app/users/bad.jwt")
            .exists()
    );

    jwt(
        &env,
        &[
            "user",
            "add",
            "bob",
            "--account",
            "app",
            "--signing-key",
            "ops",
        ],
    )
    .ok();
    let shown = jwt(
        &env,
        &["user", "show", "bob", "--account", "app", "-o", "json"],
    )
    .json();
    assert_eq!(shown["issuer"], role_key.as_str());
    assert_eq!(
        shown["pub"]["allow"],
        Value::Array(vec![]),
        "no permissions of its own"
    );
    let raw = jwt(&env, &["user", "show", "bob", "--account", "app", "--raw"]).stdout;
    let described = env
        .run_stdin(&["jwt", "describe", "-", "-o", "json"], &raw)
        .json();
    let nats = &described["claims"]["nats"];
    assert!(
        nats.get("subs").is_none() && nats["pub"] == serde_json::json!({}),
        "{nats}"
    );

    let list = jwt(
        &env,
        &[
            "account",
            "signing-key",
            "list",
            "--account",
            "app",
            "-o",
            "json",
        ],
    )
    .json();
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|k| k["key"] == role_key.as_str() && k["role"] == "ops"),
        "{list}"
    );

    push(&env, &url);
    let bob = jwt_creds(&env, "bob", "app");
    check_pub_permissions(&url, &bob).await;

    // Remove the scoped key, push: bob is refused, and validate names him.
    jwt(
        &env,
        &["account", "signing-key", "remove", "app", "--role", "ops"],
    )
    .ok();
    push(&env, &url);
    let e = assert_refused(&url, &bob).await;
    assert!(!e.is_empty());
    let v = jwt(&env, &["validate", "-o", "json"]);
    v.code(1);
    let issues = v.json()["issues"].clone();
    assert!(
        issues
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["name"] == "app/bob" && i["level"] == "error"),
        "{issues}"
    );
}

on_both_nats_servers!(
    scoped_signing_keys,
    jwt_scoped_signing_keys_2_15,
    jwt_scoped_signing_keys_2_9
);

// ---------------------------------------------------------------------------------------
// private exports, activation tokens, public stream exports
// ---------------------------------------------------------------------------------------

async fn responder(url: &str, creds: &Path) -> tokio::task::JoinHandle<()> {
    let c = client(url, creds).await;
    let mut sub = c.subscribe("help.>").await.expect("subscribe");
    c.flush().await.expect("flush");
    tokio::spawn(async move {
        while let Some(m) = sub.next().await {
            if let Some(reply) = m.reply {
                let _ = c.publish(reply, "pong".into()).await;
                let _ = c.flush().await;
            }
        }
    })
}

fn reimport(env: &TestEnv, token: Option<&Path>) {
    let _ = jwt(
        env,
        &[
            "account",
            "import",
            "delete",
            "--account",
            "web",
            "--subject",
            "help.>",
        ],
    );
    let mut args = vec![
        "account",
        "import",
        "add",
        "--account",
        "web",
        "--from-account",
        "svc",
        "--subject",
        "help.>",
        "--service",
    ];
    let t;
    if let Some(p) = token {
        t = p.to_string_lossy().into_owned();
        args.push("--token");
        args.push(&t);
    }
    jwt(env, &args).ok();
}

async fn private_exports(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "exports", None, "");
    let url = server.url();
    jwt(&env, &["account", "add", "svc"]).ok();
    jwt(&env, &["account", "add", "web"]).ok();
    jwt(
        &env,
        &[
            "account",
            "export",
            "add",
            "--account",
            "svc",
            "--subject",
            "help.>",
            "--service",
            "--private",
        ],
    )
    .ok();
    jwt(
        &env,
        &[
            "account",
            "export",
            "add",
            "--account",
            "svc",
            "--subject",
            "events.>",
        ],
    )
    .ok();
    jwt(
        &env,
        &[
            "account",
            "import",
            "add",
            "--account",
            "web",
            "--from-account",
            "svc",
            "--subject",
            "events.>",
        ],
    )
    .ok();
    jwt(&env, &["user", "add", "responder", "--account", "svc"]).ok();
    jwt(&env, &["user", "add", "client", "--account", "web"]).ok();
    let svc_creds = jwt_creds(&env, "responder", "svc");
    let web_creds = jwt_creds(&env, "client", "web");

    // An import without a token: the server ignores it.
    reimport(&env, None);
    push(&env, &url);
    let _r = responder(&url, &svc_creds).await;
    let c = client(&url, &web_creds).await;
    assert!(
        request(&c, "help.x").await.is_err(),
        "a private export without a token"
    );

    // The public stream export works as before.
    let mut events = c.subscribe("events.>").await.unwrap();
    c.flush().await.unwrap();
    let s = client(&url, &svc_creds).await;
    s.publish("events.1", "hello".into()).await.unwrap();
    s.flush().await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(3), events.next())
        .await
        .expect("stream import delivers")
        .unwrap();
    assert_eq!(&m.payload[..], b"hello");

    // With an activation token the request is answered.
    let tok = env.home.path().join("web.tok");
    jwt(
        &env,
        &[
            "activation",
            "create",
            "--account",
            "svc",
            "--subject",
            "help.>",
            "--target-account",
            "web",
            "-O",
            &tok.to_string_lossy(),
        ],
    )
    .ok();
    let described = jwt(&env, &["describe", &tok.to_string_lossy(), "-o", "json"]).json();
    assert_eq!(
        described["claims"]["nats"]["type"], "activation",
        "{described}"
    );
    reimport(&env, Some(&tok));
    push(&env, &url);
    let c = client(&url, &web_creds).await;
    assert_eq!(request(&c, "help.x").await.as_deref(), Ok("pong"));

    // An activation that expires: served while valid, refused after.
    let short = env.home.path().join("short.tok");
    jwt(
        &env,
        &[
            "activation",
            "create",
            "--account",
            "svc",
            "--subject",
            "help.>",
            "--target-account",
            "web",
            "--expiry",
            "8s",
            "-O",
            &short.to_string_lossy(),
        ],
    )
    .ok();
    let exp =
        jwt(&env, &["describe", &short.to_string_lossy(), "-o", "json"]).json()["claims"]["exp"]
            .as_i64()
            .unwrap();
    reimport(&env, Some(&short));
    push(&env, &url);
    let c = client(&url, &web_creds).await;
    assert_eq!(request(&c, "help.x").await.as_deref(), Ok("pong"));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    tokio::time::sleep(Duration::from_secs((exp - now + 2).max(0) as u64)).await;
    let c = client(&url, &web_creds).await;
    assert!(
        request(&c, "help.x").await.is_err(),
        "expired activation refused"
    );
}

on_both_nats_servers!(
    private_exports,
    jwt_private_exports_and_activations_2_15,
    jwt_private_exports_and_activations_2_9
);

// ---------------------------------------------------------------------------------------
// subject mappings
// ---------------------------------------------------------------------------------------

async fn mappings(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "mappings", None, "");
    let url = server.url();
    jwt(&env, &["account", "add", "app"]).ok();
    jwt(&env, &["user", "add", "u", "--account", "app"]).ok();
    jwt(
        &env,
        &[
            "account",
            "mapping",
            "add",
            "app",
            "--from",
            "orders.*",
            "--to",
            "orders.v2.{{wildcard(1)}}",
        ],
    )
    .ok();
    jwt(
        &env,
        &[
            "account",
            "mapping",
            "add",
            "--account",
            "app",
            "--from",
            "split",
            "--to",
            "split.a",
            "--weight",
            "50",
            "--to",
            "split.b",
            "--weight",
            "50",
        ],
    )
    .ok();
    // Over 100 % is refused.
    jwt(
        &env,
        &[
            "account", "mapping", "add", "app", "--from", "split", "--to", "split.c", "--weight",
            "10",
        ],
    )
    .code(2);
    let rows = jwt(&env, &["account", "mapping", "list", "app", "-o", "json"]).json();
    assert_eq!(rows.as_array().unwrap().len(), 3, "{rows}");
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .any(|r| r["to"] == "orders.v2.{{wildcard(1)}}")
    );
    push(&env, &url);

    let c = client(&url, &jwt_creds(&env, "u", "app")).await;
    let mut v2 = c.subscribe("orders.v2.>").await.unwrap();
    let mut a = c.subscribe("split.a").await.unwrap();
    let mut b = c.subscribe("split.b").await.unwrap();
    c.flush().await.unwrap();
    c.publish("orders.1", "o".into()).await.unwrap();
    for _ in 0..200 {
        c.publish("split", "s".into()).await.unwrap();
    }
    c.flush().await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(3), v2.next())
        .await
        .expect("mapped")
        .unwrap();
    assert_eq!(m.subject.as_str(), "orders.v2.1");
    let (na, nb) = (drain(&mut a).await, drain(&mut b).await);
    assert_eq!(na + nb, 200, "a={na} b={nb}");
    assert!(
        na > 0 && nb > 0,
        "both destinations get messages: a={na} b={nb}"
    );

    let removed = jwt(
        &env,
        &["account", "mapping", "remove", "app", "--from", "split"],
    );
    removed.ok();
    assert!(
        removed
            .stderr
            .contains("Mapping split removed from account \"app\""),
        "{}",
        removed.stderr
    );
    assert_eq!(
        jwt(&env, &["account", "mapping", "list", "app", "-o", "json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

on_both_nats_servers!(
    mappings,
    jwt_subject_mappings_2_15,
    jwt_subject_mappings_2_9
);

async fn drain(sub: &mut async_nats::Subscriber) -> usize {
    let mut n = 0;
    while let Ok(Some(_)) = tokio::time::timeout(Duration::from_millis(500), sub.next()).await {
        n += 1;
    }
    n
}

// ---------------------------------------------------------------------------------------
// connect-time windows and nbf
// ---------------------------------------------------------------------------------------

/// (a window containing now, a window not containing now), both in UTC, none spanning
/// midnight.
fn windows() -> (String, String) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let day = now % 86_400;
    let hms = |s: u64| format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
    let including = if day >= 600 && day + 1800 < 86_400 {
        format!("{}-{}", hms(day - 600), hms(day + 1800))
    } else {
        "00:00:00-23:59:59".to_string()
    };
    let excluding = if day < 43_200 {
        "13:00:00-14:00:00"
    } else {
        "01:00:00-02:00:00"
    };
    (including, excluding.to_string())
}

async fn time_windows(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "times", None, "");
    let url = server.url();
    jwt(&env, &["account", "add", "app"]).ok();
    let (inside, outside) = windows();
    jwt(
        &env,
        &[
            "user",
            "add",
            "day",
            "--account",
            "app",
            "--time",
            &inside,
            "--locale",
            "UTC",
        ],
    )
    .ok();
    jwt(
        &env,
        &[
            "user",
            "add",
            "night",
            "--account",
            "app",
            "--time",
            &outside,
            "--locale",
            "UTC",
        ],
    )
    .ok();
    jwt(
        &env,
        &["user", "add", "later", "--account", "app", "--start", "1h"],
    )
    .ok();
    jwt(
        &env,
        &[
            "user",
            "add",
            "bad",
            "--account",
            "app",
            "--time",
            "25:00:00-26:00:00",
        ],
    )
    .code(2);
    let shown = jwt(
        &env,
        &["user", "show", "day", "--account", "app", "-o", "json"],
    )
    .json();
    assert_eq!(
        shown["times"][0]["start"],
        inside.split('-').next().unwrap(),
        "{shown}"
    );
    assert_eq!(shown["timesLocation"], "UTC");
    push(&env, &url);

    let (c, _) = connect_creds(&url, &jwt_creds(&env, "day", "app"))
        .await
        .expect("inside its window");
    c.flush().await.unwrap();
    assert_refused(&url, &jwt_creds(&env, "night", "app")).await;
    let later = jwt_creds(&env, "later", "app");
    assert_refused(&url, &later).await;
    let d = jwt(&env, &["describe", &later.to_string_lossy(), "-o", "json"]).json();
    assert!(
        d["status"].as_str().unwrap().starts_with("NOT YET VALID"),
        "{d}"
    );
    assert_eq!(d["valid"], false);
}

on_both_nats_servers!(
    time_windows,
    jwt_time_windows_and_start_2_15,
    jwt_time_windows_and_start_2_9
);

// ---------------------------------------------------------------------------------------
// tiered JetStream limits
// ---------------------------------------------------------------------------------------

#[tokio::test]
async fn jwt_tiered_jetstream_limits_2_15() {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    let js_dir = env.home.path().join("js");
    let server = NatsServer::from_jwt_store(
        &env,
        &bin_215(),
        "tiers",
        None,
        &format!("\njetstream {{ store_dir: \"{}\" }}\n", js_dir.display()),
    );
    let url = server.url();
    jwt(
        &env,
        &[
            "account",
            "add",
            "js",
            "--js-tier",
            "R1",
            "--js-mem-storage",
            "1M",
            "--js-disk-storage",
            "10M",
            "--js-streams",
            "5",
        ],
    )
    .ok();
    // Global and tiered JetStream limits do not mix.
    jwt(&env, &["account", "edit", "js", "--js-streams", "3"]).code(2);
    let shown = jwt(&env, &["account", "show", "js", "-o", "json"]).json();
    let r1 = &shown["limits"]["jsTiers"]["R1"];
    assert_eq!(r1["jsMemStorage"], 1_000_000, "{shown}");
    assert_eq!(r1["jsStreams"], 5);
    jwt(&env, &["user", "add", "u", "--account", "js"]).ok();
    push(&env, &url);
    let c = client(&url, &jwt_creds(&env, "u", "js")).await;
    let m = tokio::time::timeout(Duration::from_secs(5), c.request("$JS.API.INFO", "".into()))
        .await
        .expect("JetStream answers")
        .expect("account info");
    let info: Value = serde_json::from_slice(&m.payload).unwrap();
    let limits = &info["tiers"]["R1"]["limits"];
    assert_eq!(limits["max_memory"], 1_000_000, "{info}");
    assert_eq!(limits["max_storage"], 10_000_000, "{info}");
    assert_eq!(limits["max_streams"], 5, "{info}");
}

// ---------------------------------------------------------------------------------------
// pull --write
// ---------------------------------------------------------------------------------------

async fn pull_write(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "pull", None, "");
    let url = server.url();
    jwt(&env, &["account", "add", "a1"]).ok();
    jwt(&env, &["account", "add", "a2"]).ok();
    push(&env, &url);
    // Another copy of the store changes a1 and pushes it.
    let copy = env.home.path().join("copy");
    let status = std::process::Command::new("cp")
        .arg("-a")
        .arg(jwt_store_dir(&env))
        .arg(&copy)
        .status()
        .unwrap();
    assert!(status.success());
    let copy_s = copy.to_string_lossy().into_owned();
    std::thread::sleep(Duration::from_millis(1100));
    env.run(&[
        "jwt", "--store", &copy_s, "account", "edit", "a1", "--conns", "5",
    ])
    .ok();
    env.run(&["jwt", "--store", &copy_s, "push", "a1", "--nats-url", &url])
        .ok();
    // Here, a2 is changed locally and not pushed: the store is newer.
    jwt(&env, &["account", "edit", "a2", "--conns", "7"]).ok();
    let a2_before =
        std::fs::read(jwt_store_dir(&env).join("acme/accounts/a2/account.jwt")).unwrap();

    let out = jwt(&env, &["pull", "--write", "--nats-url", &url, "-o", "json"]);
    out.ok();
    let rows = out.json();
    let row = |n: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["account"] == n)
            .cloned()
            .unwrap()
    };
    assert_eq!(row("a1")["written"], true, "{rows}");
    assert_eq!(row("a2")["written"], false, "{rows}");
    assert_eq!(
        std::fs::read(jwt_store_dir(&env).join("acme/accounts/a1/account.jwt")).unwrap(),
        std::fs::read(copy.join("acme/accounts/a1/account.jwt")).unwrap(),
        "the newer server JWT is stored"
    );
    assert_eq!(
        std::fs::read(jwt_store_dir(&env).join("acme/accounts/a2/account.jwt")).unwrap(),
        a2_before
    );
    let shown = jwt(&env, &["account", "show", "a1", "-o", "json"]).json();
    assert_eq!(shown["limits"]["conns"], 5);

    // --overwrite-newer takes the server's a2 even though the store's is newer.
    jwt(
        &env,
        &["pull", "--write", "--overwrite-newer", "--nats-url", &url],
    )
    .ok();
    assert_eq!(
        jwt(&env, &["account", "show", "a2", "-o", "json"]).json()["limits"]["conns"],
        -1
    );
}

on_both_nats_servers!(pull_write, jwt_pull_write_2_15, jwt_pull_write_2_9);

// ---------------------------------------------------------------------------------------
// nats CLI contexts
// ---------------------------------------------------------------------------------------

async fn nats_context(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "ctx", None, "");
    let url = server.url();
    jwt(&env, &["account", "add", "app"]).ok();
    jwt(
        &env,
        &[
            "user",
            "add",
            "alice",
            "--account",
            "app",
            "--allow-pubsub",
            "a.>",
        ],
    )
    .ok();
    push(&env, &url);
    jwt(
        &env,
        &[
            "context",
            "demo",
            "--account",
            "app",
            "--user",
            "alice",
            "--nats-url",
            &url,
        ],
    )
    .ok();
    let file = env.home.path().join("config/nats/context/demo.json");
    let ctx: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(ctx["url"], url.as_str());
    let creds = PathBuf::from(ctx["creds"].as_str().unwrap());
    assert_eq!(mode(&creds), 0o600);
    assert!(
        !std::fs::read_to_string(&file).unwrap().contains("SU"),
        "no seed in the context file"
    );
    // A client configured only from the context file (as the nats CLI reads it).
    check_pub_permissions(ctx["url"].as_str().unwrap(), &creds).await;
}

on_both_nats_servers!(nats_context, jwt_nats_context_2_15, jwt_nats_context_2_9);

// ---------------------------------------------------------------------------------------
// key bundles
// ---------------------------------------------------------------------------------------

fn files_under(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if !p.to_string_lossy().ends_with(".lock") {
                out.push((
                    p.strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn jwt_keys_export_import_roundtrip() {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    jwt(&env, &["account", "add", "app"]).ok();
    jwt(
        &env,
        &[
            "account",
            "signing-key",
            "add",
            "app",
            "--role",
            "ro",
            "--allow-sub",
            ">",
        ],
    )
    .ok();
    jwt(&env, &["user", "add", "alice", "--account", "app"]).ok();
    jwt(
        &env,
        &[
            "user",
            "add",
            "bob",
            "--account",
            "app",
            "--signing-key",
            "ro",
        ],
    )
    .ok();
    let bundle = env.home.path().join("acme.age");
    let b = bundle.to_string_lossy().into_owned();
    env.run_stdin(
        &["jwt", "keys", "export", "-O", &b, "--passphrase-stdin"],
        "s3cret pass\n",
    )
    .ok();
    assert_eq!(mode(&bundle), 0o600);
    let sealed = std::fs::read(&bundle).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1"));
    let originals = files_under(&jwt_store_dir(&env));
    let seeds: Vec<String> = originals
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "nk"))
        .map(|(_, b)| String::from_utf8_lossy(b).trim().to_string())
        .collect();
    assert!(seeds.len() >= 8, "{seeds:?}");
    for s in &seeds {
        assert!(
            !sealed.windows(s.len()).any(|w| w == s.as_bytes()),
            "plaintext seed in the bundle"
        );
    }

    // Wrong passphrase: exit 4, nothing written.
    let other = TestEnv::new();
    other
        .run_stdin(
            &["jwt", "keys", "import", &b, "--passphrase-stdin"],
            "wrong\n",
        )
        .code(4);
    assert!(!jwt_store_dir(&other).exists() || files_under(&jwt_store_dir(&other)).is_empty());

    other
        .run_stdin(
            &["jwt", "keys", "import", &b, "--passphrase-stdin"],
            "s3cret pass\n",
        )
        .ok();
    assert_eq!(
        files_under(&jwt_store_dir(&other)),
        originals,
        "every seed and JWT, byte for byte"
    );
    for user in ["alice", "bob"] {
        assert_eq!(
            other
                .revealing()
                .run(&["jwt", "creds", user, "--account", "app"])
                .stdout,
            env.revealing()
                .run(&["jwt", "creds", user, "--account", "app"])
                .stdout
        );
    }
    // Importing again changes nothing.
    other
        .run_stdin(
            &["jwt", "keys", "import", &b, "--passphrase-stdin"],
            "s3cret pass\n",
        )
        .ok();
    assert_eq!(files_under(&jwt_store_dir(&other)), originals);
}

// ---------------------------------------------------------------------------------------
// jwt check
// ---------------------------------------------------------------------------------------

#[test]
fn jwt_check_expiring_and_expired() {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    jwt(&env, &["account", "add", "app"]).ok();
    jwt(&env, &["user", "add", "fine", "--account", "app"]).ok();
    jwt(&env, &["check", "--expiring", "7d"]).ok();
    jwt(&env, &["account", "add", "soon", "--expiry", "3d"]).ok();
    jwt(
        &env,
        &["user", "add", "old", "--account", "app", "--expiry", "1s"],
    )
    .ok();
    let old_creds = jwt_creds(&env, "old", "app");
    std::thread::sleep(Duration::from_millis(2100));
    let out = jwt(
        &env,
        &[
            "check",
            "--expiring",
            "7d",
            "--creds",
            &old_creds.to_string_lossy(),
            "-o",
            "json",
        ],
    );
    out.code(1);
    let rows = out.json();
    let rows = rows.as_array().unwrap();
    let find =
        |kind: &str, name: &str| rows.iter().find(|r| r["kind"] == kind && r["name"] == name);
    assert_eq!(
        find("account", "soon").unwrap()["status"],
        "expiring",
        "{rows:?}"
    );
    assert_eq!(
        find("user", "old").unwrap()["status"],
        "expired",
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|r| r["kind"] == "creds" && r["status"] == "expired")
    );
    assert!(find("user", "fine").is_none());
    // Within a shorter horizon the account is fine but the user is still expired.
    let out = jwt(&env, &["check", "--expiring", "1d", "-o", "json"]);
    out.code(1);
    assert_eq!(out.json().as_array().unwrap().len(), 1);
}
