#!/usr/bin/env bash
# web-frame.sh — (run by scripts/bench.sh) frame CPU time of the web reader in headless Chromium:
# frame_cpu_ms_longest_demo and frame_cpu_ms_20k_words (median UI CPU per frame; target <= 4 ms).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f "${LEDE_DIST_DIR:-dist}/lede.wasm" ] || scripts/build-web.sh >/dev/null
node tests/browser/bench.js
