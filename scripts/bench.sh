#!/usr/bin/env bash
# The performance benchmark in one command: installs what is missing, builds the release
# and bench/floor (the smallest Leptos app, and the same page without Leptos), then runs
# bench/perf.mjs (sizes, times against static HTML, memory), which rewrites its section
# of docs/benchmarks.md. Usage: ./scripts/bench.sh [runs=10]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
log "release build"
trunk build --release --offline
log "the stack's floor (bench/floor): the smallest Leptos app, and the same without Leptos"
(cd bench/floor && CARGO_TARGET_DIR="$ROOT/target/floor" cargo build --release --locked --target wasm32-unknown-unknown)
for app in folio-floor:floor floor-dom:floor_dom; do
  wasm-bindgen --target web --out-dir target/floor/out --out-name "${app#*:}" \
    "target/floor/wasm32-unknown-unknown/release/${app%%:*}.wasm"
  # The features Rust's wasm32 target emits by default, as Trunk's wasm-opt step allows them.
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "target/floor/out/${app#*:}_bg.wasm" -o "target/floor/out/${app#*:}_bg.wasm"
done
log "benchmark"
exec node bench/perf.mjs "${1:-10}"
