//! The printer: the one owner of stdout. It knows the output settings of the run (`-o`,
//! `--jq`, `--raw`), renders an [`Output`], and hands streaming commands a
//! [`DataWriter`]. Where the bytes go is its [`Sink`]: the process's stdout, or a buffer.

use super::{Format, ListWriter, Output, Renderer, StreamFormat};
use crate::error::Result;
use crate::ui::{Sink, Ui};
use std::io::{BufWriter, StdoutLock, Write};

/// Renders command output and owns stdout. Built once per run from the resolved flags.
#[derive(Debug, Clone)]
pub struct Printer {
    format: Format,
    jq: Option<String>,
    raw: bool,
    /// Terminal facts for tables (width, colors) and the status line of [`Output::Done`].
    ui: Ui,
    sink: Sink,
}

impl Printer {
    /// A printer to the process's stdout.
    pub fn new(format: Format, jq: Option<String>, raw: bool, ui: Ui) -> Printer {
        Printer {
            format,
            jq,
            raw,
            ui,
            sink: Sink::Stdio,
        }
    }

    /// The same printer, writing to `sink` instead (and reporting through `ui`).
    pub fn with_sink(self, sink: Sink, ui: Ui) -> Printer {
        Printer { sink, ui, ..self }
    }

    /// The `-o` format in effect (flag, environment, context, preference, else table).
    pub fn format(&self) -> Format {
        self.format
    }

    pub fn jq(&self) -> Option<&str> {
        self.jq.as_deref()
    }

    /// Output for a person: a table (`-o table|wide`) and no `--jq`. Commands add
    /// human-only helpers (sizes, markers) and hints only then.
    pub fn is_human(&self) -> bool {
        self.renderer().is_human()
    }

    /// Output for a program: `-o json|yaml|jsonl`, or any `--jq`. Such runs get summaries
    /// as data and plain objects without table helpers.
    pub fn is_machine(&self) -> bool {
        self.format.is_machine() || self.jq.is_some()
    }

    pub fn renderer(&self) -> Renderer<'_> {
        Renderer {
            format: self.format,
            jq: self.jq.as_deref(),
            raw: self.raw,
            ui: &self.ui,
        }
    }

    /// `output` as the text [`Printer::print`] writes.
    pub fn render(&self, output: &Output) -> Result<String> {
        self.renderer().render(output)
    }

    /// Write `output`. For [`Output::Failed`], the output is written and its error
    /// returned, so that the caller reports it and exits with its code.
    pub fn print(&self, output: &Output) -> Result<()> {
        let text = self.render(output)?;
        let mut out = self.stream();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        match output {
            Output::Failed { error, .. } => Err(error.clone()),
            _ => Ok(()),
        }
    }

    /// A buffered writer to stdout (or the capture buffer) for data that is written as it
    /// arrives. Flush it to show what was written; dropping it flushes too.
    pub fn stream(&self) -> DataWriter {
        DataWriter(match &self.sink {
            Sink::Stdio => {
                Inner::Stdout(BufWriter::with_capacity(1 << 16, std::io::stdout().lock()))
            }
            buffer => Inner::Buffer(buffer.clone()),
        })
    }

    /// A list writer in the streaming form of `-o` (`json`, `jsonl`, `name`), or `None`
    /// when the list must be rendered whole (tables, YAML, `--jq`).
    pub fn stream_list(&self, name_key: &str) -> Result<Option<ListWriter<DataWriter>>> {
        match StreamFormat::for_output(self.format, self.jq.as_deref(), name_key) {
            Some(format) => Ok(Some(ListWriter::new(self.stream(), format)?)),
            None => Ok(None),
        }
    }
}

/// Where streamed data goes; see [`Printer::stream`].
pub struct DataWriter(Inner);

enum Inner {
    Stdout(BufWriter<StdoutLock<'static>>),
    Buffer(Sink),
}

impl Write for DataWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.0 {
            Inner::Stdout(w) => w.write(buf),
            Inner::Buffer(sink) => {
                sink.append(buf);
                Ok(buf.len())
            }
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match &mut self.0 {
            Inner::Stdout(w) => w.write_all(buf),
            Inner::Buffer(sink) => {
                sink.append(buf);
                Ok(())
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.0 {
            Inner::Stdout(w) => w.flush(),
            Inner::Buffer(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use serde_json::json;

    fn captured(format: Format) -> (Printer, Sink) {
        let sink = Sink::buffer();
        let ui = Ui {
            err: Sink::buffer(),
            ..Ui::default()
        };
        let printer = Printer::new(format, None, false, ui.clone()).with_sink(sink.clone(), ui);
        (printer, sink)
    }

    #[test]
    fn a_failed_output_is_printed_then_its_error_returned() {
        let (printer, sink) = captured(Format::Json);
        let out = Output::object(json!({"ok": false}), "ok").then_fail(Error::failed("bad"));
        assert_eq!(out.exit_code(), 1);
        let err = printer.print(&out).unwrap_err();
        assert_eq!(err.message, "bad");
        assert_eq!(
            String::from_utf8(sink.captured()).unwrap(),
            "{\n  \"ok\": false\n}\n"
        );
    }

    #[test]
    fn streams_and_status_lines_go_to_the_sinks() {
        let (printer, sink) = captured(Format::Table);
        let mut w = printer.stream();
        w.write_all(b"raw bytes").unwrap();
        drop(w);
        printer
            .print(&Output::done("Done.", json!({}), "id"))
            .unwrap();
        assert_eq!(sink.captured(), b"raw bytes");
        assert_eq!(printer.ui.err.captured(), b"Done.\n");
        assert!(printer.is_human() && !printer.is_machine());
    }
}
