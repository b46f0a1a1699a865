#!/usr/bin/env bash
# hostile.sh — linear time on any text (issue 14), for scripts/bench.sh: each hostile pattern of
# tests/core/hostile_patterns.h analysed at 256 KB and at 1 MB (4x: MB/s should hold), 10 MB of each in
# seconds, the worker's answer for 10 MB of figures, and the peak memory of `lede jsonl` (JSON output
# included) on 10 MB of every pattern, also per input byte. Targets: 256 KB < 0.2 s (> 1.3 MB/s), 10 MB < 2 s and < 500 MB, at most ~50 bytes per input byte.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD="${LEDE_BUILD_DIR:-build/native}"
[ -f "$BUILD/CMakeCache.txt" ] || LEDE_BUILD_DIR="$BUILD" scripts/build-native.sh >/dev/null
cmake --build "$BUILD" --target lede lede_bench_hostile -j"$(nproc)" >/dev/null
"$BUILD/lede_bench_hostile" --big
# What the app's worker sends the page (document_codec.h) for 10 MB of figures, the densest layers: bytes per
# input byte, encode and decode seconds.
"$BUILD/lede_bench_hostile" --codec dollar_one 10000000
if [ -x /usr/bin/time ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  peak_kb() { /usr/bin/time -f '%M' "$BUILD/lede" jsonl < "$1" 2>&1 >/dev/null | tail -1; }
  "$BUILD/lede_bench_hostile" --jsonl one_line 1 > "$tmp/empty.jsonl"
  base=$(peak_kb "$tmp/empty.jsonl")
  for p in $("$BUILD/lede_bench_hostile" --names); do
    "$BUILD/lede_bench_hostile" --jsonl "$p" 10000000 > "$tmp/in.jsonl"
    kb=$(peak_kb "$tmp/in.jsonl")
    echo "hostile_${p}_peak_MB_10MB: $((kb / 1024))"
    # working memory: the peak above the process's own baseline (binary, word lists), per input byte
    echo "hostile_${p}_bytes_per_input_byte_10MB: $(( (kb - base) * 1024 / 10000000 ))"
  done
else
  echo "hostile_peak_memory: skipped (no /usr/bin/time)"
fi
