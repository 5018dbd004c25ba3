// The app's output: a frame drawn from the scene's prepared geometry with the overlays
// of the moment, a PNG of it, and the state and layout dumps.
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "app/dumps.h"
#include "core/log.h"
#include "render/sdl_renderer.h"
#include "scenes/overlays.h"
#include "text/text_engine.h"

namespace kiosk {

void App::render_frame() {
    Scene* scene = screens_.current();
    if (!renderer_ || !scene) return;
    TextEngine* text = content_.text();
    // Without fonts the scene is only its colours: still a calm screen, never garbage.
    auto overlay = scene->dynamic_overlay();
    if (press_.active()) overlay.push_back(pressed_shade(press_.box(), settings_.visitor_config().theme.ink));
    if (const auto box = focus_.active() ? focus_.box(scene->geometry(), scene->scroll_px()) : std::nullopt) {
        const auto ring = focus_ring(*box, settings_.visitor_config().theme.accent);
        overlay.insert(overlay.end(), ring.begin(), ring.end());
    }
    if (screens_.transitioning(now_ms_))
        overlay.push_back(transition_veil(renderer_->width_px(), renderer_->height_px(), scene->geometry().background,
                                          screens_.transition_progress(now_ms_)));
    renderer_->draw(scene->geometry(), scene->scroll_px(), text ? &text->atlas() : nullptr, overlay);
    if (idle_.warning() && text) {
        const SceneGeometry warning = idle_warning_overlay(context(), idle_.seconds_left(now_ms_));
        prepare_glyphs(warning, text->atlas());
        renderer_->draw_top(warning, text->atlas());
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
    Scene* scene = screens_.current();
    nlohmann::json s;
    s["scene"] = scene ? scene->name() : "none";
    s["lang"] = settings_.language();
    s["selected_event"] = nullptr;
    s["timeline"] = nullptr;
    s["scroll"] = 0.0;
    s["text_scale"] = settings_.text_scale();
    s["reduced_motion"] = settings_.reduced_motion();
    s["high_contrast"] = settings_.high_contrast();
    s["time_ms"] = now_ms_;
    s["idle_ms"] = idle_.idle_ms(now_ms_);
    s["idle_warning"] = idle_.warning();
    s["pressed"] = press_.active() ? nlohmann::json(press_.id()) : nlohmann::json(nullptr);
    s["focus"] = focus_.active() ? nlohmann::json(focus_.id()) : nlohmann::json(nullptr);
    s["size"] = {renderer_ ? renderer_->width_px() : 0, renderer_ ? renderer_->height_px() : 0};
    s["rotation_deg"] = renderer_ ? renderer_->rotation_deg() : 0;
    s["document"] = content_.document() ? content_.document()->source_path : "";
    s["content_version"] = content_.version();
    s["last_reload"] = {{"ok", content_.last_reload_ok()}, {"problem", content_.last_reload_problem()}};
    if (scene) scene->dump_state(s);
    return s;
}

nlohmann::json App::layout_dump() const {
    Scene* scene = screens_.current();
    if (!scene) return nlohmann::json::object();
    nlohmann::json j = layout_json(scene->geometry(), scene->scroll_px(), scene->name());
    // The physical screen, so a reader of the dump can tell millimetres (12 mm targets).
    j["px_per_mm"] = screen_metrics(config().display, renderer_->width_px(), renderer_->height_px()).px_per_mm;
    return j;
}

}  // namespace kiosk
