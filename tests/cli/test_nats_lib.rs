//! Integration tests against a real nats-server (2.15.1).
//!
//! The binary comes from `.cache/bin/nats-server` (scripts/fetch-servers.sh) or `NATS_SERVER_BIN`;
//! servers are started by the shared harness in `nats_server.rs`.

use std::path::PathBuf;
use std::time::Duration;

use crate::nats_server::{NatsServer, assert_pub_permissions, bin_215, connect_collecting};
use pbctl::nats::claims::{AccountClaims, OperatorClaims, UserClaims};
use pbctl::nats::creds::Creds;
use pbctl::nats::error::Error;
use pbctl::nats::jwt::{SigningKeyPolicy, decode_account, encode, verify_account_issuer};
use pbctl::nats::keys::KeyPair;
use pbctl::nats::resolver::{
    CollectOptions, LookupReply, PushRoute, ReplyOutcome, ResolverClient, connect_options,
    mint_push_user,
};
use pbctl::nats::server_config::{FullResolver, Resolver, ServerConfig};

/// A nats-server of the shared harness ([`NatsServer`]) in a temporary directory that is
/// removed after the server is killed.
struct Server {
    server: NatsServer,
    _dir: tempfile::TempDir,
}

impl std::ops::Deref for Server {
    type Target = NatsServer;
    fn deref(&self) -> &NatsServer {
        &self.server
    }
}

/// Start nats-server 2.15.1 with the config rendered by `make_config(dir, port)`.
fn start_server(make_config: impl FnOnce(&PathBuf, u16) -> ServerConfig) -> Server {
    let tmp = tempfile::tempdir().expect("create test dir");
    let dir = tmp.path().to_path_buf();
    let port = crate::common::free_port();
    let mut cfg = make_config(&dir, port);
    cfg.listen = Some(format!("127.0.0.1:{port}"));
    let text = cfg.render().expect("render server config");
    let server = NatsServer::start(&bin_215(), &dir, "server", &text, port);
    Server { server, _dir: tmp }
}

struct World {
    op: KeyPair,
    op_sk: KeyPair,
    sys: KeyPair,
    a: KeyPair,
    op_jwt: String,
    sys_jwt: String,
    a_jwt: String,
    user_creds: Creds,
}

/// Operator (with signing key and SYS), SYS account, account A (signed by
/// the operator signing key) and a user of A with allow-pub `a.>`,
/// deny-pub `b.>`.
fn world() -> World {
    let op = KeyPair::new_operator();
    let op_sk = KeyPair::new_operator();
    let sys = KeyPair::new_account();
    let a = KeyPair::new_account();
    let mut oc = OperatorClaims::new(op.public_key(), "OP");
    oc.nats.signing_keys.push(op_sk.public_key().into());
    oc.nats.system_account = sys.public_key().into();
    let op_jwt = encode(&mut oc, &op).unwrap();
    let sys_jwt = encode(&mut AccountClaims::new(sys.public_key(), "SYS"), &op).unwrap();
    let a_jwt = encode(&mut AccountClaims::new(a.public_key(), "A"), &op_sk).unwrap();
    verify_account_issuer(
        &oc,
        &decode_account(&a_jwt).unwrap(),
        SigningKeyPolicy::Strict,
    )
    .unwrap();
    let user = KeyPair::new_user();
    let mut uc = UserClaims::new(user.public_key(), "u");
    uc.nats.limits.publish.allow.push("a.>".into());
    uc.nats.limits.publish.deny.push("b.>".into());
    let ujwt = encode(&mut uc, &a).unwrap();
    let user_creds = Creds::new(&ujwt, user.seed().unwrap().expose_secret()).unwrap();
    // Round-trip through the creds text, as a CLI would.
    let user_creds = Creds::parse(&user_creds.to_creds_string()).unwrap();
    World {
        op,
        op_sk,
        sys,
        a,
        op_jwt,
        sys_jwt,
        a_jwt,
        user_creds,
    }
}

fn collect() -> CollectOptions {
    CollectOptions {
        timeout: Duration::from_secs(3),
        expected_servers: Some(1),
        settle: None,
    }
}

/// Connect the user with the library's [`connect_options`], then check that `a.x` is
/// allowed and `b.x` refused with a permissions violation.
async fn check_user_permissions(url: &str, creds: &Creds) {
    let opts = connect_options(creds).expect("connect options");
    let (client, rx) = connect_collecting(opts, url)
        .await
        .unwrap_or_else(|e| panic!("user connects: {e}"));
    assert_pub_permissions(&client, rx).await;
}

