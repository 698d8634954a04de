//! Numbers, times and empty lists in table output, against a real PocketBase 0.40.6 and a
//! real key store: one time form (`2026-12-05 23:24:17 UTC`) and grouped counts and sizes
//! in every table, while `-o json` keeps the server's values byte for byte.

use crate::common::{PocketBase, TestEnv, logged_in};
use serde_json::{Value, json};

/// `2026-12-05 23:24:17 UTC`
fn is_table_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 23
        && s.ends_with(" UTC")
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b' '
        && b[13] == b':'
        && b[16] == b':'
        && s[..19]
            .chars()
            .all(|c| c.is_ascii_digit() || "-: ".contains(c))
}

/// The cells of the table row whose first cell is `first` (cells are separated by two or
/// more spaces; a time's single spaces stay inside its cell).
fn row<'a>(table: &'a str, first: &str) -> Vec<&'a str> {
    let line = table
        .lines()
        .find(|l| l.split("  ").next() == Some(first))
        .unwrap_or_else(|| panic!("no row {first:?} in\n{table}"));
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

fn posts(pb: &PocketBase) {
    pb.admin(
        "POST",
        "/api/collections",
        Some(&json!({"name": "posts", "type": "base", "fields": [
            {"name": "title", "type": "text"},
            {"name": "created", "type": "autodate", "onCreate": true},
        ]})),
    );
}

#[test]
fn tables_show_one_time_form_and_grouped_numbers_while_json_keeps_server_values() {
    let (pb, env) = logged_in("dev");
    posts(&pb);

    // An empty list: nothing on stdout, a note on stderr (kubectl's way); JSON is `[]`.
    let empty = env.run(&["record", "list", "posts"]);
    empty.ok();
    assert_eq!(empty.stdout, "", "{}", empty.stderr);
    assert!(
        empty.stderr.contains("No resources found."),
        "{}",
        empty.stderr
    );
    let empty_json = env.run(&["record", "list", "posts", "-o", "json"]);
    assert_eq!(empty_json.ok().json(), json!([]));
    let empty_backups = env.run(&["backup", "list"]);
    assert_eq!(empty_backups.ok().stdout, "");
    assert!(empty_backups.stderr.contains("No resources found."));

    // 1,200 records: the count and the collection's RECORDS column are grouped.
    env.run(&["settings", "set", "batch.enabled=true"]).ok();
    let mut rows = String::new();
    for i in 0..1200 {
        rows.push_str(&format!("{{\"title\":\"t{i}\"}}\n"));
    }
    env.run_stdin(&["record", "import", "posts", "-f", "-"], &rows)
        .ok();
    // Piped (a script's `$(pbctl record count posts)`): the digits alone.
    let count = env.run(&["record", "count", "posts"]);
    assert_eq!(count.ok().stdout.trim(), "1200");
    let cols = env.run(&["collection", "list", "-o", "wide"]);
    cols.ok();
    let posts_row = row(&cols.stdout, "posts");
    assert!(
        posts_row.contains(&"1,200"),
        "{posts_row:?}\n{}",
        cols.stdout
    );

    // Record times: the table's form in the table, PocketBase's own in JSON.
    let listed = env.run(&["record", "list", "posts", "--limit", "1", "-o", "json"]);
    let first = listed.ok().json()[0].clone();
    let created = first["created"].as_str().expect("created").to_string();
    assert!(
        created.ends_with('Z') && created.as_bytes()[10] == b' ',
        "{created}"
    );
    let got = env.run(&["record", "get", "posts", first["id"].as_str().expect("id")]);
    got.ok();
    let created_line = got
        .stdout
        .lines()
        .find(|l| l.starts_with("created:"))
        .expect("created line");
    let shown = created_line.trim_start_matches("created:").trim();
    assert!(is_table_time(shown), "{created_line}");
    assert_eq!(shown[..19], created[..19], "same instant, to the second");

    // Backups: the size for people, the time in the same form; JSON keeps bytes and
    // PocketBase's `modified` text.
    env.run(&["backup", "create", "nightly"]).ok();
    let json_list = env.run(&["backup", "list", "-o", "json"]);
    let b = json_list.ok().json()[0].clone();
    assert_eq!(b["key"], "nightly.zip");
    let bytes = b["size"].as_u64().expect("size in bytes");
    let modified = b["modified"].as_str().expect("modified").to_string();
    let table = env.run(&["backup", "list", "-o", "wide"]);
    table.ok();
    let cells = row(&table.stdout, "nightly.zip");
    assert_eq!(cells[1], pbctl::human::size(bytes), "{cells:?}");
    assert!(is_table_time(cells[2]), "{cells:?}");
    assert_eq!(
        cells[2][..19],
        modified[..19].replace('T', " "),
        "{cells:?}"
    );
    assert_eq!(cells[3], pbctl::human::count(bytes), "{cells:?}");

    // auth status: the token's expiry in the same form; RFC 3339 in JSON.
    let status = env.run(&["auth", "status"]);
    status.ok();
    let expires = status
        .stdout
        .lines()
        .find(|l| l.starts_with("expires:"))
        .expect("expires line");
    assert!(
        is_table_time(expires.trim_start_matches("expires:").trim()),
        "{}",
        status.stdout
    );
    let status_json = env.run(&["auth", "status", "-o", "json"]);
    let raw = status_json.ok().json()["expires"]
        .as_str()
        .expect("expires")
        .to_string();
    assert!(raw.contains('T') && raw.ends_with('Z'), "{raw}");
}

