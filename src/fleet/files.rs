//! Files written by a fleet run: every context needs its own path. `-O` must hold
//! `{context}` (replaced by the context's name) or name a directory (`-O DIR/` writes
//! `DIR/<context>/<file>`); anything else would make the contexts overwrite each other's
//! file and is a usage error. Inputs read from stdin (`-f -`) cannot be read by every
//! context and are refused too.

use crate::commands::Command;
use crate::commands::backup::BackupCommand;
use crate::commands::collection::CollectionCommand;
use crate::commands::nats::NatsCommand;
use crate::commands::nats::user::NatsUserCommand;
use crate::commands::record::{DataFormat, RecordCommand};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

const PLACEHOLDER: &str = "{context}";

/// A path option of a command that writes files.
struct Slot<'a> {
    path: &'a mut Option<PathBuf>,
    flag: &'static str,
    /// Without the option the command writes to stdout or to a fixed name in the
    /// current directory: one per context is impossible, so the option is required.
    required: bool,
    /// The file a directory gets; `None` when the command names the file inside a
    /// directory itself (`backup download -O DIR/`, `nats server-config -O DIR`).
    file_name: Option<String>,
    /// The option always names a directory (`export -O`, `nats server-config -O`), so a
    /// path without `{context}` is taken as one even without a trailing `/`.
    always_dir: bool,
}

fn slots(command: &mut Command) -> Vec<Slot<'_>> {
    match command {
        Command::Backup(b) => match &mut b.command {
            BackupCommand::Download(a) => vec![Slot {
                path: &mut a.out,
                flag: "-O",
                required: true,
                file_name: None,
                always_dir: false,
            }],
            _ => vec![],
        },
        Command::Record(r) => match &mut r.command {
            RecordCommand::Export(a) => {
                let format = a.format.unwrap_or_else(|| {
                    DataFormat::guess(a.output_file.as_deref().and_then(Path::to_str))
                });
                let ext = match format {
                    DataFormat::Jsonl => "jsonl",
                    DataFormat::Json => "json",
                    DataFormat::Csv => "csv",
                };
                vec![Slot {
                    file_name: Some(format!("{}.{ext}", a.collection)),
                    path: &mut a.output_file,
                    flag: "-O",
                    required: true,
                    always_dir: false,
                }]
            }
            RecordCommand::Import(a) => vec![Slot {
                path: &mut a.errors,
                flag: "--errors",
                required: false,
                file_name: Some("import-errors.jsonl".into()),
                always_dir: false,
            }],
            _ => vec![],
        },
        Command::Collection(c) => match &mut c.command {
            CollectionCommand::Export(a) => {
                let ext = match a.format {
                    Some(crate::commands::collection::DocFormat::Json) => "json",
                    _ => "yaml",
                };
                vec![Slot {
                    path: &mut a.output_file,
                    flag: "-O",
                    required: true,
                    file_name: Some(format!("collections.{ext}")),
                    always_dir: false,
                }]
            }
            _ => vec![],
        },
        // `pbctl export -O DIR/` writes DIR/<context>/{collections,settings,nats}.yaml.
        Command::Export(a) => vec![Slot {
            path: &mut a.dir,
            flag: "-O",
            required: true,
            file_name: None,
            always_dir: true,
        }],
        Command::Nats(n) => match &mut n.command {
            NatsCommand::ServerConfig(a) => vec![Slot {
                path: &mut a.dir,
                flag: "-O",
                required: false,
                file_name: None,
                always_dir: true,
            }],
            NatsCommand::User(u) => match &mut u.command {
                NatsUserCommand::Creds(a) => vec![Slot {
                    file_name: Some(format!("{}.creds", a.name)),
                    path: &mut a.file,
                    flag: "-O",
                    required: false,
                    always_dir: false,
                }],
                _ => vec![],
            },
            _ => vec![],
        },
        _ => vec![],
    }
}

