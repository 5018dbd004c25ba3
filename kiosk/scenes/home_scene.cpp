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
        // As large as asked, unless the line would not fit the width: then as large as fits.
        SceneLine l = make_label_line(text, s, text.face(role, px), features, 0, top, std::round(px * 1.3f), fg, theme.paper,
                                      r, "", Layer::fixed, lang);
        if (l.box.w > W - 2 * margin) {
            px = std::floor(px * (W - 2 * margin) / l.box.w);
            l = make_label_line(text, s, text.face(role, px), features, 0, top, std::round(px * 1.3f), fg, theme.paper, r, "",
                                Layer::fixed, lang);
        }
        l.box.x = std::round((W - l.box.w) / 2);
        g.lines.push_back(l);
        return top + l.box.h;
    };

    // Comfort row first: it must fit, within reach, at the very bottom. Where one row
    // cannot hold the buttons at the visitor's text size, they wrap onto a second (the
    // labels never shrink: larger text is never smaller).
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
    // One row where it holds them; else a grid of two columns of equal buttons; else
    // one column.
    const float room_w = W - 2 * margin;
    // At the normal size the labels may come down a little (not below 14 px) to keep
    // one row, leaving the doors room for their pictures; a larger step wraps instead.
    if (ctx.text_scale <= 1.01f)
        while (row_width() > room_w && row_style.label_px > 14.0f) row_style.label_px -= 1.0f;
    float widest = 0;
    for (const auto& b : comfort) widest = std::max(widest, button_width(text, row_style, b.label, lang));
    const float half = (room_w - row_style.pad_px) / 2;
    if (row_width() > room_w && widest > half) {
        // Two columns with the short labels ("Larger", "Contrast") rather than one.
        for (auto& b : comfort)
            if (b.id != "lang") b.label = ui_text("home." + b.id + "_short", lang);
        widest = 0;
        for (const auto& b : comfort) widest = std::max(widest, button_width(text, row_style, b.label, lang));
    }
    const int columns = row_width() <= room_w ? static_cast<int>(comfort.size()) : widest <= half ? 2 : 1;
    const int rows = (static_cast<int>(comfort.size()) + columns - 1) / columns;
    const float row_h = static_cast<float>(rows) * row_style.button_h_px + static_cast<float>(rows - 1) * row_style.pad_px;
    const float comfort_top = H - margin - row_h;
    {
        const bool one_row = rows == 1;
        const float cell_w = one_row ? 0 : (room_w - static_cast<float>(columns - 1) * row_style.pad_px) / static_cast<float>(columns);
        float bx = one_row ? std::round((W - row_width()) / 2) : margin;
        for (std::size_t i = 0; i < comfort.size(); ++i) {
            const int r = static_cast<int>(i) / columns, c = static_cast<int>(i) % columns;
            const float w = one_row ? button_width(text, row_style, comfort[i].label, lang) : cell_w;
            const float x = one_row ? bx : margin + static_cast<float>(c) * (cell_w + row_style.pad_px);
            const float by = comfort_top + static_cast<float>(r) * (row_style.button_h_px + row_style.pad_px);
            add_button(g, text, theme, row_style, comfort[i], {x, by, w, row_style.button_h_px}, lang);
            bx += w + row_style.pad_px;
        }
    }

    // Title block: upper part of the screen (it is read, not touched). On a short
    // screen the subtitle gives way to the doors.
    const bool short_screen = H < 560;
    // In portrait the title block sits high and the doors follow it closely (no empty
    // band between them), the doors still in the lower, reachable part.
    float y = portrait ? H * 0.1f : (short_screen ? margin * 0.8f : H * 0.09f);
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
    // The doors: the telegram's and the timeline's; with several documents, one for
    // each document (named as the configuration names it) and the timeline's.
    struct Door {
        std::string id, head, sub;
        bool open = false;
        enum class Picture { none, page, timeline } picture = Picture::none;
    };
    std::vector<Door> doors;
    const bool several = ctx.documents.size() > 1;
    if (!several && (ctx.documents.empty() || ctx.documents[0].telegram)) {
        doors.push_back({"telegram", ui_text("home.telegram", lang), ui_text("home.telegram_sub", lang), ctx.document != nullptr, Door::Picture::page});
    } else if (!several) {
        // One document of the curator's: its own title, and its page.
        doors.push_back({"telegram", ctx.documents[0].title, ui_text("card.read_document", lang), ctx.document != nullptr, Door::Picture::page});
    } else {
        for (std::size_t i = 0; i < ctx.documents.size(); ++i)
            doors.push_back({"document:" + std::to_string(i), ctx.documents[i].title,
                             ctx.documents[i].available ? "" : ui_text("home.unavailable", lang), ctx.documents[i].available, Door::Picture::none});
    }
    const bool timeline_open = ctx.timeline != nullptr && !ctx.timeline->events.empty();
    doors.push_back({"timeline", ui_text("home.timeline", lang), ui_text("home.timeline_sub", lang), timeline_open, Door::Picture::timeline});
    for (auto& d : doors)
        if (!d.open) d.sub = ui_text("home.unavailable", lang);
    open_doors_.clear();
    for (const auto& d : doors)
        if (d.open) open_doors_.push_back(d.id);
    // With a door closed, the invitation points to what is open.
    const char* invite = open_doors_.size() < doors.size() ? "home.invite_one" : several ? "home.invite_many" : "home.invite";
    // On a short screen with larger text the invitation gives its room to the doors.
    if (!(short_screen && ctx.text_scale > 1.01f))
        y = centred(ui_text(invite, lang), FontRole::label, invite_px, theme.accent, y, "invite", {"kern"});

    // The doors between the title and the comfort row: side by side on a wide screen
    // (the documents stacked in the first column), stacked in the lower, reachable part
    // of a tall one.
    const float gap = margin * 0.8f;
    const float doors_top = portrait ? std::max(y + margin, H * (several ? 0.3f : 0.34f)) : y + margin * 0.6f;
    const float doors_bottom = comfort_top - margin * 0.6f;
    const std::size_t n_docs = doors.size() - 1;
    const float doc_gap = several ? gap * 0.5f : gap;
    std::vector<RectF> door(doors.size());
    if (portrait) {
        const float h = (doors_bottom - doors_top - gap - doc_gap * static_cast<float>(n_docs - 1)) / static_cast<float>(doors.size());
        float top = doors_top;
        for (std::size_t i = 0; i < doors.size(); ++i) {
            door[i] = {margin, top, W - 2 * margin, h};
            top += h + (i + 1 < n_docs ? doc_gap : gap);
        }
    } else {
        const float w = std::min((W - 2 * margin - gap) / 2, (doors_bottom - doors_top) * 2.6f);
        const float x0 = (W - 2 * w - gap) / 2;
        const float all_h = doors_bottom - doors_top;
        const float h = (all_h - doc_gap * static_cast<float>(n_docs - 1)) / static_cast<float>(n_docs);
        for (std::size_t i = 0; i < n_docs; ++i) door[i] = {x0, doors_top + static_cast<float>(i) * (h + doc_gap), w, h};
        door[n_docs] = {x0 + w + gap, doors_top, w, all_h};
    }
    // First where everything goes: each door's text column and its picture (what lies
    // behind it: the telegram's first page, or the eras with the telegram's year; left
    // out where the door is too small for both); then one name size for all doors.
    struct DoorPlan {
        float inner_x = 0, inner_w = 0;
        RectF picture;
        bool picture_above = false;  // a narrow door: the picture over the text
    };
    std::vector<DoorPlan> plan(doors.size());
    for (std::size_t i = 0; i < doors.size(); ++i) {
        const RectF d = door[i];
        const float bar_x = d.x + std::min(d.w * 0.06f, margin);
        const float pic_gap = std::max(12.0f, margin * 0.6f);
        plan[i].inner_x = bar_x + pic_gap;
        plan[i].inner_w = d.right() - pic_gap - plan[i].inner_x;
        if (doors[i].picture == Door::Picture::none) continue;
        const bool page = doors[i].picture == Door::Picture::page;
        // Beside the text where the door is wide enough for both...
        float pic_h = std::round(d.h * (page ? 0.78f : 0.5f));
        float pic_w = std::round(std::min(plan[i].inner_w * 0.42f, page ? pic_h * 0.78f : pic_h * 2.2f));
        if (plan[i].inner_w - pic_w - pic_gap >= std::max(240.0f, d.w * 0.5f) && pic_h >= 60) {
            plan[i].picture = {d.right() - pic_gap - pic_w, std::round(d.y + (d.h - pic_h) / 2), pic_w, pic_h};
            plan[i].inner_w -= pic_w + pic_gap;
            continue;
        }
        // ...else over it, in the door's upper half, where the door is tall enough.
        pic_h = std::round(d.h * 0.46f);
        pic_w = std::round(std::min(plan[i].inner_w, page ? pic_h * 0.78f : pic_h * 2.6f));
        if (pic_h >= 90 && pic_w >= (page ? 90.0f : 150.0f)) {
            plan[i].picture = {std::round(plan[i].inner_x), std::round(d.y + d.h * 0.1f), pic_w, pic_h};
            plan[i].picture_above = true;
        }
    }
    TextStyle st;
    st.features = {"kern", "liga"};
    float lowest_door = H;
    for (const auto& d : door) lowest_door = std::min(lowest_door, d.h);
    // The names take a larger share of a door as the text grows (the doors themselves
    // give some height to the larger comfort row), so a larger step never sets them smaller.
    // Never below a little over the buttons' labels, which grow with the step.
    const float head_floor = std::round(std::max(16.0f, chrome.label_px * 1.15f));
    float head_px = std::max(head_floor, std::round(std::min(title_px * 0.75f, lowest_door * (several ? 0.34f : 0.28f) * ctx.text_scale)));
    // At the normal size the names may come down (to the floor) to fit beside their
    // pictures; at a larger step a name too wide beside its picture has the picture
    // give way instead, so that it is never smaller than the step before (where even
    // the whole door is too narrow, the name wraps).
    for (; ctx.text_scale <= 1.01f; head_px = std::max(head_floor, std::round(head_px * 0.92f))) {
        st.face_index = text.face(FontRole::display, head_px);
        bool fit = true;
        for (std::size_t i = 0; i < doors.size(); ++i) fit = fit && text.set_line(doors[i].head, st, lang).width_px <= plan[i].inner_w;
        if (head_px <= head_floor || fit) break;
    }
    st.face_index = text.face(FontRole::display, head_px);
    for (std::size_t i = 0; i < doors.size(); ++i)
        if (plan[i].picture.w > 0 && !plan[i].picture_above && text.set_line(doors[i].head, st, lang).width_px > plan[i].inner_w) {
            plan[i].inner_w += plan[i].picture.w + std::max(12.0f, margin * 0.6f);
            plan[i].picture = {};
        }
    // The names never shrink to fit a line (larger text is never smaller): a name too
    // wide for its door wraps onto a second line.
    st.face_index = text.face(FontRole::display, head_px);
    for (std::size_t i = 0; i < doors.size(); ++i) {
        const RectF d = door[i];
        const float inner_x = plan[i].inner_x, inner_w = plan[i].inner_w;
        g.rects.push_back({{d.x - 1.5f, d.y - 1.5f, d.w + 3, d.h + 3}, theme.muted, Layer::fixed, 18});
        g.rects.push_back({d, theme.bar, Layer::fixed, 17});
        const float bar_x = d.x + std::min(d.w * 0.06f, margin);
        g.rects.push_back({{bar_x, d.y + d.h * 0.14f, std::max(3.0f, d.w * 0.006f), d.h * 0.72f}, theme.accent, Layer::fixed, 2});
        // A picture over the name leaves the name its lines, or gives way.
        const float name_lines = text.set_line(doors[i].head, st, lang).width_px > inner_w ? 2.0f : 1.0f;
        if (plan[i].picture_above && d.bottom() - plan[i].picture.bottom() < std::round(head_px * 1.3f) * name_lines + 4) {
            plan[i].picture = {};
            plan[i].picture_above = false;
        }
        if (plan[i].picture.w > 0 && doors[i].open) {
            if (doors[i].picture == Door::Picture::page) add_page_miniature(g, ctx, plan[i].picture);
            else add_timeline_miniature(g, ctx, plan[i].picture);
        }
        // The door's line below its name, on up to two lines, only where it fits.
        const float sub_px = std::round(std::max(14.0f, std::min(chrome.label_px, head_px * 0.45f)));
        const int sub_face = text.face(FontRole::label, sub_px);
        TypesetParagraph sub;
        if (!doors[i].sub.empty()) {
            ParagraphSpec spec;
            spec.styles.push_back({sub_face, {"kern"}, 0, 0});
            spec.runs.push_back({doors[i].sub, 0, {}});
            spec.measure_px = inner_w;
            spec.align = Alignment::left;
            spec.hyphenation = Hyphenation::off;
            spec.language = lang;
            sub = text.setter(lang).set(spec);
        }
        const float sub_lh = std::round(sub_px * 1.4f);
        const float sub_h = static_cast<float>(sub.lines.size()) * sub_lh;
        const float text_room = plan[i].picture_above ? d.bottom() - plan[i].picture.bottom() : d.h;
        bool show_sub = !sub.lines.empty() && sub.lines.size() <= 2 && text_room >= head_px * 1.3f + sub_h + 8;
        for (const auto& l : sub.lines) show_sub = show_sub && !l.overfull;
        const float name_h = std::round(head_px * 1.3f) * (text.set_line(doors[i].head, st, lang).width_px > inner_w ? 2.0f : 1.0f);
        show_sub = show_sub && text_room >= name_h + sub_h + 8;
        const float block_h = name_h + (show_sub ? sub_h : 0.0f);
        const float text_top = plan[i].picture_above ? plan[i].picture.bottom() : d.y;
        const float ty = text_top + (d.bottom() - text_top - block_h) / 2;
        ParagraphSpec name_spec;
        name_spec.styles.push_back({st.face_index, st.features, 0, 0});
        name_spec.runs.push_back({doors[i].head, 0, {}});
        name_spec.measure_px = inner_w;
        name_spec.align = Alignment::left;
        name_spec.hyphenation = Hyphenation::off;
        name_spec.language = lang;
        const TypesetParagraph name = text.setter(lang).set(name_spec);
        const float name_bottom = append_paragraph_lines(g.lines, text, name, st.face_index, inner_x, ty, std::round(head_px * 1.3f),
                                                         {"door", doors[i].id, theme.ink, theme.bar, theme.accent, Layer::fixed, inner_w});
        if (show_sub)
            append_paragraph_lines(g.lines, text, sub, sub_face, inner_x, name_bottom, sub_lh,
                                   {"door-sub", doors[i].id, theme.muted, theme.bar, theme.accent, Layer::fixed, inner_w});
        if (doors[i].open) g.targets.push_back({doors[i].id, d, Layer::fixed});
    }
    geometry_ = std::move(g);
}

void HomeScene::on_gesture(const Gesture& g, double, SceneRequest& req) {
    if (g.kind != Gesture::Kind::tap) return;
    const std::string id = target_at(geometry_, 0, g.x_px, g.y_px);
    if (id == "telegram" || id == "timeline" || id.rfind("document:", 0) == 0) req.navigate_to = id;
    else if (id == "lang") req.setting = ctx_.language == "ru" ? "lang:en" : "lang:ru";
    else if (id == "larger") req.setting = "text_size:next";
    else if (id == "contrast") req.setting = "contrast:toggle";
    else if (id == "motion") req.setting = "motion:toggle";
}

void HomeScene::on_key(Key key, double, SceneRequest& req) {
    if (key != Key::enter && key != Key::right) return;
    if (!open_doors_.empty()) req.navigate_to = open_doors_.front();
}

}  // namespace kiosk
