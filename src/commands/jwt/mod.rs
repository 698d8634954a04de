//! `pbctl jwt`: offline minting of NATS operator, account and user JWTs from a local
//! key store, like nsc (SPEC 2.8), and pushing account JWTs to nats-server.
//!
//! The store lives in [`crate::jwt_store`]; wire formats, signing and the resolver
//! protocol in [`crate::nats`]. This module is the clap surface plus the commands.

mod bulk;
mod entities;
mod inspect;
mod nsc;
mod remote;
mod sign;

use crate::app::App;
use crate::error::{Error, Result};
use crate::jwt_store::{OperatorStore, Store};
use crate::output::Output;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(
    about = "Mint NATS JWTs and creds offline from a local key store, and push them (like nsc)",
    after_help = "The store is $PBCTL_DATA_DIR/jwt (override with --store or PBCTL_JWT_STORE). With one\noperator in the store it is used; with several, pass --operator or set PBCTL_JWT_OPERATOR.\n\nExamples:\n  pbctl jwt init acme\n  pbctl jwt account add app --conns 100\n  pbctl jwt user add alice --account app --allow-pub 'app.>' --deny-pub 'app.admin.>'\n  pbctl jwt creds alice --account app -O alice.creds\n  pbctl jwt server-config --resolver full -O nats.conf\n  pbctl jwt push --nats-url nats://127.0.0.1:4222"
)]
pub struct JwtArgs {
    /// Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]
    #[arg(long, global = true, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]
    #[arg(long, global = true, value_name = "NAME")]
    pub operator: Option<String>,
    #[command(subcommand)]
    pub command: JwtCommand,
}

#[derive(Debug, Subcommand)]
pub enum JwtCommand {
    Init(InitArgs),
    Operator(OperatorArgs),
    #[command(visible_alias = "acct")]
    Account(AccountArgs),
    User(UserArgs),
    Creds(CredsArgs),
    Describe(DescribeArgs),
    Validate(ValidateArgs),
    ServerConfig(ServerConfigArgs),
    Push(PushArgs),
    Pull(PullArgs),
    ImportNsc(ImportNscArgs),
}

/// Create an operator (identity + signing key) and, by default, the SYS account and sys user
#[derive(Debug, Args)]
#[command(
    after_help = "Accounts are signed by the operator signing key and users by their account's\nsigning key, so that `jwt operator edit --require-signing-keys` works from the start.\n\nExamples:\n  pbctl jwt init acme\n  pbctl jwt init acme --service-url nats://nats.example.com:4222\n  pbctl --store ./nats-store jwt init test --no-system-account"
)]
pub struct InitArgs {
    /// Operator name
    pub name: String,
    /// Do not create the SYS account and its sys user
    #[arg(long)]
    pub no_system_account: bool,
    /// Client URL of the NATS servers (operator_service_urls; repeatable)
    #[arg(long, value_name = "U")]
    pub service_url: Vec<String>,
    /// Resolver URL that `jwt push` uses by default (account_server_url)
    #[arg(long, value_name = "U")]
    pub account_server_url: Option<String>,
}

#[derive(Debug, Args)]
#[command(
    about = "Show or edit the operator",
    after_help = "Examples:\n  pbctl jwt operator show\n  pbctl jwt operator edit --require-signing-keys"
)]
pub struct OperatorArgs {
    #[command(subcommand)]
    pub command: OperatorCommand,
}

#[derive(Debug, Subcommand)]
pub enum OperatorCommand {
    Show(OperatorShowArgs),
    Edit(OperatorEditArgs),
    #[command(visible_alias = "ls")]
    List(OperatorListArgs),
}

/// Show the operator's claims and keys (never a seed)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt operator show\n  pbctl jwt operator show -o json\n  pbctl jwt operator show --raw    # the JWT itself"
)]
pub struct OperatorShowArgs {}

/// List the operators of the store
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  pbctl jwt operator list\n  pbctl jwt operator list -o name")]
pub struct OperatorListArgs {}

