//! NATS decentralized auth for `pbctl`: nkeys, JWT v2 claims, creds files,
//! nats-server operator-mode configs and a `$SYS.REQ.CLAIMS.*` resolver
//! client.
//!
//! Wire formats follow the nats-io/jwt v2 Go library, nkeys, nsc and nats-server, byte
//! for byte where they are observable (JSON key order, jti, creds layout). The module never touches the filesystem:
//! callers pass data in and decide where it goes.
//!
//! Typical flow:
//! 1. [`keys::KeyPair::new_operator`] / `new_account` / `new_user`;
//! 2. build [`claims::OperatorClaims`] / [`claims::AccountClaims`] /
//!    [`claims::UserClaims`] and sign them with [`jwt::encode`];
//! 3. [`creds::format_user_creds`] for users;
//! 4. [`server_config::ServerConfig::render`] for nats-server;
//! 5. [`resolver::ResolverClient`] to push account JWTs.

#![warn(missing_docs)]

pub mod claims;
pub mod creds;
pub mod error;
pub mod jwt;
pub mod keys;
pub mod resolver;
pub mod server_config;

pub use error::{Error, Result};
