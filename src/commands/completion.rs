//! `pbctl completion SHELL`.

use crate::error::Result;
use crate::output::Output;
use clap::{Args, ValueEnum};
use clap_complete::env::EnvCompleter;

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

/// The static script for `shell` and the command tree `cmd`, as kept in `completions/`.
pub fn static_script(shell: Shell, mut cmd: clap::Command) -> String {
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
