// The timeline's geometry. Sections: 1. sizes and what is shaped once (labels, the
// strip, the card)  2. rebuild: the view now  3. eras, axis and ticks  4. markers,
// clusters and labels  5. controls, the cluster's list, the colour key.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "content/rich_text.h"
#include "core/route.h"
#include "scenes/label_placement.h"
#include "scenes/marker_groups.h"
#include "scenes/palette.h"
#include "scenes/pictures.h"
#include "scenes/timeline_scene.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

// A target that opens events: an event's mark or label, or a cluster's.
bool leads_to_events(const std::string& id) {
    const Route r = parse_route(id);
    return r.is(Route::Kind::event) || r.is(Route::Kind::cluster);
}

Color with_alpha(Color c, std::uint8_t a) {
    c.a = a;
    return c;
}

std::vector<std::string> month_abbrevs(const std::string& lang) {
    if (lang == "ru") return {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
    return {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}

// A date for a button: where the event runs over a time, the day it began, with its
// year ("June 20 – August 30, 1963": "June 20, 1963").
std::string short_date(const TimelineEvent& ev, const std::string& lang) {
    // The start of the date the card shows, to the same precision (the relief's card says
    // «август 1921 г.», so its neighbour's button does too, not «20 августа»).
    const std::string display = ev.display_date_in(lang);
    std::string first = display;
    for (const char* dash : {" – ", " — "})
        if (const auto at = first.find(dash); at != std::string::npos) first = first.substr(0, at);
    bool has_year = false;
    for (std::size_t i = 0, run = 0; i < first.size(); ++i) {
        run = std::isdigit(static_cast<unsigned char>(first[i])) ? run + 1 : 0;
        has_year = has_year || run == 4;
    }
    if (!has_year)
        first += lang == "ru" ? " " + std::to_string(ev.start.year) + "\u00a0г." : ", " + std::to_string(ev.start.year);
    return first;
}

// `s` cut at the last word boundary within `max_chars` characters (UTF-8), with an
// ellipsis; `s` itself where it is short enough.
std::string cut_at_word(const std::string& s, std::size_t max_chars) {
    std::size_t chars = 0, last_space = std::string::npos;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (chars == max_chars)
            return last_space == std::string::npos ? s.substr(0, i) + "…" : s.substr(0, last_space) + "…";
        if (s[i] == ' ') last_space = i;
        ++chars;
    }
    return s;
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
    const bool portrait = screen.portrait();
    m_.top_h = portrait ? 0.0f : m_.bar_h;
    m_.bottom_h = portrait ? m_.bar_h : 0.0f;
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
    m_.chip_h = std::round(m_.small_px * 1.75f);
}

void TimelineScene::arrange() {
    // Normally, from the bottom up: the controls, the strip, the ticks, the axis; a card
    // sits in the plot above the axis. Where that leaves a card no room to read (a short
    // screen), the axis moves up under the top bar, the card fills the space below it,
    // and the controls give way until the card closes; the strip stays. On a screen too
    // short for three lanes of labels (one-line labels), the strip steps aside while the
    // view is the whole span (it would only repeat the axis) and its room goes to labels.
    const bool no_strip = m_.label_style == LabelStyle::one_line && m_.whole_span;
    const float strip_h = no_strip ? -m_.chrome.pad_px : m_.strip_h;
    const float H = static_cast<float>(ctx_.screen.height_px), W = static_cast<float>(ctx_.screen.width_px);
    const float gap = m_.chrome.pad_px;
    const float body = std::max(16.0f, nominal_body_px(ctx_.config->typography, ctx_.screen) * ctx_.text_scale * 0.85f);
    const float card_minimum = 2 * body + 2 * gap + m_.chrome.button_h_px + 5 * body * 1.38f;
    m_.controls_y = H - m_.bottom_h - gap - m_.chrome.button_h_px;
    m_.strip_y = m_.controls_y - gap - strip_h;
    m_.axis_y = std::round(m_.strip_y - gap * 0.8f - m_.ticks_h);
    m_.open_axis_y = m_.axis_y;
    const float top = m_.top_h + gap;
    m_.slide_area = {m_.margin, top, W - 2 * m_.margin, m_.axis_y - m_.finger_px / 2 - gap - top};
    m_.compact = slide_ != Slide::none && (m_.slide_area.h < card_minimum || full_card_);
    // The title slide too: on a short screen it takes the whole room, its words first.
    m_.reading = m_.compact;
    m_.strip_hidden = m_.reading || no_strip;
    if (m_.reading) {
        // Reading a card on a small screen: it takes the whole screen (the top bar too:
        // Close leads back to it); previous and next still step through the story.
        m_.slide_area = {m_.margin, gap, W - 2 * m_.margin, H - 2 * gap};
    } else if (m_.compact) {
        m_.strip_y = H - gap - strip_h;
        m_.axis_y = std::round(m_.top_h + m_.finger_px * 0.5f + m_.marker_r + 4);
        const float card_top = m_.axis_y + m_.ticks_h + gap * 0.5f;
        m_.slide_area = {m_.margin, card_top, W - 2 * m_.margin, m_.strip_y - gap - card_top};
        // Larger text on a small screen: the strip gives its room to the card's words.
        m_.strip_hidden = no_strip || (ctx_.text_scale > 1.01f && m_.slide_area.h < card_minimum * 0.85f);
        if (m_.strip_hidden) m_.slide_area.h = H - gap - card_top;
    }
    strip_.place(m_.margin, m_.strip_y, m_.strip_h);
}

float TimelineScene::plot_top() const {
    // Era names stand at the top of the plot, except with one-line labels (a short
    // screen), where the strip names the eras and the row goes to the labels.
    return m_.label_style == LabelStyle::one_line ? m_.top_h + m_.chrome.pad_px * 0.5f : m_.top_h + m_.small_px * 2.4f;
}

int TimelineScene::lanes_for(float lanes_top) const {
    if (m_.compact) return 0;
    const float room = m_.axis_y - m_.finger_px / 2 - 2 - m_.chip_h - lanes_top;
    return std::clamp(static_cast<int>(room / m_.lane_h), 0, 14);
}

void TimelineScene::prepare_labels(LabelStyle style) {
    labels_.clear();
    m_.label_style = style;
    if (!ctx_.timeline) return;
    TextEngine& text = *ctx_.text;
    const auto& theme = ctx_.config->theme;
    const int date_face = text.face(FontRole::label, m_.small_px);
    const int head_face = text.face(FontRole::label_strong, style == LabelStyle::one_line ? m_.small_px : m_.label_px);
    const float measure = m_.label_px * (ctx_.language == "ru" ? 12.5f : 10.0f);  // Russian headlines run longer
    const float pad = m_.label_px * 0.36f;
    const float gap = style == LabelStyle::one_line ? m_.small_px * 0.3f : m_.label_px * 0.35f;
    // A lane holds a date and two lines of headline; a longer headline takes two lanes.
    // On a short screen a label is its headline on one line, and a lane is one line.
    const float head_h = std::round((style == LabelStyle::one_line ? m_.small_px * 1.3f : m_.label_px * 1.18f)),
                date_h = std::round(m_.small_px * 1.35f);
    m_.lane_h = style == LabelStyle::one_line ? std::round(head_h + 2 * pad * 0.6f) + gap
                                              : std::round(date_h + 2 * head_h + 1.8f * pad) + gap;
    for (const auto& ev : ctx_.timeline->events) {
        EventLabel label;
        const LocalText headline = ev.headline_for(ctx_.language);
        float y = pad;
        if (style == LabelStyle::one_line) {
            y = pad * 0.6f;
            label.lines.push_back(make_label_line(text, headline.text, head_face, {"kern"}, pad, y, head_h, theme.ink,
                                                  theme.paper, "event", ev.id, Layer::fixed, headline.language));
            y += head_h + pad * 0.6f;
        } else {
            label.lines.push_back(make_label_line(text, ev.display_date_in(ctx_.language), date_face, {"kern", "tnum"},
                                                  pad, y, date_h, theme.muted, theme.paper, "event", ev.id,
                                                  Layer::fixed, ctx_.language));
            y += date_h;
            const auto tp =
                set_plain_paragraph(text, headline.text, head_face, {"kern"}, measure, headline.language, m_.label_px);
            y = append_paragraph_lines(label.lines, text, tp, head_face, pad, y, head_h,
                                       {"event", ev.id, theme.ink, theme.paper, theme.accent, Layer::fixed, measure});
            y += pad * 0.8f;
        }
        float w = 0;
        for (const auto& l : label.lines) w = std::max(w, l.box.x + l.box.w);
        label.width = w + pad;
        label.height = std::round(y);
        label.lanes = std::max(1, static_cast<int>(std::ceil((label.height + gap) / m_.lane_h - 0.01f)));
        labels_[ev.id] = std::move(label);
    }
}

// The title slide's card: the timeline's own title and introduction, and the way in.
void TimelineScene::fill_title_spec(CardSpec& spec) const {
    const auto& theme = ctx_.config->theme;
    const std::string& lang = ctx_.language;
    const auto& events = ctx_.timeline->events;
    const TimelineTitle* t = ctx_.timeline->title ? &*ctx_.timeline->title : nullptr;
    spec.id = "title";
    spec.kicker = ctx_.words("timeline.intro_kicker", lang);
    spec.kicker_color = theme.accent;
    if (t && !t->headline.empty()) {
        const LocalText h = t->headline_for(lang);
        spec.headline = h.text;
        spec.headline_language = h.language;
    } else {
        spec.headline = ctx_.words("timeline.title", lang);
        spec.headline_language = lang;
    }
    if (t && !t->text.empty()) {
        const LocalText x = t->text_for(lang);
        spec.text = parse_rich_text(x.text);
        spec.text_language = x.language;
    } else {
        spec.text = parse_rich_text(ctx_.words("timeline.intro", lang));
        spec.text_language = lang;
    }
    if (t && !t->media.empty() && ctx_.image_size) {
        spec.image_path = localized_picture(ctx_, ctx_.config->resolve(t->media), ctx_.language);
        spec.image_size_px = ctx_.image_size(spec.image_path);
        spec.caption = t->media_caption + (t->media_credit.empty() ? "" : " " + t->media_credit);
    }
    spec.previous = {"card:prev", ctx_.words("card.at_start", lang), false, false};
    spec.next = {"card:next", ctx_.words("card.begin_short", lang), true, !events.empty()};
    spec.next_labels = {ctx_.words("card.begin", lang)};
    spec.close.label = ctx_.words("card.explore", lang);
}

// An event's card: its words, picture and source, its neighbours' dates on the buttons,
// and its documents. False when the selected event is not in the timeline.
bool TimelineScene::fill_event_spec(CardSpec& spec) const {
    const std::string& lang = ctx_.language;
    const auto& events = ctx_.timeline->events;
    const int index = ctx_.timeline->index_of(selected_);
    if (index < 0) return false;
    const TimelineEvent& ev = events[static_cast<std::size_t>(index)];
    spec.id = ev.id;
    spec.kicker = group_label(ev, ctx_.words, lang);
    spec.kicker_color = category_color(ev.group);
    spec.date = ev.display_date_in(lang);
    const LocalText headline = ev.headline_for(lang), body = ev.text_for(lang);
    spec.headline = headline.text;
    spec.headline_language = headline.language;
    spec.text = parse_rich_text(body.text);
    spec.text_language = body.language;
    if (!ev.media.empty() && ctx_.image_size) {
        spec.image_path = localized_picture(ctx_, ctx_.config->resolve(ev.media), ctx_.language);
        spec.image_size_px = ctx_.image_size(spec.image_path);
        const std::string& credit = ev.media_credit_in(lang);
        const LocalText caption = ev.caption_for(lang);
        spec.caption = caption.text + (credit.empty() ? "" : " " + credit);
        spec.caption_language = caption.language;
    }
    spec.source = parse_rich_text(ev.source);
    spec.previous = {"card:prev", ctx_.words(index == 0 ? "card.to_intro" : "card.previous", lang), false};
    const bool last = index + 1 >= static_cast<int>(events.size());
    spec.next = {"card:next", ctx_.words(last ? "card.the_end" : "card.next", lang), false, !last};
    // Where they lead: the neighbour's date, and on a screen 1280 px wide or more its
    // headline too (cut at a word where it is long).
    const bool wide = ctx_.screen.width_px >= 1280;
    auto hints = [&](const TimelineEvent& n, bool forward) {
        std::vector<std::string> out;
        const std::string date = short_date(n, lang);
        auto with = [&](const std::string& s) { return forward ? s + " ›" : "‹ " + s; };
        if (wide) {
            const std::string& head = n.headline_in(lang);
            out.push_back(with(date + " · " + head));
            const std::string cut = cut_at_word(head, 26);
            if (cut != head) out.push_back(with(date + " · " + cut));
        }
        out.push_back(with(date));
        out.push_back(with(std::to_string(n.start.year)));  // shorter than "Previous", and says more
        return out;
    };
    if (index > 0) spec.previous_labels = hints(events[static_cast<std::size_t>(index - 1)], false);
    if (!last) spec.next_labels = hints(events[static_cast<std::size_t>(index + 1)], true);
    // The documents that belong to this event: one is "Read the telegram", as
    // before; with several, each its own "Read the document".
    for (std::size_t d = 0; d < ctx_.documents.size(); ++d)
        if (ctx_.documents[d].available && !ctx_.documents[d].event.empty() && ctx_.documents[d].event == ev.id)
            spec.actions.push_back(
                {"card-read:" + std::to_string(d),
                 ctx_.words(
                     ctx_.documents.size() == 1 && ctx_.documents[0].telegram ? "card.read" : "card.read_document",
                     lang),
                 true});
    // The top bar offers the one telegram too.
    if (!m_.reading && ctx_.document && ctx_.documents.size() <= 1)
        for (const auto& a : spec.actions)
            if (parse_route(a.id).is(Route::Kind::card_read)) spec.spare_actions.push_back(a.id);
    return true;
}

void TimelineScene::build_slide() {
    card_ = Card{};
    full_card_ = false;
    arrange();
    if (slide_ == Slide::none || !ctx_.timeline) return;
    const std::string& lang = ctx_.language;
    const RectF area = m_.slide_area;
    CardSpec spec;
    spec.language = lang;
    spec.close = {"card-close", ctx_.words("card.close", lang), false};
    if (slide_ == Slide::title)
        fill_title_spec(spec);
    else if (!fill_event_spec(spec))
        return;
    // Listen first among the actions: it reads this card.
    if (ctx_.listen.can_read(spec.id, spec.headline_language))
        spec.actions.insert(spec.actions.begin(),
                            {"card:listen", ctx_.listen.label_for("event:" + spec.id, ctx_.words, lang), false});
    spec.centred = m_.reading;
    spec.from_bottom = ctx_.screen.portrait();
    card_ = build_card(ctx_, spec, area);
    if (!m_.compact && card_.body_height_px > card_.body.h + 1) {
        // A card grows before it scrolls: where its words need more than the room above
        // the axis, it takes the whole screen (Close leads back to the timeline).
        full_card_ = true;
        arrange();
        spec.spare_actions.clear();  // the top bar, which offered them too, is covered
        spec.centred = true;
        card_ = build_card(ctx_, spec, m_.slide_area);
    }
    // The same card built again (the Listen button's label changed, the text grew) keeps
    // its place; another card starts at its top.
    const double keep = spec.id == card_id_ ? card_scroll_.position() : 0.0;
    card_id_ = spec.id;
    card_scroll_.set_bounds(0, std::max(0.0f, card_.body_height_px - card_.body.h));
    card_scroll_.set_position(keep);
}

// ---- 2. rebuild ------------------------------------------------------------------------------

void TimelineScene::rebuild() {
    if (const bool whole = scale_.span_units() >= scale_.max_span_units() * 0.98; whole != m_.whole_span) {
        m_.whole_span = whole;
        if (m_.label_style == LabelStyle::one_line) arrange();
    }
    const auto& theme = ctx_.config->theme;
    const auto& screen = ctx_.screen;
    SceneGeometry g = empty_geometry(screen.width_px, screen.height_px, theme.paper);
    changed_ = true;
    const bool slide = slide_ != Slide::none && card_.frame.w > 0;
    place_chooser();
    const float lanes_top = m_.compact ? m_.axis_y : slide ? card_.frame.bottom() + m_.chrome.pad_px : plot_top();
    if (!m_.reading) {
        add_eras_and_axis(g, lanes_top);
        add_markers_and_labels(g, lanes_top);
    }
    if (!m_.strip_hidden) strip_.draw(g, scale_.from_day(), scale_.to_day());
    if (!m_.compact) add_controls(g);

    // The bar last, over the bands.
    std::vector<ButtonSpec> right;
    if (ctx_.document && ctx_.documents.size() <= 1)
        right.push_back({"telegram",
                         ctx_.words(ctx_.documents.empty() || ctx_.documents[0].telegram ? "timeline.to_telegram"
                                                                                         : "card.read_document",
                                    ctx_.language),
                         false});
    if (!m_.reading)
        add_top_bar(g, *ctx_.text, theme, m_.chrome, {{"home", ctx_.words("nav.home", ctx_.language), false}},
                    ctx_.words("timeline.title", ctx_.language), right, ctx_.language, m_.bottom_h > 0);
    if (slide && !m_.reading) {
        // Taps beside the card close it; the axis, strip and controls stay live.
        const float beside_bottom = m_.strip_hidden ? static_cast<float>(screen.height_px) : m_.strip_y;
        const RectF beside = m_.compact ? RectF{0, m_.axis_y + m_.ticks_h, static_cast<float>(screen.width_px),
                                                beside_bottom - m_.axis_y - m_.ticks_h}
                                        : RectF{0, m_.top_h, static_cast<float>(screen.width_px), lanes_top - m_.top_h};
        // It ends where the axis's targets begin (a count chip on the axis may stand
        // taller than the row under the card).
        RectF area = beside;
        if (!m_.compact)
            for (const SceneTarget& t : g.targets)
                if (leads_to_events(t.id) && t.box.intersects(area)) area.h = std::max(0.0f, t.box.y - area.y);
        g.targets.push_back({"card-backdrop", area, Layer::fixed});
    }
    if (slide) add_card(g, card_);
    add_chooser(g);
    add_legend(g);
    geometry_ = std::move(g);
}

// ---- 3. eras, axis and ticks -------------------------------------------------------------------

void TimelineScene::add_eras_and_axis(SceneGeometry& g, float lanes_top) {
    const auto& theme = ctx_.config->theme;
    const float W = static_cast<float>(ctx_.screen.width_px);
    // Eras: background bands, named at the top where the name fits and no card covers it.
    const float band_top = m_.top_h;
    if (ctx_.timeline) {
        for (std::size_t ei = 0; ei < ctx_.timeline->eras.size(); ++ei) {
            const TimelineEra& era = ctx_.timeline->eras[ei];
            const Color band = era_colour(ctx_, era, ei);
            const float x0 = std::max(0.0f, scale_.x_of(static_cast<double>(era.start.first_day())));
            const float x1 = std::min(W, scale_.x_of(static_cast<double>(era.end.last_day())));
            if (x1 <= x0) continue;
            g.rects.push_back({{x0, band_top, x1 - x0, m_.axis_y - band_top}, band, Layer::fixed, 0});
            if (ctx_.high_contrast)
                g.rects.push_back({{x0, band_top, 1.5f, m_.axis_y - band_top}, theme.ink, Layer::fixed, 0});
            SceneLine name =
                cached_line(era.headline_in(ctx_.language), FontRole::label, m_.small_px, theme.ink, band, "era");
            name.id = era.id;
            const bool below_card = slide_ != Slide::none && card_.frame.w > 0;
            const float top = below_card ? lanes_top : band_top + m_.small_px * 0.4f;
            // Clear of the axis's targets and the chips' row over them.
            const float room_bottom =
                m_.axis_y - std::max(m_.finger_px / 2 + m_.chip_h, std::round(m_.small_px * 0.8f));
            if (!m_.compact && (below_card || m_.label_style == LabelStyle::full) &&
                name.box.w + m_.small_px <= x1 - x0 && top + name.box.h <= room_bottom) {
                name.box.x =
                    std::clamp((x0 + x1) / 2 - name.box.w / 2, x0 + m_.small_px / 2, x1 - m_.small_px / 2 - name.box.w);
                name.baseline_y += top;
                name.box.y += top;
                g.lines.push_back(std::move(name));
            }
        }
    }
    // The axis: solid where time runs at the story's pace, dashed where it runs fast
    // (a stretch of years with no event), with a break mark at each end of such a
    // stretch, so that a visitor sees that the scale changes there.
    float solid_from = 0;
    for (const StoryStretch& st : compressed_) {
        const float a = scale_.x_of(st.from_day), b = scale_.x_of(st.to_day);
        if (b < 0 || a > W) continue;
        if (a > solid_from)
            g.rects.push_back({{solid_from, m_.axis_y - 1, a - solid_from, 2}, theme.muted, Layer::fixed, 0});
        const float dash = std::max(4.0f, m_.small_px * 0.4f);
        for (float x = std::max(a, 0.0f) + dash; x + dash < std::min(b, W); x += 2 * dash)
            g.rects.push_back({{x, m_.axis_y - 1, dash, 2}, theme.muted, Layer::fixed, 0});
        for (const float x : {a, b}) {
            const float h = m_.small_px * 0.9f;
            g.rects.push_back({{x - 3.5f, m_.axis_y - h / 2, 2, h}, theme.muted, Layer::fixed, 0});
            g.rects.push_back({{x + 1.5f, m_.axis_y - h / 2, 2, h}, theme.muted, Layer::fixed, 0});
        }
        solid_from = std::max(solid_from, b);
    }
    if (solid_from < W)
        g.rects.push_back({{solid_from, m_.axis_y - 1, W - solid_from, 2}, theme.muted, Layer::fixed, 0});
    const float year_w = cached_line("0000", FontRole::label, m_.small_px, theme.ink, theme.paper, "tick").box.w;
    for (const auto& t : ticks_for(scale_, year_w * 2.2f, month_abbrevs(ctx_.language))) {
        const float x = std::round(scale_.x_of(t.day));
        const float tick_len = t.year_start ? m_.small_px * 0.7f : m_.small_px * 0.45f;
        g.rects.push_back({{x - 0.75f, m_.axis_y, 1.5f, tick_len}, theme.muted, Layer::fixed, 0});
        SceneLine l = cached_line(t.label, FontRole::label, m_.small_px, theme.ink, theme.paper, "tick");
        l.box.x = x - l.box.w / 2;
        if (l.box.x < 2 || l.box.right() > W - 2) continue;
        const float top = m_.axis_y + tick_len + m_.small_px * 0.1f;
        l.baseline_y += top;
        l.box.y += top;
        g.lines.push_back(std::move(l));
    }
}

// ---- 4. markers, clusters and labels --------------------------------------------------------------

// One line of a label-sized text: shaped once per text and size, then reused.
SceneLine TimelineScene::cached_line(const std::string& s, FontRole role, float px, Color fg, Color bg,
                                     const std::string& line_role) {
    const std::string key =
        line_role + "|" + s + "|" + std::to_string(px) + "|" + std::to_string(static_cast<int>(role));
    auto it = text_cache_.find(key);
    if (it == text_cache_.end()) {
        TextEngine& text = *ctx_.text;
        it = text_cache_
                 .emplace(key,
                          make_label_line(text, s, text.face(role, px), {"kern", "tnum"}, 0, 0, std::round(px * 1.4f),
                                          fg, bg, line_role, "", Layer::fixed, ctx_.language))
                 .first;
    }
    return it->second;
}

// The chip of a cluster of unlabelled events, at most `room_px` wide: the headline of its
// lead event, cut at a word with an ellipsis where it must be, and the count of the others
// ("+3"); where not even a word fits, the count of all ("4").
TimelineScene::Chip TimelineScene::make_chip(const std::vector<int>& members, float room_px, bool whole_only) {
    const auto& theme = ctx_.config->theme;
    const auto& events = ctx_.timeline->events;
    Chip chip;
    const float pad = std::round(m_.small_px * 0.45f);
    int lead = members.front();
    for (int i : members)
        if (events[static_cast<std::size_t>(i)].highlight) lead = i;
    const TimelineEvent& ev = events[static_cast<std::size_t>(lead)];
    const std::string id = ev.id;
    const bool single = members.size() == 1;
    SceneLine count = cached_line("+" + std::to_string(members.size() - 1), FontRole::label_strong, m_.small_px,
                                  theme.paper, theme.ink, "count");
    const float count_w = single ? -pad : count.box.w + pad;
    const std::string headline = ev.headline_in(ctx_.language);
    // No room at all (the count on the axis): no headline to try, on every frame a pan
    // rebuilds.
    for (std::size_t cut = headline.size(); room_px > 0;) {
        const std::string candidate = cut == headline.size() ? headline : headline.substr(0, cut) + "…";
        const SceneLine l = cached_line(candidate, FontRole::label, m_.small_px, theme.ink, theme.paper, "cluster");
        if (l.box.w + count_w + 3 * pad <= room_px) {
            chip.lines.push_back(l);
            break;
        }
        // The word before: back to the last space before the cut.
        const std::size_t space = cut == 0 ? std::string::npos : headline.rfind(' ', cut - 1);
        // Two words at least: "The…" says nothing.
        if (whole_only || space == std::string::npos || space == 0 ||
            headline.rfind(' ', space - 1) == std::string::npos)
            break;
        cut = space;
        while (cut > 0 && (headline[cut - 1] == ',' || headline[cut - 1] == ';' || headline[cut - 1] == ':')) --cut;
    }
    if (!chip.lines.empty()) chip.lines.front().id = ev.id;
    float x = pad;
    if (!chip.lines.empty()) {
        chip.lines.front().box.x = x;
        x += chip.lines.front().box.w + pad;
    }
    if (single) {
        chip.width = chip.lines.empty() ? 0 : x;
        chip.lead = lead;
        return chip;
    }
    if (chip.lines.empty())
        count = cached_line(std::to_string(members.size()), FontRole::label_strong, m_.small_px, theme.paper, theme.ink,
                            "count");
    count.box.x = x + pad * 0.5f;
    chip.count_box = {x, 0, count.box.w + pad, 0};
    chip.lines.push_back(count);
    chip.width = x + count.box.w + pad * 2;
    chip.lead = lead;
    return chip;
}

void TimelineScene::add_markers_and_labels(SceneGeometry& g, float lanes_top) {
    if (!ctx_.timeline) return;
    const AxisView view = add_spans_and_gather(g);
    const LabelLayout placed = place_event_labels(view.requests, lanes_top);
    const AxisGroups axis = group_the_rest(view.in_view, placed);
    add_markers(g, view.in_view, axis.groups);
    std::vector<SceneTarget> targets;
    add_labels(g, placed, targets);
    add_axis_targets(g, axis, lanes_top, targets);
    // While a cluster's list is open, only the list reacts (a tap beside it closes it).
    if (chooser_.empty()) g.targets.insert(g.targets.end(), targets.begin(), targets.end());
}

// The bars of the spans in view, and which events stand on the visible axis with the
// labels they ask for.
TimelineScene::AxisView TimelineScene::add_spans_and_gather(SceneGeometry& g) const {
    const float W = static_cast<float>(ctx_.screen.width_px);
    const float r = m_.marker_r;
    const auto& events = ctx_.timeline->events;
    AxisView view;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const TimelineEvent& ev = events[i];
        const float xs = scale_.x_of(ev.start_day()), xe = scale_.x_of(ev.end_day());
        if (xe < -r || xs > W + r) continue;
        if (ev.is_span()) {
            const float h = std::max(6.0f, r * 1.1f);
            const float x0 = std::max(-10.0f, xs), x1 = std::min(W + 10, std::max(xe, xs + h));
            g.rects.push_back(
                {{x0, m_.axis_y - h / 2, x1 - x0, h}, with_alpha(category_color(ev.group), 150), Layer::fixed, h / 2});
        }
        if (xs < 0 || xs > W) continue;
        view.in_view.emplace_back(static_cast<int>(i), xs);
        // The telegram and its reply first; then events with a picture (the story's
        // landmarks), then the rest, each left to right.
        if (const auto it = labels_.find(ev.id); it != labels_.end())
            view.requests.push_back({static_cast<int>(i), xs, it->second.width,
                                     ev.highlight       ? 2
                                     : ev.media.empty() ? 0
                                                        : 1,
                                     it->second.lanes});
    }
    return view;
}

