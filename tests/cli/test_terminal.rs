//! The terminal experience: dynamic completion of server and store objects (against a
//! real PocketBase 0.40.6 and a real key store), help layout, man pages, progress bars
//! in a pseudo-terminal.

use crate::common::{PocketBase, TestEnv, logged_in};
use serde_json::json;
use std::time::{Duration, Instant};

/// Ask pbctl for the candidates of the last word of `line` (as bash does on TAB): the
/// values offered (before the flags, which clap offers too on an empty word).
fn complete(env: &TestEnv, line: &[&str]) -> (Vec<String>, String, Duration) {
    let mut args = vec!["--", "pbctl"];
    args.extend_from_slice(line);
    let index = (args.len() - 2).to_string();
    let started = Instant::now();
    let out = env.run_env(
        &args,
        &[
            ("COMPLETE", "bash"),
            ("_CLAP_COMPLETE_INDEX", &index),
            ("_CLAP_COMPLETE_COMP_TYPE", "9"),
            ("_CLAP_COMPLETE_SPACE", "true"),
            ("_CLAP_IFS", "\n"),
        ],
    );
    let took = started.elapsed();
    out.ok();
    let words: Vec<String> = out.stdout.lines().map(str::to_string).collect();
    // clap offers the command's flags after the values; objects must come first.
    let values: Vec<String> = words
        .iter()
        .take_while(|w| !w.starts_with('-'))
        .cloned()
        .collect();
    assert!(
        words[values.len()..].iter().all(|w| w.starts_with('-')),
        "values after flags: {words:?}"
    );
    (values, out.stderr, took)
}

/// Commands complete by their names, not their aliases (`record`, not `r` or `rec`),
/// aliases still lead to their command's candidates, and `help` offers its topics and the
/// commands.
#[test]
fn commands_complete_by_name_and_help_offers_topics_and_commands() {
    let env = TestEnv::new();
    let (top, _, _) = complete(&env, &[""]);
    for name in ["context", "record", "collection", "backup", "help"] {
        assert!(top.contains(&name.to_string()), "{name} missing: {top:?}");
    }
    for alias in ["r", "rec", "col", "ctx", "bk"] {
        assert!(
            !top.contains(&alias.to_string()),
            "alias {alias} offered: {top:?}"
        );
    }
    assert_eq!(complete(&env, &["re"]).0, ["record"]);
    assert_eq!(complete(&env, &["col"]).0, ["collection"]);
    let (under_alias, _, _) = complete(&env, &["rec", ""]);
    assert!(under_alias.contains(&"list".to_string()), "{under_alias:?}");
    assert!(!under_alias.contains(&"ls".to_string()), "{under_alias:?}");
    let (help, _, _) = complete(&env, &["help", ""]);
    for word in ["exit-codes", "filters", "record", "jwt"] {
        assert!(help.contains(&word.to_string()), "{word} missing: {help:?}");
    }
    assert_eq!(complete(&env, &["help", "ex"]).0, ["exit-codes", "export"]);
}

fn collection(pb: &PocketBase, name: &str) {
    pb.admin(
        "POST",
        "/api/collections",
        Some(&json!({"name": name, "type": "base", "fields": [{"name": "title", "type": "text"}]})),
    );
}

