//! Client for the nats-server account resolver protocol (`$SYS.REQ.CLAIMS.UPDATE`,
//! `.DELETE`, `.LIST`, `$SYS.REQ.ACCOUNT.<key>.CLAIMS.LOOKUP`, `$SYS.REQ.SERVER.PING`).
//!
//! Requests go to `$SYS.REQ.CLAIMS.*` subjects and must come from a user of
//! the **system account**. Every server of a cluster with a full resolver
//! answers, so replies are collected on a private inbox until a timeout (or
//! until the expected number of servers replied), never with a single
//! `request()`. Many pushes are pipelined: all are published first, then
//! replies are collected for all of them at once.
//!
//! How many servers will answer is learnt with `$SYS.REQ.SERVER.PING`
//! ([`ResolverClient::discover_servers`]): every server of the system, in
//! every cluster joined by gateways, answers it, and each answer says how many
//! servers its sender knows (`statsz.active_servers`).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_nats::{Client, ConnectOptions, Event, Message, StatusCode};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::time::Instant;

use super::claims::{GenericClaims, UserClaims};
use super::creds::Creds;
use super::error::{Error, Result};
use super::jwt::{decode_unverified, encode, now_unix};
use super::keys::{KeyKind, KeyPair, require_public_key};

/// Push an account JWT to full/cache resolvers.
pub const SUBJECT_CLAIMS_UPDATE: &str = "$SYS.REQ.CLAIMS.UPDATE";
/// Delete accounts (body: operator-signed generic claim).
pub const SUBJECT_CLAIMS_DELETE: &str = "$SYS.REQ.CLAIMS.DELETE";
/// List account ids stored by full resolvers.
pub const SUBJECT_CLAIMS_LIST: &str = "$SYS.REQ.CLAIMS.LIST";
/// Every server of the system answers with its identity and statistics.
pub const SUBJECT_SERVER_PING: &str = "$SYS.REQ.SERVER.PING";

/// `$SYS.REQ.ACCOUNT.<account>.CLAIMS.UPDATE` (works with every resolver
/// type; with MEMORY it only updates an account already loaded).
pub fn account_update_subject(account: &str) -> String {
    format!("$SYS.REQ.ACCOUNT.{account}.CLAIMS.UPDATE")
}

/// `$SYS.REQ.ACCOUNT.<account>.CLAIMS.LOOKUP` (answers with the raw JWT).
pub fn account_lookup_subject(account: &str) -> String {
    format!("$SYS.REQ.ACCOUNT.{account}.CLAIMS.LOOKUP")
}

const NO_RESPONDERS_HINT: &str = "the connected user must belong to the system account, and the \
    server must run a full or cache resolver (a MEMORY resolver only answers \
    $SYS.REQ.ACCOUNT.<id>.CLAIMS.UPDATE)";

/// How long and for how many replies to wait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectOptions {
    /// Overall time to wait for replies (default 2 s).
    pub timeout: Duration,
    /// Stop as soon as every request has this many replies (e.g. the
    /// cluster size). `None`: wait for the whole timeout.
    pub expected_servers: Option<usize>,
    /// Stop early once every request has at least one reply and nothing
    /// new arrived for this long. `None`: disabled.
    pub settle: Option<Duration>,
}

impl Default for CollectOptions {
    fn default() -> Self {
        CollectOptions {
            timeout: Duration::from_secs(2),
            expected_servers: None,
            settle: None,
        }
    }
}

/// The `server` block of a resolver reply.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerIdentity {
    /// Server name.
    #[serde(default)]
    pub name: String,
    /// Server id (`N…`).
    #[serde(default)]
    pub id: String,
    /// Host.
    #[serde(default)]
    pub host: String,
    /// Cluster name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cluster: String,
    /// JetStream domain.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub domain: String,
    /// Server version.
    #[serde(default, rename = "ver")]
    pub version: String,
    /// Reply time (RFC 3339).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time: String,
}

