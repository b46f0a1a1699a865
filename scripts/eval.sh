#!/usr/bin/env bash
# eval.sh — score the analysis on every dev gold set in ../shared/eval/dev and print one table.
# Usage: scripts/eval.sh [--full]   (--full prints every row of score.py, not just the headline rows)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${LEDE_SHARED_DIR:-$ROOT/../shared}"
if [ ! -d "$SHARED/eval/dev" ]; then
  echo "eval: skipped — $SHARED/eval/dev is absent"
  exit 0
fi
"$ROOT/scripts/build-native.sh" >/dev/null
# What the scores were measured with: version and the data tables built in.
"$ROOT/${LEDE_BUILD_DIR:-build/native}/lede" --version
echo
OUT="$ROOT/build/eval"; mkdir -p "$OUT"
FULL=${1:-}
printf '%-34s %-26s %6s %6s %6s   %s\n' "set" "metric" "P" "R" "F1" "tp/fp/fn"
for gold in "$SHARED"/eval/dev/*.jsonl; do
  name=$(basename "$gold" .jsonl)
  "$ROOT/${LEDE_BUILD_DIR:-build/native}/lede" jsonl < "$gold" > "$OUT/$name.pred.jsonl"
  python3 "$SHARED/eval/score.py" "$gold" "$OUT/$name.pred.jsonl" --json > "$OUT/$name.score.json"
  python3 - "$name" "$OUT/$name.score.json" "$FULL" <<'PY'
import json, sys
name, path, full = sys.argv[1], sys.argv[2], sys.argv[3] == "--full"
r = json.load(open(path))
head = {"entities", "quotes", "quotes.attributed", "numbers", "numbers.typed", "cases"}
for k, v in r.items():
    if k.startswith("_"):
        continue
    if not full and k not in head and not k.startswith("cases.exact.") and not k.startswith("entities."):
        continue
    if "accuracy" in v:
        print(f"{name:34s} {k:26s} {'':>6s} {'':>6s} {v['accuracy']:6.3f}   exact, n={v['n']}")
    else:
        print(f"{name:34s} {k:26s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}   {v['tp']}/{v['fp']}/{v['fn']}")
PY
done
