//! `pbctl jwt` against real nats-servers (2.15.1 and Debian 2.9.10) and a real async-nats
//! client: mint offline, generate the server config, start the server, push, connect.

use crate::common::{Out, TestEnv, free_port, jwt, jwt_creds, jwt_store_dir, mode, secret_scan};
use crate::nats_server::{
    NatsServer, assert_refused, bin_215, check_pub_permissions, connect_creds, on_both_nats_servers,
};
use serde_json::Value;
use std::path::PathBuf;

fn push_rows(out: &Out) -> Vec<Value> {
    out.json()
        .as_array()
        .cloned()
        .expect("push prints a JSON list")
}

async fn end_to_end(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "acme"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "e2e", Some("full"), "");
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
            "--allow-pub",
            "a.>",
            "--deny-pub",
            "b.>",
        ],
    )
    .ok();
    let creds = jwt_creds(&env, "alice", "app");

    // Before the push the server does not know the account.
    let e = assert_refused(&url, &creds).await;
    assert!(e.to_lowercase().contains("authorization"), "{e}");

    let out = jwt(&env, &["push", "--nats-url", &url, "-o", "json"]);
    out.ok();
    let rows = push_rows(&out);
    let app: Vec<&Value> = rows.iter().filter(|r| r["account"] == "app").collect();
    assert_eq!(app.len(), 1, "{rows:?}");
    assert_eq!(app[0]["status"], "ok");
    assert_eq!(app[0]["message"], "jwt updated");
    assert!(
        rows.iter()
            .any(|r| r["account"] == "SYS" && r["status"] == "ok"),
        "{rows:?}"
    );

    check_pub_permissions(&url, &creds).await;

    // describe of the creds: a user, valid, seed matching, never printed.
    let d = jwt(&env, &["describe", &creds.to_string_lossy(), "-o", "json"]);
    d.ok();
    let v = d.json();
    assert_eq!(v["type"], "user");
    assert_eq!(v["name"], "alice");
    assert_eq!(v["status"], "valid");
    assert_eq!(v["creds"]["seedMatchesJwt"], true);
    let seed = std::fs::read_to_string(&creds)
        .unwrap()
        .lines()
        .find(|l| l.starts_with("SU"))
        .unwrap()
        .to_string();
    assert!(!d.stdout.contains(&seed), "seed printed: {}", d.stdout);
    assert_eq!(v["claims"]["nats"]["pub"]["deny"][0], "b.>");

    // pull compares the resolver with the store.
    let p = jwt(&env, &["pull", "--nats-url", &url, "-o", "json"]);
    p.ok();
    let rows = p.json();
    let app = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["account"] == "app")
        .cloned()
        .unwrap();
    assert_eq!(app["status"], "in sync", "{rows}");
}

on_both_nats_servers!(
    end_to_end,
    jwt_end_to_end_nats_server_2_15,
    jwt_end_to_end_nats_server_2_9
);

on_both_nats_servers!(
    memory_resolver_bulk_users_and_conns_limit,
    jwt_memory_resolver_bulk_users_and_conns_limit,
    jwt_memory_resolver_bulk_users_and_conns_limit_2_9
);

async fn memory_resolver_bulk_users_and_conns_limit(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "mem"]).ok();
    jwt(&env, &["account", "add", "app", "--conns", "1"]).ok();
    // Bulk path: JSON lines with per-user permissions, creds written into a directory.
    let list = env.home.path().join("users.jsonl");
    let mut text = String::new();
    for i in 0..50 {
        text.push_str(&format!(
            "{{\"name\":\"u{i}\",\"allow_pub\":[\"a.>\"],\"deny_pub\":\"b.>\",\"tags\":[\"bulk\"]}}\n"
        ));
    }
    std::fs::write(&list, text).unwrap();
    let creds_dir = env.home.path().join("creds");
    let out = jwt(
        &env,
        &[
            "user",
            "add",
            "--from",
            &list.to_string_lossy(),
            "--account",
            "app",
            "--creds-dir",
            &creds_dir.to_string_lossy(),
            "-o",
            "json",
        ],
    );
    out.ok();
    assert_eq!(out.json().as_array().unwrap().len(), 50);
    let c0 = creds_dir.join("app").join("u0.creds");
    assert_eq!(mode(&c0), 0o600);
    assert_eq!(mode(&creds_dir.join("app")), 0o700);

    // A YAML list works too.
    let yaml = env.home.path().join("users.yaml");
    std::fs::write(
        &yaml,
        "- name: y1\n  allow-pub: ['a.>']\n- name: y2\n  account: app\n  expiry: 30d\n",
    )
    .unwrap();
    jwt(
        &env,
        &[
            "user",
            "add",
            "--from",
            &yaml.to_string_lossy(),
            "--account",
            "app",
        ],
    )
    .ok();
    // A user listed twice, or one that exists, fails before anything is written.
    jwt(
        &env,
        &[
            "user",
            "add",
            "--from",
            &yaml.to_string_lossy(),
            "--account",
            "app",
        ],
    )
    .code(1);
    let users = jwt(&env, &["user", "list", "--account", "app", "-o", "json"]);
    assert_eq!(users.json().as_array().unwrap().len(), 52);
    jwt(&env, &["validate"]).ok();

    // Memory resolver: every account preloaded, no push.
    let server = NatsServer::from_jwt_store(&env, &bin, "mem", Some("memory"), "");
    let url = server.url();
    let text = std::fs::read_to_string(&server.conf).unwrap();
    assert!(text.contains("resolver: MEMORY"), "{text}");

    // --conns 1: the first connection is admitted, the second refused.
    check_pub_permissions(&url, &c0).await;
    let (first, _rx) = connect_creds(&url, &c0).await.expect("first connection");
    first.flush().await.expect("first connection works");
    let err = assert_refused(&url, &creds_dir.join("app").join("u1.creds")).await;
    assert!(err.to_lowercase().contains("maximum"), "{err}");
    drop(first);
}

