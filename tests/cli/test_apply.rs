//! `pbctl apply`, `diff`, `export`: a whole environment as code, against a real
//! PocketBase 0.40.6, a real nats-server 2.15.1 and a real NATS client using the creds
//! pbctl produces.

use crate::common::{PocketBase, TestEnv, logged_in};
use crate::test_nats_cp::{Access, creds_of, one, records, refused, rt, try_client, world};
use pbctl::nats::creds::Creds;
use pbctl::nats::resolver::connect_options;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::time::Duration;

const SMTP_SECRET: &str = "smtp-Secret-4f9c2e";

/// The example environment of docs/gitops-example, copied to a temp dir for editing.
fn example_dir() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("dir");
    let dir = tmp.path().join("env");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let src = crate::common::repo_root().join("docs/gitops-example");
    for f in ["settings.yaml", "collections.yaml", "nats.yaml"] {
        std::fs::copy(src.join(f), dir.join(f)).expect("copy example");
    }
    (tmp, dir)
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

fn secret_env() -> [(&'static str, &'static str); 1] {
    [("SMTP_PASSWORD", SMTP_SECRET)]
}

/// Whether PocketBase's storage holds `needle` (the settings live in its SQLite files).
fn stored_in_pocketbase(pb: &PocketBase, needle: &str) -> bool {
    ["data.db", "data.db-wal"].iter().any(|f| {
        std::fs::read(pb.data_dir().join(f))
            .map(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
            .unwrap_or(false)
    })
}

/// `bob` publishes on the exporting account; what `carol` receives through the import.
fn delivered_through_import(url: &str, publisher: &str, subscriber: &str) -> Option<String> {
    let p = Creds::parse(publisher).expect("creds");
    let s = Creds::parse(subscriber).expect("creds");
    rt().block_on(async {
        use futures_util::StreamExt;
        let sub_client = connect_options(&s)
            .expect("opts")
            .connect(url)
            .await
            .expect("subscriber connects");
        let mut sub = sub_client
            .subscribe("imported.acme.>")
            .await
            .expect("subscribe");
        sub_client.flush().await.expect("flush");
        let pub_client = connect_options(&p)
            .expect("opts")
            .connect(url)
            .await
            .expect("publisher connects");
        pub_client
            .publish("acme.events.new", "hello".into())
            .await
            .expect("publish");
        pub_client.flush().await.expect("flush");
        tokio::time::timeout(Duration::from_secs(3), sub.next())
            .await
            .ok()
            .flatten()
            .map(|m| format!("{} {}", m.subject, String::from_utf8_lossy(&m.payload)))
    })
}

/// No seed, JWT, creds, nkey, password or secret value in an exported file.
fn assert_no_secrets(text: &str) {
    assert!(!text.contains("eyJ"), "a JWT in the export:\n{text}");
    assert!(!text.contains("BEGIN NATS"), "creds in the export");
    assert!(
        !text.contains(SMTP_SECRET),
        "the SMTP password in the export"
    );
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let nkey = word.len() >= 56
            && word
                .chars()
                .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c));
        assert!(!nkey, "a key or seed in the export: {word}");
    }
    for line in text.lines() {
        let l = line.trim();
        if l.starts_with("password:") || l.starts_with("secret:") {
            assert!(l.contains("${env:"), "a secret value in the export: {l}");
        }
    }
}

