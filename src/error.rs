//! The one error type of pbctl: a kind that decides the exit code (0 ok, 1 failed,
//! 2 usage, 3 not found, 4 auth, 5 unavailable, 130 interrupted), a message,
//! hints, and, for server errors, the HTTP status and PocketBase's field errors.

use serde_json::{Map, Value, json};
use std::fmt;

/// What went wrong, as far as the exit code is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 1: the operation failed (server refused it, validation failed, differences found).
    Failed,
    /// 2: bad flags, arguments or input file.
    Usage,
    /// 3: context, collection, record, backup, account or user not found.
    NotFound,
    /// 4: no token, expired token, 401, 403.
    Auth,
    /// 5: connection refused, DNS, TLS, timeout, 5xx after retries.
    Unavailable,
    /// 130: Ctrl-C.
    Interrupted,
    /// stdout was closed by the reader: end quietly with 0.
    BrokenPipe,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Failed => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
            ErrorKind::Auth => 4,
            ErrorKind::Unavailable => 5,
            ErrorKind::Interrupted => 130,
            ErrorKind::BrokenPipe => 0,
        }
    }
}

/// A pbctl error. Build with the constructors, add hints with [`Error::hint`].
/// Boxed, so that `Result<T>` stays small on the happy path.
#[derive(Debug, Clone)]
pub struct Error(Box<ErrorInner>);

#[derive(Debug, Clone)]
pub struct ErrorInner {
    pub kind: ErrorKind,
    pub message: String,
    pub hints: Vec<String>,
    /// HTTP status of the server response that caused it, if any.
    pub status: Option<u16>,
    /// PocketBase's `data` object (field errors), if any.
    pub data: Option<Value>,
    /// The output already said it (e.g. `collection diff` found differences): exit with
    /// the code and print no error.
    pub quiet: bool,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl std::ops::Deref for Error {
    type Target = ErrorInner;
    fn deref(&self) -> &ErrorInner {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorInner {
        &mut self.0
    }
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorInner {
            kind,
            message: message.into(),
            hints: Vec::new(),
            status: None,
            data: None,
            quiet: false,
        }))
    }
    pub fn failed(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failed, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Auth, message)
    }
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Unavailable, message)
    }
    pub fn interrupted() -> Self {
        Self::new(ErrorKind::Interrupted, "interrupted")
    }
    pub fn broken_pipe() -> Self {
        Self::new(ErrorKind::BrokenPipe, "broken pipe")
    }

    /// Add a hint line (`  hint: ...`).
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Prefix the message with what was being done: `reading config: <message>`.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// PocketBase field errors flattened to `field: message (code)` lines, nested keys dotted.
    pub fn field_errors(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(Value::Object(map)) = &self.data {
            flatten_field_errors("", map, &mut out);
        }
        out
    }

    /// The machine-readable form printed on stderr for `-o json|yaml|jsonl`.
    pub fn to_json(&self) -> Value {
        let mut err = Map::new();
        err.insert("message".into(), Value::String(self.message.clone()));
        err.insert("exitCode".into(), json!(self.exit_code()));
        err.insert(
            "status".into(),
            self.status.map(Value::from).unwrap_or(Value::Null),
        );
        err.insert(
            "data".into(),
            self.data.clone().unwrap_or_else(|| json!({})),
        );
        err.insert(
            "hint".into(),
            if self.hints.is_empty() {
                Value::Null
            } else {
                Value::String(self.hints.join("\n"))
            },
        );
        json!({ "error": Value::Object(err) })
    }
}

fn flatten_field_errors(prefix: &str, map: &Map<String, Value>, out: &mut Vec<String>) {
    for (key, value) in map {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            Value::Object(inner) if inner.contains_key("message") || inner.contains_key("code") => {
                // PocketBase ends its messages with a period; before ` (code)` it reads
                // better without (`title: Cannot be blank (validation_required)`).
                let message = inner.get("message").and_then(Value::as_str).unwrap_or("");
                let message = message.strip_suffix('.').unwrap_or(message);
                match inner.get("code").and_then(Value::as_str) {
                    Some(code) => out.push(format!("{path}: {message} ({code})")),
                    None => out.push(format!("{path}: {message}")),
                }
            }
            Value::Object(inner) => flatten_field_errors(&path, inner, out),
            other => out.push(format!("{path}: {other}")),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::broken_pipe();
        }
        Error::failed(e.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
            return Error::broken_pipe();
        }
        Error::failed(format!("JSON: {e}"))
    }
}

/// The one place a NATS library error gets its exit code: a server that cannot be reached
/// or does not answer is 5 (unavailable), a server that refuses the credentials is 4 (auth),
/// anything else (a bad key, JWT, creds file or reply) is 1.
impl From<crate::nats::Error> for Error {
    fn from(e: crate::nats::Error) -> Self {
        use crate::nats::Error as N;
        let msg = e.to_string();
        match &e {
            N::Connect { reason, .. } | N::Nats { reason, .. } if refused_credentials(reason) => {
                Error::auth(msg)
            }
            N::Connect { .. } | N::Nats { .. } | N::NoReplies { .. } | N::NoResponders { .. } => {
                Error::unavailable(msg)
            }
            _ => Error::failed(msg),
        }
    }
}

/// Does a NATS client error say the server refused who we are or what we may do?
fn refused_credentials(reason: &str) -> bool {
    let r = reason.to_lowercase();
    r.contains("authorization") || r.contains("authentication") || r.contains("permission")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_spec() {
        assert_eq!(Error::failed("x").exit_code(), 1);
        assert_eq!(Error::usage("x").exit_code(), 2);
        assert_eq!(Error::not_found("x").exit_code(), 3);
        assert_eq!(Error::auth("x").exit_code(), 4);
        assert_eq!(Error::unavailable("x").exit_code(), 5);
        assert_eq!(Error::interrupted().exit_code(), 130);
        assert_eq!(Error::broken_pipe().exit_code(), 0);
    }

    #[test]
    fn field_errors_are_flattened_one_per_line() {
        let mut e = Error::failed("Failed to create record.");
        e.data = Some(json!({
            "title": {"code": "validation_required", "message": "Cannot be blank."},
            "backups": {"cron": {"code": "validation_invalid", "message": "Bad cron."}}
        }));
        assert_eq!(
            e.field_errors(),
            vec![
                "title: Cannot be blank (validation_required)",
                "backups.cron: Bad cron (validation_invalid)"
            ]
        );
    }

    #[test]
    fn json_form_has_message_status_data_hint() {
        let mut e = Error::auth("token expired").hint("run `pbctl auth login`");
        e.status = Some(401);
        let v = e.to_json();
        assert_eq!(v["error"]["message"], "token expired");
        assert_eq!(v["error"]["status"], 401);
        assert_eq!(v["error"]["hint"], "run `pbctl auth login`");
        assert_eq!(v["error"]["data"], json!({}));
    }
}
