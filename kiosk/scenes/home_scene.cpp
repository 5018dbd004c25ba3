#include "scenes/home_scene.h"

#include <algorithm>
#include <cmath>

#include "core/route.h"
#include "scenes/chrome.h"
#include "scenes/door_pictures.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {

namespace {

// A door of Home: the telegram's (or each document's) and the timeline's.
struct Door {
    std::string id, head, sub;
    bool open = false;
    enum class Picture { none, page, timeline } picture = Picture::none;
};

// Where a door's words and picture go: its text column, and the picture beside the
// text or over it (a narrow door), or none where the door is too small for both.
struct DoorPlan {
    RectF frame;
    float inner_x = 0, inner_w = 0;
    RectF picture;
    bool picture_above = false;
};

// Home laid out in the order a reader of the code would explain it: the comfort row
// at the bottom (it must fit, within reach), the title block, the doors and the
// invitation, then the doors' frames, pictures, one name size, and each door drawn.
class HomeLayout {
public:
    explicit HomeLayout(const SceneContext& ctx)
        : ctx_(ctx),
          text_(*ctx.text),
          theme_(ctx.config->theme),
          lang_(ctx.language),
          W_(static_cast<float>(ctx.screen.width_px)),
          H_(static_cast<float>(ctx.screen.height_px)),
          g_(empty_geometry(ctx.screen.width_px, ctx.screen.height_px, ctx.config->theme.paper)),
          chrome_(chrome_style(ctx.screen, ctx.text_scale)),
          body_(nominal_body_px(ctx.config->typography, ctx.screen) * ctx.text_scale),
          portrait_(ctx.screen.portrait()),
          margin_(std::max(12.0f, std::min(W_, H_) * 0.045f)),
          short_screen_(H_ < 560) {}

    SceneGeometry build(std::vector<std::string>& open_doors) {
        const float comfort_top = place_comfort_row();
        float y = place_title();
        const std::vector<Door> doors = doors_offered();
        open_doors.clear();
        for (const auto& d : doors)
            if (d.open) open_doors.push_back(d.id);
        y = place_invitation(y, open_doors.size() < doors.size());
        std::vector<DoorPlan> plan = frame_doors(doors, y, comfort_top);
        plan_pictures(doors, plan);
        const float head_px = name_size(doors, plan);
        for (std::size_t i = 0; i < doors.size(); ++i) draw_door(doors[i], plan[i], head_px);
        return std::move(g_);
    }

private:
    bool larger_text() const { return ctx_.text_scale > 1.01f; }
    bool several() const { return ctx_.documents.size() > 1; }

    // A line centred on the screen: as large as asked, unless it would not fit the
    // width (then as large as fits). Returns the bottom of its line.
    float centred(const std::string& s, FontRole role, float px, Color fg, float top, const std::string& r,
                  const std::vector<std::string>& features) {
        SceneLine l = make_label_line(text_, s, text_.face(role, px), features, 0, top, std::round(px * 1.3f), fg,
                                      theme_.paper, r, "", Layer::fixed, lang_);
        if (l.box.w > W_ - 2 * margin_) {
            px = std::floor(px * (W_ - 2 * margin_) / l.box.w);
            l = make_label_line(text_, s, text_.face(role, px), features, 0, top, std::round(px * 1.3f), fg,
                                theme_.paper, r, "", Layer::fixed, lang_);
        }
        l.box.x = std::round((W_ - l.box.w) / 2);
        g_.lines.push_back(l);
        return top + l.box.h;
    }

