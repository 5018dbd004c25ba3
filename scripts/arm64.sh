#!/usr/bin/env bash
# The kiosk built for arm64 (a Raspberry Pi 4 or 5) and tried on this PC under qemu-user
# (issue 27): the cross build, `kiosk --check`, screens rendered headless on both
# architectures and compared (their layout dumps byte for byte, their PNGs byte for
# byte), and the suite's tests that need no display run under emulation. Needs the x86
# build first (bash scripts/build.sh kiosk): its screens are the reference.
#   bash scripts/arm64.sh          # about four minutes on two cores from nothing
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/install-deps.sh --arm64
[ -x build/kiosk/kiosk ] || { echo "arm64: build the kiosk for this PC first (bash scripts/build.sh kiosk)" >&2; exit 2; }

# ---- the cross build (of the tests, the files run below)
test_files="app_reader_test.cpp;app_timeline_test.cpp;config_test.cpp;floor_plan_test.cpp;gestures_test.cpp"
test_files+=";golden_test.cpp;hyphenator_test.cpp;idle_policy_test.cpp;kinetic_scroller_test.cpp;knuth_plass_test.cpp"
test_files+=";label_placement_test.cpp;line_breaks_test.cpp;marker_shape_test.cpp;narration_test.cpp"
test_files+=";picture_loader_test.cpp;result_test.cpp;rich_text_test.cpp;russian_typography_test.cpp;shaper_test.cpp"
test_files+=";spreadsheet_rows_test.cpp;tei_document_test.cpp;time_scale_test.cpp;timeline_geometry_test.cpp"
test_files+=";timeline_test.cpp;timelinejs_test.cpp;typographic_ties_test.cpp;visitor_settings_test.cpp"
cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake -DKIOSK_BUILD_BENCH=OFF \
  -DKIOSK_TEST_FILES="$test_files" \
  > build-arm64.log 2>&1 || { tail -30 build-arm64.log; exit 1; }
cmake --build build-arm64 -j"$(nproc)" --target kiosk kiosk_tests >> build-arm64.log 2>&1 || {
  grep -E 'error|Error' build-arm64.log | head -30
  exit 1
}
echo "arm64: $(readelf -h build-arm64/kiosk/kiosk | grep -m1 Machine | tr -s " ")"
echo "arm64: built in $(( $(date +%s) - start )) s"

# ---- the content checked by the arm64 kiosk
qemu-aarch64 build-arm64/kiosk/kiosk --check | tail -1

# ---- the same screens on both architectures
t=$(date +%s)
out=build-arm64/compare
rm -rf "$out" && mkdir -p "$out"
screens=(
  "telegram-800x480|800x480|--scene telegram"
  "telegram-800x480-ru|800x480|--scene telegram --lang ru"
  "telegram-800x480-largest|800x480|--scene telegram --text-size 2 --high-contrast"
  "timeline-1920x1080|1920x1080|--scene timeline"
  "home-1080x1920-ru|1080x1920|--scene home --lang ru"
  "card-1280x800|1280x800|--scene event:ara-1921"
)
differ=0
for s in "${screens[@]}"; do
  IFS='|' read -r name size args <<< "$s"
  # shellcheck disable=SC2086  # the arguments are words
  build/kiosk/kiosk --headless --size "$size" $args --screenshot "$out/$name.x86.png" --dump-layout "$out/$name.x86.json" > /dev/null
  # shellcheck disable=SC2086
  qemu-aarch64 build-arm64/kiosk/kiosk --headless --size "$size" $args \
    --screenshot "$out/$name.arm64.png" --dump-layout "$out/$name.arm64.json" > /dev/null
  layout=same picture=same
  cmp -s "$out/$name.x86.json" "$out/$name.arm64.json" || { layout=DIFFERENT; differ=1; }
  cmp -s "$out/$name.x86.png" "$out/$name.arm64.png" || { picture=DIFFERENT; differ=1; }
  printf "arm64: %-26s layout %-9s picture %s\n" "$name" "$layout" "$picture"
  [ "$layout" = same ] || diff "$out/$name.x86.json" "$out/$name.arm64.json" | head -10
done
echo "arm64: ${#screens[@]} screens compared in $(( $(date +%s) - t )) s"
[ $differ = 0 ] || { echo "arm64: the screens differ from the PC's (in $out)" >&2; exit 1; }

# ---- the tests that need no display, under emulation (the kiosk they start too). The
# exhaustive-search oracles of line breaking are left out: a minute each under qemu.
t=$(date +%s)
suites='KnuthPlass*:LineBreaks*:Hyphenator*:RussianHyphenatorTest*:ShaperTest*:FontExpansion*:FontFallback*'
suites+=':TypographicTies*:RichText*:TeiDocument*:Timeline.*:TimelineJs*:TimeScale*:PiecewiseScale*'
suites+=':LabelPlacement*:MarkerGroups*:MarkerShapes*:Gestures*:KineticScroller*:WebVtt*:Config*:Translations*'
suites+=':SpreadsheetRows*:CalendarDate*:RussianDate*:Result*:FloorPlan*:PictureLoader*:VisitorSettings*'
suites+=':IdlePolicy*:Screens/Golden*:ReaderApp*:TimelineApp*:RussianTypography*:GlyphAtlas*'
slow='*ThenTheDemeritsEqualTheExhaustiveOptimum:*WhereTheHyphenLimitBinds*'
SDL_VIDEODRIVER=dummy KIOSK_TEST_EMULATOR=qemu-aarch64 \
  qemu-aarch64 build-arm64/tests/kiosk_tests --gtest_filter="$suites-$slow" --gtest_brief=1 > build-arm64/tests.log 2>&1 ||
  { grep -E 'FAILED|Failure' -A8 build-arm64/tests.log | head -60; exit 1; }
echo "arm64: $(grep -E '^\[  PASSED  \]' build-arm64/tests.log) under qemu-aarch64 in $(( $(date +%s) - t )) s"
echo "arm64: all done in $(( $(date +%s) - start )) s"
# The program is an ARM one: this PC runs it only through the emulator (a binfmt handler
# that would start it by name is rarely there, never in a container).
echo "arm64: build-arm64/kiosk/kiosk is for a Pi; to try it here: qemu-aarch64 build-arm64/kiosk/kiosk --headless --size 1920x1080 --screenshot out.png"
