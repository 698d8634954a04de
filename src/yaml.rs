//! The YAML wrapper: serde-saphyr behind three functions, so the crate can be swapped.
//! Reading is strict (YAML 1.2 booleans, duplicate keys rejected); writing quotes every
//! string a YAML 1.1 reader would take for a boolean or a number.

use crate::error::{Error, Result};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub fn to_string<T: Serialize>(value: &T) -> Result<String> {
    serde_saphyr::to_string(value).map_err(|e| Error::failed(format!("cannot write YAML: {e}")))
}

/// Parse YAML. An error names the line and column and never quotes the input: the file
/// may hold passwords or seeds, and the error goes to stderr and CI logs.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T> {
    let options = serde_saphyr::options! { strict_booleans: true, with_snippet: false };
    serde_saphyr::from_str_with_options(text, options).map_err(|e| Error::usage(describe(&e)))
}

/// The message of a parse error without input content: serde-saphyr's text without its
/// source snippet, quoted values (`string "hunter2"`) blanked, and the location appended
/// as `line L, column C`.
fn describe(e: &serde_saphyr::Error) -> String {
    let bare = e.without_snippet();
    let mut text = bare.to_string();
    if let Some(loc) = bare.location() {
        // The crate appends " at line L, column C"; put it in one known form.
        let suffix = format!(" at line {}, column {}", loc.line(), loc.column());
        if let Some(stripped) = text.strip_suffix(&suffix) {
            text = stripped.to_string();
        }
    }
    let text = text
        .split(", set DuplicateKeyPolicy")
        .next()
        .unwrap_or_default()
        .to_string();
    let text = blank_quoted(&text);
    match bare.location() {
        Some(loc) => format!("line {}, column {}: {text}", loc.line(), loc.column()),
        None => text,
    }
}

/// Replace the content of every double-quoted span with `…`.
fn blank_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        if c == '"' {
            if inside {
                out.push('…');
            }
            inside = !inside;
            out.push(c);
        } else if !inside {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    #[test]
    fn ambiguous_strings_are_quoted() {
        let text = super::to_string(&json!({"on": "yes", "n": "1.5", "plain": "hello"})).unwrap();
        let back: Value = super::from_str(&text).unwrap();
        assert_eq!(back, json!({"on": "yes", "n": "1.5", "plain": "hello"}));
        assert!(text.contains("\"yes\""), "{text}");
    }

    #[test]
    fn parse_errors_give_the_position_and_never_the_input() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Login {
            remember: bool,
        }
        for (text, line) in [
            ("email: a@b\npassword: hunter2\n  bad: [x\n", 3),
            ("password: \"hunter2\nfoo", 1),
        ] {
            let e = super::from_str::<Value>(text).unwrap_err().to_string();
            assert!(!e.contains("hunter2"), "{e}");
            assert!(e.contains(&format!("line {line}, column")), "{e}");
        }
        let e = super::from_str::<Login>("remember: hunter2\n")
            .unwrap_err()
            .to_string();
        assert!(!e.contains("hunter2"), "{e}");
        assert!(e.starts_with("line 1, column 11: "), "{e}");
        assert_eq!(
            super::blank_quoted(r#"invalid type: string "hunter2", expected u32"#),
            r#"invalid type: string "…", expected u32"#
        );
    }

    #[test]
    fn duplicate_keys_are_rejected() {
        assert!(super::from_str::<Value>("a: 1\na: 2\n").is_err());
    }
}
