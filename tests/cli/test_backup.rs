//! `pbctl backup` against real PocketBase 0.40.6 servers (issue 4's "must hold" list).

use crate::common::*;
use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn sha256(path: &Path) -> String {
    use sha2::Digest;
    let mut file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut hasher = sha2::Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = file.read(&mut buf).expect("read");
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    data_encoding::HEXLOWER.encode(&hasher.finalize())
}

/// The server's own copy of a backup.
pub(crate) fn server_file(pb: &PocketBase, key: &str) -> PathBuf {
    pb.data_dir().join("backups").join(key)
}

pub(crate) fn make_notes(pb: &PocketBase, titles: &[&str]) {
    pb.admin(
        "POST",
        "/api/collections",
        Some(&json!({"name": "notes", "type": "base", "fields": [{"name": "title", "type": "text"}]})),
    );
    for t in titles {
        pb.admin(
            "POST",
            "/api/collections/notes/records",
            Some(&json!({ "title": t })),
        );
    }
}

/// Give `to` the collections of `from` the way environments deployed from one repository
/// get them: `from`'s migration files (PocketBase writes one into `pb_migrations`, beside
/// `pb_data` and outside backups, for each collection made through the API), applied by a
/// restart. A restore of `from`'s data onto `to` then finds every migration applied;
/// with a `notes` collection of its own, `to` would re-run its own `created_notes`
/// migration on `from`'s data at the restart and fail to start (unless both were created
/// in the same second, which made such a test pass or fail by the clock).
pub(crate) fn share_migrations(from: &PocketBase, to: &mut PocketBase) {
    let dir = |pb: &PocketBase| pb.data_dir().with_file_name("pb_migrations");
    std::fs::create_dir_all(dir(to)).unwrap();
    for entry in std::fs::read_dir(dir(from)).expect("pb_migrations") {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir(to).join(path.file_name().unwrap())).unwrap();
    }
    to.restart();
}

/// Titles of the `notes` records, sorted (empty when the collection does not exist).
pub(crate) fn note_titles(pb: &PocketBase) -> Vec<String> {
    let token = pb.admin_token();
    let (status, body) = http(
        "GET",
        &format!("{}/api/collections/notes/records?perPage=500", pb.url),
        Some(&token),
        None,
    );
    if status == 404 {
        return Vec::new();
    }
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).expect("JSON");
    let mut titles: Vec<String> = v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|r| r["title"].as_str().unwrap_or("").to_string())
        .collect();
    titles.sort();
    titles
}

pub(crate) fn server_keys(pb: &PocketBase) -> Vec<String> {
    let v = pb.admin("GET", "/api/backups", None);
    let mut keys: Vec<String> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|b| b["key"].as_str().expect("key").to_string())
        .collect();
    keys.sort();
    keys
}

/// Put `mb` MiB of incompressible bytes into the server's local file storage, which
/// PocketBase's backups include: a quick way to get a big backup.
pub(crate) fn add_big_file(pb: &PocketBase, mb: usize) -> PathBuf {
    let dir = pb.data_dir().join("storage").join("bulk");
    std::fs::create_dir_all(&dir).expect("storage dir");
    let path = dir.join("blob.bin");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create blob"));
    let mut rng = fastrand::Rng::with_seed(4);
    let mut buf = vec![0u8; 1 << 20];
    for _ in 0..mb {
        rng.fill(&mut buf);
        file.write_all(&buf).expect("write blob");
    }
    file.flush().expect("flush blob");
    path
}

/// A TCP proxy that forwards server → client at `bytes_per_sec`: a slow network path.
pub(crate) fn throttled_proxy(upstream_port: u16, bytes_per_sec: usize) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(client) = client else { continue };
            let Ok(server) = TcpStream::connect(("127.0.0.1", upstream_port)) else {
                let _ = client.shutdown(Shutdown::Both);
                continue;
            };
            let (mut c_read, mut s_write) = (
                client.try_clone().expect("clone"),
                server.try_clone().expect("clone"),
            );
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut c_read, &mut s_write);
                let _ = s_write.shutdown(Shutdown::Write);
            });
            let (mut s_read, mut c_write) = (server, client);
            std::thread::spawn(move || {
                let chunk = (bytes_per_sec / 20).max(1);
                let mut buf = vec![0u8; chunk];
                loop {
                    match s_read.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            if c_write.write_all(&buf[..n]).is_err() {
                                break;
                            }
                            std::thread::sleep(Duration::from_millis(50));
                        }
                    }
                }
                let _ = c_write.shutdown(Shutdown::Both);
            });
        }
    });
    port
}