/// What one server answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum ReplyOutcome {
    /// `{"data":{"account"?,"code":200,"message":…}}`
    Success {
        /// `data.account`, absent for deletes.
        account: Option<String>,
        /// `data.code` (200).
        code: i64,
        /// `data.message`, e.g. "jwt updated" or "deleted 1 accounts".
        message: String,
    },
    /// `{"error":{"account"?,"code":500,"description":…}}`
    Failure {
        /// `error.account` (may be "n/a").
        account: Option<String>,
        /// `error.code` (500).
        code: i64,
        /// `error.description`.
        description: String,
    },
    /// Not the expected JSON.
    Malformed {
        /// Why.
        reason: String,
        /// The body (truncated to 200 bytes).
        body: String,
    },
}

/// One server's reply to an update or delete request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerReply {
    /// The answering server.
    pub server: ServerIdentity,
    /// Its answer.
    #[serde(flatten)]
    pub outcome: ReplyOutcome,
}

#[derive(Deserialize)]
struct RawReply {
    #[serde(default)]
    server: ServerIdentity,
    #[serde(default)]
    data: Option<Value>,
    #[serde(default)]
    error: Option<RawError>,
}

#[derive(Deserialize)]
struct RawError {
    #[serde(default)]
    account: Option<String>,
    #[serde(default)]
    code: i64,
    #[serde(default)]
    description: String,
}

fn truncate(body: &[u8]) -> String {
    String::from_utf8_lossy(body).chars().take(200).collect()
}

impl ServerReply {
    /// Parse a reply body (`ServerAPIClaimUpdateResponse`, keys in any order).
    pub fn parse(body: &[u8]) -> ServerReply {
        let raw: RawReply = match serde_json::from_slice(body) {
            Ok(r) => r,
            Err(e) => {
                return ServerReply {
                    server: ServerIdentity::default(),
                    outcome: ReplyOutcome::Malformed {
                        reason: format!("not JSON: {e}"),
                        body: truncate(body),
                    },
                };
            }
        };
        let outcome = match (raw.error, raw.data) {
            (Some(e), _) => ReplyOutcome::Failure {
                account: e.account,
                code: e.code,
                description: e.description,
            },
            (None, Some(d)) => ReplyOutcome::Success {
                account: d.get("account").and_then(Value::as_str).map(str::to_string),
                code: d.get("code").and_then(Value::as_i64).unwrap_or(0),
                message: d
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            },
            (None, None) => ReplyOutcome::Malformed {
                reason: "reply has neither data nor error".into(),
                body: truncate(body),
            },
        };
        ServerReply {
            server: raw.server,
            outcome,
        }
    }

    /// Success with a named server (nsc counts a reply without
    /// `server.name` as an error).
    pub fn is_success(&self) -> bool {
        matches!(self.outcome, ReplyOutcome::Success { .. }) && !self.server.name.is_empty()
    }

    /// `data.message` or `error.description` (or the malformation reason).
    pub fn text(&self) -> &str {
        match &self.outcome {
            ReplyOutcome::Success { message, .. } => message,
            ReplyOutcome::Failure { description, .. } => description,
            ReplyOutcome::Malformed { reason, .. } => reason,
        }
    }
}

/// Result of pushing one account JWT.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PushResult {
    /// The account (JWT `sub`), if the JWT could be read.
    pub account: Option<String>,
    /// The subject the JWT was sent to.
    pub subject: String,
    /// One reply per answering server, in arrival order.
    pub replies: Vec<ServerReply>,
}

impl PushResult {
    /// At least one reply and all of them successful.
    pub fn all_succeeded(&self) -> bool {
        !self.replies.is_empty() && self.replies.iter().all(ServerReply::is_success)
    }
}

/// One server's answer to `$SYS.REQ.CLAIMS.LIST`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListReply {
    /// The answering server.
    pub server: ServerIdentity,
    /// Accounts stored by it (expired JWTs excluded by the server).
    pub accounts: Vec<String>,
    /// Error description, if it answered with an error.
    pub error: Option<String>,
}

