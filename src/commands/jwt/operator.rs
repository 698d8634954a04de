//! `jwt init` and `jwt operator show|edit|list`: the operator of the store.

use super::JwtCommandContext;
use super::sign::{next_iat, operator_json, operator_signer, sign_account, sign_user};
use crate::error::{Error, Result};
use crate::nats::claims::{
    AccountClaims, Export, OperatorClaims, ResponseType, UserClaims, add_tag,
};
use crate::nats::jwt::encode_at;
use crate::nats::keys::KeyPair;
use crate::output::{Column, Output};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

/// Create an operator (identity + signing key) and, by default, the SYS account and sys user
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Accounts are signed by the operator signing key and users by their account's\nsigning key, so that `jwt operator edit --require-signing-keys` works from the start.\n\nExamples:\n  pbctl jwt init acme\n  pbctl jwt init acme --service-url nats://nats.example.com:4222\n  pbctl jwt init test --no-system-account --store ./nats-store"
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

#[derive(Debug, Clone, Args)]
#[command(
    about = "Show or edit the operator",
    after_help = "Examples:\n  pbctl jwt operator show\n  pbctl jwt operator edit --require-signing-keys"
)]
pub struct OperatorArgs {
    #[command(subcommand)]
    pub command: OperatorCommand,
}

#[derive(Debug, Clone, Subcommand)]
pub enum OperatorCommand {
    Show(OperatorShowArgs),
    Edit(OperatorEditArgs),
    #[command(visible_alias = "ls")]
    List(OperatorListArgs),
}

/// Show the operator's claims and keys (never a seed)
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Examples:\n  pbctl jwt operator show\n  pbctl jwt operator show -o json\n  pbctl jwt operator show --raw    # the JWT itself"
)]
pub struct OperatorShowArgs {}

/// List the operators of the store
#[derive(Debug, Clone, Args)]
#[command(after_help = "Examples:\n  pbctl jwt operator list\n  pbctl jwt operator list -o name")]
pub struct OperatorListArgs {}

/// Change the operator and re-sign it
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Removing a signing key re-signs, with the newest remaining signing key, every account\nthat it had signed, so that no account is left untrusted.\n\nExamples:\n  pbctl jwt operator edit --service-url nats://nats:4222 --account-server-url nats://nats:4222\n  pbctl jwt operator edit --add-signing-key\n  pbctl jwt operator edit --remove-signing-key OB6C...\n  pbctl jwt operator edit --require-signing-keys"
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

/// The SYS account as `nsc init` builds it: two monitoring exports and a signing key.
fn system_account_claims(sys: &KeyPair, sys_sk: &KeyPair) -> AccountClaims {
    let mut ac = AccountClaims::new(sys.public_key(), "SYS");
    let info = "https://docs.nats.io/nats-server/configuration/sys_accounts";
    let mut streams = Export::stream("account-monitoring-streams", "$SYS.ACCOUNT.*.>");
    streams.account_token_position = 3;
    streams.description = "Account specific monitoring stream".into();
    streams.info_url = info.into();
    let mut services = Export::service("account-monitoring-services", "$SYS.REQ.ACCOUNT.*.*");
    services.response_type = Some(ResponseType::Stream);
    services.account_token_position = 4;
    services.description =
        "Request account specific monitoring services for: SUBSZ, CONNZ, LEAFZ, JSZ and INFO"
            .into();
    services.info_url = info.into();
    ac.nats.exports = vec![streams, services];
    ac.nats.add_signing_key(sys_sk.public_key());
    ac
}

pub fn init(cx: &JwtCommandContext, a: InitArgs) -> Result<Output> {
    let op = cx.store.create_operator(&a.name)?;
    let _lock = op.lock()?;
    if op.operator_path().exists() {
        return Err(Error::failed(format!(
            "operator \"{}\" already exists",
            a.name
        )));
    }
    let store = &cx.store;
    let okp = KeyPair::new_operator();
    let osk = KeyPair::new_operator();
    store.save_key(&okp)?;
    store.save_key(&osk)?;
    let mut oc = OperatorClaims::new(okp.public_key(), &a.name);
    oc.nats.signing_keys.push(osk.public_key().to_string());
    oc.nats.operator_service_urls = a.service_url.clone();
    if let Some(u) = &a.account_server_url {
        oc.nats.account_server_url = u.clone();
    }
    let mut created =
        vec![json!({"kind": "operator", "name": a.name, "publicKey": okp.public_key()})];
    if !a.no_system_account {
        let sys = KeyPair::new_account();
        let sys_sk = KeyPair::new_account();
        store.save_key(&sys)?;
        store.save_key(&sys_sk)?;
        oc.nats.system_account = sys.public_key().to_string();
        let mut ac = system_account_claims(&sys, &sys_sk);
        let ajwt = sign_account(&mut ac, &osk, 0)?;
        let user = KeyPair::new_user();
        store.save_key(&user)?;
        let mut uc = UserClaims::new(user.public_key(), "sys");
        uc.nats.issuer_account = sys.public_key().to_string();
        let ujwt = sign_user(&mut uc, &sys_sk, &ac, 0)?;
        op.write_account("SYS", &ajwt)?;
        op.write_user("SYS", "sys", &ujwt)?;
        created.push(json!({"kind": "account", "name": "SYS", "publicKey": sys.public_key()}));
        created.push(json!({"kind": "user", "name": "sys", "account": "SYS", "publicKey": user.public_key()}));
    }
    let ojwt = encode_at(&mut oc, &okp, next_iat(0))?;
    op.write_operator(&ojwt)?;
    let mut value = operator_json(&op, &oc);
    value["created"] = Value::Array(created);
    Ok(Output::done(
        format!(
            "Operator \"{}\" created ({}){} in {}.",
            a.name,
            okp.public_key(),
            if a.no_system_account {
                ""
            } else {
                " with the SYS account and the sys user"
            },
            op.dir.display()
        ),
        value,
        "publicKey",
    ))
}

