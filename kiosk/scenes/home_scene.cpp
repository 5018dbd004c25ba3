#include "scenes/home_scene.h"

#include <algorithm>
#include <cmath>

#include "scenes/chrome.h"
#include "scenes/door_pictures.h"
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
    SceneGeometry g = empty_geometry(screen.width_px, screen.height_px, theme.paper);
    const ChromeStyle chrome = chrome_style(screen, ctx.text_scale);
    const float body = nominal_body_px(ctx.config->typography, screen) * ctx.text_scale;
    const bool portrait = screen.portrait();
    const float margin = std::max(12.0f, std::min(W, H) * 0.045f);

    auto centred = [&](const std::string& s, FontRole role, float px, Color fg, float top, const std::string& r,
                       const std::vector<std::string>& features) {
        px = std::min(px, (W - 2 * margin) / std::max(1.0f, static_cast<float>(s.size()) * 0.5f));
        SceneLine l = make_label_line(text, s, text.face(role, px), features, 0, top, std::round(px * 1.3f), fg, theme.paper,
                                      r, "", Layer::fixed, lang);
        l.box.x = std::round((W - l.box.w) / 2);
        g.lines.push_back(l);
        return top + l.box.h;
    };

    // Comfort row first: it must fit, within reach, at the very bottom. Labels shrink
    // (not below 14 px) before the row wraps onto a second one.
    std::vector<ButtonSpec> comfort{{"lang", ui_text("home.lang", lang), false},
                                    {"larger", ui_text("home.larger", lang), ctx.text_scale > 1.01f},
                                    {"contrast", ui_text("home.contrast", lang), ctx.high_contrast},
                                    {"motion", ui_text("home.motion", lang), ctx.reduced_motion}};
    ChromeStyle row_style = chrome;
    auto row_width = [&] {
        float total = -row_style.pad_px;
        for (const auto& b : comfort) total += button_width(text, row_style, b.label, lang) + row_style.pad_px;
        return total;
    };
    while (row_width() > W - 2 * margin && row_style.label_px > 14.0f) row_style.label_px -= 1.0f;
    const bool two_rows = row_width() > W - 2 * margin;
    const float row_h = two_rows ? row_style.button_h_px * 2 + row_style.pad_px : row_style.button_h_px;
    const float comfort_top = H - margin - row_h;
    {
        float bx = two_rows ? margin : std::round((W - row_width()) / 2);
        float by = comfort_top;
        for (const auto& b : comfort) {
            const float w = button_width(text, row_style, b.label, lang);
            if (bx + w > W - margin + 0.5f) {
                bx = margin;
                by += row_style.button_h_px + row_style.pad_px;
            }
            add_button(g, text, theme, row_style, b, {bx, by, w, row_style.button_h_px}, lang);
            bx += w + row_style.pad_px;
        }
    }

    // Title block: upper part of the screen (it is read, not touched). On a short
    // screen the subtitle gives way to the doors.
    const bool short_screen = H < 560;
    float y = portrait ? H * 0.12f : (short_screen ? margin * 0.8f : H * 0.09f);
    // The title's cap follows the screen and the visitor's text step, so larger text is
    // larger here too (the line shrinks to fit the width if it must).
    const float title_px = std::round(std::clamp(body * 1.9f, 26.0f, std::min(W, H) * 0.085f * ctx.text_scale));
    y = centred(ui_text("home.title", lang), FontRole::display_italic, title_px, theme.ink, y, "heading", {"kern", "liga", "onum"});
    if (!short_screen) {
        y = centred(ui_text("home.subtitle", lang), FontRole::display_italic, std::round(title_px * 0.55f), theme.muted, y,
                    "subtitle", {"kern", "liga", "onum"});
        g.rects.push_back({{std::round(W / 2 - title_px), y + title_px * 0.35f, std::round(title_px * 2), 2}, theme.accent, Layer::fixed, 0});
        y += title_px * 0.8f;
    }
    const float invite_px = std::round(std::max(15.0f, std::min(chrome.label_px * 1.1f, body * 0.7f)));
    open_[0] = ctx.document != nullptr;
    open_[1] = ctx.timeline != nullptr && !ctx.timeline->events.empty();
    // With one door closed, the invitation points to the other.
    y = centred(ui_text(open_[0] && open_[1] ? "home.invite" : "home.invite_one", lang), FontRole::label, invite_px, theme.accent, y, "invite",
                {"kern"});

    // The two doors between the title and the comfort row: side by side on a wide
    // screen, stacked (in the lower, reachable part) on a tall one.
    const float gap = margin * 0.8f;
    const float doors_top = portrait ? std::max(y + margin, H * 0.42f) : y + margin * 0.6f;
    const float doors_bottom = comfort_top - margin * 0.6f;
    RectF door[2];
    if (portrait) {
        const float h = (doors_bottom - doors_top - gap) / 2;
        door[0] = {margin, doors_top, W - 2 * margin, h};
        door[1] = {margin, doors_top + h + gap, W - 2 * margin, h};
    } else {
        const float w = std::min((W - 2 * margin - gap) / 2, (doors_bottom - doors_top) * 2.6f);
        const float x0 = (W - 2 * w - gap) / 2;
        door[0] = {x0, doors_top, w, doors_bottom - doors_top};
        door[1] = {x0 + w + gap, doors_top, w, doors_bottom - doors_top};
    }
    const char* ids[2] = {"telegram", "timeline"};
    const char* heads[2] = {"home.telegram", "home.timeline"};
    const char* subs[2] = {"home.telegram_sub", "home.timeline_sub"};
    for (int i = 0; i < 2; ++i)
        if (!open_[i]) subs[i] = "home.unavailable";
    // First where everything goes: each door's text column and its picture (what lies
    // behind it: the telegram's first page, or the eras with the telegram's year; left
    // out where the door is too small for both); then one name size for both doors.
    struct DoorPlan {
        float inner_x = 0, inner_w = 0;
        RectF picture;
        bool picture_above = false;  // a narrow door: the picture over the text
    };
    DoorPlan plan[2];
    for (int i = 0; i < 2; ++i) {
        const RectF d = door[i];
        const float bar_x = d.x + std::min(d.w * 0.06f, margin);
        const float pic_gap = std::max(12.0f, margin * 0.6f);
        plan[i].inner_x = bar_x + pic_gap;
        plan[i].inner_w = d.right() - pic_gap - plan[i].inner_x;
        // Beside the text where the door is wide enough for both...
        float pic_h = std::round(d.h * (i == 0 ? 0.78f : 0.5f));
        float pic_w = std::round(std::min(plan[i].inner_w * 0.42f, i == 0 ? pic_h * 0.78f : pic_h * 2.2f));
        if (plan[i].inner_w - pic_w - pic_gap >= std::max(240.0f, d.w * 0.5f) && pic_h >= 60) {
            plan[i].picture = {d.right() - pic_gap - pic_w, std::round(d.y + (d.h - pic_h) / 2), pic_w, pic_h};
            plan[i].inner_w -= pic_w + pic_gap;
            continue;
        }
        // ...else over it, in the door's upper half, where the door is tall enough.
        pic_h = std::round(d.h * 0.46f);
        pic_w = std::round(std::min(plan[i].inner_w, i == 0 ? pic_h * 0.78f : pic_h * 2.6f));
        if (pic_h >= 90 && pic_w >= (i == 0 ? 90.0f : 150.0f)) {
            plan[i].picture = {std::round(plan[i].inner_x), std::round(d.y + d.h * 0.1f), pic_w, pic_h};
            plan[i].picture_above = true;
        }
    }
    TextStyle st;
    st.features = {"kern", "liga"};
    float head_px = std::round(std::min(title_px * 0.75f, std::min(door[0].h, door[1].h) * 0.28f));
    for (;; head_px = std::round(head_px * 0.92f)) {
        st.face_index = text.face(FontRole::display, head_px);
        bool fit = true;
        for (int i = 0; i < 2; ++i) fit = fit && text.set_line(ui_text(heads[i], lang), st, lang).width_px <= plan[i].inner_w;
        if (head_px <= 16 || fit) break;
    }
    for (int i = 0; i < 2; ++i) {
        const RectF d = door[i];
        const float inner_x = plan[i].inner_x, inner_w = plan[i].inner_w;
        g.rects.push_back({{d.x - 1.5f, d.y - 1.5f, d.w + 3, d.h + 3}, theme.muted, Layer::fixed, 18});
        g.rects.push_back({d, theme.bar, Layer::fixed, 17});
        const float bar_x = d.x + std::min(d.w * 0.06f, margin);
        g.rects.push_back({{bar_x, d.y + d.h * 0.14f, std::max(3.0f, d.w * 0.006f), d.h * 0.72f}, theme.accent, Layer::fixed, 2});
        if (plan[i].picture.w > 0 && open_[i]) {
            if (i == 0) add_page_miniature(g, ctx, plan[i].picture);
            else add_timeline_miniature(g, ctx, plan[i].picture);
        }
        // The door's line below its name, on up to two lines, only where it fits.
        const float sub_px = std::round(std::max(14.0f, std::min(chrome.label_px, head_px * 0.45f)));
        const int sub_face = text.face(FontRole::label, sub_px);
        ParagraphSpec spec;
        spec.styles.push_back({sub_face, {"kern"}, 0, 0});
        spec.runs.push_back({ui_text(subs[i], lang), 0, {}});
        spec.measure_px = inner_w;
        spec.align = Alignment::left;
        spec.hyphenation = Hyphenation::off;
        spec.language = lang;
        const TypesetParagraph sub = text.setter(lang).set(spec);
        const float sub_lh = std::round(sub_px * 1.4f);
        const float sub_h = static_cast<float>(sub.lines.size()) * sub_lh;
        const float text_room = plan[i].picture_above ? d.bottom() - plan[i].picture.bottom() : d.h;
        bool show_sub = sub.lines.size() <= 2 && text_room >= head_px * 1.3f + sub_h + 8;
        for (const auto& l : sub.lines) show_sub = show_sub && !l.overfull;
        const float block_h = head_px * 1.3f + (show_sub ? sub_h : 0.0f);
        const float text_top = plan[i].picture_above ? plan[i].picture.bottom() : d.y;
        const float ty = text_top + (d.bottom() - text_top - block_h) / 2;
        SceneLine h = make_label_line(text, ui_text(heads[i], lang), st.face_index, st.features, inner_x, ty,
                                      std::round(head_px * 1.3f), theme.ink, theme.bar, "door", ids[i], Layer::fixed, lang);
        g.lines.push_back(h);
        if (show_sub)
            append_paragraph_lines(g.lines, text, sub, sub_face, inner_x, ty + h.box.h, sub_lh,
                                   {"door", ids[i], theme.muted, theme.bar, theme.accent, Layer::fixed, inner_w});
        if (open_[i]) g.targets.push_back({ids[i], d, Layer::fixed});
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
    if (key != Key::enter && key != Key::right) return;
    if (open_[0]) req.navigate_to = "telegram";
    else if (open_[1]) req.navigate_to = "timeline";
}

}  // namespace kiosk
