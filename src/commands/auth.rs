//! `pbctl auth`: log in, tokens, status.

use crate::app::{App, Target, parse_duration};
use crate::config::credentials::StoreKind;
use crate::error::{Error, ErrorKind, Result};
use crate::output::Output;
use crate::pb::token::{self, format_time, now};
use crate::pb::{Request, seg};
use crate::session::{self, Authenticated, OtpSource, PasswordLogin};
use clap::{Args, Subcommand};
use serde_json::{Value, json};
use std::io::BufRead;

#[derive(Debug, Clone, Args)]
#[command(
    about = "Log in to PocketBase and manage the stored token",
    after_help = "Examples:\n  pbctl auth login --identity admin@example.com\n  echo \"$PB_PASSWORD\" | pbctl auth login --identity admin@example.com --password-stdin\n  pbctl auth status --check\n  TOKEN=$(pbctl auth api-token --duration 90d)"
)]
pub struct AuthArgs {
    #[command(subcommand)]
    pub command: AuthCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum AuthCommand {
    Login(LoginArgs),
    #[command(name = "api-token")]
    ApiToken(ApiTokenArgs),
    #[command(visible_alias = "whoami")]
    Status(StatusArgs),
    Token(TokenArgs),
    Logout(LogoutArgs),
}

/// Log in with a password (and a one-time password when MFA is on), or store a token
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The password is asked on a terminal (hidden). Without a terminal use\n--password-stdin or, in context-less CI mode, PBCTL_PASSWORD.\n\nExamples:\n  pbctl auth login --identity admin@example.com\n  printf '%s\\n' \"$PASS\" | pbctl auth login --identity admin@example.com --password-stdin\n  printf '%s\\n%s\\n' \"$PASS\" \"$OTP\" |\n      pbctl auth login --password-stdin --otp-stdin --otp-id \"$OTP_ID\"\n  pbctl auth login --collection users --identity alice\n  pbctl auth login --token-stdin < token.txt"
)]
pub struct LoginArgs {
    /// Email or username [default: the context's identity]
    #[arg(long, value_name = "I")]
    pub identity: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Auth collection [default: the context's, else _superusers]
    #[arg(long, value_name = "C")]
    pub collection: Option<String>,
    /// Read the one-time password (MFA) from the next line of stdin
    #[arg(long)]
    pub otp_stdin: bool,
    /// Use this OTP id (from `pocketbase superuser otp` or an earlier request) instead of requesting one
    #[arg(long, value_name = "ID")]
    pub otp_id: Option<String>,
    /// Store a token read from stdin instead of logging in
    #[arg(long, conflicts_with_all = ["password_stdin", "otp_stdin", "identity"])]
    pub token_stdin: bool,
}

/// Mint a long-lived, non-refreshable token (PocketBase impersonate API)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Without --record the token is for the logged-in record itself. The token is\nprinted on stdout (you asked for it); --save stores it as the context's token instead.\n\nExamples:\n  pbctl auth api-token --duration 90d > ci-token.txt\n  pbctl auth api-token --collection users --record abc123def456789 --duration 1h\n  pbctl auth api-token --duration 365d --save"
)]
pub struct ApiTokenArgs {
    /// Lifetime, e.g. 1h, 30d, 365d
    #[arg(long, default_value = "30d", value_name = "DUR")]
    pub duration: String,
    /// Auth collection of the record [default: the logged-in one]
    #[arg(long, value_name = "C", requires = "record")]
    pub collection: Option<String>,
    /// Record id to impersonate [default: the logged-in record]
    #[arg(long, value_name = "ID")]
    pub record: Option<String>,
    /// Store it as this context's token instead of printing it
    #[arg(long)]
    pub save: bool,
}

/// Who is logged in, to which collection, until when, and where the token is stored
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Exit code 4 when not logged in, or when --check finds the token rejected.\n\nExamples:\n  pbctl auth status\n  pbctl auth status --check -o json"
)]
pub struct StatusArgs {
    /// Also ask the server whether the token works (refreshes it)
    #[arg(long)]
    pub check: bool,
}

/// Print the current token (refreshed if needed), for scripts
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  curl -H \"Authorization: $(pbctl auth token)\" http://127.0.0.1:8090/api/settings"
)]
pub struct TokenArgs {}

