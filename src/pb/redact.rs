//! Redaction for `-vv`: no password, token, seed, key or creds ever reaches the log.

use serde_json::Value;

const SECRET_WORDS: &[&str] = &[
    "password",
    "token",
    "secret",
    "seed",
    "private",
    "creds",
    "jwt",
    "otp",
    "accesskey",
    "apikey",
    "authorization",
];

pub const REDACTED: &str = "<redacted>";

/// Is a JSON key, header or query parameter name a secret?
pub fn is_secret_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    // `otpId` and `mfaId` identify a session, they are not secrets.
    if lower == "otpid" || lower == "mfaid" {
        return false;
    }
    SECRET_WORDS.iter().any(|w| lower.contains(w))
}

/// A copy of `value` with every secret-named field replaced.
pub fn json(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if is_secret_name(k) && !v.is_null() {
                        Value::String(REDACTED.into())
                    } else {
                        json(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(json).collect()),
        other => other.clone(),
    }
}

/// A body for the log: redacted JSON, or just its size when it is not JSON.
pub fn body(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return String::new();
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v) => {
            let s = json(&v).to_string();
            if s.len() > 4096 {
                format!(
                    "{}… ({} bytes)",
                    &s[..s.floor_char_boundary(4096)],
                    bytes.len()
                )
            } else {
                s
            }
        }
        Err(_) => format!("<{} bytes>", bytes.len()),
    }
}

/// A URL path and query for the log with secret query parameters replaced.
pub fn path_and_query(url: &url::Url) -> String {
    let mut out = url.path().to_string();
    if url.query().is_some() {
        let pairs: Vec<String> = url
            .query_pairs()
            .map(|(k, v)| {
                if is_secret_name(&k) {
                    format!("{k}={REDACTED}")
                } else {
                    format!("{k}={v}")
                }
            })
            .collect();
        out.push('?');
        out.push_str(&pairs.join("&"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn secrets_are_replaced_everywhere() {
        let v = json!({"identity": "a@b.c", "password": "hunter2",
            "record": {"tokenKey": "k"}, "token": "eyJ", "mfaId": "m1"});
        let r = super::json(&v);
        assert_eq!(r["identity"], "a@b.c");
        assert_eq!(r["password"], REDACTED);
        assert_eq!(r["record"]["tokenKey"], REDACTED);
        assert_eq!(r["token"], REDACTED);
        assert_eq!(r["mfaId"], "m1");
        let url = url::Url::parse("http://x/api/backups/a.zip?token=abc&x=1").unwrap();
        assert_eq!(
            path_and_query(&url),
            "/api/backups/a.zip?token=<redacted>&x=1"
        );
        assert_eq!(body(b"not json hunter2"), "<16 bytes>");
    }
}