/// One server's answer to a LOOKUP.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", content = "jwt", rename_all = "snake_case")]
pub enum LookupReply {
    /// The account JWT.
    Found(String),
    /// Empty reply: unknown account (servers 2.9.17+).
    NotFound,
}

/// Where [`ResolverClient::push_many`] sends each JWT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PushRoute {
    /// `$SYS.REQ.CLAIMS.UPDATE` (full and cache resolvers; what nsc uses).
    Claims,
    /// `$SYS.REQ.ACCOUNT.<id>.CLAIMS.UPDATE` (every resolver; MEMORY only
    /// updates accounts already loaded).
    Account,
}

/// Base connect options for `creds` (JWT + seed, in memory): signs the
/// server nonce with the user seed. Name `pbctl`, 5 s connect timeout.
pub fn connect_options(creds: &Creds) -> Result<ConnectOptions> {
    let kp = Arc::new(creds.key_pair()?);
    Ok(
        ConnectOptions::with_jwt(creds.jwt().to_string(), move |nonce| {
            let kp = kp.clone();
            async move { kp.sign(&nonce).map_err(async_nats::AuthError::new) }
        })
        .name("pbctl")
        .connection_timeout(Duration::from_secs(5)),
    )
}

/// Build and sign a `$SYS.REQ.CLAIMS.DELETE` request: a generic claim
/// self-signed by `operator_signer` (operator identity or signing key; a
/// signing key under strict mode) listing `accounts`.
pub fn delete_request_jwt(operator_signer: &KeyPair, accounts: &[String]) -> Result<String> {
    require_public_key(
        "delete request signer",
        operator_signer.public_key(),
        &[KeyKind::Operator],
    )?;
    let mut claims = GenericClaims::delete_accounts(operator_signer.public_key(), accounts)?;
    encode(&mut claims, operator_signer)
}

/// Permissions of the temporary push user minted by [`mint_push_user`].
pub const PUSH_USER_PUB_ALLOW: &[&str] = &[
    SUBJECT_CLAIMS_LIST,
    SUBJECT_CLAIMS_UPDATE,
    SUBJECT_CLAIMS_DELETE,
    SUBJECT_SERVER_PING,
    "$SYS.REQ.ACCOUNT.*.CLAIMS.UPDATE",
    "$SYS.REQ.ACCOUNT.*.CLAIMS.LOOKUP",
];

/// Mint a short-lived system-account user for pushing, like nsc's
/// "temporary push user": `exp = now + ttl`, may publish only the resolver
/// subjects ([`PUSH_USER_PUB_ALLOW`]) and subscribe to `_INBOX.>`.
///
/// `signer` is the system account identity key or one of its signing keys
/// (then `issuer_account` is set). If `signer` is a *scoped* signing key,
/// pass `scoped = true`: the JWT then carries no permissions (the scope
/// template applies).
pub fn mint_push_user(
    signer: &KeyPair,
    system_account: &str,
    ttl: Duration,
    scoped: bool,
) -> Result<Creds> {
    require_public_key("system account", system_account, &[KeyKind::Account])?;
    require_public_key("push user signer", signer.public_key(), &[KeyKind::Account])?;
    let user = KeyPair::new_user();
    let name = "pbctl temporary push user";
    let mut claims = if scoped {
        UserClaims::new_scoped(user.public_key(), name, system_account)
    } else {
        let mut c = UserClaims::new(user.public_key(), name);
        c.nats.limits.publish.allow = PUSH_USER_PUB_ALLOW.iter().map(|s| s.to_string()).collect();
        c.nats.limits.subscribe.allow = vec!["_INBOX.>".to_string()];
        if signer.public_key() != system_account {
            c.nats.issuer_account = system_account.to_string();
        }
        c
    };
    let ttl = i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX).max(1);
    claims.exp = now_unix().saturating_add(ttl);
    let jwt = encode(&mut claims, signer)?;
    Creds::new(&jwt, user.seed()?.expose_secret())
}

