#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (CTest runs the GoogleTest suite).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cd build
ctest -j"$(nproc)" --output-on-failure --timeout 300
