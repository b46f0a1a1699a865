#!/usr/bin/env bash
# figures.sh — (run by scripts/bench.sh) the largest article the web app analyses (issue 14's target: a 50 MB
# article of figures opens in the app): texts of "$1$1…" of 10, 20 and 50 MB imported in headless Chromium,
# each in a fresh page: figures_NMB_analysed (1/0), _seconds, _page_heap_MB, _worker_heap_MB, _error; when analysed,
# _scrolled_to_end (End reaches the article's end) and _reopened_s (a reload reopens and analyses it again);
# _page_problems (console and page errors seen).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f "${LEDE_DIST_DIR:-dist}/lede.wasm" ] || scripts/build-web.sh >/dev/null
node tests/browser/bench_figures.js 10 20 50
