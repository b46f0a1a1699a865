#!/usr/bin/env bash
# download.sh — (run by scripts/bench.sh) what the page downloads, compressed as a server or a browser cache
# would hold it: gzip -9 of the app's code, the worker's code and the name tagger's model in dist/
# (download_gzip_bytes; issue 12's budget is 2 MB, 2,000,000 bytes), and each file's share.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIST="${LEDE_DIST_DIR:-dist}"
[ -f "$DIST/lede.wasm" ] || scripts/build-web.sh >/dev/null
total=0
for f in lede.js lede.wasm lede-worker.js lede-worker.wasm lede-ner.bin; do
  [ -f "$DIST/$f" ] || { echo "download: $DIST/$f is missing" >&2; exit 1; }
  bytes=$(gzip -9 -c "$DIST/$f" | wc -c)
  total=$((total + bytes))
  echo "download_gzip_bytes_${f//[.-]/_}: $bytes"
done
echo "download_gzip_bytes: $total"
