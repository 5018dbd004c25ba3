#include "app/dumps.h"

#include <algorithm>
#include <fstream>

#include "core/contrast.h"

namespace kiosk {

nlohmann::json layout_json(const SceneGeometry& g, float scroll_px, const std::string& scene_name,
                           const std::function<float(int)>& face_px, const std::function<float(int)>& face_cap_px) {
    using nlohmann::json;
    json out;
    out["size"] = {g.width_px, g.height_px};
    out["scene"] = scene_name;
    out["scroll"] = scroll_px;
    out["viewport"] = {{"x", g.viewport.x}, {"y", g.viewport.y}, {"w", g.viewport.w}, {"h", g.viewport.h}};
    out["content_height"] = g.content_height_px;
    const float dy = g.viewport.y - scroll_px;
    const RectF window{0, 0, static_cast<float>(g.width_px), static_cast<float>(g.height_px)};
    json lines = json::array();
    std::vector<const SceneLine*> all;
    for (const auto& l : g.lines) all.push_back(&l);
    for (const auto& l : g.top_lines) all.push_back(&l);  // a card over the scene
    for (const SceneLine* lp : all) {
        const SceneLine& l = *lp;
        RectF box = l.box;
        bool visible;
        if (l.layer == Layer::content) {
            box.y += dy;
            visible = box.intersects(g.viewport);
        } else {
            visible = box.intersects(window);
        }
        lines.push_back({{"text", l.text},
                         {"x", box.x},
                         {"y", box.y},
                         {"w", box.w},
                         {"h", box.h},
                         {"measure", l.measure_px},
                         {"ratio", l.ratio},
                         {"expansion", l.expansion},
                         {"hyphenated", l.hyphenated},
                         {"role", l.role},
                         {"visible", visible},
                         // The colour the eye sees: a faded line blended over what is behind it.
                         {"fg", blend_over(l.fg, l.bg).to_hex()},
                         {"bg", l.bg.to_hex()},
                         {"id", l.id.empty() ? json(nullptr) : json(l.id)},
                         {"layer", l.layer == Layer::content ? "content" : "fixed"}});
        if (face_px) {
            float px = 0;
            for (const auto& gl : l.glyphs) px = std::max(px, face_px(gl.face_index));
            lines.back()["px"] = px;
        }
        if (face_cap_px) {
            float cap = 0;
            for (const auto& gl : l.glyphs) cap = std::max(cap, face_cap_px(gl.face_index));
            lines.back()["cap_px"] = cap;
        }
    }
    out["lines"] = std::move(lines);
    json targets = json::array();
    for (const auto& t : g.targets) {
        RectF box = t.box;
        if (t.layer == Layer::content) box.y += dy;
        const bool visible = t.layer == Layer::content ? box.intersects(g.viewport) : box.intersects(window);
        targets.push_back({{"id", t.id},
                           {"x", box.x},
                           {"y", box.y},
                           {"w", box.w},
                           {"h", box.h},
                           {"visible", visible},
                           {"layer", t.layer == Layer::content ? "content" : "fixed"}});
    }
    out["targets"] = std::move(targets);
    // The pictures (a card's map), with their files, so a test can tell which is shown.
    json images = json::array();
    std::vector<const SceneImage*> pictures;
    for (const auto& im : g.images) pictures.push_back(&im);
    for (const auto& im : g.top_images) pictures.push_back(&im);
    for (const SceneImage* im : pictures) {
        // What shows of it: a picture panning in its frame, only the frame.
        RectF box = im->box;
        if (im->clip.w > 0) {
            const float x0 = std::max(box.x, im->clip.x), y0 = std::max(box.y, im->clip.y);
            box = {x0, y0, std::max(0.0f, std::min(box.right(), im->clip.right()) - x0),
                   std::max(0.0f, std::min(box.bottom(), im->clip.bottom()) - y0)};
        }
        if (im->layer == Layer::content) box.y += dy;
        const bool visible = im->layer == Layer::content ? box.intersects(g.viewport) : box.intersects(window);
        images.push_back(
            {{"path", im->path}, {"x", box.x}, {"y", box.y}, {"w", box.w}, {"h", box.h}, {"visible", visible}});
    }
    out["images"] = std::move(images);
    return out;
}

std::string write_json(const nlohmann::json& j, const std::string& path) {
    std::ofstream f(path);
    if (!f) return path + ": cannot write the file";
    // A text that is not valid UTF-8 (a damaged file the kiosk shows with replacement
    // marks) is written so too, never an exception out of the dump.
    f << j.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    return f ? std::string() : path + ": write failed";
}

}  // namespace kiosk