#[tokio::test]
async fn full_resolver_push_list_lookup_delete_and_permissions() {
    let w = world();
    let server = start_server(|dir, _| {
        let mut c = ServerConfig::new(
            &w.op_jwt,
            Resolver::Full(FullResolver::new(dir.join("jwt").to_string_lossy())),
        );
        c.preload = vec![w.sys_jwt.clone()];
        c
    });
    let url = server.url();

    // Before the push the account is unknown: the user is refused.
    let before = connect_options(&w.user_creds)
        .unwrap()
        .connect(url.as_str())
        .await;
    assert!(
        before.is_err(),
        "user connected before its account was pushed"
    );

    let sys_creds =
        mint_push_user(&w.sys, w.sys.public_key(), Duration::from_secs(120), false).unwrap();
    let resolver = ResolverClient::connect(&url, &sys_creds, collect())
        .await
        .unwrap_or_else(|e| panic!("sys user connect: {e}\nlog:\n{}", server.log()));

    let res = resolver.push(&w.a_jwt).await.unwrap();
    assert!(res.all_succeeded(), "{res:?}");
    assert_eq!(res.account.as_deref(), Some(w.a.public_key()));
    assert_eq!(res.replies.len(), 1);
    assert_eq!(res.replies[0].text(), "jwt updated");
    assert!(!res.replies[0].server.id.is_empty());

    // Pipelined push of several JWTs, one of them garbage.
    let b = KeyPair::new_account();
    let b_jwt = encode(&mut AccountClaims::new(b.public_key(), "B"), &w.op_sk).unwrap();
    let many = resolver
        .push_many(
            &[w.a_jwt.clone(), "garbage".to_string(), b_jwt.clone()],
            PushRoute::Claims,
        )
        .await
        .unwrap();
    assert_eq!(many.len(), 3);
    assert!(
        many[0].all_succeeded() && many[2].all_succeeded(),
        "{many:?}"
    );
    assert_eq!(many[2].account.as_deref(), Some(b.public_key()));
    assert!(!many[1].all_succeeded());
    match &many[1].replies[0].outcome {
        ReplyOutcome::Failure {
            code, description, ..
        } => {
            assert_eq!(*code, 500);
            assert!(description.contains("expected 3 chunks"), "{description}");
        }
        other => panic!("expected a failure, got {other:?}"),
    }

    // List and lookup.
    let list = resolver.list().await.unwrap();
    assert_eq!(list.len(), 1);
    for k in [w.a.public_key(), b.public_key(), w.sys.public_key()] {
        assert!(
            list[0].accounts.iter().any(|x| x == k),
            "{k} missing from {list:?}"
        );
    }
    let found = resolver.lookup(w.a.public_key()).await.unwrap();
    assert_eq!(found, vec![LookupReply::Found(w.a_jwt.clone())]);
    let missing = resolver
        .lookup(KeyPair::new_account().public_key())
        .await
        .unwrap();
    assert_eq!(missing, vec![LookupReply::NotFound]);

    // The user now connects; a.x allowed, b.x denied.
    check_user_permissions(&url, &w.user_creds).await;

    // Delete B with an operator signing key; SYS cannot be deleted.
    let del = resolver
        .delete_accounts(&w.op_sk, &[b.public_key().to_string()])
        .await
        .unwrap();
    assert_eq!(del.len(), 1);
    assert!(del[0].is_success(), "{del:?}");
    assert_eq!(del[0].text(), "deleted 1 accounts");
    let del = resolver
        .delete_accounts(&w.op, &[w.sys.public_key().to_string()])
        .await
        .unwrap();
    assert!(!del[0].is_success());
    assert!(del[0].text().contains("system account"), "{del:?}");
    let list = resolver.list().await.unwrap();
    assert!(!list[0].accounts.iter().any(|x| x == b.public_key()));
    resolver.close().await.unwrap();
}

