//! Fleet mode: one command over many contexts (labels, selection, parallel runs, one
//! report, one exit code), against several real PocketBase servers at once.

use crate::common::*;
use crate::test_backup::{
    add_big_file, make_notes, note_titles, server_file, server_keys, throttled_proxy,
};
use crate::test_record::{next_event, spawn_streaming, wait_for};
use serde_json::{Value, json};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The contexts of a five-server fleet and their labels.
const FLEET: [(&str, &[&str]); 5] = [
    ("dev", &["env=dev"]),
    ("prod-eu-1", &["env=prod", "region=eu"]),
    ("prod-eu-2", &["env=prod", "region=eu", "canary=yes"]),
    ("prod-us-1", &["env=prod", "region=us"]),
    ("staging-eu", &["env=staging", "region=eu"]),
];

/// Real servers started in parallel, one context each, logged in as the superuser.
struct Fleet {
    servers: Vec<PocketBase>,
    env: TestEnv,
    names: Vec<String>,
}

impl Fleet {
    fn start(n: usize) -> Fleet {
        let servers: Vec<PocketBase> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..n).map(|_| s.spawn(PocketBase::start)).collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("server start"))
                .collect()
        });
        let env = TestEnv::new();
        let mut names = Vec::new();
        for ((name, labels), pb) in FLEET.iter().zip(&servers) {
            let mut args = vec!["context", "add", name, "--url", &pb.url];
            for l in labels.iter() {
                args.extend(["--label", l]);
            }
            env.run(&args).ok();
            env.run_stdin(
                &[
                    "--context",
                    name,
                    "auth",
                    "login",
                    "--identity",
                    ADMIN_EMAIL,
                    "--password-stdin",
                ],
                &format!("{ADMIN_PASSWORD}\n"),
            )
            .ok();
            names.push(name.to_string());
        }
        Fleet {
            servers,
            env,
            names,
        }
    }

    fn server(&self, name: &str) -> &PocketBase {
        let i = self.names.iter().position(|n| n == name).expect("context");
        &self.servers[i]
    }

    fn run(&self, args: &[&str]) -> Out {
        self.env.run(args)
    }
}

/// The contexts of a JSON fleet report, in its order.
fn contexts_of(out: &Out) -> Vec<String> {
    out.json()
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {out:?}"))
        .iter()
        .map(|e| e["context"].as_str().expect("context").to_string())
        .collect()
}

fn labels_of(env: &TestEnv, name: &str) -> Value {
    let out = env.run(&["context", "show", name, "-o", "json"]);
    out.ok();
    out.json()["labels"].clone()
}

#[test]
fn labels_live_in_the_config_and_filter_context_list() {
    let env = TestEnv::new();
    env.run(&[
        "context",
        "add",
        "eu",
        "--url",
        "http://127.0.0.1:1",
        "--label",
        "env=prod",
        "--label",
        "tier=a",
    ])
    .ok();
    env.run(&["context", "add", "dev", "--url", "http://127.0.0.1:2"])
        .ok();
    let out = env.run(&["context", "label", "eu", "region=eu", "tier-"]);
    out.ok();
    assert!(
        out.stderr
            .contains("Context \"eu\" now has labels env=prod, region=eu."),
        "{out:?}"
    );
    assert_eq!(
        labels_of(&env, "eu"),
        json!({"env": "prod", "region": "eu"})
    );
    let config = std::fs::read_to_string(env.config_file()).unwrap();
    assert!(
        config.contains("labels:") && config.contains("region: eu"),
        "{config}"
    );

    // Labels survive `context set` and `context rename`.
    env.run(&["context", "set", "eu", "identity=ops@example.com"])
        .ok();
    env.run(&["context", "rename", "eu", "prod-eu"]).ok();
    assert_eq!(
        labels_of(&env, "prod-eu"),
        json!({"env": "prod", "region": "eu"})
    );

    // -o wide shows them; -l, globs and lists filter the list.
    let wide = env.run(&["context", "list", "-o", "wide"]);
    wide.ok();
    assert!(
        wide.stdout.lines().next().unwrap().contains("LABELS"),
        "{wide:?}"
    );
    let row = wide.stdout.lines().find(|l| l.contains("prod-eu")).unwrap();
    assert!(row.contains("env=prod,region=eu"), "{wide:?}");
    let plain = env.run(&["context", "list"]);
    assert!(!plain.stdout.contains("LABELS"), "{plain:?}");
    let names = |args: &[&str]| {
        let mut a = vec!["context", "list", "-o", "name"];
        a.extend(args);
        let out = env.run(&a);
        out.ok();
        out.stdout
    };
    assert_eq!(names(&["-l", "env=prod"]), "prod-eu\n");
    assert_eq!(names(&["-l", "!env"]), "dev\n");
    assert_eq!(names(&["-l", "env=staging"]), "");
    assert_eq!(names(&["--context", "p*"]), "prod-eu\n");
    // Sorted by name (as kubectl lists contexts and fleet reports order their rows),
    // not in the order they were added (prod-eu first).
    assert_eq!(names(&["-A"]), "dev\nprod-eu\n");
    assert_eq!(names(&[]), "dev\nprod-eu\n");

    // Bad labels and unknown contexts.
    env.run(&["context", "label", "dev", "bad key=x"]).code(2);
    env.run(&["context", "label", "dev", "env"]).code(2);
    env.run(&["context", "label", "nope", "env=x"]).code(3);
    env.run(&[
        "context",
        "add",
        "x",
        "--url",
        "http://127.0.0.1:3",
        "--label",
        "k=-v",
    ])
    .code(2);
}

