#!/usr/bin/env bash
# `pbctl record export` against the server's own ceiling, on a local PocketBase 0.40.6:
#   N records (default 100,000) are seeded straight into PocketBase's SQLite file (the API
#   would take minutes); then
#   RUNS rounds (default 7), each with, before each format's export:
#   - ceiling: wrk with two connections asking for page 1 (1000 records, skipTotal=1,
#     sort=@rowid) for WRK_SECS (default 1): what the server serves for one page with two
#     connections (OFFSET 0: the cheapest page there is);
#   - like-for-like ceiling: wrk with two connections asking, in turn, for exactly the
#     pages an export asks for (page 1 with its count, then pages 2..N/1000+1 with
#     skipTotal=1, each with its OFFSET) for WRK_SECS: what the server serves for the
#     export's own requests;
#   - one pass: curl --parallel (3 at a time) asking for exactly the export's requests
#     once, bodies thrown away, timed start to end: the leanest client doing the same work
#     (no wrk warm loop: the process start, the first page's count and the tail of the
#     last pages are in it, as they are in an export);
#   - pbctl record export -O FILE as JSONL, JSON and CSV, each compared with that round's
#     ceilings; the first round's files are checked: one record per row, ids in @rowid
#     order (the table's own order);
#   - peak RSS of each export (/usr/bin/time).
# Prints the medians of the rates and of the per-round ratios, and the largest RSS. Not a
# test: the machine's load changes the numbers (the load average is printed).
#   N=100000 RUNS=7 bench/export.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
N=${N:-100000}
RUNS=${RUNS:-7}

say() { printf '%s\n' "$*" >&2; }
command -v wrk >/dev/null || { say "installing wrk"; apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
command -v sqlite3 >/dev/null || { say "installing sqlite3"; apt-get install -y -qq sqlite3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }; }

scripts/fetch-servers.sh >/dev/null 2>&1 || true
# The same build as the other bench scripts (dev-dependency features unify with the
# example's), so that one release build serves them all.
cargo build --release --quiet --bin pbctl --example nats_sync_bench
pbctl="$root/target/release/pbctl"

work=$(mktemp -d)
export PBCTL_CONFIG_DIR="$work/pbctl" PBCTL_CREDENTIAL_STORE=file NO_COLOR=1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
email=admin@example.com password='Bench!Pass123'
.cache/bin/pocketbase superuser upsert "$email" "$password" --dir "$work/pb_data" >/dev/null
.cache/bin/pocketbase serve --http "127.0.0.1:$port" --dir "$work/pb_data" >"$work/pb.log" 2>&1 &
pb_pid=$!
trap 'kill $pb_pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "$url/api/health" >/dev/null; do sleep 0.1; done

"$pbctl" context add bench --url "$url" --use -q
printf '%s\n' "$password" | "$pbctl" auth login --identity "$email" --password-stdin -q
cat >"$work/schema.yaml" <<'YAML'
- name: items
  type: base
  fields:
    - {name: title, type: text, required: true}
    - {name: views, type: number}
    - {name: tags, type: select, maxSelect: 3, values: [go, rust, js]}
    - {name: meta, type: json}
YAML
"$pbctl" collection apply -f "$work/schema.yaml" -q
token=$("$pbctl" auth token)

# Seed: the same rows as bench/import.sh, with PocketBase-style ids (15 of [a-z0-9]).
say "seeding $N records into SQLite"
bench/seed-records.sh "$work/pb_data/data.db" items "$N"
got=$("$pbctl" record count items)
[ "$got" = "$N" ] || { say "seeding: the server counts $got records, not $N"; exit 1; }
sqlite3 "$work/pb_data/data.db" 'SELECT id FROM items ORDER BY rowid' >"$work/ids.txt"

# --- the ceilings: what the server serves wrk on two connections ---------------------
# page 1: always page 1 (1000 records, skipTotal=1, sort=@rowid): OFFSET 0, the cheapest
# page there is. like-for-like: exactly the export's requests in turn (page 1 with its
# count, then pages 2..N/1000+1 with skipTotal=1 and their OFFSETs). Each is measured
# for WRK_SECS right before each export, so that a machine whose speed drifts (shared
# cores; this one's server speed jumps by 1.4x between seconds) compares each export with
# the server of its moment.
WRK_SECS=${WRK_SECS:-1}
cat >"$work/get.lua" <<LUA
wrk.headers["Authorization"] = "$token"
LUA
pages=$((N / 1000 + 1))
cat >"$work/pages.lua" <<LUA
local n, pages = 0, $pages
request = function()
  n = n + 1
  local page = (n - 1) % pages + 1
  local extra = page > 1 and "&skipTotal=1" or ""
  return wrk.format("GET", "/api/collections/items/records?page=" .. page .. "&perPage=1000&sort=%40rowid" .. extra,
    { ["Authorization"] = "$token" })
