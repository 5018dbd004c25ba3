#include "platform/process_memory.h"

#include <malloc.h>
#include <unistd.h>

#include <cstdio>

namespace kiosk {

long resident_memory_kb() {
    long pages_total = 0, pages_resident = 0;
    FILE* f = std::fopen("/proc/self/statm", "r");
    if (!f) return 0;
    const bool read = std::fscanf(f, "%ld %ld", &pages_total, &pages_resident) == 2;
    std::fclose(f);
    return read ? pages_resident * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

void give_back_free_memory() {
    ::malloc_trim(0);
}

void keep_large_buffers_apart() {
    ::mallopt(M_MMAP_THRESHOLD, 256 * 1024);
}

}  // namespace kiosk
