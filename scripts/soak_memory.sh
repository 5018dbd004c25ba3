#!/usr/bin/env bash
# Memory under long use (issue 27): the interactive kiosk under Xvfb with the GL renderer,
# touched at random by xdotool (taps, drags, pauses long enough for the idle reset),
# its resident memory read from /proc every SAMPLE_S seconds. Prints the curve (start,
# every REPORT_MIN minutes, end, the highest) and keeps every sample in OUT.
#   bash scripts/soak_memory.sh                      (after a build; about 90 minutes)
#   SOAK_MIN=20 SIZE=800x480 bash scripts/soak_memory.sh
# Needs xvfb-run and xdotool (apt-get install xvfb xdotool).
set -euo pipefail
cd "$(dirname "$0")/.."
soak_min=${SOAK_MIN:-90}
sample_s=${SAMPLE_S:-60}
report_min=${REPORT_MIN:-60}
size=${SIZE:-1920x1080}
renderer=${RENDERER:-gl}
out=${OUT:-build/soak-memory.tsv}
seed=${SEED:-27}
command -v xdotool > /dev/null || { echo "soak_memory: xdotool is missing (apt-get install xdotool)" >&2; exit 2; }
[ -x build/kiosk/kiosk ] || { echo "soak_memory: build the kiosk first (bash scripts/build.sh)" >&2; exit 2; }
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

# shellcheck disable=SC2016  # the inner script expands its own variables
xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
  set -u
  size=$1 renderer=$2 soak_s=$(( $3 * 60 )) sample_s=$4 out=$5 state=$6
  RANDOM=$7
  w=${size%x*} h=${size#*x}
  build/kiosk/kiosk --size "$size" --renderer "$renderer" > "$state/kiosk.log" 2>&1 &
  pid=$!
  sleep 5
  rss_mb() { awk "/VmRSS/ {printf \"%.1f\", \$2 / 1024}" /proc/$pid/status; }
  printf "minute\trss_mb\ttouches\n" > "$out"
  echo 0 > "$state/touches"
  start=$(date +%s)
  # The sampler runs on its own, so that a long pause of the toucher does not skip samples.
  ( while kill -0 $pid 2> /dev/null; do
      rss=$(rss_mb 2> /dev/null) || break
      [ -n "$rss" ] && printf "%d\t%s\t%s\n" $(( ($(date +%s) - start) / 60 )) "$rss" "$(cat "$state/touches")" >> "$out"
      sleep "$sample_s"
    done ) &
  inside() { local v=$1 max=$2; [ $v -lt 1 ] && v=1; [ $v -gt $(( max - 2 )) ] && v=$(( max - 2 )); echo $v; }
  touches=0
  while [ $(( $(date +%s) - start )) -lt "$soak_s" ]; do
    kill -0 $pid 2> /dev/null || { echo "soak_memory: the kiosk ended after $(( ($(date +%s) - start) / 60 )) minutes" >&2; tail -20 "$state/kiosk.log" >&2; exit 1; }
    x=$(( RANDOM % w )) y=$(( RANDOM % h )) what=$(( RANDOM % 100 ))
    if [ $what -lt 60 ]; then            # a tap
      xdotool mousemove $x $y mousedown 1 sleep 0.06 mouseup 1
    elif [ $what -lt 90 ]; then          # a drag or swipe in a random direction
      dx=$(( RANDOM % 600 - 300 )) dy=$(( RANDOM % 600 - 300 ))
      xdotool mousemove $x $y mousedown 1 \
        mousemove "$(inside $(( x + dx / 3 )) $w)" "$(inside $(( y + dy / 3 )) $h)" sleep 0.03 \
        mousemove "$(inside $(( x + 2 * dx / 3 )) $w)" "$(inside $(( y + 2 * dy / 3 )) $h)" sleep 0.03 \
        mousemove "$(inside $(( x + dx )) $w)" "$(inside $(( y + dy )) $h)" mouseup 1
    elif [ $what -lt 99 ] || [ $(( RANDOM % 3 )) -gt 0 ]; then  # a reader pausing
      sleep $(( RANDOM % 8 ))
    else                                 # a visitor who walks away (one in 300): the idle reset
      sleep 150
    fi
    touches=$(( touches + 1 ))
    echo $touches > "$state/touches"
    sleep 0.$(( RANDOM % 9 + 1 ))
  done
  kill $pid; wait $pid 2> /dev/null || true
' _ "$size" "$renderer" "$soak_min" "$sample_s" "$out" "$state" "$seed"

awk -v every="$report_min" -F'\t' '
  NR == 1 { next }
  NR == 2 { printf "start      %7.1f MB\n", $2 }
  $1 > 0 && $1 % every == 0 && $1 != last { printf "minute %3d %7.1f MB (%d touches)\n", $1, $2, $3; last = $1 }
  { if ($2 > max) max = $2; end = $2; m = $1; t = $3 }
  END { printf "end (%3d) %7.1f MB after %d touches; highest %.1f MB\n", m, end, t, max }
' "$out"
