#!/usr/bin/env bash
# Runs clang-tidy (the project's .clang-tidy: every finding is an error) on the C++ files
# under kiosk/ that the last commit changed (the change CI is asked to take): a whole-tree
# run takes twenty minutes on two cores, a commit's files a minute or less.
#   bash scripts/tidy.sh                 # the files the last commit changed (CI: the change under test)
#   TIDY_SINCE=HEAD~30 bash scripts/tidy.sh
#   bash scripts/tidy.sh kiosk/app/app.cpp kiosk/app/check.cpp
set -euo pipefail
cd "$(dirname "$0")/.."
since="${TIDY_SINCE:-HEAD~1}"
# The compile commands of a build without batching (each file on its own, as tidy reads it).
cmake -S . -B build-tidy -DKIOSK_UNITY_BUILD=OFF -DKIOSK_BUILD_BENCH=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
  > build-tidy.log 2>&1 || { cat build-tidy.log; exit 1; }
if [ $# -gt 0 ]; then
  files=("$@")
else
  git rev-parse --verify -q "$since" > /dev/null || since=$(git rev-list --max-parents=0 HEAD)
  mapfile -t files < <(git diff --name-only "$since" -- 'kiosk/*.cpp' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
fi
[ ${#files[@]} -eq 0 ] && { echo "tidy: no changed file under kiosk/"; exit 0; }
echo "tidy: ${#files[@]} files (changed since $since)"
tidy=$(command -v clang-tidy || command -v clang-tidy-14)
# clang's -Wconversion takes in -Wsign-conversion, which GCC's (the build's) does not.
printf '%s\n' "${files[@]}" | xargs -P"$(nproc)" -n1 "$tidy" -p build-tidy --quiet --extra-arg=-Wno-sign-conversion 2> /dev/null > build-tidy-findings.log \
  || { grep -E "(warning|error):" build-tidy-findings.log; echo "tidy: findings above (.clang-tidy says why the checks that are off are off)"; exit 1; }
echo "tidy: clean"
