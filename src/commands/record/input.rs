//! Readers for `record import`: JSON lines, a JSON array, and CSV (header row; cells
//! typed by the collection schema). Every row carries the input line it starts on, and
//! a malformed row is an error for that row only.

use super::schema::Schema;
use serde_json::{Map, Value};
use std::io::BufRead;

/// A problem with one input row.
#[derive(Debug, Clone)]
pub struct RowError {
    pub message: String,
    /// The field the problem is about, when there is one.
    pub field: Option<String>,
    /// The input text of a malformed row, kept so it can be fixed and imported again.
    pub raw: Option<String>,
}

impl RowError {
    pub fn new(message: impl Into<String>) -> RowError {
        RowError {
            message: message.into(),
            field: None,
            raw: None,
        }
    }

    fn with_raw(mut self, raw: &str) -> RowError {
        self.raw = Some(raw.to_string());
        self
    }
}

pub struct Row {
    pub line: usize,
    pub record: Result<Map<String, Value>, RowError>,
}

fn object(value: Value) -> Result<Map<String, Value>, RowError> {
    match value {
        Value::Object(m) => Ok(m),
        other => Err(RowError::new(format!(
            "expected a JSON object, got {}",
            match other {
                Value::Array(_) => "a list",
                Value::String(_) => "a string",
                Value::Number(_) => "a number",
                Value::Bool(_) => "a boolean",
                _ => "null",
            }
        ))),
    }
}

/// JSON lines: one object per line; blank lines are skipped.
pub struct JsonLines<R> {
    input: R,
    line: usize,
    buf: Vec<u8>,
}

impl<R: BufRead> JsonLines<R> {
    pub fn new(input: R) -> Self {
        JsonLines {
            input,
            line: 0,
            buf: Vec::new(),
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Row;
    fn next(&mut self) -> Option<Row> {
        loop {
            self.buf.clear();
            match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.line += 1;
                    let row = Row {
                        line: self.line,
                        record: Err(RowError::new(format!("cannot read: {e}"))),
                    };
                    return Some(row);
                }
            }
            self.line += 1;
            let text = match std::str::from_utf8(&self.buf) {
                Ok(t) => t.trim(),
                Err(_) => {
                    return Some(Row {
                        line: self.line,
                        record: Err(RowError::new("not valid UTF-8")
                            .with_raw(String::from_utf8_lossy(&self.buf).trim())),
                    });
                }
            };
            if text.is_empty() {
                continue;
            }
            let record = serde_json::from_str::<Value>(text)
                .map_err(|e| RowError::new(format!("invalid JSON (column {}): {e}", e.column())))
                .and_then(object)
                .map_err(|e| e.with_raw(text));
            return Some(Row {
                line: self.line,
                record,
            });
        }
    }
}

/// A JSON array of objects (read whole; the array form cannot be streamed line by line).
pub struct JsonArray {
    text: String,
    pos: usize,
    line: usize,
    counted_to: usize,
    done: bool,
    /// An error found after an element, returned after that element.
    pending: Option<Row>,
}

impl JsonArray {
    /// Fails (with the line) when the text is not an array.
    pub fn new(text: String) -> Result<JsonArray, (usize, String)> {
        let start = text.len() - text.trim_start().len();
        if !text[start..].starts_with('[') {
            let line = text[..start].matches('\n').count() + 1;
            return Err((line, "expected a JSON array of objects".into()));
        }
        Ok(JsonArray {
            pos: start + 1,
            line: 1,
            counted_to: 0,
            done: false,
            pending: None,
            text,
        })
    }

    fn line_at(&mut self, pos: usize) -> usize {
        self.line += self.text[self.counted_to..pos].matches('\n').count();
        self.counted_to = pos;
        self.line
    }

    fn skip_ws(&mut self) {
        let rest = &self.text[self.pos..];
        self.pos += rest.len() - rest.trim_start().len();
    }
}

