//! Error paths a real PocketBase cannot be made to produce: 5xx, 429, slow answers.

use crate::common::*;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn idempotent_requests_are_retried_on_503_and_429() {
    let rt = runtime();
    let server = rt.block_on(MockServer::start());
    rt.block_on(async {
        Mock::given(method("GET"))
            .and(path("/api/health"))
            .respond_with(ResponseTemplate::new(503))
            .up_to_n_times(2)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/api/health"))
            .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/api/health"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_string(r#"{"message":"API is healthy.","code":200,"data":{}}"#),
            )
            .mount(&server)
            .await;
    });
    let env = TestEnv::new();
    let out = env.run_env(
        &["-v", "api", "/api/health"],
        &[("PBCTL_URL", &server.uri())],
    );
    out.ok();
    assert!(out.stdout.contains("API is healthy."), "{out:?}");
    assert_eq!(out.stderr.matches("retrying").count(), 3, "{out:?}");
    assert!(
        out.stderr.contains("retrying in 1000ms"),
        "Retry-After honoured: {out:?}"
    );
}

#[test]
fn creates_are_never_retried_and_5xx_exits_5() {
    let rt = runtime();
    let server = rt.block_on(MockServer::start());
    rt.block_on(
        Mock::given(method("POST"))
            .and(path("/api/collections/posts/records"))
            .respond_with(
                ResponseTemplate::new(503).set_body_string(
                    r#"{"status":503,"message":"Service Unavailable.","data":{}}"#,
                ),
            )
            .expect(1)
            .mount(&server),
    );
    let env = TestEnv::new();
    let out = env.run_env(
        &["api", "collections/posts/records", "-f", "title=x"],
        &[("PBCTL_URL", &server.uri())],
    );
    out.code(5);
    assert!(out.stderr.contains("Service Unavailable."), "{out:?}");
    rt.block_on(server.verify());
}

#[test]
fn slow_answers_time_out_with_exit_5() {
    let rt = runtime();
    let server = rt.block_on(MockServer::start());
    rt.block_on(
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_delay(std::time::Duration::from_secs(5)))
            .mount(&server),
    );
    let env = TestEnv::new();
    let out = env.run_env(
        &["--timeout", "1s", "api", "/api/anything", "-X", "POST"],
        &[("PBCTL_URL", &server.uri())],
    );
    out.code(5);
    assert!(out.stderr.contains("within 1s"), "{out:?}");
}

#[test]
fn validation_errors_are_shown_one_field_per_line() {
    let rt = runtime();
    let server = rt.block_on(MockServer::start());
    rt.block_on(
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(400).set_body_string(
                r#"{"data":{"title":{"code":"validation_required","message":"Cannot be blank."},"views":{"code":"validation_min_number_constraint","message":"Must be greater or equal than 0."}},"message":"Failed to create record.","status":400}"#,
            ))
            .mount(&server),
    );
    let env = TestEnv::new();
    let out = env.run_env(
        &["api", "collections/posts/records", "-F", "views=-1"],
        &[("PBCTL_URL", &server.uri())],
    );
    out.code(1);
    assert!(out.stderr.contains("error: Failed to create record.\n  title: Cannot be blank (validation_required)\n  views: Must be greater"), "{out:?}");
}

#[test]
fn ctrl_c_exits_130() {
    let rt = runtime();
    let server = rt.block_on(MockServer::start());
    rt.block_on(
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_delay(std::time::Duration::from_secs(20)))
            .mount(&server),
    );
    let env = TestEnv::new();
    let child = env
        .command(&["api", "/api/health"])
        .env("PBCTL_URL", server.uri())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    env.scan_output(&out);
    assert_eq!(
        out.status.code(),
        Some(130),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}
