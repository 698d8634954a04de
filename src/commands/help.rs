//! `pbctl help [TOPIC|COMMAND...]`: help topics and command help.

use crate::error::{Error, Result};
use crate::output::Output;
use clap::Args;

/// Show help for a command, or one of the topics: exit-codes, environment, output, filters
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl help exit-codes\n  pbctl help environment\n  pbctl help context add"
)]
pub struct HelpArgs {
    /// A topic, or a command path such as `context add`
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(candidates))]
    pub topic: Vec<String>,
}

/// What `pbctl help <TAB>` offers: the topics, then the commands.
fn candidates() -> Vec<clap_complete::engine::CompletionCandidate> {
    use clap_complete::engine::CompletionCandidate;
    let topics = TOPICS
        .iter()
        .map(|(name, about, _)| CompletionCandidate::new(*name).help(Some((*about).into())));
    let cli = crate::cli::command();
    let commands = cli
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| CompletionCandidate::new(c.get_name()).help(c.get_about().cloned()))
        .collect::<Vec<_>>();
    topics.chain(commands).collect()
}

pub const TOPICS: &[(&str, &str, &str)] = &[
    ("exit-codes", "What pbctl's exit codes mean", EXIT_CODES),
    (
        "environment",
        "Environment variables pbctl reads",
        ENVIRONMENT,
    ),
    ("output", "Output formats, --jq, colors and streams", OUTPUT),
    (
        "filters",
        "PocketBase filters and safe --param binding",
        FILTERS,
    ),
];

/// `tree`: the whole clap command tree.
pub fn run(args: HelpArgs, tree: clap::Command) -> Result<Output> {
    let mut cmd = tree;
    if args.topic.is_empty() {
        let mut text = cmd.render_long_help().to_string();
        text.push_str("\nHelp topics (pbctl help TOPIC):\n");
        for (name, about, _) in TOPICS {
            text.push_str(&format!("  {name:<12} {about}\n"));
        }
        return Ok(Output::Text(text));
    }
    if let [one] = args.topic.as_slice()
        && let Some((_, _, text)) = TOPICS.iter().find(|(n, _, _)| n == one)
    {
        return Ok(Output::Text(text.to_string()));
    }
    cmd.build();
    let mut current = &mut cmd;
    for word in &args.topic {
        current = current.find_subcommand_mut(word).ok_or_else(|| {
            Error::usage(format!(
                "no help topic or command {:?}",
                args.topic.join(" ")
            ))
            .hint(format!(
                "topics: {}; or a command such as `context add`",
                TOPICS.iter().map(|t| t.0).collect::<Vec<_>>().join(", ")
            ))
        })?;
    }
    Ok(Output::Text(current.render_long_help().to_string()))
}

const EXIT_CODES: &str = "\
Exit codes

  0    success (for `diff`: no differences)
  1    the operation failed: the server refused it, validation failed, `diff` found
       differences, a confirmation was declined
  2    usage error: bad flags or arguments, invalid input or config file, a
       confirmation needed without a terminal and without --yes
  3    not found: context, collection, record, backup, account, user
  4    authentication or permission problem: not logged in, expired or rejected token,
       HTTP 401 or 403, wrong password or one-time password
  5    server unreachable or unavailable: connection refused, DNS, TLS, timeout,
       HTTP 5xx or 429 after retries
  130  interrupted (Ctrl-C, SIGTERM, SIGHUP); temporary files are removed

A closed stdout (for example `pbctl ... | head -1`) ends quietly with 0.

Fleet mode (a command over several contexts: --context A,B or a glob, -l, -A): 0 when
every context succeeded; when every failed context failed with the same code, that
code; otherwise 1. No context matching the selection is 3; a selection with PBCTL_URL
or PBCTL_TOKEN, or on a command that talks to no server, is 2.

