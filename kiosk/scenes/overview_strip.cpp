#include "scenes/overview_strip.h"

#include <algorithm>
#include <cmath>

#include "scenes/chrome.h"
#include "scenes/palette.h"
#include "text/text_engine.h"
#include "text/typographic_ties.h"

namespace kiosk {
namespace {

float width_of(TextEngine& text, const std::string& s, int face, const std::string& lang) {
    TextStyle st;
    st.face_index = face;
    st.features = {"kern"};
    return text.set_line(s, st, lang).width_px;
}

// The break between words that makes the longer of two lines shortest, at a space the
// language's typesetting does not tie («Революция и | интервенция» never).
std::pair<std::string, std::string> balanced_split(TextEngine& text, const std::string& s, int face,
                                                   const std::string& lang) {
    std::pair<std::string, std::string> best{s, ""};
    float best_w = width_of(text, s, face, lang);
    for (std::size_t at = s.find(' '); at != std::string::npos; at = s.find(' ', at + 1)) {
        const std::string a = s.substr(0, at), b = s.substr(at + 1);
        if (tie_at_space_in(s, at, at + 1, lang) != Tie::none) continue;
        const float w = std::max(width_of(text, a, face, lang), width_of(text, b, face, lang));
        if (w < best_w) {
            best_w = w;
            best = {a, b};
        }
    }
    return best;
}

}  // namespace

float OverviewStrip::prepare(const SceneContext& ctx, float width_px, float font_px, float min_font_px, double min_day,
                             double max_day, const std::function<Color(const TimelineEvent&)>& event_colour) {
    eras_.clear();
    ticks_.clear();
    min_day_ = min_day;
    max_day_ = max_day;
    const auto& theme = ctx.config->theme;
    frame_ = theme.muted;
    window_ = theme.accent;
    paper_ = theme.bar;
    TextEngine& text = *ctx.text;
    const std::string& lang = ctx.language;
    if (ctx.timeline)
        for (const auto& e : ctx.timeline->events) ticks_.push_back({e.start_day(), event_colour(e)});
    if (!ctx.timeline || ctx.timeline->eras.empty()) {
        scale_ = PiecewiseScale({}, min_day, max_day, 0, width_px);
        line_h_ = std::round(font_px * 1.3f);
        return line_h_ + 8;
    }
    // Largest font and fewest lines that let every name fit in the strip.
    bool two_lines = false;
    float px = font_px;
    std::vector<std::pair<std::string, std::string>> splits;
    for (;;) {
        const int face = text.face(FontRole::label, px);
        const float name_pad = px * 1.2f;
        splits.clear();
        float total = 0;
        for (const auto& era : ctx.timeline->eras) {
            const std::string& name = era.headline_in(lang);
            splits.push_back(two_lines ? balanced_split(text, name, face, lang) : std::make_pair(name, std::string()));
            total += std::max(width_of(text, splits.back().first, face, lang),
                              width_of(text, splits.back().second, face, lang)) +
                     name_pad;
        }
        if (total <= width_px || px <= min_font_px) break;
        if (!two_lines)
            two_lines = true;
        else
            px = std::max(min_font_px, px - 1);
    }
    const int face = text.face(FontRole::label, px);
    line_h_ = std::round(px * 1.25f);
    std::vector<ScalePiece> pieces;
    for (std::size_t i = 0; i < ctx.timeline->eras.size(); ++i) {
        const auto& era = ctx.timeline->eras[i];
        Era e;
        e.from_day = static_cast<double>(era.start.first_day());
        e.to_day = static_cast<double>(era.end.last_day()) + 1;
        e.background = era_colour(ctx, era, i);
        for (const std::string& part : {splits[i].first, splits[i].second}) {
            if (part.empty()) continue;
            SceneLine l = make_label_line(text, part, face, {"kern"}, 0, 0, line_h_, theme.ink, e.background, "era",
                                          era.id, Layer::fixed, lang);
            e.name_w = std::max(e.name_w, l.box.w);
            e.lines.push_back(std::move(l));
        }
        pieces.push_back({e.from_day, e.to_day, e.name_w + px * 1.2f});
        eras_.push_back(std::move(e));
    }
    scale_ = PiecewiseScale(pieces, min_day, max_day, 0, width_px);
    return line_h_ * (two_lines ? 2.0f : 1.0f) + std::round(px * 0.7f);
}

void OverviewStrip::place(float x_px, float y_px, float height_px) {
    // The scale was made from 0; shift it by rebuilding with the same pieces would cost
    // more than offsetting at draw time, so the box remembers where it is.
    box_ = {x_px, y_px, scale_.x1_px() - scale_.x0_px(), height_px};
}

void OverviewStrip::draw(SceneGeometry& g, double from_day, double to_day) const {
    const float ox = box_.x, top = box_.y, h = box_.h;
    g.rects.push_back({{ox - 1, top - 1, box_.w + 2, h + 2}, frame_, Layer::fixed, 6});
    g.rects.push_back({box_, paper_, Layer::fixed, 5});
    for (const auto& e : eras_) {
        const float x0 = ox + scale_.x_of(e.from_day), x1 = ox + scale_.x_of(e.to_day);
        g.rects.push_back({{x0, top, std::max(1.0f, x1 - x0), h}, e.background, Layer::fixed, 0});
        g.rects.push_back({{x1 - 0.5f, top, 1, h}, frame_, Layer::fixed, 0});
        const float block_h = line_h_ * static_cast<float>(e.lines.size());
        float y = top + (h - block_h) / 2;
        for (SceneLine l : e.lines) {
            l.box.x = std::round((x0 + x1) / 2 - l.box.w / 2);
            l.box.y = y;
            l.baseline_y += y;
            y += line_h_;
            g.lines.push_back(std::move(l));
        }
    }
    // Events as short ticks along the bottom edge.
    for (const auto& t : ticks_) {
        const float x = ox + scale_.x_of(t.day);
        g.rects.push_back({{x - 0.75f, top + h - 5, 1.5f, 5}, t.colour, Layer::fixed, 0});
    }
    // The window: what is on screen, outlined in the accent colour.
    float wx0 = ox + scale_.x_of(from_day), wx1 = ox + scale_.x_of(to_day);
    if (wx1 - wx0 < 8) {
        const float mid = (wx0 + wx1) / 2;
        wx0 = mid - 4;
        wx1 = mid + 4;
    }
    const float t = 3;
    g.rects.push_back({{wx0, top - 2, wx1 - wx0, h + 4}, Color{window_.r, window_.g, window_.b, 40}, Layer::fixed, 4});
    g.rects.push_back({{wx0, top - 2, wx1 - wx0, t}, window_, Layer::fixed, 0});
    g.rects.push_back({{wx0, top + h + 2 - t, wx1 - wx0, t}, window_, Layer::fixed, 0});
    g.rects.push_back({{wx0, top - 2, t, h + 4}, window_, Layer::fixed, 0});
    g.rects.push_back({{wx1 - t, top - 2, t, h + 4}, window_, Layer::fixed, 0});
    g.targets.push_back({"timeline:overview", box_, Layer::fixed});
}

}  // namespace kiosk
