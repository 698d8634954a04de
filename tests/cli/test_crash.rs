//! Crash consistency: pbctl killed with SIGKILL at random moments while it writes the
//! config, the credentials file and the JWT store. After every kill the files are valid
//! (they parse, every command still works), and no temporary file (which may hold a
//! token or a seed) survives the next run. Real PocketBase 0.40.6 for the logins.

use crate::common::{ADMIN_EMAIL, ADMIN_PASSWORD, PocketBase, TestEnv};
use crate::test_file_safety::walk;
use std::io::Write;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Start pbctl, kill it with SIGKILL after `delay` (if still running).
fn kill_after(env: &TestEnv, args: &[&str], stdin: Option<&str>, delay: Duration) {
    let mut child = env
        .command(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run pbctl");
    if let Some(input) = stdin {
        let _ = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes());
    }
    std::thread::sleep(delay);
    let _ = child.kill();
    let _ = child.wait();
}

/// How long one uninterrupted run takes: kills are spread over that window.
fn timed(env: &TestEnv, args: &[&str], stdin: Option<&str>) -> Duration {
    let started = Instant::now();
    let out = env.run_with(args, stdin, &[]);
    out.ok();
    started.elapsed()
}

fn temp_files(dir: &Path) -> Vec<String> {
    walk(dir)
        .into_iter()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| {
            let name = p.rsplit('/').next().unwrap_or_default();
            name.starts_with(".pbctl-") && name.ends_with(".tmp")
        })
        .collect()
}

fn random_delay(window: Duration) -> Duration {
    window.mul_f64(fastrand::f64() * 1.2)
}

#[test]
fn crash_consistency_config_and_credentials_survive_kill_9() {
    let pb = PocketBase::start();
    let env = TestEnv::new();
    env.run(&["context", "add", "dev", "--url", &pb.url, "--use"])
        .ok();
    let login = [
        "auth",
        "login",
        "--identity",
        ADMIN_EMAIL,
        "--password-stdin",
    ];
    let password = format!("{ADMIN_PASSWORD}\n");
    let window = timed(&env, &login, Some(&password));
    for i in 0..25 {
        // Config writes (context add / set) and credential writes (login), killed.
        let name = format!("c{i}");
        let add = ["context", "add", &name, "--url", &pb.url];
        kill_after(&env, &add, None, random_delay(Duration::from_millis(30)));
        kill_after(&env, &login, Some(&password), random_delay(window));
        // Whatever happened, the files parse and pbctl works with them.
        if let Ok(text) = std::fs::read_to_string(env.config_file()) {
            serde_saphyr::from_str::<serde_json::Value>(&text)
                .unwrap_or_else(|e| panic!("config.yaml invalid after kill {i}: {e}\n{text}"));
        }
        if let Ok(text) = std::fs::read_to_string(env.credentials_file()) {
            serde_saphyr::from_str::<serde_json::Value>(&text)
                .unwrap_or_else(|e| panic!("credentials.yaml invalid after kill {i}: {e}"));
        }
        env.run(&["context", "list", "-o", "json"]).ok();
    }
    // The next complete run leaves a working login and no temporary file.
    env.run_stdin(&login, &password).ok();
    env.run(&["settings", "get", "meta.appName"]).ok();
    assert_eq!(temp_files(&env.config_dir()), Vec::<String>::new());

    // A temporary file of a killed process, as a crash leaves it, is removed by the next
    // run that reads the config.
    let mut dead = std::process::Command::new("true").spawn().expect("true");
    let pid = dead.id();
    dead.wait().expect("wait");
    let remnant = env.config_dir().join(format!(".pbctl-{pid}-x1y2z3.tmp"));
    std::fs::write(&remnant, "tokens:\n  dev: eyJhbGciOi.secret.token\n").expect("remnant");
    env.run(&["context", "list"]).ok();
    assert!(
        !remnant.exists(),
        "a crashed write's temporary file survived"
    );
}

#[test]
fn crash_consistency_jwt_store_survives_kill_9() {
    let env = TestEnv::new();
    env.run(&["jwt", "init", "op"]).ok();
    env.run(&["jwt", "account", "add", "app"]).ok();
    let creds = env.home.path().join("creds");
    let creds_dir = creds.to_string_lossy().into_owned();
    let window = timed(
        &env,
        &["jwt", "user", "add", "first", "--account", "app"],
        None,
    );
    let users = env.home.path().join("users.jsonl");
    let store = env.home.path().join("data").join("pbctl").join("jwt");
    let mut n = 0;
    for i in 0..10 {
        // Single adds (seed, JWT, creds file) and bulk adds of 200 users, killed.
        let name = format!("u{i}");
        kill_after(
            &env,
            &[
                "jwt",
                "user",
                "add",
                &name,
                "--account",
                "app",
                "--creds-dir",
                &creds_dir,
            ],
            None,
            random_delay(window),
        );
        let lines: String = (0..200)
            .map(|_| {
                n += 1;
                format!("{{\"name\":\"b{n}\"}}\n")
            })
            .collect();
        std::fs::write(&users, lines).expect("users");
        kill_after(
            &env,
            &[
                "jwt",
                "user",
                "add",
                "--from",
                &users.to_string_lossy(),
                "--account",
                "app",
                "--creds-dir",
                &creds_dir,
            ],
            None,
            random_delay(window * 3),
        );
        // Every user the store lists has a complete JWT and its seed.
        let list = env.run(&["jwt", "user", "list", "--account", "app", "-o", "json"]);
        let listed = list.ok().json();
        let listed = listed.as_array().expect("users");
        for u in listed {
            let user = u["name"].as_str().expect("name");
            let jwt =
                std::fs::read_to_string(store.join(format!("op/accounts/app/users/{user}.jwt")))
                    .unwrap_or_else(|e| panic!("user {user}: {e}"));
            let claims = pbctl::nats::jwt::decode_user(jwt.trim())
                .unwrap_or_else(|e| panic!("JWT of {user} invalid after kill {i}: {e}"));
            let seed = std::fs::read_to_string(store.join(format!("keys/{}.nk", claims.sub)))
                .unwrap_or_else(|e| panic!("seed of {user} missing after kill {i}: {e}"));
            let kp = pbctl::nats::keys::KeyPair::from_seed(seed.trim())
                .unwrap_or_else(|e| panic!("seed of {user} invalid after kill {i}: {e}"));
            assert_eq!(kp.public_key(), claims.sub);
        }
        // And pbctl makes creds of the last one listed.
        if let Some(u) = listed.last() {
            let user = u["name"].as_str().expect("name");
            let out = env
                .revealing()
                .run(&["jwt", "creds", user, "--account", "app"]);
            pbctl::nats::creds::Creds::parse(&out.ok().stdout)
                .unwrap_or_else(|e| panic!("creds of {user} invalid after kill {i}: {e}"));
        }
        env.run(&["jwt", "validate"]).ok();
    }
    // The next writing run in the same directories leaves no temporary file behind.
    env.run(&[
        "jwt",
        "user",
        "add",
        "last",
        "--account",
        "app",
        "--creds-dir",
        &creds_dir,
    ])
    .ok();
    let left: Vec<String> = temp_files(&store)
        .into_iter()
        .chain(temp_files(&creds))
        .collect();
    assert_eq!(left, Vec::<String>::new());
}
