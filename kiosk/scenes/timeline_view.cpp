// The timeline's geometry. Sections: 1. sizes and what is shaped once (labels, the
// strip, the card)  2. rebuild: the view now  3. eras, axis and ticks  4. markers,
// clusters and labels  5. controls, the cluster's list, the colour key.
#include <algorithm>
#include <cmath>
#include <set>

#include "content/rich_text.h"
#include "scenes/label_placement.h"
#include "scenes/marker_groups.h"
#include "scenes/palette.h"
#include "scenes/timeline_scene.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

Color with_alpha(Color c, std::uint8_t a) {
    c.a = a;
    return c;
}

std::vector<std::string> month_abbrevs(const std::string& lang) {
    if (lang == "ru") return {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
    return {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}

TypesetParagraph set_text(TextEngine& text, const std::string& content, int face, const std::vector<std::string>& features,
                          float measure, const std::string& lang, float px) {
    ParagraphSpec spec;
    spec.styles.push_back({face, features, 0, 0});
    spec.runs.push_back({content, 0, {}});
    spec.measure_px = measure;
    spec.align = Alignment::left;
    spec.hyphenation = Hyphenation::off;
    spec.language = lang;
    spec.kp.emergency_stretch_px = px * 1.5f;
    return text.setter(lang).set(spec);
}


}  // namespace

Color TimelineScene::category_color(const std::string& group) const {
    const auto it = group_colours_.find(group);
    return it != group_colours_.end() ? it->second : group_colours_.at("");
}

// ---- 1. sizes and what is shaped once ----------------------------------------------------

void TimelineScene::measure() {
    const auto& screen = ctx_.screen;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    m_.chrome = chrome_style(screen, ctx_.text_scale);
    m_.bar_h = m_.chrome.button_h_px + 2 * m_.chrome.pad_px;
    const float body = nominal_body_px(ctx_.config->typography, screen) * ctx_.text_scale;
    // Labels are read at a glance from a step back: about two thirds of the body size
    // (never below 15 px), so that a dozen or more find room at once; larger text makes
    // them larger too.
    m_.label_px = std::round(std::clamp(body * 0.62f, 15.0f, std::min(W, H) * 0.04f * ctx_.text_scale));
    m_.small_px = std::round(std::max(14.0f, m_.label_px * 0.8f));
    m_.finger_px = screen.min_target_px;
    m_.marker_r = std::max(5.0f, m_.label_px * 0.32f);
    m_.margin = std::max(16.0f, W * 0.02f);
    // The ticks' room under the axis: their labels, and half a marker's target.
    m_.ticks_h = std::max(m_.small_px * 1.9f, m_.finger_px / 2 + 4);
}

void TimelineScene::arrange() {
    // Normally, from the bottom up: the controls, the strip, the ticks, the axis; a card
    // sits in the plot above the axis. Where that leaves a card no room to read (a short
    // screen), the axis moves up under the top bar, the card fills the space below it,
    // and the controls give way until the card closes; the strip stays.
    const float H = static_cast<float>(ctx_.screen.height_px), W = static_cast<float>(ctx_.screen.width_px);
    const float gap = m_.chrome.pad_px;
    const float body = std::max(16.0f, nominal_body_px(ctx_.config->typography, ctx_.screen) * ctx_.text_scale * 0.85f);
    const float card_minimum = 2 * body + 2 * gap + m_.chrome.button_h_px + 5 * body * 1.38f;
    m_.controls_y = H - gap - m_.chrome.button_h_px;
    m_.strip_y = m_.controls_y - gap - m_.strip_h;
    m_.axis_y = std::round(m_.strip_y - gap * 0.8f - m_.ticks_h);
    const float top = m_.bar_h + gap;
    m_.slide_area = {m_.margin, top, W - 2 * m_.margin, m_.axis_y - m_.finger_px / 2 - gap - top};
    m_.compact = slide_ != Slide::none && m_.slide_area.h < card_minimum;
    m_.reading = m_.compact && slide_ == Slide::event;
    m_.strip_hidden = m_.reading;
    if (m_.reading) {
        // Reading an event on a small screen: the card takes all the room under the bar;
        // previous and next still step through the story.
        m_.slide_area = {m_.margin, top, W - 2 * m_.margin, H - gap - top};
    } else if (m_.compact) {
        m_.strip_y = H - gap - m_.strip_h;
        m_.axis_y = std::round(m_.bar_h + m_.finger_px * 0.5f + m_.marker_r + 4);
        const float card_top = m_.axis_y + m_.ticks_h + gap * 0.5f;
        m_.slide_area = {m_.margin, card_top, W - 2 * m_.margin, m_.strip_y - gap - card_top};
        // Larger text on a small screen: the strip gives its room to the card's words.
        m_.strip_hidden = ctx_.text_scale > 1.01f && m_.slide_area.h < card_minimum * 0.85f;
        if (m_.strip_hidden) m_.slide_area.h = H - gap - card_top;
    }
    strip_.place(m_.margin, m_.strip_y, m_.strip_h);
}

int TimelineScene::lanes_for(float lanes_top) const {
    if (m_.compact) return 0;
    const float room = m_.axis_y - m_.finger_px / 2 - 2 - lanes_top;
    return std::clamp(static_cast<int>(room / m_.lane_h), 0, 14);
}

void TimelineScene::prepare_labels() {
    labels_.clear();
    if (!ctx_.timeline) return;
    TextEngine& text = *ctx_.text;
    const auto& theme = ctx_.config->theme;
    const int date_face = text.face(FontRole::label, m_.small_px);
    const int head_face = text.face(FontRole::label_strong, m_.label_px);
    const float measure = m_.label_px * 11.5f;
    const float pad = m_.label_px * 0.45f;
    float tallest = 0;
    for (const auto& ev : ctx_.timeline->events) {
        EventLabel label;
        float y = pad;
        const float date_h = std::round(m_.small_px * 1.35f);
        SceneLine date = make_label_line(text, ev.display_date_in(ctx_.language), date_face, {"kern", "tnum"}, pad, y, date_h,
                                         theme.muted, theme.paper, "event", ev.id, Layer::fixed, ctx_.language);
        y += date_h;
        label.lines.push_back(std::move(date));
        const LocalText headline = ev.headline_for(ctx_.language);
        const auto tp = set_text(text, headline.text, head_face, {"kern"}, measure, headline.language, m_.label_px);
        y = append_paragraph_lines(label.lines, text, tp, head_face, pad, y, std::round(m_.label_px * 1.22f),
                                   {"event", ev.id, theme.ink, theme.paper, theme.accent, Layer::fixed, measure});
        float w = 0;
        for (const auto& l : label.lines) w = std::max(w, l.box.x + l.box.w);
        label.width = w + pad;
        label.height = y + pad * 0.8f;
        tallest = std::max(tallest, label.height);
        labels_[ev.id] = std::move(label);
    }
    m_.lane_h = std::max(1.0f, tallest + m_.label_px * 0.5f);
}

void TimelineScene::build_slide() {
    card_ = Card{};
    arrange();
    if (slide_ == Slide::none || !ctx_.timeline) return;
    const auto& theme = ctx_.config->theme;
    const std::string& lang = ctx_.language;
    const RectF area = m_.slide_area;
    const auto& events = ctx_.timeline->events;
    CardSpec spec;
    spec.language = lang;
    spec.close = {"card-close", ui_text("card.close", lang), false};
    if (slide_ == Slide::title) {
        const TimelineTitle* t = ctx_.timeline->title ? &*ctx_.timeline->title : nullptr;
        spec.id = "title";
        spec.kicker = ui_text("timeline.intro_kicker", lang);
        spec.kicker_color = theme.accent;
        if (t && !t->headline.empty()) {
            const LocalText h = t->headline_for(lang);
            spec.headline = h.text;
            spec.headline_language = h.language;
        } else {
            spec.headline = ui_text("timeline.title", lang);
            spec.headline_language = lang;
        }
        if (t && !t->text.empty()) {
            const LocalText x = t->text_for(lang);
            spec.text = parse_rich_text(x.text);
            spec.text_language = x.language;
        } else {
            spec.text = parse_rich_text(ui_text("timeline.intro", lang));
            spec.text_language = lang;
        }
        if (t && !t->media.empty() && ctx_.image_size) {
            spec.image_path = ctx_.config->resolve(t->media);
            spec.image_size_px = ctx_.image_size(spec.image_path);
            spec.caption = t->media_caption + (t->media_credit.empty() ? "" : " " + t->media_credit);
        }
        spec.previous = {"card:prev", ui_text("card.at_start", lang), false, false};
        spec.next = {"card:next", ui_text("card.begin", lang), true, !events.empty()};
        spec.close.label = ui_text("card.explore", lang);
    } else {
        const int index = ctx_.timeline->index_of(selected_);
        if (index < 0) return;
        const TimelineEvent& ev = events[static_cast<std::size_t>(index)];
        spec.id = ev.id;
        spec.kicker = group_label(ev, lang);
        spec.kicker_color = category_color(ev.group);
        spec.date = ev.display_date_in(lang);
        const LocalText headline = ev.headline_for(lang), body = ev.text_for(lang);
        spec.headline = headline.text;
        spec.headline_language = headline.language;
        spec.text = parse_rich_text(body.text);
        spec.text_language = body.language;
        if (!ev.media.empty() && ctx_.image_size) {
            spec.image_path = ctx_.config->resolve(ev.media);
            spec.image_size_px = ctx_.image_size(spec.image_path);
            const std::string& credit = ev.media_credit_in(lang);
            const LocalText caption = ev.caption_for(lang);
            spec.caption = caption.text + (credit.empty() ? "" : " " + credit);
            spec.caption_language = caption.language;
        }
        spec.source = parse_rich_text(ev.source);
        spec.previous = {"card:prev", ui_text(index == 0 ? "card.to_intro" : "card.previous", lang), false};
        const bool last = index + 1 >= static_cast<int>(events.size());
        spec.next = {"card:next", ui_text(last ? "card.the_end" : "card.next", lang), false, !last};
        // The documents that belong to this event: one is "Read the telegram", as
        // before; with several, each its own "Read the document".
        for (std::size_t d = 0; d < ctx_.documents.size(); ++d)
            if (ctx_.documents[d].available && !ctx_.documents[d].event.empty() && ctx_.documents[d].event == ev.id)
                spec.actions.push_back({"card-read:" + std::to_string(d),
                                        ui_text(ctx_.documents.size() == 1 ? "card.read" : "card.read_document", lang), true});
    }
    // Listen first among the actions: it reads this card.
    if (ctx_.listen.can_read(spec.id, spec.headline_language))
        spec.actions.insert(spec.actions.begin(), {"card:listen", ctx_.listen.label_for("event:" + spec.id, lang), false});
    card_ = build_card(ctx_, spec, area);
    // The same card built again (the Listen button's label changed, the text grew) keeps
    // its place; another card starts at its top.
    const double keep = spec.id == card_id_ ? card_scroll_.position() : 0.0;
    card_id_ = spec.id;
    card_scroll_.set_bounds(0, std::max(0.0f, card_.body_height_px - card_.body.h));
    card_scroll_.set_position(keep);
}

// ---- 2. rebuild ------------------------------------------------------------------------------

void TimelineScene::rebuild() {
    const auto& theme = ctx_.config->theme;
    const auto& screen = ctx_.screen;
    SceneGeometry g = empty_geometry(screen.width_px, screen.height_px, theme.paper);
    changed_ = true;
    const bool slide = slide_ != Slide::none && card_.frame.w > 0;
    const float lanes_top = m_.compact ? m_.axis_y : slide ? card_.frame.bottom() + m_.chrome.pad_px : m_.bar_h + m_.small_px * 2.4f;
    if (!m_.reading) {
        add_eras_and_axis(g, lanes_top);
        add_markers_and_labels(g, lanes_top);
    }
    if (!m_.strip_hidden) strip_.draw(g, scale_.from_day(), scale_.to_day());
    if (!m_.compact) add_controls(g);

    // The bar last, over the bands.
    std::vector<ButtonSpec> right;
    if (ctx_.document && ctx_.documents.size() <= 1) right.push_back({"telegram", ui_text("timeline.to_telegram", ctx_.language), false});
    add_top_bar(g, *ctx_.text, theme, m_.chrome, {{"home", ui_text("nav.home", ctx_.language), false}},
                ui_text("timeline.title", ctx_.language), right, ctx_.language);
    if (slide && !m_.reading) {
        // Taps beside the card close it; the axis, strip and controls stay live.
        const float beside_bottom = m_.strip_hidden ? static_cast<float>(screen.height_px) : m_.strip_y;
        const RectF beside = m_.compact ? RectF{0, m_.axis_y + m_.ticks_h, static_cast<float>(screen.width_px),
                                                beside_bottom - m_.axis_y - m_.ticks_h}
                                        : RectF{0, m_.bar_h, static_cast<float>(screen.width_px), lanes_top - m_.bar_h};
        g.targets.push_back({"card-backdrop", beside, Layer::fixed});
    }
    if (slide) add_card(g, card_);
    add_chooser(g);
    add_legend(g);
    geometry_ = std::move(g);
}

// ---- 3. eras, axis and ticks -------------------------------------------------------------------

void TimelineScene::add_eras_and_axis(SceneGeometry& g, float lanes_top) {
    const auto& theme = ctx_.config->theme;
    TextEngine& text = *ctx_.text;
    const float W = static_cast<float>(ctx_.screen.width_px);
    auto cached = [&](const std::string& s, FontRole role, float px, Color fg, Color bg, const std::string& line_role) {
        const std::string key = line_role + "|" + s + "|" + std::to_string(px);
        auto it = text_cache_.find(key);
        if (it == text_cache_.end())
            it = text_cache_.emplace(key, make_label_line(text, s, text.face(role, px), {"kern", "tnum"}, 0, 0, std::round(px * 1.4f), fg,
                                                          bg, line_role, "", Layer::fixed, ctx_.language)).first;
        return it->second;
    };
    // Eras: background bands, named at the top where the name fits and no card covers it.
    const float band_top = m_.bar_h;
    if (ctx_.timeline) {
        for (std::size_t ei = 0; ei < ctx_.timeline->eras.size(); ++ei) {
            const TimelineEra& era = ctx_.timeline->eras[ei];
            const Color band = era_colour(ctx_, era, ei);
            const float x0 = std::max(0.0f, scale_.x_of(static_cast<double>(era.start.first_day())));
            const float x1 = std::min(W, scale_.x_of(static_cast<double>(era.end.last_day())));
            if (x1 <= x0) continue;
            g.rects.push_back({{x0, band_top, x1 - x0, m_.axis_y - band_top}, band, Layer::fixed, 0});
            if (ctx_.high_contrast) g.rects.push_back({{x0, band_top, 1.5f, m_.axis_y - band_top}, theme.ink, Layer::fixed, 0});
            SceneLine name = cached(era.headline_in(ctx_.language), FontRole::label, m_.small_px, theme.ink, band, "era");
            name.id = era.id;
            const bool below_card = slide_ != Slide::none && card_.frame.w > 0;
            const float top = below_card ? lanes_top : band_top + m_.small_px * 0.4f;
            if (!m_.compact && name.box.w + m_.small_px <= x1 - x0 && top + name.box.h <= m_.axis_y - m_.finger_px / 2) {
                name.box.x = std::clamp((x0 + x1) / 2 - name.box.w / 2, x0 + m_.small_px / 2, x1 - m_.small_px / 2 - name.box.w);
                name.baseline_y += top;
                name.box.y += top;
                g.lines.push_back(std::move(name));
            }
        }
    }
    g.rects.push_back({{0, m_.axis_y - 1, W, 2}, theme.muted, Layer::fixed, 0});
    const float year_w = cached("0000", FontRole::label, m_.small_px, theme.ink, theme.paper, "tick").box.w;
    for (const auto& t : ticks_for(scale_, year_w * 2.2f, month_abbrevs(ctx_.language))) {
        const float x = std::round(scale_.x_of(t.day));
        const float tick_len = t.year_start ? m_.small_px * 0.7f : m_.small_px * 0.45f;
        g.rects.push_back({{x - 0.75f, m_.axis_y, 1.5f, tick_len}, theme.muted, Layer::fixed, 0});
        SceneLine l = cached(t.label, FontRole::label, m_.small_px, theme.ink, theme.paper, "tick");
        l.box.x = x - l.box.w / 2;
        if (l.box.x < 2 || l.box.right() > W - 2) continue;
        const float top = m_.axis_y + tick_len + m_.small_px * 0.1f;
        l.baseline_y += top;
        l.box.y += top;
        g.lines.push_back(std::move(l));
    }
}

// ---- 4. markers, clusters and labels --------------------------------------------------------------

void TimelineScene::add_markers_and_labels(SceneGeometry& g, float lanes_top) {
    if (!ctx_.timeline) return;
    const auto& theme = ctx_.config->theme;
    const float W = static_cast<float>(ctx_.screen.width_px);
    const float r = m_.marker_r, f = m_.finger_px;
    const auto& events = ctx_.timeline->events;
    std::vector<std::pair<int, float>> in_view;
    std::vector<LabelRequest> requests;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const TimelineEvent& ev = events[i];
        const float xs = scale_.x_of(ev.start_day()), xe = scale_.x_of(ev.end_day());
        if (xe < -r || xs > W + r) continue;
        if (ev.is_span()) {
            const float h = std::max(6.0f, r * 1.1f);
            const float x0 = std::max(-10.0f, xs), x1 = std::min(W + 10, std::max(xe, xs + h));
            g.rects.push_back({{x0, m_.axis_y - h / 2, x1 - x0, h}, with_alpha(category_color(ev.group), 150), Layer::fixed, h / 2});
        }
        if (xs < 0 || xs > W) continue;
        in_view.push_back({static_cast<int>(i), xs});
        if (const auto it = labels_.find(ev.id); it != labels_.end())
            requests.push_back({static_cast<int>(i), xs, it->second.width, ev.highlight ? 1 : 0});
    }
    const std::vector<MarkerGroup> groups = group_markers(in_view, f);
    // A cluster shows as a soft pill behind its markers: one target for all of them.
    for (const auto& grp : groups)
        if (grp.cluster())
            g.rects.push_back({{grp.first_x - r * 1.8f, m_.axis_y - r * 1.8f, grp.last_x - grp.first_x + r * 3.6f, r * 3.6f},
                               with_alpha(theme.ink, 40), Layer::fixed, r * 1.8f});
    for (const auto& [i, x] : in_view) {
        const TimelineEvent& ev = events[static_cast<std::size_t>(i)];
        if (ev.highlight || ev.id == selected_) {
            const float R = r * 1.7f;
            const Color ring = ev.id == selected_ ? theme.accent : *ev.highlight;
            g.rects.push_back({{x - R, m_.axis_y - R, 2 * R, 2 * R}, ring, Layer::fixed, R});
            g.rects.push_back({{x - R + 3, m_.axis_y - R + 3, 2 * R - 6, 2 * R - 6}, theme.paper, Layer::fixed, R - 3});
        }
        g.rects.push_back({{x - r, m_.axis_y - r, 2 * r, 2 * r}, category_color(ev.group), Layer::fixed, r});
    }

    // Labels in lanes above the axis, where there is room beside the card.
    lanes_ = lanes_for(lanes_top);
    std::vector<SceneTarget> label_targets;
    if (lanes_ > 0) {
        LabelLayoutParams lp;
        lp.lanes = lanes_;
        lp.gap_px = m_.label_px * 0.6f;
        lp.min_x = 4;
        lp.max_x = W - 4;
        const LabelLayout placed = place_labels(requests, lp);
        const float lane0_bottom = m_.axis_y - f / 2 - 2;
        auto top_of = [&](const PlacedLabel& p, const EventLabel& label) {
            return lane0_bottom - static_cast<float>(p.lane) * m_.lane_h - label.height;
        };
        // Leaders first, all of them, so that no leader crosses another label's box.
        for (const auto& p : placed.placed) {
            const TimelineEvent& ev = events[static_cast<std::size_t>(p.item)];
            const EventLabel& label = labels_.at(ev.id);
            const float x = scale_.x_of(ev.start_day());
            const float top = top_of(p, label);
            g.rects.push_back({{std::round(x) - 0.5f, top + label.height, 1, m_.axis_y - r - top - label.height}, theme.muted, Layer::fixed, 0});
        }
        for (const auto& p : placed.placed) {
            const TimelineEvent& ev = events[static_cast<std::size_t>(p.item)];
            const EventLabel& label = labels_.at(ev.id);
            const float top = top_of(p, label);
            const RectF box{p.left, top, label.width, label.height};
            const Color edge = ev.id == selected_ ? theme.accent : ev.highlight ? *ev.highlight : theme.muted;
            g.rects.push_back({{box.x - 1, box.y - 1, box.w + 2, box.h + 2}, edge, Layer::fixed, 6});
            g.rects.push_back({box, theme.paper, Layer::fixed, 5});
            g.rects.push_back({{box.x + 1, box.y + label.height * 0.18f, 3, label.height * 0.64f}, category_color(ev.group), Layer::fixed, 1.5f});
            for (SceneLine l : label.lines) {
                l.box.x += box.x;
                l.box.y += box.y;
                l.baseline_y += box.y;
                g.lines.push_back(std::move(l));
            }
            if (chooser_.empty()) label_targets.push_back({"event:" + ev.id, box, Layer::fixed});
        }
    }
    g.targets.insert(g.targets.end(), label_targets.begin(), label_targets.end());
    // Marker targets: a finger's width around each marker, or one for a cluster.
    if (chooser_.empty()) {
        for (const auto& grp : groups) {
            std::string id;
            if (!grp.cluster()) id = "event:" + events[static_cast<std::size_t>(grp.items.front())].id;
            else {
                id = "cluster:";
                for (std::size_t k = 0; k < grp.items.size(); ++k)
                    id += (k ? "," : "") + events[static_cast<std::size_t>(grp.items[k])].id;
            }
            g.targets.push_back({id, {grp.left(f), m_.axis_y - f / 2, grp.right(f) - grp.left(f), f}, Layer::fixed});
        }
    }
}

