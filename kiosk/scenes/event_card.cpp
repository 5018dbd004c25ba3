// Sections: 1. sizes and columns  2. the footer  3. the body (set once, positioned
// from 0)  4. the frame, cut under a whole line.
#include "scenes/event_card.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "scenes/rich_paragraph.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

// The footer's buttons placed in rows `width` wide, from (0, 0). One row where it holds
// them all: previous at the left, next at the right, the actions centred between. Else
// previous and next share the first row and the actions follow in rows below, each as
// wide as its label needs (labels never shrink: larger text is never smaller); a label
// wider than the row gets the whole row.
struct FooterPlan {
    std::vector<std::pair<ButtonSpec, RectF>> buttons;
    float height = 0;
};

// A card's footer: one row where the neighbours' labels can be shortened to fit (or a
// disabled end steps aside), else the neighbours on rows of their own and the actions
// flowing below them, each row centred.
class FooterPlanner {
public:
    FooterPlanner(TextEngine& text, const ChromeStyle& st, const std::string& lang, const CardSpec& spec, float width)
        : text_(text), st_(st), lang_(lang), spec_(spec), width_(width), actions_(spec.actions) {
        actions_.push_back(spec.close);
    }

    FooterPlan plan() const {
        if (auto one = one_row()) return *one;
        // One row still, where a disabled end ("This is the start") steps aside: it only
        // says there is nothing that way.
        if ((!spec_.previous.enabled || !spec_.next.enabled) && !spec_.previous.label.empty() &&
            !spec_.next.label.empty()) {
            CardSpec lean = spec_;
            if (!lean.previous.enabled) lean.previous.label.clear();
            if (!lean.next.enabled) lean.next.label.clear();
            FooterPlan one = FooterPlanner(text_, st_, lang_, lean, width_).plan();
            if (one.height <= st_.button_h_px + 0.5f) return one;
        }
        FooterPlan plan;
        place_ends(plan);
        flow_actions(plan);
        return plan;
    }

private:
    float w_of(const ButtonSpec& b) const { return std::min(width_, button_width(text_, st_, b.label, lang_)); }

    // The longest neighbour labels that keep one row, if any do.
    std::optional<FooterPlan> one_row() const {
        float actions_w = -st_.pad_px;
        for (const auto& a : actions_) actions_w += w_of(a) + st_.pad_px;
        const std::size_t levels = std::max(spec_.previous_labels.size(), spec_.next_labels.size());
        auto labelled = [&](const ButtonSpec& b, const std::vector<std::string>& labels, std::size_t level) {
            ButtonSpec out = b;
            if (level < levels && !labels.empty()) out.label = labels[std::min(level, labels.size() - 1)];
            return out;
        };
        for (std::size_t level = 0; level <= levels; ++level) {
            const ButtonSpec prev = labelled(spec_.previous, spec_.previous_labels, level);
            const ButtonSpec next = labelled(spec_.next, spec_.next_labels, level);
            const float pw = prev.label.empty() ? -st_.pad_px : w_of(prev),
                        nw = next.label.empty() ? -st_.pad_px : w_of(next);
            if (pw + nw + actions_w + 2 * st_.pad_px > width_) continue;
            FooterPlan plan;
            if (!prev.label.empty()) plan.buttons.push_back({prev, {0, 0, pw, st_.button_h_px}});
            if (!next.label.empty()) plan.buttons.push_back({next, {width_ - nw, 0, nw, st_.button_h_px}});
            float x = pw + std::max(st_.pad_px, (width_ - pw - nw - actions_w) / 2);
            for (const auto& a : actions_) {
                plan.buttons.push_back({a, {x, 0, w_of(a), st_.button_h_px}});
                x += w_of(a) + st_.pad_px;
            }
            plan.height = st_.button_h_px;
            return plan;
        }
        return std::nullopt;
    }

