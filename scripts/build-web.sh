#!/usr/bin/env bash
# build-web.sh — build the browser app (Emscripten, -Os) and assemble dist/, a static site that works from
# any sub-path (relative URLs only): index.html (from shell.html), lede.js, lede.wasm, web/*.js|css.
# Fonts and demo articles are embedded in lede.wasm. Incremental: a second run rebuilds only what changed.
#   LEDE_WEB_BUILD_DIR (default build/web), LEDE_DIST_DIR (default dist), LEDE_JOBS (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}   # emcc needs it to find acorn (Debian's emscripten)
B=${LEDE_WEB_BUILD_DIR:-build/web}
D=${LEDE_DIST_DIR:-dist}
GEN=(); command -v ninja >/dev/null && GEN=(-G Ninja)
if [ ! -f "$B/CMakeCache.txt" ]; then
  emcmake cmake -S . -B "$B" "${GEN[@]}" -DCMAKE_BUILD_TYPE=MinSizeRel \
    "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" >/dev/null
fi
cmake --build "$B" --target lede_web -j"${LEDE_JOBS:-2}"

mkdir -p "$D/web"
put() { cmp -s "$1" "$2" || cp "$1" "$2"; }   # copy only when changed (keeps mtimes for static servers)
put shell.html "$D/index.html"
put "$B/lede.js" "$D/lede.js"
put "$B/lede.wasm" "$D/lede.wasm"
for f in web/*; do put "$f" "$D/web/$(basename "$f")"; done
for f in "$D"/web/*; do [ -e "web/$(basename "$f")" ] || rm -f "$f"; done   # drop files removed from web/
echo "dist: $(du -sb "$D" | cut -f1) bytes in $D/"
