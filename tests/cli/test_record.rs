//! `pbctl record ...` against a real PocketBase 0.40.6.

use crate::common::*;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn posts_schema() -> Value {
    json!({"name": "posts", "type": "base", "listRule": "", "viewRule": "",
    "fields": [
      {"name": "title", "type": "text", "required": true},
      {"name": "views", "type": "number", "onlyInt": true},
      {"name": "published", "type": "bool"},
      {"name": "tags", "type": "select", "maxSelect": 3, "values": ["go", "rust", "js"]},
      {"name": "meta", "type": "json"},
      {"name": "cover", "type": "file", "maxSelect": 1},
      {"name": "docs", "type": "file", "maxSelect": 5},
      {"name": "created", "type": "autodate", "onCreate": true, "onUpdate": false}
    ]})
}

fn setup() -> (PocketBase, TestEnv) {
    let (pb, env) = logged_in("dev");
    pb.admin("POST", "/api/collections", Some(&posts_schema()));
    (pb, env)
}

/// `record import COLLECTION` of `text` (JSON lines) from a file, with the batch API on
/// (1000 a batch); must succeed.
fn import_text(env: &TestEnv, collection: &str, text: &str) {
    env.run(&[
        "settings",
        "set",
        "batch.enabled=true",
        "batch.maxRequests=1000",
    ])
    .ok();
    let input = env.home.path().join("import.jsonl");
    std::fs::write(&input, text).unwrap();
    env.run(&[
        "record",
        "import",
        collection,
        "-f",
        input.to_str().unwrap(),
        "-q",
    ])
    .ok();
}

/// Every record of a collection, read directly from the server (not through pbctl).
fn server_records(pb: &PocketBase, collection: &str) -> Vec<Value> {
    let token = pb.admin_token();
    let mut all = Vec::new();
    for page in 1.. {
        let v = http_json(
            "GET",
            &format!(
                "{}/api/collections/{collection}/records?page={page}&perPage=1000&skipTotal=1&sort=@rowid",
                pb.url
            ),
            Some(&token),
            None,
        );
        let items = v["items"].as_array().unwrap().clone();
        let n = items.len();
        all.extend(items);
        if n < 1000 {
            break;
        }
    }
    all
}

fn server_count(pb: &PocketBase, collection: &str) -> i64 {
    pb.admin(
        "GET",
        &format!("/api/collections/{collection}/records?perPage=1&fields=id"),
        None,
    )["totalItems"]
        .as_i64()
        .unwrap()
}

#[test]
fn record_crud_round_trip() {
    let (pb, env) = setup();
    // create: KEY=VALUE typed by the schema, KEY:=JSON as is.
    let out = env.run(&[
        "record",
        "create",
        "posts",
        "title=Hello",
        "views=3",
        "published=true",
        "tags=go,rust",
        "meta:={\"a\":[1,2]}",
        "-o",
        "json",
    ]);
    let created = out.ok().json();
    let id = created["id"].as_str().unwrap().to_string();
    let on_server = pb.admin("GET", &format!("/api/collections/posts/records/{id}"), None);
    assert_eq!(on_server["title"], "Hello");
    assert_eq!(on_server["views"], 3);
    assert_eq!(on_server["published"], true);
    assert_eq!(on_server["tags"], json!(["go", "rust"]));
    assert_eq!(on_server["meta"], json!({"a": [1, 2]}));

    // -f with YAML, and the table shows the schema's columns.
    let yaml = env.home.path().join("post.yaml");
    std::fs::write(&yaml, "title: From YAML\nviews: 7\n").unwrap();
    env.run(&["record", "create", "posts", "-f", yaml.to_str().unwrap()])
        .ok();
    let table = env.run(&["record", "list", "posts", "--sort", "views"]);
    let text = &table.ok().stdout;
    assert!(text.starts_with("ID"), "{text}");
    assert!(
        text.contains("TITLE") && text.contains("VIEWS") && text.contains("From YAML"),
        "{text}"
    );
    assert!(!text.contains("COLLECTIONID"), "{text}");

    // get, update with modifiers
    let got = env
        .run(&["record", "get", "posts", &id, "-o", "json"])
        .ok()
        .json();
    assert_eq!(got["title"], "Hello");
    env.run(&[
        "record",
        "update",
        "posts",
        &id,
        "views+=5",
        "tags-=go",
        "tags+=js",
        "title=Edited",
    ])
    .ok();
    let on_server = pb.admin("GET", &format!("/api/collections/posts/records/{id}"), None);
    assert_eq!(on_server["views"], 8);
    assert_eq!(on_server["tags"], json!(["rust", "js"]));
    assert_eq!(on_server["title"], "Edited");

    // list: sort, fields, limit, name output; count with a filter
    let names = env.run(&["record", "list", "posts", "--sort", "-views", "-o", "name"]);
    assert_eq!(names.ok().stdout.lines().next(), Some(id.as_str()));
    let limited = env
        .run(&[
            "record", "list", "posts", "--limit", "1", "--fields", "id,title", "-o", "json",
        ])
        .ok()
        .json();
    assert_eq!(limited.as_array().unwrap().len(), 1);
    assert!(limited[0].get("views").is_none());
    let count = env.run(&[
        "record",
        "count",
        "posts",
        "--filter",
        "views > {:v}",
        "--param",
        "v:=7",
        "-o",
        "json",
    ]);
    assert_eq!(count.ok().json(), json!(1));

    // --dry-run lists what would go, asks nothing (no terminal, no --yes) and deletes
    // nothing; a missing id is exit 3 as for a delete.
    let all_ids: Vec<String> = server_records(&pb, "posts")
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    let dry = env.run(&[
        "record",
        "delete",
        "posts",
        "--filter",
        "views >= 0",
        "--dry-run",
        "-o",
        "name",
    ]);
    assert!(dry.ok().stderr.is_empty(), "{dry:?}");
    let mut listed: Vec<&str> = dry.stdout.lines().collect();
    listed.sort();
    let mut want: Vec<&str> = all_ids.iter().map(String::as_str).collect();
    want.sort();
    assert_eq!(listed, want);
    let dry = env.run(&["record", "delete", "posts", &id, "--dry-run"]);
    assert!(
        dry.ok()
            .stderr
            .contains("Would delete 1 record(s) from posts (dry run"),
        "{dry:?}"
    );
    env.run(&["record", "delete", "posts", "nosuchid0000000", "--dry-run"])
        .code(3);
    assert_eq!(server_count(&pb, "posts"), all_ids.len() as i64);

    // delete by id; not found afterwards is exit 3
    env.run(&["record", "delete", "posts", &id]).ok();
    assert_eq!(server_count(&pb, "posts"), 1);
    env.run(&["record", "get", "posts", &id]).code(3);
    env.run(&["record", "delete", "posts", &id]).code(3);

    // delete by filter asks first: no terminal and no --yes refuses (exit 2)
    env.run(&["record", "delete", "posts", "--filter", "views >= 0"])
        .code(2);
    assert_eq!(server_count(&pb, "posts"), 1);
    env.run(&[
        "record",
        "delete",
        "posts",
        "--filter",
        "views >= 0",
        "--yes",
    ])
    .ok();
    assert_eq!(server_count(&pb, "posts"), 0);
}

