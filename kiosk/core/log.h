// Levelled logging: to stderr (with syslog priority prefixes instead of timestamps when
// systemd's journal is reading it), and to a log file with a size cap and rotation.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::log {

enum class Level { debug, info, warning, error };

bool level_from_name(const std::string& name, Level& out);
void set_level(Level level);
// Also write to `path`, rotated to path.1 .. path.<keep> when it passes max_bytes.
// Returns false (and logs why) if the file cannot be opened.
bool set_file(const std::string& path, std::size_t max_bytes, int keep = 3);
void write(Level level, std::string_view message);
inline void info(std::string_view m) {
    write(Level::info, m);
}
inline void warn(std::string_view m) {
    write(Level::warning, m);
}
inline void error(std::string_view m) {
    write(Level::error, m);
}
inline void debug(std::string_view m) {
    write(Level::debug, m);
}

}  // namespace kiosk::log
