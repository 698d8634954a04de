#!/usr/bin/env bash
# Backup transfer throughput: download and upload of a ~500 MB backup with pbctl vs curl on
# the same file, against a local PocketBase, in the same run. Prints MB/s per tool, the
# pbctl/curl ratio each way (target >= 0.90) and pbctl's peak RSS (target < 64 MB).
#
#   bench/transfer.sh            # SIZE_MB=500 RUNS=3 by default; the best run of each counts
#   SIZE_MB=200 RUNS=5 bench/transfer.sh
#
# Needs curl and GNU time (/usr/bin/time); on Debian/Ubuntu it installs them with apt-get
# when it can, else it says what to install.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
size_mb=${SIZE_MB:-500}
runs=${RUNS:-3}

need() { # command, package
  command -v "$1" >/dev/null 2>&1 && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "installing $2…" >&2
    apt-get install -y -qq "$2" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
  fi
  command -v "$1" >/dev/null 2>&1 || { echo "error: $1 is needed: install the package $2" >&2; exit 1; }
}
need curl curl
[ -x /usr/bin/time ] || need /usr/bin/time time

scripts/fetch-servers.sh >/dev/null 2>&1 || true
[ -x .cache/bin/pocketbase ] || { echo "error: no PocketBase: run scripts/fetch-servers.sh" >&2; exit 1; }
cargo build --release --quiet
pbctl=$root/target/release/pbctl

work=$(mktemp -d)
export PBCTL_CONFIG_DIR="$work/cfg" PBCTL_CREDENTIAL_STORE=file NO_COLOR=1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
email=bench@example.com password='Bench!Pass123'
.cache/bin/pocketbase superuser upsert "$email" "$password" --dir "$work/pb_data" >/dev/null
.cache/bin/pocketbase serve --http "127.0.0.1:$port" --dir "$work/pb_data" >"$work/pb.log" 2>&1 &
pb_pid=$!
trap 'kill $pb_pid 2>/dev/null; wait $pb_pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs "$url/api/health" >/dev/null; do sleep 0.1; done

"$pbctl" context add bench --url "$url" -q
printf '%s\n' "$password" | "$pbctl" auth login --identity "$email" --password-stdin -q

echo "building a ${size_mb} MB backup (incompressible data in the server's file storage)…" >&2
mkdir -p "$work/pb_data/storage/bench"
head -c "$((size_mb * 1024 * 1024))" /dev/urandom >"$work/pb_data/storage/bench/blob.bin"
"$pbctl" backup create bench -q >/dev/null
zip="$work/pb_data/backups/bench.zip"
bytes=$(stat -c %s "$zip")
cp "$zip" "$work/upload.zip"
token=$("$pbctl" auth token)

# seconds for one command (wall clock)
timed() { python3 - "$@" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{time.perf_counter() - t:.4f}")
PY
}
best() { sort -g | head -1; }
mbps() { python3 -c "print(f'{$bytes / $1 / 1e6:.0f}')"; }

curl_download() {
  ft=$(curl -fs -X POST "$url/api/files/token" -H "Authorization: $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  timed curl -fs -o "$work/curl.zip" "$url/api/backups/bench.zip?token=$ft"
  rm -f "$work/curl.zip"
}
pbctl_download() {
  timed "$pbctl" backup download bench.zip -O "$work/pbctl.zip" -q
  rm -f "$work/pbctl.zip"
}
curl_upload() {
  timed curl -fs -H "Authorization: $token" -F "file=@$work/upload.zip;type=application/zip;filename=curl-up.zip" "$url/api/backups/upload"
  "$pbctl" backup delete curl-up.zip --yes -q
}
pbctl_upload() {
  timed "$pbctl" backup upload "$work/upload.zip" --name pbctl-up -q
  "$pbctl" backup delete pbctl-up.zip --yes -q
}

echo "warming up…" >&2
pbctl_download >/dev/null; curl_download >/dev/null
cd_t=(); pd_t=(); cu_t=(); pu_t=()
for i in $(seq 1 "$runs"); do
  echo "run $i/$runs…" >&2
  cd_t+=("$(curl_download)"); pd_t+=("$(pbctl_download)")
  cu_t+=("$(curl_upload)"); pu_t+=("$(pbctl_upload)")
done
cd_best=$(printf '%s\n' "${cd_t[@]}" | best); pd_best=$(printf '%s\n' "${pd_t[@]}" | best)
cu_best=$(printf '%s\n' "${cu_t[@]}" | best); pu_best=$(printf '%s\n' "${pu_t[@]}" | best)

rss() { # peak RSS in MB of a pbctl command
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1
  python3 -c "print(f'{int(open(\"$work/rss\").read().split()[-1]) / 1024:.1f}')"
}
rss_down=$(rss "$pbctl" backup download bench.zip -O "$work/pbctl.zip" -q); rm -f "$work/pbctl.zip"
rss_up=$(rss "$pbctl" backup upload "$work/upload.zip" --name rss-up -q); "$pbctl" backup delete rss-up.zip --yes -q

printf '\nbackup: %s bytes (%.0f MB), best of %s runs, PocketBase on 127.0.0.1\n' "$bytes" "$(python3 -c "print($bytes/1e6)")" "$runs"
printf '%-10s %12s %12s %8s\n' "direction" "curl MB/s" "pbctl MB/s" "ratio"
printf '%-10s %12s %12s %8s\n' download "$(mbps "$cd_best")" "$(mbps "$pd_best")" "$(python3 -c "print(f'{$cd_best/$pd_best:.2f}')")"
printf '%-10s %12s %12s %8s\n' upload "$(mbps "$cu_best")" "$(mbps "$pu_best")" "$(python3 -c "print(f'{$cu_best/$pu_best:.2f}')")"
printf 'pbctl peak RSS: download %s MB, upload %s MB\n' "$rss_down" "$rss_up"
