#include "scenes/reader_scene.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/route.h"
#include "scenes/person_note.h"
#include "text/text_engine.h"

namespace kiosk {

void ReaderScene::layout(const SceneContext& ctx) {
    ctx_ = ctx;
    // The visitor's language first: a visitor who chose Русский opens on the Russian
    // translation where there is one (and a change of language mid-page turns to it, at
    // the same paragraph); the switch beside the text shows the original.
    const bool language_changed = ctx.language != laid_out_language_;
    const bool first = laid_out_language_.empty();
    laid_out_language_ = ctx.language;
    const bool translated =
        ctx.document && ctx.document->translation(ctx.language) && ctx.document->language != ctx.language;
    if (language_changed) showing_translation_ = translated;
    if (showing_translation_ && !translated) showing_translation_ = false;
    rebuild(language_changed && !first);
}

std::pair<std::string, double> ReaderScene::place() const {
    // The block whose span holds the view's top edge.
    const double top = scroll_px();
    std::string best;
    double best_top = -1e18, fraction = 0;
    for (const auto& [key, y] : layout_.anchor_y) {
        if (key.rfind("block:", 0) != 0 || y > top + 1 || y < best_top) continue;
        const auto end = layout_.anchor_y.find("block-end:" + key.substr(6));
        const double bottom = end == layout_.anchor_y.end() ? y : end->second;
        best = key.substr(6);
        best_top = y;
        fraction = bottom > y ? std::clamp((top - y) / (bottom - y), 0.0, 1.0) : 0.0;
    }
    return {best, fraction};
}

void ReaderScene::rebuild(bool keep_place_by_block) {
    // Keep the reader's place across a re-layout: by paragraph when switching between the
    // original and the translation, else by the fraction read.
    const auto [block, into] = place();
    const double old_max = scroller_.max();
    const double fraction = old_max > 0 ? scroller_.position() / old_max : 0.0;
    const SceneContext& ctx = ctx_;
    const Document* translation = ctx.document ? ctx.document->translation(ctx.language) : nullptr;
    const bool offer = translation && ctx.document->language != ctx.language;
    ReaderLayoutInput in;
    in.document = showing_translation_ && translation ? translation : ctx.document;
    in.original = ctx.document;
    in.config = ctx.config;
    in.screen = ctx.screen;
    in.text_scale = ctx.text_scale;
    in.language = ctx.language;
    in.words = ctx.words;
    in.show_timeline_button = ctx.has_timeline && !ctx.other_document && !ctx.document_event.empty() && ctx.timeline &&
                              ctx.timeline->find(ctx.document_event);
    in.offer_translation = offer;
    in.showing_translation = showing_translation_ && translation;
    in.high_contrast = ctx.high_contrast;
    if (ctx.document && ctx.listen.can_read(ctx.document->id, in.document->language))
        in.listen_label = ctx.listen.label_for(text_id(), ctx.words, ctx.language);
    if (ctx.document_index < ctx.documents.size() &&
        (ctx.documents.size() > 1 || (!ctx.documents[ctx.document_index].telegram && !ctx.other_document))) {
        // One of several: the name its door has.
        in.title = ctx.documents[ctx.document_index].title;
    } else if (ctx.other_document && ctx.document) {
        // Another FRUS document: its file number names it, else its id.
        for (const auto& b : ctx.document->blocks)
            if (b.role == BlockRole::source) {
                in.title = b.plain_text();
                break;
            }
        if (in.title.empty()) in.title = ctx.document->id;
    }
    layout_ = layout_reader(*ctx.text, in);
    if (!person_.empty() && ctx.document) {
        const auto it = ctx.document->persons.find(person_);
        if (it != ctx.document->persons.end())
            add_person_note(layout_.geometry, ctx, it->second);
        else
            person_.clear();
    }
    const double max = std::max(0.0f, layout_.geometry.content_height_px - layout_.geometry.viewport.h);
    scroller_.set_bounds(0, max);
    const auto top = layout_.anchor_y.find("block:" + block), end = layout_.anchor_y.find("block-end:" + block);
    if (keep_place_by_block && !block.empty() && top != layout_.anchor_y.end() && end != layout_.anchor_y.end())
        scroller_.set_position(top->second + into * (end->second - top->second));
    else
        scroller_.set_position(fraction * max);
    track_ = ctx.config->theme.bar;
    thumb_ = ctx.config->theme.muted;
    reduced_motion_ = ctx.reduced_motion;
    event_id_ = ctx.document_event;
    changed_ = true;
}

void ReaderScene::scroll_to(double target_px, double now_ms) {
    scroller_.animate_to(target_px, now_ms, reduced_motion_ ? 0.0 : 280.0);
}

void ReaderScene::on_gesture(const Gesture& g, double now_ms, SceneRequest& req) {
    switch (g.kind) {
        case Gesture::Kind::press:
            // A finger on a gliding page stops it, as on a phone.
            scroller_.stop();
            break;
        case Gesture::Kind::drag_begin:
            dragging_ = true;
            break;
        case Gesture::Kind::drag:
            if (dragging_) scroller_.drag_by(-g.dy_px);
            break;
        case Gesture::Kind::drag_end:
            dragging_ = false;
            if (!reduced_motion_) scroller_.fling(-g.vy_px_s, now_ms);
            break;
        case Gesture::Kind::tap: {
            const std::string id = target_at(layout_.geometry, scroll_px(), g.x_px, g.y_px);
            const Route route = parse_route(id);
            if (!person_.empty()) {  // a note is open: its Close, or a tap beside it, closes it
                if (id == "person-close" || id == "person-backdrop") {
                    person_.clear();
                    rebuild(true);
                }
                break;
            }
            if (id == "reader:listen") {
                req.listen = true;
            } else if (id == "reader:translation") {
                showing_translation_ = !showing_translation_;
                rebuild(true);
            } else if (route.is(Route::Kind::person)) {
                person_ = route.arg;
                rebuild(true);
            } else if (id == "home") {
                req.navigate_to = "home";
            } else if (id == "timeline") {
                req.navigate_to = "timeline";
                req.focus_event = event_id_;
            } else if (route.is(Route::Kind::event)) {
                req.navigate_to = id;  // what happened next, on the timeline
            } else if (route.is(Route::Kind::note_ref)) {
                const auto it = layout_.anchor_y.find(route.arg);
                if (it != layout_.anchor_y.end()) scroll_to(it->second - layout_.body_px * 2, now_ms);
            } else if (route.is(Route::Kind::note_back)) {
                const auto it = layout_.anchor_y.find("ref-" + route.arg);
                if (it != layout_.anchor_y.end()) scroll_to(it->second - layout_.geometry.viewport.h / 3, now_ms);
            }
            break;
        }
        default:
            break;
    }
}

void ReaderScene::on_wheel(float steps, double now_ms) {
    // One wheel notch: three lines, as desktop browsers do.
    const double line = std::round(layout_.body_px * 1.42);
    scroller_.animate_to(scroller_.position() - steps * 3 * line, now_ms, reduced_motion_ ? 0.0 : 120.0);
}

void ReaderScene::on_key(Key key, double now_ms, SceneRequest& req) {
    const double line = std::round(layout_.body_px * 1.42);
    const double page = std::max(line, static_cast<double>(layout_.geometry.viewport.h) - 2 * line);
    const double pos = scroller_.position();
    switch (key) {
        case Key::down:
            scroll_to(pos + 3 * line, now_ms);
            break;
        case Key::up:
            scroll_to(pos - 3 * line, now_ms);
            break;
        case Key::page_down:
        case Key::space:
            scroll_to(pos + page, now_ms);
            break;
        case Key::page_up:
            scroll_to(pos - page, now_ms);
            break;
        case Key::home:
            scroll_to(0, now_ms);
            break;
        case Key::end:
            scroll_to(scroller_.max(), now_ms);
            break;
        case Key::escape:
            if (!person_.empty()) {
                person_.clear();
                rebuild(true);
            } else {
                req.navigate_to = "home";
            }
            break;
        default:
            break;
    }
}

std::string ReaderScene::text_id() const {
    // The translation is another text (another voice, another recording).
    return showing_translation_ ? "telegram:" + ctx_.language : "telegram";
}

std::optional<SpeechSelection> ReaderScene::speech_selection() const {
    const auto& g = layout_.geometry;
    if (g.speech.empty() || !ctx_.document) return std::nullopt;
    // From the first paragraph with a line wholly on screen (or the last one begun).
    const float top = scroll_px();
    int first = -1, last_begun = 0;
    for (const auto& line : g.lines) {
        if (line.speech < 0) continue;
        if (line.box.y >= top - 1) {
            first = line.speech;
            break;
        }
        last_begun = line.speech;
    }
    if (first < 0) first = last_begun;
    // A recording goes by the original's id; its language tells a translation's apart.
    return SpeechSelection{text_id(), ctx_.document->id, first};
}

void ReaderScene::follow(const RectF& box, double now_ms) {
    // Keep the word between a tenth and two thirds of the way down; when it leaves that
    // band, bring its line to a third.
    const float view = layout_.geometry.viewport.h;
    const float top = scroll_px();
    if (box.y >= top + view * 0.1f && box.bottom() <= top + view * 0.67f) return;
    if (dragging_) return;
    const double target = std::clamp(static_cast<double>(box.y - view / 3), 0.0, scroller_.max());
    scroller_.animate_to(target, now_ms, reduced_motion_ ? 0.0 : 600.0);
}

std::vector<SceneRect> ReaderScene::dynamic_overlay() const {
    const auto& g = layout_.geometry;
    const float content = g.content_height_px, view = g.viewport.h;
    if (content <= view + 1) return {};
    // A slim bar at the right edge: where you are, and how much there is.
    const float track_w = std::max(4.0f, static_cast<float>(g.width_px) * 0.004f);
    const float x = static_cast<float>(g.width_px) - track_w - 4;
    const float inset = 8;
    const float track_h = view - 2 * inset;
    const float thumb_h = std::max(track_w * 6, track_h * view / content);
    const float max = std::max(1.0f, content - view);
    const float thumb_y = g.viewport.y + inset + (track_h - thumb_h) * (scroll_px() / max);
    return {{{x, g.viewport.y + inset, track_w, track_h}, track_, Layer::fixed, track_w / 2},
            {{x, thumb_y, track_w, thumb_h}, thumb_, Layer::fixed, track_w / 2}};
}

void ReaderScene::dump_state(nlohmann::json& state) const {
    state["scroll"] = scroll_px();
    state["scroll_max"] = scroller_.max();
    state["scroll_fraction"] = scroller_.max() > 0 ? scroll_px() / scroller_.max() : 0.0;
    state["reader"] = {
        {"translation", showing_translation_},
        {"person", person_.empty() ? nlohmann::json(nullptr) : nlohmann::json(person_)},
        {"paragraph", place().first},
        {"body_px", layout_.body_px},
        {"measure_px", layout_.measure_px},
        {"chars_per_line", layout_.average_char_px > 0 ? layout_.measure_px / layout_.average_char_px : 0},
        {"moving", scroller_.moving()}};
}

}  // namespace kiosk