    // The language and comfort buttons at the very bottom. Where one row cannot hold
    // them at the visitor's text size they wrap onto a grid (the labels never shrink:
    // larger text is never smaller). Returns the row's top.
    float place_comfort_row() {
        std::vector<ButtonSpec> comfort{{"lang", ctx_.words("home.lang", lang_), false},
                                        {"larger", ctx_.words("home.larger", lang_), larger_text()},
                                        {"contrast", ctx_.words("home.contrast", lang_), ctx_.high_contrast},
                                        {"motion", ctx_.words("home.motion", lang_), ctx_.reduced_motion}};
        ChromeStyle row_style = chrome_;
        auto row_width = [&] {
            float total = -row_style.pad_px;
            for (const auto& b : comfort) total += button_width(text_, row_style, b.label, lang_) + row_style.pad_px;
            return total;
        };
        const float room_w = W_ - 2 * margin_;
        // At the normal size the labels may come down a little (not below 14 px) to keep
        // one row, leaving the doors room for their pictures; a larger step wraps instead.
        if (!larger_text())
            while (row_width() > room_w && row_style.label_px > 14.0f) row_style.label_px -= 1.0f;
        auto widest = [&] {
            float w = 0;
            for (const auto& b : comfort) w = std::max(w, button_width(text_, row_style, b.label, lang_));
            return w;
        };
        const float half = (room_w - row_style.pad_px) / 2;
        if (row_width() > room_w && widest() > half) {
            // Two columns with the short labels ("Larger", "Contrast") rather than one.
            for (auto& b : comfort)
                if (b.id != "lang") b.label = ctx_.words("home." + b.id + "_short", lang_);
        }
        const int columns = row_width() <= room_w ? static_cast<int>(comfort.size()) : widest() <= half ? 2 : 1;
        const int rows = (static_cast<int>(comfort.size()) + columns - 1) / columns;
        const float row_h =
            static_cast<float>(rows) * row_style.button_h_px + static_cast<float>(rows - 1) * row_style.pad_px;
        const float top = H_ - margin_ - row_h;
        const bool one_row = rows == 1;
        const float cell_w =
            one_row ? 0 : (room_w - static_cast<float>(columns - 1) * row_style.pad_px) / static_cast<float>(columns);
        float bx = one_row ? std::round((W_ - row_width()) / 2) : margin_;
        for (std::size_t i = 0; i < comfort.size(); ++i) {
            const int r = static_cast<int>(i) / columns, c = static_cast<int>(i) % columns;
            const float w = one_row ? button_width(text_, row_style, comfort[i].label, lang_) : cell_w;
            const float x = one_row ? bx : margin_ + static_cast<float>(c) * (cell_w + row_style.pad_px);
            const float by = top + static_cast<float>(r) * (row_style.button_h_px + row_style.pad_px);
            add_button(g_, text_, theme_, row_style, comfort[i], {x, by, w, row_style.button_h_px}, lang_);
            bx += w + row_style.pad_px;
        }
        return top;
    }

    // The title block in the upper part of the screen (it is read, not touched); on a
    // short screen the subtitle gives way to the doors. In portrait it sits high and the
    // doors follow it closely, still in the lower, reachable part. Returns its bottom.
    float place_title() {
        float y = portrait_ ? H_ * 0.1f : (short_screen_ ? margin_ * 0.8f : H_ * 0.09f);
        // The title's cap follows the screen and the visitor's text step, so larger text
        // is larger here too (the line shrinks to fit the width if it must).
        title_px_ = std::round(std::clamp(body_ * 1.9f, 26.0f, std::min(W_, H_) * 0.085f * ctx_.text_scale));
        y = centred(ctx_.words("home.title", lang_), FontRole::display_italic, title_px_, theme_.ink, y, "heading",
                    {"kern", "liga", "onum"});
        if (!short_screen_) {
            y = centred(ctx_.words("home.subtitle", lang_), FontRole::display_italic, std::round(title_px_ * 0.55f),
                        theme_.muted, y, "subtitle", {"kern", "liga", "onum"});
            g_.rects.push_back({{std::round(W_ / 2 - title_px_), y + title_px_ * 0.35f, std::round(title_px_ * 2), 2},
                                theme_.accent,
                                Layer::fixed,
                                0});
            y += title_px_ * 0.8f;
        }
        return y;
    }

