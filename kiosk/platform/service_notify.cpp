#include "platform/service_notify.h"

#include <systemd/sd-daemon.h>
#include <unistd.h>

#include "core/log.h"
#include "core/replace_file.h"

namespace kiosk::service {
namespace {
double last_ping_ms = -1e18;
}

void ready(const std::string& status) {
    sd_notifyf(0, "READY=1\nSTATUS=%s", status.c_str());
}

void write_ready_file(const std::string& path) {
    if (path.empty()) return;
    if (auto err = replace_file(path, std::to_string(getpid()) + "\n"); !err.empty())
        log::warn("the ready file: " + err);
}

void status(const std::string& status) {
    sd_notifyf(0, "STATUS=%s", status.c_str());
}

void watchdog(double now_ms) {
    // Half a second at most between pings would be wasteful; WatchdogSec is 30 s.
    if (now_ms - last_ping_ms < 1000) return;
    last_ping_ms = now_ms;
    sd_notify(0, "WATCHDOG=1");
}

}  // namespace kiosk::service