#[test]
fn apply_builds_a_whole_tenant_and_keeps_it_in_sync() {
    let w = world();
    let env = &w.env;
    let (_tmp, dir) = example_dir();
    let d = dir.to_str().expect("path");

    // From an empty (bootstrapped) PocketBase: the whole environment in one apply.
    let out = env.run_env(&["apply", "-f", d], &secret_env());
    out.ok();
    for line in [
        "+ Collection posts",
        "+ NatsAccount acme",
        "+ NatsRole reader",
        "+ NatsExport acme/events",
        "+ NatsImport beta/acme-events",
        "+ NatsUser acme/alice",
        "+ NatsUser beta/carol",
    ] {
        assert!(out.stdout.contains(line), "{line} missing: {out:?}");
    }
    assert!(out.stdout.contains("smtp.password (write-only)"), "{out:?}");
    // Dependency order: accounts before roles before exports, imports, users.
    let pos = |s: &str| out.stdout.find(s).expect(s);
    assert!(pos("+ Collection posts") < pos("+ NatsAccount acme"));
    assert!(pos("+ NatsAccount beta") < pos("+ NatsRole reader"));
    assert!(pos("+ NatsExport") < pos("+ NatsImport"));
    assert!(pos("+ NatsImport") < pos("+ NatsUser acme/alice"));
    // The server holds it all.
    let s = w.pb.admin("GET", "/api/settings", None);
    assert_eq!(s["batch"]["enabled"], true);
    assert_eq!(s["batch"]["maxRequests"], 500);
    assert!(
        stored_in_pocketbase(&w.pb, SMTP_SECRET),
        "${{env:SMTP_PASSWORD}} was not sent"
    );
    assert_eq!(
        w.pb.admin("GET", "/api/collections/posts", None)["fields"][1]["name"],
        "title"
    );
    let alice = one(&w.pb, "nats_users", "nats_username", "alice");
    assert_eq!(alice["email"], "alice@example.com");
    assert!(
        alice["jwt_expires_at"]
            .as_str()
            .unwrap()
            .starts_with("2027-01-31")
    );
    assert_eq!(
        one(&w.pb, "nats_accounts", "name", "beta")["max_connections"],
        100
    );

    // NATS: each user may do what its role allows and nothing else; the import delivers.
    env.run(&["nats", "sync"]).ok();
    let url = w.nats.url();
    let alice_creds = creds_of(env, "alice");
    assert_eq!(
        try_client(&url, &alice_creds, "acme.news"),
        Access::Connected {
            publish_denied: true
        }
    );
    assert!(refused(&try_client(&url, &alice_creds, "globex.news")));
    let bob_creds = creds_of(env, "bob");
    assert_eq!(
        try_client(&url, &bob_creds, "acme.orders"),
        Access::Connected {
            publish_denied: false
        }
    );
    let carol_creds = creds_of(env, "carol");
    assert_eq!(
        delivered_through_import(&url, &bob_creds, &carol_creds).as_deref(),
        Some("imported.acme.new hello")
    );

    // The same files again: nothing to do (the write-only password does not count).
    let again = env.run_env(&["apply", "-f", d], &secret_env());
    again.ok();
    assert_eq!(again.stdout, "No changes.\n");
    env.run_env(&["diff", "-f", d], &secret_env()).code(0);

    // Edit a role: diff shows exactly that change and exits 1; apply; the role's users
    // get the new subject with their re-fetched creds.
    edit(
        &dir.join("nats.yaml"),
        "publish:   {allow: [\"_INBOX.>\"], deny: []}",
        "publish:   {allow: [\"_INBOX.>\", \"acme.x.>\"], deny: []}",
    );
    let diff = env.run_env(&["diff", "-f", d], &secret_env());
    diff.code(1);
    assert_eq!(
        diff.stdout, "~ NatsRole reader: publish.allow +\"acme.x.>\"\n",
        "{diff:?}"
    );
    assert!(!diff.stderr.contains("error:"), "{diff:?}");
    let json = env.run_env(&["diff", "-f", d, "-o", "json"], &secret_env());
    json.code(1);
    assert_eq!(
        json.json(),
        json!([{"kind": "NatsRole", "name": "reader", "action": "update", "changes": ["publish.allow +\"acme.x.>\""]}])
    );
    let applied = env.run_env(&["apply", "-f", d, "-o", "json"], &secret_env());
    applied.ok();
    assert_eq!(applied.json()[0]["kind"], "NatsRole");
    assert_eq!(applied.json()[0]["action"], "update");
    env.run(&["nats", "sync"]).ok();
    let alice_new = creds_of(env, "alice");
    assert_eq!(
        try_client(&url, &alice_new, "acme.x.1"),
        Access::Connected {
            publish_denied: false
        }
    );
    env.run_env(&["diff", "-f", d], &secret_env()).code(0);

    // Round trip: export, apply to a second empty bootstrapped server, export again.
    let exported = tempfile::tempdir().expect("dir");
    let a_dir = exported.path().join("a");
    let b_dir = exported.path().join("b");
    env.run(&["export", "-O", a_dir.to_str().unwrap()]).ok();
    let pb2 = PocketBase::start();
    let env2 = TestEnv::new();
    env2.login("b", &pb2);
    env2.run(&["nats", "bootstrap"]).ok();
    env2.run_env(&["apply", "-f", a_dir.to_str().unwrap()], &secret_env())
        .ok();
    env2.run(&["export", "-O", b_dir.to_str().unwrap()]).ok();
    for f in ["collections.yaml", "settings.yaml", "nats.yaml"] {
        let a = std::fs::read_to_string(a_dir.join(f)).expect("a");
        let b = std::fs::read_to_string(b_dir.join(f)).expect("b");
        assert_eq!(a, b, "{f} differs after the round trip");
        assert_no_secrets(&a);
    }
    let nats_yaml = std::fs::read_to_string(a_dir.join("nats.yaml")).unwrap();
    assert!(nats_yaml.contains("fromAccount: acme"), "{nats_yaml}");
    assert!(!nats_yaml.contains("name: sys\n"), "{nats_yaml}");
    assert!(!nats_yaml.contains("system_admin"), "{nats_yaml}");
    let settings_yaml = std::fs::read_to_string(a_dir.join("settings.yaml")).unwrap();
    assert!(
        settings_yaml.contains("password: ${env:SMTP_PASSWORD}"),
        "{settings_yaml}"
    );
    // Stdout: one multi-document YAML that apply takes back.
    let all = env.run(&["export"]);
    all.ok();
    assert!(all.stdout.contains("---\nkind: NatsAccount\nname: acme\n"));
    assert_no_secrets(&all.stdout);
    let back = env.run_with(&["diff", "-f", "-"], Some(&all.stdout), &secret_env());
    back.code(0);

    // Remove a user from the files: pruned (after confirmation), its old creds refused.
    let nats = dir.join("nats.yaml");
    edit(
        &nats,
        "---\nkind: NatsUser\nname: bob\naccount: acme\nrole: writer\n",
        "",
    );
    let refused_prune = env.run_env(&["apply", "-f", d, "--prune"], &secret_env());
    refused_prune.code(2);
    assert!(
        refused_prune
            .stdout
            .contains("- NatsUser acme/bob (revokes its creds)"),
        "{refused_prune:?}"
    );
    assert_eq!(
        records(&w.pb, "nats_users").len(),
        4,
        "changed before confirming"
    );
    env.run_env(&["apply", "-f", d, "--prune", "--yes"], &secret_env())
        .ok();
    assert!(
        records(&w.pb, "nats_users")
            .iter()
            .all(|u| u["nats_username"] != "bob")
    );
    env.run(&["nats", "sync"]).ok();
    assert!(
        refused(&try_client(&url, &bob_creds, "acme.orders")),
        "bob's old creds still work"
    );
    // Alice is untouched.
    assert!(!refused(&try_client(&url, &alice_new, "acme.x.1")));
}