/// Run pbctl and measure its peak RSS in KiB.
fn run_measured(env: &TestEnv, args: &[&str]) -> (Out, u64) {
    let out = env.run_measured(args);
    let peak = out.peak_rss_kib;
    (out, peak)
}

#[test]
fn create_download_upload_restore_across_two_servers() {
    let one = PocketBase::start();
    let two = PocketBase::start();
    make_notes(&one, &["alpha", "beta", "gamma"]);
    let env = TestEnv::new();
    env.login("two", &two);
    env.login("one", &one);

    // create prints the key of the backup it made, and the zip is complete on return.
    let out = env.run(&["backup", "create", "Nightly", "-o", "json"]);
    out.ok();
    let created = out.json();
    assert_eq!(created["key"], "nightly.zip");
    let on_server = server_file(&one, "nightly.zip");
    assert_eq!(
        created["size"].as_u64(),
        Some(std::fs::metadata(&on_server).expect("server zip").len())
    );
    let out = env.run(&["backup", "list", "-o", "name"]);
    out.ok();
    assert_eq!(out.stdout, "nightly.zip\n");

    // download: same bytes as the server's own file, 0600 in a new 0700 dir, no .part.
    let dir = env.home.path().join("dl");
    let out = env.run(&[
        "backup",
        "download",
        "nightly",
        "-O",
        &format!("{}/", dir.display()),
    ]);
    out.ok();
    let file = dir.join("nightly.zip");
    assert_eq!(sha256(&file), sha256(&on_server));
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&dir), 0o700);
    assert!(!dir.join("nightly.zip.part").exists());
    // An existing file is kept unless --force.
    env.run(&[
        "backup",
        "download",
        "nightly.zip",
        "-O",
        file.to_str().unwrap(),
    ])
    .code(1);
    env.run(&[
        "backup",
        "download",
        "nightly.zip",
        "-O",
        file.to_str().unwrap(),
        "--force",
    ])
    .ok();
    // -O - streams the same bytes to stdout.
    let piped = env
        .command(&["backup", "download", "nightly.zip", "-O", "-"])
        .output()
        .expect("run");
    assert!(piped.status.success(), "{piped:?}");
    assert_eq!(piped.stdout, std::fs::read(&on_server).expect("read"));

    // upload to the second server: the same bytes arrive, under the file's name.
    let out = env.run(&[
        "--context",
        "two",
        "backup",
        "upload",
        file.to_str().unwrap(),
        "-o",
        "json",
    ]);
    out.ok();
    assert_eq!(out.json()["key"], "nightly.zip");
    assert_eq!(
        sha256(&server_file(&two, "nightly.zip")),
        sha256(&on_server)
    );
    assert!(note_titles(&two).is_empty());

    // restore there: once pbctl returns, the second server serves the first's records.
    let out = env.run(&[
        "--context",
        "two",
        "backup",
        "restore",
        "nightly.zip",
        "--yes",
    ]);
    out.ok();
    assert!(out.stderr.contains("Restored nightly.zip"), "{out:?}");
    assert_eq!(note_titles(&two), vec!["alpha", "beta", "gamma"]);
    // The restored data holds the first server's superuser: the old token is gone.
    assert!(
        out.stderr.contains("pbctl auth login --context two"),
        "{out:?}"
    );
}

