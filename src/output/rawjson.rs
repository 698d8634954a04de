//! Writing JSON text as it came from the server without building `serde_json::Value`s:
//! the pretty form of `-o json` and the cells of CSV, for exports where parsing every
//! record into a value was most of pbctl's own time.
//!
//! The text is a [`RawValue`], which serde has already checked to be valid JSON, so the
//! scanner only has to find where tokens start and end. What it writes is byte for byte
//! what the value path writes ([`super::ListWriter::item`], [`super::cell_text`]): strings
//! with escapes and every number are re-spelled by serde itself, object keys keep their
//! order. Two differences: a key that occurs twice in one object, which the value path
//! collapses to its last value, is written twice as the server sent it (CSV cells take
//! the last, as the value path does); and a value serde cannot hold (a number beyond
//! f64, a lone surrogate escape) fails only when it is written, after the part of the
//! record before it, where the value path fails before writing the record. Either way
//! the export fails.

use crate::error::{Error, Result};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::io::Write;

/// How [`write_json`] lays the text out.
#[derive(Debug, Clone, Copy)]
pub enum Layout {
    /// `serde_json::to_writer`'s form: no whitespace.
    Compact,
    /// `serde_json::to_string_pretty`'s form, each line after the first indented by this
    /// many more levels of two spaces (for items inside an array).
    Pretty(usize),
}

/// `text` (valid JSON: a [`RawValue`] or a value inside one) as serde writes its parsed
/// value in this layout.
pub fn write_json<W: Write>(out: &mut W, text: &str, layout: Layout) -> Result<()> {
    let b = text.as_bytes();
    let (pretty, mut depth) = match layout {
        Layout::Compact => (false, 0),
        Layout::Pretty(depth) => (true, depth),
    };
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'{' | b'[' => {
                let close = if c == b'{' { b'}' } else { b']' };
                let next = skip_ws(b, i + 1);
                if b.get(next) == Some(&close) {
                    out.write_all(&[c, close])?;
                    i = next + 1;
                } else {
                    depth += 1;
                    out.write_all(&[c])?;
                    if pretty {
                        newline(out, depth)?;
                    }
                    i += 1;
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if pretty {
                    newline(out, depth)?;
                }
                out.write_all(&[c])?;
                i += 1;
            }
            b',' => {
                out.write_all(b",")?;
                if pretty {
                    newline(out, depth)?;
                }
                i += 1;
            }
            b':' => {
                out.write_all(if pretty { b": " } else { b":" })?;
                i += 1;
            }
            b'"' => {
                let end = string_end(b, i)?;
                write_string(out, &b[i..end])?;
                i = end;
            }
            _ => {
                let end = scalar_end(b, i);
                write_scalar(out, &b[i..end])?;
                i = end.max(i + 1);
            }
        }
    }
    Ok(())
}

/// The members of a JSON object, in order, as (key, value) texts; `None` when `raw` is
/// not an object.
pub fn object_members(raw: &RawValue) -> Result<Option<Vec<(&str, &str)>>> {
    let text = raw.get();
    let b = text.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return Ok(None);
    }
    let mut members = Vec::new();
    i = skip_ws(b, i + 1);
    while b.get(i) == Some(&b'"') {
        let key_end = string_end(b, i)?;
        let key = &text[i..key_end];
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return Err(invalid());
        }
        let start = skip_ws(b, i + 1);
        let end = value_end(b, start)?;
        members.push((key, &text[start..end]));
        i = skip_ws(b, end);
        if b.get(i) == Some(&b',') {
            i = skip_ws(b, i + 1);
        }
    }
    Ok(Some(members))
}

/// Whether a key (a string token, with its quotes) is `name`, decoded when it has escapes.
pub fn key_is(key: &str, name: &str) -> bool {
    let inner = &key[1..key.len().saturating_sub(1).max(1)];
    if inner.contains('\\') {
        serde_json::from_str::<String>(key).is_ok_and(|k| k == name)
    } else {
        inner == name
    }
}

/// A value given as JSON text, as a CSV cell shows it: the same as
/// [`super::cell_text`] of the parsed value.
pub fn cell_text(value: &str) -> Result<Cow<'_, str>> {
    let b = value.as_bytes();
    Ok(match b.first() {
        Some(b'"') => {
            let inner = &value[1..value.len().saturating_sub(1).max(1)];
            if inner.contains('\\') {
                Cow::Owned(serde_json::from_str::<String>(value)?)
            } else {
                Cow::Borrowed(inner)
            }
        }
        Some(b'n') => Cow::Borrowed(""),
        Some(b't' | b'f') => Cow::Borrowed(value),
        Some(b'{' | b'[') => {
            let mut out = Vec::with_capacity(value.len());
            write_json(&mut out, value, Layout::Compact)?;
            Cow::Owned(String::from_utf8(out).map_err(|_| invalid())?)
        }
        _ if is_plain_integer(b) => Cow::Borrowed(value),
        _ => Cow::Owned(serde_json::from_str::<serde_json::Number>(value)?.to_string()),
    })
}

