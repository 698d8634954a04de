//! The generated CLI reference (`docs/cli-reference.md`) and man pages (`man/`), built
//! from the clap definitions so they cannot drift (a test compares them with the files).

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

/// The man pages: `(file name, roff text)` for `pbctl` and every visible subcommand
/// (`pbctl-record-list.1`, as git names its pages), section 1.
pub fn man_pages() -> Vec<(String, String)> {
    fn walk(cmd: &clap::Command, out: &mut Vec<(String, String)>) {
        let man = clap_mangen::Man::new(cmd.clone())
            .source(concat!("pbctl ", env!("CARGO_PKG_VERSION")))
            .manual("pbctl manual");
        let mut buf = Vec::new();
        // Rendering into memory cannot fail.
        let _ = man.render(&mut buf);
        out.push((
            man.get_filename(),
            String::from_utf8_lossy(&buf).into_owned(),
        ));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out);
        }
    }
    let mut cmd = crate::cli::command();
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut out);
    out
}