/// Change the operator and re-sign it
#[derive(Debug, Args)]
#[command(
    after_help = "Removing a signing key re-signs, with the newest remaining signing key, every account\nthat it had signed, so that no account is left untrusted.\n\nExamples:\n  pbctl jwt operator edit --service-url nats://10.0.0.5:4222 --account-server-url nats://10.0.0.5:4222\n  pbctl jwt operator edit --add-signing-key\n  pbctl jwt operator edit --remove-signing-key OB6C...\n  pbctl jwt operator edit --require-signing-keys"
)]
pub struct OperatorEditArgs {
    /// Client URL (operator_service_urls); replaces the list; repeatable
    #[arg(long, value_name = "U")]
    pub service_url: Vec<String>,
    /// Resolver URL for push/pull (account_server_url); empty to unset
    #[arg(long, value_name = "U")]
    pub account_server_url: Option<String>,
    /// Generate and add a new operator signing key
    #[arg(long)]
    pub add_signing_key: bool,
    /// Remove this operator signing key
    #[arg(long, value_name = "K")]
    pub remove_signing_key: Vec<String>,
    /// Strict signing key usage: accounts must be signed by a signing key [true|false]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub require_signing_keys: Option<bool>,
    /// Minimum nats-server version (assert_server_version), e.g. 2.10.0
    #[arg(long, value_name = "V")]
    pub assert_server_version: Option<String>,
    /// Add a tag
    #[arg(long, value_name = "T")]
    pub tag: Vec<String>,
}

#[derive(Debug, Args)]
#[command(
    about = "Manage accounts",
    after_help = "Examples:\n  pbctl jwt account add app --conns 100 --js-disk-storage 1G\n  pbctl jwt account list\n  pbctl jwt account show app -o json"
)]
pub struct AccountArgs {
    #[command(subcommand)]
    pub command: AccountCommand,
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    Add(AccountAddArgs),
    Edit(AccountEditArgs),
    #[command(visible_alias = "ls")]
    List(AccountListArgs),
    Show(AccountShowArgs),
    #[command(visible_alias = "rm")]
    Delete(AccountDeleteArgs),
    Export(ExportArgs),
    Import(ImportArgs),
}

/// Account limits; -1 means unlimited and is the default. Sizes accept k, m, g, t
/// (powers of 1000) and kib, mib, gib, tib (powers of 1024).
#[derive(Debug, Args, Default, Clone)]
pub struct LimitArgs {
    /// Max client connections
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub conns: Option<i64>,
    /// Max leaf node connections
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub leaf_conns: Option<i64>,
    /// Max subscriptions
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub subs: Option<i64>,
    /// Max data in flight (bytes)
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub data: Option<i64>,
    /// Max message payload (bytes)
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub payload: Option<i64>,
    /// Max imports
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub imports: Option<i64>,
    /// Max exports
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub exports: Option<i64>,
    /// Allow wildcard exports
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub wildcard_exports: Option<bool>,
    /// Refuse bearer-token users
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub disallow_bearer: Option<bool>,
    /// JetStream memory storage (bytes; 0 disables JetStream, -1 unlimited)
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_mem_storage: Option<i64>,
    /// JetStream disk storage (bytes; 0 disables JetStream, -1 unlimited)
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_disk_storage: Option<i64>,
    /// JetStream max streams
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_streams: Option<i64>,
    /// JetStream max consumers
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_consumer: Option<i64>,
    /// JetStream max ack pending
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub js_max_ack_pending: Option<i64>,
}

/// Create an account signed by the operator
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account add app\n  pbctl jwt account add tenant-42 --conns 10 --subs 1000 --payload 1MiB\n  pbctl jwt account add legacy --sign-with identity"
)]
pub struct AccountAddArgs {
    /// Account name
    pub name: String,
    #[command(flatten)]
    pub limits: LimitArgs,
    /// Give the account a signing key for its users (the default)
    #[arg(long)]
    pub add_signing_key: bool,
    /// Do not give the account a signing key (users are then signed by its identity key)
    #[arg(long, conflicts_with = "add_signing_key")]
    pub no_signing_key: bool,
    /// Operator key that signs: `identity` or an operator signing key [default: newest signing key]
    #[arg(long, value_name = "KEY")]
    pub sign_with: Option<String>,
    /// Description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Add a tag
    #[arg(long, value_name = "T")]
    pub tag: Vec<String>,
    /// Expiry: a duration from now (30d) or a date (2027-01-31, RFC 3339)
    #[arg(long, value_name = "D|DATE")]
    pub expiry: Option<String>,
}

