// Sections: 1. loading (config, document, fonts) with fallbacks  2. scenes and
// requests  3. input  4. headless and replay runs  5. the interactive loop  6. dumps.
#include "app/app.h"

#include <SDL.h>
#include <SDL_image.h>

#include <chrono>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include <unistd.h>

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

// ---- 1. loading ---------------------------------------------------------------

namespace {
double real_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}
std::string folder_of(const std::string& path) {
    const auto p = std::filesystem::path(path).parent_path();
    return p.empty() ? std::string(".") : p.string();
}
}  // namespace

bool App::load_configuration() {
    const std::string path = options_.config_path.empty() ? find_default_config() : options_.config_path;
    config_path_ = path;
    ConfigLoad load = load_config(path);
    for (const auto& d : load.problems) log::warn(d.to_string());
    load_problems_ = load.problems;
    started_real_ms_ = real_ms();
    // A wrong key keeps its default; the rest of the file still counts.
    config_ = load.config;
    width_px_ = options_.width_px.value_or(config_.display.width_px);
    height_px_ = options_.height_px.value_or(config_.display.height_px);
    language_ = options_.language.empty() ? config_.behaviour.default_language : options_.language;
    reduced_motion_ = config_.behaviour.reduced_motion;
    apply_setting("");
    return load.ok();
}

bool App::load_texts() {
    TranslationsLoad t = load_translations(config_.resolve(config_.content.translations), ui_text_keys(), config_.behaviour.languages);
    for (const auto& d : t.problems) log::warn(d.to_string());
    load_problems_.insert(load_problems_.end(), t.problems.begin(), t.problems.end());
    set_ui_texts(std::make_shared<const UiTexts>(std::move(t.texts)));
    return t.ok();
}

bool App::load_timeline() {
    TimelineLoad load = load_timeline_csv(config_.resolve(config_.content.timeline));
    for (const auto& d : load.problems) log::warn(d.to_string());
    load_problems_.insert(load_problems_.end(), load.problems.begin(), load.problems.end());
    if (!load.file_ok) {
        log::error(config_.resolve(config_.content.timeline) +
                   (timeline_ ? ": keeping the last good timeline" : ": the kiosk runs without a timeline"));
        return false;
    }
    timeline_ = std::make_shared<const Timeline>(std::move(load.timeline));
    return true;
}

std::optional<std::pair<int, int>> App::image_size(const std::string& path) {
    if (auto it = image_sizes_.find(path); it != image_sizes_.end()) return it->second;
    std::optional<std::pair<int, int>> size;
    SdlSurfacePtr surface(IMG_Load(path.c_str()));
    if (surface) size = std::make_pair(surface->w, surface->h);
    else log::warn(path + ": cannot read the image (" + IMG_GetError() + "); the card is shown without it");
    image_sizes_[path] = size;
    return size;
}

void App::apply_setting(const std::string& setting) {
    if (setting.rfind("lang:", 0) == 0) language_ = setting.substr(5);
    else if (setting == "text_size:next") {
        const auto& steps = config_.typography.text_size_steps;
        text_step_ = steps.empty() ? 0 : (text_step_ + 1) % steps.size();
    } else if (setting == "contrast:toggle") high_contrast_ = !high_contrast_;
    else if (setting == "motion:toggle") reduced_motion_ = !reduced_motion_;
    const auto& steps = config_.typography.text_size_steps;
    text_scale_ = steps.empty() ? 1.0f : steps[std::min(text_step_, steps.size() - 1)];
    effective_config_ = config_;
    if (high_contrast_) {
        // Black on white with strong greys: for low vision, and for screens in sunlight.
        auto& t = effective_config_.theme;
        t.paper = {0xff, 0xff, 0xff};
        t.ink = {0x00, 0x00, 0x00};
        t.muted = {0x30, 0x30, 0x30};
        t.bar = {0xe4, 0xe4, 0xe4};
        t.accent = {0x9a, 0x12, 0x00};
    }
}

void App::start_watching() {
    std::vector<std::string> folders{folder_of(config_path_), folder_of(config_.resolve(config_.content.document)),
                                     folder_of(config_.resolve(config_.content.timeline)),
                                     config_.resolve(config_.content.translations)};
    if (timeline_)
        for (const auto& e : timeline_->events)
            if (!e.media.empty()) folders.push_back(folder_of(config_.resolve(e.media)));
    Diagnostics problems;
    auto w = FileWatcher::create(folders, problems);
    for (const auto& d : problems) log::warn(d.to_string());
    if (!w) {
        log::warn(w.error().to_string() + "; edits need a restart");
        return;
    }
    watcher_ = std::make_unique<FileWatcher>(std::move(w).value());
}

