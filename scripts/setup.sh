#!/usr/bin/env bash
# Installs what building Folio needs and is missing: the wasm32 target, Trunk, the
# wasm-bindgen CLI at the crate's exact version, geckodriver (Firefox's WebDriver server,
# for the tests), and npm packages (binaryen's wasm-opt, and the test tools). Idempotent:
# a second run only checks versions.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 8 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the CLI's lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(geckodriver --version 2>/dev/null | head -1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  log "installing geckodriver $GECKODRIVER_VERSION (about 5 minutes, once)"
  # Not --locked, as for wasm-bindgen-cli: the version is pinned, its lock file may not be.
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --force
fi

# npm packages, pinned in package-lock.json; reinstalled only when the lock changes.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages"
  npm ci --no-audit --no-fund
fi
if ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  echo "wasm-opt 132 from npm's binaryen is not on PATH" >&2
  exit 1
fi
log "toolchain ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
