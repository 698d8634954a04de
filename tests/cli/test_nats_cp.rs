//! `pbctl nats`: the pb-nats control plane, against a real PocketBase 0.40.6, a real
//! nats-server 2.15.1 and a real async-nats client.

use crate::common::{PocketBase, TestEnv, logged_in, secret_scan};
use crate::nats_server::NatsServer;
use pbctl::nats::claims::OperatorClaims;
use pbctl::nats::creds::Creds;
use pbctl::nats::jwt::{VerifyOptions, decode, decode_account, decode_user};
use pbctl::nats::resolver::connect_options;
use serde_json::{Value, json};
use std::time::Duration;

pub(crate) fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// All records of a collection, read as the superuser (bypassing pbctl).
pub(crate) fn records(pb: &PocketBase, coll: &str) -> Vec<Value> {
    pb.admin(
        "GET",
        &format!("/api/collections/{coll}/records?perPage=500"),
        None,
    )["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub(crate) fn one(pb: &PocketBase, coll: &str, field: &str, value: &str) -> Value {
    records(pb, coll)
        .into_iter()
        .find(|r| r[field] == value)
        .unwrap_or_else(|| panic!("no {coll} record with {field}={value}"))
}

/// Outcome of a client trying `acme.x`.
#[derive(Debug, PartialEq)]
pub(crate) enum Access {
    Refused(String),
    /// Connected; whether publishing on the subject was refused.
    Connected {
        publish_denied: bool,
    },
}

/// Connect with `creds`, subscribe to `subject`, publish to it, report what happened.
pub(crate) fn try_client(url: &str, creds: &str, subject: &str) -> Access {
    let creds = Creds::parse(creds).expect("creds parse");
    rt().block_on(async {
        let (tx2, mut rx2) = tokio::sync::mpsc::unbounded_channel::<String>();
        let opts = connect_options(&creds)
            .expect("connect options")
            .event_callback(move |ev| {
                let tx = tx2.clone();
                async move {
                    if let async_nats::Event::ServerError(e) = ev {
                        let _ = tx.send(e.to_string());
                    }
                }
            });
        let client = match opts.connect(url).await {
            Ok(c) => c,
            Err(e) => return Access::Refused(e.to_string()),
        };
        let mut sub = client
            .subscribe(subject.to_string())
            .await
            .expect("subscribe");
        client.flush().await.expect("flush");
        // A denied subscription is reported asynchronously.
        if let Ok(Some(err)) = tokio::time::timeout(Duration::from_millis(300), rx2.recv()).await {
            let lower = err.to_lowercase();
            if lower.contains("authorization")
                || lower.contains("permissions violation for subscription")
            {
                return Access::Refused(err);
            }
            panic!("unexpected server error on subscribe: {err}");
        }
        client
            .publish(subject.to_string(), "hi".into())
            .await
            .expect("publish");
        client.flush().await.expect("flush");
        let denied = match tokio::time::timeout(Duration::from_secs(2), rx2.recv()).await {
            Ok(Some(err)) => {
                let lower = err.to_lowercase();
                assert!(lower.contains("permissions violation"), "{err}");
                assert!(lower.contains("publish"), "{err}");
                true
            }
            _ => false,
        };
        if !denied {
            // The message went through to our own subscription.
            let got = tokio::time::timeout(Duration::from_secs(2), futures_next(&mut sub)).await;
            assert!(got.is_ok(), "publish neither refused nor delivered");
        }
        Access::Connected {
            publish_denied: denied,
        }
    })
}

async fn futures_next(sub: &mut async_nats::Subscriber) -> Option<async_nats::Message> {
    use futures_util::StreamExt;
    sub.next().await
}

pub(crate) fn refused(a: &Access) -> bool {
    matches!(a, Access::Refused(_))
}

/// A logged-in env with a bootstrapped control plane and a nats-server from its config.
pub(crate) struct World {
    pub(crate) pb: PocketBase,
    pub(crate) env: TestEnv,
    _dir: tempfile::TempDir,
    pub(crate) nats: NatsServer,
}

pub(crate) fn world() -> World {
    let (pb, env) = logged_in("cp");
    env.run(&["nats", "bootstrap"]).ok();
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("nats");
    env.run(&["nats", "server-config", "-O", out.to_str().expect("path")])
        .ok();
    let nats = NatsServer::start_file(&out.join("nats.conf"));
    env.run(&["context", "set", "cp", &format!("nats.url={}", nats.url())])
        .ok();
    World {
        pb,
        env,
        _dir: dir,
        nats,
    }
}

pub(crate) fn creds_of(env: &TestEnv, user: &str) -> String {
    let out = env.revealing().run(&["nats", "user", "creds", user]);
    out.ok();
    assert!(out.stdout.contains("-----BEGIN NATS USER JWT-----"));
    out.stdout
}

#[test]
fn test_nats_cp_end_to_end_permissions_revoke_suspend() {
    let w = world();
    let env = &w.env;
    let url = w.nats.url();
    // Status before anything: pbctl-managed, SYS known to NATS.
    let st = env.run(&["nats", "status", "-o", "json"]);
    st.ok();
    let st = st.json();
    assert_eq!(st["mode"], "pbctl-managed");
    assert_eq!(st["drift"]["servers"], 1, "{st}");

    env.run(&["nats", "account", "create", "acme"]).ok();
    env.run(&[
        "nats", "role", "create", "reader", "--sub", "acme.>", "--pub", "_INBOX.>",
    ])
    .ok();
    env.run(&[
        "nats",
        "user",
        "create",
        "alice",
        "--account",
        "acme",
        "--role",
        "reader",
    ])
    .ok();
    let creds = creds_of(env, "alice");
    // Not pushed yet: the account is unknown to NATS.
    assert!(refused(&try_client(&url, &creds, "acme.x")));

    let sync = env.run(&["nats", "sync", "-o", "json"]);
    sync.ok();
    let lines = sync.json();
    let lines = lines.as_array().expect("lines");
    assert!(
        lines
            .iter()
            .any(|l| l["account"] == "acme" && l["action"] == "push" && l["ok"] == true),
        "{lines:?}"
    );
    assert!(lines.iter().all(|l| l["ok"] == true), "{lines:?}");
    // Subscribe allowed, publish on acme.x refused.
    assert_eq!(
        try_client(&url, &creds, "acme.x"),
        Access::Connected {
            publish_denied: true
        }
    );
    // A nats CLI context for the user: the context's NATS URL and a 0600 creds file,
    // enough for a client configured only by the context file.
    env.run(&[
        "nats",
        "user",
        "creds",
        "alice",
        "--nats-context",
        "alice-cp",
    ])
    .ok();
    let ctx_file = env.home.path().join("config/nats/context/alice-cp.json");
    let ctx: Value = serde_json::from_str(&std::fs::read_to_string(&ctx_file).unwrap()).unwrap();
    assert_eq!(ctx["url"], url.as_str());
    let ctx_creds = std::path::PathBuf::from(ctx["creds"].as_str().unwrap());
    assert_eq!(crate::common::mode(&ctx_creds), 0o600);
    assert_eq!(
        try_client(
            ctx["url"].as_str().unwrap(),
            &std::fs::read_to_string(&ctx_creds).unwrap(),
            "acme.x"
        ),
        Access::Connected {
            publish_denied: true
        }
    );
    // Idempotent.
    env.run(&["nats", "sync"]).ok();
    let st = env.run(&["nats", "status", "-o", "json"]).json();
    assert_eq!(st["drift"]["inSync"], true, "{st}");

    // Revoke: old creds refused after sync, new ones work.
    env.run(&["nats", "user", "revoke", "alice"]).ok();
    let new_creds = creds_of(env, "alice");
    assert_ne!(new_creds, creds);
    env.run(&["nats", "sync"]).ok();
    let old = try_client(&url, &creds, "acme.x");
    assert!(refused(&old), "old creds still accepted: {old:?}");
    assert_eq!(
        try_client(&url, &new_creds, "acme.x"),
        Access::Connected {
            publish_denied: true
        }
    );

    // Suspend + prune: acme's users can't connect; resume + sync: they can.
    env.run(&["nats", "account", "suspend", "acme"]).ok();
    let dry = env.run(&["nats", "sync", "--prune", "--dry-run", "-o", "json"]);
    dry.ok();
    assert!(
        dry.json()
            .as_array()
            .expect("plan")
            .iter()
            .any(|l| l["account"] == "acme" && l["action"] == "delete"),
        "{dry:?}"
    );
    let pruned = env.run(&["nats", "sync", "--prune", "-o", "json"]);
    pruned.ok();
    assert!(
        pruned
            .json()
            .as_array()
            .expect("lines")
            .iter()
            .any(|l| l["account"] == "acme" && l["action"] == "delete" && l["ok"] == true),
        "{pruned:?}"
    );
    let a = try_client(&url, &new_creds, "acme.x");
    assert!(refused(&a), "suspended account still accepted: {a:?}");
    env.run(&["nats", "account", "resume", "acme"]).ok();
    env.run(&["nats", "sync", "--prune"]).ok();
    assert_eq!(
        try_client(&url, &new_creds, "acme.x"),
        Access::Connected {
            publish_denied: true
        }
    );

    // User suspend/resume.
    env.run(&["nats", "user", "suspend", "alice"]).ok();
    env.run(&["nats", "sync"]).ok();
    assert!(refused(&try_client(&url, &new_creds, "acme.x")));
    env.run(&["nats", "user", "resume", "alice"]).ok();
    let resumed = creds_of(env, "alice");
    env.run(&["nats", "sync"]).ok();
    assert!(!refused(&try_client(&url, &resumed, "acme.x")));

    // Role change reissues: now alice may publish on acme.x.
    env.run(&["nats", "role", "update", "reader", "--pub", "acme.>"])
        .ok();
    let widened = creds_of(env, "alice");
    assert_eq!(
        try_client(&url, &widened, "acme.x"),
        Access::Connected {
            publish_denied: false
        }
    );
    let _ = w.pb.url.clone();
}

/// pb-nats' invariants on every record pbctl wrote.
fn check_invariants(pb: &PocketBase) {
    let ops = records(pb, "nats_system_operator");
    assert_eq!(ops.len(), 1);
    let op = &ops[0];
    for f in [
        "name",
        "public_key",
        "private_key",
        "seed",
        "jwt",
        "system_account_id",
    ] {
        assert!(op[f].is_string() && op[f] != "", "operator.{f}: {op}");
    }
    assert!(op["seed"].as_str().unwrap().starts_with("SO"));
    assert!(op["private_key"].as_str().unwrap().starts_with('P'));
    let op_claims: OperatorClaims = decode(op["jwt"].as_str().unwrap(), &VerifyOptions::default())
        .expect("operator JWT verifies");
    assert_eq!(op_claims.iss, op_claims.sub);
    assert_eq!(op_claims.sub, op["public_key"]);
    let op_sks = op["signing_keys"].as_array().expect("signing_keys array");
    let op_sks_priv = op["signing_keys_private"]
        .as_array()
        .expect("private array");
    assert_eq!(op_sks.len(), op_sks_priv.len());
    for k in op_sks_priv {
        for f in ["public_key", "private_key", "seed", "created_at"] {
            assert!(k[f].is_string(), "{k}");
        }
    }
    let newest_op_sk = op_sks.last().unwrap()["public_key"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        op_claims.nats.signing_keys,
        op_sks
            .iter()
            .map(|k| k["public_key"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    );
    let accounts = records(pb, "nats_accounts");
    let sys_id = op["system_account_id"].as_str().unwrap();
    let sys = accounts
        .iter()
        .find(|a| a["id"] == sys_id)
        .expect("SYS record");
    assert_eq!(op_claims.nats.system_account, sys["public_key"]);
    assert_eq!(sys["name"], "System Account");
    for a in &accounts {
        assert!(a["seed"].as_str().unwrap().starts_with("SA"), "{a}");
        assert!(a["revocations"].is_object(), "{a}");
        assert!(a["active"].is_boolean());
        for f in pbctl::controlplane::names::ACCOUNT_LIMITS {
            assert!(a[f].is_i64(), "{f}: {a}");
        }
        let claims = decode_account(a["jwt"].as_str().unwrap()).expect("account JWT verifies");
        assert_eq!(claims.sub, a["public_key"]);
        assert_eq!(
            claims.iss, newest_op_sk,
            "account signed by the newest operator signing key"
        );
        let sks: Vec<String> = a["signing_keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["public_key"].as_str().unwrap().to_string())
            .collect();
        assert!(!sks.is_empty());
        let mut in_jwt: Vec<String> = claims
            .nats
            .signing_keys
            .iter()
            .map(|k| k.key().to_string())
            .collect();
        in_jwt.sort();
        let mut sorted = sks.clone();
        sorted.sort();
        assert_eq!(in_jwt, sorted);
        if a["id"] == sys_id {
            assert_eq!(claims.name, "SYS");
            assert_eq!(claims.nats.exports.len(), 2);
            assert!(!claims.nats.limits.jetstream_enabled());
        } else {
            assert_eq!(
                claims.name,
                pbctl::controlplane::normalize_name(a["name"].as_str().unwrap())
            );
            let conn = a["max_connections"].as_i64().unwrap();
            assert_eq!(claims.nats.limits.conn, if conn < 0 { -1 } else { conn });
            for (k, v) in a["revocations"].as_object().unwrap() {
                assert_eq!(claims.nats.revocations.get(k), v.as_i64().as_ref());
            }
        }
        // Users of this account: signed by its newest signing key, issuer_account set.
        for u in records(pb, "nats_users")
            .iter()
            .filter(|u| u["account_id"] == a["id"])
        {
            let uc = decode_user(u["jwt"].as_str().unwrap()).expect("user JWT verifies");
            assert_eq!(
                &uc.iss,
                sks.last().unwrap(),
                "user signed by the newest account signing key"
            );
            assert_eq!(uc.nats.issuer_account, a["public_key"]);
            assert_eq!(uc.sub, u["public_key"]);
            assert_eq!(uc.name, u["nats_username"]);
            assert!(u["seed"].as_str().unwrap().starts_with("SU"));
            let c = Creds::parse(u["creds_file"].as_str().unwrap()).expect("creds");
            assert_eq!(c.jwt(), u["jwt"].as_str().unwrap());
            for f in pbctl::controlplane::names::PERMISSION_FIELDS {
                assert!(u[f].is_array(), "{f}: {u}");
            }
        }
    }
    for r in records(pb, "nats_roles") {
        for f in pbctl::controlplane::names::PERMISSION_FIELDS {
            assert!(r[f].is_array(), "{f}: {r}");
        }
        for f in pbctl::controlplane::names::ROLE_LIMITS {
            assert!(r[f].is_i64());
        }
    }
}

#[test]
fn test_nats_cp_records_pass_pb_nats_invariants() {
    let (pb, env) = logged_in("cp");
    env.run(&["nats", "bootstrap", "--operator-name", "acme-op"])
        .ok();
    // Idempotent: nothing new, same operator.
    let again = env.run(&["nats", "bootstrap", "-o", "json"]);
    again.ok();
    assert_eq!(again.json()["created"], json!([]));
    // The schema: superuser-only rules, exact field types.
    for c in [
        "nats_system_operator",
        "nats_accounts",
        "nats_roles",
        "nats_users",
        "nats_account_exports",
        "nats_account_imports",
    ] {
        let col = pb.admin("GET", &format!("/api/collections/{c}"), None);
        for rule in [
            "listRule",
            "viewRule",
            "createRule",
            "updateRule",
            "deleteRule",
        ] {
            assert!(col[rule].is_null(), "{c}.{rule}");
        }
    }
    let users_col = pb.admin("GET", "/api/collections/nats_users", None);
    assert_eq!(users_col["type"], "auth");
    let field = |col: &Value, name: &str| -> Value {
        col["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("field {name}"))
    };
    assert_eq!(field(&users_col, "account_id")["type"], "relation");
    assert_eq!(field(&users_col, "account_id")["cascadeDelete"], false);
    assert_eq!(field(&users_col, "seed")["hidden"], true);
    assert_eq!(field(&users_col, "creds_file")["hidden"], false);
    let exp_col = pb.admin("GET", "/api/collections/nats_account_exports", None);
    assert_eq!(field(&exp_col, "account_id")["cascadeDelete"], true);
    assert_eq!(
        field(&exp_col, "type")["values"],
        json!(["stream", "service"])
    );
    assert!(
        pb.admin("GET", "/api/collections", None)["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["name"] != "nats_publish_queue")
    );
    // System role and user exactly as pb-nats.
    let role = one(&pb, "nats_roles", "name", "system_admin");
    assert_eq!(role["publish_permissions"], json!(["$SYS.>", ">"]));
    assert_eq!(role["allow_response_max"], -1);
    let sys = one(&pb, "nats_users", "nats_username", "sys");
    assert_eq!(sys["email"], "system@localhost.com");
    assert_eq!(sys["verified"], true);
    let sys_claims = decode_user(sys["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(sys_claims.exp, 0);
    assert_eq!(sys_claims.nats.limits.publish.allow, vec!["$SYS.>", ">"]);

    env.run(&[
        "nats",
        "account",
        "create",
        "Acme Corp @#$",
        "--max-connections",
        "5",
    ])
    .ok();
    env.run(&["nats", "account", "create", "globex"]).ok();
    env.run(&[
        "nats",
        "role",
        "create",
        "svc",
        "--pub",
        "svc.>",
        "--sub",
        "svc.>",
        "--allow-response=3",
        "--response-ttl",
        "5s",
        "--max-payload",
        "1024",
    ])
    .ok();
    env.run(&[
        "nats",
        "user",
        "create",
        "bob",
        "--account",
        "globex",
        "--role",
        "svc",
        "--pub",
        "extra.>",
    ])
    .ok();
    env.run(&[
        "nats",
        "account",
        "export",
        "add",
        "Acme Corp @#$",
        "--name",
        "api",
        "--subject",
        "acme.api.>",
        "--service",
        "--response-type",
        "Stream",
        "--response-threshold",
        "250",
    ])
    .ok();
    env.run(&[
        "nats",
        "account",
        "import",
        "add",
        "globex",
        "--name",
        "acme-api",
        "--subject",
        "acme.api.>",
        "--from",
        "Acme Corp @#$",
        "--service",
        "--local-subject",
        "api.>",
    ])
    .ok();
    env.run(&["nats", "account", "add-signing-key", "globex"])
        .ok();
    env.run(&["nats", "user", "revoke", "bob"]).ok();
    check_invariants(&pb);

    let acme = one(&pb, "nats_accounts", "name", "Acme Corp @#$");
    let ac = decode_account(acme["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(ac.name, "acme_corp_");
    assert_eq!(ac.nats.limits.conn, 5);
    assert_eq!(ac.nats.exports.len(), 1);
    assert_eq!(ac.nats.exports[0].response_threshold, 250_000_000);
    let globex = one(&pb, "nats_accounts", "name", "globex");
    assert_eq!(globex["signing_keys"].as_array().unwrap().len(), 2);
    let gc = decode_account(globex["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(gc.nats.imports.len(), 1);
    assert_eq!(gc.nats.imports[0].account, acme["public_key"]);
    assert_eq!(gc.nats.imports[0].local_subject, "api.>");
    assert_eq!(gc.nats.revocations.len(), 1, "bob's old key revoked");
    let bob = one(&pb, "nats_users", "nats_username", "bob");
    let bc = decode_user(bob["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(bc.nats.limits.publish.allow, vec!["svc.>", "extra.>"]);
    assert_eq!(bc.nats.limits.subscribe.allow, vec!["svc.>"]);
    let resp = bc.nats.limits.resp.clone().expect("resp");
    assert_eq!((resp.max, resp.ttl), (3, 5_000_000_000));
    assert_eq!(bc.nats.limits.payload, 1024);
    assert_eq!(bc.nats.limits.subs, -1);

    // Rotate: one new key, revocations cleared, users reissued; still invariant.
    env.run(&["nats", "account", "rotate-keys", "globex"]).ok();
    let globex = one(&pb, "nats_accounts", "name", "globex");
    assert_eq!(globex["signing_keys"].as_array().unwrap().len(), 1);
    assert_eq!(globex["revocations"], json!({}));
    let sk = globex["signing_keys"][0]["public_key"]
        .as_str()
        .unwrap()
        .to_string();
    let out = env.run(&["nats", "account", "remove-signing-key", "globex", &sk]);
    out.code(1);
    assert!(out.stderr.contains("only signing key"), "{out:?}");
    env.run(&[
        "nats",
        "account",
        "export",
        "delete",
        "Acme Corp @#$",
        "api",
    ])
    .ok();
    assert!(
        decode_account(
            one(&pb, "nats_accounts", "name", "Acme Corp @#$")["jwt"]
                .as_str()
                .unwrap()
        )
        .unwrap()
        .nats
        .exports
        .is_empty()
    );
    check_invariants(&pb);
}

#[test]
fn test_nats_cp_refusals_change_nothing() {
    let (pb, env) = logged_in("cp");
    env.nats_tenant("alice");
    let before = |c: &str| records(&pb, c).len();
    let counts = [
        before("nats_accounts"),
        before("nats_users"),
        before("nats_roles"),
    ];
    let acme_jwt = one(&pb, "nats_accounts", "name", "acme")["jwt"].clone();

    let out = env.run(&["nats", "account", "delete", "acme"]);
    out.code(1);
    assert!(out.stderr.contains("still has 1 user"), "{out:?}");
    let out = env.run(&["nats", "account", "delete", "System Account"]);
    out.code(1);
    assert!(out.stderr.contains("system account"), "{out:?}");
    let sys_id = records(&pb, "nats_system_operator")[0]["system_account_id"]
        .as_str()
        .unwrap()
        .to_string();
    env.run(&["nats", "account", "delete", &sys_id]).code(1);
    env.run(&["nats", "account", "suspend", &sys_id]).code(1);
    let out = env.run(&["nats", "user", "delete", "sys"]);
    out.code(1);
    assert!(out.stderr.contains("sys user"), "{out:?}");
    let out = env.run(&["nats", "role", "delete", "reader"]);
    out.code(1);
    assert!(out.stderr.contains("still used by 1 user"), "{out:?}");
    env.run(&["nats", "role", "delete", "system_admin"]).code(1);
    assert_eq!(
        counts,
        [
            before("nats_accounts"),
            before("nats_users"),
            before("nats_roles")
        ]
    );
    assert_eq!(one(&pb, "nats_accounts", "name", "acme")["jwt"], acme_jwt);
    // Not found is exit 3; ambiguous names are refused.
    env.run(&["nats", "account", "get", "nope"]).code(3);
    env.run(&["nats", "account", "create", "twin"]).ok();
    env.run(&["nats", "account", "create", "twin"]).ok();
    let out = env.run(&["nats", "account", "get", "twin"]);
    out.code(1);
    assert!(out.stderr.contains("use the record id"), "{out:?}");
    // Deleting in order works: user, then account (its revocation was recorded first).
    env.run(&["nats", "user", "delete", "alice"]).ok();
    env.run(&["nats", "role", "delete", "reader"]).ok();
    env.run(&["nats", "account", "delete", "acme"]).ok();
}

#[test]
fn test_nats_cp_no_seed_in_output_unless_asked() {
    let w = world();
    let env = &w.env;
    let mut all = String::new();
    // Changes: once each, with -vv (debug logs are redacted too) and -o json.
    let mut change = |args: &[&str]| {
        let mut v = args.to_vec();
        v.extend(["-vv", "-o", "json"]);
        let out = env.run(&v);
        out.ok();
        all.push_str(&out.stdout);
        all.push_str(&out.stderr);
    };
    change(&["nats", "account", "create", "acme"]);
    change(&["nats", "role", "create", "reader", "--sub", "acme.>"]);
    change(&[
        "nats",
        "user",
        "create",
        "alice",
        "--account",
        "acme",
        "--role",
        "reader",
    ]);
    change(&["nats", "user", "revoke", "alice"]);
    change(&["nats", "account", "rotate-keys", "acme"]);
    change(&["nats", "sync"]);
    change(&["nats", "bootstrap"]);
    // Reads: every format.
    let mut read = |args: &[&str]| {
        for fmt in ["table", "wide", "json", "yaml", "jsonl"] {
            let mut a = args.to_vec();
            a.extend(["-o", fmt]);
            let out = env.run(&a);
            out.ok();
            all.push_str(&out.stdout);
            all.push_str(&out.stderr);
        }
    };
    read(&["nats", "status"]);
    read(&["nats", "account", "list"]);
    read(&["nats", "account", "get", "System Account"]);
    read(&["nats", "account", "get", "acme"]);
    read(&["nats", "user", "list"]);
    read(&["nats", "user", "get", "sys"]);
    read(&["nats", "user", "get", "alice"]);
    read(&["nats", "role", "list"]);
    read(&["nats", "server-config"]);
    read(&["nats", "sync", "--dry-run", "--prune"]);
    assert_eq!(secret_scan(&[], &all), None, "a seed leaked:\n{all}");
    assert!(!all.contains("NKEY SEED"), "a creds file leaked:\n{all}");
    // Asked for: --show-seeds and creds.
    let shown =
        env.revealing()
            .run(&["nats", "user", "get", "alice", "--show-seeds", "-o", "json"]);
    shown.ok();
    assert!(shown.json()["seed"].as_str().unwrap().starts_with("SU"));
    assert!(secret_scan(&[], &creds_of(env, "alice")).is_some());
    // A creds file is written 0600.
    let path = env.home.path().join("alice.creds");
    env.run(&[
        "nats",
        "user",
        "creds",
        "alice",
        "-O",
        path.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(crate::common::mode(&path), 0o600);
}

#[test]
fn test_nats_cp_server_managed_mode_writes_triggers_and_never_mints() {
    let (pb, env) = logged_in("cp");
    env.run(&["nats", "bootstrap"]).ok();
    env.run(&["nats", "role", "create", "reader", "--sub", "acme.>"])
        .ok();
    // pb-nats' publish queue makes it server-managed.
    pb.admin(
        "POST",
        "/api/collections",
        Some(&pbctl::controlplane::schema::publish_queue()),
    );
    let st = env.run(&["nats", "status", "-o", "json"]);
    st.ok();
    assert_eq!(st.json()["mode"], "server-managed");
    assert_eq!(st.json()["publishQueue"]["pending"], 0);
    let out = env.run(&["nats", "bootstrap"]);
    out.code(1);
    assert!(out.stderr.contains("pb-nats"), "{out:?}");

    let out = env.run(&["nats", "account", "create", "acme", "--wait", "1s"]);
    out.ok();
    assert!(out.stderr.contains("pb-nats has not"), "{out:?}");
    let acme = one(&pb, "nats_accounts", "name", "acme");
    assert_eq!(
        acme["public_key"], "",
        "pbctl minted in server-managed mode"
    );
    assert_eq!(acme["jwt"], "");
    assert_eq!(acme["active"], true);
    assert_eq!(acme["max_connections"], -1);

    env.run(&["nats", "account", "rotate-keys", "acme", "--wait", "0s"])
        .ok();
    assert_eq!(
        one(&pb, "nats_accounts", "name", "acme")["rotate_keys"],
        true
    );
    env.run(&["nats", "account", "add-signing-key", "acme", "--wait", "0s"])
        .ok();
    env.run(&[
        "nats",
        "account",
        "remove-signing-key",
        "acme",
        "AKEY",
        "--wait",
        "0s",
    ])
    .ok();
    assert_eq!(
        one(&pb, "nats_accounts", "name", "acme")["remove_signing_key"],
        "AKEY"
    );

    env.run(&[
        "nats",
        "user",
        "create",
        "alice",
        "--account",
        "acme",
        "--role",
        "reader",
        "--wait",
        "0s",
    ])
    .ok();
    let alice = one(&pb, "nats_users", "nats_username", "alice");
    assert_eq!(alice["public_key"], "");
    assert_eq!(alice["jwt"], "");
    assert_eq!(alice["creds_file"], "");
    assert_eq!(alice["active"], true);
    env.run(&["nats", "user", "revoke", "alice", "--wait", "0s"])
        .ok();
    assert_eq!(
        one(&pb, "nats_users", "nats_username", "alice")["revoke"],
        true
    );
    env.run(&["nats", "user", "regenerate", "alice", "--wait", "0s"])
        .ok();
    assert_eq!(
        one(&pb, "nats_users", "nats_username", "alice")["regenerate"],
        true
    );
    env.run(&["nats", "user", "suspend", "alice"]).ok();
    assert_eq!(
        one(&pb, "nats_users", "nats_username", "alice")["active"],
        false
    );
    env.run(&["nats", "account", "suspend", "acme"]).ok();
    assert_eq!(one(&pb, "nats_accounts", "name", "acme")["active"], false);
    // Nothing was minted: no revocations, no keys.
    let acme = one(&pb, "nats_accounts", "name", "acme");
    assert_eq!(acme["public_key"], "");
    assert_eq!(acme["signing_keys"], Value::Null);
    // The publish queue is reported.
    pb.admin(
        "POST",
        "/api/collections/nats_publish_queue/records",
        Some(&json!({"account_id": acme["id"], "account_name": "acme", "action": "upsert", "message": "nats: no servers available", "attempts": 2})),
    );
    let st = env.run(&["nats", "status", "-o", "json"]).json();
    assert_eq!(st["publishQueue"]["pending"], 1);
    assert!(
        st["publishQueue"]["messages"][0]
            .as_str()
            .unwrap()
            .contains("no servers")
    );
    let out = env.run(&["nats", "user", "creds", "alice"]);
    out.code(1);
}

#[test]
fn test_nats_cp_encrypted_seeds() {
    let pb = PocketBase::start();
    let env = TestEnv::new().env("PBNATS_KEY", "0123456789abcdef0123456789abcdef");
    env.login("cp", &pb);
    let k = ["--encryption-key-env", "PBNATS_KEY"];
    let with = |args: &[&str]| {
        let mut v = args.to_vec();
        v.extend(k);
        env.run(&v)
    };
    with(&["nats", "bootstrap"]).ok();
    let op = &records(&pb, "nats_system_operator")[0];
    assert!(op["seed"].as_str().unwrap().starts_with("enc::"));
    assert!(
        op["signing_keys_private"]
            .as_str()
            .unwrap()
            .starts_with("enc::")
    );
    with(&["nats", "account", "create", "acme"]).ok();
    with(&["nats", "role", "create", "reader", "--sub", "acme.>"]).ok();
    with(&[
        "nats",
        "user",
        "create",
        "alice",
        "--account",
        "acme",
        "--role",
        "reader",
    ])
    .ok();
    let acme = one(&pb, "nats_accounts", "name", "acme");
    assert!(acme["seed"].as_str().unwrap().starts_with("enc::"));
    assert!(acme["signing_keys_private"].is_string());
    let alice = one(&pb, "nats_users", "nats_username", "alice");
    assert!(alice["seed"].as_str().unwrap().starts_with("enc::"));
    // creds_file is never encrypted (pb-nats); the JWT is signed by the decrypted key.
    let uc = decode_user(alice["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(uc.iss, acme["signing_keys"][0]["public_key"]);
    Creds::parse(alice["creds_file"].as_str().unwrap()).unwrap();
    // Without the key: a clear refusal, nothing changed.
    let out = env.run(&["nats", "user", "revoke", "alice"]);
    out.code(1);
    assert!(out.stderr.contains("--encryption-key-env"), "{out:?}");
    assert_eq!(
        one(&pb, "nats_users", "nats_username", "alice")["public_key"],
        alice["public_key"]
    );
    // With a wrong key: refused too.
    let out = env.run_env(
        &[
            "nats",
            "user",
            "revoke",
            "alice",
            "--encryption-key-env",
            "BAD",
        ],
        &[("BAD", "x123456789abcdef0123456789abcdef")],
    );
    out.code(1);
    with(&["nats", "user", "revoke", "alice"]).ok();
    env.revealing();
    let shown = with(&["nats", "user", "get", "alice", "--show-seeds", "-o", "json"]);
    assert!(shown.json()["seed"].as_str().unwrap().starts_with("SU"));
}

#[test]
fn test_nats_cp_stream_export_import_between_accounts() {
    let w = world();
    let env = &w.env;
    env.run(&["nats", "account", "create", "acme"]).ok();
    env.run(&["nats", "account", "create", "globex"]).ok();
    env.run(&[
        "nats", "role", "create", "pubsub", "--pub", "acme.>", "--sub", "acme.>",
    ])
    .ok();
    env.run(&[
        "nats",
        "user",
        "create",
        "a1",
        "--account",
        "acme",
        "--role",
        "pubsub",
    ])
    .ok();
    env.run(&[
        "nats",
        "user",
        "create",
        "g1",
        "--account",
        "globex",
        "--role",
        "pubsub",
    ])
    .ok();
    env.run(&[
        "nats",
        "account",
        "export",
        "add",
        "acme",
        "--name",
        "events",
        "--subject",
        "acme.events.>",
    ])
    .ok();
    env.run(&[
        "nats",
        "account",
        "import",
        "add",
        "globex",
        "--name",
        "events",
        "--subject",
        "acme.events.>",
        "--from",
        "acme",
    ])
    .ok();
    let list = env.run(&["nats", "account", "import", "list", "globex", "-o", "json"]);
    list.ok();
    assert_eq!(list.json()[0]["name"], "events");
    env.run(&["nats", "sync"]).ok();
    let a1 = Creds::parse(&creds_of(env, "a1")).unwrap();
    let g1 = Creds::parse(&creds_of(env, "g1")).unwrap();
    let url = w.nats.url();
    let got = rt().block_on(async {
        use futures_util::StreamExt;
        let g = connect_options(&g1)
            .unwrap()
            .connect(url.as_str())
            .await
            .expect("g1 connects");
        let mut sub = g.subscribe("acme.events.>").await.unwrap();
        g.flush().await.unwrap();
        let a = connect_options(&a1)
            .unwrap()
            .connect(url.as_str())
            .await
            .expect("a1 connects");
        a.publish("acme.events.new", "hello".into()).await.unwrap();
        a.flush().await.unwrap();
        tokio::time::timeout(Duration::from_secs(3), sub.next())
            .await
            .ok()
            .flatten()
            .map(|m| String::from_utf8_lossy(&m.payload).into_owned())
    });
    assert_eq!(got.as_deref(), Some("hello"), "the import did not deliver");
    // Deleting the import re-mints globex without it.
    env.run(&["nats", "account", "import", "delete", "globex", "events"])
        .ok();
    let g = one(&w.pb, "nats_accounts", "name", "globex");
    assert!(
        decode_account(g["jwt"].as_str().unwrap())
            .unwrap()
            .nats
            .imports
            .is_empty()
    );
}

#[test]
fn test_nats_cp_bootstrap_keeps_existing_data_and_adds_missing_fields() {
    let (pb, env) = logged_in("cp");
    // An older deployment: nats_roles without the allow_response* fields, with a record
    // and an extra field of its own.
    pb.admin(
        "POST",
        "/api/collections",
        Some(&json!({
            "name": "nats_roles", "type": "base",
            "fields": [
                {"name": "name", "type": "text", "required": true, "max": 100},
                {"name": "publish_permissions", "type": "json"},
                {"name": "subscribe_permissions", "type": "json"},
                {"name": "organization", "type": "text"},
            ],
        })),
    );
    let old = pb.admin(
        "POST",
        "/api/collections/nats_roles/records",
        Some(&json!({"name": "legacy", "publish_permissions": ["a.>"], "organization": "org1"})),
    );
    let st = env.run(&["nats", "status", "-o", "json"]);
    st.ok();
    assert_eq!(st.json()["mode"], "not bootstrapped");
    let out = env.run(&["nats", "bootstrap", "-o", "json"]);
    out.ok();
    let created = out.json()["created"].to_string();
    assert!(
        created.contains("fields") && created.contains("allow_response"),
        "{created}"
    );
    let kept = pb.admin(
        "GET",
        &format!(
            "/api/collections/nats_roles/records/{}",
            old["id"].as_str().unwrap()
        ),
        None,
    );
    assert_eq!(kept["organization"], "org1");
    assert_eq!(kept["publish_permissions"], json!(["a.>"]));
    assert_eq!(kept["allow_response"], false);
    // Record ids work wherever a name does.
    let role_id = old["id"].as_str().unwrap().to_string();
    env.run(&["nats", "account", "create", "acme"]).ok();
    let acme_id = one(&pb, "nats_accounts", "name", "acme")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = env.run(&[
        "nats",
        "user",
        "create",
        "u1",
        "--account",
        &acme_id,
        "--role",
        &role_id,
    ]);
    out.ok();
    assert!(out.stderr.contains("which blocks"), "{out:?}");
    let got = env.run(&["nats", "account", "get", &acme_id, "-o", "json"]);
    got.ok();
    assert_eq!(got.json()["name"], "acme");
    let u1 = one(&pb, "nats_users", "nats_username", "u1");
    let acme = one(&pb, "nats_accounts", "name", "acme");
    let uc = decode_user(u1["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(uc.nats.issuer_account, acme["public_key"]);
    assert_eq!(uc.nats.limits.publish.allow, vec!["a.>"]);
    // pb-nats semantics on a legacy role: missing limits are 0, which blocks.
    assert_eq!(uc.nats.limits.subs, 0);
}

#[test]
fn test_nats_cp_server_managed_waits_for_the_server_to_mint() {
    let (pb, env) = logged_in("cp");
    env.run(&["nats", "bootstrap"]).ok();
    pb.admin(
        "POST",
        "/api/collections",
        Some(&pbctl::controlplane::schema::publish_queue()),
    );
    // A stand-in for pb-nats' hook: fills the keys and JWT in a moment after the create.
    let url = pb.url.clone();
    let token = pb.admin_token();
    let filler = std::thread::spawn(move || {
        for _ in 0..100 {
            std::thread::sleep(Duration::from_millis(100));
            let (_, body) = crate::common::http(
                "GET",
                &format!("{url}/api/collections/nats_accounts/records?filter=name%3D%27beta%27"),
                Some(&token),
                None,
            );
            let v: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
            if let Some(id) = v["items"][0]["id"].as_str() {
                std::thread::sleep(Duration::from_millis(500));
                crate::common::http_json(
                    "PATCH",
                    &format!("{url}/api/collections/nats_accounts/records/{id}"),
                    Some(&token),
                    Some(&json!({"public_key": "AFILLEDBYSERVER", "jwt": "minted.by.server"})),
                );
                return true;
            }
        }
        false
    });
    let out = env.run(&[
        "nats", "account", "create", "beta", "--wait", "10s", "-o", "json",
    ]);
    out.ok();
    assert!(filler.join().unwrap(), "the stand-in never saw the record");
    assert_eq!(out.json()["public_key"], "AFILLEDBYSERVER", "{out:?}");
    assert!(!out.stderr.contains("has not"), "{out:?}");
}

/// The migration files PocketBase's automigrate wrote for the bootstrap (they live in
/// `pb_migrations` next to the data dir).
fn migration_files(pb: &PocketBase) -> Vec<String> {
    let dir = pb.dir.path().join("pb_migrations");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn test_nats_cp_bootstrapped_server_restarts_and_restores_a_pre_bootstrap_backup() {
    let mut pb = PocketBase::start();
    let env = TestEnv::new();
    env.login("cp", &pb);
    env.run(&["backup", "create", "before-nats"]).ok();
    env.run(&["nats", "bootstrap"]).ok();
    let files = migration_files(&pb);
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("_created_nats_account_exports.js")),
        "automigrate wrote no migrations: {files:?}"
    );

    // A second bootstrap says once that there was nothing to do.
    let again = env.run(&["nats", "bootstrap"]);
    again.ok();
    let all = format!("{}{}", again.stdout, again.stderr).to_lowercase();
    assert_eq!(all.matches("already bootstrapped").count(), 1, "{all}");
    assert_eq!(all.lines().count(), 1, "{all}");
    // Status names the context plainly; paths are printed without `/./`.
    let st = env.run(&["nats", "status", "-o", "json"]);
    st.ok();
    assert_eq!(st.json()["context"], "cp");
    let cfg = env.run(&["nats", "server-config", "-O", "./nats"]);
    cfg.ok();
    let all = format!("{}{}", cfg.stdout, cfg.stderr);
    assert!(all.contains("nats.conf") && !all.contains("/./"), "{all}");
    let down = env.run(&["nats", "status", "--nats-url", "nats://127.0.0.1:1"]);
    down.ok();
    assert_eq!(
        down.stdout.matches("cannot connect to NATS").count(),
        1,
        "{}",
        down.stdout
    );

    // A restart must come up (this panics if it does not). It does not replay the
    // files (automigrate marks them applied); the restore below does.
    pb.restart();
    // Relations come in `_updated_` files, which sort after every `_created_` one.
    assert!(
        files.iter().any(|f| f.ends_with("_updated_nats_users.js")),
        "{files:?}"
    );
    let users = pb.admin("GET", "/api/collections/nats_users", None);
    let rel: Vec<&str> = users["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter(|f| f["type"] == "relation")
        .map(|f| f["name"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(rel, vec!["account_id", "role_id"]);
    env.run(&["nats", "status"]).ok();

    // Restoring a backup taken before the bootstrap replays the files in name order
    // on the restored data: the server must come back. Before the fix the relation in
    // `_created_nats_account_exports.js` failed here and the server died (exit 5).
    let out = env.run(&[
        "backup",
        "restore",
        "before-nats",
        "--yes",
        "--dead-after",
        "20s",
        "-o",
        "json",
    ]);
    out.ok();
    assert_eq!(out.json()["restored"], true);
    env.run(&["health"]).ok();
}

/// The NATS flag groups: `pbctl nats` takes the `pbctl jwt` spellings too, sizes and
/// durations everywhere, and `-O`'s earlier long name.
#[test]
fn test_nats_cp_both_flag_spellings_sizes_and_durations() {
    let (pb, env) = logged_in("cp");
    env.run(&["nats", "bootstrap"]).ok();

    env.run(&[
        "nats",
        "account",
        "create",
        "acme",
        "--conns",
        "7",
        "--js-disk-storage",
        "1GiB",
        "--max-jetstream-memory",
        "10MB",
    ])
    .ok();
    let acme = one(&pb, "nats_accounts", "name", "acme");
    assert_eq!(acme["max_connections"], json!(7));
    assert_eq!(acme["max_jetstream_disk_storage"], json!(1u64 << 30));
    assert_eq!(acme["max_jetstream_memory_storage"], json!(10_000_000));
    let ac = decode_account(acme["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(ac.nats.limits.conn, 7);
    assert_eq!(ac.nats.limits.jetstream.disk_storage, 1 << 30);

    env.run(&[
        "nats",
        "role",
        "create",
        "r",
        "--allow-pub",
        "a.>",
        "--sub",
        "b.>",
        "--max-payload",
        "1MB",
        "--subs",
        "10",
    ])
    .ok();
    let role = one(&pb, "nats_roles", "name", "r");
    assert_eq!(role["publish_permissions"], json!(["a.>"]));
    assert_eq!(role["subscribe_permissions"], json!(["b.>"]));
    assert_eq!(role["max_payload"], json!(1_000_000));
    assert_eq!(role["max_subscriptions"], json!(10));
    assert_eq!(role["max_data"], json!(-1));
    // Below -1 is refused as a usage error, and nothing is written.
    env.run(&["nats", "role", "create", "bad", "--max-payload", "-2"])
        .code(2);
    assert!(
        records(&pb, "nats_roles")
            .iter()
            .all(|r| r["name"] != "bad")
    );

    env.run(&[
        "nats",
        "user",
        "create",
        "u",
        "--account",
        "acme",
        "--role",
        "r",
        "--allow-pub",
        "u.>",
        "--expiry",
        "30d",
    ])
    .ok();
    let user = one(&pb, "nats_users", "nats_username", "u");
    assert!(
        user["jwt_expires_at"]
            .as_str()
            .is_some_and(|t| !t.is_empty()),
        "{user}"
    );
    let uc = decode_user(user["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(uc.nats.limits.publish.allow, vec!["a.>", "u.>"]);
    assert_eq!(uc.nats.limits.payload, 1_000_000);
    let days = (uc.exp - pbctl::nats::jwt::now_unix()) as f64 / 86_400.0;
    assert!((29.9..30.1).contains(&days), "exp in {days} days");
    // `--expires 0` clears the expiry; the reissued JWT has none.
    env.run(&["nats", "user", "update", "u", "--expires", "0"])
        .ok();
    let user = one(&pb, "nats_users", "nats_username", "u");
    let uc = decode_user(user["jwt"].as_str().unwrap()).unwrap();
    assert_eq!(uc.exp, 0, "{user}");

    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("u.creds");
    env.run(&[
        "nats",
        "user",
        "creds",
        "u",
        "--output-file",
        file.to_str().unwrap(),
    ])
    .ok();
    let text = std::fs::read_to_string(&file).expect("creds written");
    assert!(text.starts_with("-----BEGIN NATS USER JWT-----"), "{text}");
    let creds = Creds::parse(&text).expect("valid creds");
    assert_eq!(creds.jwt(), user["jwt"].as_str().unwrap());
}

#[test]
fn status_without_an_operator_record_describes_the_state() {
    // The pb-nats collections with no operator record yet (pb-nats not started, or a copy
    // of its schema): made here by bootstrapping and deleting the operator record.
    let (pb, env) = logged_in("cp");
    env.run(&["nats", "bootstrap"]).ok();
    for op in records(&pb, "nats_system_operator") {
        let id = op["id"].as_str().expect("id");
        pb.admin(
            "DELETE",
            &format!("/api/collections/nats_system_operator/records/{id}"),
            None,
        );
    }
    assert!(records(&pb, "nats_system_operator").is_empty());
    let out = env.run(&["nats", "status"]);
    out.ok();
    assert!(out.stdout.contains("pbctl-managed"), "{}", out.stdout);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("operator") && l.ends_with("none yet")),
        "{}",
        out.stdout
    );
    assert_eq!(out.stderr, "");
    let v = env.run(&["nats", "status", "-o", "json"]).ok().json();
    assert_eq!(v["mode"], "pbctl-managed");
    assert_eq!(v["operator"], "none yet");
}
