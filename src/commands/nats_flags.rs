//! Flag groups and value parsers for NATS settings, shared by `pbctl jwt` and `pbctl nats`.

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

#[cfg(test)]
mod tests {
    use super::parse_limit;

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