end
LUA
wrk_rate() { # SCRIPT RECORDS-PER-REQUEST -> records/s
  wrk -t2 -c2 -d"${WRK_SECS}s" -s "$1" "$2" >"$work/wrk.txt"
  if grep -q "Non-2xx" "$work/wrk.txt"; then say "wrk saw errors:"; cat "$work/wrk.txt" >&2; exit 1; fi
  awk -v per="$3" '/Requests\/sec/ {printf "%d", $2 * per}' "$work/wrk.txt"
}
page1_url="$url/api/collections/items/records?page=1&perPage=1000&skipTotal=1&sort=%40rowid"
# one pass: curl asking for exactly the export's requests once (3 at a time, the export's
# own number, bodies thrown away), timed from its start to its end: what the leanest
# client does for the same work, process start and the first page's count included.
{
  printf 'header = "Authorization: %s"\n' "$token"
  for p in $(seq 1 "$pages"); do
    extra=; [ "$p" -gt 1 ] && extra="&skipTotal=1"
    printf 'url = "%s/api/collections/items/records?page=%d&perPage=1000&sort=%%40rowid%s"\noutput = /dev/null\n' "$url" "$p" "$extra"
  done
} >"$work/pass.curl"
pass_rate() {
  /usr/bin/time -f '%e' -o "$work/pass.txt" curl -sf --no-progress-meter --parallel --parallel-max 3 -K "$work/pass.curl"
  python3 -c "print(round($N / $(cat "$work/pass.txt")))"
}

# --- pbctl export, each format ---------------------------------------------------------
check() { # FORMAT FILE: one row per record, ids in @rowid order
  python3 - "$1" "$2" "$work/ids.txt" <<'PY'
import csv, json, sys
fmt, path, ids_path = sys.argv[1:]
want = open(ids_path).read().split()
if fmt == "jsonl":
    got = [json.loads(l)["id"] for l in open(path)]
elif fmt == "json":
    got = [r["id"] for r in json.load(open(path))]
else:
    got = [r["id"] for r in csv.DictReader(open(path, newline=""))]
if got != want:
    sys.exit(f"{fmt}: {len(got)} records, first difference at {next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))}")
PY
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A rates ratios1 ratios2 ratios3 rss cpus
ceilings1=() ceilings2=() passes=()
for run in $(seq 1 "$RUNS"); do
  for fmt in jsonl json csv; do
    c1=$(wrk_rate "$work/get.lua" "$page1_url" 1000)
    c2=$(wrk_rate "$work/pages.lua" "$url" "$(python3 -c "print($N / $pages)")")
    c3=$(pass_rate)
    ceilings1+=("$c1") ceilings2+=("$c2") passes+=("$c3")
    rm -f "$work/out.$fmt"
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$pbctl" record export items -O "$work/out.$fmt" -q
    read -r secs kb user sys <"$work/time.txt"
    r=$(python3 -c "print(round($N / $secs))")
    say "round $run, $fmt: ceilings $c1 (page 1), $c2 (like for like), $c3 (curl one pass); pbctl ${secs}s = $r records/s, CPU ${user}s user ${sys}s sys, peak RSS ${kb} KB"
    rates[$fmt]+="$r "
    ratios1[$fmt]+="$(python3 -c "print($r / $c1)") "
    ratios2[$fmt]+="$(python3 -c "print($r / $c2)") "
    ratios3[$fmt]+="$(python3 -c "print($r / $c3)") "
    cpus[$fmt]+="$(python3 -c "print(round($user + $sys, 2))") "
    [ "${rss[$fmt]:-0}" -ge "$kb" ] || rss[$fmt]=$kb
    [ "$run" -gt 1 ] || check "$fmt" "$work/out.$fmt"
  done
done

med() { printf '%s\n' $1 | median; }
printf '\nExport of %d records (PocketBase %s, %s cores, load %s), medians of %d rounds\n' "$N" "$(.cache/bin/pocketbase --version | awk '{print $NF}')" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$RUNS"
printf '  %-46s %8s records/s\n' "ceiling: wrk -c2, page 1 of 1000 (${WRK_SECS} s)" "$(med "${ceilings1[*]}")"
printf '  %-46s %8s records/s\n' "like for like: wrk -c2, the export's pages" "$(med "${ceilings2[*]}")"
printf '  %-46s %8s records/s\n' "one pass: curl -Z, the export's requests once" "$(med "${passes[*]}")"
for fmt in jsonl json csv; do
  printf '  %-46s %8s records/s   /ceiling %.2f   /like-for-like %.2f   /one pass %.2f   peak RSS %5.1f MB   pbctl CPU %ss\n' \
    "pbctl record export -O FILE ($fmt)" "$(med "${rates[$fmt]}")" "$(med "${ratios1[$fmt]}")" \
    "$(med "${ratios2[$fmt]}")" "$(med "${ratios3[$fmt]}")" "$(python3 -c "print(${rss[$fmt]}/1024)")" "$(med "${cpus[$fmt]}")"
done
echo "  (each ratio: an export against the ceilings measured just before it; medians of $RUNS)"
