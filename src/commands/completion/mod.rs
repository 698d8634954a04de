//! `pbctl completion SHELL`.

use crate::error::Result;
use crate::output::Output;
use clap::{Args, ValueEnum};
use clap_complete::env::EnvCompleter;

mod compact;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

/// Print a shell completion script
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "By default the script asks pbctl for candidates as you type, so context names\ncomplete too. --static prints a self-contained script (commands and flags only);\nthe repository's completions/ folder holds those.\n\nExamples:\n  source <(pbctl completion bash)\n  pbctl completion zsh > \"${fpath[1]}/_pbctl\"\n  pbctl completion fish > ~/.config/fish/completions/pbctl.fish"
)]
pub struct CompletionArgs {
    pub shell: Shell,
    /// A self-contained script without dynamic candidates
    #[arg(long = "static")]
    pub static_script: bool,
}

/// The command tree the dynamic completer (`COMPLETE=bash pbctl …`) works on: pbctl's,
/// with every alias hidden. clap_complete keeps one candidate per command, the first in
/// alphabetical order, so with visible aliases `pbctl <TAB>` offered `r` for `record`
/// and `col` for `collection`, and `pbctl re<TAB>` completed to `rec`. Hidden aliases
/// still parse (`pbctl rec list <TAB>` completes) and are offered only when nothing
/// else matches.
pub fn dynamic_command() -> clap::Command {
    fn hide_aliases(cmd: clap::Command) -> clap::Command {
        let aliases: Vec<String> = cmd.get_all_aliases().map(str::to_string).collect();
        let mut cmd = aliases
            .into_iter()
            .fold(cmd.alias(None), |cmd, alias| cmd.alias(alias));
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            cmd = cmd.mut_subcommand(name, hide_aliases);
        }
        cmd
    }
    hide_aliases(crate::cli::command())
}

/// `tree`: the whole clap command tree (for the static script).
pub fn run(args: CompletionArgs, tree: clap::Command) -> Result<Output> {
    if args.static_script {
        return Ok(Output::Text(static_script(args.shell, tree)));
    }
    let mut buf = Vec::new();
    let shell: &dyn EnvCompleter = match args.shell {
        Shell::Bash => &clap_complete::env::Bash,
        Shell::Zsh => &clap_complete::env::Zsh,
        Shell::Fish => &clap_complete::env::Fish,
        Shell::Powershell => &clap_complete::env::Powershell,
        Shell::Elvish => &clap_complete::env::Elvish,
    };
    shell.write_registration("COMPLETE", "pbctl", "pbctl", "pbctl", &mut buf)?;
    Ok(Output::Text(String::from_utf8_lossy(&buf).into_owned()))
}

/// The static script for `shell` and the command tree `cmd`, as kept in `completions/`:
/// clap_complete's script with the global flags written once (see [`compact`]).
pub fn static_script(shell: Shell, cmd: clap::Command) -> String {
    let globals = globals_only(&cmd);
    let full = generate(shell, cmd);
    let globals = generate(shell, globals);
    let compacted = match shell {
        Shell::Bash => compact::bash(&full, &globals),
        Shell::Zsh => compact::zsh(&full, &globals),
        Shell::Fish => compact::fish(&full, &globals),
        Shell::Powershell => compact::powershell(&full, &globals),
        Shell::Elvish => compact::elvish(&full, &globals),
    };
    compacted.unwrap_or(full)
}

/// clap_complete's own script for `shell` and `cmd`, one line per flag and command.
pub fn generate(shell: Shell, mut cmd: clap::Command) -> String {
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
        Shell::Elvish => clap_complete::Shell::Elvish,
    };
    let mut buf = Vec::new();
    clap_complete::generate(generator, &mut cmd, "pbctl", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// A `pbctl` command with the global flags of `cmd` and nothing else: its script holds
/// exactly the lines the full script repeats for every subcommand.
fn globals_only(cmd: &clap::Command) -> clap::Command {
    let globals = cmd.get_arguments().filter(|a| a.is_global_set()).cloned();
    clap::Command::new("pbctl")
        .disable_help_flag(true)
        .disable_version_flag(true)
        .args(globals)
}

/// File names in `completions/`.
pub fn static_file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "pbctl.bash",
        Shell::Zsh => "_pbctl",
        Shell::Fish => "pbctl.fish",
        Shell::Powershell => "_pbctl.ps1",
        Shell::Elvish => "pbctl.elv",
    }
}
