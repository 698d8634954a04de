//! `pbctl collection ...` against a real PocketBase 0.40.6.

use crate::common::*;
use serde_json::{Value, json};

/// A schema with relations, rules, indexes, an auth collection and a view.
fn populate(pb: &PocketBase) {
    let authors = pb.admin(
        "POST",
        "/api/collections",
        Some(
            &json!({"name": "authors", "type": "base", "listRule": "", "fields": [
            {"name": "name", "type": "text", "required": true, "max": 100},
            {"name": "email", "type": "email"}]}),
        ),
    );
    pb.admin(
        "POST",
        "/api/collections",
        Some(
            &json!({"name": "posts", "type": "base", "listRule": "", "viewRule": "",
          "createRule": "@request.auth.id != ''", "deleteRule": null,
          "fields": [
            {"name": "title", "type": "text", "required": true, "max": 200},
            {"name": "views", "type": "number", "min": 0, "onlyInt": true},
            {"name": "tags", "type": "select", "maxSelect": 2, "values": ["go", "rust"]},
            {"name": "author", "type": "relation", "collectionId": authors["id"], "maxSelect": 1},
            {"name": "cover", "type": "file", "maxSelect": 1, "thumbs": ["100x100"]},
            {"name": "created", "type": "autodate", "onCreate": true, "onUpdate": false},
            {"name": "updated", "type": "autodate", "onCreate": true, "onUpdate": true}],
          "indexes": ["CREATE INDEX idx_posts_title ON posts (title)"]}),
        ),
    );
    pb.admin(
        "POST",
        "/api/collections",
        Some(
            &json!({"name": "members", "type": "auth", "fields": [{"name": "nick", "type": "text"}],
          "passwordAuth": {"enabled": true, "identityFields": ["email"]}}),
        ),
    );
    pb.admin(
        "POST",
        "/api/collections",
        Some(
            &json!({"name": "post_stats", "type": "view", "listRule": "",
          "viewQuery": "SELECT id, name FROM authors"}),
        ),
    );
    pb.admin(
        "PATCH",
        "/api/collections/users",
        Some(&json!({"listRule": "", "fields": [{"name": "bio", "type": "editor"}]})),
    );
}

