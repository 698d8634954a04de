//! `jwt account mapping add|list|remove`: subject mappings of an account (like
//! `nsc add mapping`), in NATS's own syntax (`orders.v2.{{wildcard(1)}}`), stored as given.

use super::JwtCommandContext;
use super::account::edit_account;
use super::target::AccountTarget;
use crate::error::{Error, Result};
use crate::nats::claims::{AccountClaims, ClaimBody, WeightedMapping, validate_subject};
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

#[derive(Debug, Clone, Args)]
#[command(
    about = "Subject mappings of an account (weighted, per cluster)",
    after_help = "Examples:\n  pbctl jwt account mapping add app --from 'orders.*' --to 'orders.v2.{{wildcard(1)}}'\n  pbctl jwt account mapping add app --from cn --to cn.a --weight 90 --to cn.b --weight 10\n  pbctl jwt account mapping list app\n  pbctl jwt account mapping remove app --from cn"
)]
pub struct MappingArgs {
    #[command(subcommand)]
    pub command: MappingCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum MappingCommand {
    Add(MappingAddArgs),
    #[command(visible_alias = "ls")]
    List(MappingListArgs),
    #[command(visible_alias = "rm")]
    Remove(MappingRemoveArgs),
}

/// Add destinations to a subject mapping and re-sign the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "--weight and --cluster pair with the --to flags in order: give each either once per --to\nor not at all (a single --cluster applies to every destination). The weights of one\ncluster add up to at most 100; without --weight a destination gets 100. A destination\nthat is already in the mapping (same subject and cluster) is replaced.\n\nExamples:\n  pbctl jwt account mapping add app --from 'orders.*' --to 'orders.v2.{{wildcard(1)}}'\n  pbctl jwt account mapping add app --from split --to split.a --weight 50 --to split.b --weight 50\n  pbctl jwt account mapping add app --from q --to q.east --cluster east --to q.west --cluster west"
)]
pub struct MappingAddArgs {
    #[command(flatten)]
    pub target: AccountTarget,
    /// Subject to map (may contain wildcards)
    #[arg(long, value_name = "S")]
    pub from: String,
    /// Destination subject (repeatable)
    #[arg(long, value_name = "T", required = true)]
    pub to: Vec<String>,
    /// Weight in percent of the matching --to (1-100)
    #[arg(long, value_name = "PCT", value_parser = clap::value_parser!(u8).range(1..=100))]
    pub weight: Vec<u8>,
    /// Cluster of the matching --to
    #[arg(long, value_name = "C")]
    pub cluster: Vec<String>,
}

/// List the subject mappings of an account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account mapping list app\n  pbctl jwt account mapping list --account app -o json"
)]
pub struct MappingListArgs {
    #[command(flatten)]
    pub target: AccountTarget,
}

/// Remove a subject mapping (or one of its destinations) and re-sign the account
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt account mapping remove app --from 'orders.*'\n  pbctl jwt account mapping remove app --from cn --to cn.b"
)]
pub struct MappingRemoveArgs {
    #[command(flatten)]
    pub target: AccountTarget,
    /// The mapped subject
    #[arg(long, value_name = "S")]
    pub from: String,
    /// Only remove this destination
    #[arg(long, value_name = "T")]
    pub to: Vec<String>,
}

/// Pair `--to` with `--weight` and `--cluster` by position.
pub fn destinations(
    to: &[String],
    weight: &[u8],
    cluster: &[String],
) -> Result<Vec<WeightedMapping>> {
    if !weight.is_empty() && weight.len() != to.len() {
        return Err(Error::usage(format!(
            "{} --to but {} --weight: give one --weight per --to, or none",
            to.len(),
            weight.len()
        )));
    }
    if cluster.len() > 1 && cluster.len() != to.len() {
        return Err(Error::usage(format!(
            "{} --to but {} --cluster: give one --cluster per --to, one for all, or none",
            to.len(),
            cluster.len()
        )));
    }
    to.iter()
        .enumerate()
        .map(|(i, t)| {
            validate_subject(t).map_err(|e| Error::usage(format!("--to {t:?}: {e}")))?;
            let c = match cluster {
                [] => String::new(),
                [one] => one.clone(),
                many => many[i].clone(),
            };
            Ok(WeightedMapping::new(
                t.clone(),
                weight.get(i).copied().unwrap_or(0),
                c,
            ))
        })
        .collect()
}