// Labels in lanes above the chips' row, where there is room below the card (under
// the row of era names that stands there).
LabelLayout TimelineScene::place_event_labels(const std::vector<LabelRequest>& requests, float lanes_top) {
    const bool below_card = slide_ != Slide::none && card_.frame.w > 0;
    lanes_ = lanes_for(below_card && !m_.compact ? lanes_top + m_.small_px * 2.0f : lanes_top);
    if (lanes_ <= 0) return {};
    LabelLayoutParams lp;
    lp.lanes = lanes_;
    lp.gap_px = m_.label_px * 0.6f;
    lp.min_x = 4;
    lp.max_x = static_cast<float>(ctx_.screen.width_px) - 4;
    lp.narrow_first = m_.label_style == LabelStyle::one_line;
    return place_labels(requests, lp);
}

// The events without a label stand on the axis alone or in clusters of at most six,
// each a target.
TimelineScene::AxisGroups TimelineScene::group_the_rest(const std::vector<std::pair<int, float>>& in_view,
                                                        const LabelLayout& placed) const {
    const float W = static_cast<float>(ctx_.screen.width_px);
    std::vector<bool> labelled(ctx_.timeline->events.size(), false);
    for (const auto& p : placed.placed) labelled[static_cast<std::size_t>(p.item)] = true;
    AxisGroups axis;
    std::vector<std::pair<int, float>> rest;
    for (const auto& m : in_view)
        (labelled[static_cast<std::size_t>(m.first)] ? axis.labelled_x.push_back(m.second) : rest.push_back(m));
    std::sort(axis.labelled_x.begin(), axis.labelled_x.end());
    for (auto& grp : group_markers(rest, m_.finger_px))
        for (auto& part : split_group(grp, static_cast<int>(max_cluster_events)))
            axis.groups.push_back(std::move(part));
    // Targets a finger wide around their markers; where two come closer (a split cluster),
    // they meet halfway; none narrower than a finger (by the screen's edge too).
    axis.spans = target_spans(axis.groups, m_.finger_px, 0, W);
    return axis;
}

