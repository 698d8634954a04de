//! The report of a fleet run, contexts in name order: one table with a CONTEXT column,
//! or an array of `{"context", "ok", "result"|"error"|"skipped"}` for the machine
//! formats and `--jq`, or `CONTEXT/NAME` lines; the summary line; the exit code.
//!
//! Each context's result goes through the same renderer as a single run: the `result`
//! of a context is what `pbctl --context C ... -o json` prints, parsed back.

use crate::error::{Error, Result};
use crate::output::{Column, Format, Output, Renderer};
use crate::ui::Ui;
use serde_json::{Map, Value, json};

/// How one context's run ended.
#[derive(Debug)]
pub enum Outcome {
    Ok(Output),
    /// The error, and what the command printed before it failed (a diff that found
    /// differences, a partial result), if anything.
    Failed(Error, Option<Output>),
    /// `--fail-fast` started it no more.
    Skipped,
    /// Ctrl-C came while it ran (or before it started).
    Interrupted,
}

impl Outcome {
    pub fn is_ok(&self) -> bool {
        matches!(self, Outcome::Ok(_))
    }

    fn exit_code(&self) -> u8 {
        match self {
            Outcome::Ok(_) => 0,
            Outcome::Failed(e, _) => e.exit_code(),
            Outcome::Skipped => 0,
            Outcome::Interrupted => 130,
        }
    }
}

/// The rule: 0 when every context succeeded; when every failed context failed with the
/// same code, that code; otherwise 1. Skipped contexts do not count; an interrupted run
/// is 130.
pub fn exit_code(outcomes: &[(String, Outcome)]) -> u8 {
    if outcomes
        .iter()
        .any(|(_, o)| matches!(o, Outcome::Interrupted))
    {
        return 130;
    }
    let mut codes = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Failed(..)))
        .map(|(_, o)| o.exit_code());
    match codes.next() {
        None => 0,
        Some(first) if codes.all(|c| c == first) => first,
        Some(_) => 1,
    }
}

/// `N contexts: X ok[, D differ], Y failed[, Z skipped][, W interrupted]`. A context
/// whose `diff` found differences (exit 1, the documented result, no error line) is
/// counted as differing, not as failed: in a drift check "1 failed" sent readers looking
/// for an error that was never printed.
pub fn summary(outcomes: &[(String, Outcome)]) -> String {
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|(_, o)| f(o)).count();
    let ok = count(Outcome::is_ok);
    let differ = count(|o| matches!(o, Outcome::Failed(e, Some(_)) if e.quiet));
    let failed = count(|o| matches!(o, Outcome::Failed(..))) - differ;
    let skipped = count(|o| matches!(o, Outcome::Skipped));
    let interrupted = count(|o| matches!(o, Outcome::Interrupted));
    let mut s = format!(
        "{} context{}: {ok} ok",
        outcomes.len(),
        if outcomes.len() == 1 { "" } else { "s" }
    );
    if differ > 0 {
        s.push_str(&format!(", {differ} differ"));
    }
    s.push_str(&format!(", {failed} failed"));
    if skipped > 0 {
        s.push_str(&format!(", {skipped} skipped"));
    }
    if interrupted > 0 {
        s.push_str(&format!(", {interrupted} interrupted"));
    }
    s
}

/// What a single run prints with `-o json`, as a value (`null` when it prints nothing).
pub fn json_result(output: &Output, ui: &Ui) -> Result<Value> {
    let text = Renderer {
        format: Format::Json,
        jq: None,
        raw: false,
        ui,
    }
    .render(output)?;
    if text.trim().is_empty() {
        return Ok(Value::Null);
    }
    match output {
        // A document rendered by the command itself (YAML, say) is kept as text.
        Output::Raw(_) => Ok(serde_json::from_str(&text).unwrap_or(Value::String(text))),
        _ => Ok(serde_json::from_str(&text)?),
    }
}

/// The `{"context", "ok", ...}` object of one context.
pub fn envelope(context: &str, outcome: &Outcome, ui: &Ui) -> Result<Value> {
    Ok(match outcome {
        Outcome::Ok(output) => {
            json!({"context": context, "ok": true, "result": json_result(output, ui)?})
        }
        Outcome::Failed(e, output) => {
            let mut item = json!({"context": context, "ok": false});
            if let Some(output) = output {
                item["result"] = json_result(output, ui)?;
            }
            item["error"] = json!({
                "message": e.message,
                "status": e.status,
                "exitCode": e.exit_code(),
                "hint": if e.hints.is_empty() { Value::Null } else { Value::String(e.hints.join("\n")) },
            });
            item
        }
        Outcome::Skipped => json!({"context": context, "ok": false, "skipped": true}),
        Outcome::Interrupted => json!({
            "context": context,
            "ok": false,
            "error": {"message": "interrupted", "status": null, "exitCode": 130, "hint": null},
        }),
    })
}

