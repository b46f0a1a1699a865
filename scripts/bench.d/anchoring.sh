#!/usr/bin/env bash
# anchoring.sh — annotation figures for scripts/bench.sh: re-anchoring 1,000 annotations in a 1 MB
# synthetic article (unchanged / moved / edited / orphans), JSON-LD export and import, text decoding.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${LEDE_BUILD_DIR:-build/native}"
[ -f "$BUILD/CMakeCache.txt" ] || LEDE_BUILD_DIR="$BUILD" scripts/build-native.sh >/dev/null
cmake --build "$BUILD" --target lede_bench_anchoring -j"$(nproc)" >/dev/null
"$BUILD/lede_bench_anchoring"
