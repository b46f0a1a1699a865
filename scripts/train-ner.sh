#!/usr/bin/env bash
# train-ner.sh — rebuilds the name tagger's model (assets/models/lede-ner.bin) from ../shared/train.
# Deterministic: the same data gives the same bytes (fixed seed, integer training). Takes a few seconds.
# Usage: scripts/train-ner.sh [OUT] [extra lede_train_ner options, e.g. --no-rules]
# Training files: every gold set with an open licence except the dev/test splits (kept for measuring) and
# re3d (mention-level: it marks "the Foreign Secretary" and pronouns, which are no names). See MODEL_CARD.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TRAIN="${LEDE_SHARED_DIR:-$ROOT/../shared}/train"
OUT="${1:-$ROOT/assets/models/lede-ner.bin}"
shift || true
if [ ! -d "$TRAIN" ]; then
  echo "train-ner: $TRAIN is absent: the training data lives in shared/train beside the repository" >&2
  exit 1
fi
"$ROOT/scripts/build-native.sh" >/dev/null
source "$ROOT/scripts/lib/ner-recipe.sh"
ARGS=()
for f in "${NER_TRAIN_FILES[@]}"; do ARGS+=("$TRAIN/$f.jsonl"); done
mkdir -p "$(dirname "$OUT")"
"$ROOT/${LEDE_BUILD_DIR:-build/native}/lede_train_ner" --out "$OUT" --seed 1 "${NER_RECIPE[@]}" "$@" "${ARGS[@]}"
