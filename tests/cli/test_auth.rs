use crate::common::*;
use serde_json::json;

#[test]
fn wrong_password_exits_4_with_the_servers_message() {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    env.run(&["context", "add", "dev", "--url", &pb.url]).ok();
    let out = env.run_stdin(
        &[
            "auth",
            "login",
            "--identity",
            ADMIN_EMAIL,
            "--password-stdin",
        ],
        "wrong-password\n",
    );
    out.code(4);
    assert!(
        out.stderr.contains("error: Failed to authenticate."),
        "{out:?}"
    );
    assert!(!out.stderr.contains("wrong-password"));
    // Not logged in: commands that need a token say so with exit 4.
    let out = env.run(&["settings", "get"]);
    out.code(4);
    assert!(
        out.stderr.contains("not logged in") && out.stderr.contains("pbctl auth login"),
        "{out:?}"
    );
}

#[test]
fn no_password_without_a_terminal_is_a_usage_error() {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    env.run(&["context", "add", "dev", "--url", &pb.url]).ok();
    let out = env.run(&["auth", "login", "--identity", ADMIN_EMAIL]);
    out.code(2);
    assert!(out.stderr.contains("--password-stdin"), "{out:?}");
}

#[test]
fn a_revoked_token_exits_4_and_is_never_used_as_a_guest() {
    let (pb, env) = logged_in("dev");
    env.run(&["settings", "get", "batch"]).ok();
    // Rotate the superuser's tokenKey behind pbctl's back.
    let me = pb.admin(
        "GET",
        "/api/collections/_superusers/records?filter=(email='admin@example.com')",
        None,
    );
    let id = me["items"][0]["id"].as_str().unwrap().to_string();
    pb.admin(
        "PATCH",
        &format!("/api/collections/_superusers/records/{id}"),
        Some(&json!({"tokenKey": "x".repeat(50)})),
    );

    let out = env.run(&["settings", "get", "batch"]);
    out.code(4);
    assert!(out.stderr.contains("pbctl auth login"), "{out:?}");
    // A context named on the command line is named in the hint too.
    let out = env.run(&["--context", "dev", "settings", "get", "batch"]);
    out.code(4);
    assert!(
        out.stderr.contains("`pbctl auth login --context dev`"),
        "{out:?}"
    );
    let out = env.run(&["auth", "status", "--check"]);
    out.code(4);
    assert!(out.stderr.contains("rejected"), "{out:?}");
    // A raw request on a superuser-only list answers 403 for a guest: exit 4 too.
    env.run(&["api", "/api/collections/_superusers/records"])
        .code(4);
}

#[test]
fn an_expired_token_is_refused_locally_without_a_request() {
    let (_pb, env) = logged_in("dev");
    // A 1-second token, stored as the context's token.
    env.run(&["auth", "api-token", "--duration", "1s", "--save"])
        .ok();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let out = env.run(&["-v", "api", "/api/collections"]);
    out.code(4);
    assert!(
        out.stderr.contains("expired") && out.stderr.contains("pbctl auth login"),
        "{out:?}"
    );
    assert!(
        !out.stderr.contains("GET /api/collections"),
        "no request may be sent: {out:?}"
    );
}

#[test]
fn tokens_are_refreshed_close_to_expiry() {
    let pb = PocketBase::start();
    // Superuser tokens live 100 s: a login leaves pbctl 10 s before it refreshes.
    pb.admin(
        "PATCH",
        "/api/collections/_superusers",
        Some(&json!({"authToken": {"duration": 100}})),
    );
    let env = TestEnv::new();
    env.login("dev", &pb);
    let first = env.stored_token("dev");
    env.run(&["settings", "get", "batch"]).ok();
    assert_eq!(env.stored_token("dev"), first, "no refresh far from expiry");
    // Pretend the token was obtained long ago: its lifetime looks like 10000 s, so the
    // 10% threshold is capped at one hour, and 100 s left is inside it.
    let config = std::fs::read_to_string(env.config_file()).unwrap();
    let obtained = config
        .lines()
        .find(|l| l.contains("obtained:"))
        .unwrap()
        .to_string();
    std::fs::write(
        env.config_file(),
        config.replace(&obtained, "    obtained: 1"),
    )
    .unwrap();
    // PocketBase's exp has one-second resolution: let a second pass so the new token differs.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let out = env.run(&["-v", "settings", "get", "batch"]);
    out.ok();
    assert!(out.stderr.contains("auth-refresh"), "{out:?}");
    assert_ne!(
        env.stored_token("dev"),
        first,
        "the refreshed token is stored"
    );
}

