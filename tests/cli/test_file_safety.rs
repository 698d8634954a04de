//! File safety: every command that writes a file, run (a) with the target an existing
//! symlink, (b) with the target an existing 0644 file, (c) under umask 000, and, for the
//! writers that stream through `FILE.part`, (d) with a symlink planted at `FILE.part`.
//! What must hold: the file written is a regular 0600 file in a 0700 directory (the ones
//! pbctl creates), nothing is written through a symlink, and nothing is replaced without
//! `--force`. Real PocketBase 0.40.6 (records, files, backups, pb-nats collections) and a
//! real JWT store.

use crate::common::{Out, PocketBase, TestEnv};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

/// Run pbctl, optionally under umask 000 (set in the child before exec).
fn run(env: &TestEnv, args: &[String], umask0: bool) -> Out {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut cmd = env.command(&args);
    if umask0 {
        // SAFETY: umask is async-signal-safe and touches nothing but the child's mask.
        unsafe {
            cmd.pre_exec(|| {
                libc::umask(0);
                Ok(())
            });
        }
    }
    let out = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run pbctl");
    env.scan_output(&out);
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        peak_rss_kib: 0,
    }
}

fn mode_of(p: &Path) -> u32 {
    std::fs::symlink_metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

/// Builds a command line: (directory to write in, run number, --force) -> (args, target).
type Build = Box<dyn Fn(&Path, usize, bool) -> (Vec<String>, PathBuf)>;

/// One writer: given a directory to write in, a run number (for fresh names) and
/// `--force`, the command line and the file it writes.
struct Writer {
    name: &'static str,
    /// Streams through `FILE.part`.
    part: bool,
    build: Build,
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// `-O FILE` writers: the file is `dir/<file>`.
fn out_file(
    name: &'static str,
    part: bool,
    file: &'static str,
    args: &'static [&'static str],
) -> Writer {
    Writer {
        name,
        part,
        build: Box::new(move |dir, _, force| {
            let target = dir.join(file);
            let mut v = strings(args);
            v.push("-O".into());
            v.push(target.to_string_lossy().into_owned());
            if force {
                v.push("--force".into());
            }
            (v, target)
        }),
    }
}

/// The writers; input files they read go to `inputs`.
fn writers(record_id: String, file_name: String, inputs: &Path) -> Vec<Writer> {
    let users = inputs.to_path_buf();
    let from_file = move |n: usize| {
        let f = users.join(format!("users{n}.jsonl"));
        std::fs::write(&f, format!("{{\"name\":\"bulk{n}\"}}\n")).expect("users file");
        f.to_string_lossy().into_owned()
    };
    let rows = inputs.to_path_buf();
    let import_file = move |n: usize| {
        let f = rows.join(format!("rows{n}.jsonl"));
        std::fs::write(&f, format!("{{\"title\":\"row {n}\"}}\n")).expect("rows file");
        f.to_string_lossy().into_owned()
    };
    vec![
        out_file(
            "jwt creds",
            false,
            "u.creds",
            &["jwt", "creds", "u", "--account", "app"],
        ),
        out_file(
            "jwt activation create",
            false,
            "act.jwt",
            &[
                "jwt",
                "activation",
                "create",
                "--account",
                "app",
                "--subject",
                "priv.x",
                "--target-account",
                "other",
            ],
        ),
        out_file(
            "jwt server-config",
            false,
            "nats.conf",
            &["jwt", "server-config", "--resolver", "memory"],
        ),
        Writer {
            name: "jwt user add --creds-dir",
            part: false,
            build: Box::new(|dir, n, force| {
                let user = format!("single{n}");
                let mut v = strings(&["jwt", "user", "add", &user, "--account", "app"]);
                v.extend(strings(&["--creds-dir", &dir.to_string_lossy()]));
                if force {
                    v.push("--force".into());
                }
                (v, dir.join("app").join(format!("{user}.creds")))
            }),
        },
        Writer {
            name: "jwt user add --from --creds-dir",
            part: false,
            build: Box::new(move |dir, n, force| {
                let mut v = strings(&["jwt", "user", "add", "--account", "app"]);
                v.extend(strings(&["--from", &from_file(n)]));
                v.extend(strings(&["--creds-dir", &dir.to_string_lossy()]));
                if force {
                    v.push("--force".into());
                }
                (v, dir.join("app").join(format!("bulk{n}.creds")))
            }),
        },
        out_file(
            "collection export",
            false,
            "schema.yaml",
            &["collection", "export"],
        ),
        out_file(
            "record export",
            true,
            "posts.jsonl",
            &["record", "export", "posts"],
        ),
        Writer {
            name: "record import --errors",
            part: false,
            build: Box::new(move |dir, n, force| {
                let target = dir.join("failed.jsonl");
                let mut v = strings(&["record", "import", "posts", "-f", &import_file(n)]);
                v.extend(strings(&["--errors", &target.to_string_lossy()]));
                if force {
                    v.push("--force".into());
                }
                (v, target)
            }),
        },
        Writer {
            name: "record get --download",
            part: true,
            build: Box::new(move |dir, _, force| {
                let mut v = strings(&["record", "get", "posts", &record_id, "--download", "cover"]);
                v.extend(strings(&["-O", &dir.to_string_lossy()]));
                if force {
                    v.push("--force".into());
                }
                (v, dir.join(&file_name))
            }),
        },
        out_file(
            "backup download",
            true,
            "b1.zip",
            &["backup", "download", "b1.zip"],
        ),
        out_file(
            "nats user creds",
            false,
            "alice.creds",
            &["nats", "user", "creds", "alice"],
        ),
        Writer {
            name: "export -O DIR",
            part: false,
            build: Box::new(|dir, _, force| {
                let mut v = strings(&[
                    "export",
                    "--kind",
                    "Collection",
                    "-O",
                    &dir.to_string_lossy(),
                ]);
                if force {
                    v.push("--force".into());
                }
                (v, dir.join("collections.yaml"))
            }),
        },
        Writer {
            name: "nats server-config",
            part: false,
            build: Box::new(|dir, _, force| {
                let mut v = strings(&["nats", "server-config", "-O", &dir.to_string_lossy()]);
                if force {
                    v.push("--force".into());
                }
                (v, dir.join("nats.conf"))
            }),
        },
    ]
}

/// A server with something for every writer: a record with a file, a backup, pb-nats
/// collections with a user; and a JWT store with an account and a user.
fn world() -> (PocketBase, TestEnv, String, String) {
    let pb = PocketBase::start();
    pb.admin(
        "POST",
        "/api/collections",
        Some(&serde_json::json!({"name": "posts", "type": "base",
            "fields": [{"name": "title", "type": "text"},
                       {"name": "cover", "type": "file", "maxSelect": 1}]})),
    );
    let env = TestEnv::new();
    env.login("dev", &pb);
    std::fs::write(env.home.path().join("cover.txt"), "cover bytes").expect("cover");
    let rec = env.run(&[
        "record",
        "create",
        "posts",
        "title=with a file",
        "--file",
        "cover=cover.txt",
        "-o",
        "json",
    ]);
    let rec = rec.ok().json();
    let id = rec["id"].as_str().expect("id").to_string();
    let file = rec["cover"].as_str().expect("cover").to_string();
    env.run(&["backup", "create", "b1"]).ok();
    env.nats_tenant("alice");
    env.run(&["jwt", "init", "op"]).ok();
    env.run(&["jwt", "account", "add", "app"]).ok();
    env.run(&["jwt", "account", "add", "other"]).ok();
    env.run(&[
        "jwt",
        "account",
        "export",
        "add",
        "app",
        "--name",
        "priv",
        "--subject",
        "priv.>",
        "--service",
        "--private",
    ])
    .ok();
    env.run(&["jwt", "user", "add", "u", "--account", "app"])
        .ok();
    (pb, env, id, file)
}

#[test]
fn file_safety_every_writer_refuses_symlinks_and_existing_files_and_writes_0600() {
    let (_pb, env, id, file) = world();
    let root = tempfile::tempdir().expect("root");
    let victim = root.path().join("victim");
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    let inputs = root.path().join("inputs");
    std::fs::create_dir(&inputs).expect("inputs");
    for w in writers(id, file, &inputs) {
        let case = root.path().join(w.name.replace([' ', '-'], "_"));
        std::fs::create_dir(&case).expect("case dir");
        let fresh_victim = || {
            std::fs::write(&victim, "precious").expect("victim");
            std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644))
                .expect("chmod");
        };

        // (c) umask 000, nothing there yet: a 0600 file in a new 0700 directory.
        let dir = case.join("fresh").join("sub");
        let (args, target) = (w.build)(&dir, next(), false);
        let out = run(&env, &args, true);
        assert_eq!(out.code, 0, "{}: umask 000 run failed: {out:?}", w.name);
        assert_eq!(
            mode_of(&target),
            0o600,
            "{}: file mode under umask 000",
            w.name
        );
        assert_eq!(
            mode_of(target.parent().expect("parent")),
            0o700,
            "{}: directory mode under umask 000",
            w.name
        );
        assert_eq!(
            mode_of(&case.join("fresh")),
            0o700,
            "{}: parent directory mode under umask 000",
            w.name
        );

        // (a) the target is a symlink to someone else's file.
        let dir = case.join("symlink");
        let n1 = next();
        let (_, target) = (w.build)(&dir, n1, false);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("dir");
        fresh_victim();
        std::os::unix::fs::symlink(&victim, &target).expect("symlink");
        let (args, _) = (w.build)(&dir, n1, false);
        let out = run(&env, &args, false);
        assert_eq!(
            out.code, 1,
            "{}: a symlink target was not refused: {out:?}",
            w.name
        );
        assert!(out.stderr.contains("already exists"), "{}: {out:?}", w.name);
        assert!(out.stderr.contains("--force"), "{}: {out:?}", w.name);
        assert_eq!(
            std::fs::read_to_string(&victim).expect("victim"),
            "precious"
        );
        assert!(
            std::fs::symlink_metadata(&target)
                .expect("link")
                .is_symlink()
        );
        let (args, _) = (w.build)(&dir, n1, true);
        let out = run(&env, &args, false);
        assert_eq!(
            out.code, 0,
            "{}: --force over a symlink failed: {out:?}",
            w.name
        );
        assert_eq!(
            std::fs::read_to_string(&victim).expect("victim"),
            "precious",
            "{}: wrote through the symlink",
            w.name
        );
        assert!(
            std::fs::symlink_metadata(&target)
                .expect("target")
                .is_file(),
            "{}: the target is not a regular file after --force",
            w.name
        );
        assert_eq!(mode_of(&target), 0o600, "{}", w.name);
        assert_eq!(
            mode_of(&victim),
            0o644,
            "{}: the victim's mode changed",
            w.name
        );

        // (b) the target is an existing 0644 file.
        let dir = case.join("existing");
        let n2 = next();
        let (args, target) = (w.build)(&dir, n2, false);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("dir");
        std::fs::write(&target, "old").expect("old file");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let out = run(&env, &args, false);
        assert_eq!(
            out.code, 1,
            "{}: an existing file was not refused: {out:?}",
            w.name
        );
        assert_eq!(
            std::fs::read_to_string(&target).expect("old"),
            "old",
            "{}",
            w.name
        );
        assert_eq!(mode_of(&target), 0o644, "{}", w.name);
        let (args, _) = (w.build)(&dir, n2, true);
        let out = run(&env, &args, false);
        assert_eq!(
            out.code, 0,
            "{}: --force over a file failed: {out:?}",
            w.name
        );
        assert_ne!(std::fs::read(&target).expect("new"), b"old", "{}", w.name);
        assert_eq!(mode_of(&target), 0o600, "{}: replaced file mode", w.name);

        // (d) a symlink planted at FILE.part is removed, never written through.
        if w.part {
            let dir = case.join("part");
            let (args, target) = (w.build)(&dir, next(), false);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("dir");
            fresh_victim();
            let mut part = target.clone().into_os_string();
            part.push(".part");
            std::os::unix::fs::symlink(&victim, &part).expect("symlink");
            let out = run(&env, &args, false);
            assert_eq!(out.code, 0, "{}: {out:?}", w.name);
            assert_eq!(
                std::fs::read_to_string(&victim).expect("victim"),
                "precious",
                "{}: wrote through FILE.part",
                w.name
            );
            assert!(
                std::fs::symlink_metadata(&target)
                    .expect("target")
                    .is_file()
            );
            assert_eq!(mode_of(&target), 0o600, "{}", w.name);
            assert!(
                std::fs::symlink_metadata(&part).is_err(),
                "{}: .part left",
                w.name
            );
        }
    }
}

