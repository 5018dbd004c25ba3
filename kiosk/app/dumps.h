// The JSON dumps tests and curators read (--dump-layout, --dump-state).
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "scenes/scene_geometry.h"

namespace kiosk {

// Lines and targets in window pixels (the scroll applied), in reading order. Given
// `face_px` (a face index's size in pixels), each line also says its type size (`px`:
// its largest face's), so a test can tell that larger text is never smaller.
// `face_cap_px` (a face's capital height in pixels) adds `cap_px`, so a test can measure
// lettering in millimetres.
nlohmann::json layout_json(const SceneGeometry& g, float scroll_px, const std::string& scene_name,
                           const std::function<float(int)>& face_px = {},
                           const std::function<float(int)>& face_cap_px = {});

// Writes `j` to `path`; returns an error message or empty.
std::string write_json(const nlohmann::json& j, const std::string& path);

}  // namespace kiosk
