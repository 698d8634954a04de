#!/usr/bin/env bash
# Startup time: `pbctl --version` and `pbctl context list` (10 contexts) against /bin/true,
# measured in the same run. Prints mean milliseconds and the ratio to /bin/true.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/pbctl
runs=${RUNS:-200}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export PBCTL_CONFIG_DIR="$work" PBCTL_CREDENTIAL_STORE=file NO_COLOR=1
for i in $(seq 1 10); do "$bin" context add "ctx-$i" --url "http://127.0.0.1:$((20000 + i))" -q; done

mean_ms() { # runs a command $runs times, prints the mean wall time in ms
  python3 - "$runs" "$@" <<'PY'
import subprocess, sys, time
runs = int(sys.argv[1]); cmd = sys.argv[2:]
for _ in range(5): subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
t = time.perf_counter()
for _ in range(runs): subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{(time.perf_counter() - t) / runs * 1000:.3f}")
PY
}

base=$(mean_ms /bin/true)
ver=$(mean_ms "$bin" --version)
list=$(mean_ms "$bin" context list)
printf '%-26s %8s ms\n' "/bin/true (baseline)" "$base"
printf '%-26s %8s ms   ratio %.1fx\n' "pbctl --version" "$ver" "$(python3 -c "print($ver/$base)")"
printf '%-26s %8s ms   ratio %.1fx\n' "pbctl context list" "$list" "$(python3 -c "print($list/$base)")"
