use crate::common::*;
use serde_json::{Value, json};

#[test]
fn two_contexts_are_picked_per_command_and_use_dash_toggles() {
    let a = PocketBase::start();
    let b = PocketBase::start();
    a.admin(
        "PATCH",
        "/api/settings",
        Some(&json!({"meta": {"appName": "server-a"}})),
    );
    b.admin(
        "PATCH",
        "/api/settings",
        Some(&json!({"meta": {"appName": "server-b"}})),
    );
    let env = TestEnv::new();
    env.login("a", &a);
    env.login("b", &b);

    let app_name = |args: &[&str], extra: &[(&str, &str)]| {
        let mut all = args.to_vec();
        all.extend(["settings", "get", "meta.appName", "-o", "json"]);
        let out = env.run_env(&all, extra);
        out.ok();
        out.json()
    };
    // `context add --use` made b current.
    assert_eq!(env.run(&["context", "current"]).ok().stdout, "b\n");
    assert_eq!(app_name(&[], &[]), json!("server-b"));
    assert_eq!(app_name(&["--context", "a"], &[]), json!("server-a"));
    assert_eq!(app_name(&[], &[("PBCTL_CONTEXT", "a")]), json!("server-a"));
    // The flag beats the environment.
    assert_eq!(
        app_name(&["--context", "b"], &[("PBCTL_CONTEXT", "a")]),
        json!("server-b")
    );

    env.run(&["context", "use", "a"]).ok();
    assert_eq!(app_name(&[], &[]), json!("server-a"));
    env.run(&["context", "use", "-"]).ok();
    assert_eq!(env.run(&["context", "current"]).ok().stdout, "b\n");
    env.run(&["context", "use", "-"]).ok();
    assert_eq!(env.run(&["context", "current"]).ok().stdout, "a\n");

    let list = env.run(&["context", "list", "-o", "json"]);
    let list = list.ok().json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a", "b"]);
    assert_eq!(list[0]["current"], json!(true));
    assert_eq!(list[1]["auth"]["user"], json!(ADMIN_EMAIL));
    let table = env.run(&["context", "list"]).ok().stdout.clone();
    let line_a = table.lines().find(|l| l.contains(&a.url)).unwrap();
    assert!(
        line_a.starts_with('*') && line_a.contains(ADMIN_EMAIL),
        "{table}"
    );
}