// Clusters under a soft pill; every marker in its group's shape and colour, ringed when
// it is chosen or highlighted.
void TimelineScene::add_markers(SceneGeometry& g, const std::vector<std::pair<int, float>>& in_view,
                                const std::vector<MarkerGroup>& groups) const {
    const auto& theme = ctx_.config->theme;
    const float r = m_.marker_r;
    for (const auto& grp : groups)
        if (grp.cluster())
            g.rects.push_back(
                {{grp.first_x - r * 1.8f, m_.axis_y - r * 1.8f, grp.last_x - grp.first_x + r * 3.6f, r * 3.6f},
                 with_alpha(theme.ink, 40),
                 Layer::fixed,
                 r * 1.8f});
    for (const auto& [i, x] : in_view) {
        const TimelineEvent& ev = ctx_.timeline->events[static_cast<std::size_t>(i)];
        if (ev.highlight || ev.id == selected_) {
            const float R = r * 1.7f;
            const Color ring = ev.id == selected_ ? theme.accent : *ev.highlight;
            g.rects.push_back({{x - R, m_.axis_y - R, 2 * R, 2 * R}, ring, Layer::fixed, R});
            g.rects.push_back({{x - R + 3, m_.axis_y - R + 3, 2 * R - 6, 2 * R - 6}, theme.paper, Layer::fixed, R - 3});
        }
        add_marker(g.rects, group_shape(ctx_, ev.group), x, m_.axis_y, r, category_color(ev.group), theme.paper);
    }
}

