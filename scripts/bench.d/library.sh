#!/usr/bin/env bash
# library_index_ms_{100,1000}_articles: index a synthetic library (bench.sh's corpus, varied), and the cost
# of adding one more article to it (should not grow with the library).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN="${LEDE_BUILD_DIR:-build/native}/lede"
for n in 100 1000; do
  out=$("$BIN" library-bench "$n" build/bench/corpus/*)
  echo "library_index_ms_${n}_articles: $(echo "$out" | awk '/^index_ms:/ {print $2}')"
  echo "library_add_one_ms_after_${n}: $(echo "$out" | awk '/^add_one_ms:/ {print $2}')"
  echo "library_views_ms_${n}_articles: $(echo "$out" | awk '/^views_ms:/ {print $2}')"
done
