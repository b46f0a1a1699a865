#!/usr/bin/env bash
# build-native.sh — configure and build the native tree (core, CLI, unit tests) in ${LEDE_BUILD_DIR:-build/native}.
set -euo pipefail
cd "$(dirname "$0")/.."
GEN=(); command -v ninja >/dev/null && GEN=(-G Ninja)
[ -f ${LEDE_BUILD_DIR:-build/native}/CMakeCache.txt ] || cmake -S . -B ${LEDE_BUILD_DIR:-build/native} "${GEN[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build ${LEDE_BUILD_DIR:-build/native} -j"$(nproc)"