#[test]
fn bad_documents_exit_2_naming_file_and_line_and_change_nothing() {
    let (pb, env) = logged_in("cp");
    let tmp = tempfile::tempdir().expect("dir");
    let f = tmp.path().join("bad.yaml");
    let path = f.to_str().unwrap().to_string();

    // NATS documents without a control plane: exit 1, hint bootstrap.
    std::fs::write(&f, "kind: NatsAccount\nname: acme\n").unwrap();
    let out = env.run(&["apply", "-f", &path]);
    out.code(1);
    assert!(out.stderr.contains("pbctl nats bootstrap"), "{out:?}");
    env.run(&["nats", "bootstrap"]).ok();

    let valid = "kind: NatsAccount\nname: zeta\n---\nkind: Settings\nsettings: {meta: {appName: Changed}}\n---\n";
    let cases: [(&str, usize, &str); 8] = [
        ("kind: NatsGroup\nname: x\n", 7, "unknown kind"),
        (
            "kind: NatsRole\nname: r\nbogus: 1\n",
            9,
            "unknown field `bogus`",
        ),
        (
            "kind: NatsAccount\nname: a\nlimits:\n  connections: many\n",
            10,
            "limits.connections",
        ),
        ("kind: NatsAccount\nname: zeta\n", 8, "defined twice"),
        (
            "kind: NatsUser\nname: u\naccount: nowhere\nrole: system_admin\n",
            9,
            "neither in the files nor on the server",
        ),
        (
            "kind: NatsUser\nname: u\naccount: zeta\nrole: ghost\n",
            10,
            "role \"ghost\"",
        ),
        ("kind: NatsAccount\nname: [unclosed\n", 8, "invalid YAML"),
        (
            "kind: Settings\nsettings:\n  smtp: {password: \"${env:SMTP_PASSWORD}\"}\n",
            9,
            "SMTP_PASSWORD is not set",
        ),
    ];
    let before = pb.admin("GET", "/api/settings", None);
    for (bad, line, what) in cases {
        std::fs::write(&f, format!("{valid}{bad}")).unwrap();
        for cmd in ["apply", "diff"] {
            let mut c = env.command(&[cmd, "-f", &path]);
            c.env_remove("SMTP_PASSWORD");
            let o = c.output().expect("run");
            let stderr = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{cmd} {bad:?}: {stderr}");
            assert!(stderr.contains(what), "{bad:?}: {stderr}");
            if what != "invalid YAML" {
                assert!(
                    stderr.contains(&format!("{path}:{line}:")),
                    "{bad:?}: no {path}:{line} in {stderr}"
                );
            } else {
                assert!(stderr.contains(&path), "{stderr}");
            }
        }
    }
    // Nothing was changed by any of them.
    assert!(
        records(&pb, "nats_accounts")
            .iter()
            .all(|a| a["name"] != "zeta")
    );
    assert_eq!(pb.admin("GET", "/api/settings", None), before);
}