/// Stdin inputs (`-f -`, `--password-stdin`...) of a command, refused before any
/// request. (Any read of stdin in a fleet run fails anyway: [`crate::ui::data_stdin`].)
fn reads_stdin(command: &Command) -> bool {
    use crate::commands::api::ApiArgs;
    let dash = |s: &str| s == "-";
    match command {
        Command::Collection(c) => match &c.command {
            CollectionCommand::Apply(a) => dash(&a.from_file),
            CollectionCommand::Diff(a) => dash(&a.from_file),
            _ => false,
        },
        Command::Record(r) => match &r.command {
            RecordCommand::Import(a) => dash(&a.from_file),
            RecordCommand::Create(a) => a.from_file.as_deref().is_some_and(dash),
            RecordCommand::Update(a) => a.from_file.as_deref().is_some_and(dash),
            _ => false,
        },
        Command::Api(ApiArgs { input, .. }) => input.as_deref().is_some_and(dash),
        Command::Settings(s) => matches!(
            &s.command,
            crate::commands::settings::SettingsCommand::Set(a)
                if a.from_file.as_deref().is_some_and(dash)
        ),
        Command::Auth(a) => matches!(
            &a.command,
            crate::commands::auth::AuthCommand::Login(l)
                if l.password_stdin || l.otp_stdin || l.token_stdin
        ),
        Command::Apply(a) => a.files.files.iter().any(|f| dash(f)),
        Command::Diff(a) => a.files.files.iter().any(|f| dash(f)),
        _ => false,
    }
}

/// Check the command's file options for a fleet run and make them the paths of
/// `context`; creates the context's directory where the path needs one.
pub fn localize(command: &mut Command, context: &str, create_dirs: bool) -> Result<()> {
    // The name becomes part of paths: a config edited by hand (or shared) must not name a
    // context `../x`.
    crate::config::validate_context_name(context)?;
    if reads_stdin(command) {
        return Err(Error::usage("a fleet run cannot read its input from stdin")
            .hint("save the input to a file and pass it with -f FILE; every context reads it"));
    }
    for slot in slots(command) {
        let Some(template) = slot.path.take() else {
            if slot.required {
                return Err(needs_path(slot.flag, "writes to one place"));
            }
            continue;
        };
        let text = template.to_string_lossy().into_owned();
        let local = if text == "-" {
            return Err(needs_path(
                slot.flag,
                "cannot write every context to stdout",
            ));
        } else if text.contains(PLACEHOLDER) {
            PathBuf::from(text.replace(PLACEHOLDER, context))
        } else if slot.always_dir || text.ends_with('/') || template.is_dir() {
            crate::fsutil::check_output_dir(&template).map_err(|e| {
                e.hint(format!(
                    "in fleet mode {} DIR writes DIR/<context>/...: choose a directory, or put {PLACEHOLDER} in the path",
                    slot.flag
                ))
            })?;
            let dir = template.join(context);
            match &slot.file_name {
                Some(name) => dir.join(name),
                None => PathBuf::from(format!("{}/", dir.display())),
            }
        } else {
            return Err(needs_path(
                slot.flag,
                &format!("would write every context to {text}"),
            ));
        };
        if create_dirs {
            let text = local.to_string_lossy();
            let dir = if text.ends_with('/') || slot.file_name.is_none() {
                Some(local.as_path())
            } else {
                local.parent()
            };
            if let Some(dir) = dir.filter(|d| !d.as_os_str().is_empty()) {
                crate::fsutil::create_private_dir(dir)?;
            }
        }
        *slot.path = Some(local);
    }
    Ok(())
}

fn needs_path(flag: &str, why: &str) -> Error {
    Error::usage(format!(
        "in fleet mode {flag} needs {PLACEHOLDER} in the path or a directory: the command {why}"
    ))
    .hint(format!(
        "e.g. {flag} 'out-{PLACEHOLDER}.jsonl' or {flag} backups/ (writes backups/<context>/...)"
    ))
}
