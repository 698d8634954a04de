//! Tokens in use: logging in (password, MFA/OTP), storing a token with its non-secret
//! facts, and handing commands a token that is valid now: read `exp`
//! locally, refresh close to expiry, and never send an expired token.

use crate::app::{App, Target, env};
use crate::config::AuthInfo;
use crate::config::credentials::StoreKind;
use crate::error::{Error, Result};
use crate::pb::token::{self, format_time, now};
use crate::pb::{Client, Request, seg};
use serde_json::{Value, json};

/// A successful auth answer: `{token, record}`.
pub struct Authenticated {
    pub token: String,
    pub record: Value,
}

impl Authenticated {
    fn from_json(v: Value) -> Result<Authenticated> {
        let token = v
            .get("token")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::failed("the server's auth answer has no token"))?
            .to_string();
        Ok(Authenticated {
            token,
            record: v.get("record").cloned().unwrap_or(Value::Null),
        })
    }

    /// Email, else username, else id of the record.
    pub fn user(&self) -> Option<String> {
        ["email", "username", "id"]
            .iter()
            .find_map(|k| self.record.get(k).and_then(Value::as_str))
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    }
}

/// Authenticated clients. (These methods of [`App`] live here, with the token logic, so
/// that `app` does not depend on `session`.)
impl App {
    /// A client for the target carrying a valid token (refreshed if it is close to expiry).
    pub async fn authed(&self) -> Result<(Target, Client)> {
        self.authed_for(self.target()?).await
    }

    /// A client for `target` carrying a valid token.
    pub async fn authed_for(&self, target: Target) -> Result<(Target, Client)> {
        let client = self.client(&target)?;
        let token = valid_token(self, &target, &client).await?;
        Ok((target, client.with_token(Some(token))))
    }
}

/// Where the one-time password comes from when the server asks for MFA.
pub enum OtpSource {
    /// Already read (from stdin).
    Given(String),
    /// Ask on the terminal.
    Prompt,
}

pub struct PasswordLogin<'a> {
    pub collection: &'a str,
    pub identity: &'a str,
    pub password: &'a str,
    pub otp: Option<OtpSource>,
    /// An OTP id obtained elsewhere (e.g. `pocketbase superuser otp`); skips request-otp.
    pub otp_id: Option<&'a str>,
}

/// Password login with the MFA flow: a 401 with `mfaId` asks for an OTP.
pub async fn login_with_password(
    app: &App,
    client: &Client,
    login: PasswordLogin<'_>,
) -> Result<Authenticated> {
    let path = format!(
        "/api/collections/{}/auth-with-password",
        seg(login.collection)
    );
    let req = Request::post(
        path,
        json!({"identity": login.identity, "password": login.password}),
    )
    .no_auth();
    let resp = client.send_raw(&req).await?;
    if resp.status.is_success() {
        return Authenticated::from_json(resp.json()?);
    }
    let body: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    let mfa_id = body
        .get("mfaId")
        .and_then(Value::as_str)
        .map(str::to_string);
    let Some(mfa_id) = mfa_id.filter(|_| resp.status.as_u16() == 401) else {
        let mut err = crate::pb::error::from_response(resp.status.as_u16(), &resp.body, false);
        if resp.status.as_u16() == 400 {
            // A failed login is an authentication problem (exit 4), whatever the status.
            err.kind = crate::error::ErrorKind::Auth;
            err = err.hint("check the identity and password (and --collection)");
        }
        return Err(err);
    };
    app.ui
        .status("Multi-factor authentication is required: a one-time password is needed.");
    let otp_id = match login.otp_id {
        Some(id) => id.to_string(),
        None => {
            if !login.identity.contains('@') {
                return Err(Error::usage(
                    "MFA needs the account's email to send a one-time password",
                )
                .hint("log in with --identity EMAIL, or pass --otp-id"));
            }
            let path = format!("/api/collections/{}/request-otp", seg(login.collection));
            let v = client
                .json(Request::post(path, json!({"email": login.identity})).no_auth())
                .await?;
            app.ui.status("A one-time password was sent by email.");
            v.get("otpId")
                .and_then(Value::as_str)
                .ok_or_else(|| Error::failed("the server's request-otp answer has no otpId"))?
                .to_string()
        }
    };
    let otp = match login.otp {
        Some(OtpSource::Given(otp)) => otp,
        Some(OtpSource::Prompt) | None => app.ui.prompt_secret("One-time password")?,
    };
    let path = format!("/api/collections/{}/auth-with-otp", seg(login.collection));
    let req = Request::post(
        path,
        json!({"otpId": otp_id, "password": otp.trim(), "mfaId": mfa_id}),
    )
    .no_auth();
    match client.json(req).await {
        Ok(v) => Authenticated::from_json(v),
        Err(mut e) => {
            e.kind = crate::error::ErrorKind::Auth;
            Err(e.hint("get a fresh one-time password and try again"))
        }
    }
}

