#!/usr/bin/env bash
# build-native.sh — configure and build the native tree (core, CLI, unit tests) in build/native.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=(); command -v ninja >/dev/null && GEN=(-G Ninja)
[ -f build/native/CMakeCache.txt ] || cmake -S . -B build/native "${GEN[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$(nproc)"
