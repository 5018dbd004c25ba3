// Sections: 1. sizes and columns  2. the footer  3. the body (set once, positioned
// from 0)  4. the frame, cut under a whole line.
#include "scenes/event_card.h"

#include <algorithm>
#include <cmath>

#include "scenes/rich_paragraph.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

TypesetParagraph set_plain(TextEngine& text, const std::string& s, int face, const std::vector<std::string>& features,
                           float measure, const std::string& lang, float px) {
    ParagraphSpec spec;
    spec.styles.push_back({face, features, 0, 0});
    spec.runs.push_back({s, 0, {}});
    spec.measure_px = measure;
    spec.align = Alignment::left;
    spec.hyphenation = Hyphenation::off;
    spec.language = lang;
    spec.kp.emergency_stretch_px = px * 1.5f;
    return text.setter(lang).set(spec);
}

// The footer's buttons placed in rows `width` wide, from (0, 0). One row where it holds
// them all: previous at the left, next at the right, the actions centred between. Else
// previous and next share the first row and the actions follow in rows below, each as
// wide as its label needs (labels never shrink: larger text is never smaller); a label
// wider than the row gets the whole row.
struct FooterPlan {
    std::vector<std::pair<ButtonSpec, RectF>> buttons;
    float height = 0;
};

FooterPlan plan_footer(TextEngine& text, const ChromeStyle& st, const std::string& lang, const CardSpec& spec, float width) {
    FooterPlan plan;
    std::vector<ButtonSpec> actions = spec.actions;
    actions.push_back(spec.close);
    auto w_of = [&](const ButtonSpec& b) { return std::min(width, button_width(text, st, b.label, lang)); };
    float actions_w = -st.pad_px;
    for (const auto& a : actions) actions_w += w_of(a) + st.pad_px;
    // The longest neighbour labels that keep one row.
    const std::size_t levels = std::max(spec.previous_labels.size(), spec.next_labels.size());
    auto labelled = [&](const ButtonSpec& b, const std::vector<std::string>& labels, std::size_t level) {
        ButtonSpec out = b;
        if (!labels.empty()) out.label = labels[std::min(level, labels.size() - 1)];
        return out;
    };
    for (std::size_t level = 0; level <= levels; ++level) {
        const ButtonSpec prev = level < levels ? labelled(spec.previous, spec.previous_labels, level) : spec.previous;
        const ButtonSpec next = level < levels ? labelled(spec.next, spec.next_labels, level) : spec.next;
        const float pw = prev.label.empty() ? -st.pad_px : w_of(prev), nw = next.label.empty() ? -st.pad_px : w_of(next);
        if (pw + nw + actions_w + 2 * st.pad_px > width) continue;
        if (!prev.label.empty()) plan.buttons.push_back({prev, {0, 0, pw, st.button_h_px}});
        if (!next.label.empty()) plan.buttons.push_back({next, {width - nw, 0, nw, st.button_h_px}});
        float x = pw + std::max(st.pad_px, (width - pw - nw - actions_w) / 2);
        for (const auto& a : actions) {
            plan.buttons.push_back({a, {x, 0, w_of(a), st.button_h_px}});
            x += w_of(a) + st.pad_px;
        }
        plan.height = st.button_h_px;
        return plan;
    }
    // One row still, where a disabled end ("This is the start") steps aside: it only
    // says there is nothing that way.
    if (!spec.previous.enabled || !spec.next.enabled) {
        CardSpec lean = spec;
        if (!lean.previous.enabled) lean.previous.label.clear();
        if (!lean.next.enabled) lean.next.label.clear();
        if (!spec.previous.label.empty() && !spec.next.label.empty()) {
            FooterPlan one = plan_footer(text, st, lang, lean, width);
            if (one.height <= st.button_h_px + 0.5f) return one;
        }
    }
    // Rows: previous and next first (the longest labels that fit half the row each).
    const float half = (width - st.pad_px) / 2;
    auto fitting = [&](const ButtonSpec& b, const std::vector<std::string>& labels) {
        for (const auto& l : labels) {
            ButtonSpec c = b;
            c.label = l;
            if (button_width(text, st, l, lang) <= half) return c;
        }
        return b;
    };
    const ButtonSpec prev = fitting(spec.previous, spec.previous_labels), next = fitting(spec.next, spec.next_labels);
    if (prev.label.empty() != next.label.empty()) {
        // One end only (the other disabled and left out): it has the first row.
        plan.buttons.push_back({prev.label.empty() ? next : prev, {0, 0, width, st.button_h_px}});
    } else if (prev.label.empty()) {
        // Neither end: the actions alone.
    } else if (w_of(prev) <= half && w_of(next) <= half) {
        plan.buttons.push_back({prev, {0, 0, half, st.button_h_px}});
        plan.buttons.push_back({next, {half + st.pad_px, 0, half, st.button_h_px}});
    } else {
        plan.buttons.push_back({prev, {0, 0, width, st.button_h_px}});
        plan.buttons.push_back({next, {0, st.button_h_px + st.pad_px, width, st.button_h_px}});
    }
    float y = plan.buttons.empty() ? 0.0f : plan.buttons.back().second.bottom() + st.pad_px, x = 0;
    std::vector<std::size_t> row;  // the current row's buttons, centred when it is full
    auto centre_row = [&] {
        if (row.empty()) return;
        const float used = plan.buttons[row.back()].second.right();
        for (std::size_t i : row) plan.buttons[i].second.x += std::round((width - used) / 2);
        row.clear();
    };
    for (const auto& a : actions) {
        const float w = w_of(a);
        if (x > 0 && x + w > width + 0.5f) {
            centre_row();
            x = 0;
            y += st.button_h_px + st.pad_px;
        }
        row.push_back(plan.buttons.size());
        plan.buttons.push_back({a, {x, y, w, st.button_h_px}});
        x += w + st.pad_px;
    }
    centre_row();
    plan.height = y + st.button_h_px;
    return plan;
}