void App::service_watcher() {
    if (!watcher_) return;
    std::vector<std::string> names;
    const double now = real_ms();
    if (watcher_->poll(&names)) {
        change_seen_real_ms_ = now;
        std::string list;
        for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
        log::info("edited: " + list);
    }
    if (change_seen_real_ms_ >= 0 && now - change_seen_real_ms_ >= 250) {
        change_seen_real_ms_ = -1;
        reload_content();
    }
}

bool App::reload_content() {
    // Everything is loaded anew beside the running content; only if all of it is good
    // does it replace what the visitor sees. A broken edit changes nothing on screen.
    auto reject = [&](const std::string& why) {
        last_reload_ok_ = false;
        last_reload_problem_ = why;
        log::error("edit rejected, the last good content stays on screen: " + why);
        return false;
    };
    ConfigLoad cl = load_config(config_path_);
    for (const auto& d : cl.problems) {
        if (d.severity == Diagnostic::Severity::error) return reject(d.to_string());
        log::warn(d.to_string());
    }
    const Config& c = cl.config;
    std::shared_ptr<const Document> doc;
    {
        std::string file = options_.document.empty() ? c.resolve(c.content.document) : options_.document;
        std::string id = options_.document.empty() ? c.content.document_id : std::string();
        if (auto hash = file.find('#'); !options_.document.empty() && hash != std::string::npos) {
            id = file.substr(hash + 1);
            file = file.substr(0, hash);
        }
        auto d = load_tei_document(file, id);
        if (!d) return reject(d.error().to_string());
        doc = std::make_shared<const Document>(std::move(d).value());
    }
    TimelineLoad tl = load_timeline_csv(c.resolve(c.content.timeline));
    if (!tl.problems.empty()) return reject(tl.problems.front().to_string());
    TranslationsLoad texts = load_translations(c.resolve(c.content.translations), ui_text_keys(), c.behaviour.languages);
    for (const auto& d : texts.problems)
        if (d.severity == Diagnostic::Severity::error) return reject(d.to_string());
    std::unique_ptr<TextEngine> engine;
    const bool fonts_changed = c.theme.font_body != config_.theme.font_body ||
                               c.theme.font_body_italic != config_.theme.font_body_italic ||
                               c.theme.font_display != config_.theme.font_display ||
                               c.theme.font_display_italic != config_.theme.font_display_italic ||
                               c.theme.font_label != config_.theme.font_label ||
                               c.theme.font_label_strong != config_.theme.font_label_strong ||
                               c.content.hyphenation_en != config_.content.hyphenation_en;
    if (fonts_changed) {
        Diagnostics problems;
        auto e = TextEngine::create(c, problems);
        if (!e) return reject(e.error().to_string());
        if (!problems.empty()) return reject(problems.front().to_string());
        engine = std::move(e).value();
    }

    config_ = c;
    apply_setting("");
    document_ = std::move(doc);
    timeline_ = std::make_shared<const Timeline>(std::move(tl.timeline));
    set_ui_texts(std::make_shared<const UiTexts>(std::move(texts.texts)));
    if (engine) text_ = std::move(engine);
    image_sizes_.clear();
    if (renderer_) renderer_->forget_images();
    ++content_version_;
    load_problems_ = cl.problems;
    last_reload_ok_ = true;
    last_reload_problem_.clear();
    log::info("content reloaded (version " + std::to_string(content_version_) + ")");
    // The visitor keeps their place: the scene lays itself out again with the new content.
    if (scene_ && scene_->name() == "fallback") switch_scene("home");
    else relayout();
    return true;
}

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

void App::start_logging() {
    log::Level level = log::Level::info;
    log::level_from_name(config_.log.level, level);
    log::set_level(level);
    if (!config_.log.file.empty())
        log::set_file(state_file_path(config_.data_dir, config_.log.file), static_cast<std::size_t>(config_.log.max_kb) * 1024);
}

bool App::transitioning() const { return now_ms_ - transition_start_ms_ < 250; }

