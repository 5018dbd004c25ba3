// The PIN pad's lock-out file (curator-lock.json): any bytes there must neither stop a
// start nor open the pad. What is read is sane: counts are whole and small, a lock-out
// is never negative nor longer than a day.
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "app/gate_lock_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/fuzz-lock-" + std::to_string(::getpid()) + ".json";
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    const auto lock = kiosk::load_gate_lock(path);
    std::remove(path.c_str());
    std::remove((path + ".damaged").c_str());
    if (!lock) return 0;
    const bool sane = lock->wrong_in_row >= 0 && lock->lockouts >= 0 && std::isfinite(lock->remaining_ms) &&
                      lock->remaining_ms >= 0 && lock->remaining_ms <= 24.0 * 3600 * 1000;
    if (!sane) std::abort();
    return 0;
}