/// A connection to a NATS system account for resolver requests.
#[derive(Debug, Clone)]
pub struct ResolverClient {
    client: Client,
    collect: CollectOptions,
    server_errors: Arc<Mutex<Vec<String>>>,
    known_servers: Vec<ServerIdentity>,
}

/// An answer to `$SYS.REQ.SERVER.PING` (only what discovery reads).
#[derive(Deserialize)]
struct PingReply {
    #[serde(default)]
    server: ServerIdentity,
    #[serde(default)]
    statsz: PingStats,
}

#[derive(Default, Deserialize)]
struct PingStats {
    /// Servers the sender knows in the whole system (its cluster and, through
    /// gateways, the others), itself included.
    #[serde(default)]
    active_servers: Option<usize>,
}

struct Outcome {
    replies: Vec<Vec<Message>>,
    no_responders: Vec<bool>,
}

fn nats_err(op: &'static str) -> impl Fn(&dyn std::fmt::Display) -> Error {
    move |e| Error::Nats {
        op,
        reason: e.to_string(),
    }
}

impl ResolverClient {
    /// Connect to `url` (comma-separated list allowed) as the user in `creds`.
    pub async fn connect(url: &str, creds: &Creds, collect: CollectOptions) -> Result<Self> {
        Self::connect_with(url, connect_options(creds)?, collect).await
    }

    /// Connect with caller-built options (e.g. [`connect_options`] plus
    /// TLS). This installs its own event callback (to report asynchronous
    /// server errors such as permission violations), replacing any other.
    pub async fn connect_with(
        url: &str,
        options: ConnectOptions,
        collect: CollectOptions,
    ) -> Result<Self> {
        let server_errors = Arc::new(Mutex::new(Vec::new()));
        let errs = server_errors.clone();
        let options = options.event_callback(move |ev| {
            let errs = errs.clone();
            async move {
                if let Event::ServerError(e) = ev
                    && let Ok(mut g) = errs.lock()
                    && g.len() < 100
                {
                    g.push(e.to_string());
                }
            }
        });
        let client = options.connect(url).await.map_err(|e| Error::Connect {
            url: url.to_string(),
            reason: e.to_string(),
        })?;
        Ok(ResolverClient {
            client,
            collect,
            server_errors,
            known_servers: Vec::new(),
        })
    }

    /// Use an existing connection (must be a system account user).
    pub fn from_client(client: Client, collect: CollectOptions) -> Self {
        ResolverClient {
            client,
            collect,
            server_errors: Arc::new(Mutex::new(Vec::new())),
            known_servers: Vec::new(),
        }
    }

    /// The underlying client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Collection settings.
    pub fn collect_options(&self) -> &CollectOptions {
        &self.collect
    }

    /// Change collection settings.
    pub fn set_collect_options(&mut self, collect: CollectOptions) {
        self.collect = collect;
    }

    /// The servers found by [`Self::discover_servers`] (empty before, or when
    /// discovery failed), sorted by cluster and name.
    pub fn known_servers(&self) -> &[ServerIdentity] {
        &self.known_servers
    }