Errors go to stderr as `error: ...` followed by `  hint: ...` lines. With -o json,
yaml or jsonl the error is also printed on stderr as one JSON object:
  {\"error\":{\"message\":...,\"exitCode\":4,\"status\":401,\"data\":{...},\"hint\":...}}
";

const ENVIRONMENT: &str = "\
Environment variables

Precedence everywhere: flag > environment > context > preferences > built-in default.

  PBCTL_CONTEXT            context for one command (like --context; a list or glob
                           such as 'prod-*,staging' runs it on each: fleet mode)
  PBCTL_CONFIG             config file (like --config)
  PBCTL_CONFIG_DIR         config directory (default $XDG_CONFIG_HOME/pbctl or ~/.config/pbctl)
  PBCTL_DATA_DIR           data directory (default $XDG_DATA_HOME/pbctl or ~/.local/share/pbctl)
  PBCTL_OUTPUT             output format (like -o)
  PBCTL_TIMEOUT            per-request timeout (like --timeout), e.g. 30s
  PBCTL_NO_INPUT=1         never prompt (like --no-input)
  PBCTL_DEBUG=1            log one line per HTTP request on stderr (like -v)
  PBCTL_CREDENTIAL_STORE   auto (default), keyring or file: where tokens are stored
  PBCTL_JWT_STORE          `pbctl jwt` key store (like jwt --store; default $PBCTL_DATA_DIR/jwt)
  PBCTL_JWT_OPERATOR       operator for `pbctl jwt` when the store has several (like jwt --operator)
  NO_COLOR                 no colors, whatever --color says
  CLICOLOR_FORCE=1         colors even when the output is not a terminal
  COLUMNS                  table width

Context-less mode (CI): when PBCTL_URL is set and no --context flag is given, pbctl
needs no config file and talks to that server:

  PBCTL_URL                server base URL
  PBCTL_TOKEN              auth token to send (also overrides a context's stored token)
  PBCTL_IDENTITY           with PBCTL_PASSWORD: log in on the fly (not stored)
  PBCTL_PASSWORD           password for PBCTL_IDENTITY (also read by `auth login`)
  PBCTL_AUTH_COLLECTION    auth collection (default _superusers)
  PBCTL_CA_FILE            CA certificate (PEM) to trust
  PBCTL_INSECURE_SKIP_VERIFY=1   skip TLS verification (warns)
  PBCTL_NATS_URL           NATS server for `nats sync`/`nats status` (a context's nats.url)
  PBCTL_NATS_CREDS         system-account creds for them (a context's nats.creds)

Context selection: --context flag, else PBCTL_URL (context-less), else PBCTL_CONTEXT,
else the current context.

Example:
  PBCTL_URL=https://pb.example.com PBCTL_TOKEN=$CI_TOKEN pbctl settings get batch
";

const OUTPUT: &str = "\
Output

Data goes to stdout and nothing else does; status lines, progress bars, warnings,
prompts and errors go to stderr. -q silences status lines and progress bars.

  -o table   aligned columns sized to the terminal, long values cut with …  (default)
  -o wide    all columns, values not cut
  -o json    pretty JSON, server key order kept, no HTML escaping; a list is an array
  -o yaml    one YAML document; strings that YAML 1.1 would read as booleans or numbers
             are quoted
  -o jsonl   one compact JSON object per line
  -o name    one identifier per line (record id, collection name, backup key, context
             name, public key)

Commands that change something print a status line in table format and the changed
object in the machine formats.

--jq EXPR runs a jq expression (jaq) over the JSON result and prints each result as one
compact JSON value per line; add --raw to print strings without quotes:

  pbctl context list --jq '.[] | select(.current) | .url'
  pbctl api /api/collections --jq '.items[].name' --raw

Colors: --color auto|always|never (default auto: only on terminals). NO_COLOR turns
them off, CLICOLOR_FORCE=1 turns them on for pipes.
";

const FILTERS: &str = "\
Filters

PocketBase filters compare fields with = != > >= < <= ~ (contains) !~ and the any-of
variants ?= ?!= ?> ?>= ?< ?<= ?~ ?!~, combined with && || and parentheses:

  --filter 'views > 5 && tags ~ \"rust\"'
  --filter 'author.name = \"Alice\"'          (relation traversal)
  --filter 'created >= @todayStart'          (date macros)
  --filter 'tags:length > 1'                 (modifiers :each :length :lower)

Never paste user input into a filter. Use placeholders {:name} and --param, which
quotes and escapes values as the JS SDK's pb.filter() does:

  pbctl record list posts --filter 'title = {:t} && views > {:v}' --param t=\"it's \\\"x\\\"\" --param v=3

--param K=V binds a string; K:=JSON binds a typed value (a number, true/false, null).
Strings are wrapped in double quotes with \\ and \" escaped; other characters are kept
as they are (PocketBase does not understand \\uXXXX).
";
