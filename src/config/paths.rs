//! Where pbctl keeps its files. The same rules on every OS, like gh and nats.

use std::path::PathBuf;

fn env_path(var: &str) -> Option<PathBuf> {
    std::env::var_os(var)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

fn home() -> PathBuf {
    env_path("HOME")
        .or_else(|| env_path("USERPROFILE"))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// `$PBCTL_CONFIG_DIR`, else `$XDG_CONFIG_HOME/pbctl`, else `~/.config/pbctl`.
pub fn config_dir() -> PathBuf {
    env_path("PBCTL_CONFIG_DIR")
        .or_else(|| env_path("XDG_CONFIG_HOME").map(|p| p.join("pbctl")))
        .unwrap_or_else(|| home().join(".config").join("pbctl"))
}

/// `$PBCTL_DATA_DIR`, else `$XDG_DATA_HOME/pbctl`, else `~/.local/share/pbctl`.
pub fn data_dir() -> PathBuf {
    env_path("PBCTL_DATA_DIR")
        .or_else(|| env_path("XDG_DATA_HOME").map(|p| p.join("pbctl")))
        .unwrap_or_else(|| home().join(".local").join("share").join("pbctl"))
}

/// `$XDG_CACHE_HOME/pbctl`, else `~/.cache/pbctl`; `None` without either variable (see
/// [`crate::cache`]).
pub fn cache_dir() -> Option<PathBuf> {
    env_path("XDG_CACHE_HOME")
        .map(|p| p.join("pbctl"))
        .or_else(|| env_path("HOME").map(|h| h.join(".cache").join("pbctl")))
}

/// pb-cli's config directory: `$XDG_CONFIG_HOME/pb`, else `~/.config/pb`.
pub fn pb_cli_dir() -> PathBuf {
    env_path("XDG_CONFIG_HOME")
        .map(|p| p.join("pb"))
        .unwrap_or_else(|| home().join(".config").join("pb"))
}

/// The nats CLI's context directory: `$XDG_CONFIG_HOME/nats/context`, else
/// `~/.config/nats/context` (where `nats --context NAME` looks).
pub fn nats_context_dir() -> PathBuf {
    env_path("XDG_CONFIG_HOME")
        .map(|p| p.join("nats").join("context"))
        .unwrap_or_else(|| home().join(".config").join("nats").join("context"))
}
