#!/usr/bin/env bash
# bench.sh — performance figures, one `name: value` line each. Benchmarks print numbers; no test
# fails on time. Corpus: the seed articles and the dev-set texts from ../shared (when present) plus the
# demo articles, analysed article by article, repeated to 1, 5 and 10 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-native.sh >/dev/null
BIN="${LEDE_BUILD_DIR:-build/native}/lede"
CORPUS=build/bench/corpus
rm -rf "$CORPUS"; mkdir -p "$CORPUS"
cp assets/articles/*.txt "$CORPUS"/ 2>/dev/null || true
if [ -d ../shared/seeds ]; then
  cp ../shared/seeds/*.txt "$CORPUS"/
  python3 - "$CORPUS" ../shared/eval/dev/gum_news.dev.jsonl ../shared/eval/dev/meantime_en.dev.jsonl <<'PY'
import json, sys, os
out = sys.argv[1]
for path in sys.argv[2:]:
    if not os.path.exists(path):
        continue
    for i, line in enumerate(open(path, encoding="utf-8")):
        d = json.loads(line)
        open(os.path.join(out, f"{os.path.basename(path)}.{i}.txt"), "w", encoding="utf-8").write(d.get("full_text") or d["text"])
PY
fi
n=$(ls "$CORPUS" | wc -l)
[ "$n" -gt 0 ] || { echo "bench: no corpus files"; exit 1; }
echo "corpus_files: $n"
echo "corpus_unique_bytes: $(cat "$CORPUS"/* | wc -c)"
for mb in 1 5 10; do
  out=$("$BIN" bench --mb "$mb" "$CORPUS"/*)
  mbps=$(echo "$out" | awk '/^MBps:/ {print $2}')
  tps=$(echo "$out" | awk '/^tokens_per_s:/ {printf "%d", $2}')
  if [ "$mb" = 5 ]; then
    echo "core_native_MBps: $mbps"
    echo "core_native_tokens_per_s: $tps"
  fi
  echo "core_native_MBps_${mb}MB: $mbps"
  echo "core_native_tokens_per_s_${mb}MB: $tps"
done
# More figures (web frame time, library indexing) are appended by the scripts that own them.
for extra in scripts/bench.d/*.sh; do
  [ -x "$extra" ] && "$extra"
done
exit 0