#[test]
fn file_safety_config_and_credentials_are_0600_in_0700_under_umask_000() {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    let add = strings(&["context", "add", "dev", "--url", &pb.url, "--use"]);
    run(&env, &add, true).ok();
    let login = strings(&[
        "auth",
        "login",
        "--identity",
        crate::common::ADMIN_EMAIL,
        "--password-stdin",
    ]);
    let args: Vec<&str> = login.iter().map(String::as_str).collect();
    let mut cmd = env.command(&args);
    // SAFETY: as in `run`.
    unsafe {
        cmd.pre_exec(|| {
            libc::umask(0);
            Ok(())
        });
    }
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("login");
    std::io::Write::write_all(
        &mut child.stdin.take().expect("stdin"),
        format!("{}\n", crate::common::ADMIN_PASSWORD).as_bytes(),
    )
    .expect("password");
    let out = child.wait_with_output().expect("login");
    assert!(out.status.success(), "{out:?}");
    env.scan_output(&out);
    assert_eq!(mode_of(&env.config_file()), 0o600);
    assert_eq!(mode_of(&env.credentials_file()), 0o600);
    assert_eq!(mode_of(&env.config_dir()), 0o700);
    // The JWT store, created under umask 000 too.
    run(&env, &strings(&["jwt", "init", "op"]), true).ok();
    let store = env.home.path().join("data").join("pbctl").join("jwt");
    for entry in walk(&store) {
        let m = mode_of(&entry);
        if entry.is_dir() {
            assert_eq!(m, 0o700, "{}", entry.display());
        } else if !entry.to_string_lossy().ends_with(".lock") {
            assert_eq!(m, 0o600, "{}", entry.display());
        }
    }
    // No file anywhere in the config dir or the store but pbctl's own.
    for entry in walk(&env.config_dir()).into_iter().chain(walk(&store)) {
        let name = entry
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        assert!(
            !name.ends_with(".tmp"),
            "temporary file left: {}",
            entry.display()
        );
    }
}

/// Every path under `dir`, depth first.
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            out.push(p.clone());
            if p.is_dir() && !p.is_symlink() {
                out.extend(walk(&p));
            }
        }
    }
    out
}

#[test]
fn file_safety_keys_export_refuses_an_existing_bundle_without_force() {
    let env = TestEnv::new();
    env.run(&["jwt", "init", "op"]).ok();
    let dir = tempfile::tempdir().expect("dir");
    let bundle = dir.path().join("store.age");
    std::fs::write(&bundle, "precious").expect("bundle");
    let path = bundle.to_string_lossy().into_owned();
    let args = ["jwt", "keys", "export", "-O", &path, "--passphrase-stdin"];
    // Refused before the passphrase is read: the file keeps its bytes.
    let out = env.run_stdin(&args, "correct horse battery staple\n");
    out.code(1);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&bundle).expect("read"), "precious");
    let mut forced = args.to_vec();
    forced.push("--force");
    env.run_stdin(&forced, "correct horse battery staple\n")
        .ok();
    assert_ne!(std::fs::read(&bundle).expect("read"), b"precious");
    assert_eq!(mode_of(&bundle), 0o600);
}
