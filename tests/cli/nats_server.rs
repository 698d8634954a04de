//! Real nats-server processes for the tests: started on 127.0.0.1 with a given config in a
//! temporary directory, killed on drop. Binaries: `.cache/bin/nats-server` (2.15.1,
//! `NATS_SERVER_BIN`) and `.cache/bin/nats-server-2.9` (Debian 2.9.10, `NATS_SERVER_29_BIN`).

#![allow(dead_code)]

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use crate::common::TestEnv;

pub fn bin_215() -> PathBuf {
    crate::common::server_binary("nats-server", "NATS_SERVER_BIN")
}

pub fn bin_29() -> PathBuf {
    crate::common::server_binary("nats-server-2.9", "NATS_SERVER_29_BIN")
}

/// Two `#[tokio::test]`s running the async `scenario(bin)`: `on_215` against nats-server
/// 2.15.1 and `on_29` against Debian's 2.9.10.
macro_rules! on_both_nats_servers {
    ($scenario:ident, $on_215:ident, $on_29:ident) => {
        #[tokio::test]
        async fn $on_215() {
            $scenario($crate::nats_server::bin_215()).await;
        }

        #[tokio::test]
        async fn $on_29() {
            $scenario($crate::nats_server::bin_29()).await;
        }
    };
}
pub(crate) use on_both_nats_servers;

/// A running nats-server, killed on drop.
pub struct NatsServer {
    child: Child,
    pub port: u16,
    pub dir: PathBuf,
    pub conf: PathBuf,
}

impl NatsServer {
    /// Start `bin -c <dir>/<name>.conf` with `config` (which must listen on `port`) and wait
    /// until the client port accepts connections.
    pub fn start(bin: &Path, dir: &Path, name: &str, config: &str, port: u16) -> NatsServer {
        std::fs::create_dir_all(dir).expect("server dir");
        let conf = dir.join(format!("{name}.conf"));
        std::fs::write(&conf, config).expect("write config");
        Self::spawn(bin, dir, name, &conf, &[], port)
    }

    /// `pbctl jwt server-config` for the environment's JWT store (with `--resolver` when
    /// given, else its default), plus the `extra` config lines, then `bin` started with it
    /// on a free port, in `<home>/nats-<name>`.
    pub fn from_jwt_store(
        env: &TestEnv,
        bin: &Path,
        name: &str,
        resolver: Option<&str>,
        extra: &str,
    ) -> NatsServer {
        let port = crate::common::free_port();
        let dir = env.home.path().join(format!("nats-{name}"));
        std::fs::create_dir_all(&dir).expect("server dir");
        let conf = dir.join("generated.conf");
        let (jwt_dir, listen) = (dir.join("jwt"), format!("127.0.0.1:{port}"));
        let (jwt_dir, out) = (jwt_dir.to_string_lossy(), conf.to_string_lossy());
        let mut args = vec!["server-config", "--dir", &jwt_dir, "--listen", &listen];
        args.extend(["-O", &out]);
        if let Some(r) = resolver {
            args.extend(["--resolver", r]);
        }
        crate::common::jwt(env, &args).ok();
        let mut text = std::fs::read_to_string(&conf).expect("generated config");
        text.push_str(extra);
        NatsServer::start(bin, &dir, name, &text, port)
    }

    /// Start nats-server 2.15.1 with a config file written elsewhere (e.g. by
    /// `pbctl nats server-config`), on a free port given on the command line; the log is
    /// `server.log` beside the config.
    pub fn start_file(config: &Path) -> NatsServer {
        let dir = config.parent().unwrap_or(Path::new(".")).to_path_buf();
        let port = crate::common::free_port();
        let port_arg = port.to_string();
        Self::spawn(
            &bin_215(),
            &dir,
            "server",
            config,
            &["-a", "127.0.0.1", "-p", &port_arg],
            port,
        )
    }

