//! Flag groups and value parsers for NATS settings, shared by `pbctl jwt` and `pbctl nats`.
//!
//! Each NATS concept (subject permissions, user limits, account limits, expiry) is one
//! clap group, flattened into every command that sets it, so that every command accepts the
//! same values (sizes such as `1MB`, durations or dates). The groups are spelled as `pbctl jwt`
//! (and nsc) spell them; the `pbctl nats` commands show the names of the pb-nats fields
//! instead (`--pub`, `--max-subscriptions`, `--expires`) through
//! [`control_plane_spelling`], and every command accepts both spellings.

use crate::controlplane::names::PERMISSION_FIELDS;
use crate::error::{Error, Result};
use crate::nats::claims::validate_subject;
use crate::nats::jwt::now_unix;
use clap::{Arg, Args};

/// Subjects a user may or may not publish and subscribe to.
#[derive(Debug, Args, Default, Clone)]
pub struct SubjectPermissionFlags {
    /// Allow publishing to S (repeatable)
    #[arg(long, alias = "pub", value_name = "S")]
    pub allow_pub: Vec<String>,
    /// Allow subscribing to S (repeatable; "subject queue" for a queue group)
    #[arg(long, alias = "sub", value_name = "S")]
    pub allow_sub: Vec<String>,
    /// Deny publishing to S (repeatable)
    #[arg(long, value_name = "S")]
    pub deny_pub: Vec<String>,
    /// Deny subscribing to S (repeatable)
    #[arg(long, value_name = "S")]
    pub deny_sub: Vec<String>,
}

impl SubjectPermissionFlags {
    /// The pb-nats permission fields of a role or user record (`publish_permissions`, ...)
    /// for these lists: every subject checked first (a queue group's "subject queue" by its
    /// subject); with `create`, empty lists are written too, else only the lists given.
    pub fn control_plane_patch(&self, create: bool) -> Result<serde_json::Value> {
        let lists = [
            ("--pub", &self.allow_pub),
            ("--sub", &self.allow_sub),
            ("--deny-pub", &self.deny_pub),
            ("--deny-sub", &self.deny_sub),
        ];
        let mut patch = serde_json::json!({});
        for (field, (flag, list)) in PERMISSION_FIELDS.iter().zip(lists) {
            for subject in list {
                validate_subject(subject.split(' ').next().unwrap_or(subject))
                    .map_err(|e| Error::usage(format!("{flag} {subject:?}: {e}")))?;
            }
            if create || !list.is_empty() {
                patch[*field] = serde_json::json!(list);
            }
        }
        Ok(patch)
    }
}

/// Per-user limits; -1 means unlimited. Sizes accept k, m, g, t (powers of 1000) and kib,
/// mib, gib, tib (powers of 1024).
#[derive(Debug, Args, Default, Clone)]
pub struct UserLimitFlags {
    /// Max subscriptions (-1 unlimited)
    #[arg(long, alias = "max-subscriptions", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub subs: Option<i64>,
    /// Max data (bytes, -1 unlimited)
    #[arg(long, alias = "max-data", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub data: Option<i64>,
    /// Max message payload (bytes, -1 unlimited)
    #[arg(long, alias = "max-payload", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub payload: Option<i64>,
}

/// The account limits both `pbctl jwt account` and `pbctl nats account` set; -1 means
/// unlimited. Sizes accept k, m, g, t (powers of 1000) and kib, mib, gib, tib (powers of 1024).
#[derive(Debug, Args, Default, Clone)]
pub struct AccountLimitFlags {
    /// Max client connections
    #[arg(long, alias = "max-connections", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub conns: Option<i64>,
    /// Max subscriptions
    #[arg(long, alias = "max-subscriptions", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub subs: Option<i64>,
    /// Max data in flight (bytes)
    #[arg(long, alias = "max-data", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub data: Option<i64>,
    /// Max message payload (bytes)
    #[arg(long, alias = "max-payload", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub payload: Option<i64>,
    /// JetStream memory storage (bytes; memory and disk both 0 disable JetStream)
    #[arg(long, alias = "max-jetstream-memory", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_mem_storage: Option<i64>,
    /// JetStream disk storage (bytes; memory and disk both 0 disable JetStream)
    #[arg(long, alias = "max-jetstream-disk", value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_disk_storage: Option<i64>,
}

