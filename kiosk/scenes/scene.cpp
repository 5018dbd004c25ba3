#include "scenes/scene.h"

#include "scenes/ui_text.h"
#include "text/glyph_atlas.h"

namespace kiosk {

std::string ListenView::label_for(const std::string& id, const UiWords& words, const std::string& language) const {
    if (text_id != id) return words("listen.start", language);
    return words(paused ? "listen.resume" : "listen.pause", language);
}

void prepare_glyphs(const SceneGeometry& g, GlyphAtlas& atlas) {
    for (const auto* lines : {&g.lines, &g.top_lines})
        for (const auto& line : *lines)
            for (const auto& gl : line.glyphs) {
                if (gl.face_index < 0) continue;
                int whole = 0, step = 0;
                GlyphAtlas::split_x(line.box.x + gl.x_px, whole, step);
                atlas.entry(gl.face_index, gl.glyph_id, step, gl.expansion);
            }
}

const SceneTarget* topmost_target(const SceneGeometry& g, float scroll_px, float x, float y, RectF* window_box) {
    // Later targets are drawn on top, so they win.
    for (auto it = g.targets.rbegin(); it != g.targets.rend(); ++it) {
        RectF box = it->box;
        if (it->layer == Layer::content) {
            if (!g.viewport.contains(x, y)) continue;
            box.y += g.viewport.y - scroll_px;
        }
        if (box.contains(x, y)) {
            if (window_box) *window_box = box;
            return &*it;
        }
    }
    return nullptr;
}

std::string target_at(const SceneGeometry& g, float scroll_px, float x, float y) {
    const SceneTarget* t = topmost_target(g, scroll_px, x, y);
    return t ? t->id : std::string();
}

}  // namespace kiosk