#[test]
fn mfa_login_with_an_otp_from_the_server() {
    let pb = PocketBase::start();
    pb.admin(
        "PATCH",
        "/api/collections/_superusers",
        Some(&json!({"mfa": {"enabled": true}, "otp": {"enabled": true}})),
    );
    let env = TestEnv::new();
    env.run(&["context", "add", "dev", "--url", &pb.url]).ok();
    // Without an OTP on stdin and without a terminal: a usage error, not a hang.
    let out = env.run_stdin(
        &[
            "auth",
            "login",
            "--identity",
            ADMIN_EMAIL,
            "--password-stdin",
            "--otp-id",
            "x",
        ],
        &format!("{ADMIN_PASSWORD}\n"),
    );
    out.code(2);

    let otp = pb.cli(&["superuser", "otp", ADMIN_EMAIL]);
    let field = |name: &str| {
        otp.lines()
            .find_map(|l| {
                l.split_once(&format!("{name}:"))
                    .map(|(_, v)| v.trim().to_string())
            })
            .unwrap_or_else(|| panic!("no {name} in {otp}"))
    };
    let (id, pass) = (field("Id"), field("Pass"));
    let out = env.run_stdin(
        &[
            "auth",
            "login",
            "--identity",
            ADMIN_EMAIL,
            "--password-stdin",
            "--otp-stdin",
            "--otp-id",
            &id,
        ],
        &format!("{ADMIN_PASSWORD}\n{pass}\n"),
    );
    out.ok();
    assert!(out.stderr.contains("Multi-factor"), "{out:?}");
    env.run(&["settings", "get", "batch"]).ok();
}

#[test]
fn verbose_logs_never_show_password_or_token() {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    env.run(&["context", "add", "dev", "--url", &pb.url]).ok();
    let login = env.run_stdin(
        &[
            "-vv",
            "auth",
            "login",
            "--identity",
            ADMIN_EMAIL,
            "--password-stdin",
        ],
        &format!("{ADMIN_PASSWORD}\n"),
    );
    login.ok();
    let token = env.stored_token("dev");
    let request = env.run(&["-vv", "settings", "get", "batch"]);
    request.ok();
    // The minted token is on stdout (asked for); stderr is still scanned.
    let api_token = env
        .revealing()
        .run(&["-vv", "auth", "api-token", "--duration", "1h"]);
    api_token.ok();
    for out in [&login, &request, &api_token] {
        assert!(
            out.stderr.contains("auth-with-password") || out.stderr.contains("/api/"),
            "logs exist: {out:?}"
        );
        assert!(
            !out.stderr.contains(ADMIN_PASSWORD),
            "password leaked: {}",
            out.stderr
        );
        assert!(!out.stderr.contains(&token), "token leaked: {}", out.stderr);
        assert!(
            !out.stderr.contains(token.split('.').nth(2).unwrap()),
            "signature leaked"
        );
        assert!(!out.stdout.contains(&token) || out.stdout == api_token.stdout);
    }
    // The minted api token is on stdout (asked for) and nowhere in the log.
    let minted = api_token.stdout.trim();
    assert!(minted.starts_with("eyJ"));
    assert!(!api_token.stderr.contains(minted));
    assert!(
        request.stderr.contains("authorization: <redacted>"),
        "{}",
        request.stderr
    );
}

#[test]
fn api_token_status_token_and_logout() {
    let (pb, env) = logged_in("dev");
    let status = env.run(&["auth", "status", "--check", "-o", "json"]);
    let status = status.ok().json();
    assert_eq!(status["user"], ADMIN_EMAIL);
    assert_eq!(status["store"], "file");
    assert_eq!(status["valid"], true);

    let minted = env
        .revealing()
        .run(&["auth", "api-token", "--duration", "2h"]);
    let minted = minted.ok().stdout.trim().to_string();
    // A fresh environment uses it in context-less mode.
    let ci = TestEnv::new();
    let out = ci.run_env(
        &["settings", "get", "batch.maxRequests"],
        &[("PBCTL_URL", &pb.url), ("PBCTL_TOKEN", &minted)],
    );
    assert_eq!(out.ok().stdout, "50\n");
    // Context-less login on the fly.
    let out = ci.run_env(
        &["settings", "get", "batch.maxRequests"],
        &[
            ("PBCTL_URL", &pb.url),
            ("PBCTL_IDENTITY", ADMIN_EMAIL),
            ("PBCTL_PASSWORD", ADMIN_PASSWORD),
        ],
    );
    assert_eq!(out.ok().stdout, "50\n");
    assert!(
        !ci.config_file().exists(),
        "context-less mode writes no config"
    );

    // --token-stdin stores a token obtained elsewhere.
    let other = TestEnv::new();
    other.run(&["context", "add", "dev", "--url", &pb.url]).ok();
    other
        .run_stdin(&["auth", "login", "--token-stdin"], &format!("{minted}\n"))
        .ok();
    other.run(&["settings", "get", "batch"]).ok();

    assert_eq!(
        env.revealing().run(&["auth", "token"]).ok().stdout.trim(),
        env.stored_token("dev")
    );
    env.run(&["auth", "logout"]).ok();
    env.run(&["auth", "status"]).code(4);
    env.run(&["settings", "get"]).code(4);
}