impl Iterator for JsonArray {
    type Item = Row;
    fn next(&mut self) -> Option<Row> {
        if let Some(row) = self.pending.take() {
            return Some(row);
        }
        if self.done {
            return None;
        }
        self.skip_ws();
        if self.text[self.pos..].starts_with(']') {
            self.done = true;
            return None;
        }
        let start = self.pos;
        let line = self.line_at(start);
        let mut stream =
            serde_json::Deserializer::from_str(&self.text[start..]).into_iter::<Value>();
        let result = stream.next();
        let consumed = stream.byte_offset();
        let record = match result {
            Some(Ok(v)) => object(v),
            Some(Err(e)) => {
                self.done = true;
                let err_line = line + e.line().saturating_sub(1);
                return Some(Row {
                    line: err_line,
                    record: Err(RowError::new(format!(
                        "invalid JSON (column {}): {e}",
                        e.column()
                    ))),
                });
            }
            None => {
                self.done = true;
                return Some(Row {
                    line,
                    record: Err(RowError::new("unterminated JSON array")),
                });
            }
        };
        self.pos = start + consumed;
        self.skip_ws();
        if self.text[self.pos..].starts_with(',') {
            self.pos += 1;
        } else if !self.text[self.pos..].starts_with(']') {
            self.done = true;
            let err_line = self.line_at(self.pos);
            self.pending = Some(Row {
                line: err_line,
                record: Err(RowError::new("expected , or ] after an array element")),
            });
        }
        Some(Row { line, record })
    }
}

/// CSV (RFC 4180): a header row of field names, quoted cells may span lines. Cells are
/// typed by the schema; an empty cell of a non-text field is left out.
pub struct Csv<R> {
    input: R,
    line: usize,
    header: Vec<String>,
    schema: Option<Schema>,
}

impl<R: BufRead> Csv<R> {
    /// Reads the header. Unknown columns are refused at once (every row would fail).
    pub fn new(input: R, schema: Option<Schema>) -> Result<Csv<R>, (usize, RowError)> {
        let mut csv = Csv {
            input,
            line: 0,
            header: Vec::new(),
            schema,
        };
        match csv.record() {
            None => Err((1, RowError::new("empty CSV: no header row"))),
            Some((line, Err(e))) => Err((line, e)),
            Some((line, Ok(header))) => {
                let header: Vec<String> =
                    header.into_iter().map(|h| h.trim().to_string()).collect();
                if let Some(schema) = &csv.schema {
                    for h in &header {
                        let known = super::schema::META_KEYS.contains(&h.as_str())
                            || schema.has_field(h)
                            || (schema.kind == "auth" && h == "passwordConfirm");
                        if !known {
                            return Err((
                                line,
                                RowError {
                                    message: format!(
                                        "CSV header: unknown field {h:?} in collection {}",
                                        schema.name
                                    ),
                                    field: Some(h.clone()),
                                    raw: None,
                                },
                            ));
                        }
                    }
                }
                // One pass with a set: a header of a million columns is checked in
                // linear time.
                let mut seen = std::collections::HashSet::with_capacity(header.len());
                if let Some(dup) = header.iter().find(|h| !seen.insert(h.as_str())) {
                    return Err((
                        line,
                        RowError::new(format!("CSV header: column {dup:?} appears twice")),
                    ));
                }
                csv.header = header;
                Ok(csv)
            }
        }
    }