// Where a placed label stands: its bottom on its lowest lane's.
RectF TimelineScene::label_box(const PlacedLabel& p, const EventLabel& label) const {
    const float lane0_bottom = m_.axis_y - m_.finger_px / 2 - 2 - m_.chip_h;
    const float top = lane0_bottom - static_cast<float>(p.lane) * m_.lane_h - label.height;
    return {p.left, top, label.width, label.height};
}

// Labels with their leaders (all leaders first, so none crosses another's box); a label
// under the open cluster list gives way to it.
void TimelineScene::add_labels(SceneGeometry& g, const LabelLayout& placed, std::vector<SceneTarget>& targets) const {
    const auto& theme = ctx_.config->theme;
    const auto& events = ctx_.timeline->events;
    auto hidden = [&](const RectF& box) { return !chooser_.empty() && box.intersects(chooser_box_); };
    for (const auto& p : placed.placed) {
        const TimelineEvent& ev = events[static_cast<std::size_t>(p.item)];
        const RectF box = label_box(p, labels_.at(ev.id));
        if (hidden(box)) continue;
        const float x = scale_.x_of(ev.start_day());
        g.rects.push_back({{std::round(x) - 0.5f, box.bottom(), 1, m_.axis_y - m_.marker_r - box.bottom()},
                           theme.muted,
                           Layer::fixed,
                           0});
    }
    for (const auto& p : placed.placed) {
        const TimelineEvent& ev = events[static_cast<std::size_t>(p.item)];
        const EventLabel& label = labels_.at(ev.id);
        const RectF box = label_box(p, label);
        if (hidden(box)) continue;
        const Color edge = ev.id == selected_ ? theme.accent : ev.highlight ? *ev.highlight : theme.muted;
        g.rects.push_back({{box.x - 1, box.y - 1, box.w + 2, box.h + 2}, edge, Layer::fixed, 6});
        g.rects.push_back({box, theme.paper, Layer::fixed, 5});
        g.rects.push_back({{box.x + 1, box.y + label.height * 0.18f, 3, label.height * 0.64f},
                           category_color(ev.group),
                           Layer::fixed,
                           1.5f});
        for (SceneLine l : label.lines) {
            l.box.x += box.x;
            l.box.y += box.y;
            l.baseline_y += box.y;
            g.lines.push_back(std::move(l));
        }
        targets.push_back({"event:" + ev.id, box, Layer::fixed});
    }
}

