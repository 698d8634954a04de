//! The static completion scripts in `completions/` write the global flags once; these
//! tests prove that no flag got lost on the way. bash, fish and elvish run the script for
//! real and ask for the candidates after `pbctl <command> -` for every command of the tree;
//! for zsh, PowerShell and elvish the reference to the global flags is also expanded back
//! (and zsh's merged arms written once per pattern again) and the script must then hold
//! exactly clap_complete's lines; zsh parses the zsh script.

use crate::common::repo_root;
use pbctl::commands::completion::{Shell, generate, static_file_name};
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Every command path of the tree (`["record", "list"]`, …) with every visible flag clap
/// accepts there (its own and the global ones), as `--long` and `-s`.
fn commands_and_flags() -> BTreeMap<Vec<String>, BTreeSet<String>> {
    fn walk(
        cmd: &clap::Command,
        path: &mut Vec<String>,
        out: &mut BTreeMap<Vec<String>, BTreeSet<String>>,
    ) {
        let mut flags = BTreeSet::new();
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            for long in arg.get_long_and_visible_aliases().unwrap_or_default() {
                flags.insert(format!("--{long}"));
            }
            for short in arg.get_short_and_visible_aliases().unwrap_or_default() {
                flags.insert(format!("-{short}"));
            }
        }
        out.insert(path.clone(), flags);
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut cmd = pbctl::cli::command();
    cmd.build();
    let mut out = BTreeMap::new();
    walk(&cmd, &mut Vec::new(), &mut out);
    out
}

fn script(shell: Shell) -> std::path::PathBuf {
    repo_root()
        .join("completions")
        .join(static_file_name(shell))
}

/// Runs `program` with `script` on stdin; its stdout has one line per command:
/// the command path, a tab, the candidates separated by spaces.
fn candidates_per_command(program: &str, script: String) -> BTreeMap<String, BTreeSet<String>> {
    candidates_from(Command::new(program), program, script)
}

/// [`candidates_per_command`] with `cmd` (its stdin gets the script).
fn candidates_from(
    mut cmd: Command,
    program: &str,
    script: String,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut child = cmd
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("{program} is needed for this test (scripts/test.sh installs it): {e}")
        });
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("write the script");
    let out = child.wait_with_output().expect("run the shell");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "{program}: {stderr}"
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(path, cands)| {
            (
                path.to_string(),
                cands.split_whitespace().map(str::to_string).collect(),
            )
        })
        .collect()
}

fn assert_every_flag_offered(
    shell: &str,
    expected: &BTreeMap<Vec<String>, BTreeSet<String>>,
    got: &BTreeMap<String, BTreeSet<String>>,
    keep: impl Fn(&str) -> bool,
) {
    assert!(expected.len() > 50, "{} commands", expected.len());
    for (path, flags) in expected {
        let key = path.join(" ");
        let offered = got
            .get(&key)
            .unwrap_or_else(|| panic!("{shell}: no answer for `pbctl {key}`"));
        let missing: Vec<&String> = flags
            .iter()
            .filter(|f| keep(f) && !offered.contains(*f))
            .collect();
        assert!(
            missing.is_empty(),
            "{shell}: `pbctl {key} -<TAB>` does not offer {missing:?}; it offers {offered:?}"
        );
    }
}

