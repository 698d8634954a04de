//! Hostile or careless input and secrets at rest, against a real PocketBase 0.40.6:
//! parse errors that never echo the file, pb-nats seeds hidden from the generic record
//! commands, an empty delete filter refused, settings secrets read from a file, expiries
//! in the past.

use crate::common::{PocketBase, TestEnv, logged_in};
use serde_json::{Value, json};

fn setup() -> (PocketBase, TestEnv) {
    let (pb, env) = logged_in("dev");
    pb.admin(
        "POST",
        "/api/collections",
        Some(&json!({"name": "posts", "type": "base", "fields": [{"name": "title", "type": "text"}]})),
    );
    (pb, env)
}

fn count(pb: &PocketBase, collection: &str) -> i64 {
    pb.admin(
        "GET",
        &format!("/api/collections/{collection}/records?perPage=1"),
        None,
    )["totalItems"]
        .as_i64()
        .expect("totalItems")
}

#[test]
fn yaml_parse_errors_name_the_line_and_never_quote_the_file() {
    let (pb, env) = setup();
    env.secret("hunter2-Qx81");
    let file = env.home.path().join("user.yaml");
    std::fs::write(
        &file,
        "title: hello\npassword: hunter2-Qx81\n  oops: [unclosed\n",
    )
    .expect("file");
    let out = env.run(&["record", "create", "posts", "-f", &file.to_string_lossy()]);
    out.code(2);
    assert!(out.stderr.contains("line 3, column"), "{out:?}");
    assert!(
        !out.stderr.contains("hunter2"),
        "the file was echoed: {out:?}"
    );
    assert!(!out.stdout.contains("hunter2"), "{out:?}");
    assert_eq!(count(&pb, "posts"), 0);
}

#[test]
fn record_delete_refuses_an_empty_filter_and_all_says_everything() {
    let (pb, env) = setup();
    for t in ["a", "b", "c"] {
        env.run(&["record", "create", "posts", &format!("title={t}")])
            .ok();
    }
    for empty in ["", "   "] {
        let out = env.run(&["record", "delete", "posts", "--filter", empty, "--yes"]);
        out.code(2);
        assert!(out.stderr.contains("--all"), "{out:?}");
        assert_eq!(count(&pb, "posts"), 3, "an empty filter deleted records");
    }
    // Without --yes and without a terminal, --all asks and refuses.
    env.run(&["record", "delete", "posts", "--all"]).code(2);
    assert_eq!(count(&pb, "posts"), 3);
    env.run(&[
        "record",
        "delete",
        "posts",
        "--all",
        "--filter",
        "title='a'",
    ])
    .code(2);
    env.run(&[
        "record",
        "delete",
        "posts",
        "--filter",
        "title = 'a'",
        "--yes",
    ])
    .ok();
    assert_eq!(count(&pb, "posts"), 2);
    let out = env.run(&["record", "delete", "posts", "--all", "--yes", "-o", "json"]);
    out.ok();
    assert_eq!(out.json().as_array().expect("deleted").len(), 2);
    assert_eq!(count(&pb, "posts"), 0);
}

#[test]
fn settings_set_reads_secrets_from_a_file_or_stdin() {
    let (pb, env) = setup();
    let secret = "smtp-Pw-7Hq2Lm";
    env.secret(secret);
    let file = env.home.path().join("smtp.yaml");
    std::fs::write(
        &file,
        format!(
            "smtp:\n  enabled: false\n  host: mail.example.com\n  port: 2525\n  username: mailer\n  password: {secret}\n"
        ),
    )
    .expect("file");
    let out = env.run(&["settings", "set", "-f", &file.to_string_lossy()]);
    out.ok();
    assert!(
        !out.stdout.contains(secret) && !out.stderr.contains(secret),
        "{out:?}"
    );
    let s = pb.admin("GET", "/api/settings", None);
    assert_eq!(s["smtp"]["host"], "mail.example.com");
    assert_eq!(s["smtp"]["port"], 2525);
    assert_eq!(s["smtp"]["username"], "mailer");
    // stdin, with KEY=VALUE pairs applied on top.
    let out = env.run_stdin(
        &["settings", "set", "-f", "-", "batch.enabled=true"],
        "{\"meta\": {\"appName\": \"From Stdin\"}}",
    );
    out.ok();
    let s = pb.admin("GET", "/api/settings", None);
    assert_eq!(s["meta"]["appName"], "From Stdin");
    assert_eq!(s["batch"]["enabled"], true);
    // Not an object: a usage error, nothing sent.
    env.run_stdin(&["settings", "set", "-f", "-"], "[1, 2]")
        .code(2);
    // A bad value is refused without quoting it back.
    let out = env.run(&["settings", "set", &format!("smtp.port:={secret}")]);
    out.code(2);
    assert!(!out.stderr.contains(secret), "{out:?}");
}

