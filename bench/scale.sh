#!/usr/bin/env bash
# pbctl at 10x the everyday sizes, each part against a baseline measured in the same run,
# with the peak RSS of every pbctl process (/usr/bin/time):
#   sync    `nats sync` of 10,000 accounts with 100,000 users in PocketBase (pbctl-managed)
#           to a real nats-server, against `jwt push` of the same 10,000 JWTs from a local
#           store (ACCOUNTS, USERS). Accounts are created through the control plane (their
#           JWTs minted as usual); the users are copies of one user made with `nats user
#           create`, written straight into SQLite (PocketBase bcrypt-hashes every auth
#           record created through the API: 10,000 users took 18 minutes).
#   import  `record import` of 1,000,000 records (RECORDS): peak RSS, and the rate over the
#           first 10% against the rate over the last 10% (the row count is read from the
#           SQLite file every 0.2 s, which costs the server nothing).
#   export  `record export` of those 1,000,000 records and of the first 100,000 (--filter):
#           peak RSS of both (constant memory: the same RSS for 10x the rows).
#   mint    `jwt user add --from` of 100,000 users (MINT) on tmpfs against
#           `openssl speed ed25519` signatures/s (one core), then `jwt validate`.
# Usage: bench/scale.sh [sync] [import] [export] [mint]   (default: all; export needs import)
# Not a test: the machine's load changes the numbers; the load average is printed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ACCOUNTS=${ACCOUNTS:-10000} USERS=${USERS:-100000} RECORDS=${RECORDS:-1000000} MINT=${MINT:-100000}
RUNS=${RUNS:-3}
parts=${*:-sync import export mint}
want() { case " $parts " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

say() { printf '== %s\n' "$*" >&2; }
command -v sqlite3 >/dev/null || { apt-get install -y -qq sqlite3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }; }
scripts/fetch-servers.sh >/dev/null 2>&1 || true
cargo build --release --quiet --bin pbctl --example nats_sync_bench
pbctl=$root/target/release/pbctl
helper=$root/target/release/examples/nats_sync_bench

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export PBCTL_CONFIG_DIR="$work/pbctl" PBCTL_DATA_DIR="$work/data" PBCTL_CREDENTIAL_STORE=file NO_COLOR=1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
mb() { python3 -c "print(f'{$1/1024:.1f}')"; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
# timed CMD...: runs CMD (stdout dropped), sets $secs and $kb (wall seconds, peak RSS in KB).
timed() {
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null
  read -r secs kb <"$work/time.txt"
}
report=()
row() { report+=("$(printf '  %-58s %s' "$1" "$2")"); }

pb_port=$(free_port)
pb_url="http://127.0.0.1:$pb_port"
pb_data="$work/pb_data"
.cache/bin/pocketbase superuser upsert admin@example.com 'Bench!Pass1234' --dir "$pb_data" >/dev/null
.cache/bin/pocketbase serve --http "127.0.0.1:$pb_port" --dir "$pb_data" >"$work/pb.log" 2>&1 &
pids+=($!)
until curl -sf "$pb_url/api/health" >/dev/null; do sleep 0.1; done
"$pbctl" context add bench --url "$pb_url" -q
printf 'Bench!Pass1234\n' | "$pbctl" auth login --identity admin@example.com --password-stdin -q

# ------------------------------------------------------------------------------ sync
if want sync; then
  "$pbctl" nats bootstrap -q
  "$pbctl" nats server-config -O "$work/nats" --resolver-limit $((ACCOUNTS * 2)) -q
  nats_port=$(free_port)
  .cache/bin/nats-server -c "$work/nats/nats.conf" -a 127.0.0.1 -p "$nats_port" >"$work/nats.log" 2>&1 &
  pids+=($!)
  nats_url="nats://127.0.0.1:$nats_port"
  "$pbctl" context set bench "nats.url=$nats_url" -q
  until python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$nats_port" 2>/dev/null; do sleep 0.1; done

  say "creating $ACCOUNTS accounts through the control plane"
  "$helper" seed "$pb_url" "$("$pbctl" auth token)" "$ACCOUNTS" 0 "$work/flat"
  say "writing $USERS users into SQLite (copies of one user made by pbctl)"
  "$pbctl" nats role create bench-users --pub 'bench.>' --sub 'bench.>' -q
  "$pbctl" nats user create template --account bench-00000 --role bench-users -q
  python3 - "$pb_data/data.db" "$USERS" <<'PY'
import random, sqlite3, string, sys
db, n = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db, timeout=30)
con.row_factory = sqlite3.Row
tmpl = con.execute("SELECT * FROM nats_users WHERE nats_username = 'template'").fetchone()
accounts = [r[0] for r in con.execute("SELECT id FROM nats_accounts WHERE name LIKE 'bench-%' ORDER BY name")]
cols = tmpl.keys()
alnum = string.ascii_lowercase + string.digits
rnd = random.Random(7)
def rid(k): return "".join(rnd.choice(alnum) for _ in range(k))
rows = []
for i in range(n):
    r = dict(tmpl)
    r["id"] = rid(15)
    r["email"] = f"u{i}@bench.local"
    r["nats_username"] = f"user-{i}"
    r["tokenKey"] = rid(50)
    r["account_id"] = accounts[i % len(accounts)]
    rows.append(tuple(r[c] for c in cols))