    /// Learn which servers will answer resolver requests: `$SYS.REQ.SERVER.PING`
    /// reaches every server of the system (cluster peers and, through gateways,
    /// other clusters); each answer carries the number of servers its sender knows
    /// (`statsz.active_servers`), so collection stops as soon as that many answered
    /// (milliseconds), or at `wait`. Unless [`CollectOptions::expected_servers`] was
    /// set, the count becomes the number of replies each request waits for, so
    /// later requests end as soon as every server answered instead of after the
    /// settle window.
    ///
    /// Returns the number of servers, or `None` when it cannot be known: the user
    /// may not publish the ping subject (permissions violation), nobody answered
    /// before `wait`, or the servers do not report `active_servers` (old servers). Then the
    /// collect options are left as they were (the settle window applies).
    pub async fn discover_servers(&mut self, wait: Duration) -> Option<usize> {
        let inbox = self.client.new_inbox();
        let mut sub = self.client.subscribe(inbox.clone()).await.ok()?;
        let errors_before = self.server_errors().len();
        self.client
            .publish_with_reply(SUBJECT_SERVER_PING, inbox, Vec::new().into())
            .await
            .ok()?;
        self.client.flush().await.ok()?;
        let deadline = Instant::now() + wait;
        let mut servers: Vec<ServerIdentity> = Vec::new();
        let mut expected: Option<usize> = None;
        // A refused publish yields no answer, only an asynchronous -ERR: look at the
        // connection's errors between short waits instead of sitting out `wait`.
        let tick = Duration::from_millis(20);
        let found = loop {
            if expected.is_some_and(|n| servers.len() >= n) {
                break expected;
            }
            let now = Instant::now();
            if now >= deadline {
                // Some server did not answer in time (it may have just gone away):
                // the count is still the best guess, the settle window covers the rest.
                break expected;
            }
            match tokio::time::timeout_at((now + tick).min(deadline), sub.next()).await {
                Ok(Some(msg)) => {
                    let Ok(reply) = serde_json::from_slice::<PingReply>(&msg.payload) else {
                        break None;
                    };
                    let Some(n) = reply.statsz.active_servers.filter(|n| *n > 0) else {
                        break None;
                    };
                    expected = Some(expected.map_or(n, |e| e.max(n)));
                    if !servers.iter().any(|s| s.id == reply.server.id) {
                        servers.push(reply.server);
                    }
                }
                Ok(None) => break None,
                Err(_) => {
                    let refused = self.server_errors().iter().skip(errors_before).any(|e| {
                        let e = e.to_lowercase();
                        e.contains("permissions violation")
                            && e.contains(&SUBJECT_SERVER_PING.to_lowercase())
                    });
                    if refused {
                        break None;
                    }
                }
            }
        };
        let _ = sub.unsubscribe().await;
        let n = found?;
        servers.sort_by(|a, b| (&a.cluster, &a.name).cmp(&(&b.cluster, &b.name)));
        self.known_servers = servers;
        if self.collect.expected_servers.is_none() {
            self.collect.expected_servers = Some(n);
        }
        Some(n)
    }

    /// Asynchronous errors the server sent on this connection so far.
    pub fn server_errors(&self) -> Vec<String> {
        self.server_errors
            .lock()
            .map(|g| g.clone())
            .unwrap_or_default()
    }

    /// Publish every request with its own reply subject under one inbox,
    /// then collect replies for all of them until done or timed out.
    async fn scatter(&self, requests: &[(String, Vec<u8>)]) -> Result<Outcome> {
        self.scatter_observed(requests, &|| {}).await
    }

