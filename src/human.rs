//! Numbers, sizes, rates, times and durations for people, in one format wherever they are
//! shown (progress bars, summaries, tables): counts and whole-number rates with thousands
//! separators (`14,919 records/s`), sizes 1024-based with one decimal (`1.5 MiB`), times
//! in UTC to the second (`2026-12-05 23:24:17 UTC`), durations in their two largest units
//! (`29d 23h`). Machine formats (`-o json`) keep raw values; these are for text only.

/// `14919` → `14,919`.
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1 server`, `2 servers`, `1,000 accounts`: a count with its noun (plural with `s`).
pub fn plural(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{} {noun}s", count(n))
    }
}

/// `done` items in `secs` seconds as a whole-number rate: `14,919 records/s`.
pub fn rate(done: u64, secs: f64, noun: &str) -> String {
    let per_sec = if secs > 0.0 {
        (done as f64 / secs).round() as u64
    } else {
        0
    };
    format!("{} {noun}/s", count(per_sec))
}

/// `1.5 MiB` (1024-based; bytes below 1 KiB as `512 B`).
pub fn size(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

/// A timestamp as tables show it, `2026-12-05 23:24:17 UTC`, from PocketBase's form
/// (`2026-12-05 23:24:17.122Z`) or RFC 3339 in UTC (`2026-12-06T23:23:49Z`); `None` for
/// any other text (which is shown as it is).
pub fn time(text: &str) -> Option<String> {
    let b = text.as_bytes();
    // The shape first (`YYYY-MM-DD?HH:MM:SS…Z`), so that no other text is parsed at all.
    let shaped = (20..=35).contains(&b.len())
        && b.ends_with(b"Z")
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[7] == b'-'
        && (b[10] == b' ' || b[10] == b'T')
        && b[13] == b':'
        && b[16] == b':';
    if !shaped {
        return None;
    }
    let t = humantime::parse_rfc3339_weak(text).ok()?;
    let s = humantime::format_rfc3339_seconds(t).to_string();
    // `2026-12-05T23:24:17Z` → `2026-12-05 23:24:17 UTC`
    Some(format!("{} {} UTC", s.get(..10)?, s.get(11..19)?))
}

/// `29d 23h`, `5h 3m`, `4m 10s`, `12s`, `30d`: a duration in its two largest units (the
/// second left out when it is zero).
pub fn duration(secs: u64) -> String {
    let units = [(86_400, "d"), (3_600, "h"), (60, "m"), (1, "s")];
    let Some(first) = units.iter().position(|(size, _)| secs >= *size) else {
        return "0s".into();
    };
    let (size, unit) = units[first];
    let mut text = format!("{}{unit}", secs / size);
    if let Some((next, next_unit)) = units.get(first + 1) {
        let rest = secs % size / next;
        if rest > 0 {
            text.push_str(&format!(" {rest}{next_unit}"));
        }
    }
    text
}

/// `s` as one word for a POSIX shell: as it is when it is plain, else in single quotes.
pub fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_counts_with_their_noun() {
        assert_eq!(plural(1, "server"), "1 server");
        assert_eq!(plural(0, "error"), "0 errors");
        assert_eq!(plural(12_000, "account"), "12,000 accounts");
    }

    #[test]
    fn counts_rates_and_sizes() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(14919), "14,919");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(rate(53000, 2.845_6, "records"), "18,625 records/s");
        assert_eq!(rate(5, 0.0, "records"), "0 records/s");
        assert_eq!(size(512), "512 B");
        assert_eq!(size(1536), "1.5 KiB");
        assert_eq!(size(3 << 20), "3.0 MiB");
    }

    #[test]
    fn times_in_one_form() {
        assert_eq!(
            time("2026-12-05 23:24:17.122Z").as_deref(),
            Some("2026-12-05 23:24:17 UTC")
        );
        assert_eq!(
            time("2026-12-06T23:23:49Z").as_deref(),
            Some("2026-12-06 23:23:49 UTC")
        );
        for other in [
            "",
            "posts",
            "2026-12-06",
            "2026-12-06 23:23:49",
            "after 9999-12-31T23:59:59Z",
            "2026-13-45 99:99:99Z",
            "abcd-ef-gh ij:kl:mnZ",
        ] {
            assert_eq!(time(other), None, "{other}");
        }
    }

    #[test]
    fn durations_in_two_units() {
        assert_eq!(duration(0), "0s");
        assert_eq!(duration(12), "12s");
        assert_eq!(duration(250), "4m 10s");
        assert_eq!(duration(5 * 3600 + 180 + 7), "5h 3m");
        assert_eq!(duration(30 * 86_400 - 6), "29d 23h");
        assert_eq!(duration(2 * 86_400 + 300), "2d");
        assert_eq!(duration(30 * 86_400), "30d");
    }
}