    // The telegram's door (or one per document, named as the configuration names them)
    // and the timeline's; a door whose content is not there says so and is not a button.
    std::vector<Door> doors_offered() const {
        std::vector<Door> doors;
        const auto& docs = ctx_.documents;
        if (!several() && (docs.empty() || docs[0].telegram)) {
            doors.push_back({"telegram", ctx_.words("home.telegram", lang_), ctx_.words("home.telegram_sub", lang_),
                             ctx_.document != nullptr, Door::Picture::page});
        } else if (!several()) {
            // One document of the curator's: its own title, and its page.
            doors.push_back({"telegram", docs[0].title, ctx_.words("card.read_document", lang_),
                             ctx_.document != nullptr, Door::Picture::page});
        } else {
            for (std::size_t i = 0; i < docs.size(); ++i)
                doors.push_back({"document:" + std::to_string(i), docs[i].title,
                                 docs[i].available ? "" : ctx_.words("home.unavailable", lang_), docs[i].available,
                                 Door::Picture::none});
        }
        const bool timeline_open = ctx_.timeline != nullptr && !ctx_.timeline->events.empty();
        doors.push_back({"timeline", ctx_.words("home.timeline", lang_), ctx_.words("home.timeline_sub", lang_),
                         timeline_open, Door::Picture::timeline});
        for (auto& d : doors)
            if (!d.open) d.sub = ctx_.words("home.unavailable", lang_);
        return doors;
    }

    // With a door closed, the invitation points to what is open. On a short screen with
    // larger text it gives its room to the doors.
    float place_invitation(float y, bool a_door_closed) {
        const float invite_px = std::round(std::max(15.0f, std::min(chrome_.label_px * 1.1f, body_ * 0.7f)));
        const char* invite = a_door_closed ? "home.invite_one" : several() ? "home.invite_many" : "home.invite";
        if (short_screen_ && larger_text()) return y;
        return centred(ctx_.words(invite, lang_), FontRole::label, invite_px, theme_.accent, y, "invite", {"kern"});
    }

    // The doors' frames between the title and the comfort row: side by side on a wide
    // screen (the documents stacked in the first column), stacked in the lower,
    // reachable part of a tall one; and each one's text column.
    std::vector<DoorPlan> frame_doors(const std::vector<Door>& doors, float y, float comfort_top) const {
        const float gap = margin_ * 0.8f;
        const float doors_top = portrait_ ? std::max(y + margin_, H_ * (several() ? 0.3f : 0.34f)) : y + margin_ * 0.6f;
        const float doors_bottom = comfort_top - margin_ * 0.6f;
        const std::size_t n_docs = doors.size() - 1;
        const float doc_gap = several() ? gap * 0.5f : gap;
        std::vector<DoorPlan> plan(doors.size());
        if (portrait_) {
            const float h = (doors_bottom - doors_top - gap - doc_gap * static_cast<float>(n_docs - 1)) /
                            static_cast<float>(doors.size());
            float top = doors_top;
            for (std::size_t i = 0; i < doors.size(); ++i) {
                plan[i].frame = {margin_, top, W_ - 2 * margin_, h};
                top += h + (i + 1 < n_docs ? doc_gap : gap);
            }
        } else {
            const float w = std::min((W_ - 2 * margin_ - gap) / 2, (doors_bottom - doors_top) * 2.6f);
            const float x0 = (W_ - 2 * w - gap) / 2;
            const float all_h = doors_bottom - doors_top;
            const float h = (all_h - doc_gap * static_cast<float>(n_docs - 1)) / static_cast<float>(n_docs);
            for (std::size_t i = 0; i < n_docs; ++i)
                plan[i].frame = {x0, doors_top + static_cast<float>(i) * (h + doc_gap), w, h};
            plan[n_docs].frame = {x0 + w + gap, doors_top, w, all_h};
        }
        for (auto& p : plan) {
            p.inner_x = accent_bar_x(p.frame) + picture_gap();
            p.inner_w = p.frame.right() - picture_gap() - p.inner_x;
        }
        return plan;
    }

    float accent_bar_x(const RectF& d) const { return d.x + std::min(d.w * 0.06f, margin_); }
    float picture_gap() const { return std::max(12.0f, margin_ * 0.6f); }