    /// The next record's cells and the line it starts on.
    fn record(&mut self) -> Option<(usize, Result<Vec<String>, RowError>)> {
        let mut cells = Vec::new();
        let mut cell = String::new();
        let mut in_quotes = false;
        let mut quoted = false;
        let mut start = 0;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let n = match self.input.read_until(b'\n', &mut buf) {
                Ok(n) => n,
                Err(e) => {
                    return Some((
                        self.line + 1,
                        Err(RowError::new(format!("cannot read: {e}"))),
                    ));
                }
            };
            if n == 0 {
                if start == 0 {
                    return None;
                }
                if in_quotes {
                    return Some((start, Err(RowError::new("unterminated quoted cell"))));
                }
                cells.push(std::mem::take(&mut cell));
                return Some((start, Ok(cells)));
            }
            self.line += 1;
            let Ok(text) = std::str::from_utf8(&buf) else {
                return Some((self.line, Err(RowError::new("not valid UTF-8"))));
            };
            if start == 0 {
                if text.trim().is_empty() {
                    continue;
                }
                start = self.line;
            }
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                if in_quotes {
                    if c == '"' {
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            cell.push('"');
                        } else {
                            in_quotes = false;
                        }
                    } else {
                        cell.push(c);
                    }
                    continue;
                }
                match c {
                    '"' if cell.is_empty() && !quoted => {
                        in_quotes = true;
                        quoted = true;
                    }
                    '"' => {
                        return Some((
                            start,
                            Err(RowError::new(format!(
                                "column {}: stray quote in an unquoted cell",
                                cells.len() + 1
                            ))),
                        ));
                    }
                    ',' => {
                        cells.push(std::mem::take(&mut cell));
                        quoted = false;
                    }
                    '\r' if chars.peek() == Some(&'\n') => {}
                    '\n' => {
                        cells.push(std::mem::take(&mut cell));
                        return Some((start, Ok(cells)));
                    }
                    other => {
                        if quoted {
                            return Some((
                                start,
                                Err(RowError::new(format!(
                                    "column {}: text after a closing quote",
                                    cells.len() + 1
                                ))),
                            ));
                        }
                        cell.push(other);
                    }
                }
            }
        }
    }
}

