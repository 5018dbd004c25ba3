// Telling systemd how the kiosk is doing (sd_notify): ready once the first frame is on
// screen, a watchdog ping every second while the loop runs, and a status line.
#pragma once

#include <string>

namespace kiosk::service {

void ready(const std::string& status);
// Writes this process's id to `path` (whole, by rename) once the kiosk handles signals
// and shows its first frame: a test or script waits for the file instead of guessing how
// long a start takes. Empty `path`: nothing.
void write_ready_file(const std::string& path);
void status(const std::string& status);
// Pings the watchdog if systemd asked for one; cheap to call every frame.
void watchdog(double now_ms);

}  // namespace kiosk::service
