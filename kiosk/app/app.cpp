// The app's core: the scene context, switching scenes, routing input to the scene
// and applying what it asks, the virtual clock, and the state and layout dumps.
// Loading and reloading content: app_content.cpp; idle and the attract loop:
// app_idle.cpp; curator mode: app_curator.cpp; visitor counts: app_analytics.cpp;
// the headless, replay and interactive loops: app_loop.cpp.
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

Key key_from_name(const std::string& n) {
    if (n == "Up") return Key::up;
    if (n == "Down") return Key::down;
    if (n == "Left") return Key::left;
    if (n == "Right") return Key::right;
    if (n == "PageUp") return Key::page_up;
    if (n == "PageDown") return Key::page_down;
    if (n == "Home") return Key::home;
    if (n == "End") return Key::end;
    if (n == "plus" || n == "+" || n == "Plus" || n == "KP_Add") return Key::plus;
    if (n == "minus" || n == "-" || n == "Minus" || n == "KP_Subtract") return Key::minus;
    if (n == "Escape") return Key::escape;
    if (n == "Return" || n == "Enter") return Key::enter;
    if (n == "space" || n == "Space") return Key::space;
    return Key::other;
}

App::App(Options options) : options_(std::move(options)) {}
App::~App() = default;

int App::width_px() const { return width_px_; }
int App::height_px() const { return height_px_; }

bool App::transitioning() const { return now_ms_ - transition_start_ms_ < 250; }

SceneContext App::context() const {
    SceneContext ctx;
    ctx.text = text_.get();
    ctx.config = &effective_config_;
    ctx.document = document_.get();
    ctx.screen = screen_metrics(config_.display, width_px_, height_px_);
    ctx.language = language_;
    ctx.text_scale = text_scale_;
    ctx.reduced_motion = reduced_motion_;
    ctx.high_contrast = high_contrast_;
    ctx.timeline = timeline_.get();
    ctx.has_timeline = timeline_ && !timeline_->events.empty();
    ctx.other_document = !options_.document.empty();
    ctx.image_size = [this](const std::string& path) { return const_cast<App*>(this)->image_size(path); };
    return ctx;
}

GestureParams App::gesture_params() const {
    const ScreenMetrics s = screen_metrics(config_.display, width_px_, height_px_);
    GestureParams p;
    p.slop_px = s.mm(config_.touch.slop_mm);
    p.long_press_ms = config_.touch.long_press_ms;
    p.double_tap_ms = config_.touch.double_tap_ms;
    p.double_tap_slop_px = s.mm(config_.touch.double_tap_slop_mm);
    p.min_fling_px_s = s.mm(config_.touch.min_fling_mm_s);
    p.max_fling_px_s = s.mm(config_.touch.max_fling_mm_s);
    return p;
}

void App::switch_scene(const std::string& name, const std::string& focus_event) {
    const bool first = !scene_;
    if (session_ != 0 && !screen_name_.empty() && screen_name_ != "curator")
        note("screen", screen_name_, static_cast<long long>(now_ms_ - screen_start_ms_));
    const bool timeline_ok = timeline_ && !timeline_->events.empty();
    if (!text_ || (!document_ && !timeline_ok)) {
        scene_ = std::make_unique<FallbackScene>(load_problem_);
    } else if ((name == "telegram" || name == "reader") && document_) {
        scene_ = std::make_unique<ReaderScene>();
    } else if (name == "timeline" && timeline_ok) {
        scene_ = std::make_unique<TimelineScene>(focus_event, "");
    } else if (name == "attract") {
        scene_ = std::make_unique<AttractScene>();
    } else if (name.rfind("event:", 0) == 0 && timeline_ok && timeline_->find(name.substr(6))) {
        scene_ = std::make_unique<TimelineScene>(name.substr(6), name.substr(6));
    } else {
        if (name != "home")
            log::warn("scene \"" + name + "\" is not available (unknown name, or its content did not load); showing Home");
        scene_ = std::make_unique<HomeScene>();
    }
    gestures_.reset();
    screen_name_ = scene_->name();
    screen_start_ms_ = now_ms_;
    last_selected_event_ = scene_->selected_event();
    if (!last_selected_event_.empty()) note("event_open", last_selected_event_);
    // A short dip to paper between screens; none for the first screen or reduced motion.
    if (!first && !reduced_motion_) transition_start_ms_ = now_ms_;
    relayout();
}

void App::relayout() {
    if (!scene_) return;
    scene_->layout(context());
    scene_->take_geometry_changed();
    pressed_id_.clear();
    if (text_) prepare_glyphs(scene_->geometry(), text_->atlas());
}

void App::apply_request(const SceneRequest& req) {
    if (req.setting == "reload") {
        reload_content();
        relayout();
    } else if (req.setting == "quit") {
        log::info("quit from curator mode");
        quit_requested_ = true;
    } else if (!req.setting.empty()) {
        apply_setting(req.setting);
        if (req.setting.rfind("lang:", 0) == 0) note("language", language_);
        else if (req.setting == "text_size:next") note("comfort", "larger_text");
        else if (req.setting == "contrast:toggle") note("comfort", "high_contrast");
        else if (req.setting == "motion:toggle") note("comfort", "reduced_motion");
        relayout();
    }
    if (req.navigate_to == "curator:close") close_curator();
    else if (!req.navigate_to.empty()) switch_scene(req.navigate_to, req.focus_event);
    if (scene_ && scene_->take_geometry_changed() && text_) prepare_glyphs(scene_->geometry(), text_->atlas());
}

