//! Smaller static completion scripts. clap_complete writes every global flag (`--context`,
//! `-o`, `--jq`, …) again for each of pbctl's ~300 subcommands, so most of a script is the
//! same dozen lines repeated. Here the global flags are written once per script and each
//! subcommand refers to them (a variable, an array, a function, or in fish an unconditional
//! `complete` line); everything else is clap_complete's own output, unchanged.
//!
//! The inputs are two clap_complete scripts: `full`, for the whole command tree, and
//! `globals`, for a command holding only the global flags (so its flag lines are exactly
//! the lines `full` repeats). When a script does not have the expected shape (a new
//! clap_complete release), the full script is returned as it is: bigger, never wrong.

use std::collections::HashSet;

/// bash: the global flag names go into one variable that each `opts=` list expands, and
/// the values of global flags (`--output <TAB>`) are completed by one `case` before the
/// per-command dispatch. Within a command, flags whose values complete alike share one
/// `case` arm (`--filter|--sort)`).
pub fn bash(full: &str, globals: &str) -> Option<String> {
    let (global_names, global_arms) = bash_globals(globals)?;
    let names: HashSet<&str> = global_names.split(' ').collect();
    let mut out = Vec::new();
    let mut lines = full.lines().peekable();
    let mut dispatch_seen = false;
    while let Some(line) = lines.next() {
        if line == "_pbctl() {" {
            out.push(format!("_pbctl_global_opts=\"{global_names}\""));
            out.push(String::new());
        }
        if line == "    case \"${cmd}\" in" {
            dispatch_seen = true;
            out.push("    case \"${prev}\" in".into());
            for arm in merge_arms(global_arms.clone()) {
                out.extend(arm.into_iter().map(|l| dedent(&l, 8)));
            }
            out.push("    esac".into());
        }
        if let Some(opts) = line
            .strip_prefix("            opts=\"")
            .and_then(|s| s.strip_suffix('"'))
        {
            let own: Vec<&str> = opts.split(' ').filter(|o| !names.contains(o)).collect();
            let has_globals = opts.split(' ').any(|o| names.contains(o));
            let mut list = own.join(" ");
            if has_globals {
                if !list.is_empty() {
                    list.push(' ');
                }
                list.push_str("${_pbctl_global_opts}");
            }
            out.push(format!("            opts=\"{list}\""));
            continue;
        }
        if line == "            case \"${prev}\" in" {
            let mut arms = Vec::new();
            loop {
                let label = lines.next()?;
                if label == "            esac" {
                    break;
                }
                let mut arm = vec![label.to_string()];
                loop {
                    let l = lines.next()?;
                    arm.push(l.to_string());
                    if l == "                    ;;" {
                        break;
                    }
                }
                arms.push(arm);
            }
            let own: Vec<Vec<String>> = arms
                .into_iter()
                .filter(|arm| {
                    let label = arm[0].trim().trim_end_matches(')');
                    // `*)` only empties COMPREPLY, which the line after the case sets again.
                    label != "*" && !global_arms.iter().any(|g| g[0] == arm[0])
                })
                .collect();
            if !own.is_empty() {
                out.push(line.to_string());
                out.extend(merge_arms(own).into_iter().flatten());
                out.push("            esac".into());
            }
            continue;
        }
        out.push(line.to_string());
    }
    dispatch_seen.then(|| out.join("\n") + "\n")
}

/// The global flag names (as in an `opts=` list) and the `case "${prev}"` arms completing
/// their values, from the bash script of the globals-only command.
fn bash_globals(globals: &str) -> Option<(String, Vec<Vec<String>>)> {
    let mut lines = globals.lines().skip_while(|l| *l != "        pbctl)");
    lines.next()?;
    let names = lines
        .next()?
        .strip_prefix("            opts=\"")?
        .strip_suffix('"')?
        .to_string();
    let mut lines = lines.skip_while(|l| *l != "            case \"${prev}\" in");
    lines.next()?;
    let mut arms = Vec::new();
    let mut arm = Vec::new();
    for l in lines {
        if l.trim() == "*)" {
            break;
        }
        arm.push(l.to_string());
        if l == "                    ;;" {
            arms.push(std::mem::take(&mut arm));
        }
    }
    Some((names, arms))
}

/// `case` arms with the same body become one arm with `a|b)` (at the first one's place;
/// the labels are distinct flags, so the order of arms does not matter).
fn merge_arms(arms: Vec<Vec<String>>) -> Vec<Vec<String>> {
    let mut merged: Vec<Vec<String>> = Vec::new();
    for arm in arms {
        if let Some(same) = merged.iter_mut().find(|m| m[1..] == arm[1..]) {
            let head = same[0].trim_end_matches(')').to_string();
            same[0] = format!("{head}|{}", arm[0].trim());
            continue;
        }
        merged.push(arm);
    }
    merged
}