/// Forget the stored token of the context
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl auth logout\n  pbctl --context prod auth logout")]
pub struct LogoutArgs {}

pub async fn run(app: &App, args: AuthArgs) -> Result<Output> {
    match args.command {
        AuthCommand::Login(a) => login(app, a).await,
        AuthCommand::ApiToken(a) => api_token(app, a).await,
        AuthCommand::Status(a) => status(app, a).await,
        AuthCommand::Token(_) => {
            let (_, client) = app.authed().await?;
            Ok(Output::Text(format!(
                "{}\n",
                client.token().unwrap_or_default()
            )))
        }
        AuthCommand::Logout(_) => logout(app),
    }
}

fn require_context(target: &Target) -> Result<String> {
    target.context.clone().ok_or_else(|| {
        Error::usage("context-less mode (PBCTL_URL) has nowhere to store a token")
            .hint("set PBCTL_TOKEN, or add a context with `pbctl context add`")
    })
}

fn stdin_lines(count: usize) -> Result<Vec<String>> {
    let stdin = crate::ui::data_stdin()?;
    let mut lines = Vec::new();
    for line in stdin.lock().lines().take(count) {
        lines.push(line?.trim_end_matches('\r').to_string());
    }
    if lines.len() < count {
        return Err(Error::usage(format!(
            "expected {count} line(s) on stdin, got {}",
            lines.len()
        )));
    }
    Ok(lines)
}

fn login_done(context: &str, info: &crate::config::AuthInfo) -> Output {
    let expires = info
        .expires
        .map(format_time)
        .unwrap_or_else(|| "unknown".into());
    Output::done(
        format!(
            "Logged in to context \"{context}\" as {} ({}); token stored in {}, expires {expires}.",
            info.user.as_deref().unwrap_or("?"),
            info.collection,
            info.store
        ),
        json!({
            "context": context,
            "user": info.user,
            "collection": info.collection,
            "recordId": info.record_id,
            "expires": info.expires.map(format_time),
            "refreshable": info.refreshable,
            "store": info.store,
        }),
        "context",
    )
}

async fn login(app: &App, a: LoginArgs) -> Result<Output> {
    let target = app.target()?;
    let context = require_context(&target)?;
    let client = app.client(&target)?;
    let configured_collection = app
        .config()?
        .context(&context)
        .and_then(|c| c.auth_collection.clone());
    let collection = a
        .collection
        .clone()
        .or(configured_collection)
        .unwrap_or_else(|| crate::app::DEFAULT_AUTH_COLLECTION.into());

    if a.token_stdin {
        let token = stdin_lines(1)?.remove(0).trim().to_string();
        let claims = token::claims(&token)
            .ok_or_else(|| Error::usage("stdin does not hold a PocketBase token (a JWT)"))?;
        if claims.exp.is_some_and(|e| e <= now()) {
            return Err(Error::auth("that token has expired").hint("get a new one"));
        }
        let collection = a
            .collection
            .clone()
            .or(claims.collection_id.clone())
            .unwrap_or(collection);
        let checked =
            session::refresh(&client.clone().with_token(Some(token)), &collection).await?;
        let info = session::save_token(app, &context, &collection, &checked, None)?;
        return Ok(login_done(&context, &info));
    }

    let identity = match a.identity.or(target.identity.clone()) {
        Some(i) => i,
        None => app.ui.prompt("Identity (email or username)")?,
    };
    let mut stdin = if a.password_stdin || a.otp_stdin {
        stdin_lines(usize::from(a.password_stdin) + usize::from(a.otp_stdin))?
    } else {
        Vec::new()
    }
    .into_iter();
    let password = if a.password_stdin {
        stdin.next().unwrap_or_default()
    } else if let Some(p) = std::env::var("PBCTL_PASSWORD")
        .ok()
        .filter(|p| !p.is_empty())
    {
        p
    } else {
        app.ui.prompt_secret(&format!("Password for {identity}"))?
    };
    let otp = if a.otp_stdin {
        Some(OtpSource::Given(stdin.next().unwrap_or_default()))
    } else {
        Some(OtpSource::Prompt)
    };
    let auth = session::login_with_password(
        app,
        &client,
        PasswordLogin {
            collection: &collection,
            identity: &identity,
            password: &password,
            otp,
            otp_id: a.otp_id.as_deref(),
        },
    )
    .await?;
    let info = session::save_token(app, &context, &collection, &auth, None)?;
    Ok(login_done(&context, &info))
}

