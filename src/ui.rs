//! The terminal: which streams are terminals, colors, quiet and verbose levels, prompts,
//! and every line pbctl writes to stderr (status, warnings, diagnostics, errors). Data
//! goes to stdout through [`crate::output`]; everything else goes through here to
//! stderr. Both write to a [`Sink`]: the process's stream, or a buffer that a caller
//! running several commands (one per context) collects and prints in order.

use crate::error::{Error, Result};
use std::io::{BufRead, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// `--color` and the `color` preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn parse(s: &str) -> Result<ColorChoice> {
        <ColorChoice as clap::ValueEnum>::from_str(s, false).map_err(|_| {
            Error::usage(format!("invalid color choice {s:?}"))
                .hint("use one of: auto, always, never")
        })
    }
}

/// Where a stream of pbctl's bytes goes: the process's own stdout/stderr, or a shared
/// buffer (to capture one command's output and print it later, e.g. per context).
#[derive(Debug, Clone, Default)]
pub enum Sink {
    #[default]
    Stdio,
    Buffer(Arc<Mutex<Vec<u8>>>),
}

impl Sink {
    /// A new, empty capture buffer.
    pub fn buffer() -> Sink {
        Sink::Buffer(Arc::default())
    }

    /// What a buffer sink holds (empty for [`Sink::Stdio`]).
    pub fn captured(&self) -> Vec<u8> {
        match self {
            Sink::Stdio => Vec::new(),
            Sink::Buffer(b) => b.lock().map(|b| b.clone()).unwrap_or_default(),
        }
    }

    fn is_stdio(&self) -> bool {
        matches!(self, Sink::Stdio)
    }

