#!/usr/bin/env bash
# Installs the Debian 12 packages the kiosk needs to build, run and test, if any is
# missing. Safe to run again: it does nothing when everything is there.
#   bash scripts/install-deps.sh --arm64   # also the cross build for arm64 and qemu (scripts/arm64.sh)
set -euo pipefail
arm64=0
[ "${1:-}" = --arm64 ] && arm64=1
packages=(
  g++ make cmake pkg-config
  libsdl2-dev libsdl2-image-dev
  libharfbuzz-dev libharfbuzz-bin libfreetype-dev
  libicu-dev libhyphen-dev hyphen-en-us hyphen-ru
  libespeak-ng-dev libvorbis-dev libsodium-dev
  libpugixml-dev libcsv-dev libtomlplusplus-dev nlohmann-json3-dev libsqlite3-dev libsystemd-dev libpng-dev
  libgtest-dev unicode-data
  clang-format universal-ctags  # the formatting and function-length checks (tests/CMakeLists.txt)
  clang-tidy                 # scripts/tidy.sh: the changed files against .clang-tidy
  ccache                     # a second build of the same sources takes seconds
  clang libclang-rt-14-dev   # the fuzz targets (libFuzzer); scripts/fuzz.sh
  python3-prometheus-client  # the metrics file read by Prometheus's own parser (a test)
  ansible-core git           # the fleet: the playbook's syntax check, the content sync job
  libgl1 libegl1 libgl1-mesa-dri libegl-mesa0  # Mesa's GL: the test of GL against software
  xvfb xauth                 # scripts/measure_frames.sh and measure_attract_cpu.sh (a window without a screen)
)
if [ $arm64 = 1 ]; then
  # Debian's cross compiler, qemu-user to run what it builds, and the arm64 builds of the
  # libraries above, installed beside the PC's own (multiarch).
  packages+=(crossbuild-essential-arm64 qemu-user)
  for dev in libsdl2-dev libsdl2-image-dev libharfbuzz-dev libfreetype-dev libicu-dev libhyphen-dev \
             libespeak-ng-dev libvorbis-dev libsodium-dev libpugixml-dev libcsv-dev libtomlplusplus-dev \
             libsqlite3-dev libsystemd-dev libpng-dev libgtest-dev; do
    packages+=("$dev:arm64")
  done
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    [ "$(id -u)" -ne 0 ] && SUDO_ARCH="sudo" || SUDO_ARCH=""
    $SUDO_ARCH dpkg --add-architecture arm64
  fi
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
