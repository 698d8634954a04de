#!/usr/bin/env bash
# `pbctl nats sync` of ACCOUNTS accounts with USERS users each (default 1000 x 10), from
# PocketBase records to a real nats-server, against the floor: pushing the same account
# JWTs from local files with the library's resolver client (examples/nats_sync_bench.rs).
# Each is run RUNS times (default 5) after one warm-up; prints the medians and the ratio.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ACCOUNTS=${ACCOUNTS:-1000} USERS=${USERS:-10} RUNS=${RUNS:-5}
scripts/fetch-servers.sh >/dev/null 2>&1 || true
cargo build --release --quiet --bin pbctl --example nats_sync_bench
pbctl=$root/target/release/pbctl
helper=$root/target/release/examples/nats_sync_bench

work=$(mktemp -d)
export PBCTL_CONFIG_DIR="$work/pbctl" PBCTL_DATA_DIR="$work/data" PBCTL_CREDENTIAL_STORE=file NO_COLOR=1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pb_port=$(free_port); nats_port=$(free_port)
.cache/bin/pocketbase superuser upsert admin@example.com 'Bench!Pass1234' --dir "$work/pb_data" >/dev/null
.cache/bin/pocketbase serve --http "127.0.0.1:$pb_port" --dir "$work/pb_data" >"$work/pb.log" 2>&1 &
pb_pid=$!
nats_pid=
trap 'kill $pb_pid $nats_pid 2>/dev/null; rm -rf "$work"' EXIT
until python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "http://127.0.0.1:$pb_port/api/health" 2>/dev/null; do sleep 0.1; done

"$pbctl" context add bench --url "http://127.0.0.1:$pb_port" -q
printf 'Bench!Pass1234\n' | "$pbctl" auth login --identity admin@example.com --password-stdin -q
"$pbctl" nats bootstrap -q
"$pbctl" nats server-config -O "$work/nats" --resolver-limit 100000 -q
.cache/bin/nats-server -c "$work/nats/nats.conf" -a 127.0.0.1 -p "$nats_port" >"$work/nats.log" 2>&1 &
nats_pid=$!
url="nats://127.0.0.1:$nats_port"
"$pbctl" context set bench "nats.url=$url" -q
until python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$nats_port" 2>/dev/null; do sleep 0.1; done

echo "seeding $ACCOUNTS accounts x $USERS users ..." >&2
"$helper" seed "http://127.0.0.1:$pb_port" "$("$pbctl" auth token)" "$ACCOUNTS" "$USERS" "$work/store"
"$pbctl" nats user creds sys -O "$work/sys.creds" -q

median_ms() { # median wall time of RUNS runs (after a warm-up), in ms
  python3 - "$RUNS" "$@" <<'PY'
import subprocess, sys, time, statistics
runs = int(sys.argv[1]); cmd = sys.argv[2:]
subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
ts = []
for _ in range(runs):
    t = time.perf_counter(); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL); ts.append(time.perf_counter() - t)
print(f"{statistics.median(ts) * 1000:.0f}")
PY
}

if ! "$pbctl" nats sync -o json >"$work/first-sync.json"; then
  python3 -c 'import json,sys; [print(l) for l in json.load(open(sys.argv[1])) if not l["ok"]]' "$work/first-sync.json" >&2
  exit 1
fi
lines=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/first-sync.json")
sync=$(median_ms "$pbctl" nats sync -q)
floor=$(median_ms "$helper" push "$url" "$work/sys.creds" "$work/store")
printf 'accounts: %s (+SYS), users: %s, sync result lines: %s\n' "$ACCOUNTS" "$((ACCOUNTS * USERS))" "$lines"
printf '%-48s %8s ms\n' "direct push of the JWTs from files (floor)" "$floor"
printf '%-48s %8s ms   ratio %.2fx\n' "pbctl nats sync (records -> NATS)" "$sync" "$(python3 -c "print($sync/$floor)")"
