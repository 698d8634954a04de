//! `record watch`: PocketBase's realtime API (SSE). One JSON line per event; when the
//! stream drops (PocketBase closes idle streams after 5 minutes, restarts, networks
//! fail) pbctl reconnects and subscribes again.

use super::FilterArgs;
use super::schema::Schema;
use crate::app::App;
use crate::error::{Error, ErrorKind, Result};
use crate::output::{DataWriter, Output};
use crate::pb::{Client, Request};
use clap::Args;
use clap_complete::engine::ArgValueCandidates;
use futures_util::StreamExt;
use reqwest::header;
use serde_json::{Value, json};
use std::io::Write;
use std::time::Duration;

/// Print realtime events (create, update, delete) as JSON lines until interrupted
#[derive(Debug, Clone, Args)]
#[command(
    after_help = "Each event is one line: {\"action\":\"create\",\"record\":{...}}. The list and view\nrules of the logged-in identity apply. Events that happen while pbctl is reconnecting\nare not replayed.\n\nExamples:\n  pbctl record watch posts\n  pbctl record watch posts 3kf9x0a1b2c3d4e\n  pbctl record watch posts --filter 'views > {:n}' --param n:=100 --fields id,title\n  pbctl record watch orders --count 1 --jq .record.id"
)]
pub struct WatchArgs {
    /// Collection name or id
    #[arg(add = ArgValueCandidates::new(crate::commands::candidates::collections))]
    pub collection: String,
    /// Only this record
    pub id: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Only these fields of each record
    #[arg(long, value_name = "F")]
    pub fields: Option<String>,
    /// Relations to expand
    #[arg(long, value_name = "E")]
    pub expand: Option<String>,
    /// Exit after N events
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
    /// Show the seeds, private keys and creds of pb-nats records (hidden by default)
    #[arg(long)]
    pub show_seeds: bool,
}

/// Reconnect delays (the JS SDK's), then every 2 s.
const DELAYS_MS: [u64; 7] = [200, 300, 500, 1000, 1200, 1500, 2000];
/// PocketBase closes an idle stream after 5 minutes; a silent stream longer than this is dead.
const IDLE: Duration = Duration::from_secs(330);
/// The largest event pbctl buffers (a record change is far smaller); a stream that sends
/// more without an event separator is not PocketBase's and is refused.
const MAX_EVENT: usize = 16 << 20;

pub fn topic(
    collection: &str,
    id: Option<&str>,
    filter: Option<&str>,
    fields: Option<&str>,
    expand: Option<&str>,
) -> String {
    let mut topic = format!("{collection}/{}", id.unwrap_or("*"));
    let mut query = serde_json::Map::new();
    for (k, v) in [("filter", filter), ("fields", fields), ("expand", expand)] {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            query.insert(k.into(), Value::String(v.into()));
        }
    }
    if !query.is_empty() {
        let options = json!({"query": query}).to_string();
        topic.push_str("?options=");
        topic.push_str(
            &percent_encoding::utf8_percent_encode(&options, percent_encoding::NON_ALPHANUMERIC)
                .to_string(),
        );
    }
    topic
}

/// How a connection ended.
enum End {
    /// The stream dropped: reconnect.
    Dropped(String),
    /// `--count` events were printed.
    Done,
}

pub async fn run(app: &App, a: WatchArgs) -> Result<Output> {
    let filter = a.filter.resolve()?;
    let (_, client) = app.authed().await?;
    Schema::fetch(&client, &a.collection).await?;
    if a.count == Some(0) {
        return Ok(Output::Empty);
    }
    let topic = topic(
        &a.collection,
        a.id.as_deref(),
        filter.as_deref(),
        a.fields.as_deref(),
        a.expand.as_deref(),
    );
    let mut printed = 0u64;
    let mut attempt = 0usize;
    let mut first = true;
    loop {
        // A fresh token for each connection (long watches outlive a refresh threshold).
        let client = if first {
            client.clone()
        } else {
            app.authed()
                .await
                .map(|(_, c)| c)
                .unwrap_or_else(|_| client.clone())
        };
        let redact = (!a.show_seeds).then_some(a.collection.as_str());
        match connect(
            app,
            &client,
            &topic,
            &mut printed,
            a.count,
            &mut attempt,
            redact,
        )
        .await
        {
            Ok(End::Done) => return Ok(Output::Empty),
            Ok(End::Dropped(why)) => {
                app.ui.status(format!("Stream lost ({why}); reconnecting…"));
            }
            Err(e) if matches!(e.kind, ErrorKind::Unavailable) => {
                if attempt == 0 || first {
                    app.ui.status(format!("{}; retrying…", e.message));
                }
            }
            Err(e) => return Err(e),
        }
        first = false;
        let delay = DELAYS_MS[attempt.min(DELAYS_MS.len() - 1)];
        attempt += 1;
        tokio::time::sleep(Duration::from_millis(delay)).await;
    }
}

