// Telling systemd how the kiosk is doing (sd_notify): ready once the first frame is on
// screen, a watchdog ping every second while the loop runs, and a status line.
#pragma once

#include <string>

namespace kiosk::service {

void ready(const std::string& status);
void status(const std::string& status);
// Pings the watchdog if systemd asked for one; cheap to call every frame.
void watchdog(double now_ms);

}  // namespace kiosk::service
