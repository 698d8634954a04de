#!/usr/bin/env bash
# `pbctl record export` against the server's own ceiling, on a local PocketBase 0.40.6:
#   N records (default 100,000) are seeded straight into PocketBase's SQLite file (the API
#   would take minutes); then
#   - ceiling: wrk with two connections asking for page 1 (1000 records, skipTotal=1,
#     sort=@rowid) for 10 s: what the server serves for one page with two connections
#     (OFFSET 0: the cheapest page there is);
#   - like-for-like ceiling: wrk with two connections asking, in turn, for exactly the
#     pages an export asks for (page 1 with its count, then pages 2..N/1000+1 with
#     skipTotal=1, each with its OFFSET) for 10 s: what the server serves for the
#     export's own requests;
#   - pbctl record export -O FILE as JSONL, JSON and CSV (median of RUNS, default 3), each
#     checked: one record per row, ids in @rowid order (the table's own order);
#   - peak RSS of each export (/usr/bin/time).
# Prints records/s, the ratio to the ceiling and the RSS. Not a test: the machine's load
# changes the numbers (run `uptime` beside it).
#   N=100000 RUNS=3 bench/export.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
N=${N:-100000}
RUNS=${RUNS:-3}

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

# --- ceiling: one page, two connections ----------------------------------------------
cat >"$work/get.lua" <<LUA
wrk.headers["Authorization"] = "$token"
LUA
wrk -t2 -c2 -d10s -s "$work/get.lua" "$url/api/collections/items/records?page=1&perPage=1000&skipTotal=1&sort=%40rowid" >"$work/wrk.txt"
if grep -q "Non-2xx" "$work/wrk.txt"; then say "wrk saw errors:"; cat "$work/wrk.txt" >&2; exit 1; fi
ceiling=$(awk '/Requests\/sec/ {printf "%d", $2 * 1000}' "$work/wrk.txt")
# The export's own requests, cycled (each wrk thread runs its own copy of the script).
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
wrk -t2 -c2 -d10s -s "$work/pages.lua" "$url" >"$work/wrk2.txt"
if grep -q "Non-2xx" "$work/wrk2.txt"; then say "wrk saw errors:"; cat "$work/wrk2.txt" >&2; exit 1; fi
# Records per request over the cycle: N records in $pages requests (the last one empty).
ceiling2=$(awk -v n="$N" -v p="$pages" '/Requests\/sec/ {printf "%d", $2 * n / p}' "$work/wrk2.txt")

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
declare -A rate rss cpu
for fmt in jsonl json csv; do
  times=() cpus=()
  for run in $(seq 1 "$RUNS"); do
    rm -f "$work/out.$fmt"
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$pbctl" record export items -O "$work/out.$fmt" -q
    read -r secs kb user sys <"$work/time.txt"
    times+=("$secs")
    cpus+=("$(python3 -c "print($user + $sys)")")
    say "$fmt run $run: ${secs}s, pbctl CPU ${user}s user ${sys}s sys, peak RSS ${kb} KB"
    rss[$fmt]=$kb
  done
  check "$fmt" "$work/out.$fmt"
  med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rate[$fmt]=$(python3 -c "print(round($N / $med))")
  cpu[$fmt]=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
done

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
printf '\nExport of %d records (PocketBase %s, %s cores, load %s)\n' "$N" "$(.cache/bin/pocketbase --version | awk '{print $NF}')" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '  %-46s %8s records/s\n' "ceiling: wrk -c2, page 1 of 1000 (10 s)" "$ceiling"
printf '  %-46s %8s records/s\n' "like for like: wrk -c2, the export's pages (10 s)" "$ceiling2"
for fmt in jsonl json csv; do
  printf '  %-46s %8s records/s   /ceiling %s   /like-for-like %s   peak RSS %5.1f MB   pbctl CPU %ss\n' "pbctl record export -O FILE ($fmt, median)" "${rate[$fmt]}" "$(ratio "${rate[$fmt]}" "$ceiling")" "$(ratio "${rate[$fmt]}" "$ceiling2")" "$(python3 -c "print(${rss[$fmt]}/1024)")" "${cpu[$fmt]}"
done
