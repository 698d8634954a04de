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
trap 'kill $pb_pid 2>/dev/null; rm -rf "$work"' EXIT
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
trap 'kill $pb_pid $nats_pid 2>/dev/null; rm -rf "$work"' EXIT
until python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$nats_port" 2>/dev/null; do sleep 0.1; done
run pbctl context set local "nats.url=nats://127.0.0.1:$nats_port"
run pbctl nats account create acme
run pbctl nats role create reader --sub 'acme.>' --pub '_INBOX.>'
run pbctl nats user create alice --account acme --role reader
run pbctl nats sync
run pbctl nats user creds alice -O "$work/alice.creds"
run pbctl nats status
run pbctl nats user list

step "done: the tour's server and config are removed on exit"
