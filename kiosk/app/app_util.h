// Small helpers the app's files share.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace kiosk {

// A monotonic clock in milliseconds (real time, for file watching and uptime).
inline double real_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// The folder a file is in ("." for a bare name).
inline std::string folder_of(const std::string& path) {
    const auto p = std::filesystem::path(path).parent_path();
    return p.empty() ? std::string(".") : p.string();
}

}  // namespace kiosk