#[test]
fn selection_errors_are_refused_before_any_request() {
    let env = TestEnv::new();
    env.run(&[
        "context",
        "add",
        "a",
        "--url",
        "http://127.0.0.1:1",
        "--label",
        "env=prod",
    ])
    .ok();
    env.run(&["context", "add", "b", "--url", "http://127.0.0.1:2"])
        .ok();
    // No match: 3.
    let out = env.run(&["-l", "env=qa", "health"]);
    out.code(3);
    assert!(
        out.stderr.contains("no context matches -l \"env=qa\""),
        "{out:?}"
    );
    // A typo in a label key or value: the hint says what the contexts have.
    assert!(
        out.stderr
            .contains("hint: the values of \"env\" in use: prod"),
        "{out:?}"
    );
    let out = env.run(&["-l", "evn=prod", "health"]);
    out.code(3);
    assert!(
        out.stderr
            .contains("hint: no context has a label \"evn\"; the keys in use: env"),
        "{out:?}"
    );
    env.run(&["--context", "z*", "health"]).code(3);
    env.run(&["--context", "a,nope", "health"]).code(3);
    env.run(&["--context", "b", "-l", "env=prod", "health"])
        .code(3);
    env.run_env(&["health"], &[("PBCTL_CONTEXT", "x*")]).code(3);
    // Malformed selections: 2.
    env.run(&["-l", "env in prod", "health"]).code(2);
    env.run(&["--context", "a,,b", "health"]).code(2);
    env.run(&["-A", "--parallel", "0", "health"]).code(2);
    // Fleet mode with PBCTL_URL, or on a command that talks to no server: 2.
    let out = env.run_env(&["-A", "health"], &[("PBCTL_URL", "http://127.0.0.1:1")]);
    out.code(2);
    assert!(out.stderr.contains("PBCTL_URL"), "{out:?}");
    // One server's token is never sent to every context.
    let out = env.run_env(&["-A", "health"], &[("PBCTL_TOKEN", &fake_token())]);
    out.code(2);
    assert!(out.stderr.contains("PBCTL_TOKEN"), "{out:?}");
    for args in [
        &["-A", "jwt", "account", "list"][..],
        &["-l", "env=prod", "context", "show"],
        &["--context", "a,b", "context", "current"],
        &["-A", "completion", "bash"],
        &["-A", "help", "exit-codes"],
    ] {
        let out = env.run(args);
        out.code(2);
        assert!(out.stdout.is_empty(), "{out:?}");
    }
    // Nothing reads stdin in a fleet run: the first context would take what was meant for
    // all (a token for one server sent to another).
    for args in [
        &["-A", "auth", "login", "--token-stdin"][..],
        &[
            "-A",
            "auth",
            "login",
            "--identity",
            "x@y.z",
            "--password-stdin",
        ],
        &["-A", "settings", "set", "-f", "-"],
        &["-A", "apply", "-f", "-"],
        &["-A", "api", "/api/health", "--input", "-"],
    ] {
        let out = env.run_stdin(args, &format!("{}\n", fake_token()));
        out.code(2);
        assert!(out.stderr.contains("stdin"), "{args:?}: {out:?}");
    }
    assert!(!env.credentials_file().exists());
    // A command aimed at one fixed target is refused when several contexts would all
    // write to it; a selection of one context may run it.
    for args in [
        &["-A", "backup", "copy", "x.zip", "--to", "a", "--yes"][..],
        &[
            "-A",
            "nats",
            "sync",
            "--prune",
            "--nats-url",
            "nats://127.0.0.1:1",
        ],
    ] {
        let out = env.run(args);
        out.code(2);
        assert!(out.stderr.contains("selects 2 contexts"), "{out:?}");
    }
    let one = env.run(&[
        "--context",
        "a*",
        "backup",
        "copy",
        "x.zip",
        "--to",
        "b",
        "--yes",
    ]);
    assert_ne!(one.code, 2, "{one:?}");
    // -o json: the refusal is also one JSON object on stderr.
    let out = env.run(&["-A", "-o", "json", "jwt", "account", "list"]);
    out.code(2);
    assert!(out.stderr.contains("{\"error\":"), "{out:?}");
}

/// `value` without the keys that change from one request to the next.
fn steady(mut value: Value) -> Value {
    if let Some(m) = value.as_object_mut() {
        m.remove("latencyMs");
    }
    value
}

