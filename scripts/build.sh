#!/usr/bin/env bash
# Configures and builds into build/ (RelWithDebInfo: optimised, with symbols for crash reports).
#   bash scripts/build.sh                     # everything: the kiosk, the tests, the benchmarks
#   bash scripts/build.sh kiosk kiosk_tests   # only these targets (the test command: no benchmarks)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo > build.log 2>&1 || { cat build.log; exit 1; }
targets=()
[ $# -gt 0 ] && targets=(--target "$@")
cmake --build build -j"$(nproc)" "${targets[@]}" >> build.log 2>&1 || { tail -60 build.log; exit 1; }
