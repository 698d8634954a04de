//! Numbers, sizes and rates for people, in one format wherever they are shown (progress
//! bars, summaries, tables): counts and whole-number rates with thousands separators
//! (`14,919 records/s`), sizes 1024-based with one decimal (`1.5 MiB`). Machine formats
//! (`-o json`) keep raw values; these are for text only.

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
}