    // Each door's picture (what lies behind it: the telegram's first page, or the eras
    // with the telegram's year): beside the text where the door is wide enough for both,
    // else over it where the door is tall enough, else none.
    void plan_pictures(const std::vector<Door>& doors, std::vector<DoorPlan>& plan) const {
        for (std::size_t i = 0; i < doors.size(); ++i) {
            if (doors[i].picture == Door::Picture::none) continue;
            DoorPlan& p = plan[i];
            const RectF d = p.frame;
            const bool page = doors[i].picture == Door::Picture::page;
            float pic_h = std::round(d.h * (page ? 0.78f : 0.5f));
            float pic_w = std::round(std::min(p.inner_w * 0.42f, page ? pic_h * 0.78f : pic_h * 2.2f));
            if (p.inner_w - pic_w - picture_gap() >= std::max(240.0f, d.w * 0.5f) && pic_h >= 60) {
                p.picture = {d.right() - picture_gap() - pic_w, std::round(d.y + (d.h - pic_h) / 2), pic_w, pic_h};
                p.inner_w -= pic_w + picture_gap();
                continue;
            }
            pic_h = std::round(d.h * 0.46f);
            pic_w = std::round(std::min(p.inner_w, page ? pic_h * 0.78f : pic_h * 2.6f));
            if (pic_h >= 90 && pic_w >= (page ? 90.0f : 150.0f)) {
                p.picture = {std::round(p.inner_x), std::round(d.y + d.h * 0.1f), pic_w, pic_h};
                p.picture_above = true;
            }
        }
    }

    float name_width(const std::string& name) { return text_.set_line(name, name_style_, lang_).width_px; }

    // One name size for all doors. The names take a larger share of a door as the text
    // grows (the doors give some height to the larger comfort row), never below a little
    // over the buttons' labels. At the normal size they may come down (to that floor) to
    // fit beside their pictures; at a larger step a picture gives way instead, so a name
    // is never smaller than at the step before (where even the whole door is too narrow,
    // the name wraps).
    float name_size(const std::vector<Door>& doors, std::vector<DoorPlan>& plan) {
        name_style_.features = {"kern", "liga"};
        float lowest_door = H_;
        for (const auto& p : plan) lowest_door = std::min(lowest_door, p.frame.h);
        const float head_floor = std::round(std::max(16.0f, chrome_.label_px * 1.15f));
        float head_px = std::max(
            head_floor,
            std::round(std::min(title_px_ * 0.75f, lowest_door * (several() ? 0.34f : 0.28f) * ctx_.text_scale)));
        for (; !larger_text(); head_px = std::max(head_floor, std::round(head_px * 0.92f))) {
            name_style_.face_index = text_.face(FontRole::display, head_px);
            bool fit = true;
            for (std::size_t i = 0; i < doors.size(); ++i) fit = fit && name_width(doors[i].head) <= plan[i].inner_w;
            if (head_px <= head_floor || fit) break;
        }
        name_style_.face_index = text_.face(FontRole::display, head_px);
        for (std::size_t i = 0; i < doors.size(); ++i)
            if (plan[i].picture.w > 0 && !plan[i].picture_above && name_width(doors[i].head) > plan[i].inner_w) {
                plan[i].inner_w += plan[i].picture.w + picture_gap();
                plan[i].picture = {};
            }
        return head_px;
    }

    // A door's paragraph (its name or the line below it), set left in its column.
    TypesetParagraph door_paragraph(const std::string& words, int face, const std::vector<std::string>& features,
                                    float measure) {
        ParagraphSpec spec;
        spec.styles.push_back({face, features, 0, 0});
        spec.runs.push_back({words, 0, {}});
        spec.measure_px = measure;
        spec.align = Alignment::left;
        spec.hyphenation = Hyphenation::off;
        spec.language = lang_;
        return text_.setter(lang_).set(spec);
    }

