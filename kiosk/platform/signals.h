// What the service manager asks by signal: SIGTERM and SIGINT to stop (systemctl stop,
// a reboot), SIGHUP to read the content again (a daemon's usual meaning). The handlers
// only set flags; the loop reads them within a frame.
#pragma once

namespace kiosk::signals {

void install();
bool stop_requested();
const char* stop_signal_name();  // "SIGTERM", "SIGINT", or "" when none came
bool take_reload_request();      // true once per SIGHUP

}  // namespace kiosk::signals
