// Colours as people write them in a spreadsheet: "#rgb", "#rrggbb" and the CSS colour
// names ("red", "darkred"; case, spaces and hyphens ignored: "Dark Red" is darkred).
#pragma once

#include <string>

#include "core/geometry.h"

namespace kiosk {

bool parse_css_colour(const std::string& text, Color& out);

}  // namespace kiosk