#[test]
fn reads_over_five_servers_in_every_format() {
    let fleet = Fleet::start(5);
    let env = &fleet.env;
    // Some data that differs per server.
    make_notes(fleet.server("prod-eu-1"), &["a", "b"]);
    make_notes(fleet.server("staging-eu"), &["c"]);
    fleet
        .server("prod-us-1")
        .admin("POST", "/api/backups", Some(&json!({"name": "us.zip"})));

    // Selection: lists, globs, mixed, every selector form, -A, --context with -l.
    let sel = |args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["health", "-o", "json"]);
        let out = fleet.run(&a);
        out.ok();
        contexts_of(&out)
    };
    assert_eq!(sel(&["--context", "prod-us-1,dev"]), ["dev", "prod-us-1"]);
    assert_eq!(sel(&["--context", "prod-eu-*"]), ["prod-eu-1", "prod-eu-2"]);
    assert_eq!(
        sel(&["--context", "prod-eu-?,dev"]),
        ["dev", "prod-eu-1", "prod-eu-2"]
    );
    assert_eq!(
        sel(&["--context", "dev*"]),
        ["dev"],
        "one match is still a fleet"
    );
    assert_eq!(
        sel(&["-l", "env=prod"]),
        ["prod-eu-1", "prod-eu-2", "prod-us-1"]
    );
    assert_eq!(sel(&["-l", "env==staging"]), ["staging-eu"]);
    assert_eq!(sel(&["-l", "env!=prod"]), ["dev", "staging-eu"]);
    assert_eq!(sel(&["-l", "region in (us,eu)"]).len(), 4);
    assert_eq!(sel(&["-l", "region notin (eu)"]), ["dev", "prod-us-1"]);
    assert_eq!(sel(&["-l", "canary"]), ["prod-eu-2"]);
    assert_eq!(sel(&["-l", "!region"]), ["dev"]);
    assert_eq!(sel(&["-l", "env=prod,region=eu,!canary"]), ["prod-eu-1"]);
    assert_eq!(sel(&["-A"]), fleet.names);
    assert_eq!(
        sel(&["--context", "prod-*", "-l", "region=eu"]),
        ["prod-eu-1", "prod-eu-2"]
    );
    let out = env.run_env(
        &["health", "-o", "json"],
        &[("PBCTL_CONTEXT", "staging-*,dev")],
    );
    assert_eq!(
        contexts_of(&out),
        ["dev", "staging-eu"],
        "PBCTL_CONTEXT takes globs"
    );

    let commands: [&[&str]; 7] = [
        &["health"],
        &["settings", "get", "meta"],
        &["record", "count", "users"],
        &["collection", "list"],
        &["backup", "list"],
        &["nats", "status"],
        &["auth", "status"],
    ];
    for cmd in commands {
        let with = |extra: &[&str]| {
            let mut a = vec!["-A"];
            a.extend(cmd);
            a.extend(extra);
            let out = fleet.run(&a);
            out.ok();
            assert!(
                out.stderr.ends_with("5 contexts: 5 ok, 0 failed\n"),
                "{cmd:?}: {out:?}"
            );
            out
        };
        // json: each result is exactly the single-context -o json of that context.
        let report = with(&["-o", "json"]).json();
        let items = report.as_array().unwrap();
        assert_eq!(items.len(), 5);
        for (item, name) in items.iter().zip(&fleet.names) {
            assert_eq!(item["context"], json!(name));
            assert_eq!(item["ok"], json!(true));
            let mut single = vec!["--context", name.as_str()];
            single.extend(cmd);
            single.extend(["-o", "json"]);
            let single = fleet.run(&single);
            single.ok();
            if cmd[0] == "health" {
                assert_eq!(steady(item["result"].clone()), steady(single.json()));
            } else {
                assert_eq!(
                    format!(
                        "{}\n",
                        serde_json::to_string_pretty(&item["result"]).unwrap()
                    ),
                    single.stdout,
                    "{cmd:?} on {name}"
                );
            }
        }
        // yaml and jsonl carry the same objects.
        let yaml: Value = serde_saphyr::from_str(&with(&["-o", "yaml"]).stdout).unwrap();
        assert_eq!(yaml.as_array().unwrap().len(), 5, "{cmd:?}");
        assert_eq!(yaml[2]["context"], "prod-eu-2");
        let jsonl = with(&["-o", "jsonl"]).stdout;
        let lines: Vec<Value> = jsonl
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 5, "{cmd:?}: {jsonl}");
        assert!(
            lines
                .iter()
                .all(|l| l["ok"] == json!(true) && l.get("result").is_some())
        );
        // --jq filters the array.
        let jq = with(&["--jq", ".[].context", "--raw"]).stdout;
        assert_eq!(jq, format!("{}\n", fleet.names.join("\n")), "{cmd:?}");
        // table and wide: one table, CONTEXT first, contexts in name order.
        for fmt in ["table", "wide"] {
            let table = with(&["-o", fmt]).stdout;
            let mut lines = table.lines();
            let head = lines.next().unwrap_or_default();
            assert!(head.starts_with("CONTEXT "), "{cmd:?} -o {fmt}: {table}");
            assert_eq!(head.matches("CONTEXT").count(), 1, "{table}");
            let firsts: Vec<&str> = lines
                .map(|l| l.split_whitespace().next().unwrap())
                .collect();
            let mut sorted = firsts.clone();
            sorted.sort();
            assert_eq!(firsts, sorted, "{table}");
            match cmd[0] {
                // One object per context: one row each.
                "health" | "settings" | "record" | "nats" | "auth" => {
                    assert_eq!(firsts, fleet.names, "{cmd:?}: {table}")
                }
                _ => {}
            }
        }
    }
    // The rows of lists: every context's rows, named by context.
    let table = fleet.run(&["-A", "collection", "list"]).stdout;
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("prod-eu-1") && l.contains("notes")),
        "{table}"
    );
    assert!(
        !table
            .lines()
            .any(|l| l.starts_with("dev ") && l.contains("notes")),
        "{table}"
    );
    let out = fleet.run(&["-A", "backup", "list", "-o", "name"]);
    assert_eq!(out.stdout, "prod-us-1/us.zip\n", "{out:?}");
    let out = fleet.run(&["-A", "collection", "list", "-o", "name"]);
    assert!(
        out.stdout.lines().any(|l| l == "staging-eu/notes"),
        "{out:?}"
    );
    let out = fleet.run(&["-l", "env=prod", "record", "count", "notes", "-o", "json"]);
    out.code(3);
    let report = out.json();
    assert_eq!(report[0]["result"], json!(2));
    assert_eq!(report[1]["error"]["exitCode"], json!(3));
    assert!(out.stderr.contains("[prod-eu-2] error:"), "{out:?}");

    // A plain --context NAME is today's single-context output, byte for byte.
    let single = fleet.run(&["--context", "dev", "settings", "get", "meta", "-o", "json"]);
    single.ok();
    assert!(single.stdout.starts_with("{"), "{single:?}");
    assert!(!single.stderr.contains("contexts:"), "{single:?}");
}

