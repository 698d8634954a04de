use crate::common::*;
use serde_json::Value;

#[test]
fn every_command_prints_json_with_o_json() {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    let url = pb.url.clone();
    let commands: Vec<Vec<&str>> = vec![
        vec!["context", "add", "dev", "--url", &url, "--use"],
        vec!["context", "add", "other", "--url", "http://127.0.0.1:9"],
        vec!["context", "list"],
        vec!["context", "current"],
        vec!["context", "show"],
        vec!["context", "set", "other", "description=x"],
        vec!["context", "use", "other"],
        vec!["context", "use", "-"],
        vec!["context", "rename", "other", "spare"],
        vec!["context", "delete", "spare"],
        vec!["health"],
        vec!["auth", "status"],
        vec!["auth", "status", "--check"],
        vec!["auth", "token"],
        vec!["auth", "api-token", "--duration", "1h"],
        vec!["settings", "get"],
        vec!["settings", "get", "batch"],
        vec!["settings", "set", "batch.enabled=true"],
        vec!["api", "/api/collections"],
        vec!["api", "/api/collections", "--paginate"],
        vec!["api", "/api/health", "-X", "HEAD"],
        vec!["completion", "bash"],
        vec!["help", "exit-codes"],
        vec!["auth", "logout"],
    ];
    for (i, args) in commands.iter().enumerate() {
        if i == 2 {
            env.run_stdin(
                &[
                    "auth",
                    "login",
                    "--identity",
                    ADMIN_EMAIL,
                    "--password-stdin",
                    "-o",
                    "json",
                ],
                &format!("{ADMIN_PASSWORD}\n"),
            )
            .ok()
            .json();
        }
        let mut all = args.clone();
        all.extend(["-o", "json"]);
        if args.starts_with(&["auth", "token"]) || args.starts_with(&["auth", "api-token"]) {
            env.revealing();
        }
        let out = env.run(&all);
        out.ok();
        let _: Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: stdout is not JSON ({e}): {out:?}"));
    }
}

#[test]
fn formats_render_the_same_data() {
    let env = TestEnv::new();
    for (name, port) in [("a", 1), ("b", 2)] {
        env.run(&[
            "context",
            "add",
            name,
            "--url",
            &format!("http://127.0.0.1:{port}"),
            "--description",
            "yes",
        ])
        .ok();
    }
    assert_eq!(
        env.run(&["context", "list", "-o", "name"]).ok().stdout,
        "a\nb\n"
    );
    let jsonl = env.run(&["context", "list", "-o", "jsonl"]);
    let lines: Vec<Value> = jsonl
        .ok()
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["name"], "b");
    let yaml = env.run(&["context", "list", "-o", "yaml"]);
    let parsed: Value = serde_saphyr::from_str(&yaml.ok().stdout).unwrap();
    // A string that YAML 1.1 reads as a boolean stays a string.
    assert_eq!(parsed[0]["description"], "yes");
    assert!(yaml.stdout.contains("\"yes\""), "{}", yaml.stdout);
    let table = env.run(&["context", "list"]).ok().stdout.clone();
    assert!(
        table.starts_with("CURRENT") && !table.contains("DESCRIPTION"),
        "{table}"
    );
    let wide = env
        .run(&["context", "list", "-o", "wide"])
        .ok()
        .stdout
        .clone();
    assert!(wide.contains("DESCRIPTION"), "{wide}");
    let jq = env.run(&["context", "list", "--jq", ".[] | select(.current) | .name"]);
    assert_eq!(jq.ok().stdout, "\"a\"\n");
    let raw = env.run(&["context", "list", "--jq", ".[].url", "--raw"]);
    assert_eq!(raw.ok().stdout, "http://127.0.0.1:1\nhttp://127.0.0.1:2\n");
    // PBCTL_OUTPUT and the context's own output setting, with the flag on top.
    assert_eq!(
        env.run_env(&["context", "list"], &[("PBCTL_OUTPUT", "name")])
            .ok()
            .stdout,
        "a\nb\n"
    );
    env.run(&["context", "set", "a", "output=name"]).ok();
    assert_eq!(env.run(&["context", "list"]).ok().stdout, "a\nb\n");
    assert!(
        env.run(&["context", "list", "-o", "table"])
            .ok()
            .stdout
            .starts_with("CURRENT")
    );
    // Status lines go to stderr; -q silences them.
    let added = env.run(&[
        "context",
        "add",
        "c",
        "--url",
        "http://127.0.0.1:3",
        "-o",
        "table",
    ]);
    assert!(
        added.ok().stdout.is_empty() && added.stderr.contains("added"),
        "{added:?}"
    );
    let quiet = env.run(&[
        "context",
        "add",
        "d",
        "--url",
        "http://127.0.0.1:4",
        "-q",
        "-o",
        "table",
    ]);
    assert!(
        quiet.ok().stdout.is_empty() && quiet.stderr.is_empty(),
        "{quiet:?}"
    );
}

#[test]
fn help_topics_and_examples() {
    let env = TestEnv::new();
    for topic in ["exit-codes", "environment", "output", "filters"] {
        let out = env.run(&["help", topic]);
        assert!(out.ok().stdout.len() > 200, "{topic}");
    }
    assert!(env.run(&["help", "exit-codes"]).stdout.contains("130"));
    assert!(
        env.run(&["help", "context", "add"])
            .ok()
            .stdout
            .contains("--insecure-skip-verify")
    );
    env.run(&["help", "nope"]).code(2);
    let version = env.run(&["--version"]);
    assert_eq!(
        version.ok().stdout,
        format!("pbctl {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn context_names_complete_dynamically() {
    let env = TestEnv::new();
    env.run(&["context", "add", "prod", "--url", "http://127.0.0.1:1"])
        .ok();
    env.run(&["context", "add", "staging", "--url", "http://127.0.0.1:2"])
        .ok();
    let out = env.run_env(
        &["--", "pbctl", "--context", ""],
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
        ["prod", "staging"]
    );
    let script = env.run(&["completion", "bash"]);
    assert!(
        script.ok().stdout.contains("COMPLETE=\"bash\""),
        "{}",
        script.stdout
    );
}