#[test]
fn list_all_streams_every_page() {
    let (pb, env) = setup();
    let lines: String = (0..2500)
        .map(|i| format!("{{\"title\":\"t{i}\",\"views\":{i}}}\n"))
        .collect();
    env.run(&[
        "settings",
        "set",
        "batch.enabled=true",
        "batch.maxRequests=1000",
    ])
    .ok();
    env.run_stdin(&["record", "import", "posts", "-f", "-"], &lines)
        .ok();
    assert_eq!(server_count(&pb, "posts"), 2500);
    let out = env.run(&["record", "list", "posts", "--all", "-o", "jsonl"]);
    let ids: Vec<String> = out
        .ok()
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids.len(), 2500);
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), 2500);
    let json = env
        .run(&[
            "record",
            "list",
            "posts",
            "--all",
            "-o",
            "json",
            "--filter",
            "views < 1500",
        ])
        .ok()
        .json();
    assert_eq!(json.as_array().unwrap().len(), 1500);
    // The default limit is 30, and the table says there are more.
    let out = env.run(&["record", "list", "posts"]);
    assert_eq!(out.ok().stdout.lines().count(), 31);
    assert!(out.stderr.contains("Showing 30 of 2500"), "{}", out.stderr);
    let out = env.run(&["record", "list", "posts", "--limit", "1200", "-o", "jsonl"]);
    assert_eq!(out.ok().stdout.lines().count(), 1200);
}

#[test]
fn params_match_exactly_the_intended_record() {
    let (pb, env) = setup();
    let titles = [
        "plain",
        "it's \"quoted\"",
        "back\\slash\\",
        "a\\\"b",
        "x && views > 0 || title != \"",
        "line one\nline two",
        "tab\there ü 🚀",
        "\" || title != \"",
        "{:t}",
        "%_like_%",
    ];
    let mut ids = HashMap::new();
    for t in titles {
        let v = pb.admin(
            "POST",
            "/api/collections/posts/records",
            Some(&json!({"title": t, "views": 1})),
        );
        ids.insert(t, v["id"].as_str().unwrap().to_string());
    }
    for t in titles {
        let param = format!("t={t}");
        let out = env.run(&[
            "record",
            "list",
            "posts",
            "--filter",
            "title = {:t}",
            "--param",
            &param,
            "-o",
            "json",
        ]);
        let items = out.ok().json();
        let items = items.as_array().unwrap();
        assert_eq!(items.len(), 1, "title {t:?}: {items:?}");
        assert_eq!(items[0]["id"], ids[t].as_str(), "title {t:?}");
        assert_eq!(items[0]["title"], t);
        // count and export bind the same way
        let count = env.run(&[
            "record",
            "count",
            "posts",
            "--filter",
            "title = {:t} && views = {:v}",
            "--param",
            &param,
            "--param",
            "v:=1",
            "-o",
            "json",
        ]);
        assert_eq!(count.ok().json(), json!(1), "count {t:?}");
    }
    // An injection attempt matches nothing.
    let out = env.run(&[
        "record",
        "count",
        "posts",
        "--filter",
        "title = {:t}",
        "--param",
        "t=nope\" || id != \"",
        "-o",
        "json",
    ]);
    assert_eq!(out.ok().json(), json!(0));
    // A missing or unused parameter is a usage error.
    env.run(&["record", "list", "posts", "--filter", "title = {:t}"])
        .code(2);
    env.run(&[
        "record",
        "list",
        "posts",
        "--filter",
        "title = 'x'",
        "--param",
        "t=1",
    ])
    .code(2);
    env.run(&[
        "record",
        "list",
        "posts",
        "--filter",
        "views = {:v}",
        "--param",
        "v:=nope",
    ])
    .code(2);
}

/// 10,000 JSON lines with ids: rows 1..=10000; five invalid rows.
fn import_file(dir: &std::path::Path) -> (std::path::PathBuf, Vec<usize>) {
    let bad = vec![101, 2002, 5003, 7004, 9999];
    let mut text = String::new();
    for line in 1..=10_000usize {
        let id = format!("r{line:014}");
        let row = match line {
            101 => "{\"id\": \"r00000000000101\", \"title\": \"broken".to_string(),
            2002 => json!({"id": id, "title": "t", "views": "many"}).to_string(),
            5003 => json!({"id": id, "title": "t", "colour": "red"}).to_string(),
            7004 => json!({"id": id, "views": 3}).to_string(),
            9999 => json!({"id": id, "title": "t", "tags": ["go", "cobol"]}).to_string(),
            _ => json!({"id": id, "title": format!("title {line}"), "views": line, "tags": ["go"], "meta": {"n": line}}).to_string(),
        };
        text.push_str(&row);
        text.push('\n');
    }
    let path = dir.join("posts.jsonl");
    std::fs::write(&path, text).unwrap();
    (path, bad)
}

