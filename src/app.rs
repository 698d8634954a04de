//! What every command gets: the global flags resolved against environment, config and
//! defaults (flag > environment > context > preferences > default), the terminal, and
//! the target server.

use crate::config::credentials::{Credentials, StoreKind, StorePref};
use crate::config::{self, AuthInfo, Config};
use crate::error::{Error, Result};
use crate::output::{Format, Output, Printer, Renderer};
use crate::pb::{Client, ClientOptions};
use crate::ui::{ColorChoice, Sink, Ui};
use clap::Args;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use std::cell::OnceCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

pub const DEFAULT_AUTH_COLLECTION: &str = "_superusers";

/// Flags accepted by every command, before or after the subcommand.
#[derive(Debug, Clone, Args, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Use this context for one command; a comma list or a glob ('prod-*') runs it on
    /// each (fleet mode) [env: PBCTL_CONTEXT]
    #[arg(long, global = true, value_name = "NAME", add = ArgValueCandidates::new(context_candidates))]
    pub context: Option<String>,

    /// Run on the contexts whose labels match, e.g. 'env=prod,region in (eu,us)' (fleet mode)
    #[arg(short = 'l', long, global = true, value_name = "SEL", add = ArgValueCandidates::new(label_candidates))]
    pub selector: Option<String>,

    /// Run on every context (fleet mode)
    #[arg(short = 'A', long, global = true)]
    pub all_contexts: bool,

    /// Fleet mode: how many contexts run at once [default: 8]
    #[arg(long, global = true, value_name = "N")]
    pub parallel: Option<usize>,

    /// Fleet mode: start no new context after the first failure
    #[arg(long, global = true)]
    pub fail_fast: bool,

    /// Config file (default $PBCTL_CONFIG_DIR/config.yaml)
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "PBCTL_CONFIG",
        hide_env_values = true
    )]
    pub config: Option<PathBuf>,

    /// Output format: table, wide, json, yaml, jsonl, name
    #[arg(
        short,
        long,
        global = true,
        value_name = "FMT",
        env = "PBCTL_OUTPUT",
        hide_env_values = true,
        value_enum
    )]
    pub output: Option<Format>,

    /// `-o` was written on the command line, not taken from `PBCTL_OUTPUT` (set by
    /// [`crate::cli::parse_from`]).
    #[arg(skip)]
    pub output_on_command_line: bool,

    /// Filter the JSON result with a jq expression; prints one JSON value per line
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// With --jq: print strings without quotes
    #[arg(long, global = true)]
    pub raw: bool,

    /// When to use colors: auto, always, never
    #[arg(long, global = true, value_name = "WHEN", value_enum)]
    pub color: Option<ColorChoice>,

    /// No progress or status lines on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// -v: one line per HTTP request; -vv: headers and bodies, secrets redacted [env: PBCTL_DEBUG=1]
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Answer yes to confirmations
    #[arg(short, long, global = true)]
    pub yes: bool,

    /// Never prompt [env: PBCTL_NO_INPUT=1]
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Timeout of each attempt of a request (GET, HEAD and DELETE are retried 3 times), e.g. 30s, 2m
    #[arg(
        long,
        global = true,
        value_name = "DUR",
        env = "PBCTL_TIMEOUT",
        hide_env_values = true
    )]
    pub timeout: Option<String>,
}

fn completion_config() -> Option<Config> {
    let path = config::config_path(
        std::env::var_os("PBCTL_CONFIG")
            .map(PathBuf::from)
            .as_deref(),
    );
    config::load(&path).ok()
}

/// Label keys and `KEY=VALUE` pairs of the config's contexts, for `-l`.
pub fn label_candidates() -> Vec<CompletionCandidate> {
    let mut pairs = std::collections::BTreeSet::new();
    let mut keys = std::collections::BTreeSet::new();
    for ctx in completion_config().map(|c| c.contexts).unwrap_or_default() {
        for (k, v) in ctx.labels {
            pairs.insert(format!("{k}={v}"));
            keys.insert(k);
        }
    }
    keys.into_iter()
        .chain(pairs)
        .map(CompletionCandidate::new)
        .collect()
}

