//! The creds parser on arbitrary input: must never panic, only return errors.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pbctl::nats::creds::Creds;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Creds::parse(text);
    }
});
