#!/usr/bin/env bash
# Minting and push rates of `pbctl jwt` against the official nats-io JavaScript libraries
# and the raw ed25519 signing rate, measured in the same run:
#   1. 10,000 users (JWT + creds file) through `pbctl jwt user add --from` vs npm nats-jwt +
#      nkeys.js minting the same claims (signed by the same account signing key) and writing
#      the same creds files; vs `openssl speed ed25519` (one core).
#   2. 1,000 account JWTs pushed to one nats-server (full resolver) by `pbctl jwt push`
#      (default flags: no --servers) vs
#      the official `nats` npm client sending the same $SYS.REQ.CLAIMS.UPDATE requests from
#      one process.
# pbctl is timed wall-clock for the whole process (startup included); the JS side is timed
# inside node (module loading and startup excluded), which favours JS. Every pbctl figure
# is the median of RUNS runs (default 3), with the peak RSS of the minting runs; the load
# average is printed with the results (the machine may be shared).
#   USERS=10000 ACCOUNTS=1000 RUNS=3 bench/jwt.sh      (SKIP_MINT=1: only the push part;
#   MINT_DISK=0: minting on tmpfs only, as for USERS=100000, where the disk's own writeback
#   dominates and varies run to run)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
users=${USERS:-10000}
accounts=${ACCOUNTS:-1000}
runs=${RUNS:-3}
# The JS side mints at most 10,000 (a few hundred a second: 100,000 would take many
# minutes); its rate is compared per second.
js_users=${JS_USERS:-$((users < 10000 ? users : 10000))}

# The same build as the other bench scripts (dev-dependency features unify with the
# example's), so that one release build serves them all.
cargo build --release --quiet --bin pbctl --example nats_sync_bench
scripts/fetch-servers.sh >/dev/null 2>&1 || true
bin=$root/target/release/pbctl
nats_server=$root/.cache/bin/nats-server
[ -x "$nats_server" ] || { echo "nats-server missing: run scripts/fetch-servers.sh" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export PBCTL_JWT_STORE="$work/store" PBCTL_CONFIG_DIR="$work/config" NO_COLOR=1

now() { date +%s.%N; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}')" "$1" "$2"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== setup: npm install nats-jwt nkeys.js nats (in $work/js)" >&2
mkdir -p "$work/js"
(cd "$work/js" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund nats-jwt nkeys.js nats >/dev/null)
js_versions=$(cd "$work/js" && node -e 'for (const p of ["nats-jwt","nkeys.js","nats"]) process.stdout.write(p+"@"+require("./node_modules/"+p+"/package.json").version+" ")')

# ---------------------------------------------------------------- 1. minting
python3 - "$users" > "$work/users.jsonl" <<'PY'
import json, sys
for i in range(int(sys.argv[1])):
    print(json.dumps({"name": f"u{i}", "allow_pub": ["a.>"], "deny_pub": ["b.>"]}))
PY
cat > "$work/js/mint.js" <<'JS'
const { encodeUser, fmtCreds } = require("nats-jwt");
const { createUser, fromSeed } = require("nkeys.js");
const fs = require("fs");
const [n, account, skSeed, outDir] = process.argv.slice(2);
(async () => {
  const sk = fromSeed(new TextEncoder().encode(skSeed));
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < Number(n); i++) {
    const ukp = createUser();
    const jwt = await encodeUser(`u${i}`, ukp, account,
      { pub: { allow: ["a.>"], deny: ["b.>"] } }, { signer: sk });
    fs.writeFileSync(`${outDir}/u${i}.creds`, fmtCreds(jwt, ukp), { mode: 0o600 });
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ secs, rate: Number(n) / secs }));
})().catch((e) => { console.error(e); process.exit(1); });
JS

