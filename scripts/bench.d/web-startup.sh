#!/usr/bin/env bash
# web-startup.sh — (run by scripts/bench.sh) start-up breakdown, 20 MB import and 300/1000-article library
# figures of the web app in headless Chromium: tests/browser/bench_startup.js (first_frame_ms, ready_ms,
# import_20MB_longest_frame_ms, library_1000_import_s, library_1000_reopen_first_frame_ms, library_1000_tab_MB, ...).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f "${LEDE_DIST_DIR:-dist}/lede.wasm" ] || scripts/build-web.sh >/dev/null
node tests/browser/bench_startup.js
