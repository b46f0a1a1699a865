#!/usr/bin/env bash
# annotate.sh — JSONL {"id","text"} on stdin -> one JSON result per line on stdout (offsets in code points).
# Builds the native CLI first if it is missing. Errors go to stderr naming the line; exit 1 if any.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x "$ROOT/${LEDE_BUILD_DIR:-build/native}/lede" ]; then
  "$ROOT/scripts/build-native.sh" >&2
fi
exec "$ROOT/${LEDE_BUILD_DIR:-build/native}/lede" jsonl
