//! `--jq`: run a jq filter (jaq) over the JSON result; one JSON value per line.

use crate::error::{Error, Result};
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::Value;

pub fn run(filter: &str, input: &Value, raw: bool) -> Result<String> {
    let bad = |why: String| {
        Error::usage(format!("invalid --jq expression {filter:?}: {why}"))
            .hint("see `pbctl help output` for examples")
    };
    let bytes = serde_json::to_vec(input)?;
    let input = jaq_json::read::parse_single(&bytes).map_err(|e| bad(format!("{e:?}")))?;
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let program = File {
        code: filter,
        path: (),
    };
    let modules = loader
        .load(&arena, program)
        .map_err(|errs| bad(shorten(&format!("{errs:?}"))))?;
    let compiled = jaq_core::Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errs| bad(shorten(&format!("{errs:?}"))))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&compiled.lut, Vars::new([]));
    let mut out = String::new();
    for result in compiled.id.run((ctx, input)).map(unwrap_valr) {
        let val =
            result.map_err(|e| Error::failed(format!("--jq: {}", shorten(&e.to_string()))))?;
        let text = val.to_string();
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::String(s)) if raw => out.push_str(&s),
            Ok(v) => out.push_str(&serde_json::to_string(&v)?),
            Err(_) => out.push_str(&text),
        }
        out.push('\n');
    }
    Ok(out)
}

/// Error texts may quote the whole input: keep them to one readable line.
fn shorten(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > 160 {
        let mut cut: String = line.chars().take(159).collect();
        cut.push('…');
        cut
    } else {
        line
    }
}
