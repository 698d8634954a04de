//! pbctl's integration tests: one test binary, real servers.

mod common;
mod nats_server;

mod test_apply;
mod test_auth;
mod test_backup;
mod test_collection;
mod test_context;
mod test_crash;
mod test_errors;
mod test_file_safety;
mod test_fleet;
mod test_generated;
mod test_hostile;
mod test_http;
mod test_human_output;
mod test_input_safety;
mod test_jwt;
mod test_jwt_auth;
mod test_nats_cp;
mod test_nats_lib;
mod test_output;
mod test_record;
mod test_snapshots;
mod test_static_completion;
mod test_terminal;
