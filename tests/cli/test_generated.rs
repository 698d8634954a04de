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
fn man_pages_are_fresh() {
    let dir = repo_root().join("man");
    let pages = pbctl::docs::man_pages();
    for (name, text) in &pages {
        check(&dir.join(name), text);
    }
    // No page left behind for a command that is gone.
    let expected: std::collections::BTreeSet<&str> =
        pages.iter().map(|(n, _)| n.as_str()).collect();
    for entry in std::fs::read_dir(&dir).expect("man/") {
        let name = entry.expect("entry").file_name();
        let name = name.to_string_lossy();
        if !expected.contains(name.as_ref()) {
            if std::env::var_os("PBCTL_BLESS").is_some() {
                std::fs::remove_file(dir.join(name.as_ref())).expect("remove a stale page");
            } else {
                panic!("man/{name} has no command: run scripts/generate.sh");
            }
        }
    }
    let top = &pages[0];
    assert_eq!(top.0, "pbctl.1");
    assert!(
        top.1.contains(".TH pbctl 1"),
        "{}",
        &top.1[..200.min(top.1.len())]
    );
    assert!(
        pages
            .iter()
            .any(|(n, t)| n == "pbctl-record-list.1" && t.contains("\\-\\-filter"))
    );
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

/// Every help page: the command's own flags first, the flags of its group (`jwt`'s
/// `--store`, `nats`' `--wait`) next, the global ones last under one heading; `-V` on
/// `pbctl` alone.
#[test]
fn help_pages_put_global_flags_last_and_version_on_top_only() {
    fn walk(cmd: &mut clap::Command, path: String, bad: &mut Vec<String>) {
        // The page without the examples below the flags.
        let help = cmd
            .clone()
            .after_help(None::<&'static str>)
            .render_help()
            .to_string();
        let headings: Vec<&str> = help
            .lines()
            .filter(|l| !l.starts_with(' ') && l.ends_with(':'))
            .collect();
        let global = headings.iter().position(|h| *h == "Global options:");
        if global.is_none_or(|g| g + 1 != headings.len()) {
            bad.push(format!("{path}: headings {headings:?}"));
        }
        let own = help.split("Global options:").next().unwrap_or_default();
        for group in ["--store", "--wait", "--context"] {
            if let Some(at) = own.find(&format!("      {group} ")) {
                // A group flag sits under its own heading, never among the command's.
                let before = &own[..at];
                let heading = before.lines().rev().find(|l| l.ends_with(':'));
                if heading == Some("Options:") {
                    bad.push(format!("{path}: {group} among the command's own flags"));
                }
            }
        }
        let has_version = help.contains("-V, --version");
        if has_version != (path == "pbctl") {
            bad.push(format!("{path}: -V shown: {has_version}"));
        }
        for sub in cmd.get_subcommands_mut() {
            let name = sub.get_name().to_string();
            walk(sub, format!("{path} {name}"), bad);
        }
    }
    let mut cmd = pbctl::cli::command();
    cmd.build();
    let mut bad = Vec::new();
    walk(&mut cmd, "pbctl".into(), &mut bad);
    assert!(bad.is_empty(), "{bad:#?}");
}

/// Every `pbctl …` example line in the help parses as written (a flag in the wrong place,
/// such as `--store` before `jwt`, exits 2 for whoever copies it) and fits in the help's
/// 100 columns, so the help and docs/cli-reference.md never wrap it in two.
#[test]
fn every_example_parses_and_fits_on_one_line() {
    /// The command itself: up to the first unquoted shell operator or comment.
    fn command_part(text: &str) -> &str {
        let (mut single, mut double) = (false, false);
        for (i, c) in text.char_indices() {
            match c {
                '\'' if !double => single = !single,
                '"' if !single => double = !double,
                ' ' if !single && !double => {
                    let rest = &text[i..];
                    if [" | ", " < ", " > ", " 2> ", " && ", " # ", " \\"]
                        .iter()
                        .any(|op| rest.starts_with(op) || rest == op.trim_end())
                    {
                        return &text[..i];
                    }
                }
                _ => {}
            }
        }
        text
    }
    fn walk(cmd: &clap::Command, bad: &mut Vec<String>) {
        let help = cmd
            .get_after_help()
            .map(|h| h.to_string())
            .unwrap_or_default();
        for line in help.lines().filter(|l| l.contains("pbctl ")) {
            let Some(start) = line.find("pbctl ") else {
                continue;
            };
            if !(line.starts_with("  pbctl ") || line[..start].trim_end().ends_with('|')) {
                continue;
            }
            if line.chars().count() > 100 {
                bad.push(format!(
                    "{line}: longer than 100 columns, wrapped in the help"
                ));
            }
            match shlex::split(command_part(&line[start..])) {
                None => bad.push(format!("{line}: not shell words")),
                Some(words) => {
                    if let Err(e) = pbctl::cli::parse_from(&words) {
                        let first = e.to_string().lines().next().unwrap_or("").to_string();
                        bad.push(format!("{line}: {first}"));
                    }
                }
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, bad);
        }
    }
    let mut bad = Vec::new();
    walk(&pbctl::cli::command(), &mut bad);
    assert!(
        bad.is_empty(),
        "examples that fail as written:\n{}",
        bad.join("\n")
    );
}