#[test]
fn restore_brings_back_deleted_data_before_returning() {
    let pb = PocketBase::start();
    make_notes(&pb, &["keep-1", "keep-2"]);
    let env = TestEnv::new();
    env.login("dev", &pb);
    env.run(&["backup", "create", "before"]).ok();

    // Change the data after the backup: delete the records, add another.
    let list = pb.admin("GET", "/api/collections/notes/records", None);
    for r in list["items"].as_array().expect("items") {
        let id = r["id"].as_str().expect("id");
        pb.admin(
            "DELETE",
            &format!("/api/collections/notes/records/{id}"),
            None,
        );
    }
    pb.admin(
        "POST",
        "/api/collections/notes/records",
        Some(&json!({"title": "after"})),
    );
    assert_eq!(note_titles(&pb), vec!["after"]);

    let started = Instant::now();
    let out = env.run(&["backup", "restore", "before", "--yes", "-o", "json"]);
    out.ok();
    assert_eq!(out.json()["restored"], true);
    // No sleep: the first request after pbctl returns sees the restored data.
    assert_eq!(note_titles(&pb), vec!["keep-1", "keep-2"]);
    // PocketBase waits 1 s before it starts: pbctl did wait for the restart.
    assert!(started.elapsed() >= Duration::from_secs(1));
    // The same superuser is in the backup, so the token still works.
    env.run(&["backup", "list"]).ok();
    let out = env.run(&["health", "-o", "json"]);
    out.ok();
    assert_eq!(out.json()["canBackup"], true);
}

#[test]
fn copy_with_restore_moves_200mb_with_small_peak_rss() {
    let prod = PocketBase::start();
    let staging = PocketBase::start();
    make_notes(&prod, &["from-prod"]);
    let blob = add_big_file(&prod, 200);
    let env = TestEnv::new();
    env.login("staging", &staging);
    env.login("prod", &prod);
    env.run(&["backup", "create", "big"]).ok();
    let source = server_file(&prod, "big.zip");
    let size = std::fs::metadata(&source).expect("big.zip").len();
    assert!(size > 200 * 1000 * 1000, "backup is only {size} bytes");

    let started = Instant::now();
    let (out, peak_kib) = run_measured(
        &env,
        &[
            "backup",
            "copy",
            "big.zip",
            "--to",
            "staging",
            "--restore",
            "--yes",
        ],
    );
    let took = started.elapsed();
    out.ok();
    eprintln!("copy --restore of {size} bytes: {took:?}, peak RSS {peak_kib} KiB");
    assert!(
        peak_kib > 0 && peak_kib < 64 * 1024,
        "peak RSS {peak_kib} KiB"
    );
    // Same bytes on the target, and the target now serves prod's data and files.
    assert_eq!(sha256(&server_file(&staging, "big.zip")), sha256(&source));
    assert_eq!(note_titles(&staging), vec!["from-prod"]);
    let restored_blob = staging.data_dir().join("storage/bulk/blob.bin");
    assert_eq!(
        std::fs::metadata(&restored_blob)
            .expect("restored blob")
            .len(),
        std::fs::metadata(&blob).expect("blob").len()
    );
}

