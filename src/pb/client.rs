//! A small PocketBase HTTP client on reqwest + rustls: JSON bodies with the right
//! content type, URL-encoded path segments, retries for idempotent requests only,
//! per-request timeouts, `-v`/`-vv` logs with secrets redacted, and the error envelope
//! mapped to exit codes.

use super::paging::PageGuard;
use super::{error as pb_error, redact};
use crate::error::{Error, Result};
use crate::ui::Ui;
use reqwest::{Method, StatusCode, header};
use serde_json::Value;
use std::time::{Duration, Instant};

const MAX_RETRIES: u32 = 3;

/// The largest answer pbctl reads into memory (a page of 1000 large records fits). A
/// server cannot make pbctl hold more: a bigger `Content-Length` is refused before the
/// body is read, and a body without one is cut off at the limit. Streamed transfers
/// (backups, file downloads) go to disk and have no such limit.
pub const MAX_BODY: usize = 128 << 20;
/// The part of an error answer pbctl reads (the message is what it needs).
pub const MAX_ERROR_BODY: usize = 1 << 20;

/// How to reach one server.
#[derive(Debug, Clone, Default)]
pub struct ClientOptions {
    pub ca_file: Option<String>,
    pub insecure_skip_verify: bool,
    pub timeout: Option<Duration>,
}

#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: url::Url,
    token: Option<String>,
    timeout: Duration,
    ui: Ui,
}

/// A request body.
pub enum Body {
    None,
    Json(Value),
    /// Raw bytes with a content type (`pbctl api --input`).
    Bytes(Vec<u8>, String),
}

pub struct Request {
    pub method: Method,
    /// Path below the server URL, already encoded, starting with `/`.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Body,
    /// Send the token (when the client has one).
    pub auth: bool,
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>) -> Request {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            body: Body::None,
            auth: true,
        }
    }
    pub fn get(path: impl Into<String>) -> Request {
        Request::new(Method::GET, path)
    }
    pub fn post(path: impl Into<String>, body: Value) -> Request {
        Request::new(Method::POST, path).json(body)
    }
    pub fn json(mut self, body: Value) -> Request {
        self.body = Body::Json(body);
        self
    }
    pub fn query(mut self, key: &str, value: impl Into<String>) -> Request {
        self.query.push((key.into(), value.into()));
        self
    }
    pub fn no_auth(mut self) -> Request {
        self.auth = false;
        self
    }
    fn idempotent(&self) -> bool {
        matches!(self.method, Method::GET | Method::HEAD | Method::DELETE)
    }
}

pub struct Response {
    pub status: StatusCode,
    pub headers: header::HeaderMap,
    pub body: Vec<u8>,
}

impl Response {
    /// The body as JSON; an empty body (204) is `null`.
    pub fn json(&self) -> Result<Value> {
        if self.body.is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body)
            .map_err(|e| Error::failed(format!("the server sent invalid JSON: {e}")))
    }
}

