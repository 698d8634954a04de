//! `jwt keys export|import`: an encrypted bundle (age, passphrase) of the store's seeds
//! and JWTs, to back a store up or move it (see [`crate::jwt_bundle`]).

use super::JwtCommandContext;
use crate::error::{Error, Result};
use crate::fsutil::{Overwrite, check_destination, write_file};
use crate::jwt_bundle;
use crate::output::Output;
use clap::{Args, Subcommand};
use serde_json::json;
use std::io::BufRead;
use std::path::PathBuf;
use zeroize::Zeroizing;

#[derive(Debug, Clone, Args)]
#[command(
    about = "Back up or move the store: an encrypted bundle of seeds and JWTs",
    after_help = "Examples:\n  pbctl jwt keys export -O acme.age\n  pbctl jwt keys export -O app-only.age --account app\n  pbctl jwt keys import acme.age --store /new/store"
)]
pub struct KeysArgs {
    #[command(subcommand)]
    pub command: KeysCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum KeysCommand {
    Export(KeysExportArgs),
    Import(KeysImportArgs),
}

/// Write the operator's JWTs and seeds to a passphrase-encrypted (age) bundle
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "The bundle is an age file (scrypt passphrase), so `age -d` opens it too; nothing in it\nis readable without the passphrase. The passphrase is asked twice on a terminal, or read\nfrom the first line of stdin with --passphrase-stdin. With --account, only those\naccounts (their JWTs, keys and users) and the operator JWT are taken, not the operator's\nseeds: hand an account over without the power to sign new accounts.\n\nExamples:\n  pbctl jwt keys export -O acme.age\n  echo \"$PASSPHRASE\" | pbctl jwt keys export -O app.age --account app --passphrase-stdin"
)]
pub struct KeysExportArgs {
    /// The bundle file to write (mode 0600)
    #[arg(short = 'O', long = "out", value_name = "FILE")]
    pub out: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
    /// Only these accounts (repeatable)
    #[arg(long, short = 'a', value_name = "ACCOUNT")]
    pub account: Vec<String>,
    /// Read the passphrase from the first line of stdin
    #[arg(long)]
    pub passphrase_stdin: bool,
}

/// Import a bundle written by `jwt keys export` into the store
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Everything is decrypted and checked before anything is written: a wrong passphrase exits\nwith 4 and a damaged bundle with 1, and the store is left as it was. Entries the store\nalready has with the same content are skipped; other versions are refused unless\n--overwrite.\n\nExamples:\n  pbctl jwt keys import acme.age --store ./restored\n  pbctl jwt keys import app.age --passphrase-stdin < passphrase.txt"
)]
pub struct KeysImportArgs {
    /// The bundle file
    pub file: PathBuf,
    /// Read the passphrase from the first line of stdin
    #[arg(long)]
    pub passphrase_stdin: bool,
    /// Replace accounts and users the store has in other versions
    #[arg(long)]
    pub overwrite: bool,
}

fn passphrase(
    cx: &JwtCommandContext,
    from_stdin: bool,
    confirm: bool,
) -> Result<Zeroizing<String>> {
    let p = if from_stdin {
        let mut line = Zeroizing::new(String::new());
        crate::ui::data_stdin()?.lock().read_line(&mut line)?;
        Zeroizing::new(line.trim_end_matches(['\r', '\n']).to_string())
    } else {
        if !cx.app.ui.can_prompt() {
            return Err(Error::usage("no passphrase: no terminal to ask on")
                .hint("pass --passphrase-stdin and write the passphrase to stdin"));
        }
        let p = Zeroizing::new(cx.app.ui.prompt_secret("Bundle passphrase")?);
        if confirm {
            let again = Zeroizing::new(cx.app.ui.prompt_secret("Repeat the passphrase")?);
            if *again != *p {
                return Err(Error::usage("the passphrases differ"));
            }
        }
        p
    };
    if p.is_empty() {
        return Err(Error::usage("the passphrase is empty"));
    }
    Ok(p)
}

pub fn keys_export(cx: &JwtCommandContext, a: KeysExportArgs) -> Result<Output> {
    let op = cx.op()?;
    // An existing bundle is refused before the passphrase is asked for.
    let overwrite = Overwrite::from_force(a.force);
    check_destination(&a.out, overwrite)?;
    let bundle = jwt_bundle::collect(&op, &a.account)?;
    let pass = passphrase(cx, a.passphrase_stdin, true)?;
    let sealed = jwt_bundle::seal(&bundle, &pass)?;
    write_file(&a.out, &sealed, overwrite)?;
    let s = bundle.summary();
    Ok(Output::done(
        format!(
            "Bundle of operator \"{}\" written to {}: {} accounts, {} users, {} keys (encrypted).",
            s.operator,
            a.out.display(),
            s.accounts.len(),
            s.users,
            s.keys
        ),
        json!({"file": a.out.to_string_lossy(), "summary": s}),
        "file",
    ))
}

pub fn keys_import(cx: &JwtCommandContext, a: KeysImportArgs) -> Result<Output> {
    let data = std::fs::read(&a.file).map_err(|e| {
        let err = format!("cannot read {}: {e}", a.file.display());
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::not_found(err)
        } else {
            Error::failed(err)
        }
    })?;
    let pass = passphrase(cx, a.passphrase_stdin, false)?;
    let bundle = jwt_bundle::open(&data, &pass)?;
    let s = jwt_bundle::import(&cx.store, &bundle, a.overwrite)?;
    Ok(Output::done(
        format!(
            "Imported operator \"{}\" into {}: {} accounts, {} users, {} keys ({} already there).",
            s.operator,
            cx.store.root.display(),
            s.accounts.len(),
            s.users,
            s.keys,
            s.unchanged
        ),
        json!({"store": cx.store.root.to_string_lossy(), "summary": s}),
        "store",
    ))
}
