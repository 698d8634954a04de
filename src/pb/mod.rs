//! The PocketBase HTTP client and what it knows about PocketBase's tokens and
//! errors.

pub mod client;
pub mod error;
pub mod paging;
pub mod redact;
pub mod token;
pub mod trust;

pub use client::{Body, Client, ClientOptions, Request, Response};

/// Percent-encode one path segment (ids, collection names, backup keys).
pub fn seg(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// A string literal that PocketBase's filter parser reads back as exactly `s`: wrapped in `"`
/// with `\` and `"` escaped and every other character kept raw, as the JS SDK's
/// `pb.filter()` does (PocketBase understands no `\uXXXX`).
pub fn filter_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            other => out.push(other),
        }
    }
    out.push('"');
    out
}

/// The records route of a collection: `/api/collections/{collection}/records`.
pub fn records_path(collection: &str) -> String {
    format!("/api/collections/{}/records", seg(collection))
}

/// The route of one record: `/api/collections/{collection}/records/{id}`.
pub fn record_path(collection: &str, id: &str) -> String {
    format!("{}/{}", records_path(collection), seg(id))
}
