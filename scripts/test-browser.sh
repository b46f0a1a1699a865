#!/usr/bin/env bash
# test-browser.sh — browser tests (tests/browser/*.test.{js,mjs}, Node's test runner + playwright-core driving
# Debian's /usr/bin/chromium headless). Builds the web app first when dist/ is missing (or LEDE_REBUILD=1).
# Screenshots land in build/screenshots/. Exit status is non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
D=${LEDE_DIST_DIR:-dist}
if [ ! -f "$D/index.html" ] || [ ! -f "$D/lede.wasm" ] || [ "${LEDE_REBUILD:-0}" = 1 ]; then
  scripts/build-web.sh
fi
[ -d node_modules/playwright-core ] || { echo "playwright-core missing: run scripts/setup.sh" >&2; exit 1; }
mkdir -p build/screenshots
shopt -s nullglob
tests=(tests/browser/*.test.js tests/browser/*.test.mjs)
node --test --test-concurrency=1 "${tests[@]}"
echo "screenshots: build/screenshots/"
