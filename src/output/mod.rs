//! The output layer: commands return an [`Output`] (data, and how the run ends); the
//! [`Printer`] alone renders it for every `-o` format and `--jq`, and hands out the
//! [`DataWriter`] that streaming commands (exports, watch, downloads to stdout) write
//! through. Nothing else writes to stdout.
//!
//! A command never decides where its bytes go: the printer writes to the process's
//! stdout, or to a capture buffer ([`Sink::Buffer`]) when a caller runs the same command
//! for several contexts and prints each result later.

mod jq;
mod printer;
mod rawjson;
pub mod stream;
mod table;

pub use printer::{DataWriter, Printer};
pub use stream::{ListWriter, StreamFormat};

use crate::error::{Error, Result};
pub use crate::ui::Sink;
use crate::ui::Ui;
use serde_json::Value;

/// `-o` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Wide,
    Json,
    Yaml,
    Jsonl,
    Name,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format> {
        <Format as clap::ValueEnum>::from_str(s, true).map_err(|_| {
            Error::usage(format!("invalid output format {s:?}"))
                .hint("use one of: table, wide, json, yaml, jsonl, name")
        })
    }

    /// The name as written after `-o`.
    pub fn name(self) -> String {
        clap::ValueEnum::to_possible_value(&self)
            .map(|v| v.get_name().to_string())
            .unwrap_or_default()
    }

    /// Formats whose errors are also reported as a JSON object on stderr.
    pub fn is_machine(self) -> bool {
        matches!(self, Format::Json | Format::Yaml | Format::Jsonl)
    }
}

/// A table column: a header and the (dotted) key it shows.
#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub key: String,
    /// Shown only with `-o wide`.
    pub wide: bool,
    /// How a number in this column is shown in tables.
    pub number: NumberFormat,
}

/// How tables show the whole numbers of a column ([`crate::human`]); other values, and
/// every value in machine formats, are shown as they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumberFormat {
    /// As the server wrote it (ids, ports, limits where -1 means unlimited).
    #[default]
    Plain,
    /// A count with thousands separators: `53,000`.
    Count,
    /// Bytes, 1024-based: `1.5 MiB`.
    Size,
}

impl Column {
    pub fn new(header: &str, key: &str) -> Column {
        Column {
            header: header.to_string(),
            key: key.to_string(),
            wide: false,
            number: NumberFormat::Plain,
        }
    }
    pub fn wide(header: &str, key: &str) -> Column {
        Column {
            wide: true,
            ..Column::new(header, key)
        }
    }
    /// Whole numbers of this column are counts (`53,000`).
    pub fn count(mut self) -> Column {
        self.number = NumberFormat::Count;
        self
    }
    /// Whole numbers of this column are sizes in bytes (`1.5 MiB`).
    pub fn size(mut self) -> Column {
        self.number = NumberFormat::Size;
        self
    }
}

/// What a command produced.
#[derive(Debug, Clone)]
pub enum Output {
    /// Nothing for stdout (the command reported on stderr).
    Empty,
    /// Text printed exactly as is, whatever the format: scripts, tokens, raw bodies.
    Text(String),
    /// A document the command already rendered in the format its user chose (`collection
    /// export` to stdout): written byte for byte, whatever `-o` and `--jq` say.
    Raw(String),
    /// Structured data: a JSON array is a list, anything else a single item.
    Data(Data),
    /// A change was made: in table format the message is a status line on stderr and
    /// stdout stays empty; machine formats and `--jq` get the data.
    Done { message: String, data: Data },
    /// A JSON document shown as JSON in table format too (`pbctl api`).
    Document(Value),
    /// Output, then a failure: the output is printed as usual, then the error decides
    /// the exit code (and is reported unless it is quiet). Diffs that found differences,
    /// partial failures, a validation report with problems.
    Failed { output: Box<Output>, error: Error },
}

#[derive(Debug, Clone)]
pub struct Data {
    pub value: Value,
    /// Table columns. Empty: a single object renders as FIELD/VALUE lines.
    pub columns: Vec<Column>,
    /// The key that `-o name` prints.
    pub name_key: String,
}

