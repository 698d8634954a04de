//! Backup names and sizes as people write and read them: a name normalised to what
//! PocketBase accepts (`^[a-z0-9_-]+\.zip$`), the default name of a new backup, and
//! `1.5 MiB`.

use crate::app::Target;
use crate::error::{Error, Result};

/// Normalise a backup name to `^[a-z0-9_-]+\.zip$`: trimmed, lowercased, `.zip` added;
/// any other character is refused with a suggestion.
pub fn normalize_name(input: &str) -> Result<String> {
    let lower = input.trim().to_lowercase();
    let stem = lower.strip_suffix(".zip").unwrap_or(&lower);
    if stem.is_empty() {
        return Err(Error::usage("a backup name cannot be empty")
            .hint("use letters a-z, digits, '_' and '-', e.g. pre-migration"));
    }
    let valid = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-';
    if let Some(bad) = stem.chars().find(|c| !valid(*c)) {
        let mut err = Error::usage(format!(
            "invalid backup name {input:?}: {bad:?} is not allowed"
        ))
        .hint("backup names use only a-z, 0-9, '_' and '-', plus .zip (added when missing)");
        let suggestion = suggest(stem);
        if !suggestion.is_empty() {
            err = err.hint(format!("for example: {suggestion}.zip"));
        }
        return Err(err);
    }
    let key = format!("{stem}.zip");
    if key.len() > 150 {
        return Err(Error::usage(format!(
            "backup name too long ({} characters, at most 150 with .zip)",
            key.len()
        )));
    }
    Ok(key)
}

/// Replace runs of invalid characters with `-` (`Nightly Backup` → `nightly-backup`).
fn suggest(stem: &str) -> String {
    let mut out = String::new();
    for c in stem.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').chars().take(140).collect()
}

/// The most tries [`default_name`]'s key gets when names of the same second exist
/// (`_02` … `_99`, see [`numbered`]).
pub(super) const MAX_NUMBER: u32 = 99;

/// `pbctl_<context>_<UTC yyyymmddhhmmss>.zip`; in context-less mode the host stands in
/// for the context. Another backup of the same second gets [`numbered`] names.
pub(super) fn default_name(target: &Target) -> String {
    let who = match &target.context {
        Some(name) => name.clone(),
        None => url::Url::parse(&target.url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| "server".into()),
    };
    // Room for the rest within PocketBase's 150 characters: `pbctl_`, `_`, the stamp,
    // `_NN` and `.zip`.
    let who: String = suggest(&who.to_lowercase()).chars().take(120).collect();
    let who = if who.is_empty() { "server".into() } else { who };
    format!(
        "pbctl_{who}_{}.zip",
        utc_stamp(std::time::SystemTime::now())
    )
}

/// The `n`th key of a default name whose second is taken: `pbctl_dev_20261206074651.zip`
/// → `pbctl_dev_20261206074651_02.zip`. Two digits, so that keys still sort by time:
/// `…51.zip` < `…51_02.zip` < `…51_99.zip` < `…52.zip` (`.` sorts before `_`).
pub(super) fn numbered(key: &str, n: u32) -> String {
    let stem = key.strip_suffix(".zip").unwrap_or(key);
    format!("{stem}_{n:02}.zip")
}

fn utc_stamp(t: std::time::SystemTime) -> String {
    humantime::format_rfc3339_seconds(t)
        .to_string()
        .chars()
        .filter(char::is_ascii_digit)
        .collect()
}

/// `1.5 MiB` (1024-based).
pub fn human_size(n: u64) -> String {
    crate::human::size(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn names_are_normalised_or_refused_with_a_hint() {
        assert_eq!(normalize_name("Nightly").unwrap(), "nightly.zip");
        assert_eq!(
            normalize_name("pre-migration").unwrap(),
            "pre-migration.zip"
        );
        assert_eq!(normalize_name("A_B.ZIP").unwrap(), "a_b.zip");
        let e = normalize_name("Nightly Backup").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.hints.iter().any(|h| h.contains("nightly-backup.zip")));
        let e = normalize_name("../x").unwrap_err();
        assert!(e.hints.iter().any(|h| h.contains("x.zip")));
        assert!(normalize_name("a.tar").is_err());
        assert!(normalize_name(".zip").is_err());
        assert!(normalize_name(&"a".repeat(150)).is_err());
    }

    #[test]
    fn numbered_names_sort_by_time() {
        let first = "pbctl_dev_20261206074651.zip";
        assert_eq!(numbered(first, 2), "pbctl_dev_20261206074651_02.zip");
        let mut keys = vec![
            "pbctl_dev_20261206074652.zip".to_string(),
            numbered(first, 10),
            numbered(first, 2),
            numbered(first, MAX_NUMBER),
            first.to_string(),
            numbered(first, 9),
        ];
        keys.sort();
        assert_eq!(
            keys,
            [
                first,
                "pbctl_dev_20261206074651_02.zip",
                "pbctl_dev_20261206074651_09.zip",
                "pbctl_dev_20261206074651_10.zip",
                "pbctl_dev_20261206074651_99.zip",
                "pbctl_dev_20261206074652.zip",
            ]
        );
    }

    #[test]
    fn default_names_and_sizes() {
        let t = std::time::UNIX_EPOCH + Duration::from_secs(1_795_941_180);
        assert_eq!(utc_stamp(t), "20261129083300");
        let target = Target {
            context: Some("Prod.EU".into()),
            url: "http://x".into(),
            auth_collection: "_superusers".into(),
            identity: None,
            options: Default::default(),
            auth: None,
            nats: Default::default(),
        };
        let name = default_name(&target);
        assert!(name.starts_with("pbctl_prod-eu_"), "{name}");
        assert!(normalize_name(&name).is_ok());
        // A long context name still leaves a valid key, numbered ones too.
        let long = Target {
            context: Some("x".repeat(200)),
            ..target
        };
        let name = numbered(&default_name(&long), MAX_NUMBER);
        assert!(normalize_name(&name).is_ok(), "{name}");
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(200 * 1024 * 1024), "200.0 MiB");
    }
}