    // A door: its frame and accent bar, its picture, its name (wrapping where it must:
    // names never shrink to fit) and the line below it where that fits.
    void draw_door(const Door& door, DoorPlan& p, float head_px) {
        const RectF d = p.frame;
        g_.rects.push_back({{d.x - 1.5f, d.y - 1.5f, d.w + 3, d.h + 3}, theme_.muted, Layer::fixed, 18});
        g_.rects.push_back({d, theme_.bar, Layer::fixed, 17});
        g_.rects.push_back({{accent_bar_x(d), d.y + d.h * 0.14f, std::max(3.0f, d.w * 0.006f), d.h * 0.72f},
                            theme_.accent,
                            Layer::fixed,
                            2});
        const float name_line_h = std::round(head_px * 1.3f);
        const float name_h = name_line_h * (name_width(door.head) > p.inner_w ? 2.0f : 1.0f);
        // A picture over the name leaves the name its lines, or gives way.
        if (p.picture_above && d.bottom() - p.picture.bottom() < name_h + 4) {
            p.picture = {};
            p.picture_above = false;
        }
        if (p.picture.w > 0 && door.open) {
            if (door.picture == Door::Picture::page)
                add_page_miniature(g_, ctx_, p.picture);
            else
                add_timeline_miniature(g_, ctx_, p.picture);
        }
        // The door's line below its name, on up to two lines, only where it fits.
        const float sub_px = std::round(std::max(14.0f, std::min(chrome_.label_px, head_px * 0.45f)));
        const int sub_face = text_.face(FontRole::label, sub_px);
        const TypesetParagraph sub =
            door.sub.empty() ? TypesetParagraph{} : door_paragraph(door.sub, sub_face, {"kern"}, p.inner_w);
        const float sub_lh = std::round(sub_px * 1.4f);
        const float sub_h = static_cast<float>(sub.lines.size()) * sub_lh;
        const float text_room = p.picture_above ? d.bottom() - p.picture.bottom() : d.h;
        bool show_sub = !sub.lines.empty() && sub.lines.size() <= 2 && text_room >= head_px * 1.3f + sub_h + 8;
        for (const auto& l : sub.lines) show_sub = show_sub && !l.overfull;
        show_sub = show_sub && text_room >= name_h + sub_h + 8;
        const float block_h = name_h + (show_sub ? sub_h : 0.0f);
        const float text_top = p.picture_above ? p.picture.bottom() : d.y;
        const float ty = text_top + (d.bottom() - text_top - block_h) / 2;
        const TypesetParagraph name =
            door_paragraph(door.head, name_style_.face_index, name_style_.features, p.inner_w);
        const float name_bottom =
            append_paragraph_lines(g_.lines, text_, name, name_style_.face_index, p.inner_x, ty, name_line_h,
                                   {"door", door.id, theme_.ink, theme_.bar, theme_.accent, Layer::fixed, p.inner_w});
        if (show_sub)
            append_paragraph_lines(
                g_.lines, text_, sub, sub_face, p.inner_x, name_bottom, sub_lh,
                {"door-sub", door.id, theme_.muted, theme_.bar, theme_.accent, Layer::fixed, p.inner_w});
        if (door.open) g_.targets.push_back({door.id, d, Layer::fixed});
    }

    const SceneContext& ctx_;
    TextEngine& text_;
    const ThemeConfig& theme_;
    const std::string& lang_;
    const float W_, H_;
    SceneGeometry g_;
    const ChromeStyle chrome_;
    const float body_;
    const bool portrait_;
    const float margin_;
    const bool short_screen_;
    float title_px_ = 0;
    TextStyle name_style_;
};

}  // namespace

void HomeScene::layout(const SceneContext& ctx) {
    ctx_ = ctx;
    geometry_ = HomeLayout(ctx_).build(open_doors_);
}

void HomeScene::on_gesture(const Gesture& g, double, SceneRequest& req) {
    if (g.kind != Gesture::Kind::tap) return;
    const std::string id = target_at(geometry_, 0, g.x_px, g.y_px);
    if (id == "telegram" || id == "timeline" || parse_route(id).is(Route::Kind::document))
        req.navigate_to = id;
    else if (id == "lang")
        req.setting = ctx_.language == "ru" ? "lang:en" : "lang:ru";
    else if (id == "larger")
        req.setting = "text_size:next";
    else if (id == "contrast")
        req.setting = "contrast:toggle";
    else if (id == "motion")
        req.setting = "motion:toggle";
}

void HomeScene::on_key(Key key, double, SceneRequest& req) {
    if (key != Key::enter && key != Key::right) return;
    if (!open_doors_.empty()) req.navigate_to = open_doors_.front();
}

}  // namespace kiosk
