//! The PocketBase HTTP client (SPEC 1.5) and what it knows about PocketBase's tokens and
//! errors.

pub mod client;
pub mod error;
pub mod paging;
pub mod redact;
pub mod token;

pub use client::{Body, Client, ClientOptions, Request, Response};

/// Percent-encode one path segment (ids, collection names, backup keys).
pub fn seg(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}