#[test]
fn server_objects_complete_from_the_context_on_the_command_line() {
    let (pb, env) = logged_in("live");
    collection(&pb, "posts");
    collection(&pb, "comments");
    // The current context is a dead server: completion must use --context live.
    env.run(&[
        "context",
        "add",
        "dead",
        "--url",
        "http://127.0.0.1:1",
        "--use",
    ])
    .ok();

    for line in [
        &["record", "list", "--context", "live", ""][..],
        &["--context", "live", "record", "get", ""],
        &["--context=live", "record", "import", ""],
        &["--context", "live", "collection", "get", ""],
        &["--context", "live", "collection", "export", "posts", ""],
    ] {
        let (words, stderr, _) = complete(&env, line);
        assert!(
            words.contains(&"posts".to_string()) && words.contains(&"comments".to_string()),
            "{line:?}: {words:?}"
        );
        assert_eq!(stderr, "", "{line:?}");
    }
    // Prefixes filter; system collections are there too (they are valid arguments).
    let (words, _, _) = complete(&env, &["--context", "live", "record", "list", "po"]);
    assert_eq!(words, ["posts"]);
    let (words, _, _) = complete(&env, &["--context", "live", "record", "list", "_su"]);
    assert_eq!(words, ["_superusers"]);

    // Backup keys.
    env.run(&["--context", "live", "backup", "create", "nightly.zip"])
        .ok();
    let (words, stderr, _) = complete(&env, &["--context", "live", "backup", "download", ""]);
    assert_eq!(words, ["nightly.zip"]);
    assert_eq!(stderr, "");

    // nats account, role and user names.
    env.run(&["context", "use", "live"]).ok();
    env.nats_tenant("alice");
    let (words, _, _) = complete(&env, &["nats", "account", "get", ""]);
    assert!(words.contains(&"acme".to_string()), "{words:?}");
    let (words, _, _) = complete(&env, &["nats", "role", "get", ""]);
    assert_eq!(words, ["reader", "system_admin"]);
    let (words, _, _) = complete(&env, &["nats", "user", "get", ""]);
    assert!(words.contains(&"alice".to_string()), "{words:?}");
    let (words, _, _) = complete(&env, &["nats", "user", "create", "bob", "--role", ""]);
    assert_eq!(words, ["reader", "system_admin"]);

    // The answers are cached for a short while: with the server gone, the last answer
    // is still offered, at once.
    let (before, _, _) = complete(&env, &["collection", "delete", ""]);
    drop(pb);
    let (after, stderr, _) = complete(&env, &["collection", "delete", ""]);
    assert_eq!(after, before);
    assert_eq!(stderr, "");
}

#[test]
fn completion_with_a_dead_or_hanging_server_is_quiet_and_bounded() {
    // A token in reach, so that the request is really made.
    let env = TestEnv::new().env("PBCTL_TOKEN", &crate::common::fake_token());
    // Accepts connections and never answers: only the 1 s limit ends the wait (the
    // request timeout alone would be 30 s, times the retries).
    let hanging = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", hanging.local_addr().expect("addr"));
    env.run(&["context", "add", "hang", "--url", &url]).ok();
    env.run(&["context", "add", "dead", "--url", "http://127.0.0.1:1"])
        .ok();
    for ctx in ["hang", "dead"] {
        let (words, stderr, took) = complete(&env, &["record", "list", "--context", ctx, ""]);
        assert!(words.is_empty(), "{ctx}: {words:?}");
        assert_eq!(stderr, "", "{ctx}");
        assert!(took < Duration::from_secs(5), "{ctx}: took {took:?}");
    }
    // Never a prompt or a login: without a token, nothing is asked and nothing offered.
    let bare = TestEnv::new().env("PBCTL_IDENTITY", "admin@example.com");
    bare.run(&["context", "add", "dead", "--url", "http://127.0.0.1:1"])
        .ok();
    let (words, stderr, _) = complete(&bare, &["backup", "restore", ""]);
    assert!(words.is_empty(), "{words:?}");
    assert_eq!(stderr, "");
}

