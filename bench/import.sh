#!/usr/bin/env bash
# Bulk import and export throughput against a local PocketBase 0.40.6:
#   import of N records (default 20,000): pbctl (batch API) vs the official JS SDK
#     (npm package `pocketbase`, its batch API, best of sequential and 4 batches in
#     flight) vs the server's ceiling for single creates (wrk posting the same records);
#   export of 100,000 records: pbctl vs a curl loop over pages of 1000 with skipTotal=1;
#   peak RSS of `pbctl record export` at 10,000 and 100,000 records.
# Needs node/npm (the SDK is installed in a temp dir) and wrk (apt-get install wrk).
# Prints the rates and the ratios. Not a test: the machine's load changes the numbers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
N=${N:-20000}
BIG=${BIG:-100000}
BATCH=${BATCH:-1000}

say() { printf '%s\n' "$*" >&2; }
command -v wrk >/dev/null || { say "installing wrk"; apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
command -v node >/dev/null || { say "error: node and npm are needed for the JS SDK comparison"; exit 1; }

scripts/fetch-servers.sh 2>/dev/null
cargo build --release --quiet
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
"$pbctl" settings set batch.enabled=true "batch.maxRequests=$BATCH" batch.timeout=30 -q
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

python3 - "$work" "$N" "$BIG" <<'PY'
import json, sys
work, n, big = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def row(i):
    return json.dumps({"title": f"item {i} with some text", "views": i, "tags": ["go", "rust"], "meta": {"i": i, "ok": True}}, separators=(",", ":"))
with open(f"{work}/data.jsonl", "w") as f:
    for i in range(n): f.write(row(i) + "\n")
with open(f"{work}/big.jsonl", "w") as f:
    for i in range(big): f.write(row(i) + "\n")
with open(f"{work}/body.json", "w") as f:
    f.write(row(0))
PY

now() { python3 -c 'import time; print(time.time())'; }
rate() { python3 -c "print(round($1 / ($3 - $2)))"; }
count() { curl -sf -H "Authorization: $token" "$url/api/collections/items/records?perPage=1&fields=id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])'; }
truncate() { "$pbctl" collection truncate items --yes -q; }

# The JS SDK's batch API doing the same job: read the JSON lines, log in, send batches.
mkdir -p "$work/js" && (cd "$work/js" && npm init -y >/dev/null && npm install --silent pocketbase >/dev/null)
cat >"$work/js/import.cjs" <<'JS'
const PocketBase = require("pocketbase/cjs");
const fs = require("fs");
const [url, email, password, file, batchSize, inflight] = process.argv.slice(2);
(async () => {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  await pb.collection("_superusers").authWithPassword(email, password);
  const rows = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const chunks = [];
  for (let i = 0; i < rows.length; i += +batchSize) chunks.push(rows.slice(i, i + +batchSize));
  let next = 0;
  async function worker() {
    while (next < chunks.length) {
      const chunk = chunks[next++];
      const batch = pb.createBatch();
      for (const r of chunk) batch.collection("items").create(r);
      await batch.send();
    }
  }
  await Promise.all(Array.from({ length: +inflight }, worker));
})().catch((e) => { console.error(e); process.exit(1); });
JS

# A warm-up import, so that every measured run starts from the same (truncated) table.
"$pbctl" record import items -f "$work/data.jsonl" -q

# --- import: pbctl (defaults) vs the JS SDK (1 and 4 batches in flight) -------------
# Each run is the wall time of the whole command (reading the file, logging in or
# checking the token, sending). Rounds are interleaved to spread the machine's load;
# each tool's best run counts.
pbctl_rate=0 js_best=0
for round in 1 2 3; do
  truncate
  t0=$(now); "$pbctl" record import items -f "$work/data.jsonl" -q; t1=$(now)
  [ "$(count)" = "$N" ] || { say "pbctl import: wrong count $(count)"; exit 1; }
  r=$(rate "$N" "$t0" "$t1"); say "round $round: pbctl record import: $r records/s"
  [ "$r" -gt "$pbctl_rate" ] && pbctl_rate=$r
  for inflight in 1 4; do
    truncate
    t0=$(now); node "$work/js/import.cjs" "$url" "$email" "$password" "$work/data.jsonl" "$BATCH" "$inflight"; t1=$(now)
    [ "$(count)" = "$N" ] || { say "JS SDK import: wrong count $(count)"; exit 1; }
    r=$(rate "$N" "$t0" "$t1"); say "round $round: JS SDK, $inflight batch(es) in flight: $r records/s"
    [ "$r" -gt "$js_best" ] && js_best=$r
  done
done

# --- the server's ceiling for single creates (wrk) -------------------------------
truncate
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$token"
local f = io.open("$work/body.json"); wrk.body = f:read("*a"); f:close()
LUA
wrk -t2 -c16 -d10s -s "$work/post.lua" "$url/api/collections/items/records" >"$work/wrk.txt"
wrk_rate=$(awk '/Requests\/sec/ {printf "%d", $2}' "$work/wrk.txt")
if grep -q "Non-2xx" "$work/wrk.txt"; then say "wrk saw errors:"; cat "$work/wrk.txt" >&2; fi

# --- export of $BIG records: pbctl vs a curl loop ----------------------------------
truncate
"$pbctl" record import items -f "$work/big.jsonl" -q
[ "$(count)" = "$BIG" ] || { say "big import: wrong count"; exit 1; }
pages=$(( (BIG + 999) / 1000 ))
t0=$(now)
for p in $(seq 1 "$pages"); do
  curl -sf -H "Authorization: $token" "$url/api/collections/items/records?page=$p&perPage=1000&skipTotal=1&sort=@rowid" >>"$work/curl.json"
done
t1=$(now)
curl_rate=$(rate "$BIG" "$t0" "$t1")
t0=$(now); "$pbctl" record export items -O "$work/export.jsonl" -q; t1=$(now)
export_rate=$(rate "$BIG" "$t0" "$t1")
[ "$(wc -l <"$work/export.jsonl")" = "$BIG" ] || { say "export: wrong line count"; exit 1; }

rss() { /usr/bin/time -f %M "$pbctl" record export items -q "$@" 2>&1 >/dev/null | tail -1; }
rss_10k=$(rss --filter 'views < 10000')
rss_100k=$(rss)

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
printf '\nImport of %d records (batches of %d)\n' "$N" "$BATCH"
printf '  %-44s %8s records/s\n' "pbctl record import (best of 3)" "$pbctl_rate"
printf '  %-44s %8s records/s   pbctl/sdk    %s\n' "JS SDK $(node -p 'require("'"$work"'/js/node_modules/pocketbase/package.json").version') batch API (best)" "$js_best" "$(ratio "$pbctl_rate" "$js_best")"
printf '  %-44s %8s records/s   pbctl/ceiling %s\n' "server ceiling, single creates (wrk -c16)" "$wrk_rate" "$(ratio "$pbctl_rate" "$wrk_rate")"
printf '\nExport of %d records\n' "$BIG"
printf '  %-44s %8s records/s\n' "curl loop, pages of 1000, skipTotal=1" "$curl_rate"
printf '  %-44s %8s records/s   pbctl/curl   %s\n' "pbctl record export -O FILE" "$export_rate" "$(ratio "$export_rate" "$curl_rate")"
printf '\nPeak RSS of pbctl record export\n'
printf '  %-44s %8s MB\n' "10,000 records" "$(python3 -c "print(round($rss_10k/1024, 1))")"
printf '  %-44s %8s MB\n' "$BIG records" "$(python3 -c "print(round($rss_100k/1024, 1))")"