// The axis's own targets: a lone event, or a cluster with its chip (in the row over
// the axis, or on the axis itself where a card leaves no row). The row needs its
// height clear of a card above it; chips go left to right, each after the one before.
void TimelineScene::add_axis_targets(SceneGeometry& g, const AxisGroups& axis, float lanes_top,
                                     std::vector<SceneTarget>& targets) {
    const float W = static_cast<float>(ctx_.screen.width_px);
    const float f = m_.finger_px;
    const bool chip_row = m_.chip_h > 0 && !m_.compact && m_.axis_y - f / 2 - m_.chip_h - 2 >= lanes_top;
    float chips_right = 4;
    for (std::size_t k = 0; k < axis.groups.size(); ++k) {
        const MarkerGroup& grp = axis.groups[k];
        const auto [left, right] = axis.spans[k];
        std::string id = grp.cluster() ? "cluster:" : "event:";
        for (std::size_t j = 0; j < grp.items.size(); ++j)
            id += (j ? "," : "") + ctx_.timeline->events[static_cast<std::size_t>(grp.items[j])].id;
        // The chip's room: up to the neighbouring targets and clear of labelled markers
        // (their leaders rise through the row).
        float lo = k > 0 ? axis.spans[k - 1].second : 4.0f;
        float hi = std::min(k + 1 < axis.groups.size() ? axis.spans[k + 1].first : W - 4, W - 4);
        lo = std::max(lo, chip_row ? chips_right + m_.small_px * 0.4f : 4.0f);
        if (chip_row) {
            for (float lx : axis.labelled_x) {
                if (lx < grp.first_x)
                    lo = std::max(lo, lx + m_.marker_r * 1.5f);
                else if (lx > grp.last_x)
                    hi = std::min(hi, lx - m_.marker_r * 1.5f);
            }
        }
        // A lone event shows its whole headline where the row has room for it.
        Chip chip = make_chip(grp.items, chip_row ? hi - lo : 0, !grp.cluster());
        if (!grp.cluster() && chip.width <= 0) {
            targets.push_back({id, {left, m_.axis_y - f / 2, right - left, f}, Layer::fixed});
            continue;
        }
        const ChipPlace place = place_chip(grp, chip, {lo, hi}, {left, right}, chip_row);
        if (place.in_row) chips_right = place.box.right();
        if (!chooser_.empty() && place.box.intersects(chooser_box_)) continue;
        add_chip(g, grp, chip, place, id);
        const float tx0 = std::min(left, place.box.x), tx1 = std::max(right, place.box.right());
        const float ty0 = std::min(place.box.y, m_.axis_y - f / 2);
        targets.push_back(
            {id, {tx0, ty0, tx1 - tx0, std::max(m_.axis_y + f / 2, place.box.bottom()) - ty0}, Layer::fixed});
    }
}

