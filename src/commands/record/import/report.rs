//! Reporting: failed rows as warnings (the first 20) and in the `--errors` file, the
//! summary, and the error an import that stopped or had failures ends with.

use super::resume::resume_command;
use super::{Failure, Outcome, RecordImportArgs};
use crate::error::{Error, Result};
use crate::human::{count, rate};
use crate::ui::{ItemsProgress, Ui};
use serde_json::{Value, json};
use std::io::{BufWriter, Write};
use std::path::Path;

/// Failed rows shown as warnings; the rest only in the `--errors` file.
const SHOWN: usize = 20;

/// Reports failed rows as they come.
pub(super) struct Reporter<'a> {
    ui: &'a Ui,
    progress: &'a ItemsProgress,
    errors_file: Option<BufWriter<std::fs::File>>,
    shown: usize,
}

impl<'a> Reporter<'a> {
    /// `errors`: the `--errors` file, created new and 0600 (failed rows may hold secrets
    /// such as the passwords of auth records); an existing one only with `--force`.
    pub fn new(
        ui: &'a Ui,
        progress: &'a ItemsProgress,
        errors: Option<&Path>,
        overwrite: crate::fsutil::Overwrite,
    ) -> Result<Reporter<'a>> {
        let errors_file = match errors {
            Some(p) => Some(BufWriter::new(crate::fsutil::create_private(p, overwrite)?)),
            None => None,
        };
        Ok(Reporter {
            ui,
            progress,
            errors_file,
            shown: 0,
        })
    }

    /// Report one failed row and count it in `total`.
    pub fn report(&mut self, f: Failure, total: &mut Outcome) -> Result<()> {
        if self.shown < SHOWN {
            let mut text = format!("line {}: {}", f.line, f.message);
            if let Some(Value::Object(data)) = &f.data {
                let mut e = Error::failed("");
                e.data = Some(Value::Object(data.clone()));
                for l in e.field_errors() {
                    text.push_str(&format!("\n  {l}"));
                }
            }
            self.progress.bar.suspend(|| self.ui.warn(text));
        } else if self.shown == SHOWN {
            self.progress.bar.suspend(|| {
                self.ui
                    .warn("more failed rows are not shown (see --errors FILE)")
            });
        }
        self.shown += 1;
        if let Some(w) = self.errors_file.as_mut() {
            let mut line = json!({"line": f.line, "error": f.message, "data": f.data.clone().unwrap_or(json!({})), "record": f.record.clone().unwrap_or(Value::Null)});
            if let (Some(raw), Some(m)) = (&f.raw, line.as_object_mut()) {
                m.insert("raw".into(), Value::String(raw.clone()));
            }
            writeln!(w, "{line}")?;
        }
        self.progress.add(1);
        total.failures.push(Failure {
            record: None,
            data: None,
            raw: None,
            ..f
        });
        Ok(())
    }

    /// Write out the `--errors` file.
    pub fn flush(&mut self) -> Result<()> {
        if let Some(w) = self.errors_file.as_mut() {
            w.flush()?;
        }
        Ok(())
    }
}

/// The summary of an import as data (what machine formats print) and as the status line
/// a person reads.
pub(super) fn summary(
    a: &RecordImportArgs,
    total: &Outcome,
    valid: u64,
    elapsed: std::time::Duration,
) -> (Value, String) {
    let secs = elapsed.as_secs_f64();
    let done = total.created + total.updated;
    let per_sec = if secs > 0.0 { done as f64 / secs } else { 0.0 };
    let failed = total.failures.len() as u64;
    if a.dry_run {
        (
            json!({"dryRun": true, "valid": valid, "invalid": failed}),
            format!("Dry run: {valid} valid row(s), {failed} invalid; nothing was sent."),
        )
    } else {
        (
            json!({"created": total.created, "updated": total.updated, "failed": failed,
                   "seconds": (secs * 1000.0).round() / 1000.0, "recordsPerSecond": per_sec.round()}),
            format!(
                "Imported into {}: {} created, {} updated, {} failed in {secs:.1}s ({}).",
                a.collection,
                count(total.created),
                count(total.updated),
                count(failed),
                rate(done, secs, "records")
            ),
        )
    }
}

/// How the reading ended, for the final error.
pub(super) struct End {
    /// Reading stopped at a failure (`--on-error stop`).
    pub stopped: bool,
    /// The first input line not sent: an import resumed there goes on.
    pub resume_line: usize,
    /// Some row carried an id.
    pub rows_have_ids: bool,
}

/// The error an import ends with: it stopped at a failed row (with the command that
/// resumes it), or some rows failed; `None` when every row was imported.
pub(super) fn final_error(a: &RecordImportArgs, total: &Outcome, end: &End) -> Option<Error> {
    let failed = total.failures.len() as u64;
    let input_failed = total.failures.iter().any(|f| f.input);
    let resume_line = end.resume_line;
    if a.dry_run {
        return (failed > 0).then(|| {
            // Exit 1 as an import that skips them ends.
            Error::failed(format!(
                "dry run: {failed} invalid row(s); nothing was sent"
            ))
            .hint(match &a.errors {
                Some(p) => format!("they are listed above and in {}", p.display()),
                None => "they are listed above (--errors FILE keeps them)".to_string(),
            })
        });
    }
    if end.stopped && failed > 0 {
        let first = total.failures.first().map(|f| f.line).unwrap_or(0);
        let what = if input_failed {
            "malformed input"
        } else {
            "a row was refused"
        };
        let e = if input_failed {
            Error::usage(format!("import stopped at line {first}: {what}"))
        } else {
            Error::failed(format!("import stopped at line {first}: {what}"))
        };
        let resume = resume_command(a, resume_line);
        let only_last = failed == 1 && first + 1 == resume_line;
        let mut hint = if only_last {
            format!(
                "the rows before line {first} were imported and nothing after it was read; fix line {first} and resume with `{}`",
                resume_command(a, first)
            )
        } else {
            let whereto = match &a.errors {
                Some(p) => format!("listed above and in {}", p.display()),
                None => "listed above (--errors FILE keeps them)".to_string(),
            };
            format!(
                "the other rows before line {resume_line} were imported; the {failed} failed row(s) are {whereto}: fix and import them, then go on with `{resume}`"
            )
        };
        if end.rows_have_ids && !a.upsert {
            hint.push_str("\n(the rows carry ids: adding --upsert makes a re-run update rather than duplicate)");
        }
        hint.push_str(
            "\nor use --on-error skip to import the valid rows and collect the failed ones",
        );
        return Some(hint.split('\n').fold(e, |e, h| e.hint(h)));
    }
    if failed > 0 {
        let mut e = Error::failed(format!("{failed} row(s) failed"));
        if let Some(p) = &a.errors {
            e = e.hint(format!("the failed rows are in {}", p.display()));
        }
        return Some(e);
    }
    None
}
