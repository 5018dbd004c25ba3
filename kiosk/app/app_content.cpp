// Loading configuration, texts, the document, the timeline and fonts, with fallbacks;
// and hot reload: watching the files and accepting an edit whole or rejecting it whole.
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
#include "platform/image_file.h"
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
    std::string why;
    const std::optional<std::pair<int, int>> size = image_file_size(path, why);
    if (!size) log::warn(path + ": cannot read the image (" + why + "); the card is shown without it");
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
        const DocumentChoice choice = choose_document(options_, c.resolve(c.content.document), c.content.document_id);
        auto d = load_tei_document(choice.file, choice.id);
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

bool App::load_document() {
    const DocumentChoice choice = choose_document(options_, config_.resolve(config_.content.document), config_.content.document_id);
    auto doc = load_tei_document(choice.file, choice.id);
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

}  // namespace kiosk