# mint_bench DIR: pbctl bulk path (store + creds files in DIR; median of $runs runs, each
# in a new store) and the JS libraries (creds files in DIR, once) on the same file system;
# sets pbctl_rate, pbctl_rss (KB, the largest) and js_rate.
mint_bench() {
  local dir=$1 run secs=() kb
  pbctl_rss=0
  for run in $(seq 1 "$runs"); do
    rm -rf "$dir"
    mkdir -p "$dir"
    local store="$dir/store"
    PBCTL_JWT_STORE="$store" "$bin" jwt init bench -q
    PBCTL_JWT_STORE="$store" "$bin" jwt account add app -q
    echo "== minting $users users with pbctl (bulk path) in $dir, run $run" >&2
    PBCTL_JWT_STORE="$store" /usr/bin/time -f '%e %M' -o "$work/time.txt" \
      "$bin" jwt user add --from "$work/users.jsonl" --account app --creds-dir "$dir/creds-pbctl" -o name >/dev/null
    read -r s kb <"$work/time.txt"
    secs+=("$s")
    [ "$kb" -gt "$pbctl_rss" ] && pbctl_rss=$kb
    local n_creds
    n_creds=$(find "$dir/creds-pbctl/app" -name '*.creds' | wc -l)
    [ "$n_creds" -eq "$users" ] || { echo "expected $users creds files, found $n_creds" >&2; exit 1; }
    PBCTL_JWT_STORE="$store" "$bin" jwt validate -q
  done
  pbctl_rate=$(python3 -c "print(round($users/$(median "${secs[@]}")))")
  echo "== minting $js_users users with nats-jwt + nkeys.js in $dir" >&2
  local sk acct sk_seed js_out store="$dir/store"
  sk=$(PBCTL_JWT_STORE="$store" "$bin" jwt account show app -o json --jq '.signingKeys[0].key' --raw)
  acct=$(PBCTL_JWT_STORE="$store" "$bin" jwt account show app -o json --jq '.publicKey' --raw)
  sk_seed=$(tr -d '\n' < "$store/keys/$sk.nk")
  js_out=$(cd "$work/js" && node mint.js "$js_users" "$acct" "$sk_seed" "$dir/creds-js")
  js_rate=$(python3 -c "import json,sys; print(round(json.loads(sys.argv[1])['rate']))" "$js_out")
  # The JS creds are accepted by pbctl's decoder (nats-jwt uses random jti values).
  "$bin" jwt describe "$dir/creds-js/u0.creds" --no-jti-check -o json --jq '.status' --raw | grep -qx valid
  rm -rf "$dir"
}

# The signing ceiling, measured beside each minting run (median of 3).
ossl_runs=()
openssl_speed() {
  echo "== openssl speed ed25519 (one core, 3 s)" >&2
  ossl_runs+=("$(openssl speed -seconds 3 ed25519 2>/dev/null | awk '/Ed25519/ {print $(NF-1)}' | tail -1)")
}
disk_pbctl= disk_js= shm_pbctl= shm_js= load_mint=
if [ -z "${SKIP_MINT:-}" ] && [ "${MINT_DISK:-1}" != 0 ]; then
  openssl_speed
  mint_bench "$work/mint-disk"
  disk_pbctl=$pbctl_rate disk_js=$js_rate disk_rss=$pbctl_rss