#[test]
fn import_10k_with_invalid_rows_then_upsert_finishes_without_duplicates() {
    let (pb, env) = setup();
    env.run(&[
        "settings",
        "set",
        "batch.enabled=true",
        "batch.maxRequests=500",
    ])
    .ok();
    let (path, bad) = import_file(env.home.path());
    let file = path.to_str().unwrap();

    // An interrupted first run: only the first 4,000 lines got in.
    let head: String = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .take(4000)
        .map(|l| format!("{l}\n"))
        .collect();
    let first = env.run_stdin(
        &[
            "record",
            "import",
            "posts",
            "-f",
            "-",
            "--on-error",
            "skip",
            "-o",
            "json",
        ],
        &head,
    );
    first.code(1);
    let summary: Value = serde_json::from_str(&first.stdout).unwrap();
    assert_eq!(summary["created"], 3998);
    assert_eq!(summary["failed"], 2);
    assert_eq!(server_count(&pb, "posts"), 3998);

    // The whole file with --upsert: finishes the job without duplicates.
    let errors = env.home.path().join("errors.jsonl");
    let out = env.run(&[
        "record",
        "import",
        "posts",
        "-f",
        file,
        "--upsert",
        "--on-error",
        "skip",
        "--errors",
        errors.to_str().unwrap(),
        "-o",
        "json",
    ]);
    out.code(1);
    let summary: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(summary["created"], 9995 - 3998, "{out:?}");
    assert_eq!(summary["updated"], 3998);
    assert_eq!(summary["failed"], 5);
    assert_eq!(server_count(&pb, "posts"), 9995);
    for line in &bad {
        assert!(
            out.stderr.contains(&format!("line {line}:")),
            "line {line} not reported: {}",
            out.stderr
        );
    }
    assert!(
        out.stderr.contains("views")
            && out.stderr.contains("colour")
            && out.stderr.contains("cobol"),
        "{}",
        out.stderr
    );
    let failed: Vec<Value> = std::fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(mode(&errors), 0o600);
    // Concurrent batches finish in any order: compare the set of lines.
    let mut lines: Vec<usize> = failed
        .iter()
        .map(|f| f["line"].as_u64().unwrap() as usize)
        .collect();
    lines.sort_unstable();
    assert_eq!(lines, bad);

    // The same file again: nothing new.
    let again = env.run(&[
        "record",
        "import",
        "posts",
        "-f",
        file,
        "--upsert",
        "--on-error",
        "skip",
        "-o",
        "json",
    ]);
    again.code(1);
    let summary: Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(summary["created"], 0);
    assert_eq!(summary["updated"], 9995);
    assert_eq!(server_count(&pb, "posts"), 9995);
    let rec = pb.admin(
        "GET",
        "/api/collections/posts/records/r00000000004321",
        None,
    );
    assert_eq!(rec["title"], "title 4321");
    assert_eq!(rec["meta"], json!({"n": 4321}));

    // Without --on-error skip the import stops at the first bad row (malformed: exit 2).
    pb.admin("DELETE", "/api/collections/posts/truncate", None);
    let stop = env.run(&["record", "import", "posts", "-f", file]);
    stop.code(2);
    assert!(stop.stderr.contains("line 101"), "{}", stop.stderr);
    // The rows before it were imported, none after it.
    assert_eq!(server_count(&pb, "posts"), 100);
}

#[test]
fn import_without_batch_api_uses_single_requests_csv_and_json() {
    let (pb, env) = setup();
    // Batch API off (the default): concurrent single requests.
    let csv = "id,title,views,published,tags,meta\r\n\
               aaaaaaaaaaaaaa1,\"Hello, \"\"CSV\"\"\",3,true,\"[\"\"go\"\",\"\"js\"\"]\",\"{\"\"k\"\":1}\"\r\n\
               aaaaaaaaaaaaaa2,\"multi\nline\",,false,rust,\r\n";
    let path = env.home.path().join("in.csv");
    std::fs::write(&path, csv).unwrap();
    let out = env.run(&["record", "import", "posts", "-f", path.to_str().unwrap()]);
    out.ok();
    assert!(out.stderr.contains("2 created"), "{}", out.stderr);
    let a = pb.admin(
        "GET",
        "/api/collections/posts/records/aaaaaaaaaaaaaa1",
        None,
    );
    assert_eq!(a["title"], "Hello, \"CSV\"");
    assert_eq!(a["views"], 3);
    assert_eq!(a["published"], true);
    assert_eq!(a["tags"], json!(["go", "js"]));
    assert_eq!(a["meta"], json!({"k": 1}));
    let b = pb.admin(
        "GET",
        "/api/collections/posts/records/aaaaaaaaaaaaaa2",
        None,
    );
    assert_eq!(b["title"], "multi\nline");
    assert_eq!(b["tags"], json!(["rust"]));

    // A JSON array with --upsert: one update, one create.
    let json_in =
        json!([{"id": "aaaaaaaaaaaaaa1", "title": "updated"}, {"title": "new one"}]).to_string();
    let out = env.run_stdin(
        &[
            "record", "import", "posts", "-f", "-", "--format", "json", "--upsert", "-o", "json",
        ],
        &json_in,
    );
    let summary: Value = serde_json::from_str(&out.ok().stdout).unwrap();
    assert_eq!(summary["created"], 1);
    assert_eq!(summary["updated"], 1);
    assert_eq!(
        pb.admin(
            "GET",
            "/api/collections/posts/records/aaaaaaaaaaaaaa1",
            None
        )["title"],
        "updated"
    );
    assert_eq!(server_count(&pb, "posts"), 3);

    // --dry-run sends nothing.
    let out = env.run_stdin(
        &["record", "import", "posts", "-f", "-", "--dry-run"],
        "{\"title\":\"x\"}\n{\"views\":\"x\",\"title\":\"y\"}\n",
    );
    out.code(1);
    assert!(
        out.stderr.contains("line 2") && out.stderr.contains("1 valid"),
        "{}",
        out.stderr
    );
    assert_eq!(server_count(&pb, "posts"), 3);
    // A dry run checks every row, not only up to the first bad one.
    let out = env.run_stdin(
        &["record", "import", "posts", "-f", "-", "--dry-run"],
        "{\"views\":\"x\",\"title\":\"a\"}\n{\"title\":\"b\"}\n{\"views\":[],\"title\":\"c\"}\n",
    );
    out.code(1);
    for want in [
        "line 1",
        "line 3",
        "1 valid row(s), 2 invalid",
        "2 invalid row(s); nothing was sent",
    ] {
        assert!(out.stderr.contains(want), "{want}: {}", out.stderr);
    }
    assert!(!out.stderr.contains("imported"), "{}", out.stderr);
    assert_eq!(server_count(&pb, "posts"), 3);
    // Input that starts with `[` is a JSON array, whatever the file is called.
    let out = env.run_stdin(
        &["record", "import", "posts", "-f", "-", "--dry-run"],
        "  [{\"title\": \"x\"},\n {\"title\": \"y\"}]",
    );
    assert!(out.ok().stderr.contains("2 valid"), "{}", out.stderr);
}

