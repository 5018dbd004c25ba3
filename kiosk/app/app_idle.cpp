// Idle handling: the "still reading?" warning, the reset to the attract loop.
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

double App::idle_warning_ms() const {
    return std::min(15000.0, config_.behaviour.idle_timeout_ms / 4.0);
}

void App::check_idle() {
    if (!scene_ || scene_->name() == "attract" || scene_->name() == "fallback") {
        idle_warning_ = false;
        return;
    }
    if (!fingers_down_.empty()) last_input_ms_ = now_ms_;  // a resting finger is a visitor
    const double idle = now_ms_ - last_input_ms_;
    if (idle >= config_.behaviour.idle_timeout_ms) reset_to_attract();
    else idle_warning_ = idle >= config_.behaviour.idle_timeout_ms - idle_warning_ms();
}

void App::reset_to_attract() {
    // The next visitor starts fresh: default language and comfort settings.
    language_ = options_.language.empty() ? config_.behaviour.default_language : options_.language;
    text_step_ = 0;
    high_contrast_ = false;
    reduced_motion_ = config_.behaviour.reduced_motion;
    apply_setting("");
    idle_warning_ = false;
    end_session();
    log::info("idle for " + std::to_string(config_.behaviour.idle_timeout_ms / 1000) + " s: back to the attract loop");
    switch_scene("attract");
}

SceneGeometry App::idle_overlay() const {
    SceneGeometry g;
    g.width_px = width_px_;
    g.height_px = height_px_;
    if (!text_) return g;
    const auto& theme = effective_config_.theme;
    const ScreenMetrics screen = screen_metrics(config_.display, width_px_, height_px_);
    const float W = static_cast<float>(width_px_), H = static_cast<float>(height_px_);
    const float body = nominal_body_px(config_.typography, screen) * text_scale_;
    const double left_ms = config_.behaviour.idle_timeout_ms - (now_ms_ - last_input_ms_);
    const int seconds = std::max(1, static_cast<int>(std::ceil(left_ms / 1000.0)));
    std::string body_text = ui_text("idle.body", language_);
    if (auto at = body_text.find("%s"); at != std::string::npos) body_text.replace(at, 2, std::to_string(seconds));
    const float title_px = std::round(body * 1.4f), small_px = std::round(std::max(16.0f, body * 0.7f));
    SceneLine title = make_label_line(*text_, ui_text("idle.title", language_), text_->face(FontRole::display_italic, title_px),
                                      {"kern", "liga"}, 0, 0, std::round(title_px * 1.3f), theme.ink, theme.paper, "idle", "",
                                      Layer::fixed, language_);
    SceneLine line = make_label_line(*text_, body_text, text_->face(FontRole::label, small_px), {"kern", "tnum"}, 0, 0,
                                     std::round(small_px * 1.6f), theme.muted, theme.paper, "idle", "", Layer::fixed, language_);
    const float card_w = std::min(W - 24, std::max(title.box.w, line.box.w) + 2 * title_px);
    const float card_h = title.box.h + line.box.h + title_px * 1.2f;
    const float cx = std::round((W - card_w) / 2), cy = std::round((H - card_h) / 2);
    g.top_rects.push_back({{0, 0, W, H}, Color{theme.ink.r, theme.ink.g, theme.ink.b, 110}, Layer::fixed, 0});
    g.top_rects.push_back({{cx, cy, card_w, card_h}, theme.paper, Layer::fixed, 16});
    title.box.x = std::round((W - title.box.w) / 2);
    title.box.y = cy + title_px * 0.6f;
    title.baseline_y += title.box.y;
    line.box.x = std::round((W - line.box.w) / 2);
    line.box.y = title.box.bottom();
    line.baseline_y += line.box.y;
    g.top_lines.push_back(std::move(title));
    g.top_lines.push_back(std::move(line));
    return g;
}

}  // namespace kiosk
