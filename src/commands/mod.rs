//! The commands. Each group has its clap arguments and functions that return an
//! [`Output`]; this module dispatches (jj style).

pub mod api;
pub mod apply;
pub mod auth;
pub mod backup;
pub mod candidates;
pub mod collection;
pub mod completion;
pub mod context;
pub mod health;
pub mod help;
pub mod jwt;
pub mod nats;
pub mod nats_flags;
pub mod record;
pub mod settings;

use crate::app::App;
use crate::error::Result;
use crate::output::Output;
use clap::Subcommand;

// The command groups, each with its arguments beside its code. (A plain comment: a doc
// comment here would become help text.)
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    #[command(visible_alias = "ctx")]
    Context(context::ContextArgs),
    Auth(auth::AuthArgs),
    #[command(visible_aliases = ["rec", "r"])]
    Record(record::RecordArgs),
    #[command(visible_alias = "col")]
    Collection(collection::CollectionArgs),
    #[command(visible_alias = "bk")]
    Backup(backup::BackupArgs),
    Nats(nats::NatsArgs),
    Settings(settings::SettingsArgs),
    Health(health::HealthArgs),
    Api(api::ApiArgs),
    Apply(apply::ApplyArgs),
    Diff(apply::DiffArgs),
    Export(apply::ExportArgs),
    Jwt(Box<jwt::JwtArgs>),
    Completion(completion::CompletionArgs),
    Help(help::HelpArgs),
}

/// Run `command`. `tree` is the whole clap command tree (for `help` and `completion`).
pub async fn run(app: &App, command: Command, tree: fn() -> clap::Command) -> Result<Output> {
    match command {
        Command::Context(a) => context::run(app, a).await,
        Command::Auth(a) => auth::run(app, a).await,
        Command::Health(a) => health::run(app, a).await,
        Command::Settings(a) => settings::run(app, a).await,
        Command::Backup(a) => backup::run(app, a).await,
        Command::Api(a) => api::run(app, a).await,
        Command::Apply(a) => apply::apply(app, a).await,
        Command::Diff(a) => apply::diff(app, a).await,
        Command::Export(a) => apply::export(app, a).await,
        Command::Record(a) => record::run(app, a).await,
        Command::Collection(a) => collection::run(app, a).await,
        Command::Nats(a) => nats::run(app, a).await,
        Command::Jwt(a) => jwt::run(app, *a).await,
        Command::Completion(a) => completion::run(a, tree()),
        Command::Help(a) => help::run(a, tree()),
    }
}
