//! Label selectors, as kubectl writes them: `env=prod`, `env==prod`, `env!=prod`,
//! `region in (eu,us)`, `tier notin (free)`, `canary`, `!canary`; a comma means AND.
//! Also the syntax of labels themselves (`context label NAME env=prod tier-`).

use crate::error::{Error, Result};
use std::collections::BTreeMap;

/// One condition of a selector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requirement {
    Equals(String, String),
    NotEquals(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

impl Requirement {
    /// kubectl's semantics: `!=` and `notin` also match contexts without the label.
    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        match self {
            Requirement::Equals(k, v) => labels.get(k) == Some(v),
            Requirement::NotEquals(k, v) => labels.get(k) != Some(v),
            Requirement::In(k, vs) => labels.get(k).is_some_and(|l| vs.contains(l)),
            Requirement::NotIn(k, vs) => !labels.get(k).is_some_and(|l| vs.contains(l)),
            Requirement::Exists(k) => labels.contains_key(k),
            Requirement::NotExists(k) => !labels.contains_key(k),
        }
    }

    /// The label key and, for `=` and `in`, the values a matching context must have.
    /// `None` for the negative forms, which a missing label satisfies.
    pub fn wanted(&self) -> Option<(&str, Vec<&str>)> {
        match self {
            Requirement::Equals(k, v) => Some((k, vec![v.as_str()])),
            Requirement::In(k, vs) => Some((k, vs.iter().map(String::as_str).collect())),
            Requirement::Exists(k) => Some((k, Vec::new())),
            _ => None,
        }
    }
}

/// A parsed selector: every requirement must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selector(pub Vec<Requirement>);

impl Selector {
    pub fn parse(text: &str) -> Result<Selector> {
        Parser::new(text).selector()
    }

    pub fn matches(&self, labels: &BTreeMap<String, String>) -> bool {
        self.0.iter().all(|r| r.matches(labels))
    }
}

/// Label keys: an optional DNS-style prefix and `/`, then a name of at most 63
/// characters that starts and ends with a letter or digit and may hold `-`, `_`, `.`.
pub fn validate_key(key: &str) -> Result<()> {
    let name = match key.rsplit_once('/') {
        Some((prefix, name)) => {
            if prefix.is_empty()
                || prefix.len() > 253
                || !prefix
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            {
                return Err(bad_key(key));
            }
            name
        }
        None => key,
    };
    if name.is_empty() || !is_label_word(name) {
        return Err(bad_key(key));
    }
    Ok(())
}

/// Label values: empty, or like a key's name part.
pub fn validate_value(key: &str, value: &str) -> Result<()> {
    if value.is_empty() || is_label_word(value) {
        Ok(())
    } else {
        Err(Error::usage(format!("invalid value {value:?} for label {key:?}")).hint(
            "a value has at most 63 letters, digits, '-', '_' or '.', and starts and ends with a letter or digit",
        ))
    }
}

fn bad_key(key: &str) -> Error {
    Error::usage(format!("invalid label key {key:?}")).hint(
        "a key has at most 63 letters, digits, '-', '_' or '.', starts and ends with a letter or digit, and may have a prefix such as example.com/",
    )
}

fn is_label_word(s: &str) -> bool {
    let ok_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    s.len() <= 63
        && s.chars().all(ok_char)
        && s.starts_with(|c: char| c.is_ascii_alphanumeric())
        && s.ends_with(|c: char| c.is_ascii_alphanumeric())
}

/// A change asked of `context label`: set `KEY=VALUE`, or remove `KEY-`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelChange {
    Set(String, String),
    Remove(String),
}

impl LabelChange {
    pub fn parse(arg: &str) -> Result<LabelChange> {
        if let Some((k, v)) = arg.split_once('=') {
            validate_key(k)?;
            validate_value(k, v)?;
            return Ok(LabelChange::Set(k.to_string(), v.to_string()));
        }
        if let Some(k) = arg.strip_suffix('-') {
            validate_key(k)?;
            return Ok(LabelChange::Remove(k.to_string()));
        }
        Err(
            Error::usage(format!("expected KEY=VALUE or KEY-, got {arg:?}"))
                .hint("`env=prod` sets a label, `env-` removes it"),
        )
    }