// ---- 5. controls, the cluster's list, the colour key ---------------------------------------------

void TimelineScene::add_controls(SceneGeometry& g) {
    TextEngine& text = *ctx_.text;
    const auto& theme = ctx_.config->theme;
    const std::string& lang = ctx_.language;
    const float W = static_cast<float>(ctx_.screen.width_px);
    const ChromeStyle& st = m_.chrome;
    std::vector<ButtonSpec> left{{"timeline:start", ui_text("timeline.start", lang), slide_ == Slide::title},
                                 {"timeline:key", ui_text("timeline.key", lang), legend_open_}};
    std::vector<ButtonSpec> right{{"timeline:zoom-out", "−", false}, {"timeline:all", ui_text("timeline.all", lang), false},
                                  {"timeline:zoom-in", "+", false}};
    float x = m_.margin;
    for (const auto& b : left) {
        const float w = button_width(text, st, b.label, lang);
        add_button(g, text, theme, st, b, {x, m_.controls_y, w, st.button_h_px}, lang);
        x += w + st.pad_px;
    }
    const float left_end = x;
    float xr = W - m_.margin;
    for (auto it = right.rbegin(); it != right.rend(); ++it) {
        // The zoom buttons are square: a finger's width, with a large sign.
        const bool sign = it->label == "−" || it->label == "+";
        ChromeStyle bs = st;
        if (sign) bs.label_px = st.label_px * 1.5f;
        const float w = sign ? std::max(st.button_h_px * 1.2f, m_.finger_px) : button_width(text, st, it->label, lang);
        xr -= w;
        add_button(g, text, theme, bs, *it, {xr, m_.controls_y, w, st.button_h_px}, lang);
        xr -= st.pad_px;
    }
    // The hint between them, if it fits; it says what the hands can do.
    const int face = text.face(FontRole::label, m_.small_px);
    SceneLine hint = make_label_line(text, ui_text("timeline.hint", lang), face, {"kern"}, 0, m_.controls_y, st.button_h_px,
                                     theme.muted, theme.paper, "hint", "", Layer::fixed, lang);
    if (hint.box.w <= xr - left_end - 2 * st.pad_px) {
        hint.box.x = std::round(left_end + (xr - left_end - hint.box.w) / 2);
        g.lines.push_back(std::move(hint));
    }
}

