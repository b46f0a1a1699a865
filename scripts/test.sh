#!/usr/bin/env bash
# test.sh — set up, build both trees, run every test. Non-zero exit on any failure.
#   1. scripts/setup.sh         (apt, ImGui source package, npm ci — skipped when already done)
#   2. native build + ctest     (doctest unit tests of the core and CLI)
#   3. web build + browser tests (headless Chromium via playwright-core)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/setup.sh
echo "== native build"
scripts/build-native.sh
echo "== unit tests"
ctest --test-dir "${LEDE_BUILD_DIR:-build/native}" --output-on-failure
echo "== web build"
scripts/build-web.sh
echo "== browser tests"
scripts/test-browser.sh
echo "== all tests passed in $(( $(date +%s) - start )) s"
