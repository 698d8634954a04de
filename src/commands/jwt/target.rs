//! The account a command works on, given as an argument (`signing-key add app`) or, like
//! the other `jwt` commands, with `--account app`.

use crate::error::{Error, Result};
use clap::Args;
use clap_complete::engine::ArgValueCandidates;

/// `ACCOUNT` argument or `--account`.
#[derive(Debug, Args, Clone, Default)]
pub struct AccountTarget {
    /// Account name (or use --account)
    #[arg(value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account: Option<String>,
    /// Account name (the same as the ACCOUNT argument)
    #[arg(long = "account", short = 'a', value_name = "ACCOUNT", add = ArgValueCandidates::new(crate::commands::candidates::jwt_accounts))]
    pub account_flag: Option<String>,
}

impl AccountTarget {
    /// The account name; exactly one of the two forms must be given.
    pub fn name(&self) -> Result<String> {
        match (&self.account, &self.account_flag) {
            (Some(a), None) | (None, Some(a)) => Ok(a.clone()),
            (Some(a), Some(b)) if a == b => Ok(a.clone()),
            (Some(_), Some(_)) => Err(Error::usage(
                "the account is given twice (argument and --account) with different names",
            )),
            (None, None) => Err(Error::usage("which account? pass ACCOUNT or --account A")),
        }
    }
}

/// Commands with a second positional (`signing-key remove ACCOUNT KEY`): with `--account`
/// the one positional is the second value. Returns `(account, rest)`.
pub fn account_and_rest(
    flag: Option<&str>,
    positionals: &[String],
) -> Result<(String, Vec<String>)> {
    match flag {
        Some(a) => Ok((a.to_string(), positionals.to_vec())),
        None => match positionals.split_first() {
            Some((a, rest)) => Ok((a.clone(), rest.to_vec())),
            None => Err(Error::usage("which account? pass ACCOUNT or --account A")),
        },
    }
}
