use crate::common::*;
use std::process::{Command, Stdio};

fn assert_one_line_reason_with_hint(out: &Out) {
    let first = out.stderr.lines().next().unwrap_or_default();
    assert!(first.starts_with("error: "), "{out:?}");
    assert!(out.stderr.contains("  hint: "), "{out:?}");
    assert!(!out.stderr.contains("panicked"), "{out:?}");
}

#[test]
fn unknown_context_exits_3() {
    let env = TestEnv::new();
    env.run(&["context", "add", "dev", "--url", "http://127.0.0.1:9"])
        .ok();
    let out = env.run(&["--context", "nope", "health"]);
    out.code(3);
    assert_one_line_reason_with_hint(&out);
    assert!(out.stderr.contains("known contexts: dev"), "{out:?}");
    env.run_env(&["health"], &[("PBCTL_CONTEXT", "nope")])
        .code(3);
    env.run(&["context", "use", "nope"]).code(3);
}

#[test]
fn no_context_at_all_is_a_usage_error_with_a_hint() {
    let env = TestEnv::new();
    let out = env.run(&["health"]);
    out.code(2);
    assert_one_line_reason_with_hint(&out);
}

#[test]
fn bad_url_exits_2() {
    let env = TestEnv::new();
    let out = env.run(&["context", "add", "x", "--url", "not a url"]);
    out.code(2);
    assert_one_line_reason_with_hint(&out);
    let out = env.run_env(&["health"], &[("PBCTL_URL", "gopher://x")]);
    out.code(2);
}

#[test]
fn unreachable_server_exits_5() {
    let env = TestEnv::new();
    let port = free_port();
    env.run(&[
        "context",
        "add",
        "dead",
        "--url",
        &format!("http://127.0.0.1:{port}"),
    ])
    .ok();
    let out = env.run(&["health"]);
    out.code(5);
    assert_one_line_reason_with_hint(&out);
    assert!(out.stderr.contains("cannot connect"), "{out:?}");
    // health's answer is on stdout too: the server is not reachable, and why.
    assert!(out.stdout.contains("reachable:  false"), "{out:?}");
    let out = env.run(&["health", "-o", "json"]);
    out.code(5);
    let row = out.json();
    assert_eq!(row["context"], "dead");
    assert_eq!(row["reachable"], false);
    assert_eq!(row["token"], "none");
    assert!(
        row["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("cannot connect")),
        "{row}"
    );
}

#[test]
fn invalid_yaml_config_exits_2() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_file(), "contexts: [\n  - name: a\n  url: : :\n").unwrap();
    let out = env.run(&["context", "list"]);
    out.code(2);
    assert_one_line_reason_with_hint(&out);
    assert!(out.stderr.contains("invalid config file"), "{out:?}");
    // Duplicate keys are rejected too, not silently merged.
    std::fs::write(
        env.config_file(),
        "current-context: a\ncurrent-context: b\n",
    )
    .unwrap();
    env.run(&["context", "current"]).code(2);
}