/// Every string value of a JSON document, nested ones included.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn record_commands_hide_pb_nats_seeds_unless_asked() {
    let (pb, env) = setup();
    env.nats_tenant("alice");
    // The secrets, read from the server directly.
    let mut secrets = Vec::new();
    for coll in ["nats_accounts", "nats_users", "nats_system_operator"] {
        let items = pb.admin(
            "GET",
            &format!("/api/collections/{coll}/records?perPage=100"),
            None,
        )["items"]
            .clone();
        for rec in items.as_array().expect("items") {
            for f in ["seed", "private_key", "creds_file", "signing_seed"] {
                if let Some(s) = rec[f].as_str().filter(|s| s.len() > 20) {
                    secrets.push(s.to_string());
                }
            }
        }
    }
    assert!(
        secrets.len() >= 4,
        "too few secrets found: {}",
        secrets.len()
    );
    for secret in &secrets {
        env.secret(secret);
    }
    let leaked = |text: &str| secrets.iter().any(|s| text.contains(s.as_str()));

    let accounts = env.run(&["record", "list", "nats_accounts", "-o", "json"]);
    accounts.ok();
    assert!(!leaked(&accounts.stdout), "record list printed a seed");
    let first = accounts.json()[0].clone();
    assert!(first.get("public_key").is_some(), "{first}");
    assert!(first.get("seed").is_none() && first.get("private_key").is_none());
    let id = first["id"].as_str().expect("id");
    for args in [
        vec!["record", "list", "nats_users", "--all", "-o", "jsonl"],
        vec!["record", "list", "nats_users"],
        vec!["record", "get", "nats_accounts", id, "-o", "yaml"],
        vec!["record", "export", "nats_users"],
        vec![
            "record",
            "export",
            "nats_system_operator",
            "--format",
            "csv",
        ],
    ] {
        let out = env.run(&args);
        out.ok();
        assert!(
            !leaked(&out.stdout) && !leaked(&out.stderr),
            "{args:?} leaked a secret"
        );
    }
    let file = env.home.path().join("users.jsonl");
    env.run(&[
        "record",
        "export",
        "nats_users",
        "-O",
        &file.to_string_lossy(),
    ])
    .ok();
    assert!(!leaked(&std::fs::read_to_string(&file).expect("export")));
    // --show-seeds: asked for, shown.
    let out = env.revealing().run(&[
        "record",
        "list",
        "nats_accounts",
        "--show-seeds",
        "-o",
        "json",
    ]);
    out.ok();
    let mut shown = Vec::new();
    strings(&out.json(), &mut shown);
    assert!(
        shown.iter().any(|s| secrets.contains(s)),
        "--show-seeds hid the seeds"
    );
    // record watch: a change to an account shows the record without its secrets.
    let child = env
        .command(&["record", "watch", "nats_accounts", "--count", "1"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("watch");
    // A watcher that never sees its event is killed after 30 s (and only then).
    let pid = child.id();
    let (done, stop) = std::sync::mpsc::channel::<()>();
    let killer = std::thread::spawn(move || {
        if stop
            .recv_timeout(std::time::Duration::from_secs(30))
            .is_err()
        {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
    });
    let acme = accounts
        .json()
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["name"] == "acme")
        .cloned()
        .expect("acme");
    let acme_id = acme["id"].as_str().expect("id").to_string();
    // Change the account until the watcher (still subscribing) has seen one event.
    let waiter = std::thread::spawn(move || child.wait_with_output().expect("watch output"));
    for i in 0..50 {
        if waiter.is_finished() {
            break;
        }
        pb.admin(
            "PATCH",
            &format!("/api/collections/nats_accounts/records/{acme_id}"),
            Some(&json!({"description": format!("change {i}")})),
        );
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    let watched = waiter.join().expect("watch thread");
    let _ = done.send(());
    let _ = killer.join();
    env.scan_output(&watched);
    let text = String::from_utf8_lossy(&watched.stdout);
    assert!(watched.status.success(), "{watched:?}");
    assert!(text.contains(&acme_id), "{text}");
    assert!(!leaked(&text), "record watch printed a seed");
    let out = env
        .revealing()
        .run(&["record", "export", "nats_users", "--show-seeds"]);
    assert!(leaked(&out.ok().stdout));
}

#[test]
fn jwt_expiry_in_the_past_warns_and_never_means_forever() {
    let env = TestEnv::new();
    env.run(&["jwt", "init", "op"]).ok();
    env.run(&["jwt", "account", "add", "app"]).ok();
    let out = env.run(&[
        "jwt",
        "user",
        "add",
        "old",
        "--account",
        "app",
        "--expiry",
        "1970-01-01",
        "-o",
        "json",
    ]);
    out.ok();
    assert!(out.stderr.contains("already past"), "{out:?}");
    let show = env.run(&["jwt", "user", "show", "old", "--account", "app", "--raw"]);
    let claims = pbctl::nats::jwt::decode_unverified(show.ok().stdout.trim())
        .expect("jwt")
        .1;
    // exp 0 would mean "never expires".
    assert_eq!(claims["exp"], 1, "{claims}");
    let out = env.run(&[
        "jwt",
        "user",
        "add",
        "new",
        "--account",
        "app",
        "--expiry",
        "30d",
    ]);
    out.ok();
    assert!(!out.stderr.contains("already past"), "{out:?}");
}
