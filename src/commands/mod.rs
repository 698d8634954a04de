//! The commands. Each group has its clap arguments and functions that return an
//! [`Output`]; this module dispatches (jj style).

pub mod api;
pub mod apply;
pub mod auth;
pub mod backup;
pub mod collection;
pub mod completion;
pub mod context;
pub mod health;
pub mod help;
pub mod jwt;
pub mod nats;
pub mod record;
pub mod settings;

use crate::app::App;
use crate::cli::Command;
use crate::error::Result;
use crate::output::Output;

pub async fn run(app: &App, command: Command) -> Result<Output> {
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
        Command::Completion(a) => completion::run(a),
        Command::Help(a) => help::run(a),
    }
}
