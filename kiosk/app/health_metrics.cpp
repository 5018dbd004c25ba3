#include "app/health_metrics.h"

#include <cstdio>

#include "core/log.h"
#include "core/replace_file.h"

namespace kiosk {
namespace {

// A label value: backslash, double quote and line feed escaped, as the format asks.
std::string label(const std::string& v) {
    std::string out;
    for (const char c : v) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

void metric(std::string& out, const char* name, const char* type, const char* help, double value,
            const std::string& labels = {}) {
    char num[64];
    std::snprintf(num, sizeof num, "%.17g", value);
    out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n" + name +
           (labels.empty() ? "" : "{" + labels + "}") + " " + num + "\n";
}

}  // namespace

std::string prometheus_text(const KioskHealth& h) {
    std::string out;
    metric(out, "kiosk_up", "gauge", "1 while the kiosk runs; 0 once it has stopped cleanly.", h.up ? 1 : 0);
    metric(out, "kiosk_info", "gauge", "The kiosk's name and program version.", 1,
           "name=\"" + label(h.name) + "\",version=\"" + label(h.version) + "\"");
    metric(out, "kiosk_uptime_seconds", "gauge", "Seconds since the kiosk started.", h.uptime_s);
    metric(out, "kiosk_frames_per_second", "gauge", "Frames drawn per second (0 when not measured).", h.frames_per_s);
    metric(out, "kiosk_resident_memory_bytes", "gauge", "Resident memory of the kiosk process.",
           static_cast<double>(h.resident_bytes));
    metric(out, "kiosk_content_version", "gauge", "The content shown: 1 at start, one more for each accepted reload.",
           h.content_version);
    metric(out, "kiosk_content_info", "gauge", "The content repository's commit the content came from.", 1,
           "commit=\"" + label(h.content_commit) + "\"");
    metric(out, "kiosk_last_reload_ok", "gauge",
           "1 if the last reload was accepted (or none was tried), 0 if it was refused.", h.last_reload_ok ? 1 : 0);
    metric(out, "kiosk_content_errors", "gauge", "Rows, lines or files left out of the content shown.",
           h.content_errors);
    metric(out, "kiosk_analytics_set_aside", "gauge",
           "1 if the analytics database was not one and was set aside (renamed) for a new one.",
           h.analytics_set_aside ? 1 : 0);
    metric(out, "kiosk_visitor_sessions_total", "counter", "Visitor sessions begun since the kiosk started.",
           static_cast<double>(h.sessions));
    metric(out, "kiosk_last_touch_age_seconds", "gauge", "Seconds since the last touch (-1: none since the start).",
           h.last_touch_age_s);
    metric(out, "kiosk_frames_drawn_total", "counter", "Frames drawn since the kiosk started.",
           static_cast<double>(h.frames));
    metric(out, "kiosk_picture_changes_total", "counter",
           "Times the picture changed since the kiosk started (frames are drawn when it changes, not by the clock).",
           static_cast<double>(h.picture_changes));
    metric(out, "kiosk_frames_dropped_total", "counter",
           "Frames that took longer to draw than a 60 Hz frame (16.7 ms).", static_cast<double>(h.frames_dropped));
    out +=
        "# HELP kiosk_frame_time_seconds Time to draw a frame, by quantile, since the kiosk started.\n"
        "# TYPE kiosk_frame_time_seconds gauge\n";
    for (const auto& [q, ms] : {std::pair{"0.5", h.frame_p50_ms}, {"0.95", h.frame_p95_ms}, {"0.99", h.frame_p99_ms}}) {
        char line[96];
        std::snprintf(line, sizeof line, "kiosk_frame_time_seconds{quantile=\"%s\"} %.6f\n", q, ms / 1000.0);
        out += line;
    }
    return out;
}

void MetricsFile::configure(const std::string& path, int interval_s, std::vector<std::string> others) {
    if (path != path_) last_ms_ = -1;
    path_ = path;
    others_ = std::move(others);
    interval_ms_ = interval_s * 1000.0;
}

bool MetricsFile::due(double now_real_ms) const {
    return !path_.empty() && (last_ms_ < 0 || now_real_ms - last_ms_ >= interval_ms_);
}

void MetricsFile::write(double now_real_ms, const KioskHealth& health) {
    if (path_.empty()) return;
    const bool first = last_ms_ < 0;
    last_ms_ = now_real_ms;
    if (const std::string why = not_own_state_file(path_, others_); !why.empty()) {
        if (first) log::warn("metrics: " + why + "; the health file is not written");
        return;
    }
    if (const std::string why = replace_file(path_, prometheus_text(health), 0644); !why.empty() && first)
        log::warn("metrics: " + why + "; node_exporter will not see this kiosk");  // once, not every few seconds
}

}  // namespace kiosk
