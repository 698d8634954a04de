#!/usr/bin/env bash
# Fleet mode against 20 real PocketBase servers on this machine, in one run:
#   - `health` and `backup list` over 20 contexts: one fleet run (`pbctl -l env=bench ...`)
#     vs a bash loop of 20 `pbctl --context NAME ...` runs (target: fleet >= 5x faster)
#     and vs `xargs -P 8` over the same 20 runs (target: fleet not slower); peak RSS of
#     the fleet run;
#   - `context list` with 1,000 contexts in the config (target <= 10 ms), against
#     /bin/true and `context list` with one context.
#
#   bench/fleet.sh                 # SERVERS=20 RUNS=5 by default; the mean of the runs counts
#   SERVERS=10 RUNS=3 bench/fleet.sh
#   PBCTL_BIN=/path/to/pbctl bench/fleet.sh   # measure that binary instead of building one
#
# Needs GNU time (/usr/bin/time) for the peak RSS; on Debian/Ubuntu it installs it with
# apt-get when it can.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
servers=${SERVERS:-20}
runs=${RUNS:-5}

if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
fi
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is needed: install the package time" >&2; exit 1; }
scripts/fetch-servers.sh >/dev/null 2>&1 || true
[ -x .cache/bin/pocketbase ] || { echo "error: no PocketBase: run scripts/fetch-servers.sh" >&2; exit 1; }
if [ -n "${PBCTL_BIN:-}" ]; then
  pbctl=$(cd "$(dirname "$PBCTL_BIN")" && pwd)/$(basename "$PBCTL_BIN")
else
  cargo build --release --quiet
  pbctl=$root/target/release/pbctl
fi
pb=$root/.cache/bin/pocketbase

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export PBCTL_CONFIG_DIR="$work/cfg" XDG_CACHE_HOME="$work/cache" PBCTL_CREDENTIAL_STORE=file NO_COLOR=1
email=bench@example.com password='Bench!Pass123'

echo "starting $servers PocketBase servers…" >&2
names=()
for i in $(seq -w 1 "$servers"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$pb" superuser upsert "$email" "$password" --dir "$work/pb$i" >/dev/null
  "$pb" serve --http "127.0.0.1:$port" --dir "$work/pb$i" >/dev/null 2>&1 &
  pids+=($!)
  "$pbctl" context add "fleet-$i" --url "http://127.0.0.1:$port" --label env=bench -q
  names+=("fleet-$i")
done
for n in "${names[@]}"; do
  url=$("$pbctl" context show "$n" -o json --jq .url --raw)
  until python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1]+'/api/health')" "$url" 2>/dev/null; do sleep 0.1; done
  printf '%s\n' "$password" | "$pbctl" --context "$n" auth login --identity "$email" --password-stdin -q
done
"$pbctl" -l env=bench backup create bench -q -o json >/dev/null

