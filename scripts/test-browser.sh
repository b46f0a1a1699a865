#!/usr/bin/env bash
# test-browser.sh [TEST_FILE...] — the app's wasm unit tests (tests/app, ctest in build/web), then the browser tests
# (tests/browser/*.test.{js,mjs}, Node's test runner + playwright-core driving Debian's /usr/bin/chromium headless).
# Builds the web app first when dist/ or build/web is missing (or LEDE_REBUILD=1): nothing is skipped for want of
# a build; a build that fails fails the run. Screenshots land in build/screenshots/. Ends with a tally line
# ("N passed, N failed, N skipped", each skip with its reason); exit status non-zero when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/tally.sh
D=${LEDE_DIST_DIR:-dist}
B=${LEDE_WEB_BUILD_DIR:-build/web}
if [ ! -f "$D/index.html" ] || [ ! -f "$D/lede.wasm" ] || [ ! -f "$B/CMakeCache.txt" ] || [ "${LEDE_REBUILD:-0}" = 1 ]; then
  scripts/build-web.sh
fi
[ -d node_modules/playwright-core ] || { echo "playwright-core missing: run scripts/setup.sh" >&2; exit 1; }
mkdir -p build/screenshots build/test-logs
rc=0

# The app's pure parts (reader layout, find, highlights, prefs) as wasm unit tests under node.
NODE_PATH=${NODE_PATH:-/usr/share/nodejs} cmake --build "$B" --target lede_app_tests -j"${LEDE_JOBS:-2}" >/dev/null
ctest --test-dir "$B" --output-on-failure -R app_unit_tests 2>&1 | tee build/test-logs/ctest-web.log || rc=1
tally_ctest "$B" build/test-logs/ctest-web.log

shopt -s nullglob
tests=("$@")   # scripts/test-browser.sh [FILE.test.js ...]: only those files (default: all)
[ ${#tests[@]} -gt 0 ] || tests=(tests/browser/*.test.js tests/browser/*.test.mjs)
tap=build/test-logs/browser.tap
# --test-force-exit: a test file whose test failed before it closed its browser would otherwise never exit (round
# 3's CI hung on one until its limit). timeout: the whole run is bounded whatever hangs, and then fails.
timeout --kill-after=30 "${LEDE_BROWSER_TESTS_MAX_S:-2700}" \
  node --test --test-force-exit --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" "${tests[@]}" || rc=1
tally_tap "$tap"
echo "screenshots: build/screenshots/"
[ -n "${LEDE_TALLY_OWNER:-}" ] || echo "test-browser.sh: $(tally_report | tail -1)"
exit $rc
