# Sourced by the other scripts: the pinned tool versions and PATH. Keep the versions in
# step with Cargo.toml (wasm-bindgen) and Trunk.toml ([tools]).
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
# Firefox's WebDriver server, for the component tests and the reader's journey in Firefox.
GECKODRIVER_VERSION=0.37.1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
log() { printf '\033[1m[folio]\033[0m %s\n' "$*" >&2; }
# Cargo's builds live outside the clone, so a fresh clone (CI) rebuilds only what changed
# since the last run on this machine; a new machine builds everything there once.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/folio-target}"
