#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine, then runs every
# check CI runs: formatting, clippy, unit and integration tests against real servers.
#   scripts/test.sh            everything
#   scripts/test.sh -- NAME    only tests whose name contains NAME (after the checks)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*" >&2; }

# Toolchain components (present on a new machine; added if a toolchain lacks them).
for comp in rustfmt clippy; do
  if ! cargo "${comp/rustfmt/fmt}" --version >/dev/null 2>&1; then
    say "installing rustup component $comp"
    rustup component add "$comp"
  fi
done

# openssl makes the private CA and TLS endpoint of the TLS tests.
if ! command -v openssl >/dev/null; then
  say "installing openssl"
  apt-get update -qq && apt-get install -y -qq openssl >/dev/null
fi

# GNU time measures the peak memory of pbctl runs (hostile-server and transfer tests).
if [ ! -x /usr/bin/time ]; then
  say "installing time"
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

# bash, fish and elvish run the static completion scripts in the completion tests; zsh
# parses its script.
for shell in fish elvish zsh; do
  if ! command -v "$shell" >/dev/null; then
    say "installing $shell"
    apt-get update -qq && apt-get install -y -qq "$shell" >/dev/null
  fi
done

say "fetching pinned servers (PocketBase 0.40.6, nats-server 2.15.1 and 2.9.10)"
scripts/fetch-servers.sh

say "cargo fmt --check"
cargo fmt --all -- --check

say "cargo clippy"
cargo clippy --all-targets --quiet -- -D warnings

say "cargo build --examples (benchmark helpers)"
cargo build --examples --quiet

say "cargo test"
if [ "${1:-}" = "--" ]; then shift; fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
cargo test --lib --bins --tests -- "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# Fuzzing on the stable toolchain: the property tests named fuzz_* (the JWT and creds
# decoders, the filter binder, the YAML/JSON/CSV readers, the SSE parser, the raw JSON
# writer, the selector parser) again with many more cases.
# About a minute on two cores; PBCTL_FUZZ_CASES sets the cases per target (0 skips).
fuzz_cases=${PBCTL_FUZZ_CASES:-20000}
if [ "$status" -eq 0 ] && [ "$#" -eq 0 ] && [ "$fuzz_cases" != 0 ]; then
  say "fuzzing: $fuzz_cases cases per target"
  set +e
  PROPTEST_CASES=$fuzz_cases cargo test --lib -- fuzz_ 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
  set -e
fi
# One closing line for the whole run: the sum over the test binaries.
awk '/^test result:/ { p += $4; f += $6 } END { printf "%d passed, %d failed\n", p, f }' "$log"
exit "$status"