void TimelineScene::add_chooser(SceneGeometry& g) {
    if (chooser_.empty() || !ctx_.timeline) return;
    TextEngine& text = *ctx_.text;
    const auto& theme = ctx_.config->theme;
    const std::string& lang = ctx_.language;
    const float W = static_cast<float>(ctx_.screen.width_px);
    const float row_h = std::max(m_.finger_px, std::round(m_.label_px * 2.2f));
    const float pad = m_.label_px * 0.6f;
    const int date_face = text.face(FontRole::label, m_.small_px), head_face = text.face(FontRole::label_strong, m_.label_px);
    std::vector<std::pair<SceneLine, SceneLine>> rows;
    float date_w = 0, width = 0;
    for (int i : chooser_) {
        const TimelineEvent& ev = ctx_.timeline->events[static_cast<std::size_t>(i)];
        SceneLine d = make_label_line(text, ev.display_date_in(lang), date_face, {"kern", "tnum"}, 0, 0, row_h, theme.muted, theme.paper,
                                      "event", ev.id, Layer::fixed, lang);
        SceneLine h = make_label_line(text, ev.headline_in(lang), head_face, {"kern"}, 0, 0, row_h, theme.ink, theme.paper, "event",
                                      ev.id, Layer::fixed, lang);
        date_w = std::max(date_w, d.box.w);
        width = std::max(width, h.box.w);
        rows.push_back({std::move(d), std::move(h)});
    }
    const float panel_w = std::min(W - 2 * m_.margin, date_w + width + 4 * pad);
    const float panel_h = static_cast<float>(rows.size()) * row_h + 2 * pad;
    const float x = std::clamp(chooser_x_ - panel_w / 2, m_.margin, W - m_.margin - panel_w);
    const float y = std::max(m_.bar_h + pad, m_.axis_y - m_.finger_px / 2 - pad - panel_h);
    // Modal: a tap beside the list closes it.
    g.targets.push_back({"chooser-backdrop", {0, 0, W, static_cast<float>(ctx_.screen.height_px)}, Layer::fixed});
    g.top_rects.push_back({{x - 1, y - 1, panel_w + 2, panel_h + 2}, theme.muted, Layer::fixed, 12});
    g.top_rects.push_back({{x, y, panel_w, panel_h}, theme.paper, Layer::fixed, 11});
    float ry = y + pad;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        auto& [d, h] = rows[k];
        const TimelineEvent& ev = ctx_.timeline->events[static_cast<std::size_t>(chooser_[k])];
        if (k > 0) g.top_rects.push_back({{x + pad, ry, panel_w - 2 * pad, 1}, theme.bar, Layer::fixed, 0});
        g.top_rects.push_back({{x + pad, ry + row_h * 0.25f, 4, row_h * 0.5f}, category_color(ev.group), Layer::fixed, 2});
        d.box.x = x + pad * 2;
        d.box.y += ry;
        d.baseline_y += ry;
        h.box.x = x + pad * 3 + date_w;
        h.box.y += ry;
        h.baseline_y += ry;
        // A headline too long for the screen gives up glyphs at its end rather than overflow.
        const float max_right = x + panel_w - pad;
        while (!h.glyphs.empty() && h.box.x + h.glyphs.back().x_px > max_right - m_.label_px) h.glyphs.pop_back();
        h.box.w = std::min(h.box.w, max_right - h.box.x);
        g.top_lines.push_back(std::move(d));
        g.top_lines.push_back(std::move(h));
        g.targets.push_back({"event:" + ev.id, {x, ry, panel_w, row_h}, Layer::fixed});
        ry += row_h;
    }
}

