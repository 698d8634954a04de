#!/usr/bin/env bash
# Regenerate docs/cli-reference.md, completions/ and man/ from the clap definitions.
set -euo pipefail
cd "$(dirname "$0")/.."
PBCTL_BLESS=1 cargo test --quiet --test cli test_generated >/dev/null
git status --short docs/cli-reference.md completions/ man/
