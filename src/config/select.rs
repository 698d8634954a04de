//! Which contexts a command runs on: `--context A,B` (names and `*`/`?` globs, also
//! from `PBCTL_CONTEXT`), `-l SELECTOR`, `-A`. Fleet mode is on when the selection used
//! a list, a glob, a selector or `-A`; a plain name is today's single-context mode.

use super::labels::Selector;
use super::{Config, validate_context_name};
use crate::error::{Error, Result};
use std::collections::{BTreeMap, BTreeSet};

/// What the user asked for, before it is matched against the config.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// `--context` (or `PBCTL_CONTEXT`): names and globs, comma-separated.
    pub context: Option<String>,
    /// `-l`.
    pub selector: Option<String>,
    /// `-A`.
    pub all: bool,
}

impl Request {
    /// Fleet mode: a list, a glob, a selector or `-A` (even when one context matches).
    pub fn is_fleet(&self) -> bool {
        self.all
            || self.selector.is_some()
            || self
                .context
                .as_deref()
                .is_some_and(|c| c.contains([',', '*', '?']))
    }

    /// The context names selected, in name order, without duplicates. No match is a
    /// not-found error (exit 3); a malformed name or selector a usage error (exit 2).
    pub fn resolve(&self, config: &Config) -> Result<Vec<String>> {
        let chosen = self.matching(config)?;
        if chosen.is_empty() {
            let mut err = Error::not_found(format!("no context matches {}", self.describe()));
            if let Some(hint) = self.unknown_label_hint(config) {
                err = err.hint(hint);
            }
            return Err(
                err.hint("see the contexts and their labels with `pbctl context list -o wide`")
            );
        }
        Ok(chosen)
    }

    /// When the selector asks for a label key no context has (`evn=prod`) or a value no
    /// context has (`env=production`), the likely typo, with what the contexts do have.
    fn unknown_label_hint(&self, config: &Config) -> Option<String> {
        let selector = Selector::parse(self.selector.as_deref()?).ok()?;
        let mut in_use: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for ctx in &config.contexts {
            for (k, v) in &ctx.labels {
                in_use.entry(k).or_default().insert(v);
            }
        }
        for (key, values) in selector.0.iter().filter_map(|r| r.wanted()) {
            let Some(known) = in_use.get(key) else {
                let keys: Vec<&str> = in_use.keys().copied().collect();
                return Some(if keys.is_empty() {
                    format!(
                        "no context has a label {key:?}: add labels with `pbctl context label NAME {key}=VALUE`"
                    )
                } else {
                    format!(
                        "no context has a label {key:?}; the keys in use: {}",
                        keys.join(", ")
                    )
                });
            };
            if !values.is_empty() && values.iter().all(|v| !known.contains(v)) {
                let known: Vec<&str> = known.iter().copied().collect();
                return Some(format!(
                    "the values of {key:?} in use: {}",
                    known.join(", ")
                ));
            }
        }
        None
    }

    /// The names selected, possibly none (`context list` filters with this).
    pub fn matching(&self, config: &Config) -> Result<Vec<String>> {
        let selector = self.selector.as_deref().map(Selector::parse).transpose()?;
        let mut chosen: Vec<&str> = match &self.context {
            Some(spec) => by_names(spec, config)?,
            None => config.contexts.iter().map(|c| c.name.as_str()).collect(),
        };
        if let Some(sel) = &selector {
            chosen.retain(|name| {
                config
                    .context(name)
                    .is_some_and(|ctx| sel.matches(&ctx.labels))
            });
        }
        chosen.sort_unstable();
        chosen.dedup();
        Ok(chosen.into_iter().map(str::to_string).collect())
    }

    /// The selection as the user wrote it, for messages.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(c) = &self.context {
            parts.push(format!("--context {c:?}"));
        }
        if let Some(s) = &self.selector {
            parts.push(format!("-l {s:?}"));
        }
        if self.all {
            parts.push("-A".to_string());
        }
        parts.join(" ")
    }
}

/// Names and globs of a `--context` list. A name must exist (exit 3 otherwise); a glob
/// may match nothing, as long as the whole selection matches something.
fn by_names<'c>(spec: &str, config: &'c Config) -> Result<Vec<&'c str>> {
    let mut out = Vec::new();
    for item in spec.split(',').map(str::trim) {
        if item.is_empty() {
            return Err(Error::usage(format!("empty context name in {spec:?}"))
                .hint("separate names and globs with single commas: --context 'prod-*,staging'"));
        }
        if item.contains(['*', '?']) {
            let shape = item.replace(['*', '?'], "a");
            validate_context_name(&shape).map_err(|_| {
                Error::usage(format!("invalid context glob {item:?}"))
                    .hint("a glob is a context name with * (any characters) and ? (one character)")
            })?;
            out.extend(
                config
                    .contexts
                    .iter()
                    .filter(|c| glob_match(item, &c.name))
                    .map(|c| c.name.as_str()),
            );
        } else {
            validate_context_name(item)?;
            out.push(config.require(item)?.name.as_str());
        }
    }
    Ok(out)
}

