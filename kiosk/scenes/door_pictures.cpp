#include "scenes/door_pictures.h"

#include <algorithm>
#include <cmath>

#include "scenes/chrome.h"
#include "scenes/palette.h"
#include "scenes/piecewise_scale.h"
#include "scenes/reader_layout.h"
#include "text/text_engine.h"

namespace kiosk {

void add_page_miniature(SceneGeometry& g, const SceneContext& ctx, const RectF& box) {
    if (!ctx.document || !ctx.text || box.w < 40 || box.h < 40) return;
    const auto& theme = ctx.config->theme;
    // A sheet with a soft shadow, a little lighter than the exhibit's paper.
    g.rects.push_back(
        {{box.x + 3, box.y + 4, box.w, box.h}, Color{theme.ink.r, theme.ink.g, theme.ink.b, 40}, Layer::fixed, 3});
    g.rects.push_back({box, Color{0xfb, 0xf8, 0xf1}, Layer::fixed, 2});
    // The reader's own layout, for a column that fits the sheet: the body size follows
    // from the measure (66 characters across the sheet, less its margins).
    const float pad = std::round(box.w * 0.08f);
    const float body_px = std::max(2.5f, (box.w - 2 * pad) / (66 * 0.42f));
    // The page in the visitor's language where there is a translation (a Russian
    // visitor's door shows the Russian page they will open on).
    const Document* translated =
        ctx.document->language != ctx.language ? ctx.document->translation(ctx.language) : nullptr;
    Document page = translated ? *translated : *ctx.document;
    page.exhibit_texts.clear();  // the document itself, not the exhibit's words about it
    ReaderLayoutInput in;
    in.document = &page;
    in.config = ctx.config;
    in.language = page.language;
    in.words = ctx.words;
    in.screen = ctx.screen;
    // A virtual screen on which the configured type size comes out at body_px.
    const float nominal = ctx.config->typography.body_size_pt * 25.4f / 72.0f;
    in.screen.width_px = 1920;
    in.screen.height_px = 1080;
    in.screen.viewing_distance_mm = ctx.config->typography.reference_distance_mm;
    in.screen.px_per_mm = body_px / nominal;
    const ReaderLayout layout = layout_reader(*ctx.text, in);
    const float column_x = std::round((1920 - layout.measure_px) / 2);
    const float scale_x = box.x + pad - column_x;
    const float top = box.y + pad * 0.8f - std::round(layout.body_px * 1.2f);
    for (const auto& l : layout.geometry.lines) {
        if (l.layer != Layer::content || l.role == "pagemark" || l.role == "gloss") continue;
        if (l.box.bottom() + top > box.bottom() - pad * 0.6f) break;  // the first page only
        SceneLine m = l;
        m.layer = Layer::fixed;
        m.box.x += scale_x;
        m.box.y += top;
        m.baseline_y += top;
        m.role = "miniature";
        m.id = "telegram";
        m.bg = Color{0xfb, 0xf8, 0xf1};
        g.lines.push_back(std::move(m));
    }
}

void add_timeline_miniature(SceneGeometry& g, const SceneContext& ctx, const RectF& box) {
    if (!ctx.timeline || ctx.timeline->events.empty() || box.w < 40 || box.h < 30) return;
    const auto& theme = ctx.config->theme;
    const Timeline& tl = *ctx.timeline;
    double from = tl.events.front().start_day(), to = from;
    for (const auto& e : tl.events) to = std::max(to, e.end_day());
    for (const auto& e : tl.eras) {
        from = std::min(from, static_cast<double>(e.start.first_day()));
        to = std::max(to, static_cast<double>(e.end.last_day()));
    }
    // Each era gets a fair share of the width (as on the timeline's overview strip), so
    // the short eras of the twentieth century are not a blur beside the empire's century.
    std::vector<ScalePiece> pieces;
    for (const auto& e : tl.eras)
        pieces.push_back({static_cast<double>(e.start.first_day()), static_cast<double>(e.end.last_day()) + 1,
                          box.w / (static_cast<float>(tl.eras.size()) * 1.5f)});
    const PiecewiseScale scale(pieces, from, to + 1, box.x, box.right());
    auto x_of = [&](double day) { return scale.x_of(day); };
    const float band_top = box.y, band_h = box.h * 0.62f, axis_y = band_top + band_h;
    g.rects.push_back({{box.x - 1, band_top - 1, box.w + 2, band_h + 2}, theme.muted, Layer::fixed, 4});
    g.rects.push_back({{box.x, band_top, box.w, band_h}, theme.paper, Layer::fixed, 3});
    for (std::size_t i = 0; i < tl.eras.size(); ++i) {
        const auto& era = tl.eras[i];
        const float x0 = x_of(static_cast<double>(era.start.first_day())),
                    x1 = x_of(static_cast<double>(era.end.last_day()));
        g.rects.push_back({{x0, band_top, std::max(1.0f, x1 - x0), band_h}, era_colour(ctx, era, i), Layer::fixed, 0});
    }
    g.rects.push_back({{box.x, axis_y - 1, box.w, 2}, theme.muted, Layer::fixed, 0});
    for (const auto& e : tl.events) {
        const float x = x_of(e.start_day());
        g.rects.push_back({{x - 0.75f, axis_y - band_h * 0.18f, 1.5f, band_h * 0.18f}, theme.muted, Layer::fixed, 0});
    }
    // The telegram's moment: a ring on the axis and its year under it.
    const std::string& document_event =
        ctx.documents.empty() ? ctx.config->content.document_event : ctx.documents.front().event;
    if (const TimelineEvent* ev = document_event.empty() ? nullptr : tl.find(document_event)) {
        const float x = x_of(ev->start_day());
        const float r = std::max(6.0f, box.h * 0.07f);
        g.rects.push_back({{x - 1.5f, band_top, 3, band_h}, theme.accent, Layer::fixed, 0});
        g.rects.push_back({{x - r, axis_y - r, 2 * r, 2 * r}, theme.accent, Layer::fixed, r});
        g.rects.push_back({{x - r + 3, axis_y - r + 3, 2 * r - 6, 2 * r - 6}, theme.paper, Layer::fixed, r - 3});
        const float px = std::round(std::clamp(box.h * 0.16f, 14.0f, 28.0f));
        SceneLine year =
            make_label_line(*ctx.text, std::to_string(ev->start.year), ctx.text->face(FontRole::label_strong, px),
                            {"kern", "tnum"}, 0, axis_y + r + 2, std::round(px * 1.3f), theme.accent, theme.bar,
                            "miniature", "timeline", Layer::fixed, ctx.language);
        year.box.x = std::clamp(x - year.box.w / 2, box.x, box.right() - year.box.w);
        if (year.box.bottom() <= box.bottom() + 2) g.lines.push_back(std::move(year));
    }
}

}  // namespace kiosk