/// More users than one batch (4,096): every user is checked before anything is written
/// (a duplicate or an existing user late in the file leaves the store as it was), and
/// the users are printed in the file's order.
#[test]
fn bulk_user_add_checks_all_before_writing_and_keeps_order() {
    let env = TestEnv::new();
    jwt(&env, &["init", "big"]).ok();
    jwt(&env, &["account", "add", "app"]).ok();
    jwt(&env, &["user", "add", "old", "--account", "app"]).ok();
    let keys = || {
        std::fs::read_dir(jwt_store_dir(&env).join("keys"))
            .unwrap()
            .count()
    };
    let keys_before = keys();
    let lines = |n: usize, last: &str| -> String {
        let mut text: String = (0..n)
            .map(|i| format!("{{\"name\":\"u{i}\",\"allow_pub\":\"a.{i}\"}}\n"))
            .collect();
        text.push_str(&format!("{{\"name\":\"{last}\"}}\n"));
        text
    };
    let file = env.home.path().join("users.jsonl");
    let add = |args: &[&str]| {
        let mut full = vec!["user", "add", "--account", "app"];
        full.extend_from_slice(args);
        jwt(&env, &full)
    };
    std::fs::write(&file, lines(5000, "u7")).unwrap();
    let out = add(&["--from", &file.to_string_lossy()]);
    out.code(2);
    assert!(out.stderr.contains("user #5001 (\"u7\")"), "{}", out.stderr);
    assert!(out.stderr.contains("listed twice"), "{}", out.stderr);
    std::fs::write(&file, lines(5000, "old")).unwrap();
    let out = add(&["--from", &file.to_string_lossy()]);
    out.code(1);
    assert!(
        out.stderr.contains("\"old\" already exists"),
        "{}",
        out.stderr
    );
    let users = jwt(&env, &["user", "list", "--account", "app", "-o", "json"]);
    assert_eq!(users.json().as_array().unwrap().len(), 1);
    assert_eq!(keys(), keys_before, "no seed written");

    // From stdin, as JSON lines printed batch by batch: the file's order, every user stored.
    let out = env.run_stdin(
        &[
            "jwt",
            "user",
            "add",
            "--account",
            "app",
            "--from",
            "-",
            "-o",
            "jsonl",
        ],
        &lines(5000, "last"),
    );
    out.ok();
    let printed: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut want: Vec<String> = (0..5000).map(|i| format!("u{i}")).collect();
    want.push("last".into());
    let names: Vec<&str> = printed
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, want);
    for row in [&printed[0], &printed[4097], &printed[5000]] {
        let name = row["name"].as_str().unwrap();
        let shown = jwt(
            &env,
            &["user", "show", name, "--account", "app", "-o", "json"],
        );
        assert_eq!(shown.ok().json()["publicKey"], row["publicKey"], "{name}");
    }
    let shown = jwt(
        &env,
        &["user", "show", "u4999", "--account", "app", "-o", "json"],
    );
    assert!(shown.stdout.contains("a.4999"), "{}", shown.stdout);
    assert_eq!(keys(), keys_before + 5001);
    jwt(&env, &["validate"]).ok();
}

on_both_nats_servers!(
    revocation_and_reissue,
    jwt_revocation_and_reissue,
    jwt_revocation_and_reissue_2_9
);

