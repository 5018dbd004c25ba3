#!/usr/bin/env bash
# Measures how even the telegram's word spaces are, from screenshots of the whole page
# (every screen, top to bottom) at each size given (default: the three of issue 15).
#   bash scripts/measure_word_spaces.sh [WxH ...]   (after a build; extra kiosk options in KIOSK_ARGS;
#   WORD_SPACES_ARGS=--list lists the loosest lines; TRANSLATION=1 with KIOSK_ARGS="--lang ru"
#   measures the Russian reading (a Russian visitor opens on it; elsewhere its switch is tapped))
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk=build/kiosk/kiosk
tool=build/bench/kiosk_word_spaces
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1920x1080 1080x1920 800x480)
for size in "${sizes[@]}"; do
  dir=$(mktemp -d)
  # shellcheck disable=SC2086  # KIOSK_ARGS are words on purpose
  $kiosk --headless --scene telegram --size "$size" ${KIOSK_ARGS:-} --dump-layout "$dir/l.json" --dump-state "$dir/s0.json" > /dev/null
  : > "$dir/s.replay"
  # A Russian visitor opens on the translation already; elsewhere the switch turns to it.
  showing=$(/usr/bin/python3 -c "import json; print(int(bool(json.load(open('$dir/s0.json')).get('reader', {}).get('translation'))))")
  if [ -n "${TRANSLATION:-}" ] && [ "$showing" = 0 ]; then
    # The reading's button, tapped at its centre; then the layout of what it opened.
    /usr/bin/python3 -c "
import json
l = json.load(open('$dir/l.json'))
t = [t for t in l['targets'] if t['id'] == 'reader:translation']
if not t: raise SystemExit('no translation button on this screen')
t = t[0]
W, H = l['size']
print('500 click %.4f %.4f' % ((t['x'] + t['w'] / 2) / W, (t['y'] + t['h'] / 2) / H))" > "$dir/s.replay"
    cp "$dir/s.replay" "$dir/l.replay"
    echo "1500 layout $dir/l.json" >> "$dir/l.replay"
    # shellcheck disable=SC2086
    $kiosk --headless --scene telegram --size "$size" ${KIOSK_ARGS:-} --replay "$dir/l.replay" > /dev/null
  fi
  read -r top screens < <(/usr/bin/python3 -c "
import json, math
l = json.load(open('$dir/l.json'))
v = l['viewport']
print(int(math.ceil(v['y'])), int(math.ceil(l['content_height'] / (v['h'] * 0.5))) + 1)")
  for ((i = 0; i <= screens; i++)); do
    t=$((i * 2000 + 1000))
    printf '%d shot %s/%d.png\n%d state %s/%d.json\n%d key PageDown\n' $((t + 1500)) "$dir" "$i" $((t + 1500)) "$dir" "$i" $((t + 1600)) >> "$dir/s.replay"
  done
  # shellcheck disable=SC2086
  $kiosk --headless --scene telegram --size "$size" ${KIOSK_ARGS:-} --replay "$dir/s.replay" > /dev/null
  args=()
  for ((i = 0; i <= screens; i++)); do
    scroll=$(/usr/bin/python3 -c "import json; print(int(round(json.load(open('$dir/$i.json'))['scroll'])))")
    args+=("$dir/$i.png:$scroll")
  done
  printf '%-10s ' "$size"
  # shellcheck disable=SC2086
  $tool ${WORD_SPACES_ARGS:-} --top "$top" "${args[@]}"
  [ -n "${KEEP_SHOTS:-}" ] && echo "  screenshots kept in $dir" || rm -rf "$dir"
done
