//! The generated CLI reference and completion scripts must match the code.
//! Regenerate with `scripts/generate.sh` (PBCTL_BLESS=1).

use crate::common::repo_root;
use pbctl::commands::completion::{Shell, static_file_name, static_script};

fn check(path: &std::path::Path, expected: &str) {
    if std::env::var_os("PBCTL_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
        return;
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is stale: run scripts/generate.sh and commit the result",
        path.display()
    );
}

#[test]
fn cli_reference_is_fresh() {
    check(
        &repo_root().join("docs/cli-reference.md"),
        &pbctl::docs::cli_reference(),
    );
}

#[test]
fn completions_are_fresh() {
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::Powershell,
        Shell::Elvish,
    ] {
        check(
            &repo_root()
                .join("completions")
                .join(static_file_name(shell)),
            &static_script(shell, pbctl::cli::command()),
        );
    }
}

#[test]
fn every_command_has_an_example() {
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let help = cmd
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        if !help.contains("Examples:") {
            missing.push(path.to_string());
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&pbctl::cli::command(), "pbctl", &mut missing);
    assert!(missing.is_empty(), "commands without examples: {missing:?}");
}
