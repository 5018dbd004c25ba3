# Cross-compiling for 64-bit ARM (a Raspberry Pi 4 or 5 running 64-bit Raspberry Pi OS or
# Debian 12) on a Debian 12 PC: Debian's cross compiler and the arm64 -dev packages from
# multiarch (scripts/install-deps.sh --arm64 installs both). Programs built so run here
# under qemu-user (CMAKE_CROSSCOMPILING_EMULATOR: GoogleTest's discovery uses it).
#   cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# Multiarch: the arm64 libraries are in /usr/lib/aarch64-linux-gnu, their headers in
# /usr/include (shared) and /usr/include/aarch64-linux-gnu; the host's own x86 libraries
# must never be linked, so packages are found through the arm64 pkg-config files only.
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(PKG_CONFIG_EXECUTABLE aarch64-linux-gnu-pkg-config CACHE FILEPATH "pkg-config for arm64")
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
set(CMAKE_IGNORE_PATH /usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu/cmake)
find_program(KIOSK_QEMU_AARCH64 qemu-aarch64)
if(KIOSK_QEMU_AARCH64)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${KIOSK_QEMU_AARCH64})
endif()