impl Output {
    pub fn list(value: Value, columns: Vec<Column>, name_key: &str) -> Output {
        Output::Data(Data {
            value,
            columns,
            name_key: name_key.into(),
        })
    }

    /// A single object shown as FIELD/VALUE lines in table format.
    pub fn object(value: Value, name_key: &str) -> Output {
        Output::Data(Data {
            value,
            columns: Vec::new(),
            name_key: name_key.into(),
        })
    }

    pub fn done(message: impl Into<String>, value: Value, name_key: &str) -> Output {
        Output::Done {
            message: message.into(),
            data: Data {
                value,
                columns: Vec::new(),
                name_key: name_key.into(),
            },
        }
    }

    /// Print this output, then fail with `error` (its exit code; its message unless the
    /// error is quiet).
    pub fn then_fail(self, error: Error) -> Output {
        Output::Failed {
            output: Box::new(self),
            error,
        }
    }

    /// The exit code this output ends the run with (0 unless [`Output::Failed`]).
    pub fn exit_code(&self) -> u8 {
        match self {
            Output::Failed { error, .. } => error.exit_code(),
            _ => 0,
        }
    }
}

/// How to render: the format, an optional jq filter, and the terminal facts.
pub struct Renderer<'a> {
    pub format: Format,
    pub jq: Option<&'a str>,
    pub raw: bool,
    pub ui: &'a Ui,
}

impl Renderer<'_> {
    /// Whether the output is for people (a table or text) rather than data for a
    /// program: `table` or `wide`, without `--jq`. The one place this is decided.
    pub fn is_human(&self) -> bool {
        self.jq.is_none() && matches!(self.format, Format::Table | Format::Wide)
    }

    /// Render `output` to a string (what [`Printer::print`] writes). For
    /// [`Output::Failed`], the output before the failure.
    pub fn render(&self, output: &Output) -> Result<String> {
        let document;
        let data = match output {
            Output::Empty => return Ok(String::new()),
            Output::Failed { output, .. } => return self.render(output),
            Output::Raw(text) => return Ok(text.clone()),
            Output::Text(text) => {
                // Machine formats still get a parseable document: the text as a string.
                return Ok(match (self.jq, self.format) {
                    (None, Format::Json | Format::Jsonl) => {
                        format!("{}\n", serde_json::to_string(text.trim_end_matches('\n'))?)
                    }
                    (None, Format::Yaml) => crate::yaml::to_string(&text.trim_end_matches('\n'))?,
                    // A raw server body (`pbctl api` of a non-JSON answer) on a terminal:
                    // no escape sequences; piped, the exact bytes.
                    _ if self.is_human() && self.ui.stdout_tty => {
                        crate::ui::sanitize(text).into_owned()
                    }
                    _ => text.clone(),
                });
            }
            Output::Data(data) => data,
            Output::Done { message, data } => {
                if self.is_human() {
                    self.ui.status(message);
                    return Ok(String::new());
                }
                data
            }
            Output::Document(value) => {
                // A bare count (`record count`): on a terminal a person reads it
                // (`20,000`); piped, `$(pbctl record count …)` gets the digits alone.
                if let Some(n) = value.as_u64()
                    && self.is_human()
                    && self.ui.stdout_tty
                {
                    return Ok(format!("{}\n", crate::human::count(n)));
                }
                if self.is_human() {
                    let text = serde_json::to_string_pretty(value)?;
                    return Ok(format!("{}\n", crate::ui::sanitize(&text)));
                }
                document = Data {
                    value: value.clone(),
                    columns: Vec::new(),
                    name_key: "id".into(),
                };
                &document
            }
        };
        if let Some(filter) = self.jq {
            return jq::run(filter, &data.value, self.raw);
        }
        Ok(match self.format {
            Format::Json => {
                let mut s = serde_json::to_string_pretty(&data.value)?;
                s.push('\n');
                s
            }
            Format::Jsonl => match &data.value {
                Value::Array(items) => {
                    let mut s = String::new();
                    for item in items {
                        s.push_str(&serde_json::to_string(item)?);
                        s.push('\n');
                    }
                    s
                }
                other => format!("{}\n", serde_json::to_string(other)?),
            },
            Format::Yaml => crate::yaml::to_string(&data.value)?,
            Format::Name => {
                let items: Vec<&Value> = match &data.value {
                    Value::Array(items) => items.iter().collect(),
                    other => vec![other],
                };
                let mut s = String::new();
                for item in items {
                    let name = lookup(item, &data.name_key)
                        .map(cell_text)
                        .unwrap_or_default();
                    s.push_str(&crate::ui::sanitize(&name));
                    s.push('\n');
                }
                s
            }
            Format::Table | Format::Wide => {
                // An empty list: nothing on stdout (not even the headers), a note on stderr,
                // as kubectl does.
                if !data.columns.is_empty() && data.value.as_array().is_some_and(Vec::is_empty) {
                    self.ui.status("No resources found.");
                    return Ok(String::new());
                }
                table::render(data, self.format == Format::Wide, self.ui)
            }
        })
    }
}