async fn revocation_and_reissue(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "rev"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "rev", Some("full"), "");
    let url = server.url();
    jwt(&env, &["account", "add", "app"]).ok();
    jwt(
        &env,
        &[
            "user",
            "add",
            "bob",
            "--account",
            "app",
            "--allow-pub",
            "a.>",
            "--deny-pub",
            "b.>",
        ],
    )
    .ok();
    jwt(&env, &["push", "--nats-url", &url]).ok();
    let old = jwt_creds(&env, "bob", "app");
    check_pub_permissions(&url, &old).await;

    jwt(&env, &["user", "revoke", "bob", "--account", "app"]).ok();
    let show = jwt(
        &env,
        &["user", "show", "bob", "--account", "app", "-o", "json"],
    );
    assert_eq!(show.json()["revoked"], true);
    jwt(&env, &["push", "app", "--nats-url", &url]).ok();
    let e = assert_refused(&url, &old).await;
    assert!(e.to_lowercase().contains("authorization"), "{e}");

    // Reissue (same key, new iat after the revocation) and connect again.
    jwt(&env, &["user", "edit", "bob", "--account", "app"]).ok();
    let new = env.home.path().join("bob-new.creds");
    jwt(
        &env,
        &[
            "creds",
            "bob",
            "--account",
            "app",
            "-O",
            &new.to_string_lossy(),
        ],
    )
    .ok();
    check_pub_permissions(&url, &new).await;
    let e = assert_refused(&url, &old).await;
    assert!(e.to_lowercase().contains("authorization"), "{e}");
}

on_both_nats_servers!(
    strict_signing_keys,
    jwt_strict_signing_keys,
    jwt_strict_signing_keys_2_9
);

async fn strict_signing_keys(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "strict"]).ok();
    jwt(
        &env,
        &["account", "add", "legacy", "--sign-with", "identity"],
    )
    .ok();
    jwt(&env, &["operator", "edit", "--require-signing-keys"]).ok();
    // pbctl's validate rejects the identity-signed account.
    let v = jwt(&env, &["validate", "-o", "json"]);
    v.code(1);
    let report = v.json();
    assert_eq!(report["valid"], false);
    assert!(
        report["issues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["name"] == "legacy"
                && i["level"] == "error"
                && i["message"].as_str().unwrap().contains("signing key")),
        "{report}"
    );
    let server = NatsServer::from_jwt_store(&env, &bin, "strict", Some("full"), "");
    let url = server.url();
    // push refuses it locally...
    let p = jwt(&env, &["push", "legacy", "--nats-url", &url]);
    p.code(1);
    assert!(p.stderr.contains("refusing"), "{p:?}");
    // ...and the server rejects it when forced.
    let p = jwt(
        &env,
        &[
            "push",
            "legacy",
            "--nats-url",
            &url,
            "--force",
            "-o",
            "json",
        ],
    );
    p.code(1);
    let rows = push_rows(&p);
    assert_eq!(rows[0]["status"], "failed", "{rows:?}");
    assert!(
        rows[0]["message"].as_str().unwrap().contains("signing key"),
        "{rows:?}"
    );
    // Re-signed by the operator signing key: valid and accepted.
    jwt(&env, &["account", "edit", "legacy"]).ok();
    jwt(&env, &["validate"]).ok();
    let p = jwt(&env, &["push", "legacy", "--nats-url", &url, "-o", "json"]);
    p.ok();
    assert_eq!(push_rows(&p)[0]["message"], "jwt updated");
    jwt(
        &env,
        &[
            "user",
            "add",
            "u",
            "--account",
            "legacy",
            "--allow-pub",
            "a.>",
            "--deny-pub",
            "b.>",
        ],
    )
    .ok();
    let creds = jwt_creds(&env, "u", "legacy");
    check_pub_permissions(&url, &creds).await;
}

on_both_nats_servers!(
    push_prune_after_account_delete,
    jwt_push_prune_after_account_delete,
    jwt_push_prune_after_account_delete_2_9
);

async fn push_prune_after_account_delete(bin: PathBuf) {
    let env = TestEnv::new();
    jwt(&env, &["init", "prune"]).ok();
    let server = NatsServer::from_jwt_store(&env, &bin, "prune", Some("full"), "");
    let url = server.url();
    jwt(&env, &["account", "add", "gone"]).ok();
    jwt(&env, &["account", "add", "kept"]).ok();
    jwt(
        &env,
        &[
            "user",
            "add",
            "g",
            "--account",
            "gone",
            "--allow-pub",
            "a.>",
            "--deny-pub",
            "b.>",
        ],
    )
    .ok();
    jwt(&env, &["push", "--nats-url", &url]).ok();
    let creds = jwt_creds(&env, "g", "gone");
    check_pub_permissions(&url, &creds).await;

    // delete asks for confirmation
    jwt(&env, &["account", "delete", "gone"]).code(2);
    jwt(&env, &["account", "delete", "gone", "--yes"]).ok();
    let p = jwt(&env, &["push", "--prune", "--nats-url", &url, "-o", "json"]);
    p.ok();
    let rows = push_rows(&p);
    let pruned: Vec<&Value> = rows.iter().filter(|r| r["account"] == "(pruned)").collect();
    assert_eq!(pruned.len(), 1, "{rows:?}");
    assert_eq!(pruned[0]["message"], "deleted 1 accounts");
    let e = assert_refused(&url, &creds).await;
    assert!(e.to_lowercase().contains("authorization"), "{e}");
    let jwt_dir = server.dir.join("jwt");
    let deleted = std::fs::read_dir(&jwt_dir)
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().ends_with(".jwt.deleted"));
    assert!(deleted, "allow_delete renames the JWT");
    // Pruning again finds nothing more to delete.
    let p = jwt(&env, &["push", "--prune", "--nats-url", &url, "-o", "json"]);
    p.ok();
    assert!(!push_rows(&p).iter().any(|r| r["account"] == "(pruned)"));
}