fn dedent(line: &str, n: usize) -> String {
    line.strip_prefix(&" ".repeat(n))
        .unwrap_or(line)
        .to_string()
}

/// The flag lines of the globals-only script: the lines between `start` (exclusive) and
/// the first line for which `end` holds.
fn flag_lines<'a>(
    globals: &'a str,
    start: &str,
    end: impl Fn(&str) -> bool,
) -> Option<Vec<&'a str>> {
    let mut lines = globals.lines().skip_while(|l| l.trim() != start.trim());
    lines.next()?;
    let flags: Vec<&str> = lines.take_while(|l| !end(l)).collect();
    (!flags.is_empty()).then_some(flags)
}

/// Drop every line of `full` that is one of `repeated`, and after each line for which
/// `is_block_start` holds, put `reference`.
fn replace_repeated(
    full: &str,
    repeated: &[&str],
    is_block_start: impl Fn(&str) -> bool,
    reference: &str,
    definition_before: &str,
    definition: &str,
) -> Option<String> {
    let repeated: HashSet<&str> = repeated.iter().copied().collect();
    let mut out = String::with_capacity(full.len() / 3);
    let mut defined = false;
    for line in full.lines() {
        if !defined && line == definition_before {
            out.push_str(definition);
            defined = true;
        }
        if repeated.contains(line) {
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if is_block_start(line) {
            out.push_str(reference);
            out.push('\n');
        }
    }
    defined.then_some(out)
}

/// zsh: the specs of the global flags in one array, expanded into each `_arguments` call.
pub fn zsh(full: &str, globals: &str) -> Option<String> {
    let start = "_arguments \"${_arguments_options[@]}\" : \\";
    let flags = flag_lines(globals, start, |l| l == "&& ret=0")?;
    let mut definition = String::from("_pbctl_global_specs=(\n");
    for f in &flags {
        definition.push_str(f.strip_suffix(" \\")?);
        definition.push('\n');
    }
    definition.push_str(")\n\n");
    let script = replace_repeated(
        full,
        &flags,
        |l| l.trim_start() == start,
        "\"${_pbctl_global_specs[@]}\" \\",
        "_pbctl() {",
        &definition,
    )?;
    let lines: Vec<&str> = script.lines().collect();
    let mut merged = zsh_merge_cases(&lines)?;
    merged.push(String::new());
    Some(merged.join("\n"))
}

/// zsh: in every `case … in … esac`, the arms whose bodies are the same become one arm
/// with all their patterns, `(record|rec|r)`: an alias's arm repeats its command's
/// (clap_complete writes `record`'s ~180 lines again for `rec` and for `r`), and commands
/// with the same arguments have the same arm. clap_complete's indentation does not
/// follow the nesting, so arms are found by the words: `(name)` opens one, the `;;` of
/// its own `case` level closes it. `None` when the script does not have that shape.
fn zsh_merge_cases(lines: &[&str]) -> Option<Vec<String>> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        out.push(line.to_string());
        if zsh_case_depth(line) == 1 {
            let end = zsh_level_end(lines, i + 1, "esac")?;
            out.extend(zsh_merge_arms(&lines[i + 1..end])?);
            out.push(lines[end].to_string());
            i = end;
        }
        i += 1;
    }
    Some(out)
}

/// The arms of one `case` (the lines between `case … in` and `esac`), merged.
fn zsh_merge_arms(lines: &[&str]) -> Option<Vec<String>> {
    // (the label's indentation, the patterns, the merged body with its `;;` line)
    let mut arms: Vec<(&str, Vec<&str>, Vec<String>)> = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        let (indent, name) = zsh_arm_label(line)?;
        let end = zsh_level_end(lines, i + 1, ";;")?;
        let mut body = zsh_merge_cases(&lines[i + 1..end])?;
        body.push(lines[end].to_string());
        match arms.iter_mut().find(|(_, _, b)| *b == body) {
            Some((_, names, _)) => names.push(name),
            None => arms.push((indent, vec![name], body)),
        }
        i = end + 1;
    }
    let mut out = Vec::with_capacity(lines.len());
    for (indent, names, body) in arms {
        out.push(format!("{indent}({})", names.join("|")));
        out.extend(body);
    }
    Some(out)
}

/// The index of the first line from `from` that is `word` at the nesting level of `from`
/// (`case`s opened after it are closed by their own `esac`).
fn zsh_level_end(lines: &[&str], from: usize, word: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, line) in lines.iter().enumerate().skip(from) {
        if depth == 0 && line.trim() == word {
            return Some(i);
        }
        depth += zsh_case_depth(line);
        if depth < 0 {
            return None;
        }
    }
    None
}

