#!/usr/bin/env bash
# Installs what is missing, builds, and starts the kiosk (fullscreen where there is a
# display; where there is none it says so and renders the start screen to a PNG).
# Arguments go to the kiosk, e.g.: scripts/run.sh --size 1280x800
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec ./build/kiosk/kiosk "$@"