/// Clusters of real nats-servers (full resolver, from `jwt server-config`), named
/// `clusters[i].0` with `clusters[i].1` servers each (`<cluster>-<n>`), joined by gateways
/// when there is more than one; returns once every route and gateway is up.
fn start_system(env: &TestEnv, clusters: &[(&str, usize)]) -> Vec<NatsServer> {
    struct Plan {
        name: String,
        cluster: String,
        client: u16,
        route: u16,
        http: u16,
        gateway: u16,
    }
    let mut plans = Vec::new();
    for (cluster, n) in clusters {
        for i in 0..*n {
            plans.push(Plan {
                name: format!("{cluster}-{i}"),
                cluster: cluster.to_string(),
                client: free_port(),
                route: free_port(),
                http: free_port(),
                gateway: free_port(),
            });
        }
    }
    let gateways: Vec<String> = clusters
        .iter()
        .map(|(c, _)| {
            let urls: Vec<String> = plans
                .iter()
                .filter(|p| p.cluster == *c)
                .map(|p| format!("\"nats://127.0.0.1:{}\"", p.gateway))
                .collect();
            format!("{{name: {c}, urls: [{}]}}", urls.join(", "))
        })
        .collect();
    let mut servers = Vec::new();
    for p in &plans {
        let dir = env.home.path().join(&p.name);
        let conf = jwt(
            env,
            &[
                "server-config",
                "--resolver",
                "full",
                "--dir",
                &dir.join("jwt").to_string_lossy(),
                "--listen",
                &format!("127.0.0.1:{}", p.client),
                "--server-name",
                &p.name,
            ],
        );
        conf.ok();
        let routes: Vec<String> = plans
            .iter()
            .filter(|q| q.cluster == p.cluster)
            .map(|q| format!("nats-route://127.0.0.1:{}", q.route))
            .collect();
        let mut text = format!(
            "{}\nhttp: \"127.0.0.1:{}\"\ncluster {{\n  name: {}\n  listen: \"127.0.0.1:{}\"\n  routes: [{}]\n}}\n",
            conf.stdout,
            p.http,
            p.cluster,
            p.route,
            routes.join(", ")
        );
        if clusters.len() > 1 {
            text.push_str(&format!(
                "gateway {{\n  name: {}\n  listen: \"127.0.0.1:{}\"\n  gateways: [{}]\n}}\n",
                p.cluster,
                p.gateway,
                gateways.join(", ")
            ));
        }
        servers.push(NatsServer::start(
            &bin_215(),
            &dir,
            &p.name,
            &text,
            p.client,
        ));
    }
    // Wait until every server has routes to its cluster peers and a gateway connection to
    // each other cluster. A few seconds on an idle machine; on two cores shared with
    // parallel builds one route once took more than 30 s, hence the margin.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    let get = |port: u16, path: &str| -> Value {
        let (status, body) = crate::common::http(
            "GET",
            &format!("http://127.0.0.1:{port}/{path}"),
            None,
            None,
        );
        if status == 200 {
            serde_json::from_str(&body).unwrap_or(Value::Null)
        } else {
            Value::Null
        }
    };
    for p in &plans {
        let peers = plans.iter().filter(|q| q.cluster == p.cluster).count() - 1;
        loop {
            let routes: std::collections::BTreeSet<String> = get(p.http, "routez")["routes"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .filter_map(|r| r["remote_name"].as_str().map(str::to_string))
                .collect();
            let gw = get(p.http, "gatewayz");
            let outbound = gw["outbound_gateways"]
                .as_object()
                .map(|o| o.len())
                .unwrap_or(0);
            let others = clusters.len() - 1;
            if routes.len() >= peers && outbound >= others {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{} did not join: routes {routes:?}, gateways {gw}",
                p.name
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
    // Interest needs a moment to propagate over the routes and gateways.
    std::thread::sleep(std::time::Duration::from_millis(1000));
    servers
}

fn users_store_with_app(env: &TestEnv, operator: &str) {
    jwt(env, &["init", operator]).ok();
    jwt(env, &["account", "add", "app"]).ok();
    jwt(env, &["account", "add", "web"]).ok();
    jwt(
        env,
        &[
            "user",
            "add",
            "c",
            "--account",
            "app",
            "--allow-pub",
            "a.>",
            "--deny-pub",
            "b.>",
        ],
    )
    .ok();
}

#[tokio::test]
async fn jwt_cluster_of_three_reports_every_server() {
    let env = TestEnv::new();
    users_store_with_app(&env, "clu");
    let servers = start_system(&env, &[("c1", 3)]);
    let url = servers[0].url();
    // No --servers: pbctl learns from the system that three servers will answer.
    let p = jwt(
        &env,
        &["push", "app", "web", "--nats-url", &url, "-o", "json", "-v"],
    );
    p.ok();
    assert!(
        p.stderr.contains("3 server(s) in the system"),
        "{}",
        p.stderr
    );
    let rows = push_rows(&p);
    assert_eq!(rows.len(), 6, "{rows:?}");
    for account in ["app", "web"] {
        let names: std::collections::BTreeSet<&str> = rows
            .iter()
            .filter(|r| r["account"] == account)
            .map(|r| r["server"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            ["c1-0", "c1-1", "c1-2"].into_iter().collect(),
            "{rows:?}"
        );
    }
    assert!(
        rows.iter()
            .all(|r| r["message"] == "jwt updated" && r["cluster"] == "c1"),
        "{rows:?}"
    );
    // The user connects to another server of the cluster.
    let creds = jwt_creds(&env, "c", "app");
    check_pub_permissions(&servers[2].url(), &creds).await;
}

#[tokio::test]
async fn jwt_push_to_a_supercluster_reports_each_cluster() {
    let env = TestEnv::new();
    users_store_with_app(&env, "super");
    let servers = start_system(&env, &[("east", 3), ("west", 2)]);
    // Connected to a server of the second cluster, every server of both answers.
    let url = servers[4].url();
    let p = jwt(
        &env,
        &["push", "app", "web", "--nats-url", &url, "-o", "json", "-v"],
    );
    p.ok();
    assert!(
        p.stderr.contains("5 server(s) in the system"),
        "{}",
        p.stderr
    );
    let rows = push_rows(&p);
    assert_eq!(rows.len(), 10, "{rows:?}");
    for account in ["app", "web"] {
        let answered: std::collections::BTreeSet<(String, String)> = rows
            .iter()
            .filter(|r| r["account"] == account && r["status"] == "ok")
            .map(|r| {
                (
                    r["cluster"].as_str().unwrap().to_string(),
                    r["server"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let expected: std::collections::BTreeSet<(String, String)> = [
            ("east", "east-0"),
            ("east", "east-1"),
            ("east", "east-2"),
            ("west", "west-0"),
            ("west", "west-1"),
        ]
        .iter()
        .map(|(c, s)| (c.to_string(), s.to_string()))
        .collect();
        assert_eq!(answered, expected, "{rows:?}");
    }
    // The table says which server of which cluster answered.
    let t = jwt(&env, &["push", "app", "--nats-url", &url, "-o", "wide"]);
    t.ok();
    assert!(t.stdout.contains("CLUSTER"), "{}", t.stdout);
    for server in ["east-0", "east-2", "west-1"] {
        assert!(t.stdout.contains(server), "{}", t.stdout);
    }
    // A user of the pushed account connects in the other cluster.
    let creds = jwt_creds(&env, "c", "app");
    check_pub_permissions(&servers[1].url(), &creds).await;
}

#[tokio::test]
async fn jwt_push_without_ping_permission_falls_back_to_the_window() {
    let env = TestEnv::new();
    users_store_with_app(&env, "fall");
    // A system user that may push but not ask the servers who they are.
    jwt(
        &env,
        &[
            "user",
            "add",
            "pusher",
            "--account",
            "SYS",
            "--allow-pub",
            "$SYS.REQ.CLAIMS.UPDATE",
            "--allow-sub",
            "_INBOX.>",
        ],
    )
    .ok();
    let sys_creds = jwt_creds(&env, "pusher", "SYS");
    let servers = start_system(&env, &[("c1", 2)]);
    let p = jwt(
        &env,
        &[
            "push",
            "app",
            "--nats-url",
            &servers[0].url(),
            "--system-creds",
            &sys_creds.to_string_lossy(),
            "-o",
            "json",
            "-v",
        ],
    );
    p.ok();
    assert!(
        p.stderr
            .contains("cannot learn how many servers will answer"),
        "{}",
        p.stderr
    );
    let rows = push_rows(&p);
    let names: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r["server"].as_str().unwrap()).collect();
    assert_eq!(names, ["c1-0", "c1-1"].into_iter().collect(), "{rows:?}");
    assert!(rows.iter().all(|r| r["status"] == "ok"), "{rows:?}");
}

#[test]
fn jwt_twenty_concurrent_user_adds() {
    let env = TestEnv::new();
    jwt(&env, &["init", "conc"]).ok();
    jwt(&env, &["account", "add", "app"]).ok();
    let children: Vec<_> = (0..20)
        .map(|i| {
            env.command(&[
                "jwt",
                "user",
                "add",
                &format!("user{i}"),
                "--account",
                "app",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn pbctl")
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        env.scan_output(&out);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let users = jwt(&env, &["user", "list", "--account", "app", "-o", "json"]);
    users.ok();
    let names: std::collections::BTreeSet<String> = users
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names.len(), 20, "{names:?}");
    let v = jwt(&env, &["validate", "-o", "json"]);
    v.ok();
    assert_eq!(v.json()["valid"], true);
    assert_eq!(v.json()["warnings"], 0);
    // No temporary files left behind.
    let users_dir = jwt_store_dir(&env).join("conc/accounts/app/users");
    for e in std::fs::read_dir(users_dir).unwrap().flatten() {
        assert!(e.file_name().to_string_lossy().ends_with(".jwt"));
    }
}

#[test]
fn jwt_store_layout_modes_and_secrets() {
    let env = TestEnv::new();
    let init = jwt(&env, &["init", "lay", "-o", "json"]);
    init.ok();
    let op_key = init.json()["publicKey"].as_str().unwrap().to_string();
    jwt(
        &env,
        &[
            "account",
            "add",
            "app",
            "--conns",
            "10k",
            "--payload",
            "1MiB",
        ],
    )
    .ok();
    jwt(&env, &["user", "add", "u", "--account", "app"]).ok();
    let root = jwt_store_dir(&env);
    assert!(root.join("lay/operator.jwt").is_file());
    assert!(root.join("lay/accounts/app/account.jwt").is_file());
    assert!(root.join("lay/accounts/app/users/u.jwt").is_file());
    assert!(root.join("lay/accounts/SYS/users/sys.jwt").is_file());
    let key = root.join("keys").join(format!("{op_key}.nk"));
    assert_eq!(mode(&key), 0o600);
    assert_eq!(mode(&root.join("keys")), 0o700);
    let seed = std::fs::read_to_string(&key).unwrap();
    assert!(seed.starts_with("SO"));
    let a = jwt(&env, &["account", "show", "app", "-o", "json"]);
    a.ok();
    assert_eq!(a.json()["limits"]["conns"], 10000);
    assert_eq!(a.json()["limits"]["payload"], 1 << 20);
    assert_eq!(a.json()["limits"]["subs"], -1);
    // No command prints a seed unless asked (creds).
    for args in [
        vec!["operator", "show", "-o", "json"],
        vec!["account", "list", "-o", "json"],
        vec!["user", "show", "u", "--account", "app", "-o", "json"],
        vec!["validate", "-o", "json"],
        vec!["server-config"],
    ] {
        let out = jwt(&env, &args);
        out.ok();
        // A seed is 58 base32 characters starting SOA/SAA/SUA; a public key or a JWT id
        // may start with "SO" too, so only the real shape counts.
        let known = [seed.trim().to_string()];
        for text in [&out.stdout, &out.stderr] {
            assert_eq!(secret_scan(&known, text), None, "{args:?} printed a seed");
        }
    }
    // --raw prints the JWT itself, which describe reads back from stdin.
    let raw = jwt(&env, &["account", "show", "app", "--raw"]);
    raw.ok();
    assert!(raw.stdout.starts_with("eyJ"));
    let d = env.run_stdin(&["jwt", "describe", "-", "-o", "json"], &raw.stdout);
    d.ok();
    assert_eq!(d.json()["type"], "account");
    // Errors and exit codes.
    jwt(&env, &["account", "show", "nope"]).code(3);
    jwt(&env, &["user", "add", "x", "--account", "nope"]).code(3);
    jwt(&env, &["account", "add", "bad", "--conns", "lots"]).code(2);
    jwt(&env, &["account", "add", "a/b"]).code(2);
    jwt(&env, &["account", "add", "app"]).code(1);
    jwt(&env, &["init", "lay"]).code(1);
    jwt(&env, &["user", "add", "u", "--account", "app"]).code(1);
    // Two operators: the choice must be explicit.
    jwt(&env, &["init", "second", "--no-system-account"]).ok();
    jwt(&env, &["account", "list"]).code(2);
    jwt(&env, &["--operator", "lay", "account", "list"]).ok();
    jwt(&env, &["account", "list", "--operator", "second"]).ok();
    let other = env.run_env(
        &["jwt", "account", "list", "-o", "json"],
        &[("PBCTL_JWT_OPERATOR", "lay")],
    );
    other.ok();
    assert_eq!(other.json().as_array().unwrap().len(), 2);
    // --store / PBCTL_JWT_STORE move the store.
    let elsewhere = env.home.path().join("elsewhere");
    jwt(
        &env,
        &["--store", &elsewhere.to_string_lossy(), "init", "x"],
    )
    .ok();
    assert!(elsewhere.join("x/operator.jwt").is_file());
    let e2 = env.run_env(
        &["jwt", "operator", "show", "-o", "json"],
        &[("PBCTL_JWT_STORE", &elsewhere.to_string_lossy())],
    );
    e2.ok();
    assert_eq!(e2.json()["name"], "x");
}

#[test]
fn jwt_describe_expired_tampered_and_garbage() {
    let env = TestEnv::new();
    jwt(&env, &["init", "d"]).ok();
    jwt(&env, &["account", "add", "app"]).ok();
    let past = (std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        - 3600)
        .to_string();
    jwt(
        &env,
        &[
            "user",
            "add",
            "old",
            "--account",
            "app",
            "--expiry",
            &format!("@{past}"),
        ],
    )
    .ok();
    let raw = jwt(&env, &["user", "show", "old", "--account", "app", "--raw"]);
    let token = raw.stdout.trim().to_string();
    let d = jwt(&env, &["describe", &token, "-o", "json"]);
    d.ok();
    let v = d.json();
    assert_eq!(v["valid"], false);
    assert!(v["status"].as_str().unwrap().contains("EXPIRED at"), "{v}");
    let t = jwt(&env, &["describe", &token]);
    t.ok();
    assert!(t.stdout.contains("EXPIRED"), "{}", t.stdout);
    // validate flags the expired user as a warning only.
    let val = jwt(&env, &["validate", "-o", "json"]);
    val.ok();
    assert!(val.json()["warnings"].as_u64().unwrap() >= 1);

    // Tampered signature, bad base64, garbage, truncated: exit 1 with a clear error.
    let mut parts: Vec<String> = token.split('.').map(str::to_string).collect();
    let sig = parts[2].clone();
    let flipped = if sig.starts_with('A') { "B" } else { "A" };
    parts[2] = format!("{flipped}{}", &sig[1..]);
    let tampered = parts.join(".");
    let e = jwt(&env, &["describe", &tampered]);
    e.code(1);
    assert!(e.stderr.contains("signature"), "{e:?}");
    let e = jwt(&env, &["describe", "eyJ.eyJ!!.x"]);
    e.code(1);
    assert!(e.stderr.contains("base64"), "{e:?}");
    jwt(&env, &["describe", "not-a-token"]).code(2);
    let big = format!("eyJ{}.a.b", "A".repeat(2 * 1024 * 1024));
    let file = env.home.path().join("big.jwt");
    std::fs::write(&file, &big).unwrap();
    let e = jwt(&env, &["describe", &file.to_string_lossy()]);
    e.code(1);
    assert!(e.stderr.contains("too large"), "{e:?}");
    // A creds file with a 4-dash line, and one whose seed belongs to another user.
    jwt(&env, &["user", "add", "a", "--account", "app"]).ok();
    jwt(&env, &["user", "add", "b", "--account", "app"]).ok();
    let ca = jwt_creds(&env, "a", "app");
    let cb = jwt_creds(&env, "b", "app");
    let text_a = std::fs::read_to_string(&ca).unwrap();
    let four = env.home.path().join("four.creds");
    std::fs::write(
        &four,
        text_a.replacen(
            "-----BEGIN NATS USER JWT-----",
            "----BEGIN NATS USER JWT----",
            1,
        ),
    )
    .unwrap();
    jwt(&env, &["describe", &four.to_string_lossy()]).code(1);
    let seed_b = std::fs::read_to_string(&cb)
        .unwrap()
        .lines()
        .find(|l| l.starts_with("SU"))
        .unwrap()
        .to_string();
    let seed_a = text_a.lines().find(|l| l.starts_with("SU")).unwrap();
    let mixed = env.home.path().join("mixed.creds");
    std::fs::write(&mixed, text_a.replace(seed_a, &seed_b)).unwrap();
    let e = jwt(&env, &["describe", &mixed.to_string_lossy()]);
    e.code(1);
    assert!(e.stderr.contains("does not match"), "{e:?}");
    assert!(!e.stderr.contains(&seed_b), "seed leaked in an error");
}

#[test]
fn jwt_import_nsc_store() {
    // Build an nsc-shaped store (stores/<OP>/<OP>.jwt, accounts/<A>/<A>.jwt,
    // users/<U>.jwt, keys/keys/<K>/<2>/<PUB>.nk) from tokens minted by a first pbctl store.
    let src = TestEnv::new();
    jwt(&src, &["init", "OP"]).ok();
    jwt(&src, &["account", "add", "A"]).ok();
    jwt(
        &src,
        &["user", "add", "U", "--account", "A", "--allow-pub", "a.>"],
    )
    .ok();
    let s = jwt_store_dir(&src);
    let nsc = src.home.path().join("nsc");
    let stores = nsc.join("stores");
    let keys = nsc.join("keys");
    let op_dir = stores.join("OP");
    std::fs::create_dir_all(op_dir.join("accounts/A/users")).unwrap();
    std::fs::create_dir_all(op_dir.join("accounts/SYS/users")).unwrap();
    std::fs::write(
        op_dir.join(".nsc"),
        r#"{"managed":false,"name":"OP","kind":"operator","version":"1"}"#,
    )
    .unwrap();
    std::fs::copy(s.join("OP/operator.jwt"), op_dir.join("OP.jwt")).unwrap();
    for (acc, user) in [("A", "U"), ("SYS", "sys")] {
        std::fs::copy(
            s.join(format!("OP/accounts/{acc}/account.jwt")),
            op_dir.join(format!("accounts/{acc}/{acc}.jwt")),
        )
        .unwrap();
        std::fs::copy(
            s.join(format!("OP/accounts/{acc}/users/{user}.jwt")),
            op_dir.join(format!("accounts/{acc}/users/{user}.jwt")),
        )
        .unwrap();
    }
    for e in std::fs::read_dir(s.join("keys")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let d = keys.join("keys").join(&name[0..1]).join(&name[1..3]);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::copy(e.path(), d.join(&name)).unwrap();
    }

    let dst = TestEnv::new();
    let out = jwt(
        &dst,
        &[
            "import-nsc",
            &stores.to_string_lossy(),
            "--keys",
            &keys.to_string_lossy(),
            "-o",
            "json",
        ],
    );
    out.ok();
    let rows = out.json();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert!(
        rows.iter()
            .all(|r| r["status"] == "imported" && r["seed"] == true),
        "{rows:?}"
    );
    jwt(&dst, &["validate"]).ok();
    // The imported store mints: same creds content as the source store.
    let a = jwt_creds(&src, "U", "A");
    let b = jwt_creds(&dst, "U", "A");
    assert_eq!(
        std::fs::read_to_string(a).unwrap(),
        std::fs::read_to_string(b).unwrap()
    );
    jwt(&dst, &["user", "add", "V", "--account", "A"]).ok();
    // Importing again skips existing entries.
    let again = jwt(
        &dst,
        &[
            "import-nsc",
            &stores.to_string_lossy(),
            "--keys",
            &keys.to_string_lossy(),
            "-o",
            "json",
        ],
    );
    again.ok();
    assert!(
        again
            .json()
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["status"] == "exists")
    );
}

/// `pbctl jwt` takes the `pbctl nats` spellings too (`--max-connections`, `--pub`,
/// `--max-payload`, `--expires`), with the same sizes and dates.
#[test]
fn jwt_accepts_the_control_plane_flag_spellings() {
    let env = TestEnv::new();
    jwt(&env, &["init", "OP"]).ok();
    jwt(
        &env,
        &[
            "account",
            "add",
            "A",
            "--max-connections",
            "3",
            "--max-jetstream-memory",
            "1MiB",
        ],
    )
    .ok();
    jwt(
        &env,
        &[
            "user",
            "add",
            "U",
            "--account",
            "A",
            "--pub",
            "x.>",
            "--sub",
            "y.>",
            "--max-payload",
            "1KiB",
            "--expires",
            "2030-01-01",
        ],
    )
    .ok();
    let raw = jwt(&env, &["account", "show", "A", "--raw"]);
    raw.ok();
    let ac = pbctl::nats::jwt::decode_account(raw.stdout.trim()).expect("account JWT");
    assert_eq!(ac.nats.limits.conn, 3);
    assert_eq!(ac.nats.limits.jetstream.mem_storage, 1 << 20);
    let raw = jwt(&env, &["user", "show", "U", "--account", "A", "--raw"]);
    raw.ok();
    let uc = pbctl::nats::jwt::decode_user(raw.stdout.trim()).expect("user JWT");
    assert_eq!(uc.nats.limits.publish.allow, vec!["x.>"]);
    assert_eq!(uc.nats.limits.subscribe.allow, vec!["y.>"]);
    assert_eq!(uc.nats.limits.payload, 1024);
    assert_eq!(uc.exp, 1_893_456_000, "2030-01-01T00:00:00Z");
    // The documented spelling is shown in help; the other one is hidden.
    let help = jwt(&env, &["user", "add", "--help"]);
    help.ok();
    assert!(help.stdout.contains("--allow-pub <S>"), "{}", help.stdout);
    assert!(!help.stdout.contains("--pub <S>"), "{}", help.stdout);
}
