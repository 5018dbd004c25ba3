#include "scenes/home_scene.h"

#include <algorithm>
#include <cmath>

#include "scenes/chrome.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {

void HomeScene::layout(const SceneContext& ctx) {
    ctx_ = ctx;
    TextEngine& text = *ctx.text;
    const auto& theme = ctx.config->theme;
    const auto& screen = ctx.screen;
    const std::string& lang = ctx.language;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    SceneGeometry g;
    g.width_px = screen.width_px;
    g.height_px = screen.height_px;
    g.background = theme.paper;
    g.viewport = {0, 0, W, H};
    const ChromeStyle chrome = chrome_style(screen, ctx.text_scale);
    const float body = nominal_body_px(ctx.config->typography, screen) * ctx.text_scale;
    const bool portrait = screen.portrait();
    const float margin = std::max(16.0f, std::min(W, H) * 0.05f);

    auto centred = [&](const std::string& s, FontRole role, float px, Color fg, float top, const std::string& r,
                       const std::vector<std::string>& features) {
        px = std::min(px, (W - 2 * margin) / std::max(1.0f, static_cast<float>(s.size()) * 0.5f));
        SceneLine l = make_label_line(text, s, text.face(role, px), features, 0, top, std::round(px * 1.3f), fg, theme.paper,
                                      r, "", Layer::fixed, lang);
        l.box.x = std::round((W - l.box.w) / 2);
        g.lines.push_back(l);
        return top + l.box.h;
    };

    // Title block: upper part of the screen (it is read, not touched).
    float y = portrait ? H * 0.12f : H * 0.09f;
    const float title_px = std::round(std::clamp(body * 1.9f, 28.0f, std::min(W, H) * 0.085f));
    y = centred(ui_text("home.title", lang), FontRole::display_italic, title_px, theme.ink, y, "heading", {"kern", "liga", "onum"});
    y = centred(ui_text("home.subtitle", lang), FontRole::display_italic, std::round(title_px * 0.55f), theme.muted, y,
                "subtitle", {"kern", "liga", "onum"});
    g.rects.push_back({{std::round(W / 2 - title_px), y + title_px * 0.35f, std::round(title_px * 2), 2}, theme.accent, Layer::fixed, 0});
    y += title_px * 0.8f;
    const float invite_px = std::round(std::max(chrome.label_px * 1.1f, body * 0.7f));
    y = centred(ui_text("home.invite", lang), FontRole::label, invite_px, theme.accent, y, "invite", {"kern"});

    // Comfort row at the very bottom, within reach.
    const float row_y = H - margin - chrome.button_h_px;
    std::vector<ButtonSpec> comfort{{"lang", ui_text("home.lang", lang), false},
                                    {"larger", ui_text("home.larger", lang), ctx.text_scale > 1.01f},
                                    {"contrast", ui_text("home.contrast", lang), ctx.high_contrast},
                                    {"motion", ui_text("home.motion", lang), ctx.reduced_motion}};
    float total = 0;
    for (const auto& b : comfort) total += button_width(text, chrome, b.label, lang) + chrome.pad_px;
    total -= chrome.pad_px;
    float bx = std::round((W - total) / 2);
    float row_h = chrome.button_h_px;
    if (total > W - 2 * margin) {  // narrow screens: two rows
        row_h = chrome.button_h_px * 2 + chrome.pad_px;
        bx = margin;
    }
    float line_y = H - margin - row_h;
    float start_x = total > W - 2 * margin ? margin : bx;
    bx = start_x;
    for (const auto& b : comfort) {
        const float w = button_width(text, chrome, b.label, lang);
        if (bx + w > W - margin + 0.5f) {
            bx = start_x;
            line_y += chrome.button_h_px + chrome.pad_px;
        }
        add_button(g, text, theme, chrome, b, {bx, line_y, w, chrome.button_h_px}, lang);
        bx += w + chrome.pad_px;
    }
    (void)row_y;

    // The two doors between the title and the comfort row: side by side on a wide
    // screen, stacked (in the lower, reachable part) on a tall one.
    const float doors_top = portrait ? std::max(y + margin, H * 0.42f) : y + margin * 0.8f;
    const float doors_bottom = H - margin - row_h - margin * 0.8f;
    const float gap = margin * 0.8f;
    RectF door[2];
    if (portrait) {
        const float h = (doors_bottom - doors_top - gap) / 2;
        door[0] = {margin, doors_top, W - 2 * margin, h};
        door[1] = {margin, doors_top + h + gap, W - 2 * margin, h};
    } else {
        const float w = std::min((W - 2 * margin - gap) / 2, (doors_bottom - doors_top) * 1.9f);
        const float x0 = (W - 2 * w - gap) / 2;
        door[0] = {x0, doors_top, w, doors_bottom - doors_top};
        door[1] = {x0 + w + gap, doors_top, w, doors_bottom - doors_top};
    }
    const char* ids[2] = {"telegram", "timeline"};
    const char* heads[2] = {"home.telegram", "home.timeline"};
    const char* subs[2] = {"home.telegram_sub", "home.timeline_sub"};
    for (int i = 0; i < 2; ++i) {
        const RectF d = door[i];
        g.rects.push_back({{d.x - 1.5f, d.y - 1.5f, d.w + 3, d.h + 3}, theme.muted, Layer::fixed, 18});
        g.rects.push_back({d, theme.bar, Layer::fixed, 17});
        g.rects.push_back({{d.x + d.w * 0.08f, d.y + d.h * 0.14f, std::max(3.0f, d.w * 0.006f), d.h * 0.72f}, theme.accent,
                           Layer::fixed, 2});
        const float inner_x = d.x + d.w * 0.08f + margin * 0.6f;
        const float inner_w = d.x + d.w - margin * 0.6f - inner_x;
        float head_px = std::round(std::min(title_px * 0.75f, d.h * 0.2f));
        TextStyle st;
        st.face_index = text.face(FontRole::display, head_px);
        st.features = {"kern", "liga"};
        while (head_px > 18 && text.set_line(ui_text(heads[i], lang), st, lang).width_px > inner_w) {
            head_px = std::round(head_px * 0.9f);
            st.face_index = text.face(FontRole::display, head_px);
        }
        const float sub_px = std::round(std::max(chrome.label_px, head_px * 0.42f));
        const float block_h = head_px * 1.3f + sub_px * 1.5f;
        float ty = d.y + (d.h - block_h) / 2;
        SceneLine h = make_label_line(text, ui_text(heads[i], lang), st.face_index, st.features, inner_x, ty,
                                      std::round(head_px * 1.3f), theme.ink, theme.bar, "door", ids[i], Layer::fixed, lang);
        g.lines.push_back(h);
        ty += h.box.h;
        SceneLine s = make_label_line(text, ui_text(subs[i], lang), text.face(FontRole::label, sub_px), {"kern"}, inner_x, ty,
                                      std::round(sub_px * 1.5f), theme.muted, theme.bar, "door", ids[i], Layer::fixed, lang);
        if (s.box.right() <= d.right() - 4) g.lines.push_back(s);
        g.targets.push_back({ids[i], d, Layer::fixed});
    }
    geometry_ = std::move(g);
}

void HomeScene::on_gesture(const Gesture& g, double, SceneRequest& req) {
    if (g.kind != Gesture::Kind::tap) return;
    const std::string id = target_at(geometry_, 0, g.x_px, g.y_px);
    if (id == "telegram" || id == "timeline") req.navigate_to = id;
    else if (id == "lang") req.setting = ctx_.language == "ru" ? "lang:en" : "lang:ru";
    else if (id == "larger") req.setting = "text_size:next";
    else if (id == "contrast") req.setting = "contrast:toggle";
    else if (id == "motion") req.setting = "motion:toggle";
}

void HomeScene::on_key(Key key, double, SceneRequest& req) {
    if (key == Key::enter || key == Key::right) req.navigate_to = "telegram";
}

}  // namespace kiosk