async fn connect(
    app: &App,
    client: &Client,
    topic: &str,
    printed: &mut u64,
    count: Option<u64>,
    attempt: &mut usize,
    // The collection, when pb-nats secrets are to be left out of the records shown.
    redact: Option<&str>,
) -> Result<End> {
    let url = client.url("/api/realtime")?;
    // The answer's headers must come within --timeout (the stream itself may then be
    // silent for up to IDLE).
    let sent = tokio::time::timeout(
        client.timeout(),
        client
            .http()
            .get(url)
            .header(header::ACCEPT, "text/event-stream")
            .send(),
    )
    .await
    .map_err(|_| {
        Error::unavailable(format!(
            "no answer from the realtime API within {}s",
            client.timeout().as_secs_f32()
        ))
    })?;
    let resp = sent.map_err(|e| {
        Error::unavailable(format!(
            "cannot connect to the realtime API: {}",
            crate::pb::client::transport_error(e)
        ))
    })?;
    if !resp.status().is_success() {
        let status = resp.status().as_u16();
        let body = crate::pb::client::error_body(resp).await;
        return Err(crate::pb::error::from_response(status, &body, false));
    }
    let mut stream = resp.bytes_stream();
    let mut buf: Vec<u8> = Vec::new();
    // Bytes of `buf` already searched for a separator: each byte is scanned once.
    let mut scanned = 0usize;
    let mut out = app.out.stream();
    loop {
        let chunk = match tokio::time::timeout(IDLE, stream.next()).await {
            Err(_) => return Ok(End::Dropped("no data for 5 minutes".into())),
            Ok(None) => return Ok(End::Dropped("closed by the server".into())),
            Ok(Some(Err(e))) => {
                return Ok(End::Dropped(crate::pb::client::transport_error(e)));
            }
            Ok(Some(Ok(c))) => c,
        };
        buf.extend_from_slice(&chunk);
        let mut events = Vec::new();
        let mut start = 0usize;
        while let Some((end, skip)) = event_end(&buf[start..], scanned.saturating_sub(start)) {
            events.push(parse_event(&String::from_utf8_lossy(
                &buf[start..start + end],
            )));
            start += end + skip;
            scanned = start;
        }
        buf.drain(..start);
        scanned = buf.len();
        if buf.len() > MAX_EVENT {
            return Err(Error::failed(format!(
                "the realtime stream sent over {} MiB without an event separator; stopping",
                MAX_EVENT >> 20
            ))
            .hint("check that the context URL points at a PocketBase server"));
        }
        for event in events {
            if event.name == "PB_CONNECT" {
                let client_id = serde_json::from_str::<Value>(&event.data)
                    .ok()
                    .and_then(|v| {
                        v.get("clientId")
                            .and_then(Value::as_str)
                            .map(str::to_string)
                    })
                    .or(event.id)
                    .ok_or_else(|| Error::failed("the realtime API sent no client id"))?;
                client
                    .send(Request::post(
                        "/api/realtime",
                        json!({"clientId": client_id, "subscriptions": [topic]}),
                    ))
                    .await
                    .map_err(|e| e.context("subscribing"))?;
                *attempt = 0;
                app.ui.status(format!(
                    "Watching {} (Ctrl-C to stop)",
                    topic.split('?').next().unwrap_or(topic)
                ));
            } else if event.name == topic {
                let Ok(v) = serde_json::from_str::<Value>(&event.data) else {
                    app.ui.warn("skipping an event that is not JSON");
                    continue;
                };
                let mut record = v.get("record").cloned().unwrap_or(Value::Null);
                if let Some(collection) = redact {
                    crate::controlplane::redact_record(&mut record, collection);
                }
                let mut line = json!({
                    "action": v.get("action").cloned().unwrap_or(Value::Null),
                    "record": record,
                });
                // Fleet mode merges the streams of several contexts: each line names its own.
                if let (Some(context), Some(map)) = (&app.fleet_context, line.as_object_mut()) {
                    map.insert("context".into(), Value::String(context.clone()));
                }
                print_event(app, &mut out, &line)?;
                *printed += 1;
                if count.is_some_and(|n| *printed >= n) {
                    return Ok(End::Done);
                }
            }
        }
    }
}

