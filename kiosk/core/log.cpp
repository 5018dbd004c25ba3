#include "core/log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace kiosk::log {
namespace {
Level g_level = Level::info;
std::mutex g_mutex;

const char* level_name(Level level) {
    switch (level) {
        case Level::debug: return "debug";
        case Level::info: return "info";
        case Level::warning: return "warning";
        case Level::error: return "error";
    }
    return "?";
}
}  // namespace

void set_level(Level level) { g_level = level; }

void write(Level level, std::string_view message) {
    if (level < g_level) return;
    const auto now = std::chrono::system_clock::now();
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    std::lock_guard lock(g_mutex);
    std::fprintf(stderr, "%s kiosk %s: %.*s\n", stamp, level_name(level),
                 static_cast<int>(message.size()), message.data());
}

}  // namespace kiosk::log