    /// [`Self::scatter`], calling `answered` once for each request as its first reply
    /// (or its no-responders status) arrives: progress for many requests.
    async fn scatter_observed(
        &self,
        requests: &[(String, Vec<u8>)],
        answered: &(dyn Fn() + Sync),
    ) -> Result<Outcome> {
        let n = requests.len();
        let prefix = self.client.new_inbox();
        let mut sub = self
            .client
            .subscribe(format!("{prefix}.*"))
            .await
            .map_err(|e| nats_err("subscribe")(&e))?;
        for (i, (subject, payload)) in requests.iter().enumerate() {
            self.client
                .publish_with_reply(
                    subject.clone(),
                    format!("{prefix}.{i}"),
                    payload.clone().into(),
                )
                .await
                .map_err(|e| nats_err("publish")(&e))?;
        }
        self.client
            .flush()
            .await
            .map_err(|e| nats_err("flush")(&e))?;

        let mut replies: Vec<Vec<Message>> = (0..n).map(|_| Vec::new()).collect();
        let mut no_responders = vec![false; n];
        let deadline = Instant::now() + self.collect.timeout;
        let mut last = Instant::now();
        loop {
            let done = |i: usize, r: &Vec<Message>| {
                no_responders.get(i).copied().unwrap_or(false)
                    || self.collect.expected_servers.is_some_and(|e| r.len() >= e)
            };
            if replies.iter().enumerate().all(|(i, r)| done(i, r)) {
                break;
            }
            let mut until = deadline;
            if let Some(settle) = self.collect.settle
                && replies
                    .iter()
                    .enumerate()
                    .all(|(i, r)| !r.is_empty() || no_responders.get(i).copied().unwrap_or(false))
            {
                until = until.min(last + settle);
            }
            match tokio::time::timeout_at(until, sub.next()).await {
                Ok(Some(msg)) => {
                    last = Instant::now();
                    let idx = msg
                        .subject
                        .rsplit('.')
                        .next()
                        .and_then(|s| s.parse::<usize>().ok());
                    let Some(i) = idx else { continue };
                    let first = replies.get(i).is_some_and(Vec::is_empty)
                        && !no_responders.get(i).copied().unwrap_or(true);
                    if first {
                        answered();
                    }
                    if msg.status == Some(StatusCode::NO_RESPONDERS) {
                        if let Some(flag) = no_responders.get_mut(i) {
                            *flag = true;
                        }
                    } else if let Some(slot) = replies.get_mut(i) {
                        slot.push(msg);
                    }
                }
                Ok(None) | Err(_) => break,
            }
        }
        let _ = sub.unsubscribe().await;
        Ok(Outcome {
            replies,
            no_responders,
        })
    }

    /// Fail if nobody answered anything.
    fn check_any(&self, subject: &str, out: &Outcome) -> Result<()> {
        if out.replies.iter().any(|r| !r.is_empty()) {
            return Ok(());
        }
        if !out.no_responders.is_empty() && out.no_responders.iter().all(|b| *b) {
            return Err(Error::NoResponders {
                subject: subject.to_string(),
                hint: NO_RESPONDERS_HINT,
            });
        }
        Err(Error::NoReplies {
            subject: subject.to_string(),
            timeout: self.collect.timeout,
            server_errors: self.server_errors(),
        })
    }

    /// Push one account JWT via `$SYS.REQ.CLAIMS.UPDATE`.
    pub async fn push(&self, account_jwt: &str) -> Result<PushResult> {
        let mut v = self
            .push_many(&[account_jwt.to_string()], PushRoute::Claims)
            .await?;
        v.pop().ok_or_else(|| Error::InvalidReply {
            subject: SUBJECT_CLAIMS_UPDATE.into(),
            reason: "no result".into(),
        })
    }

    /// Push many account JWTs, pipelined: all are published, then replies
    /// are collected for all of them. One [`PushResult`] per JWT, in order.
    ///
    /// Errors only when no server answered at all (no responders, timeout);
    /// per-server failures are in the results. The JWTs are not verified
    /// here: check trust with [`super::jwt::verify_account_issuer`] first
    /// (the server stores JWTs of untrusted operators too).
    pub async fn push_many(
        &self,
        account_jwts: &[String],
        route: PushRoute,
    ) -> Result<Vec<PushResult>> {
        self.push_many_observed(account_jwts, route, &|| {}).await
    }

    /// [`Self::push_many`], calling `answered` once for each JWT as its first reply
    /// arrives (for a progress bar).
    pub async fn push_many_observed(
        &self,
        account_jwts: &[String],
        route: PushRoute,
        answered: &(dyn Fn() + Sync),
    ) -> Result<Vec<PushResult>> {
        if account_jwts.is_empty() {
            return Ok(Vec::new());
        }
        let mut requests = Vec::with_capacity(account_jwts.len());
        let mut accounts = Vec::with_capacity(account_jwts.len());
        for jwt in account_jwts {
            let jwt = jwt.trim();
            let account = decode_unverified(jwt)
                .ok()
                .and_then(|(_, p)| p.get("sub").and_then(Value::as_str).map(str::to_string));
            let subject = match route {
                PushRoute::Claims => SUBJECT_CLAIMS_UPDATE.to_string(),
                PushRoute::Account => {
                    let a = account.clone().ok_or_else(|| {
                        Error::invalid_claims("cannot read the account (sub) of a JWT to push")
                    })?;
                    require_public_key("account to push", &a, &[KeyKind::Account])?;
                    account_update_subject(&a)
                }
            };
            requests.push((subject, jwt.as_bytes().to_vec()));
            accounts.push(account);
        }
        let out = self.scatter_observed(&requests, answered).await?;
        let first_subject = requests.first().map(|r| r.0.clone()).unwrap_or_default();
        self.check_any(&first_subject, &out)?;
        Ok(out
            .replies
            .into_iter()
            .zip(accounts)
            .zip(requests)
            .map(|((msgs, account), (subject, _))| PushResult {
                account,
                subject,
                replies: msgs
                    .iter()
                    .map(|m| ServerReply::parse(&m.payload))
                    .collect(),
            })
            .collect())
    }

