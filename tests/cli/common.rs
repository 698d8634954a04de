//! The test harness: real PocketBase servers on 127.0.0.1 and a sealed environment for
//! the built `pbctl` binary (temp HOME and XDG dirs, file credential store, no colors).

#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const ADMIN_EMAIL: &str = "admin@example.com";
pub const ADMIN_PASSWORD: &str = "Sup3rSecret!123";

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A pinned server binary from `.cache/bin` (or the env var), or a loud failure.
pub fn server_binary(name: &str, env_var: &str) -> PathBuf {
    let path = std::env::var_os(env_var)
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join(".cache/bin").join(name));
    assert!(
        path.is_file(),
        "{name} not found at {}: run `scripts/fetch-servers.sh` (or the README's test command `scripts/test.sh`), or set {env_var}",
        path.display()
    );
    path
}

/// A port nothing listens on, for a server to bind a moment later. Taken below the
/// kernel's ephemeral range (32768-60999 on Linux), so the outgoing connections of the
/// other tests cannot grab it in between (they did: "address already in use" under
/// load), and never handed out twice by this process.
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    const FIRST: u32 = 20_000;
    const SPAN: u32 = 12_000;
    static NEXT: AtomicU32 = AtomicU32::new(0);
    // Concurrent test runs on one machine start at different places.
    let start = std::process::id() % SPAN;
    for _ in 0..SPAN {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let port = (FIRST + (start + n) % SPAN) as u16;
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!(
        "no free port on 127.0.0.1 between {FIRST} and {}",
        FIRST + SPAN
    );
}

/// A real PocketBase 0.40.6 in a temporary data dir, stopped on drop.
pub struct PocketBase {
    pub url: String,
    pub port: u16,
    pub dir: tempfile::TempDir,
    child: Option<Child>,
}

impl PocketBase {
    pub fn start() -> PocketBase {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut pb = PocketBase {
            url: String::new(),
            port: 0,
            dir,
            child: None,
        };
        pb.superuser_upsert(ADMIN_EMAIL, ADMIN_PASSWORD);
        pb.serve();
        pb
    }

    pub fn binary() -> PathBuf {
        server_binary("pocketbase", "PBCTL_TEST_POCKETBASE")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("pb_data")
    }

