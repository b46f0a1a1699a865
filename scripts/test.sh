#!/usr/bin/env bash
# test.sh — set up, build both trees, run every test. Non-zero exit on any failure.
#   1. scripts/setup.sh         (apt, ImGui source package, npm ci — skipped when already done)
#   2. native build + ctest     (doctest unit tests of the core and notes, the CLI binary; tests that need
#                                ../shared are their own entry, reported SKIPPED with the reason when it is absent)
#   3. web build + browser tests (wasm unit tests of the app, headless Chromium via playwright-core)
# The last line tallies the whole run: "N passed, N failed, N skipped", each skip listed with its reason above it.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/setup.sh
mkdir -p build/test-logs
export LEDE_TALLY="$PWD/build/test-logs/tally.txt" LEDE_TALLY_OWNER=test.sh
: >"$LEDE_TALLY"
source scripts/lib/tally.sh
echo "== native build"
scripts/build-native.sh
echo "== unit tests"
N=${LEDE_BUILD_DIR:-build/native}
ctest --test-dir "$N" --output-on-failure 2>&1 | tee build/test-logs/ctest-native.log
tally_ctest "$N" build/test-logs/ctest-native.log
echo "== web build"
scripts/build-web.sh
echo "== browser tests"
scripts/test-browser.sh
tally_report | sed '$d'   # each skip with its reason
echo "== tests done in $(( $(date +%s) - start )) s: $(tally_report | tail -1)"
