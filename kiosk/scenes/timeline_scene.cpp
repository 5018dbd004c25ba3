// Sections: 1. layout (sizes, labels shaped once)  2. rebuild (placing everything for
// the current view: eras, axis, ticks, markers, labels, chips)  3. the event card
// 4. gestures, wheel, keys  5. motion  6. state.
#include "scenes/timeline_scene.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

#include "scenes/label_placement.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

constexpr double glide_time_constant_ms = 325;  // the same glide as the reader's pages
constexpr double animation_ms = 260;            // zooms and jumps; GUIDE: at most 300 ms
constexpr double days_per_year = 365.2425;

Color with_alpha(Color c, std::uint8_t a) {
    c.a = a;
    return c;
}

std::vector<std::string> month_abbrevs(const std::string& lang) {
    if (lang == "ru") return {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
    return {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}

TypesetParagraph set_text(TextEngine& text, const std::string& content, int face, const std::vector<std::string>& features,
                          float measure, Alignment align, Hyphenation hyph, const std::string& lang, float body_px) {
    ParagraphSpec spec;
    spec.styles.push_back({face, features, 0, 0});
    spec.runs.push_back({content, 0, {}});
    spec.measure_px = measure;
    spec.align = align;
    spec.hyphenation = hyph;
    spec.language = lang;
    spec.kp.emergency_stretch_px = body_px * 1.5f;
    return text.setter(lang).set(spec);
}

}  // namespace

Color TimelineScene::category_color(Category c) const {
    switch (c) {
        case Category::diplomacy: return {0x2f, 0x5d, 0x8c};
        case Category::conflict: return {0x8c, 0x2f, 0x1f};
        case Category::trade: return {0x2e, 0x7d, 0x4f};
        case Category::treaty: return {0x6a, 0x4c, 0x93};
        case Category::science: return {0x1f, 0x7a, 0x8c};
        case Category::crisis: return {0xb0, 0x60, 0x1a};
    }
    return ctx_.config->theme.ink;
}

// ---- 1. layout --------------------------------------------------------------------

void TimelineScene::layout(const SceneContext& ctx) {
    ctx_ = ctx;
    text_cache_.clear();
    const auto& screen = ctx.screen;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    chrome_ = chrome_style(screen, ctx.text_scale);
    bar_h_ = chrome_.button_h_px + 2 * chrome_.pad_px;
    const float body = nominal_body_px(ctx.config->typography, screen) * ctx.text_scale;
    // Labels are read at a glance from a step back: about two thirds of the body size
    // (never below 15 px), so that a dozen or more find room at once.
    label_px_ = std::round(std::clamp(body * 0.62f, 15.0f, std::min(W, H) * 0.04f));
    small_px_ = std::round(label_px_ * 0.8f);
    prepare_labels();

    float tallest = 0;
    for (const auto& [id, l] : labels_) tallest = std::max(tallest, l.height);
    lane_h_ = tallest + label_px_ * 0.5f;
    const float hint_h = small_px_ * 2.2f;
    const float chip_h = std::max(screen.min_target_px, label_px_ * 2.0f);
    const float tick_h = small_px_ * 2.0f;
    axis_y_ = std::round(H - hint_h - chip_h - tick_h - label_px_ * 0.6f);
    plot_top_ = bar_h_ + small_px_ * 2.4f;
    lanes_ = std::clamp(static_cast<int>((axis_y_ - plot_top_ - label_px_) / lane_h_), 1, 14);

    const float margin = std::max(16.0f, W * 0.02f);
    scale_.set_pixels(margin, W - margin);
    double min_day = 0, max_day = 1;
    if (ctx.timeline && !ctx.timeline->events.empty()) {
        min_day = ctx.timeline->events.front().start_day();
        max_day = min_day;
        for (const auto& e : ctx.timeline->events) max_day = std::max(max_day, e.end_day());
        for (const auto& e : ctx.timeline->eras) {
            min_day = std::min(min_day, static_cast<double>(e.start.first_day()));
            max_day = std::max(max_day, static_cast<double>(e.end.last_day()));
        }
    }
    // A little room at both ends so the first and last markers are not on the edge.
    const double pad = std::max(365.0, (max_day - min_day) * 0.03);
    const double old_from = scale_.from_day(), old_to = scale_.to_day();
    scale_.set_limits(min_day - pad, max_day + pad, 120, max_day - min_day + 2 * pad);
    if (!laid_out_) {
        scale_.set_range(min_day - pad, max_day + pad);
        const std::string& centre_on = !selected_.empty() ? selected_ : focus_event_;
        if (ctx.timeline && !centre_on.empty()) {
            if (const TimelineEvent* ev = ctx.timeline->find(centre_on)) {
                const double mid = (ev->start_day() + ev->end_day()) / 2;
                const double span = 8 * days_per_year;
                scale_.set_range(mid - span / 2, mid + span / 2);
            }
        }
        laid_out_ = true;
    } else {
        scale_.set_range(old_from, old_to);  // a new size or language keeps the visitor's view
    }
    if (!selected_.empty() && (!ctx.timeline || !ctx.timeline->find(selected_))) selected_.clear();
    rebuild();
}

void TimelineScene::prepare_labels() {
    labels_.clear();
    if (!ctx_.timeline) return;
    TextEngine& text = *ctx_.text;
    const auto& theme = ctx_.config->theme;
    const int date_face = text.face(FontRole::label, small_px_);
    const int head_face = text.face(FontRole::label_strong, label_px_);
    const float measure = label_px_ * 11.5f;
    const float pad = label_px_ * 0.45f;
    for (const auto& ev : ctx_.timeline->events) {
        EventLabel label;
        float y = pad;
        const float date_h = std::round(small_px_ * 1.35f);
        SceneLine date = make_label_line(text, ev.display_date_in(ctx_.language), date_face, {"kern", "tnum"}, pad, y, date_h, theme.muted,
                                         theme.paper, "event", ev.id, Layer::fixed, ctx_.language);
        y += date_h;
        label.lines.push_back(std::move(date));
        const auto tp = set_text(text, ev.headline_in(ctx_.language), head_face, {"kern"}, measure, Alignment::left, Hyphenation::off,
                                 ctx_.language, label_px_);
        y = append_paragraph_lines(label.lines, text, tp, head_face, pad, y, std::round(label_px_ * 1.22f), {"event", ev.id, theme.ink, theme.paper, theme.accent, Layer::fixed, measure});
        float w = 0;
        for (const auto& l : label.lines) w = std::max(w, l.box.x + l.box.w);
        label.width = w + pad;
        label.height = y + pad * 0.8f;
        labels_[ev.id] = std::move(label);
    }
}

// ---- 2. rebuild -------------------------------------------------------------------

void TimelineScene::rebuild() {
    const auto& theme = ctx_.config->theme;
    TextEngine& text = *ctx_.text;
    const auto& screen = ctx_.screen;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    SceneGeometry g = empty_geometry(screen.width_px, screen.height_px, theme.paper);
    changed_ = true;

    auto cached = [&](const std::string& s, FontRole role, float px, Color fg, const std::string& line_role) {
        const std::string key = line_role + "|" + s + "|" + std::to_string(px);
        auto it = text_cache_.find(key);
        if (it == text_cache_.end()) {
            it = text_cache_.emplace(key, make_label_line(text, s, text.face(role, px), {"kern", "tnum"}, 0, 0,
                                                          std::round(px * 1.4f), fg, theme.paper, line_role, "",
                                                          Layer::fixed, ctx_.language)).first;
        }
        return it->second;
    };

    // Eras: background bands, named at the top where the name fits.
    const float band_top = bar_h_;
    if (ctx_.timeline) {
        for (const auto& era : ctx_.timeline->eras) {
            const float x0 = std::max(0.0f, scale_.x_of(static_cast<double>(era.start.first_day())));
            const float x1 = std::min(W, scale_.x_of(static_cast<double>(era.end.last_day())));
            if (x1 <= x0) continue;
            g.rects.push_back({{x0, band_top, x1 - x0, axis_y_ - band_top}, era.background, Layer::fixed, 0});
            SceneLine name = cached(era.headline_in(ctx_.language), FontRole::label, small_px_, theme.ink, "era");
            name.id = era.id;
            if (name.box.w + small_px_ <= x1 - x0) {
                const float dx = std::clamp((x0 + x1) / 2 - name.box.w / 2, x0 + small_px_ / 2, x1 - small_px_ / 2 - name.box.w);
                name.box.x = dx;
                name.baseline_y += band_top + small_px_ * 0.4f;
                name.box.y += band_top + small_px_ * 0.4f;
                g.lines.push_back(std::move(name));
            }
        }
    }

    // The axis and its ticks.
    g.rects.push_back({{0, axis_y_ - 1, W, 2}, theme.muted, Layer::fixed, 0});
    const float year_w = cached("0000", FontRole::label, small_px_, theme.ink, "tick").box.w;
    for (const auto& t : ticks_for(scale_, year_w * 2.2f, month_abbrevs(ctx_.language))) {
        const float x = std::round(scale_.x_of(t.day));
        const float tick_len = t.year_start ? small_px_ * 0.7f : small_px_ * 0.45f;
        g.rects.push_back({{x - 0.75f, axis_y_, 1.5f, tick_len}, theme.muted, Layer::fixed, 0});
        SceneLine l = cached(t.label, FontRole::label, small_px_, theme.ink, "tick");
        l.box.x = x - l.box.w / 2;
        if (l.box.x < 2 || l.box.right() > W - 2) continue;
        const float top = axis_y_ + tick_len + small_px_ * 0.1f;
        l.baseline_y += top;
        l.box.y += top;
        g.lines.push_back(std::move(l));
    }

    // Events in view: spans as bars, markers as dots, labels placed without overlap.
    std::vector<LabelRequest> requests;
    std::vector<const TimelineEvent*> in_view;
    const float r_marker = std::max(5.0f, label_px_ * 0.32f);
    if (ctx_.timeline) {
        for (const auto& ev : ctx_.timeline->events) {
            const float xs = scale_.x_of(ev.start_day());
            const float xe = scale_.x_of(ev.end_day());
            if (xe < -r_marker || xs > W + r_marker) continue;
            const Color cc = category_color(ev.category);
            if (ev.is_span()) {
                const float h = std::max(6.0f, r_marker * 1.1f);
                const float x0 = std::max(-10.0f, xs), x1 = std::min(W + 10, std::max(xe, xs + h));
                g.rects.push_back({{x0, axis_y_ - h / 2, x1 - x0, h}, with_alpha(cc, 150), Layer::fixed, h / 2});
            }
            if (xs >= 0 && xs <= W) {
                const int idx = static_cast<int>(in_view.size());
                in_view.push_back(&ev);
                const auto it = labels_.find(ev.id);
                if (it != labels_.end()) requests.push_back({idx, xs, it->second.width, ev.highlight ? 1 : 0});
            }
        }
    }
    LabelLayoutParams lp;
    lp.lanes = lanes_;
    lp.gap_px = label_px_ * 0.6f;
    lp.min_x = 4;
    lp.max_x = W - 4;
    lp.chip_width_px = std::max(screen.min_target_px * 1.3f, label_px_ * 3.2f);
    const LabelLayout placed = place_labels(requests, lp);

    // Markers of every event in view (under the labels' leader lines).
    for (const auto* ev : in_view) {
        const float x = scale_.x_of(ev->start_day());
        const Color cc = category_color(ev->category);
        if (ev->highlight) {
            const float R = r_marker * 1.7f;
            g.rects.push_back({{x - R, axis_y_ - R, 2 * R, 2 * R}, *ev->highlight, Layer::fixed, R});
            g.rects.push_back({{x - R + 3, axis_y_ - R + 3, 2 * R - 6, 2 * R - 6}, theme.paper, Layer::fixed, R - 3});
        }
        g.rects.push_back({{x - r_marker, axis_y_ - r_marker, 2 * r_marker, 2 * r_marker}, cc, Layer::fixed, r_marker});
    }
    std::vector<SceneTarget> label_targets;
    // Leaders first, all of them, so that no leader crosses another label's box.
    auto label_top = [&](const PlacedLabel& p, const EventLabel& label) {
        return axis_y_ - r_marker * 2.2f - static_cast<float>(p.lane) * lane_h_ - label.height;
    };
    for (const auto& p : placed.placed) {
        const TimelineEvent* ev = in_view[static_cast<std::size_t>(p.item)];
        const EventLabel& label = labels_.at(ev->id);
        const float x = scale_.x_of(ev->start_day());
        const float bottom = label_top(p, label) + label.height;
        const float lx = std::clamp(x, p.left + 2, p.left + p.width - 2);
        g.rects.push_back({{lx - 0.75f, bottom, 1.5f, axis_y_ - r_marker - bottom}, with_alpha(theme.muted, 200), Layer::fixed, 0});
    }
    for (const auto& p : placed.placed) {
        const TimelineEvent* ev = in_view[static_cast<std::size_t>(p.item)];
        const EventLabel& label = labels_.at(ev->id);
        const float x = scale_.x_of(ev->start_day());
        const float top = label_top(p, label);
        const Color edge = ev->highlight ? *ev->highlight : category_color(ev->category);
        g.rects.push_back({{p.left, top, p.width, label.height}, with_alpha(edge, ev->highlight ? 255 : 90), Layer::fixed, label_px_ * 0.35f});
        const float inset = ev->highlight ? 2.5f : 1.0f;
        g.rects.push_back({{p.left + inset, top + inset, p.width - 2 * inset, label.height - 2 * inset},
                           with_alpha(theme.paper, 245), Layer::fixed, label_px_ * 0.35f - inset});
        g.rects.push_back({{p.left + inset, top + label.height * 0.2f, label_px_ * 0.18f, label.height * 0.6f}, edge,
                           Layer::fixed, label_px_ * 0.09f});
        for (SceneLine l : label.lines) {
            l.box.x += p.left;
            l.box.y += top;
            l.baseline_y += top;
            g.lines.push_back(std::move(l));
        }
        // The marker too opens the card; a label (added later) wins where they meet.
        const float m = screen.min_target_px;
        g.targets.push_back({"event:" + ev->id, {x - m / 2, axis_y_ - m / 2, m, m}, Layer::fixed});
        label_targets.push_back({"event:" + ev->id, {p.left, top, p.width, label.height}, Layer::fixed});
    }
    g.targets.insert(g.targets.end(), label_targets.begin(), label_targets.end());

    // "+N" chips for the labels that found no room: tap to zoom in on them.
    cluster_ranges_.clear();
    const float chip_h = std::max(screen.min_target_px, label_px_ * 1.9f);
    const float chip_y = axis_y_ + small_px_ * 2.2f + label_px_ * 0.2f;
    for (std::size_t c = 0; c < placed.clusters.size(); ++c) {
        const auto& cl = placed.clusters[c];
        double a = 1e18, b = -1e18;
        for (int item : cl.items) {
            a = std::min(a, in_view[static_cast<std::size_t>(item)]->start_day());
            b = std::max(b, in_view[static_cast<std::size_t>(item)]->start_day());
        }
        cluster_ranges_.push_back({a, b});
        const RectF box{cl.x - cl.width / 2, chip_y, cl.width, chip_h};
        g.rects.push_back({box, theme.ink, Layer::fixed, chip_h / 2});
        SceneLine l = make_label_line(text, "+" + std::to_string(cl.items.size()), text.face(FontRole::label_strong, label_px_),
                                      {"kern", "tnum"}, 0, box.y, box.h, theme.paper, theme.ink, "cluster",
                                      "cluster:" + std::to_string(c), Layer::fixed, ctx_.language);
        l.box.x = box.x + (box.w - l.box.w) / 2;
        g.lines.push_back(std::move(l));
        g.targets.push_back({"cluster:" + std::to_string(c), box, Layer::fixed});
    }

    // How to use it, in one quiet line at the bottom.
    SceneLine hint = cached(ui_text("timeline.hint", ctx_.language), FontRole::label, small_px_, theme.muted, "hint");
    if (hint.box.w < W - 20) {
        hint.box.x = (W - hint.box.w) / 2;
        const float top = H - small_px_ * 2.0f;
        hint.box.y += top;
        hint.baseline_y += top;
        g.lines.push_back(std::move(hint));
    }

    // The bar last, over the bands.
    std::vector<ButtonSpec> right;
    if (ctx_.document) right.push_back({"telegram", ui_text("timeline.to_telegram", ctx_.language), false});
    add_top_bar(g, text, theme, chrome_, {{"home", ui_text("nav.home", ctx_.language), false}},
                ui_text("timeline.title", ctx_.language), right, ctx_.language);
    geometry_ = std::move(g);
    if (!selected_.empty() && ctx_.timeline) {
        if (const TimelineEvent* ev = ctx_.timeline->find(selected_)) build_card(*ev);
    }
}

// ---- 3. the event card ---------------------------------------------------------------

void TimelineScene::build_card(const TimelineEvent& ev) {
    const auto& theme = ctx_.config->theme;
    TextEngine& text = *ctx_.text;
    const auto& screen = ctx_.screen;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    const float margin = std::max(12.0f, std::min(W, H) * 0.04f);
    float body = std::max(16.0f, nominal_body_px(ctx_.config->typography, screen) * ctx_.text_scale * 0.85f);
    const bool can_read = ctx_.document && ev.id == ctx_.config->content.document_event;

    for (int attempt = 0; attempt < 6; ++attempt, body *= 0.9f) {
        const float pad = std::round(body * 1.1f);
        const float card_w = std::min(W - 2 * margin, body * 0.45f * 62 + 2 * pad);
        const float measure = card_w - 2 * pad;
        std::vector<SceneLine> lines;
        std::vector<SceneImage> images;
        std::vector<SceneRect> rects;
        float y = pad;
        // Category and date.
        const float small = std::round(body * 0.72f);
        SceneLine cat = make_label_line(text, ui_text(std::string("category.") + category_name(ev.category), ctx_.language),
                                        text.face(FontRole::label_strong, small), {"kern"}, pad, y, std::round(small * 1.5f),
                                        category_color(ev.category), theme.paper, "category", ev.id, Layer::fixed, ctx_.language);
        SceneLine date = make_label_line(text, ev.display_date_in(ctx_.language), text.face(FontRole::label, small), {"kern", "tnum"},
                                         pad + cat.box.w + small, y, std::round(small * 1.5f), theme.muted, theme.paper,
                                         "date", ev.id, Layer::fixed, ctx_.language);
        y += cat.box.h;
        if (date.box.right() > card_w - pad) {  // no room beside the category: below it
            date.box.x = pad;
            date.box.y = y;
            date.baseline_y += cat.box.h;
            y += date.box.h;
        }
        lines.push_back(std::move(cat));
        lines.push_back(std::move(date));
        y += small * 0.4f;
        // Headline.
        const float head_px = std::round(body * 1.45f);
        const int head_face = text.face(FontRole::display, head_px);
        auto tp = set_text(text, ev.headline_in(ctx_.language), head_face, {"kern", "liga", "onum"}, measure, Alignment::left, Hyphenation::off,
                           ctx_.language, head_px);
        y = append_paragraph_lines(lines, text, tp, head_face, pad, y, std::round(head_px * 1.18f), {"heading", ev.id, theme.ink, theme.paper, theme.accent, Layer::fixed, measure});
        y += body * 0.5f;
        // Image, if it can be read; a missing image leaves the card without it.
        if (!ev.media.empty() && ctx_.image_size) {
            const std::string path = ctx_.config->resolve(ev.media);
            if (auto size = ctx_.image_size(path)) {
                const float max_h = H * 0.3f;
                float w = measure, h = measure * static_cast<float>(size->second) / static_cast<float>(size->first);
                if (h > max_h) {
                    w *= max_h / h;
                    h = max_h;
                }
                images.push_back({path, {pad + (measure - w) / 2, y, w, h}, Layer::fixed});
                rects.push_back({{pad + (measure - w) / 2 - 1, y - 1, w + 2, h + 2}, theme.muted, Layer::fixed, 0});
                y += h + body * 0.3f;
                const std::string caption = ev.media_caption + (ev.media_credit.empty() ? "" : " " + ev.media_credit);
                if (!caption.empty()) {
                    const int cap_face = text.face(FontRole::body_italic, small);
                    auto cp = set_text(text, caption, cap_face, {"kern", "liga", "onum"}, measure, Alignment::left,
                                       Hyphenation::off, ctx_.language, small);
                    y = append_paragraph_lines(lines, text, cp, cap_face, pad, y, std::round(small * 1.3f), {"caption", ev.id, theme.muted, theme.paper, theme.accent, Layer::fixed, measure});
                }
                y += body * 0.4f;
            }
        }
        // Text, justified by the same engine as the telegram.
        const int body_face = text.face(FontRole::body, body);
        // Justified where the language can be hyphenated; ragged otherwise, since a
        // narrow justified column without hyphens opens rivers of space.
        const bool can_justify = text.hyphenator(ctx_.language) != nullptr;
        auto bp = set_text(text, ev.text_in(ctx_.language), body_face, {"kern", "liga", "onum"}, measure,
                           can_justify ? Alignment::justify : Alignment::left, Hyphenation::on,
                           ctx_.language, body);
        y = append_paragraph_lines(lines, text, bp, body_face, pad, y, std::round(body * 1.38f), {"p", ev.id, theme.ink, theme.paper, theme.accent, Layer::fixed, measure});
        y += body * 0.5f;
        // Source.
        const int src_face = text.face(FontRole::body_italic, small);
        auto sp = set_text(text, ui_text("card.source", ctx_.language) + " " + ev.source, src_face, {"kern", "liga", "onum"},
                           measure, Alignment::left, Hyphenation::off, ctx_.language, small);
        y = append_paragraph_lines(lines, text, sp, src_face, pad, y, std::round(small * 1.35f), {"source", ev.id, theme.muted, theme.paper, theme.accent, Layer::fixed, measure});
        y += body * 0.7f;
        // Buttons.
        const float button_y = y;
        y += chrome_.button_h_px + pad;
        const float card_h = y;
        if (card_h > H - 2 * margin && attempt < 5) continue;

        const float cx = std::round((W - card_w) / 2), cy = std::round(std::max(margin, (H - card_h) / 2));
        auto& top = geometry_.top_rects;
        top.push_back({{0, 0, W, H}, with_alpha(theme.ink, 120), Layer::fixed, 0});
        top.push_back({{cx - 1, cy - 1, card_w + 2, card_h + 2}, theme.muted, Layer::fixed, 16});
        top.push_back({{cx, cy, card_w, card_h}, theme.paper, Layer::fixed, 15});
        top.push_back({{cx, cy + 15, 5, card_h - 30}, category_color(ev.category), Layer::fixed, 2});
        for (auto r : rects) {
            r.box.x += cx;
            r.box.y += cy;
            top.push_back(r);
        }
        for (auto im : images) {
            im.box.x += cx;
            im.box.y += cy;
            geometry_.top_images.push_back(im);
        }
        for (auto l : lines) {
            l.box.x += cx;
            l.box.y += cy;
            l.baseline_y += cy;
            geometry_.top_lines.push_back(std::move(l));
        }
        // Targets: the backdrop closes; the card itself swallows taps; then the buttons.
        geometry_.targets.push_back({"card-backdrop", {0, 0, W, H}, Layer::fixed});
        geometry_.targets.push_back({"card", {cx, cy, card_w, card_h}, Layer::fixed});
        SceneGeometry buttons;
        buttons.width_px = geometry_.width_px;
        float bx = cx + card_w - pad;
        std::vector<ButtonSpec> specs{{"card-close", ui_text("card.close", ctx_.language), false}};
        if (can_read) specs.insert(specs.begin(), {"card-read", ui_text("card.read", ctx_.language), true});
        for (auto it = specs.rbegin(); it != specs.rend(); ++it) {
            const float w = button_width(text, chrome_, it->label, ctx_.language);
            bx -= w;
            add_button(buttons, text, theme, chrome_, *it, {bx, cy + button_y, w, chrome_.button_h_px}, ctx_.language);
            bx -= chrome_.pad_px;
        }
        for (auto& r : buttons.rects) top.push_back(r);
        for (auto& l : buttons.lines) geometry_.top_lines.push_back(std::move(l));
        for (auto& t : buttons.targets) geometry_.targets.push_back(t);
        return;
    }
}

void TimelineScene::open_card(const std::string& id) {
    selected_ = id;
    rebuild();
}

// ---- 4. input -------------------------------------------------------------------------

void TimelineScene::tap(float x, float y, double now_ms, SceneRequest& req) {
    const std::string id = target_at(geometry_, 0, x, y);
    if (!selected_.empty()) {
        if (id == "card-close" || id == "card-backdrop") {
            selected_.clear();
            rebuild();
        } else if (id == "card-read") {
            req.navigate_to = "telegram";
        }
        return;
    }
    if (id == "home") req.navigate_to = "home";
    else if (id == "telegram") req.navigate_to = "telegram";
    else if (id.rfind("event:", 0) == 0) open_card(id.substr(6));
    else if (id.rfind("cluster:", 0) == 0) {
        const auto i = static_cast<std::size_t>(std::stoul(id.substr(8)));
        if (i < cluster_ranges_.size()) {
            const auto [a, b] = cluster_ranges_[i];
            const double pad = std::max(120.0, (b - a) * 0.25);
            animate_to(a - pad, b + pad, now_ms);
        }
    }
}

void TimelineScene::on_gesture(const Gesture& g, double now_ms, SceneRequest& req) {
    const bool card = !selected_.empty();
    switch (g.kind) {
        case Gesture::Kind::press:
            gliding_ = false;  // a finger stops the glide, as on a phone
            break;
        case Gesture::Kind::drag_begin: dragging_ = !card; break;
        case Gesture::Kind::drag:
            if (dragging_) {
                animating_ = false;
                scale_.pan_px(g.dx_px);
                rebuild();
            }
            break;
        case Gesture::Kind::drag_end:
            if (dragging_ && !ctx_.reduced_motion && g.vx_px_s != 0) {
                gliding_ = true;
                glide_v_px_ms_ = g.vx_px_s / 1000.0;
                glide_start_ms_ = glide_last_ms_ = now_ms;
            }
            dragging_ = false;
            break;
        case Gesture::Kind::pinch_begin:
            gliding_ = animating_ = false;
            dragging_ = false;
            break;
        case Gesture::Kind::pinch:
            if (!card) {
                // Zoom around the fingers' previous centre, then let that day follow the
                // centre's move: the day between the fingers stays between them. (Zoom
                // first: at the whole span there is no room to pan.)
                scale_.zoom(g.scale, g.x_px - g.dx_px);
                scale_.pan_px(g.dx_px);
                rebuild();
            }
            break;
        case Gesture::Kind::double_tap:
            if (!card && target_at(geometry_, 0, g.x_px, g.y_px).empty()) {
                TimeScale target = scale_;
                target.zoom(2.5, g.x_px);
                animate_to(target.from_day(), target.to_day(), now_ms);
            }
            break;
        case Gesture::Kind::tap: tap(g.x_px, g.y_px, now_ms, req); break;
        default: break;
    }
}

void TimelineScene::on_wheel(float steps, double) {
    if (!selected_.empty()) return;
    scale_.zoom(std::pow(1.25, steps), (scale_.x0_px() + scale_.x1_px()) / 2);
    rebuild();
}

void TimelineScene::on_key(Key key, double now_ms, SceneRequest& req) {
    if (key == Key::escape) {
        if (!selected_.empty()) {
            selected_.clear();
            rebuild();
        } else {
            req.navigate_to = "home";
        }
        return;
    }
    if (!selected_.empty()) return;
    TimeScale target = scale_;
    const float mid = (scale_.x0_px() + scale_.x1_px()) / 2;
    const float quarter = (scale_.x1_px() - scale_.x0_px()) / 4;
    switch (key) {
        case Key::left: target.pan_px(quarter); break;
        case Key::right: target.pan_px(-quarter); break;
        case Key::plus:
        case Key::up: target.zoom(1.6, mid); break;
        case Key::minus:
        case Key::down: target.zoom(1 / 1.6, mid); break;
        default: return;
    }
    animate_to(target.from_day(), target.to_day(), now_ms);
}

// ---- 5. motion ------------------------------------------------------------------------

void TimelineScene::animate_to(double from_day, double to_day, double now_ms) {
    gliding_ = false;
    if (ctx_.reduced_motion) {
        scale_.set_range(from_day, to_day);
        rebuild();
        return;
    }
    TimeScale target = scale_;
    target.set_range(from_day, to_day);  // within the limits
    animating_ = true;
    anim_start_ms_ = now_ms;
    anim_from0_ = scale_.from_day();
    anim_to0_ = scale_.to_day();
    anim_from1_ = target.from_day();
    anim_to1_ = target.to_day();
}

bool TimelineScene::update(double now_ms) {
    bool moved = false;
    if (gliding_) {
        const double t0 = glide_last_ms_ - glide_start_ms_, t1 = now_ms - glide_start_ms_;
        const double tau = glide_time_constant_ms;
        const double dx = glide_v_px_ms_ * tau * (std::exp(-t0 / tau) - std::exp(-t1 / tau));
        const double before = scale_.from_day();
        scale_.pan_px(static_cast<float>(dx));
        glide_last_ms_ = now_ms;
        const double v_px_s = std::abs(glide_v_px_ms_ * std::exp(-t1 / tau)) * 1000.0;
        if (v_px_s < 4.0 || (scale_.from_day() == before && dx != 0)) gliding_ = false;
        moved = true;
    }
    if (animating_) {
        const double u = (now_ms - anim_start_ms_) / animation_ms;
        const double e = u >= 1 ? 1.0 : 1.0 - std::pow(1.0 - u, 3.0);
        scale_.set_range(anim_from0_ + (anim_from1_ - anim_from0_) * e, anim_to0_ + (anim_to1_ - anim_to0_) * e);
        if (u >= 1) animating_ = false;
        moved = true;
    }
    if (moved) rebuild();
    return gliding_ || animating_;
}

bool TimelineScene::take_geometry_changed() {
    const bool c = changed_;
    changed_ = false;
    return c;
}

// ---- 6. state ---------------------------------------------------------------------------

void TimelineScene::dump_state(nlohmann::json& state) const {
    state["timeline"] = {{"from", iso_from_days(static_cast<long>(std::floor(scale_.from_day())))},
                         {"to", iso_from_days(static_cast<long>(std::floor(scale_.to_day())))},
                         {"from_day", scale_.from_day()},
                         {"to_day", scale_.to_day()},
                         {"lanes", lanes_},
                         {"moving", gliding_ || animating_}};
    state["selected_event"] = selected_.empty() ? nlohmann::json(nullptr) : nlohmann::json(selected_);
}

}  // namespace kiosk