# mean wall milliseconds of a shell command line over $runs runs (after one warm-up)
mean_ms() {
  python3 - "$runs" "$1" <<'PY'
import subprocess, sys, time
runs, line = int(sys.argv[1]), sys.argv[2]
subprocess.run(["bash", "-c", line], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
t = time.perf_counter()
for _ in range(runs):
    subprocess.run(["bash", "-c", line], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{(time.perf_counter() - t) / runs * 1000:.1f}")
PY
}
ratio() { python3 -c "print(f'{$1/$2:.1f}')"; }

list="${names[*]}"
printf '%-44s %10s %12s\n' "command ($servers contexts)" "ms" "ratio"
for cmd in "health" "backup list"; do
  fleet=$(mean_ms "'$pbctl' -l env=bench $cmd -o json")
  loop=$(mean_ms "for c in $list; do '$pbctl' --context \$c $cmd -o json; done")
  xargs=$(mean_ms "printf '%s\n' $list | xargs -P 8 -I{} '$pbctl' --context {} $cmd -o json")
  /usr/bin/time -o "$work/rss" -f %M "$pbctl" -l env=bench $cmd -o json >/dev/null 2>&1
  rss=$(tail -1 "$work/rss")
  printf '%-44s %10s %12s\n' "bash loop: pbctl --context C $cmd" "$loop" "(baseline)"
  printf '%-44s %10s %12s\n' "xargs -P 8: pbctl --context C $cmd" "$xargs" "$(ratio "$loop" "$xargs")x"
  printf '%-44s %10s %12s\n' "fleet: pbctl -l env=bench $cmd" "$fleet" "$(ratio "$loop" "$fleet")x"
  printf '  fleet vs loop %sx (target >= 5x), fleet vs xargs -P 8 %sx (target >= 1x), fleet peak RSS %s KiB\n' \
    "$(ratio "$loop" "$fleet")" "$(ratio "$xargs" "$fleet")" "$rss"
done

# context list with 1,000 contexts in the config, written directly.
big=$work/big
mkdir -p "$big"
python3 - "$big/config.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("current-context: ctx-0001\ncontexts:\n")
    for i in range(1, 1001):
        f.write(f"  - name: ctx-{i:04d}\n    url: http://10.0.{i // 250}.{i % 250}:8090\n"
                f"    labels: {{env: {'prod' if i % 2 else 'dev'}, region: r{i % 7}}}\n")
PY
one=$work/one
mkdir -p "$one"
printf 'contexts:\n  - name: a\n    url: http://127.0.0.1:1\n' >"$one/config.yaml"
runs=50
base=$(mean_ms "/bin/true")
single=$(mean_ms "PBCTL_CONFIG_DIR='$one' '$pbctl' context list")
many=$(mean_ms "PBCTL_CONFIG_DIR='$big' '$pbctl' context list")
selected=$(mean_ms "PBCTL_CONFIG_DIR='$big' '$pbctl' context list -l 'env=prod,region in (r1,r2)'")
# The fleet's own cost per context, without the network: `auth status` only reads the
# config (the contexts are not logged in, so each one fails; exit 4 is expected).
runs=5
overhead=$(mean_ms "PBCTL_CONFIG_DIR='$big' '$pbctl' -A auth status -o json || true")
PBCTL_CONFIG_DIR="$big" /usr/bin/time -o "$work/rss" -f %M "$pbctl" -A auth status -o json >/dev/null 2>&1 || true
overhead_rss=$(tail -1 "$work/rss")
# 1,000 logged-in contexts that all point at the first server (one token, copied): the
# per-context cost of a real fleet run at that size (config, credentials, one client and
# one request each), without 1,000 servers.
many_dir=$work/many
mkdir -p "$many_dir"
python3 - "$PBCTL_CONFIG_DIR" "$many_dir" fleet-01 <<'PY'
import re, sys
src, dst, first = sys.argv[1:]
config = open(f"{src}/config.yaml").read()
block = re.search(r"(?ms)^- name: " + first + r"\n.*?(?=^- name: |^\S|\Z)", config).group(0)
creds = open(f"{src}/credentials.yaml").read()
token = re.search(r"(?ms)^  " + first + r": >-\n    (\S+)", creds).group(1)
with open(f"{dst}/config.yaml", "w") as f:
    f.write("contexts:\n")
    for i in range(1, 1001):
        f.write(block.replace(f"name: {first}", f"name: many-{i:04d}", 1))
with open(f"{dst}/credentials.yaml", "w") as f:
    f.write("tokens:\n")
    for i in range(1, 1001):
        f.write(f"  many-{i:04d}: {token}\n")
PY
chmod 600 "$many_dir"/*.yaml
runs=3
thousand=$(mean_ms "PBCTL_CONFIG_DIR='$many_dir' '$pbctl' -A backup list -o json")
PBCTL_CONFIG_DIR="$many_dir" /usr/bin/time -o "$work/rss" -f %M "$pbctl" -A backup list -o json >/dev/null 2>&1
thousand_rss=$(tail -1 "$work/rss")

echo
printf '%-44s %10s %12s\n' "command" "ms" "ratio"
printf '%-44s %10s %12s\n' "/bin/true" "$base" "(baseline)"
printf '%-44s %10s %12s\n' "context list, 1 context" "$single" "$(ratio "$single" "$base")x"
printf '%-44s %10s %12s\n' "context list, 1,000 contexts (target <= 10)" "$many" "$(ratio "$many" "$base")x"
printf '%-44s %10s %12s\n' "context list -l ..., 1,000 contexts" "$selected" "$(ratio "$selected" "$base")x"
printf '%-44s %10s %12s\n' "-A auth status, 1,000 contexts (no network)" "$overhead" "$(ratio "$overhead" "$base")x"
printf '  per context: %s ms; peak RSS %s KiB\n' "$(python3 -c "print(f'{$overhead/1000:.3f}')")" "$overhead_rss"
printf '%-44s %10s\n' "-A backup list, 1,000 contexts, one server" "$thousand"
printf '  per context: %s ms; peak RSS %s KiB\n' "$(python3 -c "print(f'{$thousand/1000:.3f}')")" "$thousand_rss"
