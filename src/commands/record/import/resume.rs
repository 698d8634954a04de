//! Resuming an import: the command that goes on at a given input line, and the guard
//! that, when the import is dropped before it finished (Ctrl-C), says how many rows were
//! imported and prints that command.

use super::{Outcome, RecordImportArgs};
use crate::error::Result;
use crate::human::shell_quote;
use crate::ui::Ui;
use clap::ValueEnum;
use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;

/// The command that resumes this import at `line`.
pub(super) fn resume_command(a: &RecordImportArgs, line: usize) -> String {
    let mut cmd = format!(
        "pbctl record import {} -f {}",
        shell_quote(&a.collection),
        shell_quote(&a.from_file)
    );
    if let Some(v) = a.format.and_then(|f| f.to_possible_value()) {
        cmd.push_str(&format!(" --format {}", v.get_name()));
    }
    if a.upsert {
        cmd.push_str(" --upsert");
    }
    cmd.push_str(&format!(" --from-line {line}"));
    cmd
}

/// Reports, when the import is dropped before it finished (Ctrl-C), how many rows were
/// imported and the command that resumes it.
pub(super) struct Interrupted<'a> {
    ui: &'a Ui,
    args: &'a RecordImportArgs,
    /// Rows created or updated so far.
    pub done: Cell<u64>,
    /// The line after the last row read.
    pub next_line: Cell<usize>,
    /// First lines of the chunks read but not yet answered by the server.
    pub pending: RefCell<BTreeSet<usize>>,
    /// Set when the import ended on its own (nothing to report on drop).
    pub finished: Cell<bool>,
}

impl<'a> Interrupted<'a> {
    pub fn new(ui: &'a Ui, args: &'a RecordImportArgs) -> Interrupted<'a> {
        Interrupted {
            ui,
            args,
            done: Cell::new(0),
            next_line: Cell::new(args.from_line.unwrap_or(1).max(1)),
            pending: RefCell::new(BTreeSet::new()),
            finished: Cell::new(args.dry_run),
        }
    }
}

impl Drop for Interrupted<'_> {
    fn drop(&mut self) {
        if self.finished.get() {
            return;
        }
        let first_open = self.pending.borrow().first().copied();
        let resume = first_open.unwrap_or(self.next_line.get());
        let mut text = format!(
            "import interrupted: {} row(s) imported; the rows before line {resume} were all handled.",
            self.done.get()
        );
        if first_open.is_some() {
            text.push_str(" Rows from that line on that were in flight may be in the collection too (--upsert avoids duplicates when rows carry ids).");
        }
        self.ui.notice(format!(
            "{text}\nResume with:\n  {}",
            resume_command(self.args, resume)
        ));
    }
}

/// `fut`, then the chunk is no longer pending.
pub(super) async fn tracked<F: std::future::Future<Output = Result<Outcome>>>(
    guard: &Interrupted<'_>,
    first_line: Option<usize>,
    fut: F,
) -> Result<Outcome> {
    let r = fut.await;
    if let Some(l) = first_line {
        guard.pending.borrow_mut().remove(&l);
    }
    r
}
