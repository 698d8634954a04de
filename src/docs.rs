//! The generated CLI reference (`docs/cli-reference.md`), built from the clap
//! definitions so it cannot drift (a test compares it with the file).

pub fn cli_reference() -> String {
    let mut cmd = crate::cli::command();
    cmd.build();
    let mut out = String::from(
        "# pbctl CLI reference\n\nGenerated from the command definitions; do not edit. Regenerate with\n`scripts/generate.sh`.\n\n",
    );
    walk(&mut cmd, "pbctl", &mut out);
    out
}

fn walk(cmd: &mut clap::Command, path: &str, out: &mut String) {
    out.push_str(&format!("## `{path}`\n\n```text\n"));
    let help = cmd.render_long_help().to_string();
    for line in help.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("```\n\n");
    let names: Vec<String> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        if let Some(sub) = cmd.find_subcommand_mut(&name) {
            walk(sub, &format!("{path} {name}"), out);
        }
    }
}