    /// Send a delete request (see [`delete_request_jwt`]) to
    /// `$SYS.REQ.CLAIMS.DELETE`; the resolver needs `allow_delete: true`.
    pub async fn delete(&self, delete_request: &str) -> Result<Vec<ServerReply>> {
        let req = vec![(
            SUBJECT_CLAIMS_DELETE.to_string(),
            delete_request.trim().as_bytes().to_vec(),
        )];
        let out = self.scatter(&req).await?;
        self.check_any(SUBJECT_CLAIMS_DELETE, &out)?;
        Ok(out
            .replies
            .into_iter()
            .flatten()
            .map(|m| ServerReply::parse(&m.payload))
            .collect())
    }

    /// Build, sign and send a delete request for `accounts`.
    pub async fn delete_accounts(
        &self,
        operator_signer: &KeyPair,
        accounts: &[String],
    ) -> Result<Vec<ServerReply>> {
        let jwt = delete_request_jwt(operator_signer, accounts)?;
        self.delete(&jwt).await
    }

    /// `$SYS.REQ.CLAIMS.LIST`: the accounts each server stores.
    pub async fn list(&self) -> Result<Vec<ListReply>> {
        let req = vec![(SUBJECT_CLAIMS_LIST.to_string(), Vec::new())];
        let out = self.scatter(&req).await?;
        self.check_any(SUBJECT_CLAIMS_LIST, &out)?;
        let mut res = Vec::new();
        for m in out.replies.into_iter().flatten() {
            let raw: RawReply =
                serde_json::from_slice(&m.payload).map_err(|e| Error::InvalidReply {
                    subject: SUBJECT_CLAIMS_LIST.into(),
                    reason: format!("{e}: {}", truncate(&m.payload)),
                })?;
            let accounts = raw
                .data
                .as_ref()
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            res.push(ListReply {
                server: raw.server,
                accounts,
                error: raw.error.map(|e| e.description),
            });
        }
        Ok(res)
    }

    /// `$SYS.REQ.ACCOUNT.<account>.CLAIMS.LOOKUP`: the JWT each server has.
    /// Servers up to 2.9.16 do not answer for unknown accounts (then this
    /// returns [`Error::NoReplies`]).
    pub async fn lookup(&self, account: &str) -> Result<Vec<LookupReply>> {
        require_public_key("account", account, &[KeyKind::Account])?;
        let subject = account_lookup_subject(account);
        let out = self.scatter(&[(subject.clone(), Vec::new())]).await?;
        self.check_any(&subject, &out)?;
        Ok(out
            .replies
            .into_iter()
            .flatten()
            .map(|m| {
                let s = String::from_utf8_lossy(&m.payload).trim().to_string();
                if s.is_empty() {
                    LookupReply::NotFound
                } else {
                    LookupReply::Found(s)
                }
            })
            .collect())
    }