fn openssl(dir: &std::path::Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl is needed for the TLS tests (apt-get install openssl)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A TLS endpoint with a certificate from a private CA: `openssl s_server`.
struct TlsServer {
    child: std::process::Child,
    url: String,
    ca: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl TlsServer {
    fn start() -> TlsServer {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        openssl(
            d,
            &[
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
                "-days",
                "2",
                "-subj",
                "/CN=pbctl test CA",
            ],
        );
        openssl(
            d,
            &[
                "req",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-keyout",
                "srv.key",
                "-out",
                "srv.csr",
                "-subj",
                "/CN=127.0.0.1",
            ],
        );
        std::fs::write(
            d.join("ext.cnf"),
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        openssl(
            d,
            &[
                "x509",
                "-req",
                "-in",
                "srv.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                "srv.pem",
                "-days",
                "2",
                "-extfile",
                "ext.cnf",
            ],
        );
        let port = free_port();
        let child = Command::new("openssl")
            .args([
                "s_server",
                "-accept",
                &format!("127.0.0.1:{port}"),
                "-cert",
                "srv.pem",
                "-key",
                "srv.key",
                "-www",
                "-quiet",
            ])
            .current_dir(d)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed().as_secs() < 10,
                "openssl s_server did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        TlsServer {
            child,
            url: format!("https://127.0.0.1:{port}"),
            ca: d.join("ca.pem"),
            _dir: dir,
        }
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn tls_failure_exits_5_and_a_ca_file_or_skip_verify_gets_through() {
    let tls = TlsServer::start();
    let env = TestEnv::new();
    env.run(&["context", "add", "tls", "--url", &tls.url]).ok();
    let out = env.run(&["api", "/api/health"]);
    out.code(5);
    assert_one_line_reason_with_hint(&out);
    assert!(out.stderr.contains("TLS"), "{out:?}");
    assert!(out.stderr.contains("ca-file"), "{out:?}");

    // The system's trust store decides for a context without a CA file of its own:
    // with the private CA in it (SSL_CERT_FILE is where the platform looks on Linux),
    // the handshake succeeds.
    let no_dir = env.home.path().join("no-certs");
    std::fs::create_dir(&no_dir).unwrap();
    let system = |ca: &std::path::Path| {
        env.run_env(
            &["api", "/api/health"],
            &[
                ("SSL_CERT_FILE", ca.to_str().unwrap()),
                ("SSL_CERT_DIR", no_dir.to_str().unwrap()),
            ],
        )
    };
    let out = system(&tls.ca);
    out.ok();
    assert!(out.stdout.to_lowercase().contains("<html>"), "{out:?}");
    // A store that holds another CA only: refused.
    openssl(
        env.home.path(),
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            "other.key",
            "-out",
            "other-ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=another CA",
        ],
    );
    let out = system(&env.home.path().join("other-ca.pem"));
    out.code(5);
    assert!(out.stderr.contains("TLS"), "{out:?}");
    // The trusted CA, but a name the certificate is not for (it names 127.0.0.1 only).
    let port = tls.url.rsplit(':').next().unwrap();
    env.run(&[
        "context",
        "add",
        "byname",
        "--url",
        &format!("https://localhost:{port}"),
    ])
    .ok();
    let out = env.run_env(
        &["--context", "byname", "api", "/api/health"],
        &[
            ("SSL_CERT_FILE", tls.ca.to_str().unwrap()),
            ("SSL_CERT_DIR", no_dir.to_str().unwrap()),
        ],
    );
    out.code(5);
    assert!(out.stderr.contains("TLS"), "{out:?}");

    // Trusting the private CA: the TLS handshake succeeds (s_server answers HTML).
    env.run(&[
        "context",
        "set",
        "tls",
        &format!("tls.ca-file={}", tls.ca.display()),
    ])
    .ok();
    let out = env.run(&["api", "/api/health"]);
    out.ok();
    assert!(
        out.stdout.contains("<HTML>")
            || out.stdout.contains("<html>")
            || out.stdout.contains("s_server"),
        "{out:?}"
    );

    // insecure-skip-verify works and warns on every use.
    env.run(&[
        "context",
        "set",
        "tls",
        "tls.ca-file=",
        "tls.insecure-skip-verify=true",
    ])
    .ok();
    let out = env.run(&["api", "/api/health"]);
    out.ok();
    assert!(
        out.stderr.contains("warning:") && out.stderr.contains("insecure-skip-verify"),
        "{out:?}"
    );
}

#[test]
fn machine_formats_print_errors_as_one_json_object_on_stderr() {
    let env = TestEnv::new();
    let out = env.run(&["--context", "nope", "health", "-o", "json"]);
    out.code(3);
    assert!(out.stdout.is_empty());
    let json_line = out
        .stderr
        .lines()
        .find(|l| l.starts_with('{'))
        .expect("JSON error line");
    let v: serde_json::Value = serde_json::from_str(json_line).unwrap();
    assert_eq!(v["error"]["exitCode"], 3);
    assert!(v["error"]["message"].as_str().unwrap().contains("nope"));
    assert!(v["error"]["hint"].is_string());
}

#[test]
fn a_closed_stdout_ends_quietly_with_0() {
    let env = TestEnv::new();
    // The static bash script is larger than a pipe buffer, so writing must hit EPIPE.
    let mut child = env
        .command(&["completion", "bash", "--static"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    env.scan_output(&out);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    env.run(&["context", "add"]).code(2);
    env.run(&["-o", "xml", "context", "list"]).code(2);
    env.run(&["no-such-command"]).code(2);
    env.run(&["--timeout", "soon", "health"]).code(2);
    let out = env.run(&["context", "list", "--jq", ".[[["]);
    out.code(2);
    assert!(out.stderr.contains("--jq"), "{out:?}");
}

#[test]
fn usage_errors_are_json_too_with_o_json() {
    let env = TestEnv::new();
    let out = env.run(&["-o", "json", "context", "list", "--bogus"]);
    out.code(2);
    let line = out
        .stderr
        .lines()
        .find(|l| l.starts_with('{'))
        .expect("a JSON error line");
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(v["error"]["exitCode"], 2);
    assert!(
        v["error"]["message"].as_str().unwrap().contains("--bogus"),
        "{v}"
    );
    // Without a machine format: clap's text only.
    let plain = env.run(&["context", "list", "--bogus"]);
    plain.code(2);
    assert!(!plain.stderr.contains("{\"error\""), "{plain:?}");
}

#[test]
fn jq_errors_stay_short() {
    let env = TestEnv::new();
    for i in 0..30 {
        env.run(&[
            "context",
            "add",
            &format!("c{i}"),
            "--url",
            "http://127.0.0.1:9",
            "--description",
            &"x".repeat(50),
        ])
        .ok();
    }
    let out = env.run(&["context", "list", "--jq", ".name"]);
    out.code(1);
    let first = out.stderr.lines().next().unwrap();
    assert!(
        first.starts_with("error: --jq") && first.chars().count() < 200,
        "{out:?}"
    );
}
