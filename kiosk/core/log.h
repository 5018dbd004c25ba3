// Minimal levelled logging to stderr (and later a rotating file). Kept tiny on purpose:
// the kiosk must log why it fell back, with a timestamp a curator can match to an edit.
#pragma once

#include <string_view>

namespace kiosk::log {

enum class Level { debug, info, warning, error };

void set_level(Level level);
void write(Level level, std::string_view message);
inline void info(std::string_view m) { write(Level::info, m); }
inline void warn(std::string_view m) { write(Level::warning, m); }
inline void error(std::string_view m) { write(Level::error, m); }
inline void debug(std::string_view m) { write(Level::debug, m); }

}  // namespace kiosk::log