#[tokio::test]
async fn memory_resolver_with_preload() {
    let w = world();
    let server = start_server(|_, _| {
        let mut c = ServerConfig::new(&w.op_jwt, Resolver::Memory);
        c.preload = vec![w.sys_jwt.clone(), w.a_jwt.clone()];
        c
    });
    let url = server.url();
    // No push: the preloaded account is enough.
    check_user_permissions(&url, &w.user_creds).await;

    // $SYS.REQ.CLAIMS.UPDATE has no responder with a memory resolver.
    let sys_creds =
        mint_push_user(&w.sys, w.sys.public_key(), Duration::from_secs(120), false).unwrap();
    let resolver = ResolverClient::connect(&url, &sys_creds, collect())
        .await
        .unwrap();
    let err = resolver.push(&w.a_jwt).await.unwrap_err();
    assert!(matches!(err, Error::NoResponders { .. }), "{err}");
    assert!(err.to_string().contains("no responders"));
    // The per-account subject answers.
    let res = resolver
        .push_many(std::slice::from_ref(&w.a_jwt), PushRoute::Account)
        .await
        .unwrap();
    assert_eq!(res.len(), 1);
    assert!(res[0].all_succeeded(), "{res:?}");
    assert!(
        res[0].replies[0].text().starts_with("jwt update"),
        "{res:?}"
    );
}

#[tokio::test]
async fn strict_operator_requires_signing_keys() {
    let op = KeyPair::new_operator();
    let op_sk = KeyPair::new_operator();
    let sys = KeyPair::new_account();
    let sys_sk = KeyPair::new_account();
    let a = KeyPair::new_account();
    let a_sk = KeyPair::new_account();
    let mut oc = OperatorClaims::new(op.public_key(), "STRICT");
    oc.nats.signing_keys.push(op_sk.public_key().into());
    oc.nats.system_account = sys.public_key().into();
    oc.nats.strict_signing_key_usage = true;
    let op_jwt = encode(&mut oc, &op).unwrap();
    let mut sc = AccountClaims::new(sys.public_key(), "SYS");
    sc.nats.add_signing_key(sys_sk.public_key());
    let sys_jwt = encode(&mut sc, &op_sk).unwrap();
    let mut ac = AccountClaims::new(a.public_key(), "A");
    ac.nats.add_signing_key(a_sk.public_key());
    let a_by_identity = encode(&mut ac.clone(), &op).unwrap();
    let a_by_sk = encode(&mut ac, &op_sk).unwrap();
    assert!(
        verify_account_issuer(
            &oc,
            &decode_account(&a_by_identity).unwrap(),
            SigningKeyPolicy::Strict
        )
        .is_err()
    );

    let server = start_server(|dir, _| {
        let mut c = ServerConfig::new(
            &op_jwt,
            Resolver::Full(FullResolver::new(dir.join("jwt").to_string_lossy())),
        );
        c.preload = vec![sys_jwt.clone()];
        c
    });
    let url = server.url();
    // Under strict mode the push user must be signed by a SYS signing key.
    let sys_creds =
        mint_push_user(&sys_sk, sys.public_key(), Duration::from_secs(120), false).unwrap();
    let resolver = ResolverClient::connect(&url, &sys_creds, collect())
        .await
        .unwrap_or_else(|e| panic!("sys user connect: {e}\nlog:\n{}", server.log()));
    let res = resolver.push(&a_by_identity).await.unwrap();
    assert!(!res.all_succeeded());
    assert!(
        res.replies[0].text().contains("signing key"),
        "{:?}",
        res.replies
    );
    let res = resolver.push(&a_by_sk).await.unwrap();
    assert!(res.all_succeeded(), "{res:?}");

    // A user signed by the account signing key (issuer_account set) works.
    let user = KeyPair::new_user();
    let mut uc = UserClaims::new(user.public_key(), "u");
    uc.nats.issuer_account = a.public_key().into();
    uc.nats.limits.publish.allow.push("a.>".into());
    uc.nats.limits.publish.deny.push("b.>".into());
    let creds = Creds::new(
        &encode(&mut uc, &a_sk).unwrap(),
        user.seed().unwrap().expose_secret(),
    )
    .unwrap();
    check_user_permissions(&url, &creds).await;
    // The same user signed by the account identity key is refused.
    let mut uc2 = UserClaims::new(user.public_key(), "u");
    let creds2 = Creds::new(
        &encode(&mut uc2, &a).unwrap(),
        user.seed().unwrap().expose_secret(),
    )
    .unwrap();
    assert!(
        connect_options(&creds2)
            .unwrap()
            .connect(url.as_str())
            .await
            .is_err()
    );
}
