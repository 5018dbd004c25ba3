// The kiosk's health in Prometheus's text exposition format, for node_exporter's
// textfile collector: one file per kiosk, rewritten every few seconds (whole, by a
// rename). A kiosk that stalls stops rewriting it, which node_exporter's
// node_textfile_mtime_seconds shows; a kiosk stopped cleanly writes kiosk_up 0.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct KioskHealth {
    std::string name;     // the kiosk's name
    std::string version;  // the program's
    bool up = true;
    double uptime_s = 0;
    double frames_per_s = 0;  // 0: not measured
    long long resident_bytes = 0;
    int content_version = 1;     // counts accepted reloads
    std::string content_commit;  // the content repository's commit (from the sync job), or empty
    bool last_reload_ok = true;
    int content_errors = 0;         // rows, lines or files left out of what is shown
    long sessions = 0;              // visitor sessions begun since the kiosk started
    double last_touch_age_s = -1;   // -1: no touch since the start
    long long frames = 0;           // frames drawn
    long long picture_changes = 0;  // times the scene's picture changed (what the frames follow)
    double frame_p50_ms = 0, frame_p95_ms = 0, frame_p99_ms = 0;
    long long frames_dropped = 0;      // frames that took longer than a 60 Hz frame
    bool analytics_set_aside = false;  // the analytics database was damaged and set aside at the start
};

std::string prometheus_text(const KioskHealth& h);

// Writes the file if `interval_s` has passed since the last write (or never written).
class MetricsFile {
public:
    // `others`: the kiosk's other state files (the database, the log), which the health
    // file must never be.
    void configure(const std::string& path, int interval_s, std::vector<std::string> others = {});
    bool due(double now_real_ms) const;
    void write(double now_real_ms, const KioskHealth& health);
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::vector<std::string> others_;
    double interval_ms_ = 5000;
    double last_ms_ = -1;
};

}  // namespace kiosk
