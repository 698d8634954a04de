//! Property-based fuzzing on the stable toolchain (proptest) of the code that reads
//! untrusted input: the NATS JWT and creds decoders, the filter binder, the YAML and JSON
//! readers, the label selector parser. (The CSV reader's, the SSE parser's and the raw JSON
//! writer's properties are next to them, in `commands/record/input.rs`,
//! `commands/record/watch.rs` and `output/rawjson.rs`.)
//! Every test is named `fuzz_*`; `scripts/test.sh` runs them a second time with many
//! more cases (`PROPTEST_CASES`), bounded to a few minutes. The libFuzzer targets in
//! `fuzz/` go deeper on a nightly toolchain.

use crate::commands::record::filter::{bind, quote};
use crate::config::labels::{Requirement, Selector};
use crate::config::select::glob_match;
use crate::nats::claims::UserClaims;
use crate::nats::creds::{Creds, format_user_creds};
use crate::nats::jwt::{
    HEADER_B64, VerifyOptions, decode_any, decode_unverified, decode_user, encode,
};
use crate::nats::keys::KeyPair;
use base64::Engine;
use proptest::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;

/// One real user JWT and creds file, signed once (key generation is the slow part).
fn sample() -> &'static (String, String) {
    static SAMPLE: OnceLock<(String, String)> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let account = KeyPair::new_account();
        let user = KeyPair::new_user();
        let mut claims = UserClaims::new(user.public_key(), "fuzz");
        claims.nats.issuer_account = String::new();
        let jwt = encode(&mut claims, &account).expect("sign");
        let seed = user.seed().expect("seed");
        let creds = format_user_creds(&jwt, &seed).expect("creds");
        (jwt, creds)
    })
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Text with a JSON-ish or token-ish shape, to reach past the first checks.
fn tokenish() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[A-Za-z0-9_.=-]{0,300}",
        proptest::collection::vec(any::<u8>(), 0..400)
            .prop_map(|payload| format!("{HEADER_B64}.{}.AAAA", b64(&payload))),
        "[ -~]{0,200}".prop_map(|json| format!(
            "{HEADER_B64}.{}.{}",
            b64(json.as_bytes()),
            b64(&[0; 64])
        )),
    ]
}

/// `s` with one byte replaced (at a char boundary, by an ASCII char).
fn mutate(s: &str, at: usize, c: u8) -> String {
    let mut bytes = s.as_bytes().to_vec();
    if !bytes.is_empty() {
        let i = at % bytes.len();
        bytes[i] = c.clamp(b' ', b'~');
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Cheap deterministic fuzzing for the unit tests of the decoders: `count` copies of
/// `input`, each with 1 to `max_edits` bytes replaced, removed or inserted (inserted and
/// replacing bytes come from `alphabet`). The same `seed` gives the same copies, so a
/// failure can be replayed.
pub(crate) fn mutations(
    input: &[u8],
    alphabet: &[u8],
    max_edits: u64,
    seed: u64,
    count: usize,
) -> impl Iterator<Item = Vec<u8>> {
    // xorshift64: enough spread for this, and no dependency.
    let mut state = seed;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let input = input.to_vec();
    let alphabet = alphabet.to_vec();
    (0..count).map(move |_| {
        let mut m = input.clone();
        for _ in 0..(next() % max_edits + 1) {
            if m.is_empty() {
                break;
            }
            let i = (next() as usize) % m.len();
            match next() % 3 {
                0 => m[i] = alphabet[(next() as usize) % alphabet.len()],
                1 => {
                    m.remove(i);
                }
                _ => m.insert(i, alphabet[(next() as usize) % alphabet.len()]),
            }
        }
        m
    })
}

/// A PocketBase filter string literal read back as its lexer does: `"` opens it, `\`
/// takes the next character as is, the next unescaped `"` closes it. Returns the value
/// and what follows the literal.
fn lex_string(text: &str) -> Option<(String, &str)> {
    let mut chars = text.char_indices();
    if chars.next()?.1 != '"' {
        return None;
    }
    let mut value = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => value.push(chars.next()?.1),
            '"' => return Some((value, &text[i + 1..])),
            other => value.push(other),
        }
    }
    None
}

/// A label key or value the selector grammar accepts.
fn label_word() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9._-]{0,8}[a-z0-9])?"
}

fn requirement() -> impl Strategy<Value = Requirement> {
    let values = || proptest::collection::vec(label_word(), 1..4);
    prop_oneof![
        (label_word(), label_word()).prop_map(|(k, v)| Requirement::Equals(k, v)),
        (label_word(), label_word()).prop_map(|(k, v)| Requirement::NotEquals(k, v)),
        (label_word(), values()).prop_map(|(k, vs)| Requirement::In(k, vs)),
        (label_word(), values()).prop_map(|(k, vs)| Requirement::NotIn(k, vs)),
        label_word().prop_map(Requirement::Exists),
        label_word().prop_map(Requirement::NotExists),
    ]
}