async fn api_token(app: &App, a: ApiTokenArgs) -> Result<Output> {
    let duration = parse_duration(&a.duration)?;
    if duration.as_secs() == 0 {
        return Err(Error::usage("--duration must be at least 1s"));
    }
    let (target, client) = app.authed().await?;
    let own = client.token().and_then(token::claims).unwrap_or_default();
    let collection = a
        .collection
        .clone()
        .unwrap_or(target.auth_collection.clone());
    let record = match a.record.clone().or(own.id) {
        Some(r) => r,
        None => {
            return Err(
                Error::usage("cannot tell which record to impersonate").hint("pass --record ID")
            );
        }
    };
    let path = format!(
        "/api/collections/{}/impersonate/{}",
        seg(&collection),
        seg(&record)
    );
    let v = client
        .json(Request::post(path, json!({"duration": duration.as_secs()})))
        .await?;
    let auth = Authenticated {
        token: v
            .get("token")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
        record: v.get("record").cloned().unwrap_or(Value::Null),
    };
    if auth.token.is_empty() {
        return Err(Error::failed(
            "the server's impersonate answer has no token",
        ));
    }
    if a.save {
        let context = require_context(&target)?;
        let info = session::save_token(app, &context, &collection, &auth, None)?;
        return Ok(login_done(&context, &info));
    }
    Ok(Output::Text(format!("{}\n", auth.token)))
}

async fn status(app: &App, a: StatusArgs) -> Result<Output> {
    let target = app.target()?;
    let from_env = std::env::var("PBCTL_TOKEN").ok().filter(|t| !t.is_empty());
    let mut v = match (&from_env, &target.auth) {
        (Some(token), _) => {
            session::check_token(token, "in PBCTL_TOKEN")?;
            let c = token::claims(token).unwrap_or_default();
            json!({
                "user": c.id,
                "collection": c.collection_id,
                "recordId": c.id,
                "expires": c.exp.map(format_time),
                "expired": c.exp.is_some_and(|e| e <= now()),
                "refreshable": c.refreshable.unwrap_or(false),
                "store": "env (PBCTL_TOKEN)",
            })
        }
        (None, Some(info)) => json!({
            "user": info.user,
            "collection": info.collection,
            "recordId": info.record_id,
            "expires": info.expires.map(format_time),
            "expired": info.expires.is_some_and(|e| e <= now()),
            "refreshable": info.refreshable,
            "store": info.store,
        }),
        (None, None) => {
            return Err(Error::auth(format!("not logged in ({})", target.label()))
                .hint("log in with `pbctl auth login`"));
        }
    };
    let mut out = serde_json::Map::new();
    out.insert("context".into(), json!(target.context));
    out.insert("url".into(), json!(target.url));
    if let Value::Object(m) = v.take() {
        out.extend(m);
    }
    if a.check {
        let (_, client) = app.authed().await?;
        let collection = out["collection"]
            .as_str()
            .unwrap_or(&target.auth_collection)
            .to_string();
        match session::refresh(&client, &collection).await {
            Ok(fresh) => {
                if let Some(ctx) = &target.context
                    && from_env.is_none()
                {
                    let keep = target.auth.as_ref().map(|a| StoreKind::parse(&a.store));
                    let info = session::save_token(app, ctx, &collection, &fresh, keep)?;
                    out.insert("expires".into(), json!(info.expires.map(format_time)));
                }
                out.insert("valid".into(), json!(true));
            }
            Err(e) if e.kind == ErrorKind::Auth => {
                return Err(Error::auth(format!(
                    "the token was rejected by the server: {}",
                    e.message
                ))
                .hint("log in again with `pbctl auth login`"));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(Output::object(Value::Object(out), "context"))
}

fn logout(app: &App) -> Result<Output> {
    let target = app.target()?;
    let context = require_context(&target)?;
    app.credentials()?.delete(&context)?;
    app.update_config(|cfg| {
        cfg.require_mut(&context)?.auth = None;
        Ok(())
    })?;
    Ok(Output::done(
        format!("Logged out of context \"{context}\"."),
        json!({"context": context}),
        "context",
    ))
}