/// The whole report for stdout.
pub fn render(
    outcomes: &[(String, Outcome)],
    format: Format,
    jq: Option<&str>,
    raw: bool,
    ui: &Ui,
) -> Result<String> {
    if jq.is_some() || format.is_machine() {
        let items = outcomes
            .iter()
            .map(|(c, o)| envelope(c, o, ui))
            .collect::<Result<Vec<_>>>()?;
        let renderer = Renderer {
            format: if format == Format::Jsonl && jq.is_none() {
                Format::Jsonl
            } else {
                format
            },
            jq,
            raw,
            ui,
        };
        return renderer.render(&Output::list(Value::Array(items), Vec::new(), "context"));
    }
    if format == Format::Name {
        let mut out = String::new();
        for (context, outcome) in outcomes {
            if let Outcome::Ok(output) | Outcome::Failed(_, Some(output)) = outcome {
                let text = Renderer {
                    format,
                    jq: None,
                    raw,
                    ui,
                }
                .render(output)?;
                for line in text.lines().filter(|l| !l.is_empty()) {
                    out.push_str(&format!("{context}/{line}\n"));
                }
            }
        }
        return Ok(out);
    }
    table(outcomes, format == Format::Wide, ui)
}

/// The key that holds a row's context: not a valid PocketBase field name, so it cannot
/// clash with the data.
const CONTEXT_KEY: &str = "@context";

/// `table`/`wide`: the rows of every list with a CONTEXT column first; one row per
/// context for commands that print one object, with its top-level keys as columns.
fn table(outcomes: &[(String, Outcome)], wide: bool, ui: &Ui) -> Result<String> {
    let mut list_rows = Vec::new();
    let mut list_columns: Option<Vec<Column>> = None;
    let mut object_rows = Vec::new();
    let mut object_keys: Vec<String> = Vec::new();
    for (context, outcome) in outcomes {
        let (Outcome::Ok(output) | Outcome::Failed(_, Some(output))) = outcome else {
            continue;
        };
        let (value, columns) = match output {
            Output::Empty | Output::Done { .. } | Output::Failed { .. } => continue,
            Output::Text(text) | Output::Raw(text) => {
                (json!({"output": text.trim_end_matches('\n')}), Vec::new())
            }
            Output::Data(data) => (data.value.clone(), data.columns.clone()),
            Output::Document(value) => (value.clone(), Vec::new()),
        };
        match value {
            Value::Array(items) => {
                if list_columns.is_none() {
                    list_columns = Some(if columns.is_empty() {
                        keys_of(&items)
                    } else {
                        columns
                    });
                }
                for item in items {
                    list_rows.push(with_context(context, item));
                }
            }
            Value::Object(map) => {
                // A `context` key (health, backup restore...) is the CONTEXT column already.
                for key in map.keys().filter(|k| header(k) != "CONTEXT") {
                    if !object_keys.contains(key) {
                        object_keys.push(key.clone());
                    }
                }
                object_rows.push(with_context(context, Value::Object(map)));
            }
            other => object_rows.push(with_context(context, json!({"value": other}))),
        }
    }
    if object_rows.iter().any(|r| r.get("value").is_some())
        && !object_keys.contains(&"value".into())
    {
        object_keys.push("value".into());
    }
    let format = if wide { Format::Wide } else { Format::Table };
    let renderer = Renderer {
        format,
        jq: None,
        raw: false,
        ui,
    };
    let mut out = String::new();
    if let Some(columns) = list_columns {
        let mut all = vec![Column::new("CONTEXT", CONTEXT_KEY)];
        all.extend(columns);
        out.push_str(&renderer.render(&Output::list(Value::Array(list_rows), all, CONTEXT_KEY))?);
    }
    if !object_rows.is_empty() {
        let mut all = vec![Column::new("CONTEXT", CONTEXT_KEY)];
        all.extend(object_keys.iter().map(|k| Column::new(&header(k), k)));
        out.push_str(&renderer.render(&Output::list(
            Value::Array(object_rows),
            all,
            CONTEXT_KEY,
        ))?);
    }
    Ok(out)
}

fn with_context(context: &str, item: Value) -> Value {
    let mut map = Map::new();
    map.insert(CONTEXT_KEY.into(), Value::String(context.into()));
    match item {
        Value::Object(fields) => map.extend(fields),
        other => {
            map.insert("value".into(), other);
        }
    }
    Value::Object(map)
}

/// Columns for a list without declared ones: the keys of its items, in order.
fn keys_of(items: &[Value]) -> Vec<Column> {
    let mut keys: Vec<String> = Vec::new();
    for item in items {
        match item {
            Value::Object(map) => {
                for k in map.keys() {
                    if !keys.contains(k) {
                        keys.push(k.clone());
                    }
                }
            }
            _ => {
                if !keys.iter().any(|k| k == "value") {
                    keys.push("value".into());
                }
            }
        }
    }
    keys.iter().map(|k| Column::new(&header(k), k)).collect()
}