#[test]
fn writes_over_five_servers_and_one_file_per_context() {
    let fleet = Fleet::start(5);
    let dir = fleet.env.home.path();
    // settings set on the prod contexts only.
    let out = fleet.run(&["-l", "env=prod", "settings", "set", "meta.appName=Fleet"]);
    out.ok();
    assert!(out.stderr.contains("[prod-us-1] "), "{out:?}");
    for (name, pb) in fleet.names.iter().zip(&fleet.servers) {
        let app = pb.admin("GET", "/api/settings", None)["meta"]["appName"].clone();
        assert_eq!(
            app == json!("Fleet"),
            name.starts_with("prod-"),
            "{name}: {app}"
        );
    }
    // collection apply -f and record import -f everywhere.
    let schema = dir.join("schema.json");
    std::fs::write(
        &schema,
        json!([{"name": "notes", "type": "base", "fields": [{"name": "title", "type": "text"}]}])
            .to_string(),
    )
    .unwrap();
    fleet
        .run(&["-A", "collection", "apply", "-f", schema.to_str().unwrap()])
        .ok();
    let rows = dir.join("notes.jsonl");
    std::fs::write(
        &rows,
        "{\"title\":\"x\"}\n{\"title\":\"y\"}\n{\"title\":\"z\"}\n",
    )
    .unwrap();
    fleet
        .run(&[
            "-A",
            "record",
            "import",
            "notes",
            "-f",
            rows.to_str().unwrap(),
        ])
        .ok();
    for pb in &fleet.servers {
        assert_eq!(note_titles(pb), ["x", "y", "z"]);
    }
    // stdin cannot feed every context.
    fleet
        .env
        .run_stdin(
            &["-A", "record", "import", "notes", "-f", "-"],
            "{\"title\":\"w\"}\n",
        )
        .code(2);

    // backup create on every server, then prune to one.
    fleet.run(&["-A", "backup", "create", "old"]).ok();
    let out = fleet.run(&["-A", "backup", "create", "nightly", "-o", "json"]);
    out.ok();
    assert_eq!(out.json()[4]["result"]["key"], "nightly.zip", "{out:?}");
    for pb in &fleet.servers {
        assert_eq!(server_keys(pb), ["nightly.zip", "old.zip"]);
    }
    fleet
        .run(&["-A", "backup", "prune", "--keep", "1", "--yes"])
        .ok();
    for pb in &fleet.servers {
        assert_eq!(server_keys(pb), ["nightly.zip"]);
    }

    // Downloads and exports: one file per context.
    let dl = dir.join("dl");
    let template = format!("{}/{{context}}/", dl.display());
    fleet
        .run(&["-A", "backup", "download", "nightly.zip", "-O", &template])
        .ok();
    let into_dir = format!("{}/", dir.join("by-dir").display());
    fleet
        .run(&["-A", "backup", "download", "nightly.zip", "-O", &into_dir])
        .ok();
    for (name, pb) in fleet.names.iter().zip(&fleet.servers) {
        let want = std::fs::read(server_file(pb, "nightly.zip")).unwrap();
        assert_eq!(
            std::fs::read(dl.join(name).join("nightly.zip")).unwrap(),
            want
        );
        let second = dir.join("by-dir").join(name).join("nightly.zip");
        assert_eq!(std::fs::read(&second).unwrap(), want);
        assert_eq!(mode(&second), 0o600);
    }
    let out = fleet.run(&[
        "-A",
        "record",
        "export",
        "notes",
        "-O",
        "out-{context}.jsonl",
    ]);
    out.ok();
    for name in &fleet.names {
        let text = std::fs::read_to_string(dir.join(format!("out-{name}.jsonl"))).unwrap();
        assert_eq!(text.lines().count(), 3, "{name}");
    }
    // A path without {context}, stdout or no path at all: 2, and nothing is written.
    for args in [
        &["-A", "record", "export", "notes", "-O", "all.jsonl"][..],
        &["-A", "record", "export", "notes", "-O", "-"],
        &["-A", "record", "export", "notes"],
        &["-A", "backup", "download", "nightly.zip", "-O", "one.zip"],
        &["-A", "backup", "download", "nightly.zip"],
    ] {
        let out = fleet.run(args);
        out.code(2);
        assert!(out.stderr.contains("{context}"), "{out:?}");
    }
    assert!(!dir.join("all.jsonl").exists() && !dir.join("one.zip").exists());
    assert!(!dir.join("nightly.zip").exists());
}

#[test]
fn failures_are_reported_per_context_with_one_exit_code() {
    let mut fleet = Fleet::start(5);
    fleet.run(&["-A", "settings", "get", "meta"]).ok();
    // One server stopped: the others succeed; exit 5.
    fleet.servers[2].stop(); // prod-eu-2
    let out = fleet.run(&["-A", "settings", "get", "meta", "-o", "json"]);
    out.code(5);
    let report = out.json();
    assert_eq!(report[2]["ok"], json!(false));
    assert_eq!(report[2]["error"]["exitCode"], json!(5));
    assert!(!report[2]["error"]["message"].as_str().unwrap().is_empty());
    assert_eq!(
        report
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["ok"] == json!(true))
            .count(),
        4
    );
    assert!(out.stderr.contains("[prod-eu-2] error:"), "{out:?}");
    assert!(
        out.stderr.ends_with("5 contexts: 4 ok, 1 failed\n"),
        "{out:?}"
    );
    // health: the stopped server is a row of its own (reachable false, the reason as
    // its message), in the table and in the machine formats; still exit 5.
    let out = fleet.run(&["-A", "health"]);
    out.code(5);
    let rows: Vec<Vec<&str>> = out
        .stdout
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 6, "{out:?}");
    assert_eq!(rows[0][..3], ["CONTEXT", "URL", "REACHABLE"], "{out:?}");
    for (row, name) in rows[1..].iter().zip(&fleet.names) {
        assert_eq!(row[0], name.as_str(), "{out:?}");
        let reachable = if name == "prod-eu-2" { "false" } else { "true" };
        assert_eq!(row[2], reachable, "{out:?}");
    }
    assert!(
        rows[3][3..].join(" ").starts_with("cannot connect"),
        "{out:?}"
    );
    assert!(
        out.stderr.contains("[prod-eu-2] error: cannot connect"),
        "{out:?}"
    );
    assert!(
        out.stderr.ends_with("5 contexts: 4 ok, 1 failed\n"),
        "{out:?}"
    );
    let out = fleet.run(&["-A", "health", "-o", "json"]);
    out.code(5);
    let report = out.json();
    let down = &report[2];
    assert_eq!(down["ok"], json!(false), "{down}");
    assert_eq!(down["error"]["exitCode"], json!(5), "{down}");
    assert_eq!(down["result"]["reachable"], json!(false), "{down}");
    assert_eq!(down["result"]["url"], json!(fleet.servers[2].url), "{down}");
    assert_eq!(
        down["result"]["message"], down["error"]["message"],
        "{down}"
    );
    assert_eq!(down["result"]["token"], json!("unknown"), "{down}");
    assert_eq!(down["result"]["latencyMs"], Value::Null, "{down}");
    let up = &report[1]["result"];
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(up), keys(&down["result"]), "the same keys: {report}");
    assert_eq!(up["reachable"], json!(true), "{up}");
    assert_eq!(up["token"], json!("valid"), "{up}");
    // A single run prints the same row, and the error on stderr.
    let single = fleet.run(&["--context", "prod-eu-2", "health", "-o", "json"]);
    single.code(5);
    assert_eq!(single.json()["reachable"], json!(false), "{single:?}");
    assert!(
        single.stderr.starts_with("error: cannot connect"),
        "{single:?}"
    );

    // A hint names the failed context, not the current one (here `dev`), in the
    // report and on stderr; also when one context was named with --context.
    let hint = report[2]["error"]["hint"].as_str().unwrap_or_default();
    assert!(hint.contains("`pbctl context show prod-eu-2`"), "{out:?}");
    assert!(
        out.stderr
            .contains("[prod-eu-2]   hint: check that the server is running and the context URL is right (`pbctl context show prod-eu-2`)"),
        "{out:?}"
    );
    let out = fleet.run(&["--context", "prod-eu-2", "settings", "get", "meta"]);
    out.code(5);
    assert!(
        out.stderr.contains("`pbctl context show prod-eu-2`"),
        "{out:?}"
    );
    let out = fleet.run(&[
        "--context",
        "prod-us-1,staging-eu",
        "record",
        "count",
        "nope",
    ]);
    out.code(3);
    assert!(
        out.stderr
            .contains("[prod-us-1]   hint: list the collections with `pbctl --context prod-us-1 collection list`"),
        "{out:?}"
    );

    // And one revoked token: 5 and 4 together exit 1; the other three succeed.
    let pb = fleet.server("staging-eu");
    let me = pb.admin(
        "GET",
        "/api/collections/_superusers/records?filter=(email='admin@example.com')",
        None,
    );
    let id = me["items"][0]["id"].as_str().unwrap().to_string();
    pb.admin(
        "PATCH",
        &format!("/api/collections/_superusers/records/{id}"),
        Some(&json!({"tokenKey": "y".repeat(50)})),
    );
    let out = fleet.run(&["-A", "settings", "get", "meta"]);
    out.code(1);
    assert!(out.stderr.contains("[prod-eu-2] error:"), "{out:?}");
    assert!(out.stderr.contains("[staging-eu] error:"), "{out:?}");
    assert!(
        out.stderr.ends_with("5 contexts: 3 ok, 2 failed\n"),
        "{out:?}"
    );
    let rows: Vec<&str> = out
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(rows, ["dev", "prod-eu-1", "prod-us-1"], "{out:?}");
    let out = fleet.run(&["-A", "settings", "get", "meta", "-o", "json"]);
    out.code(1);
    assert_eq!(out.json()[4]["error"]["exitCode"], json!(4));
    assert_eq!(out.json()[2]["error"]["exitCode"], json!(5));

    // --fail-fast --parallel 1: contexts run in name order; after the first failure
    // (prod-eu-2) nothing new starts.
    let out = fleet.run(&[
        "-A",
        "--fail-fast",
        "--parallel",
        "1",
        "settings",
        "get",
        "meta",
        "-o",
        "json",
    ]);
    out.code(5);
    let report = out.json();
    assert_eq!(report[0]["ok"], json!(true));
    assert_eq!(report[1]["ok"], json!(true));
    assert_eq!(report[2]["error"]["exitCode"], json!(5));
    assert_eq!(
        report[3],
        json!({"context": "prod-us-1", "ok": false, "skipped": true})
    );
    assert_eq!(
        report[4],
        json!({"context": "staging-eu", "ok": false, "skipped": true})
    );
    assert!(
        out.stderr
            .ends_with("5 contexts: 2 ok, 1 failed, 2 skipped\n"),
        "{out:?}"
    );
    assert!(!out.stderr.contains("[staging-eu]"), "{out:?}");
}

