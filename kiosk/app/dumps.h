// The JSON dumps tests and curators read (--dump-layout, --dump-state).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "scenes/scene_geometry.h"

namespace kiosk {

// Lines and targets in window pixels (the scroll applied), in reading order.
nlohmann::json layout_json(const SceneGeometry& g, float scroll_px, const std::string& scene_name);

// Writes `j` to `path`; returns an error message or empty.
std::string write_json(const nlohmann::json& j, const std::string& path);

}  // namespace kiosk