/// Context names for dynamic shell completion.
pub fn context_candidates() -> Vec<CompletionCandidate> {
    completion_config()
        .map(|c| {
            c.contexts
                .into_iter()
                .map(|ctx| CompletionCandidate::new(ctx.name).help(Some(ctx.url.into())))
                .collect()
        })
        .unwrap_or_default()
}

pub struct App {
    /// stderr: status lines, warnings, errors, prompts.
    pub ui: Ui,
    /// stdout: renders what commands return and hands out streams.
    pub out: Printer,
    pub global: GlobalArgs,
    pub config_path: PathBuf,
    /// Shared by the Apps of a fleet run: one parse of the file for every context.
    config: OnceCell<Rc<Result<Config>>>,
    /// In fleet mode, the context this App runs one command on: results are collected
    /// (nothing is streamed to stdout) and realtime lines name the context.
    pub fleet_context: Option<String>,
}

/// The server a command talks to: a context, or `PBCTL_URL` (context-less CI mode).
#[derive(Debug, Clone)]
pub struct Target {
    /// `None` in context-less mode.
    pub context: Option<String>,
    pub url: String,
    pub auth_collection: String,
    pub identity: Option<String>,
    pub options: ClientOptions,
    pub auth: Option<AuthInfo>,
    /// The context's NATS URL and system-account creds file (`nats.url`, `nats.creds`;
    /// `PBCTL_NATS_URL`/`PBCTL_NATS_CREDS` in context-less mode).
    pub nats: config::Nats,
}

impl Target {
    /// Whether a token can be had for this target without prompting: a stored login,
    /// `PBCTL_TOKEN`, or (context-less) `PBCTL_IDENTITY` + `PBCTL_PASSWORD`.
    pub fn has_credentials(&self) -> bool {
        self.auth.is_some()
            || env("PBCTL_TOKEN").is_some()
            || (self.context.is_none() && env("PBCTL_IDENTITY").is_some())
    }

    pub fn label(&self) -> String {
        match &self.context {
            Some(name) => format!("context \"{name}\""),
            None => format!("{} (PBCTL_URL)", self.url),
        }
    }
}

/// An environment variable that is set and not empty.
pub(crate) use crate::config::env_var as env;

impl App {
    pub fn new(global: GlobalArgs) -> App {
        let config_path = config::config_path(global.config.as_deref());
        let mut global = global;
        if global.verbose == 0 && env("PBCTL_DEBUG").is_some_and(|v| v != "0") {
            global.verbose = 1;
        }
        if !global.no_input && env("PBCTL_NO_INPUT").is_some_and(|v| v != "0" && v != "false") {
            global.no_input = true;
        }
        let mut app = App {
            ui: Ui::default(),
            out: Printer::new(Format::Table, None, false, Ui::default()),
            global,
            config_path,
            config: OnceCell::new(),
            fleet_context: None,
        };
        let color = app.global.color.unwrap_or_else(|| {
            app.config()
                .ok()
                .and_then(|c| c.preferences.color.as_deref())
                .and_then(|c| ColorChoice::parse(c).ok())
                .unwrap_or(ColorChoice::Auto)
        });
        let format = app.resolve_format();
        let g = &app.global;
        app.ui = Ui::new(color, g.quiet, g.verbose, g.no_input, g.yes);
        app.ui.json_errors = format.is_machine();
        app.out = Printer::new(format, g.jq.clone(), g.raw, app.ui.clone());
        app
    }

    /// The App of one context of a fleet run: `--context NAME`, the fleet's output
    /// format, `ui` (whose stderr lines carry the context's name), and the config already
    /// loaded. A member whose output `streams` (`record watch`: its lines are the fleet's
    /// output, no report follows) keeps `--jq` and `--raw`; the others leave them to the
    /// report.
    pub fn fleet_member(&self, name: &str, output: Format, ui: Ui, streams: bool) -> App {
        let mut global = self.global.clone();
        global.context = Some(name.to_string());
        global.output = Some(output);
        if !streams {
            global.jq = None;
            global.raw = false;
        }
        let config = OnceCell::new();
        if let Some(loaded) = self.config.get() {
            let _ = config.set(loaded.clone());
        }
        App {
            out: Printer::new(output, global.jq.clone(), global.raw, ui.clone()),
            ui,
            global,
            config_path: self.config_path.clone(),
            config,
            fleet_context: Some(name.to_string()),
        }
    }

