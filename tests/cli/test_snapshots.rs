//! Human-readable output pinned with snapshots (`tests/cli/snapshots/`): help, tables,
//! single objects, a schema plan, status lines, warnings and errors, each as a person
//! sees it. A change to any of them shows in the diff of the `.snap` file; review it and
//! accept it with `INSTA_UPDATE=always cargo test --test cli test_snapshots` (or
//! `cargo insta review`).
//!
//! What changes from run to run (ports, generated ids) is replaced by a fixed word before
//! the comparison.

use crate::common::*;
use serde_json::json;

/// stdout, stderr and the exit code of a run, as one text.
fn shown(out: &Out) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.code, out.stdout, out.stderr
    )
}

#[test]
fn help_of_a_command() {
    let env = TestEnv::new();
    let out = env.run(&["record", "list", "--help"]);
    insta::assert_snapshot!("help_record_list", shown(&out));
    // Group flags under their own heading between the command's and the global ones;
    // -V on the top level only.
    let out = env.run(&["jwt", "account", "add", "--help"]);
    insta::assert_snapshot!("help_jwt_account_add", shown(&out));
    let out = env.run(&["nats", "user", "create", "--help"]);
    insta::assert_snapshot!("help_nats_user_create", shown(&out));
    let out = env.run(&["--help"]);
    insta::assert_snapshot!("help_pbctl", shown(&out));
}

#[test]
fn context_tables_and_status_lines() {
    let env = TestEnv::new();
    let add = env.run(&["context", "add", "dev", "--url", "http://127.0.0.1:8090"]);
    let add2 = env.run(&[
        "context",
        "add",
        "prod",
        "--url",
        "https://pb.example.com/",
        "--description",
        "production",
    ]);
    let table = env.run(&["context", "list"]);
    let wide = env.run(&["context", "list", "-o", "wide"]);
    let show = env.run(&["context", "show", "prod"]);
    insta::assert_snapshot!(
        "context_add_list_show",
        [&add, &add2, &table, &wide, &show].map(shown).join("\n")
    );
}

#[test]
fn errors_with_hints() {
    let env = TestEnv::new();
    let no_context = env.run(&["record", "list", "posts"]);
    let unknown = env.run(&["--context", "nope", "health"]);
    let usage = env.run(&["record", "list"]);
    let bad_flag = env.run(&["context", "list", "--bogus"]);
    let machine = env.run(&["context", "use", "nope", "-o", "json"]);
    insta::assert_snapshot!(
        "errors_with_hints",
        [&no_context, &unknown, &usage, &bad_flag, &machine]
            .map(shown)
            .join("\n")
    );
}

/// Records with fixed ids, so that tables are the same on every run.
fn posts(pb: &PocketBase) -> String {
    let collection = pb.admin(
        "POST",
        "/api/collections",
        Some(
            &json!({"name": "posts", "type": "base", "listRule": "", "viewRule": "",
            "fields": [
              {"name": "title", "type": "text", "required": true},
              {"name": "views", "type": "number", "onlyInt": true},
              {"name": "published", "type": "bool"},
              {"name": "tags", "type": "select", "maxSelect": 3, "values": ["go", "rust", "js"]},
              {"name": "meta", "type": "json"}
            ]}),
        ),
    );
    for (i, (title, views)) in [("Hello", 3), ("Second post", 10), ("Third", 0)]
        .iter()
        .enumerate()
    {
        let tags = &["go", "rust"][..=i.min(1)];
        pb.admin(
            "POST",
            "/api/collections/posts/records",
            Some(
                &json!({"id": format!("post0000000000{i}"), "title": title, "views": views,
                "published": i % 2 == 0, "tags": tags,
                "meta": {"n": i}}),
            ),
        );
    }
    collection["id"].as_str().unwrap_or_default().to_string()
}

#[test]
fn record_tables_objects_and_import_reports() {
    let pb = PocketBase::start();
    let collection_id = posts(&pb);
    let env = TestEnv::new();
    env.login("dev", &pb);
    let list = env.run(&["record", "list", "posts", "--sort", "title"]);
    let limited = env.run(&["record", "list", "posts", "--sort", "title", "--limit", "2"]);
    let wide = env.run(&["record", "list", "posts", "--sort", "title", "-o", "wide"]);
    let get = env.run(&["record", "get", "posts", "post00000000000"]);
    let refused = env.run(&["record", "create", "posts", "views=many"]);
    let dry_run = env.run_stdin(
        &[
            "record",
            "import",
            "posts",
            "-f",
            "-",
            "--dry-run",
            "--on-error",
            "skip",
        ],
        "{\"title\":\"ok\"}\n{\"title\":\"x\",\"views\":\"lots\"}\nnot json\n",
    );
    let text = [&list, &limited, &wide, &get, &refused, &dry_run]
        .map(shown)
        .join("\n")
        .replace(&collection_id, "COLLECTION_ID")
        .replace(&pb.url, "http://PB");
    insta::assert_snapshot!("record_tables_objects_and_import_reports", text);
}

#[test]
fn collection_plan() {
    let pb = PocketBase::start();
    posts(&pb);
    let env = TestEnv::new();
    env.login("dev", &pb);
    let schema = env.home.path().join("schema.yaml");
    std::fs::write(
        &schema,
        "collections:\n  - name: posts\n    type: base\n    listRule: \"\"\n    viewRule: null\n    fields:\n      - name: title\n        type: text\n        required: true\n      - name: views\n        type: number\n        onlyInt: true\n      - name: published\n        type: bool\n      - name: tags\n        type: select\n        maxSelect: 3\n        values: [go, rust, js]\n      - name: meta\n        type: json\n      - name: summary\n        type: text\n  - name: notes\n    type: base\n    fields:\n      - name: body\n        type: text\n",
    )
    .expect("write schema");
    let diff = env.run(&[
        "collection",
        "diff",
        "-f",
        schema.to_str().unwrap_or_default(),
    ]);
    insta::assert_snapshot!(
        "collection_diff_plan",
        shown(&diff).replace(&schema.display().to_string(), "schema.yaml")
    );
}
