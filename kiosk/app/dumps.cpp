#include "app/dumps.h"

#include <algorithm>
#include <fstream>

#include "core/contrast.h"

namespace kiosk {

namespace {

using nlohmann::json;

// Where things are in window pixels: the content layer moves with the scroll and shows
// inside the viewport; the fixed layer shows on the window.
struct Placement {
    const SceneGeometry& g;
    float dy;
    RectF window;
    bool visible(const RectF& box, Layer layer) const {
        return layer == Layer::content ? box.intersects(g.viewport) : box.intersects(window);
    }
    RectF placed(RectF box, Layer layer) const {
        if (layer == Layer::content) box.y += dy;
        return box;
    }
};

json lines_json(const Placement& at, const std::function<float(int)>& face_px,
                const std::function<float(int)>& face_cap_px) {
    json lines = json::array();
    std::vector<const SceneLine*> all;
    for (const auto& l : at.g.lines) all.push_back(&l);
    for (const auto& l : at.g.top_lines) all.push_back(&l);  // a card over the scene
    for (const SceneLine* lp : all) {
        const SceneLine& l = *lp;
        const RectF box = at.placed(l.box, l.layer);
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
                         {"visible", at.visible(box, l.layer)},
                         // The colour the eye sees: a faded line blended over what is behind it.
                         {"fg", blend_over(l.fg, l.bg).to_hex()},
                         {"bg", l.bg.to_hex()},
                         {"id", l.id.empty() ? json(nullptr) : json(l.id)},
                         {"layer", l.layer == Layer::content ? "content" : "fixed"}});
        // The largest size (and cap height) of the faces the line is set in.
        const auto largest = [&](const std::function<float(int)>& of) {
            float most = 0;
            for (const auto& gl : l.glyphs) most = std::max(most, of(gl.face_index));
            return most;
        };
        if (face_px) lines.back()["px"] = largest(face_px);
        if (face_cap_px) lines.back()["cap_px"] = largest(face_cap_px);
    }
    return lines;
}

json targets_json(const Placement& at) {
    json targets = json::array();
    for (const auto& t : at.g.targets) {
        const RectF box = at.placed(t.box, t.layer);
        targets.push_back({{"id", t.id},
                           {"x", box.x},
                           {"y", box.y},
                           {"w", box.w},
                           {"h", box.h},
                           {"visible", at.visible(box, t.layer)},
                           {"layer", t.layer == Layer::content ? "content" : "fixed"}});
    }
    return targets;
}

// The pictures (a card's map), with their files, so a test can tell which is shown.
json images_json(const Placement& at) {
    json images = json::array();
    std::vector<const SceneImage*> pictures;
    for (const auto& im : at.g.images) pictures.push_back(&im);
    for (const auto& im : at.g.top_images) pictures.push_back(&im);
    for (const SceneImage* im : pictures) {
        // What shows of it: a picture panning in its frame, only the frame.
        RectF box = im->box;
        if (im->clip.w > 0) {
            const float x0 = std::max(box.x, im->clip.x), y0 = std::max(box.y, im->clip.y);
            box = {x0, y0, std::max(0.0f, std::min(box.right(), im->clip.right()) - x0),
                   std::max(0.0f, std::min(box.bottom(), im->clip.bottom()) - y0)};
        }
        box = at.placed(box, im->layer);
        images.push_back({{"path", im->path},
                          {"x", box.x},
                          {"y", box.y},
                          {"w", box.w},
                          {"h", box.h},
                          {"visible", at.visible(box, im->layer)}});
    }
    return images;
}

}  // namespace

nlohmann::json layout_json(const SceneGeometry& g, float scroll_px, const std::string& scene_name,
                           const std::function<float(int)>& face_px, const std::function<float(int)>& face_cap_px) {
    json out;
    out["size"] = {g.width_px, g.height_px};
    out["scene"] = scene_name;
    out["scroll"] = scroll_px;
    out["viewport"] = {{"x", g.viewport.x}, {"y", g.viewport.y}, {"w", g.viewport.w}, {"h", g.viewport.h}};
    out["content_height"] = g.content_height_px;
    const Placement at{
        g, g.viewport.y - scroll_px, {0, 0, static_cast<float>(g.width_px), static_cast<float>(g.height_px)}};
    out["lines"] = lines_json(at, face_px, face_cap_px);
    out["targets"] = targets_json(at);
    out["images"] = images_json(at);
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