#[test]
fn prune_keeps_what_bootstrap_made_and_guards_data() {
    let (pb, env) = logged_in("cp");
    env.run(&["nats", "bootstrap"]).ok();
    env.run(&["nats", "account", "create", "old"]).ok();
    env.run(&["nats", "role", "create", "old-role"]).ok();
    let tmp = tempfile::tempdir().expect("dir");
    let f = tmp.path().join("env.yaml");
    let path = f.to_str().unwrap();
    let notes = "kind: Collection\nname: notes\ntype: base\nfields:\n  - {name: body, type: text}\n  - {name: extra, type: text}\n";
    let nats = "---\nkind: NatsAccount\nname: acme\n---\nkind: NatsRole\nname: reader\n---\nkind: NatsUser\nname: u1\naccount: acme\nrole: reader\n---\nkind: Settings\nsettings: {meta: {appName: Pruned}}\n";
    std::fs::write(&f, format!("{notes}{nats}")).unwrap();
    let settings_before = pb.admin("GET", "/api/settings", None);
    let out = env.run(&["apply", "-f", path, "--prune", "--yes"]);
    out.ok();
    assert!(out.stdout.contains("- NatsAccount old"), "{out:?}");
    assert!(out.stdout.contains("- NatsRole old-role"), "{out:?}");
    // What bootstrap made is still there, and so are the nats_* collections.
    let op = &records(&pb, "nats_system_operator")[0];
    let sys_id = op["system_account_id"].as_str().unwrap().to_string();
    assert!(
        records(&pb, "nats_accounts")
            .iter()
            .any(|a| a["id"] == sys_id)
    );
    assert!(
        records(&pb, "nats_users")
            .iter()
            .any(|u| u["nats_username"] == "sys")
    );
    assert!(
        records(&pb, "nats_roles")
            .iter()
            .any(|r| r["name"] == "system_admin")
    );
    for c in [
        "nats_accounts",
        "nats_users",
        "nats_roles",
        "nats_system_operator",
    ] {
        pb.admin("GET", &format!("/api/collections/{c}"), None);
    }
    // Settings are never pruned: only the key given changed.
    let mut settings = pb.admin("GET", "/api/settings", None);
    assert_eq!(settings["meta"]["appName"], "Pruned");
    settings["meta"]["appName"] = settings_before["meta"]["appName"].clone();
    assert_eq!(settings, settings_before);

    // Data loss: a field holding data is dropped only with --allow-data-loss, and only
    // after confirmation.
    pb.admin(
        "POST",
        "/api/collections/notes/records",
        Some(&json!({"body": "b", "extra": "keep me"})),
    );
    std::fs::write(
        &f,
        format!(
            "{}{nats}",
            notes.replace("  - {name: extra, type: text}\n", "")
        ),
    )
    .unwrap();
    let o = env.run(&["apply", "-f", path, "--yes"]);
    o.code(1);
    assert!(o.stderr.contains("notes.extra"), "{o:?}");
    let o = env.run(&["apply", "-f", path, "--allow-data-loss"]);
    o.code(2);
    assert!(o.stderr.contains("confirmation"), "{o:?}");
    let fields = pb.admin("GET", "/api/collections/notes", None)["fields"].clone();
    assert!(
        fields
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["name"] == "extra")
    );
    let o = env.run(&["apply", "-f", path, "--allow-data-loss", "--dry-run"]);
    o.ok();
    env.run(&["apply", "-f", path, "--allow-data-loss", "--yes"])
        .ok();
    let fields = pb.admin("GET", "/api/collections/notes", None)["fields"].clone();
    assert!(
        !fields
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["name"] == "extra")
    );

    // Documents cannot manage what bootstrap made.
    std::fs::write(&f, "kind: NatsRole\nname: system_admin\n").unwrap();
    env.run(&["apply", "-f", path]).code(2);
}

