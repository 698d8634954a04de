//! Streaming lists: items are written as they arrive, in constant memory, for the
//! formats that allow it (`json`, `jsonl`, `name`, and CSV for exports). Tables, YAML and
//! `--jq` need the whole list and go through [`super::Renderer`] instead.

use super::{Format, cell_text, lookup, rawjson};
use crate::error::Result;
use serde_json::Value;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::io::Write;

/// How a streamed list is written.
#[derive(Debug, Clone)]
pub enum StreamFormat {
    /// A pretty JSON array, byte-identical to what the renderer prints for the same list.
    Json,
    /// One compact JSON object per line.
    Jsonl,
    /// One identifier (the value of the name key) per line.
    Name(String),
    /// RFC 4180 CSV with a header row of these (dotted) keys.
    Csv(Vec<String>),
}

impl StreamFormat {
    /// The streaming form of `-o`, or `None` when the list must be buffered (tables,
    /// YAML, `--jq`).
    pub fn for_output(format: Format, jq: Option<&str>, name_key: &str) -> Option<StreamFormat> {
        if jq.is_some() {
            return None;
        }
        match format {
            Format::Json => Some(StreamFormat::Json),
            Format::Jsonl => Some(StreamFormat::Jsonl),
            Format::Name => Some(StreamFormat::Name(name_key.to_string())),
            Format::Table | Format::Wide | Format::Yaml => None,
        }
    }
}

/// Writes a list item by item. Call [`ListWriter::finish`] at the end (it closes a JSON
/// array and flushes).
pub struct ListWriter<W: Write> {
    out: W,
    format: StreamFormat,
    count: u64,
    /// CSV whose columns are all top-level keys: raw items give their cells without
    /// being parsed.
    flat_csv: bool,
}