void TimelineScene::add_legend(SceneGeometry& g) {
    if (!legend_open_ || !ctx_.timeline) return;
    TextEngine& text = *ctx_.text;
    const auto& theme = ctx_.config->theme;
    const std::string& lang = ctx_.language;
    // The six known groups in their usual order, then the curator's own in order of use.
    std::vector<const TimelineEvent*> shown;
    auto first_of = [&](const std::string& group) -> const TimelineEvent* {
        for (const auto& e : ctx_.timeline->events)
            if (e.group == group) return &e;
        return nullptr;
    };
    for (const auto& k : known_groups())
        if (const auto* e = first_of(k)) shown.push_back(e);
    for (const auto& k : ctx_.timeline->groups)
        if (!is_known_group(k)) shown.push_back(first_of(k));
    const float row_h = std::round(m_.label_px * 1.9f), pad = m_.label_px * 0.7f, sw = m_.label_px * 0.9f;
    const int face = text.face(FontRole::label, m_.label_px);
    std::vector<std::pair<std::string, SceneLine>> rows;
    float w = 0;
    for (const TimelineEvent* e : shown) {
        if (!e) continue;
        SceneLine l = make_label_line(text, group_label(*e, lang), face, {"kern"}, 0, 0, row_h, theme.ink, theme.paper, "legend", "",
                                      Layer::fixed, lang);
        w = std::max(w, l.box.w);
        rows.push_back({e->group, std::move(l)});
    }
    const float panel_w = w + sw + 3 * pad, panel_h = static_cast<float>(rows.size()) * row_h + 2 * pad;
    const float x = m_.margin, y = m_.controls_y - m_.chrome.pad_px - panel_h;
    g.top_rects.push_back({{x - 1, y - 1, panel_w + 2, panel_h + 2}, theme.muted, Layer::fixed, 12});
    g.top_rects.push_back({{x, y, panel_w, panel_h}, theme.paper, Layer::fixed, 11});
    float ry = y + pad;
    for (auto& [c, l] : rows) {
        g.top_rects.push_back({{x + pad, ry + (row_h - sw) / 2, sw, sw}, category_color(c), Layer::fixed, sw / 2});
        l.box.x = x + 2 * pad + sw;
        l.box.y += ry;
        l.baseline_y += ry;
        g.top_lines.push_back(std::move(l));
        ry += row_h;
    }
    // The key sits over the strip and the markers: while it shows, touching it closes it,
    // and no event target lies beneath it.
    const RectF key{x, y, panel_w, panel_h};
    std::erase_if(g.targets, [&](const SceneTarget& t) {
        return (t.id.rfind("event:", 0) == 0 || t.id.rfind("cluster:", 0) == 0 || t.id == "timeline:overview") &&
               t.box.intersects(key);
    });
    g.targets.push_back({"timeline:legend", key, Layer::fixed});
}

}  // namespace kiosk