/// A download through a slow path, interrupted by `interrupt` once the `.part` file
/// has data; returns pbctl's result and the target path.
fn interrupted_download(interrupt: impl FnOnce(&mut PocketBase, u32)) -> (Out, PathBuf) {
    let mut pb = PocketBase::start();
    add_big_file(&pb, 24);
    let env = TestEnv::new();
    env.login("dev", &pb);
    env.run(&["backup", "create", "big"]).ok();
    let port = throttled_proxy(pb.port, 4 * 1024 * 1024);
    env.run(&[
        "context",
        "set",
        "dev",
        &format!("url=http://127.0.0.1:{port}"),
    ])
    .ok();
    let target = env.home.path().join("big.zip");
    let part = env.home.path().join("big.zip.part");
    let child = env
        .command(&[
            "backup",
            "download",
            "big.zip",
            "-O",
            target.to_str().unwrap(),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pbctl");
    let started = Instant::now();
    while std::fs::metadata(&part).map(|m| m.len()).unwrap_or(0) < 512 * 1024 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the download did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    interrupt(&mut pb, child.id());
    let out = child.wait_with_output().expect("wait pbctl");
    let out = Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        peak_rss_kib: 0,
    };
    env.scan(&["backup", "download"], &out.stdout, &out.stderr);
    assert!(!part.exists(), "a .part file was left: {out:?}");
    assert!(!target.exists(), "a partial file was left: {out:?}");
    (out, target)
}

#[test]
fn killing_the_server_mid_download_exits_5_and_leaves_nothing() {
    let (out, _) = interrupted_download(|pb, _| pb.stop());
    out.code(5);
    assert!(
        out.stderr.contains("error: downloading from") && out.stderr.contains("hint:"),
        "{out:?}"
    );
}

/// SIGTERM (a service manager stopping a job) and SIGHUP (a closed terminal) clean up
/// like Ctrl-C.
#[test]
fn sigterm_and_sighup_mid_download_exit_130_and_remove_the_part_file() {
    for signal in ["-TERM", "-HUP"] {
        let (out, _) = interrupted_download(|_, pid| {
            let ok = Command::new("kill")
                .args([signal, &pid.to_string()])
                .status()
                .expect("kill")
                .success();
            assert!(ok);
        });
        out.code(130);
    }
}

#[test]
fn ctrl_c_mid_download_exits_130_and_removes_the_part_file() {
    let (out, _) = interrupted_download(|_, pid| {
        let ok = Command::new("kill")
            .args(["-INT", &pid.to_string()])
            .status()
            .expect("kill")
            .success();
        assert!(ok);
    });
    out.code(130);
}

#[test]
fn names_are_normalised_or_refused_and_missing_backups_exit_3() {
    let (pb, env) = logged_in("dev");
    for (bad, hint) in [
        ("Nightly Backup", "nightly-backup.zip"),
        ("../x", "x.zip"),
        ("a.tar", "a-tar.zip"),
    ] {
        let out = env.run(&["backup", "create", bad]);
        out.code(2);
        assert!(
            out.stderr.contains("hint:") && out.stderr.contains(hint),
            "{out:?}"
        );
    }
    assert!(server_keys(&pb).is_empty());
    // Normalised: lowercased, .zip added.
    let out = env.run(&["backup", "create", "Pre-Migration", "-o", "name"]);
    out.ok();
    assert_eq!(out.stdout, "pre-migration.zip\n");
    // The default name: pbctl_<context>_<UTC yyyymmddhhmmss>.zip.
    let out = env.run(&["backup", "create", "-o", "name"]);
    out.ok();
    let key = out.stdout.trim();
    let stamp = key
        .strip_prefix("pbctl_dev_")
        .and_then(|k| k.strip_suffix(".zip"))
        .unwrap_or_else(|| panic!("default name {key}"));
    assert!(
        stamp.len() == 14 && stamp.chars().all(|c| c.is_ascii_digit()),
        "{key}"
    );
    assert_eq!(
        server_keys(&pb),
        vec![key.to_string(), "pre-migration.zip".into()]
    );
    // A second create with the same name fails with a hint.
    let out = env.run(&["backup", "create", "pre-migration"]);
    out.code(1);
    assert!(out.stderr.contains("hint:"), "{out:?}");

    // An upload whose file name is not a valid key needs --name.
    let weird = env.home.path().join("Weird Name.zip");
    std::fs::copy(server_file(&pb, "pre-migration.zip"), &weird).expect("copy");
    let out = env.run(&["backup", "upload", weird.to_str().unwrap()]);
    out.code(2);
    assert!(out.stderr.contains("--name"), "{out:?}");
    let out = env.run(&[
        "backup",
        "upload",
        weird.to_str().unwrap(),
        "--name",
        "Weird",
        "-o",
        "name",
    ]);
    out.ok();
    assert_eq!(out.stdout, "weird.zip\n");
    assert_eq!(sha256(&server_file(&pb, "weird.zip")), sha256(&weird));

    // A missing backup is exit 3 everywhere.
    env.run(&["backup", "download", "nope"]).code(3);
    env.run(&["backup", "restore", "nope", "--yes"]).code(3);
    env.run(&["backup", "delete", "nope", "--yes"]).code(3);
    env.run(&["backup", "delete", "weird", "nope", "--yes"])
        .code(3);
    assert!(server_keys(&pb).contains(&"weird.zip".to_string()));
    let other = PocketBase::start();
    env.login("other", &other);
    env.run(&[
        "--context",
        "dev",
        "backup",
        "copy",
        "nope",
        "--to",
        "other",
    ])
    .code(3);
    // A copy without --restore says so once.
    let out = env.run(&[
        "--context",
        "dev",
        "backup",
        "copy",
        "pre-migration",
        "--to",
        "other",
    ]);
    out.ok();
    let all = format!("{}{}", out.stdout, out.stderr);
    assert_eq!(all.matches("Copied pre-migration.zip").count(), 1, "{all}");
}

#[test]
fn destructive_commands_refuse_without_yes_or_a_terminal() {
    let pb = PocketBase::start();
    make_notes(&pb, &["one"]);
    let env = TestEnv::new();
    env.login("dev", &pb);
    env.run(&["backup", "create", "a"]).ok();
    env.run(&["backup", "create", "b"]).ok();
    pb.admin(
        "POST",
        "/api/collections/notes/records",
        Some(&json!({"title": "two"})),
    );
    for args in [
        vec!["backup", "restore", "a"],
        vec!["backup", "delete", "a"],
        vec!["backup", "prune", "--keep", "0"],
    ] {
        let out = env.run(&args);
        out.code(2);
        assert!(
            out.stderr.contains("hint:") && out.stderr.contains("--yes"),
            "{out:?}"
        );
    }
    // Nothing changed.
    assert_eq!(server_keys(&pb), vec!["a.zip", "b.zip"]);
    assert_eq!(note_titles(&pb), vec!["one", "two"]);
    // --yes deletes.
    env.run(&["backup", "delete", "a", "b.zip", "--yes"]).ok();
    assert!(server_keys(&pb).is_empty());
}

#[test]
fn prune_keeps_the_newest_n_matching() {
    let (pb, env) = logged_in("dev");
    for name in ["daily-1", "daily-2", "other", "daily-3", "daily-4"] {
        env.run(&["backup", "create", name]).ok();
        // Distinct modification times.
        std::thread::sleep(Duration::from_millis(20));
    }
    // list is newest first.
    let out = env.run(&["backup", "list", "--prefix", "daily-", "-o", "name"]);
    out.ok();
    assert_eq!(
        out.stdout,
        "daily-4.zip\ndaily-3.zip\ndaily-2.zip\ndaily-1.zip\n"
    );

    let out = env.run(&[
        "backup",
        "prune",
        "--keep",
        "2",
        "--prefix",
        "daily-",
        "--dry-run",
        "-o",
        "name",
    ]);
    out.ok();
    assert_eq!(out.stdout, "daily-2.zip\ndaily-1.zip\n");
    assert_eq!(server_keys(&pb).len(), 5);

    let out = env.run(&[
        "backup", "prune", "--keep", "2", "--prefix", "daily-", "--yes", "-o", "json",
    ]);
    out.ok();
    let deleted: Vec<String> = out
        .json()
        .as_array()
        .expect("array")
        .iter()
        .map(|b| b["key"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(deleted, vec!["daily-2.zip", "daily-1.zip"]);
    assert_eq!(
        server_keys(&pb),
        vec!["daily-3.zip", "daily-4.zip", "other.zip"]
    );
    // Nothing more to prune: no confirmation needed, nothing deleted.
    env.run(&["backup", "prune", "--keep", "2", "--prefix", "daily-"])
        .ok();
    assert_eq!(server_keys(&pb).len(), 3);
}

#[test]
fn create_waits_for_a_busy_server() {
    let pb = PocketBase::start();
    add_big_file(&pb, 120);
    let env = TestEnv::new();
    env.login("dev", &pb);
    // A slow backup keeps the server busy ("try again later")…
    let mut first = env
        .command(&["backup", "create", "slow"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run pbctl");
    let token = pb.admin_token();
    let started = Instant::now();
    loop {
        let (_, body) = http("GET", &format!("{}/api/health", pb.url), Some(&token), None);
        if body.contains("\"canBackup\":false") {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "never busy");
        std::thread::sleep(Duration::from_millis(5));
    }
    // …and a second create retries until it can run, then reports its own key.
    let out = env.run(&["backup", "create", "second", "-o", "name"]);
    out.ok();
    assert_eq!(out.stdout, "second.zip\n");
    assert!(out.stderr.contains("busy"), "{out:?}");
    assert!(first.wait().expect("wait").success());
    assert_eq!(server_keys(&pb), vec!["second.zip", "slow.zip"]);
}

#[test]
fn verbose_transfer_logs_redact_the_file_token() {
    let (_pb, env) = logged_in("dev");
    env.run(&["backup", "create", "logs"]).ok();
    let token = env.stored_token("dev");
    let out = env.run(&["-vv", "backup", "download", "logs", "-O", "-"]);
    out.ok();
    assert!(
        out.stderr
            .contains("/api/backups/logs%2Ezip?token=<redacted>"),
        "{out:?}"
    );
    assert!(!out.stderr.contains(&token), "{out:?}");
    // The body of the file-token answer is redacted too: no JWT-looking value at all.
    assert!(!out.stderr.contains("eyJ"), "{out:?}");
}

/// PocketBase answers 400 (not 404) when a key vanishes between the list and the delete.
#[test]
fn a_delete_racing_another_delete_exits_3() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let server = rt.block_on(MockServer::start());
    rt.block_on(async {
        Mock::given(method("GET"))
            .and(path("/api/backups"))
            .respond_with(ResponseTemplate::new(200).set_body_string(
                r#"[{"key":"gone.zip","modified":"2026-11-29 06:51:59.023Z","size":10}]"#,
            ))
            .mount(&server)
            .await;
        Mock::given(method("DELETE"))
            .and(path("/api/backups/gone%2Ezip"))
            .respond_with(ResponseTemplate::new(400).set_body_string(
                r#"{"data":{},"message":"Invalid or already deleted backup file. Raw error: \n[key: gone.zip] remove …: no such file or directory\nresource not found.","status":400}"#,
            ))
            .mount(&server)
            .await;
    });
    let env = TestEnv::new();
    let out = env.run_env(
        &["backup", "delete", "gone.zip", "--yes"],
        &[("PBCTL_URL", &server.uri()), ("PBCTL_TOKEN", &fake_token())],
    );
    out.code(3);
    assert!(
        out.stderr.contains("backup \"gone.zip\" not found"),
        "{out:?}"
    );
}

#[test]
fn copy_refuses_to_send_pbctl_token_to_the_target() {
    let env = TestEnv::new();
    env.run(&[
        "context",
        "add",
        "prod",
        "--url",
        "http://127.0.0.1:9",
        "--use",
    ])
    .ok();
    env.run(&["context", "add", "staging", "--url", "http://127.0.0.1:10"])
        .ok();
    let secret = fake_token();
    let out = env.run_env(
        &["backup", "copy", "x.zip", "--to", "staging"],
        &[("PBCTL_TOKEN", &secret)],
    );
    out.code(2);
    assert!(
        out.stderr.contains("PBCTL_TOKEN") && out.stderr.contains("hint:"),
        "{out:?}"
    );
    assert!(!out.stderr.contains(&secret), "{out:?}");
    // Copying to the same server is a usage error too.
    let out = env.run_env(
        &["backup", "copy", "x.zip", "--to", "prod"],
        &[("PBCTL_TOKEN", &secret)],
    );
    out.code(2);
}

#[test]
fn restore_notices_a_server_that_dies_on_start_and_exits_5() {
    let (pb, env) = logged_in("dev");
    env.run(&["backup", "create", "before"]).ok();
    // A migration that fails: the restart after the restore runs it and exits.
    let dir = pb.dir.path().join("pb_migrations");
    std::fs::create_dir_all(&dir).expect("pb_migrations");
    std::fs::write(
        dir.join("1999999999_broken.js"),
        "migrate((app) => { throw new Error(\"broken on purpose\") })\n",
    )
    .expect("write migration");

    let started = Instant::now();
    let out = env.run(&[
        "backup",
        "restore",
        "before",
        "--yes",
        "--wait-timeout",
        "5m",
        "--dead-after",
        "3s",
    ]);
    out.code(5);
    assert!(out.stderr.contains("failed to start"), "{}", out.stderr);
    assert!(out.stderr.contains("log"), "{}", out.stderr);
    // It really is dead (nothing answers), and pbctl said so well before --wait-timeout.
    assert!(!wait_http(
        &format!("{}/api/health", pb.url),
        Duration::from_secs(1)
    ));
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
}

/// The default key of a backup created at `t` on context `who`.
fn default_key_at(who: &str, t: std::time::SystemTime) -> String {
    let stamp: String = humantime::format_rfc3339_seconds(t)
        .to_string()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    format!("pbctl_{who}_{stamp}.zip")
}

/// Take the default keys of `who` for every second from now on for `secs` seconds (and
/// `_02` too when `numbered`), straight through the server's API: any create without a
/// name in that window finds its name taken.
fn take_default_names(pb: &PocketBase, who: &str, secs: u64, numbered: bool) -> Vec<String> {
    let now = std::time::SystemTime::now();
    let existing = server_keys(pb);
    let mut taken = Vec::new();
    for s in 0..secs {
        let key = default_key_at(who, now + Duration::from_secs(s));
        let mut keys = vec![key.clone()];
        if numbered {
            keys.push(key.replace(".zip", "_02.zip"));
        }
        for k in keys {
            if !existing.contains(&k) {
                pb.admin("POST", "/api/backups", Some(&json!({ "name": k })));
            }
            taken.push(k);
        }
    }
    taken
}

#[test]
fn default_names_never_collide_and_given_names_still_do() {
    let (pb, env) = logged_in("prod");
    // Two creates in a row without a name: both succeed, with distinct keys.
    let first = env.run(&["backup", "create", "-o", "name"]);
    first.ok();
    let second = env.run(&["backup", "create", "-o", "name"]);
    second.ok();
    let (first, second) = (first.stdout.trim(), second.stdout.trim());
    assert!(first.starts_with("pbctl_prod_") && second.starts_with("pbctl_prod_"));
    assert_ne!(first, second);
    eprintln!("two creates in a row: {first}, {second}");
    assert_eq!(
        server_keys(&pb),
        vec![first.to_string(), second.to_string()]
    );

    // Whatever second it is, its name is taken (and its `_02` too): the key is numbered
    // past them, and still sorts after them.
    let taken = take_default_names(&pb, "prod", 20, true);
    let out = env.run(&["backup", "create", "-o", "json"]);
    out.ok();
    let key = out.json()["key"].as_str().expect("key").to_string();
    let (stem, number) = key
        .strip_suffix(".zip")
        .and_then(|k| k.rsplit_once('_'))
        .unwrap_or_else(|| panic!("{key}"));
    assert_eq!(number, "03", "{key}");
    assert!(taken.contains(&format!("{stem}.zip")), "{key}");
    assert!(taken.contains(&format!("{stem}_02.zip")), "{key}");
    // …and is the one it reports: the zip exists under that key.
    assert!(server_file(&pb, &key).is_file());
    let mut sorted = server_keys(&pb);
    sorted.retain(|k| k.starts_with(stem));
    assert_eq!(sorted.last(), Some(&key));
    // Another create in the same window is numbered past that one, and says which key
    // it made.
    let before = server_keys(&pb);
    let out = env.run(&["backup", "create"]);
    out.ok();
    let next: Vec<String> = server_keys(&pb)
        .into_iter()
        .filter(|k| !before.contains(k))
        .collect();
    assert_eq!(next.len(), 1, "{next:?}");
    let next = &next[0];
    assert!(
        next.ends_with("_03.zip") || next.ends_with("_04.zip"),
        "{next}"
    );
    assert!(
        out.stderr.contains("Creating a backup on context \"prod\"")
            && out.stderr.contains(&format!("Created backup {next} (")),
        "{out:?}"
    );

    // A name the user gave is refused as before: exit 1, a hint, nothing numbered.
    env.run(&["backup", "create", "mine"]).ok();
    let before = server_keys(&pb);
    let out = env.run(&["backup", "create", "mine"]);
    out.code(1);
    assert!(
        out.stderr.contains("hint:") && out.stderr.contains("pbctl backup delete mine.zip"),
        "{out:?}"
    );
    assert_eq!(server_keys(&pb), before);
}

#[test]
fn fleet_creates_without_a_name_twice_in_a_row_all_succeed() {
    let one = PocketBase::start();
    let two = PocketBase::start();
    let env = TestEnv::new();
    env.login("one", &one);
    env.login("two", &two);
    // On `one`, every default name of the next seconds is taken already.
    let taken = take_default_names(&one, "one", 20, false);
    let mut reported = Vec::new();
    for _ in 0..2 {
        let out = env.run(&["-A", "backup", "create", "-o", "name"]);
        out.ok();
        reported.extend(out.stdout.lines().map(str::to_string));
    }
    assert_eq!(reported.len(), 4, "{reported:?}");
    let mut distinct = reported.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 4, "{reported:?}");
    for (pb, ctx) in [(&one, "one"), (&two, "two")] {
        let made: Vec<String> = server_keys(pb)
            .into_iter()
            .filter(|k| !taken.contains(k))
            .collect();
        assert_eq!(made.len(), 2, "{ctx}: {made:?}");
        for key in &made {
            assert!(key.starts_with(&format!("pbctl_{ctx}_")), "{key}");
            assert!(reported.contains(&format!("{ctx}/{key}")), "{reported:?}");
        }
    }
    // `one`'s were numbered past the taken names.
    assert!(
        reported
            .iter()
            .filter(|r| r.starts_with("one/"))
            .all(|r| r.ends_with("_02.zip") || r.ends_with("_03.zip")),
        "{reported:?}"
    );
}

#[test]
fn copy_under_another_name_or_replacing_the_targets_backup() {
    let dev = PocketBase::start();
    let mut staging = PocketBase::start();
    make_notes(&dev, &["from-dev"]);
    share_migrations(&dev, &mut staging);
    staging.admin(
        "POST",
        "/api/collections/notes/records",
        Some(&json!({"title": "from-staging"})),
    );
    let env = TestEnv::new();
    env.login("staging", &staging);
    env.login("dev", &dev);
    // Every server has its own nightly.zip.
    env.run(&["-A", "backup", "create", "nightly"]).ok();
    let dev_nightly = sha256(&server_file(&dev, "nightly.zip"));
    let staging_nightly = sha256(&server_file(&staging, "nightly.zip"));
    assert_ne!(dev_nightly, staging_nightly);

    // The same key on the target is refused, and the hint names the ways out.
    let copy = [
        "--context",
        "dev",
        "backup",
        "copy",
        "nightly",
        "--to",
        "staging",
    ];
    fn with<'a>(copy: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
        [copy, extra].concat()
    }
    let out = env.run(&with(&copy, &["--restore", "--yes"]));
    out.code(1);
    assert!(
        out.stderr
            .contains("backup nightly.zip already exists on context \"staging\"")
            && out.stderr.contains("--name NAME")
            && out.stderr.contains("--force"),
        "{out:?}"
    );
    // A bad --name is a usage error; neither refusal touched the target.
    let out = env.run(&with(&copy, &["--name", "Bad Name"]));
    out.code(2);
    assert!(out.stderr.contains("bad-name.zip"), "{out:?}");
    assert_eq!(server_keys(&staging), ["nightly.zip"]);
    assert_eq!(note_titles(&staging), ["from-staging"]);

    // --name: the copy lands under the new key (normalised), and the restore uses it.
    let out = env.run(&with(
        &copy,
        &["--name", "From-Dev", "--restore", "--yes", "-o", "json"],
    ));
    out.ok();
    let v = out.json();
    assert_eq!(v["key"], "from-dev.zip");
    assert_eq!(v["source_key"], "nightly.zip");
    assert_eq!(v["replaced"], false);
    assert_eq!(v["restored"], true);
    assert_eq!(sha256(&server_file(&staging, "from-dev.zip")), dev_nightly);
    assert_eq!(
        sha256(&server_file(&staging, "nightly.zip")),
        staging_nightly
    );
    assert_eq!(note_titles(&staging), ["from-dev"]);
    // The restored data holds dev's superuser: log in to staging again.
    env.password_login(&["--context", "staging"]).ok();
    // A --name that exists on the target is refused like the source's key.
    env.run(&with(&copy, &["--name", "from-dev"])).code(1);

    // --force replaces the target's backup of that key with the source's bytes.
    let out = env.run(&with(&copy, &["--force", "-o", "json"]));
    out.ok();
    assert_eq!(out.json()["replaced"], true);
    assert_eq!(sha256(&server_file(&staging, "nightly.zip")), dev_nightly);
    assert_eq!(server_keys(&staging), ["from-dev.zip", "nightly.zip"]);
    // People are told what happened.
    let out = env.run(&with(&copy, &["--force", "--name", "from-dev"]));
    out.ok();
    assert!(
        out.stderr
            .contains("Deleting the old from-dev.zip on context \"staging\" (--force)")
            && out
                .stderr
                .contains("Copied nightly.zip as from-dev.zip to context \"staging\" (220")
            && out.stderr.contains("size checked, replaced)."),
        "{out:?}"
    );
    // --force with nothing to replace just copies.
    let out = env.run(&with(&copy, &["--force", "--name", "fresh", "-o", "json"]));
    out.ok();
    assert_eq!(out.json()["replaced"], false);
    assert_eq!(sha256(&server_file(&staging, "fresh.zip")), dev_nightly);
    // The source is untouched throughout.
    assert_eq!(server_keys(&dev), ["nightly.zip"]);
    assert_eq!(sha256(&server_file(&dev, "nightly.zip")), dev_nightly);
}