fn newline<W: Write>(out: &mut W, depth: usize) -> std::io::Result<()> {
    const SPACES: &[u8] = &[b' '; 64];
    out.write_all(b"\n")?;
    let mut left = depth * 2;
    while left > 0 {
        let n = left.min(SPACES.len());
        out.write_all(&SPACES[..n])?;
        left -= n;
    }
    Ok(())
}

/// A string token (with its quotes): as it is when it has no escapes (then serde would
/// write the same bytes), else decoded and written by serde.
fn write_string<W: Write>(out: &mut W, token: &[u8]) -> Result<()> {
    if token.contains(&b'\\') {
        let s: String = serde_json::from_slice(token)?;
        serde_json::to_writer(&mut *out, &s)?;
    } else {
        out.write_all(token)?;
    }
    Ok(())
}

/// `true`, `false`, `null` as they are; a number as serde writes it.
fn write_scalar<W: Write>(out: &mut W, token: &[u8]) -> Result<()> {
    match token.first() {
        Some(b't') | Some(b'f') | Some(b'n') => out.write_all(token)?,
        _ if is_plain_integer(token) => out.write_all(token)?,
        _ => {
            let n: serde_json::Number = serde_json::from_slice(token)?;
            write!(out, "{n}")?;
        }
    }
    Ok(())
}

