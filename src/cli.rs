//! The command line: the root of the clap tree (the global flags of [`GlobalArgs`] and
//! the command groups of [`commands::Command`]), parsing, and the early read of the
//! global flags when clap refuses a command line. Each group's arguments live beside its
//! code in `commands/`.

use crate::app::GlobalArgs;
use crate::commands;
use clap::parser::ValueSource;
use clap::{ArgMatches, FromArgMatches, Parser};
use std::ffi::OsString;

pub const ABOUT: &str =
    "pbctl: a kubectl-style CLI for PocketBase control planes and NATS decentralized auth";

#[derive(Debug, Clone, Parser)]
#[command(
    name = "pbctl",
    version,
    about = ABOUT,
    long_about = None,
    disable_help_subcommand = true,
    max_term_width = 100,
    after_help = "Examples:\n  pbctl context add dev --url http://127.0.0.1:8090 --use\n  pbctl auth login --identity admin@example.com\n  pbctl health\n  pbctl help environment"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: commands::Command,
}

/// The clap command tree (for help, docs and completions).
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Parse `args` (the process's arguments, program name first).
pub fn parse_from<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let matches = command().try_get_matches_from(args)?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    cli.global.output_on_command_line = output_on_command_line(&matches);
    Ok(cli)
}

/// Whether `-o` was written on the command line (not taken from `PBCTL_OUTPUT`).
fn output_on_command_line(matches: &ArgMatches) -> bool {
    let mut m = matches;
    loop {
        if m.value_source("output") == Some(ValueSource::CommandLine) {
            return true;
        }
        match m.subcommand() {
            Some((_, sub)) => m = sub,
            None => return false,
        }
    }
}

/// The global flags of a command line that clap refused, as far as clap can read them:
/// a usage error is reported as JSON too when `-o json|yaml|jsonl` (or `PBCTL_OUTPUT`)
/// asks for machine output. Unknown arguments are dropped and the rest parsed again (a
/// `-o json` after a typo or an unknown command still counts); other errors (a missing argument or subcommand)
/// are skipped by clap's `ignore_errors` (jj reads its early flags the same way).
pub fn early_global_args<I, T>(args: I) -> GlobalArgs
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let early = || command().disable_help_flag(true).disable_version_flag(true);
    for _ in 0..args.len() {
        let unknown = match early().try_get_matches_from(&args) {
            Ok(m) => return GlobalArgs::from_arg_matches(&m).unwrap_or_default(),
            Err(e) => {
                use clap::error::{ContextKind, ContextValue, ErrorKind};
                let context = match e.kind() {
                    ErrorKind::UnknownArgument => ContextKind::InvalidArg,
                    ErrorKind::InvalidSubcommand => ContextKind::InvalidSubcommand,
                    _ => break,
                };
                match e.get(context) {
                    Some(ContextValue::String(arg)) => arg.clone(),
                    _ => break,
                }
            }
        };
        let with_value = format!("{unknown}=");
        let Some(i) = args.iter().skip(1).position(|a| {
            let a = a.to_string_lossy();
            a == unknown || a.starts_with(&with_value)
        }) else {
            break;
        };
        args.remove(i + 1);
    }
    early()
        .ignore_errors(true)
        .try_get_matches_from(&args)
        .ok()
        .and_then(|m| GlobalArgs::from_arg_matches(&m).ok())
        .unwrap_or_default()
}