q = f"INSERT INTO nats_users ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})"
con.executemany(q, rows)
con.commit()
PY
  users_now=$("$pbctl" record count nats_users)
  accounts_now=$("$pbctl" record count nats_accounts)
  say "PocketBase holds $accounts_now accounts and $users_now users"

  # The same JWTs in a pbctl jwt store: the operator and every account as PocketBase has them.
  "$pbctl" record export nats_system_operator -O "$work/operators.jsonl" -q
  "$pbctl" record export nats_accounts -O "$work/accounts.jsonl" -q
  python3 - "$work/operators.jsonl" "$work/accounts.jsonl" "$work/jwtstore" <<'PY'
import base64, json, os, sys
ops, accts, store = sys.argv[1:]
op = json.loads(open(ops).readline())
claims = json.loads(base64.urlsafe_b64decode(op["jwt"].split(".")[1] + "=="))
root = os.path.join(store, claims["name"])
os.makedirs(os.path.join(root, "accounts"), mode=0o700, exist_ok=True)
open(os.path.join(root, "operator.jwt"), "w").write(op["jwt"])
for line in open(accts):
    a = json.loads(line)
    if not a.get("jwt") or not a.get("active", True) and a["name"] != "SYS":
        continue
    d = os.path.join(root, "accounts", a["name"])
    os.makedirs(d, mode=0o700, exist_ok=True)
    open(os.path.join(d, "account.jwt"), "w").write(a["jwt"])
PY
  "$pbctl" nats user creds sys -O "$work/sys.creds" -q
  push=(env PBCTL_JWT_STORE="$work/jwtstore" "$pbctl" jwt push --all --system-creds "$work/sys.creds" --nats-url "$nats_url" -q)
  say "warm-up: nats sync (the server writes its files)"
  "$pbctl" nats sync -o json >"$work/sync.json"
  ok=$(python3 -c 'import json,sys; l=json.load(open(sys.argv[1])); print(sum(1 for x in l if x["ok"] and x["result"] == "jwt updated"))' "$work/sync.json")
  [ "$ok" -eq $((ACCOUNTS + 1)) ] || { say "nats sync: $ok of $((ACCOUNTS + 1)) accounts updated"; exit 1; }
  "${push[@]}" >/dev/null
  sync_best=999999 push_best=999999
  for run in $(seq 1 "$RUNS"); do
    timed "$pbctl" nats sync -q; sync_kb=$kb
    say "run $run: nats sync ${secs}s (${kb} KB)"
    sync_best=$(python3 -c "print(min($sync_best, $secs))")
    timed "${push[@]}"; push_kb=$kb
    say "run $run: jwt push ${secs}s (${kb} KB)"
    push_best=$(python3 -c "print(min($push_best, $secs))")
  done
  report+=("nats sync: $ACCOUNTS accounts (+SYS), $users_now users in PocketBase, one nats-server 2.15.1 (best of $RUNS)")
  row "pbctl jwt push --all of the same JWTs (baseline)" "$(printf '%6.2f s  RSS %5s MB' "$push_best" "$(mb "$push_kb")")"
  row "pbctl nats sync" "$(printf '%6.2f s  RSS %5s MB   sync/push %s (<= 1.5)' "$sync_best" "$(mb "$sync_kb")" "$(ratio "$sync_best" "$push_best")")"
fi

# ------------------------------------------------------------------------------ import
if want import; then
  "$pbctl" settings set batch.enabled=true batch.maxRequests=1000 batch.timeout=30 -q
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
  python3 - "$work/big.jsonl" "$RECORDS" <<'PY'
import json, sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "w") as f:
    for i in range(n):
        f.write(json.dumps({"title": f"item {i} with some text", "views": i, "tags": ["go", "rust"], "meta": {"i": i, "ok": True}}, separators=(",", ":")) + "\n")
PY
  # The row count over time, from the SQLite file (max(rowid) of a fresh table).
  python3 - "$pb_data/data.db" "$work/progress.txt" "$RECORDS" <<'PY' &
import sqlite3, sys, time
db, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
with open(out, "w") as f:
    while True:
        c = con.execute("SELECT coalesce(max(rowid), 0) FROM items").fetchone()[0]
        f.write(f"{time.time()} {c}\n"); f.flush()
        if c >= n: break
        time.sleep(0.2)