/// Cells written back as one CSV record (RFC 4180 quoting), for `--errors` files.
fn csv_line(cells: &[String]) -> String {
    cells
        .iter()
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

impl<R: BufRead> Iterator for Csv<R> {
    type Item = Row;
    fn next(&mut self) -> Option<Row> {
        let (line, cells) = self.record()?;
        let cells = match cells {
            Ok(c) => c,
            Err(e) => {
                return Some(Row {
                    line,
                    record: Err(e),
                });
            }
        };
        if cells.len() != self.header.len() {
            return Some(Row {
                line,
                record: Err(RowError::new(format!(
                    "{} columns, but the header has {}",
                    cells.len(),
                    self.header.len()
                ))
                .with_raw(&csv_line(&cells))),
            });
        }
        let raw_line = csv_line(&cells);
        let mut record = Map::new();
        for (key, raw) in self.header.iter().zip(cells) {
            if super::schema::META_KEYS.contains(&key.as_str()) {
                continue;
            }
            match &self.schema {
                Some(schema) => match schema.coerce(key, &raw, true) {
                    Ok(Some(v)) => {
                        record.insert(key.clone(), v);
                    }
                    Ok(None) => {}
                    Err(problem) => {
                        return Some(Row {
                            line,
                            record: Err(RowError {
                                message: format!("{key}: {problem}"),
                                field: Some(key.clone()),
                                raw: Some(raw_line),
                            }),
                        });
                    }
                },
                None => {
                    if !raw.is_empty() {
                        record.insert(key.clone(), Value::String(raw));
                    }
                }
            }
        }
        Some(Row {
            line,
            record: Ok(record),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lines(rows: impl Iterator<Item = Row>) -> Vec<(usize, Result<Value, String>)> {
        rows.map(|r| (r.line, r.record.map(Value::Object).map_err(|e| e.message)))
            .collect()
    }

    #[test]
    fn json_lines_number_every_line() {
        let input = "{\"a\":1}\n\n{bad\n[1]\n{\"b\":\"x\"}";
        let got = lines(JsonLines::new(input.as_bytes()));
        assert_eq!(got.len(), 4);
        assert_eq!(got[0], (1, Ok(json!({"a": 1}))));
        assert_eq!(got[1].0, 3);
        assert!(got[1].1.as_ref().unwrap_err().contains("invalid JSON"));
        assert_eq!(got[2].0, 4);
        assert!(got[2].1.is_err());
        assert_eq!(got[3], (5, Ok(json!({"b": "x"}))));
    }

    #[test]
    fn json_array_elements_know_their_line() {
        let input = "[\n  {\"a\": 1},\n  {\"a\":\n 2},\n  3\n]\n".to_string();
        let got = lines(JsonArray::new(input).unwrap());
        assert_eq!(got.len(), 3);
        assert_eq!(got[0], (2, Ok(json!({"a": 1}))));
        assert_eq!(got[1], (3, Ok(json!({"a": 2}))));
        assert_eq!(got[2].0, 5);
        assert!(JsonArray::new("{}".into()).is_err());
        let got = lines(JsonArray::new("[{\"a\":1} {\"a\":2}]".into()).unwrap());
        assert!(got[1].1.is_err());
        assert_eq!(lines(JsonArray::new("[]".into()).unwrap()).len(), 0);
    }

    #[test]
    fn csv_quotes_multiline_cells_and_column_counts() {
        let schema = Schema::from_json(&json!({"name": "p", "type": "base", "fields": [
            {"name": "title", "type": "text"}, {"name": "views", "type": "number"},
            {"name": "tags", "type": "select", "maxSelect": 2, "values": ["a", "b"]}]}));
        let input = "title,views,tags\r\n\"x, \"\"y\"\"\",3,\"[\"\"a\"\"]\"\r\n\"l1\nl2\",,a\r\nonly,2\r\nz,abc,b\r\n";
        let got = lines(Csv::new(input.as_bytes(), Some(schema.clone())).unwrap());
        assert_eq!(
            got[0],
            (
                2,
                Ok(json!({"title": "x, \"y\"", "views": 3, "tags": ["a"]}))
            )
        );
        assert_eq!(got[1], (3, Ok(json!({"title": "l1\nl2", "tags": ["a"]}))));
        assert_eq!(got[2].0, 5);
        assert!(got[2].1.as_ref().unwrap_err().contains("2 columns"));
        assert_eq!(got[3].0, 6);
        assert!(got[3].1.as_ref().unwrap_err().contains("views"));
        assert!(Csv::new("title,nope\n".as_bytes(), Some(schema)).is_err());
        let got = lines(Csv::new("a\n\"unterminated\n".as_bytes(), None).unwrap());
        assert!(got[0].1.is_err());
    }

    #[test]
    fn duplicate_csv_columns_are_found_in_a_huge_header() {
        // 300,000 columns, the duplicate last: a pairwise check would compare 4.5e10 pairs.
        let mut header: Vec<String> = (0..300_000).map(|i| format!("c{i}")).collect();
        header.push("c7".into());
        let text = format!("{}\n", header.join(","));
        let Err((line, e)) = Csv::new(text.as_bytes(), None) else {
            panic!("the duplicate column was not found");
        };
        assert_eq!(line, 1);
        assert!(e.message.contains("\"c7\" appears twice"), "{}", e.message);
        assert!(Csv::new("a,b,c\n".as_bytes(), None).is_ok());
    }

    proptest::proptest! {
        /// Part of the fuzzing group (see `src/fuzz.rs`): the CSV and JSON-lines readers
        /// on arbitrary input never panic, and what `csv_line` writes reads back as is.
        #[test]
        fn fuzz_csv_reader_round_trips_and_never_panics(
            cells in proptest::collection::vec("[^\u{0}]{1,12}", 3),
            junk in proptest::prelude::any::<String>(),
        ) {
            let text = format!("a,b,c\n{}\n", csv_line(&cells));
            let got = lines(Csv::new(text.as_bytes(), None).expect("header"));
            proptest::prop_assert_eq!(got.len(), 1);
            let rec = got[0].1.clone().expect("the record reads back");
            for (k, cell) in ["a", "b", "c"].iter().zip(&cells) {
                proptest::prop_assert_eq!(&rec[*k], &Value::String(cell.clone()));
            }
            if let Ok(csv) = Csv::new(junk.as_bytes(), None) {
                let _ = lines(csv);
            }
            let _ = lines(JsonLines::new(junk.as_bytes()));
        }
    }
}