/// Run pbctl on a pseudo-terminal (util-linux `script`), typing `input`.
fn on_terminal(env: &TestEnv, args: &[&str], input: &str) -> Out {
    let probe = env.command(&[]);
    let mut line = String::from(env!("CARGO_BIN_EXE_pbctl"));
    for a in args {
        line.push_str(&format!(" '{}'", a.replace('\'', "'\\''")));
    }
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"]);
    cmd.env_clear();
    for (k, v) in probe.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    cmd.env("PATH", std::env::var("PATH").unwrap_or_default());
    // A terminal that draws (indicatif hides progress on a `dumb` or unknown one).
    cmd.env("TERM", "xterm");
    cmd.current_dir(env.home.path());
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .expect("script (util-linux) runs pbctl on a terminal");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        // Give pbctl time to ask before the answer arrives.
        std::thread::sleep(Duration::from_millis(1500));
        let _ = stdin.write_all(input.as_bytes());
        std::thread::sleep(Duration::from_millis(500));
    }
    let out = child.wait_with_output().unwrap();
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        peak_rss_kib: 0,
    }
}

#[test]
fn confirmations_are_asked_once_for_the_whole_set() {
    let fleet = Fleet::start(3);
    let env = &fleet.env;
    let set = "dev,prod-eu-*";
    for pb in &fleet.servers {
        make_notes(pb, &["before"]);
    }
    env.run(&["--context", set, "backup", "create", "snap"])
        .ok();
    for pb in &fleet.servers {
        pb.admin(
            "POST",
            "/api/collections/notes/records",
            Some(&json!({"title": "after"})),
        );
    }
    // No terminal and no --yes: 2, and not one request is sent.
    let out = env.run(&["-v", "--context", set, "backup", "restore", "snap.zip"]);
    out.code(2);
    assert!(out.stderr.contains("dev, prod-eu-1, prod-eu-2"), "{out:?}");
    assert!(
        !out.stderr.contains("GET ") && !out.stderr.contains("POST "),
        "{out:?}"
    );
    for pb in &fleet.servers {
        assert_eq!(note_titles(pb), ["after", "before"]);
    }
    // A wrong answer on a terminal changes nothing.
    let out = on_terminal(
        env,
        &["--context", set, "backup", "restore", "snap.zip"],
        "yes\n",
    );
    assert_ne!(out.code, 0, "{out:?}");
    for pb in &fleet.servers {
        assert_eq!(note_titles(pb), ["after", "before"]);
    }
    // On a terminal: one question that lists the contexts and wants "3".
    let out = on_terminal(
        env,
        &["--context", set, "backup", "restore", "snap.zip"],
        "3\n",
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout.matches("type \"3\"").count(), 1, "{out:?}");
    assert!(
        out.stdout
            .contains("3 contexts (dev, prod-eu-1, prod-eu-2)"),
        "{out:?}"
    );
    for pb in &fleet.servers {
        assert_eq!(note_titles(pb), ["before"]);
    }

    // collection apply: a data-loss plan on one context asks once for all.
    let file = env.home.path().join("schema.json");
    std::fs::write(
        &file,
        json!([{"name": "notes", "type": "base", "fields": [{"name": "body", "type": "text"}]}])
            .to_string(),
    )
    .unwrap();
    let args = [
        "--context",
        set,
        "collection",
        "apply",
        "-f",
        file.to_str().unwrap(),
        "--allow-data-loss",
    ];
    env.run(&args).code(2);
    let out = on_terminal(env, &args, "y\n");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.stdout.matches("[y/N]").count(), 1, "{out:?}");
    assert!(
        out.stdout
            .contains("the answer holds for every context that asks the same"),
        "{out:?}"
    );
    for pb in &fleet.servers {
        let c = pb.admin("GET", "/api/collections/notes", None);
        assert!(
            c["fields"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["name"] == "body")
        );
    }
}

