#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (fuzz/) and runs each for a while on a copy of
# a seed corpus of the real files (the shipped content, the test fixtures, and the
# replay seeds in fuzz/corpus/): FUZZ_SECONDS each, 15 by default. A crash stops the run
# with the input that caused it saved in build-fuzz/; make it a regression test.
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh      # a longer hunt
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-15}"
CC=clang CXX=clang++ cmake -S fuzz -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo > build-fuzz.log
cmake --build build-fuzz -j"$(nproc)" >> build-fuzz.log
# Seeds taken from where the files live, so they never fall behind the content.
seeds() {
  case "$1" in
    tei) echo assets/telegram-661.1115-279.xml assets/telegram-661.1115-279.ru.xml tests/fixtures/frus1918Russiav03-d7-d9.xml ;;
    timeline) echo assets/timeline.csv tests/fixtures/timelinejs/* ;;
    config) echo config/kiosk.toml ;;
    translations) echo config/translations/*.toml ;;
    replay) echo fuzz/corpus/replay/* ;;
    webvtt) echo tests/fixtures/narration/*.vtt ;;
    image_png) echo fuzz/corpus/image/*.png assets/images/map-alaska-1867.png ;;
    image_jpeg) echo fuzz/corpus/image/*.jpg ;;
    image_gif) echo fuzz/corpus/image/*.gif ;;
    image_bmp) echo fuzz/corpus/image/*.bmp ;;
    image_webp) echo fuzz/corpus/image/*.webp ;;
    lock) echo fuzz/corpus/lock/* ;;
  esac
}
# SDL keeps a few bytes for its error strings for the process's life: not a leak of ours.
printf 'leak:libSDL2\n' > build-fuzz/lsan.supp
export LSAN_OPTIONS="suppressions=$PWD/build-fuzz/lsan.supp"
rm -f build-fuzz/crash-* build-fuzz/timeout-* build-fuzz/leak-* build-fuzz/oom-*
for target in tei timeline config translations replay webvtt image_png image_jpeg image_gif image_bmp image_webp lock; do
  corpus="build-fuzz/corpus-$target"
  rm -rf "$corpus" && mkdir -p "$corpus"
  # shellcheck disable=SC2046  # the seeds are words on purpose
  cp $(seeds "$target") "$corpus/"
  echo "fuzzing $target for ${seconds} s"
  (cd build-fuzz && ./"fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 "corpus-$target" 2>&1 | grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss)|ERROR|SUMMARY|Test unit written" || true)
  # libFuzzer exits non-zero on a crash, a leak or a timeout; grep above hid its code.
  (cd build-fuzz && ./"fuzz_$target" -runs=0 "corpus-$target" > /dev/null 2>&1) || { echo "fuzz_$target: a saved input fails"; exit 1; }
  found=$(find build-fuzz -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'leak-*' -o -name 'oom-*' \) -print)
  [ -z "$found" ] || { echo "fuzz_$target found a failing input: $found"; exit 1; }
done
echo "fuzzing: no crash"
