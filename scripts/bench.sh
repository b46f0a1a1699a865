#!/usr/bin/env bash
# bench.sh — frame CPU time of the web reader (headless Chromium): prints one JSON line with
# frame_cpu_ms_longest_demo and frame_cpu_ms_20k_words (target <= 4 ms). Builds dist/ first if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f "${LEDE_DIST_DIR:-dist}/lede.wasm" ] || scripts/build-web.sh
node tests/browser/bench.js