    /// Append `bytes` to a buffer sink. `false` for [`Sink::Stdio`] (the caller writes).
    pub(crate) fn append(&self, bytes: &[u8]) -> bool {
        match self {
            Sink::Stdio => false,
            Sink::Buffer(b) => {
                if let Ok(mut b) = b.lock() {
                    b.extend_from_slice(bytes);
                }
                true
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct Ui {
    pub quiet: bool,
    pub verbose: u8,
    pub no_input: bool,
    pub yes: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    pub stdin_tty: bool,
    pub color_stdout: bool,
    pub color_stderr: bool,
    /// Errors are also printed as one JSON object (machine output formats).
    pub json_errors: bool,
    /// Where stderr lines go.
    pub err: Sink,
    /// Fleet mode: `[CONTEXT] ` before every stderr line of one context's run.
    pub prefix: String,
    /// Fleet mode: confirmations go to one question for every selected context.
    pub gate: Option<Arc<ConfirmGate>>,
}

impl Default for Ui {
    fn default() -> Self {
        Ui::new(ColorChoice::Auto, false, 0, false, false)
    }
}

impl Ui {
    /// `color` is the already-resolved choice (flag > env > preferences > auto);
    /// `NO_COLOR` always wins, `CLICOLOR_FORCE` forces colors on non-terminals.
    pub fn new(color: ColorChoice, quiet: bool, verbose: u8, no_input: bool, yes: bool) -> Ui {
        let stdout_tty = std::io::stdout().is_terminal();
        let stderr_tty = std::io::stderr().is_terminal();
        let stdin_tty = std::io::stdin().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let force = std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0");
        let pick = |tty: bool| match color {
            ColorChoice::Never => false,
            ColorChoice::Always => !no_color,
            ColorChoice::Auto => !no_color && (tty || force),
        };
        Ui {
            quiet,
            verbose,
            no_input,
            yes,
            stdout_tty,
            stderr_tty,
            stdin_tty,
            color_stdout: pick(stdout_tty),
            color_stderr: pick(stderr_tty),
            json_errors: false,
            err: Sink::Stdio,
            prefix: String::new(),
            gate: None,
        }
    }

    /// Write to stderr (or the capture buffer) in one piece, with the fleet prefix
    /// before each line.
    fn write_err(&self, text: &str) {
        let prefixed;
        let text = if self.prefix.is_empty() {
            text
        } else {
            prefixed = text
                .split_inclusive('\n')
                .map(|line| format!("{}{line}", self.prefix))
                .collect::<String>();
            &prefixed
        };
        if !self.err.append(text.as_bytes()) {
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
        }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color_stderr {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// A status line (suppressed by `--quiet`).
    pub fn status(&self, message: impl AsRef<str>) {
        if !self.quiet {
            self.write_err(&format!("{}\n", sanitize(message.as_ref())));
        }
    }

    /// A report that `--quiet` does not hide (e.g. what an interrupted import had done
    /// and how to resume it).
    pub fn notice(&self, message: impl AsRef<str>) {
        self.write_err(&format!("{}\n", sanitize(message.as_ref())));
    }

    pub fn warn(&self, message: impl AsRef<str>) {
        self.write_err(&format!(
            "{} {}\n",
            self.paint("1;33", "warning:"),
            sanitize(message.as_ref())
        ));
    }

    /// `-v` and `-vv` diagnostics. The caller has already redacted secrets.
    pub fn debug(&self, level: u8, message: impl AsRef<str>) {
        if self.verbose >= level {
            self.write_err(&format!(
                "{}\n",
                self.paint("2", &sanitize(message.as_ref()))
            ));
        }
    }

    /// An error as one JSON object on a line of its own (what machine formats get after
    /// the human lines; alone after a usage error clap already printed).
    pub fn error_json(&self, err: &Error) {
        self.write_err(&format!("{}\n", err.to_json()));
    }

    /// Print an error: `error: ...`, field errors, hints; plus one JSON object for
    /// machine formats.
    pub fn error(&self, err: &Error) {
        let mut out = String::new();
        out.push_str(&format!(
            "{} {}\n",
            self.paint("1;31", "error:"),
            sanitize(&err.message)
        ));
        for line in err.field_errors() {
            out.push_str(&format!("  {}\n", sanitize(&line)));
        }
        for hint in &err.hints {
            out.push_str(&format!(
                "  {} {}\n",
                self.paint("36", "hint:"),
                sanitize(hint)
            ));
        }
        if self.json_errors {
            out.push_str(&err.to_json().to_string());
            out.push('\n');
        }
        self.write_err(&out);
    }

    /// Prompts are allowed: stdin and stderr are terminals and `--no-input` is off.
    pub fn can_prompt(&self) -> bool {
        !self.no_input && self.stdin_tty && self.stderr_tty
    }

    /// A visible one-line prompt on the terminal.
    pub fn prompt(&self, question: &str) -> Result<String> {
        if !self.can_prompt() {
            return Err(
                Error::usage(format!("cannot ask for {question}: no terminal"))
                    .hint("pass it as a flag or on stdin"),
            );
        }
        eprint!("{}: ", sanitize(question));
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }

    /// A hidden prompt (passwords, OTPs).
    pub fn prompt_secret(&self, question: &str) -> Result<String> {
        if !self.can_prompt() {
            return Err(
                Error::usage(format!("cannot ask for {question}: no terminal")).hint(
                    "pass it on stdin (--password-stdin, --otp-stdin), or PBCTL_PASSWORD in CI",
                ),
            );
        }
        rpassword::prompt_password(format!("{}: ", sanitize(question)))
            .map_err(|e| Error::failed(format!("cannot read {question}: {e}")))
    }

    /// Ask before a destructive action: `--yes` passes, a terminal asks, anything else
    /// refuses with exit 2.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if let Some(gate) = &self.gate {
            return gate.confirm(&self.prefix, question);
        }
        if !self.can_prompt() {
            return Err(
                Error::usage(format!("refusing to {question} without confirmation"))
                    .hint("pass --yes to confirm when there is no terminal"),
            );
        }
        let answer = self.prompt(&format!("{question}? [y/N]"))?;
        if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            Ok(())
        } else {
            Err(Error::failed("cancelled"))
        }
    }

    /// A progress bar on stderr with rate and ETA; hidden when stderr is not a terminal
    /// or with `--quiet`. `len` is the total in bytes (or items with `items = true`).
    pub fn progress(&self, len: Option<u64>, items: bool) -> indicatif::ProgressBar {
        use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
        let bar = match len {
            Some(n) => ProgressBar::new(n),
            None => ProgressBar::new_spinner(),
        };
        if self.quiet || !self.stderr_tty || !self.err.is_stdio() {
            bar.set_draw_target(ProgressDrawTarget::hidden());
            return bar;
        }
        bar.set_draw_target(ProgressDrawTarget::stderr());
        let template = match (len.is_some(), items) {
            (true, false) => {
                "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta} {msg}"
            }
            (true, true) => "{bar:30} {human_pos}/{human_len} {per_sec} eta {eta} {msg}",
            (false, false) => "{spinner} {bytes} {binary_bytes_per_sec} {msg}",
            (false, true) => "{spinner} {human_pos} {per_sec} {msg}",
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar
    }

    /// Progress of items (`noun`: records, users) toward a total of `len` units (bytes
    /// of the input file when `by_bytes`, else items), or a spinner without a total. The
    /// bar shows the percentage and ETA; the message the items done and their rate as
    /// whole numbers, in the format of the final summaries ([`crate::human`]). Hidden like
    /// [`Ui::progress`].
    pub fn items_progress(
        &self,
        len: Option<u64>,
        by_bytes: bool,
        noun: &'static str,
    ) -> ItemsProgress {
        use crate::human;
        use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
        let bar = match len {
            Some(n) => ProgressBar::new(n),
            None => ProgressBar::new_spinner(),
        };
        let progress = ItemsProgress {
            bar: bar.clone(),
            noun,
            started: std::time::Instant::now(),
            done: AtomicU64::new(0),
            last_shown_ms: AtomicU64::new(0),
            bytes: None,
            hidden: self.quiet || !self.stderr_tty || !self.err.is_stdio(),
        };
        if progress.hidden {
            bar.set_draw_target(ProgressDrawTarget::hidden());
            return progress;
        }
        bar.set_draw_target(ProgressDrawTarget::stderr());
        let template = match len {
            Some(_) => "{bar:30} {percent:>3}% of {total}  {msg}  eta {eta}",
            None => "{spinner} {msg}",
        };
        let total = move |state: &ProgressState, w: &mut dyn std::fmt::Write| {
            let len = state.len().unwrap_or(0);
            let text = if by_bytes {
                human::size(len)
            } else {
                format!("{} {noun}", human::count(len))
            };
            let _ = w.write_str(&text);
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.with_key("total", total));
        }
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        progress.show(0);
        progress
    }

    /// Ask the user to type `expected` (e.g. the context name before a restore); `--yes`
    /// passes, no terminal refuses with exit 2.
    pub fn confirm_typed(&self, what: &str, expected: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if let Some(gate) = &self.gate {
            return gate.confirm_typed(&self.prefix, what);
        }
        if !self.can_prompt() {
            return Err(
                Error::usage(format!("refusing to {what} without confirmation"))
                    .hint("pass --yes to confirm when there is no terminal"),
            );
        }
        let answer = self.prompt(&format!("To {what}, type \"{expected}\""))?;
        if answer.trim() == expected {
            Ok(())
        } else {
            Err(Error::failed("cancelled: the answer did not match"))
        }
    }

    /// Terminal width for tables: `COLUMNS`, else 100 when stdout is a terminal of
    /// unknown size; `None` (no limit) when stdout is not a terminal.
    pub fn width(&self) -> Option<u16> {
        if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
            return Some(cols);
        }
        if self.stdout_tty {
            Some(terminal_width().unwrap_or(100))
        } else {
            None
        }
    }
}

#[cfg(unix)]
fn terminal_width() -> Option<u16> {
    // comfy-table knows the terminal size when it renders to a tty.
    comfy_table::Table::new().width()
}

#[cfg(not(unix))]
fn terminal_width() -> Option<u16> {
    None
}

/// Set by a fleet run: every context would race for the same bytes of stdin.
static STDIN_SHARED: AtomicBool = AtomicBool::new(false);

/// From now on, reading a command's input from stdin is a usage error (fleet mode).
pub fn close_data_stdin() {
    STDIN_SHARED.store(true, Ordering::Relaxed);
}

/// Standard input for a command's data (`-f -`, `--password-stdin`, `--input -`): the
/// one way commands read it, so that a fleet run refuses every such read, whatever the
/// flag. (Prompts read the terminal through [`Ui`] and are not affected.)
pub fn data_stdin() -> Result<std::io::Stdin> {
    if STDIN_SHARED.load(Ordering::Relaxed) {
        return Err(Error::usage("a fleet run cannot read its input from stdin")
            .hint("save the input to a file and pass the file: every context reads it"));
    }
    Ok(std::io::stdin())
}

/// The questions of several runs of a command (fleet mode: one run per context).
///
/// A command that always asks (a restore, a prune) asks once, up front, listing every
/// context; that answer holds for every run. A question a run asks only because of what
/// it found (a plan that deletes objects, a field that holds data) is asked by the first
/// run that needs it and holds for every run that asks exactly the same question: a run
/// whose plan differs asks again, so no answer approves what was not shown. Where one run
/// asks to type a name, the gate asks to type the number of runs.
#[derive(Debug)]
pub struct ConfirmGate {
    ui: Ui,
    names: Vec<String>,
    answers: Mutex<Answers>,
}

#[derive(Debug, Default)]
struct Answers {
    upfront: Option<Result<()>>,
    by_question: std::collections::HashMap<String, Result<()>>,
}

impl ConfirmGate {
    /// `ui` asks (without a gate of its own); `names` are listed in the question.
    pub fn new(ui: &Ui, names: &[String]) -> ConfirmGate {
        ConfirmGate {
            ui: Ui {
                gate: None,
                ..ui.clone()
            },
            names: names.to_vec(),
            answers: Mutex::new(Answers::default()),
        }
    }

    /// `3 contexts (a, b, c)`
    pub fn list(&self) -> String {
        format!("{} contexts ({})", self.names.len(), self.names.join(", "))
    }

    /// `question` decided for the whole run before any context starts.
    pub fn confirm_upfront(&self, question: &str, typed: bool) -> Result<()> {
        let mut answers = self.lock()?;
        let given = if typed {
            self.ui.confirm_typed(
                &format!("{question} (and the same on all {})", self.list()),
                &self.names.len().to_string(),
            )
        } else {
            self.ui
                .confirm(&format!("{question} (asked once for all {})", self.list()))
        };
        answers.upfront = Some(given.clone());
        given
    }

    /// A question of the run `asker` (its `[NAME] ` prefix).
    pub fn confirm(&self, asker: &str, question: &str) -> Result<()> {
        self.settle(question, || {
            self.ui.confirm(&format!(
                "{asker}{question} (the answer holds for every context that asks the same)"
            ))
        })
    }

    pub fn confirm_typed(&self, asker: &str, what: &str) -> Result<()> {
        self.settle(what, || {
            self.ui.confirm_typed(
                &format!("{asker}{what} (and the same on every context that asks it)"),
                &self.names.len().to_string(),
            )
        })
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Answers>> {
        self.answers
            .lock()
            .map_err(|_| Error::failed("a confirmation failed"))
    }

    fn settle(&self, question: &str, ask: impl FnOnce() -> Result<()>) -> Result<()> {
        // Held while asking: a second run that needs an answer waits for this one.
        let mut answers = self.lock()?;
        if let Some(given) = &answers.upfront {
            return given.clone();
        }
        if let Some(given) = answers.by_question.get(question) {
            return given.clone();
        }
        let given = ask();
        answers
            .by_question
            .insert(question.to_string(), given.clone());
        given
    }
}

/// Text from servers, records and files made safe for a terminal: control characters
/// (C0 but tab and line feed, DEL, C1) and the bidirectional overrides are shown as
/// `\u{..}` escapes, so that no value can move the cursor, clear the screen, retitle the
/// window or reorder what is shown. Every human output path (status lines, warnings,
/// errors, prompts, progress messages, tables, `-o name`, text results on a terminal)
/// goes through this; machine formats (JSON, YAML, JSON lines, CSV files, `--jq`) and
/// piped text results stay exact.
pub fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A progress bar counting items: see [`Ui::items_progress`].
pub struct ItemsProgress {
    pub bar: indicatif::ProgressBar,
    noun: &'static str,
    started: std::time::Instant,
    done: AtomicU64,
    /// When the message was last rewritten (ms since `started`): at most 10 times a second,
    /// so that counting a million records one by one costs nothing.
    last_shown_ms: AtomicU64,
    /// Bytes of the input read so far, for a bar by bytes.
    bytes: Option<Arc<AtomicU64>>,
    /// Nothing is drawn (no terminal, `-q`): counting is all `add` does.
    hidden: bool,
}

impl ItemsProgress {
    /// Move the bar by the bytes of the input read so far (shared with the reader).
    pub fn follow_bytes(mut self, bytes: Arc<AtomicU64>) -> ItemsProgress {
        self.bytes = Some(bytes);
        self
    }

    /// `n` more items done (the bar moves by items unless it follows bytes).
    pub fn add(&self, n: u64) {
        let done = self.done.fetch_add(n, Ordering::Relaxed) + n;
        if self.hidden {
            return;
        }
        match &self.bytes {
            Some(b) => self.bar.set_position(b.load(Ordering::Relaxed)),
            None => self.bar.inc(n),
        }
        let now = self.started.elapsed().as_millis() as u64;
        let last = self.last_shown_ms.load(Ordering::Relaxed);
        if now.saturating_sub(last) >= 100
            && self
                .last_shown_ms
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            self.show(done);
        }
    }

    /// Only for a drawn bar (`add` returns before when it is hidden).
    fn show(&self, done: u64) {
        let secs = self.started.elapsed().as_secs_f64();
        self.bar.set_message(format!(
            "{} {}, {}",
            crate::human::count(done),
            self.noun,
            crate::human::rate(done, secs, self.noun)
        ));
    }

    /// Set the total (items) once it is known, e.g. from the first page of a list.
    pub fn set_total(&self, len: u64) {
        self.bar.set_length(len);
    }

    pub fn finish_and_clear(&self) {
        self.bar.finish_and_clear();
    }
}

/// A reader that counts the bytes read through it (for a progress bar by bytes).
pub struct CountingReader<R> {
    inner: R,
    pub count: Arc<AtomicU64>,
}

impl<R> CountingReader<R> {
    pub fn new(inner: R) -> CountingReader<R> {
        CountingReader {
            inner,
            count: Arc::default(),
        }
    }
}

impl<R: std::io::Read> std::io::Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn escapes_cannot_reach_the_terminal() {
        assert_eq!(sanitize("plain\ttext\nnext"), "plain\ttext\nnext");
        assert_eq!(
            sanitize("\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[31mRED"),
            "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{1b}[31mRED"
        );
        assert_eq!(sanitize("a\rb\u{7f}c\u{9b}d"), "a\\u{d}b\\u{7f}c\\u{9b}d");
        assert_eq!(sanitize("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(sanitize("héllo ✓"), "héllo ✓");
    }
}