PY
  poller=$!
  pids+=("$poller")
  say "importing $RECORDS records"
  t0=$(date +%s.%N)
  timed "$pbctl" record import items -f "$work/big.jsonl" -q
  import_secs=$secs import_kb=$kb
  wait "$poller" || true
  count=$("$pbctl" record count items)
  [ "$count" = "$RECORDS" ] || { say "import: the server counts $count records"; exit 1; }
  read -r first last < <(python3 - "$work/progress.txt" "$RECORDS" "$t0" <<'PY'
import sys
path, n, t0 = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
pts = [tuple(map(float, l.split())) for l in open(path)]
def when(k):  # first time the count reached k (interpolated between polls)
    prev = (t0, 0.0)
    for t, c in pts:
        if c >= k:
            return prev[0] + (t - prev[0]) * (k - prev[1]) / max(c - prev[1], 1)
        prev = (t, c)
    return pts[-1][0]
tenth = n / 10
print(round(tenth / (when(tenth) - t0)), round(tenth / (when(n) - when(n - tenth))))
PY
)
  report+=("record import of $RECORDS records (batches of 1000)")
  row "pbctl record import, whole run" "$(printf '%8s rec/s  RSS %5s MB' "$(python3 -c "print(round($RECORDS/$import_secs))")" "$(mb "$import_kb")")"
  row "rate over the first 10% / over the last 10%" "$(printf '%8s / %s rec/s   last/first %s (>= 0.90)' "$first" "$last" "$(ratio "$last" "$first")")"
fi

# ------------------------------------------------------------------------------ export
if want export; then
  timed "$pbctl" record export items -O "$work/out.jsonl" -q
  big_secs=$secs big_kb=$kb
  lines=$(wc -l <"$work/out.jsonl")
  [ "$lines" = "$RECORDS" ] || { say "export: $lines lines"; exit 1; }
  rm -f "$work/out.jsonl"
  tenth=$((RECORDS / 10))
  timed "$pbctl" record export items --filter "views < $tenth" -O "$work/out.jsonl" -q
  small_kb=$kb
  report+=("record export (JSONL, -O FILE)")
  row "$tenth records" "$(printf 'RSS %5s MB' "$(mb "$small_kb")")"
  row "$RECORDS records" "$(printf 'RSS %5s MB   %s rec/s   RSS ratio %s' "$(mb "$big_kb")" "$(python3 -c "print(round($RECORDS/$big_secs))")" "$(ratio "$big_kb" "$small_kb")")"
fi

# ------------------------------------------------------------------------------ mint
if want mint; then
  [ -d /dev/shm ] && [ -w /dev/shm ] || { say "mint: /dev/shm (tmpfs) is needed"; exit 1; }
  shm=$(mktemp -d /dev/shm/pbctl-scale.XXXXXX)
  trap 'cleanup; rm -rf "$shm"' EXIT
  python3 - "$MINT" >"$shm/users.jsonl" <<'PY'
import json, sys
for i in range(int(sys.argv[1])):
    print(json.dumps({"name": f"u{i}", "allow_pub": ["a.>"], "deny_pub": ["b.>"]}))
PY
  export PBCTL_JWT_STORE="$shm/store"
  "$pbctl" jwt init scale -q
  "$pbctl" jwt account add app -q
  say "minting $MINT users on tmpfs"
  timed "$pbctl" jwt user add --from "$shm/users.jsonl" --account app --creds-dir "$shm/creds" -o name
  mint_secs=$secs mint_kb=$kb
  n_creds=$(find "$shm/creds/app" -name '*.creds' | wc -l)
  [ "$n_creds" -eq "$MINT" ] || { say "mint: $n_creds creds files"; exit 1; }
  valid=$("$pbctl" jwt validate -o json --jq .valid --raw)
  n_users=$("$pbctl" jwt user list --account app -o name | wc -l)
  ossl=$(openssl speed -seconds 3 ed25519 2>/dev/null | awk '/Ed25519/ {print $(NF-1)}' | tail -1)
  rate=$(python3 -c "print(round($MINT/$mint_secs))")
  report+=("jwt user add --from: $MINT users (JWT, seed and creds file each) on tmpfs")
  row "openssl speed ed25519 sign, one core (baseline)" "$(printf '%8s /s' "$ossl")"
  row "pbctl jwt user add --from (wall)" "$(printf '%8s /s   RSS %5s MB   /openssl %s (>= 0.33)' "$rate" "$(mb "$mint_kb")" "$(ratio "$rate" "$ossl")")"
  row "jwt validate after it" "valid=$valid, users in the store: $n_users"
  rm -rf "$shm"
fi

printf '\npbctl at scale (%s cores, load average %s, release build)\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${report[@]}"
