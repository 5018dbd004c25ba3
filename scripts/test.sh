#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (CTest runs the GoogleTest suite),
# then the kiosk built for arm64 and tried under qemu (scripts/arm64.sh), the suite again
# under AddressSanitizer and UndefinedBehaviorSanitizer, then each fuzz target for a
# bounded time. On two cores, about eighteen minutes from nothing.
#   KIOSK_QUICK=1 bash scripts/test.sh    # the normal suite only (about six minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/install-deps.sh
bash scripts/build.sh kiosk kiosk_tests  # the benchmarks are not the tests: bash scripts/build.sh builds them
echo "== built in $(( $(date +%s) - start )) s; the suite"
(cd build && ctest -j"$(nproc)" --output-on-failure --timeout 300)
echo "== $(( $(date +%s) - start )) s; clang-tidy on the files the last commits changed"
bash scripts/tidy.sh
echo "== $(( $(date +%s) - start )) s"
[ "${KIOSK_QUICK:-0}" = 1 ] && exit 0
echo "== the arm64 build, its screens against these, its tests under qemu-aarch64"
bash scripts/arm64.sh
echo "== $(( $(date +%s) - start )) s; the suite under AddressSanitizer and UndefinedBehaviorSanitizer"
bash scripts/sanitize.sh
echo "== $(( $(date +%s) - start )) s; fuzzing"
FUZZ_SECONDS="${FUZZ_SECONDS:-3}" bash scripts/fuzz.sh
echo "== all passed in $(( $(date +%s) - start )) s"
