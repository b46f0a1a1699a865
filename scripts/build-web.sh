#!/usr/bin/env bash
# build-web.sh — build the browser app (Emscripten, -Os) and assemble dist/, a static site that works from
# any sub-path (relative URLs only): index.html (from shell.html), lede.js, lede.wasm, lede-worker.js|wasm,
# lede-ner.bin (the name tagger's model, fetched by the analysis worker alone), fonts/* (fallback fonts, fetched
# only when text needs them), web/*.js|css. The UI fonts and demo articles are embedded in lede.wasm.
# Incremental: a second run rebuilds only what changed.
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
cmake --build "$B" --target lede_web lede_worker -j"${LEDE_JOBS:-2}"

mkdir -p "$D/web"
put() { cmp -s "$1" "$2" || cp "$1" "$2"; }   # copy only when changed (keeps mtimes for static servers)
put shell.html "$D/index.html"
put "$B/lede.js" "$D/lede.js"
put "$B/lede.wasm" "$D/lede.wasm"
put "$B/lede-worker.js" "$D/lede-worker.js"      # the analysis worker's module (web/analysis-worker.js)
put "$B/lede-worker.wasm" "$D/lede-worker.wasm"
put assets/models/lede-ner.bin "$D/lede-ner.bin"   # the name tagger's model: the worker's (the page analyses nothing)
# Fallback fonts (Arabic, Hebrew, symbols, emoji, CJK tiers): separate files, fetched only when text needs them.
mkdir -p "$D/fonts"
for f in "$B"/fallback-fonts/*; do put "$f" "$D/fonts/$(basename "$f")"; done
for f in "$D"/fonts/*; do [ -e "$B/fallback-fonts/$(basename "$f")" ] || rm -f "$f"; done
for f in web/*; do put "$f" "$D/web/$(basename "$f")"; done
for f in "$D"/web/*; do [ -e "web/$(basename "$f")" ] || rm -f "$f"; done   # drop files removed from web/
# Readability (npm, Firefox Reader View) for HTML import: bundled at build time, never fetched at run time.
mkdir -p "$D/vendor"
put node_modules/@mozilla/readability/Readability.js "$D/vendor/readability.js"

# The service worker lives at the site root (a worker controls the folder it is served from). Its file list
# and build id (a hash of those files) are filled in here, so each deployment gets a fresh cache.
rm -f "$D/web/sw.js"
python3 - "$D" <<'PY'
import hashlib, json, pathlib, sys
d = pathlib.Path(sys.argv[1])
files = ["index.html", "lede.js", "lede.wasm", "lede-worker.js", "lede-worker.wasm", "lede-ner.bin"] + sorted(str(p.relative_to(d)) for p in list((d / "web").glob("*")) + list((d / "vendor").glob("*")))
h = hashlib.sha256()
for f in files:
    h.update(f.encode()); h.update((d / f).read_bytes())
sw = pathlib.Path("web/sw.js").read_text(encoding="utf-8")
sw = sw.replace("__LEDE_BUILD_ID__", h.hexdigest()[:16]).replace("__LEDE_FILES__", json.dumps(["./" + f for f in files] + ["./"]))
out = d / "sw.js"
if not out.exists() or out.read_text(encoding="utf-8") != sw:
    out.write_text(sw, encoding="utf-8")
PY

# One self-contained HTML file for USB sticks and file:// (its own CSP with hashes; no service worker).
cmake --build "$B" --target lede_offline lede_worker_offline -j"${LEDE_JOBS:-2}"
python3 scripts/make-offline.py "$D" "$B/lede-offline.js" "$B/lede-worker-offline.js" "$B/fallback-fonts"
echo "dist: $(du -sb "$D" | cut -f1) bytes in $D/ (one-file build: $D/lede-offline.html, $(du -b "$D/lede-offline.html" | cut -f1) bytes)"