/// Change an account and re-sign it
#[derive(Debug, Args)]
#[command(
    after_help = "Without flags, the account is just re-signed (with the newest operator signing key).\n\nExamples:\n  pbctl jwt account edit app --conns 1\n  pbctl jwt account edit app --add-signing-key\n  pbctl jwt account edit app --remove-signing-key ABCD...\n  pbctl jwt account edit app --sign-with OB6C..."
)]
pub struct AccountEditArgs {
    /// Account name
    pub name: String,
    #[command(flatten)]
    pub limits: LimitArgs,
    /// Generate and add a new account signing key
    #[arg(long)]
    pub add_signing_key: bool,
    /// Remove this account signing key
    #[arg(long, value_name = "K")]
    pub remove_signing_key: Vec<String>,
    /// Operator key that signs: `identity` or an operator signing key [default: newest signing key]
    #[arg(long, value_name = "KEY")]
    pub sign_with: Option<String>,
    /// Description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Add a tag
    #[arg(long, value_name = "T")]
    pub tag: Vec<String>,
    /// Expiry: a duration from now (30d), a date, or 0 for none
    #[arg(long, value_name = "D|DATE")]
    pub expiry: Option<String>,
}

/// List accounts
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  pbctl jwt account list\n  pbctl jwt account list -o wide")]
pub struct AccountListArgs {}

/// Show an account's claims
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account show app\n  pbctl jwt account show app --raw"
)]
pub struct AccountShowArgs {
    pub name: String,
}

/// Delete an account and its users from the store (then `jwt push --prune` removes it from NATS)
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account delete old-tenant --yes\n  pbctl jwt push --prune"
)]
pub struct AccountDeleteArgs {
    pub name: String,
    /// Also delete the seeds of the account and its users from the key directory
    #[arg(long)]
    pub rm_keys: bool,
}

#[derive(Debug, Args)]
#[command(
    about = "Stream and service exports of an account",
    after_help = "Examples:\n  pbctl jwt account export add --account app --subject 'events.>'\n  pbctl jwt account export add --account app --subject 'help.>' --service"
)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub command: ExportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    Add(ExportAddArgs),
    #[command(visible_alias = "rm")]
    Delete(ExportDeleteArgs),
}

/// Add an export and re-sign the account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account export add --account app --subject 'events.>'\n  pbctl jwt account export add --account app --subject 'help.>' --service --response-type Singleton"
)]
pub struct ExportAddArgs {
    /// Exporting account
    #[arg(long, value_name = "A")]
    pub account: String,
    /// Exported subject
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// Export name [default: the subject]
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// A service export (default: stream)
    #[arg(long)]
    pub service: bool,
    /// Private export (importers need an activation token)
    #[arg(long)]
    pub private: bool,
    /// Service response type: Singleton, Stream or Chunked
    #[arg(long, value_name = "T", value_parser = ["Singleton", "Stream", "Chunked"])]
    pub response_type: Option<String>,
}

/// Delete an export and re-sign the account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account export delete --account app --subject 'events.>'"
)]
pub struct ExportDeleteArgs {
    #[arg(long, value_name = "A")]
    pub account: String,
    #[arg(long, value_name = "S")]
    pub subject: String,
}

#[derive(Debug, Args)]
#[command(
    about = "Stream and service imports of an account",
    after_help = "Examples:\n  pbctl jwt account import add --account web --from-account app --subject 'events.>'"
)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub command: ImportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    Add(ImportAddArgs),
    #[command(visible_alias = "rm")]
    Delete(ImportDeleteArgs),
}