bool App::load_document() {
    std::string file = config_.resolve(config_.content.document);
    std::string id = config_.content.document_id;
    if (!options_.document.empty()) {
        file = options_.document;
        id.clear();
        if (auto hash = file.find('#'); hash != std::string::npos) {
            id = file.substr(hash + 1);
            file = file.substr(0, hash);
        }
    }
    auto doc = load_tei_document(file, id);
    if (!doc) {
        load_problem_ = doc.error().to_string();
        load_problems_.push_back(doc.error());
        log::error(load_problem_ + (document_ ? " (keeping the last good document)" : ""));
        return false;
    }
    document_ = std::make_shared<const Document>(std::move(doc).value());
    return true;
}

bool App::create_text_engine() {
    Diagnostics problems;
    auto engine = TextEngine::create(config_, problems);
    for (const auto& d : problems) log::warn(d.to_string());
    load_problems_.insert(load_problems_.end(), problems.begin(), problems.end());
    if (!engine) {
        log::error(engine.error().to_string());
        return false;
    }
    text_ = std::move(engine).value();
    return true;
}

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

// ---- 2. scenes ----------------------------------------------------------------

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

// ---- 3. input -------------------------------------------------------------------

void App::on_gesture(const Gesture& g) {
    if (!scene_) return;
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

// ---- 4. headless and replay ---------------------------------------------------

bool App::start_headless() {
    load_configuration();
    load_texts();
    if (!load_document()) log::error("no document to show");
    load_timeline();
    if (!create_text_engine()) log::error("no fonts; the kiosk shows a plain screen");
    gestures_ = GestureRecognizer(gesture_params());
    auto r = SdlRenderer::create_headless(width_px_, height_px_);
    if (!r) {
        log::error(r.error().to_string());
        return false;
    }
    renderer_ = std::move(r).value();
    switch_scene(options_.scene);
    if (!options_.replay.empty()) {
        start_logging();
        start_watching();  // only a replay can wait for edits
        open_analytics();  // and only a replay has visitors to count
    }
    return true;
}

void App::render_frame() {
    if (!renderer_ || !scene_) return;
    // Without fonts the scene is only its colours: still a calm screen, never garbage.
    auto overlay = scene_->dynamic_overlay();
    if (transitioning()) {
        const double u = std::clamp((now_ms_ - transition_start_ms_) / 250.0, 0.0, 1.0);
        Color veil = scene_->geometry().background;
        veil.a = static_cast<std::uint8_t>(std::lround(255 * (1 - u) * (1 - u)));  // eased out
        overlay.push_back({{0, 0, static_cast<float>(width_px_), static_cast<float>(height_px_)}, veil, Layer::fixed, 0});
    }
    renderer_->draw(scene_->geometry(), scene_->scroll_px(), text_ ? &text_->atlas() : nullptr, overlay);
    if (idle_warning_ && text_) {
        const SceneGeometry warning = idle_overlay();
        prepare_glyphs(warning, text_->atlas());
        renderer_->draw_top(warning, text_->atlas());
    }
}

bool App::render_to_png(const std::string& path) {
    if (!renderer_) return false;
    render_frame();
    auto saved = renderer_->save_png(path);
    if (!saved) log::error(saved.error().to_string());
    return static_cast<bool>(saved);
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

int App::finish_outputs() {
    int rc = 0;
    if (!options_.screenshot.empty() && !render_to_png(options_.screenshot)) rc = 1;
    if (!options_.dump_layout.empty()) {
        if (auto err = write_json(layout_dump(), options_.dump_layout); !err.empty()) {
            log::error(err);
            rc = 1;
        }
    }
    if (!options_.dump_state.empty()) {
        if (auto err = write_json(state_json(), options_.dump_state); !err.empty()) {
            log::error(err);
            rc = 1;
        }
    }
    return rc;
}

int App::run_replay(const std::vector<ReplayEvent>& events) {
    const float w = static_cast<float>(width_px_), h = static_cast<float>(height_px_);
    for (const auto& e : events) {
        if (quit_requested_) break;
        advance_to(e.time_ms);
        switch (e.kind) {
            case ReplayEvent::Kind::down: feed_pointer(PointerEvent::Kind::down, e.finger, e.x * w, e.y * h); break;
            case ReplayEvent::Kind::move: feed_pointer(PointerEvent::Kind::move, e.finger, e.x * w, e.y * h); break;
            case ReplayEvent::Kind::up: feed_pointer(PointerEvent::Kind::up, e.finger, e.x * w, e.y * h); break;
            case ReplayEvent::Kind::click:
                // A mouse press and release: finger id -1 stands for the mouse.
                feed_pointer(PointerEvent::Kind::down, -1, e.x * w, e.y * h);
                advance_to(e.time_ms + 1);
                feed_pointer(PointerEvent::Kind::up, -1, e.x * w, e.y * h);
                break;
            case ReplayEvent::Kind::wheel: on_wheel(e.y); break;
            case ReplayEvent::Kind::key: on_key(key_from_name(e.argument)); break;
            case ReplayEvent::Kind::shot: render_to_png(e.argument); break;
            case ReplayEvent::Kind::state:
                if (auto err = write_json(state_json(), e.argument); !err.empty()) log::error(err);
                break;
            case ReplayEvent::Kind::layout:
                if (auto err = write_json(layout_dump(), e.argument); !err.empty()) log::error(err);
                break;
            case ReplayEvent::Kind::sleep: {
                // Real time passes (the virtual clock does not), so file watchers can fire.
                const double until = real_ms() + e.sleep_ms;
                while (real_ms() < until) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    service_watcher();
                }
                break;
            }
        }
    }
    // Let glides and animations settle before the final outputs (what a visitor would
    // see a moment later); bounded, so a scene that never rests cannot hang a test.
    const double settle_until = now_ms_ + 10000;
    do {
        advance_to(now_ms_ + 1000.0 / 60.0);
    } while (scene_ && (scene_->update(now_ms_) || transitioning()) && now_ms_ < settle_until);
    return 0;
}

int App::run_headless() {
    if (!start_headless()) return 1;
    if (!options_.replay.empty()) {
        auto script = load_replay(options_.replay);
        if (!script) {
            std::cerr << script.error().to_string() << '\n';
            return 2;
        }
        run_replay(script.value());
    }
    return finish_outputs();
}

// ---- 5. the interactive loop ----------------------------------------------------

int App::run_interactive() {
    load_configuration();
    start_logging();
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");  // a touch must not also be a click
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SdlSubsystems video(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
    const char* driver = video.ok() ? SDL_GetCurrentVideoDriver() : nullptr;
    if (!video.ok() || !driver || std::string(driver) == "dummy" || std::string(driver) == "offscreen") {
        const std::string out = options_.screenshot.empty() ? "kiosk-start.png" : options_.screenshot;
        std::cout << "No display found (" << (video.ok() ? "only the " + std::string(driver) + " video driver" : SDL_GetError())
                  << "), so the kiosk cannot open its screen here.\n"
                  << "Rendering the start screen to " << std::filesystem::absolute(out).string() << " instead.\n";
        options_.screenshot = out;
        options_.headless = true;
        return run_headless();
    }
    load_texts();
    if (!load_document()) log::error("no document to show");
    load_timeline();
    create_text_engine();
    WindowSpec spec;
    spec.fullscreen = !options_.width_px && config_.display.fullscreen;
    spec.width_px = width_px_;
    spec.height_px = height_px_;
    spec.hide_cursor = config_.display.hide_cursor && spec.fullscreen;
    spec.rotation_deg = config_.display.rotation_deg;
    if (spec.rotation_deg == 90 || spec.rotation_deg == 270) std::swap(spec.width_px, spec.height_px);  // --size is upright
    auto r = SdlRenderer::create_window(spec);
    if (!r) {
        log::error(r.error().to_string());
        return 1;
    }
    renderer_ = std::move(r).value();
    width_px_ = renderer_->width_px();
    height_px_ = renderer_->height_px();
    gestures_ = GestureRecognizer(gesture_params());
    switch_scene(options_.scene);
    start_watching();
    open_analytics();
    service::status("starting");
    log::info("running on " + std::string(driver) + " with the " + renderer_->driver_name() + " renderer at " +
              std::to_string(width_px_) + "x" + std::to_string(height_px_));

    const Uint64 freq = SDL_GetPerformanceFrequency();
    const Uint64 start = SDL_GetPerformanceCounter();
    auto clock_ms = [&] { return static_cast<double>(SDL_GetPerformanceCounter() - start) * 1000.0 / static_cast<double>(freq); };
    bool running = true;
    bool dirty = true;
    int frames = 0;
    long frames_total = 0;
    double fps_window_start = 0;
    std::map<SDL_FingerID, int> finger_ids;
    int next_finger = 1;
    bool mouse_down = false;
    // Touches arrive in the panel's own orientation: turn them back onto the canvas.
    auto to_canvas = [&](float out_x, float out_y) {
        return DisplayRotation(renderer_->rotation_deg(), renderer_->output_w_px(), renderer_->output_h_px())
            .to_logical({out_x, out_y});
    };
    while (running) {
        SDL_Event ev;
        const bool got = SDL_WaitEventTimeout(&ev, dirty ? 1 : 16) != 0;
        now_ms_ = clock_ms();
        auto handle = [&](const SDL_Event& e) {
            switch (e.type) {
                case SDL_QUIT:
                    // Visitors cannot close a fullscreen kiosk (Alt+F4 and the like are
                    // ignored); curator mode can, and so can a development window.
                    if (!spec.fullscreen || (scene_ && scene_->name() == "curator")) running = false;
                    else log::info("a request to quit was ignored (open curator mode to quit)");
                    break;
                case SDL_WINDOWEVENT:
                    if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
                        renderer_->refresh_size();
                        width_px_ = renderer_->width_px();
                        height_px_ = renderer_->height_px();
                        gestures_ = GestureRecognizer(gesture_params());
                        relayout();
                    }
                    dirty = true;
                    break;
                case SDL_FINGERDOWN:
                case SDL_FINGERMOTION:
                case SDL_FINGERUP: {
                    auto [it, inserted] = finger_ids.try_emplace(e.tfinger.fingerId, next_finger);
                    if (inserted) ++next_finger;
                    const auto kind = e.type == SDL_FINGERDOWN ? PointerEvent::Kind::down
                                      : e.type == SDL_FINGERUP ? PointerEvent::Kind::up
                                                               : PointerEvent::Kind::move;
                    const Point p = to_canvas(e.tfinger.x * static_cast<float>(renderer_->output_w_px()),
                                              e.tfinger.y * static_cast<float>(renderer_->output_h_px()));
                    feed_pointer(kind, it->second, p.x, p.y);
                    if (kind == PointerEvent::Kind::up) finger_ids.erase(it);
                    dirty = true;
                    break;
                }
                case SDL_MOUSEBUTTONDOWN:
                case SDL_MOUSEBUTTONUP:
                    if (e.button.which == SDL_TOUCH_MOUSEID || e.button.button != SDL_BUTTON_LEFT) break;
                    mouse_down = e.type == SDL_MOUSEBUTTONDOWN;
                    {
                        const Point p = to_canvas(static_cast<float>(e.button.x), static_cast<float>(e.button.y));
                        feed_pointer(mouse_down ? PointerEvent::Kind::down : PointerEvent::Kind::up, -1, p.x, p.y);
                    }
                    dirty = true;
                    break;
                case SDL_MOUSEMOTION:
                    if (e.motion.which == SDL_TOUCH_MOUSEID || !mouse_down) break;
                    {
                        const Point p = to_canvas(static_cast<float>(e.motion.x), static_cast<float>(e.motion.y));
                        feed_pointer(PointerEvent::Kind::move, -1, p.x, p.y);
                    }
                    dirty = true;
                    break;
                case SDL_MOUSEWHEEL:
                    if (e.wheel.which == SDL_TOUCH_MOUSEID) break;
                    on_wheel(e.wheel.preciseY);
                    dirty = true;
                    break;
                case SDL_KEYDOWN: {
                    const std::string name = SDL_GetKeyName(e.key.keysym.sym);
                    if (name == "F12" && scene_ && scene_->name() != "curator") {
                        open_curator();  // for a curator with a keyboard; the PIN still applies
                        dirty = true;
                        break;
                    }
                    on_key(key_from_name(name));
                    dirty = true;
                    break;
                }
                default: break;
            }
        };
        if (got) {
            handle(ev);
            while (SDL_PollEvent(&ev)) handle(ev);
        }
        if (quit_requested_) running = false;
        check_idle();
        check_curator_gesture();
        service_watcher();
        for (const auto& g : gestures_.tick(now_ms_)) on_gesture(g);
        bool moving = scene_ && scene_->update(now_ms_);
        if (scene_ && scene_->take_geometry_changed() && text_) prepare_glyphs(scene_->geometry(), text_->atlas());
        moving = moving || transitioning() || idle_warning_ || (scene_ && scene_->ambient());
        if (dirty || moving) {
            render_frame();
            renderer_->present();
            dirty = moving;
            if (frames_total++ == 0) service::ready("showing " + (scene_ ? scene_->name() : std::string("nothing")));
            ++frames;
        }
        service::watchdog(now_ms_);
        if (now_ms_ - fps_window_start >= 1000) {
            frames_per_s_ = frames * 1000.0 / (now_ms_ - fps_window_start);
            frames = 0;
            fps_window_start = now_ms_;
        }
    }
    return 0;
}

int App::run() {
    if (options_.headless) return run_headless();
    return run_interactive();
}

// ---- --report --------------------------------------------------------------------

int run_report(const Options& options) {
    const std::string path = options.config_path.empty() ? find_default_config() : options.config_path;
    const ConfigLoad load = load_config(path);
    const std::string db = state_file_path(load.config.data_dir, load.config.analytics.path);
    if (!std::filesystem::exists(db)) {
        std::cout << "No visitor data yet: " << db << " does not exist.\n";
        return 0;
    }
    auto store = AnalyticsStore::open(db, /*read_only=*/true);
    if (!store) {
        std::cerr << store.error().to_string() << '\n';
        return 1;
    }
    const auto report = store.value()->report();
    std::cout << AnalyticsStore::report_text(report);
    if (!options.report_csv.empty()) {
        std::ofstream out(options.report_csv);
        out << AnalyticsStore::report_csv(report);
        if (!out) {
            std::cerr << options.report_csv << ": cannot write the CSV report\n";
            return 1;
        }
        std::cout << "\nCSV written to " << options.report_csv << '\n';
    }
    return 0;
}

// ---- --check ---------------------------------------------------------------------

int run_check(const Options& options) {
    Diagnostics all;
    const std::string path = options.config_path.empty() ? find_default_config() : options.config_path;
    ConfigLoad load = load_config(path);
    all.insert(all.end(), load.problems.begin(), load.problems.end());
    const Config& cfg = load.config;
    std::string file = cfg.resolve(cfg.content.document);
    std::string id = cfg.content.document_id;
    if (!options.document.empty()) {
        file = options.document;
        id.clear();
        if (auto hash = file.find('#'); hash != std::string::npos) {
            id = file.substr(hash + 1);
            file = file.substr(0, hash);
        }
    }
    auto doc = load_tei_document(file, id);
    if (!doc) all.push_back(doc.error());
    TimelineLoad timeline = load_timeline_csv(cfg.resolve(cfg.content.timeline));
    all.insert(all.end(), timeline.problems.begin(), timeline.problems.end());
    for (const auto& ev : timeline.timeline.events) {
        if (ev.media.empty()) continue;
        const std::string image = cfg.resolve(ev.media);
        SdlSurfacePtr surface(IMG_Load(image.c_str()));
        if (!surface)
            all.push_back({timeline.timeline.source_path, ev.line, 0,
                           "the image \"" + ev.media + "\" (" + image + ") cannot be read: " + IMG_GetError()});
    }
    if (timeline.file_ok && !timeline.timeline.find(cfg.content.document_event))
        all.push_back({cfg.path, 0, 0, "content.document_event \"" + cfg.content.document_event +
                                           "\" is not an Id in the timeline"});
    TranslationsLoad texts = load_translations(cfg.resolve(cfg.content.translations), ui_text_keys(), cfg.behaviour.languages);
    all.insert(all.end(), texts.problems.begin(), texts.problems.end());
    Diagnostics font_problems;
    auto engine = TextEngine::create(cfg, font_problems);
    all.insert(all.end(), font_problems.begin(), font_problems.end());
    if (!engine) all.push_back(engine.error());
    for (const auto& d : all) std::cout << d.to_string() << '\n';
    if (all.empty()) {
        std::cout << "All is well: " << path << ", " << file << ", " << cfg.resolve(cfg.content.timeline)
                  << " (" << timeline.timeline.events.size() << " events, " << timeline.timeline.eras.size()
                  << " eras) and the fonts check out.\n";
        return 0;
    }
    std::cout << all.size() << " problem" << (all.size() == 1 ? "" : "s") << " found.\n";
    return 1;
}

}  // namespace kiosk
