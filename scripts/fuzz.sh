#!/usr/bin/env bash
# fuzz.sh SECONDS — libFuzzer (clang, ASan + UBSan) over the whole analysis. Default 60 s.
# Seeds the corpus from the demo articles (and ../shared/seeds when present) and the hostile patterns
# of tests/core/hostile_patterns.h (generated here, at 1, 4 and 16 KB). Crashes land in build/fuzz/.
# Time and memory are checked too (issue 14: any text, linear time): an input of at most MAX_LEN bytes
# (default 64 KB) that takes over 10 s (-timeout, wall clock: linear analysis of 64 KB takes well under
# a second even under the sanitizers, the old quadratic code took minutes; 2 s fired on a machine
# shared by many builds) or a run over 2 GB (-rss_limit_mb; ASan's shadow and quarantine included)
# fails the run like a crash. MAX_LEN=256 gives many more executions per second.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"
MAX_LEN="${MAX_LEN:-65536}"
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
./lede_fuzz -max_total_time="$SECONDS_TO_RUN" -max_len="$MAX_LEN" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 corpus
