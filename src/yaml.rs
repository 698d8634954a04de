//! The YAML wrapper: serde-saphyr behind three functions, so the crate can be swapped.
//! Reading is strict (YAML 1.2 booleans, duplicate keys rejected); writing quotes every
//! string a YAML 1.1 reader would take for a boolean or a number.

use crate::error::{Error, Result};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub fn to_string<T: Serialize>(value: &T) -> Result<String> {
    serde_saphyr::to_string(value).map_err(|e| Error::failed(format!("cannot write YAML: {e}")))
}

pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T> {
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options(text, options).map_err(|e| Error::usage(e.to_string()))
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
    fn duplicate_keys_are_rejected() {
        assert!(super::from_str::<Value>("a: 1\na: 2\n").is_err());
    }
}