fn rows(account: &str, ac: &AccountClaims) -> Value {
    let mut out = Vec::new();
    for (from, to) in &ac.nats.mappings {
        for m in to {
            out.push(json!({
                "account": account,
                "from": from,
                "to": m.subject,
                "weight": m.effective_weight(),
                "cluster": m.cluster,
            }));
        }
    }
    Value::Array(out)
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("FROM", "from"),
        Column::new("TO", "to"),
        Column::new("WEIGHT", "weight"),
        Column::new("CLUSTER", "cluster"),
    ]
}

pub fn mapping_add(cx: &JwtCommandContext, a: MappingAddArgs) -> Result<Output> {
    let account = a.target.name()?;
    validate_subject(&a.from).map_err(|e| Error::usage(format!("--from: {e}")))?;
    let new = destinations(&a.to, &a.weight, &a.cluster)?;
    let (ac, _) = edit_account(cx, &account, None, |ac, _| {
        let mut list = ac.nats.mappings.get(&a.from).cloned().unwrap_or_default();
        for d in new {
            list.retain(|m| !(m.subject == d.subject && m.cluster == d.cluster));
            list.push(d);
        }
        ac.nats.set_mapping(a.from.clone(), list);
        ac.nats
            .validate()
            .map_err(|e| Error::usage(e.to_string()).hint("see `pbctl jwt account mapping list`"))
    })?;
    Ok(Output::done(
        format!(
            "Mapping {} added to account \"{account}\"; push the account to apply it.",
            a.from
        ),
        rows(&account, &ac),
        "from",
    ))
}

pub fn mapping_list(cx: &JwtCommandContext, a: MappingListArgs) -> Result<Output> {
    let account = a.target.name()?;
    let (_, ac) = cx.op()?.account_claims(&account)?;
    Ok(Output::list(rows(&account, &ac), columns(), "from"))
}

pub fn mapping_remove(cx: &JwtCommandContext, a: MappingRemoveArgs) -> Result<Output> {
    let account = a.target.name()?;
    let (ac, _) = edit_account(cx, &account, None, |ac, _| {
        let Some(list) = ac.nats.mappings.get_mut(&a.from) else {
            return Err(Error::not_found(format!(
                "account \"{account}\" has no mapping for {}",
                a.from
            )));
        };
        if a.to.is_empty() {
            ac.nats.remove_mapping(&a.from);
            return Ok(());
        }
        for t in &a.to {
            let before = list.len();
            list.retain(|m| m.subject != *t);
            if list.len() == before {
                return Err(Error::not_found(format!(
                    "mapping {} of account \"{account}\" has no destination {t}",
                    a.from
                )));
            }
        }
        if list.is_empty() {
            ac.nats.remove_mapping(&a.from);
        }
        Ok(())
    })?;
    let what = if ac.nats.mappings.contains_key(&a.from) {
        "updated in"
    } else {
        "removed from"
    };
    Ok(Output::done(
        format!(
            "Mapping {} {what} account \"{account}\"; push the account to apply it.",
            a.from
        ),
        rows(&account, &ac),
        "from",
    ))
}

#[cfg(test)]
mod tests {
    use super::destinations;

    #[test]
    fn pairing() {
        let to = vec!["a".to_string(), "b".to_string()];
        let d = destinations(&to, &[50, 50], &[]).unwrap();
        assert_eq!((d[0].weight, d[1].weight), (50, 50));
        let d = destinations(&to, &[], &["east".into()]).unwrap();
        assert_eq!(d[1].cluster, "east");
        assert!(destinations(&to, &[50], &[]).is_err());
        assert!(destinations(&to, &[], &["a".into(), "b".into(), "c".into()]).is_err());
    }
}