void App::on_gesture(const Gesture& g) {
    if (!scene_) return;
    if (g.kind == Gesture::Kind::press) {
        const SceneTarget* t = topmost_target(scene_->geometry(), scene_->scroll_px(), g.x_px, g.y_px, &pressed_box_);
        // Areas (a card's backdrop, the attract loop) are not buttons: no highlight.
        const bool area = !t || t->id == "card" || t->id == "card-backdrop" || t->id == "wake";
        pressed_id_ = area ? std::string() : t->id;
    } else if (g.kind != Gesture::Kind::long_press) {
        pressed_id_.clear();  // a drag, a pinch, or the tap itself
    }
    SceneRequest req;
    scene_->on_gesture(g, now_ms_, req);
    apply_request(req);
    if (scene_) {
        const std::string selected = scene_->selected_event();
        if (selected != last_selected_event_ && !selected.empty()) note("event_open", selected);
        last_selected_event_ = selected;
    }
}

void App::on_key(Key key) {
    last_input_ms_ = now_ms_;
    if (idle_warning_) {
        idle_warning_ = false;
        return;
    }
    if (scene_ && scene_->name() == "attract") {
        switch_scene("home");
        return;
    }
    if (!scene_) return;
    SceneRequest req;
    scene_->on_key(key, now_ms_, req);
    apply_request(req);
}

void App::on_wheel(float steps) {
    last_input_ms_ = now_ms_;
    idle_warning_ = false;
    if (scene_) scene_->on_wheel(steps, now_ms_);
}

void App::feed_pointer(PointerEvent::Kind kind, int finger, float x_px, float y_px) {
    last_input_ms_ = now_ms_;
    if (kind == PointerEvent::Kind::down) {
        if (!scene_ || scene_->name() != "curator") start_session();
        fingers_down_.insert(finger);
        finger_starts_[finger] = {x_px, y_px, x_px, y_px, now_ms_};
    } else if (kind == PointerEvent::Kind::up || kind == PointerEvent::Kind::cancel) {
        fingers_down_.erase(finger);
        finger_starts_.erase(finger);
        if (fingers_down_.empty()) pressed_id_.clear();
    } else if (auto it = finger_starts_.find(finger); it != finger_starts_.end()) {
        it->second.x = x_px;
        it->second.y = y_px;
    }
    if (scene_) scene_->on_pointer({kind, finger, x_px, y_px, now_ms_});
    if (kind == PointerEvent::Kind::down && !swallowing_) {
        // The first touch on the attract loop wakes the kiosk, and one during the idle
        // warning dismisses it; neither also presses what lies under the finger.
        if (scene_ && scene_->name() == "attract") {
            swallowing_ = true;
            switch_scene("home");
        } else if (idle_warning_) {
            swallowing_ = true;
            idle_warning_ = false;
        }
    }
    if (swallowing_) {
        if (fingers_down_.empty()) swallowing_ = false;
        return;
    }
    for (const auto& g : gestures_.feed({kind, finger, x_px, y_px, now_ms_})) on_gesture(g);
}

void App::advance_to(double target_ms) {
    // The virtual clock advances in 60 Hz frames so animations see what a screen would.
    constexpr double frame_ms = 1000.0 / 60.0;
    auto frame = [&] {
        check_idle();
        check_curator_gesture();
        for (const auto& g : gestures_.tick(now_ms_)) on_gesture(g);
        if (scene_) {
            scene_->update(now_ms_);
            if (scene_->take_geometry_changed() && text_) prepare_glyphs(scene_->geometry(), text_->atlas());
        }
    };
    while (now_ms_ + frame_ms <= target_ms) {
        now_ms_ += frame_ms;
        frame();
    }
    if (target_ms > now_ms_) {
        now_ms_ = target_ms;
        frame();
    }
}

nlohmann::json App::state_json() const {
    nlohmann::json s;
    s["scene"] = scene_ ? scene_->name() : "none";
    s["lang"] = language_;
    s["selected_event"] = nullptr;
    s["timeline"] = nullptr;
    s["scroll"] = 0.0;
    s["text_scale"] = text_scale_;
    s["reduced_motion"] = reduced_motion_;
    s["high_contrast"] = high_contrast_;
    s["time_ms"] = now_ms_;
    s["idle_ms"] = now_ms_ - last_input_ms_;
    s["idle_warning"] = idle_warning_;
    s["pressed"] = pressed_id_.empty() ? nlohmann::json(nullptr) : nlohmann::json(pressed_id_);
    s["size"] = {width_px_, height_px_};
    s["rotation_deg"] = renderer_ ? renderer_->rotation_deg() : 0;
    s["document"] = document_ ? document_->source_path : "";
    s["content_version"] = content_version_;
    s["last_reload"] = {{"ok", last_reload_ok_}, {"problem", last_reload_problem_}};
    if (scene_) scene_->dump_state(s);
    return s;
}

nlohmann::json App::layout_dump() const {
    if (!scene_) return nlohmann::json::object();
    return layout_json(scene_->geometry(), scene_->scroll_px(), scene_->name());
}

}  // namespace kiosk
