#!/usr/bin/env bash
# eval.sh — score the analysis on every dev gold set in ../shared/eval/dev, plus the cross-domain checks in
# ../shared/train (uner_ewt dev and test, wnut17 dev: held out from the tagger's training), and print one table.
# Entity rows come three times: entities[rules] (the rule cascade alone), entities[model] (a tagger trained
# without the rules' spans, built into build/eval/ by scripts/train-ner.sh --no-rules) and entities (the
# shipped combination: the committed model reading the rules' spans). Quotes and numbers: the shipped one.
# entities[exact] scores the shipped combination with exact bounds: score.py matches spans by overlap, except
# in a gold file whose path says "conll" (CoNLL-style wire text, where a span counts only with the gold's very
# bounds), so each set is also scored through such a link. The row shows where our bounds differ from the
# gold's ("Qaeda" for "al-Qaeda"); on GUM, whose gold gives heads, it equals the entities row.
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
LEDE="$ROOT/${LEDE_BUILD_DIR:-build/native}/lede"
NORULES="$OUT/lede-ner-norules.bin"
if [ -d "$SHARED/train" ] && { [ ! -f "$NORULES" ] || [ "$NORULES" -ot "$ROOT/${LEDE_BUILD_DIR:-build/native}/lede_train_ner" ]; }; then
  "$ROOT/scripts/train-ner.sh" "$NORULES" --no-rules 2>"$OUT/train-norules.log"
fi
FULL=${1:-}
SETS=("$SHARED"/eval/dev/*.jsonl)
for extra in uner_ewt.dev uner_ewt.test wnut17.dev; do
  [ -f "$SHARED/train/$extra.jsonl" ] && SETS+=("$SHARED/train/$extra.jsonl")
done
printf '%-34s %-26s %6s %6s %6s   %s\n' "set" "metric" "P" "R" "F1" "tp/fp/fn"
for gold in "${SETS[@]}"; do
  name=$(basename "$gold" .jsonl)
  "$LEDE" jsonl < "$gold" > "$OUT/$name.pred.jsonl"
  "$LEDE" --entities rules jsonl < "$gold" > "$OUT/$name.rules.pred.jsonl"
  python3 "$SHARED/eval/score.py" "$gold" "$OUT/$name.pred.jsonl" --json > "$OUT/$name.score.json"
  python3 "$SHARED/eval/score.py" "$gold" "$OUT/$name.rules.pred.jsonl" --json > "$OUT/$name.rules.score.json"
  mkdir -p "$OUT/conll-bounds"
  ln -sf "$gold" "$OUT/conll-bounds/$name.jsonl"
  python3 "$SHARED/eval/score.py" "$OUT/conll-bounds/$name.jsonl" "$OUT/$name.pred.jsonl" --json \
    > "$OUT/$name.exact.score.json"
  model_score=""
  if [ -f "$NORULES" ]; then
    "$LEDE" --model "$NORULES" --entities model jsonl < "$gold" > "$OUT/$name.model.pred.jsonl"
    python3 "$SHARED/eval/score.py" "$gold" "$OUT/$name.model.pred.jsonl" --json > "$OUT/$name.model.score.json"
    model_score="$OUT/$name.model.score.json"
  fi
  python3 - "$name" "$OUT/$name.score.json" "$FULL" "$OUT/$name.rules.score.json" "$model_score" \
    "$OUT/$name.exact.score.json" <<'PY'
import json, sys
name, path, full = sys.argv[1], sys.argv[2], sys.argv[3] == "--full"
rules_path, model_path, exact_path = sys.argv[4], sys.argv[5], sys.argv[6]
head = {"entities", "quotes", "quotes.attributed", "numbers", "numbers.typed", "cases"}
def row(k, v):
    if "accuracy" in v:
        print(f"{name:34s} {k:26s} {'':>6s} {'':>6s} {v['accuracy']:6.3f}   exact, n={v['n']}")
    else:
        print(f"{name:34s} {k:26s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}   {v['tp']}/{v['fp']}/{v['fn']}")
r = json.load(open(path))
for label, p in (("rules", rules_path), ("model", model_path), ("exact", exact_path)):
    if p and "entities" in r:
        v = json.load(open(p)).get("entities")
        if v: row(f"entities[{label}]", v)
for k, v in r.items():
    if k.startswith("_"):
        continue
    if not full and k not in head and not k.startswith("cases.exact.") and not k.startswith("entities."):
        continue
    row(k, v)
PY
done
