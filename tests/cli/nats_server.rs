//! A real nats-server (2.15.1 from `.cache/bin`, or `NATS_SERVER_BIN`) for tests:
//! started from a config text or file on 127.0.0.1 and a free port, killed on drop.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct NatsServer {
    child: Child,
    dir: tempfile::TempDir,
    port: u16,
}

impl NatsServer {
    pub fn binary() -> PathBuf {
        crate::common::server_binary("nats-server", "NATS_SERVER_BIN")
    }

    /// Start with this config text (the port is given on the command line).
    pub fn start(config: &str) -> NatsServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let conf = dir.path().join("server.conf");
        std::fs::write(&conf, config).expect("write config");
        Self::spawn(dir, &conf)
    }

    /// Start with a config file written elsewhere (e.g. by `pbctl nats server-config`).
    pub fn start_file(config: &Path) -> NatsServer {
        Self::spawn(tempfile::tempdir().expect("temp dir"), config)
    }

    fn spawn(dir: tempfile::TempDir, conf: &Path) -> NatsServer {
        let port = crate::common::free_port();
        let log = std::fs::File::create(dir.path().join("server.log")).expect("log file");
        let log2 = log.try_clone().expect("log file");
        let child = Command::new(Self::binary())
            .arg("-c")
            .arg(conf)
            .args(["-a", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(log2))
            .spawn()
            .expect("spawn nats-server");
        let mut server = NatsServer { child, dir, port };
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("nats-server exited ({status}); log:\n{}", server.log());
            }
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            assert!(
                Instant::now() < deadline,
                "nats-server did not start; log:\n{}",
                server.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default()
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