/// `auth-refresh`: a new token for a refreshable one, the same for an impersonate token.
pub async fn refresh(client: &Client, collection: &str) -> Result<Authenticated> {
    let path = format!("/api/collections/{}/auth-refresh", seg(collection));
    let v = client.json(Request::post(path, json!({}))).await?;
    Authenticated::from_json(v)
}

/// Store a token for a context with its facts; returns them. `keep` is the store that
/// holds the token being replaced by a refresh (see [`Credentials::save`]).
///
/// [`Credentials::save`]: crate::config::credentials::Credentials::save
pub fn save_token(
    app: &App,
    context: &str,
    collection: &str,
    auth: &Authenticated,
    keep: Option<StoreKind>,
) -> Result<AuthInfo> {
    let claims = token::claims(&auth.token).unwrap_or_default();
    let saved = app.credentials()?.save(context, &auth.token, keep)?;
    if let Some(warning) = saved.warning {
        app.ui.warn(warning);
    }
    let info = AuthInfo {
        user: auth.user(),
        collection: auth
            .record
            .get("collectionName")
            .and_then(Value::as_str)
            .unwrap_or(collection)
            .to_string(),
        record_id: claims.id.clone(),
        expires: claims.exp,
        obtained: Some(now()),
        refreshable: claims.refreshable.unwrap_or(false),
        store: saved.kind.as_str().to_string(),
    };
    let stored = info.clone();
    app.update_config(|cfg| {
        cfg.require_mut(context)?.auth = Some(stored);
        Ok(())
    })?;
    Ok(info)
}

/// A token pbctl may send: a PocketBase token (a JWT) that has not expired. A bad one
/// is never sent, since PocketBase would silently treat the request as a guest's.
pub fn check_token(token: &str, source: &str) -> Result<()> {
    let Some(claims) = token::claims(token) else {
        return Err(Error::auth(format!(
            "the token {source} is not a PocketBase token (a JWT)"
        ))
        .hint("log in again with `pbctl auth login`, or mint one with `pbctl auth api-token`"));
    };
    if let Some(exp) = claims.exp
        && exp <= now()
    {
        return Err(Error::auth(format!(
            "the token {source} expired at {}",
            format_time(exp)
        ))
        .hint("log in again with `pbctl auth login`"));
    }
    Ok(())
}

/// A token that is valid now for `target`, refreshed and stored when close to expiry.
pub async fn valid_token(app: &App, target: &Target, client: &Client) -> Result<String> {
    if let Some(token) = env("PBCTL_TOKEN") {
        check_token(&token, "in PBCTL_TOKEN")?;
        return Ok(token);
    }
    let Some(context) = &target.context else {
        // Context-less mode: log in on the fly.
        let (Some(identity), Some(password)) = (env("PBCTL_IDENTITY"), env("PBCTL_PASSWORD"))
        else {
            return Err(Error::auth("no token for PBCTL_URL")
                .hint("set PBCTL_TOKEN, or PBCTL_IDENTITY and PBCTL_PASSWORD"));
        };
        let login = PasswordLogin {
            collection: &target.auth_collection,
            identity: &identity,
            password: &password,
            otp: None,
            otp_id: None,
        };
        return Ok(login_with_password(app, client, login).await?.token);
    };
    let not_logged_in = || {
        Error::auth(format!("not logged in to context \"{context}\"")).hint(format!(
            "log in with `pbctl auth login --context {context}`"
        ))
    };
    let auth = target.auth.as_ref().ok_or_else(not_logged_in)?;
    let token = app.stored_token(context, auth)?.ok_or_else(not_logged_in)?;
    check_token(&token, &format!("of context \"{context}\""))?;
    let Some(exp) = token::claims(&token).and_then(|c| c.exp) else {
        return Ok(token);
    };
    if !token::needs_refresh(exp, auth.obtained, now()) {
        return Ok(token);
    }
    if !auth.refreshable {
        app.ui.warn(format!(
            "the token of context \"{context}\" cannot be refreshed and expires at {}",
            format_time(exp)
        ));
        return Ok(token);
    }
    app.ui
        .debug(1, format!("refreshing the token of context \"{context}\""));
    let with_token = client.clone().with_token(Some(token));
    let fresh = refresh(&with_token, &auth.collection).await.map_err(|e| {
        if e.kind == crate::error::ErrorKind::Auth {
            Error::auth(format!(
                "the token of context \"{context}\" was rejected: {}",
                e.message
            ))
            .hint("log in again with `pbctl auth login`")
        } else {
            e
        }
    })?;
    save_token(
        app,
        context,
        &auth.collection,
        &fresh,
        Some(StoreKind::parse(&auth.store)),
    )?;
    Ok(fresh.token)
}
