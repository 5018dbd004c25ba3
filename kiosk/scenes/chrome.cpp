#include "scenes/chrome.h"

#include <algorithm>
#include <cmath>

#include "text/text_engine.h"

namespace kiosk {

ChromeStyle chrome_style(const ScreenMetrics& screen, float text_scale) {
    ChromeStyle s;
    // Exhibit buttons are bigger than the 12 mm minimum (hurried, imprecise fingers),
    // but on a small panel never more than a tenth of its height: 12 mm still holds.
    s.button_h_px = std::max(screen.min_target_px,
                             std::min(std::max(screen.min_target_px * 1.15f, screen.mm(15.0f)),
                                      static_cast<float>(std::min(screen.width_px, screen.height_px)) * 0.1f));
    s.label_px = std::clamp(s.button_h_px * 0.4f * text_scale, 15.0f, s.button_h_px * 0.6f);
    s.pad_px = std::max(8.0f, screen.mm(3.0f));
    return s;
}

SceneLine make_label_line(TextEngine& text, const std::string& content, int face_index,
                          const std::vector<std::string>& features, float x, float top, float line_h, Color fg,
                          Color bg, const std::string& role, const std::string& id, Layer layer,
                          const std::string& language) {
    TextStyle st;
    st.face_index = face_index;
    st.features = features;
    auto tl = text.set_line(content, st, language);
    SceneLine line;
    line.text = content;
    line.role = role;
    line.id = id;
    line.layer = layer;
    line.fg = fg;
    line.bg = bg;
    line.accent = fg;
    line.glyphs = std::move(tl.glyphs);
    line.box = {x, top, tl.width_px, line_h};
    line.measure_px = tl.width_px;
    if (face_index >= 0) {
        const auto& m = text.fonts().face(face_index).metrics();
        // Centre the capitals and x-height band in the line box, which looks centred.
        line.baseline_y = top + line_h / 2 + (m.cap_height_px + m.x_height_px) / 4;
    } else {
        line.baseline_y = top + line_h * 0.7f;
    }
    return line;
}

float append_paragraph_lines(std::vector<SceneLine>& out, TextEngine& text, const TypesetParagraph& paragraph, int face,
                             float x0, float top, float line_h, const LineStyle& style) {
    float ascent = line_h * 0.5f;
    if (face >= 0) {
        const auto& m = text.fonts().face(face).metrics();
        ascent = (m.cap_height_px + m.x_height_px) / 2;
    }
    float y = top;
    for (const auto& tl : paragraph.lines) {
        SceneLine l;
        l.text = tl.text;
        l.role = style.role;
        l.id = style.id;
        l.fg = style.fg;
        l.bg = style.bg;
        l.accent = style.accent;
        l.layer = style.layer;
        l.box = {x0 + tl.x_px, y, tl.width_px, line_h};
        l.baseline_y = std::round(y + line_h / 2 + ascent / 2);
        l.measure_px = style.measure_px;
        l.ratio = tl.ratio;
        l.expansion = tl.expansion;
        l.hyphenated = tl.hyphenated;
        l.glyphs = tl.glyphs;
        l.speech = style.speech;
        l.byte_begin = tl.byte_begin;
        l.byte_end = tl.byte_end;
        out.push_back(std::move(l));
        y += line_h;
    }
    return y;
}

int add_speech(std::vector<SpeechParagraph>& list, const TypesetParagraph& paragraph, const std::string& language) {
    SpeechParagraph p;
    p.text = paragraph.text;
    p.language = language;
    for (const auto& [b, e] : paragraph.silent) p.silent.push_back({b, e});
    list.push_back(std::move(p));
    return static_cast<int>(list.size()) - 1;
}

float button_width(TextEngine& text, const ChromeStyle& style, const std::string& label, const std::string& language) {
    TextStyle st;
    st.face_index = text.face(FontRole::label_strong, style.label_px);
    const float w = text.set_line(label, st, language).width_px;
    return std::max(style.button_h_px * 1.6f, w + 2 * style.label_px * 1.1f);
}

void add_button(SceneGeometry& g, TextEngine& text, const ThemeConfig& theme, const ChromeStyle& style,
                const ButtonSpec& button, RectF box, const std::string& language) {
    const bool primary = button.primary && button.enabled;
    const Color fill = primary ? theme.accent : theme.paper;
    // On the accent, the lighter of paper and white (a dark theme has dark paper).
    const bool paper_is_light = theme.paper.r + theme.paper.g + theme.paper.b > 3 * 128;
    const Color fg = primary          ? (paper_is_light ? theme.paper : Color{0xff, 0xff, 0xff})
                     : button.enabled ? theme.ink
                                      : theme.muted;
    // A hairline ring of ink at low contrast reads as a button without shouting; a
    // disabled one ("This is the start") has no ring and no fill: a plain muted label,
    // which never looks like something to press.
    if (button.enabled) {
        g.rects.push_back({box, theme.muted, Layer::fixed, box.h / 2});
        g.rects.push_back({{box.x + 1.5f, box.y + 1.5f, box.w - 3, box.h - 3}, fill, Layer::fixed, box.h / 2 - 1.5f});
    }
    const int face = text.face(FontRole::label_strong, style.label_px);
    SceneLine line = make_label_line(text, button.label, face, {"kern"}, 0, box.y, box.h, fg, fill, "label", button.id,
                                     Layer::fixed, language);
    line.box.x = box.x + (box.w - line.box.w) / 2;
    g.lines.push_back(std::move(line));
    g.targets.push_back({button.id, box, Layer::fixed});
}

float add_top_bar(SceneGeometry& g, TextEngine& text, const ThemeConfig& theme, const ChromeStyle& chrome,
                  const std::vector<ButtonSpec>& left, const std::string& title, const std::vector<ButtonSpec>& right,
                  const std::string& language, bool at_bottom) {
    // Buttons that do not fit side by side (a narrow screen, long Russian labels) get
    // smaller words and closer spacing; the buttons stay a finger tall.
    ChromeStyle style = chrome;
    auto row_width = [&] {
        float w = style.pad_px * 3;
        for (const auto* list : {&left, &right})
            for (const auto& b : *list) w += button_width(text, style, b.label, language) + style.pad_px;
        return w;
    };
    while (row_width() > static_cast<float>(g.width_px) && style.label_px > 13.0f) {
        style.label_px -= 1.0f;
        style.pad_px = std::max(6.0f, style.pad_px * 0.94f);
    }
    const float bar_h = chrome.button_h_px + 2 * chrome.pad_px;
    const float top = at_bottom ? static_cast<float>(g.height_px) - bar_h : 0.0f;
    g.rects.push_back({{0, top, static_cast<float>(g.width_px), bar_h}, theme.bar, Layer::fixed, 0});
    g.rects.push_back(
        {{0, at_bottom ? top : bar_h - 1, static_cast<float>(g.width_px), 1}, theme.muted, Layer::fixed, 0});
    float x_left = style.pad_px * 1.5f;
    for (const auto& b : left) {
        const float w = button_width(text, style, b.label, language);
        add_button(g, text, theme, style, b, {x_left, top + chrome.pad_px, w, style.button_h_px}, language);
        x_left += w + style.pad_px;
    }
    float x_right = static_cast<float>(g.width_px) - style.pad_px * 1.5f;
    for (const auto& b : right) {
        const float w = button_width(text, style, b.label, language);
        x_right -= w;
        add_button(g, text, theme, style, b, {x_right, top + chrome.pad_px, w, style.button_h_px}, language);
        x_right -= style.pad_px;
    }
    if (!title.empty()) {
        const int face = text.face(FontRole::display_italic, style.label_px * 1.25f);
        SceneLine line = make_label_line(text, title, face, {"kern", "liga"}, 0, top, bar_h, theme.ink, theme.bar,
                                         "title", "", Layer::fixed, language);
        const float room_l = x_left + style.pad_px, room_r = x_right - style.pad_px;
        float x = (static_cast<float>(g.width_px) - line.box.w) / 2;
        if (x < room_l) x = room_l;
        // A title that does not fit between the buttons is left out rather than overlapped.
        if (x + line.box.w <= room_r) {
            line.box.x = x;
            g.lines.push_back(std::move(line));
        }
    }
    return bar_h;
}

TypesetParagraph set_plain_paragraph(TextEngine& text, const std::string& content, int face,
                                     const std::vector<std::string>& features, float measure, const std::string& lang,
                                     float px) {
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

}  // namespace kiosk