/// When a JWT stops being valid.
#[derive(Debug, Args, Default, Clone)]
pub struct ExpiryFlag {
    /// Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none
    #[arg(long, alias = "expires", value_name = "D|DATE")]
    pub expiry: Option<String>,
}

impl ExpiryFlag {
    /// Unix seconds (0 for none), or `None` when the flag was not given.
    pub fn unix(&self) -> Result<Option<i64>> {
        self.expiry.as_deref().map(parse_expiry).transpose()
    }
}

/// The names `pbctl nats` shows for the shared groups: those of the pb-nats fields they set
/// (`publish_permissions`, `max_subscriptions`, `jwt_expires_at`, ...). The `pbctl jwt`
/// spelling stays accepted as a hidden alias. Apply it with
/// `#[command(mut_args(control_plane_spelling))]` on a command that flattens a group.
pub fn control_plane_spelling(arg: Arg) -> Arg {
    let (long, jwt_name) = match arg.get_id().as_str() {
        "allow_pub" => ("pub", "allow-pub"),
        "allow_sub" => ("sub", "allow-sub"),
        "conns" => ("max-connections", "conns"),
        "subs" => ("max-subscriptions", "subs"),
        "data" => ("max-data", "data"),
        "payload" => ("max-payload", "payload"),
        "js_mem_storage" => ("max-jetstream-memory", "js-mem-storage"),
        "js_disk_storage" => ("max-jetstream-disk", "js-disk-storage"),
        "expiry" => ("expires", "expiry"),
        _ => return arg,
    };
    arg.long(long).alias(None).alias(jwt_name)
}

/// Sizes and counts: -1, N, or N with k/m/g/t (x1000) or kib/mib/gib/tib (x1024).
pub fn parse_limit(s: &str) -> std::result::Result<i64, String> {
    let t = s.trim().to_ascii_lowercase();
    if let Ok(n) = t.parse::<i64>() {
        if n < -1 {
            return Err(format!("{s:?}: use -1 for unlimited"));
        }
        return Ok(n);
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: i64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a number (examples: -1, 100, 10k, 1MiB)"))?;
    let mult: i64 = match unit.trim().trim_end_matches('b') {
        "k" => 1_000,
        "m" => 1_000_000,
        "g" => 1_000_000_000,
        "t" => 1_000_000_000_000,
        "ki" => 1 << 10,
        "mi" => 1 << 20,
        "gi" => 1 << 30,
        "ti" => 1 << 40,
        "" => 1,
        _ => {
            return Err(format!(
                "{s:?}: unknown unit (use k, m, g, t, kib, mib, gib, tib)"
            ));
        }
    };
    n.checked_mul(mult)
        .ok_or_else(|| format!("{s:?} is too large"))
}

/// `--expiry`: `0`/`never` (none), a duration from now, a date, RFC 3339, or Unix seconds
/// prefixed with `@`.
pub fn parse_expiry(s: &str) -> Result<i64> {
    let t = s.trim();
    if t == "0" || t.eq_ignore_ascii_case("never") || t.is_empty() {
        return Ok(0);
    }
    // `exp: 0` means "never expires" in a NATS JWT: a time at or before the epoch
    // (`1970-01-01`, `@0`) is kept as an expired time (1 s after the epoch), never turned
    // into no expiry. The commands warn that it is already past.
    if let Some(secs) = t.strip_prefix('@') {
        return secs
            .parse::<i64>()
            .map(|s| s.max(1))
            .map_err(|_| Error::usage(format!("invalid Unix time {t:?}")));
    }
    if let Ok(d) = humantime::parse_duration(t) {
        let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX / 2);
        return Ok(now_unix().saturating_add(secs));
    }
    parse_date(t).map(|s| s.max(1)).ok_or_else(|| {
        Error::usage(format!("invalid expiry {t:?}")).hint(
            "use a duration (30d, 12h), a date (2027-01-31) or RFC 3339 (2027-01-31T12:00:00Z)",
        )
    })
}

