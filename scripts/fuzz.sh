#!/usr/bin/env bash
# fuzz.sh SECONDS — libFuzzer (clang, ASan + UBSan) over the whole analysis. Default 60 s.
# Seeds the corpus from the demo articles (and ../shared/seeds when present) and the hostile patterns
# of tests/core/hostile_patterns.h (generated here, at 1, 4 and 16 KB). Crashes land in build/fuzz/.
# Time and memory are checked too (issue 14: any text, linear time): an input of at most 64 KB that
# takes over 2 s (-timeout; linear analysis takes milliseconds even under the sanitizers) or a run
# over 2 GB (-rss_limit_mb; ASan's own shadow and quarantine included) fails the run like a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"
scripts/setup.sh >/dev/null
GEN=(); command -v ninja >/dev/null && GEN=(-G Ninja)
[ -f build/fuzz/CMakeCache.txt ] || CC=clang CXX=clang++ cmake -S . -B build/fuzz "${GEN[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDE_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
cmake --build build/fuzz --target lede_fuzz lede_bench_hostile -j"$(nproc)"
mkdir -p build/fuzz/corpus
cp assets/articles/*.txt build/fuzz/corpus/ 2>/dev/null || true
cp ../shared/seeds/*.txt build/fuzz/corpus/ 2>/dev/null || true
build/fuzz/lede_bench_hostile --seeds build/fuzz/corpus
cd build/fuzz
./lede_fuzz -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=2 -rss_limit_mb=2048 -print_final_stats=1 corpus