    // Previous and next first: side by side with the longest labels that fit half the
    // row each, else one above the other; one end alone has the row.
    void place_ends(FooterPlan& plan) const {
        const float half = (width_ - st_.pad_px) / 2;
        auto fitting = [&](const ButtonSpec& b, const std::vector<std::string>& labels) {
            for (const auto& l : labels) {
                ButtonSpec c = b;
                c.label = l;
                if (button_width(text_, st_, l, lang_) <= half) return c;
            }
            return b;
        };
        const ButtonSpec prev = fitting(spec_.previous, spec_.previous_labels),
                         next = fitting(spec_.next, spec_.next_labels);
        if (prev.label.empty() != next.label.empty()) {
            plan.buttons.push_back({prev.label.empty() ? next : prev, {0, 0, width_, st_.button_h_px}});
        } else if (prev.label.empty()) {
            // Neither end: the actions alone.
        } else if (w_of(prev) <= half && w_of(next) <= half) {
            plan.buttons.push_back({prev, {0, 0, half, st_.button_h_px}});
            plan.buttons.push_back({next, {half + st_.pad_px, 0, half, st_.button_h_px}});
        } else {
            plan.buttons.push_back({prev, {0, 0, width_, st_.button_h_px}});
            plan.buttons.push_back({next, {0, st_.button_h_px + st_.pad_px, width_, st_.button_h_px}});
        }
    }

    // The actions in rows below, each row centred when it is full.
    void flow_actions(FooterPlan& plan) const {
        float y = plan.buttons.empty() ? 0.0f : plan.buttons.back().second.bottom() + st_.pad_px, x = 0;
        std::vector<std::size_t> row;
        auto centre_row = [&] {
            if (row.empty()) return;
            const float used = plan.buttons[row.back()].second.right();
            for (std::size_t i : row) plan.buttons[i].second.x += std::round((width_ - used) / 2);
            row.clear();
        };
        for (const auto& a : actions_) {
            const float w = w_of(a);
            if (x > 0 && x + w > width_ + 0.5f) {
                centre_row();
                x = 0;
                y += st_.button_h_px + st_.pad_px;
            }
            row.push_back(plan.buttons.size());
            plan.buttons.push_back({a, {x, y, w, st_.button_h_px}});
            x += w + st_.pad_px;
        }
        centre_row();
        plan.height = y + st_.button_h_px;
    }

    TextEngine& text_;
    const ChromeStyle& st_;
    const std::string& lang_;
    const CardSpec& spec_;
    float width_;
    std::vector<ButtonSpec> actions_;  // the card's actions and Close
};