#[test]
fn static_bash_script_offers_every_flag_of_every_command() {
    let expected = commands_and_flags();
    let mut sh = format!(
        "source {}\n\
         comp() {{ COMP_WORDS=(pbctl \"$@\"); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); COMPREPLY=();\n\
           _pbctl pbctl \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; }}\n",
        script(Shell::Bash).display()
    );
    for path in expected.keys() {
        let words: Vec<String> = path.iter().map(|w| format!("'{w}'")).collect();
        sh.push_str(&format!(
            "comp {} -; printf '%s\\t%s\\n' '{}' \"${{COMPREPLY[*]}}\"\n",
            words.join(" "),
            path.join(" ")
        ));
    }
    // Values of global flags, after a command and at the top.
    sh.push_str("comp record list --output ''; printf 'output\\t%s\\n' \"${COMPREPLY[*]}\"\n");
    sh.push_str("comp jwt user add --color ''; printf 'color\\t%s\\n' \"${COMPREPLY[*]}\"\n");
    sh.push_str("comp ''; printf 'top\\t%s\\n' \"${COMPREPLY[*]}\"\n");
    let got = candidates_per_command("bash", sh);
    assert_every_flag_offered("bash", &expected, &got, |_| true);
    let formats: BTreeSet<String> = ["table", "wide", "json", "yaml", "jsonl", "name"]
        .map(String::from)
        .into();
    assert_eq!(got["output"], formats);
    assert_eq!(
        got["color"],
        ["always", "auto", "never"].map(String::from).into()
    );
    assert!(got["top"].contains("record") && got["top"].contains("--context"));
}