/// A whole number that serde writes exactly as it is spelled: `0`, or digits without a
/// leading zero, possibly negative, few enough to fit in an i64 (18 digits always do).
fn is_plain_integer(token: &[u8]) -> bool {
    let digits = token.strip_prefix(b"-").unwrap_or(token);
    token == b"0"
        || (matches!(digits.first(), Some(b'1'..=b'9'))
            && digits.len() <= 18
            && digits.iter().all(u8::is_ascii_digit))
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The index after the closing quote of the string starting at `start`.
fn string_end(b: &[u8], start: usize) -> Result<usize> {
    let mut i = start + 1;
    loop {
        let rest = b.get(i..).ok_or_else(invalid)?;
        let at = memchr::memchr2(b'"', b'\\', rest).ok_or_else(invalid)?;
        i += at;
        if b.get(i) == Some(&b'"') {
            return Ok(i + 1);
        }
        i += 2; // a backslash and the character it escapes
    }
}

/// The end of a number or literal starting at `start`.
fn scalar_end(b: &[u8], start: usize) -> usize {
    let mut i = start;
    while let Some(c) = b.get(i) {
        if matches!(c, b',' | b'}' | b']' | b':' | b' ' | b'\t' | b'\n' | b'\r') {
            break;
        }
        i += 1;
    }
    i
}

/// The end of the value (scalar, string, object or array) starting at `start`.
fn value_end(b: &[u8], start: usize) -> Result<usize> {
    match b.get(start) {
        Some(b'"') => string_end(b, start),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut i = start;
            while let Some(&c) = b.get(i) {
                match c {
                    b'"' => {
                        i = string_end(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1).ok_or_else(invalid)?;
                        if depth == 0 {
                            return Ok(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            Err(invalid())
        }
        Some(_) => Ok(scalar_end(b, start)),
        None => Err(invalid()),
    }
}

fn invalid() -> Error {
    Error::failed("the server sent a record that is not valid JSON")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{ListWriter, StreamFormat};
    use serde_json::Value;

    fn raw(text: &str) -> Box<RawValue> {
        RawValue::from_string(text.to_string()).unwrap()
    }

    fn pretty(text: &str, depth: usize) -> String {
        let mut out = Vec::new();
        write_json(&mut out, raw(text).get(), Layout::Pretty(depth)).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The value path: serde's own pretty form, indented like a list item.
    fn via_value(text: &str, depth: usize) -> String {
        let v: Value = serde_json::from_str(text).unwrap();
        let indent = "  ".repeat(depth);
        serde_json::to_string_pretty(&v)
            .unwrap()
            .replace('\n', &format!("\n{indent}"))
    }

    const SAMPLES: &[&str] = &[
        r#"{"id":"a","n":{"x":[1,2]},"s":"l1\nl2 <b>é</b>","e":{},"a":[],"z":null}"#,
        r#"{ "id" : "b" , "t" : true, "f": false, "w": [ {}, [ [] ], {"k": [1.5e3, -0, 0.000001, 1E300, 12345678901234567890123]} ] }"#,
        r#"{"go":"\u003cb\u003e \u0026 \u2028 \/ \ud83d\ude00 \"q\" \\ \b\f\t\u0001","k\"ey":"v"}"#,
        r#"[1, "two", {"three": [3]}]"#,
        r#""just a string""#,
        r#"42"#,
        r#"{"n":[0, -0, -7, 123456789012345678, -123456789012345678, 1234567890123456789, 7, 18446744073709551615, 18446744073709551616, -3, 1.0, 2e2, 0.1]}"#,
        r#"{"deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
    ];

    #[test]
    fn pretty_matches_serde_pretty() {
        for text in SAMPLES {
            for depth in [0, 1, 3] {
                assert_eq!(pretty(text, depth), via_value(text, depth), "{text}");
            }
        }
    }

    #[test]
    fn compact_matches_serde() {
        for text in SAMPLES {
            let mut out = Vec::new();
            write_json(&mut out, text, Layout::Compact).unwrap();
            let v: Value = serde_json::from_str(text).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), v.to_string());
        }
    }

    #[test]
    fn members_and_cells_match_the_value_path() {
        for text in SAMPLES {
            let r = raw(text);
            let members = object_members(&r).unwrap();
            let v: Value = serde_json::from_str(text).unwrap();
            let Value::Object(map) = &v else {
                assert!(members.is_none());
                continue;
            };
            let members = members.unwrap();
            assert_eq!(members.len(), map.len());
            for ((key, value), (name, want)) in members.iter().zip(map) {
                assert!(key_is(key, name), "{key} vs {name}");
                assert_eq!(cell_text(value).unwrap(), crate::output::cell_text(want));
            }
        }
    }

    /// A tiny deterministic generator (the case's seed decides the spelling).
    struct Rng(u64);

    impl Rng {
        fn roll(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }

        fn ws(&mut self, out: &mut String) {
            for _ in 0..self.roll(3) {
                out.push([' ', '\n', '\t', '\r'][self.roll(4) as usize]);
            }
        }

        fn string(&mut self, s: &str, out: &mut String) {
            out.push('"');
            for c in s.chars() {
                if self.roll(3) == 0 || c < ' ' || c == '"' || c == '\\' {
                    let mut units = [0u16; 2];
                    for u in c.encode_utf16(&mut units) {
                        out.push_str(&format!("\\u{u:04x}"));
                    }
                } else {
                    out.push(c);
                }
            }
            out.push('"');
        }
    }

    /// A value spelled as another server might: random whitespace between tokens, any
    /// character of a string possibly as a `\\uXXXX` escape (Go escapes `<`, `>`, `&`),
    /// floats in exponent form.
    fn spell(v: &Value, rng: &mut Rng, out: &mut String) {
        rng.ws(out);
        match v {
            Value::String(s) => rng.string(s, out),
            Value::Number(n) if n.is_f64() && rng.roll(2) == 0 => {
                out.push_str(&format!("{:e}", n.as_f64().unwrap_or_default()))
            }
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    spell(item, rng, out);
                }
                rng.ws(out);
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (i, (k, item)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    rng.ws(out);
                    rng.string(k, out);
                    rng.ws(out);
                    out.push(':');
                    spell(item, rng, out);
                }
                rng.ws(out);
                out.push('}');
            }
            other => out.push_str(&other.to_string()),
        }
        rng.ws(out);
    }

    fn arb_json() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                proptest::collection::vec(("[a-z<&]{0,4}|.{0,3}", inner), 0..6)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        /// Part of the fuzzing group (see `src/fuzz.rs`): whatever the spelling of a
        /// document, the raw path writes the bytes the value path writes (pretty,
        /// compact, CSV cells).
        #[test]
        fn fuzz_raw_json_writes_what_serde_writes(v in arb_json(), seed in proptest::prelude::any::<u64>(), depth in 0usize..3) {
            let mut rng = Rng(seed);
            let mut text = String::new();
            spell(&v, &mut rng, &mut text);
            let r = raw(&text);
            let parsed: Value = serde_json::from_str(&text).expect("spelled JSON parses");
            proptest::prop_assert_eq!(pretty(&text, depth), via_value(&text, depth));
            let mut out = Vec::new();
            write_json(&mut out, r.get(), Layout::Compact).expect("compact");
            proptest::prop_assert_eq!(String::from_utf8(out).expect("utf-8"), parsed.to_string());
            // Through a list writer, twice (the separator between items): the raw path
            // writes what the value path writes, for JSON and for CSV of every key.
            let columns: Vec<String> = match &parsed {
                Value::Object(map) => map.keys().filter(|k| !k.contains('.')).cloned().chain(["absent".to_string()]).collect(),
                _ => vec!["id".into()],
            };
            for format in [StreamFormat::Json, StreamFormat::Csv(columns)] {
                let mut raw_writer = ListWriter::new(Vec::new(), format.clone()).expect("writer");
                let mut value_writer = ListWriter::new(Vec::new(), format).expect("writer");
                for _ in 0..2 {
                    raw_writer.raw_item(&r).expect("raw item");
                    value_writer.item(&parsed).expect("item");
                }
                proptest::prop_assert_eq!(raw_writer.finish().expect("finish"), value_writer.finish().expect("finish"));
            }
            if let (Some(members), Value::Object(map)) = (object_members(&r).expect("members"), &parsed) {
                proptest::prop_assert_eq!(members.len(), map.len());
                for ((key, value), (name, want)) in members.iter().zip(map) {
                    proptest::prop_assert!(key_is(key, name));
                    proptest::prop_assert_eq!(cell_text(value).expect("cell"), crate::output::cell_text(want));
                }
            }
        }
    }
}