/// Look up a dotted key (`auth.user`) in an object.
pub fn lookup<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    let mut current = value;
    for part in key.split('.') {
        current = current.get(part)?;
    }
    Some(current)
}

/// A value as a table shows it: [`cell_text`], with timestamps in one form
/// (`2026-12-05 23:24:17 UTC`, see [`crate::human::time`]) and whole numbers as `number`
/// says. Only tables use this; every other format keeps the values as they are.
pub fn table_text(value: &Value, number: NumberFormat) -> String {
    match (value, number) {
        (Value::Number(n), NumberFormat::Count) if n.as_u64().is_some() => {
            crate::human::count(n.as_u64().unwrap_or_default())
        }
        (Value::Number(n), NumberFormat::Size) if n.as_u64().is_some() => {
            crate::human::size(n.as_u64().unwrap_or_default())
        }
        (Value::String(s), _) => crate::human::time(s).unwrap_or_else(|| s.clone()),
        _ => cell_text(value),
    }
}

/// A value as text: strings bare, null empty, everything else compact JSON.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn renderer(format: Format) -> (Ui, Format) {
        (Ui::default(), format)
    }

    fn render(format: Format, out: &Output) -> String {
        let (ui, format) = renderer(format);
        Renderer {
            format,
            jq: None,
            raw: false,
            ui: &ui,
        }
        .render(out)
        .unwrap()
    }

    fn sample() -> Output {
        Output::list(
            json!([{"name": "a", "url": "http://a"}, {"name": "b", "url": "http://b"}]),
            vec![Column::new("NAME", "name"), Column::wide("URL", "url")],
            "name",
        )
    }

    #[test]
    fn json_keeps_key_order_and_does_not_escape_html() {
        let out = Output::object(json!({"z": 1, "a": "<b>&"}), "z");
        assert_eq!(
            render(Format::Json, &out),
            "{\n  \"z\": 1,\n  \"a\": \"<b>&\"\n}\n"
        );
    }

    #[test]
    fn empty_list_is_an_empty_array() {
        let out = Output::list(json!([]), vec![], "name");
        assert_eq!(render(Format::Json, &out), "[]\n");
        assert_eq!(render(Format::Jsonl, &out), "");
    }

    #[test]
    fn jsonl_and_name() {
        assert_eq!(
            render(Format::Jsonl, &sample()),
            "{\"name\":\"a\",\"url\":\"http://a\"}\n{\"name\":\"b\",\"url\":\"http://b\"}\n"
        );
        assert_eq!(render(Format::Name, &sample()), "a\nb\n");
    }

    #[test]
    fn table_hides_wide_columns() {
        let table = render(Format::Table, &sample());
        assert!(table.contains("NAME") && !table.contains("URL"), "{table}");
        let wide = render(Format::Wide, &sample());
        assert!(wide.contains("URL") && wide.contains("http://b"), "{wide}");
    }

    #[test]
    fn jq_prints_one_value_per_line() {
        let ui = Ui::default();
        let r = Renderer {
            format: Format::Table,
            jq: Some(".[].name"),
            raw: false,
            ui: &ui,
        };
        assert_eq!(r.render(&sample()).unwrap(), "\"a\"\n\"b\"\n");
        let r = Renderer { raw: true, ..r };
        assert_eq!(r.render(&sample()).unwrap(), "a\nb\n");
    }
}