// The largest y at or above `cut` that no line crosses (a picture may be crossed only
// where it starts at the very top, as nothing could end above it).
float whole_line_cut(const std::vector<SceneLine>& lines, const std::vector<SceneImage>& images, float cut) {
    for (bool moved = true; moved;) {
        moved = false;
        for (const auto& l : lines)
            if (l.box.y < cut - 0.5f && l.box.bottom() > cut + 0.5f) {
                cut = l.box.y;
                moved = true;
            }
        for (const auto& im : images)
            if (im.box.y > 0.5f && im.box.y < cut - 0.5f && im.box.bottom() > cut + 0.5f) {
                cut = im.box.y;
                moved = true;
            }
    }
    return cut;
}

}  // namespace

Card build_card(const SceneContext& ctx, const CardSpec& spec, const RectF& area) {
    Card card;
    TextEngine& text = *ctx.text;
    const auto& theme = ctx.config->theme;
    const std::string& lang = spec.language;
    const ChromeStyle chrome = chrome_style(ctx.screen, ctx.text_scale);

    // ---- 1. sizes: the body a little under the reader's size; at most 62 characters.
    // The picture goes beside the text where the area is landscape and wide enough for
    // a picture column of at least 40% of the text's measure.
    const float body = std::max(16.0f, nominal_body_px(ctx.config->typography, ctx.screen) * ctx.text_scale * 0.85f);
    const float pad = std::round(std::clamp(body * 1.0f, 12.0f, area.w * 0.05f));
    const float text_w = std::min(area.w - 2 * pad, std::round(body * 0.45f * 62));
    const float small = std::round(std::max(15.0f, body * 0.72f));
    const float col_gap = std::round(body * 1.2f);
    const bool has_picture = !spec.image_path.empty() && spec.image_size_px && spec.image_size_px->first > 0 &&
                             spec.image_size_px->second > 0;
    const float aspect = has_picture ? static_cast<float>(spec.image_size_px->second) / static_cast<float>(spec.image_size_px->first) : 0;
    const float pic_room = area.w - 2 * pad - text_w - col_gap;
    card.side_by_side = has_picture && area.w > area.h * 1.15f && pic_room >= text_w * 0.4f;
    // Beside the text: as wide as the room allows, up to the text's own measure, and no
    // taller than the area.
    float pic_w = 0;
    if (card.side_by_side) pic_w = std::round(std::min({pic_room, text_w, (area.h - 2 * pad) / aspect}));
    card.side_by_side = card.side_by_side && pic_w >= text_w * 0.4f;
    const float content_w = card.side_by_side ? pic_w + col_gap + text_w : text_w;
    const float text_x = card.side_by_side ? pic_w + col_gap : 0;

    // ---- 2. the footer.
    // A scroll bar's gutter a finger wide at the right, where the body scrolls: decided
    // once the body is set, so the footer is planned for both widths.
    const float gap = std::round(std::max(8.0f, body * 0.45f));
    FooterPlan footer = plan_footer(text, chrome, lang, spec, content_w);
    std::vector<ButtonSpec> body_actions;
    const float min_body = std::round(small * 1.5f) + std::round(body * 1.45f * 1.18f) + 4 * std::round(body * 1.38f);
    if (area.h - (2 * pad + gap + footer.height) < min_body) {
        // Short of room: the actions offered elsewhere leave the footer, and a disabled
        // end ("This is the start") gives its place to the others.
        CardSpec lean = spec;
        std::erase_if(lean.actions, [&](const ButtonSpec& b) {
            return std::find(spec.spare_actions.begin(), spec.spare_actions.end(), b.id) != spec.spare_actions.end();
        });
        if (!lean.previous.enabled) lean.previous.label.clear();
        if (!lean.next.enabled) lean.next.label.clear();
        footer = plan_footer(text, chrome, lang, lean, content_w);
        if (area.h - (2 * pad + gap + footer.height) < min_body) {
            // Still short: the footer keeps previous, next, Listen and Close; the other
            // actions ("Read the telegram") follow the text, at the end of the body.
            std::erase_if(lean.actions, [&](const ButtonSpec& b) {
                if (b.id == "card:listen") return false;
                body_actions.push_back(b);
                return true;
            });
            footer = plan_footer(text, chrome, lang, lean, content_w);
        }
    }

    // ---- 3. the body, from y = 0: what and when, the headline, the picture, the
    // text, the source. Side by side: the picture and its caption in the left column.
    // The "More" row: a finger tall, as it is a button.
    const float more_h = std::max(std::round(small * 1.9f), std::ceil(ctx.screen.min_target_px));
    const float room_for_body = area.h - (pad + gap + footer.height + pad);
    std::vector<SceneLine> lines;
    std::vector<SceneImage> images;
    std::vector<SceneRect> rects;
    float y = 0;
    const float kicker_h = std::round(small * 1.5f);
    if (!spec.kicker.empty() || !spec.date.empty()) {
        SceneLine kicker = make_label_line(text, spec.kicker, text.face(FontRole::label_strong, small), {"kern"}, text_x, 0, kicker_h,
                                           spec.kicker_color, theme.paper, "category", spec.id, Layer::content, lang);
        SceneLine date = make_label_line(text, spec.date, text.face(FontRole::label, small), {"kern", "tnum"},
                                         text_x + kicker.box.w + (spec.kicker.empty() ? 0 : small), 0, kicker_h, theme.muted, theme.paper,
                                         "date", spec.id, Layer::content, lang);
        if (date.box.right() > text_x + text_w) {  // no room beside the group: below it
            date.box.x = text_x;
            date.box.y = kicker_h;
            date.baseline_y += kicker_h;
            y += kicker_h;
        }
        if (!spec.kicker.empty()) lines.push_back(std::move(kicker));
        if (!spec.date.empty()) lines.push_back(std::move(date));
        y += kicker_h + std::round(small * 0.3f);
    }
    const float head_px = std::round(body * 1.45f);
    const int head_face = text.face(FontRole::display, head_px);
    // Listen reads the headline, then the text, each in its own language.
    const TypesetParagraph headline = set_plain(text, spec.headline, head_face, {"kern", "liga", "onum"}, text_w, spec.headline_language, head_px);
    y = append_paragraph_lines(lines, text, headline, head_face, text_x, y, std::round(head_px * 1.18f),
                               {"heading", spec.id, theme.ink, theme.paper, theme.accent, Layer::content, text_w,
                                add_speech(card.speech, headline, spec.headline_language)});
    y += std::round(body * 0.5f);

    // The picture: beside the text; else below the headline where there is room for it
    // and some text, otherwise after the text, so the words come first on a small screen.
    auto add_picture = [&](float x0, float top, float column_w, float max_h) {
        float w = column_w, h = column_w * aspect;
        if (h > max_h) {
            w *= max_h / h;
            h = max_h;
        }
        const float x = std::round(x0 + (column_w - w) / 2);
        rects.push_back({{x - 1, top - 1, w + 2, h + 2}, theme.muted, Layer::content, 0});
        images.push_back({spec.image_path, {x, top, w, h}, Layer::content, {}});
        top += h + std::round(body * 0.3f);
        if (!spec.caption.empty()) {
            const int cap_face = text.face(FontRole::body_italic, small);
            top = append_paragraph_lines(lines, text,
                                         set_plain(text, spec.caption, cap_face, {"kern", "liga", "onum"}, column_w, spec.caption_language, small),
                                         cap_face, x0, top, std::round(small * 1.3f),
                                         {"caption", spec.id, theme.muted, theme.paper, theme.accent, Layer::content, column_w});
        }
        return top;
    };
    float picture_bottom = 0;
    if (card.side_by_side) picture_bottom = add_picture(0, 0, pic_w, room_for_body - small * 4);
    const bool picture_first = !card.side_by_side && has_picture && room_for_body >= body * 14;
    const float stacked_max_h = std::max(body * 4, std::min(room_for_body * 0.55f, static_cast<float>(ctx.screen.height_px) * 0.3f));
    if (picture_first) y = add_picture(0, y, text_w, stacked_max_h) + std::round(body * 0.4f);

    // Text, justified by the same engine as the telegram, hyphenated in its language.
    RichStyle rs{FontRole::body, FontRole::body_italic, body, {"kern", "liga", "onum"}, Alignment::justify, Hyphenation::on,
                 spec.text_language};
    if (!text.hyphenator(spec.text_language)) rs.align = Alignment::left;  // no hyphens: justified narrow text opens rivers
    const int body_face = text.face(FontRole::body, body);
    for (std::size_t i = 0; i < spec.text.paragraphs.size(); ++i) {
        if (i > 0) y += std::round(body * 0.35f);
        const TypesetParagraph tp = set_rich_paragraph(text, spec.text.paragraphs[i], rs, text_w);
        y = append_paragraph_lines(lines, text, tp, body_face, text_x, y, std::round(body * 1.38f),
                                   {"p", spec.id, theme.ink, theme.paper, theme.accent, Layer::content, text_w,
                                    add_speech(card.speech, tp, spec.text_language)});
    }
    if (has_picture && !card.side_by_side && !picture_first) {
        y += std::round(body * 0.5f);
        y = add_picture(0, y, text_w, stacked_max_h) + std::round(body * 0.4f);
    }
    if (!spec.source.empty()) {
        y += std::round(body * 0.5f);
        // Citations name English publications: set as English after the interface's "Source:".
        RichStyle ss{FontRole::body, FontRole::body_italic, small, {"kern", "liga", "onum"}, Alignment::left, Hyphenation::off, "en"};
        std::vector<Span> spans{{ui_text("card.source", lang) + " ", span_roman, {}}};
        for (const auto& p : spec.source.paragraphs) spans.insert(spans.end(), p.begin(), p.end());
        y = append_paragraph_lines(lines, text, set_rich_paragraph(text, spans, ss, text_w), text.face(FontRole::body, small), text_x, y,
                                   std::round(small * 1.35f), {"source", spec.id, theme.muted, theme.paper, theme.accent, Layer::content, text_w});
    }
    // Actions that found no room in the footer: after the text, in rows.
    SceneGeometry in_body;
    in_body.width_px = ctx.screen.width_px;
    if (!body_actions.empty()) {
        y += std::round(body * 0.6f);
        float x = text_x;
        for (const auto& b : body_actions) {
            const float w = std::min(text_w, button_width(text, chrome, b.label, lang));
            if (x > text_x && x + w > text_x + text_w) {
                x = text_x;
                y += chrome.button_h_px + chrome.pad_px;
            }
            add_button(in_body, text, theme, chrome, b, {x, y, w, chrome.button_h_px}, lang);
            x += w + chrome.pad_px;
        }
        y += chrome.button_h_px;
    }
    card.body_height_px = std::ceil(std::max(y, picture_bottom));
    for (const auto& l : lines) card.line_spans.push_back({l.box.y, l.box.bottom()});
    std::sort(card.line_spans.begin(), card.line_spans.end());

    // ---- 4. the frame: as tall as the content, at most the area. Where the body must
    // scroll, its visible part ends under a whole line, and the row below says "More".
    const bool scrolls = card.body_height_px > room_for_body + 0.5f;
    float body_h = std::max(0.0f, std::min(card.body_height_px, room_for_body));
    if (scrolls) body_h = std::max(0.0f, whole_line_cut(lines, images, room_for_body - more_h));
    const float below_body = scrolls ? more_h : 0.0f;
    // The scroll bar's gutter: where the body scrolls, a finger's width at the card's
    // right holds a bar a finger can drag.
    const float gutter = scrolls ? std::max(0.0f, ctx.screen.min_target_px - pad) : 0.0f;
    const float card_w = content_w + 2 * pad + gutter;
    const float card_h = pad + body_h + below_body + gap + footer.height + pad;
    const float cx = std::round(area.x + (area.w - card_w) / 2);
    const float cy = std::round(spec.from_bottom ? area.y + std::max(0.0f, area.h - card_h)
                                : spec.centred ? area.y + std::max(0.0f, (area.h - card_h) / 2)
                                               : area.y);
    card.frame = {cx, cy, card_w, card_h};
    card.body = {cx + pad, cy + pad, content_w, body_h};
    card.rects.push_back({{cx - 1, cy - 1, card_w + 2, card_h + 2}, theme.muted, Layer::fixed, 16});
    card.rects.push_back({card.frame, theme.paper, Layer::fixed, 15});
    card.rects.push_back({{cx, cy + 15, 5, card_h - 30}, spec.kicker_color, Layer::fixed, 2});
    // The buttons in the body scroll with it: the content layer, body coordinates.
    for (auto& r : in_body.rects) {
        r.layer = Layer::content;
        rects.push_back(r);
    }
    for (auto& l : in_body.lines) {
        l.layer = Layer::content;
        lines.push_back(l);
    }
    for (auto r : rects) {
        r.box.x += card.body.x;
        card.rects.push_back(r);
    }
    for (auto im : images) {
        im.box.x += card.body.x;
        card.images.push_back(im);
    }
    for (auto& l : lines) l.box.x += card.body.x;  // y stays in the body's own coordinates
    card.lines = std::move(lines);
    // The card itself swallows taps that are not on its buttons.
    card.targets.push_back({"card", card.frame, Layer::fixed});
    for (auto t : in_body.targets) {
        t.box.x += card.body.x;
        t.layer = Layer::content;
        card.targets.push_back(t);
    }

    SceneGeometry buttons;
    buttons.width_px = ctx.screen.width_px;
    if (scrolls) {
        // The cue under the last whole line: a hairline, then "More ↓" at the right,
        // a button that turns a page (and at the end goes back to the top).
        const float top = card.body.bottom();
        card.rects.push_back({{card.body.x, top + 2, content_w, 1}, theme.muted, Layer::fixed, 0});
        ChromeStyle ms = chrome;
        ms.label_px = small;
        ms.button_h_px = std::max(ctx.screen.min_target_px, more_h);
        const std::string label = ui_text("card.more", lang);
        const float w = button_width(text, ms, label, lang);
        const SceneLine l = make_label_line(text, label, text.face(FontRole::label_strong, small), {"kern"}, 0, top, more_h, theme.accent,
                                            theme.paper, "more", "card:more", Layer::fixed, lang);
        SceneLine cue = l;
        cue.box.x = std::round(card.body.right() - l.box.w);
        buttons.lines.push_back(std::move(cue));
        card.more = {card.body.right() - w, top + (more_h - ms.button_h_px) / 2, w, ms.button_h_px};
        buttons.targets.push_back({"card:more", card.more, Layer::fixed});
        // The bar's target: the gutter's finger width over the body's height.
        const float bar_w = ctx.screen.min_target_px;
        buttons.targets.push_back({"card:scrollbar", {cx + card_w - bar_w, card.body.y, bar_w, card.body.h}, Layer::fixed});
    }
    const float footer_top = card.body.bottom() + below_body + gap;
    for (const auto& [b, box] : footer.buttons)
        add_button(buttons, text, theme, chrome, b, {cx + pad + box.x, footer_top + box.y, box.w, box.h}, lang);
    for (auto& r : buttons.rects) card.rects.push_back(r);
    for (auto& l : buttons.lines) card.lines.push_back(std::move(l));
    for (auto& t : buttons.targets) card.targets.push_back(t);
    return card;
}

float card_page_down(const Card& card, float scroll_px) {
    const float bottom = scroll_px + card.body.h;
    // The first line below the view's top that does not end inside the view: its top
    // comes to the view's top, so a line cut at the bottom is read whole on the next page.
    for (const auto& [top, end] : card.line_spans)
        if (top > scroll_px + 0.5f && end > bottom + 0.5f) return std::min(top, card.body_height_px - card.body.h);
    return std::max(0.0f, card.body_height_px - card.body.h);
}

void add_card(SceneGeometry& g, const Card& card) {
    g.viewport = card.body;
    g.content_height_px = card.body_height_px;
    g.top_rects.insert(g.top_rects.end(), card.rects.begin(), card.rects.end());
    g.top_images.insert(g.top_images.end(), card.images.begin(), card.images.end());
    // The card's readable paragraphs join the scene's, their lines renumbered to match.
    const int offset = static_cast<int>(g.speech.size());
    for (auto line : card.lines) {
        if (line.speech >= 0) line.speech += offset;
        g.top_lines.push_back(std::move(line));
    }
    g.speech.insert(g.speech.end(), card.speech.begin(), card.speech.end());
    g.targets.insert(g.targets.end(), card.targets.begin(), card.targets.end());
}

}  // namespace kiosk
