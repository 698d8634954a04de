#!/usr/bin/env bash
# The quickstart tour: gets the pinned PocketBase, starts it on 127.0.0.1, builds pbctl,
# and walks through contexts, login and real calls, printing each command it runs.
# Everything lives in a temporary directory (config included); nothing of yours is touched.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

step() { printf '\n\033[1m# %s\033[0m\n' "$*" >&2; }
run() { printf '$ %s\n' "$*" >&2; "$@"; }

step "fetching the pinned servers and building pbctl"
scripts/fetch-servers.sh 2>/dev/null
cargo build --quiet
export PATH="$root/target/debug:$PATH"

work=$(mktemp -d)
export PBCTL_CONFIG_DIR="$work/pbctl" PBCTL_DATA_DIR="$work/data" PBCTL_CREDENTIAL_STORE=file
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
email=admin@example.com
password='Quickstart!Pass123'

step "starting PocketBase 0.40.6 on $url (data in $work/pb_data)"
.cache/bin/pocketbase superuser upsert "$email" "$password" --dir "$work/pb_data" >/dev/null
.cache/bin/pocketbase serve --http "127.0.0.1:$port" --dir "$work/pb_data" >"$work/pocketbase.log" 2>&1 &
pb_pid=$!
nats_pid= jwt_nats_pid=
trap 'kill $pb_pid $nats_pid $jwt_nats_pid 2>/dev/null; rm -rf "$work"' EXIT
until python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$url/api/health" 2>/dev/null; do sleep 0.1; done

step "a context is a named server; the first one becomes current"
run pbctl context add local --url "$url" --identity "$email"
run pbctl context add staging --url http://127.0.0.1:9 --description "not running"
run pbctl context list

step "log in (the password comes from stdin here; on a terminal pbctl asks, hidden)"
printf '$ printf ... | pbctl auth login --password-stdin\n' >&2
printf '%s\n' "$password" | pbctl auth login --password-stdin
run pbctl auth status

step "real calls"
run pbctl health
run pbctl settings get batch
run pbctl settings set batch.enabled=true batch.maxRequests=200
run pbctl settings get batch -o json
run pbctl api /api/collections --jq '.items[].name' --raw

step "schemas as code: apply a collection from a file, then records in bulk"
cat >"$work/schema.yaml" <<'YAML'
- name: posts
  type: base
  listRule: ""
  fields:
    - {name: title, type: text, required: true}
    - {name: views, type: number}
    - {name: tags, type: select, maxSelect: 3, values: [go, rust, js]}
YAML
run pbctl collection apply -f "$work/schema.yaml"
run pbctl collection diff -f "$work/schema.yaml"
printf '{"title":"Hello","views":3,"tags":["go"]}\n{"title":"It'"'"'s \\"quoted\\"","views":12,"tags":["rust","js"]}\n{"title":"Third","views":30}\n' >"$work/posts.jsonl"
run pbctl record import posts -f "$work/posts.jsonl"
run pbctl record list posts --filter 'views > {:min}' --param min:=5 --sort -views
run pbctl record export posts -O "$work/posts-export.csv"
run cat "$work/posts-export.csv"

step "backups: create one, change a setting, restore, and the old value is back"
run pbctl backup create tour
run pbctl backup list
run pbctl settings set 'meta.appName=Changed after the backup'
run pbctl backup restore tour --yes        # on a terminal without --yes: type the context name
run pbctl settings get meta.appName
run pbctl backup download tour -O "$work/downloads/"
run ls -l "$work/downloads"

step "pick a context per command; an unreachable server exits 5"
run pbctl --context staging health || echo "(exit code $?)" >&2

step "context-less mode for CI: PBCTL_URL + PBCTL_TOKEN, no config file"
token=$(pbctl auth api-token --duration 1h)
printf '$ PBCTL_URL=%s PBCTL_TOKEN=... pbctl settings get meta.appName\n' "$url" >&2
env -u PBCTL_CONFIG_DIR PBCTL_CONFIG=/nonexistent/config.yaml PBCTL_URL="$url" PBCTL_TOKEN="$token" pbctl settings get meta.appName