FooterPlan plan_footer(TextEngine& text, const ChromeStyle& st, const std::string& lang, const CardSpec& spec,
                       float width) {
    return FooterPlanner(text, st, lang, spec, width).plan();
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

namespace {

// A card built in the order of its sections: sizes and columns, the footer, the body
// (set once, from y = 0: what and when, the headline, the picture, the text, the
// source, actions that found no room below), then the frame, cut under a whole line,
// with the "More" cue and the footer's buttons.
class CardBuilder {
public:
    CardBuilder(const SceneContext& ctx, const CardSpec& spec, const RectF& area)
        : ctx_(ctx),
          spec_(spec),
          area_(area),
          text_(*ctx.text),
          theme_(ctx.config->theme),
          lang_(spec.language),
          chrome_(chrome_style(ctx.screen, ctx.text_scale)) {}

    Card build() {
        measure();
        plan_the_footer();
        set_body();
        place_frame();
        add_more_cue_and_footer();
        return std::move(card_);
    }

private:
    // ---- 1. sizes: the body a little under the reader's size; at most 62 characters.
    // The picture goes beside the text where the area is landscape and wide enough for
    // a picture column of at least 40% of the text's measure.
    void measure() {
        body_ = std::max(16.0f, nominal_body_px(ctx_.config->typography, ctx_.screen) * ctx_.text_scale * 0.85f);
        pad_ = std::round(std::clamp(body_ * 1.0f, 12.0f, area_.w * 0.05f));
        text_w_ = std::min(area_.w - 2 * pad_, std::round(body_ * 0.45f * 62));
        small_ = std::round(std::max(15.0f, body_ * 0.72f));
        const float col_gap = std::round(body_ * 1.2f);
        has_picture_ = !spec_.image_path.empty() && spec_.image_size_px && spec_.image_size_px->first > 0 &&
                       spec_.image_size_px->second > 0;
        aspect_ = has_picture_
                      ? static_cast<float>(spec_.image_size_px->second) / static_cast<float>(spec_.image_size_px->first)
                      : 0;
        const float pic_room = area_.w - 2 * pad_ - text_w_ - col_gap;
        card_.side_by_side = has_picture_ && area_.w > area_.h * 1.15f && pic_room >= text_w_ * 0.4f;
        // Beside the text: as wide as the room allows, up to the text's own measure, and
        // no taller than the area.
        if (card_.side_by_side) pic_w_ = std::round(std::min({pic_room, text_w_, (area_.h - 2 * pad_) / aspect_}));
        card_.side_by_side = card_.side_by_side && pic_w_ >= text_w_ * 0.4f;
        content_w_ = card_.side_by_side ? pic_w_ + col_gap + text_w_ : text_w_;
        text_x_ = card_.side_by_side ? pic_w_ + col_gap : 0;
        gap_ = std::round(std::max(8.0f, body_ * 0.45f));
    }

    // ---- 2. the footer. Short of room for four lines of text, the actions offered
    // elsewhere leave it and a disabled end ("This is the start") gives its place; still
    // short, it keeps previous, next, Listen and Close, and the other actions ("Read the
    // telegram") follow the text, at the end of the body.
    void plan_the_footer() {
        footer_ = plan_footer(text_, chrome_, lang_, spec_, content_w_);
        const float min_body =
            std::round(small_ * 1.5f) + std::round(body_ * 1.45f * 1.18f) + 4 * std::round(body_ * 1.38f);
        auto short_of_room = [&] { return area_.h - (2 * pad_ + gap_ + footer_.height) < min_body; };
        if (!short_of_room()) return;
        CardSpec lean = spec_;
        std::erase_if(lean.actions, [&](const ButtonSpec& b) {
            return std::find(spec_.spare_actions.begin(), spec_.spare_actions.end(), b.id) != spec_.spare_actions.end();
        });
        if (!lean.previous.enabled) lean.previous.label.clear();
        if (!lean.next.enabled) lean.next.label.clear();
        footer_ = plan_footer(text_, chrome_, lang_, lean, content_w_);
        if (!short_of_room()) return;
        std::erase_if(lean.actions, [&](const ButtonSpec& b) {
            if (b.id == "card:listen") return false;
            body_actions_.push_back(b);
            return true;
        });
        footer_ = plan_footer(text_, chrome_, lang_, lean, content_w_);
    }

    // ---- 3. the body, from y = 0. Side by side: the picture and its caption in the
    // left column. The "More" row is a finger tall, as it is a button.
    void set_body() {
        more_h_ = std::max(std::round(small_ * 1.9f), std::ceil(ctx_.screen.min_target_px));
        room_for_body_ = area_.h - (pad_ + gap_ + footer_.height + pad_);
        float y = set_kicker_and_date();
        y = set_headline(y);
        // The picture: beside the text; else below the headline where there is room for
        // it and some text, otherwise after the text, so the words come first on a small screen.
        float picture_bottom = 0;
        if (card_.side_by_side) picture_bottom = add_picture(0, 0, pic_w_, room_for_body_ - small_ * 4);
        const bool picture_first = !card_.side_by_side && has_picture_ && room_for_body_ >= body_ * 14;
        const float stacked_max_h =
            std::max(body_ * 4, std::min(room_for_body_ * 0.55f, static_cast<float>(ctx_.screen.height_px) * 0.3f));
        if (picture_first) y = add_picture(0, y, text_w_, stacked_max_h) + std::round(body_ * 0.4f);
        y = set_text(y);
        if (has_picture_ && !card_.side_by_side && !picture_first) {
            y += std::round(body_ * 0.5f);
            y = add_picture(0, y, text_w_, stacked_max_h) + std::round(body_ * 0.4f);
        }
        y = set_source(y);
        y = add_body_actions(y);
        card_.body_height_px = std::ceil(std::max(y, picture_bottom));
        for (const auto& l : lines_) card_.line_spans.emplace_back(l.box.y, l.box.bottom());
        std::sort(card_.line_spans.begin(), card_.line_spans.end());
    }

    // What and when: the group and the date on one line, the date below where there is
    // no room beside the group.
    float set_kicker_and_date() {
        if (spec_.kicker.empty() && spec_.date.empty()) return 0;
        float y = 0;
        const float kicker_h = std::round(small_ * 1.5f);
        SceneLine kicker =
            make_label_line(text_, spec_.kicker, text_.face(FontRole::label_strong, small_), {"kern"}, text_x_, 0,
                            kicker_h, spec_.kicker_color, theme_.paper, "category", spec_.id, Layer::content, lang_);
        SceneLine date = make_label_line(text_, spec_.date, text_.face(FontRole::label, small_), {"kern", "tnum"},
                                         text_x_ + kicker.box.w + (spec_.kicker.empty() ? 0 : small_), 0, kicker_h,
                                         theme_.muted, theme_.paper, "date", spec_.id, Layer::content, lang_);
        if (date.box.right() > text_x_ + text_w_) {
            date.box.x = text_x_;
            date.box.y = kicker_h;
            date.baseline_y += kicker_h;
            y += kicker_h;
        }
        if (!spec_.kicker.empty()) lines_.push_back(std::move(kicker));
        if (!spec_.date.empty()) lines_.push_back(std::move(date));
        return y + kicker_h + std::round(small_ * 0.3f);
    }

    // Listen reads the headline, then the text, each in its own language.
    float set_headline(float y) {
        const float head_px = std::round(body_ * 1.45f);
        const int head_face = text_.face(FontRole::display, head_px);
        const TypesetParagraph headline = set_plain_paragraph(
            text_, spec_.headline, head_face, {"kern", "liga", "onum"}, text_w_, spec_.headline_language, head_px);
        y = append_paragraph_lines(lines_, text_, headline, head_face, text_x_, y, std::round(head_px * 1.18f),
                                   {"heading", spec_.id, theme_.ink, theme_.paper, theme_.accent, Layer::content,
                                    text_w_, add_speech(card_.speech, headline, spec_.headline_language)});
        return y + std::round(body_ * 0.5f);
    }

    // The picture in a column `column_w` wide from x0, at most `max_h` tall, framed, with
    // its caption below. Returns the caption's bottom.
    float add_picture(float x0, float top, float column_w, float max_h) {
        float w = column_w, h = column_w * aspect_;
        if (h > max_h) {
            w *= max_h / h;
            h = max_h;
        }
        const float x = std::round(x0 + (column_w - w) / 2);
        rects_.push_back({{x - 1, top - 1, w + 2, h + 2}, theme_.muted, Layer::content, 0});
        images_.push_back({spec_.image_path, {x, top, w, h}, Layer::content, {}});
        top += h + std::round(body_ * 0.3f);
        if (spec_.caption.empty()) return top;
        const int cap_face = text_.face(FontRole::body_italic, small_);
        return append_paragraph_lines(
            lines_, text_,
            set_plain_paragraph(text_, spec_.caption, cap_face, {"kern", "liga", "onum"}, column_w,
                                spec_.caption_language, small_),
            cap_face, x0, top, std::round(small_ * 1.3f),
            {"caption", spec_.id, theme_.muted, theme_.paper, theme_.accent, Layer::content, column_w});
    }

    // The text, justified by the same engine as the telegram, hyphenated in its language.
    float set_text(float y) {
        RichStyle rs{FontRole::body,  FontRole::body_italic, body_, {"kern", "liga", "onum"}, Alignment::justify,
                     Hyphenation::on, spec_.text_language};
        if (!text_.hyphenator(spec_.text_language))
            rs.align = Alignment::left;  // no hyphens: justified narrow text opens rivers
        const int body_face = text_.face(FontRole::body, body_);
        for (std::size_t i = 0; i < spec_.text.paragraphs.size(); ++i) {
            if (i > 0) y += std::round(body_ * 0.35f);
            const TypesetParagraph tp = set_rich_paragraph(text_, spec_.text.paragraphs[i], rs, text_w_);
            y = append_paragraph_lines(lines_, text_, tp, body_face, text_x_, y, std::round(body_ * 1.38f),
                                       {"p", spec_.id, theme_.ink, theme_.paper, theme_.accent, Layer::content, text_w_,
                                        add_speech(card_.speech, tp, spec_.text_language)});
        }
        return y;
    }

    // Citations name English publications: set as English after the interface's "Source:".
    float set_source(float y) {
        if (spec_.source.empty()) return y;
        y += std::round(body_ * 0.5f);
        RichStyle ss{FontRole::body,  FontRole::body_italic, small_, {"kern", "liga", "onum"},
                     Alignment::left, Hyphenation::off,      "en"};
        std::vector<Span> spans{{ctx_.words("card.source", lang_) + " ", span_roman, {}}};
        for (const auto& p : spec_.source.paragraphs) spans.insert(spans.end(), p.begin(), p.end());
        return append_paragraph_lines(
            lines_, text_, set_rich_paragraph(text_, spans, ss, text_w_), text_.face(FontRole::body, small_), text_x_,
            y, std::round(small_ * 1.35f),
            {"source", spec_.id, theme_.muted, theme_.paper, theme_.accent, Layer::content, text_w_});
    }

    // Actions that found no room in the footer: after the text, in rows.
    float add_body_actions(float y) {
        in_body_.width_px = ctx_.screen.width_px;
        if (body_actions_.empty()) return y;
        y += std::round(body_ * 0.6f);
        float x = text_x_;
        for (const auto& b : body_actions_) {
            const float w = std::min(text_w_, button_width(text_, chrome_, b.label, lang_));
            if (x > text_x_ && x + w > text_x_ + text_w_) {
                x = text_x_;
                y += chrome_.button_h_px + chrome_.pad_px;
            }
            add_button(in_body_, text_, theme_, chrome_, b, {x, y, w, chrome_.button_h_px}, lang_);
            x += w + chrome_.pad_px;
        }
        return y + chrome_.button_h_px;
    }

    // ---- 4. the frame: as tall as the content, at most the area. Where the body must
    // scroll, its visible part ends under a whole line, the row below says "More", and a
    // finger's width at the card's right holds a bar a finger can drag.
    void place_frame() {
        scrolls_ = card_.body_height_px > room_for_body_ + 0.5f;
        float body_h = std::max(0.0f, std::min(card_.body_height_px, room_for_body_));
        if (scrolls_) body_h = std::max(0.0f, whole_line_cut(lines_, images_, room_for_body_ - more_h_));
        below_body_ = scrolls_ ? more_h_ : 0.0f;
        const float gutter = scrolls_ ? std::max(0.0f, ctx_.screen.min_target_px - pad_) : 0.0f;
        card_w_ = content_w_ + 2 * pad_ + gutter;
        const float card_h = pad_ + body_h + below_body_ + gap_ + footer_.height + pad_;
        const float cx = std::round(area_.x + (area_.w - card_w_) / 2);
        const float cy = std::round(spec_.from_bottom ? area_.y + std::max(0.0f, area_.h - card_h)
                                    : spec_.centred   ? area_.y + std::max(0.0f, (area_.h - card_h) / 2)
                                                      : area_.y);
        card_.frame = {cx, cy, card_w_, card_h};
        card_.body = {cx + pad_, cy + pad_, content_w_, body_h};
        card_.rects.push_back({{cx - 1, cy - 1, card_w_ + 2, card_h + 2}, theme_.muted, Layer::fixed, 16});
        card_.rects.push_back({card_.frame, theme_.paper, Layer::fixed, 15});
        card_.rects.push_back({{cx, cy + 15, 5, card_h - 30}, spec_.kicker_color, Layer::fixed, 2});
        // The buttons in the body scroll with it: the content layer, body coordinates.
        for (auto& r : in_body_.rects) {
            r.layer = Layer::content;
            rects_.push_back(r);
        }
        for (auto& l : in_body_.lines) {
            l.layer = Layer::content;
            lines_.push_back(l);
        }
        for (auto r : rects_) {
            r.box.x += card_.body.x;
            card_.rects.push_back(r);
        }
        for (auto im : images_) {
            im.box.x += card_.body.x;
            card_.images.push_back(im);
        }
        for (auto& l : lines_) l.box.x += card_.body.x;  // y stays in the body's own coordinates
        card_.lines = std::move(lines_);
        // The card itself swallows taps that are not on its buttons.
        card_.targets.push_back({"card", card_.frame, Layer::fixed});
        for (auto t : in_body_.targets) {
            t.box.x += card_.body.x;
            t.layer = Layer::content;
            card_.targets.push_back(t);
        }
    }

    // The cue under the last whole line where the body scrolls (a hairline, then "More
    // ↓" at the right: a button that turns a page, and at the end goes back to the top),
    // the scroll bar's target, and the footer's buttons.
    void add_more_cue_and_footer() {
        SceneGeometry buttons;
        buttons.width_px = ctx_.screen.width_px;
        if (scrolls_) {
            const float top = card_.body.bottom();
            card_.rects.push_back({{card_.body.x, top + 2, content_w_, 1}, theme_.muted, Layer::fixed, 0});
            ChromeStyle ms = chrome_;
            ms.label_px = small_;
            ms.button_h_px = std::max(ctx_.screen.min_target_px, more_h_);
            const std::string label = ctx_.words("card.more", lang_);
            const float w = button_width(text_, ms, label, lang_);
            const SceneLine l =
                make_label_line(text_, label, text_.face(FontRole::label_strong, small_), {"kern"}, 0, top, more_h_,
                                theme_.accent, theme_.paper, "more", "card:more", Layer::fixed, lang_);
            SceneLine cue = l;
            cue.box.x = std::round(card_.body.right() - l.box.w);
            buttons.lines.push_back(std::move(cue));
            card_.more = {card_.body.right() - w, top + (more_h_ - ms.button_h_px) / 2, w, ms.button_h_px};
            buttons.targets.push_back({"card:more", card_.more, Layer::fixed});
            const float bar_w = ctx_.screen.min_target_px;
            buttons.targets.push_back(
                {"card:scrollbar", {card_.frame.x + card_w_ - bar_w, card_.body.y, bar_w, card_.body.h}, Layer::fixed});
        }
        const float footer_top = card_.body.bottom() + below_body_ + gap_;
        for (const auto& [b, box] : footer_.buttons)
            add_button(buttons, text_, theme_, chrome_, b,
                       {card_.frame.x + pad_ + box.x, footer_top + box.y, box.w, box.h}, lang_);
        for (auto& r : buttons.rects) card_.rects.push_back(r);
        for (auto& l : buttons.lines) card_.lines.push_back(std::move(l));
        for (auto& t : buttons.targets) card_.targets.push_back(t);
    }

    const SceneContext& ctx_;
    const CardSpec& spec_;
    const RectF area_;
    TextEngine& text_;
    const ThemeConfig& theme_;
    const std::string& lang_;
    const ChromeStyle chrome_;
    Card card_;
    // Sizes (1.)
    float body_ = 0, pad_ = 0, text_w_ = 0, small_ = 0, gap_ = 0, pic_w_ = 0, content_w_ = 0, text_x_ = 0, aspect_ = 0;
    bool has_picture_ = false;
    // The footer (2.)
    FooterPlan footer_;
    std::vector<ButtonSpec> body_actions_;
    // The body (3.), in its own coordinates until the frame places it
    float more_h_ = 0, room_for_body_ = 0;
    std::vector<SceneLine> lines_;
    std::vector<SceneImage> images_;
    std::vector<SceneRect> rects_;
    SceneGeometry in_body_;
    // The frame (4.)
    bool scrolls_ = false;
    float below_body_ = 0, card_w_ = 0;
};

}  // namespace

Card build_card(const SceneContext& ctx, const CardSpec& spec, const RectF& area) {
    return CardBuilder(ctx, spec, area).build();
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