impl<W: Write> ListWriter<W> {
    pub fn new(out: W, format: StreamFormat) -> Result<ListWriter<W>> {
        let flat_csv = matches!(&format, StreamFormat::Csv(columns) if !columns.iter().any(|c| c.contains('.')));
        let mut w = ListWriter {
            out,
            format,
            count: 0,
            flat_csv,
        };
        if let StreamFormat::Csv(columns) = &w.format {
            let header = csv_row(columns, |c| Ok(Cow::Owned(c.to_string())))?;
            w.out.write_all(header.as_bytes())?;
        }
        Ok(w)
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn item(&mut self, item: &Value) -> Result<()> {
        match &self.format {
            StreamFormat::Json => {
                self.out
                    .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
                let pretty = serde_json::to_string_pretty(item)?;
                let mut first = true;
                for line in pretty.split('\n') {
                    if !first {
                        self.out.write_all(b"\n")?;
                    }
                    first = false;
                    self.out.write_all(b"  ")?;
                    self.out.write_all(line.as_bytes())?;
                }
            }
            StreamFormat::Jsonl => {
                serde_json::to_writer(&mut self.out, item)?;
                self.out.write_all(b"\n")?;
            }
            StreamFormat::Name(key) => {
                let name = lookup(item, key).map(cell_text).unwrap_or_default();
                self.out.write_all(crate::ui::sanitize(&name).as_bytes())?;
                self.out.write_all(b"\n")?;
            }
            StreamFormat::Csv(columns) => {
                let row = csv_row(columns, |c| {
                    Ok(Cow::Owned(
                        lookup(item, c).map(cell_text).unwrap_or_default(),
                    ))
                })?;
                self.out.write_all(row.as_bytes())?;
            }
        }
        self.count += 1;
        Ok(())
    }

    /// An item given as JSON text (e.g. a record exactly as the server sent it), written
    /// without building a value where the format allows (see [`super::rawjson`]): JSON
    /// lines as it is when it is one line (a server's compact JSON, so numbers and
    /// escapes keep the server's spelling); the JSON array re-indented and CSV cells
    /// taken from the object's members, both with the bytes [`ListWriter::item`] writes
    /// for the parsed item. Anything else is parsed and goes through `item`.
    pub fn raw_item(&mut self, item: &RawValue) -> Result<()> {
        let text = item.get();
        match &self.format {
            StreamFormat::Jsonl if memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_none() => {
                self.out.write_all(text.as_bytes())?;
                self.out.write_all(b"\n")?;
            }
            StreamFormat::Json => {
                self.out
                    .write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
                rawjson::write_json(&mut self.out, text, rawjson::Layout::Pretty(1))?;
            }
            StreamFormat::Csv(columns) if self.flat_csv => {
                let Some(members) = rawjson::object_members(item)? else {
                    return self.item(&serde_json::from_str(text)?);
                };
                let row = csv_row(columns, |c| {
                    // The last of equal keys, as a parsed object keeps it.
                    match members.iter().rev().find(|(k, _)| rawjson::key_is(k, c)) {
                        Some((_, value)) => rawjson::cell_text(value),
                        None => Ok(Cow::Borrowed("")),
                    }
                })?;
                self.out.write_all(row.as_bytes())?;
            }
            _ => return self.item(&serde_json::from_str(text)?),
        }
        self.count += 1;
        Ok(())
    }

    /// Flush what was written so far (streams that should show items as they arrive).
    pub fn flush(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }

    pub fn finish(mut self) -> Result<W> {
        if let StreamFormat::Json = self.format {
            self.out
                .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// One CSV row (with its CRLF): the cell `cell` gives for each column, quoted when it
/// holds a comma, a quote, a line break or edge spaces.
fn csv_row<'v>(
    columns: &[String],
    mut cell: impl FnMut(&str) -> Result<Cow<'v, str>>,
) -> Result<String> {
    let mut line = String::new();
    for (i, c) in columns.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        let text = cell(c)?;
        let special = |b: &u8| matches!(b, b',' | b'"' | b'\n' | b'\r');
        if text.as_bytes().iter().any(special) || text.starts_with(' ') || text.ends_with(' ') {
            line.push('"');
            for (i, part) in text.split('"').enumerate() {
                if i > 0 {
                    line.push_str("\"\"");
                }
                line.push_str(part);
            }
            line.push('"');
        } else {
            line.push_str(&text);
        }
    }
    line.push_str("\r\n");
    Ok(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{Output, Renderer};
    use crate::ui::Ui;
    use serde_json::json;

    fn stream(format: StreamFormat, items: &[Value]) -> String {
        let mut w = ListWriter::new(Vec::new(), format).unwrap();
        for item in items {
            w.item(item).unwrap();
        }
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn streamed_json_matches_the_renderer() {
        let items = [
            json!({"id": "a", "n": {"x": [1, 2]}, "s": "l1\nl2"}),
            json!({"id": "b", "e": []}),
        ];
        let ui = Ui::default();
        let r = Renderer {
            format: Format::Json,
            jq: None,
            raw: false,
            ui: &ui,
        };
        for list in [&items[..], &items[..1], &[]] {
            let rendered = r
                .render(&Output::list(Value::Array(list.to_vec()), vec![], "id"))
                .unwrap();
            assert_eq!(stream(StreamFormat::Json, list), rendered);
        }
    }

    #[test]
    fn raw_items_match_parsed_items() {
        let texts = [
            r#"{"id":"a","n":{"x":[1,2]},"s":"l1\nl2 <b>é</b>"}"#,
            r#"{"id":"b","e":[],"t":"x,\"y\""}"#,
        ];
        let raws: Vec<Box<RawValue>> = texts
            .iter()
            .map(|t| RawValue::from_string(t.to_string()).unwrap())
            .collect();
        let values: Vec<Value> = texts
            .iter()
            .map(|t| serde_json::from_str(t).unwrap())
            .collect();
        for format in [
            StreamFormat::Json,
            StreamFormat::Jsonl,
            StreamFormat::Name("id".into()),
            StreamFormat::Csv(vec!["id".into(), "t".into(), "n.x".into()]),
        ] {
            let mut w = ListWriter::new(Vec::new(), format.clone()).unwrap();
            for r in &raws {
                w.raw_item(r).unwrap();
            }
            assert_eq!(w.count(), 2);
            let got = String::from_utf8(w.finish().unwrap()).unwrap();
            assert_eq!(got, stream(format, &values));
        }
        // A pretty-printed item still becomes one line.
        let pretty = RawValue::from_string("{\n  \"id\": \"c\"\n}".into()).unwrap();
        let mut w = ListWriter::new(Vec::new(), StreamFormat::Jsonl).unwrap();
        w.raw_item(&pretty).unwrap();
        assert_eq!(w.finish().unwrap(), b"{\"id\":\"c\"}\n");
    }

    #[test]
    fn raw_csv_cells_match_parsed_items() {
        let texts = [
            r#"{"id":"a","t":null,"n":{"x":[1,2.50]},"k\"ey":"v","d":1,"d":2}"#,
            r#"{"id":"b","t":"x, \"y\"","n":[],"k\u0022ey":" edge ","d":-0.0}"#,
            r#"{ "id" : "c\u003c" , "d" : true }"#,
            r#"[1, 2]"#,
        ];
        let columns: Vec<String> = ["id", "t", "missing", "n", "k\"ey", "d"]
            .map(String::from)
            .to_vec();
        let mut raw = ListWriter::new(Vec::new(), StreamFormat::Csv(columns.clone())).unwrap();
        let mut parsed = ListWriter::new(Vec::new(), StreamFormat::Csv(columns)).unwrap();
        for t in texts {
            raw.raw_item(&RawValue::from_string(t.to_string()).unwrap())
                .unwrap();
            parsed.item(&serde_json::from_str(t).unwrap()).unwrap();
        }
        assert_eq!(raw.count(), 4);
        let raw = String::from_utf8(raw.finish().unwrap()).unwrap();
        assert_eq!(raw, String::from_utf8(parsed.finish().unwrap()).unwrap());
        assert!(raw.contains("a,,,\"{\"\"x\"\":[1,2.5]}\",v,2\r\n"), "{raw}");
    }

    #[test]
    fn jsonl_name_and_csv() {
        let items = vec![
            json!({"id": "a", "t": "x,\"y\""}),
            json!({"id": "b", "t": 3}),
        ];
        assert_eq!(
            stream(StreamFormat::Jsonl, &items),
            "{\"id\":\"a\",\"t\":\"x,\\\"y\\\"\"}\n{\"id\":\"b\",\"t\":3}\n"
        );
        assert_eq!(stream(StreamFormat::Name("id".into()), &items), "a\nb\n");
        assert_eq!(
            stream(StreamFormat::Csv(vec!["id".into(), "t".into()]), &items),
            "id,t\r\na,\"x,\"\"y\"\"\"\r\nb,3\r\n"
        );
    }
}