/// Pages with the same items are real when the only column has one value: PocketBase
/// counts and echoes the page, and that bounds the list without comparing pages.
#[test]
fn export_and_list_all_of_a_column_with_one_value_read_every_page() {
    let (pb, env) = setup();
    let text: String = (0..2500)
        .map(|i| format!("{{\"title\":\"t{i}\"}}\n"))
        .collect();
    import_text(&env, "posts", &text);
    assert_eq!(server_count(&pb, "posts"), 2500);
    let csv_file = env.home.path().join("published.csv");
    env.run(&[
        "record",
        "export",
        "posts",
        "--fields",
        "published",
        "-O",
        csv_file.to_str().unwrap(),
    ])
    .ok();
    let csv = std::fs::read_to_string(&csv_file).unwrap();
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 2501);
    assert_eq!(rows[0], "published");
    assert!(rows[1..].iter().all(|r| *r == "false"), "{rows:?}");
    let out = env.run(&[
        "record",
        "list",
        "posts",
        "--all",
        "--fields",
        "published",
        "-o",
        "jsonl",
    ]);
    let lines: Vec<&str> = out.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 2500);
    assert!(
        lines.iter().all(|l| *l == r#"{"published":false}"#),
        "{}",
        lines[0]
    );
}

/// A filter, sort or field the server cannot use: the server says only "Something went
/// wrong"; the hint shows what was sent.
#[test]
fn a_refused_query_names_what_was_sent() {
    let (_pb, env) = setup();
    let out = env.run(&["record", "list", "posts", "--filter", "views >>> 3"]);
    out.code(1);
    assert!(
        out.stderr.contains("could not use --filter 'views >>> 3'"),
        "{}",
        out.stderr
    );
    let target = env.home.path().join("x.jsonl");
    let out = env.run(&[
        "record",
        "export",
        "posts",
        "--sort",
        "nope",
        "-O",
        target.to_str().unwrap(),
    ]);
    out.code(1);
    assert!(
        out.stderr.contains("could not use --sort nope"),
        "{}",
        out.stderr
    );
    assert!(!target.exists());
}

/// PocketBase sends the fields picked by `fields` in a Go map's order (another order per
/// record): list, export and get put them in the order `--fields` names them.
#[test]
fn fields_come_in_the_order_given() {
    let (_pb, env) = setup();
    let text: String = (0..40)
        .map(|i| format!("{{\"title\":\"t{i}\",\"views\":{i}}}\n"))
        .collect();
    import_text(&env, "posts", &text);
    let keys = |line: &str| -> Vec<String> {
        let v: Value = serde_json::from_str(line).unwrap();
        v.as_object().unwrap().keys().cloned().collect()
    };
    let list = env.run(&[
        "record",
        "list",
        "posts",
        "--all",
        "--fields",
        "title,id,views",
        "-o",
        "jsonl",
    ]);
    let lines: Vec<&str> = list.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 40);
    for l in &lines {
        assert_eq!(keys(l), ["title", "id", "views"], "{l}");
    }
    let export = env.run(&[
        "record",
        "export",
        "posts",
        "--fields",
        "views,title:excerpt(2),id",
    ]);
    let lines: Vec<&str> = export.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 40);
    for l in &lines {
        assert_eq!(keys(l), ["views", "title", "id"], "{l}");
    }
    let id = serde_json::from_str::<Value>(lines[0]).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let get = env.run(&[
        "record", "get", "posts", &id, "--fields", "views,id", "-o", "jsonl",
    ]);
    assert_eq!(keys(get.ok().stdout.trim()), ["views", "id"]);
}

#[test]
fn export_100k_records_matches_the_server() {
    let (pb, env) = setup();
    let mut text = String::with_capacity(100_000 * 80);
    for i in 0..100_000u32 {
        text.push_str(&json!({"title": format!("t{i} \"q\" ü,\n"), "views": i, "tags": ["go"], "meta": {"i": i}}).to_string());
        text.push('\n');
    }
    import_text(&env, "posts", &text);

    let out_file = env.home.path().join("export.jsonl");
    let out = env.run(&[
        "record",
        "export",
        "posts",
        "-O",
        out_file.to_str().unwrap(),
    ]);
    out.ok();
    assert!(!env.home.path().join("export.jsonl.part").exists());
    let exported: HashMap<String, Value> = std::fs::read_to_string(&out_file)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["id"].as_str().unwrap().to_string(), v)
        })
        .collect();
    let server = server_records(&pb, "posts");
    assert_eq!(server.len(), 100_000);
    assert_eq!(exported.len(), 100_000);
    for record in &server {
        let id = record["id"].as_str().unwrap();
        assert_eq!(exported.get(id), Some(record), "record {id} differs");
    }
    // Several pages are requested at once; the records still come in the server's order
    // (one page at a time, sorted by @rowid), in every format.
    let server_ids: Vec<&str> = server.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let exported_ids = jsonl_ids(&out_file);
    assert!(exported_ids == server_ids, "JSONL export is out of order");
    let json_file = env.home.path().join("export.json");
    env.run(&[
        "record",
        "export",
        "posts",
        "-O",
        json_file.to_str().unwrap(),
    ])
    .ok();
    let json_all: Value =
        serde_json::from_str(&std::fs::read_to_string(&json_file).unwrap()).unwrap();
    let json_ids: Vec<&str> = json_all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(json_ids == server_ids, "JSON export is out of order");
    let csv_file = env.home.path().join("export.csv");
    env.run(&[
        "record",
        "export",
        "posts",
        "-O",
        csv_file.to_str().unwrap(),
        "--fields",
        "id,views",
    ])
    .ok();
    let csv_text = std::fs::read_to_string(&csv_file).unwrap();
    let mut csv_lines = csv_text.split("\r\n");
    assert_eq!(csv_lines.next(), Some("id,views"));
    let csv_rows: Vec<&str> = csv_lines.filter(|l| !l.is_empty()).collect();
    assert_eq!(csv_rows.len(), 100_000);
    for (row, record) in csv_rows.iter().zip(&server) {
        assert_eq!(
            *row,
            format!("{},{}", record["id"].as_str().unwrap(), record["views"]),
            "CSV export is out of order"
        );
    }

    // Ctrl-C in the middle of an export: exit 130 and no file, partial or not, is left.
    let target = env.home.path().join("interrupted.jsonl");
    let part = env.home.path().join("interrupted.jsonl.part");
    let mut child = env
        .command(&["record", "export", "posts", "-O", target.to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while std::fs::metadata(&part).map(|m| m.len()).unwrap_or(0) == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no .part file appeared"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(!part.exists() && !target.exists());

    // CSV and JSON forms to stdout, with a filter.
    let csv = env.run(&[
        "record",
        "export",
        "posts",
        "--format",
        "csv",
        "--filter",
        "views < {:n}",
        "--param",
        "n:=10",
    ]);
    let csv = csv.ok().stdout.clone();
    assert!(
        csv.starts_with("id,title,views,published,tags,meta,cover,docs,created\r\n"),
        "{csv}"
    );
    let json = env
        .run(&[
            "record",
            "export",
            "posts",
            "--format",
            "json",
            "--filter",
            "views < 10",
        ])
        .ok()
        .json();
    assert_eq!(json.as_array().unwrap().len(), 10);
    // The CSV imports back into an empty collection, typed by the schema.
    pb.admin("DELETE", "/api/collections/posts/truncate", None);
    env.run_stdin(
        &["record", "import", "posts", "-f", "-", "--format", "csv"],
        &csv,
    )
    .ok();
    let back = server_records(&pb, "posts");
    assert_eq!(back.len(), 10);
    for r in &back {
        let orig = &json
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == r["id"])
            .unwrap();
        for k in ["title", "views", "tags", "meta", "published"] {
            assert_eq!(r[k], orig[k], "{k}");
        }
    }
}