#[test]
fn server_managed_mode_writes_records_and_triggers_only() {
    let (pb, env) = logged_in("cp");
    env.nats_tenant("old");
    // pb-nats' publish queue makes it server-managed.
    pb.admin(
        "POST",
        "/api/collections",
        Some(&pbctl::controlplane::schema::publish_queue()),
    );
    let acme_before = one(&pb, "nats_accounts", "name", "acme");
    let tmp = tempfile::tempdir().expect("dir");
    let f = tmp.path().join("env.yaml");
    std::fs::write(
        &f,
        "kind: NatsAccount\nname: acme\nlimits: {connections: 5}\n---\nkind: NatsAccount\nname: globex\n---\nkind: NatsRole\nname: reader\nsubscribe: {allow: [\"acme.>\"]}\n---\nkind: NatsUser\nname: old\naccount: acme\nrole: reader\nactive: false\n---\nkind: NatsUser\nname: alice\naccount: globex\nrole: reader\n",
    )
    .unwrap();
    let out = env.run(&["apply", "-f", f.to_str().unwrap(), "--wait", "0s"]);
    out.ok();
    assert!(!out.stderr.contains("nats sync"), "{out:?}");
    // Records and the active flag written; nothing minted, nothing revoked.
    let globex = one(&pb, "nats_accounts", "name", "globex");
    assert_eq!(globex["public_key"], "");
    assert_eq!(globex["jwt"], "");
    let alice = one(&pb, "nats_users", "nats_username", "alice");
    assert_eq!(alice["public_key"], "");
    assert_eq!(alice["creds_file"], "");
    assert_eq!(
        one(&pb, "nats_users", "nats_username", "old")["active"],
        false
    );
    let acme = one(&pb, "nats_accounts", "name", "acme");
    assert_eq!(acme["max_connections"], 5);
    assert_eq!(acme["jwt"], acme_before["jwt"], "pbctl re-minted acme");
    assert_eq!(acme["revocations"], acme_before["revocations"]);
    let _: &Value = &acme;
}

