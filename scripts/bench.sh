#!/usr/bin/env bash
# The performance benchmark in one command: installs what is missing, builds the release,
# then runs bench/perf.mjs (sizes, times against static HTML, memory), which rewrites its
# section of docs/benchmarks.md. Usage: ./scripts/bench.sh [runs=10]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
log "release build"
trunk build --release --offline
log "benchmark"
exec node bench/perf.mjs "${1:-10}"