fn field_names(pb: &PocketBase, collection: &str) -> Vec<String> {
    pb.admin("GET", &format!("/api/collections/{collection}"), None)["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn schema_round_trip_through_an_empty_server() {
    let a = PocketBase::start();
    populate(&a);
    let env = TestEnv::new();
    env.login("a", &a);
    let file = env.home.path().join("schema.yaml");
    env.run(&["collection", "export", "-O", file.to_str().unwrap()])
        .ok();
    let first = std::fs::read_to_string(&file).unwrap();
    assert!(
        first.contains("name: posts") && first.contains("idx_posts_title"),
        "{first}"
    );
    assert!(
        !first.contains("created: 20"),
        "timestamps are stripped: {first}"
    );
    // Nothing to do on the server it came from.
    env.run(&["collection", "diff", "-f", file.to_str().unwrap()])
        .ok();
    let out = env.run(&["collection", "apply", "-f", file.to_str().unwrap()]);
    assert!(out.ok().stderr.contains("No changes"), "{}", out.stderr);

    let b = PocketBase::start();
    env.login("b", &b);
    let diff = env.run(&["collection", "diff", "-f", file.to_str().unwrap()]);
    diff.code(1);
    assert!(diff.stdout.contains("+ posts (create)"), "{}", diff.stdout);
    // Differences are the normal result: exit 1 without an error line.
    assert!(!diff.stderr.contains("error"), "{}", diff.stderr);
    assert!(
        diff.stderr.contains("The server differs"),
        "{}",
        diff.stderr
    );
    let out = env.run(&["collection", "apply", "-f", file.to_str().unwrap()]);
    out.ok();
    assert!(out.stderr.contains("Plan:"), "{}", out.stderr);
    let second = env.run(&["collection", "export"]).ok().stdout.clone();
    assert_eq!(first, second);
    env.run(&["collection", "diff", "-f", file.to_str().unwrap()])
        .ok();

    // JSON works the same, and PocketBase's own import takes the JSON form.
    let json_doc = env
        .run(&["collection", "export", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json_doc.as_array().unwrap().len(), 5);
    let c = PocketBase::start();
    c.admin(
        "PUT",
        "/api/collections/import",
        Some(&json!({"collections": json_doc, "deleteMissing": true})),
    );
    env.login("c", &c);
    env.run(&["collection", "diff", "-f", file.to_str().unwrap()])
        .ok();
}

#[test]
fn apply_to_a_server_that_knows_a_collection_under_another_id() {
    let a = PocketBase::start();
    populate(&a);
    let env = TestEnv::new();
    env.login("a", &a);
    let file = env.home.path().join("schema.yaml");
    env.run(&["collection", "export", "-O", file.to_str().unwrap()])
        .ok();

    // On the other server, `authors` was created as `writers` and renamed: another id.
    let b = PocketBase::start();
    let writers = b.admin(
        "POST",
        "/api/collections",
        Some(&json!({"name": "writers", "type": "base", "fields": [{"name": "name", "type": "text"}]})),
    );
    b.admin(
        "PATCH",
        &format!("/api/collections/{}", writers["id"].as_str().unwrap()),
        Some(&json!({"name": "authors"})),
    );
    b.admin(
        "POST",
        "/api/collections/authors/records",
        Some(&json!({"name": "Ann"})),
    );
    env.login("b", &b);
    env.run(&["collection", "apply", "-f", file.to_str().unwrap()])
        .ok();
    let authors = b.admin("GET", "/api/collections/authors", None);
    assert_eq!(authors["id"], writers["id"]);
    let records = b.admin("GET", "/api/collections/authors/records", None);
    assert_eq!(records["items"][0]["name"], "Ann");
    let posts = b.admin("GET", "/api/collections/posts", None);
    let author = posts["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "author")
        .unwrap()
        .clone();
    assert_eq!(author["collectionId"], writers["id"]);
    env.run(&["collection", "diff", "-f", file.to_str().unwrap()])
        .ok();
}

#[test]
fn apply_refuses_to_drop_a_field_holding_data() {
    let pb = PocketBase::start();
    populate(&pb);
    let env = TestEnv::new();
    env.login("dev", &pb);
    pb.admin(
        "POST",
        "/api/collections/posts/records",
        Some(&json!({"title": "a", "views": 5})),
    );
    let doc = env
        .run(&["collection", "export", "posts", "-o", "json"])
        .ok()
        .json();
    assert_eq!(doc.as_array().unwrap().len(), 1);

    // Drop `views` (which holds data) and change a rule.
    let mut edited = doc.clone();
    let fields = edited[0]["fields"].as_array_mut().unwrap();
    fields.retain(|f| f["name"] != "views");
    edited[0]["listRule"] = json!("title != ''");
    let path = env.home.path().join("edited.json");
    std::fs::write(&path, serde_json::to_string_pretty(&edited).unwrap()).unwrap();
    let file = path.to_str().unwrap();

    let diff = env.run(&["collection", "diff", "-f", file]);
    diff.code(1);
    assert!(
        diff.stdout.contains("- field views (number)"),
        "{}",
        diff.stdout
    );
    assert!(diff.stdout.contains("listRule"), "{}", diff.stdout);

    let out = env.run(&["collection", "apply", "-f", file]);
    out.code(1);
    assert!(out.stderr.contains("posts.views"), "{}", out.stderr);
    assert!(field_names(&pb, "posts").contains(&"views".to_string()));
    assert_eq!(
        pb.admin("GET", "/api/collections/posts", None)["listRule"],
        ""
    );

    let out = env.run(&[
        "collection",
        "apply",
        "-f",
        file,
        "--allow-data-loss",
        "--dry-run",
    ]);
    out.ok();
    assert!(field_names(&pb, "posts").contains(&"views".to_string()));

    env.run(&[
        "collection",
        "apply",
        "-f",
        file,
        "--allow-data-loss",
        "--yes",
    ])
    .ok();
    assert!(!field_names(&pb, "posts").contains(&"views".to_string()));
    assert_eq!(
        pb.admin("GET", "/api/collections/posts", None)["listRule"],
        "title != ''"
    );
    // The other data stays.
    let recs = pb.admin("GET", "/api/collections/posts/records", None);
    assert_eq!(recs["items"][0]["title"], "a");
    // Other collections were left alone (no --prune).
    assert!(field_names(&pb, "authors").contains(&"name".to_string()));

    // An empty field can be dropped without --allow-data-loss; a hand-written partial
    // file (no ids) keeps the other fields' data.
    let partial = env.home.path().join("partial.yaml");
    std::fs::write(&partial, "- name: authors\n  fields:\n    - name: name\n      type: text\n      required: true\n      max: 100\n").unwrap();
    env.run(&["collection", "apply", "-f", partial.to_str().unwrap()])
        .ok();
    assert_eq!(field_names(&pb, "authors"), vec!["id", "name"]);
}

#[test]
fn prune_delete_truncate_and_list() {
    let pb = PocketBase::start();
    populate(&pb);
    let env = TestEnv::new();
    env.login("dev", &pb);
    pb.admin(
        "POST",
        "/api/collections/authors/records",
        Some(&json!({"name": "Ann"})),
    );

    let names = env.run(&["collection", "list", "-o", "name"]);
    assert_eq!(
        names.ok().stdout,
        "users\nauthors\nposts\nmembers\npost_stats\n"
    );
    let wide = env
        .run(&["collection", "list", "-o", "wide"])
        .ok()
        .stdout
        .clone();
    assert!(
        wide.contains("RECORDS")
            && wide
                .lines()
                .any(|l| l.starts_with("authors") && l.contains(" 1 ")),
        "{wide}"
    );
    assert!(
        env.run(&["collection", "list", "--system", "-o", "name"])
            .ok()
            .stdout
            .contains("_superusers")
    );
    let got = env
        .run(&["collection", "get", "posts", "-o", "json"])
        .ok()
        .json();
    assert_eq!(got["name"], "posts");
    env.run(&["collection", "get", "nope"]).code(3);

    // --prune with a file that lists only `users` would drop collections with data.
    let only_users = env.home.path().join("users.yaml");
    std::fs::write(
        &only_users,
        env.run(&["collection", "export", "users"])
            .ok()
            .stdout
            .clone(),
    )
    .unwrap();
    let out = env.run(&[
        "collection",
        "apply",
        "-f",
        only_users.to_str().unwrap(),
        "--prune",
    ]);
    out.code(1);
    assert!(out.stderr.contains("collection authors"), "{}", out.stderr);
    let diff = env.run(&[
        "collection",
        "diff",
        "-f",
        only_users.to_str().unwrap(),
        "--prune",
        "-o",
        "json",
    ]);
    diff.code(1);
    assert!(!diff.stderr.contains("exitCode"), "{}", diff.stderr);
    let plan = diff.json();
    assert!(
        plan.as_array()
            .unwrap()
            .iter()
            .any(|c| c["collection"] == "members" && c["action"] == "delete")
    );
    env.run(&["collection", "diff", "-f", only_users.to_str().unwrap()])
        .ok();

    // truncate and delete confirm: no terminal, no --yes → exit 2, nothing happens.
    env.run(&["collection", "truncate", "authors"]).code(2);
    assert_eq!(
        pb.admin("GET", "/api/collections/authors/records", None)["totalItems"],
        1
    );
    env.run(&["collection", "truncate", "authors", "--yes"])
        .ok();
    assert_eq!(
        pb.admin("GET", "/api/collections/authors/records", None)["totalItems"],
        0
    );
    env.run(&["collection", "delete", "post_stats"]).code(2);
    env.run(&["collection", "delete", "post_stats", "--yes"])
        .ok();
    env.run(&["collection", "delete", "nope", "--yes"]).code(3);

    // Now that no collection holds data, --prune applies.
    pb.admin("DELETE", "/api/collections/posts", None);
    env.run(&[
        "collection",
        "apply",
        "-f",
        only_users.to_str().unwrap(),
        "--prune",
    ])
    .ok();
    let left: Vec<Value> = pb.admin("GET", "/api/collections?filter=system=false", None)["items"]
        .as_array()
        .unwrap()
        .clone();
    let left: Vec<&str> = left.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(left, vec!["users"]);

    // Bad documents are usage errors.
    let bad = env.home.path().join("bad.yaml");
    std::fs::write(&bad, "- type: base\n").unwrap();
    env.run(&["collection", "apply", "-f", bad.to_str().unwrap()])
        .code(2);
    std::fs::write(&bad, "[{\"name\": \"x\",]").unwrap();
    env.run(&["collection", "diff", "-f", bad.to_str().unwrap()])
        .code(2);
    // A document the server refuses: exit 1 with its message.
    std::fs::write(&bad, "- name: \"bad name!\"\n  type: base\n").unwrap();
    let out = env.run(&["collection", "apply", "-f", bad.to_str().unwrap()]);
    out.code(1);
    assert!(out.stderr.contains("bad name!"), "{}", out.stderr);
}
