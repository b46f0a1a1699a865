#!/usr/bin/env bash
# fuzz.sh SECONDS — libFuzzer (clang, ASan + UBSan) over the whole analysis. Default 60 s.
# Seeds the corpus from the demo articles (and ../shared/seeds when present). Crashes land in build/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"
scripts/setup.sh >/dev/null
GEN=(); command -v ninja >/dev/null && GEN=(-G Ninja)
[ -f build/fuzz/CMakeCache.txt ] || CC=clang CXX=clang++ cmake -S . -B build/fuzz "${GEN[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEDE_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
cmake --build build/fuzz --target lede_fuzz -j"$(nproc)"
mkdir -p build/fuzz/corpus
cp assets/articles/*.txt build/fuzz/corpus/ 2>/dev/null || true
cp ../shared/seeds/*.txt build/fuzz/corpus/ 2>/dev/null || true
cd build/fuzz
./lede_fuzz -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 corpus