/// Add an import and re-sign the account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account import add --account web --from-account app --subject 'events.>'\n  pbctl jwt account import add --account web --from-account app --subject 'help.>' --service --local-subject 'app.help.>'"
)]
pub struct ImportAddArgs {
    /// Importing account
    #[arg(long, value_name = "A")]
    pub account: String,
    /// Exporting account: a name in this store or a public key
    #[arg(long, value_name = "A")]
    pub from_account: String,
    /// Subject in the exporting account
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// Local subject [default: the same]
    #[arg(long, value_name = "S")]
    pub local_subject: Option<String>,
    /// Import name [default: the subject]
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// A service import (default: stream)
    #[arg(long)]
    pub service: bool,
    /// Activation token (JWT or file) for a private export
    #[arg(long, value_name = "JWT|FILE")]
    pub token: Option<String>,
}

/// Delete an import and re-sign the account
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account import delete --account web --subject 'events.>'"
)]
pub struct ImportDeleteArgs {
    #[arg(long, value_name = "A")]
    pub account: String,
    #[arg(long, value_name = "S")]
    pub subject: String,
}

#[derive(Debug, Args)]
#[command(
    about = "Manage users",
    after_help = "Examples:\n  pbctl jwt user add alice --account app --allow-pub 'app.>'\n  pbctl jwt user add --from users.yaml --account app --creds-dir ./creds\n  pbctl jwt user revoke alice --account app"
)]
pub struct UserArgs {
    #[command(subcommand)]
    pub command: UserCommand,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    Add(UserAddArgs),
    Edit(UserEditArgs),
    #[command(visible_alias = "ls")]
    List(UserListArgs),
    Show(UserShowArgs),
    #[command(visible_alias = "rm")]
    Delete(UserDeleteArgs),
    Revoke(UserRevokeArgs),
    Unrevoke(UserUnrevokeArgs),
}

/// Permissions and limits of a user.
#[derive(Debug, Args, Default, Clone)]
pub struct UserPermArgs {
    /// Allow publishing to S (repeatable)
    #[arg(long, value_name = "S")]
    pub allow_pub: Vec<String>,
    /// Allow subscribing to S (repeatable; "subject queue" for a queue group)
    #[arg(long, value_name = "S")]
    pub allow_sub: Vec<String>,
    /// Deny publishing to S (repeatable)
    #[arg(long, value_name = "S")]
    pub deny_pub: Vec<String>,
    /// Deny subscribing to S (repeatable)
    #[arg(long, value_name = "S")]
    pub deny_sub: Vec<String>,
    /// Allow publishing and subscribing to S (repeatable)
    #[arg(long, value_name = "S")]
    pub allow_pubsub: Vec<String>,
    /// Allow publishing to reply subjects of received requests (N responses, default 1)
    #[arg(long, value_name = "N", num_args = 0..=1, default_missing_value = "1")]
    pub allow_pub_response: Option<i64>,
    /// Time allowed for responses, e.g. 5s (with --allow-pub-response)
    #[arg(long, value_name = "D")]
    pub response_ttl: Option<String>,
    /// Expiry: a duration from now (30d), a date (2027-01-31, RFC 3339), or 0 for none
    #[arg(long, value_name = "D|DATE")]
    pub expiry: Option<String>,
    /// Bearer token: no nonce signature needed to connect [true|false]
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub bearer: Option<bool>,
    /// Add a tag (repeatable)
    #[arg(long, value_name = "T")]
    pub tag: Vec<String>,
    /// Allowed source network, CIDR (repeatable)
    #[arg(long, value_name = "CIDR")]
    pub source_network: Vec<String>,
    /// Allowed connection type: STANDARD, WEBSOCKET, LEAFNODE, LEAFNODE_WS, MQTT, MQTT_WS, IN_PROCESS
    #[arg(long, value_name = "T")]
    pub conn_type: Vec<String>,
    /// Max subscriptions
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub subs: Option<i64>,
    /// Max data (bytes)
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub data: Option<i64>,
    /// Max payload (bytes)
    #[arg(long, value_name = "N", value_parser = parse_limit, allow_hyphen_values = true)]
    pub payload: Option<i64>,
}