    /// Flush and close the connection.
    pub async fn close(self) -> Result<()> {
        self.client.drain().await.map_err(|e| nats_err("drain")(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_replies() {
        let ok = br#"{"server":{"name":"n1","host":"0.0.0.0","id":"NABC","ver":"2.15.1","seq":1,"jetstream":false,"time":"t"},"data":{"account":"ADMX","code":200,"message":"jwt updated"}}"#;
        let r = ServerReply::parse(ok);
        assert!(r.is_success());
        assert_eq!(r.server.name, "n1");
        assert_eq!(r.server.version, "2.15.1");
        assert_eq!(r.text(), "jwt updated");
        assert!(
            matches!(r.outcome, ReplyOutcome::Success { ref account, code: 200, .. } if account.as_deref() == Some("ADMX"))
        );

        // data first (2.9.10 order), no server name -> not a success
        let r =
            ServerReply::parse(br#"{"data":{"account":"A","code":200,"message":"jwt updated"}}"#);
        assert!(!r.is_success());

        let err = br#"{"server":{"name":"n"},"error":{"account":"n/a","code":500,"description":"jwt update resulted in error - expected 3 chunks"}}"#;
        let r = ServerReply::parse(err);
        assert!(!r.is_success());
        assert_eq!(r.text(), "jwt update resulted in error - expected 3 chunks");
        assert!(matches!(r.outcome, ReplyOutcome::Failure { code: 500, .. }));

        let del = br#"{"server":{"name":"n"},"data":{"code":200,"message":"deleted 1 accounts"}}"#;
        let r = ServerReply::parse(del);
        assert!(r.is_success());
        assert!(matches!(
            r.outcome,
            ReplyOutcome::Success { account: None, .. }
        ));

        for junk in [
            &b""[..],
            b"eyJ",
            b"[]",
            b"{}",
            b"\xff\xfe",
            b"{\"error\":5}",
        ] {
            let r = ServerReply::parse(junk);
            assert!(
                matches!(r.outcome, ReplyOutcome::Malformed { .. }),
                "{junk:?}"
            );
        }
        let json = serde_json::to_value(ServerReply::parse(ok)).unwrap();
        assert_eq!(json["status"], "success");
        assert_eq!(json["message"], "jwt updated");
    }

    #[test]
    fn subjects() {
        assert_eq!(
            account_update_subject("AX"),
            "$SYS.REQ.ACCOUNT.AX.CLAIMS.UPDATE"
        );
        assert_eq!(
            account_lookup_subject("AX"),
            "$SYS.REQ.ACCOUNT.AX.CLAIMS.LOOKUP"
        );
    }

    #[test]
    fn push_user_and_delete_request() {
        use crate::nats::jwt::{decode_generic, decode_user};
        let sys = KeyPair::new_account();
        let sk = KeyPair::new_account();
        let c = mint_push_user(&sys, sys.public_key(), Duration::from_secs(120), false).unwrap();
        let u = decode_user(c.jwt()).unwrap();
        assert!(u.exp > now_unix() && u.exp <= now_unix() + 121);
        assert!(u.nats.issuer_account.is_empty());
        assert_eq!(u.nats.limits.subscribe.allow, vec!["_INBOX.>"]);
        let c = mint_push_user(&sk, sys.public_key(), Duration::from_secs(120), false).unwrap();
        assert_eq!(
            decode_user(c.jwt()).unwrap().nats.issuer_account,
            sys.public_key()
        );
        let c = mint_push_user(&sk, sys.public_key(), Duration::from_secs(120), true).unwrap();
        assert!(decode_user(c.jwt()).unwrap().nats.limits.is_empty());
        assert!(
            mint_push_user(
                &KeyPair::new_operator(),
                sys.public_key(),
                Duration::ZERO,
                false
            )
            .is_err()
        );

        let op = KeyPair::new_operator();
        let jwt = delete_request_jwt(&op, &[sys.public_key().to_string()]).unwrap();
        let g = decode_generic(&jwt).unwrap();
        assert_eq!(g.iss, g.sub);
        assert_eq!(g.nats.0.get("version"), Some(&Value::from(2)));
        assert!(!g.nats.0.contains_key("type"));
        assert!(delete_request_jwt(&sys, &[sys.public_key().to_string()]).is_err());
    }
}