    /// Send this run's stdout and stderr to capture buffers instead of the terminal (to
    /// run one command per context and print the results in order). Returns (stdout,
    /// stderr).
    pub fn capture(&mut self) -> (Sink, Sink) {
        let (out, err) = (Sink::buffer(), Sink::buffer());
        self.ui.err = err.clone();
        self.out = self.out.clone().with_sink(out.clone(), self.ui.clone());
        (out, err)
    }

    /// The contexts selected on the command line and in the environment (`--context`
    /// or `PBCTL_CONTEXT` with lists and globs, `-l`, `-A`): fleet mode when
    /// [`config::select::Request::is_fleet`].
    pub fn selection(&self) -> config::select::Request {
        config::select::Request {
            context: self.explicit_context(),
            selector: self.global.selector.clone(),
            all: self.global.all_contexts,
        }
    }

    /// The config, loaded once. Commands that change it use [`config::update`].
    pub fn config(&self) -> Result<&Config> {
        self.config
            .get_or_init(|| Rc::new(config::load(&self.config_path)))
            .as_ref()
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn update_config<T>(&self, change: impl FnOnce(&mut Config) -> Result<T>) -> Result<T> {
        config::update(&self.config_path, change)
    }

    pub fn credentials(&self) -> Result<Credentials> {
        let pref = match env("PBCTL_CREDENTIAL_STORE") {
            Some(s) => s,
            None => self
                .config()
                .ok()
                .and_then(|c| c.preferences.credential_store.clone())
                .unwrap_or_else(|| "auto".into()),
        };
        Ok(Credentials::new(
            &self.config_path,
            StorePref::parse(&pref)?,
        ))
    }

    /// `-o` in effect: see [`Printer::format`].
    pub fn format(&self) -> Format {
        self.out.format()
    }

    /// `-o`: flag or `PBCTL_OUTPUT`, else the context's, else the preference, else table.
    fn resolve_format(&self) -> Format {
        if let Some(f) = self.global.output {
            return f;
        }
        let Ok(config) = self.config() else {
            return Format::Table;
        };
        let from_context = self
            .context_name()
            .ok()
            .flatten()
            .and_then(|name| config.context(&name))
            .and_then(|c| c.output.clone());
        from_context
            .or_else(|| config.preferences.output.clone())
            .and_then(|f| Format::parse(&f).ok())
            .unwrap_or(Format::Table)
    }

    pub fn timeout(&self) -> Result<Option<Duration>> {
        match &self.global.timeout {
            None => Ok(None),
            Some(t) => parse_duration(t).map(Some),
        }
    }

    /// Print `output`: see [`Printer::print`].
    pub fn print(&self, output: &Output) -> Result<()> {
        self.out.print(output)
    }

    /// The renderer of this run's output settings: see [`Printer::renderer`].
    pub fn renderer(&self) -> Renderer<'_> {
        self.out.renderer()
    }

    /// Whether this command's output is for people (`table`/`wide` without `--jq`), so
    /// that a command can skip work only a table needs. See [`Renderer::is_human`].
    pub fn human_output(&self) -> bool {
        self.out.is_human()
    }

    /// The context named for this command by `--context` or `PBCTL_CONTEXT` (not the
    /// current one), for hints that must repeat it.
    pub fn explicit_context(&self) -> Option<String> {
        self.global.context.clone().or_else(|| {
            if env("PBCTL_URL").is_some() {
                None
            } else {
                env("PBCTL_CONTEXT")
            }
        })
    }

    /// The context chosen for this command: `--context`, else (unless `PBCTL_URL` is
    /// set) `PBCTL_CONTEXT`, else the current context. `None` in context-less mode or
    /// when there is no current context.
    pub fn context_name(&self) -> Result<Option<String>> {
        if let Some(name) = &self.global.context {
            return Ok(Some(name.clone()));
        }
        if env("PBCTL_URL").is_some() {
            return Ok(None);
        }
        if let Some(name) = env("PBCTL_CONTEXT") {
            return Ok(Some(name));
        }
        Ok(self.config()?.current_context.clone())
    }