/// Create a user (or many with --from) signed by the account
#[derive(Debug, Args)]
#[command(
    after_help = "--from FILE (or - for stdin) takes JSON lines or a YAML/JSON list of users, each with\n`name` and optionally `account`, `allow_pub`, `allow_sub`, `deny_pub`, `deny_sub`,\n`allow_pubsub`, `allow_pub_response`, `response_ttl`, `expiry`, `bearer`, `tags`,\n`source_network`, `conn_type`, `subs`, `data`, `payload`. Command-line permission flags\napply to every user of the file. Creds go to <creds-dir>/<account>/<user>.creds (0600).\n\nExamples:\n  pbctl jwt user add alice --account app --allow-pub 'a.>' --deny-pub 'b.>'\n  pbctl jwt user add svc --account app --allow-pubsub 'svc.>' --expiry 90d --bearer\n  pbctl jwt user add --from users.jsonl --account app --creds-dir ./creds -o json"
)]
pub struct UserAddArgs {
    /// User name (omit with --from)
    #[arg(required_unless_present = "from")]
    pub name: Option<String>,
    /// Account [default: the only account besides SYS]
    #[arg(long, short = 'a', value_name = "A")]
    pub account: Option<String>,
    #[command(flatten)]
    pub perms: UserPermArgs,
    /// Bulk: read users from FILE (JSON lines or a YAML/JSON list; - for stdin)
    #[arg(long, value_name = "FILE", conflicts_with = "name")]
    pub from: Option<String>,
    /// Write each user's creds file into DIR/<account>/<user>.creds
    #[arg(long, value_name = "DIR")]
    pub creds_dir: Option<PathBuf>,
    /// Signing threads for --from [default: number of CPUs]
    #[arg(long, value_name = "N", hide = true)]
    pub threads: Option<usize>,
}

/// Change a user and re-sign (reissue) it
#[derive(Debug, Args)]
#[command(
    after_help = "Flags add to the user's permissions; --rm removes a subject from all of them. The new JWT\nis issued after any revocation of the user, so a revoked user can be reissued.\n\nExamples:\n  pbctl jwt user edit alice --account app --allow-sub 'a.>'\n  pbctl jwt user edit alice --account app --rm 'b.>'\n  pbctl jwt user edit alice --account app    # reissue"
)]
pub struct UserEditArgs {
    pub name: String,
    #[arg(long, short = 'a', value_name = "A")]
    pub account: Option<String>,
    #[command(flatten)]
    pub perms: UserPermArgs,
    /// Remove subject S from every allow and deny list (repeatable)
    #[arg(long, value_name = "S")]
    pub rm: Vec<String>,
    /// Remove a tag
    #[arg(long, value_name = "T")]
    pub rm_tag: Vec<String>,
}

/// List users
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt user list --account app\n  pbctl jwt user list -o name"
)]
pub struct UserListArgs {
    /// Only this account [default: all accounts]
    #[arg(long, short = 'a', value_name = "A")]
    pub account: Option<String>,
}

/// Show a user's claims
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt user show alice --account app\n  pbctl jwt user show alice --account app --raw"
)]
pub struct UserShowArgs {
    pub name: String,
    #[arg(long, short = 'a', value_name = "A")]
    pub account: Option<String>,
}

/// Delete a user from the store
#[derive(Debug, Args)]
#[command(
    after_help = "The user's JWT stays valid until it expires: revoke it first (`jwt user revoke`) and push.\n\nExamples:\n  pbctl jwt user delete alice --account app --revoke --yes"
)]
pub struct UserDeleteArgs {
    pub name: String,
    #[arg(long, short = 'a', value_name = "A")]
    pub account: Option<String>,
    /// Also revoke the user in the account JWT
    #[arg(long)]
    pub revoke: bool,
    /// Also delete the user's seed from the key directory
    #[arg(long)]
    pub rm_keys: bool,
}

