#include "scenes/person_note.h"

#include <algorithm>
#include <cmath>

#include "scenes/chrome.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {

std::string display_name(const std::string& listed, const std::string& language) {
    const auto comma = listed.find(", ");
    if (language != "en" || comma == std::string::npos) return listed;
    return listed.substr(comma + 2) + " " + listed.substr(0, comma);
}

void add_person_note(SceneGeometry& g, const SceneContext& ctx, const Person& person) {
    const PersonNote* note = person.note(ctx.language);
    if (!note || !ctx.text) return;
    TextEngine& text = *ctx.text;
    const auto& theme = ctx.config->theme;
    const float W = static_cast<float>(ctx.screen.width_px), H = static_cast<float>(ctx.screen.height_px);
    const std::string lang = person.notes.contains(ctx.language)
                                 ? ctx.language
                                 : (person.notes.contains("en") ? "en" : person.notes.begin()->first);
    const ChromeStyle chrome = chrome_style(ctx.screen, ctx.text_scale);
    const float body = std::max(16.0f, nominal_body_px(ctx.config->typography, ctx.screen) * ctx.text_scale * 0.85f);
    const float pad = std::round(body);
    const float card_w = std::min(W - 2 * pad, std::round(body * 0.45f * 52 + 2 * pad));
    const float measure = card_w - 2 * pad;
    std::vector<SceneLine> lines;
    float y = pad;
    const float head_px = std::round(body * 1.3f);
    const int head_face = text.face(FontRole::display, head_px);
    auto set = [&](const std::string& s, int face, float px, Alignment align, const std::string& role, Color fg,
                   float lh) {
        ParagraphSpec spec;
        spec.styles.push_back({face, {"kern", "liga", "onum"}, 0, 0});
        spec.runs.push_back({s, 0, {}});
        spec.measure_px = measure;
        spec.align = align;
        spec.hyphenation = align == Alignment::justify ? Hyphenation::on : Hyphenation::off;
        spec.language = lang;
        spec.kp.emergency_stretch_px = px * 1.5f;
        y = append_paragraph_lines(lines, text, text.setter(lang).set(spec), face, 0, y, lh,
                                   {role, "person:" + person.id, fg, theme.paper, theme.accent, Layer::fixed, measure});
    };
    set(display_name(note->name, lang), head_face, head_px, Alignment::left, "person-name", theme.ink,
        std::round(head_px * 1.2f));
    y += std::round(body * 0.3f);
    set(note->text, text.face(FontRole::body, body), body, text.hyphenator(lang) ? Alignment::justify : Alignment::left,
        "person-note", theme.ink, std::round(body * 1.38f));
    y += std::round(body * 0.6f);
    const float button_y = y;
    const float card_h = std::min(H - 2 * pad, y + chrome.button_h_px + pad);
    const float cx = std::round((W - card_w) / 2), cy = std::round(std::max(pad, (H - card_h) / 2));
    g.targets.push_back({"person-backdrop", {0, 0, W, H}, Layer::fixed});
    g.top_rects.push_back({{0, 0, W, H}, Color{theme.ink.r, theme.ink.g, theme.ink.b, 110}, Layer::fixed, 0});
    g.top_rects.push_back({{cx - 1, cy - 1, card_w + 2, card_h + 2}, theme.muted, Layer::fixed, 16});
    g.top_rects.push_back({{cx, cy, card_w, card_h}, theme.paper, Layer::fixed, 15});
    g.targets.push_back({"person-card", {cx, cy, card_w, card_h}, Layer::fixed});
    for (auto& l : lines) {
        l.box.x += cx + pad;
        l.box.y += cy;
        l.baseline_y += cy;
        g.top_lines.push_back(std::move(l));
    }
    SceneGeometry b;
    b.width_px = g.width_px;
    const std::string close = ctx.words("card.close", ctx.language);
    const float w = button_width(text, chrome, close, ctx.language);
    add_button(
        b, text, theme, chrome, {"person-close", close, false},
        {cx + card_w - pad - w, std::min(cy + button_y, cy + card_h - pad - chrome.button_h_px), w, chrome.button_h_px},
        ctx.language);
    for (auto& r : b.rects) g.top_rects.push_back(r);
    for (auto& l : b.lines) g.top_lines.push_back(std::move(l));
    for (auto& t : b.targets) g.targets.push_back(t);
}

}  // namespace kiosk