/// A column header from a JSON key: `latencyMs` → `LATENCY-MS`, `can_backup` →
/// `CAN-BACKUP`.
fn header(key: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in key.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push('-');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(if c == '_' {
            '-'
        } else {
            c.to_ascii_uppercase()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failed(code: u8) -> Outcome {
        Outcome::Failed(
            match code {
                3 => Error::not_found("x"),
                4 => Error::auth("x"),
                5 => Error::unavailable("x"),
                _ => Error::failed("x"),
            },
            None,
        )
    }

    fn run(outcomes: Vec<Outcome>) -> Vec<(String, Outcome)> {
        outcomes
            .into_iter()
            .enumerate()
            .map(|(i, o)| (format!("c{i}"), o))
            .collect()
    }

    #[test]
    fn the_exit_code_rule() {
        let ok = || Outcome::Ok(Output::Empty);
        assert_eq!(exit_code(&run(vec![ok(), ok()])), 0);
        assert_eq!(exit_code(&run(vec![ok(), failed(5), ok()])), 5);
        assert_eq!(exit_code(&run(vec![failed(5), failed(5), ok()])), 5);
        assert_eq!(exit_code(&run(vec![failed(5), failed(4), ok()])), 1);
        assert_eq!(exit_code(&run(vec![failed(3), Outcome::Skipped])), 3);
        assert_eq!(exit_code(&run(vec![ok(), Outcome::Interrupted])), 130);
    }

    #[test]
    fn summary_line() {
        let ok = || Outcome::Ok(Output::Empty);
        assert_eq!(
            summary(&run(vec![ok(), ok()])),
            "2 contexts: 2 ok, 0 failed"
        );
        assert_eq!(
            summary(&run(vec![failed(1), Outcome::Skipped, Outcome::Skipped])),
            "3 contexts: 0 ok, 1 failed, 2 skipped"
        );
        assert_eq!(summary(&run(vec![ok()])), "1 context: 1 ok, 0 failed");
        let mut drift = Error::failed("the server differs");
        drift.quiet = true;
        let differs = Outcome::Failed(drift, Some(Output::Empty));
        assert_eq!(
            summary(&run(vec![ok(), differs, failed(5)])),
            "3 contexts: 1 ok, 1 differ, 1 failed"
        );
    }

    #[test]
    fn headers() {
        assert_eq!(header("latencyMs"), "LATENCY-MS");
        assert_eq!(header("canBackup"), "CAN-BACKUP");
        assert_eq!(header("url"), "URL");
        assert_eq!(header("can_backup"), "CAN-BACKUP");
    }

    #[test]
    fn one_object_per_context_becomes_one_row() {
        let ui = Ui::default();
        let outcomes = vec![
            (
                "a".to_string(),
                Outcome::Ok(Output::object(
                    json!({"version": "0.40.6", "canBackup": true}),
                    "version",
                )),
            ),
            ("b".to_string(), failed(5)),
            (
                "c".to_string(),
                Outcome::Ok(Output::object(
                    json!({"version": "0.40.6", "canBackup": false}),
                    "version",
                )),
            ),
        ];
        let text = render(&outcomes, Format::Table, None, false, &ui).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[0].starts_with("CONTEXT") && lines[0].contains("CAN-BACKUP"),
            "{text}"
        );
        assert!(
            lines[1].starts_with("a ") && lines[1].contains("true"),
            "{text}"
        );
        assert!(
            lines[2].starts_with("c ") && lines[2].contains("false"),
            "{text}"
        );
    }

    #[test]
    fn machine_formats_wrap_each_context() {
        let ui = Ui::default();
        let outcomes = vec![
            (
                "a".to_string(),
                Outcome::Ok(Output::list(json!([{"id": "1"}]), vec![], "id")),
            ),
            ("b".to_string(), failed(4)),
            ("c".to_string(), Outcome::Skipped),
        ];
        let text = render(&outcomes, Format::Json, None, false, &ui).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            v,
            json!([
                {"context": "a", "ok": true, "result": [{"id": "1"}]},
                {"context": "b", "ok": false, "error": {"message": "x", "status": null, "exitCode": 4, "hint": null}},
                {"context": "c", "ok": false, "skipped": true},
            ])
        );
        let lines = render(&outcomes, Format::Jsonl, None, false, &ui).unwrap();
        assert_eq!(lines.lines().count(), 3);
        let names = render(&outcomes, Format::Name, None, false, &ui).unwrap();
        assert_eq!(names, "a/1\n");
        let jq = render(
            &outcomes,
            Format::Table,
            Some(".[] | select(.ok) | .context"),
            true,
            &ui,
        )
        .unwrap();
        assert_eq!(jq, "a\n");
    }
}