#[test]
fn watch_merges_the_streams_of_two_contexts() {
    let fleet = Fleet::start(2);
    for pb in &fleet.servers {
        make_notes(pb, &[]);
    }
    let (mut child, out, err) = spawn_streaming(
        &fleet.env,
        &[
            "--context",
            "dev,prod-eu-1",
            "record",
            "watch",
            "notes",
            "--count",
            "1",
        ],
    );
    let first = wait_for(&err, "Watching notes", Duration::from_secs(15));
    let second = wait_for(&err, "Watching notes", Duration::from_secs(15));
    assert_ne!(first, second, "each context reports its own subscription");
    for (name, pb) in fleet.names.iter().zip(&fleet.servers) {
        pb.admin(
            "POST",
            "/api/collections/notes/records",
            Some(&json!({"title": format!("on {name}")})),
        );
    }
    let mut events = [next_event(&out), next_event(&out)];
    events.sort_by_key(|e| e["context"].as_str().unwrap_or_default().to_string());
    assert_eq!(events[0]["context"], "dev");
    assert_eq!(events[0]["record"]["title"], "on dev");
    assert_eq!(events[1]["context"], "prod-eu-1");
    assert_eq!(events[1]["record"]["title"], "on prod-eu-1");
    assert_eq!(events[1]["action"], "create");
    assert!(child.wait().unwrap().success());
    assert!(
        out.recv_timeout(Duration::from_millis(200)).is_err(),
        "no report after the stream"
    );

    // --jq and --raw apply to every line of the merged stream.
    let (mut child, out, err) = spawn_streaming(
        &fleet.env,
        &[
            "--context",
            "dev,prod-eu-1",
            "record",
            "watch",
            "notes",
            "--count",
            "1",
            "--jq",
            ".context + \" \" + .record.title",
            "--raw",
        ],
    );
    wait_for(&err, "Watching notes", Duration::from_secs(15));
    wait_for(&err, "Watching notes", Duration::from_secs(15));
    for (name, pb) in fleet.names.iter().zip(&fleet.servers) {
        pb.admin(
            "POST",
            "/api/collections/notes/records",
            Some(&json!({"title": format!("again on {name}")})),
        );
    }
    let mut lines: Vec<String> = (0..2)
        .map(|_| out.recv_timeout(Duration::from_secs(15)).expect("a line"))
        .collect();
    lines.sort();
    assert_eq!(lines, ["dev again on dev", "prod-eu-1 again on prod-eu-1"]);
    assert!(child.wait().unwrap().success());
}

