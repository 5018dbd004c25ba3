#include "app/curator_info.h"

#include <cstdio>

#include "app/clock.h"
#include "platform/process_memory.h"

namespace kiosk {

std::string frame_times_line(const FrameTimes& f) {
    if (f.count() == 0) return {};
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "%lld frames drawn: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %lld over a 60 Hz frame (worst %.1f ms)",
                  f.count(), f.percentile(0.5), f.percentile(0.95), f.percentile(0.99), f.dropped(), f.worst_ms());
    return buf;
}

CuratorInfo curator_info(const ContentStore& content, const RunState& run, const ScreenMetrics& screen,
                         AnalyticsSink* analytics, std::string sound, const FrameTimes& frames) {
    CuratorInfo i;
    i.version = KIOSK_VERSION;
    i.uptime_s = (real_ms() - run.started_real_ms) / 1000.0;
    i.frames_per_s = run.frames_per_s;
    i.memory_mb = static_cast<double>(resident_memory_kb()) / 1024.0;
    char buf[96];
    std::snprintf(buf, sizeof buf, "%dx%d, %.1f in, %.2f px/mm", screen.width_px, screen.height_px, screen.diagonal_in,
                  screen.px_per_mm);
    i.screen = buf;
    i.content_version = content.version();
    i.last_reload_ok = content.last_reload_ok();
    i.last_reload_problem = content.last_reload_problem();
    // Paths as the curator knows them: from the content folder.
    const std::string root = content.config().data_dir + "/";
    auto relative = [&](std::string s) {
        for (auto at = s.find(root); at != std::string::npos; at = s.find(root, at)) s.erase(at, root.size());
        return s;
    };
    i.last_reload_problem = relative(i.last_reload_problem);
    for (const auto& d : content.problems()) i.problems.push_back(relative(d.to_string()));
    if (analytics) i.analytics = analytics->summary();
    i.sound = std::move(sound);
    i.frames = frame_times_line(frames);
    return i;
}

}  // namespace kiosk