    pub fn apply(&self, labels: &mut BTreeMap<String, String>) {
        match self {
            LabelChange::Set(k, v) => {
                labels.insert(k.clone(), v.clone());
            }
            LabelChange::Remove(k) => {
                labels.remove(k);
            }
        }
    }
}

/// A small recursive-descent parser over the selector text.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Parser<'a> {
        Parser { text, pos: 0 }
    }

    fn error(&self, what: &str) -> Error {
        Error::usage(format!(
            "invalid selector {:?}: {what} at position {}",
            self.text,
            self.pos + 1
        ))
        .hint("use e.g. -l 'env=prod,region in (eu,us),!canary'")
    }

    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn skip_spaces(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip_spaces();
        if self.rest().starts_with(token) {
            self.pos += token.len();
            true
        } else {
            false
        }
    }

    /// A keyword (`in`, `notin`) followed by a space or `(`.
    fn eat_keyword(&mut self, word: &str) -> bool {
        self.skip_spaces();
        let rest = self.rest();
        if rest.starts_with(word)
            && rest[word.len()..].starts_with(|c: char| c.is_whitespace() || c == '(')
        {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// A key or value: everything up to a space or an operator character.
    fn word(&mut self) -> &'a str {
        self.skip_spaces();
        let rest = self.rest();
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '=' | '!' | '(' | ')'))
            .unwrap_or(rest.len());
        self.pos += end;
        &rest[..end]
    }

    fn key(&mut self) -> Result<String> {
        let key = self.word();
        if key.is_empty() {
            return Err(self.error("expected a label key"));
        }
        validate_key(key).map_err(|_| self.error(&format!("invalid label key {key:?}")))?;
        Ok(key.to_string())
    }

    fn value(&mut self, key: &str) -> Result<String> {
        let value = self.word();
        validate_value(key, value).map_err(|_| self.error(&format!("invalid value {value:?}")))?;
        Ok(value.to_string())
    }

    fn selector(&mut self) -> Result<Selector> {
        let mut requirements = Vec::new();
        loop {
            requirements.push(self.requirement()?);
            self.skip_spaces();
            if self.pos == self.text.len() {
                break;
            }
            if !self.eat(",") {
                return Err(self.error("expected ',' between requirements"));
            }
        }
        Ok(Selector(requirements))
    }

    fn requirement(&mut self) -> Result<Requirement> {
        if self.eat("!") {
            return Ok(Requirement::NotExists(self.key()?));
        }
        let key = self.key()?;
        if self.eat("!=") {
            return Ok(Requirement::NotEquals(key.clone(), self.value(&key)?));
        }
        if self.eat("==") || self.eat("=") {
            return Ok(Requirement::Equals(key.clone(), self.value(&key)?));
        }
        if self.eat_keyword("notin") {
            return Ok(Requirement::NotIn(key.clone(), self.set(&key)?));
        }
        if self.eat_keyword("in") {
            return Ok(Requirement::In(key.clone(), self.set(&key)?));
        }
        self.skip_spaces();
        if self.pos == self.text.len() || self.rest().starts_with(',') {
            return Ok(Requirement::Exists(key));
        }
        Err(self.error("expected =, ==, !=, in, notin, ',' or the end"))
    }

    /// `(a, b, c)`
    fn set(&mut self, key: &str) -> Result<Vec<String>> {
        if !self.eat("(") {
            return Err(self.error("expected '(' after in/notin"));
        }
        let mut values = Vec::new();
        loop {
            let value = self.value(key)?;
            if value.is_empty() {
                return Err(self.error("expected a value in the set"));
            }
            values.push(value);
            if self.eat(")") {
                break;
            }
            if !self.eat(",") {
                return Err(self.error("expected ',' or ')' in a value set"));
            }
        }
        Ok(values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Requirement::*;

    fn labels(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn s(x: &str) -> String {
        x.to_string()
    }

    #[test]
    fn parses_every_form() {
        let cases: Vec<(&str, Vec<Requirement>)> = vec![
            ("env=prod", vec![Equals(s("env"), s("prod"))]),
            ("env==prod", vec![Equals(s("env"), s("prod"))]),
            ("env!=prod", vec![NotEquals(s("env"), s("prod"))]),
            (
                "region in (eu,us)",
                vec![In(s("region"), vec![s("eu"), s("us")])],
            ),
            (
                "region notin ( eu , us )",
                vec![NotIn(s("region"), vec![s("eu"), s("us")])],
            ),
            ("canary", vec![Exists(s("canary"))]),
            ("!canary", vec![NotExists(s("canary"))]),
            ("! canary", vec![NotExists(s("canary"))]),
            (
                "env=prod, region in (eu),!canary,tier",
                vec![
                    Equals(s("env"), s("prod")),
                    In(s("region"), vec![s("eu")]),
                    NotExists(s("canary")),
                    Exists(s("tier")),
                ],
            ),
            ("env=", vec![Equals(s("env"), s(""))]),
            (
                "example.com/team=core",
                vec![Equals(s("example.com/team"), s("core"))],
            ),
            ("in=x", vec![Equals(s("in"), s("x"))]),
            ("index", vec![Exists(s("index"))]),
        ];
        for (text, want) in cases {
            assert_eq!(Selector::parse(text).unwrap(), Selector(want), "{text}");
        }
    }

    #[test]
    fn refuses_malformed_selectors_as_usage_errors() {
        for text in [
            "",
            ",",
            "env=prod,",
            "env=prod extra",
            "region in eu",
            "region in (eu",
            "region in ()",
            "region in (eu,)",
            "=prod",
            "env=pr od",
            "env=-prod",
            "-env",
            "env=prod)",
            "env ~ prod",
            "a/b/=c",
        ] {
            let err = Selector::parse(text).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{text}: {err:?}");
            assert!(err.message.contains("invalid selector"), "{text}: {err:?}");
        }
    }

    #[test]
    fn matches_like_kubectl() {
        let prod_eu = labels(&[("env", "prod"), ("region", "eu")]);
        let dev = labels(&[("env", "dev")]);
        let none = labels(&[]);
        let check =
            |sel: &str, l: &BTreeMap<String, String>| Selector::parse(sel).unwrap().matches(l);
        assert!(check("env=prod", &prod_eu));
        assert!(!check("env=prod", &dev));
        assert!(!check("env=prod", &none));
        assert!(check("env!=prod", &dev));
        assert!(check("env!=prod", &none), "!= matches a missing label");
        assert!(!check("env!=prod", &prod_eu));
        assert!(check("region in (us,eu)", &prod_eu));
        assert!(!check("region in (us,eu)", &dev));
        assert!(check("region notin (us)", &prod_eu));
        assert!(
            check("region notin (us)", &none),
            "notin matches a missing label"
        );
        assert!(!check("region notin (eu)", &prod_eu));
        assert!(check("region", &prod_eu));
        assert!(!check("region", &dev));
        assert!(check("!region", &dev));
        assert!(!check("!region", &prod_eu));
        assert!(check("env=prod,region=eu", &prod_eu));
        assert!(!check("env=prod,region=us", &prod_eu));
        assert!(!check("env=prod,!region", &prod_eu));
    }

    #[test]
    fn label_changes() {
        assert_eq!(
            LabelChange::parse("env=prod").unwrap(),
            LabelChange::Set(s("env"), s("prod"))
        );
        assert_eq!(
            LabelChange::parse("env-").unwrap(),
            LabelChange::Remove(s("env"))
        );
        assert_eq!(
            LabelChange::parse("env=").unwrap(),
            LabelChange::Set(s("env"), s(""))
        );
        for bad in [
            "env",
            "=x",
            "env=a b",
            "-",
            "e nv=x",
            &"k".repeat(64).to_string(),
        ] {
            let err = LabelChange::parse(bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
        }
        let mut l = labels(&[("env", "dev")]);
        LabelChange::parse("env=prod").unwrap().apply(&mut l);
        LabelChange::parse("region=eu").unwrap().apply(&mut l);
        LabelChange::parse("region-").unwrap().apply(&mut l);
        assert_eq!(l, labels(&[("env", "prod")]));
    }
}