/// The long flags fish offers after `pbctl <command> --`, for every command, with `script`.
fn fish_candidates(
    script: &std::path::Path,
    commands: &BTreeMap<Vec<String>, BTreeSet<String>>,
) -> BTreeMap<String, BTreeSet<String>> {
    let mut sh = format!("source {}\n", script.display());
    for path in commands.keys() {
        let line = std::iter::once("pbctl")
            .chain(path.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        sh.push_str(&format!(
            "printf '%s\\t%s\\n' '{}' (string join -- ' ' (complete -C '{line} --' | string replace -r '\\t.*' ''))\n",
            path.join(" ")
        ));
    }
    candidates_per_command("fish", sh)
}

#[test]
fn static_fish_script_offers_every_flag_of_every_command() {
    let expected = commands_and_flags();
    let got = fish_candidates(&script(Shell::Fish), &expected);
    // clap_complete's fish script describes commands two levels deep (`record list`, not
    // `jwt account add`): there every long flag is offered; deeper, at least what
    // clap_complete's own script offers.
    let shallow: BTreeMap<_, _> = expected
        .iter()
        .filter(|(path, _)| path.len() <= 2)
        .map(|(p, f)| (p.clone(), f.clone()))
        .collect();
    assert_every_flag_offered("fish", &shallow, &got, |f| f.starts_with("--"));
    let dir = tempfile::tempdir().expect("tempdir");
    let original = dir.path().join("pbctl.fish");
    std::fs::write(&original, generate(Shell::Fish, pbctl::cli::command())).expect("write");
    let before = fish_candidates(&original, &expected);
    for (command, flags) in &before {
        let missing: Vec<&String> = flags.difference(&got[command]).collect();
        assert!(
            missing.is_empty(),
            "fish: `pbctl {command} --` lost {missing:?}"
        );
    }
}

#[test]
fn static_elvish_script_offers_every_flag_of_every_command() {
    let expected = commands_and_flags();
    // Outside an interactive session elvish has no `edit:` module: the script's completer
    // is kept in a variable instead of registered, and its candidates are put as text.
    let text = std::fs::read_to_string(script(Shell::Elvish)).expect("completions/");
    let register = "set edit:completion:arg-completer[pbctl] = ";
    assert!(text.contains(register));
    let mut sh: String = text
        .replace(register, "var completer = ")
        .lines()
        .map(|l| match l.find("edit:complex-candidate $text") {
            Some(at) => format!("{}put $text", &l[..at]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    sh.push('\n');
    for path in expected.keys() {
        let words: Vec<String> = path.iter().map(|w| format!("'{w}'")).collect();
        sh.push_str(&format!(
            "echo '{}'\"\\t\"(str:join ' ' [($completer pbctl {} '')])\n",
            path.join(" "),
            words.join(" ")
        ));
    }
    // From a file: elvish reading stdin would be an interactive session.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("check.elv");
    std::fs::write(&file, sh).expect("write the script");
    let mut cmd = Command::new("elvish");
    cmd.arg("-norc").arg(&file);
    let got = candidates_from(cmd, "elvish", String::new());
    assert_every_flag_offered("elvish", &expected, &got, |_| true);
}

/// Replace each line equal to `reference` by `lines` (each with `suffix`).
fn expand(text: &str, reference: &str, lines: &[String], suffix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line == reference {
            out.extend(lines.iter().map(|l| format!("{l}{suffix}")));
        } else {
            out.push(line.to_string());
        }
    }
    out
}

/// The lines of `text` between the line `open` and the line `close`, and `text` without them.
fn cut_definition(text: &str, open: &str, close: &str) -> (Vec<String>, String) {
    let start = text.find(&format!("{open}\n")).expect("definition");
    let body_start = start + open.len() + 1;
    let end = body_start
        + text[body_start..]
            .find(&format!("\n{close}\n"))
            .expect("end");
    let body = text[body_start..end].lines().map(str::to_string).collect();
    let rest = format!("{}{}", &text[..start], &text[end + close.len() + 2..]);
    (body, rest)
}

/// zsh: each arm written for several patterns, `(record|rec|r)`, written again once per
/// pattern, as clap_complete writes it. An arm ends at the `;;` of its own `case` level.
fn unmerge_zsh_arms(lines: &[String]) -> Vec<String> {
    let depth = |l: &str| {
        let t = l.trim();
        if t.starts_with("case ") && t.ends_with(" in") {
            1
        } else if t == "esac" {
            -1
        } else {
            0
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        let names = t
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .filter(|n| n.contains('|') && !n.contains(' '));
        let Some(names) = names else {
            out.push(lines[i].clone());
            i += 1;
            continue;
        };
        let mut level = 0;
        let end = (i + 1..lines.len())
            .find(|&j| {
                let found = level == 0 && lines[j].trim() == ";;";
                level += depth(&lines[j]);
                found
            })
            .expect("the arm's ;;");
        let body = unmerge_zsh_arms(&lines[i + 1..=end]);
        let indent = &lines[i][..lines[i].len() - lines[i].trim_start().len()];
        for name in names.split('|') {
            out.push(format!("{indent}({name})"));
            out.extend(body.iter().cloned());
        }
        i = end + 1;
    }
    out
}

fn sorted(lines: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = lines
        .into_iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    v.sort();
    v
}

/// The zsh script parses (`zsh -n`): its merged arms, `(record|rec|r)`, are zsh.
#[test]
fn static_zsh_script_is_valid_zsh() {
    let out = Command::new("zsh")
        .arg("-n")
        .arg(script(Shell::Zsh))
        .output()
        .expect("zsh (scripts/test.sh installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn static_zsh_powershell_and_elvish_scripts_hold_every_line_of_clap_complete() {
    let cases = [
        (
            Shell::Zsh,
            "_pbctl_global_specs=(",
            ")",
            "\"${_pbctl_global_specs[@]}\" \\",
            " \\",
        ),
        (
            Shell::Powershell,
            "    $pbctlGlobalFlags = @(",
            "    )",
            "            $pbctlGlobalFlags",
            "",
        ),
        (
            Shell::Elvish,
            "    fn global-flags {",
            "    }",
            "            global-flags",
            "",
        ),
    ];
    for (shell, open, close, reference, suffix) in cases {
        let compact = std::fs::read_to_string(script(shell)).expect("completions/");
        let original = generate(shell, pbctl::cli::command());
        assert!(
            compact.len() * 2 < original.len(),
            "{shell:?}: {} bytes, clap_complete's {}",
            compact.len(),
            original.len()
        );
        let (globals, rest) = cut_definition(&compact, open, close);
        assert!(globals.len() >= 15, "{shell:?}: {globals:?}");
        let mut expanded = expand(&rest, reference, &globals, suffix);
        if matches!(shell, Shell::Zsh) {
            expanded = unmerge_zsh_arms(&expanded);
        }
        assert_eq!(
            sorted(expanded),
            sorted(original.lines().map(str::to_string)),
            "{shell:?}: the expanded script differs from clap_complete's"
        );
    }
}
