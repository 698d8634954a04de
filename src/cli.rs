//! The clap definition of the command line: global flags (SPEC 1.1) and the command
//! groups. Each group's arguments live beside its code in `commands/`.

use crate::commands;
use clap::{Args, Parser, Subcommand};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use std::path::PathBuf;

pub const ABOUT: &str =
    "pbctl: a kubectl-style CLI for PocketBase control planes and NATS decentralized auth";

#[derive(Debug, Parser)]
#[command(
    name = "pbctl",
    version,
    about = ABOUT,
    long_about = None,
    disable_help_subcommand = true,
    propagate_version = true,
    max_term_width = 100,
    after_help = "Examples:\n  pbctl context add dev --url http://127.0.0.1:8090 --use\n  pbctl auth login --identity admin@example.com\n  pbctl health\n  pbctl help environment"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command, before or after the subcommand.
#[derive(Debug, Clone, Args, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Use this context for one command; a comma list or a glob ('prod-*') runs it on
    /// each (fleet mode) [env: PBCTL_CONTEXT]
    #[arg(long, global = true, value_name = "NAME", add = ArgValueCandidates::new(context_candidates))]
    pub context: Option<String>,

    /// Run on the contexts whose labels match, e.g. 'env=prod,region in (eu,us)' (fleet mode)
    #[arg(short = 'l', long, global = true, value_name = "SEL", add = ArgValueCandidates::new(label_candidates))]
    pub selector: Option<String>,

    /// Run on every context (fleet mode)
    #[arg(short = 'A', long, global = true)]
    pub all_contexts: bool,

    /// Fleet mode: how many contexts run at once [default: 8]
    #[arg(long, global = true, value_name = "N")]
    pub parallel: Option<usize>,

    /// Fleet mode: start no new context after the first failure
    #[arg(long, global = true)]
    pub fail_fast: bool,

    /// Config file (default $PBCTL_CONFIG_DIR/config.yaml)
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "PBCTL_CONFIG",
        hide_env_values = true
    )]
    pub config: Option<PathBuf>,

    /// Output format: table, wide, json, yaml, jsonl, name
    #[arg(short, long, global = true, value_name = "FMT", env = "PBCTL_OUTPUT", hide_env_values = true,
          value_parser = ["table", "wide", "json", "yaml", "jsonl", "name"])]
    pub output: Option<String>,

    /// Filter the JSON result with a jq expression; prints one JSON value per line
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// With --jq: print strings without quotes
    #[arg(long, global = true)]
    pub raw: bool,

    /// When to use colors: auto, always, never
    #[arg(long, global = true, value_name = "WHEN", value_parser = ["auto", "always", "never"])]
    pub color: Option<String>,

    /// No progress or status lines on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// -v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Answer yes to confirmations
    #[arg(short, long, global = true)]
    pub yes: bool,

    /// Never prompt [env: PBCTL_NO_INPUT=1]
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Per-request timeout, e.g. 30s, 2m
    #[arg(
        long,
        global = true,
        value_name = "DUR",
        env = "PBCTL_TIMEOUT",
        hide_env_values = true
    )]
    pub timeout: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(visible_alias = "ctx")]
    Context(commands::context::ContextArgs),
    Auth(commands::auth::AuthArgs),
    #[command(visible_aliases = ["rec", "r"])]
    Record(commands::record::RecordArgs),
    #[command(visible_alias = "col")]
    Collection(commands::collection::CollectionArgs),
    #[command(visible_alias = "bk")]
    Backup(commands::backup::BackupArgs),
    Nats(commands::nats::NatsArgs),
    Settings(commands::settings::SettingsArgs),
    Health(commands::health::HealthArgs),
    Api(commands::api::ApiArgs),
    Jwt(Box<commands::jwt::JwtArgs>),
    Completion(commands::completion::CompletionArgs),
    Help(commands::help::HelpArgs),
}

fn completion_config() -> Option<crate::config::Config> {
    let path = crate::config::config_path(
        std::env::var_os("PBCTL_CONFIG")
            .map(PathBuf::from)
            .as_deref(),
    );
    crate::config::load(&path).ok()
}

/// Label keys and `KEY=VALUE` pairs of the config's contexts, for `-l`.
pub fn label_candidates() -> Vec<CompletionCandidate> {
    let mut pairs = std::collections::BTreeSet::new();
    let mut keys = std::collections::BTreeSet::new();
    for ctx in completion_config().map(|c| c.contexts).unwrap_or_default() {
        for (k, v) in ctx.labels {
            pairs.insert(format!("{k}={v}"));
            keys.insert(k);
        }
    }
    keys.into_iter()
        .chain(pairs)
        .map(CompletionCandidate::new)
        .collect()
}

/// Context names for dynamic shell completion.
pub fn context_candidates() -> Vec<CompletionCandidate> {
    completion_config()
        .map(|c| {
            c.contexts
                .into_iter()
                .map(|ctx| CompletionCandidate::new(ctx.name).help(Some(ctx.url.into())))
                .collect()
        })
        .unwrap_or_default()
}

/// The value of `-o`/`--output` as written on this process's command line, if any (not
/// `PBCTL_OUTPUT`). For the few places that must tell a flag from a preference.
pub fn output_flag_in_args() -> Option<String> {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let mut found = None;
    for (i, arg) in args.iter().enumerate() {
        if arg == "--" {
            break;
        }
        let value = if arg == "-o" || arg == "--output" {
            args.get(i + 1).cloned()
        } else if let Some(v) = arg.strip_prefix("--output=") {
            Some(v.to_string())
        } else if arg.starts_with("--") {
            None
        } else {
            arg.strip_prefix("-o")
                .filter(|v| !v.is_empty())
                .map(|v| v.trim_start_matches('=').to_string())
        };
        if value.is_some() {
            found = value;
        }
    }
    found
}

/// The clap command tree (for help, docs and completions).
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}
