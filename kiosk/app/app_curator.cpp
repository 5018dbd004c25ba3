// Curator mode: the hidden two-corner gesture, opening and closing the curator screen.
#include "app/app.h"
#include "app/app_util.h"


#include <chrono>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>


#include <nlohmann/json.hpp>

#include "app/dumps.h"
#include "content/tei_document.h"
#include "input/rotation.h"
#include "content/translations.h"
#include "core/log.h"
#include "platform/service_notify.h"
#include "render/sdl_renderer.h"
#include "scenes/attract_scene.h"
#include "scenes/chrome.h"
#include "scenes/curator_scene.h"
#include "scenes/fallback_scene.h"
#include "scenes/ui_text.h"
#include "scenes/home_scene.h"
#include "scenes/reader_scene.h"
#include "scenes/timeline_scene.h"
#include "text/text_engine.h"

namespace kiosk {

void App::check_curator_gesture() {
    // Two fingers held still in opposite corners (top left, bottom right) for
    // curator.hold_ms: nothing a visitor does by chance, easy for a curator on purpose.
    if (!scene_ || scene_->name() == "curator" || finger_starts_.size() != 2) return;
    const float W = static_cast<float>(width_px_), H = static_cast<float>(height_px_);
    const float slop = gestures_.params().slop_px * 2;
    bool top_left = false, bottom_right = false;
    for (const auto& [id, f] : finger_starts_) {
        if (std::hypot(f.x - f.start_x, f.y - f.start_y) > slop) return;
        if (now_ms_ - f.down_ms < config_.curator.hold_ms) return;
        if (f.x < W * 0.12f && f.y < H * 0.12f) top_left = true;
        if (f.x > W * 0.88f && f.y > H * 0.88f) bottom_right = true;
    }
    if (top_left && bottom_right) open_curator();
}

void App::open_curator() {
    log::info("curator mode requested");
    suspended_scene_ = std::move(scene_);
    auto info = [this] {
        CuratorInfo i;
        i.version = KIOSK_VERSION;
        i.uptime_s = (real_ms() - started_real_ms_) / 1000.0;
        i.frames_per_s = frames_per_s_;
        if (FILE* f = std::fopen("/proc/self/statm", "r")) {
            long pages_total = 0, pages_resident = 0;
            if (std::fscanf(f, "%ld %ld", &pages_total, &pages_resident) == 2)
                i.memory_mb = static_cast<double>(pages_resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
            std::fclose(f);
        }
        const ScreenMetrics sm = screen_metrics(config_.display, width_px_, height_px_);
        char buf[96];
        std::snprintf(buf, sizeof buf, "%dx%d, %.1f in, %.2f px/mm", width_px_, height_px_, sm.diagonal_in, sm.px_per_mm);
        i.screen = buf;
        i.content_version = content_version_;
        i.last_reload_ok = last_reload_ok_;
        i.last_reload_problem = last_reload_problem_;
        for (const auto& d : load_problems_) i.problems.push_back(d.to_string());
        if (analytics_) {
            const auto r = analytics_->report();
            char a[128];
            std::snprintf(a, sizeof a, "Visitors: %ld sessions, median %.0f s", r.sessions, r.median_session_s);
            i.analytics = a;
        }
        return i;
    };
    scene_ = std::make_unique<CuratorScene>(config_.curator.pin, info);
    swallowing_ = !fingers_down_.empty();
    gestures_.reset();
    relayout();
}

void App::close_curator() {
    if (suspended_scene_) {
        scene_ = std::move(suspended_scene_);
        gestures_.reset();
        relayout();
    } else {
        switch_scene("home");
    }
}

}  // namespace kiosk
