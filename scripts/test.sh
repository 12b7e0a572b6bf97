#!/usr/bin/env bash
# Runs every test: formatting and lints, native unit tests, component tests in headless
# Chromium and Firefox (wasm-bindgen-test), end-to-end tests (Playwright, Chromium)
# against the release build, and a reader's journey in Firefox through WebDriver.
# Installs what is missing first (toolchain, Debian chromium, chromedriver, firefox-esr).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing Debian's chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! command -v firefox-esr >/dev/null; then
  log "installing Debian's firefox-esr"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
fi

log "the house: no import circles between modules or files in any crate, none pointing up a floor"
python3 scripts/imports.py
log "every file folio-cli writes goes through its one safe write"
python3 scripts/writes.py

log "format and lints"
cargo fmt --all --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p folio-core -p folio-web --all-targets -- -D warnings

log "native unit tests"
# The full-disk tests mount a small tmpfs: as root (CI) they must run, never skip.
if [ "$(id -u)" = 0 ]; then export FOLIO_TMPFS_TESTS=required; fi
PROPTEST_CASES=${PROPTEST_CASES:-4000} cargo test

log "schemas agree with folio-cli; the sample content is valid"
node tests/schemas.mjs
cargo run --quiet --bin folio-cli -- validate public/content
cargo run --quiet --bin folio-cli -- validate tests/fixtures/en-us

log "component tests in headless Chromium"
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60
export WASM_BINDGEN_TEST_TIMEOUT=120
cargo test --target wasm32-unknown-unknown -p folio-core

log "component tests in headless Firefox"
env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)" cargo test --target wasm32-unknown-unknown -p folio-core

log "release build"
trunk build --release --offline
# A ratchet against growth: lower it with every saving kept (docs/size.md).
node scripts/sizes.mjs dist --budget 287.0 --budget-article 184.8

log "publish the sample content, the en-US fixture site and an imported WordPress export into copies of dist/ (ports 4175-4177 and 4180 in the e2e tests), and fragments for the embed examples"
rm -rf target/published target/published-us target/published-wp target/wp-tree
cp -r dist target/published
cp -r dist target/published-us
cp -r dist target/published-wp
rm -rf target/published-embed
cp -r dist target/published-embed
# Fragments for the host pages of examples/embed/, whose Folio reads /folio/content/.
cargo run --quiet --bin folio-cli -- publish public/content --out target/published-embed --base-url http://127.0.0.1:4173 --endpoint /folio/content/ --assets-url /folio/
cargo run --quiet --bin folio-cli -- import-wordpress tests/fixtures/wordpress/export.xml --into target/wp-tree \
  --kind-from category --uploads tests/fixtures/wordpress/uploads > /dev/null
cargo run --quiet --bin folio-cli -- validate target/wp-tree
cargo run --quiet --bin folio-cli -- publish target/wp-tree --out target/published-wp --base-url http://127.0.0.1:4177
# A post per core block and the classic editor's every tag, imported with their pictures
# and published (port 4180).
rm -rf target/wp-blocks-tree target/published-wp-blocks
cp -r dist target/published-wp-blocks
for export in core-blocks classic; do
  cargo run --quiet --bin folio-cli -- import-wordpress tests/fixtures/wordpress/$export.xml --into target/wp-blocks-tree \
    --uploads tests/fixtures/wordpress/uploads > /dev/null
done
cargo run --quiet --bin folio-cli -- validate target/wp-blocks-tree
cargo run --quiet --bin folio-cli -- publish target/wp-blocks-tree --out target/published-wp-blocks --base-url http://127.0.0.1:4180
cargo run --quiet --bin folio-cli -- publish public/content --out target/published --base-url http://127.0.0.1:4175
cargo run --quiet --bin folio-cli -- publish tests/fixtures/en-us --out target/published-us --base-url http://127.0.0.1:4176
# Hostile words in every field of a tree that validates, published (port 4179).
rm -rf target/hostile-tree target/published-hostile
cp -r tests/fixtures/hostile-valid target/hostile-tree
cp -r dist target/published-hostile
cargo run --quiet --bin folio-cli -- index target/hostile-tree
cargo run --quiet --bin folio-cli -- validate target/hostile-tree
cargo run --quiet --bin folio-cli -- publish target/hostile-tree --out target/published-hostile --base-url http://127.0.0.1:4179

log "a small generated archive with a split index, served by the app (port 4178 in the e2e tests)"
rm -rf target/archive-e2e target/archive-app
node bench/archive-tree.mjs target/archive-e2e --scale 0.004 > /dev/null
cargo run --quiet --bin folio-cli -- index target/archive-e2e --split-above 100 --head 24 --piece 40
cargo run --quiet --bin folio-cli -- validate target/archive-e2e
cp -r dist target/archive-app
rm -rf target/archive-app/content
cp -r target/archive-e2e target/archive-app/content

log "end-to-end tests against dist/ and the published copy"
npx playwright test --config tests/e2e/playwright.config.js

log "a reader's journey in Firefox ESR, through WebDriver"
GECKODRIVER="$(command -v geckodriver)" node tests/firefox/journey.mjs