/// One event, shown at once: a JSON line, or what `--jq` makes of it.
fn print_event(app: &App, out: &mut DataWriter, line: &Value) -> Result<()> {
    if app.out.jq().is_some() {
        let text = app.out.render(&Output::object(line.clone(), "record.id"))?;
        out.write_all(text.as_bytes())?;
    } else {
        serde_json::to_writer(&mut *out, line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// The end of the first complete event in `buf`: (position, length of the separator).
/// `from` is how much of `buf` was searched before: a separator can only end past it.
fn event_end(buf: &[u8], from: usize) -> Option<(usize, usize)> {
    for i in from.saturating_sub(3)..buf.len() {
        if buf[i..].starts_with(b"\n\n") {
            return Some((i, 2));
        }
        if buf[i..].starts_with(b"\r\n\r\n") {
            return Some((i, 4));
        }
    }
    None
}

#[derive(Debug, Default, PartialEq)]
struct Event {
    id: Option<String>,
    name: String,
    data: String,
}

/// One SSE event block (`id:`, `event:`, `data:` lines; `:` comments ignored).
fn parse_event(block: &str) -> Event {
    let mut e = Event {
        name: "message".into(),
        ..Event::default()
    };
    let mut data: Vec<&str> = Vec::new();
    for line in block.lines() {
        if line.starts_with(':') {
            continue;
        }
        let (field, value) = line.split_once(':').unwrap_or((line, ""));
        let value = value.strip_prefix(' ').unwrap_or(value);
        match field {
            "id" => e.id = Some(value.to_string()),
            "event" => e.name = value.to_string(),
            "data" => data.push(value),
            _ => {}
        }
    }
    e.data = data.join("\n");
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sse_events_are_parsed() {
        let buf = b"id:abc\nevent:PB_CONNECT\ndata:{\"clientId\":\"abc\"}\n\nevent:posts/*\ndata: {\"a\":1}\n\n: ping\n";
        let (end, skip) = event_end(buf, 0).unwrap();
        let e = parse_event(std::str::from_utf8(&buf[..end]).unwrap());
        assert_eq!(e.name, "PB_CONNECT");
        assert_eq!(e.id.as_deref(), Some("abc"));
        assert_eq!(e.data, "{\"clientId\":\"abc\"}");
        let rest = &buf[end + skip..];
        let (end2, _) = event_end(rest, 0).unwrap();
        let e = parse_event(std::str::from_utf8(&rest[..end2]).unwrap());
        assert_eq!(e.name, "posts/*");
        assert_eq!(e.data, "{\"a\":1}");
        assert!(event_end(b"event:x\ndata:1\n", 0).is_none());
        // A separator split across chunks is found when the search resumes.
        assert_eq!(event_end(b"data:1\n\n", 7), Some((6, 2)));
        assert_eq!(event_end(b"data:1\r\n\r\n", 9), Some((6, 4)));
    }

    #[test]
    fn topics_carry_options() {
        assert_eq!(topic("posts", None, None, None, None), "posts/*");
        assert_eq!(topic("posts", Some("abc"), None, None, None), "posts/abc");
        let t = topic("posts", None, Some("views > 1"), Some("id"), None);
        assert!(t.starts_with("posts/*?options=%7B%22query%22"), "{t}");
    }

    /// The events of `stream` fed in pieces cut at `cuts`, through the same scan as
    /// `connect` (each byte searched once).
    fn events_of(stream: &[u8], cuts: &[usize]) -> Vec<Event> {
        let mut points: Vec<usize> = cuts.iter().map(|c| c % (stream.len() + 1)).collect();
        points.push(0);
        points.push(stream.len());
        points.sort_unstable();
        let (mut buf, mut scanned, mut out) = (Vec::new(), 0usize, Vec::new());
        for w in points.windows(2) {
            buf.extend_from_slice(&stream[w[0]..w[1]]);
            let mut start = 0usize;
            while let Some((end, skip)) = event_end(&buf[start..], scanned.saturating_sub(start)) {
                out.push(parse_event(&String::from_utf8_lossy(
                    &buf[start..start + end],
                )));
                start += end + skip;
                scanned = start;
            }
            buf.drain(..start);
            scanned = buf.len();
        }
        out
    }

    proptest::proptest! {
        /// Part of the fuzzing group (see `src/fuzz.rs`): however the network cuts the
        /// stream, the same events come out; arbitrary bytes never panic the parser.
        #[test]
        fn fuzz_sse_events_do_not_depend_on_how_the_stream_is_cut(
            events in proptest::collection::vec(("[a-z_/*]{1,12}", "[ -~]{0,40}"), 0..6),
            cuts in proptest::collection::vec(proptest::prelude::any::<usize>(), 0..12),
            crlf in proptest::prelude::any::<bool>(),
            junk in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
        ) {
            let nl = if crlf { "\r\n" } else { "\n" };
            let stream: String = events
                .iter()
                .map(|(name, data)| format!("event: {name}{nl}data: {data}{nl}{nl}"))
                .collect();
            let got = events_of(stream.as_bytes(), &cuts);
            let want: Vec<Event> = events
                .iter()
                .map(|(name, data)| Event {
                    id: None,
                    name: name.clone(),
                    data: data.clone(),
                })
                .collect();
            proptest::prop_assert_eq!(got, want);
            let _ = events_of(&junk, &cuts);
            let _ = parse_event(&String::from_utf8_lossy(&junk));
        }
    }
}
