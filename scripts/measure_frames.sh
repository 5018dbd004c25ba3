#!/usr/bin/env bash
# Frame times of a reader scroll and a timeline fling, in a window under Xvfb, with the
# GL renderer (Mesa) and the software renderer, at each size given (default 1920x1080
# and 3840x2160). Each frame is timed from the start of its work until it is handed to
# the screen, vsync off (bench/frames.cpp says more).
#   bash scripts/measure_frames.sh [WxH ...]      (after a build; SECONDS_EACH=6 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1920x1080 3840x2160)
for size in "${sizes[@]}"; do
  for renderer in gl software; do
    xvfb-run -a -s "-screen 0 ${size}x24" build/bench/kiosk_frames --size "$size" --renderer "$renderer" \
      --seconds "${SECONDS_EACH:-6}" 2>&1 | grep -v '^\['
  done
done
