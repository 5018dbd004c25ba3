#include "scenes/fallback_scene.h"

#include <nlohmann/json.hpp>

#include "scenes/chrome.h"
#include "scenes/ui_text.h"
#include "text/text_engine.h"

namespace kiosk {

void FallbackScene::layout(const SceneContext& ctx) {
    const auto& theme = ctx.config->theme;
    geometry_ = empty_geometry(ctx.screen.width_px, ctx.screen.height_px, theme.paper);
    if (!ctx.text) return;  // not even a font: the paper colour alone
    const float W = static_cast<float>(ctx.screen.width_px), H = static_cast<float>(ctx.screen.height_px);
    const float title_px = std::max(20.0f, std::min(W, H) * 0.045f);
    const float body_px = title_px * 0.55f;
    const int title_face = ctx.text->face(FontRole::display_italic, title_px);
    const int body_face = ctx.text->face(FontRole::label, body_px);
    SceneLine title =
        make_label_line(*ctx.text, ctx.words("fallback.title", ctx.language), title_face, {"kern", "liga"}, 0,
                        H * 0.42f, title_px * 1.4f, theme.ink, theme.paper, "heading", "", Layer::fixed, ctx.language);
    title.box.x = (W - title.box.w) / 2;
    SceneLine body = make_label_line(*ctx.text, ctx.words("fallback.body", ctx.language), body_face, {"kern"}, 0,
                                     H * 0.42f + title_px * 1.8f, body_px * 1.5f, theme.muted, theme.paper, "p", "",
                                     Layer::fixed, ctx.language);
    body.box.x = (W - body.box.w) / 2;
    geometry_.rects.push_back(
        {{W / 2 - title_px, H * 0.42f - title_px * 0.6f, title_px * 2, 2}, theme.accent, Layer::fixed, 0});
    geometry_.lines.push_back(std::move(title));
    geometry_.lines.push_back(std::move(body));
}

void FallbackScene::dump_state(nlohmann::json& state) const {
    state["fallback_reason"] = reason_;
}

}  // namespace kiosk
