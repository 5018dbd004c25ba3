#!/usr/bin/env bash
# The suite, PASSES times in a row (10 unless given), while stress-ng keeps every core
# busy: what shows that no test depends on the machine being idle (issue 26). Needs a
# build (bash scripts/build.sh) and stress-ng (apt-get install stress-ng).
#   bash scripts/test_under_load.sh          # ten passes, about fifty minutes on two cores
set -euo pipefail
cd "$(dirname "$0")/../build"
passes="${PASSES:-10}"
stress-ng --cpu "$(nproc)" --timeout 0 > /dev/null 2>&1 &
stress=$!
trap 'kill $stress 2>/dev/null' EXIT
echo "stress-ng --cpu $(nproc) running beside the suite"
for i in $(seq 1 "$passes"); do
  start=$(date +%s)
  if ctest -j"$(nproc)" --timeout 300 > "ctest-under-load-$i.log" 2>&1; then rc=0; else rc=$?; fi
  echo "pass $i: exit $rc, $(grep -E 'tests passed|tests failed' "ctest-under-load-$i.log" | head -1), $(( $(date +%s) - start )) s, load $(cut -d' ' -f1 /proc/loadavg)"
  if [ $rc -ne 0 ]; then grep -A30 "The following tests FAILED" "ctest-under-load-$i.log"; exit 1; fi
done
echo "$passes passes in a row, none failed"