#[test]
fn jwt_tables_show_times_and_durations_for_people() {
    let env = TestEnv::new();
    env.run(&["jwt", "init", "acme"]).ok();
    env.run(&["jwt", "account", "add", "app"]).ok();
    env.run(&[
        "jwt",
        "user",
        "add",
        "bob",
        "--account",
        "app",
        "--expiry",
        "30d",
    ])
    .ok();
    let list = env.run(&["jwt", "user", "list", "--account", "app"]);
    list.ok();
    let cells = row(&list.stdout, "bob");
    assert!(cells.iter().any(|c| is_table_time(c)), "{cells:?}");
    let json: Value = env
        .run(&["jwt", "user", "list", "--account", "app", "-o", "json"])
        .ok()
        .json();
    let raw = json[0]["expires"].as_str().expect("expires").to_string();
    assert!(raw.contains('T') && raw.ends_with('Z'), "{raw}");

    // `jwt check`: the IN column in two units, like the rest of pbctl.
    let check = env.run(&["jwt", "check", "--expiring", "60d"]);
    check.code(1);
    let cells = row(&check.stdout, "user");
    // 30 days minus the seconds the commands took.
    assert!(
        cells.contains(&"29d 23h") || cells.contains(&"30d"),
        "{cells:?}\n{}",
        check.stdout
    );
    assert!(cells.iter().any(|c| is_table_time(c)), "{cells:?}");

    // Nothing expiring: one note on stderr, nothing on stdout.
    let none = env.run(&["jwt", "check", "--expiring", "1d"]);
    none.ok();
    assert_eq!(none.stdout, "");
    assert!(
        none.stderr
            .contains("Nothing expired or expiring within 1d.")
    );
    assert!(
        !none.stderr.contains("No resources found."),
        "{}",
        none.stderr
    );
}

#[test]
fn jwt_creds_help_and_usage_name_the_arguments() {
    let env = TestEnv::new();
    let help = env.run(&["jwt", "creds", "--help"]);
    help.ok();
    assert!(
        help.stdout
            .contains("Usage: pbctl jwt creds [OPTIONS] <NAME>"),
        "{}",
        help.stdout
    );
    assert!(
        help.stdout.contains("<NAME>  The user's name"),
        "{}",
        help.stdout
    );
    assert!(
        help.stdout.contains("-a, --account <ACCOUNT>"),
        "{}",
        help.stdout
    );
    let missing = env.run(&["jwt", "creds"]);
    missing.code(2);
    assert!(
        missing.stderr.contains("Usage: pbctl jwt creds <NAME>"),
        "{}",
        missing.stderr
    );
    let extra = env.run(&["jwt", "creds", "a", "b"]);
    extra.code(2);
    assert!(
        extra
            .stderr
            .contains("Usage: pbctl jwt creds [OPTIONS] <NAME>"),
        "{}",
        extra.stderr
    );
}
