#!/usr/bin/env bash
# test-browser.sh — browser tests (tests/browser/*.test.{js,mjs}, Node's test runner + playwright-core driving
# Debian's /usr/bin/chromium headless), after the app's wasm unit tests (tests/app, ctest in build/web).
# Builds the web app first when dist/ is missing (or LEDE_REBUILD=1).
# Screenshots land in build/screenshots/. Exit status is non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
D=${LEDE_DIST_DIR:-dist}
if [ ! -f "$D/index.html" ] || [ ! -f "$D/lede.wasm" ] || [ "${LEDE_REBUILD:-0}" = 1 ]; then
  scripts/build-web.sh
fi
[ -d node_modules/playwright-core ] || { echo "playwright-core missing: run scripts/setup.sh" >&2; exit 1; }
# The app's pure parts (reader layout, find) as wasm unit tests under node, in the web build tree.
B=${LEDE_WEB_BUILD_DIR:-build/web}
if [ -f "$B/CMakeCache.txt" ]; then
  NODE_PATH=${NODE_PATH:-/usr/share/nodejs} cmake --build "$B" --target lede_app_tests -j"${LEDE_JOBS:-2}" >/dev/null
  ctest --test-dir "$B" --output-on-failure -R app_unit_tests
fi
mkdir -p build/screenshots
shopt -s nullglob
tests=(tests/browser/*.test.js tests/browser/*.test.mjs)
node --test --test-concurrency=1 "${tests[@]}"
echo "screenshots: build/screenshots/"
