#!/usr/bin/env bash
# Builds Folio and serves it with its sample content on http://127.0.0.1:8080/.
# Extra arguments go to `trunk serve` (for example --release or --port 9000).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/setup.sh"
cd "$ROOT"
exec trunk serve --offline "$@"