    /// Resolve the target server: `--context`/`PBCTL_CONTEXT`/the current context, else
    /// the `PBCTL_*` variables of context-less mode.
    pub fn target(&self) -> Result<Target> {
        let timeout = self.timeout()?;
        match self.context_name()? {
            Some(name) => self.target_for(&name),
            None => match env("PBCTL_URL") {
                Some(url) => Ok(Target {
                    context: None,
                    url: config::normalize_url(&url).map_err(|e| e.context("PBCTL_URL"))?,
                    auth_collection: env("PBCTL_AUTH_COLLECTION")
                        .unwrap_or_else(|| DEFAULT_AUTH_COLLECTION.into()),
                    identity: env("PBCTL_IDENTITY"),
                    options: ClientOptions {
                        ca_file: env("PBCTL_CA_FILE"),
                        insecure_skip_verify: env("PBCTL_INSECURE_SKIP_VERIFY")
                            .is_some_and(|v| v == "1" || v == "true"),
                        timeout,
                    },
                    auth: None,
                    nats: config::Nats {
                        url: env("PBCTL_NATS_URL"),
                        creds: env("PBCTL_NATS_CREDS"),
                    },
                }),
                None => Err(Error::usage("no context selected").hint(
                    "add one with `pbctl context add NAME --url URL --use`, pick one with --context, or set PBCTL_URL",
                )),
            },
        }
    }

    /// The target of a named context (for commands that talk to two servers, such as
    /// `backup copy --to CONTEXT`).
    pub fn target_for(&self, name: &str) -> Result<Target> {
        let timeout = self.timeout()?;
        let ctx = self.config()?.require(name)?;
        Ok(Target {
            context: Some(ctx.name.clone()),
            url: ctx.url.clone(),
            auth_collection: ctx
                .auth
                .as_ref()
                .map(|a| a.collection.clone())
                .or_else(|| ctx.auth_collection.clone())
                .unwrap_or_else(|| DEFAULT_AUTH_COLLECTION.into()),
            identity: ctx.identity.clone(),
            options: ClientOptions {
                ca_file: ctx.tls.ca_file.clone(),
                insecure_skip_verify: ctx.tls.insecure_skip_verify,
                timeout,
            },
            auth: ctx.auth.clone(),
            nats: ctx.nats.clone(),
        })
    }

    /// A client for the target, without a token.
    pub fn client(&self, target: &Target) -> Result<Client> {
        Client::new(&target.url, &target.options, &self.ui)
    }

    /// Read the stored token of a context (no checks).
    pub fn stored_token(&self, context: &str, auth: &AuthInfo) -> Result<Option<String>> {
        self.credentials()?
            .load(context, StoreKind::parse(&auth.store))
    }
}

/// Durations such as `30s`, `5m`, `30d`, or plain seconds.
pub fn parse_duration(s: &str) -> Result<Duration> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    humantime::parse_duration(s).map_err(|e| {
        Error::usage(format!("invalid duration {s:?}: {e}")).hint("use e.g. 30s, 5m, 2h, 30d")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// What a runner of one command per context relies on: a captured run keeps the
    /// command's stdout, stderr and exit status instead of printing them.
    #[test]
    fn a_captured_run_keeps_its_output_status_and_stderr() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut app = App::new(GlobalArgs {
            config: Some(dir.path().join("config.yaml")),
            output: Some(Format::Json),
            color: Some(ColorChoice::Never),
            ..GlobalArgs::default()
        });
        let (out, err) = app.capture();
        let output = Output::object(json!({"a": 1}), "a").then_fail(Error::failed("differs"));
        assert_eq!(output.exit_code(), 1);
        let e = app.print(&output).unwrap_err();
        app.ui.error(&e);
        app.ui.status("Done.");
        assert_eq!(out.captured(), b"{\n  \"a\": 1\n}\n");
        let err = String::from_utf8(err.captured()).unwrap();
        assert!(err.starts_with("error: differs\n{\"error\":"), "{err}");
        assert!(err.ends_with("\nDone.\n"), "{err}");
    }
}
