//! The JWT decoder on arbitrary input: must never panic, only return errors.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pbctl::nats::jwt::{VerifyOptions, decode_any, decode_unverified};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = decode_any(text, &VerifyOptions::default());
        let _ = decode_any(text, &VerifyOptions::ignore_time());
        let _ = decode_unverified(text);
        // Also as the payload of a token with a valid header, to reach the JSON layer.
        let b64 = data_encoding_b64(data);
        let token = format!("{}.{b64}.AAAA", pbctl::nats::jwt::HEADER_B64);
        let _ = decode_any(&token, &VerifyOptions::default());
    }
});

fn data_encoding_b64(data: &[u8]) -> String {
    // base64url without padding, written out to avoid another dependency.
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}
