// Anonymous visitor counts: sessions, screens, events opened, choices made.
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

void App::open_analytics() {
    epoch_start_ms_ = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch()).count();
    if (!config_.analytics.enabled) return;
    auto store = AnalyticsStore::open(state_file_path(config_.data_dir, config_.analytics.path));
    if (!store) {
        log::warn(store.error().to_string() + "; visitor counts are not kept");
        return;
    }
    analytics_ = std::move(store).value();
}

void App::note(const std::string& kind, const std::string& name, long long duration_ms) {
    if (!analytics_ || session_ == 0) return;
    analytics_->record(epoch_start_ms_ + static_cast<long long>(now_ms_), session_, kind, name, duration_ms);
}

void App::start_session() {
    if (!analytics_ || session_ != 0) return;
    session_ = analytics_->next_session();
    session_start_ms_ = now_ms_;
    note("session_start", language_);
    screen_name_ = scene_ ? scene_->name() : "";
    screen_start_ms_ = now_ms_;
}

void App::end_session() {
    if (session_ == 0) return;
    if (!screen_name_.empty() && screen_name_ != "curator")
        note("screen", screen_name_, static_cast<long long>(last_input_ms_ > screen_start_ms_ ? last_input_ms_ - screen_start_ms_ : 0));
    // Time spent is up to the last touch: the idle wait is not the visitor's.
    note("session_end", "", static_cast<long long>(std::max(0.0, last_input_ms_ - session_start_ms_)));
    session_ = 0;
    screen_name_.clear();
}

}  // namespace kiosk