#[test]
fn fifty_concurrent_adds_keep_every_context() {
    let env = TestEnv::new();
    let children: Vec<_> = (0..50)
        .map(|i| {
            env.command(&[
                "context",
                "add",
                &format!("ctx-{i}"),
                "--url",
                &format!("http://127.0.0.1:{}", 20000 + i),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        env.scan_output(&out);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = std::fs::read_to_string(env.config_file()).unwrap();
    let config: Value = serde_saphyr::from_str(&text).expect("config stays valid YAML");
    let mut names: Vec<String> = config["contexts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    let mut expected: Vec<String> = (0..50).map(|i| format!("ctx-{i}")).collect();
    expected.sort();
    assert_eq!(names, expected);
    // No temporary files are left in the config dir.
    let leftovers: Vec<_> = std::fs::read_dir(env.config_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn config_and_credentials_are_private() {
    let (_pb, env) = logged_in("dev");
    assert_eq!(mode(&env.config_file()), 0o600);
    assert_eq!(mode(&env.credentials_file()), 0o600);
    assert_eq!(mode(&env.config_dir()), 0o700);
    // The config never holds the token.
    let token = env.stored_token("dev");
    let config = std::fs::read_to_string(env.config_file()).unwrap();
    assert!(!config.contains(&token));
    assert!(config.contains("store: file"), "{config}");
}

#[test]
fn show_set_rename_delete() {
    let (_pb, env) = logged_in("dev");
    env.run(&[
        "context",
        "set",
        "dev",
        "identity=ops@example.com",
        "nats.url=nats://127.0.0.1:4222",
        "description=Dev box",
    ])
    .ok();
    let shown = env.run(&["context", "show", "-o", "json"]);
    let shown = shown.ok().json();
    assert_eq!(shown["identity"], "ops@example.com");
    assert_eq!(shown["nats"]["url"], "nats://127.0.0.1:4222");
    assert_eq!(shown["auth"]["loggedIn"], true);
    assert!(
        !shown.to_string().contains(&env.stored_token("dev")),
        "show never prints the token"
    );
    env.run(&["context", "set", "dev", "colour=red"]).code(2);
    // The camelCase keys `context show` prints are accepted too; a CA file must exist.
    env.run(&[
        "context",
        "set",
        "dev",
        "authCollection=_superusers",
        "tls.insecureSkipVerify=false",
    ])
    .ok();
    let missing = env.run(&["context", "set", "dev", "tls.caFile=/nonexistent/ca.pem"]);
    missing.code(2);
    assert!(
        missing.stderr.contains("cannot read CA file"),
        "{missing:?}"
    );
    env.run(&[
        "context",
        "add",
        "other",
        "--url",
        "http://127.0.0.1:9",
        "--ca-file",
        "/nonexistent/ca.pem",
    ])
    .code(2);
    env.run(&["context", "set", "dev", "url=ftp://x"]).code(2);

    // Rename moves the token: the renamed context still works.
    env.run(&["context", "rename", "dev", "devel"]).ok();
    assert_eq!(env.run(&["context", "current"]).ok().stdout, "devel\n");
    env.run(&["settings", "get", "batch"]).ok();
    let creds = std::fs::read_to_string(env.credentials_file()).unwrap();
    assert!(
        creds.contains("devel") && !creds.contains("dev:"),
        "{creds}"
    );

    // Delete removes the token too.
    env.run(&["context", "delete", "devel"]).ok();
    let creds = std::fs::read_to_string(env.credentials_file()).unwrap();
    assert!(!creds.contains("devel"), "{creds}");
    env.run(&["context", "current"]).code(3);
    env.run(&["context", "delete", "nope"]).code(3);
}

#[test]
fn names_and_urls_are_validated() {
    let env = TestEnv::new();
    for bad in ["-x", "a b", "a/b", &"x".repeat(64)] {
        env.run(&["context", "add", bad, "--url", "http://127.0.0.1:1"])
            .code(2);
    }
    for bad in ["127.0.0.1:8090", "ftp://x", "https://x/_/", "https://x?y=1"] {
        let out = env.run(&["context", "add", "ok", "--url", bad]);
        out.code(2);
        assert!(out.stderr.contains("hint:"), "{out:?}");
    }
    env.run(&["context", "add", "ok", "--url", "http://127.0.0.1:1/"])
        .ok();
    env.run(&["context", "add", "ok", "--url", "http://127.0.0.1:1"])
        .code(1);
    assert!(!env.config_file().with_extension("yaml.tmp").exists());
}

#[test]
fn import_from_pb_cli_brings_contexts_and_tokens() {
    let pb = PocketBase::start();
    let token = pb.admin_token();
    let env = TestEnv::new();
    let pb_dir = env.home.path().join("config").join("pb");
    std::fs::create_dir_all(pb_dir.join("myapp")).unwrap();
    std::fs::create_dir_all(pb_dir.join("other")).unwrap();
    std::fs::write(
        pb_dir.join("config.yaml"),
        "active_context: myapp\noutput_format: json\n",
    )
    .unwrap();
    std::fs::write(
        pb_dir.join("myapp/context.yaml"),
        format!("name: myapp\npocketbase:\n  url: {}/\n  auth_collection: _superusers\n  auth_token: {token}\n  auth_expires: 2030-01-01T10:00:00Z\n  auth_record:\n    email: {ADMIN_EMAIL}\n  auto_refresh: false\n", pb.url),
    ).unwrap();
    std::fs::write(
        pb_dir.join("other/context.yaml"),
        "name: other\npocketbase:\n  url: http://127.0.0.1:9\n",
    )
    .unwrap();

    let out = env.run(&["context", "import-pb-cli", "-o", "json"]);
    let imported = out.ok().json();
    assert_eq!(imported.as_array().unwrap().len(), 2);
    assert_eq!(env.run(&["context", "current"]).ok().stdout, "myapp\n");
    // The imported token works.
    env.run(&["settings", "get", "batch"]).ok();
    let shown = env
        .run(&["context", "show", "other", "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["authCollection"], "users");
    // Importing again skips existing names with a warning.
    let again = env.run(&["context", "import-pb-cli"]);
    again.ok();
    assert!(again.stderr.contains("skipping"), "{again:?}");
}

#[test]
fn a_large_config_is_read_the_same_from_its_parsed_cache_and_edits_are_seen_at_once() {
    let env = TestEnv::new();
    let config = env.config_file();
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    let mut yaml = String::from("current-context: ctx-0001\ncontexts:\n");
    for i in 1..=1000 {
        yaml.push_str(&format!(
            "  - name: ctx-{i:04}\n    url: http://10.0.{}.{}:8090\n    description: \"n\\u00e9 {i}\"\n    labels: {{env: {}, region: r{}}}\n    tls: {{insecure-skip-verify: {}}}\n",
            i / 250,
            i % 250,
            if i % 2 == 1 { "prod" } else { "dev" },
            i % 7,
            i % 3 == 0
        ));
    }
    std::fs::write(&config, &yaml).unwrap();
    let list = |args: &[&str]| {
        let mut all = vec!["context", "list", "-o", "json"];
        all.extend(args);
        let out = env.run(&all);
        out.ok();
        out.json()
    };
    // First run parses the YAML and writes the cache; the second reads the cache.
    let first = list(&[]);
    let cache_dir = env.home.path().join(".cache/pbctl/config");
    let caches: Vec<_> = std::fs::read_dir(&cache_dir).unwrap().flatten().collect();
    assert_eq!(caches.len(), 1);
    assert_eq!(mode(&caches[0].path()), 0o600);
    let second = list(&[]);
    assert_eq!(first, second);
    assert_eq!(first.as_array().unwrap().len(), 1000);
    assert_eq!(first[2]["description"], "né 3");
    assert_eq!(first[2]["labels"], json!({"env": "prod", "region": "r3"}));
    // An edit through pbctl and one by hand are both seen by the next command.
    env.run(&["context", "label", "ctx-0002", "tier=gold"]).ok();
    assert_eq!(list(&["-l", "tier=gold"]).as_array().unwrap().len(), 1);
    std::fs::write(&config, yaml.replace("ctx-0500", "renamed")).unwrap();
    let names: Vec<Value> = list(&[])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].clone())
        .collect();
    assert!(names.contains(&json!("renamed")) && !names.contains(&json!("ctx-0500")));
    // A cache made by another pbctl version is not trusted (it may lack fields).
    let cache = std::fs::read_to_string(caches[0].path()).unwrap();
    let (first_line, _) = cache.split_once('\n').unwrap();
    let hash = first_line.rsplit(' ').next().unwrap();
    std::fs::write(
        caches[0].path(),
        format!("pbctl 0.0.1 {hash}\n{{\"contexts\":[]}}"),
    )
    .unwrap();
    assert_eq!(list(&[]).as_array().unwrap().len(), 1000);
    // A cache that is garbage is ignored; a broken config is still an error.
    std::fs::write(caches[0].path(), "garbage").unwrap();
    assert_eq!(list(&[]).as_array().unwrap().len(), 1000);
    std::fs::write(&config, format!("{yaml}  - [broken\n")).unwrap();
    env.run(&["context", "list"]).code(2);
}