/// Revoke a user's JWTs issued up to now (or --at) in the account JWT
#[derive(Debug, Args)]
#[command(
    after_help = "The account JWT is re-signed; push it to make servers refuse the user.\n\nExamples:\n  pbctl jwt user revoke alice --account app && pbctl jwt push app\n  pbctl jwt user revoke alice --account app --at 2026-12-01T00:00:00Z\n  pbctl jwt user revoke UBPL6MOU... --account app    # a deleted user, by key"
)]
pub struct UserRevokeArgs {
    /// User name, user public key (U...), or `*` for every user of the account
    pub name: String,
    #[arg(long, short = 'a', value_name = "A")]
    pub account: Option<String>,
    /// Revoke JWTs issued at or before TIME (RFC 3339 or Unix seconds) [default: now]
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// Remove a user's revocation from the account JWT
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  pbctl jwt user unrevoke alice --account app")]
pub struct UserUnrevokeArgs {
    /// User name, user public key (U...), or `*`
    pub name: String,
    #[arg(long, short = 'a', value_name = "A")]
    pub account: Option<String>,
}

/// Print a user's creds file (JWT + seed), or write it with -O (mode 0600)
#[derive(Debug, Args)]
#[command(
    after_help = "The creds file contains the user's secret seed; it is printed because you asked for it.\n\nExamples:\n  pbctl jwt creds alice --account app -O alice.creds\n  pbctl jwt creds alice --account app > alice.creds"
)]
pub struct CredsArgs {
    pub name: String,
    #[arg(long, short = 'a', value_name = "A")]
    pub account: Option<String>,
    /// Write to FILE (mode 0600) instead of stdout; - for stdout
    #[arg(short = 'O', long = "out", value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Decode and verify any NATS JWT or creds file and show its claims
#[derive(Debug, Args)]
#[command(
    after_help = "Signature, jti, claim type and version are verified; an expired or not-yet-valid token\nis shown with its status (exit code 0). A creds file's seed is checked against the JWT and\nnever printed.\n\nExamples:\n  pbctl jwt describe alice.creds\n  pbctl jwt describe eyJ0eXAiOiJKV1Qi...\n  pbctl jwt account show app --raw | pbctl jwt describe - -o json"
)]
pub struct DescribeArgs {
    /// A JWT, a file (JWT, decorated JWT or creds), or - for stdin
    pub input: String,
    /// Do not require the jti to be the hash of the claims (nats-jwt for JavaScript uses
    /// random ids; servers do not check it)
    #[arg(long)]
    pub no_jti_check: bool,
}

/// Check the whole store: signatures, trusted issuers, signing keys present, expiries, strict mode
#[derive(Debug, Args)]
#[command(
    after_help = "Exit code 1 when an error is found; warnings alone exit 0.\n\nExamples:\n  pbctl jwt validate\n  pbctl jwt validate -o json"
)]
pub struct ValidateArgs {}

/// Generate a nats-server operator-mode configuration
#[derive(Debug, Args)]
#[command(
    after_help = "full: a nats-based resolver storing account JWTs in --dir, with allow_delete, the SYS\naccount preloaded (push the others with `jwt push`). cache: the same as a cache. memory:\nevery account preloaded, no push needed (nor possible).\n\nExamples:\n  pbctl jwt server-config --resolver full --dir /var/lib/nats/jwt -O nats.conf\n  pbctl jwt server-config --resolver memory --listen 127.0.0.1:4222"
)]
pub struct ServerConfigArgs {
    /// Resolver type
    #[arg(long, value_name = "TYPE", default_value = "full", value_parser = ["full", "cache", "memory"])]
    pub resolver: String,
    /// Resolver directory (full and cache) [default: ./jwt]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<String>,
    /// Write the config to FILE instead of stdout
    #[arg(short = 'O', long = "out", value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Add `listen: HOST:PORT`
    #[arg(long, value_name = "HOST:PORT")]
    pub listen: Option<String>,
    /// Add `server_name: NAME`
    #[arg(long, value_name = "NAME")]
    pub server_name: Option<String>,
    /// Full resolver: remove deleted JWTs instead of renaming them (server 2.9.16+)
    #[arg(long)]
    pub hard_delete: bool,
}

