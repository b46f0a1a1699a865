#!/usr/bin/env bash
# core_wasm_MBps: the same analysis compiled to WebAssembly (-O3), run in node over bench.sh's corpus.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs
B=build/wasm-cli
if [ ! -f "$B/CMakeCache.txt" ]; then
  emcmake cmake -S . -B "$B" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O3 -DNDEBUG" \
    "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" >/dev/null
fi
cmake --build "$B" --target lede_cli_node >/dev/null
out=$(node --no-experimental-fetch "$B/lede_cli_node.js" bench --mb 5 build/bench/corpus/*)
echo "core_wasm_MBps: $(echo "$out" | awk '/^MBps:/ {print $2}')"
echo "core_wasm_tokens_per_s: $(echo "$out" | awk '/^tokens_per_s:/ {printf "%d", $2}')"
