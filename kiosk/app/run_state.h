// How the running kiosk is doing, as the loop drivers measure it and curator mode,
// the state dump and the service manager read it.
#pragma once

namespace kiosk {

struct RunState {
    double started_real_ms = 0;   // real time at start, for uptime
    double frames_per_s = 0;      // 0: not measured (headless)
    bool quit_requested = false;  // curator mode asked to quit
};

}  // namespace kiosk
