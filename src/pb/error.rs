//! PocketBase's error envelope `{status, message, data}` turned into a pbctl [`Error`]
//! whose kind follows the HTTP status.

use crate::error::{Error, ErrorKind};
use serde_json::Value;

/// Map a failed response to an error. `had_token` adds the "expired or revoked" hint to
/// 401/403, because PocketBase treats a bad token as a guest.
pub fn from_response(status: u16, body: &[u8], had_token: bool) -> Error {
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    let message = parsed
        .as_ref()
        .and_then(|v| v.get("message"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| default_message(status, body));
    let data = parsed
        .as_ref()
        .and_then(|v| v.get("data"))
        .filter(|d| d.as_object().is_some_and(|m| !m.is_empty()))
        .cloned();
    let kind = match status {
        401 | 403 => ErrorKind::Auth,
        404 => ErrorKind::NotFound,
        408 | 429 | 500..=599 => ErrorKind::Unavailable,
        _ => ErrorKind::Failed,
    };
    let mut err = Error::new(kind, message);
    err.status = Some(status);
    err.data = data;
    match status {
        401 | 403 if had_token => err.hint(
            "the token may be expired, revoked, or lack permission; log in again with `pbctl auth login`",
        ),
        401 | 403 => err.hint("log in with `pbctl auth login`"),
        429 => err.hint("the server is rate limiting; try again in a few seconds"),
        _ => err,
    }
}

fn default_message(status: u16, body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() || text.len() > 200 {
        format!("the server answered HTTP {status}")
    } else {
        format!("the server answered HTTP {status}: {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_errors_keep_field_data() {
        let body = br#"{"data":{"title":{"code":"validation_required","message":"Cannot be blank."}},"message":"Failed to create record.","status":400}"#;
        let e = from_response(400, body, true);
        assert_eq!(e.exit_code(), 1);
        assert_eq!(e.message, "Failed to create record.");
        assert_eq!(
            e.field_errors(),
            vec!["title: Cannot be blank (validation_required)"]
        );
    }

    #[test]
    fn statuses_choose_exit_codes() {
        assert_eq!(from_response(401, b"{}", true).exit_code(), 4);
        assert_eq!(from_response(403, b"{}", false).exit_code(), 4);
        assert_eq!(from_response(404, b"", false).exit_code(), 3);
        assert_eq!(from_response(503, b"<html>", false).exit_code(), 5);
        assert_eq!(from_response(413, b"{}", false).exit_code(), 1);
    }
}