    fn spawn(
        bin: &Path,
        dir: &Path,
        name: &str,
        conf: &Path,
        extra: &[&str],
        port: u16,
    ) -> NatsServer {
        let log = std::fs::File::create(dir.join(format!("{name}.log"))).expect("log");
        let log2 = log.try_clone().expect("log");
        let child = Command::new(bin)
            .arg("-c")
            .arg(conf)
            .args(extra)
            .current_dir(dir)
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(log2))
            .spawn()
            .expect("spawn nats-server");
        let mut s = NatsServer {
            child,
            port,
            dir: dir.to_path_buf(),
            conf: conf.to_path_buf(),
        };
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(Some(status)) = s.child.try_wait() {
                panic!(
                    "nats-server exited ({status}) with config {}\nlog:\n{}",
                    conf.display(),
                    s.log_named(name)
                );
            }
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "nats-server did not start; log:\n{}",
                s.log_named(name)
            );
            std::thread::sleep(Duration::from_millis(30));
        }
        s
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    /// The log of a server started with [`NatsServer::start_file`].
    pub fn log(&self) -> String {
        self.log_named("server")
    }

    pub fn log_named(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(format!("{name}.log"))).unwrap_or_default()
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Connect with a creds file (async-nats), collecting asynchronous server errors.
pub async fn connect_creds(
    url: &str,
    creds: &Path,
) -> Result<(async_nats::Client, mpsc::UnboundedReceiver<String>), String> {
    let opts = async_nats::ConnectOptions::with_credentials_file(creds)
        .await
        .map_err(|e| format!("reading creds: {e}"))?;
    connect_collecting(opts, url).await
}

/// Connect with `opts`, collecting the asynchronous server errors (permission
/// violations) on the returned channel.
pub async fn connect_collecting(
    opts: async_nats::ConnectOptions,
    url: &str,
) -> Result<(async_nats::Client, mpsc::UnboundedReceiver<String>), String> {
    let (tx, rx) = mpsc::unbounded_channel::<String>();
    let client = opts
        .connection_timeout(Duration::from_secs(5))
        .event_callback(move |ev| {
            let tx = tx.clone();
            async move {
                if let async_nats::Event::ServerError(e) = ev {
                    let _ = tx.send(e.to_string());
                }
            }
        })
        .connect(url)
        .await
        .map_err(|e| e.to_string())?;
    Ok((client, rx))
}

/// The user connects, publishes on `a.x` without complaint and gets a permissions
/// violation for `b.x`.
pub async fn check_pub_permissions(url: &str, creds: &Path) {
    let (client, rx) = connect_creds(url, creds)
        .await
        .unwrap_or_else(|e| panic!("user connects with {}: {e}", creds.display()));
    assert_pub_permissions(&client, rx).await;
}

/// On a connected client: a round trip on `a.x` works without complaint, and
/// publishing on `b.x` gets a permissions violation.
pub async fn assert_pub_permissions(
    client: &async_nats::Client,
    mut rx: mpsc::UnboundedReceiver<String>,
) {
    // A round trip on an allowed subject proves the connection works.
    let mut sub = client.subscribe("a.>").await.expect("subscribe");
    client.publish("a.x", "ok".into()).await.expect("publish");
    client.flush().await.expect("flush");
    let got = tokio::time::timeout(
        Duration::from_secs(3),
        futures_util::StreamExt::next(&mut sub),
    )
    .await
    .expect("a.x delivered")
    .expect("subscription open");
    assert_eq!(&got.payload[..], b"ok");
    assert!(
        tokio::time::timeout(Duration::from_millis(300), rx.recv())
            .await
            .is_err(),
        "unexpected server error for a.x"
    );
    client.publish("b.x", "nope".into()).await.expect("publish");
    client.flush().await.expect("flush");
    let err = tokio::time::timeout(Duration::from_secs(3), rx.recv())
        .await
        .expect("a permissions violation for b.x")
        .expect("event channel open");
    let lower = err.to_lowercase();
    assert!(
        lower.contains("permissions violation") && lower.contains("b.x"),
        "unexpected error: {err}"
    );
}

/// Connecting must fail (authorization violation or similar).
pub async fn assert_refused(url: &str, creds: &Path) -> String {
    match connect_creds(url, creds).await {
        Ok((c, _)) => {
            // Some refusals arrive right after CONNECT: give the server a moment.
            let r = c.flush().await;
            tokio::time::sleep(Duration::from_millis(200)).await;
            assert!(
                r.is_err() || c.connection_state() != async_nats::connection::State::Connected,
                "{} connected but should have been refused",
                creds.display()
            );
            "disconnected".into()
        }
        Err(e) => e,
    }
}