// Where a chip stands: centred over its markers within its room in the row, or, where
// not even its count fits in the row beside its neighbours' chips, the count on the
// axis inside the cluster's own target (`chip` is then made again as the count alone).
TimelineScene::ChipPlace TimelineScene::place_chip(const MarkerGroup& grp, Chip& chip, std::pair<float, float> room,
                                                   std::pair<float, float> target, bool chip_row) {
    const auto [lo, hi] = room;
    const auto [left, right] = target;
    const float centre = (grp.first_x + grp.last_x) / 2;
    bool in_row = chip_row;
    float cx = std::clamp(centre - chip.width / 2, lo, std::max(lo, hi - chip.width));
    if (in_row && cx + chip.width > hi + 0.5f) {
        in_row = false;
        chip = make_chip(grp.items, 0, false);
    }
    const float chip_h = in_row ? m_.chip_h : std::round(m_.small_px * 1.6f);
    if (!in_row) cx = std::clamp(centre - chip.width / 2, left, std::max(left, right - chip.width));
    const float cy = in_row ? m_.axis_y - m_.finger_px / 2 - chip_h : m_.axis_y - chip_h / 2;
    return {{cx, cy, chip.width, chip_h}, centre, in_row};
}

// A chip drawn: its leader down to the markers (in the row), its outline and paper, the
// count's dark badge, its lines.
void TimelineScene::add_chip(SceneGeometry& g, const MarkerGroup& grp, const Chip& chip, const ChipPlace& place,
                             const std::string& id) const {
    const auto& theme = ctx_.config->theme;
    const auto [cx, cy, w, chip_h] = place.box;
    if (place.in_row)
        g.rects.push_back(
            {{std::round(place.centre) - 0.5f, cy + chip_h, 1, m_.axis_y - m_.marker_r * 1.8f - cy - chip_h},
             theme.muted,
             Layer::fixed,
             0});
    g.rects.push_back({{cx - 1, cy - 1, w + 2, chip_h + 2}, theme.muted, Layer::fixed, chip_h / 2 + 1});
    g.rects.push_back({place.box, theme.paper, Layer::fixed, chip_h / 2});
    if (grp.cluster())
        g.rects.push_back(
            {{cx + chip.count_box.x, cy + 3, chip.count_box.w, chip_h - 6}, theme.ink, Layer::fixed, (chip_h - 6) / 2});
    for (SceneLine l : chip.lines) {
        const float dy = cy + (chip_h - l.box.h) / 2;
        l.box.x += cx;
        l.box.y += dy;
        l.baseline_y += dy;
        if (l.id.empty()) l.id = id;
        g.lines.push_back(std::move(l));
    }
}