#[test]
fn files_upload_and_download() {
    let (pb, env) = setup();
    let dir = env.home.path();
    std::fs::write(dir.join("cover.txt"), "cover bytes").unwrap();
    std::fs::write(dir.join("a.txt"), "doc a").unwrap();
    std::fs::write(dir.join("b.txt"), "doc b").unwrap();
    let out = env.run(&[
        "record",
        "create",
        "posts",
        "title=0001",
        "--file",
        "cover=cover.txt",
        "--file",
        "docs=a.txt",
        "-o",
        "json",
    ]);
    let rec = out.ok().json();
    let id = rec["id"].as_str().unwrap().to_string();
    // @jsonPayload keeps types: "0001" stays a string.
    assert_eq!(rec["title"], "0001");
    assert!(rec["cover"].as_str().unwrap().starts_with("cover"));
    env.run(&["record", "update", "posts", &id, "--file", "docs+=b.txt"])
        .ok();
    let on_server = pb.admin("GET", &format!("/api/collections/posts/records/{id}"), None);
    assert_eq!(on_server["docs"].as_array().unwrap().len(), 2);

    let out_dir = dir.join("dl");
    env.run(&[
        "record",
        "get",
        "posts",
        &id,
        "--download",
        "cover",
        "-O",
        out_dir.to_str().unwrap(),
    ])
    .ok();
    let name = on_server["cover"].as_str().unwrap();
    assert_eq!(
        std::fs::read_to_string(out_dir.join(name)).unwrap(),
        "cover bytes"
    );
    env.run(&[
        "record",
        "get",
        "posts",
        &id,
        "--download",
        "docs",
        "-O",
        out_dir.to_str().unwrap(),
    ])
    .ok();
    let mut contents: Vec<String> = on_server["docs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| std::fs::read_to_string(out_dir.join(n.as_str().unwrap())).unwrap())
        .collect();
    contents.sort();
    assert_eq!(contents, vec!["doc a", "doc b"]);
    // A file field that is not one, and a missing file, are usage errors.
    env.run(&[
        "record",
        "create",
        "posts",
        "title=x",
        "--file",
        "title=a.txt",
    ])
    .code(2);
    env.run(&[
        "record",
        "create",
        "posts",
        "title=x",
        "--file",
        "cover=missing.txt",
    ])
    .code(2);
    assert_eq!(server_count(&pb, "posts"), 1);
}

#[test]
fn bad_input_is_reported_with_line_and_field_and_writes_nothing() {
    let (pb, env) = setup();
    let id = pb.admin(
        "POST",
        "/api/collections/posts/records",
        Some(&json!({"title": "keep", "views": 1})),
    )["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Unknown collection: exit 3 for every verb.
    env.run(&["record", "list", "nope"]).code(3);
    env.run(&["record", "create", "nope", "title=x"]).code(3);
    env.run(&["record", "export", "nope"]).code(3);
    env.run_stdin(&["record", "import", "nope", "-f", "-"], "{}\n")
        .code(3);

    // Unknown field and wrong types: exit 2, the field named, nothing written.
    let out = env.run(&["record", "create", "posts", "title=x", "colour=red"]);
    out.code(2);
    assert!(out.stderr.contains("colour"), "{}", out.stderr);
    let out = env.run(&["record", "create", "posts", "title=x", "views=lots"]);
    out.code(2);
    assert!(
        out.stderr.contains("views") && out.stderr.contains("number"),
        "{}",
        out.stderr
    );
    let out = env.run(&["record", "create", "posts", "title:=5"]);
    out.code(2);
    assert!(out.stderr.contains("title"), "{}", out.stderr);
    let out = env.run(&[
        "record",
        "update",
        "posts",
        &id,
        "title=changed",
        "views:=\"x\"",
    ]);
    out.code(2);
    assert!(out.stderr.contains("views"), "{}", out.stderr);
    // A required field left out is the server's to judge (a hook may fill it): exit 1.
    let out = env.run(&["record", "create", "posts", "views:=3"]);
    out.code(1);
    assert!(
        out.stderr
            .contains("title: Cannot be blank (validation_required)"),
        "{}",
        out.stderr
    );
    let out = env.run_stdin(
        &["record", "create", "posts", "-f", "-"],
        "{\n  \"title\": \"x\",\n  \"views\": 3,,\n}\n",
    );
    out.code(2);
    assert!(out.stderr.contains("line 3"), "{}", out.stderr);
    assert_eq!(server_count(&pb, "posts"), 1);
    assert_eq!(
        pb.admin("GET", &format!("/api/collections/posts/records/{id}"), None)["title"],
        "keep"
    );

    // A value the server refuses (duplicate id): exit 1 with its field error.
    let out = env.run(&["record", "create", "posts", "title=x", &format!("id={id}")]);
    out.code(1);
    assert!(out.stderr.contains("id:"), "{}", out.stderr);

    // Import: malformed JSON line, CSV with a wrong column count, unknown CSV column.
    let out = env.run_stdin(
        &["record", "import", "posts", "-f", "-"],
        "{\"title\":\"a\"}\n{\"title\": nope}\n{\"title\":\"c\"}\n",
    );
    out.code(2);
    assert!(out.stderr.contains("line 2"), "{}", out.stderr);
    let out = env.run_stdin(
        &["record", "import", "posts", "-f", "-", "--format", "csv"],
        "title,views\na,1\nb,2,3\n",
    );
    out.code(2);
    assert!(
        out.stderr.contains("line 3") && out.stderr.contains("columns"),
        "{}",
        out.stderr
    );
    // --errors keeps the failed CSV record itself, so it can be fixed and imported again.
    let errors = env.home.path().join("csv-errors.jsonl");
    env.run_stdin(
        &[
            "record",
            "import",
            "posts",
            "-f",
            "-",
            "--format",
            "csv",
            "--on-error",
            "skip",
            "--errors",
            errors.to_str().unwrap(),
            "--dry-run",
        ],
        "title,views\n\"x, \"\"y\"\"\",1,9\n",
    );
    let failed = std::fs::read_to_string(&errors).unwrap();
    let failed: Value = serde_json::from_str(failed.lines().next().unwrap()).unwrap();
    assert_eq!(failed["line"], 2);
    assert_eq!(failed["raw"], "\"x, \"\"y\"\"\",1,9", "{failed}");
    let out = env.run_stdin(
        &["record", "import", "posts", "-f", "-", "--format", "csv"],
        "title,colour\na,red\n",
    );
    out.code(2);
    assert!(out.stderr.contains("colour"), "{}", out.stderr);
    let out = env.run_stdin(
        &["record", "import", "posts", "-f", "-", "--format", "csv"],
        "title,views\na,x\n",
    );
    out.code(1);
    assert!(
        out.stderr.contains("line 2") && out.stderr.contains("views"),
        "{}",
        out.stderr
    );
    let out = env.run_stdin(
        &["record", "import", "posts", "-f", "-", "--format", "json"],
        "[{\"title\":\"a\"},\n 3]",
    );
    out.code(2);
    assert!(out.stderr.contains("line 2"), "{}", out.stderr);
}

/// Read a child's lines on a thread.
pub(crate) fn lines_of(r: impl std::io::Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(r).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// pbctl running in the background (`record watch`), its stdout and stderr as lines.
pub(crate) fn spawn_streaming(
    env: &TestEnv,
    args: &[&str],
) -> (
    std::process::Child,
    mpsc::Receiver<String>,
    mpsc::Receiver<String>,
) {
    let mut child = env
        .command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pbctl");
    let out = lines_of(child.stdout.take().expect("stdout"));
    let err = lines_of(child.stderr.take().expect("stderr"));
    (child, out, err)
}

pub(crate) fn wait_for(rx: &mpsc::Receiver<String>, what: &str, limit: Duration) -> String {
    let started = Instant::now();
    while started.elapsed() < limit {
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(100))
            && line.contains(what)
        {
            return line;
        }
    }
    panic!("no line containing {what:?} within {limit:?}");
}

pub(crate) fn next_event(rx: &mpsc::Receiver<String>) -> Value {
    let line = rx
        .recv_timeout(Duration::from_secs(15))
        .expect("an event line");
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
}

#[test]
fn watch_prints_events_and_survives_a_restart() {
    let (mut pb, env) = setup();
    let (mut child, out, err) =
        spawn_streaming(&env, &["record", "watch", "posts", "--count", "4"]);
    wait_for(&err, "Watching posts/*", Duration::from_secs(15));

    let rec = pb.admin(
        "POST",
        "/api/collections/posts/records",
        Some(&json!({"title": "one", "views": 1})),
    );
    let id = rec["id"].as_str().unwrap();
    let e = next_event(&out);
    assert_eq!(e["action"], "create");
    assert_eq!(e["record"]["id"], id);
    assert_eq!(e["record"]["title"], "one");
    pb.admin(
        "PATCH",
        &format!("/api/collections/posts/records/{id}"),
        Some(&json!({"title": "two"})),
    );
    let e = next_event(&out);
    assert_eq!(e["action"], "update");
    assert_eq!(e["record"]["title"], "two");

    // The server goes away and comes back on the same port: pbctl reconnects.
    pb.restart();
    wait_for(&err, "Watching posts/*", Duration::from_secs(20));
    pb.admin(
        "DELETE",
        &format!("/api/collections/posts/records/{id}"),
        None,
    );
    let e = next_event(&out);
    assert_eq!(e["action"], "delete");
    assert_eq!(e["record"]["id"], id);
    pb.admin(
        "POST",
        "/api/collections/posts/records",
        Some(&json!({"title": "three"})),
    );
    assert_eq!(next_event(&out)["action"], "create");
    let status = child.wait().unwrap();
    assert!(status.success());

    // Filter and fields go to the server as topic options.
    let (mut child, out, err) = spawn_streaming(
        &env,
        &[
            "record",
            "watch",
            "posts",
            "--filter",
            "views > {:v}",
            "--param",
            "v:=100",
            "--fields",
            "id,title",
            "--count",
            "1",
        ],
    );
    wait_for(&err, "Watching", Duration::from_secs(15));
    pb.admin(
        "POST",
        "/api/collections/posts/records",
        Some(&json!({"title": "low", "views": 1})),
    );
    pb.admin(
        "POST",
        "/api/collections/posts/records",
        Some(&json!({"title": "high", "views": 500})),
    );
    let e = next_event(&out);
    assert_eq!(e["record"]["title"], "high");
    assert!(e["record"].get("views").is_none(), "{e}");
    assert!(child.wait().unwrap().success());
}

#[test]
fn every_record_and_collection_command_prints_json_with_o_json() {
    let (pb, env) = setup();
    let id = pb.admin(
        "POST",
        "/api/collections/posts/records",
        Some(&json!({"title": "a", "views": 1})),
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    let schema = env.home.path().join("schema.json");
    env.run(&[
        "collection",
        "export",
        "posts",
        "-O",
        schema.to_str().unwrap(),
    ])
    .ok();
    let schema = schema.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["record", "list", "posts"],
        vec!["record", "list", "posts", "--all"],
        vec!["record", "get", "posts", &id],
        vec!["record", "create", "posts", "title=b"],
        vec!["record", "update", "posts", &id, "views+=1"],
        vec!["record", "count", "posts"],
        vec!["record", "export", "posts", "--format", "json"],
        vec![
            "record",
            "delete",
            "posts",
            "--filter",
            "title = 'b'",
            "--yes",
        ],
        vec!["collection", "list"],
        vec!["collection", "get", "posts"],
        vec!["collection", "export", "posts"],
        vec!["collection", "diff", "-f", schema],
        vec!["collection", "apply", "-f", schema],
        vec!["record", "delete", "posts", &id],
    ];
    for args in &commands {
        let mut all = args.clone();
        all.extend(["-o", "json"]);
        let out = env.run(&all);
        out.ok();
        let _: Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: stdout is not JSON ({e}): {out:?}"));
    }
    let import = env.run_stdin(
        &["record", "import", "posts", "-f", "-", "-o", "json"],
        "{\"title\":\"c\"}\n",
    );
    assert_eq!(import.ok().json()["created"], 1);
}

#[test]
fn a_killed_import_run_again_with_upsert_finishes_without_duplicates() {
    let (pb, env) = setup();
    env.run(&[
        "settings",
        "set",
        "batch.enabled=true",
        "batch.maxRequests=100",
    ])
    .ok();
    let (path, _) = import_file(env.home.path());
    let file = path.to_str().unwrap();
    let mut child = env
        .command(&[
            "record",
            "import",
            "posts",
            "-f",
            file,
            "--on-error",
            "skip",
            "--concurrency",
            "1",
            "-q",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while server_count(&pb, "posts") < 1000 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "import made no progress"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let got_in = server_count(&pb, "posts");
    assert!(
        got_in < 9995,
        "the import was not interrupted ({got_in} records)"
    );

    let out = env.run(&[
        "record",
        "import",
        "posts",
        "-f",
        file,
        "--upsert",
        "--on-error",
        "skip",
        "-o",
        "json",
    ]);
    out.code(1);
    let summary: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(summary["created"], 9995 - got_in, "{out:?}");
    assert_eq!(summary["updated"], got_in);
    assert_eq!(server_count(&pb, "posts"), 9995);
}

#[test]
fn a_stopped_import_resumed_from_the_named_line_creates_no_duplicates() {
    let (pb, env) = setup();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("posts.jsonl");
    let errors = dir.path().join("failed.jsonl");
    // Rows without ids (the usual case); line 4 is malformed.
    let text = "{\"title\":\"a\"}\n{\"title\":\"b\"}\n{\"title\":\"c\"}\n{\"title\": oops}\n{\"title\":\"e\"}\n";
    std::fs::write(&file, text).unwrap();
    let file_s = file.to_str().unwrap();
    let first = env.run(&[
        "record",
        "import",
        "posts",
        "-f",
        file_s,
        "--errors",
        errors.to_str().unwrap(),
    ]);
    first.code(2);
    assert_eq!(server_count(&pb, "posts"), 3);
    // The hint gives the exact resume command and does not suggest --upsert (no ids).
    let resume = format!("pbctl record import posts -f {file_s} --from-line 4");
    assert!(first.stderr.contains(&resume), "{}", first.stderr);
    assert!(!first.stderr.contains("--upsert"), "{}", first.stderr);
    // The errors file keeps the malformed line as it was.
    let failed: Value =
        serde_json::from_str(std::fs::read_to_string(&errors).unwrap().trim()).unwrap();
    assert_eq!(failed["line"], 4);
    assert_eq!(failed["raw"], "{\"title\": oops}");

    // Fix the line and run the printed command: exactly the missing rows are created.
    std::fs::write(&file, text.replace("oops", "\"d\"")).unwrap();
    env.run(&[
        "record",
        "import",
        "posts",
        "-f",
        file_s,
        "--from-line",
        "4",
    ])
    .ok();
    let mut titles: Vec<String> = server_records(&pb, "posts")
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_string())
        .collect();
    titles.sort();
    assert_eq!(titles, ["a", "b", "c", "d", "e"]);

    // Rows with ids: --upsert is suggested as well.
    let with_ids = dir.path().join("ids.jsonl");
    std::fs::write(
        &with_ids,
        "{\"id\":\"idrow0000000001\",\"title\":\"x\"}\nnot json\n",
    )
    .unwrap();
    let out = env.run(&[
        "record",
        "import",
        "posts",
        "-f",
        with_ids.to_str().unwrap(),
    ]);
    out.code(2);
    assert!(out.stderr.contains("--from-line 2"), "{}", out.stderr);
    assert!(out.stderr.contains("--upsert"), "{}", out.stderr);
    assert_eq!(server_count(&pb, "posts"), 6);
}

#[test]
fn export_honours_o_json_and_jsonl_and_writes_0600_files() {
    let (pb, env) = setup();
    for t in ["a", "b"] {
        pb.admin(
            "POST",
            "/api/collections/posts/records",
            Some(&json!({"title": t})),
        );
    }
    // -o json: one JSON array of the records.
    let v = env
        .run(&["-o", "json", "record", "export", "posts"])
        .ok()
        .json();
    let titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["a", "b"]);
    // -o jsonl: JSON lines.
    let out = env.run(&["record", "export", "posts", "-o", "jsonl"]);
    out.ok();
    assert_eq!(out.stdout.lines().count(), 2);
    // --format wins over -o.
    let out = env.run(&["record", "export", "posts", "-o", "json", "--format", "csv"]);
    out.ok();
    assert!(out.stdout.starts_with("id,"), "{}", out.stdout);
    // -o name / yaml are not export formats: exit 2 pointing to --format, nothing on stdout.
    for o in ["name", "yaml"] {
        let out = env.run(&["record", "export", "posts", "-o", o]);
        out.code(2);
        assert!(out.stderr.contains("--format"), "{}", out.stderr);
        assert!(out.stdout.is_empty(), "{}", out.stdout);
    }
    // A PBCTL_OUTPUT preference (not a flag) for YAML does not make export refuse.
    let out = env.run_env(&["record", "export", "posts"], &[("PBCTL_OUTPUT", "yaml")]);
    out.ok();
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    // A file is 0600.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("posts.jsonl");
    env.run(&["record", "export", "posts", "-O", path.to_str().unwrap()])
        .ok();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 2);
}

#[test]
fn an_unknown_collection_is_exit_3_with_the_same_message_everywhere() {
    let (_pb, env) = setup();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.jsonl");
    std::fs::write(&file, "{\"title\":\"x\"}\n").unwrap();
    let f = file.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["record", "list", "postz"],
        vec!["-o", "json", "record", "list", "postz"],
        vec!["record", "list", "postz", "--all", "-o", "jsonl"],
        vec!["record", "get", "postz", "abc"],
        vec!["-o", "json", "record", "get", "postz", "abc"],
        vec!["record", "create", "postz", "title=x"],
        vec!["record", "update", "postz", "abc", "title=x"],
        vec!["record", "delete", "postz", "abc"],
        vec!["record", "count", "postz"],
        vec!["record", "export", "postz"],
        vec!["record", "export", "postz", "--format", "csv"],
        vec!["record", "import", "postz", "-f", f],
        vec!["record", "watch", "postz"],
        vec!["collection", "get", "postz"],
        vec!["collection", "export", "postz"],
    ];
    for args in commands {
        let out = env.run(&args);
        out.code(3);
        assert!(
            out.stderr.contains("collection \"postz\" not found")
                && out.stderr.contains("pbctl collection list"),
            "{args:?}: {}",
            out.stderr
        );
    }
}

