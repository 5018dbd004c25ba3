// The app's output: the frame to draw (the scene's prepared geometry with the overlays
// of the moment), and the state and layout dumps.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "app/app.h"
#include "app/dumps.h"
#include "core/log.h"
#include "platform/host_name.h"
#include "platform/process_memory.h"
#include "scenes/overlays.h"
#include "scenes/palette.h"
#include "text/text_engine.h"

namespace kiosk {

FramePicture App::frame() {
    FramePicture picture;
    picture.images_version = images_version_;
    Scene* scene = screens_.current();
    if (!scene) return picture;
    TextEngine* text = content_.text();
    picture.scene = &scene->geometry();
    picture.scroll_px = scene->scroll_px();
    // Without fonts the scene is only its colours: still a calm screen, never garbage.
    picture.atlas = text ? &text->atlas() : nullptr;
    picture.overlay = scene->dynamic_overlay();
    const ThemeConfig& theme = settings_.visitor_config().theme;
    if (press_.active()) picture.overlay.push_back(pressed_shade(press_.box(), theme.ink));
    if (const auto box = focus_.active() ? focus_.box(scene->geometry(), scene->scroll_px()) : std::nullopt) {
        const auto ring = focus_ring(*box, theme.accent);
        picture.overlay.insert(picture.overlay.end(), ring.begin(), ring.end());
    }
    if (screens_.transitioning(now_ms_))
        picture.overlay.push_back(transition_veil(canvas_.width_px, canvas_.height_px, scene->geometry().background,
                                                  screens_.transition_progress(now_ms_)));
    const Color highlight = reading_highlight(theme, settings_.high_contrast());
    for (const auto& w : heard_word_boxes())
        (w.on_top ? picture.underlay.top : picture.underlay.scene)
            .push_back({w.box, highlight, w.layer, w.box.h * 0.18f});
    if (idle_.warning() && text) {
        const SceneContext ctx = context();
        const int seconds_left = idle_.seconds_left(now_ms_);
        // The snapshot's config and the text engine change with the content; the rest
        // is the card's own say.
        const std::string key = std::to_string(seconds_left) + '|' + ctx.language + '|' +
                                std::to_string(ctx.text_scale) + '|' + std::to_string(ctx.screen.width_px) + 'x' +
                                std::to_string(ctx.screen.height_px) + '|' + (ctx.high_contrast ? "hc" : "") + '|' +
                                std::to_string(reinterpret_cast<std::uintptr_t>(ctx.config)) + '|' +
                                std::to_string(reinterpret_cast<std::uintptr_t>(text));
        if (key != idle_card_.key) idle_card_ = {key, idle_warning_overlay(ctx, seconds_left)};
        picture.top = idle_card_.geometry;
        prepare_glyphs(*picture.top, text->atlas());  // the atlas may have started afresh
    }
    return picture;
}

void App::record_frame_ms(double drawing_ms) {
    if (screens_.current()) frames_.record(drawing_ms);
}

nlohmann::json App::state_json() const {
    Scene* scene = screens_.current();
    // The figures the health file reports too, gathered once (health()): the state
    // and the health file can never disagree on them.
    const KioskHealth h = health();
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
    s["size"] = {canvas_.width_px, canvas_.height_px};
    s["rotation_deg"] = canvas_.rotation_deg;
    {
        const Document* shown = content_.document(reading_) ? content_.document(reading_) : content_.document();
        s["document"] = shown ? shown->source_path : "";
        // Every document offered: its door's name, its event, and whether it could be loaded.
        nlohmann::json docs = nlohmann::json::array();
        const auto& entries = content_.document_entries();
        for (std::size_t i = 0; i < entries.size(); ++i)
            docs.push_back({{"title", entries[i].title_in(settings_.language())},
                            {"event", entries[i].event},
                            {"file", entries[i].file},
                            {"loaded", content_.document(i) != nullptr}});
        s["documents"] = docs;
    }
    s["content_version"] = h.content_version;
    s["content_commit"] = h.content_commit;
    s["kiosk_name"] = h.name;
    s["last_reload"] = {{"ok", h.last_reload_ok}, {"problem", content_.last_reload_problem()}};
    // What the visitor cannot see and why: every error with its file and line (rows
    // and lines left out, a document or timeline refused), warnings aside.
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& d : content_.problems())
        if (d.severity == Diagnostic::Severity::error && errors.size() < 50) errors.push_back(d.to_string());
    s["content_errors"] = errors;
    s["shown"] = {{"document", content_.document() != nullptr}, {"timeline", content_.timeline() != nullptr}};
    s["narration"] = narrator_.state_json();
    if (const TextEngine* text = content_.text())
        s["glyph_atlas"] = {{"pages", text->atlas().pages().size()},
                            {"glyphs", text->atlas().glyph_count()},
                            {"page_px", text->atlas().pages().empty() ? 0 : text->atlas().pages().front().size_px}};
    s["frames"] = {{"count", h.frames},        {"p50_ms", h.frame_p50_ms},    {"p95_ms", h.frame_p95_ms},
                   {"p99_ms", h.frame_p99_ms}, {"dropped", h.frames_dropped}, {"worst_ms", frames_.worst_ms()}};
    s["input"] = {{"moves_received", moves_.received}, {"moves_handled", moves_.handled}};
    s["memory_kb"] = h.resident_bytes / 1024;
    if (scene) scene->dump_state(s);
    return s;
}

nlohmann::json App::layout_dump() const {
    Scene* scene = screens_.current();
    if (!scene) return nlohmann::json::object();
    TextEngine* text = content_.text();
    auto known = [text](int face) {
        return text && face >= 0 && static_cast<std::size_t>(face) < text->fonts().face_count();
    };
    nlohmann::json j = layout_json(
        scene->geometry(), scene->scroll_px(), scene->name(),
        [&](int face) { return known(face) ? text->fonts().face(face).size_px() : 0.0f; },
        [&](int face) { return known(face) ? text->fonts().face(face).metrics().cap_height_px : 0.0f; });
    // The physical screen, so a reader of the dump can tell millimetres (12 mm targets).
    j["px_per_mm"] = screen_metrics(config().display, canvas_.width_px, canvas_.height_px).px_per_mm;
    // The word being read aloud, where it is lit: window pixels, and whether it shows.
    nlohmann::json lit = nlohmann::json::array();
    const auto heard = narrator_.heard();
    const Color highlight = reading_highlight(settings_.visitor_config().theme, settings_.high_contrast());
    const RectF& view = scene->geometry().viewport;
    for (const auto& w : heard_word_boxes()) {
        const float dy = w.layer == Layer::content ? view.y - scene->scroll_px() : 0.0f;
        const RectF b{w.box.x, w.box.y + dy, w.box.w, w.box.h};
        const bool visible = w.layer == Layer::fixed || (b.y >= view.y - 1 && b.bottom() <= view.bottom() + 1);
        lit.push_back({{"text", heard->text},
                       {"x", b.x},
                       {"y", b.y},
                       {"w", b.w},
                       {"h", b.h},
                       {"visible", visible},
                       {"fg", w.line ? w.line->fg.to_hex() : ""},
                       {"bg", highlight.to_hex()}});
    }
    j["lit"] = lit;
    return j;
}

}  // namespace kiosk