// ---- 5. controls, the cluster's list, the colour key ---------------------------------------------

void TimelineScene::add_controls(SceneGeometry& g) {
    TextEngine& text = *ctx_.text;
    const auto& theme = ctx_.config->theme;
    const std::string& lang = ctx_.language;
    const float W = static_cast<float>(ctx_.screen.width_px);
    const ChromeStyle& st = m_.chrome;
    std::vector<ButtonSpec> left{{"timeline:start", ctx_.words("timeline.start", lang), slide_ == Slide::title},
                                 {"timeline:key", ctx_.words("timeline.key", lang), legend_open_}};
    std::vector<ButtonSpec> right{{"timeline:zoom-out", "−", false},
                                  {"timeline:all", ctx_.words("timeline.all", lang), false},
                                  {"timeline:zoom-in", "+", false}};
    float x = m_.margin;
    for (const auto& b : left) {
        const float w = button_width(text, st, b.label, lang);
        add_button(g, text, theme, st, b, {x, m_.controls_y, w, st.button_h_px}, lang);
        x += w + st.pad_px;
    }
    const float left_end = x;
    float xr = W - m_.margin;
    // NOLINTNEXTLINE(modernize-loop-convert): clang-tidy 14 cannot read libstdc++ 12's reverse_view
    for (auto it = right.rbegin(); it != right.rend(); ++it) {
        const ButtonSpec& button = *it;
        // The zoom buttons are square: a finger's width, with a large sign.
        const bool sign = button.label == "−" || button.label == "+";
        ChromeStyle bs = st;
        if (sign) bs.label_px = st.label_px * 1.5f;
        const float w =
            sign ? std::max(st.button_h_px * 1.2f, m_.finger_px) : button_width(text, st, button.label, lang);
        xr -= w;
        add_button(g, text, theme, bs, button, {xr, m_.controls_y, w, st.button_h_px}, lang);
        xr -= st.pad_px;
    }
    place_hint(g, text, theme, st, left_end, xr);
}

// The hint between the buttons says what the hands can do. Its parts are separated by
// " · "; where the whole does not fit on one line it is set on two, split at the
// separator nearest its middle, and where two do not fit, as many parts as fit.
void TimelineScene::place_hint(SceneGeometry& g, TextEngine& text, const ThemeConfig& theme, const ChromeStyle& st,
                               float left_end, float right_end) const {
    const std::string& lang = ctx_.language;
    const std::string sep = " · ";
    const float room = right_end - left_end - 2 * st.pad_px;
    const int face = text.face(FontRole::label, m_.small_px);
    auto line = [&](const std::string& s, float top, float h) {
        return make_label_line(text, s, face, {"kern"}, 0, top, h, theme.muted, theme.paper, "hint", "", Layer::fixed,
                               lang);
    };
    auto centred = [&](SceneLine l) {
        l.box.x = std::round(left_end + (right_end - left_end - l.box.w) / 2);
        g.lines.push_back(std::move(l));
    };
    const std::string whole = ctx_.words("timeline.hint", lang);
    if (SceneLine one = line(whole, m_.controls_y, st.button_h_px); one.box.w <= room) return centred(std::move(one));
    std::vector<std::string> parts;
    for (std::size_t b = 0;;) {
        const std::size_t e = whole.find(sep, b);
        parts.push_back(whole.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos) break;
        b = e + sep.size();
    }
    auto joined = [&](std::size_t from, std::size_t to) {
        std::string s;
        for (std::size_t i = from; i < to; ++i) s += (i > from ? sep : "") + parts[i];
        return s;
    };
    const float half = st.button_h_px / 2;
    const auto& fm = text.fonts().face(face).metrics();
    const float line_h = fm.ascender_px - fm.descender_px;
    if (parts.size() > 1 && line_h <= half * 1.15f) {
        std::size_t best = 0;
        float best_w = 0;
        for (std::size_t k = 1; k < parts.size(); ++k) {
            const float w = std::max(line(joined(0, k), 0, half).box.w, line(joined(k, parts.size()), 0, half).box.w);
            if (best == 0 || w < best_w) best = k, best_w = w;
        }
        if (best_w <= room) {
            centred(line(joined(0, best), m_.controls_y, half));
            centred(line(joined(best, parts.size()), m_.controls_y + half, half));
            return;
        }
    }
    for (std::size_t k = parts.size() - 1; k >= 1; --k)
        if (SceneLine l = line(joined(0, k), m_.controls_y, st.button_h_px); l.box.w <= room)
            return centred(std::move(l));
}