#[test]
fn page_with_limit_narrow_tables_and_blank_required_fields_on_update() {
    let (pb, env) = setup();
    let mut ids = Vec::new();
    for i in 0..12 {
        let r = pb.admin(
            "POST",
            "/api/collections/posts/records",
            Some(&json!({"title": format!("a rather long title number {i:02} for the table"), "views": i})),
        );
        ids.push(r["id"].as_str().unwrap().to_string());
    }
    // --page with --limit: pages of --limit records.
    let v = env
        .run(&[
            "-o", "json", "record", "list", "posts", "--page", "2", "--limit", "5", "--sort",
            "views",
        ])
        .ok()
        .json();
    let views: Vec<i64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["views"].as_i64().unwrap())
        .collect();
    assert_eq!(views, [5, 6, 7, 8, 9]);
    // A narrow terminal cuts other columns, never the id.
    let out = env.run_env(&["record", "list", "posts"], &[("COLUMNS", "40")]);
    out.ok();
    for id in &ids {
        assert!(
            out.stdout.contains(id.as_str()),
            "{id} cut:\n{}",
            out.stdout
        );
    }

    // A required field set to blank on update goes to the server (a hook could fill it):
    // PocketBase's field error, exit 1, nothing changed.
    let id = ids[0].as_str();
    let out = env.run(&["record", "update", "posts", id, "title="]);
    out.code(1);
    assert!(
        out.stderr
            .contains("title: Cannot be blank (validation_required)"),
        "{}",
        out.stderr
    );
    // Created without the required field: the server decides too.
    let out = env.run(&["record", "create", "posts", "views=1"]);
    out.code(1);
    assert!(
        out.stderr
            .contains("title: Cannot be blank (validation_required)"),
        "{}",
        out.stderr
    );
    let json_err = env.run(&["record", "create", "posts", "views=1", "-o", "json"]);
    json_err.code(1);
    assert!(
        json_err.stderr.contains("\"validation_required\""),
        "{}",
        json_err.stderr
    );
    // Mistakes that are certain stay local: exit 2, nothing sent.
    env.run(&["record", "create", "posts", "title=x", "nope=1"])
        .code(2);
    env.run(&["record", "create", "posts", "title=x", "views=many"])
        .code(2);
    let count = env.run(&["record", "count", "posts"]);
    assert_eq!(count.ok().stdout.trim(), "12", "{}", count.stdout);
    let rec = pb.admin("GET", &format!("/api/collections/posts/records/{id}"), None);
    assert_eq!(rec["title"], "a rather long title number 00 for the table");
}

