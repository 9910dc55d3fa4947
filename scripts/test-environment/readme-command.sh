#!/usr/bin/env bash
# Prints the README's Nth shell block under "## Set up on a fresh machine": 1 is the
# set-up command, 2 the test command. `.ci/run` runs them as the README writes them.
set -euo pipefail
cd "$(dirname "$0")/../.."
awk -v want="${1:?which block: 1 (set up) or 2 (test)}" '
  /^## / { inside = ($0 == "## Set up on a fresh machine") }
  inside && /^```sh$/ { block++; grab = (block == want); next }
  grab && /^```$/ { grab = 0; next }
  grab { print }
' README.md
