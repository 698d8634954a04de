//! `pbctl jwt`: offline minting of NATS operator, account and user JWTs from a local
//! key store, like nsc, and pushing account JWTs to nats-server.
//!
//! The store lives in [`crate::jwt_store`]; wire formats, signing and the resolver
//! protocol in [`crate::nats`]. Each submodule holds a group of commands with their clap
//! structs; this module only names the subcommands and dispatches to them.

mod account;
mod activation;
mod bulk;
mod check;
mod context;
mod creds;
mod exports;
mod inspect;
mod keys;
mod mapping;
mod nsc;
mod operator;
mod remote;
mod sign;
mod signing_key;
mod target;
mod user;

use account::{AccountArgs, AccountCommand};
use activation::{ActivationArgs, ActivationCommand};
use check::CheckArgs;
use context::ContextArgs;
use creds::CredsArgs;
use exports::{AccountExportCommand, AccountImportCommand};
use inspect::{DescribeArgs, ServerConfigArgs, ValidateArgs};
use keys::{KeysArgs, KeysCommand};
use mapping::MappingCommand;
use nsc::ImportNscArgs;
use operator::{InitArgs, OperatorArgs, OperatorCommand};
use remote::{PullArgs, PushArgs};
use signing_key::SigningKeyCommand;
use user::{UserArgs, UserCommand};

use crate::app::App;
use crate::error::Result;
use crate::jwt_store::{OperatorStore, Store};
use crate::output::Output;
use clap::{Args, Subcommand};
use std::path::PathBuf;

/// The help heading of the flags every `jwt` command takes (after the command's own flags,
/// before the global ones).
const KEY_STORE_OPTIONS: &str = "Key store options";

#[derive(Debug, Clone, Args)]
#[command(
    about = "Mint NATS JWTs and creds offline from a local key store, and push them (like nsc)",
    after_help = "The store is $PBCTL_DATA_DIR/jwt (override with --store or PBCTL_JWT_STORE). With one\noperator in the store it is used; with several, pass --operator or set PBCTL_JWT_OPERATOR.\n\nExamples:\n  pbctl jwt init acme\n  pbctl jwt account add app --conns 100\n  pbctl jwt user add alice --account app --allow-pub 'app.>' --deny-pub 'app.admin.>'\n  pbctl jwt creds alice --account app -O alice.creds\n  pbctl jwt server-config --resolver full -O nats.conf\n  pbctl jwt push --nats-url nats://127.0.0.1:4222"
)]
pub struct JwtArgs {
    /// Key store directory [env: PBCTL_JWT_STORE] [default: $PBCTL_DATA_DIR/jwt]
    #[arg(long, global = true, value_name = "DIR", help_heading = KEY_STORE_OPTIONS)]
    pub store: Option<PathBuf>,
    /// Operator to use when the store has several [env: PBCTL_JWT_OPERATOR]
    #[arg(long, global = true, value_name = "NAME", help_heading = KEY_STORE_OPTIONS)]
    pub operator: Option<String>,
    #[command(subcommand)]
    pub command: JwtCommand,
}

#[derive(Debug, Clone, Subcommand)]
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
    Activation(ActivationArgs),
    Keys(KeysArgs),
    Context(ContextArgs),
    Check(CheckArgs),
}

/// What every `jwt` command gets: the app, the key store and the operator chosen with
/// `--operator` (a command context, not a JWT).
pub struct JwtCommandContext<'a> {
    pub app: &'a App,
    pub store: Store,
    pub operator: Option<String>,
}

impl JwtCommandContext<'_> {
    /// The operator to work on: `--operator`, else the only one in the store.
    pub fn op(&self) -> Result<OperatorStore> {
        self.store.operator(self.operator.as_deref())
    }

    /// `--raw` without `--jq`: show the JWT itself instead of its claims.
    pub fn raw_requested(&self) -> bool {
        self.app.global.raw && self.app.global.jq.is_none()
    }
}

pub async fn run(app: &App, args: JwtArgs) -> Result<Output> {
    let cx = JwtCommandContext {
        app,
        store: Store::open(args.store.as_deref()),
        operator: args.operator,
    };
    match args.command {
        JwtCommand::Init(a) => operator::init(&cx, a),
        JwtCommand::Operator(a) => match a.command {
            OperatorCommand::Show(s) => operator::operator_show(&cx, s),
            OperatorCommand::Edit(e) => operator::operator_edit(&cx, e),
            OperatorCommand::List(_) => operator::operator_list(&cx),
        },
        JwtCommand::Account(a) => match a.command {
            AccountCommand::Add(x) => account::account_add(&cx, x),
            AccountCommand::Edit(x) => account::account_edit(&cx, x),
            AccountCommand::List(_) => account::account_list(&cx),
            AccountCommand::Show(x) => account::account_show(&cx, x),
            AccountCommand::Delete(x) => account::account_delete(&cx, x),
            AccountCommand::Export(e) => match e.command {
                AccountExportCommand::Add(x) => exports::export_add(&cx, x),
                AccountExportCommand::Delete(x) => exports::export_delete(&cx, x),
            },
            AccountCommand::Import(i) => match i.command {
                AccountImportCommand::Add(x) => exports::import_add(&cx, x),
                AccountImportCommand::Delete(x) => exports::import_delete(&cx, x),
            },
            AccountCommand::SigningKey(k) => match k.command {
                SigningKeyCommand::Add(x) => signing_key::signing_key_add(&cx, x),
                SigningKeyCommand::List(x) => signing_key::signing_key_list(&cx, x),
                SigningKeyCommand::Remove(x) => signing_key::signing_key_remove(&cx, x),
            },
            AccountCommand::Mapping(m) => match m.command {
                MappingCommand::Add(x) => mapping::mapping_add(&cx, x),
                MappingCommand::List(x) => mapping::mapping_list(&cx, x),
                MappingCommand::Remove(x) => mapping::mapping_remove(&cx, x),
            },
        },
        JwtCommand::User(u) => match u.command {
            UserCommand::Add(x) => {
                if x.from.is_some() {
                    bulk::user_add_bulk(&cx, x)
                } else {
                    user::user_add(&cx, x)
                }
            }
            UserCommand::Edit(x) => user::user_edit(&cx, x),
            UserCommand::List(x) => user::user_list(&cx, x),
            UserCommand::Show(x) => user::user_show(&cx, x),
            UserCommand::Delete(x) => user::user_delete(&cx, x),
            UserCommand::Revoke(x) => user::user_revoke(&cx, x),
            UserCommand::Unrevoke(x) => user::user_unrevoke(&cx, x),
        },
        JwtCommand::Creds(a) => creds::creds(&cx, a),
        JwtCommand::Describe(a) => inspect::describe(&cx, a),
        JwtCommand::Validate(_) => inspect::validate(&cx),
        JwtCommand::ServerConfig(a) => inspect::server_config(&cx, a),
        JwtCommand::Push(a) => remote::push(&cx, a).await,
        JwtCommand::Pull(a) => remote::pull(&cx, a).await,
        JwtCommand::ImportNsc(a) => nsc::import(&cx, a),
        JwtCommand::Activation(a) => match a.command {
            ActivationCommand::Create(x) => activation::activation_create(&cx, x),
        },
        JwtCommand::Keys(k) => match k.command {
            KeysCommand::Export(x) => keys::keys_export(&cx, x),
            KeysCommand::Import(x) => keys::keys_import(&cx, x),
        },
        JwtCommand::Context(a) => context::context(&cx, a),
        JwtCommand::Check(a) => check::check(&cx, a),
    }
}