fi
if [ -z "${SKIP_MINT:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  openssl_speed
  shm=$(mktemp -d /dev/shm/pbctl-bench.XXXXXX)
  mint_bench "$shm/mint"
  shm_pbctl=$pbctl_rate shm_js=$js_rate shm_rss=$pbctl_rss
  rm -rf "$shm"
  load_mint=$(cut -d' ' -f1-3 /proc/loadavg)
fi
openssl_speed
ossl=$(median "${ossl_runs[@]}")

"$bin" jwt init bench -q
# ---------------------------------------------------------------- 2. push
echo "== creating $accounts accounts" >&2
seq 1 "$accounts" | xargs -P 2 -I{} "$bin" jwt account add "t{}" -q
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" jwt server-config --resolver full --dir "$work/nats/jwt" --listen "127.0.0.1:$port" -O "$work/nats.conf" -q
mkdir -p "$work/nats"
"$nats_server" -c "$work/nats.conf" >"$work/nats.log" 2>&1 &
server_pid=$!
until python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1",int(sys.argv[1])),1)' "$port" 2>/dev/null; do sleep 0.05; done
url="nats://127.0.0.1:$port"
total=$((accounts + 1))  # + SYS

"$bin" jwt creds sys --account SYS -O "$work/sys.creds" -q
cat > "$work/js/push.js" <<'JS'
const t_start = process.hrtime.bigint();
const { connect, credsAuthenticator } = require("nats");
const fs = require("fs");
const path = require("path");
const [url, credsFile, storeOp] = process.argv.slice(2);
(async () => {
  const t0 = process.hrtime.bigint();
  const dir = path.join(storeOp, "accounts");
  const jwts = fs.readdirSync(dir).map((a) => fs.readFileSync(path.join(dir, a, "account.jwt"), "utf8").trim());
  const nc = await connect({ servers: url, authenticator: credsAuthenticator(fs.readFileSync(credsFile)) });
  const replies = await Promise.all(jwts.map((j) =>
    nc.request("$SYS.REQ.CLAIMS.UPDATE", new TextEncoder().encode(j), { timeout: 30000 })));
  const ok = replies.filter((m) => JSON.parse(new TextDecoder().decode(m.data))?.data?.message === "jwt updated").length;
  await nc.close();
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const sinceStart = Number(process.hrtime.bigint() - t_start) / 1e9;
  console.log(JSON.stringify({ secs, sinceStart, ok, n: jwts.length }));
})().catch((e) => { console.error(e); process.exit(1); });
JS
push_pbctl() {
  # Default flags: pbctl learns from the server that one server will answer.
  "$bin" jwt push --all --nats-url "$url" -o json "$@" >"$work/push.json"
  local ok
  ok=$(grep -c '"jwt updated"' "$work/push.json")
  [ "$ok" -eq "$total" ] || { echo "pbctl: $ok of $total pushes answered 'jwt updated'" >&2; exit 1; }
}
echo "== warm-up push (the server creates its $total files)" >&2
push_pbctl
# $runs rounds, alternating: pbctl by default, pbctl --servers 1 (no discovery), the JS
# client timed in-process (after module loading) and as a whole process. Medians.
pbctl_runs=() pbctl1_runs=() js_runs=() js_wall_runs=()
for round in $(seq 1 "$runs"); do
  echo "== push round $round: pbctl, pbctl --servers 1, then the nats npm client" >&2
  t0=$(now); push_pbctl; t1=$(now)
  pbctl_runs+=("$(python3 -c "print($t1-$t0)")")
  t0=$(now); push_pbctl --servers 1; t1=$(now)
  pbctl1_runs+=("$(python3 -c "print($t1-$t0)")")
  t0=$(now)
  js_push=$(cd "$work/js" && node push.js "$url" "$work/sys.creds" "$PBCTL_JWT_STORE/bench")
  t1=$(now)
  js_runs+=("$(python3 -c "import json,sys; d=json.loads(sys.argv[1]); assert d['ok']==d['n'], d; print(d['secs'])" "$js_push")")
  js_wall_runs+=("$(python3 -c "print($t1-$t0)")")
done
pbctl_push_secs=$(median "${pbctl_runs[@]}")
pbctl1_push_secs=$(median "${pbctl1_runs[@]}")
js_push_secs=$(median "${js_runs[@]}")
js_push_wall=$(median "${js_wall_runs[@]}")
load_push=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report
echo
echo "JS: $js_versions; nats-server $("$nats_server" --version | awk '{print $NF}'); $(openssl version | cut -d' ' -f1-2); $(nproc) cores"
echo "$users users minted (JWT + creds file; pbctl also stores the JWT and the seed; JS: $js_users) per second (load $load_mint):"
row() { printf '  %-46s %8s /s   vs JS %6sx (>= 10)   vs ed25519 sign %5s (>= 0.33)   peak RSS %5.1f MB\n' "$1" "$2" "$(ratio "$2" "$3")" "$(ratio "$2" "$ossl")" "$(python3 -c "print($4/1024)")"; }
printf '  %-46s %8s /s   (runs: %s)\n' "openssl speed ed25519 sign (one core, median)" "$ossl" "${ossl_runs[*]}"
if [ -n "$disk_pbctl" ]; then
  printf '  %-46s %8s /s\n' "nats-jwt + nkeys.js, disk (in-process)" "$disk_js"
  row "pbctl jwt user add --from, disk (wall)" "$disk_pbctl" "$disk_js" "$disk_rss"
fi
if [ -n "$shm_pbctl" ]; then
  printf '  %-46s %8s /s\n' "nats-jwt + nkeys.js, tmpfs (in-process)" "$shm_js"
  row "pbctl jwt user add --from, tmpfs (wall)" "$shm_pbctl" "$shm_js" "$shm_rss"
fi
echo "push of $total account JWTs to one server (medians of $runs; load $load_push):"
printf '  %-46s %8.3f s  (%s /s; >= 4500)\n' "pbctl jwt push --all, whole process (wall)" "$pbctl_push_secs" "$(python3 -c "print(round($total/$pbctl_push_secs))")"
printf '  %-46s %8.3f s  (%s /s; default / this %s)\n' "pbctl jwt push --all --servers 1 (wall)" "$pbctl1_push_secs" "$(python3 -c "print(round($total/$pbctl1_push_secs))")" "$(ratio "$pbctl_push_secs" "$pbctl1_push_secs")"
printf '  %-46s %8.3f s  (%s /s)\n' "nats npm client, in-process (after require)" "$js_push_secs" "$(python3 -c "print(round($total/$js_push_secs))")"
printf '  %-46s %8.3f s  (%s /s)\n' "nats npm client, whole node process (wall)" "$js_push_wall" "$(python3 -c "print(round($total/$js_push_wall))")"
printf '  speed-up pbctl vs JS in-process: %sx, vs JS process: %sx (>= 1)\n' "$(ratio "$js_push_secs" "$pbctl_push_secs")" "$(ratio "$js_push_wall" "$pbctl_push_secs")"