#[test]
fn ctrl_c_during_a_fleet_download_exits_130_and_leaves_no_part_file() {
    let fleet = Fleet::start(2);
    for (name, pb) in fleet.names.iter().zip(&fleet.servers) {
        add_big_file(pb, 16);
        fleet
            .env
            .run(&["--context", name, "backup", "create", "big"])
            .ok();
        let port = throttled_proxy(pb.port, 2 * 1024 * 1024);
        fleet
            .env
            .run(&[
                "context",
                "set",
                name,
                &format!("url=http://127.0.0.1:{port}"),
            ])
            .ok();
    }
    let dl = fleet.env.home.path().join("dl");
    let child = fleet
        .env
        .command(&[
            "-A",
            "backup",
            "download",
            "big.zip",
            "-O",
            &format!("{}/", dl.display()),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let parts: Vec<_> = fleet
        .names
        .iter()
        .map(|n| dl.join(n).join("big.zip.part"))
        .collect();
    let started = Instant::now();
    while !parts
        .iter()
        .all(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0) > 256 * 1024)
    {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the downloads did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("[dev] interrupted") && stderr.contains("[prod-eu-1] interrupted"),
        "{stderr}"
    );
    for name in &fleet.names {
        let entries: Vec<_> = std::fs::read_dir(dl.join(name)).unwrap().collect();
        assert!(entries.is_empty(), "{name}: {entries:?}");
    }
}

#[test]
fn each_context_refreshes_its_own_token_and_vv_shows_none() {
    let fleet = Fleet::start(2);
    for pb in &fleet.servers {
        pb.admin(
            "PATCH",
            "/api/collections/_superusers",
            Some(&json!({"authToken": {"duration": 100}})),
        );
    }
    // Log in again so that the tokens have the short lifetime, then make them look old.
    for (name, pb) in fleet.names.iter().zip(&fleet.servers) {
        let _ = pb;
        fleet
            .env
            .run_stdin(
                &[
                    "--context",
                    name,
                    "auth",
                    "login",
                    "--identity",
                    ADMIN_EMAIL,
                    "--password-stdin",
                ],
                &format!("{ADMIN_PASSWORD}\n"),
            )
            .ok();
    }
    let before: Vec<String> = fleet
        .names
        .iter()
        .map(|n| fleet.env.stored_token(n))
        .collect();
    let config = std::fs::read_to_string(fleet.env.config_file()).unwrap();
    let aged: String = config
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("obtained:") {
                "    obtained: 1".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(fleet.env.config_file(), aged + "\n").unwrap();
    std::thread::sleep(Duration::from_millis(1100));
    let out = fleet.run(&["-vv", "-A", "settings", "get", "batch"]);
    out.ok();
    for (name, old) in fleet.names.iter().zip(&before) {
        let new = fleet.env.stored_token(name);
        assert_ne!(&new, old, "{name} refreshed its own token");
        assert!(
            out.stderr
                .lines()
                .any(|l| l.starts_with(&format!("[{name}] ")) && l.contains("auth-refresh")),
            "{out:?}"
        );
        for token in [old, &new] {
            let signature = token.rsplit('.').next().unwrap();
            assert!(
                !out.stderr.contains(signature),
                "a token of {name} leaked: {out:?}"
            );
            assert!(!out.stdout.contains(signature));
        }
    }
}

#[test]
fn selectors_complete_label_keys_and_values_from_the_config() {
    let env = TestEnv::new();
    env.run(&[
        "context",
        "add",
        "eu",
        "--url",
        "http://127.0.0.1:1",
        "--label",
        "env=prod",
        "--label",
        "region=eu",
    ])
    .ok();
    env.run(&[
        "context",
        "add",
        "dev",
        "--url",
        "http://127.0.0.1:2",
        "--label",
        "env=dev",
    ])
    .ok();
    let out = env.run_env(
        &["--", "pbctl", "-l", ""],
        &[
            ("COMPLETE", "bash"),
            ("_CLAP_COMPLETE_INDEX", "2"),
            ("_CLAP_COMPLETE_COMP_TYPE", "9"),
            ("_CLAP_COMPLETE_SPACE", "true"),
            ("_CLAP_IFS", "\n"),
        ],
    );
    assert_eq!(
        out.ok().stdout.lines().collect::<Vec<_>>(),
        ["env", "region", "env=dev", "env=prod", "region=eu"]
    );
}

#[test]
fn nats_bootstrap_and_sync_across_the_set_with_real_nats_servers() {
    let fleet = Fleet::start(2);
    let env = &fleet.env;
    let set = "dev,prod-eu-1";
    env.run(&["--context", set, "nats", "bootstrap"]).ok();
    // Each context gets its own NATS server, configured from its own control plane.
    let dir = tempfile::tempdir().unwrap();
    let mut servers = Vec::new();
    for name in &fleet.names {
        let out = dir.path().join(name);
        let listen = format!("127.0.0.1:{}", free_port());
        env.run(&[
            "--context",
            name,
            "nats",
            "server-config",
            "-O",
            out.to_str().unwrap(),
            "--listen",
            &listen,
        ])
        .ok();
        let nats = crate::nats_server::NatsServer::start_file(&out.join("nats.conf"));
        env.run(&["context", "set", name, &format!("nats.url={}", nats.url())])
            .ok();
        servers.push(nats);
    }
    env.run(&["--context", set, "nats", "account", "create", "acme"])
        .ok();
    let out = env.run(&["--context", set, "nats", "sync", "-o", "json"]);
    out.ok();
    let report = out.json();
    for (item, name) in report.as_array().unwrap().iter().zip(&fleet.names) {
        assert_eq!(item["context"], json!(name));
        let lines = item["result"].as_array().expect("sync lines");
        assert!(
            lines
                .iter()
                .any(|l| l["account"] == "acme" && l["action"] == "push" && l["ok"] == true),
            "{name}: {lines:?}"
        );
    }
    // Both NATS servers now know their control plane's accounts.
    let status = env.run(&["--context", set, "nats", "status", "-o", "json"]);
    status.ok();
    for item in status.json().as_array().unwrap() {
        assert_eq!(item["result"]["mode"], "pbctl-managed", "{item}");
        assert_eq!(item["result"]["drift"]["servers"], 1, "{item}");
    }
    let table = env.run(&["--context", set, "nats", "sync"]);
    table.ok();
    assert!(
        table.stdout.lines().next().unwrap().starts_with("CONTEXT"),
        "{table:?}"
    );
    assert!(
        table
            .stdout
            .lines()
            .any(|l| l.starts_with("prod-eu-1") && l.contains("acme"))
    );
}

#[test]
fn environment_as_code_across_the_set() {
    let fleet = Fleet::start(3);
    let env = &fleet.env;
    let dir = env.home.path();
    let desired = dir.join("desired");
    std::fs::create_dir(&desired).unwrap();
    std::fs::write(
        desired.join("env.yaml"),
        "kind: Settings\nsettings:\n  meta: {appName: Fleetwide}\n---\n\
         kind: Collection\nname: posts\ntype: base\nfields:\n  - {name: title, type: text}\n",
    )
    .unwrap();
    let files = desired.to_str().unwrap();

    // Drift on every context: diff exits 1 and shows each context's plan.
    let out = env.run(&["-A", "diff", "-f", files, "-o", "json"]);
    out.code(1);
    let report = out.json();
    assert_eq!(contexts_of(&out), fleet.names, "{out:?}");
    for item in report.as_array().unwrap() {
        assert_eq!(item["ok"], false, "{item}");
        assert_eq!(item["error"]["exitCode"], 1, "{item}");
    }
    // Drift is the diff's answer, not a failure: the summary says so, no error line.
    assert!(
        out.stderr
            .ends_with("3 contexts: 0 ok, 3 differ, 0 failed\n"),
        "{out:?}"
    );
    assert!(!out.stderr.contains("error:"), "{out:?}");
    // stdin cannot feed every context, and nothing was changed by any of this.
    env.run_stdin(
        &["-A", "apply", "-f", "-"],
        "kind: Settings\nsettings: {}\n",
    )
    .code(2);
    for pb in &fleet.servers {
        assert_ne!(
            pb.admin("GET", "/api/settings", None)["meta"]["appName"],
            "Fleetwide"
        );
    }

    // apply everywhere, then every context is in the desired state and diff is clean.
    let out = env.run(&["-A", "apply", "-f", files, "--yes"]);
    out.ok();
    // One table: each context's plan, in context order; the summaries on stderr.
    let rows: Vec<&str> = out.stdout.lines().collect();
    assert!(
        rows[0].starts_with("CONTEXT") && rows[0].contains("PLAN"),
        "{out:?}"
    );
    assert_eq!(rows.len(), 1 + 2 * fleet.names.len(), "{out:?}");
    assert!(rows[1].starts_with("dev ") && rows[1].contains("~ Settings: meta.appName"));
    assert!(rows[6].starts_with("prod-eu-2 ") && rows[6].contains("+ Collection posts"));
    assert!(
        out.stderr
            .contains("[prod-eu-1] Applied: 1 created, 1 updated, 0 deleted.")
    );
    for pb in &fleet.servers {
        assert_eq!(
            pb.admin("GET", "/api/settings", None)["meta"]["appName"],
            "Fleetwide"
        );
        assert_eq!(
            pb.admin("GET", "/api/collections/posts", None)["fields"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["name"] == "title")
                .count(),
            1
        );
    }
    env.run(&["-A", "diff", "-f", files]).ok();
    let again = env.run(&["-A", "apply", "-f", files]);
    again.ok();
    assert_eq!(again.stdout, "", "{again:?}");
    assert!(again.stderr.contains("[dev] No changes."), "{again:?}");

    // export: one directory per context, and every context exports the same documents.
    env.run(&["-A", "export", "-O", "exported", "--kind", "Collection"])
        .ok();
    let first = std::fs::read(dir.join("exported/dev/collections.yaml")).unwrap();
    assert!(String::from_utf8_lossy(&first).contains("name: posts"));
    for name in &fleet.names {
        let path = dir.join("exported").join(name).join("collections.yaml");
        assert_eq!(std::fs::read(&path).unwrap(), first, "{name}");
    }
    // Again: every context's files exist, each context refuses (exit 1) unless --force.
    let out = env.run(&["-A", "export", "-O", "exported", "--kind", "Collection"]);
    out.code(1);
    assert!(
        out.stderr
            .contains("[dev] error: exported/dev/collections.yaml already exists"),
        "{out:?}"
    );
    assert!(
        out.stderr.ends_with("3 contexts: 0 ok, 3 failed\n"),
        "{out:?}"
    );
    env.run(&[
        "-A",
        "export",
        "-O",
        "exported",
        "--kind",
        "Collection",
        "--force",
    ])
    .ok();
    assert_eq!(
        std::fs::read(dir.join("exported/prod-eu-2/collections.yaml")).unwrap(),
        first
    );
    // -O at a file: refused once, before any context runs.
    std::fs::write(dir.join("one.yaml"), "keep").unwrap();
    let out = env.run(&["-A", "export", "-O", "one.yaml"]);
    out.code(1);
    assert!(
        out.stderr.contains("one.yaml is a file, not a directory"),
        "{out:?}"
    );
    assert!(!out.stderr.contains("[dev]"), "{out:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("one.yaml")).unwrap(),
        "keep"
    );
    // Without -O every context would print to the same stdout: 2.
    let out = env.run(&["-A", "export"]);
    out.code(2);
    assert!(out.stderr.contains("{context}"), "{out:?}");
}

#[test]
fn a_terminal_shows_one_progress_line_for_the_whole_fleet() {
    let fleet = Fleet::start(3);
    let env = &fleet.env;
    env.run(&["-A", "backup", "create", "snap"]).ok();
    // `script` gives pbctl a terminal and merges stdout and stderr into its stdout.
    let out = on_terminal(
        env,
        &["-A", "backup", "download", "snap.zip", "-O", "dl/"],
        "",
    );
    assert_eq!(out.code, 0, "{out:?}");
    let screen = out.stdout.replace('\r', "\n");
    // The fleet's line counts contexts; no context draws its own download bar (a single
    // run's shows bytes per second).
    assert!(screen.contains("% of 3 contexts"), "{screen}");
    assert!(!screen.contains("iB/s"), "{screen}");
    for name in &fleet.names {
        assert!(screen.contains(&format!("[{name}] ")), "{screen}");
        assert!(
            env.home
                .path()
                .join("dl")
                .join(name)
                .join("snap.zip")
                .exists()
        );
    }
    assert!(screen.contains("3 contexts: 3 ok, 0 failed"), "{screen}");
    // The same download of one context, on a terminal, does draw its bar.
    let single = on_terminal(
        env,
        &[
            "--context",
            "dev",
            "backup",
            "download",
            "snap.zip",
            "-O",
            "one.zip",
        ],
        "",
    );
    assert_eq!(single.code, 0, "{single:?}");
    assert!(
        single.stdout.contains("iB/s") || single.stdout.contains(" B/s"),
        "{single:?}"
    );
}

#[test]
fn a_plan_that_differs_per_context_is_asked_for_again() {
    let fleet = Fleet::start(2);
    let env = &fleet.env;
    // The same desired state, but each server holds a different extra collection, so
    // `--prune` would delete something else on each.
    for (pb, extra) in fleet.servers.iter().zip(["only_dev", "only_prod"]) {
        pb.admin(
            "POST",
            "/api/collections",
            Some(
                &json!({"name": extra, "type": "base", "fields": [{"name": "t", "type": "text"}]}),
            ),
        );
    }
    let file = env.home.path().join("posts.yaml");
    std::fs::write(
        &file,
        "kind: Collection\nname: posts\ntype: base\nfields:\n  - {name: title, type: text}\n",
    )
    .unwrap();
    let set = "dev,prod-eu-1";
    let args = [
        "--context",
        set,
        "--parallel",
        "1",
        "apply",
        "-f",
        file.to_str().unwrap(),
        "--prune",
    ];
    // No terminal and no --yes: refused, nothing deleted anywhere.
    let out = env.run(&args);
    assert_ne!(out.code, 0, "{out:?}");
    assert!(out.stderr.contains("--yes"), "{out:?}");
    let names = |pb: &PocketBase| -> Vec<String> {
        pb.admin("GET", "/api/collections?perPage=200", None)["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(names(fleet.server("dev")).contains(&"only_dev".to_string()));
    // On a terminal: dev's question names what it deletes and gets "y"; prod-eu-1's plan
    // deletes something else, so it is asked again and gets "n".
    let out = on_terminal(env, &args, "y\nn\n");
    let screen = out.stdout.replace('\r', "");
    assert!(
        screen.contains("[dev] apply a plan that deletes"),
        "{screen}"
    );
    assert!(screen.contains("Collection only_dev"), "{screen}");
    assert!(
        screen.contains("[prod-eu-1] apply a plan that deletes"),
        "{screen}"
    );
    assert!(screen.contains("Collection only_prod"), "{screen}");
    assert_eq!(out.code, 1, "{screen}");
    assert!(!names(fleet.server("dev")).contains(&"only_dev".to_string()));
    assert!(names(fleet.server("prod-eu-1")).contains(&"only_prod".to_string()));
}

#[test]
fn a_hand_edited_context_name_never_becomes_a_path_outside_the_target() {
    let env = TestEnv::new();
    let config = env.config_file();
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        "contexts:\n  - name: ../../escape\n    url: http://127.0.0.1:1\n",
    )
    .unwrap();
    let out = env.run(&["-A", "backup", "download", "x.zip", "-O", "dl/{context}/"]);
    out.code(2);
    assert!(!env.home.path().join("escape").exists());
    assert!(!env.home.path().join("dl").exists(), "{out:?}");
}