    /// Run a `pocketbase` CLI command against this data dir; returns stdout.
    pub fn cli(&self, args: &[&str]) -> String {
        let out = Command::new(Self::binary())
            .args(args)
            .arg("--dir")
            .arg(self.data_dir())
            .output()
            .expect("run pocketbase");
        assert!(
            out.status.success(),
            "pocketbase {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn superuser_upsert(&self, email: &str, password: &str) {
        self.cli(&["superuser", "upsert", email, password]);
    }

    fn serve(&mut self) {
        for _ in 0..5 {
            let port = free_port();
            let child = Command::new(Self::binary())
                .args(["serve", "--http", &format!("127.0.0.1:{port}"), "--dir"])
                .arg(self.data_dir())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start pocketbase");
            self.child = Some(child);
            self.port = port;
            self.url = format!("http://127.0.0.1:{port}");
            if wait_http(&format!("{}/api/health", self.url), Duration::from_secs(10)) {
                return;
            }
            self.stop();
        }
        panic!("PocketBase did not start");
    }

    /// Start again after [`PocketBase::stop`], on the same port with the same data
    /// (a server restart as clients see it).
    pub fn restart(&mut self) {
        self.stop();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            let child = Command::new(Self::binary())
                .args([
                    "serve",
                    "--http",
                    &format!("127.0.0.1:{}", self.port),
                    "--dir",
                ])
                .arg(self.data_dir())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("start pocketbase");
            self.child = Some(child);
            if wait_http(&format!("{}/api/health", self.url), Duration::from_secs(5)) {
                return;
            }
            self.stop();
        }
        panic!("PocketBase did not restart on port {}", self.port);
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// A superuser token obtained directly (not through pbctl), for setting up state.
    pub fn admin_token(&self) -> String {
        let v = http_json(
            "POST",
            &format!(
                "{}/api/collections/_superusers/auth-with-password",
                self.url
            ),
            None,
            Some(&serde_json::json!({"identity": ADMIN_EMAIL, "password": ADMIN_PASSWORD})),
        );
        v["token"].as_str().expect("token").to_string()
    }

    /// A request as the superuser, bypassing pbctl.
    pub fn admin(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        http_json(
            method,
            &format!("{}{path}", self.url),
            Some(&self.admin_token()),
            body,
        )
    }
}

impl Drop for PocketBase {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A minimal HTTP/1.1 client over std (the tests must not depend on pbctl's client to
/// check pbctl). Returns the JSON body; panics on non-2xx.
pub fn http_json(method: &str, url: &str, token: Option<&str>, body: Option<&Value>) -> Value {
    let (status, text) = http(method, url, token, body);
    assert!(
        (200..300).contains(&status),
        "{method} {url} -> {status}: {text}"
    );
    if text.trim().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).expect("JSON body")
    }
}

pub fn http(method: &str, url: &str, token: Option<&str>, body: Option<&Value>) -> (u16, String) {
    use std::io::Read;
    let rest = url.strip_prefix("http://").expect("http url");
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path = if path.is_empty() { "/" } else { path };
    let mut stream = std::net::TcpStream::connect(host).expect("connect");
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(t) = token {
        req.push_str(&format!("Authorization: {t}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(&body);
    stream.write_all(req.as_bytes()).expect("write");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status: u16 = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    (status, body)
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

pub fn wait_http(url: &str, limit: Duration) -> bool {
    let started = Instant::now();
    while started.elapsed() < limit {
        let rest = url.trim_start_matches("http://");
        let host = rest.split('/').next().unwrap_or(rest);
        if std::net::TcpStream::connect(host).is_ok() && http("GET", url, None, None).0 == 200 {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// The result of one pbctl run.
#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// The child's peak resident set size in KiB ([`TestEnv::run_measured`]; 0 otherwise).
    pub peak_rss_kib: u64,
}

impl Out {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:?}"))
    }
    #[track_caller]
    pub fn ok(&self) -> &Self {
        assert_eq!(self.code, 0, "expected success: {self:?}");
        self
    }
    #[track_caller]
    pub fn code(&self, code: i32) -> &Self {
        assert_eq!(self.code, code, "expected exit {code}: {self:?}");
        assert!(!self.stderr.contains("panicked"), "panic: {self:?}");
        self
    }
}

/// A sealed environment: its own HOME and XDG dirs, file credential store, no colors.
/// Every run's stdout and stderr are scanned for the secrets of the test ([`secret_scan`]).
pub struct TestEnv {
    pub home: tempfile::TempDir,
    pub extra_env: Vec<(String, String)>,
    /// Secrets this test made or was given (passwords, tokens, seeds), besides the ones
    /// the scan finds by itself.
    secrets: std::cell::RefCell<Vec<String>>,
    /// The next run asks for a secret (`auth token`, `--show-seeds`, `creds`): its stdout
    /// is not scanned.
    reveal_next: std::cell::Cell<bool>,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv {
            home: tempfile::tempdir().expect("temp home"),
            extra_env: Vec::new(),
            secrets: std::cell::RefCell::new(vec![ADMIN_PASSWORD.to_string()]),
            reveal_next: std::cell::Cell::new(false),
        }
    }

    /// A secret the scan must never find in pbctl's output.
    pub fn secret(&self, s: &str) {
        if !s.is_empty() {
            self.secrets.borrow_mut().push(s.to_string());
        }
    }

    /// The next run asks pbctl for a secret on purpose: its stdout is not scanned (stderr
    /// still is).
    pub fn revealing(&self) -> &Self {
        self.reveal_next.set(true);
        self
    }

    /// [`TestEnv::scan`] for the output of a child spawned from [`TestEnv::command`].
    #[track_caller]
    pub fn scan_output(&self, out: &std::process::Output) {
        self.scan(
            &["(spawned)"],
            &String::from_utf8_lossy(&out.stdout),
            &String::from_utf8_lossy(&out.stderr),
        );
    }

    /// Check the output of a run that bypassed [`TestEnv::run_with`] (a spawned child).
    #[track_caller]
    pub fn scan(&self, args: &[&str], stdout: &str, stderr: &str) {
        let stdout = if self.reveal_next.replace(false) {
            ""
        } else {
            stdout
        };
        let mut known = self.secrets.borrow().clone();
        if let Ok(text) = std::fs::read_to_string(self.credentials_file())
            && let Ok(v) = serde_saphyr::from_str::<Value>(&text)
            && let Some(tokens) = v["tokens"].as_object()
        {
            known.extend(
                tokens
                    .values()
                    .filter_map(Value::as_str)
                    .map(str::to_string),
            );
        }
        for (k, v) in &self.extra_env {
            if is_secret_env(k) {
                known.push(v.clone());
            }
        }
        if let Some(leak) = secret_scan(&known, stdout).or_else(|| secret_scan(&known, stderr)) {
            panic!(
                "pbctl {args:?} printed a secret ({leak}); if the test asked for it, run it with env.revealing()\nstdout: {stdout}\nstderr: {stderr}"
            );
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config").join("pbctl")
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir().join("config.yaml")
    }

    pub fn credentials_file(&self) -> PathBuf {
        self.config_dir().join("credentials.yaml")
    }

    pub fn env(mut self, k: &str, v: &str) -> Self {
        self.extra_env.push((k.into(), v.into()));
        self
    }

    /// pbctl in this environment: the whole environment of the test process is cleared
    /// (no PBCTL_*, XDG_*, NO_COLOR, proxy or keyring variable of the developer's shell
    /// can leak in), then only what the tests rely on is set.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pbctl"));
        cmd.env_clear();
        for kept in ["PATH", "TMPDIR"] {
            if let Some(v) = std::env::var_os(kept) {
                cmd.env(kept, v);
            }
        }
        let home = self.home.path();
        cmd.env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("PBCTL_CREDENTIAL_STORE", "file")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "200")
            .current_dir(home)
            .args(args);
        for (k, v) in &self.extra_env {
            cmd.env(k, v);
        }
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Out {
        self.run_with(args, None, &[])
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Out {
        self.run_with(args, Some(stdin), &[])
    }

    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Out {
        self.run_with(args, None, env)
    }

    pub fn run_with(&self, args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Out {
        let mut cmd = self.command(args);
        for (k, v) in env {
            cmd.env(k, v);
            if is_secret_env(k) {
                self.secret(v);
            }
        }
        // Secrets the command line carries: passwords of records and logins.
        for a in args {
            if let Some((k, v)) = a.split_once('=')
                && k.trim_end_matches(':')
                    .to_ascii_lowercase()
                    .contains("password")
            {
                self.secret(v.trim_matches('"'));
            }
        }
        if args
            .iter()
            .any(|a| matches!(*a, "--password-stdin" | "--token-stdin"))
            && let Some(input) = stdin
        {
            self.secret(input.trim());
        }
        cmd.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("run pbctl");
        if let Some(input) = stdin {
            let mut pipe = child.stdin.take().expect("stdin");
            let _ = pipe.write_all(input.as_bytes());
        }
        let out = child.wait_with_output().expect("wait pbctl");
        let out = Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            peak_rss_kib: 0,
        };
        self.scan(args, &out.stdout, &out.stderr);
        out
    }

    /// [`TestEnv::run`] with the child's peak RSS measured (in [`Out::peak_rss_kib`]) by
    /// GNU time, which forks pbctl from a small process: the kernel carries the forking
    /// process's peak over into the child's `ru_maxrss`, so a child forked from this large
    /// test binary cannot be measured directly. `scripts/test.sh` installs `time`.
    pub fn run_measured(&self, args: &[&str]) -> Out {
        let time = Path::new("/usr/bin/time");
        assert!(
            time.is_file(),
            "/usr/bin/time (GNU time) is needed to measure peak memory: run scripts/test.sh, or apt-get install time"
        );
        let inner = self.command(args);
        let report = tempfile::NamedTempFile::new().expect("temp file");
        let mut cmd = Command::new(time);
        // The same sealed environment as `inner` (cleared, then set).
        cmd.env_clear();
        cmd.arg("-f")
            .arg("%M")
            .arg("-o")
            .arg(report.path())
            .arg(inner.get_program())
            .args(inner.get_args());
        for (k, v) in inner.get_envs() {
            match v {
                Some(v) => cmd.env(k, v),
                None => cmd.env_remove(k),
            };
        }
        if let Some(dir) = inner.get_current_dir() {
            cmd.current_dir(dir);
        }
        let out = cmd
            .stdin(Stdio::null())
            .output()
            .expect("run pbctl under /usr/bin/time");
        let text = std::fs::read_to_string(report.path()).expect("time report");
        let peak = text
            .lines()
            .filter_map(|l| l.trim().parse::<u64>().ok())
            .next_back()
            .unwrap_or_else(|| panic!("no peak RSS in the time report: {text}"));
        let out = Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            peak_rss_kib: peak,
        };
        self.scan(args, &out.stdout, &out.stderr);
        out
    }

    /// `context add NAME --url URL --use` and a password login as the superuser.
    pub fn login(&self, name: &str, pb: &PocketBase) {
        self.run(&["context", "add", name, "--url", &pb.url, "--use"])
            .ok();
        self.password_login(&[]).ok();
    }

    /// `pbctl BEFORE… auth login --identity ADMIN --password-stdin`, the password on stdin
    /// (`before`: global flags such as `--context NAME`).
    pub fn password_login(&self, before: &[&str]) -> Out {
        let mut args = before.to_vec();
        args.extend([
            "auth",
            "login",
            "--identity",
            ADMIN_EMAIL,
            "--password-stdin",
        ]);
        self.run_stdin(&args, &format!("{ADMIN_PASSWORD}\n"))
    }

    /// The pb-nats tenancy many tests start from, made through pbctl on the current
    /// context: `nats bootstrap`, account `acme`, role `reader` (may subscribe to
    /// `acme.>`) and `user`, of that account with that role.
    pub fn nats_tenant(&self, user: &str) {
        self.run(&["nats", "bootstrap"]).ok();
        self.run(&["nats", "account", "create", "acme"]).ok();
        self.run(&["nats", "role", "create", "reader", "--sub", "acme.>"])
            .ok();
        self.run(&[
            "nats",
            "user",
            "create",
            user,
            "--account",
            "acme",
            "--role",
            "reader",
        ])
        .ok();
    }

    /// The token pbctl stored for a context (read from the file store).
    pub fn stored_token(&self, context: &str) -> String {
        let text = std::fs::read_to_string(self.credentials_file()).expect("credentials file");
        let v: Value = serde_saphyr::from_str(&text).expect("credentials YAML");
        v["tokens"][context].as_str().expect("token").to_string()
    }
}

/// A real PocketBase and a sealed environment whose current context `context` is logged
/// in to it as the superuser: where most tests start.
pub fn logged_in(context: &str) -> (PocketBase, TestEnv) {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    env.login(context, &pb);
    (pb, env)
}

/// The `id` of every line of a JSON-lines file, in order.
pub fn jsonl_ids(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("the JSON-lines file")
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).expect("a JSON line")["id"]
                .as_str()
                .expect("an id")
                .to_string()
        })
        .collect()
}

/// `pbctl jwt ARGS...` in `env`.
pub fn jwt(env: &TestEnv, args: &[&str]) -> Out {
    let mut full = vec!["jwt"];
    full.extend_from_slice(args);
    env.run(&full)
}

/// The offline JWT store `pbctl jwt` keeps (in the test's XDG data dir).
pub fn jwt_store_dir(env: &TestEnv) -> PathBuf {
    env.home.path().join("data").join("pbctl").join("jwt")
}

/// `jwt creds USER --account ACCOUNT` written to a fresh file in the test's home;
/// creds files are 0600.
pub fn jwt_creds(env: &TestEnv, user: &str, account: &str) -> PathBuf {
    let path = env.home.path().join(format!("{account}-{user}.creds"));
    let _ = std::fs::remove_file(&path);
    let out = path.to_string_lossy();
    jwt(env, &["creds", user, "--account", account, "-O", &out]).ok();
    assert_eq!(mode(&path), 0o600);
    path
}

pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// A well-formed PocketBase-style token (unsigned: only for mock servers and for paths
/// that must refuse before sending anything). Expires in 2100.
pub fn fake_token() -> String {
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    format!(
        "{}.{}.{}",
        b64(r#"{"alg":"HS256","typ":"JWT"}"#),
        b64(
            r#"{"collectionId":"pbc_3142635823","exp":4102444800,"id":"fakefakefake123","refreshable":false,"type":"auth"}"#
        ),
        b64("not-a-signature")
    )
}

fn is_secret_env(name: &str) -> bool {
    matches!(name, "PBCTL_TOKEN" | "PBCTL_PASSWORD")
}

/// Find a secret in `text`: one of `known` (passwords and tokens the test made), an
/// NKEY seed (a word of exactly 58 base32 characters starting `S`, a key type letter and
/// `A`, e.g. `SUA…`: seeds and creds files; public keys are 56 characters and JWT ids 52,
/// so neither can match however they start), or a
/// PocketBase token (a JWT whose claims carry a `collectionId`: auth and file tokens).
/// Returns what was found, shortened.
pub fn secret_scan(known: &[String], text: &str) -> Option<String> {
    let short = |s: &str| format!("{}…", &s[..s.len().min(12)]);
    for k in known {
        if k.len() >= 6 && text.contains(k.as_str()) {
            return Some(format!("known secret {}", short(k)));
        }
    }
    let words =
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.'));
    for word in words {
        for part in word.split('.').filter(|p| p.len() == 58) {
            let b = part.as_bytes();
            if b[0] == b'S'
                && b"OAUNCXP".contains(&b[1])
                && b[2] == b'A'
                && b.iter()
                    .all(|c| c.is_ascii_uppercase() || (b'2'..=b'7').contains(c))
            {
                return Some(format!("NKEY seed {}", short(part)));
            }
        }
        let mut parts = word.split('.');
        if let (Some(h), Some(p), Some(_)) = (parts.next(), parts.next(), parts.next())
            && h.starts_with("eyJ")
        {
            use base64::Engine;
            let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p.trim_end_matches('='))
                .ok()
                .and_then(|b| serde_json::from_slice::<Value>(&b).ok());
            if claims.is_some_and(|c| c.get("collectionId").is_some()) {
                return Some(format!("PocketBase token {}", short(word)));
            }
        }
    }
    None
}