/// A JSON Schema check for the subset of keywords the documents' schema uses ($ref,
/// oneOf, anyOf, type, const, enum, required, properties, additionalProperties, items,
/// minimum). Returns the problems found.
fn schema_errors(root: &Value, schema: &Value, v: &Value, path: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let target = root
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("unresolved $ref {r}"));
        return schema_errors(root, target, v, path);
    }
    let known = [
        "$schema",
        "$defs",
        "title",
        "description",
        "$ref",
        "oneOf",
        "anyOf",
        "type",
        "const",
        "enum",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "minimum",
    ];
    for k in schema.as_object().expect("schema object").keys() {
        assert!(
            known.contains(&k.as_str()),
            "the check does not know keyword {k}"
        );
    }
    if let Some(list) = schema.get("oneOf").and_then(Value::as_array) {
        let ok = list
            .iter()
            .filter(|s| schema_errors(root, s, v, path).is_empty())
            .count();
        if ok != 1 {
            errs.push(format!("{path}: matches {ok} of oneOf"));
        }
    }
    if let Some(list) = schema.get("anyOf").and_then(Value::as_array)
        && !list
            .iter()
            .any(|s| schema_errors(root, s, v, path).is_empty())
    {
        errs.push(format!("{path}: matches none of anyOf"));
    }
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        let ok = match t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "boolean" => v.is_boolean(),
            other => panic!("type {other}"),
        };
        if !ok {
            errs.push(format!("{path}: not {t}"));
            return errs;
        }
    }
    if let Some(c) = schema.get("const")
        && c != v
    {
        errs.push(format!("{path}: not {c}"));
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array)
        && !e.contains(v)
    {
        errs.push(format!("{path}: not one of {e:?}"));
    }
    if let Some(m) = schema.get("minimum").and_then(Value::as_i64)
        && v.as_i64().is_some_and(|n| n < m)
    {
        errs.push(format!("{path}: below {m}"));
    }
    if let Some(obj) = v.as_object() {
        for r in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !obj.contains_key(r.as_str().unwrap()) {
                errs.push(format!("{path}: {r} is required"));
            }
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (k, x) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(s) => errs.extend(schema_errors(root, s, x, &format!("{path}.{k}"))),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errs.push(format!("{path}: unknown field {k}"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            errs.extend(schema_errors(root, items, x, &format!("{path}[{i}]")));
        }
    }
    errs
}

#[test]
fn the_documents_schema_accepts_the_examples_and_refuses_bad_documents() {
    let root = crate::common::repo_root();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("docs/schema/pbctl-documents.schema.json"))
            .expect("schema file"),
    )
    .expect("schema JSON");
    let mut checked = 0;
    for f in ["settings.yaml", "collections.yaml", "nats.yaml"] {
        let text = std::fs::read_to_string(root.join("docs/gitops-example").join(f)).unwrap();
        let docs: Vec<Value> = serde_saphyr::from_multiple(&text).expect("example YAML");
        for d in docs {
            let errs = schema_errors(&schema, &schema, &d, f);
            assert!(errs.is_empty(), "{f}: {errs:?}\n{d}");
            checked += 1;
        }
    }
    assert_eq!(checked, 11, "example documents");
    // A `collection export` file (no kind) and a list of documents are documents too.
    let list = json!([{"name": "posts", "type": "base", "fields": [{"name": "t", "type": "text"}]},
                      {"kind": "NatsAccount", "name": "a"}]);
    assert!(schema_errors(&schema, &schema, &list, "list").is_empty());
    // What pbctl refuses, the schema refuses.
    for bad in [
        json!({"kind": "NatsGroup", "name": "x"}),
        json!({"kind": "NatsRole", "name": "r", "bogus": 1}),
        json!({"kind": "NatsAccount", "name": "a", "limits": {"connections": "many"}}),
        json!({"kind": "NatsAccount", "name": "a", "limits": {"connections": -2}}),
        json!({"kind": "NatsUser", "name": "u", "account": "a"}),
        json!({"kind": "NatsExport", "account": "a", "name": "e", "subject": "s", "type": "queue"}),
        json!({"kind": "Settings"}),
        json!({"name": "no kind, no type"}),
    ] {
        assert!(
            !schema_errors(&schema, &schema, &bad, "bad").is_empty(),
            "the schema accepts {bad}"
        );
    }
    // And pbctl itself reads the examples (checked above) without complaint.
    let env = TestEnv::new();
    let out = env.run_env(
        &[
            "diff",
            "-f",
            root.join("docs/gitops-example").to_str().unwrap(),
        ],
        &[
            ("PBCTL_URL", "http://127.0.0.1:9"),
            ("PBCTL_TOKEN", &crate::common::fake_token()),
            ("SMTP_PASSWORD", "x"),
        ],
    );
    // The documents are read and checked before any request: the failure is the
    // unreachable server (5), not the documents (2).
    out.code(5);
}