#[test]
fn auto_store_falls_back_to_the_file_with_one_warning() {
    // This test machine has no Secret Service (no D-Bus session): `auto` must fall back.
    let pb = PocketBase::start();
    let env = TestEnv::new()
        .env("PBCTL_CREDENTIAL_STORE", "auto")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    env.run(&["context", "add", "dev", "--url", &pb.url]).ok();
    let out = env.run_stdin(
        &[
            "auth",
            "login",
            "--identity",
            ADMIN_EMAIL,
            "--password-stdin",
        ],
        &format!("{ADMIN_PASSWORD}\n"),
    );
    out.ok();
    assert_eq!(out.stderr.matches("warning:").count(), 1, "{out:?}");
    assert!(out.stderr.contains("credentials.yaml"), "{out:?}");
    assert_eq!(mode(&env.credentials_file()), 0o600);
    let status = env.run(&["auth", "status", "--check", "-o", "json"]);
    assert_eq!(status.ok().json()["store"], "file");
    assert!(
        !status.stderr.contains("warning:"),
        "a refresh does not warn again: {status:?}"
    );
    // Nor does the next login, of this context or another: the file is in use already.
    env.run(&["context", "add", "prod", "--url", &pb.url]).ok();
    for context in ["dev", "prod"] {
        let again = env.password_login(&["--context", context]);
        again.ok();
        assert!(!again.stderr.contains("warning:"), "{again:?}");
    }
    // Forcing the keyring where there is none fails clearly, exit 1.
    let forced = TestEnv::new()
        .env("PBCTL_CREDENTIAL_STORE", "keyring")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    forced
        .run(&["context", "add", "dev", "--url", &pb.url])
        .ok();
    let out = forced.run_stdin(
        &[
            "auth",
            "login",
            "--identity",
            ADMIN_EMAIL,
            "--password-stdin",
        ],
        &format!("{ADMIN_PASSWORD}\n"),
    );
    out.code(1);
    assert!(out.stderr.contains("keyring"), "{out:?}");
}

#[test]
fn a_token_that_is_not_a_jwt_is_never_sent() {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    let out = env.run_env(
        &["-v", "api", "/api/collections/users/records"],
        &[("PBCTL_URL", &pb.url), ("PBCTL_TOKEN", "garbage")],
    );
    out.code(4);
    assert!(out.stderr.contains("not a PocketBase token"), "{out:?}");
    assert!(
        !out.stderr.contains("GET /api/"),
        "nothing is sent: {out:?}"
    );
    env.run_env(
        &["auth", "status"],
        &[("PBCTL_URL", &pb.url), ("PBCTL_TOKEN", "garbage")],
    )
    .code(4);
}

#[test]
fn health_reports_version_and_token_and_remembers_the_version_per_bundle() {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    env.run(&["context", "add", "anon", "--url", &pb.url]).ok();
    let out = env.run(&["health", "-o", "json"]);
    out.ok();
    let h = out.json();
    assert_eq!(h["version"], "0.40.6", "{out:?}");
    assert_eq!(h["token"], "none");
    assert_eq!(h["reachable"], true);

    // The version read from the UI bundle is kept, per server and bundle, in the cache
    // directory: the next check does not download the bundle again.
    let dir = env.home.path().join(".cache/pbctl/versions");
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    assert_eq!(files.len(), 1, "{dir:?}");
    let cached = files[0].path();
    assert_eq!(std::fs::read_to_string(&cached).unwrap(), "0.40.6");
    assert_eq!(mode(&cached), 0o600);
    std::fs::write(&cached, "0.40.99").unwrap();
    // A second context on the same server shares the answer.
    env.login("dev", &pb);
    let out = env.run(&["health", "-o", "json"]);
    out.ok();
    let h = out.json();
    assert_eq!(
        h["version"], "0.40.99",
        "the cached answer is used: {out:?}"
    );
    assert_eq!(h["token"], "valid");
    assert_eq!(h["canBackup"], true);
    // A cache that is not a version is ignored and replaced.
    std::fs::write(&cached, "\u{1b}[2J junk").unwrap();
    assert_eq!(
        env.run(&["health", "-o", "json"]).json()["version"],
        "0.40.6"
    );
    assert_eq!(std::fs::read_to_string(&cached).unwrap(), "0.40.6");
}