/// A date (`YYYY-MM-DD`, midnight UTC) or RFC 3339 time as Unix seconds.
pub fn parse_date(t: &str) -> Option<i64> {
    let full = if t.len() == 10 {
        format!("{t}T00:00:00Z")
    } else {
        t.to_string()
    };
    let st = humantime::parse_rfc3339_weak(&full).ok()?;
    let d = st.duration_since(std::time::UNIX_EPOCH).ok()?;
    i64::try_from(d.as_secs()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, Parser};

    #[derive(Parser)]
    struct JwtSpelling {
        #[command(flatten)]
        perms: SubjectPermissionFlags,
        #[command(flatten)]
        limits: UserLimitFlags,
        #[command(flatten)]
        expiry: ExpiryFlag,
    }

    #[derive(Parser)]
    #[command(mut_args(control_plane_spelling))]
    struct ControlPlaneSpelling {
        #[command(flatten)]
        perms: SubjectPermissionFlags,
        #[command(flatten)]
        limits: AccountLimitFlags,
        #[command(flatten)]
        expiry: ExpiryFlag,
    }

    #[test]
    fn both_spellings_are_accepted_and_each_command_shows_its_own() {
        let j = JwtSpelling::try_parse_from([
            "x",
            "--allow-pub",
            "a",
            "--pub",
            "b",
            "--sub",
            "c",
            "--max-payload",
            "1MB",
            "--expires",
            "0",
        ])
        .unwrap();
        assert_eq!(j.perms.allow_pub, ["a", "b"]);
        assert_eq!(j.perms.allow_sub, ["c"]);
        assert_eq!(j.limits.payload, Some(1_000_000));
        assert_eq!(j.expiry.unix().unwrap(), Some(0));
        let c = ControlPlaneSpelling::try_parse_from([
            "x",
            "--pub",
            "a",
            "--allow-pub",
            "b",
            "--subs",
            "10",
            "--max-jetstream-disk",
            "1GiB",
            "--expiry",
            "2027-01-31",
        ])
        .unwrap();
        assert_eq!(c.perms.allow_pub, ["a", "b"]);
        assert_eq!(c.limits.subs, Some(10));
        assert_eq!(c.limits.js_disk_storage, Some(1 << 30));
        assert_eq!(c.expiry.unix().unwrap(), Some(1_801_353_600));
        let help = ControlPlaneSpelling::command().render_help().to_string();
        for shown in [
            "--pub",
            "--max-subscriptions",
            "--max-jetstream-disk",
            "--expires",
        ] {
            assert!(
                help.contains(&format!("{shown} ")),
                "{shown} missing in {help}"
            );
        }
        for hidden in ["--allow-pub", "--subs", "--js-disk-storage", "--expiry"] {
            assert!(
                !help.contains(&format!("{hidden} ")),
                "{hidden} shown in {help}"
            );
        }
        let help = JwtSpelling::command().render_help().to_string();
        assert!(help.contains("--allow-pub ") && !help.contains("--pub "));
    }

    #[test]
    fn expiry_values() {
        assert_eq!(parse_expiry("0").unwrap(), 0);
        assert_eq!(parse_expiry("never").unwrap(), 0);
        assert_eq!(parse_expiry("@1700000000").unwrap(), 1_700_000_000);
        assert_eq!(parse_expiry("2027-01-31").unwrap(), 1_801_353_600);
        let d = parse_expiry("1h").unwrap() - now_unix();
        assert!((3599..=3601).contains(&d));
        assert!(parse_expiry("soon").is_err());
    }

    #[test]
    fn limits_with_units() {
        assert_eq!(parse_limit("-1"), Ok(-1));
        assert_eq!(parse_limit("0"), Ok(0));
        assert_eq!(parse_limit("10k"), Ok(10_000));
        assert_eq!(parse_limit("1MiB"), Ok(1 << 20));
        assert_eq!(parse_limit("2G"), Ok(2_000_000_000));
        assert_eq!(parse_limit("1gib"), Ok(1 << 30));
        assert!(parse_limit("-2").is_err());
        assert!(parse_limit("lots").is_err());
        assert!(parse_limit("10x").is_err());
        assert!(parse_limit("99999999999t").is_err());
    }
}
