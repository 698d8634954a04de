//! What pbctl reads from a PocketBase auth token without verifying it: the claims in
//! its payload (PocketBase tokens carry `exp`, `id`, `collectionId`, `type`,
//! `refreshable`, and no `iat`).

use base64::Engine;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Claims {
    #[serde(default)]
    pub exp: Option<i64>,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub collection_id: Option<String>,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub refreshable: Option<bool>,
}

/// Decode the payload of a JWT; `None` when it is not one.
pub fn claims(token: &str) -> Option<Claims> {
    let mut parts = token.trim().split('.');
    let (_header, payload, _sig) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Refresh when the token is within 10% of its lifetime of expiry, and at most an hour
/// early. Without a known lifetime, the hour applies.
pub fn needs_refresh(expires: i64, obtained: Option<i64>, now: i64) -> bool {
    let lifetime = obtained
        .map(|o| expires.saturating_sub(o))
        .filter(|l| *l > 0);
    let threshold = match lifetime {
        Some(l) => (l / 10).min(3600),
        None => 3600,
    };
    expires.saturating_sub(now) <= threshold
}

/// The last second RFC 3339 can write (9999-12-31T23:59:59Z).
const MAX_RFC3339: i64 = 253_402_300_799;

/// A human form of a Unix time: RFC 3339 in UTC. Times come from tokens and claims that
/// servers and files choose, so any `i64` must format: before 1970 is shown as the epoch,
/// after year 9999 as `after 9999-12-31T23:59:59Z` (RFC 3339 has four-digit years).
pub fn format_time(unix: i64) -> String {
    if unix > MAX_RFC3339 {
        return "after 9999-12-31T23:59:59Z".to_string();
    }
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix.max(0) as u64);
    humantime::format_rfc3339_seconds(t).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pocketbase_claims() {
        // The payload of a real 0.40.6 superuser token.
        let t = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb2xsZWN0aW9uSWQiOiJwYmNfMzE0MjYzNTgyMyIsImV4cCI6MTc5NjAyMTQzOSwiaWQiOiJ4a3VsOHMxZnp3aTd4bmIiLCJyZWZyZXNoYWJsZSI6dHJ1ZSwidHlwZSI6ImF1dGgifQ.sig";
        let c = claims(t).unwrap();
        assert_eq!(c.exp, Some(1796021439));
        assert_eq!(c.id.as_deref(), Some("xkul8s1fzwi7xnb"));
        assert_eq!(c.refreshable, Some(true));
        assert!(claims("not-a-jwt").is_none());
        assert!(claims("a.!!!.c").is_none());
    }

    #[test]
    fn refresh_threshold() {
        // 1-day token: refresh in the last hour only.
        assert!(!needs_refresh(86_400, Some(0), 80_000));
        assert!(needs_refresh(86_400, Some(0), 83_000));
        // 10-minute token: refresh in the last minute.
        assert!(!needs_refresh(600, Some(0), 500));
        assert!(needs_refresh(600, Some(0), 541));
        // unknown lifetime: one hour.
        assert!(needs_refresh(10_000, None, 7_000));
        // absurd claims from a hostile server neither overflow nor panic.
        assert!(!needs_refresh(i64::MAX, Some(i64::MIN), 0));
        assert!(needs_refresh(i64::MIN, Some(i64::MAX), i64::MAX));
    }

    #[test]
    fn any_time_formats() {
        assert_eq!(format_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_time(-5), "1970-01-01T00:00:00Z");
        assert_eq!(format_time(MAX_RFC3339), "9999-12-31T23:59:59Z");
        assert_eq!(format_time(MAX_RFC3339 + 1), "after 9999-12-31T23:59:59Z");
        assert_eq!(format_time(i64::MAX), "after 9999-12-31T23:59:59Z");
    }
}
