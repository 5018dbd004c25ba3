#include "scenes/word_boxes.h"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

void add_from(const std::vector<SceneLine>& lines, bool on_top, int paragraph, ByteRange bytes,
              std::vector<WordBox>& out) {
    for (const auto& line : lines) {
        if (line.speech != paragraph || line.byte_end <= bytes.begin || line.byte_begin >= bytes.end) continue;
        float x0 = 1e9f, x1 = -1e9f;
        for (const auto& g : line.glyphs) {
            if (g.byte < bytes.begin || g.byte >= bytes.end) continue;
            x0 = std::min(x0, g.x_px);
            x1 = std::max(x1, g.x_px + g.advance_px);
        }
        if (x1 <= x0) continue;
        // A little air around the letters, as a highlighter pen leaves.
        const float pad = std::max(2.0f, line.box.h * 0.08f);
        out.push_back({{std::floor(line.box.x + x0 - pad), std::round(line.box.y + line.box.h * 0.06f),
                        std::ceil(x1 - x0 + 2 * pad), std::round(line.box.h * 0.88f)},
                       line.layer,
                       on_top,
                       &line});
    }
}

}  // namespace

std::vector<WordBox> word_boxes(const SceneGeometry& g, int paragraph, ByteRange bytes) {
    std::vector<WordBox> out;
    if (paragraph < 0 || bytes.end <= bytes.begin) return out;
    add_from(g.lines, false, paragraph, bytes, out);
    add_from(g.top_lines, true, paragraph, bytes, out);
    return out;
}

}  // namespace kiosk
