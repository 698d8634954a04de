//! pbctl's cache directory, `$XDG_CACHE_HOME/pbctl` (else `~/.cache/pbctl`): answers
//! worth keeping between runs and safe to lose (completion candidates, server versions,
//! the parsed form of a large config). Never a token or a secret. Every read and write is
//! best effort: a cache that cannot be used costs speed, never a failure. Without
//! `XDG_CACHE_HOME` and `HOME` there is no cache (rather than one in the current or a
//! shared temporary directory).

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

/// The file for `key` among the entries of one `kind`: `<cache>/<kind>/<hash of key>`.
pub fn file(kind: &str, key: impl Hash) -> Option<PathBuf> {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    key.hash(&mut h);
    Some(
        crate::config::paths::cache_dir()?
            .join(kind)
            .join(format!("{:016x}", h.finish())),
    )
}

/// The bytes of a cache file, if there is one.
pub fn read(path: &std::path::Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok()
}

/// Replace a cache file (0600, in a 0700 directory, atomically).
pub fn write(path: &std::path::Path, bytes: &[u8]) {
    if let Some(dir) = path.parent()
        && crate::fsutil::create_private_dir(dir).is_ok()
    {
        let _ = crate::fsutil::write_atomic(path, bytes);
    }
}
