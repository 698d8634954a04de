//! Reading the input: the file or stdin, its format (JSON lines, a JSON array or CSV),
//! and each row checked against the schema before anything is sent.

use super::{Failure, RecordImportArgs};
use crate::commands::record::DataFormat;
use crate::commands::record::input::{Csv, JsonArray, JsonLines, Row, RowError};
use crate::commands::record::schema::{self, Schema};
use crate::error::{Error, Result};
use crate::ui::CountingReader;
use serde_json::{Map, Value, json};
use std::io::{BufRead, BufReader};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

/// A regular file's size and the bytes read from it so far (for a progress bar by bytes).
pub(super) type InputSize = (u64, Arc<AtomicU64>);

/// The rows of `--from-file` (or stdin), in the format of `--format`, else the file's
/// extension, except that input starting with `[` is a JSON array; with a file, its size
/// and a counter of the bytes read.
pub(super) fn open(
    a: &RecordImportArgs,
    schema: Option<Schema>,
) -> Result<(Box<dyn Iterator<Item = Row>>, Option<InputSize>)> {
    let mut size = None;
    let mut input: Box<dyn BufRead> = if a.from_file == "-" {
        Box::new(BufReader::new(crate::ui::data_stdin()?))
    } else {
        let file = std::fs::File::open(&a.from_file)
            .map_err(|e| Error::usage(format!("cannot read {}: {e}", a.from_file)))?;
        let len = file
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len());
        let counting = CountingReader::new(file);
        size = len.map(|n| (n, counting.count.clone()));
        Box::new(BufReader::with_capacity(1 << 16, counting))
    };
    let format = match a.format {
        Some(f) => f,
        None => {
            let starts_array = input
                .fill_buf()
                .map(|b| b.iter().find(|c| !c.is_ascii_whitespace()) == Some(&b'['))
                .unwrap_or(false);
            match DataFormat::guess(Some(&a.from_file)) {
                DataFormat::Jsonl if starts_array => DataFormat::Json,
                other => other,
            }
        }
    };
    let name = if a.from_file == "-" {
        "stdin".to_string()
    } else {
        a.from_file.clone()
    };
    let input_error =
        |line: usize, e: RowError| Error::usage(format!("{name}: line {line}: {}", e.message));
    let rows: Box<dyn Iterator<Item = Row>> = match format {
        DataFormat::Jsonl => Box::new(JsonLines::new(input)),
        DataFormat::Json => {
            let mut text = String::new();
            input
                .read_to_string(&mut text)
                .map_err(|e| Error::usage(format!("cannot read {name}: {e}")))?;
            Box::new(JsonArray::new(text).map_err(|(line, m)| input_error(line, RowError::new(m)))?)
        }
        DataFormat::Csv => Box::new(Csv::new(input, schema).map_err(|(l, e)| input_error(l, e))?),
    };
    Ok((rows, size))
}

/// Whether a row carries a non-empty `id` (then `--upsert` avoids duplicates on a re-run).
pub(super) fn has_id(row: &Row) -> bool {
    row.record.as_ref().is_ok_and(|b| {
        b.get("id")
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
    })
}

/// The record body of a row, without the read-only keys, checked against the schema; or
/// the failure to report: malformed input, or a value the schema refuses.
pub(super) fn check(
    row: Row,
    schema: Option<&Schema>,
) -> std::result::Result<Map<String, Value>, Box<Failure>> {
    let mut body = match row.record {
        Ok(b) => b,
        Err(e) => {
            // A cell of the wrong type is a refused row; anything else is malformed input.
            let raw = e.raw;
            let (message, data, input) = match e.field {
                Some(f) => {
                    let detail = e
                        .message
                        .strip_prefix(&format!("{f}: "))
                        .unwrap_or(&e.message)
                        .to_string();
                    (
                        format!("invalid value for {f}"),
                        Some(json!({f: {"code": "invalid_value", "message": detail}})),
                        false,
                    )
                }
                None => (e.message, None, true),
            };
            return Err(Box::new(Failure {
                line: row.line,
                message,
                data,
                record: None,
                input,
                raw,
            }));
        }
    };
    for k in schema::META_KEYS {
        body.remove(*k);
    }
    if let Some(s) = schema {
        let problems = s.validate(&body);
        if !problems.is_empty() {
            let fields: Vec<&str> = problems.iter().map(|p| p.0.as_str()).collect();
            let mut data = Map::new();
            for (f, m) in &problems {
                data.insert(f.clone(), json!({"code": "invalid_value", "message": m}));
            }
            return Err(Box::new(Failure {
                line: row.line,
                message: format!("invalid value for {}", fields.join(", ")),
                data: Some(Value::Object(data)),
                record: Some(Value::Object(body)),
                input: false,
                raw: None,
            }));
        }
    }
    Ok(body)
}