void TimelineScene::place_chooser() {
    // The list of a cluster's events: each row its date and its whole headline, wrapped
    // (never cut); over its cluster, as high as the rows need between the top bar and the
    // controls. Rows that do not fit scroll (a drag in the list), and only whole rows are
    // shown, with a "more" cue at the edge that hides some.
    chooser_rows_.clear();
    chooser_box_ = {};
    if (chooser_.empty() || !ctx_.timeline) return;
    TextEngine& text = *ctx_.text;
    const auto& theme = ctx_.config->theme;
    const std::string& lang = ctx_.language;
    const float W = static_cast<float>(ctx_.screen.width_px), H = static_cast<float>(ctx_.screen.height_px);
    const float pad = std::round(m_.label_px * 0.6f);
    const int date_face = text.face(FontRole::label, m_.small_px),
              head_face = text.face(FontRole::label_strong, m_.label_px);
    const float date_h = std::round(m_.small_px * 1.4f), head_h = std::round(m_.label_px * 1.25f);
    const float panel_w = std::min(W - 2 * m_.margin, std::max(m_.label_px * 24.0f, W * 0.3f));
    const float measure = panel_w - 3 * pad - 6;
    float y = 0;
    for (int i : chooser_) {
        const TimelineEvent& ev = ctx_.timeline->events[static_cast<std::size_t>(i)];
        ChooserRow row;
        row.event = i;
        row.top = y;
        float ry = pad * 0.6f;
        row.lines.push_back(make_label_line(text, ev.display_date_in(lang), date_face, {"kern", "tnum"}, 2 * pad, ry,
                                            date_h, theme.muted, theme.paper, "event", ev.id, Layer::fixed, lang));
        ry += date_h;
        const LocalText headline = ev.headline_for(lang);
        const auto tp =
            set_plain_paragraph(text, headline.text, head_face, {"kern"}, measure, headline.language, m_.label_px);
        ry = append_paragraph_lines(row.lines, text, tp, head_face, 2 * pad, ry, head_h,
                                    {"event", ev.id, theme.ink, theme.paper, theme.accent, Layer::fixed, measure});
        row.height = std::max(m_.finger_px, ry + pad * 0.6f);
        y += row.height;
        chooser_rows_.push_back(std::move(row));
    }
    chooser_content_h_ = y;
    const float top_limit = m_.top_h + pad, bottom_limit = (m_.compact ? H : m_.controls_y) - pad;
    const float panel_h = std::min(y + 2 * pad, bottom_limit - top_limit);
    // Above the axis where it fits there, else as low as the controls allow.
    float py = m_.axis_y - m_.finger_px / 2 - pad - panel_h;
    if (py < top_limit) py = std::min(top_limit, bottom_limit - panel_h);
    const float px = std::clamp(chooser_x_ - panel_w / 2, m_.margin, W - m_.margin - panel_w);
    chooser_box_ = {px, py, panel_w, panel_h};
    chooser_scroll_px_ = std::clamp(chooser_scroll_px_, 0.0f, std::max(0.0f, chooser_content_h_ - (panel_h - 2 * pad)));
}

void TimelineScene::add_chooser(SceneGeometry& g) {
    if (chooser_.empty() || !ctx_.timeline || chooser_box_.w <= 0) return;
    const auto& theme = ctx_.config->theme;
    const float W = static_cast<float>(ctx_.screen.width_px);
    const RectF box = chooser_box_;
    const float pad = std::round(m_.label_px * 0.6f);
    const float view_top = box.y + pad, view_bottom = box.bottom() - pad;
    // Modal: a tap beside the list closes it.
    g.targets.push_back({"chooser-backdrop", {0, 0, W, static_cast<float>(ctx_.screen.height_px)}, Layer::fixed});
    g.top_rects.push_back({{box.x - 1, box.y - 1, box.w + 2, box.h + 2}, theme.muted, Layer::fixed, 12});
    g.top_rects.push_back({box, theme.paper, Layer::fixed, 11});
    bool cut_above = false, cut_below = false;
    for (std::size_t k = 0; k < chooser_rows_.size(); ++k) {
        const ChooserRow& row = chooser_rows_[k];
        const TimelineEvent& ev = ctx_.timeline->events[static_cast<std::size_t>(row.event)];
        const float ry = view_top + row.top - chooser_scroll_px_;
        // Only whole rows: one the list's edge would cut waits for a scroll.
        if (ry < view_top - 0.5f) {
            cut_above = true;
            continue;
        }
        if (ry + row.height > view_bottom + 0.5f) {
            cut_below = true;
            continue;
        }
        for (SceneLine l : row.lines) {
            l.box.x += box.x;
            l.box.y += ry;
            l.baseline_y += ry;
            g.top_lines.push_back(std::move(l));
        }
        const float vis_top = std::max(ry, view_top), vis_bottom = std::min(ry + row.height, view_bottom);
        if (k > 0 && ry >= view_top)
            g.top_rects.push_back({{box.x + pad, ry, box.w - 2 * pad, 1}, theme.bar, Layer::fixed, 0});
        const float mr = std::max(5.0f, m_.label_px * 0.3f);
        add_marker(g.top_rects, group_shape(ctx_, ev.group), box.x + pad,
                   std::clamp(ry + row.height / 2, vis_top + mr, vis_bottom - mr), mr, category_color(ev.group),
                   theme.paper);
        g.targets.push_back({"event:" + ev.id, {box.x, vis_top, box.w, vis_bottom - vis_top}, Layer::fixed});
    }
    // The "more" cues: a soft band and an arrow where rows wait beyond the edge.
    const float cue_h = std::round(m_.small_px * 1.2f);
    if (cut_below) {
        g.top_rects.push_back({{box.x + 2, view_bottom - cue_h * 0.3f, box.w - 4, cue_h * 0.3f + pad - 2},
                               with_alpha(theme.muted, 60),
                               Layer::fixed,
                               6});
        g.top_rects.push_back({{box.x + box.w / 2 - cue_h * 0.6f, box.bottom() - pad * 0.9f, cue_h * 1.2f, pad * 0.7f},
                               theme.muted,
                               Layer::fixed,
                               0,
                               Shape::triangle});
    }
    if (cut_above)
        g.top_rects.push_back(
            {{box.x + 2, box.y + 2, box.w - 4, pad + cue_h * 0.3f - 2}, with_alpha(theme.muted, 60), Layer::fixed, 6});
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
        SceneLine l = make_label_line(text, group_label(*e, ctx_.words, lang), face, {"kern"}, 0, 0, row_h, theme.ink,
                                      theme.paper, "legend", "", Layer::fixed, lang);
        w = std::max(w, l.box.w);
        rows.emplace_back(e->group, std::move(l));
    }
    const float panel_w = w + sw + 3 * pad, panel_h = static_cast<float>(rows.size()) * row_h + 2 * pad;
    const float x = m_.margin, y = m_.controls_y - m_.chrome.pad_px - panel_h;
    g.top_rects.push_back({{x - 1, y - 1, panel_w + 2, panel_h + 2}, theme.muted, Layer::fixed, 12});
    g.top_rects.push_back({{x, y, panel_w, panel_h}, theme.paper, Layer::fixed, 11});
    float ry = y + pad;
    for (auto& [c, l] : rows) {
        // The group's marker as the axis draws it: its shape and its colour.
        add_marker(g.top_rects, group_shape(ctx_, c), x + pad + sw / 2, ry + row_h / 2, sw / 2, category_color(c),
                   theme.paper);
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
        return (leads_to_events(t.id) || t.id == "timeline:overview") && t.box.intersects(key);
    });
    g.targets.push_back({"timeline:legend", key, Layer::fixed});
}

}  // namespace kiosk
