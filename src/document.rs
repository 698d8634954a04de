//! Reading a JSON or YAML document from `-f FILE` or `-` (stdin): JSON when it starts
//! with `{` or `[`, YAML otherwise, with errors that name the source and the line.

use crate::error::{Error, Result};
use serde_json::Value;

/// The document and the name to use in messages (`stdin` or the path).
pub fn read(source: &str) -> Result<(Value, String)> {
    let text = if source == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut crate::ui::data_stdin()?, &mut s)?;
        s
    } else {
        std::fs::read_to_string(source)
            .map_err(|e| Error::usage(format!("cannot read {source}: {e}")))?
    };
    let name = if source == "-" { "stdin" } else { source }.to_string();
    let trimmed = text.trim_start();
    let value = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        serde_json::from_str(&text).map_err(|e| {
            Error::usage(format!(
                "{name}: invalid JSON at line {} column {}: {e}",
                e.line(),
                e.column()
            ))
        })?
    } else {
        crate::yaml::from_str(&text).map_err(|e| e.context(format!("{name}: invalid YAML")))?
    };
    Ok((value, name))
}