/// Push account JWTs to NATS resolvers ($SYS.REQ.CLAIMS.UPDATE), reporting every server's reply
#[derive(Debug, Args)]
#[command(
    after_help = "The URL comes from --nats-url, else the context's nats.url, else the operator's\naccount_server_url. The system user comes from --system-creds, else the context's\nnats.creds, else a 2-minute user minted from the store's SYS account. Accounts whose\nissuer the operator does not trust, or that are expired, are refused (--force skips the\nchecks). pbctl asks the system how many servers it has ($SYS.REQ.SERVER.PING) and stops\nas soon as every account has that many replies (or --servers N); when the count cannot be\nlearnt, 500 ms after the last reply. --timeout (default 5s) bounds the wait. Exit code 1\nif any server refused an account or did not answer.\n\nExamples:\n  pbctl jwt push\n  pbctl jwt push app tenant-42 --nats-url nats://10.0.0.5:4222\n  pbctl jwt push --all --prune --servers 3 -o json"
)]
pub struct PushArgs {
    /// Accounts to push [default: all]
    pub accounts: Vec<String>,
    /// Push every account
    #[arg(long, conflicts_with = "accounts")]
    pub all: bool,
    /// NATS URL(s), comma-separated
    #[arg(long, value_name = "U")]
    pub nats_url: Option<String>,
    /// Creds of a system account user
    #[arg(long, value_name = "F")]
    pub system_creds: Option<PathBuf>,
    /// Delete from the resolvers the accounts that are not in the store ($SYS.REQ.CLAIMS.DELETE)
    #[arg(long)]
    pub prune: bool,
    /// Stop waiting once every account has N replies [default: the servers the system reports]
    #[arg(long, value_name = "N")]
    pub servers: Option<usize>,
    /// Push even untrusted, expired or invalid account JWTs
    #[arg(long)]
    pub force: bool,
    /// Show what would be pushed and pruned, without changing anything
    #[arg(long)]
    pub dry_run: bool,
}

/// Compare the resolver's accounts with the store
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt pull --nats-url nats://127.0.0.1:4222\n  pbctl jwt pull -o json"
)]
pub struct PullArgs {
    /// NATS URL(s), comma-separated
    #[arg(long, value_name = "U")]
    pub nats_url: Option<String>,
    /// Creds of a system account user
    #[arg(long, value_name = "F")]
    pub system_creds: Option<PathBuf>,
    /// Stop waiting once N servers replied
    #[arg(long, value_name = "N")]
    pub servers: Option<usize>,
}

/// Import an nsc store: operators, accounts, users and their keys
#[derive(Debug, Args)]
#[command(
    after_help = "DIR is nsc's stores directory [default: $XDG_DATA_HOME/nats/nsc/stores, or ~/.nsc/nats];\nkeys come from --keys [default: $NKEYS_PATH, else $XDG_DATA_HOME/nats/nsc/keys, or ~/.nkeys].\nJWTs are imported as they are (not re-signed); existing entries are skipped unless --overwrite.\n\nExamples:\n  pbctl jwt import-nsc\n  pbctl jwt import-nsc ~/.local/share/nats/nsc/stores --keys ~/.local/share/nats/nsc/keys"
)]
pub struct ImportNscArgs {
    /// nsc stores directory (or one operator's directory)
    pub dir: Option<PathBuf>,
    /// nsc key store directory
    #[arg(long, value_name = "DIR")]
    pub keys: Option<PathBuf>,
    /// Replace entries that already exist in the store
    #[arg(long)]
    pub overwrite: bool,
}

/// Sizes and counts: -1, N, or N with k/m/g/t (x1000) or kib/mib/gib/tib (x1024).
pub fn parse_limit(s: &str) -> std::result::Result<i64, String> {
    let t = s.trim().to_ascii_lowercase();
    if let Ok(n) = t.parse::<i64>() {
        if n < -1 {
            return Err(format!("{s:?}: use -1 for unlimited"));
        }
        return Ok(n);
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: i64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a number (examples: -1, 100, 10k, 1MiB)"))?;
    let mult: i64 = match unit.trim().trim_end_matches('b') {
        "k" => 1_000,
        "m" => 1_000_000,
        "g" => 1_000_000_000,
        "t" => 1_000_000_000_000,
        "ki" => 1 << 10,
        "mi" => 1 << 20,
        "gi" => 1 << 30,
        "ti" => 1 << 40,
        "" => 1,
        _ => {
            return Err(format!(
                "{s:?}: unknown unit (use k, m, g, t, kib, mib, gib, tib)"
            ));
        }
    };
    n.checked_mul(mult)
        .ok_or_else(|| format!("{s:?} is too large"))
}

/// What every `jwt` command gets: the app and the store.
pub struct Jwt<'a> {
    pub app: &'a App,
    pub store: Store,
    pub operator: Option<String>,
}

