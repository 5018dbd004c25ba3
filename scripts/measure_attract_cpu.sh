#!/usr/bin/env bash
# CPU the attract loop costs while nobody is there: the interactive kiosk on the attract
# loop under Xvfb at each size given (default 1920x1080), with each renderer, measured
# from /proc/PID/stat (user + system time) over MEASURE_S seconds after a warm-up.
#   bash scripts/measure_attract_cpu.sh [WxH ...]     (after a build)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1920x1080)
measure_s=${MEASURE_S:-45}
hz=$(getconf CLK_TCK)
for size in "${sizes[@]}"; do
  for renderer in gl software; do
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
      build/kiosk/kiosk --size "$1" --renderer "$2" > /dev/null 2>&1 &
      pid=$!
      sleep 4
      ticks() { awk "{print \$14 + \$15}" /proc/$pid/stat; }
      a=$(ticks); sleep "$3"; b=$(ticks)
      rss=$(awk "/VmRSS/ {print \$2}" /proc/$pid/status)
      kill $pid; wait $pid 2> /dev/null || true
      awk -v t=$((b - a)) -v hz="$4" -v s="$3" -v size="$1" -v r="$2" -v rss="$rss" \
        "BEGIN { printf \"attract loop %-9s %-8s %5.1f%% of a core (%d ticks in %d s), RSS %.0f MB\n\", size, r, 100 * t / hz / s, t, s, rss / 1024 }"
    ' _ "$size" "$renderer" "$measure_s" "$hz"
  done
done