step "the NATS control plane in PocketBase (pb-nats collections, pbctl-managed)"
run pbctl nats bootstrap
run pbctl nats server-config -O "$work/nats"
nats_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf '$ nats-server -c %s -p %s &\n' "$work/nats/nats.conf" "$nats_port" >&2
.cache/bin/nats-server -c "$work/nats/nats.conf" -a 127.0.0.1 -p "$nats_port" >"$work/nats-server.log" 2>&1 &
nats_pid=$!
until python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$nats_port" 2>/dev/null; do sleep 0.1; done
run pbctl context set local "nats.url=nats://127.0.0.1:$nats_port"
run pbctl nats account create acme
run pbctl nats role create reader --sub 'acme.>' --pub '_INBOX.>'
run pbctl nats user create alice --account acme --role reader
run pbctl nats sync
run pbctl nats user creds alice -O "$work/alice.creds"
run pbctl nats status
run pbctl nats user list


step "NATS: mint offline, like nsc (the key store is $PBCTL_DATA_DIR/jwt)"
run pbctl jwt init demo
run pbctl jwt account add app --conns 10
run pbctl jwt user add alice --account app --allow-pub 'a.>' --deny-pub 'b.>'
run pbctl jwt user add --from <(printf '{"name":"bulk%d","allow_sub":"a.>"}\n' 1 2 3) --account app --creds-dir "$work/creds"
run pbctl jwt user list --account app
run pbctl jwt validate

nport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
step "NATS: a nats-server configured by pbctl (full resolver, SYS preloaded)"
run pbctl jwt server-config --resolver full --dir "$work/nats/jwt" --listen "127.0.0.1:$nport" -O "$work/nats.conf"
.cache/bin/nats-server -c "$work/nats.conf" >"$work/nats.log" 2>&1 &
jwt_nats_pid=$!
until python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1",int(sys.argv[1])),1)' "$nport" 2>/dev/null; do sleep 0.1; done

step "NATS: push the accounts (one line per account and server)"
run pbctl jwt push --nats-url "nats://127.0.0.1:$nport"

step "NATS: connect as alice (creds file, 0600; describe verifies it without printing the seed)"
run pbctl jwt creds alice --account app -O "$work/alice.creds"
run pbctl jwt describe "$work/alice.creds" --jq '{type, name, status, pub: .claims.nats.pub}'
# No NATS client here, so a raw handshake: CONNECT with alice's JWT and the server nonce
# signed with her seed (pbctl's own nkeys code is not used: python + openssl do it).
cat >"$work/connect.py" <<'PY'
import base64, json, socket, subprocess, sys, tempfile, os
port, creds = int(sys.argv[1]), open(sys.argv[2]).read().split("\n")
jwt = creds[creds.index("-----BEGIN NATS USER JWT-----") + 1]
seed = creds[creds.index("-----BEGIN USER NKEY SEED-----") + 1]
raw = base64.b32decode(seed + "=" * (-len(seed) % 8))[2:34]          # nkey seed -> ed25519 seed
der = bytes.fromhex("302e020100300506032b657004220420") + raw       # PKCS#8 wrapper for openssl
s = socket.create_connection(("127.0.0.1", port)); f = s.makefile("rb")
info = json.loads(f.readline()[5:]); nonce = info["nonce"].encode()
with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, "k.der"), "wb").write(der); open(os.path.join(d, "n"), "wb").write(nonce)
    sig = subprocess.run(["openssl", "pkeyutl", "-sign", "-rawin", "-inkey", os.path.join(d, "k.der"), "-keyform", "DER", "-in", os.path.join(d, "n")], capture_output=True, check=True).stdout
connect = {"jwt": jwt, "sig": base64.urlsafe_b64encode(sig).decode().rstrip("="), "verbose": True, "pedantic": False, "protocol": 1}
s.sendall(b"CONNECT " + json.dumps(connect).encode() + b"\r\nPUB a.x 2\r\nhi\r\nPUB b.x 2\r\nhi\r\nPING\r\n")
while True:
    line = f.readline().decode().strip(); print("server:", line)
    if line in ("PONG", "") or "Authorization" in line: break
PY
run python3 "$work/connect.py" "$nport" "$work/alice.creds"

step "done: the tour's servers, store and config are removed on exit"