pub fn operator_list(cx: &JwtCommandContext) -> Result<Output> {
    let mut rows = Vec::new();
    for name in cx.store.operators()? {
        let op = cx.store.operator(Some(&name))?;
        match op.operator_claims() {
            Ok((_, oc)) => rows.push(operator_json(&op, &oc)),
            Err(e) => rows.push(json!({"storeName": name, "status": e.to_string()})),
        }
    }
    Ok(Output::list(
        Value::Array(rows),
        vec![
            Column::new("NAME", "storeName"),
            Column::new("PUBLIC KEY", "publicKey"),
            Column::new("SYSTEM ACCOUNT", "systemAccount"),
            Column::new("STRICT", "strictSigningKeys"),
            Column::wide("STORE", "store"),
        ],
        "storeName",
    ))
}

pub fn operator_show(cx: &JwtCommandContext, _a: OperatorShowArgs) -> Result<Output> {
    let op = cx.op()?;
    let (token, oc) = op.operator_claims()?;
    if cx.raw_requested() {
        return Ok(Output::Text(format!("{token}\n")));
    }
    Ok(Output::object(operator_json(&op, &oc), "publicKey"))
}

pub fn operator_edit(cx: &JwtCommandContext, a: OperatorEditArgs) -> Result<Output> {
    let op = cx.op()?;
    let store = &cx.store;
    let _lock = op.lock()?;
    let (_, mut oc) = op.operator_claims()?;
    let identity = store.require_key(&oc.sub, "operator identity key")?;
    if !a.service_url.is_empty() {
        oc.nats.operator_service_urls = a.service_url.clone();
    }
    if let Some(u) = &a.account_server_url {
        oc.nats.account_server_url = u.clone();
    }
    if let Some(v) = &a.assert_server_version {
        oc.nats.assert_server_version = v.clone();
    }
    for t in &a.tag {
        add_tag(&mut oc.nats.common.tags, t);
    }
    let mut added = None;
    if a.add_signing_key {
        let sk = KeyPair::new_operator();
        store.save_key(&sk)?;
        oc.nats.signing_keys.push(sk.public_key().to_string());
        added = Some(sk.public_key().to_string());
    }
    for k in &a.remove_signing_key {
        let before = oc.nats.signing_keys.len();
        oc.nats.signing_keys.retain(|x| x != k);
        if oc.nats.signing_keys.len() == before {
            return Err(Error::not_found(format!(
                "{k} is not a signing key of operator \"{}\"",
                oc.name
            )));
        }
    }
    if let Some(strict) = a.require_signing_keys {
        oc.nats.strict_signing_key_usage = strict;
    }
    let prev = oc.iat;
    let token = encode_at(&mut oc, &identity, next_iat(prev))?;
    op.write_operator(&token)?;

    // Accounts signed by a removed key would be untrusted: re-sign them.
    let mut resigned = Vec::new();
    let mut identity_signed = Vec::new();
    if !a.remove_signing_key.is_empty() || a.require_signing_keys == Some(true) {
        for name in op.accounts()? {
            let (_, mut ac) = op.account_claims(&name)?;
            if a.remove_signing_key.contains(&ac.iss) {
                let signer = operator_signer(store, &oc, None)?;
                let prev = ac.iat;
                let t = sign_account(&mut ac, &signer, prev)?;
                op.write_account(&name, &t)?;
                resigned.push(name);
            } else if ac.iss == oc.sub && oc.nats.strict_signing_key_usage {
                identity_signed.push(name);
            }
        }
    }
    if !identity_signed.is_empty() {
        cx.app.ui.warn(format!(
            "these accounts are signed by the operator identity key, which strict mode does not trust: {}; re-sign them with `pbctl jwt account edit NAME`",
            identity_signed.join(", ")
        ));
    }
    let mut value = operator_json(&op, &oc);
    value["addedSigningKey"] = json!(added);
    value["resignedAccounts"] = json!(resigned);
    let mut msg = format!("Operator \"{}\" updated.", oc.name);
    if let Some(k) = &added {
        msg.push_str(&format!(" New signing key {k}."));
    }
    if !resigned.is_empty() {
        msg.push_str(&format!(" Re-signed accounts: {}.", resigned.join(", ")));
    }
    Ok(Output::done(msg, value, "publicKey"))
}
