#!/usr/bin/env bash
# Remakes tests/fixtures/narration: a "recorded" narration of one event card, spoken by
# eSpeak NG at 120 words a minute (slower than the kiosk's own voice, so a test can tell
# the two apart), with its WebVTT script from eSpeak's word events, encoded as OGG Vorbis.
# Needs libespeak-ng-dev and vorbis-tools.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/tests/fixtures/narration"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
g++ -O2 -std=c++20 "$here/tools/espeak_vtt.cpp" -o "$tmp/espeak_vtt" -lespeak-ng
mkdir -p "$out"
"$tmp/espeak_vtt" en 120 "$tmp/hughes.wav" "$out/hughes-reply-1921.en.vtt" \
  "Hughes turns the offer down. Secretary of State Charles Evans Hughes answers publicly five days later. Trade can be considered, he says, only when Russia guarantees the safety of life, private property, the sanctity of contract and the rights of free labor. Herbert Hoover, the Secretary of Commerce, takes the same line."
# eSpeak's word events on a long sentence with commas can repeat a stretch of the text
# inside one cue: run kiosk --check with the fixture in assets/audio and mend such a cue
# by hand (the words must be the card's, each with its time).
oggenc -Q -q 0 --resample 16000 "$tmp/hughes.wav" -o "$out/hughes-reply-1921.en.ogg"
