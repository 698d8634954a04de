#!/usr/bin/env bash
# `pbctl apply` of a whole tenant file against a local PocketBase 0.40.6 (pbctl-managed
# NATS control plane, so every account and user is minted: keys, JWTs, creds):
#   100 accounts, 20 roles and 2,000 users (ACCOUNTS, ROLES, USERS to change) into an
#   empty bootstrapped server: wall time and records/s, against the ceiling of
#   `pbctl record import` of the same number of plain records (batch API) in the same run;
#   a no-change `pbctl diff` of the same files (target: 2 s or less on a 2-core machine).
# Prints the numbers and the ratio. Not a test: the machine's load changes the numbers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ACCOUNTS=${ACCOUNTS:-100}
ROLES=${ROLES:-20}
USERS=${USERS:-2000}

say() { printf '%s\n' "$*" >&2; }
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
"$pbctl" nats bootstrap -q
"$pbctl" settings set batch.enabled=true batch.maxRequests=1000 batch.timeout=30 -q

total=$((ACCOUNTS + ROLES + USERS))
python3 - "$work" "$ACCOUNTS" "$ROLES" "$USERS" <<'PY'
import json, sys
work, na, nr, nu = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
docs = []
for a in range(na):
    docs.append(f"kind: NatsAccount\nname: tenant-{a:03}\ndescription: Tenant {a}\nlimits: {{connections: 100}}\n")
for r in range(nr):
    docs.append(f"kind: NatsRole\nname: role-{r:02}\npublish: {{allow: [\"app.{r}.>\", \"_INBOX.>\"]}}\nsubscribe: {{allow: [\"app.{r}.>\"]}}\n")
for u in range(nu):
    docs.append(f"kind: NatsUser\nname: user-{u:04}\naccount: tenant-{u % na:03}\nrole: role-{u % nr:02}\nemail: user-{u:04}@example.com\n")
open(f"{work}/tenants.yaml", "w").write("---\n".join(docs))
with open(f"{work}/plain.jsonl", "w") as f:
    for i in range(na + nr + nu):
        f.write(json.dumps({"name": f"user-{i:04}", "email": f"user-{i:04}@example.com", "account": f"tenant-{i % na:03}"}) + "\n")
PY
cat >"$work/schema.yaml" <<'YAML'
- name: plain
  type: base
  fields:
    - {name: name, type: text}
    - {name: email, type: text}
    - {name: account, type: text}
YAML
"$pbctl" collection apply -f "$work/schema.yaml" -q

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
rate() { python3 -c "print(int($1 / ($3 - $2)))"; }

say "== record import of $total plain records (the ceiling: one batch request per 1000)"
t0=$(now); "$pbctl" record import plain -f "$work/plain.jsonl" -q; t1=$(now)
import_rate=$(rate "$total" "$t0" "$t1")
say "record import: $(secs "$t0" "$t1") s, $import_rate records/s"

say "== apply of $ACCOUNTS accounts, $ROLES roles, $USERS users (minted) into an empty control plane"
t0=$(now); "$pbctl" apply -f "$work/tenants.yaml" -q >/dev/null; t1=$(now)
apply_rate=$(rate "$total" "$t0" "$t1")
say "apply: $(secs "$t0" "$t1") s, $apply_rate records/s"
n=$("$pbctl" nats user list -o name | wc -l)
[ "$n" = "$((USERS + 1))" ] || { say "apply: wrong user count $n"; exit 1; }

say "== no-change diff of the same file"
best=999
for round in 1 2 3; do
  t0=$(now); "$pbctl" diff -f "$work/tenants.yaml" -q >/dev/null; t1=$(now)
  s=$(secs "$t0" "$t1"); say "round $round: diff (no changes, exit 0): $s s"
  best=$(python3 -c "print(min($best, $s))")
done

echo "apply: $apply_rate records/s; record import (ceiling): $import_rate records/s; ratio $(python3 -c "print(f'{$apply_rate / $import_rate:.2f}')")"
echo "no-change diff of $total objects: best $best s (target <= 2 s)"