#[test]
fn ctrl_c_during_import_prints_the_rows_done_and_the_resume_command() {
    let (pb, env) = setup();
    env.run(&[
        "settings",
        "set",
        "batch.enabled=true",
        "batch.maxRequests=100",
    ])
    .ok();
    let path = env.home.path().join("many.jsonl");
    let n = 20_000usize;
    let text: String = (0..n)
        .map(|i| format!("{{\"title\":\"t{i}\"}}\n"))
        .collect();
    std::fs::write(&path, text).unwrap();
    let file = path.to_str().unwrap();
    let child = env
        .command(&[
            "record",
            "import",
            "posts",
            "-f",
            file,
            "--concurrency",
            "1",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while server_count(&pb, "posts") < 1000 {
        assert!(started.elapsed() < Duration::from_secs(60), "no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let out = child.wait_with_output().unwrap();
    env.scan_output(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("import interrupted:"), "{stderr}");
    let from: usize = stderr
        .split("--from-line ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no resume command: {stderr}"));
    std::thread::sleep(Duration::from_millis(300));
    let got_in = server_count(&pb, "posts") as usize;
    assert!(from > 1 && from <= n, "{stderr}");
    // Every row before the resume line is in; at most the one batch in flight beyond it.
    assert!(
        got_in >= from - 1 && got_in <= from - 1 + 100,
        "{got_in} vs {stderr}"
    );

    env.run(&[
        "record",
        "import",
        "posts",
        "-f",
        file,
        "--from-line",
        &from.to_string(),
    ])
    .ok();
    let titles: std::collections::HashSet<String> = server_records(&pb, "posts")
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles.len(), n);
    let total = server_count(&pb, "posts") as usize;
    assert!(total <= n + 100, "{total}");
}

#[test]
fn export_into_a_closed_pipe_ends_quietly_without_claiming_success() {
    let (pb, env) = setup();
    env.run(&["settings", "set", "batch.enabled=true"]).ok();
    let path = env.home.path().join("many.jsonl");
    let text: String = (0..5000)
        .map(|i| format!("{{\"title\":\"title number {i} with some padding to fill pages\"}}\n"))
        .collect();
    std::fs::write(&path, text).unwrap();
    env.run(&["record", "import", "posts", "-f", path.to_str().unwrap()])
        .ok();
    assert_eq!(server_count(&pb, "posts"), 5000);
    let mut child = env
        .command(&["record", "export", "posts"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    reader.read_line(&mut first).unwrap();
    assert!(first.contains("\"title\":\"title number "), "{first}");
    drop(reader); // like `| head -1`
    let out = child.wait_with_output().unwrap();
    env.scan_output(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("Exported"), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
}