/// +1 for a line that opens a `case`, -1 for one that closes it, else 0.
fn zsh_case_depth(line: &str) -> i32 {
    let t = line.trim();
    if t.starts_with("case ") && t.ends_with(" in") {
        1
    } else if t == "esac" {
        -1
    } else {
        0
    }
}

/// `(name)` alone on a line: a `case` arm's pattern (its indentation and the name).
fn zsh_arm_label(line: &str) -> Option<(&str, &str)> {
    let trimmed = line.trim_start();
    let name = trimmed.strip_prefix('(')?.strip_suffix(')')?;
    let word = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.');
    (!name.is_empty() && name.chars().all(word))
        .then(|| (&line[..line.len() - trimmed.len()], name))
}

/// PowerShell: the global candidates in one array, output by each command's block.
pub fn powershell(full: &str, globals: &str) -> Option<String> {
    let flags = flag_lines(globals, "        'pbctl' {", |l| l.trim() == "break")?;
    let mut definition = String::from("    $pbctlGlobalFlags = @(\n");
    for f in &flags {
        definition.push_str(f);
        definition.push('\n');
    }
    definition.push_str("    )\n\n");
    replace_repeated(
        full,
        &flags,
        |l| l.starts_with("        '") && l.ends_with("' {"),
        "            $pbctlGlobalFlags",
        "    $completions = @(switch ($command) {",
        &definition,
    )
}

/// elvish: the global candidates in one function, called by each command's block.
pub fn elvish(full: &str, globals: &str) -> Option<String> {
    let flags = flag_lines(globals, "        &'pbctl'= {", |l| l.trim() == "}")?;
    let mut definition = String::from("    fn global-flags {\n");
    for f in &flags {
        definition.push_str(f.strip_prefix("    ").unwrap_or(f));
        definition.push('\n');
    }
    definition.push_str("    }\n");
    replace_repeated(
        full,
        &flags,
        |l| l.starts_with("        &'") && l.ends_with("'= {"),
        "            global-flags",
        "    var command = 'pbctl'",
        &definition,
    )
}

/// fish: each global flag once, without a condition (fish then offers it after any
/// command), instead of once per command with that command's condition.
pub fn fish(full: &str, globals: &str) -> Option<String> {
    // An entry is a `complete` line and the lines continuing it (a value list spans
    // lines); the text before the first `complete` is one entry too.
    let entries = |script: &str| -> Vec<String> {
        let mut entries: Vec<String> = Vec::new();
        for line in script.lines() {
            match entries.last_mut() {
                Some(last) if !line.starts_with("complete ") => {
                    last.push('\n');
                    last.push_str(line);
                }
                _ => entries.push(line.to_string()),
            }
        }
        entries
    };
    let global: Vec<String> = entries(globals)
        .into_iter()
        .filter(|e| e.starts_with("complete -c pbctl "))
        .collect();
    if global.is_empty()
        || global
            .iter()
            .any(|g| g.starts_with("complete -c pbctl -n "))
    {
        return None;
    }
    let global_set: HashSet<&str> = global.iter().map(String::as_str).collect();
    let mut out = String::with_capacity(full.len() / 2);
    let mut written = false;
    for entry in entries(full) {
        let unconditioned = entry
            .strip_prefix("complete -c pbctl -n \"")
            .and_then(|rest| rest.split_once("\" "))
            .map(|(_, tail)| format!("complete -c pbctl {tail}"));
        if let Some(u) = unconditioned
            && global_set.contains(u.as_str())
        {
            if !written {
                for g in &global {
                    out.push_str(g);
                    out.push('\n');
                }
                written = true;
            }
            continue;
        }
        out.push_str(&entry);
        out.push('\n');
    }
    written.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(script: &str) -> Option<String> {
        let lines: Vec<&str> = script.lines().collect();
        zsh_merge_cases(&lines).map(|l| l.join("\n"))
    }

    #[test]
    fn zsh_arms_with_the_same_body_merge_at_their_own_level() {
        let script = "\
case $a in
(x)
case $b in
    (l)
foo
;;
    (ls)
foo
;;
esac
;;
(y)
case $b in
    (l)
foo
;;
    (ls)
foo
;;
esac
;;
(z)
bar
;;
esac";
        let want = "\
case $a in
(x|y)
case $b in
    (l|ls)
foo
;;
esac
;;
(z)
bar
;;
esac";
        assert_eq!(merged(script).as_deref(), Some(want));
        // Not the expected shape: an arm without its `;;`, a line outside any arm.
        assert_eq!(merged("case $a in\n(x)\nfoo\nesac"), None);
        assert_eq!(merged("case $a in\nfoo\nesac"), None);
    }
}
