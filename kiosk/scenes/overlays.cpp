#include "scenes/overlays.h"

#include <algorithm>
#include <cmath>

#include "scenes/chrome.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {

SceneGeometry idle_warning_overlay(const SceneContext& ctx, int seconds_left) {
    SceneGeometry g;
    g.width_px = ctx.screen.width_px;
    g.height_px = ctx.screen.height_px;
    if (!ctx.text) return g;
    TextEngine& text = *ctx.text;
    const auto& theme = ctx.config->theme;
    const std::string& lang = ctx.language;
    const float W = static_cast<float>(g.width_px), H = static_cast<float>(g.height_px);
    const float body = nominal_body_px(ctx.config->typography, ctx.screen) * ctx.text_scale;
    std::string body_text = ctx.words("idle.body", lang);
    if (auto at = body_text.find("%s"); at != std::string::npos) body_text.replace(at, 2, std::to_string(seconds_left));
    const float title_px = std::round(body * 1.4f), small_px = std::round(std::max(16.0f, body * 0.7f));
    SceneLine title = make_label_line(
        text, ctx.words("idle.title", lang), text.face(FontRole::display_italic, title_px), {"kern", "liga"}, 0, 0,
        std::round(title_px * 1.3f), theme.ink, theme.paper, "idle", "", Layer::fixed, lang);
    SceneLine line =
        make_label_line(text, body_text, text.face(FontRole::label, small_px), {"kern", "tnum"}, 0, 0,
                        std::round(small_px * 1.6f), theme.muted, theme.paper, "idle", "", Layer::fixed, lang);
    const float card_w = std::min(W - 24, std::max(title.box.w, line.box.w) + 2 * title_px);
    const float card_h = title.box.h + line.box.h + title_px * 1.2f;
    const float cx = std::round((W - card_w) / 2), cy = std::round((H - card_h) / 2);
    g.top_rects.push_back({{0, 0, W, H}, Color{theme.ink.r, theme.ink.g, theme.ink.b, 110}, Layer::fixed, 0});
    g.top_rects.push_back({{cx, cy, card_w, card_h}, theme.paper, Layer::fixed, 16});
    title.box.x = std::round((W - title.box.w) / 2);
    title.box.y = cy + title_px * 0.6f;
    title.baseline_y += title.box.y;
    line.box.x = std::round((W - line.box.w) / 2);
    line.box.y = title.box.bottom();
    line.baseline_y += line.box.y;
    g.top_lines.push_back(std::move(title));
    g.top_lines.push_back(std::move(line));
    return g;
}

SceneRect pressed_shade(const RectF& window_box, Color ink) {
    const float radius = std::min(18.0f, std::min(window_box.w, window_box.h) / 2);
    return {window_box, Color{ink.r, ink.g, ink.b, 40}, Layer::fixed, radius};
}

std::vector<SceneRect> focus_ring(const RectF& b, Color accent) {
    const float t = 3, o = 3;  // thickness, and how far outside the box it sits
    const RectF r{b.x - o - t, b.y - o - t, b.w + 2 * (o + t), b.h + 2 * (o + t)};
    return {{{r.x, r.y, r.w, t}, accent, Layer::fixed, 0},
            {{r.x, r.bottom() - t, r.w, t}, accent, Layer::fixed, 0},
            {{r.x, r.y, t, r.h}, accent, Layer::fixed, 0},
            {{r.right() - t, r.y, t, r.h}, accent, Layer::fixed, 0}};
}

SceneRect transition_veil(int width_px, int height_px, Color paper, double progress) {
    const double u = std::clamp(progress, 0.0, 1.0);
    paper.a = static_cast<std::uint8_t>(std::lround(255 * (1 - u) * (1 - u)));  // eased out
    return {{0, 0, static_cast<float>(width_px), static_cast<float>(height_px)}, paper, Layer::fixed, 0};
}

}  // namespace kiosk
