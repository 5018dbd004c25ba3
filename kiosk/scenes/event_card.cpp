// Sections: 1. sizes  2. the body (set once, positioned from 0)  3. the footer
// 4. the frame around them.
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

}  // namespace

Card build_card(const SceneContext& ctx, const CardSpec& spec, const RectF& area) {
    Card card;
    TextEngine& text = *ctx.text;
    const auto& theme = ctx.config->theme;
    const std::string& lang = spec.language;
    const ChromeStyle chrome = chrome_style(ctx.screen, ctx.text_scale);

    // ---- 1. sizes: the body a little under the reader's size; at most 62 characters.
    const float body = std::max(16.0f, nominal_body_px(ctx.config->typography, ctx.screen) * ctx.text_scale * 0.85f);
    const float pad = std::round(std::clamp(body * 1.0f, 12.0f, area.w * 0.05f));
    const float card_w = std::min(area.w, std::round(body * 0.45f * 62 + 2 * pad));
    const float measure = card_w - 2 * pad;
    const float small = std::round(std::max(15.0f, body * 0.72f));

    // ---- 3. the footer, one row: previous at the left, next at the right, the
    // actions and Close between them (two rows only where one cannot hold them).
    std::vector<std::pair<ButtonSpec, float>> footer;
    float footer_w = 0;
    footer.push_back({spec.previous, 0});
    for (const auto& a : spec.actions) footer.push_back({a, 0});
    footer.push_back({spec.close, 0});
    footer.push_back({spec.next, 0});
    ChromeStyle fs = chrome;
    auto widths = [&] {
        footer_w = 0;
        for (auto& [b, w] : footer) {
            w = button_width(text, fs, b.label, lang);
            footer_w += w;
        }
        footer_w += fs.pad_px * static_cast<float>(footer.size() - 1);
    };
    widths();
    while (footer_w > measure && fs.label_px > 14.0f) {
        fs.label_px -= 1.0f;
        widths();
    }
    const bool footer_two_rows = footer_w > measure;
    const float footer_h = footer_two_rows ? 2 * fs.button_h_px + fs.pad_px : fs.button_h_px;

    // ---- 2. the body, from y = 0: what and when, the headline, the picture, the
    // text, the source.
    const float gap = std::round(std::max(8.0f, body * 0.45f));
    const float room_for_body = area.h - (pad + gap + footer_h + pad);
    std::vector<SceneLine> lines;
    std::vector<SceneImage> images;
    std::vector<SceneRect> rects;
    float y = 0;
    const float kicker_h = std::round(small * 1.5f);
    if (!spec.kicker.empty() || !spec.date.empty()) {
        SceneLine kicker = make_label_line(text, spec.kicker, text.face(FontRole::label_strong, small), {"kern"}, 0, 0, kicker_h,
                                           spec.kicker_color, theme.paper, "category", spec.id, Layer::content, lang);
        SceneLine date = make_label_line(text, spec.date, text.face(FontRole::label, small), {"kern", "tnum"},
                                         kicker.box.w + (spec.kicker.empty() ? 0 : small), 0, kicker_h, theme.muted, theme.paper,
                                         "date", spec.id, Layer::content, lang);
        if (date.box.right() > measure) {  // no room beside the group: below it
            date.box.x = 0;
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
    const TypesetParagraph headline = set_plain(text, spec.headline, head_face, {"kern", "liga", "onum"}, measure, spec.headline_language, head_px);
    y = append_paragraph_lines(lines, text, headline, head_face, 0, y, std::round(head_px * 1.18f),
                               {"heading", spec.id, theme.ink, theme.paper, theme.accent, Layer::content, measure,
                                add_speech(card.speech, headline, spec.headline_language)});
    y += std::round(body * 0.5f);

    // The picture: below the headline where there is room for it and some text,
    // otherwise after the text, so the words come first on a small screen.
    auto add_picture = [&] {
        if (spec.image_path.empty() || !spec.image_size_px || spec.image_size_px->first <= 0) return;
        const float max_h = std::max(body * 4, std::min(room_for_body * 0.55f, static_cast<float>(ctx.screen.height_px) * 0.3f));
        float w = measure, h = measure * static_cast<float>(spec.image_size_px->second) / static_cast<float>(spec.image_size_px->first);
        if (h > max_h) {
            w *= max_h / h;
            h = max_h;
        }
        const float x = std::round((measure - w) / 2);
        rects.push_back({{x - 1, y - 1, w + 2, h + 2}, theme.muted, Layer::content, 0});
        images.push_back({spec.image_path, {x, y, w, h}, Layer::content});
        y += h + std::round(body * 0.3f);
        if (!spec.caption.empty()) {
            const int cap_face = text.face(FontRole::body_italic, small);
            y = append_paragraph_lines(lines, text,
                                       set_plain(text, spec.caption, cap_face, {"kern", "liga", "onum"}, measure, spec.caption_language, small),
                                       cap_face, 0, y, std::round(small * 1.3f),
                                       {"caption", spec.id, theme.muted, theme.paper, theme.accent, Layer::content, measure});
        }
        y += std::round(body * 0.4f);
    };
    const bool picture_first = room_for_body >= body * 14;
    if (picture_first) add_picture();

    // Text, justified by the same engine as the telegram, hyphenated in its language.
    RichStyle rs{FontRole::body, FontRole::body_italic, body, {"kern", "liga", "onum"}, Alignment::justify, Hyphenation::on,
                 spec.text_language};
    if (!text.hyphenator(spec.text_language)) rs.align = Alignment::left;  // no hyphens: justified narrow text opens rivers
    const int body_face = text.face(FontRole::body, body);
    for (std::size_t i = 0; i < spec.text.paragraphs.size(); ++i) {
        if (i > 0) y += std::round(body * 0.35f);
        const TypesetParagraph tp = set_rich_paragraph(text, spec.text.paragraphs[i], rs, measure);
        y = append_paragraph_lines(lines, text, tp, body_face, 0, y, std::round(body * 1.38f),
                                   {"p", spec.id, theme.ink, theme.paper, theme.accent, Layer::content, measure,
                                    add_speech(card.speech, tp, spec.text_language)});
    }
    if (!picture_first) {
        y += std::round(body * 0.5f);
        add_picture();
    }
    if (!spec.source.empty()) {
        y += std::round(body * 0.5f);
        // Citations name English publications: set as English after the interface's "Source:".
        RichStyle ss{FontRole::body, FontRole::body_italic, small, {"kern", "liga", "onum"}, Alignment::left, Hyphenation::off, "en"};
        std::vector<Span> spans{{ui_text("card.source", lang) + " ", span_roman, {}}};
        for (const auto& p : spec.source.paragraphs) spans.insert(spans.end(), p.begin(), p.end());
        y = append_paragraph_lines(lines, text, set_rich_paragraph(text, spans, ss, measure), text.face(FontRole::body, small), 0, y,
                                   std::round(small * 1.35f), {"source", spec.id, theme.muted, theme.paper, theme.accent, Layer::content, measure});
    }
    card.body_height_px = std::ceil(y);

    // ---- 4. the frame: as tall as the content, at most the area.
    const float body_h = std::max(0.0f, std::min(card.body_height_px, room_for_body));
    const float card_h = pad + body_h + gap + footer_h + pad;
    const float cx = std::round(area.x + (area.w - card_w) / 2), cy = std::round(area.y);
    card.frame = {cx, cy, card_w, card_h};
    card.body = {cx + pad, cy + pad, measure, body_h};
    card.rects.push_back({{cx - 1, cy - 1, card_w + 2, card_h + 2}, theme.muted, Layer::fixed, 16});
    card.rects.push_back({card.frame, theme.paper, Layer::fixed, 15});
    card.rects.push_back({{cx, cy + 15, 5, card_h - 30}, spec.kicker_color, Layer::fixed, 2});
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

    SceneGeometry buttons;
    buttons.width_px = ctx.screen.width_px;
    const float footer_top = card.body.bottom() + gap;
    if (!footer_two_rows) {
        // Previous at the left edge, next at the right, actions centred between.
        const float left_w = footer.front().second, right_w = footer.back().second;
        add_button(buttons, text, theme, fs, footer.front().first, {cx + pad, footer_top, left_w, fs.button_h_px}, lang);
        add_button(buttons, text, theme, fs, footer.back().first, {cx + card_w - pad - right_w, footer_top, right_w, fs.button_h_px}, lang);
        float mid_w = -fs.pad_px;
        for (std::size_t i = 1; i + 1 < footer.size(); ++i) mid_w += footer[i].second + fs.pad_px;
        float x = cx + pad + left_w + std::max(fs.pad_px, (measure - left_w - right_w - mid_w) / 2);
        for (std::size_t i = 1; i + 1 < footer.size(); ++i) {
            add_button(buttons, text, theme, fs, footer[i].first, {x, footer_top, footer[i].second, fs.button_h_px}, lang);
            x += footer[i].second + fs.pad_px;
        }
    } else {
        // Narrow: previous and next share the first row, the actions the second.
        const float half = (measure - fs.pad_px) / 2;
        add_button(buttons, text, theme, fs, footer.front().first, {cx + pad, footer_top, half, fs.button_h_px}, lang);
        add_button(buttons, text, theme, fs, footer.back().first, {cx + pad + half + fs.pad_px, footer_top, half, fs.button_h_px}, lang);
        const float row2 = footer_top + fs.button_h_px + fs.pad_px;
        const float n = static_cast<float>(footer.size() - 2);
        const float w = n > 0 ? (measure - fs.pad_px * (n - 1)) / n : 0;
        float x = cx + pad;
        for (std::size_t i = 1; i + 1 < footer.size(); ++i) {
            add_button(buttons, text, theme, fs, footer[i].first, {x, row2, w, fs.button_h_px}, lang);
            x += w + fs.pad_px;
        }
    }
    for (auto& r : buttons.rects) card.rects.push_back(r);
    for (auto& l : buttons.lines) card.lines.push_back(std::move(l));
    for (auto& t : buttons.targets) card.targets.push_back(t);
    return card;
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