#[test]
fn jwt_names_complete_from_the_local_store() {
    let env = TestEnv::new();
    env.run(&["jwt", "init", "acme"]).ok();
    env.run(&["jwt", "account", "add", "app"]).ok();
    env.run(&["jwt", "account", "add", "billing"]).ok();
    env.run(&["jwt", "user", "add", "alice", "--account", "app"])
        .ok();
    env.run(&["jwt", "user", "add", "bob", "--account", "billing"])
        .ok();
    let (words, stderr, _) = complete(&env, &["jwt", "account", "show", ""]);
    assert_eq!(words, ["SYS", "app", "billing"]);
    assert_eq!(stderr, "");
    let (words, _, _) = complete(&env, &["jwt", "user", "show", "--account", "app", ""]);
    assert!(
        words.contains(&"alice".to_string()) && !words.contains(&"bob".to_string()),
        "{words:?}"
    );
    let (words, _, _) = complete(&env, &["jwt", "creds", ""]);
    assert!(
        words.contains(&"alice".to_string()) && words.contains(&"bob".to_string()),
        "{words:?}"
    );
    let (words, _, _) = complete(&env, &["jwt", "user", "add", "carol", "--account", ""]);
    assert_eq!(words, ["SYS", "app", "billing"]);
    // Another store on the command line.
    let other = tempfile::tempdir().expect("dir");
    let store = other.path().to_str().expect("path");
    env.run(&["jwt", "--store", store, "init", "other"]).ok();
    env.run(&["jwt", "--store", store, "account", "add", "zeta"])
        .ok();
    let (words, _, _) = complete(&env, &["jwt", "--store", store, "account", "show", ""]);
    assert_eq!(words, ["SYS", "zeta"]);
}

/// Run pbctl in a pseudo-terminal (util-linux `script`), as a user at a terminal would;
/// returns (exit code, everything the terminal showed).
fn in_terminal(env: &TestEnv, args: &[&str]) -> (i32, String) {
    let quoted: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_pbctl"))
        .chain(args.iter().copied())
        .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
        .collect();
    let mut cmd = std::process::Command::new("script");
    for (k, _) in std::env::vars() {
        if k.starts_with("PBCTL_") || k == "NO_COLOR" || k == "CLICOLOR_FORCE" {
            cmd.env_remove(&k);
        }
    }
    let home = env.home.path();
    let out = cmd
        .args(["-qfec", &quoted.join(" "), "/dev/null"])
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("PBCTL_CREDENTIAL_STORE", "file")
        .env("COLUMNS", "160")
        .env("TERM", "xterm")
        .current_dir(home)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run script (util-linux)");
    let shown = String::from_utf8_lossy(&out.stdout).into_owned();
    env.scan(args, &shown, &String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), shown)
}

/// `1,234,567`-style whole numbers.
fn is_grouped_number(s: &str) -> bool {
    let groups: Vec<&str> = s.split(',').collect();
    !s.is_empty()
        && groups[0].len() <= 3
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3)
}

/// The numbers written just before `suffix` (e.g. ` records/s`) in `text`.
fn numbers_before(text: &str, suffix: &str) -> Vec<String> {
    text.match_indices(suffix)
        .map(|(at, _)| {
            text[..at]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect()
        })
        .collect()
}