impl Client {
    pub fn new(base_url: &str, options: &ClientOptions, ui: &Ui) -> Result<Client> {
        install_crypto_provider();
        let base = url::Url::parse(base_url)
            .map_err(|e| Error::usage(format!("invalid server URL {base_url:?}: {e}")))?;
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("pbctl/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .redirect(redirect_policy());
        if let Some(ca_file) = &options.ca_file {
            let pem = std::fs::read(ca_file).map_err(|e| {
                Error::usage(format!("cannot read CA file {ca_file}: {e}"))
                    .hint("fix it with `pbctl context set NAME tls.ca-file=PATH`")
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| Error::usage(format!("invalid CA file {ca_file}: {e}")))?;
            builder = builder.tls_certs_merge(certs);
        }
        if options.insecure_skip_verify {
            ui.warn(format!(
                "TLS certificate verification is off for {base_url} (insecure-skip-verify)"
            ));
            builder = builder.tls_danger_accept_invalid_certs(true);
        }
        if options.ca_file.is_none() && !options.insecure_skip_verify {
            let tls = super::trust::client_config()
                .map_err(|e| Error::failed(format!("cannot set up TLS: {e}")))?;
            builder = builder.tls_backend_preconfigured(tls);
        }
        let http = builder
            .build()
            .map_err(|e| Error::failed(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Client {
            http,
            base,
            token: None,
            timeout: options.timeout.unwrap_or(Duration::from_secs(30)),
            ui: ui.clone(),
        })
    }

    pub fn with_token(mut self, token: Option<String>) -> Client {
        self.token = token;
        self
    }

    /// The same client with another per-request timeout (long synchronous calls such as
    /// `POST /api/backups`).
    pub fn with_timeout(mut self, timeout: Duration) -> Client {
        self.timeout = timeout;
        self
    }

    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    pub fn base_url(&self) -> &url::Url {
        &self.base
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The raw reqwest client, for streaming transfers that build their own requests.
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// Full URL of `path` (already encoded) below the server URL.
    pub fn url(&self, path: &str) -> Result<url::Url> {
        let joined = format!("{}{}", self.base.as_str().trim_end_matches('/'), path);
        url::Url::parse(&joined).map_err(|e| Error::usage(format!("invalid path {path:?}: {e}")))
    }

    /// Send a request and return the response when it succeeded (2xx).
    pub async fn send(&self, req: Request) -> Result<Response> {
        let resp = self.send_raw(&req).await?;
        if resp.status.is_success() {
            Ok(resp)
        } else {
            let had_token = req.auth && self.token.is_some();
            Err(pb_error::from_response(
                resp.status.as_u16(),
                &resp.body,
                had_token,
            ))
        }
    }

    /// Send and return the JSON body.
    pub async fn json(&self, req: Request) -> Result<Value> {
        self.send(req).await?.json()
    }

    /// Every item of a list endpoint: `req` (a GET with its filters) is sent for page
    /// after page of 1000 (the first one counts, the others `skipTotal`), until a short
    /// page; pages that do not move forward stop it ([`PageGuard`]).
    pub async fn list_all(&self, req: Request) -> Result<Vec<Value>> {
        const PER_PAGE: usize = 1000;
        let mut all = Vec::new();
        let mut guard = PageGuard::new();
        for page in 1u64.. {
            let mut r = Request::get(req.path.clone());
            r.query = req.query.clone();
            r = r
                .query("page", page.to_string())
                .query("perPage", PER_PAGE.to_string());
            if page > 1 {
                r = r.query("skipTotal", "1");
            }
            let v = self.json(r).await?;
            let items = guard.page(page, PER_PAGE as u64, v)?;
            let n = items.len();
            all.extend(items);
            if n < PER_PAGE {
                break;
            }
        }
        Ok(all)
    }

    /// Send, with retries for idempotent requests, and return any response.
    pub async fn send_raw(&self, req: &Request) -> Result<Response> {
        let mut url = self.url(&req.path)?;
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(req.query.iter());
        }
        let mut attempt = 0;
        let first_started = Instant::now();
        loop {
            let started = Instant::now();
            let result = self.attempt(req, &url).await;
            let elapsed = started.elapsed().as_millis();
            let retry_after = match &result {
                Ok(resp) => {
                    self.ui.debug(
                        1,
                        format!(
                            "{} {} {} {elapsed}ms",
                            req.method,
                            redact::path_and_query(&url),
                            resp.status.as_u16()
                        ),
                    );
                    if self.ui.verbose >= 2 {
                        self.log_response(resp);
                    }
                    retryable_status(resp.status).then(|| retry_after(&resp.headers))
                }
                Err(e) => {
                    self.ui.debug(
                        1,
                        format!(
                            "{} {} failed after {elapsed}ms: {}",
                            req.method,
                            redact::path_and_query(&url),
                            e.error.message
                        ),
                    );
                    e.retryable.then_some(None)
                }
            };
            match retry_after {
                Some(wait) if req.idempotent() && attempt < MAX_RETRIES => {
                    let delay = wait.unwrap_or_else(|| backoff(attempt));
                    self.ui
                        .debug(1, format!("retrying in {}ms", delay.as_millis()));
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                _ if attempt == 0 => return result.map_err(|e| e.error),
                _ => {
                    return result.map_err(|mut e| {
                        e.error.message = format!(
                            "{} (after {} attempts in {:.1}s)",
                            e.error.message,
                            attempt + 1,
                            first_started.elapsed().as_secs_f32()
                        );
                        e.error.hint("--timeout limits each attempt; reads (GET, HEAD) and DELETE are retried 3 times with backoff, other writes never")
                    });
                }
            }
        }
    }

    async fn attempt(
        &self,
        req: &Request,
        url: &url::Url,
    ) -> std::result::Result<Response, SendError> {
        let mut builder = self
            .http
            .request(req.method.clone(), url.clone())
            .timeout(self.timeout)
            .header(header::ACCEPT, "application/json");
        if req.auth
            && let Some(token) = &self.token
        {
            builder = builder.header(header::AUTHORIZATION, token);
        }
        let body_for_log: Vec<u8>;
        builder = match &req.body {
            Body::None => {
                body_for_log = Vec::new();
                builder
            }
            Body::Json(v) => {
                let bytes = serde_json::to_vec(v).unwrap_or_default();
                body_for_log = bytes.clone();
                builder
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(bytes)
            }
            Body::Bytes(bytes, content_type) => {
                body_for_log = bytes.clone();
                builder
                    .header(header::CONTENT_TYPE, content_type.as_str())
                    .body(bytes.clone())
            }
        };
        let request = builder
            .build()
            .map_err(|e| SendError::from_reqwest(e, self))?;
        if self.ui.verbose >= 2 {
            self.log_request(&request, &body_for_log);
        }
        let resp = self
            .http
            .execute(request)
            .await
            .map_err(|e| SendError::from_reqwest(e, self))?;
        let status = resp.status();
        let headers = resp.headers().clone();
        let limit = if status.is_success() {
            MAX_BODY
        } else {
            MAX_ERROR_BODY
        };
        let body = read_body(resp, limit).await.map_err(|e| match e {
            BodyError::Http(e) => SendError::from_reqwest(e, self),
            BodyError::TooLarge => SendError {
                error: too_large(),
                retryable: false,
            },
        })?;
        Ok(Response {
            status,
            headers,
            body,
        })
    }

    fn log_request(&self, request: &reqwest::Request, body: &[u8]) {
        let mut lines = vec![format!(
            "> {} {}",
            request.method(),
            redact::path_and_query(request.url())
        )];
        for (name, value) in request.headers() {
            lines.push(format!(
                "> {name}: {}",
                header_for_log(name.as_str(), value)
            ));
        }
        if !body.is_empty() {
            lines.push(format!("> {}", redact::body(body)));
        }
        self.ui.debug(2, lines.join("\n"));
    }

    fn log_response(&self, resp: &Response) {
        let mut lines = vec![format!("< {}", resp.status)];
        for (name, value) in &resp.headers {
            lines.push(format!(
                "< {name}: {}",
                header_for_log(name.as_str(), value)
            ));
        }
        if !resp.body.is_empty() {
            lines.push(format!("< {}", redact::body(&resp.body)));
        }
        self.ui.debug(2, lines.join("\n"));
    }
}

fn header_for_log(name: &str, value: &header::HeaderValue) -> String {
    if redact::is_secret_name(name)
        || name.eq_ignore_ascii_case("cookie")
        || name.eq_ignore_ascii_case("set-cookie")
    {
        redact::REDACTED.to_string()
    } else {
        value.to_str().unwrap_or("<binary>").to_string()
    }
}

/// Why a body could not be read.
pub enum BodyError {
    Http(reqwest::Error),
    TooLarge,
}

fn too_large() -> Error {
    Error::failed(format!(
        "the server's answer is larger than {} MiB; pbctl does not read it",
        MAX_BODY >> 20
    ))
    .hint(
        "ask for less (--limit, --fields, --filter), or check that the URL is a PocketBase server",
    )
}

/// Read a response body into one buffer, at most `limit` bytes: a larger announced
/// length is refused before reading, and an unannounced one is cut off at the limit
/// (so a hostile or broken server cannot exhaust memory).
pub async fn read_body(
    mut resp: reqwest::Response,
    limit: usize,
) -> std::result::Result<Vec<u8>, BodyError> {
    let announced = resp.content_length().unwrap_or(0);
    if announced > limit as u64 {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::with_capacity(announced as usize);
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Http)? {
        if body.len() + chunk.len() > limit {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The body of a failed answer, for its error message: at most [`MAX_ERROR_BODY`], and
/// empty when it cannot be read.
pub async fn error_body(resp: reqwest::Response) -> Vec<u8> {
    read_body(resp, MAX_ERROR_BODY).await.unwrap_or_default()
}

/// Redirects are followed only to the same server (scheme, host and port; or from http
/// to https on the same host), at most 5. A redirect elsewhere would carry the request's
/// body (a password, on 307/308) and query (a file token) to a host nobody configured.
fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let Some(first) = attempt.previous().first() else {
            return attempt.stop();
        };
        let next = attempt.url();
        let same_host = first.host_str() == next.host_str();
        let same_origin = same_host
            && first.scheme() == next.scheme()
            && first.port_or_known_default() == next.port_or_known_default();
        let upgrade = same_host && first.scheme() == "http" && next.scheme() == "https";
        if attempt.previous().len() > 5 {
            attempt.error("too many redirects")
        } else if same_origin || upgrade {
            attempt.follow()
        } else {
            let to = next.host_str().unwrap_or("another host").to_string();
            attempt.error(format!("the server redirected to {to}, which pbctl does not follow (only redirects within the same server are)"))
        }
    })
}

/// A reqwest error as text without the URL it carries: URLs hold file tokens and other
/// query secrets, and error messages reach terminals and CI logs.
pub fn transport_error(e: reqwest::Error) -> String {
    last_cause(&error_chain(&e.without_url())).to_string()
}

fn retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// `Retry-After` in seconds (PocketBase sends none, proxies may), capped at 30 s.
fn retry_after(headers: &header::HeaderMap) -> Option<Duration> {
    let secs: u64 = headers
        .get(header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(secs.min(30)))
}

/// Exponential backoff with jitter: ~250 ms, 500 ms, 1 s.
fn backoff(attempt: u32) -> Duration {
    let base = 250u64 << attempt.min(6);
    Duration::from_millis(base + fastrand::u64(0..=base / 2))
}

/// A transport failure with whether a retry may help.
struct SendError {
    error: Error,
    retryable: bool,
}

impl SendError {
    fn from_reqwest(e: reqwest::Error, client: &Client) -> SendError {
        // Never the URL: its query may hold a token.
        let e = e.without_url();
        let host = client.base.as_str().trim_end_matches('/').to_string();
        let chain = error_chain(&e);
        let lower = chain.to_ascii_lowercase();
        if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
            return SendError {
                error: Error::unavailable(format!("TLS failure talking to {host}: {}", last_cause(&chain)))
                    .hint("trust the server's CA with `pbctl context set NAME tls.ca-file=PATH` (or, for testing only, tls.insecure-skip-verify=true)"),
                retryable: false,
            };
        }
        if e.is_timeout() {
            return SendError {
                error: Error::unavailable(format!(
                    "no answer from {host} within {}s",
                    client.timeout.as_secs_f32()
                ))
                .hint("raise the limit with --timeout, or check the server"),
                retryable: true,
            };
        }
        if e.is_connect() {
            return SendError {
                error: Error::unavailable(format!("cannot connect to {host}: {}", last_cause(&chain)))
                    .hint("check that the server is running and the context URL is right (`pbctl context show`)"),
                retryable: true,
            };
        }
        if e.is_redirect() {
            return SendError {
                error: Error::failed(format!("{host}: {}", last_cause(&chain)))
                    .hint("use the URL the server redirects to in the context, if you trust it"),
                retryable: false,
            };
        }
        if e.is_builder() {
            return SendError {
                error: Error::usage(format!("invalid request: {}", last_cause(&chain))),
                retryable: false,
            };
        }
        SendError {
            error: Error::unavailable(format!("request to {host} failed: {}", last_cause(&chain))),
            retryable: e.is_request() || e.is_body(),
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}

fn last_cause(chain: &str) -> &str {
    chain.rsplit(": ").next().unwrap_or(chain)
}

/// rustls needs one process-wide crypto provider; pbctl uses ring.
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