#[test]
fn export_o_is_a_directory_whose_files_are_replaced_only_with_force() {
    let (pb, env) = logged_in("dev");
    pb.admin(
        "POST",
        "/api/collections",
        Some(&json!({"name": "posts", "type": "base", "fields": [{"name": "title", "type": "text"}]})),
    );
    let home = env.home.path();
    let mode = |p: &Path| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::symlink_metadata(p)
            .expect("stat")
            .permissions()
            .mode()
            & 0o777
    };

    // A new directory: created 0700, files 0600; the report names them.
    let out = env.run(&["export", "-O", "env/dev", "-o", "json"]);
    out.ok();
    let dir = home.join("env/dev");
    assert_eq!(
        out.json(),
        json!({"files": ["env/dev/collections.yaml", "env/dev/settings.yaml"], "documents": 3})
    );
    let collections = std::fs::read_to_string(dir.join("collections.yaml")).expect("written");
    assert!(collections.contains("name: posts"), "{collections}");
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("settings.yaml")), 0o600);

    // Again: refused like every other -O (exit 1, the file named, --force hinted), and
    // nothing is written, not even the file that did not exist yet.
    std::fs::remove_file(dir.join("collections.yaml")).expect("rm");
    std::fs::write(dir.join("settings.yaml"), "mine\n").expect("edit");
    let out = env.run(&["export", "-O", "env/dev"]);
    out.code(1);
    assert!(
        out.stderr
            .contains("error: env/dev/settings.yaml already exists"),
        "{out:?}"
    );
    assert!(out.stderr.contains("hint: pass --force"), "{out:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("settings.yaml")).unwrap(),
        "mine\n"
    );
    assert!(!dir.join("collections.yaml").exists(), "half-written");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["settings.yaml"], "temporary files left");

    // A symlink there counts as an existing file; --force replaces it, never writes
    // through it.
    let victim = home.join("victim.yaml");
    std::fs::write(&victim, "precious\n").expect("victim");
    std::os::unix::fs::symlink(&victim, dir.join("collections.yaml")).expect("symlink");
    env.run(&["export", "-O", "env/dev"]).code(1);
    let out = env.run(&["export", "-O", "env/dev/", "--force"]);
    out.ok();
    assert!(out.stderr.contains("Exported 3 documents to "), "{out:?}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(
        std::fs::symlink_metadata(dir.join("collections.yaml"))
            .unwrap()
            .is_file()
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("collections.yaml")).unwrap(),
        collections
    );
    assert_ne!(
        std::fs::read_to_string(dir.join("settings.yaml")).unwrap(),
        "mine\n"
    );
    assert_eq!(mode(&dir.join("settings.yaml")), 0o600);
    // What apply reads back.
    env.run(&["diff", "-f", "env/dev"]).code(0);

    // -O at an existing file: exit 1, says it is a file and how to get one file.
    std::fs::write(home.join("exist.yaml"), "keep\n").expect("file");
    for path in ["exist.yaml", "exist.yaml/"] {
        let out = env.run(&["export", "-O", path]);
        out.code(1);
        assert!(out.stderr.contains("is a file, not a directory"), "{out:?}");
        assert!(
            out.stderr.contains("hint: for one file, redirect stdout"),
            "{out:?}"
        );
        env.run(&["export", "-O", path, "--force"]).code(1);
    }
    assert_eq!(
        std::fs::read_to_string(home.join("exist.yaml")).unwrap(),
        "keep\n"
    );
    // A new name that reads as a file: exit 2, no directory made; a trailing / makes it one.
    let out = env.run(&["export", "-O", "new.yaml"]);
    out.code(2);
    assert!(out.stderr.contains("looks like a file name"), "{out:?}");
    assert!(!home.join("new.yaml").exists());
    env.run(&["export", "-O", "new.yaml/"]).ok();
    assert!(home.join("new.yaml/collections.yaml").is_file());
}
