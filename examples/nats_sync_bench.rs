//! Helper for `bench/nats_sync.sh`.
//!
//! `seed URL TOKEN ACCOUNTS USERS DIR`: create ACCOUNTS accounts with USERS users each in a
//! bootstrapped pbctl-managed control plane (minted with pbctl's control-plane module,
//! 16 requests in flight), and write every account JWT to DIR/<n>.jwt (the "local store").
//!
//! `push NATS_URL CREDS DIR`: push every JWT in DIR through `$SYS.REQ.CLAIMS.UPDATE` with
//! the library's resolver client (the floor `nats sync` is compared with).

use futures_util::StreamExt;
use pbctl::controlplane::names::*;
use pbctl::controlplane::{ControlPlane, Options, RecordFields};
use pbctl::nats::creds::Creds;
use pbctl::nats::resolver::{CollectOptions, PushRoute, ResolverClient};
use pbctl::pb::{Client, ClientOptions};
use serde_json::json;
use std::time::{Duration, Instant};

type Res<T> = Result<T, String>;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let r = match args.first().map(String::as_str) {
        Some("seed") if args.len() == 6 => seed(&args[1..]).await,
        Some("push") if args.len() == 4 => push(&args[1..]).await,
        _ => Err(
            "usage: nats_sync_bench seed URL TOKEN ACCOUNTS USERS DIR | push NATS_URL CREDS DIR"
                .into(),
        ),
    };
    if let Err(e) = r {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn num(s: &str) -> Res<usize> {
    s.parse().map_err(|e| format!("{s:?}: {e}"))
}

async fn seed(a: &[String]) -> Res<()> {
    let (url, token, accounts, users, dir) = (&a[0], &a[1], num(&a[2])?, num(&a[3])?, &a[4]);
    let ui = pbctl::ui::Ui::default();
    let client = Client::new(url, &ClientOptions::default(), &ui)
        .map_err(|e| e.to_string())?
        .with_token(Some(token.clone()));
    let cp = ControlPlane::connect(
        client,
        Options {
            enc: None,
            wait: Duration::ZERO,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    let role = cp
        .create(
            ROLES,
            json!({"name": "bench", "publish_permissions": ["bench.>"], "subscribe_permissions": ["bench.>"],
                   "allow_response": false, "max_subscriptions": -1, "max_data": -1, "max_payload": -1}),
        )
        .await
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let mut limits = json!({});
    for f in ACCOUNT_LIMITS {
        limits[f] = json!(-1);
    }
    let created: Vec<Res<serde_json::Value>> = futures_util::stream::iter(0..accounts)
        .map(|n| {
            let cp = &cp;
            let mut fields = limits.clone();
            fields["name"] = json!(format!("bench-{n:05}"));
            fields["active"] = json!(true);
            async move { cp.create_account(fields).await.map_err(|e| e.to_string()) }
        })
        .buffer_unordered(16)
        .collect()
        .await;
    let accts: Vec<serde_json::Value> = created.into_iter().collect::<Res<_>>()?;
    eprintln!(
        "{} accounts in {:.1}s",
        accts.len(),
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let jobs: Vec<(usize, usize)> = (0..accts.len())
        .flat_map(|i| (0..users).map(move |u| (i, u)))
        .collect();
    let done: Vec<Res<()>> = futures_util::stream::iter(jobs)
        .map(|(i, u)| {
            let cp = &cp;
            let acct = &accts[i];
            let role = &role;
            async move {
                let pw = pbctl::controlplane::random_token(24);
                let fields = json!({
                    "email": format!("u{i}-{u}@bench.local"), "password": pw, "passwordConfirm": pw,
                    "nats_username": format!("user-{u}"), "account_id": acct.str_field("id"),
                    "role_id": role.str_field("id"), "active": true,
                    "publish_permissions": [], "subscribe_permissions": [],
                    "publish_deny_permissions": [], "subscribe_deny_permissions": [],
                });
                cp.create_user(acct, role, fields)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }
        })
        .buffer_unordered(16)
        .collect()
        .await;
    done.into_iter().collect::<Res<Vec<()>>>()?;
    eprintln!(
        "{} users in {:.1}s",
        accts.len() * users,
        started.elapsed().as_secs_f64()
    );
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    for (n, acct) in accts.iter().enumerate() {
        std::fs::write(format!("{dir}/{n:05}.jwt"), acct.str_field("jwt"))
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

async fn push(a: &[String]) -> Res<()> {
    let (url, creds, dir) = (&a[0], &a[1], &a[2]);
    let text = std::fs::read_to_string(creds).map_err(|e| e.to_string())?;
    let creds = Creds::parse(&text).map_err(|e| e.to_string())?;
    let mut jwts = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        jwts.push(std::fs::read_to_string(p).map_err(|e| e.to_string())?);
    }
    let collect = CollectOptions {
        timeout: Duration::from_secs(3),
        expected_servers: None,
        settle: Some(Duration::from_millis(300)),
    };
    let client = ResolverClient::connect(url, &creds, collect)
        .await
        .map_err(|e| e.to_string())?;
    let results = client
        .push_many(&jwts, PushRoute::Claims)
        .await
        .map_err(|e| e.to_string())?;
    let ok = results.iter().filter(|r| r.all_succeeded()).count();
    let _ = client.close().await;
    println!("pushed {} account JWTs, {ok} accepted", jwts.len());
    if ok != jwts.len() {
        return Err("some pushes failed".into());
    }
    Ok(())
}