#[test]
fn import_and_export_show_a_bar_with_percentage_eta_and_whole_rates_in_a_terminal() {
    let (pb, env) = logged_in("dev");
    collection(&pb, "posts");
    env.run(&[
        "settings",
        "set",
        "batch.enabled=true",
        "batch.maxRequests=1000",
    ])
    .ok();
    let rows = 20_000;
    let mut text = String::new();
    for i in 0..rows {
        text.push_str(&format!(
            "{{\"title\":\"post number {i} with some padding text\"}}\n"
        ));
    }
    let file = env.home.path().join("posts.jsonl");
    std::fs::write(&file, &text).expect("write rows");
    let size = pbctl::human::size(text.len() as u64);

    let (code, shown) = in_terminal(
        &env,
        &[
            "record",
            "import",
            "posts",
            "-f",
            file.to_str().expect("path"),
        ],
    );
    assert_eq!(code, 0, "{shown}");
    // A bar by bytes: percentage of the file's size, ETA, records and their rate.
    assert!(shown.contains(&format!("% of {size}")), "{shown}");
    assert!(shown.contains("eta "), "{shown}");
    assert!(shown.contains(" records, "), "{shown}");
    // Rates are whole numbers with the same grouping in the bar and in the summary.
    let rates = numbers_before(&shown, " records/s");
    assert!(rates.len() >= 2, "{shown}");
    for r in &rates {
        assert!(is_grouped_number(r), "rate {r:?} in {shown}");
    }
    assert!(
        shown.contains("Imported into posts: 20,000 created, 0 updated, 0 failed in "),
        "{shown}"
    );
    let count = env.run(&["record", "count", "posts"]);
    assert_eq!(count.ok().stdout.trim(), rows.to_string());
    // On a terminal a person reads the count: grouped.
    let (code, shown) = in_terminal(&env, &["record", "count", "posts"]);
    assert_eq!(code, 0, "{shown}");
    assert_eq!(shown.trim(), "20,000", "{shown}");

    // Export: the total comes from the first page.
    let out = env.home.path().join("out.jsonl");
    let (code, shown) = in_terminal(
        &env,
        &[
            "record",
            "export",
            "posts",
            "-O",
            out.to_str().expect("path"),
        ],
    );
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("% of 20,000 records"), "{shown}");
    assert!(shown.contains("Exported 20,000 record(s) to "), "{shown}");
    for r in numbers_before(&shown, " records/s") {
        assert!(is_grouped_number(&r), "rate {r:?} in {shown}");
    }
    assert_eq!(
        std::fs::read_to_string(&out)
            .expect("export")
            .lines()
            .count(),
        rows
    );

    // Not a terminal: no bar at all, the summary alone.
    let piped = env.run(&[
        "record",
        "import",
        "posts",
        "-f",
        file.to_str().expect("path"),
    ]);
    piped.ok();
    assert!(!piped.stderr.contains("% of"), "{}", piped.stderr);
    assert!(
        piped.stderr.contains("Imported into posts: 20,000 created"),
        "{}",
        piped.stderr
    );
}

#[test]
fn bulk_jwt_user_add_shows_progress_in_a_terminal() {
    let env = TestEnv::new();
    env.run(&["jwt", "init", "acme"]).ok();
    env.run(&["jwt", "account", "add", "app"]).ok();
    let mut text = String::new();
    for i in 0..300 {
        text.push_str(&format!("{{\"name\":\"u{i}\",\"account\":\"app\"}}\n"));
    }
    let file = env.home.path().join("users.jsonl");
    std::fs::write(&file, text).expect("write users");
    let (code, shown) = in_terminal(
        &env,
        &["jwt", "user", "add", "--from", file.to_str().expect("path")],
    );
    assert_eq!(code, 0, "{shown}");
    assert!(shown.contains("% of 300 users"), "{shown}");
    assert!(shown.contains("300 users created in "), "{shown}");
    for r in numbers_before(&shown, " users/s") {
        assert!(is_grouped_number(&r), "rate {r:?} in {shown}");
    }
}

#[test]
fn nats_sync_shows_a_bar_by_accounts_in_a_terminal() {
    let w = crate::test_nats_cp::world();
    let env = &w.env;
    for i in 0..40 {
        env.run(&["nats", "account", "create", &format!("tenant{i}")])
            .ok();
    }
    let (code, shown) = in_terminal(env, &["nats", "sync"]);
    assert_eq!(code, 0, "{shown}");
    // 40 tenants and the system account.
    assert!(shown.contains("% of 41 accounts"), "{shown}");
    assert!(shown.contains("eta "), "{shown}");
    assert!(shown.contains("Synced 41 accounts in "), "{shown}");
    let rates = numbers_before(&shown, " accounts/s");
    assert!(!rates.is_empty(), "{shown}");
    for r in &rates {
        assert!(is_grouped_number(r), "rate {r:?} in {shown}");
    }
    // Not a terminal: the summary alone, no bar.
    let piped = env.run(&["nats", "sync"]);
    piped.ok();
    assert!(!piped.stderr.contains("% of"), "{}", piped.stderr);
    assert!(
        piped.stderr.contains("Synced 41 accounts in "),
        "{}",
        piped.stderr
    );
}