impl Jwt<'_> {
    pub fn op(&self) -> Result<OperatorStore> {
        self.store.operator(self.operator.as_deref())
    }
}

pub async fn run(app: &App, args: JwtArgs) -> Result<Output> {
    let jwt = Jwt {
        app,
        store: Store::open(args.store.as_deref()),
        operator: args.operator,
    };
    match args.command {
        JwtCommand::Init(a) => entities::init(&jwt, a),
        JwtCommand::Operator(a) => match a.command {
            OperatorCommand::Show(s) => entities::operator_show(&jwt, s),
            OperatorCommand::Edit(e) => entities::operator_edit(&jwt, e),
            OperatorCommand::List(_) => entities::operator_list(&jwt),
        },
        JwtCommand::Account(a) => match a.command {
            AccountCommand::Add(x) => entities::account_add(&jwt, x),
            AccountCommand::Edit(x) => entities::account_edit(&jwt, x),
            AccountCommand::List(_) => entities::account_list(&jwt),
            AccountCommand::Show(x) => entities::account_show(&jwt, x),
            AccountCommand::Delete(x) => entities::account_delete(&jwt, x),
            AccountCommand::Export(e) => match e.command {
                ExportCommand::Add(x) => entities::export_add(&jwt, x),
                ExportCommand::Delete(x) => entities::export_delete(&jwt, x),
            },
            AccountCommand::Import(i) => match i.command {
                ImportCommand::Add(x) => entities::import_add(&jwt, x),
                ImportCommand::Delete(x) => entities::import_delete(&jwt, x),
            },
        },
        JwtCommand::User(u) => match u.command {
            UserCommand::Add(x) => {
                if x.from.is_some() {
                    bulk::user_add_bulk(&jwt, x)
                } else {
                    entities::user_add(&jwt, x)
                }
            }
            UserCommand::Edit(x) => entities::user_edit(&jwt, x),
            UserCommand::List(x) => entities::user_list(&jwt, x),
            UserCommand::Show(x) => entities::user_show(&jwt, x),
            UserCommand::Delete(x) => entities::user_delete(&jwt, x),
            UserCommand::Revoke(x) => entities::user_revoke(&jwt, x),
            UserCommand::Unrevoke(x) => entities::user_unrevoke(&jwt, x),
        },
        JwtCommand::Creds(a) => entities::creds(&jwt, a),
        JwtCommand::Describe(a) => inspect::describe(&jwt, a),
        JwtCommand::Validate(_) => inspect::validate(&jwt),
        JwtCommand::ServerConfig(a) => inspect::server_config(&jwt, a),
        JwtCommand::Push(a) => remote::push(&jwt, a).await,
        JwtCommand::Pull(a) => remote::pull(&jwt, a).await,
        JwtCommand::ImportNsc(a) => nsc::import(&jwt, a),
    }
}

/// Print `output` now and fail with `err` (data on stdout, exit code from the error).
pub fn print_then_fail(app: &App, output: &Output, err: Error) -> Result<Output> {
    app.print(output)?;
    Err(err)
}

#[cfg(test)]
mod tests {
    use super::parse_limit;

    #[test]
    fn limits_with_units() {
        assert_eq!(parse_limit("-1"), Ok(-1));
        assert_eq!(parse_limit("0"), Ok(0));
        assert_eq!(parse_limit("10k"), Ok(10_000));
        assert_eq!(parse_limit("1MiB"), Ok(1 << 20));
        assert_eq!(parse_limit("2G"), Ok(2_000_000_000));
        assert_eq!(parse_limit("1gib"), Ok(1 << 30));
        assert!(parse_limit("-2").is_err());
        assert!(parse_limit("lots").is_err());
        assert!(parse_limit("10x").is_err());
        assert!(parse_limit("99999999999t").is_err());
    }
}