/// `*` matches any run of characters (also none), `?` exactly one; everything else
/// itself. The classic two-pointer match with one backtrack point: no recursion, and
/// at most O(pattern × name) steps (names are at most 63 characters).
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    let (mut pi, mut ni) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == n[ni]) {
            pi += 1;
            ni += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ni));
            pi += 1;
        } else if let Some((sp, sn)) = star {
            pi = sp + 1;
            ni = sn + 1;
            star = Some((sp, sn + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Context;

    fn config() -> Config {
        let ctx = |name: &str, labels: &[(&str, &str)]| Context {
            name: name.into(),
            url: "http://127.0.0.1:1".into(),
            labels: labels
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            ..Context::default()
        };
        Config {
            contexts: vec![
                ctx("prod-eu", &[("env", "prod"), ("region", "eu")]),
                ctx("prod-us", &[("env", "prod"), ("region", "us")]),
                ctx("staging", &[("env", "staging"), ("region", "eu")]),
                ctx("dev", &[]),
            ],
            ..Config::default()
        }
    }

    fn req(context: Option<&str>, selector: Option<&str>, all: bool) -> Request {
        Request {
            context: context.map(str::to_string),
            selector: selector.map(str::to_string),
            all,
        }
    }

    fn names(r: &Request) -> Vec<String> {
        r.resolve(&config()).unwrap()
    }

    #[test]
    fn globs() {
        assert!(glob_match("prod-*", "prod-eu"));
        assert!(glob_match("prod-*", "prod-"));
        assert!(!glob_match("prod-*", "prod"));
        assert!(glob_match("*", ""));
        assert!(glob_match("p?od-e?", "prod-eu"));
        assert!(!glob_match("p?od", "pod"));
        assert!(glob_match("*-eu", "prod-eu"));
        assert!(glob_match("a*b*c", "axxbyyc"));
        assert!(!glob_match("a*b*c", "axxbyy"));
        assert!(glob_match("**a", "bba"));
        assert!(!glob_match("prod", "prod-eu"));
    }

    #[test]
    fn fleet_mode_is_a_list_glob_selector_or_all() {
        assert!(!req(Some("prod-eu"), None, false).is_fleet());
        assert!(!req(None, None, false).is_fleet());
        assert!(req(Some("prod-eu,dev"), None, false).is_fleet());
        assert!(req(Some("prod-*"), None, false).is_fleet());
        assert!(req(Some("prod-e?"), None, false).is_fleet());
        assert!(req(None, Some("env=prod"), false).is_fleet());
        assert!(req(None, None, true).is_fleet());
    }

    #[test]
    fn resolves_lists_globs_and_selectors_in_name_order() {
        assert_eq!(
            names(&req(Some("staging,prod-eu"), None, false)),
            ["prod-eu", "staging"]
        );
        assert_eq!(
            names(&req(Some("prod-*,dev"), None, false)),
            ["dev", "prod-eu", "prod-us"]
        );
        assert_eq!(
            names(&req(Some("prod-*,prod-eu"), None, false)),
            ["prod-eu", "prod-us"]
        );
        assert_eq!(
            names(&req(None, None, true)),
            ["dev", "prod-eu", "prod-us", "staging"]
        );
        assert_eq!(
            names(&req(None, Some("region=eu"), false)),
            ["prod-eu", "staging"]
        );
        assert_eq!(
            names(&req(None, Some("env!=prod"), false)),
            ["dev", "staging"]
        );
        assert_eq!(names(&req(None, Some("!region"), false)), ["dev"]);
        assert_eq!(
            names(&req(Some("prod-*"), Some("region in (eu)"), false)),
            ["prod-eu"],
            "--context and -l intersect"
        );
        assert_eq!(
            names(&req(None, Some("env=prod"), true)),
            ["prod-eu", "prod-us"]
        );
        assert_eq!(names(&req(Some("dev"), Some("!env"), false)), ["dev"]);
    }

    #[test]
    fn no_match_is_not_found_and_bad_input_is_usage() {
        let code = |r: Request| r.resolve(&config()).unwrap_err().exit_code();
        assert_eq!(code(req(Some("qa-*"), None, false)), 3);
        assert_eq!(code(req(None, Some("env=qa"), false)), 3);
        assert_eq!(code(req(Some("prod-*"), Some("env=dev"), false)), 3);
        assert_eq!(code(req(Some("prod-eu,nope"), None, false)), 3);
        assert_eq!(code(req(Some("prod-eu,,dev"), None, false)), 2);
        assert_eq!(code(req(Some("prod/*"), None, false)), 2);
        assert_eq!(
            code(req(None, Some("env=="), false)),
            3,
            "an empty value is valid"
        );
        assert_eq!(code(req(None, Some("env in"), false)), 2);
        let empty = Config::default();
        assert_eq!(
            req(None, None, true)
                .resolve(&empty)
                .unwrap_err()
                .exit_code(),
            3
        );
    }

    #[test]
    fn no_match_names_the_label_typo() {
        let hints = |sel: &str| {
            req(None, Some(sel), false)
                .resolve(&config())
                .unwrap_err()
                .hints
                .clone()
        };
        assert_eq!(
            hints("evn=prod")[0],
            "no context has a label \"evn\"; the keys in use: env, region"
        );
        assert_eq!(
            hints("env=production,region=eu")[0],
            "the values of \"env\" in use: prod, staging"
        );
        assert_eq!(
            hints("env in (qa,test)")[0],
            "the values of \"env\" in use: prod, staging"
        );
        // A combination that matches nothing although every key and value exists: only
        // the general hint.
        let h = hints("env=staging,region=us");
        assert_eq!(h.len(), 1);
        assert!(h[0].contains("context list -o wide"));
        let empty = Config {
            contexts: vec![Context {
                name: "a".into(),
                url: "http://127.0.0.1:1".into(),
                ..Context::default()
            }],
            ..Config::default()
        };
        let h = req(None, Some("env=prod"), false)
            .resolve(&empty)
            .unwrap_err()
            .hints
            .clone();
        assert!(h[0].contains("pbctl context label NAME env=VALUE"), "{h:?}");
    }
}
