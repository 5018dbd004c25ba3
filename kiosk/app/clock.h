// Real time, for what must follow the wall clock even in a replay on the virtual
// clock: debouncing file edits, uptime.
#pragma once

#include <chrono>

namespace kiosk {

// A monotonic clock in milliseconds.
inline double real_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace kiosk