/// A requirement as a user types it, with some optional spaces.
fn spell(r: &Requirement, pad: &str) -> String {
    match r {
        Requirement::Equals(k, v) => format!("{k}{pad}={pad}{v}"),
        Requirement::NotEquals(k, v) => format!("{k}{pad}!={pad}{v}"),
        Requirement::In(k, vs) => format!("{k} in{pad}({})", vs.join(&format!(",{pad}"))),
        Requirement::NotIn(k, vs) => format!("{k} notin ({pad}{}{pad})", vs.join(",")),
        Requirement::Exists(k) => format!("{pad}{k}"),
        Requirement::NotExists(k) => format!("!{k}{pad}"),
    }
}

proptest! {
    #[test]
    fn fuzz_jwt_decoder_never_panics(text in tokenish()) {
        let _ = decode_any(&text, &VerifyOptions::default());
        let _ = decode_any(&text, &VerifyOptions::ignore_time());
        let _ = decode_unverified(&text);
        let _ = decode_user(&text);
    }

    #[test]
    fn fuzz_jwt_decoder_rejects_any_changed_byte(at in any::<usize>(), c in any::<u8>()) {
        let (jwt, _) = sample();
        prop_assert!(decode_user(jwt).is_ok());
        let changed = mutate(jwt, at, c);
        if changed != *jwt {
            // A token that decodes after a change must decode to the same claims
            // (base64 padding bits are the only slack), never to different ones.
            if let Ok(claims) = decode_user(&changed) {
                prop_assert_eq!(claims, decode_user(jwt).expect("original"));
            }
        }
    }

    #[test]
    fn fuzz_creds_decoder_never_panics(text in any::<String>(), at in any::<usize>(), c in any::<u8>()) {
        let _ = Creds::parse(&text);
        let (_, creds) = sample();
        prop_assert!(Creds::parse(creds).is_ok());
        let _ = Creds::parse(&mutate(creds, at, c));
        // Only the first part of a file, as a crash or a full disk leaves it.
        let _ = Creds::parse(&creds[..at % creds.len()]);
    }

    #[test]
    fn fuzz_filter_binder_never_lets_a_string_out_of_its_quotes(
        value in any::<String>(),
        suffix in "[ -~]{0,20}",
    ) {
        let filter = format!("title = {{:q}}{suffix}");
        let bound = bind(&filter, &[("q".into(), Value::String(value.clone()))]);
        // The suffix may itself contain `{:...}`: then binding is refused, never mangled.
        if let Ok(bound) = bound {
            let literal = bound.strip_prefix("title = ").expect("prefix kept");
            let (read, rest) = lex_string(literal).expect("one complete string literal");
            prop_assert_eq!(&read, &value);
            prop_assert_eq!(rest, suffix.as_str());
        }
        let quoted = quote(&value);
        prop_assert_eq!(lex_string(&quoted), Some((value.clone(), "")));
    }

    #[test]
    fn fuzz_filter_binder_never_panics(filter in any::<String>(), name in "[a-z.]{1,5}", value in any::<String>()) {
        let _ = bind(&filter, &[(name, Value::String(value))]);
        let _ = crate::commands::record::filter::resolve(Some(&filter), &[]);
    }

    #[test]
    fn fuzz_yaml_and_json_readers_never_panic_nor_echo_input(
        text in any::<String>(),
        yamlish in "([a-z]{1,6}: ?[\\[\\]{}\"',:# a-z0-9-]{0,12}\n {0,3}){0,8}",
    ) {
        for t in [&text, &yamlish] {
            let _ = crate::yaml::from_str::<Value>(t);
            let _ = serde_json::from_str::<Value>(t);
        }
        // A secret in a file that does not parse never reaches the error message.
        let secret = "pw-Zq8Xv3Lr";
        let with_secret = format!("password: {secret}\n{yamlish}");
        if let Err(e) = crate::yaml::from_str::<Value>(&with_secret) {
            prop_assert!(!e.to_string().contains(secret), "{}", e);
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Typed { password: u32 }
        if let Err(e) = crate::yaml::from_str::<Typed>(&with_secret) {
            prop_assert!(!e.to_string().contains(secret), "{}", e);
        }
    }

    #[test]
    fn fuzz_selector_parser_never_panics(
        text in any::<String>(),
        selectorish in "[a-z!=(), ]{0,40}",
        name in any::<String>(),
    ) {
        for t in [&text, &selectorish] {
            if let Ok(selector) = Selector::parse(t) {
                let _ = selector.matches(&Default::default());
            }
            let _ = glob_match(t, &name);
        }
    }

    #[test]
    fn fuzz_selector_parser_reads_back_what_it_is_given(
        reqs in proptest::collection::vec(requirement(), 1..5),
        spaced in any::<bool>(),
    ) {
        let pad = if spaced { " " } else { "" };
        let text = reqs.iter().map(|r| spell(r, pad)).collect::<Vec<_>>().join(&format!(",{pad}"));
        let parsed = Selector::parse(&text);
        prop_assert_eq!(parsed.ok(), Some(Selector(reqs)), "{}", text);
    }
}
